#include "shipmentlistquery.h"

#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// The columns of each sort order, before the row id; each list is an index's columns.
QStringList sortColumns(ShipmentSortKey key, SqlDialect dialect)
{
    switch (key) {
    case ShipmentSortKey::Shipped:
        return {u"s.shipped_at"_s, u"s.carrier"_s};
    case ShipmentSortKey::TrackingNumber:
        return {u"s.tracking_number"_s};
    case ShipmentSortKey::Carrier:
        return {u"s.carrier"_s, u"s.shipped_at"_s};
    case ShipmentSortKey::Status:
        return {u"s.status_tag"_s, u"s.carrier"_s};
    case ShipmentSortKey::Destination:
        return {Sql::indexedCoalesce(dialect, u"s.dest_country"_s, u"''"_s), u"s.shipped_at"_s};
    case ShipmentSortKey::Promised:
        return {Sql::indexedCoalesce(dialect, u"s.promised_at"_s, u"0"_s)};
    case ShipmentSortKey::Delivered:
        return {Sql::indexedCoalesce(dialect, u"s.delivered_at"_s, u"0"_s)};
    }
    return {u"s.shipped_at"_s, u"s.carrier"_s};
}

// A prefix range: every text that starts with prefix sorts from prefix up to before the end.
QString prefixEnd(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}

QString literal(const QVariant &v)
{
    if (v.isNull())
        return u"NULL"_s;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QString::number(v.toLongLong());
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', 17);
    default: {
        QString text = v.toString();
        text.replace(u'\'', u"''"_s);
        return u'\'' + text + u'\'';
    }
    }
}

} // namespace

QString ShipmentListQuery::rowColumns()
{
    return u"s.id, s.tracking_number, s.carrier, s.service, s.direction, s.origin_country, "
           "s.dest_country, s.dest_postcode, s.status_tag, s.sub_status, s.status_at, "
           "s.shipped_at, s.last_event_at, s.promised_at, s.delivered_at, o.order_number, "_s
        + lateCondition();
}

ShipmentListRow ShipmentListQuery::rowFrom(const QSqlQuery &q)
{
    ShipmentListRow r;
    r.id = q.value(0).toLongLong();
    r.trackingNumber = q.value(1).toString();
    r.carrier = q.value(2).toString();
    r.service = q.value(3).toString();
    r.direction = q.value(4).toString();
    r.originCountry = q.value(5).toString();
    r.destinationCountry = q.value(6).toString();
    r.destinationPostcode = q.value(7).toString();
    r.status = Status::fromColumns(q.value(8).toString(), q.value(9).toString());
    r.statusAtMs = q.value(10).toLongLong();
    r.shippedAtMs = q.value(11).toLongLong();
    r.lastEventAtMs = q.value(12).toLongLong();
    r.promisedAtMs = SqlValues::optional<qint64>(q.value(13));
    r.deliveredAtMs = SqlValues::optional<qint64>(q.value(14));
    r.orderNumber = q.value(15).toString();
    r.late = q.value(16).toInt() != 0;
    return r;
}

QString ShipmentListQuery::inFlightCondition()
{
    return u"(s.status_tag NOT IN ('Delivered', 'Expired') AND s.sub_status NOT IN "
           "('ReturnedToSender', 'Lost'))"_s;
}

QString ShipmentListQuery::lateCondition()
{
    return u"(s.promised_at IS NOT NULL AND (CASE WHEN s.promised_at % 86400000 = 0 THEN "
           "s.promised_at + 86399999 ELSE s.promised_at END) < coalesce(s.delivered_at, CASE WHEN "
           "s.status_tag = 'Expired' OR s.sub_status IN ('ReturnedToSender', 'Lost') THEN NULL "
           "ELSE CAST(:now AS BIGINT) END))"_s;
}

