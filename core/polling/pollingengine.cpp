#include "pollingengine.h"

#include "carriers/trackingupdate.h"
#include "pollschedule.h"
#include "store/carrieraccountrepository.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {
constexpr qint64 minute = 60'000;
} // namespace

PollingEngine::PollingEngine(
    Database db, StoreWriter &writer, CarrierTransport &transport, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_writer(writer)
    , m_transport(transport)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    qRegisterMetaType<ParcelDesk::PollingEngine::Summary>();
    m_leaseRenewal = new QTimer(this);
    m_leaseRenewal->setInterval(std::chrono::milliseconds(m_leaseMs / 3));
    connect(m_leaseRenewal, &QTimer::timeout, this, [this] {
        ShipmentRepository(m_db).renewLeases(
            ShipmentRepository::leaseOwner(), QDateTime::currentMSecsSinceEpoch() + m_leaseMs);
    });
    connect(&m_writer, &StoreWriter::batchWritten, this, [this](const BatchResult &r) {
        if (!m_pendingBatches.remove(r.batchId))
            return;
        m_summary.newEvents += r.inserted;
        m_summary.duplicateEvents += r.duplicates;
        finishIfDone();
    });
    connect(&m_writer, &StoreWriter::batchFailed, this, [this](quint64 id, const QString &) {
        if (!m_pendingBatches.remove(id))
            return;
        ++m_summary.errorsByKind[u"store"_s];
        finishIfDone();
    });
}

PollingEngine::~PollingEngine()
{
    // Calls made but not yet stored (an aborted run) still count against today's quota.
    if (!m_unsavedUsage.isEmpty())
        m_writer.submit({}, {}, m_unsavedUsage);
}

void PollingEngine::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void PollingEngine::setLeaseMs(qint64 leaseMs)
{
    m_leaseMs = std::max<qint64>(leaseMs, 3);
    m_leaseRenewal->setInterval(std::chrono::milliseconds(m_leaseMs / 3));
}

void PollingEngine::setScheduleClock(Clock clock)
{
    m_scheduleClock = std::move(clock);
}

void PollingEngine::addAccount(const Account &account)
{
    const CarrierLimits limits = account.limits ? *account.limits : account.adapter->limits();
    auto c = std::unique_ptr<Carrier>(new Carrier {
        account,
        std::make_unique<CarrierSession>(*account.adapter, account.baseUrl, account.credentials,
            m_transport, [this] { return now(); }),
        RateLimiter(limits.requestsPerSecond, limits.dailyQuota, 1),
        CircuitBreaker(5, account.circuitCoolDownMs, 20 * account.circuitCoolDownMs),
        {},
        0,
        false,
        0,
        {},
        0,
    });
    c->account.limits = limits;
    // Calls made earlier today (another run, the console, parceldeskctl) count against the quota.
    const qint64 t = now();
    c->limiter.addEarlierCalls(
        t, CarrierAccountRepository(m_db).callsOnDay(t).value(account.adapter->id()));
    m_carriers[account.adapter->id()] = std::move(c);
}

QString PollingEngine::healthStateName(CarrierHealth::State state)
{
    switch (state) {
    case CarrierHealth::State::Ok:
        return u"ok"_s;
    case CarrierHealth::State::Throttled:
        return u"throttled"_s;
    case CarrierHealth::State::CircuitOpen:
        return u"circuit_open"_s;
    case CarrierHealth::State::QuotaExhausted:
        return u"quota_exhausted"_s;
    }
    return {};
}

QList<PollingEngine::CarrierHealth> PollingEngine::health() const
{
    const qint64 t = now();
    QList<CarrierHealth> list;
    for (const auto &[id, c] : m_carriers) {
        CarrierHealth h;
        h.carrier = id;
        h.callsToday = c->limiter.usedToday(t);
        h.dailyQuota = c->limiter.dailyQuota();
        h.projectedToday = c->limiter.projectedUseToday(t);
        h.requestsPerSecond = c->account.limits->requestsPerSecond;
        h.inFlight = c->inFlight;
        for (const Batch &b : c->queue)
            h.queued += int(b.shipments.size());
        h.lastSuccessAtMs = c->lastSuccessAtMs;
        h.lastError = c->lastError;
        h.lastErrorAtMs = c->lastErrorAtMs;
        if (c->breaker.state(t) == CircuitBreaker::State::Open) {
            h.state = CarrierHealth::State::CircuitOpen;
            h.blockedUntilMs = c->breaker.openUntilMs();
        } else if (c->limiter.quotaExhausted(t)) {
            h.state = CarrierHealth::State::QuotaExhausted;
            h.blockedUntilMs = RateLimiter::quotaResetsAtMs(t);
        } else if (c->limiter.blockedUntilMs() > t) {
            h.state = CarrierHealth::State::Throttled;
            h.blockedUntilMs = c->limiter.blockedUntilMs();
        }
        list.append(h);
    }
    return list;
}

