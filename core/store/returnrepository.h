#pragma once

#include "database.h"
#include "domain/result.h"
#include "domain/returncase.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ParcelDesk {

// Why customers send things back, as coded reasons per product category.
struct ReturnReason
{
    QString code; // stored: "size_too_small"
    QString label; // for people, translated
};

// Returns on the calling thread's connection.
class ReturnRepository
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ReturnRepository)

public:
    explicit ReturnRepository(Database db)
        : m_db(std::move(db))
    { }

    // The reasons that apply to an order's category (fashion has its own sizes and fit).
    static QList<ReturnReason> reasons(const QString &category);
    static QString reasonLabel(const QString &code);
    static QString stateLabel(ReturnState state);

    // Registers a return for the order with a new RMA and a line in the audit log, in one
    // transaction. Refused when the reason is not one of the category's, or the order already
    // has a return that is not closed or refused.
    Result<ReturnCase> start(qint64 orderId, const QString &reasonCode, const QString &note,
        const QString &agent, qint64 nowMs);
    // The same inside a transaction the caller holds (with the contact that asked for it).
    Result<ReturnCase> startWithinTransaction(qint64 orderId, const QString &reasonCode,
        const QString &note, const QString &agent, qint64 nowMs);

private:
    Database m_db;
};

} // namespace ParcelDesk