QString ShipmentListQuery::whereClause(
    const ShipmentFilter &f, TextMatch match, SqlDialect dialect, QVariantMap &binds)
{
    QStringList conditions;
    const auto list = [&](const QString &column, const QString &name, const QStringList &values) {
        if (values.isEmpty())
            return;
        QStringList marks;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString mark = u":%1%2"_s.arg(name).arg(i);
            marks << mark;
            binds.insert(mark, values[i]);
        }
        conditions << (marks.size() == 1
                ? QString(column + u" = "_s + marks.first())
                : QString(column + u" IN ("_s + marks.join(u", "_s) + u')'));
    };
    list(u"s.carrier"_s, u"carrier"_s, f.carriers);
    list(u"s.status_tag"_s, u"tag"_s, f.statusTags);
    list(Sql::indexedCoalesce(dialect, u"s.dest_country"_s, u"''"_s), u"dest"_s,
        f.destinationCountries);
    if (!f.subStatus.isEmpty()) {
        conditions << u"s.sub_status = :sub"_s;
        binds.insert(u":sub"_s, f.subStatus);
    }
    if (!f.direction.isEmpty()) {
        conditions << u"s.direction = :direction"_s;
        binds.insert(u":direction"_s, f.direction);
    }
    const auto range = [&](const QString &column, const QString &name,
                           const std::optional<qint64> &from, const std::optional<qint64> &until) {
        if (from) {
            conditions << column + u" >= :"_s + name + u"From"_s;
            binds.insert(u':' + name + u"From"_s, *from);
        }
        if (until) {
            conditions << column + u" < :"_s + name + u"Until"_s;
            binds.insert(u':' + name + u"Until"_s, *until);
        }
    };
    range(u"s.shipped_at"_s, u"shipped"_s, f.shippedFromMs, f.shippedUntilMs);
    range(u"s.delivered_at"_s, u"delivered"_s, f.deliveredFromMs, f.deliveredUntilMs);
    if (f.lateOnly)
        conditions << lateCondition();
    // Sets read from small indexes: SQLite checks each row against them, or starts from them.
    if (f.openCaseKind) {
        conditions << u"s.id IN (SELECT shipment_id FROM problem_cases WHERE state != "
                      "'resolved' AND kind = :caseKind)"_s;
        binds.insert(u":caseKind"_s, *f.openCaseKind);
    } else if (f.withOpenCase) {
        conditions << u"s.id IN (SELECT shipment_id FROM problem_cases WHERE state != "
                      "'resolved')"_s;
    }
    if (f.notScannedYet)
        conditions << u"s.status_tag IN ('Pending', 'InfoReceived')"_s;
    if (f.notDelivered)
        conditions << u"s.delivered_at IS NULL"_s;
    if (f.inFlightOnly)
        conditions << inFlightCondition();
    if (f.withPromise)
        conditions << u"s.promised_at IS NOT NULL"_s;
    if (f.contactFromMs || f.contactUntilMs) {
        QStringList when;
        if (f.contactFromMs) {
            when << u"occurred_at >= :contactFrom"_s;
            binds.insert(u":contactFrom"_s, *f.contactFromMs);
        }
        if (f.contactUntilMs) {
            when << u"occurred_at < :contactUntil"_s;
            binds.insert(u":contactUntil"_s, *f.contactUntilMs);
        }
        conditions << u"s.id IN (SELECT shipment_id FROM contacts WHERE "_s + when.join(u" AND "_s)
                + u')';
    }
    if (f.withUnmappedEvents)
        conditions << u"s.id IN (SELECT shipment_id FROM tracking_events WHERE unmapped = 1)"_s;
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        // Tracking numbers are stored without spaces or dashes, in capitals.
        QString number = text.toUpper();
        number.remove(u' ').remove(u'-');
        const QString order = text.toUpper();
        if (match == TextMatch::Narrow)
            conditions << u"s.id IN (SELECT id FROM shipments WHERE tracking_number >= :number "
                          "AND tracking_number < :numberEnd UNION ALL SELECT id FROM shipments "
                          "WHERE order_id IN (SELECT id FROM orders WHERE order_number >= :order "
                          "AND order_number < :orderEnd))"_s;
        else // "+" keeps SQLite from gathering every match through the index first
            conditions << u"((%1 >= :number AND %1 < :numberEnd) OR s.order_id IN (SELECT id "
                          "FROM orders WHERE order_number >= :order AND order_number < "
                          ":orderEnd))"_s.arg(
                              Sql::notThroughIndex(dialect, u"s.tracking_number"_s));
        binds.insert(u":number"_s, number);
        binds.insert(u":numberEnd"_s, prefixEnd(number));
        binds.insert(u":order"_s, order);
        binds.insert(u":orderEnd"_s, prefixEnd(order));
    }
    return conditions.join(u" AND "_s);
}

ShipmentListQuery::TextMatch ShipmentListQuery::textMatch(
    const QSqlDatabase &db, const ShipmentFilter &filter)
{
    if (filter.text.trimmed().isEmpty())
        return TextMatch::Narrow;
    ShipmentFilter textOnly;
    textOnly.text = filter.text;
    QVariantMap binds;
    whereClause(textOnly, TextMatch::Narrow, sqlDialectOf(db), binds);
    // Counted on the two indexes alone, and only up to the threshold.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT (SELECT count(*) FROM (SELECT 1 FROM shipments WHERE tracking_number >= "
              ":number AND tracking_number < :numberEnd LIMIT %1) AS n) + (SELECT count(*) FROM "
              "(SELECT 1 FROM orders WHERE order_number >= :order AND order_number < :orderEnd "
              "LIMIT %1) AS o)"_s.arg(broadTextMatches));
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec() || !q.next())
        return TextMatch::Narrow;
    return q.value(0).toInt() >= broadTextMatches ? TextMatch::Broad : TextMatch::Narrow;
}

