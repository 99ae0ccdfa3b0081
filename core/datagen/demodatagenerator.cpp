#include "demodatagenerator.h"

#include "demovocabulary.h"
#include "domain/problemcase.h"
#include "domain/returncase.h"
#include "domain/shipment.h"
#include "domain/statustext.h"
#include "domain/trackingevent.h"
#include "rules/claimwindows.h"
#include "rules/problemcaserunner.h"
#include "store/database.h"
#include "store/returnpolicystore.h"
#include "store/returnrepository.h"
#include "store/sqlitestatement.h"
#include "store/writetransaction.h"
#include "utcoffsettable.h"
#include "workflows/returnregistration.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <vector>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

using namespace Demo;

constexpr qint64 msPerMinute = 60'000;
constexpr qint64 msPerHour = 3'600'000;
constexpr qint64 msPerDay = 86'400'000;
constexpr int historyDays = 90;

// xoshiro256** seeded by splitmix64: the same numbers on every platform and compiler.
class Random
{
public:
    explicit Random(quint64 seed)
    {
        for (quint64 &s : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            s = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    int below(int n) { return int(uniform() * n); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        const double u1 = std::max(uniform(), 1e-12);
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * uniform());
    }
    template<typename T>
    int pickWeighted(const T &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = uniform() * total;
        int i = 0;
        for (double w : weights) {
            if (x < w)
                return i;
            x -= w;
            ++i;
        }
        return i - 1;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_state[4];
};

bool isWeekend(qint64 localDay)
{
    const qint64 weekday = ((localDay + 3) % 7 + 7) % 7; // 1970-01-01 was a Thursday; Monday = 0
    return weekday >= 5;
}

qint64 addBusinessDays(qint64 day, int n)
{
    while (n > 0) {
        ++day;
        if (!isWeekend(day))
            --n;
    }
    return day;
}

qint64 nextBusinessDay(qint64 day)
{
    return addBusinessDays(day, 1);
}

struct CustomerInfo
{
    qint64 id;
    int country;
    int city;
    QString postcode;
};

struct Lane
{
    int origin;
    int destination;
};

// Standard business days a carrier promises on a lane, and how widely real transit varies.
struct TransitProfile
{
    int promiseDays;
    double sigma;
};

TransitProfile transitProfile(int carrierIndex, int origin, int destination)
{
    const bool domestic = origin == destination;
    const bool intercontinental = (origin == US) != (destination == US);
    if (intercontinental)
        return {carrierIndex == Fedex ? 4 : 6, 0.35};
    if (domestic && origin == US)
        return {carrierIndex == Usps ? 4 : 3, 0.40};
    if (domestic)
        return {carrierIndex == Dhl ? 2 : 3, 0.45};
    return {carrierIndex == Ups ? 3 : 4, 0.40};
}

struct PlannedEvent
{
    qint64 atMs;
    Step step;
    int zone; // index into the offset tables
    QString location;
};

enum class Outcome {
    Normal,
    NeverScanned,
    Lost,
    Damaged,
    AddressIssue,
    Delay,
    FailedThenDelivered,
    FailedThenPickup,
    FailedThenReturned,
};

struct Categories
{
    const char16_t *name;
    double orderShare;
    double returnRate;
};
constexpr Categories categories[] = {
    {u"fashion", 0.40, 0.20},
    {u"electronics", 0.15, 0.06},
    {u"home", 0.15, 0.04},
    {u"beauty", 0.10, 0.02},
    {u"sports", 0.10, 0.07},
    {u"books", 0.10, 0.02},
};
// What each category's orders contain: a name and a typical price in euros.
struct Product
{
    const char16_t *name;
    double euros;
};
constexpr Product fashionProducts[] = {{u"T-shirt", 19}, {u"Jeans", 59}, {u"Jacket", 129},
    {u"Sneakers", 89}, {u"Dress", 69}, {u"Socks (3 pairs)", 12}, {u"Knit sweater", 65}};
constexpr Product electronicsProducts[] = {{u"Headphones", 149}, {u"Phone case", 19},
    {u"USB-C charger", 29}, {u"Tablet", 399}, {u"Smartwatch", 249}, {u"Bluetooth speaker", 79}};
constexpr Product homeProducts[] = {{u"Table lamp", 59}, {u"Cushion cover", 15},
    {u"Saucepan set", 89}, {u"Bath towels", 35}, {u"Wall clock", 39}};
constexpr Product beautyProducts[]
    = {{u"Face cream", 29}, {u"Perfume", 65}, {u"Hair dryer", 49}, {u"Lipstick", 18}};
constexpr Product sportsProducts[] = {{u"Running shoes", 119}, {u"Yoga mat", 35},
    {u"Water bottle", 15}, {u"Cycling jacket", 99}, {u"Dumbbells", 45}};
constexpr Product bookProducts[]
    = {{u"Novel", 14}, {u"Cookbook", 29}, {u"Travel guide", 19}, {u"Children's book", 12}};
struct ProductList
{
    const Product *products;
    int size;
};
constexpr ProductList productsByCategory[] = {{fashionProducts, int(std::size(fashionProducts))},
    {electronicsProducts, int(std::size(electronicsProducts))},
    {homeProducts, int(std::size(homeProducts))}, {beautyProducts, int(std::size(beautyProducts))},
    {sportsProducts, int(std::size(sportsProducts))}, {bookProducts, int(std::size(bookProducts))}};

constexpr const char16_t *fashionReasons[] = {u"size_too_small", u"size_too_large",
    u"not_as_pictured", u"quality", u"changed_mind", u"wrong_item", u"damaged"};
constexpr const char16_t *otherReasons[] = {
    u"defective", u"not_as_described", u"changed_mind", u"wrong_item", u"damaged", u"arrived_late"};

class Seeder
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::DemoDataGenerator)

public:
    Seeder(sqlite3 *db, const DemoSeedOptions &options)
        : m_db(db)
        , m_options(options)
        , m_rng(options.seed)
        , m_wismoRng(options.seed ^ 0x5749534d4fULL)
        , m_itemRng(options.seed ^ 0x4954454d53ULL)
        , m_now(options.nowMs)
    {
        const qint64 from = m_now - (historyDays + 40) * msPerDay;
        const qint64 to = m_now + 60 * msPerDay;
        for (int c = 0; c < CountryCount; ++c) {
            for (const City &city : country(c).cities) {
                if (!m_zoneIndex.contains(QByteArray(city.timeZone))) {
                    m_zoneIndex.insert(QByteArray(city.timeZone), int(m_zones.size()));
                    m_zones.emplace_back(QByteArray(city.timeZone), from, to);
                    if (!m_zones.back().isValid() && m_error.isEmpty()) {
                        m_error = tr("The time zone %1 is unknown to this system; install the "
                                     "tzdata package.")
                                      .arg(QString::fromLatin1(city.timeZone));
                    }
                }
            }
        }
    }

