// parceldeskctl delivery-options: what the carrier offers to change about a parcel's delivery,
// and a customer's request for one of those changes.
#include "ctlcommands.h"

#include "store/database.h"
#include "store/deliveryoptionrepository.h"
#include "store/shipmentrepository.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

QString utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

int CtlCommands::deliveryOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("What the carrier offers to change about a parcel's delivery.\n"
           "  list TRACKING            the options the carrier listed at its last answer, and\n"
           "                           the changes customers asked for\n"
           "  request TRACKING OPTION  record a customer's request for an option (e.g.\n"
           "                           RESCHEDULE); refused when the carrier does not offer it"));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption carrier(
        u"carrier"_s, tr("The carrier, when several carriers use the number."), u"id"_s);
    const QCommandLineOption detail(
        u"detail"_s, tr("request: what the customer wants, e.g. the day or address."), u"text"_s);
    const QCommandLineOption agent(
        u"agent"_s, tr("request: who took it (default: the login name)."), u"name"_s);
    const QCommandLineOption contact(
        u"contact"_s, tr("request: the logged contact in which the customer asked."), u"id"_s);
    parser.addOptions({db, carrier, detail, agent, contact});
    parser.addPositionalArgument(u"action"_s, tr("list or request"));
    parser.addPositionalArgument(u"tracking"_s, tr("The parcel's tracking number."));
    parser.addPositionalArgument(u"option"_s, tr("request: the carrier's option code."));
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != u"list" && action != u"request") {
        printLine(stderr, tr("delivery-options: say list or request."));
        return 2;
    }
    if (positional.size() != (action == u"list" ? 2 : 3)) {
        printLine(stderr,
            action == u"list"
                ? tr("delivery-options: list takes a tracking number.")
                : tr("delivery-options: request takes a tracking number and an option."));
        return 2;
    }
    if (!parser.isSet(db)) {
        printLine(stderr, tr("delivery-options: --db FILE is required."));
        return 2;
    }
    std::optional<qint64> contactId;
    if (parser.isSet(contact)) {
        bool ok = false;
        contactId = parser.value(contact).toLongLong(&ok);
        if (!ok || *contactId <= 0) {
            printLine(stderr,
                tr("delivery-options: --contact must be a contact's number, not \"%1\".")
                    .arg(parser.value(contact)));
            return 2;
        }
    }
    const auto opened = Database::open(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }
    const QString number = QString(positional.at(1)).remove(u' ').remove(u'-').toUpper();
    QList<Shipment> found = ShipmentRepository(*opened).findByTrackingNumber(number);
    if (parser.isSet(carrier)) {
        const QString id = parser.value(carrier);
        found.removeIf([&](const Shipment &s) { return s.carrier != id; });
    }
    if (found.isEmpty()) {
        printLine(
            stderr, tr("delivery-options: no shipment has the tracking number %1.").arg(number));
        return 1;
    }
    if (found.size() > 1) {
        QStringList carriers;
        for (const Shipment &s : found)
            carriers << s.carrier;
        printLine(stderr,
            tr("delivery-options: %1 is used by %2; say --carrier.")
                .arg(number, carriers.join(u", "_s)));
        return 2;
    }
    const Shipment &shipment = found.first();
    DeliveryOptionRepository repository(*opened);

    if (action == u"list") {
        const QList<ListedDeliveryOption> options = repository.options(shipment.id);
        if (options.isEmpty()) {
            printLine(stdout, tr("The carrier has listed no delivery options for %1.").arg(number));
        } else {
            qint64 asOf = 0;
            for (const ListedDeliveryOption &o : options)
                asOf = std::max(asOf, o.updatedAtMs);
            printLine(stdout,
                tr("Delivery options for %1, as the carrier said at %2:")
                    .arg(number, utcText(asOf)));
            for (const ListedDeliveryOption &o : options)
                printLine(stdout,
                    u"  %1 %2 %3"_s.arg(o.option, -30)
                        .arg(DeliveryOptionRepository::eligibilityLabel(o.eligibility), -18)
                        .arg(DeliveryOptionRepository::optionLabel(o.option)));
        }
        const QList<DeliveryChangeRequest> requests = repository.requests(shipment.id);
        if (!requests.isEmpty()) {
            printLine(stdout, tr("Changes asked for, newest first:"));
            for (const DeliveryChangeRequest &r : requests)
                printLine(stdout,
                    u"  %1  %2  %3 %4 %5 %6"_s.arg(r.id)
                        .arg(utcText(r.requestedAtMs))
                        .arg(r.option, -30)
                        .arg(DeliveryOptionRepository::stateLabel(r.state), -10)
                        .arg(r.agent, -10)
                        .arg(r.detail));
        }
        opened->releaseConnection();
        return 0;
    }

    const QString option = positional.at(2).trimmed().toUpper().replace(u'-', u'_');
    const QString who
        = parser.isSet(agent) ? parser.value(agent) : qEnvironmentVariable("USER", u"ctl"_s);
    const auto recorded = repository.request(shipment.id, option, parser.value(detail), who,
        contactId, QDateTime::currentMSecsSinceEpoch());
    opened->releaseConnection();
    if (!recorded) {
        printLine(stderr, recorded.error().message);
        return 1;
    }
    printLine(stdout,
        tr("Request %1 recorded: %2.")
            .arg(*recorded)
            .arg(DeliveryOptionRepository::optionLabel(option)));
    return 0;
}

} // namespace ParcelDesk
