<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ImageFitter</name>
    <message>
        <source>The file is not a picture this program can read.</source>
        <translation>该文件不是本程序能读取的图片。</translation>
    </message>
    <message>
        <source>The picture cannot be made smaller than %1 KiB.</source>
        <translation>无法把图片压缩到 %1 KiB 以内。</translation>
    </message>
</context>
<context>
    <name>LocalCache</name>
    <message>
        <source>cannot open the cache %1: %2</source>
        <translation>无法打开本地缓存 %1：%2</translation>
    </message>
    <message>
        <source>it was found damaged when it was last checked</source>
        <translation>上次检查时发现它已损坏</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>文件已损坏（%1）</translation>
    </message>
    <message>
        <source>it was written by a newer AgentDesk (cache version %1)</source>
        <translation>它由更新版本的 AgentDesk 写入（缓存版本 %1）</translation>
    </message>
    <message>
        <source>it is not an AgentDesk cache</source>
        <translation>它不是 AgentDesk 的缓存</translation>
    </message>
    <message>
        <source>it belongs to another user or server</source>
        <translation>它属于其他用户或服务器</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>The local cache could not be used because %1. It was set aside as %2 and a new one is being filled from the server.</source>
        <translation>本地缓存无法使用，因为%1。它已另存为 %2，正在从服务器重新填充新的缓存。</translation>
    </message>
    <message>
        <source>cannot prepare the cache %1: %2</source>
        <translation>无法准备本地缓存 %1：%2</translation>
    </message>
</context>
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
    <message>
        <source>The training sandbox could not be started.</source>
        <translation>无法启动培训沙盒。</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>沙盒无法启动：%1</translation>
    </message>
    <message>
        <source>AgentDesk — training sandbox</source>
        <translation>AgentDesk — 培训沙盒</translation>
    </message>
    <message>
        <source>the file is larger than 4 MiB</source>
        <translation>文件超过 4 MiB</translation>
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
        <translation>贵宾</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>网页咨询</translation>
    </message>
    <message>
        <source>App</source>
        <translation>手机应用</translation>
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
    <message>
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <source>Product information</source>
        <translation>商品信息</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Returns and refunds</source>
        <translation>退换货与退款</translation>
    </message>
    <message>
        <source>Price objection</source>
        <translation>价格异议</translation>
    </message>
    <message>
        <source>Hesitation</source>
        <translation>犹豫</translation>
    </message>
    <message>
        <source>Competitor comparison</source>
        <translation>竞品对比</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>促成成交</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>致歉</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>优惠活动</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>customer&apos;s name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>customer&apos;s tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <source>product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Coupon granted: %1, code %2, valid until %3 on orders of %4 or more.</source>
        <translation>已发放优惠券：%1，券码 %2，有效期至 %3，订单满 %4 可用。</translation>
    </message>
    <message>
        <source>Coupon granted: %1, code %2, valid until %3.</source>
        <translation>已发放优惠券：%1，券码 %2，有效期至 %3。</translation>
    </message>
    <message>
        <source>no longer offered</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>worth %1, your limit per coupon is %2</source>
        <translation>面额 %1，您的单张上限为 %2</translation>
    </message>
    <message>
        <source>would make %1 today, your daily limit is %2</source>
        <translation>发放后今日累计 %1，您的每日上限为 %2</translation>
    </message>
    <message>
        <source>this customer already has the most coupons allowed in the period (%1)</source>
        <translation>该客户在本周期内已达可领张数上限（%1）</translation>
    </message>
    <message numerus="yes">
        <source>at most %n coupon(s) per conversation</source>
        <translation>
            <numerusform>每次会话最多 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>only after %1 minutes of conversation (now %2)</source>
        <translation>会话满 %1 分钟后才可发放（当前 %2 分钟）</translation>
    </message>
    <message>
        <source>only after the customer objects to the price</source>
        <translation>客户提出价格异议后才可发放</translation>
    </message>
    <message>
        <source>not for this customer&apos;s tier</source>
        <translation>不适用于该客户等级</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>asked a lead</source>
        <translation>申请组长审批</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>would bring the team&apos;s coupons today to %1, above its budget of %2</source>
        <translation>发放后团队今日优惠券合计 %1，超出团队预算 %2</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>已改派</translation>
    </message>
    <message>
        <source>Took over</source>
        <translation>已接管</translation>
    </message>
    <message>
        <source>Returned to a queue</source>
        <translation>已退回队列</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>已旁听</translation>
    </message>
    <message>
        <source>Whispered</source>
        <translation>已私信提示</translation>
    </message>
    <message>
        <source>Changed capacity</source>
        <translation>已调整接待上限</translation>
    </message>
    <message>
        <source>Broadcast a notice</source>
        <translation>已发布团队通知</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>已加入会话</translation>
    </message>
    <message>
        <source>%1 has joined the conversation.</source>
        <translation>%1 已加入会话。</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>产品详情</translation>
    </message>
    <message>
        <source>General</source>
        <translation>综合</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>无主题</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <source>bought</source>
        <translation>已购买</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>left</source>
        <translation>已离开</translation>
    </message>
</context>
<context>
    <name>agentdesk::app::CouponDesk</name>
    <message>
        <source>You are offline; granting a coupon needs the connection.</source>
        <translation>您已离线；发放优惠券需要联网。</translation>
    </message>
    <message>
        <source>You are offline; asking your lead needs the connection.</source>
        <translation>您已离线；申请组长审批需要联网。</translation>
    </message>
    <message>
        <source>You are offline; deciding a request needs the connection.</source>
        <translation>您已离线；审批申请需要联网。</translation>
    </message>
    <message>
        <source>You are offline; the coupon log needs the connection.</source>
        <translation>您已离线；查看优惠券记录需要联网。</translation>
    </message>
