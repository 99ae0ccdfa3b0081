#include "returnlistquery.h"

#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

constexpr const char16_t *filterNames[] = {u"needs-action", u"review", u"label", u"on-their-way",
    u"to-inspect", u"to-settle", u"closed", u"refused", u"all"};

QString condition(ReturnListQuery::Filter filter)
{
    using F = ReturnListQuery::Filter;
    const QString review = u"(r.state = 'registered' AND r.outcome = 'review')"_s;
    const QString label = u"(r.state = 'registered' AND r.outcome = 'accept')"_s;
    const QString inspect = u"r.state = 'received'"_s;
    const QString settle
        = u"(r.settlement = 'open' AND (r.state = 'graded' OR (r.outcome = 'keep' AND "
          "r.state = 'registered')))"_s;
    switch (filter) {
    case F::NeedsAction:
        return u"(%1 OR %2 OR %3 OR %4)"_s.arg(review, label, inspect, settle);
    case F::Review:
        return review;
    case F::Label:
        return label;
    case F::OnTheirWay:
        return u"r.state IN ('label_issued', 'in_transit')"_s;
    case F::ToInspect:
        return inspect;
    case F::ToSettle:
        return settle;
    case F::Closed:
        return u"r.state = 'closed'"_s;
    case F::Refused:
        return u"r.state = 'refused'"_s;
    case F::All:
        break;
    }
    return u"1 = 1"_s;
}

QString where(ReturnListQuery::Filter filter, const QString &search, SqlDialect dialect)
{
    QString sql = u" WHERE "_s + condition(filter);
    if (!search.trimmed().isEmpty())
        sql += u" AND (r.rma %1 ? OR o.order_number %1 ? OR s.tracking_number %1 ?)"_s.arg(
            Sql::likeNoCase(dialect));
    return sql;
}

void bindSearch(QSqlQuery &q, const QString &search)
{
    if (search.trimmed().isEmpty())
        return;
    const QString pattern = u"%"_s + search.trimmed().toUpper() + u"%"_s;
    for (int i = 0; i < 3; ++i)
        q.addBindValue(pattern);
}

} // namespace

QString ReturnListQuery::filterLabel(Filter filter)
{
    switch (filter) {
    case Filter::NeedsAction:
        return tr("Waiting for someone");
    case Filter::Review:
        return tr("Waiting for review");
    case Filter::Label:
        return tr("Label to make");
    case Filter::OnTheirWay:
        return tr("On their way back");
    case Filter::ToInspect:
        return tr("Received, to inspect");
    case Filter::ToSettle:
        return tr("Refund or exchange to settle");
    case Filter::Closed:
        return tr("Closed");
    case Filter::Refused:
        return tr("Refused");
    case Filter::All:
        return tr("All returns");
    }
    return {};
}

QString ReturnListQuery::filterName(Filter filter)
{
    return QString::fromUtf16(filterNames[int(filter)]);
}

std::optional<ReturnListQuery::Filter> ReturnListQuery::filterFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(filterNames)); ++i) {
        if (name == QStringView(filterNames[i]))
            return Filter(i);
    }
    return std::nullopt;
}

Result<QList<ReturnListRow>> ReturnListQuery::load(
    const QSqlDatabase &db, Filter filter, const QString &search, int limit)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT r.id, r.rma, o.order_number, c.name, r.state, r.outcome, r.resolution, "
              "r.settlement, r.created_at, coalesce(r.warehouse, ''), coalesce(s.carrier, ''), "
              "coalesce(s.tracking_number, ''), "
              "(SELECT sum(i.quantity) FROM return_items i WHERE i.return_id = r.id), "
              "(SELECT "_s
        + Sql::groupConcat(sqlDialectOf(db), u"i.reason_code"_s, u","_s, true)
        + u" FROM return_items i "
          "WHERE i.return_id = r.id) FROM returns r JOIN orders o ON o.id = r.order_id "
          "JOIN customers c ON c.id = o.customer_id "
          "LEFT JOIN shipments s ON s.id = r.shipment_id"_s
        + where(filter, search, sqlDialectOf(db))
        + u" ORDER BY r.created_at DESC, r.id DESC LIMIT %1"_s.arg(limit));
    bindSearch(q, search);
    if (!q.exec())
        return Error {tr("Cannot list the returns: %1").arg(q.lastError().text())};
    QList<ReturnListRow> rows;
    while (q.next()) {
        ReturnListRow r;
        r.id = q.value(0).toLongLong();
        r.rma = q.value(1).toString();
        r.orderNumber = q.value(2).toString();
        r.customerName = q.value(3).toString();
        r.state = returnStateFromString(q.value(4).toString()).value_or(ReturnState::Registered);
        r.outcome = returnOutcomeFromString(q.value(5).toString()).value_or(ReturnOutcome::Accept);
        r.resolution
            = returnResolutionFromString(q.value(6).toString()).value_or(ReturnResolution::Refund);
        r.settlement = settlementFromString(q.value(7).toString()).value_or(Settlement::Open);
        r.createdAtMs = q.value(8).toLongLong();
        r.warehouse = q.value(9).toString();
        r.carrier = q.value(10).toString();
        r.trackingNumber = q.value(11).toString();
        r.items = q.value(12).toInt();
        r.reasons = q.value(13).toString();
        rows.append(r);
    }
    return rows;
}

Result<qint64> ReturnListQuery::count(const QSqlDatabase &db, Filter filter, const QString &search)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT count(*) FROM returns r JOIN orders o ON o.id = r.order_id "
              "LEFT JOIN shipments s ON s.id = r.shipment_id"_s
        + where(filter, search, sqlDialectOf(db)));
    bindSearch(q, search);
    if (!q.exec() || !q.next())
        return Error {tr("Cannot count the returns: %1").arg(q.lastError().text())};
    return q.value(0).toLongLong();
}

} // namespace ParcelDesk
