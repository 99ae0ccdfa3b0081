#pragma once

#include "database.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QSqlDriver>

class QTimer;

namespace ParcelDesk {

// Tells a console when another console or a poller has written to the team's database, and
// when its connection to the server is lost and back. It listens on its own connection (on the
// thread that created it) to PostgreSQL's channel parceldesk_changes, which the server's
// triggers notify once per table and transaction; news of several tables within a short while
// arrives as one changed(). It checks the connection every few seconds, and after a loss
// reconnects on its own, trying the server from a worker thread so that an unreachable server
// never freezes the console. On a file it does nothing: one user, one console.
class ChangeNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

public:
    explicit ChangeNotifier(Database db, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    // Listens from now on; false (and an error()) when the server cannot be reached, in which
    // case it keeps trying as after a loss.
    bool start();
    bool isListening() const { return m_listening; }
    QString error() const { return m_error; }

    // How long news may gather before changed() says it (default 250 ms).
    void setCoalesceMs(int ms);
    // How often the connection is checked (default 5 s).
    void setHealthCheckMs(int ms);

    static constexpr const char *channel = "parceldesk_changes";

Q_SIGNALS:
    // Tables written by others since the last changed(), and the longest time from a writing
    // transaction's start to its news arriving here.
    void changed(const QStringList &tables, qint64 latencyMs);
    // Each notification as it arrives: the table, when its transaction began and when the news
    // came (epoch ms), for measurements.
    void notified(const QString &table, qint64 writtenAtMs, qint64 receivedAtMs);
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    void onNotification(
        const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void checkHealth();
    void lose(const QString &message);
    void tryReconnect();
    bool listen();
    void closeConnection();

    Database m_db;
    QString m_connectionName;
    bool m_listening = false;
    bool m_lost = false;
    bool m_probing = false;
    QString m_error;
    QSet<QString> m_tables;
    qint64 m_worstLatencyMs = 0;
    QTimer *m_coalesce = nullptr;
    QTimer *m_health = nullptr;
    QTimer *m_retry = nullptr;
    int m_retryMs = 1000;
};

} // namespace ParcelDesk
