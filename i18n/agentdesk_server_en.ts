<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuthService</name>
    <message>
        <source>protocol version %1 is not supported; this server speaks %2</source>
        <translation>protocol version %1 is not supported; this server speaks %2</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>wrong user name or password</translation>
    </message>
    <message>
        <source>the token is unknown or expired; sign in again</source>
        <translation>the token is unknown or expired; sign in again</translation>
    </message>
    <message>
        <source>the customer no longer exists</source>
        <translation>the customer no longer exists</translation>
    </message>
    <message>
        <source>wrong channel key</source>
        <translation>wrong channel key</translation>
    </message>
    <message numerus="yes">
        <source>too many failed sign-ins; try again in %n minute(s)</source>
        <translation>
            <numerusform>too many failed sign-ins; try again in %n minute</numerusform>
            <numerusform>too many failed sign-ins; try again in %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>this account is disabled; ask an administrator</source>
        <translation>this account is disabled; ask an administrator</translation>
    </message>
    <message>
        <source>the account no longer exists or is disabled</source>
        <translation>the account no longer exists or is disabled</translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>only the assigned agent sees the customer&apos;s profile</source>
        <translation>only the assigned agent sees the customer&apos;s profile</translation>
    </message>
    <message>
        <source>the customer no longer exists</source>
        <translation>the customer no longer exists</translation>
    </message>
    <message>
        <source>conversation %1 is closed</source>
        <translation>conversation %1 is closed</translation>
    </message>
    <message>
        <source>conversation %1 is assigned to someone else</source>
        <translation>conversation %1 is assigned to someone else</translation>
    </message>
    <message>
        <source>customers do not use the reply library</source>
        <translation>customers do not use the reply library</translation>
    </message>
    <message>
        <source>customers do not send images here</source>
        <translation>customers do not send images here</translation>
    </message>
    <message>
        <source>an order needs at least one line</source>
        <translation>an order needs at least one line</translation>
    </message>
    <message>
        <source>the catalogue has no product %1</source>
        <translation>the catalogue has no product %1</translation>
    </message>
    <message>
        <source>conversation %1 is already closed</source>
        <translation>conversation %1 is already closed</translation>
    </message>
    <message>
        <source>you may not close conversation %1</source>
        <translation>you may not close conversation %1</translation>
    </message>
    <message>
        <source>your account no longer exists</source>
        <translation>your account no longer exists</translation>
    </message>
    <message>
        <source>conversation %1 can be rated once it is closed</source>
        <translation>conversation %1 can be rated once it is closed</translation>
    </message>
    <message>
        <source>conversation %1 was already rated</source>
        <translation>conversation %1 was already rated</translation>
    </message>
    <message>
        <source>conversation.transfer: give either toAgentId or toTeamId</source>
        <translation>conversation.transfer: give either toAgentId or toTeamId</translation>
    </message>
    <message>
        <source>you may not transfer conversation %1</source>
        <translation>you may not transfer conversation %1</translation>
    </message>
    <message>
        <source>no colleague %1 can take conversations</source>
        <translation>no colleague %1 can take conversations</translation>
    </message>
    <message>
        <source>conversation %1 is already with %2</source>
        <translation>conversation %1 is already with %2</translation>
    </message>
    <message>
        <source>%1 is not online</source>
        <translation>%1 is not online</translation>
    </message>
    <message>
        <source>%1 is not in a team of yours</source>
        <translation>%1 is not in a team of yours</translation>
    </message>
    <message>
        <source>no team %1</source>
        <translation>no team %1</translation>
    </message>
    <message>
        <source>no conversation %1 is visible to you</source>
        <translation>no conversation %1 is visible to you</translation>
    </message>
</context>
<context>
    <name>CouponService</name>
    <message>
        <source>no conversation %1 is visible to you</source>
        <translation>no conversation %1 is visible to you</translation>
    </message>
    <message>
        <source>conversation %1 is closed</source>
        <translation>conversation %1 is closed</translation>
    </message>
    <message>
        <source>coupons are granted by the agent serving conversation %1</source>
        <translation>coupons are granted by the agent serving conversation %1</translation>
    </message>
    <message>
        <source>no coupon template %1</source>
        <translation>no coupon template %1</translation>
    </message>
    <message>
        <source>you belong to no team, so there is no lead to ask</source>
        <translation>you belong to no team, so there is no lead to ask</translation>
    </message>
    <message>
        <source>coupon.request: say why in reason</source>
        <translation>coupon.request: say why in reason</translation>
    </message>
    <message>
        <source>this coupon is already waiting for a lead in conversation %1</source>
        <translation>this coupon is already waiting for a lead in conversation %1</translation>
    </message>
    <message>
        <source>coupon template %1 is no longer offered</source>
        <translation>coupon template %1 is no longer offered</translation>
    </message>
    <message>
        <source>you may grant this coupon yourself</source>
        <translation>you may grant this coupon yourself</translation>
    </message>
    <message>
        <source>no coupon request %1 is yours to decide</source>
        <translation>no coupon request %1 is yours to decide</translation>
    </message>
    <message>
        <source>coupon request %1 is your own; another lead or an admin decides it</source>
        <translation>coupon request %1 is your own; another lead or an admin decides it</translation>
    </message>
    <message>
        <source>the conversation or coupon of request %1 is gone</source>
        <translation>the conversation or coupon of request %1 is gone</translation>
    </message>
    <message>
        <source>conversation %1 has closed; deny the request or ask the agent to reopen contact</source>
        <translation>conversation %1 has closed; deny the request or ask the agent to reopen contact</translation>
    </message>
    <message>
        <source>this coupon was granted in conversation %1 after the request; deny the request</source>
        <translation>this coupon was granted in conversation %1 after the request; deny the request</translation>
    </message>
    <message>
        <source>coupon request %1 was already approved by %2</source>
        <translation>coupon request %1 was already approved by %2</translation>
    </message>
    <message>
        <source>coupon request %1 was already denied by %2</source>
        <translation>coupon request %1 was already denied by %2</translation>
    </message>
