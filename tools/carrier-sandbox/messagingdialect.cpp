#include "messagingdialect.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ParcelDesk::Sandbox {

struct MessagingEndpoints::Log
{
    MessagingCredentials credentials;
    QList<QJsonObject> messages;
    QSet<QString> seen; // magic numbers that fail once, after their first call
    int serial = 0;

    // True the first time key is asked about.
    bool firstTime(const QString &key)
    {
        if (seen.contains(key))
            return false;
        seen.insert(key);
        return true;
    }
};

namespace {

using namespace Dialects;

QString rfc2822(qint64 ms)
{
    return QLocale::c().toString(
        QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s);
}

QString traceId()
{
    return u"A"_s
        + QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hex32()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

// application/x-www-form-urlencoded as browsers and Twilio's libraries write it.
QHash<QString, QString> formFields(const QByteArray &body)
{
    QHash<QString, QString> fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        fields.insert(QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(value));
    }
    return fields;
}

bool isE164(const QString &number)
{
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{6,14}$"_s);
    return e164.match(number).hasMatch();
}

// ---- Twilio ---------------------------------------------------------------------------------

SandboxReply twilioError(int status, int code, const QString &message)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = json({{u"code"_s, code}, {u"message"_s, message},
        {u"more_info"_s, u"https://www.twilio.com/docs/errors/%1"_s.arg(code)},
        {u"status"_s, status}});
    return reply;
}

class TwilioDialect final : public Dialect
{
public:
    TwilioDialect(SandboxWorld &world, MessagingEndpoints::Log &log)
        : Dialect(world)
        , m_log(log)
    { }

    QString carrier() const override { return u"twilio"_s; }

    void addRoutes(QHttpServer &server, const Respond &respond) override
    {
        server.route(u"/twilio/2010-04-01/Accounts/<arg>/Messages.json"_s,
            [this, respond](const QString &account, const QHttpServerRequest &r) {
                return respond(create(account, r));
            });
    }

    SandboxReply failure(Failure failure, int) const override
    {
        switch (failure) {
        case Failure::TooManyRequests:
        case Failure::QuotaExhausted:
            return twilioError(429, 20429, u"Too Many Requests"_s);
        case Failure::Unauthorized:
            break;
        }
        SandboxReply reply;
        reply.status = 401;
        reply.body = json({{u"code"_s, 20003},
            {u"detail"_s, u"Your AccountSid or AuthToken was incorrect."_s},
            {u"message"_s, u"Authenticate"_s},
            {u"more_info"_s, u"https://www.twilio.com/docs/errors/20003"_s}, {u"status"_s, 401}});
        reply.headers.append(
            {QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"Twilio API\"")});
        return reply;
    }