</context>
<context>
    <name>agentdesk::app::FloorWatch</name>
    <message>
        <source>The floor cannot be watched: %1</source>
        <translation>无法查看现场：%1</translation>
    </message>
    <message>
        <source>You are offline; changing a capacity needs the connection.</source>
        <translation>你已离线；调整接待上限需要连接服务器。</translation>
    </message>
    <message>
        <source>You are offline; a notice needs the connection.</source>
        <translation>你已离线；发布通知需要连接服务器。</translation>
    </message>
    <message>
        <source>You are offline; the action log needs the connection.</source>
        <translation>你已离线；操作日志需要连接服务器。</translation>
    </message>
    <message>
        <source>You are offline; reports need the connection.</source>
        <translation>你已离线；报表需要连接服务器。</translation>
    </message>
</context>
<context>
    <name>agentdesk::app::ImageCache</name>
    <message>
        <source>You are offline; attaching an image needs the connection.</source>
        <translation>您已离线；添加图片需要联网。</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>图片是空的。</translation>
    </message>
    <message>
        <source>The image is larger than %1 KiB.</source>
        <translation>图片超过 %1 KiB。</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images can be sent.</source>
        <translation>只能发送 PNG 和 JPEG 图片。</translation>
    </message>
</context>
<context>
    <name>agentdesk::app::ProtocolClient</name>
    <message>
        <source>the connection closed before the server answered</source>
        <translation>服务器应答之前连接已关闭</translation>
    </message>
    <message>
        <source>the server answered with an unexpected %1</source>
        <translation>服务器返回了意外的 %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::app::ReplyLibrary</name>
    <message>
        <source>The local cache cannot be read: %1</source>
        <translation>无法读取本地缓存：%1</translation>
    </message>
    <message>
        <source>You are offline; changes to the reply library need the connection.</source>
        <translation>当前离线；修改话术库需要网络连接。</translation>
    </message>
    <message>
        <source>The favourite was not changed: %1</source>
        <translation>收藏未更改：%1</translation>
    </message>
    <message>
        <source>The local cache cannot be written: %1</source>
        <translation>无法写入本地缓存：%1</translation>
    </message>
    <message>
        <source>The reply was not deleted: %1</source>
        <translation>话术未删除：%1</translation>
    </message>
    <message>
        <source>The library&apos;s figures could not be loaded: %1</source>
        <translation>无法加载话术库数据：%1</translation>
    </message>
</context>
<context>
    <name>agentdesk::app::SandboxCustomer</name>
    <message>
        <source>The sandbox&apos;s customer lost its connection: %1</source>
        <translation>沙盒客户的连接已断开：%1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s customer could not sign in: %1</source>
        <translation>沙盒客户无法登录：%1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s conversation could not start: %1</source>
        <translation>沙盒会话无法开始：%1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s customer could not write: %1</source>
        <translation>沙盒客户无法发送消息：%1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s customer could not order: %1</source>
        <translation>沙盒客户无法下单：%1</translation>
    </message>
</context>
<context>
    <name>agentdesk::app::SyncEngine</name>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>登录已过期，请重新登录。</translation>
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
    <message>
        <source>The reply library could not be loaded: %1</source>
        <translation>无法加载话术库：%1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent: %1. Ask your administrator for the company&apos;s CA certificate (agentdesk --ca-cert FILE).</source>
        <translation>服务器的证书不受信任，因此未发送任何内容：%1。请向管理员索取公司的 CA 证书（agentdesk --ca-cert 文件）。</translation>
    </message>
    <message>
        <source>You were signed out (on another device, or by an administrator). Sign in again.</source>
        <translation>您已被退出登录（在另一台设备上，或由管理员操作）。请重新登录。</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>服务器拒绝了登录：%1</translation>
    </message>
</context>
<context>
    <name>agentdesk::app::TrainingDesk</name>
    <message>
        <source>A training attempt could not be sent to the server and was set aside (%1): %2</source>
        <translation>一次培训练习无法提交到服务器，已另行存放（%1）：%2</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation>文件超过 1 MiB</translation>
    </message>
    <message>
        <source>You are offline; training needs the connection to the server.</source>
        <translation>您已离线；培训需要连接服务器。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>the attempt is too long to send (%1 KiB; at most %2 KiB)</source>
        <translation>练习记录太长，无法发送（%1 KiB；最多 %2 KiB）</translation>
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
    <message>
        <source>Fill in %1 before sending: the customer must never see a placeholder.</source>
        <translation>发送前请填写 %1：不能让客户看到占位符。</translation>
    </message>
    <message>
        <source>member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Silver member</source>
        <translation>白银会员</translation>
    </message>
    <message>
        <source>Gold member</source>
        <translation>黄金会员</translation>
    </message>
    <message>
        <source>VIP member</source>
        <translation>贵宾会员</translation>
    </message>
    <message>
        <source>awaiting payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>paid, being prepared</source>
        <translation>已付款，正在备货</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>The recommendation policy does not allow offering %1 now.</source>
        <translation>推荐规则当前不允许推荐 %1。</translation>
    </message>
    <message>
        <source>You are offline; dismissing a suggestion needs the connection.</source>
        <translation>当前离线；忽略推荐需要网络连接。</translation>
    </message>
    <message>
        <source>The suggestion was not dismissed: %1</source>
        <translation>推荐未能忽略：%1</translation>
    </message>
    <message>
        <source>The list of colleagues could not be loaded: %1</source>
        <translation>无法加载同事列表：%1</translation>
    </message>
    <message>
        <source>The local cache cannot be written: %1</source>
        <translation>无法写入本地缓存：%1</translation>
    </message>
    <message>
        <source>The local cache is damaged (%1). It will be set aside and rebuilt from the server when AgentDesk starts next.</source>
        <translation>本地缓存已损坏（%1）。下次启动 AgentDesk 时会将其移到一旁，并从服务器重建。</translation>
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
    <name>agentdesk::desktop::EmbeddedSandbox</name>
    <message>
        <source>No scenario &quot;%1&quot;: give one of %2, or a scenario file.</source>
        <translation>没有场景“%1”：请指定 %2 之一，或一个场景文件。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the sandbox: %1</source>
        <translation>无法为沙盒创建临时文件夹：%1</translation>
    </message>
