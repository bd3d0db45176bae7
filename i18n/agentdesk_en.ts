<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ImageFitter</name>
    <message>
        <source>The file is not a picture this program can read.</source>
        <translation>The file is not a picture this program can read.</translation>
    </message>
    <message>
        <source>The picture cannot be made smaller than %1 KiB.</source>
        <translation>The picture cannot be made smaller than %1 KiB.</translation>
    </message>
</context>
<context>
    <name>LocalCache</name>
    <message>
        <source>cannot open the cache %1: %2</source>
        <translation>cannot open the cache %1: %2</translation>
    </message>
    <message>
        <source>it was found damaged when it was last checked</source>
        <translation>it was found damaged when it was last checked</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>the file is damaged (%1)</translation>
    </message>
    <message>
        <source>it was written by a newer AgentDesk (cache version %1)</source>
        <translation>it was written by a newer AgentDesk (cache version %1)</translation>
    </message>
    <message>
        <source>it is not an AgentDesk cache</source>
        <translation>it is not an AgentDesk cache</translation>
    </message>
    <message>
        <source>it belongs to another user or server</source>
        <translation>it belongs to another user or server</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>it cannot be read (%1)</translation>
    </message>
    <message>
        <source>The local cache could not be used because %1. It was set aside as %2 and a new one is being filled from the server.</source>
        <translation>The local cache could not be used because %1. It was set aside as %2 and a new one is being filled from the server.</translation>
    </message>
    <message>
        <source>cannot prepare the cache %1: %2</source>
        <translation>cannot prepare the cache %1: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>The demo server could not start: %1</translation>
    </message>
    <message>
        <source>AgentDesk — demo shop (embedded server)</source>
        <translation>AgentDesk — demo shop (embedded server)</translation>
    </message>
    <message>
        <source>The training sandbox could not be started.</source>
        <translation>The training sandbox could not be started.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>The sandbox could not start: %1</translation>
    </message>
    <message>
        <source>AgentDesk — training sandbox</source>
        <translation>AgentDesk — training sandbox</translation>
    </message>
    <message>
        <source>the file is larger than 4 MiB</source>
        <translation>the file is larger than 4 MiB</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Web chat</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation>Taobao</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Product question</source>
        <translation>Product question</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>price-sensitive</source>
        <translation>price-sensitive</translation>
    </message>
    <message>
        <source>no marketing</source>
        <translation>no marketing</translation>
    </message>
    <message>
        <source>buys gifts</source>
        <translation>buys gifts</translation>
    </message>
    <message>
        <source>tech-savvy</source>
        <translation>tech-savvy</translation>
    </message>
    <message>
        <source>returns often</source>
        <translation>returns often</translation>
    </message>
    <message>
        <source>loyal</source>
        <translation>loyal</translation>
    </message>
    <message>
        <source>business buyer</source>
        <translation>business buyer</translation>
    </message>
    <message>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <source>champion</source>
        <translation>champion</translation>
    </message>
    <message>
        <source>high value at risk</source>
        <translation>high value at risk</translation>
    </message>
    <message>
        <source>loyal customer</source>
        <translation>loyal customer</translation>
    </message>
    <message>
        <source>promising</source>
        <translation>promising</translation>
    </message>
    <message>
        <source>hibernating</source>
        <translation>hibernating</translation>
    </message>
    <message>
        <source>%1 is here to help you.</source>
        <translation>%1 is here to help you.</translation>
    </message>
    <message>
        <source>%1 has handed the conversation to %2.</source>
        <translation>%1 has handed the conversation to %2.</translation>
    </message>
    <message>
        <source>%1 has handed the conversation to the %2 team.</source>
        <translation>%1 has handed the conversation to the %2 team.</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <source>Product information</source>
        <translation>Product information</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <source>Returns and refunds</source>
        <translation>Returns and refunds</translation>
    </message>
    <message>
        <source>Price objection</source>
        <translation>Price objection</translation>
    </message>
    <message>
        <source>Hesitation</source>
        <translation>Hesitation</translation>
    </message>
    <message>
        <source>Competitor comparison</source>
        <translation>Competitor comparison</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Apology</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>customer&apos;s name</source>
        <translation>customer&apos;s name</translation>
    </message>
    <message>
        <source>customer&apos;s tier</source>
        <translation>customer&apos;s tier</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>order number</translation>
    </message>
    <message>
        <source>order status</source>
        <translation>order status</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>carrier</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>tracking number</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>your name</translation>
    </message>
    <message>
        <source>product name</source>
        <translation>product name</translation>
    </message>
    <message>
        <source>Coupon granted: %1, code %2, valid until %3 on orders of %4 or more.</source>
        <translation>Coupon granted: %1, code %2, valid until %3 on orders of %4 or more.</translation>
    </message>
    <message>
        <source>Coupon granted: %1, code %2, valid until %3.</source>
        <translation>Coupon granted: %1, code %2, valid until %3.</translation>
    </message>
    <message>
        <source>no longer offered</source>
        <translation>no longer offered</translation>
    </message>
    <message>
        <source>worth %1, your limit per coupon is %2</source>
        <translation>worth %1, your limit per coupon is %2</translation>
    </message>
    <message>
        <source>would make %1 today, your daily limit is %2</source>
        <translation>would make %1 today, your daily limit is %2</translation>
    </message>
    <message>
        <source>this customer already has the most coupons allowed in the period (%1)</source>
        <translation>this customer already has the most coupons allowed in the period (%1)</translation>
    </message>
    <message numerus="yes">
        <source>at most %n coupon(s) per conversation</source>
        <translation>
            <numerusform>at most %n coupon per conversation</numerusform>
            <numerusform>at most %n coupons per conversation</numerusform>
        </translation>
    </message>
    <message>
        <source>only after %1 minutes of conversation (now %2)</source>
        <translation>only after %1 minutes of conversation (now %2)</translation>
    </message>
    <message>
        <source>only after the customer objects to the price</source>
        <translation>only after the customer objects to the price</translation>
    </message>
    <message>
        <source>not for this customer&apos;s tier</source>
        <translation>not for this customer&apos;s tier</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>asked a lead</source>
        <translation>asked a lead</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>denied</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>would bring the team&apos;s coupons today to %1, above its budget of %2</source>
        <translation>would bring the team&apos;s coupons today to %1, above its budget of %2</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Reassigned</translation>
    </message>
    <message>
        <source>Took over</source>
        <translation>Took over</translation>
    </message>
    <message>
        <source>Returned to a queue</source>
        <translation>Returned to a queue</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>Monitored</translation>
    </message>
    <message>
        <source>Whispered</source>
        <translation>Whispered</translation>
    </message>
    <message>
        <source>Changed capacity</source>
        <translation>Changed capacity</translation>
    </message>
    <message>
        <source>Broadcast a notice</source>
        <translation>Broadcast a notice</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>%1 has joined the conversation.</source>
        <translation>%1 has joined the conversation.</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>Product details</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>No topic</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>easy</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>hard</translation>
    </message>
    <message>
        <source>bought</source>
        <translation>bought</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>left</source>
        <translation>left</translation>
    </message>
