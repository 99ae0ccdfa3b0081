#include "etaevaluation.h"

#include <QDateTime>
#include <QFile>
#include <QHash>

#include <zlib.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

constexpr qint64 msPerDay = 86'400'000;

// Lines of a plain or gzip-compressed text file (zlib reads both).
class LineReader
{
public:
    explicit LineReader(const QString &path)
        : m_file(gzopen(QFile::encodeName(path).constData(), "rb"))
    { }
    ~LineReader()
    {
        if (m_file)
            gzclose(m_file);
    }
    LineReader(const LineReader &) = delete;
    LineReader &operator=(const LineReader &) = delete;

    bool isOpen() const { return m_file != nullptr; }
    bool next(QByteArray &line)
    {
        line.clear();
        char buffer[4096];
        while (gzgets(m_file, buffer, int(sizeof buffer))) {
            line.append(buffer);
            if (line.endsWith('\n')) {
                line.chop(line.endsWith("\r\n") ? 2 : 1);
                return true;
            }
        }
        return !line.isEmpty();
    }

private:
    gzFile m_file;
};

// Fields of one CSV line; quotes are honoured though Olist's files have none.
QList<QByteArray> fields(const QByteArray &line)
{
    QList<QByteArray> out;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field.append('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.append(field);
            field.clear();
        } else {
            field.append(c);
        }
    }
    out.append(field);
    return out;
}

QString findFile(const QString &dir, const QString &base)
{
    const QStringList candidates
        = {dir + u'/' + base + u".csv.gz"_s, dir + u'/' + base + u".csv"_s};
    for (const QString &candidate : candidates) {
        if (QFile::exists(candidate))
            return candidate;
    }
    return {};
}

// "2017-10-02 10:56:33" as wall-clock milliseconds.
std::optional<qint64> wallMs(const QByteArray &text)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(text), u"yyyy-MM-dd HH:mm:ss"_s);
    if (!t.isValid())
        return std::nullopt;
    QDateTime utc(t.date(), t.time(), Qt::UTC);
    return utc.toMSecsSinceEpoch();
}

QDate dayOf(qint64 wallMs)
{
    return QDateTime::fromMSecsSinceEpoch(wallMs, Qt::UTC).date();
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct Accumulator
{
    double absError = 0;
    int within = 0;
    int late = 0;
    QList<double> leads;
    int n = 0;

    void add(const OlistOrder &o, qint64 mostLikelyMs, qint64 promiseMs)
    {
        absError += std::abs(double(o.deliveredMs - mostLikelyMs)) / double(msPerDay);
        if (std::abs(dayOf(mostLikelyMs).daysTo(dayOf(o.deliveredMs))) <= 1)
            ++within;
        if (dayOf(o.deliveredMs) > dayOf(promiseMs))
            ++late;
        leads.append(double(dayOf(o.purchaseMs).daysTo(dayOf(promiseMs))));
        ++n;
    }
    EtaScores scores() const
    {
        EtaScores s;
        s.orders = n;
        if (n == 0)
            return s;
        s.maeDays = absError / n;
        s.within1Day = double(within) / n;
        s.lateRate = double(late) / n;
        s.medianLeadDays = median(leads);
        return s;
    }
};

} // namespace

