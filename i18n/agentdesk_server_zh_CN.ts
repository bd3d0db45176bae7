<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuthService</name>
    <message>
        <source>protocol version %1 is not supported; this server speaks %2</source>
        <translation>不支持协议版本 %1；本服务器使用版本 %2</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>the token is unknown or expired; sign in again</source>
        <translation>登录凭证无效或已过期，请重新登录</translation>
    </message>
    <message>
        <source>the customer no longer exists</source>
        <translation>该客户已不存在</translation>
    </message>
    <message>
        <source>wrong channel key</source>
        <translation>渠道密钥错误</translation>
    </message>
    <message numerus="yes">
        <source>too many failed sign-ins; try again in %n minute(s)</source>
        <translation>
            <numerusform>登录失败次数过多；请在 %n 分钟后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>this account is disabled; ask an administrator</source>
        <translation>该账号已停用，请联系管理员</translation>
    </message>
    <message>
        <source>the account no longer exists or is disabled</source>
        <translation>该账号已不存在或已停用</translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>only the assigned agent sees the customer&apos;s profile</source>
        <translation>只有接待该会话的客服可以查看客户资料</translation>
    </message>
    <message>
        <source>the customer no longer exists</source>
        <translation>该客户已不存在</translation>
    </message>
    <message>
        <source>conversation %1 is closed</source>
        <translation>会话 %1 已结束</translation>
    </message>
    <message>
        <source>conversation %1 is assigned to someone else</source>
        <translation>会话 %1 已分配给其他客服</translation>
    </message>
    <message>
        <source>customers do not use the reply library</source>
        <translation>客户不能使用话术库</translation>
    </message>
    <message>
        <source>customers do not send images here</source>
        <translation>客户不能在此发送图片</translation>
    </message>
    <message>
        <source>an order needs at least one line</source>
        <translation>订单至少需要一件商品</translation>
    </message>
    <message>
        <source>the catalogue has no product %1</source>
        <translation>商品目录中没有商品 %1</translation>
    </message>
    <message>
        <source>conversation %1 is already closed</source>
        <translation>会话 %1 已经结束</translation>
    </message>
    <message>
        <source>you may not close conversation %1</source>
        <translation>您无权结束会话 %1</translation>
    </message>
    <message>
        <source>your account no longer exists</source>
        <translation>您的账号已不存在</translation>
    </message>
    <message>
        <source>conversation %1 can be rated once it is closed</source>
        <translation>会话 %1 结束后才能评价</translation>
    </message>
    <message>
        <source>conversation %1 was already rated</source>
        <translation>会话 %1 已经评价过了</translation>
    </message>
    <message>
        <source>conversation.transfer: give either toAgentId or toTeamId</source>
        <translation>转接会话：请指定 toAgentId 或 toTeamId 之一</translation>
    </message>
    <message>
        <source>you may not transfer conversation %1</source>
        <translation>您无权转接会话 %1</translation>
    </message>
    <message>
        <source>no colleague %1 can take conversations</source>
        <translation>同事 %1 不存在或不能接待会话</translation>
    </message>
    <message>
        <source>conversation %1 is already with %2</source>
        <translation>会话 %1 已由 %2 接待</translation>
    </message>
    <message>
        <source>%1 is not online</source>
        <translation>%1 不在线</translation>
    </message>
    <message>
        <source>%1 is not in a team of yours</source>
        <translation>%1 不在您的团队中</translation>
    </message>
    <message>
        <source>no team %1</source>
        <translation>团队 %1 不存在</translation>
    </message>
    <message>
        <source>no conversation %1 is visible to you</source>
        <translation>会话 %1 不存在或您无权查看</translation>
    </message>
