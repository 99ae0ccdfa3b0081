#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QUrl>

namespace ParcelDesk::TestSupport {

// The PostgreSQL server of the team-mode tests: scripts/test starts a throwaway cluster on
// loopback (scripts/pgcluster) and names it in PARCELDESK_PG_URL, e.g.
// postgresql://postgres@127.0.0.1:5433/parceldesk. Empty when the tests run without one.
inline QString pgUrl()
{
    return qEnvironmentVariable("PARCELDESK_PG_URL");
}

// Why a test cannot run against PostgreSQL, or nothing when it can.
inline QString pgUnavailable()
{
    if (pgUrl().isEmpty())
        return QStringLiteral("PARCELDESK_PG_URL is not set: run the tests with scripts/test, "
                              "which starts a throwaway PostgreSQL cluster, or start one with "
                              "scripts/pgcluster start DIR and export the URL it prints.");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's PostgreSQL driver is missing (Debian: libqt6sql6-psql).");
    return {};
}

// A connection of its own to that server, opened; check isOpen() and lastError().
inline QSqlDatabase pgConnection(const QString &name)
{
    const QUrl url(pgUrl());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    db.open();
    return db;
}

} // namespace ParcelDesk::TestSupport