Result<QList<OlistOrder>> EtaEvaluator::readOlist(const QString &dir)
{
    const QString customersPath = findFile(dir, u"olist_customers_dataset"_s);
    const QString ordersPath = findFile(dir, u"olist_orders_dataset"_s);
    if (customersPath.isEmpty() || ordersPath.isEmpty())
        return Error {tr("%1: olist_orders_dataset.csv(.gz) and olist_customers_dataset.csv(.gz) "
                         "are needed there.")
                          .arg(dir)};
    struct Place
    {
        QString state;
        QString zip;
    };
    QHash<QByteArray, Place> customers;
    {
        LineReader in(customersPath);
        if (!in.isOpen())
            return Error {tr("%1: cannot open.").arg(customersPath)};
        QByteArray line;
        in.next(line);
        const QList<QByteArray> header = fields(line);
        const qsizetype id = header.indexOf("customer_id");
        const qsizetype zip = header.indexOf("customer_zip_code_prefix");
        const qsizetype state = header.indexOf("customer_state");
        if (id < 0 || zip < 0 || state < 0)
            return Error {tr("%1, line 1: customer_id, customer_zip_code_prefix and customer_state "
                             "columns are needed.")
                              .arg(customersPath)};
        int lineNumber = 1;
        while (in.next(line)) {
            ++lineNumber;
            const QList<QByteArray> f = fields(line);
            if (f.size() != header.size())
                return Error {tr("%1, line %2: %3 fields, the header has %4.")
                                  .arg(customersPath)
                                  .arg(lineNumber)
                                  .arg(f.size())
                                  .arg(header.size())};
            customers.insert(f[id],
                {QString::fromUtf8(f[state]), QString::fromUtf8(f[zip]).rightJustified(5, u'0')});
        }
    }

    LineReader in(ordersPath);
    if (!in.isOpen())
        return Error {tr("%1: cannot open.").arg(ordersPath)};
    QByteArray line;
    in.next(line);
    const QList<QByteArray> header = fields(line);
    const QList<QByteArray> needed = {"customer_id", "order_status", "order_purchase_timestamp",
        "order_approved_at", "order_delivered_carrier_date", "order_delivered_customer_date",
        "order_estimated_delivery_date"};
    QList<qsizetype> at;
    for (const QByteArray &name : needed) {
        at.append(header.indexOf(name));
        if (at.last() < 0)
            return Error {tr("%1, line 1: the column %2 is missing.")
                              .arg(ordersPath, QString::fromLatin1(name))};
    }
    QList<OlistOrder> orders;
    int lineNumber = 1;
    while (in.next(line)) {
        ++lineNumber;
        const QList<QByteArray> f = fields(line);
        if (f.size() != header.size())
            return Error {tr("%1, line %2: %3 fields, the header has %4.")
                              .arg(ordersPath)
                              .arg(lineNumber)
                              .arg(f.size())
                              .arg(header.size())};
        if (f[at[1]] != "delivered")
            continue;
        bool complete = true;
        qint64 times[5] = {};
        for (int i = 0; i < 5; ++i) {
            const QByteArray &text = f[at[2 + i]];
            if (text.isEmpty()) {
                complete = false;
                break;
            }
            const auto ms = wallMs(text);
            if (!ms)
                return Error {
                    tr("%1, line %2: %3 \"%4\" is not yyyy-MM-dd HH:mm:ss.")
                        .arg(ordersPath)
                        .arg(lineNumber)
                        .arg(QString::fromLatin1(needed[2 + i]), QString::fromLatin1(text))};
            times[i] = *ms;
        }
        if (!complete)
            continue;
        const auto customer = customers.constFind(f[at[0]]);
        if (customer == customers.cend())
            return Error {tr("%1, line %2: customer %3 is not in %4.")
                              .arg(ordersPath)
                              .arg(lineNumber)
                              .arg(QString::fromLatin1(f[at[0]]), customersPath)};
        orders.append(
            {times[0], times[1], times[2], times[3], times[4], customer->state, customer->zip});
    }
    return orders;
}

TransitFacts EtaEvaluator::factsOf(const OlistOrder &o)
{
    TransitFacts f;
    f.originCountry = u"BR"_s;
    f.destinationCountry = u"BR"_s;
    f.destinationRegion = o.state;
    f.destinationArea = o.state + u'-' + o.zipPrefix.left(3);
    f.promisedLeadDays = int(dayOf(o.purchaseMs).daysTo(dayOf(o.estimatedMs)));
    return f;
}

EtaEvaluation EtaEvaluator::evaluate(const QList<OlistOrder> &orders, QDate split,
    const TransitModelOptions &options, const std::function<bool(int, int)> &progress)
{
    TransitModel model(options);
    const qint64 splitMs = QDateTime(split, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    EtaEvaluation e;
    for (const OlistOrder &o : orders) {
        if (o.purchaseMs >= splitMs)
            continue;
        const TransitFacts facts = factsOf(o);
        model.add(facts, TransitStage::Ordered, o.purchaseMs, o.deliveredMs);
        model.add(facts, TransitStage::HandedOver, o.handoverMs, o.deliveredMs);
        ++e.trainOrders;
    }
    Accumulator oursPurchase, oursHandover, olistPurchase, olistHandover;
    int done = 0;
    const int total = int(orders.size());
    for (const OlistOrder &o : orders) {
        ++done;
        if (progress && done % 5000 == 0 && !progress(done, total))
            break;
        if (o.purchaseMs < splitMs)
            continue;
        const TransitFacts facts = factsOf(o);
        // Olist's estimate is a date: as a time, its midnight, as the dataset stores it.
        olistPurchase.add(o, o.estimatedMs, o.estimatedMs);
        olistHandover.add(o, o.estimatedMs, o.estimatedMs);
        if (const auto p = model.predict(facts, TransitStage::Ordered, o.purchaseMs))
            oursPurchase.add(o, p->mostLikelyMs, p->promiseMs);
        // A hand-over recorded before the purchase (165 orders) is read as at the purchase.
        const qint64 handover = std::max(o.handoverMs, o.purchaseMs);
        if (const auto p = model.predict(facts, TransitStage::HandedOver, handover))
            oursHandover.add(o, p->mostLikelyMs, p->promiseMs);
        ++e.testOrders;
    }
    e.atPurchase = {oursPurchase.scores(), olistPurchase.scores()};
    e.atHandover = {oursHandover.scores(), olistHandover.scores()};
    return e;
}

} // namespace ParcelDesk