quint64 PollingEngine::submit(QList<TrackingEvent> events, QList<PollUpdate> updates,
    QList<DeliveryOptionsUpdate> deliveryOptions)
{
    const quint64 id = m_writer.submit(
        std::move(events), std::move(updates), m_unsavedUsage, std::move(deliveryOptions));
    m_unsavedUsage.clear();
    m_pendingBatches.insert(id);
    return id;
}

CircuitBreaker::State PollingEngine::circuitState(const QString &carrier) const
{
    const auto it = m_carriers.find(carrier);
    return it == m_carriers.end() ? CircuitBreaker::State::Closed
                                  : it->second->breaker.state(now());
}

int PollingEngine::callsToday(const QString &carrier) const
{
    const auto it = m_carriers.find(carrier);
    return it == m_carriers.end() ? 0 : it->second->limiter.usedToday(now());
}

void PollingEngine::pollOnce(int maxShipments)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_summary = {};
    const qint64 t = scheduleNow();
    // More candidates than taken, so the most urgent among the longest-waiting go first.
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    const ShipmentRepository shipments(m_db);
    shipments.releaseLeasesOfDeadLocalPollers();
    QList<ShipmentRepository::Due> due = shipments.dueForPolling(t, maxShipments * 4, wall);
    std::stable_sort(due.begin(), due.end(), [t](const auto &a, const auto &b) {
        const int ua = PollSchedule::urgency(a.status, a.hasOpenProblem, a.promisedAtMs, t);
        const int ub = PollSchedule::urgency(b.status, b.hasOpenProblem, b.promisedAtMs, t);
        return ua != ub ? ua < ub : a.nextPollAtMs < b.nextPollAtMs;
    });
    if (due.size() > maxShipments)
        due.resize(maxShipments);
    // Only what this poller could lease: another one may have taken some of them meanwhile.
    // The lease runs on the wall clock, which every poller shares, whatever the schedule's.
    QList<qint64> ids;
    ids.reserve(due.size());
    for (const auto &d : std::as_const(due))
        ids.append(d.id);
    const QSet<qint64> leased
        = shipments.lease(ids, ShipmentRepository::leaseOwner(), t, wall, m_leaseMs);
    due.removeIf([&leased](const ShipmentRepository::Due &d) { return !leased.contains(d.id); });
    m_leaseRenewal->start();

    QList<ShipmentRepository::Due> unknownCarrier;
    for (const auto &d : std::as_const(due)) {
        const auto it = m_carriers.find(d.carrier);
        if (it == m_carriers.end()) {
            unknownCarrier.append(d);
            continue;
        }
        Carrier &c = *it->second;
        const int perCall = std::max(1, c.account.limits->maxNumbersPerRequest);
        if (c.queue.isEmpty() || c.queue.last().shipments.size() >= perCall)
            c.queue.append(Batch {});
        c.queue.last().shipments.append(d);
    }
    m_summary.shipments = int(due.size());
    m_total = int(due.size());
    m_done = 0;
    // No account for the carrier: look again in an hour rather than every run.
    if (!unknownCarrier.isEmpty()) {
        ++m_summary.errorsByKind[u"no_account"_s];
        defer(unknownCarrier, now() + 60 * minute);
    }
    pump();
    finishIfDone();
}

void PollingEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_summary.cancelled = true;
    for (auto &[id, c] : m_carriers) {
        QList<ShipmentRepository::Due> rest;
        for (const Batch &b : std::as_const(c->queue))
            rest.append(b.shipments);
        c->queue.clear();
        defer(rest, now()); // still due: the next run takes them
    }
    finishIfDone();
}

