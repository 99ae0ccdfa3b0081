#pragma once

#include "domain/problemcase.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ParcelDesk {

// What the Problem cases page shows: a state ("unresolved", or one state), a kind, a tracking
// number or part of one.
struct ProblemCaseFilter
{
    QString state = QStringLiteral("unresolved");
    QString kind;
    QString trackingText;
};

struct ProblemCaseRow
{
    qint64 id = 0;
    int priority = 2;
    ProblemKind kind = ProblemKind::Stuck;
    QString trackingNumber;
    QString carrier;
    ProblemState state = ProblemState::Open;
    QString assignee;
    qint64 openedAtMs = 0;
    std::optional<qint64> dueAtMs;
    std::optional<qint64> claimDueAtMs;
    QString details;
};

struct ProblemCaseList
{
    QList<ProblemCaseRow> rows; // by priority, then due time
    qint64 total = 0; // all that match, beyond the rows read
    QHash<QString, qint64> openByKind; // unresolved cases by kind, whatever the filter
};

// The Problem cases page's queue on the calling thread's connection.
class ProblemCaseListQuery
{
public:
    static ProblemCaseList load(const QSqlDatabase &db, const ProblemCaseFilter &filter, int limit);
};

} // namespace ParcelDesk