</context>
<context>
    <name>CouponService</name>
    <message>
        <source>no conversation %1 is visible to you</source>
        <translation>会话 %1 不存在或您无权查看</translation>
    </message>
    <message>
        <source>conversation %1 is closed</source>
        <translation>会话 %1 已结束</translation>
    </message>
    <message>
        <source>coupons are granted by the agent serving conversation %1</source>
        <translation>优惠券只能由接待会话 %1 的客服发放</translation>
    </message>
    <message>
        <source>no coupon template %1</source>
        <translation>优惠券模板 %1 不存在</translation>
    </message>
    <message>
        <source>you belong to no team, so there is no lead to ask</source>
        <translation>您不属于任何团队，没有可申请审批的组长</translation>
    </message>
    <message>
        <source>coupon.request: say why in reason</source>
        <translation>申请优惠券：请在理由中说明原因</translation>
    </message>
    <message>
        <source>this coupon is already waiting for a lead in conversation %1</source>
        <translation>会话 %1 中这张优惠券已在等待组长审批</translation>
    </message>
    <message>
        <source>coupon template %1 is no longer offered</source>
        <translation>优惠券模板 %1 已停止发放</translation>
    </message>
    <message>
        <source>you may grant this coupon yourself</source>
        <translation>这张优惠券在您的权限内，可以直接发放</translation>
    </message>
    <message>
        <source>no coupon request %1 is yours to decide</source>
        <translation>优惠券申请 %1 不存在或不归您审批</translation>
    </message>
    <message>
        <source>coupon request %1 is your own; another lead or an admin decides it</source>
        <translation>优惠券申请 %1 是您本人提交的，需由其他组长或管理员审批</translation>
    </message>
    <message>
        <source>the conversation or coupon of request %1 is gone</source>
        <translation>申请 %1 对应的会话或优惠券已不存在</translation>
    </message>
    <message>
        <source>conversation %1 has closed; deny the request or ask the agent to reopen contact</source>
        <translation>会话 %1 已结束；请拒绝该申请，或让客服重新联系客户</translation>
    </message>
    <message>
        <source>this coupon was granted in conversation %1 after the request; deny the request</source>
        <translation>申请之后会话 %1 中已发放了这张优惠券；请拒绝该申请</translation>
    </message>
    <message>
        <source>coupon request %1 was already approved by %2</source>
        <translation>优惠券申请 %1 已由 %2 批准</translation>
    </message>
    <message>
        <source>coupon request %1 was already denied by %2</source>
        <translation>优惠券申请 %1 已被 %2 拒绝</translation>
    </message>