    QString prepare()
    {
        if (!m_error.isEmpty())
            return m_error;
        m_insCustomer = SqliteStatement(m_db,
            u"INSERT INTO customers (id, external_ref, name, email, "
            "phone, language, country, postcode, city, time_zone, "
            "created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        m_insOrder = SqliteStatement(m_db,
            u"INSERT INTO orders (id, order_number, customer_id, "
            "placed_at, currency, total_cents, category) "
            "VALUES (?,?,?,?,?,?,?)");
        m_insShipment = SqliteStatement(m_db,
            u"INSERT INTO shipments (id, order_id, carrier, tracking_number, service, direction, "
            "origin_country, dest_country, dest_postcode, status_tag, sub_status, status_at, "
            "shipped_at, last_event_at, promised_at, delivered_at, next_poll_at, created_at, "
            "failed_attempts) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        m_insEvent = SqliteStatement(m_db,
            u"INSERT INTO tracking_events (shipment_id, occurred_at, utc_offset_min, "
            "carrier_code, carrier_text, location, status_tag, sub_status, milestone, unmapped, "
            "identity, received_at) VALUES (?,?,?,?,?,?,?,?,?,0,?,?) "
            "ON CONFLICT (shipment_id, identity) DO NOTHING");
        m_insCase = SqliteStatement(m_db,
            u"INSERT INTO problem_cases (shipment_id, kind, state, priority, opened_at, due_at, "
            "resolved_at, resolution_code, updated_at, claim_due_at, details) "
            "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,COALESCE(?7,?5),?9,?10)");
        m_insReturn = SqliteStatement(m_db,
            u"INSERT INTO returns (order_id, shipment_id, rma, reason_code, state, created_at, "
            "received_at, grade, disposition, customer_note, warehouse, dropped_off_at, "
            "arrived_at, graded_at, reusable_packaging, resolution, settlement, refund_cents, "
            "settled_at, updated_at) VALUES ("
            "?1,?2,?3,?4,?5,?6,?7,nullif(?8, ''),?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20)");
        m_insItem = SqliteStatement(m_db,
            u"INSERT INTO order_items (order_id, line, sku, description, quantity, "
            "unit_price_cents) VALUES (?,?,?,?,?,?)");
        m_insReturnItem = SqliteStatement(m_db,
            u"INSERT INTO return_items (return_id, order_item_id, sku, description, category, "
            "quantity, unit_price_cents, reason_code, condition, grade, disposition) "
            "SELECT last_insert_rowid(), id, sku, description, ?2, 1, unit_price_cents, ?3, ?4, "
            "nullif(?5, ''), ?6 FROM order_items WHERE order_id = ?1 AND line = 1");
        m_insMessage = SqliteStatement(m_db,
            u"INSERT INTO messages (customer_id, shipment_id, channel, language, kind, state, "
            "subject, body, created_at, sent_at, recipient, idempotency_key) VALUES (?1, ?2, ?3, "
            "?4, 'delay_notice', 'sent', ?5, ?6, ?7, ?8, (SELECT email FROM customers WHERE id = "
            "?1), 'demo-' || ?2)");
        m_insToldParcel = SqliteStatement(m_db,
            u"INSERT OR IGNORE INTO message_parcels (message_id, shipment_id, status) "
            "SELECT last_insert_rowid(), id, status_tag || '/' || sub_status FROM shipments "
            "WHERE id = ?");
        m_insContact = SqliteStatement(m_db,
            u"INSERT INTO contacts (shipment_id, order_id, channel, reason, outcome, agent, "
            "occurred_at) VALUES (?,?,?,?,'answered',?,?)");
        m_insOption = SqliteStatement(m_db,
            u"INSERT INTO delivery_options (shipment_id, option, eligibility, updated_at) "
            "VALUES (?,?,?,?)");
        for (const SqliteStatement *s : {&m_insCustomer, &m_insOrder, &m_insShipment, &m_insEvent,
                 &m_insCase, &m_insReturn, &m_insItem, &m_insReturnItem, &m_insMessage,
                 &m_insToldParcel, &m_insContact, &m_insOption}) {
            if (!s->isValid())
                return s->prepareError();
        }
        return {};
    }

    // Generates one order with at most maxParcels parcels; returns how many it wrote.
    int addOrder(qint64 maxParcels)
    {
        const CustomerInfo customer = pickCustomer();
        m_customerId = customer.id;
        const qint64 orderId = ++m_summary.orders;
        const int category = m_rng.pickWeighted(categoryWeights());

        // Shipping dates spread over the history window, fewer at weekends, more recently.
        qint64 shippedAt;
        do {
            const double age = std::pow(m_rng.uniform(), 1.15) * historyDays * msPerDay;
            shippedAt = m_now - qint64(age);
        } while (isWeekend(shippedAt / msPerDay) && m_rng.chance(0.8));
        const qint64 placedAt = shippedAt - m_rng.between(2, 40) * msPerHour;

        // Drawn as before the orders had lines, so the rest of the demo stays as it was; the
        // total is now what the lines add up to.
        (void)m_rng.normal();
        const std::vector<PlannedLine> items = planItems(category);
        bind(m_insOrder, orderId, u"PD-%1"_s.arg(orderId + 1'000'000, 8, 10, QChar(u'0')),
            customer.id, placedAt, customer.country == US ? u"USD"_s : u"EUR"_s, totalOf(items),
            QString::fromUtf16(categories[category].name));
        m_insOrder.step();
        if (m_insOrder.failed())
            m_error = m_insOrder.error();
        addItems(orderId, category, items);

        const int origin = pickOrigin(customer.country);
        const int carrierIndex = pickCarrier(origin, customer.country);
        const int parcels = m_rng.chance(0.07) && maxParcels > 1 ? 2 : 1;
        for (int p = 0; p < parcels; ++p) {
            const qint64 at = shippedAt + qint64(p) * m_rng.between(0, 20) * msPerMinute;
            const auto delivered = addOutbound(orderId, customer, origin, carrierIndex, at);
            if (delivered && p == 0 && m_rng.chance(categories[category].returnRate))
                addReturn(orderId, customer, origin, category, *delivered);
        }
        return parcels;
    }

    const DemoSeedSummary &summary() const { return m_summary; }
    QString error() const { return m_error; }

private:
    static const std::array<double, std::size(categories)> &categoryWeights()
    {
        static const auto weights = [] {
            std::array<double, std::size(categories)> w {};
            for (size_t i = 0; i < w.size(); ++i)
                w[i] = categories[i].orderShare;
            return w;
        }();
        return weights;
    }

    template<typename... Args>
    static void bind(SqliteStatement &st, const Args &...args)
    {
        st.reset();
        int i = 0;
        (bindOne(st, ++i, args), ...);
    }
    static void bindOne(SqliteStatement &st, int i, qint64 v) { st.bind(i, v); }
    static void bindOne(SqliteStatement &st, int i, int v) { st.bind(i, qint64(v)); }
    static void bindOne(SqliteStatement &st, int i, const QString &v)
    {
        st.bind(i, QStringView(v));
    }
    static void bindOne(SqliteStatement &st, int i, const std::optional<qint64> &v)
    {
        st.bind(i, v);
    }

    void check(SqliteStatement &st)
    {
        if (st.failed() && m_error.isEmpty())
            m_error = st.error();
    }

    int zoneOf(int countryIndex, int city) const
    {
        return m_zoneIndex.value(QByteArray(country(countryIndex).cities[size_t(city)].timeZone));
    }

    CustomerInfo pickCustomer()
    {
        if (!m_customers.empty() && m_rng.chance(0.38))
            return m_customers[size_t(m_rng.below(int(m_customers.size())))];

        static constexpr std::array<double, CountryCount> shares
            = {0.45, 0.10, 0.10, 0.10, 0.08, 0.17};
        const int c = m_rng.pickWeighted(shares);
        const Country &ctry = country(c);
        const int cityIndex = m_rng.below(int(ctry.cities.size()));
        const City &city = ctry.cities[size_t(cityIndex)];
        const QString first
            = QString::fromUtf16(ctry.firstNames[size_t(m_rng.below(int(ctry.firstNames.size())))]);
        const QString last
            = QString::fromUtf16(ctry.lastNames[size_t(m_rng.below(int(ctry.lastNames.size())))]);
        const qint64 id = qint64(m_customers.size()) + 1;
        // One draw per statement: the order of evaluation of arguments is unspecified.
        const int postcodeNumber = m_rng.between(city.postcodeFrom, city.postcodeTo);
        const quint64 postcodeLetters = m_rng.next();
        CustomerInfo info {id, c, cityIndex, formatPostcode(c, postcodeNumber, postcodeLetters)};
        static constexpr const char16_t *domains[]
            = {u"mail.example", u"post.example", u"web.example"};
        const QString email = asciiFold(first) + u'.' + asciiFold(last) + QString::number(id % 997)
            + u'@' + QString::fromUtf16(domains[id % 3]);
        QString phone = QString::fromUtf16(ctry.phonePrefix) + u' ';
        if (c == US) {
            const int area = m_rng.between(201, 989);
            const int line = m_rng.between(100, 9999);
            phone += u"%1 555 %2"_s.arg(area).arg(line, 4, 10, QChar(u'0'));
        } else {
            const int prefix = m_rng.between(151, 179);
            const int number = m_rng.between(1000000, 9999999);
            phone += u"%1 %2"_s.arg(prefix).arg(number);
        }
        bind(m_insCustomer, id, u"C%1"_s.arg(id, 7, 10, QChar(u'0')), first + u' ' + last, email,
            phone, QString::fromUtf16(ctry.language), QString::fromUtf16(ctry.code), info.postcode,
            QString::fromUtf16(city.name), QString::fromLatin1(city.timeZone),
            m_now - historyDays * msPerDay - m_rng.between(0, 700) * msPerDay);
        m_insCustomer.step();
        check(m_insCustomer);
        m_customers.push_back(info);
        ++m_summary.customers;
        return info;
    }

