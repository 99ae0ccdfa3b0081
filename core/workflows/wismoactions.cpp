#include "wismoactions.h"

#include "returnregistration.h"

#include "rules/problemcaserunner.h"
#include "store/deliveryoptionrepository.h"
#include "store/messagerepository.h"
#include "store/problemrulerepository.h"
#include "store/returnrepository.h"
#include "store/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// Runs work inside one write transaction on the calling thread's connection: committed when it
// returns words, rolled back when it returns an error.
Result<QString> inOneTransaction(const Database &db, const std::function<Result<QString>()> &work)
{
    const QSqlDatabase connection = db.connection();
    QSqlQuery q(connection);
    if (!Sql::beginWrite(q))
        return Error {q.lastError().text()};
    auto done = work();
    if (done && QSqlQuery(connection).exec(u"COMMIT"_s))
        return done;
    const QString message = done ? connection.lastError().text() : done.error().message;
    QSqlQuery(connection).exec(u"ROLLBACK"_s);
    return Error {message};
}

} // namespace

Result<QString> WismoActions::logContact(const Database &db, const Contact &contact)
{
    const auto logged
        = ProblemCaseRunner::logContact(db, ProblemRuleRepository(db).load(), contact);
    if (!logged)
        return logged.error();
    if (logged->caseId)
        return (logged->caseCreated ? tr("Contact logged; case %1 opened.")
                                    : tr("Contact logged; added to the open case %1."))
            .arg(*logged->caseId);
    return logged->why.isEmpty() ? tr("Contact logged.")
                                 : tr("Contact logged. %1").arg(logged->why);
}

Result<QString> WismoActions::queueUpdate(
    const Database &db, const Message &message, const QString &to, const QString &agent)
{
    const auto id = MessageRepository(db).queue(message, agent);
    if (!id)
        return id.error();
    return tr("Update queued for the outbox (message %1 to %2).").arg(*id).arg(to);
}

Result<QString> WismoActions::startReturn(const Database &db, Contact contact,
    const QList<ReturnLineRequest> &lines, const QString &customerNote, ReturnResolution resolution)
{
    if (!contact.orderId)
        return Error {tr("A return is started for an order; this parcel belongs to none.")};
    return inOneTransaction(db, [&]() -> Result<QString> {
        const auto started = ReturnRegistration::registerWithinTransaction(
            db, *contact.orderId, lines, customerNote, resolution, contact.agent, contact.atMs);
        if (!started)
            return started.error();
        contact.reason = u"return"_s;
        contact.outcome = u"return_started"_s;
        contact.note = started->ret.rma;
        if (const auto logged = ContactRepository(db).insertWithinTransaction(contact); !logged)
            return logged.error();
        return tr("Return %1: %2; the contact is logged. Tell the customer: %3")
            .arg(started->ret.rma, ReturnRepository::outcomeLabel(started->ret.outcome),
                started->assessment.customerText);
    });
}

Result<QString> WismoActions::requestDeliveryChange(
    const Database &db, const Contact &contact, const QString &option, const QString &detail)
{
    if (!contact.shipmentId)
        return Error {tr("A delivery change is asked for a parcel; none is chosen.")};
    return inOneTransaction(db, [&]() -> Result<QString> {
        const auto logged = ContactRepository(db).insertWithinTransaction(contact);
        if (!logged)
            return logged.error();
        const auto requested = DeliveryOptionRepository(db).requestWithinTransaction(
            *contact.shipmentId, option, detail, contact.agent, *logged, contact.atMs);
        if (!requested)
            return requested.error();
        return tr("Delivery change recorded (request %1): %2.")
            .arg(*requested)
            .arg(DeliveryOptionRepository::optionLabel(option));
    });
}

} // namespace ParcelDesk