</context>
<context>
    <name>ImageService</name>
    <message>
        <source>image.upload: data is not base64</source>
        <translation>image.upload: data is not base64</translation>
    </message>
    <message>
        <source>no image %1 is visible to you</source>
        <translation>no image %1 is visible to you</translation>
    </message>
    <message>
        <source>image must be the id image.upload returned</source>
        <translation>image must be the id image.upload returned</translation>
    </message>
    <message>
        <source>no image %1: upload it first</source>
        <translation>no image %1: upload it first</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>the image is empty</translation>
    </message>
    <message>
        <source>the image is larger than %1 KiB</source>
        <translation>the image is larger than %1 KiB</translation>
    </message>
    <message>
        <source>the image is not a PNG or JPEG file</source>
        <translation>the image is not a PNG or JPEG file</translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <source>reply.title is empty</source>
        <translation>reply.title is empty</translation>
    </message>
    <message>
        <source>a reply needs a body, a script its steps</source>
        <translation>a reply needs a body, a script its steps</translation>
    </message>
    <message>
        <source>an image goes with a reply, not a script</source>
        <translation>an image goes with a reply, not a script</translation>
    </message>
    <message>
        <source>reply.language must look like zh_CN or en</source>
        <translation>reply.language must look like zh_CN or en</translation>
    </message>
    <message>
        <source>reply.tags holds an empty tag</source>
        <translation>reply.tags holds an empty tag</translation>
    </message>
    <message>
        <source>reply.tags: a tag may not hold line breaks or control characters</source>
        <translation>reply.tags: a tag may not hold line breaks or control characters</translation>
    </message>
    <message>
        <source>reply.abPairId %1 names no reply you can see</source>
        <translation>reply.abPairId %1 names no reply you can see</translation>
    </message>
    <message>
        <source>you may not test against reply %1</source>
        <translation>you may not test against reply %1</translation>
    </message>
    <message>
        <source>the variants of an A/B test must have the same scope and team</source>
        <translation>the variants of an A/B test must have the same scope and team</translation>
    </message>
    <message>
        <source>A/B pair %1 already has two variants</source>
        <translation>A/B pair %1 already has two variants</translation>
    </message>
    <message>
        <source>A/B pair %1 already has a variant %2</source>
        <translation>A/B pair %1 already has a variant %2</translation>
    </message>
    <message>
        <source>you may not edit reply %1</source>
        <translation>you may not edit reply %1</translation>
    </message>
    <message>
        <source>reply %1 was changed by someone else meanwhile; start again from the current text</source>
        <translation>reply %1 was changed by someone else meanwhile; start again from the current text</translation>
    </message>
    <message>
        <source>only admins keep the whole shop&apos;s replies</source>
        <translation>only admins keep the whole shop&apos;s replies</translation>
    </message>
    <message>
        <source>only the team&apos;s leads and admins keep its replies</source>
        <translation>only the team&apos;s leads and admins keep its replies</translation>
    </message>
    <message>
        <source>you may not delete reply %1</source>
        <translation>you may not delete reply %1</translation>
    </message>
    <message>
        <source>no reply %1 is visible to you</source>
        <translation>no reply %1 is visible to you</translation>
    </message>
</context>
<context>
    <name>RecommendationService</name>
    <message>
        <source>no conversation %1 is visible to you</source>
        <translation>no conversation %1 is visible to you</translation>
    </message>
    <message>
        <source>recommendations are for the agent serving the conversation</source>
        <translation>recommendations are for the agent serving the conversation</translation>
    </message>
    <message>
        <source>customers do not send recommendations</source>
        <translation>customers do not send recommendations</translation>
    </message>
    <message>
        <source>the catalogue has no product %1</source>
        <translation>the catalogue has no product %1</translation>
    </message>
    <message>
        <source>the recommendation policy refuses %1: %2 (%3)</source>
        <translation>the recommendation policy refuses %1: %2 (%3)</translation>
    </message>
    <message>
        <source>the customer asked for no marketing</source>
        <translation>the customer asked for no marketing</translation>
    </message>
    <message numerus="yes">
        <source>%n add-on recommendation(s) per consultation, already sent</source>
        <translation>
            <numerusform>%n add-on recommendation per consultation, already sent</numerusform>
            <numerusform>%n add-on recommendations per consultation, already sent</numerusform>
        </translation>
    </message>
    <message>
        <source>the customer already owns it</source>
        <translation>the customer already owns it</translation>
    </message>
    <message>
        <source>it was dismissed in this conversation</source>
        <translation>it was dismissed in this conversation</translation>
    </message>
    <message>
        <source>it was already recommended in this conversation</source>
        <translation>it was already recommended in this conversation</translation>
    </message>