</context>
<context>
    <name>agentdesk::app::CouponDesk</name>
    <message>
        <source>You are offline; granting a coupon needs the connection.</source>
        <translation>You are offline; granting a coupon needs the connection.</translation>
    </message>
    <message>
        <source>You are offline; asking your lead needs the connection.</source>
        <translation>You are offline; asking your lead needs the connection.</translation>
    </message>
    <message>
        <source>You are offline; deciding a request needs the connection.</source>
        <translation>You are offline; deciding a request needs the connection.</translation>
    </message>
    <message>
        <source>You are offline; the coupon log needs the connection.</source>
        <translation>You are offline; the coupon log needs the connection.</translation>
    </message>
</context>
<context>
    <name>agentdesk::app::FloorWatch</name>
    <message>
        <source>The floor cannot be watched: %1</source>
        <translation>The floor cannot be watched: %1</translation>
    </message>
    <message>
        <source>You are offline; changing a capacity needs the connection.</source>
        <translation>You are offline; changing a capacity needs the connection.</translation>
    </message>
    <message>
        <source>You are offline; a notice needs the connection.</source>
        <translation>You are offline; a notice needs the connection.</translation>
    </message>
    <message>
        <source>You are offline; the action log needs the connection.</source>
        <translation>You are offline; the action log needs the connection.</translation>
    </message>
    <message>
        <source>You are offline; reports need the connection.</source>
        <translation>You are offline; reports need the connection.</translation>
    </message>
</context>
<context>
    <name>agentdesk::app::ImageCache</name>
    <message>
        <source>You are offline; attaching an image needs the connection.</source>
        <translation>You are offline; attaching an image needs the connection.</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>The image is empty.</translation>
    </message>
    <message>
        <source>The image is larger than %1 KiB.</source>
        <translation>The image is larger than %1 KiB.</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images can be sent.</source>
        <translation>Only PNG and JPEG images can be sent.</translation>
    </message>
</context>
<context>
    <name>agentdesk::app::ProtocolClient</name>
    <message>
        <source>the connection closed before the server answered</source>
        <translation>the connection closed before the server answered</translation>
    </message>
    <message>
        <source>the server answered with an unexpected %1</source>
        <translation>the server answered with an unexpected %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::app::ReplyLibrary</name>
    <message>
        <source>The local cache cannot be read: %1</source>
        <translation>The local cache cannot be read: %1</translation>
    </message>
    <message>
        <source>You are offline; changes to the reply library need the connection.</source>
        <translation>You are offline; changes to the reply library need the connection.</translation>
    </message>
    <message>
        <source>The favourite was not changed: %1</source>
        <translation>The favourite was not changed: %1</translation>
    </message>
    <message>
        <source>The local cache cannot be written: %1</source>
        <translation>The local cache cannot be written: %1</translation>
    </message>
    <message>
        <source>The reply was not deleted: %1</source>
        <translation>The reply was not deleted: %1</translation>
    </message>
    <message>
        <source>The library&apos;s figures could not be loaded: %1</source>
        <translation>The library&apos;s figures could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::app::SandboxCustomer</name>
    <message>
        <source>The sandbox&apos;s customer lost its connection: %1</source>
        <translation>The sandbox&apos;s customer lost its connection: %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s customer could not sign in: %1</source>
        <translation>The sandbox&apos;s customer could not sign in: %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s conversation could not start: %1</source>
        <translation>The sandbox&apos;s conversation could not start: %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s customer could not write: %1</source>
        <translation>The sandbox&apos;s customer could not write: %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s customer could not order: %1</source>
        <translation>The sandbox&apos;s customer could not order: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::app::SyncEngine</name>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Your session has expired. Sign in again.</translation>
    </message>
    <message>
        <source>The local cache cannot be written: %1</source>
        <translation>The local cache cannot be written: %1</translation>
    </message>
    <message>
        <source>The server did not accept the session: %1</source>
        <translation>The server did not accept the session: %1</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in: %1</source>
        <translation>The server did not accept the sign-in: %1</translation>
    </message>
    <message>
        <source>The server could not resume the session: %1</source>
        <translation>The server could not resume the session: %1</translation>
    </message>
    <message>
        <source>The server could not list the conversations: %1</source>
        <translation>The server could not list the conversations: %1</translation>
    </message>
    <message>
        <source>The message could not be saved for sending: %1</source>
        <translation>The message could not be saved for sending: %1</translation>
    </message>
    <message>
        <source>The local cache cannot be read: %1</source>
        <translation>The local cache cannot be read: %1</translation>
    </message>
    <message>
        <source>The conversation was not closed: %1</source>
        <translation>The conversation was not closed: %1</translation>
    </message>
    <message>
        <source>The reply library could not be loaded: %1</source>
        <translation>The reply library could not be loaded: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent: %1. Ask your administrator for the company&apos;s CA certificate (agentdesk --ca-cert FILE).</source>
        <translation>The server&apos;s certificate is not trusted, so nothing was sent: %1. Ask your administrator for the company&apos;s CA certificate (agentdesk --ca-cert FILE).</translation>
    </message>
    <message>
        <source>You were signed out (on another device, or by an administrator). Sign in again.</source>
        <translation>You were signed out (on another device, or by an administrator). Sign in again.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>The server refused the sign-in: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::app::TrainingDesk</name>
    <message>
        <source>A training attempt could not be sent to the server and was set aside (%1): %2</source>
        <translation>A training attempt could not be sent to the server and was set aside (%1): %2</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation>the file is larger than 1 MiB</translation>
    </message>
    <message>
        <source>You are offline; training needs the connection to the server.</source>
        <translation>You are offline; training needs the connection to the server.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>the attempt is too long to send (%1 KiB; at most %2 KiB)</source>
        <translation>the attempt is too long to send (%1 KiB; at most %2 KiB)</translation>
    </message>