    int pickOrigin(int destination)
    {
        if (destination == US)
            return m_rng.chance(0.7) ? US : DE;
        const double u = m_rng.uniform();
        return u < 0.82 ? DE : (u < 0.92 ? NL : PL);
    }

    int pickCarrier(int origin, int destination)
    {
        if (origin == US && destination == US)
            return m_rng.pickWeighted(std::array<double, 3> {0.0, 0.30, 0.25}) == 1
                ? Ups
                : (m_rng.chance(0.62) ? Usps : Fedex);
        if (origin == US || destination == US)
            return std::array {Dhl, Ups, Fedex}[size_t(m_rng.below(3))];
        const double u = m_rng.uniform();
        if (origin == DE && destination == DE)
            return u < 0.55 ? Dhl : (u < 0.75 ? Dpd : (u < 0.90 ? Gls : Ups));
        return u < 0.40 ? Dhl : (u < 0.65 ? Dpd : (u < 0.85 ? Gls : Ups));
    }

    QString trackingNumber(int carrierIndex, qint64 shipmentId)
    {
        const Carrier &c = carrier(carrierIndex);
        // The id in the low digits keeps numbers unique; the rest looks like a carrier's number.
        const int idDigits = 8;
        const int randomDigits = c.trackingDigits - idDigits;
        QString number = QString::fromUtf16(c.trackingPrefix);
        if (carrierIndex == Ups) {
            static constexpr char16_t alnum[] = u"0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
            for (int i = 0; i < 6; ++i)
                number += QChar(alnum[m_rng.below(33)]);
            number += u"%1"_s.arg(shipmentId, c.trackingDigits - 6, 10, QChar(u'0'));
            return number;
        }
        for (int i = 0; i < randomDigits; ++i)
            number += QChar(u'0' + m_rng.below(10));
        number += u"%1"_s.arg(shipmentId, idDigits, 10, QChar(u'0'));
        return number;
    }

    QString cityName(int countryIndex, int city) const
    {
        return QString::fromUtf16(country(countryIndex).cities[size_t(city)].name) + u", "
            + QString::fromUtf16(country(countryIndex).code);
    }

    QString hubName(int countryIndex)
    {
        const auto list = hubs(countryIndex);
        return QString::fromUtf16(list[size_t(m_rng.below(int(list.size())))].name) + u", "
            + QString::fromUtf16(country(countryIndex).code);
    }