</context>
<context>
    <name>ImageService</name>
    <message>
        <source>image.upload: data is not base64</source>
        <translation>上传图片：数据不是 base64 编码</translation>
    </message>
    <message>
        <source>no image %1 is visible to you</source>
        <translation>图片 %1 不存在或您无权查看</translation>
    </message>
    <message>
        <source>image must be the id image.upload returned</source>
        <translation>图片必须是上传后返回的编号</translation>
    </message>
    <message>
        <source>no image %1: upload it first</source>
        <translation>图片 %1 不存在：请先上传</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>图片是空的</translation>
    </message>
    <message>
        <source>the image is larger than %1 KiB</source>
        <translation>图片超过 %1 KiB</translation>
    </message>
    <message>
        <source>the image is not a PNG or JPEG file</source>
        <translation>图片不是 PNG 或 JPEG 文件</translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <source>reply.title is empty</source>
        <translation>话术标题为空</translation>
    </message>
    <message>
        <source>a reply needs a body, a script its steps</source>
        <translation>快捷话术需要正文，话术流程需要步骤</translation>
    </message>
    <message>
        <source>an image goes with a reply, not a script</source>
        <translation>图片只能用于快捷话术，不能用于话术流程</translation>
    </message>
    <message>
        <source>reply.language must look like zh_CN or en</source>
        <translation>话术语言须形如 zh_CN 或 en</translation>
    </message>
    <message>
        <source>reply.tags holds an empty tag</source>
        <translation>话术标签中有空标签</translation>
    </message>
    <message>
        <source>reply.tags: a tag may not hold line breaks or control characters</source>
        <translation>话术标签不能包含换行或控制字符</translation>
    </message>
    <message>
        <source>reply.abPairId %1 names no reply you can see</source>
        <translation>A/B 测试对 %1 指向的话术不存在或您无权查看</translation>
    </message>
    <message>
        <source>you may not test against reply %1</source>
        <translation>您无权与话术 %1 做 A/B 测试</translation>
    </message>
    <message>
        <source>the variants of an A/B test must have the same scope and team</source>
        <translation>A/B 测试的两个版本必须属于相同的范围和团队</translation>
    </message>
    <message>
        <source>A/B pair %1 already has two variants</source>
        <translation>A/B 测试对 %1 已有两个版本</translation>
    </message>
    <message>
        <source>A/B pair %1 already has a variant %2</source>
        <translation>A/B 测试对 %1 已有版本 %2</translation>
    </message>
    <message>
        <source>you may not edit reply %1</source>
        <translation>您无权编辑话术 %1</translation>
    </message>
    <message>
        <source>reply %1 was changed by someone else meanwhile; start again from the current text</source>
        <translation>话术 %1 已被他人修改；请在最新内容的基础上重新编辑</translation>
    </message>
    <message>
        <source>only admins keep the whole shop&apos;s replies</source>
        <translation>只有管理员可以维护全店话术</translation>
    </message>
    <message>
        <source>only the team&apos;s leads and admins keep its replies</source>
        <translation>只有本团队的组长和管理员可以维护团队话术</translation>
    </message>
    <message>
        <source>you may not delete reply %1</source>
        <translation>您无权删除话术 %1</translation>
    </message>
    <message>
        <source>no reply %1 is visible to you</source>
        <translation>话术 %1 不存在或您无权查看</translation>
    </message>
</context>
<context>
    <name>RecommendationService</name>
    <message>
        <source>no conversation %1 is visible to you</source>
        <translation>会话 %1 不存在或您无权查看</translation>
    </message>
    <message>
        <source>recommendations are for the agent serving the conversation</source>
        <translation>推荐只提供给接待该会话的客服</translation>
    </message>
    <message>
        <source>customers do not send recommendations</source>
        <translation>客户不能发送推荐</translation>
    </message>
    <message>
        <source>the catalogue has no product %1</source>
        <translation>商品目录中没有商品 %1</translation>
    </message>
    <message>
        <source>the recommendation policy refuses %1: %2 (%3)</source>
        <translation>推荐规则不允许推荐 %1：%2（%3）</translation>
    </message>
    <message>
        <source>the customer asked for no marketing</source>
        <translation>客户要求不接收营销信息</translation>
    </message>
    <message numerus="yes">
        <source>%n add-on recommendation(s) per consultation, already sent</source>
        <translation>
            <numerusform>每次咨询最多推荐 %n 个附加商品，已经推荐过了</numerusform>
        </translation>
    </message>
    <message>
        <source>the customer already owns it</source>
        <translation>客户已经拥有该商品</translation>
    </message>
    <message>
        <source>it was dismissed in this conversation</source>
        <translation>本次会话中已忽略该推荐</translation>
    </message>
    <message>
        <source>it was already recommended in this conversation</source>
        <translation>本次会话中已推荐过该商品</translation>
    </message>