</context>
<context>
    <name>agentdesk::app::WorkspaceSession</name>
    <message>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>%1 is waiting for you</source>
        <translation>%1 is waiting for you</translation>
    </message>
    <message>
        <source>You are offline; change your status again when the connection returns.</source>
        <translation>You are offline; change your status again when the connection returns.</translation>
    </message>
    <message>
        <source>Your status was not changed: %1</source>
        <translation>Your status was not changed: %1</translation>
    </message>
    <message>
        <source>You are offline; transfers need the connection.</source>
        <translation>You are offline; transfers need the connection.</translation>
    </message>
    <message>
        <source>The conversation was not transferred: %1</source>
        <translation>The conversation was not transferred: %1</translation>
    </message>
    <message>
        <source>The local cache cannot be read: %1</source>
        <translation>The local cache cannot be read: %1</translation>
    </message>
    <message>
        <source>The message is too long: %1 characters, at most %2.</source>
        <translation>The message is too long: %1 characters, at most %2.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <source>Fill in %1 before sending: the customer must never see a placeholder.</source>
        <translation>Fill in %1 before sending: the customer must never see a placeholder.</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>Silver member</source>
        <translation>Silver member</translation>
    </message>
    <message>
        <source>Gold member</source>
        <translation>Gold member</translation>
    </message>
    <message>
        <source>VIP member</source>
        <translation>VIP member</translation>
    </message>
    <message>
        <source>awaiting payment</source>
        <translation>awaiting payment</translation>
    </message>
    <message>
        <source>paid, being prepared</source>
        <translation>paid, being prepared</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>shipped</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>refunded</translation>
    </message>
    <message>
        <source>The recommendation policy does not allow offering %1 now.</source>
        <translation>The recommendation policy does not allow offering %1 now.</translation>
    </message>
    <message>
        <source>You are offline; dismissing a suggestion needs the connection.</source>
        <translation>You are offline; dismissing a suggestion needs the connection.</translation>
    </message>
    <message>
        <source>The suggestion was not dismissed: %1</source>
        <translation>The suggestion was not dismissed: %1</translation>
    </message>
    <message>
        <source>The list of colleagues could not be loaded: %1</source>
        <translation>The list of colleagues could not be loaded: %1</translation>
    </message>
    <message>
        <source>The local cache cannot be written: %1</source>
        <translation>The local cache cannot be written: %1</translation>
    </message>
    <message>
        <source>The local cache is damaged (%1). It will be set aside and rebuilt from the server when AgentDesk starts next.</source>
        <translation>The local cache is damaged (%1). It will be set aside and rebuilt from the server when AgentDesk starts next.</translation>
    </message>