    // Plans a parcel's whole journey, writes what has happened by now, and returns the delivery
    // time if it was delivered to the customer.
    std::optional<qint64> addOutbound(qint64 orderId, const CustomerInfo &customer, int origin,
        int carrierIndex, qint64 shippedAt)
    {
        const int originCity = m_rng.below(int(country(origin).cities.size()));
        const int originZone = zoneOf(origin, originCity);
        const int destZone = zoneOf(customer.country, customer.city);
        const int destination = customer.country;
        const UtcOffsetTable &oz = m_zones[size_t(originZone)];
        const UtcOffsetTable &dz = m_zones[size_t(destZone)];

        const TransitProfile profile = transitProfile(carrierIndex, origin, destination);
        // Real transit is skewed: most parcels meet the promise, about 8 % miss it.
        const double mu = std::log(double(profile.promiseDays) - 0.3) - 1.6 * profile.sigma;
        const int transitDays
            = std::max(1, int(std::lround(std::exp(mu + profile.sigma * m_rng.normal()))));

        Outcome outcome = Outcome::Normal;
        const double u = m_rng.uniform();
        if (u < 0.010)
            outcome = Outcome::NeverScanned;
        else if (u < 0.013)
            outcome = Outcome::Lost;
        else if (u < 0.031)
            outcome = Outcome::Damaged;
        else if (u < 0.049)
            outcome = Outcome::AddressIssue;
        else if (u < 0.064)
            outcome = Outcome::Delay;
        else if (u < 0.094)
            outcome = Outcome::FailedThenDelivered;
        else if (u < 0.118)
            outcome = Outcome::FailedThenPickup;
        else if (u < 0.124)
            outcome = Outcome::FailedThenReturned;

        const bool german = carrierIndex == Dhl && origin == DE;
        std::vector<PlannedEvent> plan;
        plan.reserve(14);
        const QString originName = cityName(origin, originCity);
        const QString destName = cityName(destination, customer.city);
        plan.push_back({shippedAt, Step::LabelCreated, originZone, originName});

        const qint64 shipDay = oz.localDayOf(shippedAt);
        const qint64 promiseDay = addBusinessDays(shipDay, profile.promiseDays);
        const qint64 promisedAt = dz.utcFromLocal(promiseDay, 20 * 60);

        // Plans the parcel's events after the label; returns early where the journey ends.
        [&] {
            if (outcome == Outcome::NeverScanned)
                return;
            qint64 pickupDay = shipDay;
            qint64 pickupAt = oz.utcFromLocal(pickupDay, m_rng.between(16 * 60, 20 * 60));
            if (pickupAt < shippedAt + msPerHour || isWeekend(pickupDay)) {
                pickupDay = nextBusinessDay(shipDay);
                pickupAt = oz.utcFromLocal(pickupDay, m_rng.between(9 * 60, 19 * 60));
            }
            plan.push_back({pickupAt, Step::PickedUp, originZone, originName});
            const QString originHub = hubName(origin);
            qint64 t = pickupAt + m_rng.between(2 * 60, 5 * 60) * msPerMinute;
            plan.push_back({t, Step::DepartedOrigin, originZone, originHub});

            qint64 deliveryDay = addBusinessDays(pickupDay, transitDays);
            const qint64 span
                = std::max<qint64>(dz.utcFromLocal(deliveryDay, 4 * 60) - t, msPerHour);
            const QString destHub = hubName(destination);
            if (origin != destination) {
                t += span / 3;
                plan.push_back({t, Step::ArrivedDestinationCountry, destZone, destHub});
                if ((origin == US) != (destination == US)) {
                    plan.push_back(
                        {t + 40 * msPerMinute, Step::CustomsClearance, destZone, destHub});
                    plan.push_back({t + m_rng.between(3, 20) * msPerHour, Step::CustomsCleared,
                        destZone, destHub});
                }
            } else {
                t += span / 2;
                plan.push_back({t, Step::HubArrival, destZone, destHub});
                plan.push_back(
                    {t + m_rng.between(1, 4) * msPerHour, Step::HubDeparture, destZone, destHub});
            }

            if (outcome == Outcome::Lost)
                return; // the parcel vanishes after its last hub scan

            if (outcome == Outcome::Damaged) {
                plan.push_back({t + 5 * msPerHour, Step::Damaged, destZone, destHub});
                if (m_rng.chance(0.5)) {
                    plan.push_back({t + 30 * msPerHour, Step::ReturnToSender, destZone, destHub});
                    plan.push_back({oz.utcFromLocal(
                                        addBusinessDays(deliveryDay, m_rng.between(3, 6)), 11 * 60),
                        Step::ReturnedToSender, originZone, originName});
                    return;
                }
                deliveryDay = addBusinessDays(deliveryDay, m_rng.between(1, 3));
            } else if (outcome == Outcome::Delay) {
                const bool customs = (origin == US) != (destination == US);
                plan.push_back({t + 6 * msPerHour,
                    customs ? Step::CustomsDelay : Step::ExternalDelay, destZone, destHub});
                deliveryDay = addBusinessDays(deliveryDay, m_rng.between(2, 5));
                plan.push_back({dz.utcFromLocal(deliveryDay - 1, 14 * 60), Step::ProblemResolved,
                    destZone, destHub});
            }

            const QString &depot = destName;
            const qint64 depotAt = dz.utcFromLocal(deliveryDay, m_rng.between(3 * 60, 6 * 60));
            plan.push_back({depotAt, Step::DepotArrival, destZone, depot});
            const qint64 outAt = dz.utcFromLocal(deliveryDay, m_rng.between(6 * 60 + 30, 9 * 60));
            plan.push_back({outAt, Step::OutForDelivery, destZone, depot});
            const qint64 attemptAt
                = dz.utcFromLocal(deliveryDay, m_rng.between(9 * 60 + 30, 18 * 60));

            switch (outcome) {
            case Outcome::AddressIssue:
                plan.push_back({attemptAt, Step::AddressIssue, destZone, depot});
                if (m_rng.chance(0.6)) {
                    const qint64 day = addBusinessDays(deliveryDay, m_rng.between(1, 2));
                    plan.push_back({dz.utcFromLocal(day - 1, 15 * 60), Step::ProblemResolved,
                        destZone, depot});
                    plan.push_back(
                        {dz.utcFromLocal(day, 8 * 60), Step::OutForDelivery, destZone, depot});
                    const qint64 at = dz.utcFromLocal(day, m_rng.between(10 * 60, 17 * 60));
                    plan.push_back({at, Step::Delivered, destZone, destName});
                } else {
                    plan.push_back(
                        {attemptAt + 20 * msPerHour, Step::ReturnToSender, destZone, depot});
                    plan.push_back({oz.utcFromLocal(
                                        addBusinessDays(deliveryDay, m_rng.between(3, 6)), 11 * 60),
                        Step::ReturnedToSender, originZone, originName});
                }
                break;
            case Outcome::FailedThenDelivered: {
                plan.push_back({attemptAt, Step::FailedAttempt, destZone, destName});
                const qint64 day = nextBusinessDay(deliveryDay);
                plan.push_back(
                    {dz.utcFromLocal(day, 7 * 60 + 45), Step::OutForDelivery, destZone, depot});
                const qint64 at = dz.utcFromLocal(day, m_rng.between(10 * 60, 17 * 60));
                plan.push_back({at, Step::Delivered, destZone, destName});
                break;
            }
            case Outcome::FailedThenPickup:
            case Outcome::FailedThenReturned: {
                plan.push_back({attemptAt, Step::FailedAttempt, destZone, destName});
                const QString &point = destName;
                plan.push_back(
                    {attemptAt + 3 * msPerHour, Step::AvailableForPickup, destZone, point});
                if (outcome == Outcome::FailedThenPickup) {
                    const qint64 at = attemptAt + m_rng.between(20, 140) * msPerHour;
                    plan.push_back({at, Step::PickedUpAtPoint, destZone, point});
                } else {
                    plan.push_back(
                        {attemptAt + 7 * msPerDay, Step::ReturnToSender, destZone, point});
                    plan.push_back({oz.utcFromLocal(addBusinessDays(deliveryDay, 10), 11 * 60),
                        Step::ReturnedToSender, originZone, originName});
                }
                break;
            }
            default: {
                const double v = m_rng.uniform();
                const bool neighbourCountry = destination == DE || destination == AT;
                const Step how = v < 0.12            ? Step::Signed
                    : v < 0.20                       ? Step::DeliveredToLocker
                    : (v < 0.30 && neighbourCountry) ? Step::DeliveredToNeighbour
                                                     : Step::Delivered;
                plan.push_back({attemptAt, how, destZone, destName});
                break;
            }
            }
        }();
        return writeShipment(orderId, carrierIndex, origin, destination, customer.postcode,
            shippedAt, promisedAt, plan, outcome, Direction::Outbound, german);
    }