private:
    SandboxReply create(const QString &account, const QHttpServerRequest &request)
    {
        SandboxReply reply;
        if (world().beginCall(*this, reply))
            return reply;
        const MessagingCredentials &c = m_log.credentials;
        if (header(request, "Authorization") != basicAuth(c.twilioAccountSid, c.twilioAuthToken)
            || account != c.twilioAccountSid)
            return failure(Failure::Unauthorized, 0);
        if (request.method() != QHttpServerRequest::Method::Post)
            return twilioError(405, 20004, u"Method not allowed"_s);
        const QHash<QString, QString> form = formFields(request.body());
        const QString to = form.value(u"To"_s);
        const QString from = form.value(u"From"_s);
        const QString service = form.value(u"MessagingServiceSid"_s);
        const QString body = form.value(u"Body"_s);
        if (to.isEmpty())
            return twilioError(400, 21604, u"A 'To' phone number is required."_s);
        if (from.isEmpty() && service.isEmpty())
            return twilioError(400, 21603, u"A 'From' phone number is required."_s);
        if (body.isEmpty())
            return twilioError(400, 21602, u"Message body is required."_s);
        if (body.size() > 1600)
            return twilioError(
                400, 21617, u"The concatenated message body exceeds the 1600 character limit."_s);
        if (!service.isEmpty() && !service.startsWith(u"MG"))
            return twilioError(
                400, 21701, u"The Messaging Service Sid %1 is invalid."_s.arg(service));
        if (!isE164(to) || to == u"+15005550001")
            return twilioError(
                400, 21211, u"The 'To' number %1 is not a valid phone number."_s.arg(to));
        if (service.isEmpty() && from == u"+15005550001")
            return twilioError(
                400, 21212, u"The 'From' number %1 is not a valid phone number."_s.arg(from));
        if (service.isEmpty() && from == u"+15005550007")
            return twilioError(400, 21606,
                u"The From phone number %1 is not a valid, SMS-capable inbound phone number or "
                "short code for your account."_s.arg(from));
        if (to == u"+15005550003")
            return twilioError(400, 21408,
                u"Permission to send an SMS has not been enabled for the region indicated by the "
                "'To' number: %1."_s.arg(to));
        if (to == u"+15005550004")
            return twilioError(400, 21610, u"Attempt to send to unsubscribed recipient"_s);
        if (to == u"+15005550009")
            return twilioError(400, 21614, u"'To' number is not a valid mobile number"_s);
        if (to == u"+15005550429" && m_log.firstTime(u"sms:"_s + to)) {
            SandboxReply limited = twilioError(429, 20429, u"Too Many Requests"_s);
            limited.headers.append({QByteArray("Retry-After"), QByteArray("1")});
            return limited;
        }
        if (to == u"+15005550500" && m_log.firstTime(u"sms:"_s + to))
            return twilioError(500, 20500, u"Internal Server Error"_s);

        const QString sid = u"SM"_s + hex32();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString date = rfc2822(now);
        const int segments = int((body.size() + 152) / 153);
        const QJsonObject message {{u"account_sid"_s, c.twilioAccountSid},
            {u"api_version"_s, u"2010-04-01"_s}, {u"body"_s, body}, {u"date_created"_s, date},
            {u"date_sent"_s, QJsonValue::Null}, {u"date_updated"_s, date},
            {u"direction"_s, u"outbound-api"_s}, {u"error_code"_s, QJsonValue::Null},
            {u"error_message"_s, QJsonValue::Null},
            {u"from"_s, service.isEmpty() ? QJsonValue(from) : QJsonValue::Null},
            {u"messaging_service_sid"_s,
                service.isEmpty() ? QJsonValue::Null : QJsonValue(service)},
            {u"num_media"_s, u"0"_s}, {u"num_segments"_s, QString::number(segments)},
            {u"price"_s, QJsonValue::Null}, {u"price_unit"_s, u"USD"_s}, {u"sid"_s, sid},
            {u"status"_s, service.isEmpty() ? u"queued"_s : u"accepted"_s},
            {u"subresource_uris"_s,
                QJsonObject {{u"media"_s,
                    u"/2010-04-01/Accounts/%1/Messages/%2/Media.json"_s.arg(
                        c.twilioAccountSid, sid)}}},
            {u"to"_s, to},
            {u"uri"_s, u"/2010-04-01/Accounts/%1/Messages/%2.json"_s.arg(c.twilioAccountSid, sid)}};
        m_log.messages.append(QJsonObject {{u"channel"_s, u"sms"_s}, {u"id"_s, sid}, {u"to"_s, to},
            {u"from"_s, from}, {u"messaging_service_sid"_s, service}, {u"body"_s, body},
            {u"account_sid"_s, c.twilioAccountSid}, {u"at"_s, utcIso(now)}});
        reply.status = 201;
        reply.body = json(message);
        return reply;
    }

    MessagingEndpoints::Log &m_log;
};

// ---- WhatsApp Cloud API ---------------------------------------------------------------------

struct ApprovedTemplate
{
    const char16_t *name;
    QList<const char16_t *> languages;
    int parameters; // -1: not checked
};

const QList<ApprovedTemplate> &approvedTemplates()
{
    static const QList<ApprovedTemplate> templates = {
        {u"parcel_delay", {u"de", u"en"}, 3},
        {u"parcel_delay_notice", {u"de", u"en"}, -1},
        {u"parcel_delay_apology", {u"de", u"en"}, -1},
        {u"parcel_delay_apology_voucher", {u"de", u"en"}, -1},
        {u"parcel_trouble_apology", {u"de", u"en"}, -1},
        {u"parcel_trouble_apology_voucher", {u"de", u"en"}, -1},
        {u"hello_world", {u"en_US"}, 0},
        {u"promo_paused", {u"de", u"en"}, 0},
    };
    return templates;
}

class WhatsAppDialect final : public Dialect
{
public:
    WhatsAppDialect(SandboxWorld &world, MessagingEndpoints::Log &log)
        : Dialect(world)
        , m_log(log)
    { }

    QString carrier() const override { return u"whatsapp"_s; }

    void addRoutes(QHttpServer &server, const Respond &respond) override
    {
        server.route(u"/whatsapp/<arg>/<arg>/messages"_s,
            [this, respond](const QString &version, const QString &phoneId,
                const QHttpServerRequest &r) { return respond(send(version, phoneId, r)); });
    }

