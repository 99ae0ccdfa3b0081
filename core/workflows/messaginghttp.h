#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ParcelDesk::MessagingHttp {

// Texts of the HTTP channels' shared parts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::MessagingHttp)
};

// One blocking HTTPS call with libcurl, for senders that run on the outbox's worker thread.
struct Request
{
    QByteArray url;
    QList<QByteArray> headers; // "Name: value"
    QByteArray body; // POSTed as it is
    QByteArray user; // HTTP Basic when not empty
    QByteArray password;
    int timeoutSeconds = 30;
    QString caFile; // a certificate authority to trust besides the system's
    bool verifyPeer = true;
};

struct Response
{
    bool answered = false; // an HTTP answer came (of whatever status)
    bool timedOut = false;
    QString transportError; // why no answer came: refused, timed out, TLS, ...
    long status = 0;
    QByteArray body;
};

Response post(const Request &request);

// A customer's phone number as "+" and digits (E.164): spaces, dashes, dots, slashes and
// brackets go, a leading 00 becomes +. A number without its country code (no + or 00 in
// front) is refused: which country it belongs to is a guess, and a wrong guess reaches a stranger.
Result<QString> internationalNumber(const QString &number);

} // namespace ParcelDesk::MessagingHttp
