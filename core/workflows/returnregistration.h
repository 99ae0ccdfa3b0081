#pragma once

#include "domain/result.h"
#include "domain/returncase.h"
#include "rules/returnpolicy.h"
#include "store/database.h"
#include "store/returnrepository.h"
#include "workflows/returnlabel.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace ParcelDesk {

class HolidayCalendar;

// What the return policy says about a return as asked for, line by line and as a whole, and the
// words for the customer in their language.
struct ReturnAssessment
{
    struct Line
    {
        ReturnLineRequest request; // with the policy's outcome filled in
        ReturnDecision decision;
    };
    QList<Line> lines;
    // Refuse when every line is refused; review when a line needs a person; keep when nothing
    // has to come back; else accept.
    ReturnOutcome outcome = ReturnOutcome::Accept;
    QString reason; // the policy's reason code for the whole (refuse, review, keep)
    QString customerText;

    QList<ReturnLineRequest> requests() const;
};

class ReturnRegistration
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ReturnRegistration)

public:
    // Each line is judged at its value (unit price × quantity) on today, in the customer's
    // country's calendar.
    static ReturnAssessment assess(const ReturnableOrder &order,
        const QList<ReturnLineRequest> &lines, const ReturnPolicy &policy,
        const HolidayCalendar &calendar, QDate today);

    // Reads the order and the stored policy, judges the lines and registers the return, inside
    // the caller's transaction; the return and what the policy said about it.
    struct Registered
    {
        ReturnCase ret;
        ReturnAssessment assessment;
    };
    static Result<Registered> registerWithinTransaction(const Database &db, qint64 orderId,
        const QList<ReturnLineRequest> &lines, const QString &note, ReturnResolution resolution,
        const QString &agent, qint64 nowMs);
    // The same with a policy the caller read, for many returns in one go (imports).
    static Result<Registered> registerWithinTransaction(const Database &db,
        const ReturnPolicy &policy, qint64 orderId, const QList<ReturnLineRequest> &lines,
        const QString &note, ReturnResolution resolution, const QString &agent, qint64 nowMs);
    // What the printed label of a return with a label shows: its parcel, the customer's
    // address, the warehouse (the shop's name and the warehouse's country), the lines that go
    // into the parcel, in the customer's language.
    static Result<ReturnLabelData> labelData(const Database &db, qint64 returnId);
    // The same in a transaction of its own.
    static Result<Registered> registerReturn(const Database &db, qint64 orderId,
        const QList<ReturnLineRequest> &lines, const QString &note, ReturnResolution resolution,
        const QString &agent, qint64 nowMs);
};

} // namespace ParcelDesk
