<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk 客服工作台</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>演示服务器无法启动：%1</translation>
    </message>
    <message>
        <source>AgentDesk — demo shop (embedded server)</source>
        <translation>AgentDesk — 演示店铺（内置服务器）</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>Regular</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>白银</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>黄金</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>网页咨询</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation>淘宝</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退换货</translation>
    </message>
    <message>
        <source>Product question</source>
        <translation>商品咨询</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>price-sensitive</source>
        <translation>价格敏感</translation>
    </message>
    <message>
        <source>no marketing</source>
        <translation>勿营销</translation>
    </message>
    <message>
        <source>buys gifts</source>
        <translation>送礼需求</translation>
    </message>
    <message>
        <source>tech-savvy</source>
        <translation>数码达人</translation>
    </message>
    <message>
        <source>returns often</source>
        <translation>常退货</translation>
    </message>
    <message>
        <source>loyal</source>
        <translation>忠实</translation>
    </message>
    <message>
        <source>business buyer</source>
        <translation>企业采购</translation>
    </message>
    <message>
        <source>student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>champion</source>
        <translation>核心客户</translation>
    </message>
    <message>
        <source>high value at risk</source>
        <translation>高价值待挽回</translation>
    </message>
    <message>
        <source>loyal customer</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>promising</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <source>hibernating</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>%1 is here to help you.</source>
        <translation>%1 为您服务。</translation>
    </message>
    <message>
        <source>%1 has handed the conversation to %2.</source>
        <translation>%1 已将会话转给 %2。</translation>
    </message>
    <message>
        <source>%1 has handed the conversation to the %2 team.</source>
        <translation>%1 已将会话转给 %2 团队。</translation>
    </message>
</context>
<context>
    <name>agentdesk::app::SyncEngine</name>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>服务器拒绝了用户名或密码。</translation>
    </message>
    <message>
        <source>The local cache cannot be written: %1</source>
        <translation>无法写入本地缓存：%1</translation>
    </message>
    <message>
        <source>The server did not accept the session: %1</source>
        <translation>服务器未接受当前会话：%1</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in: %1</source>
        <translation>服务器未接受登录：%1</translation>
    </message>
    <message>
        <source>The server could not resume the session: %1</source>
        <translation>服务器无法恢复会话：%1</translation>
    </message>
    <message>
        <source>The server could not list the conversations: %1</source>
        <translation>服务器无法列出会话：%1</translation>
    </message>
    <message>
        <source>The message could not be saved for sending: %1</source>
        <translation>消息无法保存待发送：%1</translation>
    </message>
    <message>
        <source>The local cache cannot be read: %1</source>
        <translation>无法读取本地缓存：%1</translation>
    </message>
    <message>
        <source>The conversation was not closed: %1</source>
        <translation>会话未结束：%1</translation>
    </message>
</context>
<context>
    <name>agentdesk::app::WorkspaceSession</name>
    <message>
        <source>New conversation</source>
        <translation>新会话</translation>
    </message>
    <message>
        <source>%1 is waiting for you</source>
        <translation>%1 正在等待您的回复</translation>
    </message>
    <message>
        <source>You are offline; change your status again when the connection returns.</source>
        <translation>当前离线；请在连接恢复后再修改状态。</translation>
    </message>
    <message>
        <source>Your status was not changed: %1</source>
        <translation>状态未更改：%1</translation>
    </message>
    <message>
        <source>You are offline; transfers need the connection.</source>
        <translation>当前离线；转接需要网络连接。</translation>
    </message>
    <message>
        <source>The conversation was not transferred: %1</source>
        <translation>会话未转接：%1</translation>
    </message>
    <message>
        <source>The local cache cannot be read: %1</source>
        <translation>无法读取本地缓存：%1</translation>
    </message>
    <message>
        <source>The message is too long: %1 characters, at most %2.</source>
        <translation>消息过长：%1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>草稿无法保存：%1</translation>
    </message>
