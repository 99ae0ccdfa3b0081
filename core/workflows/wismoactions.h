#pragma once

#include "domain/message.h"
#include "domain/result.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/returnrepository.h"

#include <QCoreApplication>
#include <QString>

namespace ParcelDesk {

// What the WISMO desk does for a caller, on the calling thread's connection. Each returns what
// happened in words for the agent, or an error that says why nothing was done; what belongs
// together (a return and the contact that asked for it) commits together.
class WismoActions
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::WismoActions)

public:
    // Logs the contact; "not received" about a delivered parcel opens or joins its case (the
    // outcome, left empty, then says which).
    static Result<QString> logContact(const Database &db, const Contact &contact);
    // Queues an update for the outbox (to is the address, for the words).
    static Result<QString> queueUpdate(
        const Database &db, const Message &message, const QString &to, const QString &agent);
    // Registers a return of the order's lines (judged by the return policy) and logs the
    // contact that asked for it (its note: the RMA); what to tell the customer.
    static Result<QString> startReturn(const Database &db, Contact contact,
        const QList<ReturnLineRequest> &lines, const QString &customerNote,
        ReturnResolution resolution);
    // Records the customer's choice among the carrier's delivery options and the contact in
    // which they made it; an option the carrier does not offer logs nothing.
    static Result<QString> requestDeliveryChange(
        const Database &db, const Contact &contact, const QString &option, const QString &detail);
};

} // namespace ParcelDesk