    std::optional<qint64> writeShipment(qint64 orderId, int carrierIndex, int origin,
        int destination, const QString &destPostcode, qint64 shippedAt, qint64 promisedAt,
        std::vector<PlannedEvent> &plan, Outcome outcome, Direction direction, bool german)
    {
        const qint64 shipmentId = ++m_shipmentIds;
        std::stable_sort(plan.begin(), plan.end(),
            [](const PlannedEvent &a, const PlannedEvent &b) { return a.atMs < b.atMs; });

        Status status;
        qint64 statusAt = 0;
        qint64 lastEventAt = 0;
        std::optional<qint64> deliveredAt;
        bool sawException = false;
        bool sawFailedAttempt = false;
        bool sawReturn = false;
        SubStatus exceptionKind = SubStatus::Exception;
        qint64 exceptionAt = 0;
        qint64 failedAt = 0;
        qint64 returnAt = 0;
        int written = 0;
        // Events go in before their shipment, so its count of failed attempts is written here.
        qint64 failedAttempts = 0;
        for (const PlannedEvent &e : plan) {
            if (e.atMs > m_now)
                break;
            const StepText text = stepText(carrierIndex, e.step, german);
            const QString code = QString::fromUtf16(text.code);
            const QString carrierText = QString::fromUtf16(text.text);
            const Status eventStatus = Status::of(text.sub);
            const int offset = m_zones[size_t(e.zone)].offsetMinutesAt(e.atMs);
            bind(m_insEvent, shipmentId, e.atMs, qint64(offset), code, carrierText, e.location,
                tagToString(eventStatus.tag()), subStatusKey(text.sub),
                qint64(text.relevance == Relevance::Milestone ? 1 : 0),
                trackingEventIdentity(e.atMs, code, e.location, carrierText),
                std::min(m_now, e.atMs + m_rng.between(1, 90) * msPerMinute));
            m_insEvent.step();
            check(m_insEvent);
            ++written;
            lastEventAt = e.atMs;
            if (Status::supersedes(status, statusAt, eventStatus, e.atMs)) {
                status = eventStatus;
                statusAt = e.atMs;
            }
            if (eventStatus.tag() == StatusTag::Delivered && !deliveredAt
                && text.sub != SubStatus::ReturnedToSender)
                deliveredAt = e.atMs;
            if (eventStatus.tag() == StatusTag::Exception && !sawException
                && text.sub != SubStatus::ReturnToSender
                && text.sub != SubStatus::ReturnedToSender) {
                sawException = true;
                exceptionKind = text.sub;
                exceptionAt = e.atMs;
            }
            if (eventStatus.tag() == StatusTag::AttemptFail)
                ++failedAttempts;
            if (eventStatus.tag() == StatusTag::AttemptFail && !sawFailedAttempt) {
                sawFailedAttempt = true;
                failedAt = e.atMs;
            }
            if (text.sub == SubStatus::ReturnToSender && !sawReturn) {
                sawReturn = true;
                returnAt = e.atMs;
            }
        }
        m_summary.events += written;

        const std::optional<qint64> nextPoll = status.isTerminal()
            ? std::nullopt
            // A desk opened after a quiet spell: a tenth of the parcels in flight are overdue.
            : std::optional(m_now + m_rng.between(-25, 240) * msPerMinute);
        bind(m_insShipment, shipmentId, orderId, QString::fromUtf16(carrier(carrierIndex).id),
            trackingNumber(carrierIndex, shipmentId),
            QString::fromUtf16(carrier(carrierIndex).service), directionToString(direction),
            QString::fromUtf16(country(origin).code), QString::fromUtf16(country(destination).code),
            destPostcode, tagToString(status.tag()), subStatusKey(status.subStatus()), statusAt,
            shippedAt, lastEventAt, std::optional<qint64>(promisedAt), deliveredAt, nextPoll,
            shippedAt, failedAttempts);
        m_insShipment.step();
        check(m_insShipment);
        if (direction == Direction::Outbound)
            ++m_summary.shipments;
        else
            ++m_summary.returnShipments;

        if (direction == Direction::Outbound) {
            const bool delivered = deliveredAt.has_value();
            const bool terminal = status.isTerminal();
            // Why each case opened, in the rules' own words (and their translations).
            const auto rules = [](const char *text, int n = -1) {
                return QCoreApplication::translate("ParcelDesk::ProblemRules", text, nullptr, n);
            };
            const auto day = [](qint64 ms) {
                return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
            };
            const QString carrierId = QString::fromUtf16(carrier(carrierIndex).id);
            // Lost and damaged parcels carry the carrier's claim deadline, as the rules set it.
            const auto claimDue = [&](ClaimWindows::Kind kind, qint64 reportedAt, QString *words) {
                ClaimWindows::Dates dates;
                dates.shippedMs = shippedAt;
                dates.expectedDeliveryMs = promisedAt;
                dates.deliveredMs = deliveredAt;
                dates.reportedMs = reportedAt;
                const auto d = ClaimWindows::builtin().deadline(carrierId, kind,
                    QString::fromUtf16(country(origin).code),
                    QString::fromUtf16(country(destination).code), dates);
                if (!d)
                    return std::optional<qint64>();
                *words += u' ' + ProblemCaseRunner::claimText(carrierId, *d);
                return std::optional<qint64>(d->dueMs);
            };
            if (sawException) {
                const ProblemKind kind = problemKindFor(exceptionKind);
                QString why
                    = rules("The carrier reports %1 since %2.")
                          .arg(StatusText::full(Status::of(exceptionKind)), day(exceptionAt));
                const auto due = kind == ProblemKind::Damaged
                    ? claimDue(ClaimWindows::Kind::Damaged, exceptionAt, &why)
                    : std::nullopt;
                addCase(shipmentId, kind, exceptionAt, delivered || terminal, 1, why, due);
            }
            if (sawFailedAttempt)
                addCase(shipmentId, ProblemKind::FailedAttempt, failedAt, delivered || terminal, 2,
                    rules("%n failed delivery attempt(s).", 1));
            if (sawReturn)
                addCase(shipmentId, ProblemKind::ReturnedToSender, returnAt, terminal, 1,
                    rules("On its way back to the sender since %1.").arg(day(returnAt)));
            if (outcome == Outcome::NeverScanned && m_now - shippedAt > 2 * msPerDay)
                addCase(shipmentId, ProblemKind::NeverScanned, shippedAt + 2 * msPerDay,
                    m_now - shippedAt > 21 * msPerDay, 2,
                    rules("Label created %1; no carrier scan for %n business day(s).", 2)
                        .arg(day(shippedAt)));
            if (outcome == Outcome::Lost && m_now - lastEventAt > 5 * msPerDay) {
                QString why = rules("No scan for %n day(s), since %1.", 5).arg(day(lastEventAt));
                const auto due = claimDue(ClaimWindows::Kind::Lost, lastEventAt, &why);
                addCase(shipmentId, ProblemKind::SuspectedLost, lastEventAt + 5 * msPerDay,
                    m_now - lastEventAt > 30 * msPerDay, 1, why, due);
            }
            const bool late
                = delivered ? *deliveredAt > promisedAt : (!terminal && m_now > promisedAt);
            if (late && !sawException && !sawFailedAttempt && outcome != Outcome::Lost
                && outcome != Outcome::NeverScanned)
                addCase(shipmentId, ProblemKind::Late, promisedAt, delivered, 2,
                    rules("Promised for %1, not delivered.").arg(day(promisedAt)));

            // When trouble began, if it did: the moment a customer starts to wonder.
            std::optional<qint64> troubleAt;
            if (sawException)
                troubleAt = exceptionAt;
            else if (sawFailedAttempt)
                troubleAt = failedAt;
            else if (outcome == Outcome::Lost)
                troubleAt = lastEventAt + 3 * msPerDay;
            else if (outcome == Outcome::NeverScanned)
                troubleAt = shippedAt + 3 * msPerDay;
            else if (late)
                troubleAt = promisedAt + msPerDay;
            addWismo(shipmentId, orderId, german, shippedAt, deliveredAt, troubleAt);
            if (carrierIndex == Fedex && !terminal && !delivered)
                addDeliveryOptions(shipmentId, status, lastEventAt);
        }
        return deliveredAt;
    }

    // Proactive messages and customers' contacts, from a random stream of their own so the
    // parcels themselves stay what they were. Trouble makes customers call, unless we told them
    // first; some call again.
    void addWismo(qint64 shipmentId, qint64 orderId, bool german, qint64 shippedAt,
        std::optional<qint64> deliveredAt, std::optional<qint64> troubleAt)
    {
        Random &rng = m_wismoRng;
        bool told = false;
        if (troubleAt && rng.chance(0.45)) {
            const qint64 sentAt = *troubleAt + rng.between(2, 10) * msPerHour;
            if (sentAt <= m_now) {
                const QString number = u"PD-%1"_s.arg(orderId + 1'000'000, 8, 10, QChar(u'0'));
                bind(m_insMessage, m_customerId, shipmentId, u"email"_s, german ? u"de"_s : u"en"_s,
                    german ? u"Ihre Bestellung %1 verspätet sich"_s.arg(number)
                           : u"Your order %1 is running late"_s.arg(number),
                    german ? u"Wir melden uns, bevor Sie fragen: Ihr Paket braucht etwas länger."_s
                           : u"A word before you ask: your parcel is taking a little longer."_s,
                    sentAt, sentAt);
                m_insMessage.step();
                check(m_insMessage);
                // It told the parcel's status of then, which is all the demo knows of it now.
                bind(m_insToldParcel, shipmentId);
                m_insToldParcel.step();
                check(m_insToldParcel);
                told = true;
            }
        }
        const double chance = troubleAt ? (told ? 0.16 : 0.40) : 0.012;
        if (!rng.chance(chance))
            return;
        // A calm parcel's customer asks while it is on its way, before it arrives.
        qint64 at = troubleAt ? *troubleAt + rng.between(4, 48) * msPerHour
                              : shippedAt + rng.between(40, 120) * msPerHour;
        if (!troubleAt && deliveredAt && at >= *deliveredAt)
            at = std::max(shippedAt + msPerHour, *deliveredAt - rng.between(2, 20) * msPerHour);
        static constexpr const char16_t *agents[] = {u"maria", u"jonas", u"lena", u"tom"};
        const int repeats = rng.chance(told ? 0.08 : 0.25) ? 2 : 1;
        for (int i = 0; i < repeats && at <= m_now; ++i) {
            const double c = rng.uniform();
            const QString channel = c < 0.6 ? u"phone"_s : (c < 0.9 ? u"email"_s : u"chat"_s);
            const QString reason = troubleAt && deliveredAt && i == 0 && rng.chance(0.2)
                ? u"delivery_change"_s
                : u"where_is_my_order"_s;
            bind(m_insContact, shipmentId, orderId, channel, reason,
                QString::fromUtf16(agents[rng.below(4)]), at);
            m_insContact.step();
            check(m_insContact);
            at += rng.between(18, 72) * msPerHour;
        }
    }

