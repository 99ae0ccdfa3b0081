#include "changenotifier.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

ChangeNotifier::ChangeNotifier(Database db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_connectionName(u"parceldesk-notify:"_s + QUuid::createUuid().toString())
{
    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(250);
    connect(m_coalesce, &QTimer::timeout, this, [this] {
        QStringList tables(m_tables.cbegin(), m_tables.cend());
        tables.sort();
        const qint64 latency = m_worstLatencyMs;
        m_tables.clear();
        m_worstLatencyMs = 0;
        if (!tables.isEmpty())
            Q_EMIT changed(tables, latency);
    });
    m_health = new QTimer(this);
    m_health->setInterval(5000);
    connect(m_health, &QTimer::timeout, this, &ChangeNotifier::checkHealth);
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &ChangeNotifier::tryReconnect);
}

ChangeNotifier::~ChangeNotifier()
{
    closeConnection();
}

void ChangeNotifier::setCoalesceMs(int ms)
{
    m_coalesce->setInterval(ms);
}

void ChangeNotifier::setHealthCheckMs(int ms)
{
    m_health->setInterval(ms);
}

bool ChangeNotifier::start()
{
    if (!m_db.isServer())
        return false;
    if (listen()) {
        m_health->start();
        return true;
    }
    lose(m_error);
    return false;
}

bool ChangeNotifier::listen()
{
    closeConnection();
    QSqlDatabase db = m_db.openConnection(m_connectionName);
    if (!db.isOpen()) {
        m_error = db.lastError().databaseText().trimmed();
        if (m_error.isEmpty())
            m_error = db.lastError().text();
        return false;
    }
    if (!db.driver()->subscribeToNotification(QString::fromLatin1(channel))) {
        m_error = db.driver()->lastError().text();
        return false;
    }
    connect(db.driver(), &QSqlDriver::notification, this, &ChangeNotifier::onNotification,
        Qt::UniqueConnection);
    m_listening = true;
    m_error.clear();
    return true;
}

void ChangeNotifier::closeConnection()
{
    m_listening = false;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.driver())
            disconnect(db.driver(), nullptr, this, nullptr);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void ChangeNotifier::onNotification(
    const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name != QLatin1String(channel))
        return;
    const qint64 received = QDateTime::currentMSecsSinceEpoch();
    const QStringList parts = payload.toString().split(u' ');
    const QString table = parts.value(0);
    bool ok = false;
    const qint64 written = parts.value(1).toLongLong(&ok);
    if (table.isEmpty())
        return;
    Q_EMIT notified(table, ok ? written : received, received);
    m_tables.insert(table);
    if (ok)
        m_worstLatencyMs = std::max(m_worstLatencyMs, received - written);
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void ChangeNotifier::checkHealth()
{
    if (m_lost || !QSqlDatabase::contains(m_connectionName))
        return;
    QString message;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT 1"_s))
                return;
            message = q.lastError().databaseText().trimmed();
            if (message.isEmpty())
                message = q.lastError().text().trimmed();
        }
    }
    if (message.isEmpty())
        message = tr("the server closed the connection");
    lose(message);
}

void ChangeNotifier::lose(const QString &message)
{
    closeConnection();
    m_error = message;
    m_health->stop();
    if (!m_lost) {
        m_lost = true;
        m_retryMs = 1000;
        Q_EMIT connectionLost(message);
    }
    m_retry->start(m_retryMs);
}

void ChangeNotifier::tryReconnect()
{
    if (m_probing)
        return;
    m_probing = true;
    // Whether the server answers is asked beside the console: a server that does not answer
    // takes the connection timeout to say so.
    auto *watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcher<int>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_probing = false;
        if (watcher->result() >= 0 && listen()) {
            m_lost = false;
            m_health->start();
            Q_EMIT connectionRestored();
            return;
        }
        m_retryMs = std::min(m_retryMs * 2, 15'000);
        m_retry->start(m_retryMs);
    });
    const Database db = m_db;
    watcher->setFuture(QtConcurrent::run([db] {
        const QString name = u"parceldesk-probe:"_s + QUuid::createUuid().toString();
        int answered = -1;
        {
            QSqlDatabase probe = db.openConnection(name);
            if (probe.isOpen())
                answered = 1;
            probe.close();
        }
        QSqlDatabase::removeDatabase(name);
        return answered;
    }));
}

} // namespace ParcelDesk
