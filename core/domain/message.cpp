#include "message.h"

#include "enumnames.h"

namespace ParcelDesk {

namespace {

constexpr EnumNames<MessageChannel, 3> channelNames {{u"email", u"sms", u"whatsapp"}};
constexpr EnumNames<MessageState, 9> stateNames {{
    u"draft",
    u"approved",
    u"queued",
    u"sent",
    u"failed",
    u"suppressed",
    u"sending",
    u"dead",
    u"rejected",
}};

} // namespace

QString messageChannelToString(MessageChannel channel)
{
    return channelNames.toString(channel);
}

std::optional<MessageChannel> messageChannelFromString(QStringView text)
{
    return channelNames.fromString(text);
}

QString messageStateToString(MessageState state)
{
    return stateNames.toString(state);
}

std::optional<MessageState> messageStateFromString(QStringView text)
{
    return stateNames.fromString(text);
}

} // namespace ParcelDesk
