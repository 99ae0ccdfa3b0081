#include "outbox.h"

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