</context>
<context>
    <name>agentdesk::desktop::SandboxLauncher</name>
    <message>
        <source>The result could not be saved: %1</source>
        <translation>成绩无法保存：%1</translation>
    </message>
    <message>
        <source>The result could not be handed to the workspace for your coaches: %1</source>
        <translation>成绩无法交给工作台提交给您的教练：%1</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ApprovalsDialog</name>
    <message>
        <source>Coupon requests of my team</source>
        <translation>本组的优惠券申请</translation>
    </message>
    <message>
        <source>My coupon requests</source>
        <translation>我的优惠券申请</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>面额</translation>
    </message>
    <message>
        <source>Why the agent could not</source>
        <translation>客服无法直接发放的原因</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>申请理由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Comment for the agent (optional)</source>
        <translation>给客服的备注（可选）</translation>
    </message>
    <message>
        <source>Approve and grant</source>
        <translation>批准并发放</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Coupon log…</source>
        <translation>优惠券记录…</translation>
    </message>
    <message>
        <source>%1 asks for “%2” (%3) for %4. Could not grant it because: %5. Reason: %6. Status: %7.</source>
        <translation>%1 为 %4 申请“%2”（%3）。无法直接发放的原因：%5。理由：%6。状态：%7。</translation>
    </message>
    <message>
        <source>Not decided: %1</source>
        <translation>未能审批：%1</translation>
    </message>
    <message>
        <source>Denied; the agent sees it now.</source>
        <translation>已驳回，客服会立即看到。</translation>
    </message>
    <message>
        <source>Approved: coupon %1 granted to the customer.</source>
        <translation>已批准：优惠券 %1 已发给客户。</translation>
    </message>
    <message>
        <source>Beyond your own limits too: %1. The request stays open.</source>
        <translation>也超出了您自己的权限：%1。申请保持待审批。</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::AttachmentBar</name>
    <message>
        <source>Image attached: it is sent with the next message.</source>
        <translation>已附图片：将随下一条消息发送。</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <source>Image attached: it waits for the next message to the customer; notes carry no image.</source>
        <translation>已附图片：将随下一条发给客户的消息发送；内部备注不带图片。</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::AuditDialog</name>
    <message>
        <source>Coupon log</source>
        <translation>优惠券记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>面额</translation>
    </message>
    <message>
        <source>Why refused</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>Limits in force</source>
        <translation>当时的额度</translation>
    </message>
    <message>
        <source>Load older</source>
        <translation>加载更早记录</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export the coupon log</source>
        <translation>导出优惠券记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <source>The log cannot be read: %1</source>
        <translation>无法读取记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>显示 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::Composer</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Type a reply. Enter sends, Shift+Enter adds a line, / finds a quick reply.</source>
        <translation>输入回复。Enter 发送，Shift+Enter 换行，输入 / 查找快捷话术。</translation>
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
    <name>agentdesk::ui::CouponDialog</name>
    <message>
        <source>%1% off, up to %2</source>
        <translation>%1% 折扣，最多减 %2</translation>
    </message>
    <message>
        <source>Coupon for %1</source>
        <translation>给 %1 发优惠券</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>面额</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>使用门槛</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Grant…</source>
        <translation>发放…</translation>
    </message>
    <message>
        <source>Ask my lead…</source>
        <translation>申请组长审批…</translation>
    </message>
    <message>
        <source>Coupon log…</source>
        <translation>优惠券记录…</translation>
    </message>
    <message>
        <source>Ask my lead</source>
        <translation>申请组长审批</translation>
    </message>
    <message>
        <source>Why should this customer get it? Your lead sees this with the request.</source>
        <translation>为什么应给这位客户发放？组长会在申请中看到这段说明。</translation>
    </message>
    <message>
        <source>Grant a coupon</source>
        <translation>发放优惠券</translation>
    </message>
    <message>
        <source>Loading the coupons you may grant…</source>
        <translation>正在加载您可发放的优惠券…</translation>
    </message>
    <message>
        <source>You may still grant %1 today, per coupon up to %2.</source>
        <translation>您今天还可发放 %1，单张最多 %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>You can grant it</source>
        <translation>可以发放</translation>
    </message>
    <message>
        <source>Choose a coupon to see what it needs.</source>
        <translation>选择一张优惠券，查看发放条件。</translation>
    </message>
    <message>
        <source>Grant “%1” (%2) to %3? The customer receives the code at once.</source>
        <translation>给 %3 发放“%1”（%2）？客户会立即收到券码。</translation>
    </message>
    <message>
        <source>Granted “%1”: code %2. The customer has it in the conversation.</source>
        <translation>已发放“%1”：券码 %2，客户已在会话中收到。</translation>
    </message>
    <message>
        <source>The server refused it: %1.</source>
        <translation>服务器拒绝发放：%1。</translation>
    </message>
    <message>
        <source>Not granted: %1. Try again; a retry never grants twice.</source>
        <translation>未发放：%1。请重试，重试不会重复发放。</translation>
    </message>
    <message>
        <source>Say why, so that your lead can decide.</source>
        <translation>请说明理由，方便组长决定。</translation>
    </message>
    <message>
        <source>Sent to your team&apos;s leads. Their answer appears here and in the status bar.</source>
        <translation>已发送给本组组长，审批结果会显示在这里和状态栏。</translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation>申请未发送：%1</translation>
    </message>
    <message numerus="yes">
        <source>Valid for %n day(s), on %1.</source>
        <translation>
            <numerusform>有效期 %n 天，适用于%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>the whole order</source>
        <translation>整单</translation>
    </message>
    <message>
        <source>%1: you can grant it now. %2</source>
        <translation>%1：现在可以发放。%2</translation>
    </message>
    <message>
        <source>%1: not now, because %2. Ask your lead if the customer should have it anyway. %3</source>
        <translation>%1：暂不可发放，因为%2。如确需发放，请申请组长审批。%3</translation>
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
    <name>agentdesk::ui::FloorAgentModel</name>
    <message>
        <source>%1 (lead)</source>
        <translation>%1（组长）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>当前接待</translation>
    </message>
    <message>
        <source>Handled today</source>
        <translation>今日处理</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::FloorQueueModel</name>
    <message>
        <source>In the queue</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>最新消息</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::LibraryPanel</name>
    <message>
        <source>Reply library</source>
        <translation>话术库</translation>
    </message>
    <message>
        <source>Quick replies and scripts</source>
        <translation>快捷话术与话术流程</translation>
    </message>
    <message>
        <source>Search replies</source>
        <translation>搜索话术</translation>
    </message>
    <message>
        <source>Search titles, text and tags (Ctrl+K)</source>
        <translation>搜索标题、内容和标签（Ctrl+K）</translation>
    </message>
    <message>
        <source>Reply category</source>
        <translation>话术分类</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>Reply language</source>
        <translation>话术语言</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Click inserts into the message, Ctrl+click sends at once</source>
        <translation>单击插入到消息，Ctrl+单击直接发送</translation>
    </message>
    <message>
        <source>Script steps</source>
        <translation>话术步骤</translation>
    </message>
    <message>
        <source>Click a step to insert it, Ctrl+click to send it</source>
        <translation>单击步骤插入，Ctrl+单击直接发送</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Put the reply (or the script&apos;s next step) into the message to edit it (Enter)</source>
        <translation>将话术（或流程的下一步）放入消息框以便修改（Enter）</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>直接发送</translation>
    </message>
    <message>
        <source>Send the reply (or the script&apos;s next step) at once (Ctrl+Enter)</source>
        <translation>立即发送话术（或流程的下一步）（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Mark as a favourite: favourites come first</source>
        <translation>设为收藏：收藏的话术排在最前</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Library actions</source>
        <translation>话术库操作</translation>
    </message>
    <message>
        <source>New personal reply…</source>
        <translation>新建个人话术…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Uses, conversions and A/B tests…</source>
        <translation>使用次数、转化与 A/B 测试…</translation>
    </message>
    <message>
        <source>Steps of “%1”</source>
        <translation>“%1”的步骤</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Insert next step</source>
        <translation>插入下一步</translation>
    </message>
    <message>
        <source>Send next step</source>
        <translation>发送下一步</translation>
    </message>
    <message>
        <source>Delete reply</source>
        <translation>删除话术</translation>
    </message>
    <message>
        <source>Delete “%1” from the library for everyone who uses it?</source>
        <translation>要从话术库中删除“%1”吗？所有使用者都将无法再使用它。</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::LibraryStatsDialog</name>
    <message>
        <source>Reply library: uses and conversions</source>
        <translation>话术库：使用与转化</translation>
    </message>
    <message numerus="yes">
        <source>A conversation converts when its customer orders within %n hours after it ends.</source>
        <translation>
            <numerusform>会话结束后 %n 小时内客户下单即计为转化。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话数</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>成交数</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>(deleted reply %1)</source>
        <translation>（已删除的话术 %1）</translation>
    </message>
    <message>
        <source>A/B tests (variants are served alternately, conversation by conversation):</source>
        <translation>A/B 测试（两个版本按会话轮流提供）：</translation>
    </message>
    <message>
        <source>Variant A</source>
        <translation>版本 A</translation>
    </message>
    <message>
        <source>Variant B</source>
        <translation>版本 B</translation>
    </message>
    <message>
        <source>A converts</source>
        <translation>A 转化</translation>
    </message>
    <message>
        <source>B converts</source>
        <translation>B 转化</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p 值</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Not enough data yet</source>
        <translation>数据尚不足</translation>
    </message>
    <message>
        <source>B converts better (significant)</source>
        <translation>B 转化更好（显著）</translation>
    </message>
    <message>
        <source>A converts better (significant)</source>
        <translation>A 转化更好（显著）</translation>
    </message>
    <message>
        <source>No significant difference yet</source>
        <translation>暂无显著差异</translation>
    </message>
    <message>
        <source>Recommendation prompts:</source>
        <translation>推荐提示：</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>展示</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>Bought after</source>
        <translation>随后购买</translation>
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
    <message>
        <source>Saved “%1” in the reply library.</source>
        <translation>已将“%1”保存到话术库。</translation>
    </message>
    <message>
        <source>The reply was not saved: %1</source>
        <translation>话术未保存：%1</translation>
    </message>
    <message>
        <source>Save as my reply…</source>
        <translation>保存为我的话术…</translation>
    </message>
    <message>
        <source>Type a reply. Enter sends, Shift+Enter adds a line, / finds a quick reply.</source>
        <translation>输入回复。Enter 发送，Shift+Enter 换行，输入 / 查找快捷话术。</translation>
    </message>
    <message>
        <source>Another conversation was opened meanwhile; the reply was not used.</source>
        <translation>期间已切换到其他会话，这条话术未使用。</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <source>Attach a picture to the next message (PNG or JPEG; larger ones are made smaller)</source>
        <translation>给下一条消息附上图片（PNG 或 JPEG；较大的图片会自动压缩）</translation>
    </message>
    <message>
        <source>Attach an image</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>The image was not uploaded: %1</source>
        <translation>图片未上传：%1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>The picture is larger than %1 MiB.</source>
        <translation>图片超过 %1 MiB。</translation>
    </message>
    <message>
        <source>The image was not attached: %1</source>
        <translation>图片未添加：%1</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>%1 approved your coupon request for %2: code %3.</source>
        <translation>%1 批准了您为 %2 申请的优惠券：券码 %3。</translation>
    </message>
    <message>
        <source>Coupon request</source>
        <translation>优惠券申请</translation>
    </message>
    <message>
        <source>Loading the coupons you may grant…</source>
        <translation>正在加载您可发放的优惠券…</translation>
    </message>
    <message>
        <source>Coupons are granted by the agent serving the conversation</source>
        <translation>优惠券由负责该会话的客服发放</translation>
    </message>
    <message>
        <source>Coupon (%1)</source>
        <translation>优惠券（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) you may grant now; %1 left today</source>
        <translation>
            <numerusform>现在可发放 %n 张；今日剩余额度 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Coupon requests (%1)</source>
        <translation>优惠券申请（%1）</translation>
    </message>
    <message>
        <source>My coupon requests (%1 waiting)</source>
        <translation>我的优惠券申请（%1 待审批）</translation>
    </message>
    <message>
        <source>%1 denied your coupon request for %2.</source>
        <translation>%1 驳回了您为 %2 申请的优惠券。</translation>
    </message>
    <message>
        <source>%1 denied your coupon request for %2: “%3”</source>
        <translation>%1 驳回了您为 %2 申请的优惠券：“%3”</translation>
    </message>
    <message>
        <source>Click to dismiss</source>
        <translation>点击关闭</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>The supervisor view: queue, agents and KPIs of your team (F9)</source>
        <translation>主管视图：本组的队列、客服和指标（F9）</translation>
    </message>
    <message>
        <source>AgentDesk — Floor</source>
        <translation>AgentDesk — 现场</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notice from %1&lt;/b&gt; (%2): %3</source>
        <translation>&lt;b&gt;%1 的通知&lt;/b&gt;（%2）：%3</translation>
    </message>
    <message>
        <source>Notice from %1</source>
        <translation>%1 的通知</translation>
    </message>
    <message>
        <source>Waiting past the SLA</source>
        <translation>等待超时</translation>
    </message>
    <message>
        <source>%1 (%2) has waited past the SLA.</source>
        <translation>%1（%2）的等待已超过服务时限。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Practise with a scripted customer in the sandbox: nothing reaches this shop</source>
        <translation>在沙盒中与模拟客户练习：不会影响本店</translation>
    </message>
    <message numerus="yes">
        <source>Training (%n)</source>
        <comment>scenarios assigned</comment>
        <translation>
            <numerusform>培训（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) assigned to you. Practise with scripted customers in the sandbox: nothing reaches this shop</source>
        <translation>
            <numerusform>已为您布置 %n 个场景。在沙盒中与模拟客户练习：不会影响本店</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Sign out here and on every other computer; messages not yet sent are kept for your next sign-in</source>
        <translation>在本机和所有其他电脑上退出登录；尚未发送的消息会保留到您下次登录</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>正在加载更早的消息…</translation>
    </message>
    <message>
        <source>Not now: %1 (%2)</source>
        <translation>暂不可发：%1（%2）</translation>
    </message>
    <message>
        <source>Close with a resolution (Ctrl+Shift+W, then Enter closes as solved)</source>
        <translation>选择结果并结束会话（Ctrl+Shift+W 后按回车即以“已解决”结束）</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C opens the coupons</source>
        <translation>Ctrl+Shift+C 打开优惠券</translation>
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
    <message>
        <source>Image not available</source>
        <translation>图片不可用</translation>
    </message>
    <message>
        <source>Image loading…</source>
        <translation>图片加载中…</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::MonitorDialog</name>
    <message>
        <source>Monitoring conversation %1</source>
        <translation>旁听会话 %1</translation>
    </message>
    <message>
        <source>Read-only: the customer and the agent do not see that you are watching. A whisper is a note only the agent sees.</source>
        <translation>只读：客户和客服看不到你在旁听。私信提示是只有客服能看到的备注。</translation>
    </message>
    <message>
        <source>Whisper to the agent…</source>
        <translation>给客服的私信提示…</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>私信提示</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>接管</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>This conversation cannot be monitored: %1</source>
        <translation>无法旁听此会话：%1</translation>
    </message>
    <message>
        <source>in the queue</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>由 %1 接待</translation>
    </message>
    <message>
        <source>Nobody serves this conversation yet; a whisper needs an agent.</source>
        <translation>此会话还没有客服接待；私信提示需要有客服。</translation>
    </message>
    <message>
        <source>Whispered to %1.</source>
        <translation>已私信提示 %1。</translation>
    </message>
    <message>
        <source>Send to customer</source>
        <translation>发给客户</translation>
    </message>
    <message>
        <source>After joining: a message the customer sees, from you</source>
        <translation>加入后：以你的名义发给客户的消息</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Write to the customer beside the agent; everyone sees that you joined</source>
        <translation>与客服一起回复客户；大家都会看到你已加入</translation>
    </message>
    <message>
        <source>You are offline; joining needs the connection.</source>
        <translation>你已离线；加入会话需要连接服务器。</translation>
    </message>
    <message>
        <source>You joined: the customer sees your messages, sent with “Send to customer”.</source>
        <translation>你已加入：用“发给客户”发送的消息客户都能看到。</translation>
    </message>
    <message>
        <source>You could not join: %1</source>
        <translation>无法加入：%1</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>已发给 %1。</translation>
    </message>
    <message>
        <source>Whisper to the agent, or write to the customer…</source>
        <translation>给客服私信提示，或给客户发消息…</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::RecommendationBar</name>
    <message>
        <source>Warranty</source>
        <translation>保修服务</translation>
    </message>
    <message>
        <source>Accessory</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>加购</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Asked about “%1” and mentioned %2.</source>
        <translation>客户问到“%1”，并提到了%2。</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked about “%1”; bought %2 %3 without a warranty.</source>
        <translation>客户问到“%1”；%3购买了%2，未购买保修。</translation>
    </message>
    <message>
        <source>Asked about “%1”; bought %2 %3.</source>
        <translation>客户问到“%1”；%3购买了%2。</translation>
    </message>
    <message>
        <source>Not now: an add-on was already offered in this consultation.</source>
        <translation>暂不推荐：本次咨询已推荐过一次加购。</translation>
    </message>
    <message>
        <source>Not to this customer: they asked for no marketing.</source>
        <translation>不向该客户推荐：客户要求不接收营销信息。</translation>
    </message>
    <message>
        <source>Not allowed by the recommendation policy (%1).</source>
        <translation>推荐规则不允许（%1）。</translation>
    </message>
    <message>
        <source>Suggest %1 · %2 · %3</source>
        <translation>推荐 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Send the sentence to the customer (Ctrl+Shift+R sends the first card that may be sent)</source>
        <translation>把这句话发给客户（Ctrl+Shift+R 发送第一张可发送的卡片）</translation>
    </message>
    <message>
        <source>Not for this customer: it is not suggested again in this conversation (Ctrl+Shift+D for the first card)</source>
        <translation>不适合该客户：本次会话中不再推荐（Ctrl+Shift+D 作用于第一张卡片）</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ReplyDelegate</name>
    <message numerus="yes">
        <source>%n used</source>
        <translation>
            <numerusform>已用 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B: %1</source>
        <translation>A/B：%1</translation>
    </message>
    <message numerus="yes">
        <source>Script · %n steps</source>
        <translation>
            <numerusform>流程 · %n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ReplyEditorDialog</name>
    <message>
        <source>New reply</source>
        <translation>新建话术</translation>
    </message>
    <message>
        <source>Edit reply</source>
        <translation>编辑话术</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>仅自己</translation>
    </message>
    <message>
        <source>My team (%1)</source>
        <translation>我的团队（%1）</translation>
    </message>
    <message>
        <source>The whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message>
        <source>Who uses it:</source>
        <translation>使用范围：</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. delivery, tracking</source>
        <translation>用逗号分隔，例如：物流, 单号</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>A script of several steps</source>
        <translation>多步骤话术流程</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>话术内容</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <source>Filled from the conversation: %1. For a detail you type when using it: {input:label}.</source>
        <translation>从会话自动填写：%1。使用时需手动输入的内容写作 {input:说明}。</translation>
    </message>
    <message>
        <source>In an A/B test as variant %1</source>
        <translation>正在 A/B 测试中，为版本 %1</translation>
    </message>
    <message>
        <source>End the A/B test for this reply</source>
        <translation>结束此话术的 A/B 测试</translation>
    </message>
    <message>
        <source>No A/B test</source>
        <translation>不做 A/B 测试</translation>
    </message>
    <message>
        <source>A/B test:</source>
        <translation>A/B 测试：</translation>
    </message>
    <message>
        <source>Test against “%1” (it becomes variant A)</source>
        <translation>与“%1”对比测试（它将作为版本 A）</translation>
    </message>
    <message>
        <source>The reply needs a title.</source>
        <translation>话术需要标题。</translation>
    </message>
    <message>
        <source>At most 10 tags of at most 40 characters each.</source>
        <translation>最多 10 个标签，每个最多 40 个字符。</translation>
    </message>
    <message>
        <source>A script has 1 to 12 steps.</source>
        <translation>话术流程需要 1 到 12 个步骤。</translation>
    </message>
    <message>
        <source>Every step needs a title (at most 80 characters) and a text (at most 2,000).</source>
        <translation>每个步骤都需要标题（最多 80 个字符）和内容（最多 2000 个字符）。</translation>
    </message>
    <message>
        <source>The reply needs a text of at most 2,000 characters.</source>
        <translation>话术内容不能为空，最多 2000 个字符。</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <source>A picture sent with the reply, e.g. a size chart (PNG or JPEG; larger ones are made smaller)</source>
        <translation>随回复发送的图片，如尺码表（PNG 或 JPEG；较大的图片会自动压缩）</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>The picture is larger than %1 MiB.</source>
        <translation>图片超过 %1 MiB。</translation>
    </message>
    <message>
        <source>Image attached</source>
        <translation>已附图片</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>无图片</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ReplyFillDialog</name>
    <message>
        <source>Complete the reply</source>
        <translation>补全话术</translation>
    </message>
    <message>
        <source>This reply needs a few details before the customer can see it.</source>
        <translation>发送给客户之前，这条话术还需要补充一些信息。</translation>
    </message>
    <message>
        <source>%1 (not known here)</source>
        <translation>%1（此会话中未知）</translation>
    </message>
    <message>
        <source>The message:</source>
        <translation>消息内容：</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ReportsPanel</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>KPIs of the period…</source>
        <translation>本时段指标…</translation>
    </message>
    <message>
        <source>Leads&apos; actions of the period…</source>
        <translation>本时段组长操作…</translation>
    </message>
    <message>
        <source>Coupon log of the period…</source>
        <translation>本时段优惠券日志…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>咨询量</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>成交额</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>首次解决率</translation>
    </message>
    <message>
        <source>Handling time</source>
        <translation>处理时长</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>First contact resolution: closed without the customer coming back</source>
        <translation>首次解决率：会话关闭后客户未再次咨询</translation>
    </message>
    <message>
        <source>The share of ratings of 4 or 5</source>
        <translation>评分为 4 或 5 的比例</translation>
    </message>
    <message>
        <source>Consultations after which the customer bought</source>
        <translation>咨询后客户下单的比例</translation>
    </message>
    <message>
        <source>Waiting in the queue, last hour</source>
        <translation>最近一小时排队人数</translation>
    </message>
    <message>
        <source>Conversion and CSAT by agent</source>
        <translation>各客服转化率与满意度</translation>
    </message>
    <message>
        <source>Coupon spend against budget</source>
        <translation>优惠券花费与预算</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>The report could not be loaded: %1</source>
        <translation>无法加载报表：%1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>全组</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Conversion %</source>
        <translation>转化率 %</translation>
    </message>
    <message>
        <source>CSAT %</source>
        <translation>满意度 %</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>no report is loaded</source>
        <translation>尚未加载报表</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>全部队列</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1, queue %2</source>
        <translation>%1，%2 队列</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2; a purchase counts within %n hour(s) of a consultation.</source>
        <translation>
            <numerusform>%1，%2；咨询后 %n 小时内的购买计入转化。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::SandboxBanner</name>
    <message>
        <source>SANDBOX</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>Finish and score</source>
        <translation>结束并评分</translation>
    </message>
    <message>
        <source>Show my score</source>
        <translation>查看我的成绩</translation>
    </message>
    <message>
        <source>Training with a scripted customer: %1 (%2). Nothing here reaches a shop or its customers.</source>
        <translation>与模拟客户练习：%1（%2）。这里的一切都不会影响真实店铺或客户。</translation>
    </message>
    <message>
        <source>waiting for the customer…</source>
        <translation>等待客户…</translation>
    </message>
    <message>
        <source>Finished: %1/100</source>
        <translation>已结束：%1/100</translation>
    </message>
    <message>
        <source>%1 elapsed, %2 left</source>
        <translation>已用 %1，剩余 %2</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::SandboxReplayDialog</name>
    <message>
        <source>Replay: %1</source>
        <translation>回放：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2/100 · ended &quot;%3&quot;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2/100 · 结局“%3”</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>from the library</source>
        <translation>来自话术库</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>a coupon worth %1 granted</source>
        <translation>发放了一张 %1 的优惠券</translation>
    </message>
    <message>
        <source>+%1 %2: %3</source>
        <translation>+%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::SandboxReportDialog</name>
    <message>
        <source>never</source>
        <translation>从未回复</translation>
    </message>
    <message>
        <source>Sandbox report: %1</source>
        <translation>沙盒成绩：%1</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>The customer bought.</source>
        <translation>客户下单了。</translation>
    </message>
    <message>
        <source>The customer&apos;s matter was resolved.</source>
        <translation>客户的问题已解决。</translation>
    </message>
    <message>
        <source>The customer left without what they came for.</source>
        <translation>客户没有得到想要的，离开了。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Their satisfaction: %3 (%4 of 5).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 客户满意度：%3（%4 / 5）。</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>你的表现</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>first answer after %1, on average %2</source>
        <translation>首次回复用时 %1，平均 %2</translation>
    </message>
    <message>
        <source>Replies and scripts</source>
        <translation>话术使用</translation>
    </message>
    <message numerus="yes">
        <source>%n of your messages came from the library</source>
        <translation>
            <numerusform>%n 条消息来自话术库</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n message(s) in all)</source>
        <translation>
            <numerusform>（共 %n 条消息）</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was worth recommending</source>
        <translation>本场景无需推荐</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>已推荐</translation>
    </message>
    <message>
        <source>missed: there was something worth recommending</source>
        <translation>错过：本有值得推荐的商品</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>granted %1, as the situation called for</source>
        <translation>发放了 %1，符合情况所需</translation>
    </message>
    <message>
        <source>none granted, none needed</source>
        <translation>未发放，也无需发放</translation>
    </message>
    <message>
        <source>a coupon would have won the customer; none was granted</source>
        <translation>一张优惠券本可以留住客户，但没有发放</translation>
    </message>
    <message>
        <source>granted %1 where none was needed</source>
        <translation>在不需要时发放了 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) beyond your limits refused</source>
        <translation>
            <numerusform>%n 次超出权限的发放被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Coupon policy</source>
        <translation>优惠券规范</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>rated %1 of 5</source>
        <translation>评分 %1 / 5</translation>
    </message>
    <message>
        <source>&lt;b&gt;What an expert would have done&lt;/b&gt;</source>
        <translation>&lt;b&gt;专家会怎么做&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attempt %1, %2: %3/100%4</source>
        <translation>第 %1 次，%2：%3/100%4</translation>
    </message>
    <message>
        <source> (this one)</source>
        <translation>（本次）</translation>
    </message>
    <message>
        <source>This is your first attempt at this scenario.</source>
        <translation>这是你第一次练习这个场景。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your attempts at this scenario&lt;/b&gt;</source>
        <translation>&lt;b&gt;你在此场景的练习记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the attempt</source>
        <translation>导出本次练习</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Replay…</source>
        <translation>回放…</translation>
    </message>
    <message>
        <source>Sandbox report of %1: %2</source>
        <translation>%1 的沙盒成绩：%2</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ScenarioPickerDialog</name>
    <message>
        <source>Training sandbox</source>
        <translation>培训沙盒</translation>
    </message>
    <message>
        <source>Choose a scenario. You serve a scripted customer in the real workspace, on a shop of your own that nothing leaves; at the end you get your score and what an expert would have done.</source>
        <translation>选择一个场景。你将在真实的工作台中接待一位模拟客户，使用一个独立的练习店铺，数据不会外流；结束后会得到成绩以及专家的做法。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (your best: %1)</source>
        <translation>（最好成绩：%1）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
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
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>A new language applies when AgentDesk starts again.</source>
        <translation>新语言将在 AgentDesk 重新启动后生效。</translation>
    </message>
    <message>
        <source>The shop&apos;s target, set on its server: waiting conversations turn amber at two thirds of it and red past it, as on the team lead&apos;s floor view.</source>
        <translation>这是店铺在服务器上设定的目标：等待中的会话到达其三分之二时变为琥珀色，超过时变为红色，与组长的现场视图一致。</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::SupervisorView</name>
    <message>
        <source>Notice to the team…</source>
        <translation>发布团队通知…</translation>
    </message>
    <message>
        <source>Coupon log…</source>
        <translation>优惠券日志…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue and open conversations&lt;/b&gt;</source>
        <translation>&lt;b&gt;队列与进行中的会话&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The queue in the order it is served: high-value customers first, then the longest waiting</source>
        <translation>按分配顺序排列：高价值客户优先，其次等待最久者</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>旁听</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>接管</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部进行中</translation>
    </message>
    <message>
        <source>In the queue</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Past the SLA</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Change capacity…</source>
        <translation>调整接待上限…</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Coupon requests</source>
        <translation>优惠券申请</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <source>Agents online</source>
        <translation>在线客服</translation>
    </message>
    <message>
        <source>Load / capacity</source>
        <translation>接待 / 上限</translation>
    </message>
    <message>
        <source>Handled today</source>
        <translation>今日处理</translation>
    </message>
    <message>
        <source>First response today</source>
        <translation>今日首次响应</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Connecting to the floor…</source>
        <translation>正在连接现场…</translation>
    </message>
    <message>
        <source>Floor of %1</source>
        <translation>%1 现场</translation>
    </message>
    <message>
        <source>Coupon requests (%1)</source>
        <translation>优惠券申请（%1）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Waiting by tier: %1</source>
        <translation>按等级排队：%1</translation>
    </message>
    <message>
        <source>%1 (%2) has waited past the SLA of %3.</source>
        <translation>%1（%2）的等待已超过 %3 的服务时限。</translation>
    </message>
    <message>
        <source>You take over %1&apos;s conversation; it opens in your workspace.</source>
        <translation>你已接管 %1 的会话，它将出现在你的工作台中。</translation>
    </message>
    <message>
        <source>Reassign %1</source>
        <translation>改派 %1</translation>
    </message>
    <message>
        <source>%1&apos;s conversation is being reassigned.</source>
        <translation>正在改派 %1 的会话。</translation>
    </message>
    <message>
        <source>Capacity of %1</source>
        <translation>%1 的接待上限</translation>
    </message>
    <message>
        <source>Conversations %1 takes at once:</source>
        <translation>%1 同时接待的会话数：</translation>
    </message>
    <message numerus="yes">
        <source>%1 now takes up to %n conversation(s) at once.</source>
        <translation>
            <numerusform>%1 现在最多同时接待 %n 个会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>The capacity was not changed: %1</source>
        <translation>接待上限未调整：%1</translation>
    </message>
    <message>
        <source>Notice to the team</source>
        <translation>团队通知</translation>
    </message>
    <message>
        <source>Every member of the team sees this at once:</source>
        <translation>全组成员会立即看到：</translation>
    </message>
    <message>
        <source>The notice went to the team.</source>
        <translation>通知已发给全组。</translation>
    </message>
    <message>
        <source>The notice was not sent: %1</source>
        <translation>通知未发送：%1</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>全部队列</translation>
    </message>
    <message>
        <source>The team&apos;s queues: one per topic; agents take the topics of their skills</source>
        <translation>团队的队列：每个主题一个；客服接待其技能对应的主题</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 %2 (longest %3)</source>
        <translation>%1 %2（最长 %3）</translation>
    </message>
    <message>
        <source>Waiting by queue: %1</source>
        <translation>按队列等待：%1</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::TrainingAssignDialog</name>
    <message>
        <source>Assign scenarios to %1</source>
        <translation>为 %1 布置场景</translation>
    </message>
    <message>
        <source>Tick the scenarios %1 should practise in the sandbox. A scenario assigned before is assigned again: its attempts count from now.</source>
        <translation>勾选 %1 要在沙盒中练习的场景。之前布置过的场景会重新布置：练习次数从现在起重新计算。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Note for the trainee (optional):</source>
        <translation>给学员的备注（可选）：</translation>
    </message>
    <message>
        <source>e.g. Offer the coupon before the customer hesitates twice</source>
        <translation>例如：在客户第二次犹豫前发放优惠券</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>布置</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>备注超过 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::TrainingDialog</name>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>My training</source>
        <translation>我的培训</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Scenarios your coaches set you</source>
        <translation>教练为您布置的场景</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>布置人</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>练习次数</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最高分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Start this scenario</source>
        <translation>开始这个场景</translation>
    </message>
    <message>
        <source>Choose another scenario…</source>
        <translation>选择其他场景…</translation>
    </message>
    <message>
        <source>The sandbox opens in a window of its own, on a shop of its own. When you finish a scenario, your result is stored on this server for your coaches.</source>
        <translation>沙盒会在独立窗口中打开，使用独立的店铺数据。完成一个场景后，您的成绩会保存到本服务器，供您的教练查看。</translation>
    </message>
    <message>
        <source>Your results on this server</source>
        <translation>您在本服务器上的成绩</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Open report…</source>
        <translation>打开成绩单…</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已布置</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Assigned scenarios</source>
        <translation>已布置的场景</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>布置时间</translation>
    </message>
    <message>
        <source>Assign scenarios…</source>
        <translation>布置场景…</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Open report and replay…</source>
        <translation>打开成绩单和回放…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The server did not answer: %1</source>
        <translation>服务器未响应：%1</translation>
    </message>
    <message>
        <source>Latest attempt: %1</source>
        <translation>最近一次练习：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose a trainee on the left.</source>
        <translation>请在左侧选择一名学员。</translation>
    </message>
    <message>
        <source>This program does not have the scenario &quot;%1&quot;.</source>
        <translation>本程序没有场景“%1”。</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Take back &quot;%1&quot; from %2?</source>
        <translation>要撤回布置给 %2 的“%1”吗？</translation>
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
