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

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace ParcelDesk::TestSupport {

// True when this run of a store test is its PostgreSQL variant (ctest's *_pg tests set
// PARCELDESK_TEST_STORE=postgresql): every store the test makes is then a fresh database on
// the test server instead of a file.
inline bool testsUseServer()
{
    return qEnvironmentVariable("PARCELDESK_TEST_STORE") == QLatin1String("postgresql");
}

// A new, empty database on the test server; returns its postgresql:// URL. The test stops if it
// cannot be made. The cluster is thrown away after the tests, and with it the database.
inline QString freshServerDatabase()
{
    static int counter = 0;
    const QString name = QStringLiteral("t%1_%2_%3")
                             .arg(QCoreApplication::applicationName().remove(u'_'))
                             .arg(QCoreApplication::applicationPid())
                             .arg(++counter)
                             .toLower();
    const QString connection = QStringLiteral("fresh:") + QUuid::createUuid().toString();
    {
        QSqlDatabase admin = pgConnection(connection);
        if (!admin.isOpen())
            qFatal("cannot reach the test server %s: %s", qPrintable(pgUrl()),
                qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("cannot create the test database %s: %s", qPrintable(name),
                qPrintable(q.lastError().text()));
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
    QUrl url(pgUrl());
    url.setPath(QStringLiteral("/") + name);
    return url.toString();
}

// Where a store test keeps a store: the file path it gives, or, in the PostgreSQL variant, a
// fresh database on the test server.
inline QString storeLocation(const QString &filePath)
{
    return testsUseServer() ? freshServerDatabase() : filePath;
}

} // namespace ParcelDesk::TestSupport

// For initTestCase of a store test: its PostgreSQL variant skips, with the reason, when no test
// server is there, and fails instead when the test script promised one.
#define PARCELDESK_REQUIRE_STORE()                                                                 \
    do {                                                                                           \
        if (ParcelDesk::TestSupport::testsUseServer()) {                                           \
            const QString why = ParcelDesk::TestSupport::pgUnavailable();                          \
            if (!why.isEmpty()) {                                                                  \
                if (qEnvironmentVariableIntValue("PARCELDESK_REQUIRE_PG"))                         \
                    QFAIL(qPrintable(why));                                                        \
                QSKIP(qPrintable(why));                                                            \
            }                                                                                      \
        }                                                                                          \
    } while (false)