</context>
<context>
    <name>RequestDispatcher</name>
    <message>
        <source>%1 is not available on the %2 endpoint</source>
        <translation>%1 is not available on the %2 endpoint</translation>
    </message>
    <message>
        <source>sign in before sending %1</source>
        <translation>sign in before sending %1</translation>
    </message>
    <message>
        <source>already signed in</source>
        <translation>already signed in</translation>
    </message>
    <message>
        <source>your role may not send %1</source>
        <translation>your role may not send %1</translation>
    </message>
    <message>
        <source>the server could not complete the request; retry it with the same key</source>
        <translation>the server could not complete the request; retry it with the same key</translation>
    </message>
    <message>
        <source>key %1 was already used for a different request</source>
        <translation>key %1 was already used for a different request</translation>
    </message>
    <message>
        <source>the stored result of key %1 is unreadable</source>
        <translation>the stored result of key %1 is unreadable</translation>
    </message>
    <message>
        <source>%1 has no handler</source>
        <translation>%1 has no handler</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>signed out</translation>
    </message>
    <message>
        <source>the server could not read the report; retry it</source>
        <translation>the server could not read the report; retry it</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>sign-in timeout</source>
        <translation>sign-in timeout</translation>
    </message>
    <message>
        <source>too many failed sign-ins</source>
        <translation>too many failed sign-ins</translation>
    </message>
    <message>
        <source>rate limit exceeded</source>
        <translation>rate limit exceeded</translation>
    </message>
    <message>
        <source>more than %1 frames per second; slow down</source>
        <translation>more than %1 frames per second; slow down</translation>
    </message>
    <message>
        <source>frames are limited to %1 bytes</source>
        <translation>frames are limited to %1 bytes</translation>
    </message>
    <message>
        <source>binary frames are not part of the protocol; send JSON text</source>
        <translation>binary frames are not part of the protocol; send JSON text</translation>
    </message>
    <message>
        <source>your session has ended (signed out, revoked or expired); sign in again</source>
        <translation>your session has ended (signed out, revoked or expired); sign in again</translation>
    </message>
    <message>
        <source>more than %1 requests wait for an earlier one&apos;s answer</source>
        <translation>more than %1 requests wait for an earlier one&apos;s answer</translation>
    </message>
</context>
<context>
    <name>SupervisorService</name>
    <message>
        <source>you may not watch team %1</source>
        <translation>you may not watch team %1</translation>
    </message>
    <message>
        <source>you belong to no team; give a teamId</source>
        <translation>you belong to no team; give a teamId</translation>
    </message>
    <message>
        <source>no team %1</source>
        <translation>no team %1</translation>
    </message>
    <message>
        <source>no conversation %1 of your team is visible to you</source>
        <translation>no conversation %1 of your team is visible to you</translation>
    </message>
    <message>
        <source>no agent %1 in a team of yours</source>
        <translation>no agent %1 in a team of yours</translation>
    </message>
    <message>
        <source>you may not send notices to team %1</source>
        <translation>you may not send notices to team %1</translation>
    </message>
    <message>
        <source>team.broadcast: the notice is empty</source>
        <translation>team.broadcast: the notice is empty</translation>
    </message>
    <message>
        <source>you lead no team</source>
        <translation>you lead no team</translation>
    </message>
    <message>
        <source>conversation %1 is closed</source>
        <translation>conversation %1 is closed</translation>
    </message>
    <message>
        <source>conversation %1 is already yours</source>
        <translation>conversation %1 is already yours</translation>
    </message>
    <message>
        <source>you may not see the figures of team %1</source>
        <translation>you may not see the figures of team %1</translation>
    </message>
    <message>
        <source>kpi.report: the period must end after it starts and last at most 366 days</source>
        <translation>kpi.report: the period must end after it starts and last at most 366 days</translation>
    </message>
    <message>
        <source>team %1 has no queue &quot;%2&quot;</source>
        <translation>team %1 has no queue &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <source>scenarioIds: name at least one scenario</source>
        <translation>scenarioIds: name at least one scenario</translation>
    </message>
    <message>
        <source>no assignment %1 of a trainee of yours</source>
        <translation>no assignment %1 of a trainee of yours</translation>
    </message>
    <message>
        <source>attempt: not a sandbox result: %1</source>
        <translation>attempt: not a sandbox result: %1</translation>
    </message>
    <message>
        <source>no training result %1 visible to you</source>
        <translation>no training result %1 visible to you</translation>
    </message>
    <message>
        <source>no trainee %1 of yours</source>
        <translation>no trainee %1 of yours</translation>
    </message>
</context>
</TS>
