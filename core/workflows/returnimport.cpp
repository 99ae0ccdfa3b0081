#include "returnimport.h"

#include "carriers/carrierregistry.h"
#include "domain/returncase.h"
#include "returnregistration.h"
#include "store/csvfile.h"
#include "store/returnpolicystore.h"
#include "store/returnrepository.h"
#include "store/writetransaction.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// More problems than this are counted, not listed: the first ones show what is wrong.
constexpr int listedProblems = 20;

struct Row
{
    int line = 0;
    ReturnLineRequest request;
    QString note;
    ReturnResolution resolution = ReturnResolution::Refund;
    qint64 registeredMs = 0;
    QString carrier;
    QString tracking;
};

struct Group
{
    QString orderNumber;
    qint64 orderId = 0;
    QString registered;
    QList<Row> rows;
    int rowCount = 0; // in the file, good or bad
    bool bad = false;
};

std::optional<qint64> parseMoment(const QString &text)
{
    const QDate day = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (day.isValid())
        return QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC); // a moment without a zone is read as UTC
    return at.toMSecsSinceEpoch();
}

} // namespace

Result<ReturnImportSummary> ReturnImport::run(const Database &db, const QString &path,
    const Options &options, const std::atomic_bool *cancel,
    const std::function<void(int, int)> &progress)
{
    const auto read = CsvFile::read(path,
        tr("its first line names the columns: order and reason, and any of line, sku, "
           "quantity, condition, resolution, note, registered, carrier, tracking."));
    if (!read)
        return read.error();
    const CsvFile &csv = *read;
    for (const QString &required : {u"order"_s, u"reason"_s}) {
        if (csv.column(required) < 0)
            return Error {tr("%1:%2: the header has no column \"%3\"; it needs order and reason, "
                             "separated by , or ;.")
                              .arg(path, QString::number(csv.headerLine), required)};
    }
    static const QStringList known = {u"order"_s, u"reason"_s, u"line"_s, u"sku"_s, u"quantity"_s,
        u"condition"_s, u"resolution"_s, u"note"_s, u"registered"_s, u"carrier"_s, u"tracking"_s};
    for (auto it = csv.columnOf.cbegin(); it != csv.columnOf.cend(); ++it) {
        if (!known.contains(it.key()))
            return Error {
                tr("%1: the column \"%2\" is not one ParcelDesk knows; use %3.")
                    .arg(csv.where(csv.headerLine, it.value()), it.key(), known.join(u", "_s))};
    }

    ReturnImportSummary summary;
    int unlisted = 0;
    const auto problem = [&](const QString &text) {
        if (summary.problems.size() < listedProblems)
            summary.problems << text;
        else
            ++unlisted;
    };

    ReturnRepository repo(db);
    QHash<QString, std::optional<ReturnableOrder>> orders; // by order number; none: not there
    QHash<QString, int> asked; // "order|line index" → quantity asked for in the file so far
    QList<Group> groups;
    QHash<QString, int> groupOf; // "order|registered" → index in groups
    for (const CsvRow &r : csv.rows) {
        const auto where = [&](const QString &column) {
            return csv.where(r.line, std::max(0, csv.column(column)));
        };
        const auto value = [&](const QString &column) { return csv.field(r, column); };
        const QString orderNumber = value(u"order"_s).toUpper();
        const QString registered = value(u"registered"_s);
        const QString key = orderNumber + u'|' + registered;
        if (!groupOf.contains(key)) {
            groupOf.insert(key, int(groups.size()));
            groups.append(Group {orderNumber, 0, registered, {}, 0, false});
        }
        Group &group = groups[groupOf.value(key)];
        ++group.rowCount;
        const auto bad = [&](const QString &text) {
            problem(text);
            group.bad = true;
        };
        if (r.unclosedQuoteField >= 0) {
            bad(tr("%1: the quote is never closed.").arg(csv.where(r.line, r.unclosedQuoteField)));
            continue;
        }
        if (r.fields.size() > csv.header.size()) {
            bad(tr("%1: the line has %2 fields, the header %3; a text with a comma needs quotes.")
                    .arg(csv.where(r.line, int(csv.header.size())))
                    .arg(r.fields.size())
                    .arg(csv.header.size()));
            continue;
        }
        if (orderNumber.isEmpty()) {
            bad(tr("%1: order: the order number is empty.").arg(where(u"order"_s)));
            continue;
        }
        if (!orders.contains(orderNumber)) {
            const auto id = repo.orderIdByNumber(orderNumber);
            const auto order = id ? repo.returnableOrder(*id) : Result<ReturnableOrder>(id.error());
            orders.insert(
                orderNumber, order ? std::optional<ReturnableOrder>(*order) : std::nullopt);
        }
        const std::optional<ReturnableOrder> &order = orders.value(orderNumber);
        if (!order) {
            bad(tr("%1: order: there is no order %2.").arg(where(u"order"_s), orderNumber));
            continue;
        }
        group.orderId = order->orderId;
        Row row;
        row.line = r.line;
        // Which line of the order: by number, by SKU, or the only one.
        const QString lineText = value(u"line"_s);
        const QString sku = value(u"sku"_s);
        int index = -1;
        if (!lineText.isEmpty()) {
            bool ok = false;
            index = lineText.toInt(&ok) - 1;
            if (!ok || index < 0 || index >= order->lines.size()) {
                bad(tr("%1: line: order %2 has lines 1 to %3, not \"%4\".")
                        .arg(where(u"line"_s), orderNumber)
                        .arg(order->lines.size())
                        .arg(lineText));
                continue;
            }
        } else if (!sku.isEmpty()) {
            for (int i = 0; i < order->lines.size() && index < 0; ++i) {
                if (order->lines.at(i).sku.compare(sku, Qt::CaseInsensitive) == 0)
                    index = i;
            }
            if (index < 0) {
                bad(tr("%1: sku: order %2 has no line with the SKU %3.")
                        .arg(where(u"sku"_s), orderNumber, sku));
                continue;
            }
        } else if (order->lines.size() == 1) {
            index = 0;
        } else {
            bad(tr("%1: order %2 has %3 lines; say which with the column line or sku.")
                    .arg(where(u"order"_s), orderNumber)
                    .arg(order->lines.size()));
            continue;
        }
        const ReturnableLine &line = order->lines.at(index);
        row.request.line = index;
        const QString quantityText = value(u"quantity"_s);
        bool quantityOk = true;
        row.request.quantity = quantityText.isEmpty() ? 1 : quantityText.toInt(&quantityOk);
        if (!quantityOk || row.request.quantity <= 0) {
            bad(tr("%1: quantity: \"%2\" is not a number of items (1 or more).")
                    .arg(where(u"quantity"_s), quantityText));
            continue;
        }
        row.request.reasonCode = value(u"reason"_s);
        bool reasonKnown = false;
        QStringList codes;
        for (const ReturnReason &reason : ReturnRepository::reasons(line.category)) {
            reasonKnown = reasonKnown || reason.code == row.request.reasonCode;
            codes << reason.code;
        }
        if (!reasonKnown) {
            bad(tr("%1: reason: \"%2\" is not a return reason for %3; use one of %4.")
                    .arg(where(u"reason"_s), row.request.reasonCode,
                        line.category.isEmpty() ? orderNumber : line.category,
                        codes.join(u", "_s)));
            continue;
        }
        const QString conditionText = value(u"condition"_s).toLower();
        const auto condition = conditionText.isEmpty() ? std::optional(ItemCondition::Unopened)
                                                       : itemConditionFromString(conditionText);
        if (!condition) {
            bad(tr("%1: condition: \"%2\" is not unopened, opened, used or damaged.")
                    .arg(where(u"condition"_s), conditionText));
            continue;
        }
        row.request.condition = *condition;
        const QString resolutionText = value(u"resolution"_s).toLower();
        const auto resolution = resolutionText.isEmpty()
            ? std::optional(ReturnResolution::Refund)
            : returnResolutionFromString(resolutionText);
        if (!resolution) {
            bad(tr("%1: resolution: \"%2\" is not refund or exchange.")
                    .arg(where(u"resolution"_s), resolutionText));
            continue;
        }
        row.resolution = *resolution;
        row.note = value(u"note"_s);
        if (registered.isEmpty()) {
            row.registeredMs = options.nowMs;
        } else {
            const auto at = parseMoment(registered);
            if (!at || *at > options.nowMs) {
                bad(tr("%1: registered: \"%2\" is not a past day like 2026-11-20 or a moment "
                       "like 2026-11-20T14:30:00Z.")
                        .arg(where(u"registered"_s), registered));
                continue;
            }
            row.registeredMs = *at;
        }
        row.carrier = value(u"carrier"_s).toLower();
        row.tracking = value(u"tracking"_s);
        if (!row.tracking.isEmpty() && !carrierAdapter(row.carrier)) {
            bad(tr("%1: carrier: \"%2\" is not a carrier ParcelDesk tracks; the tracking "
                   "number needs one.")
                    .arg(where(u"carrier"_s), row.carrier));
            continue;
        }
        if (row.tracking.isEmpty() && !row.carrier.isEmpty()) {
            bad(tr("%1: tracking: a carrier without the return parcel's tracking number.")
                    .arg(where(u"tracking"_s)));
            continue;
        }
        // Counted last, so a row refused for another reason does not use up the quantity.
        int &soFar = asked[orderNumber + u'|' + QString::number(index)];
        soFar += row.request.quantity;
        if (soFar > line.returnable()) {
            bad(tr("%1: quantity: %2 of %3 asked for in the file, but only %4 can still be "
                   "returned.")
                    .arg(where(u"quantity"_s))
                    .arg(soFar)
                    .arg(line.description.isEmpty() ? orderNumber : line.description)
                    .arg(line.returnable()));
            continue;
        }
        group.rows.append(row);
    }
    if (unlisted > 0)
        summary.problems << tr("…and %n more problem(s).", nullptr, unlisted);

    const bool anyBad
        = std::any_of(groups.cbegin(), groups.cend(), [](const Group &g) { return g.bad; });
    if (options.dryRun) {
        for (const Group &g : std::as_const(groups)) {
            if (g.bad) {
                summary.skippedRows += g.rowCount;
            } else if (!g.rows.isEmpty()) {
                ++summary.returns;
                summary.lines += int(g.rows.size());
            }
        }
        return summary;
    }
    if (anyBad && !options.skipBad) {
        QStringList lines = summary.problems;
        lines.prepend(tr("Nothing was imported from %1:").arg(path));
        return Error {lines.join(u'\n')};
    }
    if (csv.rows.isEmpty())
        return Error {tr("%1: there are no returns in the file, only its header.").arg(path)};

    WriteTransaction tx(db.connection());
    if (!tx.isOpen())
        return Error {tr("Cannot import the returns: %1").arg(tx.error())};
    const auto policy = ReturnPolicyStore::load(db);
    if (!policy)
        return policy.error();
    int done = 0;
    const int total = int(groups.size());
    for (const Group &g : std::as_const(groups)) {
        if (cancel && *cancel)
            return Error {tr("The import was cancelled; nothing was imported.")};
        if (progress)
            progress(done, total);
        ++done;
        if (g.bad) {
            summary.skippedRows += g.rowCount;
            for (const Row &r : g.rows)
                summary.problems << tr("%1:%2: skipped with its return: another row of order "
                                       "%3's return is bad.")
                                        .arg(path)
                                        .arg(r.line)
                                        .arg(g.orderNumber);
            continue;
        }
        if (g.rows.isEmpty())
            continue;
        QList<ReturnLineRequest> lines;
        QStringList notes;
        for (const Row &r : g.rows) {
            lines << r.request;
            if (!r.note.isEmpty() && !notes.contains(r.note))
                notes << r.note;
        }
        const Row &first = g.rows.first();
        const auto registered
            = ReturnRegistration::registerWithinTransaction(db, *policy, g.orderId, lines,
                notes.join(u"; "_s), first.resolution, options.actor, first.registeredMs);
        if (!registered)
            return Error {
                tr("%1:%2: %3").arg(path).arg(first.line).arg(registered.error().message)};
        ++summary.returns;
        summary.lines += int(lines.size());
        switch (registered->ret.outcome) {
        case ReturnOutcome::Accept:
            ++summary.accepted;
            break;
        case ReturnOutcome::Review:
            ++summary.review;
            break;
        case ReturnOutcome::KeepIt:
            ++summary.keep;
            break;
        case ReturnOutcome::Refuse:
            ++summary.refused;
            break;
        }
        if (!first.tracking.isEmpty() && registered->ret.outcome == ReturnOutcome::Accept) {
            if (const Outcome labelled = repo.issueLabelWithinTransaction(registered->ret.id,
                    first.carrier, first.tracking, options.actor, first.registeredMs);
                !labelled)
                return Error {
                    tr("%1:%2: %3").arg(path).arg(first.line).arg(labelled.error().message)};
            ++summary.labels;
        }
    }
    QSqlQuery q(db.connection());
    q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, detail) "
              "VALUES (?, ?, 'imported', 'return', ?)"_s);
    q.addBindValue(options.nowMs);
    q.addBindValue(options.actor);
    q.addBindValue(u"%1 returns from %2, %3 rows skipped"_s.arg(summary.returns)
                       .arg(path.section(u'/', -1))
                       .arg(summary.skippedRows));
    if (!q.exec())
        return Error {tr("Cannot import the returns: %1").arg(q.lastError().text())};
    if (cancel && *cancel)
        return Error {tr("The import was cancelled; nothing was imported.")};
    if (!tx.commit())
        return Error {tr("Cannot import the returns: %1").arg(tx.error())};
    if (progress)
        progress(total, total);
    return summary;
}

} // namespace ParcelDesk