    // FedEx lists what can still change for a parcel on its way.
    void addDeliveryOptions(qint64 shipmentId, const Status &status, qint64 at)
    {
        const bool started
            = status.tag() != StatusTag::Pending && status.tag() != StatusTag::InfoReceived;
        static constexpr const char16_t *options[]
            = {u"DISPUTE_DELIVERY", u"INDIRECT_SIGNATURE_RELEASE", u"REDIRECT_TO_HOLD_AT_LOCATION",
                u"REROUTE", u"RESCHEDULE", u"RETURN_TO_SHIPPER", u"SUPPLEMENT_ADDRESS"};
        for (const char16_t *option : options) {
            const QString code = QString::fromUtf16(option);
            const bool offered = started && code != u"DISPUTE_DELIVERY";
            bind(m_insOption, shipmentId, code, offered ? u"POSSIBLY_ELIGIBLE"_s : u"INELIGIBLE"_s,
                std::max(at, qint64(0)));
            m_insOption.step();
            check(m_insOption);
        }
    }

    static ProblemKind problemKindFor(SubStatus sub)
    {
        switch (sub) {
        case SubStatus::Damaged:
            return ProblemKind::Damaged;
        case SubStatus::AddressIssue:
            return ProblemKind::AddressIssue;
        case SubStatus::CustomsDelay:
            return ProblemKind::CustomsHold;
        case SubStatus::Refused:
            return ProblemKind::Refused;
        default:
            return ProblemKind::Late;
        }
    }

    void addCase(qint64 shipmentId, ProblemKind kind, qint64 openedAt, bool resolved, int priority,
        const QString &details, std::optional<qint64> claimDueAt = std::nullopt)
    {
        if (openedAt > m_now)
            return;
        std::optional<qint64> resolvedAt;
        QString resolution;
        if (resolved) {
            resolvedAt = std::min(m_now, openedAt + m_rng.between(2, 96) * msPerHour);
            static constexpr const char16_t *codes[]
                = {u"carrier_resolved", u"customer_informed", u"reshipped", u"refunded"};
            resolution = QString::fromUtf16(codes[m_rng.below(4)]);
        }
        bind(m_insCase, shipmentId, problemKindToString(kind),
            problemStateToString(resolved ? ProblemState::Resolved : ProblemState::Open),
            qint64(priority), openedAt,
            std::optional<qint64>(openedAt + (priority == 1 ? 1 : 2) * msPerDay), resolvedAt,
            resolution, claimDueAt, details);
        m_insCase.step();
        check(m_insCase);
        ++m_summary.problemCases;
    }

    // An order's lines: one to three products of its category, each at its list price give or
    // take a fifth; the order's total is what they add up to.
    struct PlannedLine
    {
        int product = 0;
        int quantity = 1;
        qint64 unitCents = 0;
    };
    std::vector<PlannedLine> planItems(int category)
    {
        const ProductList &list = productsByCategory[category];
        const int lines = m_itemRng.pickWeighted(std::array<double, 3> {0.6, 0.3, 0.1}) + 1;
        std::vector<PlannedLine> planned;
        for (int l = 0; l < lines; ++l) {
            PlannedLine p;
            p.product = m_itemRng.below(list.size);
            p.quantity = m_itemRng.chance(0.12) ? 2 : 1;
            const double factor = std::exp(0.2 * m_itemRng.normal());
            p.unitCents = std::max<qint64>(
                99, qint64(list.products[p.product].euros * factor * 100) / 100 * 100 - 1);
            planned.push_back(p);
        }
        return planned;
    }

    static qint64 totalOf(const std::vector<PlannedLine> &planned)
    {
        qint64 total = 0;
        for (const PlannedLine &p : planned)
            total += p.unitCents * p.quantity;
        return total;
    }

    void addItems(qint64 orderId, int category, const std::vector<PlannedLine> &planned)
    {
        const ProductList &list = productsByCategory[category];
        m_firstLineCents = planned.front().unitCents;
        int line = 0;
        for (const PlannedLine &l : planned) {
            const Product &p = list.products[l.product];
            bind(m_insItem, orderId, ++line,
                u"%1-%2"_s.arg(QString::fromUtf16(categories[category].name).left(3).toUpper())
                    .arg(l.product + 101),
                QString::fromUtf16(p.name), l.quantity, l.unitCents);
            m_insItem.step();
            check(m_insItem);
        }
    }

    void addReturn(qint64 orderId, const CustomerInfo &customer, int warehouse, int category,
        qint64 deliveredAt)
    {
        const qint64 createdAt = deliveredAt + m_rng.between(20, 14 * 24) * msPerHour;
        if (createdAt > m_now)
            return;
        const int from = customer.country;
        const int carrierIndex
            = from == US ? (m_rng.chance(0.5) ? Usps : Ups) : (m_rng.chance(0.7) ? Dhl : Dpd);
        const int custZone = zoneOf(from, customer.city);
        const int whCity = 0;
        const int whZone = zoneOf(warehouse, whCity);
        const UtcOffsetTable &cz = m_zones[size_t(custZone)];
        const QString custName = cityName(from, customer.city);
        const QString whName = cityName(warehouse, whCity);

        std::vector<PlannedEvent> plan;
        plan.push_back({createdAt, Step::LabelCreated, custZone, custName});
        const qint64 dropDay = addBusinessDays(cz.localDayOf(createdAt), m_rng.between(0, 3));
        const qint64 dropAt = cz.utcFromLocal(dropDay, m_rng.between(9 * 60, 18 * 60));
        plan.push_back(
            {std::max(dropAt, createdAt + msPerHour), Step::PickedUp, custZone, custName});
        const qint64 arriveDay = addBusinessDays(
            dropDay, from == warehouse ? m_rng.between(1, 2) : m_rng.between(2, 6));
        plan.push_back({dropAt + 6 * msPerHour, Step::DepartedOrigin, custZone, hubName(from)});
        const qint64 arriveAt
            = m_zones[size_t(whZone)].utcFromLocal(arriveDay, m_rng.between(7 * 60, 12 * 60));
        plan.push_back({arriveAt, Step::Delivered, whZone, whName});

        const qint64 returnShipmentId = m_shipmentIds + 1;
        writeShipment(orderId, carrierIndex, from, warehouse, QString(), createdAt,
            m_zones[size_t(whZone)].utcFromLocal(addBusinessDays(dropDay, 6), 20 * 60), plan,
            Outcome::Normal, Direction::Return, carrierIndex == Dhl && from == DE);

        const bool fashion = category == 0;
        const QString reason = fashion
            ? QString::fromUtf16(fashionReasons[m_rng.below(int(std::size(fashionReasons)))])
            : QString::fromUtf16(otherReasons[m_rng.below(int(std::size(otherReasons)))]);
        ReturnState state = ReturnState::Registered;
        std::optional<qint64> receivedAt;
        QString grade;
        Disposition disposition = Disposition::Undecided;
        if (arriveAt <= m_now) {
            receivedAt = arriveAt;
            state = ReturnState::Received;
            if (m_now - arriveAt > 2 * msPerDay) {
                state
                    = m_now - arriveAt > 10 * msPerDay ? ReturnState::Closed : ReturnState::Graded;
                const int g = m_rng.pickWeighted(std::array<double, 4> {0.55, 0.25, 0.14, 0.06});
                grade = QString(QChar(u'A' + g));
                static constexpr Disposition byGrade[4][2]
                    = {{Disposition::Resell, Disposition::Resell},
                        {Disposition::Outlet, Disposition::Refurbish},
                        {Disposition::Refurbish, Disposition::Donate},
                        {Disposition::Recycle, Disposition::Recycle}};
                disposition = byGrade[g][m_rng.below(2)];
            }
        } else if (dropAt <= m_now) {
            state = ReturnState::InTransit;
        } else {
            state = ReturnState::LabelIssued;
        }
        // What became of it: a fifth of fashion's size returns are exchanges; the refund is paid
        // one to five days after the inspection; reusable packaging in about six of ten.
        const bool exchange = fashion && reason.startsWith(u"size_") && m_itemRng.chance(0.2);
        std::optional<qint64> gradedAt;
        std::optional<qint64> settledAt;
        std::optional<qint64> reusable;
        if (!grade.isEmpty()) {
            gradedAt = *receivedAt + m_itemRng.between(2, 40) * msPerHour;
            reusable = qint64(m_itemRng.chance(0.6));
        }
        if (state == ReturnState::Closed)
            settledAt = std::min(*gradedAt + m_itemRng.between(20, 120) * msPerHour, m_now);
        const ItemCondition condition = reason == u"damaged" || reason == u"defective"
            ? ItemCondition::Damaged
            : (m_itemRng.chance(0.5) ? ItemCondition::Unopened : ItemCondition::Opened);
        const std::optional<qint64> droppedOff = dropAt <= m_now
            ? std::optional<qint64>(std::max(dropAt, createdAt + msPerHour))
            : std::nullopt;
        const qint64 rmaNumber = ++m_summary.returns;
        bind(m_insReturn, orderId, std::optional<qint64>(returnShipmentId),
            u"RMA-%1"_s.arg(rmaNumber, 7, 10, QChar(u'0')), reason, returnStateToString(state),
            createdAt, receivedAt, grade, dispositionToString(disposition), QString(),
            QString::fromUtf16(country(warehouse).code), droppedOff, receivedAt, gradedAt, reusable,
            exchange ? u"exchange"_s : u"refund"_s, settledAt ? u"done"_s : u"open"_s,
            settledAt && !exchange ? std::optional<qint64>(m_firstLineCents) : std::nullopt,
            settledAt, settledAt.value_or(receivedAt.value_or(createdAt)));
        m_insReturn.step();
        check(m_insReturn);
        bind(m_insReturnItem, orderId, QString::fromUtf16(categories[category].name), reason,
            itemConditionToString(condition), grade, dispositionToString(disposition));
        m_insReturnItem.step();
        check(m_insReturnItem);
    }