</context>
<context>
    <name>agentdesk::desktop::EmbeddedDemo</name>
    <message>
        <source>Cannot create a temporary folder for the demo: %1</source>
        <translation>无法为演示创建临时文件夹：%1</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::Composer</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Type a reply. Enter sends, Shift+Enter adds a line.</source>
        <translation>输入回复。Enter 发送，Shift+Enter 换行。</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ConnectionIndicator</name>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting in %1 s</source>
        <translation>连接已断开，%1 秒后重连</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重连…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CustomerPanel</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>历史订单</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Loading customer…</source>
        <translation>正在加载客户信息…</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>未选择会话</translation>
    </message>
    <message>
        <source>no segment</source>
        <translation>未分群</translation>
    </message>
    <message>
        <source>Lifetime value %1</source>
        <translation>累计消费 %1</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>注册于 %1</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>订单（%1）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::LoginDialog</name>
    <message>
        <source>Sign in to AgentDesk</source>
        <translation>登录 AgentDesk</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::MainWindow</name>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk 客服工作台</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索会话</translation>
    </message>
    <message>
        <source>Search customers and messages (Ctrl+F)</source>
        <translation>搜索客户和消息（Ctrl+F）</translation>
    </message>
    <message>
        <source>Conversation filter</source>
        <translation>会话筛选</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待回复</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话列表</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息记录</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Close conversation</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <source>Close with a resolution (Ctrl+Shift+W closes as solved)</source>
        <translation>选择处理结果并结束（Ctrl+Shift+W 以“已解决”结束）</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Customer purchased</source>
        <translation>客户已下单</translation>
    </message>
    <message>
        <source>Customer stopped answering</source>
        <translation>客户未再回复</translation>
    </message>
    <message>
        <source>Escalated to a specialist</source>
        <translation>已转交专员</translation>
    </message>
    <message>
        <source>My status</source>
        <translation>我的状态</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>接待上限</translation>
    </message>
    <message>
        <source>Capacity </source>
        <translation>接待上限 </translation>
    </message>
    <message>
        <source>How many conversations you take at once</source>
        <translation>同时接待的会话数量</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Select a conversation</source>
        <translation>请选择一个会话</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>已等待 %1</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Write a note for colleagues that the customer never sees (Ctrl+Shift+N)</source>
        <translation>写给同事的备注，客户看不到（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>closed, rated %1/5</source>
        <translation>已结束，评分 %1/5</translation>
    </message>
    <message>
        <source>Internal note for colleagues; the customer never sees it. Enter adds it.</source>
        <translation>给同事的内部备注，客户看不到。Enter 添加。</translation>
    </message>
    <message>
        <source>Type a reply. Enter sends, Shift+Enter adds a line.</source>
        <translation>输入回复。Enter 发送，Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>转接…</translation>
    </message>
    <message>
        <source>Hand the conversation to a colleague or a team (Ctrl+Shift+T)</source>
        <translation>将会话转给同事或团队（Ctrl+Shift+T）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Notifications, language, reply target (Ctrl+,)</source>
        <translation>通知、语言、回复时限（Ctrl+,）</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::MessageDelegate</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <source>Not sent: %1 — click to retry</source>
        <translation>发送失败：%1 — 点击重试</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Internal note, not shown to the customer</source>
        <translation>内部备注，客户不可见</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::SettingsDialog</name>
    <message>
        <source>Show a desktop notification for new conversations and messages</source>
        <translation>新会话和新消息时显示桌面通知</translation>
    </message>
    <message>
        <source>Play a sound with it</source>
        <translation>同时播放提示音</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Reply within</source>
        <translation>回复时限</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>A new language applies when AgentDesk starts again.</source>
        <translation>新语言将在 AgentDesk 重新启动后生效。</translation>
    </message>
    <message>
        <source>Waiting conversations turn amber at two thirds of this and red past it.</source>
        <translation>等待时间达到时限的三分之二时变为橙色，超过时限变为红色。</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::TransferDialog</name>
    <message>
        <source>Transfer conversation</source>
        <translation>转接会话</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>转接给</translation>
    </message>
    <message>
        <source>%1 team queue</source>
        <translation>%1 团队队列</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4/%5 conversations</source>
        <translation>%1（%2）· %3 · %4/%5 个会话</translation>
    </message>
    <message>
        <source>Note for the colleague</source>
        <translation>给同事的备注</translation>
    </message>
    <message>
        <source>What should the colleague know? (internal, the customer never sees it)</source>
        <translation>需要同事了解什么？（内部备注，客户看不到）</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <source>Transfer to:</source>
        <translation>转接给：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
</TS>