ShipmentListQuery::Statement ShipmentListQuery::pageStatement(const ShipmentFilter &filter,
    const ShipmentSort &sort, const QVariantList &after, int limit, qint64 nowMs, TextMatch match,
    SqlDialect dialect)
{
    Statement st;
    QString where = whereClause(filter, match, dialect, st.binds);
    QStringList keys = sortColumns(sort.key, dialect);
    keys << u"s.id"_s;
    if (after.size() == keys.size()) {
        QStringList marks;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const QString mark = u":after%1"_s.arg(i);
            marks << mark;
            st.binds.insert(mark, after[i]);
        }
        const QString keyset = u"("_s + keys.join(u", "_s)
            + (sort.descending ? u") < ("_s : u") > ("_s) + marks.join(u", "_s) + u')';
        where = where.isEmpty() ? keyset : where + u" AND "_s + keyset;
    }
    QStringList order;
    for (const QString &k : std::as_const(keys))
        order << k + (sort.descending ? u" DESC"_s : u""_s);
    st.sql = u"SELECT "_s + rowColumns()
        + u", (SELECT count(*) FROM problem_cases p WHERE p.shipment_id = s.id AND p.state != "
          "'resolved'), "_s
        + keys.join(u", "_s) + u" FROM shipments s LEFT JOIN orders o ON o.id = s.order_id"_s
        + (where.isEmpty() ? QString() : u" WHERE "_s + where) + u" ORDER BY "_s
        + order.join(u", "_s) + u" LIMIT %1"_s.arg(limit);
    st.binds.insert(u":now"_s, nowMs);
    return st;
}

ShipmentListQuery::Statement ShipmentListQuery::countStatement(
    const ShipmentFilter &filter, qint64 nowMs, TextMatch match, SqlDialect dialect)
{
    Statement st;
    const QString where = whereClause(filter, match, dialect, st.binds);
    st.sql = u"SELECT count(*) FROM shipments s"_s
        + (where.isEmpty() ? QString() : u" WHERE "_s + where);
    if (where.contains(u":now"))
        st.binds.insert(u":now"_s, nowMs);
    return st;
}

QString ShipmentListQuery::Statement::withLiterals() const
{
    QString text = sql;
    // Longest names first, so :numberEnd is not taken for :number.
    QStringList names = binds.keys();
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &name : std::as_const(names))
        text.replace(name, literal(binds.value(name)));
    return text;
}

namespace {

bool prepare(QSqlQuery &q, const ShipmentListQuery::Statement &st)
{
    if (!q.prepare(st.sql))
        return false;
    for (auto it = st.binds.cbegin(); it != st.binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    return true;
}

} // namespace

Result<QList<ShipmentListRow>> ShipmentListQuery::page(const QSqlDatabase &db,
    const ShipmentFilter &filter, const ShipmentSort &sort, const QVariantList &after, int limit,
    qint64 nowMs)
{
    const Statement st
        = pageStatement(filter, sort, after, limit, nowMs, textMatch(db, filter), sqlDialectOf(db));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepare(q, st) || !q.exec())
        return Error {tr("Cannot read the shipments: %1").arg(q.lastError().text())};
    const int keyColumns = int(sortColumns(sort.key, sqlDialectOf(db)).size()) + 1;
    QList<ShipmentListRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        ShipmentListRow r = rowFrom(q);
        r.openCases = q.value(rowColumnCount).toInt();
        for (int i = 0; i < keyColumns; ++i)
            r.sortKey << q.value(rowColumnCount + 1 + i);
        rows.append(std::move(r));
    }
    if (q.lastError().isValid())
        return Error {tr("Cannot read the shipments: %1").arg(q.lastError().text())};
    return rows;
}

Result<qint64> ShipmentListQuery::count(
    const QSqlDatabase &db, const ShipmentFilter &filter, qint64 nowMs)
{
    const Statement st = countStatement(filter, nowMs, textMatch(db, filter), sqlDialectOf(db));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepare(q, st) || !q.exec() || !q.next())
        return Error {tr("Cannot count the shipments: %1").arg(q.lastError().text())};
    return q.value(0).toLongLong();
}

} // namespace ParcelDesk