    sqlite3 *m_db;
    DemoSeedOptions m_options;
    Random m_rng;
    Random m_wismoRng; // messages and contacts
    qint64 m_firstLineCents = 0; // of the order being written: what its return refunds
    Random m_itemRng; // order lines and what became of returns (so the rest stays as it was)
    qint64 m_customerId = 0; // of the order being written
    qint64 m_now;
    std::vector<UtcOffsetTable> m_zones;
    QHash<QByteArray, int> m_zoneIndex;
    std::vector<CustomerInfo> m_customers;
    qint64 m_shipmentIds = 0;
    DemoSeedSummary m_summary;
    QString m_error;
    SqliteStatement m_insCustomer;
    SqliteStatement m_insOrder;
    SqliteStatement m_insShipment;
    SqliteStatement m_insEvent;
    SqliteStatement m_insCase;
    SqliteStatement m_insReturn;
    SqliteStatement m_insItem;
    SqliteStatement m_insReturnItem;
    SqliteStatement m_insMessage;
    SqliteStatement m_insToldParcel;
    SqliteStatement m_insContact;
    SqliteStatement m_insOption;
};

QString registerRecentReturns(const Database &db, qint64 nowMs, qint64 *registeredCount)
{
    QSqlQuery q(db.connection());
    // Orders delivered within the last four weeks without a return, picked by their number so
    // the choice is the same on every run.
    q.prepare(u"SELECT o.id, coalesce(o.category, '') FROM orders o JOIN shipments s ON "
              "s.order_id = o.id AND s.direction = 'outbound' WHERE s.delivered_at BETWEEN ? AND ? "
              "AND NOT EXISTS (SELECT 1 FROM returns r WHERE r.order_id = o.id) "
              "GROUP BY o.id ORDER BY (o.id * 2654435761) % 1000, o.id LIMIT 40"_s);
    q.addBindValue(nowMs - 28 * msPerDay);
    q.addBindValue(nowMs - msPerDay);
    if (!q.exec())
        return q.lastError().text();
    QList<std::pair<qint64, QString>> orders;
    while (q.next())
        orders.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    WriteTransaction tx(db.connection());
    if (!tx.isOpen())
        return tx.error();
    const auto policy = ReturnPolicyStore::load(db);
    if (!policy)
        return policy.error().message;
    for (const auto &[orderId, category] : std::as_const(orders)) {
        const QList<ReturnReason> reasons = ReturnRepository::reasons(category);
        ReturnLineRequest line;
        line.reasonCode = reasons.at(int(orderId % reasons.size())).code;
        line.condition = orderId % 3 == 0 ? ItemCondition::Opened : ItemCondition::Unopened;
        const qint64 at = nowMs - (orderId % 36 + 1) * msPerHour;
        const auto registered = ReturnRegistration::registerWithinTransaction(db, *policy, orderId,
            {line}, {}, orderId % 5 == 0 ? ReturnResolution::Exchange : ReturnResolution::Refund,
            u"demo"_s, at);
        if (!registered)
            return registered.error().message;
        ++*registeredCount;
    }
    return tx.commit() ? QString() : tx.error();
}

// What customers said about their orders, as a survey tool would export it: about one in six
// delivered orders rated one to five days after delivery, lower when the parcel came late or
// needed another attempt, with a short comment in the customer's language. Picked and rated by
// the order's number, so every run gives the same ratings.
QString addFeedback(const Database &db, qint64 nowMs)
{
    QSqlQuery q(db.connection());
    const QString late = u"(s.promised_at IS NOT NULL AND s.delivered_at > (CASE WHEN "
                         "s.promised_at % 86400000 = 0 THEN s.promised_at + 86399999 ELSE "
                         "s.promised_at END))"_s;
    const QString roll = u"((o.id * 48271) % 100)"_s;
    const QString rating = u"CASE WHEN "_s + late + u" THEN (CASE WHEN "_s + roll
        + u" < 30 THEN 1 WHEN "_s + roll + u" < 55 THEN 2 WHEN "_s + roll + u" < 78 THEN 3 WHEN "_s
        + roll + u" < 92 THEN 4 ELSE 5 END) WHEN s.failed_attempts > 0 THEN (CASE WHEN "_s + roll
        + u" < 12 THEN 1 WHEN "_s + roll + u" < 30 THEN 2 WHEN "_s + roll + u" < 55 THEN 3 WHEN "_s
        + roll + u" < 80 THEN 4 ELSE 5 END) ELSE (CASE WHEN "_s + roll + u" < 3 THEN 1 WHEN "_s
        + roll + u" < 6 THEN 2 WHEN "_s + roll + u" < 14 THEN 3 WHEN "_s + roll
        + u" < 42 THEN 4 ELSE 5 END) END"_s;
    const QString sql = u"INSERT INTO feedback (order_id, rating, comment, submitted_at, source, "
                        "imported_at) SELECT id, rating, CASE WHEN german THEN (CASE rating "
                        "WHEN 1 THEN 'Viel zu spät und niemand hat Bescheid gesagt.' WHEN 2 THEN "
                        "'Die Lieferung hat gedauert.' WHEN 3 THEN 'Ging so.' WHEN 4 THEN "
                        "'Gut, danke.' ELSE 'Schnell und problemlos!' END) ELSE (CASE rating "
                        "WHEN 1 THEN 'Far too late and nobody told me.' WHEN 2 THEN 'Delivery "
                        "took its time.' WHEN 3 THEN 'It was fine.' WHEN 4 THEN 'Good, thanks.' "
                        "ELSE 'Quick and easy!' END) END, at, 'demo', :now FROM (SELECT o.id, "_s
        + rating
        + u" AS rating, c.language = 'de' AS german, s.delivered_at + (24 + (o.id * 40503) % "
          "96) * 3600000 AS at FROM orders o JOIN customers c ON c.id = o.customer_id JOIN "
          "shipments s ON s.id = (SELECT min(x.id) FROM shipments x WHERE x.order_id = o.id AND "
          "x.direction = 'outbound') WHERE s.delivered_at IS NOT NULL AND (o.id * 2654435761) % "
          "100 < 17) WHERE at <= :now"_s;
    if (!q.prepare(sql))
        return q.lastError().text();
    q.bindValue(u":now"_s, nowMs);
    return q.exec() ? QString() : q.lastError().text();
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

} // namespace