    SandboxReply failure(Failure failure, int) const override
    {
        switch (failure) {
        case Failure::TooManyRequests:
            return error(400, 130429, u"(#130429) Rate limit hit"_s, u"OAuthException"_s,
                u"Cloud API message throughput has been reached."_s);
        case Failure::QuotaExhausted:
            return error(400, 80007, u"(#80007) Rate limit issues"_s, u"OAuthException"_s,
                u"The WhatsApp Business Account has reached its rate limit."_s);
        case Failure::Unauthorized:
            break;
        }
        return error(401, 190, u"Invalid OAuth access token - Cannot parse access token"_s,
            u"OAuthException"_s);
    }

private:
    SandboxReply error(int status, int code, const QString &message, const QString &type,
        const QString &details = {}, int subcode = 0) const
    {
        QJsonObject e {{u"message"_s, message}, {u"type"_s, type}, {u"code"_s, code},
            {u"fbtrace_id"_s, traceId()}};
        if (!details.isEmpty())
            e.insert(u"error_data"_s,
                QJsonObject {{u"messaging_product"_s, u"whatsapp"_s}, {u"details"_s, details}});
        if (subcode)
            e.insert(u"error_subcode"_s, subcode);
        SandboxReply reply;
        reply.status = status;
        reply.body = json({{u"error"_s, e}});
        return reply;
    }

    SandboxReply send(const QString &version, const QString &phoneId, const QHttpServerRequest &r)
    {
        SandboxReply reply;
        if (world().beginCall(*this, reply))
            return reply;
        const MessagingCredentials &c = m_log.credentials;
        if (header(r, "Authorization") != "Bearer " + c.whatsAppAccessToken.toUtf8())
            return failure(Failure::Unauthorized, 0);
        if (phoneId != c.whatsAppPhoneNumberId || r.method() != QHttpServerRequest::Method::Post)
            return error(400, 100,
                u"Unsupported post request. Object with ID '%1' does not exist, cannot be loaded "
                "due to missing permissions, or does not support this operation. Please read the "
                "Graph API documentation at https://developers.facebook.com/docs/graph-api"_s.arg(
                    phoneId),
                u"GraphMethodException"_s, {}, 33);
        const QJsonObject body = QJsonDocument::fromJson(r.body()).object();
        if (body.value(u"messaging_product"_s).toString() != u"whatsapp")
            return error(400, 100, u"(#100) The parameter messaging_product is required."_s,
                u"OAuthException"_s);
        const QString to = body.value(u"to"_s).toString();
        if (to.isEmpty())
            return error(400, 100, u"(#100) The parameter to is required."_s, u"OAuthException"_s);
        const QString type = body.value(u"type"_s).toString(u"text"_s);
        if (type != u"template" && type != u"text")
            return error(400, 100,
                u"(#100) Param type must be one of {AUDIO, CONTACTS, DOCUMENT, IMAGE, "
                "INTERACTIVE, LOCATION, REACTION, STICKER, TEMPLATE, TEXT, VIDEO}"_s,
                u"OAuthException"_s);
        QString digits = to;
        if (digits.startsWith(u'+'))
            digits.remove(0, 1);
        static const QRegularExpression phone(u"^[1-9][0-9]{6,14}$"_s);
        if (!phone.match(digits).hasMatch())
            return error(400, 131009, u"(#131009) Parameter value is not valid"_s,
                u"OAuthException"_s,
                u"The recipient phone number %1 is not a valid phone number."_s.arg(to));

        QJsonObject record {{u"channel"_s, u"whatsapp"_s}, {u"to"_s, to},
            {u"phone_number_id"_s, phoneId}, {u"api_version"_s, version}, {u"type"_s, type}};
        if (type == u"text") {
            const QString text = body.value(u"text"_s).toObject().value(u"body"_s).toString();
            if (text.isEmpty())
                return error(400, 131008, u"(#131008) Required parameter is missing"_s,
                    u"OAuthException"_s, u"Parameter 'text.body' is required."_s);
            record.insert(u"body"_s, text);
        } else {
            const QJsonObject t = body.value(u"template"_s).toObject();
            const QString name = t.value(u"name"_s).toString();
            const QString language = t.value(u"language"_s).toObject().value(u"code"_s).toString();
            if (name.isEmpty())
                return error(400, 131008, u"(#131008) Required parameter is missing"_s,
                    u"OAuthException"_s, u"Parameter 'template.name' is required."_s);
            if (language.isEmpty())
                return error(400, 131008, u"(#131008) Required parameter is missing"_s,
                    u"OAuthException"_s, u"Parameter 'template.language.code' is required."_s);
            QStringList parameters;
            for (const QJsonValue component : t.value(u"components"_s).toArray()) {
                if (component.toObject().value(u"type"_s).toString() != u"body")
                    continue;
                for (const QJsonValue p : component.toObject().value(u"parameters"_s).toArray())
                    parameters << p.toObject().value(u"text"_s).toString();
            }
            const ApprovedTemplate *approved = nullptr;
            for (const ApprovedTemplate &a : approvedTemplates()) {
                if (name == QStringView(a.name)
                    && std::any_of(a.languages.cbegin(), a.languages.cend(),
                        [&language](const char16_t *l) { return language == QStringView(l); }))
                    approved = &a;
            }
            if (!approved)
                return error(404, 132001,
                    u"(#132001) Template name does not exist in the translation"_s,
                    u"OAuthException"_s,
                    u"template name (%1) does not exist in %2"_s.arg(name, language));
            if (name == u"promo_paused")
                return error(400, 132015, u"(#132015) Template is paused"_s, u"OAuthException"_s,
                    u"Template is paused due to low quality so it cannot be sent in a template "
                    "message."_s);
            if (approved->parameters >= 0 && parameters.size() != approved->parameters)
                return error(400, 132000,
                    u"(#132000) Number of parameters does not match the expected number of "
                    "params"_s,
                    u"OAuthException"_s,
                    u"body: number of localizable_params (%1) does not match the expected number "
                    "of params (%2)"_s.arg(parameters.size())
                        .arg(approved->parameters));
            if (std::any_of(parameters.cbegin(), parameters.cend(),
                    [](const QString &p) { return p.trimmed().isEmpty(); }))
                return error(400, 131009, u"(#131009) Parameter value is not valid"_s,
                    u"OAuthException"_s, u"Parameter text cannot be empty."_s);
            record.insert(u"template"_s, name);
            record.insert(u"language"_s, language);
            record.insert(u"parameters"_s, QJsonArray::fromStringList(parameters));
        }
        if (digits == u"15005550001")
            return error(400, 131026, u"(#131026) Message undeliverable"_s, u"OAuthException"_s,
                u"Unable to deliver message. Reasons can include: the recipient phone number is "
                "not a WhatsApp phone number."_s);
        if (digits == u"15005550429" && m_log.firstTime(u"whatsapp:"_s + digits))
            return failure(Failure::TooManyRequests, 0);
        if (digits == u"15005550500" && m_log.firstTime(u"whatsapp:"_s + digits))
            return error(500, 131000, u"(#131000) Something went wrong"_s, u"OAuthException"_s,
                u"Something went wrong. Please try again later."_s);

        const QString id = u"wamid.HBgL"_s
            + QString::fromLatin1(
                QByteArray(digits.toLatin1() + QUuid::createUuid().toRfc4122())
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        record.insert(u"id"_s, id);
        record.insert(u"at"_s, utcIso(QDateTime::currentMSecsSinceEpoch()));
        m_log.messages.append(record);
        reply.body = json({{u"messaging_product"_s, u"whatsapp"_s},
            {u"contacts"_s, QJsonArray {QJsonObject {{u"input"_s, to}, {u"wa_id"_s, digits}}}},
            {u"messages"_s,
                QJsonArray {QJsonObject {{u"id"_s, id}, {u"message_status"_s, u"accepted"_s}}}}});
        return reply;
    }

    MessagingEndpoints::Log &m_log;
};

} // namespace