void PollingEngine::pump()
{
    for (auto &[id, c] : m_carriers)
        pumpCarrier(*c);
}

void PollingEngine::pumpCarrier(Carrier &c)
{
    while (!m_cancelled && !c.queue.isEmpty() && c.inFlight < c.account.maxInFlight) {
        const qint64 t = now();
        if (c.breaker.state(t) == CircuitBreaker::State::Open) {
            // The carrier keeps failing: everything waiting goes to after the cool-down.
            QList<ShipmentRepository::Due> rest;
            for (const Batch &b : std::as_const(c.queue))
                rest.append(b.shipments);
            c.queue.clear();
            defer(rest, c.breaker.openUntilMs());
            break;
        }
        if (c.limiter.quotaExhausted(t)) {
            QList<ShipmentRepository::Due> rest;
            for (const Batch &b : std::as_const(c.queue))
                rest.append(b.shipments);
            c.queue.clear();
            ++m_summary.errorsByKind[u"quota_exhausted"_s];
            defer(rest, RateLimiter::quotaResetsAtMs(t));
            break;
        }
        // The pace first: a breaker's probe is only let through when a call can really go.
        if (c.limiter.nextAllowedAtMs(t) > t) {
            if (!c.wakeScheduled) {
                c.wakeScheduled = true;
                const qint64 wait = std::max<qint64>(1, c.limiter.nextAllowedAtMs(t) - t);
                QTimer::singleShot(
                    std::chrono::milliseconds(std::min<qint64>(wait, 60'000)), this, [this, &c] {
                        c.wakeScheduled = false;
                        pumpCarrier(c);
                    });
            }
            break;
        }
        // Half-open with the probe still out: its answer pumps this carrier again.
        if (!c.breaker.allowCall(t))
            break;
        const bool acquired = c.limiter.tryAcquire(t);
        Q_ASSERT(acquired); // the limiter allowed a call at t just above
        Q_UNUSED(acquired)
        send(c, c.queue.takeFirst());
    }
    finishIfDone();
}

void PollingEngine::send(Carrier &c, Batch batch)
{
    ++c.inFlight;
    ++m_summary.requests;
    const QString carrier = c.account.adapter->id();
    const qint64 day = RateLimiter::quotaResetsAtMs(now()) - 86'400'000;
    const auto counted = std::find_if(m_unsavedUsage.begin(), m_unsavedUsage.end(),
        [&](const CarrierUsage &u) { return u.carrier == carrier && u.dayStartMs == day; });
    if (counted == m_unsavedUsage.end())
        m_unsavedUsage.append({carrier, day, 1});
    else
        ++counted->calls;
    QStringList numbers;
    for (const auto &d : std::as_const(batch.shipments))
        numbers.append(d.trackingNumber);
    c.session->track(numbers, [this, &c, batch](const ParseResult &result) {
        --c.inFlight;
        handle(c, batch, result);
        Q_EMIT healthChanged();
        pumpCarrier(c);
    });
}

void PollingEngine::handle(Carrier &c, Batch batch, const ParseResult &result)
{
    const qint64 t = now();
    // A failure of the whole call: no shipment came back.
    if (result.shipments.isEmpty() && !result.errors.isEmpty()
        && result.errors.first().trackingNumber.isEmpty()) {
        const CarrierError &e = result.errors.first();
        ++m_summary.errorsByKind[carrierErrorKindName(e.kind)];
        c.lastError = carrierErrorKindName(e.kind)
            + (e.message.isEmpty() ? QString() : u": "_s + e.message.left(200));
        c.lastErrorAtMs = t;
        if (e.kind == CarrierErrorKind::RateLimited || e.kind == CarrierErrorKind::NotFound) {
            // The carrier answered: it is up (this also ends a half-open probe).
            c.breaker.recordSuccess();
            if (e.kind == CarrierErrorKind::RateLimited)
                c.limiter.blockUntil(t + qint64(e.retryAfterSeconds.value_or(60)) * 1000);
        } else {
            c.breaker.recordFailure(t);
        }
        ++batch.attempt;
        const auto delay = m_retry.delayMs(batch.attempt, e.retryAfterSeconds);
        if (e.kind == CarrierErrorKind::NotFound || !delay || m_cancelled) {
            // Not retried now: the shipments wait for their next turn.
            defer(batch.shipments, t + (delay ? *delay : 30 * minute));
            return;
        }
        if (e.kind != CarrierErrorKind::RateLimited) {
            ++m_retriesWaiting;
            QTimer::singleShot(std::chrono::milliseconds(*delay), this, [this, &c, batch] {
                --m_retriesWaiting;
                if (m_cancelled) {
                    defer(batch.shipments, now());
                    finishIfDone();
                    return;
                }
                c.queue.prepend(batch);
                pumpCarrier(c);
            });
            return;
        }
        c.queue.prepend(batch); // the limiter holds it until Retry-After has passed
        return;
    }
    c.breaker.recordSuccess();
    c.lastSuccessAtMs = t;
    const qint64 st = scheduleNow();

    QHash<QString, const ShipmentRepository::Due *> byNumber;
    for (const auto &d : std::as_const(batch.shipments))
        byNumber.insert(d.trackingNumber, &d);
    QList<TrackingEvent> events;
    QList<PollUpdate> updates;
    QList<DeliveryOptionsUpdate> options;
    QSet<qint64> answered;
    for (const ParsedShipment &s : result.shipments) {
        const ShipmentRepository::Due *d = byNumber.value(s.trackingNumber);
        if (!d && batch.shipments.size() == 1 && s.trackingNumber.isEmpty())
            d = &batch.shipments.first(); // DPD does not echo the number it was asked about
        if (!d || answered.contains(d->id))
            continue; // a second shipment under a reused number: the newest answer counts
        answered.insert(d->id);
        for (const ParsedEvent &e : s.events)
            events.append(toTrackingEvent(e, d->id));
        const std::optional<qint64> eta = s.eta.toMs ? s.eta.toMs : s.eta.fromMs;
        const bool expire = PollSchedule::isExpired(s.status, d->shippedAtMs, st);
        updates.append(
            {d->id, PollSchedule::nextPollAt(s.status, eta, d->shippedAtMs, st), eta, expire});
        // On the schedule's clock, as the parcel's other times (the demo's sandbox time).
        if (!s.deliveryOptions.isEmpty())
            options.append({d->id, st, s.deliveryOptions});
    }
    for (const CarrierError &e : result.errors)
        ++m_summary.errorsByKind[carrierErrorKindName(e.kind)];
    // Not found or left out of the answer: ask again at the pace of the status it had.
    for (const auto &d : std::as_const(batch.shipments)) {
        if (answered.contains(d.id))
            continue;
        const bool expire = PollSchedule::isExpired(d.status, d.shippedAtMs, st);
        updates.append({d.id, PollSchedule::nextPollAt(d.status, d.promisedAtMs, d.shippedAtMs, st),
            std::nullopt, expire});
    }
    submit(events, updates, options);
    m_done += int(batch.shipments.size());
    Q_EMIT progress(m_done, m_total);
}

void PollingEngine::defer(const QList<ShipmentRepository::Due> &shipments, qint64 untilMs)
{
    if (shipments.isEmpty())
        return;
    // untilMs is on the real clock; what is stored is on the schedule's.
    const qint64 at = scheduleNow() + std::max<qint64>(0, untilMs - now());
    QList<PollUpdate> updates;
    for (const auto &d : shipments)
        updates.append({d.id, at, std::nullopt, false});
    submit({}, updates);
    m_summary.deferred += int(shipments.size());
    m_done += int(shipments.size());
    Q_EMIT progress(m_done, m_total);
}

void PollingEngine::finishIfDone()
{
    if (!m_running)
        return;
    for (const auto &[id, c] : m_carriers) {
        if (c->inFlight > 0 || !c->queue.isEmpty())
            return;
    }
    if (m_retriesWaiting > 0)
        return;
    if (!m_unsavedUsage.isEmpty())
        submit({}, {}); // the calls of answers that stored nothing yet
    if (!m_pendingBatches.isEmpty())
        return;
    m_running = false;
    m_leaseRenewal->stop();
    Q_EMIT finished(m_summary);
}

} // namespace ParcelDesk
