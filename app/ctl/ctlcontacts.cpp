// parceldeskctl contacts: log a customer's contact about a parcel, list a parcel's contacts.
#include "ctlcommands.h"

#include "rules/problemcaserunner.h"
#include "store/database.h"
#include "store/problemrulerepository.h"
#include "store/shipmentrepository.h"

#include <QCommandLineParser>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

int CtlCommands::contacts(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Customer contacts about a parcel.\n"
           "  log    log a call, e-mail or chat; \"not received\" about a delivered parcel opens\n"
           "         a case with the carrier's claim deadline\n"
           "  list   the contacts about a parcel"));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption tracking(
        u"tracking"_s, tr("The parcel's tracking number."), u"number"_s);
    const QCommandLineOption carrier(
        u"carrier"_s, tr("The carrier, when several carriers use the number."), u"id"_s);
    const QCommandLineOption channel(u"channel"_s,
        tr("log: %1 (default phone).").arg(Contact::channels().join(u", "_s)), u"channel"_s,
        u"phone"_s);
    const QCommandLineOption reason(u"reason"_s,
        tr("log: %1 (default where_is_my_order).").arg(Contact::reasons().join(u", "_s)),
        u"reason"_s, u"where_is_my_order"_s);
    const QCommandLineOption outcome(u"outcome"_s, tr("log: what came of it."), u"text"_s);
    const QCommandLineOption note(u"note"_s, tr("log: a note."), u"text"_s);
    const QCommandLineOption agent(
        u"agent"_s, tr("log: who took it (default: the login name)."), u"name"_s);
    const QCommandLineOption now(u"at"_s, tr("log: when, ISO 8601 UTC (default: now)."), u"time"_s);
    parser.addOptions({db, tracking, carrier, channel, reason, outcome, note, agent, now});
    parser.addPositionalArgument(u"action"_s, tr("log or list"));
    parser.process(arguments);
    const QString action = parser.positionalArguments().value(0);
    if (action != u"log" && action != u"list") {
        printLine(stderr, tr("contacts: say log or list."));
        return 2;
    }
    if (!parser.isSet(db) || !parser.isSet(tracking)) {
        printLine(stderr, tr("contacts: --db FILE and --tracking NUMBER are required."));
        return 2;
    }
    qint64 atMs = QDateTime::currentMSecsSinceEpoch();
    if (parser.isSet(now)) {
        QDateTime t = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (t.isValid() && t.timeSpec() == Qt::LocalTime)
            t.setTimeSpec(Qt::UTC);
        if (!t.isValid()) {
            printLine(stderr,
                tr("contacts: --at must be an ISO 8601 time, not \"%1\".").arg(parser.value(now)));
            return 2;
        }
        atMs = t.toMSecsSinceEpoch();
    }
    const auto opened = Database::open(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }
    const QString number = parser.value(tracking).remove(u' ').remove(u'-').toUpper();
    QList<Shipment> found = ShipmentRepository(*opened).findByTrackingNumber(number);
    if (parser.isSet(carrier)) {
        const QString id = parser.value(carrier);
        found.removeIf([&](const Shipment &s) { return s.carrier != id; });
    }
    if (found.isEmpty()) {
        printLine(stderr, tr("contacts: no shipment has the tracking number %1.").arg(number));
        return 1;
    }
    if (found.size() > 1) {
        QStringList carriers;
        for (const Shipment &s : found)
            carriers << s.carrier;
        printLine(stderr,
            tr("contacts: %1 is used by %2; say --carrier.").arg(number, carriers.join(u", "_s)));
        return 2;
    }
    const Shipment &shipment = found.first();

    if (action == u"list") {
        for (const Contact &c : ContactRepository(*opened).forShipment(shipment.id)) {
            printLine(stdout,
                u"%1  %2 %3 %4 %5 %6"_s
                    .arg(QDateTime::fromMSecsSinceEpoch(c.atMs, Qt::UTC).toString(Qt::ISODate))
                    .arg(c.channel, -6)
                    .arg(c.reason, -18)
                    .arg(c.agent, -10)
                    .arg(c.caseId ? tr("case %1").arg(*c.caseId) : QString(), -10)
                    .arg(c.note));
        }
        opened->releaseConnection();
        return 0;
    }

    Contact c;
    c.shipmentId = shipment.id;
    if (shipment.orderId > 0)
        c.orderId = shipment.orderId;
    c.channel = parser.value(channel);
    c.reason = parser.value(reason);
    c.outcome = parser.value(outcome);
    c.note = parser.value(note);
    c.agent = parser.isSet(agent) ? parser.value(agent) : qEnvironmentVariable("USER", u"ctl"_s);
    c.atMs = atMs;
    const auto logged
        = ProblemCaseRunner::logContact(*opened, ProblemRuleRepository(*opened).load(), c);
    if (!logged) {
        printLine(stderr, logged.error().message);
        return 1;
    }
    QString text = tr("Contact %1 logged.").arg(logged->contactId);
    if (logged->caseId)
        text += u' '
            + (logged->caseCreated ? tr("Case %1 opened.") : tr("Joined the open case %1."))
                  .arg(*logged->caseId);
    else if (!logged->why.isEmpty())
        text += u' ' + logged->why;
    printLine(stdout, text);
    opened->releaseConnection();
    return 0;
}

} // namespace ParcelDesk