MessagingEndpoints::MessagingEndpoints(SandboxWorld &world, MessagingCredentials credentials)
    : m_log(std::make_unique<Log>())
{
    m_log->credentials = std::move(credentials);
    m_twilio = std::make_unique<TwilioDialect>(world, *m_log);
    m_whatsApp = std::make_unique<WhatsAppDialect>(world, *m_log);
}

MessagingEndpoints::~MessagingEndpoints() = default;

const MessagingCredentials &MessagingEndpoints::credentials() const
{
    return m_log->credentials;
}

QList<QJsonObject> MessagingEndpoints::messages() const
{
    return m_log->messages;
}

void MessagingEndpoints::addRoutes(QHttpServer &server, const Respond &respond)
{
    m_twilio->addRoutes(server, respond);
    m_whatsApp->addRoutes(server, respond);
    server.route(u"/sandbox/messages"_s, [this, respond](const QHttpServerRequest &r) {
        const QString channel = r.query().queryItemValue(u"channel"_s);
        QJsonArray list;
        for (const QJsonObject &m : std::as_const(m_log->messages)) {
            if (channel.isEmpty() || m.value(u"channel"_s).toString() == channel)
                list.append(m);
        }
        SandboxReply reply;
        reply.body = json({{u"messages"_s, list}});
        return respond(reply);
    });
}

} // namespace ParcelDesk::Sandbox