</context>
<context>
    <name>agentdesk::desktop::EmbeddedDemo</name>
    <message>
        <source>Cannot create a temporary folder for the demo: %1</source>
        <translation>Cannot create a temporary folder for the demo: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::desktop::EmbeddedSandbox</name>
    <message>
        <source>No scenario &quot;%1&quot;: give one of %2, or a scenario file.</source>
        <translation>No scenario &quot;%1&quot;: give one of %2, or a scenario file.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the sandbox: %1</source>
        <translation>Cannot create a temporary folder for the sandbox: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::desktop::SandboxLauncher</name>
    <message>
        <source>The result could not be saved: %1</source>
        <translation>The result could not be saved: %1</translation>
    </message>
    <message>
        <source>The result could not be handed to the workspace for your coaches: %1</source>
        <translation>The result could not be handed to the workspace for your coaches: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ApprovalsDialog</name>
    <message>
        <source>Coupon requests of my team</source>
        <translation>Coupon requests of my team</translation>
    </message>
    <message>
        <source>My coupon requests</source>
        <translation>My coupon requests</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>Worth</translation>
    </message>
    <message>
        <source>Why the agent could not</source>
        <translation>Why the agent could not</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Reason given</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comment for the agent (optional)</source>
        <translation>Comment for the agent (optional)</translation>
    </message>
    <message>
        <source>Approve and grant</source>
        <translation>Approve and grant</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <source>Coupon log…</source>
        <translation>Coupon log…</translation>
    </message>
    <message>
        <source>%1 asks for “%2” (%3) for %4. Could not grant it because: %5. Reason: %6. Status: %7.</source>
        <translation>%1 asks for “%2” (%3) for %4. Could not grant it because: %5. Reason: %6. Status: %7.</translation>
    </message>
    <message>
        <source>Not decided: %1</source>
        <translation>Not decided: %1</translation>
    </message>
    <message>
        <source>Denied; the agent sees it now.</source>
        <translation>Denied; the agent sees it now.</translation>
    </message>
    <message>
        <source>Approved: coupon %1 granted to the customer.</source>
        <translation>Approved: coupon %1 granted to the customer.</translation>
    </message>
    <message>
        <source>Beyond your own limits too: %1. The request stays open.</source>
        <translation>Beyond your own limits too: %1. The request stays open.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::AttachmentBar</name>
    <message>
        <source>Image attached: it is sent with the next message.</source>
        <translation>Image attached: it is sent with the next message.</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Remove image</translation>
    </message>
    <message>
        <source>Image attached: it waits for the next message to the customer; notes carry no image.</source>
        <translation>Image attached: it waits for the next message to the customer; notes carry no image.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::AuditDialog</name>
    <message>
        <source>Coupon log</source>
        <translation>Coupon log</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>Worth</translation>
    </message>
    <message>
        <source>Why refused</source>
        <translation>Why refused</translation>
    </message>
    <message>
        <source>Limits in force</source>
        <translation>Limits in force</translation>
    </message>
    <message>
        <source>Load older</source>
        <translation>Load older</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export the coupon log</source>
        <translation>Export the coupon log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <source>The log cannot be read: %1</source>
        <translation>The log cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::Composer</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Type a reply. Enter sends, Shift+Enter adds a line, / finds a quick reply.</source>
        <translation>Type a reply. Enter sends, Shift+Enter adds a line, / finds a quick reply.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ConnectionIndicator</name>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting in %1 s</source>
        <translation>Connection lost, reconnecting in %1 s</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CouponDialog</name>
    <message>
        <source>%1% off, up to %2</source>
        <translation>%1% off, up to %2</translation>
    </message>
    <message>
        <source>Coupon for %1</source>
        <translation>Coupon for %1</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>Worth</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Minimum order</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Grant…</source>
        <translation>Grant…</translation>
    </message>
    <message>
        <source>Ask my lead…</source>
        <translation>Ask my lead…</translation>
    </message>
    <message>
        <source>Coupon log…</source>
        <translation>Coupon log…</translation>
    </message>
    <message>
        <source>Ask my lead</source>
        <translation>Ask my lead</translation>
    </message>
    <message>
        <source>Why should this customer get it? Your lead sees this with the request.</source>
        <translation>Why should this customer get it? Your lead sees this with the request.</translation>
    </message>
    <message>
        <source>Grant a coupon</source>
        <translation>Grant a coupon</translation>
    </message>
    <message>
        <source>Loading the coupons you may grant…</source>
        <translation>Loading the coupons you may grant…</translation>
    </message>
    <message>
        <source>You may still grant %1 today, per coupon up to %2.</source>
        <translation>You may still grant %1 today, per coupon up to %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>You can grant it</source>
        <translation>You can grant it</translation>
    </message>
    <message>
        <source>Choose a coupon to see what it needs.</source>
        <translation>Choose a coupon to see what it needs.</translation>
    </message>
    <message>
        <source>Grant “%1” (%2) to %3? The customer receives the code at once.</source>
        <translation>Grant “%1” (%2) to %3? The customer receives the code at once.</translation>
    </message>
    <message>
        <source>Granted “%1”: code %2. The customer has it in the conversation.</source>
        <translation>Granted “%1”: code %2. The customer has it in the conversation.</translation>
    </message>
    <message>
        <source>The server refused it: %1.</source>
        <translation>The server refused it: %1.</translation>
    </message>
    <message>
        <source>Not granted: %1. Try again; a retry never grants twice.</source>
        <translation>Not granted: %1. Try again; a retry never grants twice.</translation>
    </message>
    <message>
        <source>Say why, so that your lead can decide.</source>
        <translation>Say why, so that your lead can decide.</translation>
    </message>
    <message>
        <source>Sent to your team&apos;s leads. Their answer appears here and in the status bar.</source>
        <translation>Sent to your team&apos;s leads. Their answer appears here and in the status bar.</translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation>The request was not sent: %1</translation>
    </message>
    <message numerus="yes">
        <source>Valid for %n day(s), on %1.</source>
        <translation>
            <numerusform>Valid for %n day, on %1.</numerusform>
            <numerusform>Valid for %n days, on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the whole order</source>
        <translation>the whole order</translation>
    </message>
    <message>
        <source>%1: you can grant it now. %2</source>
        <translation>%1: you can grant it now. %2</translation>
    </message>
    <message>
        <source>%1: not now, because %2. Ask your lead if the customer should have it anyway. %3</source>
        <translation>%1: not now, because %2. Ask your lead if the customer should have it anyway. %3</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::CustomerPanel</name>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>Order history</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Loading customer…</source>
        <translation>Loading customer…</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>No conversation selected</translation>
    </message>
    <message>
        <source>no segment</source>
        <translation>no segment</translation>
    </message>
    <message>
        <source>Lifetime value %1</source>
        <translation>Lifetime value %1</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Customer since %1</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>No tags</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>Orders (%1)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::FloorAgentModel</name>
    <message>
        <source>%1 (lead)</source>
        <translation>%1 (lead)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Handled today</source>
        <translation>Handled today</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::FloorQueueModel</name>
    <message>
        <source>In the queue</source>
        <translation>In the queue</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::LibraryPanel</name>
    <message>
        <source>Reply library</source>
        <translation>Reply library</translation>
    </message>
    <message>
        <source>Quick replies and scripts</source>
        <translation>Quick replies and scripts</translation>
    </message>
    <message>
        <source>Search replies</source>
        <translation>Search replies</translation>
    </message>
    <message>
        <source>Search titles, text and tags (Ctrl+K)</source>
        <translation>Search titles, text and tags (Ctrl+K)</translation>
    </message>
    <message>
        <source>Reply category</source>
        <translation>Reply category</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Reply language</source>
        <translation>Reply language</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Click inserts into the message, Ctrl+click sends at once</source>
        <translation>Click inserts into the message, Ctrl+click sends at once</translation>
    </message>
    <message>
        <source>Script steps</source>
        <translation>Script steps</translation>
    </message>
    <message>
        <source>Click a step to insert it, Ctrl+click to send it</source>
        <translation>Click a step to insert it, Ctrl+click to send it</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Put the reply (or the script&apos;s next step) into the message to edit it (Enter)</source>
        <translation>Put the reply (or the script&apos;s next step) into the message to edit it (Enter)</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Send the reply (or the script&apos;s next step) at once (Ctrl+Enter)</source>
        <translation>Send the reply (or the script&apos;s next step) at once (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favourite</translation>
    </message>
    <message>
        <source>Mark as a favourite: favourites come first</source>
        <translation>Mark as a favourite: favourites come first</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Library actions</source>
        <translation>Library actions</translation>
    </message>
    <message>
        <source>New personal reply…</source>
        <translation>New personal reply…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Uses, conversions and A/B tests…</source>
        <translation>Uses, conversions and A/B tests…</translation>
    </message>
    <message>
        <source>Steps of “%1”</source>
        <translation>Steps of “%1”</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Insert next step</source>
        <translation>Insert next step</translation>
    </message>
    <message>
        <source>Send next step</source>
        <translation>Send next step</translation>
    </message>
    <message>
        <source>Delete reply</source>
        <translation>Delete reply</translation>
    </message>
    <message>
        <source>Delete “%1” from the library for everyone who uses it?</source>
        <translation>Delete “%1” from the library for everyone who uses it?</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::LibraryStatsDialog</name>
    <message>
        <source>Reply library: uses and conversions</source>
        <translation>Reply library: uses and conversions</translation>
    </message>
    <message numerus="yes">
        <source>A conversation converts when its customer orders within %n hours after it ends.</source>
        <translation>
            <numerusform>A conversation converts when its customer orders within %n hour after it ends.</numerusform>
            <numerusform>A conversation converts when its customer orders within %n hours after it ends.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Uses</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>(deleted reply %1)</source>
        <translation>(deleted reply %1)</translation>
    </message>
    <message>
        <source>A/B tests (variants are served alternately, conversation by conversation):</source>
        <translation>A/B tests (variants are served alternately, conversation by conversation):</translation>
    </message>
    <message>
        <source>Variant A</source>
        <translation>Variant A</translation>
    </message>
    <message>
        <source>Variant B</source>
        <translation>Variant B</translation>
    </message>
    <message>
        <source>A converts</source>
        <translation>A converts</translation>
    </message>
    <message>
        <source>B converts</source>
        <translation>B converts</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-value</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Not enough data yet</source>
        <translation>Not enough data yet</translation>
    </message>
    <message>
        <source>B converts better (significant)</source>
        <translation>B converts better (significant)</translation>
    </message>
    <message>
        <source>A converts better (significant)</source>
        <translation>A converts better (significant)</translation>
    </message>
    <message>
        <source>No significant difference yet</source>
        <translation>No significant difference yet</translation>
    </message>
    <message>
        <source>Recommendation prompts:</source>
        <translation>Recommendation prompts:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Shown</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Bought after</source>
        <translation>Bought after</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::LoginDialog</name>
    <message>
        <source>Sign in to AgentDesk</source>
        <translation>Sign in to AgentDesk</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::MainWindow</name>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Search conversations</translation>
    </message>
    <message>
        <source>Search customers and messages (Ctrl+F)</source>
        <translation>Search customers and messages (Ctrl+F)</translation>
    </message>
    <message>
        <source>Conversation filter</source>
        <translation>Conversation filter</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Close conversation</source>
        <translation>Close conversation</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Solved</translation>
    </message>
    <message>
        <source>Customer purchased</source>
        <translation>Customer purchased</translation>
    </message>
    <message>
        <source>Customer stopped answering</source>
        <translation>Customer stopped answering</translation>
    </message>
    <message>
        <source>Escalated to a specialist</source>
        <translation>Escalated to a specialist</translation>
    </message>
    <message>
        <source>My status</source>
        <translation>My status</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Capacity </source>
        <translation>Capacity </translation>
    </message>
    <message>
        <source>How many conversations you take at once</source>
        <translation>How many conversations you take at once</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Select a conversation</source>
        <translation>Select a conversation</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>waiting %1</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>Write a note for colleagues that the customer never sees (Ctrl+Shift+N)</source>
        <translation>Write a note for colleagues that the customer never sees (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>closed, rated %1/5</source>
        <translation>closed, rated %1/5</translation>
    </message>
    <message>
        <source>Internal note for colleagues; the customer never sees it. Enter adds it.</source>
        <translation>Internal note for colleagues; the customer never sees it. Enter adds it.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>Hand the conversation to a colleague or a team (Ctrl+Shift+T)</source>
        <translation>Hand the conversation to a colleague or a team (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Notifications, language, reply target (Ctrl+,)</source>
        <translation>Notifications, language, reply target (Ctrl+,)</translation>
    </message>
    <message>
        <source>Saved “%1” in the reply library.</source>
        <translation>Saved “%1” in the reply library.</translation>
    </message>
    <message>
        <source>The reply was not saved: %1</source>
        <translation>The reply was not saved: %1</translation>
    </message>
    <message>
        <source>Save as my reply…</source>
        <translation>Save as my reply…</translation>
    </message>
    <message>
        <source>Type a reply. Enter sends, Shift+Enter adds a line, / finds a quick reply.</source>
        <translation>Type a reply. Enter sends, Shift+Enter adds a line, / finds a quick reply.</translation>
    </message>
    <message>
        <source>Another conversation was opened meanwhile; the reply was not used.</source>
        <translation>Another conversation was opened meanwhile; the reply was not used.</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <source>Attach a picture to the next message (PNG or JPEG; larger ones are made smaller)</source>
        <translation>Attach a picture to the next message (PNG or JPEG; larger ones are made smaller)</translation>
    </message>
    <message>
        <source>Attach an image</source>
        <translation>Attach an image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>The image was not uploaded: %1</source>
        <translation>The image was not uploaded: %1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>The picture is larger than %1 MiB.</source>
        <translation>The picture is larger than %1 MiB.</translation>
    </message>
    <message>
        <source>The image was not attached: %1</source>
        <translation>The image was not attached: %1</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>%1 approved your coupon request for %2: code %3.</source>
        <translation>%1 approved your coupon request for %2: code %3.</translation>
    </message>
    <message>
        <source>Coupon request</source>
        <translation>Coupon request</translation>
    </message>
    <message>
        <source>Loading the coupons you may grant…</source>
        <translation>Loading the coupons you may grant…</translation>
    </message>
    <message>
        <source>Coupons are granted by the agent serving the conversation</source>
        <translation>Coupons are granted by the agent serving the conversation</translation>
    </message>
    <message>
        <source>Coupon (%1)</source>
        <translation>Coupon (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) you may grant now; %1 left today</source>
        <translation>
            <numerusform>%n coupon you may grant now; %1 left today</numerusform>
            <numerusform>%n coupons you may grant now; %1 left today</numerusform>
        </translation>
    </message>
    <message>
        <source>Coupon requests (%1)</source>
        <translation>Coupon requests (%1)</translation>
    </message>
    <message>
        <source>My coupon requests (%1 waiting)</source>
        <translation>My coupon requests (%1 waiting)</translation>
    </message>
    <message>
        <source>%1 denied your coupon request for %2.</source>
        <translation>%1 denied your coupon request for %2.</translation>
    </message>
    <message>
        <source>%1 denied your coupon request for %2: “%3”</source>
        <translation>%1 denied your coupon request for %2: “%3”</translation>
    </message>
    <message>
        <source>Click to dismiss</source>
        <translation>Click to dismiss</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>The supervisor view: queue, agents and KPIs of your team (F9)</source>
        <translation>The supervisor view: queue, agents and KPIs of your team (F9)</translation>
    </message>
    <message>
        <source>AgentDesk — Floor</source>
        <translation>AgentDesk — Floor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notice from %1&lt;/b&gt; (%2): %3</source>
        <translation>&lt;b&gt;Notice from %1&lt;/b&gt; (%2): %3</translation>
    </message>
    <message>
        <source>Notice from %1</source>
        <translation>Notice from %1</translation>
    </message>
    <message>
        <source>Waiting past the SLA</source>
        <translation>Waiting past the SLA</translation>
    </message>
    <message>
        <source>%1 (%2) has waited past the SLA.</source>
        <translation>%1 (%2) has waited past the SLA.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Practise with a scripted customer in the sandbox: nothing reaches this shop</source>
        <translation>Practise with a scripted customer in the sandbox: nothing reaches this shop</translation>
    </message>
    <message numerus="yes">
        <source>Training (%n)</source>
        <comment>scenarios assigned</comment>
        <translation>
            <numerusform>Training (%n)</numerusform>
            <numerusform>Training (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) assigned to you. Practise with scripted customers in the sandbox: nothing reaches this shop</source>
        <translation>
            <numerusform>%n scenario assigned to you. Practise with scripted customers in the sandbox: nothing reaches this shop</numerusform>
            <numerusform>%n scenarios assigned to you. Practise with scripted customers in the sandbox: nothing reaches this shop</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Sign out here and on every other computer; messages not yet sent are kept for your next sign-in</source>
        <translation>Sign out here and on every other computer; messages not yet sent are kept for your next sign-in</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>Loading earlier messages…</translation>
    </message>
    <message>
        <source>Not now: %1 (%2)</source>
        <translation>Not now: %1 (%2)</translation>
    </message>
    <message>
        <source>Close with a resolution (Ctrl+Shift+W, then Enter closes as solved)</source>
        <translation>Close with a resolution (Ctrl+Shift+W, then Enter closes as solved)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C opens the coupons</source>
        <translation>Ctrl+Shift+C opens the coupons</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::MessageDelegate</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Not sent: %1 — click to retry</source>
        <translation>Not sent: %1 — click to retry</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Internal note, not shown to the customer</source>
        <translation>Internal note, not shown to the customer</translation>
    </message>
    <message>
        <source>Image not available</source>
        <translation>Image not available</translation>
    </message>
    <message>
        <source>Image loading…</source>
        <translation>Image loading…</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::MonitorDialog</name>
    <message>
        <source>Monitoring conversation %1</source>
        <translation>Monitoring conversation %1</translation>
    </message>
    <message>
        <source>Read-only: the customer and the agent do not see that you are watching. A whisper is a note only the agent sees.</source>
        <translation>Read-only: the customer and the agent do not see that you are watching. A whisper is a note only the agent sees.</translation>
    </message>
    <message>
        <source>Whisper to the agent…</source>
        <translation>Whisper to the agent…</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Whisper</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>This conversation cannot be monitored: %1</source>
        <translation>This conversation cannot be monitored: %1</translation>
    </message>
    <message>
        <source>in the queue</source>
        <translation>in the queue</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>with %1</translation>
    </message>
    <message>
        <source>Nobody serves this conversation yet; a whisper needs an agent.</source>
        <translation>Nobody serves this conversation yet; a whisper needs an agent.</translation>
    </message>
    <message>
        <source>Whispered to %1.</source>
        <translation>Whispered to %1.</translation>
    </message>
    <message>
        <source>Send to customer</source>
        <translation>Send to customer</translation>
    </message>
    <message>
        <source>After joining: a message the customer sees, from you</source>
        <translation>After joining: a message the customer sees, from you</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Write to the customer beside the agent; everyone sees that you joined</source>
        <translation>Write to the customer beside the agent; everyone sees that you joined</translation>
    </message>
    <message>
        <source>You are offline; joining needs the connection.</source>
        <translation>You are offline; joining needs the connection.</translation>
    </message>
    <message>
        <source>You joined: the customer sees your messages, sent with “Send to customer”.</source>
        <translation>You joined: the customer sees your messages, sent with “Send to customer”.</translation>
    </message>
    <message>
        <source>You could not join: %1</source>
        <translation>You could not join: %1</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Sent to %1.</translation>
    </message>
    <message>
        <source>Whisper to the agent, or write to the customer…</source>
        <translation>Whisper to the agent, or write to the customer…</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::RecommendationBar</name>
    <message>
        <source>Warranty</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>Accessory</source>
        <translation>Accessory</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Add-on</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Asked about “%1” and mentioned %2.</source>
        <translation>Asked about “%1” and mentioned %2.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked about “%1”; bought %2 %3 without a warranty.</source>
        <translation>Asked about “%1”; bought %2 %3 without a warranty.</translation>
    </message>
    <message>
        <source>Asked about “%1”; bought %2 %3.</source>
        <translation>Asked about “%1”; bought %2 %3.</translation>
    </message>
    <message>
        <source>Not now: an add-on was already offered in this consultation.</source>
        <translation>Not now: an add-on was already offered in this consultation.</translation>
    </message>
    <message>
        <source>Not to this customer: they asked for no marketing.</source>
        <translation>Not to this customer: they asked for no marketing.</translation>
    </message>
    <message>
        <source>Not allowed by the recommendation policy (%1).</source>
        <translation>Not allowed by the recommendation policy (%1).</translation>
    </message>
    <message>
        <source>Suggest %1 · %2 · %3</source>
        <translation>Suggest %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Send the sentence to the customer (Ctrl+Shift+R sends the first card that may be sent)</source>
        <translation>Send the sentence to the customer (Ctrl+Shift+R sends the first card that may be sent)</translation>
    </message>
    <message>
        <source>Not for this customer: it is not suggested again in this conversation (Ctrl+Shift+D for the first card)</source>
        <translation>Not for this customer: it is not suggested again in this conversation (Ctrl+Shift+D for the first card)</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ReplyDelegate</name>
    <message numerus="yes">
        <source>%n used</source>
        <translation>
            <numerusform>%n use</numerusform>
            <numerusform>%n uses</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B: %1</source>
        <translation>A/B: %1</translation>
    </message>
    <message numerus="yes">
        <source>Script · %n steps</source>
        <translation>
            <numerusform>Script · %n step</numerusform>
            <numerusform>Script · %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ReplyEditorDialog</name>
    <message>
        <source>New reply</source>
        <translation>New reply</translation>
    </message>
    <message>
        <source>Edit reply</source>
        <translation>Edit reply</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Only me</translation>
    </message>
    <message>
        <source>My team (%1)</source>
        <translation>My team (%1)</translation>
    </message>
    <message>
        <source>The whole shop</source>
        <translation>The whole shop</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Who uses it:</source>
        <translation>Who uses it:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. delivery, tracking</source>
        <translation>Comma-separated, e.g. delivery, tracking</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>A script of several steps</source>
        <translation>A script of several steps</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Reply text</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <source>Filled from the conversation: %1. For a detail you type when using it: {input:label}.</source>
        <translation>Filled from the conversation: %1. For a detail you type when using it: {input:label}.</translation>
    </message>
    <message>
        <source>In an A/B test as variant %1</source>
        <translation>In an A/B test as variant %1</translation>
    </message>
    <message>
        <source>End the A/B test for this reply</source>
        <translation>End the A/B test for this reply</translation>
    </message>
    <message>
        <source>No A/B test</source>
        <translation>No A/B test</translation>
    </message>
    <message>
        <source>A/B test:</source>
        <translation>A/B test:</translation>
    </message>
    <message>
        <source>Test against “%1” (it becomes variant A)</source>
        <translation>Test against “%1” (it becomes variant A)</translation>
    </message>
    <message>
        <source>The reply needs a title.</source>
        <translation>The reply needs a title.</translation>
    </message>
    <message>
        <source>At most 10 tags of at most 40 characters each.</source>
        <translation>At most 10 tags of at most 40 characters each.</translation>
    </message>
    <message>
        <source>A script has 1 to 12 steps.</source>
        <translation>A script has 1 to 12 steps.</translation>
    </message>
    <message>
        <source>Every step needs a title (at most 80 characters) and a text (at most 2,000).</source>
        <translation>Every step needs a title (at most 80 characters) and a text (at most 2,000).</translation>
    </message>
    <message>
        <source>The reply needs a text of at most 2,000 characters.</source>
        <translation>The reply needs a text of at most 2,000 characters.</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <source>A picture sent with the reply, e.g. a size chart (PNG or JPEG; larger ones are made smaller)</source>
        <translation>A picture sent with the reply, e.g. a size chart (PNG or JPEG; larger ones are made smaller)</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Remove image</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Choose an image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>The picture is larger than %1 MiB.</source>
        <translation>The picture is larger than %1 MiB.</translation>
    </message>
    <message>
        <source>Image attached</source>
        <translation>Image attached</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>No image</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ReplyFillDialog</name>
    <message>
        <source>Complete the reply</source>
        <translation>Complete the reply</translation>
    </message>
    <message>
        <source>This reply needs a few details before the customer can see it.</source>
        <translation>This reply needs a few details before the customer can see it.</translation>
    </message>
    <message>
        <source>%1 (not known here)</source>
        <translation>%1 (not known here)</translation>
    </message>
    <message>
        <source>The message:</source>
        <translation>The message:</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ReportsPanel</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>KPIs of the period…</source>
        <translation>KPIs of the period…</translation>
    </message>
    <message>
        <source>Leads&apos; actions of the period…</source>
        <translation>Leads&apos; actions of the period…</translation>
    </message>
    <message>
        <source>Coupon log of the period…</source>
        <translation>Coupon log of the period…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <source>Handling time</source>
        <translation>Handling time</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>First contact resolution: closed without the customer coming back</source>
        <translation>First contact resolution: closed without the customer coming back</translation>
    </message>
    <message>
        <source>The share of ratings of 4 or 5</source>
        <translation>The share of ratings of 4 or 5</translation>
    </message>
    <message>
        <source>Consultations after which the customer bought</source>
        <translation>Consultations after which the customer bought</translation>
    </message>
    <message>
        <source>Waiting in the queue, last hour</source>
        <translation>Waiting in the queue, last hour</translation>
    </message>
    <message>
        <source>Conversion and CSAT by agent</source>
        <translation>Conversion and CSAT by agent</translation>
    </message>
    <message>
        <source>Coupon spend against budget</source>
        <translation>Coupon spend against budget</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The report could not be loaded: %1</source>
        <translation>The report could not be loaded: %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Conversion %</source>
        <translation>Conversion %</translation>
    </message>
    <message>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 used</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>no report is loaded</source>
        <translation>no report is loaded</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>All queues</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1, queue %2</source>
        <translation>%1, queue %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2; a purchase counts within %n hour(s) of a consultation.</source>
        <translation>
            <numerusform>%1, %2; a purchase counts within %n hour of a consultation.</numerusform>
            <numerusform>%1, %2; a purchase counts within %n hours of a consultation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Chosen days</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::SandboxBanner</name>
    <message>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <source>Finish and score</source>
        <translation>Finish and score</translation>
    </message>
    <message>
        <source>Show my score</source>
        <translation>Show my score</translation>
    </message>
    <message>
        <source>Training with a scripted customer: %1 (%2). Nothing here reaches a shop or its customers.</source>
        <translation>Training with a scripted customer: %1 (%2). Nothing here reaches a shop or its customers.</translation>
    </message>
    <message>
        <source>waiting for the customer…</source>
        <translation>waiting for the customer…</translation>
    </message>
    <message>
        <source>Finished: %1/100</source>
        <translation>Finished: %1/100</translation>
    </message>
    <message>
        <source>%1 elapsed, %2 left</source>
        <translation>%1 elapsed, %2 left</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::SandboxReplayDialog</name>
    <message>
        <source>Replay: %1</source>
        <translation>Replay: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2/100 · ended &quot;%3&quot;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2/100 · ended &quot;%3&quot;</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>from the library</source>
        <translation>from the library</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recommendation</translation>
    </message>
    <message>
        <source>a coupon worth %1 granted</source>
        <translation>a coupon worth %1 granted</translation>
    </message>
    <message>
        <source>+%1 %2: %3</source>
        <translation>+%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::SandboxReportDialog</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Sandbox report: %1</source>
        <translation>Sandbox report: %1</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>The customer bought.</source>
        <translation>The customer bought.</translation>
    </message>
    <message>
        <source>The customer&apos;s matter was resolved.</source>
        <translation>The customer&apos;s matter was resolved.</translation>
    </message>
    <message>
        <source>The customer left without what they came for.</source>
        <translation>The customer left without what they came for.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Their satisfaction: %3 (%4 of 5).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Their satisfaction: %3 (%4 of 5).</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>What you did</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Response times</translation>
    </message>
    <message>
        <source>first answer after %1, on average %2</source>
        <translation>first answer after %1, on average %2</translation>
    </message>
    <message>
        <source>Replies and scripts</source>
        <translation>Replies and scripts</translation>
    </message>
    <message numerus="yes">
        <source>%n of your messages came from the library</source>
        <translation>
            <numerusform>%n of your messages came from the library</numerusform>
            <numerusform>%n of your messages came from the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n message(s) in all)</source>
        <translation>
            <numerusform> (%n message in all)</numerusform>
            <numerusform> (%n messages in all)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was worth recommending</source>
        <translation>nothing was worth recommending</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommended</translation>
    </message>
    <message>
        <source>missed: there was something worth recommending</source>
        <translation>missed: there was something worth recommending</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>granted %1, as the situation called for</source>
        <translation>granted %1, as the situation called for</translation>
    </message>
    <message>
        <source>none granted, none needed</source>
        <translation>none granted, none needed</translation>
    </message>
    <message>
        <source>a coupon would have won the customer; none was granted</source>
        <translation>a coupon would have won the customer; none was granted</translation>
    </message>
    <message>
        <source>granted %1 where none was needed</source>
        <translation>granted %1 where none was needed</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) beyond your limits refused</source>
        <translation>
            <numerusform>%n grant beyond your limits refused</numerusform>
            <numerusform>%n grants beyond your limits refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Coupon policy</source>
        <translation>Coupon policy</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Customer satisfaction</translation>
    </message>
    <message>
        <source>rated %1 of 5</source>
        <translation>rated %1 of 5</translation>
    </message>
    <message>
        <source>&lt;b&gt;What an expert would have done&lt;/b&gt;</source>
        <translation>&lt;b&gt;What an expert would have done&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attempt %1, %2: %3/100%4</source>
        <translation>Attempt %1, %2: %3/100%4</translation>
    </message>
    <message>
        <source> (this one)</source>
        <translation> (this one)</translation>
    </message>
    <message>
        <source>This is your first attempt at this scenario.</source>
        <translation>This is your first attempt at this scenario.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your attempts at this scenario&lt;/b&gt;</source>
        <translation>&lt;b&gt;Your attempts at this scenario&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export the attempt</source>
        <translation>Export the attempt</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Replay…</source>
        <translation>Replay…</translation>
    </message>
    <message>
        <source>Sandbox report of %1: %2</source>
        <translation>Sandbox report of %1: %2</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::ScenarioPickerDialog</name>
    <message>
        <source>Training sandbox</source>
        <translation>Training sandbox</translation>
    </message>
    <message>
        <source>Choose a scenario. You serve a scripted customer in the real workspace, on a shop of your own that nothing leaves; at the end you get your score and what an expert would have done.</source>
        <translation>Choose a scenario. You serve a scripted customer in the real workspace, on a shop of your own that nothing leaves; at the end you get your score and what an expert would have done.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (your best: %1)</source>
        <translation> (your best: %1)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::SettingsDialog</name>
    <message>
        <source>Show a desktop notification for new conversations and messages</source>
        <translation>Show a desktop notification for new conversations and messages</translation>
    </message>
    <message>
        <source>Play a sound with it</source>
        <translation>Play a sound with it</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Reply within</source>
        <translation>Reply within</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>A new language applies when AgentDesk starts again.</source>
        <translation>A new language applies when AgentDesk starts again.</translation>
    </message>
    <message>
        <source>The shop&apos;s target, set on its server: waiting conversations turn amber at two thirds of it and red past it, as on the team lead&apos;s floor view.</source>
        <translation>The shop&apos;s target, set on its server: waiting conversations turn amber at two thirds of it and red past it, as on the team lead&apos;s floor view.</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::SupervisorView</name>
    <message>
        <source>Notice to the team…</source>
        <translation>Notice to the team…</translation>
    </message>
    <message>
        <source>Coupon log…</source>
        <translation>Coupon log…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue and open conversations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Queue and open conversations&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The queue in the order it is served: high-value customers first, then the longest waiting</source>
        <translation>The queue in the order it is served: high-value customers first, then the longest waiting</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <source>In the queue</source>
        <translation>In the queue</translation>
    </message>
    <message>
        <source>Past the SLA</source>
        <translation>Past the SLA</translation>
    </message>
    <message>
        <source>Change capacity…</source>
        <translation>Change capacity…</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Coupon requests</source>
        <translation>Coupon requests</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Agents online</source>
        <translation>Agents online</translation>
    </message>
    <message>
        <source>Load / capacity</source>
        <translation>Load / capacity</translation>
    </message>
    <message>
        <source>Handled today</source>
        <translation>Handled today</translation>
    </message>
    <message>
        <source>First response today</source>
        <translation>First response today</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Connecting to the floor…</source>
        <translation>Connecting to the floor…</translation>
    </message>
    <message>
        <source>Floor of %1</source>
        <translation>Floor of %1</translation>
    </message>
    <message>
        <source>Coupon requests (%1)</source>
        <translation>Coupon requests (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Waiting by tier: %1</source>
        <translation>Waiting by tier: %1</translation>
    </message>
    <message>
        <source>%1 (%2) has waited past the SLA of %3.</source>
        <translation>%1 (%2) has waited past the SLA of %3.</translation>
    </message>
    <message>
        <source>You take over %1&apos;s conversation; it opens in your workspace.</source>
        <translation>You take over %1&apos;s conversation; it opens in your workspace.</translation>
    </message>
    <message>
        <source>Reassign %1</source>
        <translation>Reassign %1</translation>
    </message>
    <message>
        <source>%1&apos;s conversation is being reassigned.</source>
        <translation>%1&apos;s conversation is being reassigned.</translation>
    </message>
    <message>
        <source>Capacity of %1</source>
        <translation>Capacity of %1</translation>
    </message>
    <message>
        <source>Conversations %1 takes at once:</source>
        <translation>Conversations %1 takes at once:</translation>
    </message>
    <message numerus="yes">
        <source>%1 now takes up to %n conversation(s) at once.</source>
        <translation>
            <numerusform>%1 now takes up to %n conversation at once.</numerusform>
            <numerusform>%1 now takes up to %n conversations at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>The capacity was not changed: %1</source>
        <translation>The capacity was not changed: %1</translation>
    </message>
    <message>
        <source>Notice to the team</source>
        <translation>Notice to the team</translation>
    </message>
    <message>
        <source>Every member of the team sees this at once:</source>
        <translation>Every member of the team sees this at once:</translation>
    </message>
    <message>
        <source>The notice went to the team.</source>
        <translation>The notice went to the team.</translation>
    </message>
    <message>
        <source>The notice was not sent: %1</source>
        <translation>The notice was not sent: %1</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>All queues</translation>
    </message>
    <message>
        <source>The team&apos;s queues: one per topic; agents take the topics of their skills</source>
        <translation>The team&apos;s queues: one per topic; agents take the topics of their skills</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 (longest %3)</source>
        <translation>%1 %2 (longest %3)</translation>
    </message>
    <message>
        <source>Waiting by queue: %1</source>
        <translation>Waiting by queue: %1</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::TrainingAssignDialog</name>
    <message>
        <source>Assign scenarios to %1</source>
        <translation>Assign scenarios to %1</translation>
    </message>
    <message>
        <source>Tick the scenarios %1 should practise in the sandbox. A scenario assigned before is assigned again: its attempts count from now.</source>
        <translation>Tick the scenarios %1 should practise in the sandbox. A scenario assigned before is assigned again: its attempts count from now.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Note for the trainee (optional):</source>
        <translation>Note for the trainee (optional):</translation>
    </message>
    <message>
        <source>e.g. Offer the coupon before the customer hesitates twice</source>
        <translation>e.g. Offer the coupon before the customer hesitates twice</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>The note is longer than %1 characters.</translation>
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
        <translation>Training</translation>
    </message>
    <message>
        <source>My training</source>
        <translation>My training</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Scenarios your coaches set you</source>
        <translation>Scenarios your coaches set you</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Set by</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Best</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Start this scenario</source>
        <translation>Start this scenario</translation>
    </message>
    <message>
        <source>Choose another scenario…</source>
        <translation>Choose another scenario…</translation>
    </message>
    <message>
        <source>The sandbox opens in a window of its own, on a shop of its own. When you finish a scenario, your result is stored on this server for your coaches.</source>
        <translation>The sandbox opens in a window of its own, on a shop of its own. When you finish a scenario, your result is stored on this server for your coaches.</translation>
    </message>
    <message>
        <source>Your results on this server</source>
        <translation>Your results on this server</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Open report…</source>
        <translation>Open report…</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Assigned scenarios</source>
        <translation>Assigned scenarios</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Assign scenarios…</source>
        <translation>Assign scenarios…</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Take back</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Open report and replay…</source>
        <translation>Open report and replay…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The server did not answer: %1</source>
        <translation>The server did not answer: %1</translation>
    </message>
    <message>
        <source>Latest attempt: %1</source>
        <translation>Latest attempt: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a trainee on the left.</source>
        <translation>Choose a trainee on the left.</translation>
    </message>
    <message>
        <source>This program does not have the scenario &quot;%1&quot;.</source>
        <translation>This program does not have the scenario &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Take back &quot;%1&quot; from %2?</source>
        <translation>Take back &quot;%1&quot; from %2?</translation>
    </message>
</context>
<context>
    <name>agentdesk::ui::TransferDialog</name>
    <message>
        <source>Transfer conversation</source>
        <translation>Transfer conversation</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>Transfer to</translation>
    </message>
    <message>
        <source>%1 team queue</source>
        <translation>%1 team queue</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4/%5 conversations</source>
        <translation>%1 (%2) · %3 · %4/%5 conversations</translation>
    </message>
    <message>
        <source>Note for the colleague</source>
        <translation>Note for the colleague</translation>
    </message>
    <message>
        <source>What should the colleague know? (internal, the customer never sees it)</source>
        <translation>What should the colleague know? (internal, the customer never sees it)</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Transfer to:</source>
        <translation>Transfer to:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
</TS>