</context>
<context>
    <name>RequestDispatcher</name>
    <message>
        <source>%1 is not available on the %2 endpoint</source>
        <translation>%2 端点不支持 %1</translation>
    </message>
    <message>
        <source>sign in before sending %1</source>
        <translation>请先登录再发送 %1</translation>
    </message>
    <message>
        <source>already signed in</source>
        <translation>已经登录</translation>
    </message>
    <message>
        <source>your role may not send %1</source>
        <translation>您的角色无权发送 %1</translation>
    </message>
    <message>
        <source>the server could not complete the request; retry it with the same key</source>
        <translation>服务器未能完成请求；请用同一个幂等键重试</translation>
    </message>
    <message>
        <source>key %1 was already used for a different request</source>
        <translation>幂等键 %1 已用于另一个请求</translation>
    </message>
    <message>
        <source>the stored result of key %1 is unreadable</source>
        <translation>幂等键 %1 保存的结果无法读取</translation>
    </message>
    <message>
        <source>%1 has no handler</source>
        <translation>服务器无法处理 %1</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>the server could not read the report; retry it</source>
        <translation>服务器未能读取报表；请重试</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>sign-in timeout</source>
        <translation>登录超时</translation>
    </message>
    <message>
        <source>too many failed sign-ins</source>
        <translation>登录失败次数过多</translation>
    </message>
    <message>
        <source>rate limit exceeded</source>
        <translation>请求过于频繁</translation>
    </message>
    <message>
        <source>more than %1 frames per second; slow down</source>
        <translation>每秒超过 %1 个请求；请放慢速度</translation>
    </message>
    <message>
        <source>frames are limited to %1 bytes</source>
        <translation>每条消息不能超过 %1 字节</translation>
    </message>
    <message>
        <source>binary frames are not part of the protocol; send JSON text</source>
        <translation>协议不支持二进制消息；请发送 JSON 文本</translation>
    </message>
    <message>
        <source>your session has ended (signed out, revoked or expired); sign in again</source>
        <translation>会话已结束（已退出登录、被撤销或已过期）；请重新登录</translation>
    </message>
    <message>
        <source>more than %1 requests wait for an earlier one&apos;s answer</source>
        <translation>超过 %1 个请求在等待前一个请求的答复</translation>
    </message>
</context>
<context>
    <name>SupervisorService</name>
    <message>
        <source>you may not watch team %1</source>
        <translation>您无权查看团队 %1</translation>
    </message>
    <message>
        <source>you belong to no team; give a teamId</source>
        <translation>您不属于任何团队；请指定 teamId</translation>
    </message>
    <message>
        <source>no team %1</source>
        <translation>团队 %1 不存在</translation>
    </message>
    <message>
        <source>no conversation %1 of your team is visible to you</source>
        <translation>会话 %1 不存在或不属于您的团队</translation>
    </message>
    <message>
        <source>no agent %1 in a team of yours</source>
        <translation>您的团队中没有客服 %1</translation>
    </message>
    <message>
        <source>you may not send notices to team %1</source>
        <translation>您无权向团队 %1 发送通知</translation>
    </message>
    <message>
        <source>team.broadcast: the notice is empty</source>
        <translation>团队通知内容为空</translation>
    </message>
    <message>
        <source>you lead no team</source>
        <translation>您没有带领任何团队</translation>
    </message>
    <message>
        <source>conversation %1 is closed</source>
        <translation>会话 %1 已结束</translation>
    </message>
    <message>
        <source>conversation %1 is already yours</source>
        <translation>会话 %1 已经由您接待</translation>
    </message>
    <message>
        <source>you may not see the figures of team %1</source>
        <translation>您无权查看团队 %1 的数据</translation>
    </message>
    <message>
        <source>kpi.report: the period must end after it starts and last at most 366 days</source>
        <translation>绩效报表：结束时间须晚于开始时间，且时长不超过 366 天</translation>
    </message>
    <message>
        <source>team %1 has no queue &quot;%2&quot;</source>
        <translation>团队 %1 没有队列“%2”</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <source>scenarioIds: name at least one scenario</source>
        <translation>请至少选择一个演练场景</translation>
    </message>
    <message>
        <source>no assignment %1 of a trainee of yours</source>
        <translation>您的学员中没有培训任务 %1</translation>
    </message>
    <message>
        <source>attempt: not a sandbox result: %1</source>
        <translation>不是有效的沙盒演练结果：%1</translation>
    </message>
    <message>
        <source>no training result %1 visible to you</source>
        <translation>培训结果 %1 不存在或您无权查看</translation>
    </message>
    <message>
        <source>no trainee %1 of yours</source>
        <translation>学员 %1 不存在或不归您指导</translation>
    </message>
</context>
</TS>
