#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ParcelDesk {

// A message in one language for one kind of case, in Mustache: an e-mail subject, a plain and an
// HTML body, and an SMS text; for WhatsApp the name of the template the provider approved (its
// wording lives with the provider, so it is a name here, not a text).
struct MessageTemplate
{
    QString kind; // delay_notice, delay_apology, delay_apology_voucher
    QString language; // de, en
    QString subject;
    QString text;
    QString html;
    QString sms;
    QString whatsapp; // e.g. parcel_delay_notice; empty: no WhatsApp template for this one
};

// What a template may say. Every value is text as the customer reads it.
struct TemplateData
{
    struct Parcel
    {
        QString carrier;
        QString trackingNumber;
        QString status;
        QString expected; // empty: unknown
        bool late = false;
    };
    QString shop;
    QString customer;
    QString firstName;
    QString orderNumber;
    int daysLate = 0;
    QString voucherCode;
    QString voucherValue;
    QList<Parcel> parcels; // one message covers every parcel of the customer's that is affected
};

struct RenderedMessage
{
    QString subject;
    QString text;
    QString html;
    QString sms;
    int smsSegments = 0;
    bool smsUnicode = false; // a character outside GSM 03.38: 70 characters a segment, not 160
};

class MessageTemplates
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::MessageTemplates)

public:
    // The templates that come with ParcelDesk (resources/templates/templates.json).
    static const QList<MessageTemplate> &builtin();
    static std::optional<MessageTemplate> builtin(const QString &kind, const QString &language);
    // The variables and sections a template may use.
    static const QStringList &variables();

    // Checks every tag against the known variables, and the WhatsApp name against what the
    // provider accepts; an error names the field and the tag.
    static Outcome check(const MessageTemplate &message);
    // Renders all four parts; the HTML body escapes what it puts in, the others do not.
    static Result<RenderedMessage> render(const MessageTemplate &message, const TemplateData &data);

    // How many SMS the text takes: 160 GSM 03.38 characters in one, 153 a part in several
    // (characters of the extension table count twice); with any other character 70 and 67.
    static int smsSegments(const QString &text, bool *unicode = nullptr);
};

} // namespace ParcelDesk
