#include "outbox.h"

#include "apologyworkflow.h"
#include "store/messagerepository.h"

#include <QThread>

#include <algorithm>

namespace ParcelDesk {

qint64 Outbox::retryDelayMs(const OutboxOptions &options, int attempts)
{
    qint64 delay = options.firstRetryMs;
    for (int i = 1; i < attempts && delay < options.maxRetryMs; ++i)
        delay *= 4;
    return std::min(delay, options.maxRetryMs);
}

Result<Outbox::Summary> Outbox::run(const Database &db, MessageSender &sender,
    const OutboxOptions &options, const Clock &clock, const std::atomic_bool *cancel)
{
    Summary summary;
    MessageRepository messages(db);
    const auto buried = messages.buryInterrupted(clock() - options.leaseMs, clock());
    if (!buried)
        return buried.error();
    summary.interrupted = *buried;
    const QList<MessageChannel> channels = sender.channels();
    while (true) {
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            break;
        }
        const auto claimed = messages.claimNext(clock(), channels);
        if (!claimed)
            return claimed.error();
        if (!claimed->has_value())
            break;
        const Message &m = **claimed;
        // The guardrails once more, at the last moment: an opt-out since approval, messages
        // sent since, the night in the customer's time zone.
        const GuardrailVerdict verdict = ApologyWorkflow::checkBeforeSend(db, m, clock());
        if (verdict.kind == GuardrailVerdict::Kind::Suppress) {
            if (const Outcome held
                = messages.suppressClaimed(m.id, verdict.reason, verdict.detail, clock());
                !held)
                return held.error();
            ++summary.suppressed;
            continue;
        }
        if (verdict.kind == GuardrailVerdict::Kind::Defer) {
            if (const Outcome put = messages.releaseClaim(m.id, verdict.notBeforeMs); !put)
                return put.error();
            ++summary.deferred;
            continue;
        }
        const SendReport report = sender.send(m);
        if (options.pauseAfterSendMs > 0)
            QThread::msleep(static_cast<unsigned long>(options.pauseAfterSendMs));
        const qint64 now = clock();
        if (report.ok) {
            if (const Outcome recorded = messages.recordSent(m.id, now, report.detail); !recorded)
                return recorded.error();
            ++summary.sent;
            continue;
        }
        const bool retry = !report.permanent && m.attempts < options.maxAttempts;
        const auto retryAt = retry ? std::optional(now + retryDelayMs(options, m.attempts))
                                   : std::optional<qint64>();
        const QString reason = retry
            ? report.detail
            : (report.permanent ? report.detail
                                : tr("%1 (gave up after %n attempt(s))", nullptr, m.attempts)
                                      .arg(report.detail));
        if (const Outcome recorded = messages.recordFailure(m.id, reason, retryAt, now); !recorded)
            return recorded.error();
        ++(retry ? summary.retrying : summary.dead);
    }
    return summary;
}

} // namespace ParcelDesk
