#include "PhraseBook.h"

namespace agentdesk::sim {
namespace {

QList<TopicPhrases> chinese()
{
    return {
        {QStringLiteral("logistics"),
         {QStringLiteral("你好，我的快递三天了还没到，能帮我查一下吗？"),
          QStringLiteral("在吗？物流信息一直显示在中转站，怎么回事？"),
          QStringLiteral("我昨天下的单，今天能发货吗？")},
         {QStringLiteral("订单号就是最近那一单，麻烦看看。"), QStringLiteral("大概什么时候能送到？"),
          QStringLiteral("可以改成送到公司地址吗？")},
         {QStringLiteral("您好，我帮您查一下物流，请稍等。"),
          QStringLiteral("查到了，包裹在本地分拣中心，预计明天送达。"),
          QStringLiteral("已经帮您催促快递，有新进展会第一时间通知您。")}},
        {QStringLiteral("returns"),
         {QStringLiteral("耳机左边没声音，可以退货吗？"), QStringLiteral("买的手表尺寸不合适，想换一个。"),
          QStringLiteral("收到的手机壳颜色发错了。")},
         {QStringLiteral("退货运费谁出？"), QStringLiteral("退款多久能到账？"), QStringLiteral("需要寄回原包装吗？")},
         {QStringLiteral("非常抱歉给您带来不便，支持七天无理由退换。"),
          QStringLiteral("质量问题的退货运费由我们承担，退款1-3个工作日到账。"),
          QStringLiteral("我已经为您提交了换货申请，快递员明天上门取件。")}},
        {QStringLiteral("presales"),
         {QStringLiteral("这款手机充电要多久能充满？"), QStringLiteral("Pad 11 支持手写笔吗？"),
          QStringLiteral("扫地机器人能自动回充吗？")},
         {QStringLiteral("保修是多久？"), QStringLiteral("有没有更大容量的版本？"), QStringLiteral("送充电器吗？")},
         {QStringLiteral("支持120W快充，大约20分钟充满。"), QStringLiteral("整机保修一年，还可以加购延长保修。"),
          QStringLiteral("256GB版本目前有货，今天下单明天发货。")}},
        {QStringLiteral("price"),
         {QStringLiteral("能便宜点吗？别家比你们便宜两百。"), QStringLiteral("现在有什么优惠活动吗？"),
          QStringLiteral("我再考虑一下，有点贵。")},
         {QStringLiteral("有优惠券吗？"), QStringLiteral("价格保护多久？"), QStringLiteral("能分期吗？")},
         {QStringLiteral("理解您的顾虑，我们是官方正品，还包含一年质保。"),
          QStringLiteral("目前满1000减50，还支持12期免息。"), QStringLiteral("下单后15天内降价可以申请价保。")}},
    };
}

QList<TopicPhrases> english()
{
    return {
        {QStringLiteral("logistics"),
         {QStringLiteral("Hi, my parcel has not arrived after three days. Can you check?"),
          QStringLiteral("Tracking has said 'at hub' since Monday. What is going on?"),
          QStringLiteral("I ordered yesterday. Will it ship today?")},
         {QStringLiteral("It is my most recent order."), QStringLiteral("When will it arrive?"),
          QStringLiteral("Can you deliver it to my office instead?")},
         {QStringLiteral("Let me look up the tracking for you, one moment."),
          QStringLiteral("It is at the local depot and should arrive tomorrow."),
          QStringLiteral("I have asked the carrier to hurry; I will update you as soon as it moves.")}},
        {QStringLiteral("returns"),
         {QStringLiteral("The left earbud has no sound. Can I return it?"),
          QStringLiteral("The watch is too big for me, I would like to exchange it."),
          QStringLiteral("I received the wrong colour of case.")},
         {QStringLiteral("Who pays for the return shipping?"), QStringLiteral("How long does the refund take?"),
          QStringLiteral("Do I need the original box?")},
         {QStringLiteral("Sorry about that! Returns are free within 7 days."),
          QStringLiteral("We cover shipping for faulty items; refunds arrive in 1-3 business days."),
          QStringLiteral("I have booked the exchange; the courier will pick it up tomorrow.")}},
        {QStringLiteral("presales"),
         {QStringLiteral("How long does this phone take to charge fully?"),
          QStringLiteral("Does the Pad 11 work with a stylus?"),
          QStringLiteral("Does the robot vacuum go back to its dock by itself?")},
         {QStringLiteral("How long is the warranty?"), QStringLiteral("Is there a bigger storage version?"),
          QStringLiteral("Is a charger included?")},
         {QStringLiteral("It supports 120 W charging: full in about 20 minutes."),
          QStringLiteral("One year of warranty, and you can extend it to three."),
          QStringLiteral("The 256 GB version is in stock and ships tomorrow.")}},
        {QStringLiteral("price"),
         {QStringLiteral("Can you do a better price? Another shop is 200 cheaper."),
          QStringLiteral("Are there any discounts right now?"),
          QStringLiteral("I will think about it, it is a bit expensive.")},
         {QStringLiteral("Do you have a coupon?"), QStringLiteral("How long is your price protection?"),
          QStringLiteral("Can I pay in instalments?")},
         {QStringLiteral("I understand. Ours is the official product with a full warranty."),
          QStringLiteral("Right now it is 50 off orders over 1000, and 12 months interest-free."),
          QStringLiteral("If the price drops within 15 days, we refund the difference.")}},
    };
}

} // namespace

const QList<TopicPhrases>& PhraseBook::topics(Language language)
{
    static const QList<TopicPhrases> zh = chinese();
    static const QList<TopicPhrases> en = english();
    return language == Language::Chinese ? zh : en;
}

QStringList PhraseBook::thanks(Language language)
{
    if (language == Language::Chinese)
        return {QStringLiteral("好的，谢谢！"), QStringLiteral("明白了，辛苦了。"), QStringLiteral("行，那我下单了，谢谢。")};
    return {QStringLiteral("Great, thanks!"), QStringLiteral("OK, got it. Thank you."),
            QStringLiteral("Perfect, I will order now. Thanks!")};
}

QStringList PhraseBook::agentClosings(Language language)
{
    if (language == Language::Chinese)
        return {QStringLiteral("不客气，还有其他问题随时联系我们，祝您生活愉快！")};
    return {QStringLiteral("You are welcome! Anything else, just message us. Have a nice day!")};
}

} // namespace agentdesk::sim