Result<DemoSeedSummary> DemoDataGenerator::seed(const QString &path, const DemoSeedOptions &options,
    const Progress &progress, const std::atomic_bool *cancel)
{
    if (options.shipments < 1)
        return Error {tr("The number of shipments must be at least 1.")};
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error {
            tr("Cannot create the database %1: the folder %2 does not exist.").arg(path, folder)};
    if (QFileInfo::exists(path)) {
        auto existing = Database::open(path);
        if (!existing)
            return existing.error();
        qint64 count = -1;
        QString countError;
        const QString name = u"parceldesk-seed-check:"_s + QUuid::createUuid().toString();
        {
            QSqlDatabase c = existing->openConnection(name);
            SqliteStatement st(Database::nativeHandle(c), u"SELECT count(*) FROM shipments");
            if (st.step())
                count = st.columnInt64(0);
            else
                countError = st.failed() ? st.error() : st.prepareError();
        }
        QSqlDatabase::removeDatabase(name);
        if (count < 0)
            return Error {tr("Cannot read %1: %2").arg(path, countError)};
        if (count > 0 && !options.replace) {
            return Error {tr("%1 already holds %Ln shipment(s); pass --replace to overwrite it.",
                nullptr, int(std::min<qint64>(count, INT_MAX)))
                              .arg(path)};
        }
        // The last connection to close removes the write-ahead log; if it is still there,
        // another program has the database open and must not have it replaced underneath it.
        if (QFileInfo::exists(path + u"-wal"_s))
            return Error {tr("%1 is open in another program; close it there first.").arg(path)};
    }

    const QString temp = path + u".seeding"_s;
    removeDatabaseFiles(temp);
    auto opened = Database::open(temp);
    if (!opened)
        return opened.error();

    DemoSeedOptions effective = options;
    if (effective.nowMs == 0)
        effective.nowMs = QDateTime::currentMSecsSinceEpoch();

    QString error;
    DemoSeedSummary summary;
    const QString connectionName = u"parceldesk-seed:"_s + QUuid::createUuid().toString();
    {
        QSqlDatabase connection = opened->openConnection(connectionName);
        sqlite3 *db = Database::nativeHandle(connection);
        // The file is private until renamed: no journal needed, a failed run is simply deleted.
        sqliteExec(db, "PRAGMA journal_mode = OFF");
        sqliteExec(db, "PRAGMA synchronous = OFF");
        sqliteExec(db, "PRAGMA cache_size = -262144");
        sqliteExec(db, "PRAGMA foreign_keys = OFF");
        {
            Seeder seeder(db, effective);
            error = seeder.prepare();
            qint64 done = 0;
            const qint64 chunk = 5000;
            while (error.isEmpty() && done < effective.shipments) {
                if (cancel && cancel->load()) {
                    error = tr("Cancelled.");
                    break;
                }
                sqliteExec(db, "BEGIN");
                const qint64 target = std::min(effective.shipments, done + chunk);
                while (done < target && seeder.error().isEmpty())
                    done += seeder.addOrder(target - done);
                error = seeder.error();
                if (error.isEmpty())
                    error = sqliteExec(db, "COMMIT");
                if (progress)
                    progress(std::min(done, effective.shipments), effective.shipments);
            }
            summary = seeder.summary();
        }
        if (error.isEmpty()) {
            SqliteStatement settings(db,
                u"INSERT INTO settings (key, value) VALUES ('demo.seed', ?), "
                "('demo.now', ?)");
            settings.bind(1, QStringView(QString::number(effective.seed)));
            settings.bind(2, QStringView(QString::number(effective.nowMs)));
            settings.step();
            error = settings.error();
        }
        if (error.isEmpty()) {
            // What customers said about messages at checkout, spread by their number so the
            // parcels' random streams stay as they were: most say yes to e-mail, one in twenty
            // says no, a third also to SMS. A pool of voucher codes, and the shop's name.
            error = sqliteExec(db,
                "INSERT INTO consents (customer_id, channel, granted, source, at) "
                "SELECT id, 'email', (id * 2654435761) % 100 >= 6, 'checkout', created_at "
                "FROM customers WHERE (id * 2654435761) % 100 < 92 AND email IS NOT NULL; "
                "INSERT INTO consents (customer_id, channel, granted, source, at) "
                "SELECT id, 'sms', 1, 'checkout', created_at FROM customers "
                "WHERE (id * 40503) % 100 < 33 AND phone IS NOT NULL; "
                "INSERT INTO vouchers (code, value_cents, cost_cents, source, imported_at) "
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
                "SELECT printf('SORRY%d-%05d', CASE WHEN i <= 300 THEN 5 ELSE 10 END, i), "
                "CASE WHEN i <= 300 THEN 500 ELSE 1000 END, CASE WHEN i <= 300 THEN 150 ELSE 300 "
                "END, 'demo:' || i, 0 FROM n; "
                "INSERT OR REPLACE INTO settings (key, value) VALUES "
                "('shop.name', 'ParcelDesk Demo Shop'), "
                "('returns.warehouse.DE', 'ParcelDesk Demo Shop' || char(10) || 'Retourenlager' "
                "|| char(10) || 'Lagerweg 3' || char(10) || '44787 Bochum' || char(10) || "
                "'Deutschland'), "
                "('returns.warehouse.NL', 'ParcelDesk Demo Shop' || char(10) || 'Retouren' || "
                "char(10) || 'Havenweg 12' || char(10) || '3089 JK Rotterdam' || char(10) || "
                "'Nederland'), "
                "('returns.warehouse.PL', 'ParcelDesk Demo Shop' || char(10) || 'Zwroty' || "
                "char(10) || 'ul. Magazynowa 5' || char(10) || '52-407 Wrocław' || char(10) || "
                "'Polska'), "
                "('returns.warehouse.US', 'ParcelDesk Demo Shop' || char(10) || 'Returns' || "
                "char(10) || '1200 Commerce Drive' || char(10) || 'Columbus, OH 43219' || "
                "char(10) || 'USA')");
        }
        if (error.isEmpty())
            error = sqliteExec(db, "PRAGMA analysis_limit = 400; ANALYZE;");
        if (error.isEmpty())
            error = sqliteExec(db, "PRAGMA journal_mode = WAL");
        connection.close();
    }
    QSqlDatabase::removeDatabase(connectionName);

    // Returns the desk registered over the last day and a half, through the same registration
    // as the console, so a new user finds each queue at work: labels to make, high values
    // waiting for review, cheap items kept, refusals with their reason.
    if (error.isEmpty())
        error = registerRecentReturns(*opened, effective.nowMs, &summary.returns);
    if (error.isEmpty())
        error = addFeedback(*opened, effective.nowMs);
    opened->releaseConnection();

    if (!error.isEmpty()) {
        removeDatabaseFiles(temp);
        return Error {tr("Demo data for %1 was not written: %2").arg(path, error)};
    }
    // rename() replaces the old file in one step: there is never a moment without a database.
    std::error_code renameError;
    std::filesystem::rename(
        QFile::encodeName(temp).toStdString(), QFile::encodeName(path).toStdString(), renameError);
    if (renameError) {
        removeDatabaseFiles(temp);
        return Error {tr("Cannot move the finished demo database into place at %1: %2")
                          .arg(path, QString::fromStdString(renameError.message()))};
    }
    return summary;
}

} // namespace ParcelDesk
