#pragma once

#include "domain/result.h"
#include "migrations.h"
#include "sqldialectkind.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>

struct sqlite3;

namespace ParcelDesk {

// Where a team's PostgreSQL database is: postgresql://user@host:port/dbname, with optional
// libpq settings such as ?sslmode=require. Never a password: that comes from the keychain or
// from libpq's password file (PGPASSFILE, ~/.pgpass).
struct ServerLocation
{
    QString host;
    int port = 5432;
    QString user;
    QString database;
    QList<std::pair<QString, QString>> options; // libpq keywords and values

    // postgresql://user@host:port/dbname[?options], as the user types it (no password).
    QString url() const;
    // user@host:port/dbname, for titles and the keychain.
    QString displayName() const;

    // True for a location written as a postgresql:// or postgres:// URL.
    static bool isServerUrl(const QString &location);
    static Result<ServerLocation> parse(const QString &url);
};

// A ParcelDesk store: an SQLite file (one user) or a PostgreSQL database (a team). open() checks
// and upgrades the schema once; afterwards every thread asks connection() for its own
// QSqlDatabase (a connection belongs to the thread that opened it).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::Database)

public:
    Database() = default;

    // location is a file path or a postgresql:// URL. For a file: creates it if missing.
    // Refuses a schema newer than this program (leaving the store untouched), upgrades an
    // older one in place inside one transaction, and (SQLite) turns on WAL. cancel, when given
    // and set while an upgrade runs, stops it: the upgrade rolls back and the store stays as it
    // was. password is for a server that asks for one (the connection dialog, the keychain);
    // empty lets libpq find it in PGPASSFILE or ~/.pgpass.
    static Result<Database> open(const QString &location, const std::atomic_bool *cancel = nullptr,
        const QString &password = {});
    // The same with a given list of migrations (numbered 1..N), for tests of the upgrade path.
    static Result<Database> open(const QString &location, const QList<Migration> &migrations,
        const std::atomic_bool *cancel = nullptr, const QString &password = {});
    // The schema version of the store as it is, read without changing it: 0 for a new or empty
    // store, -1 when it cannot be read. Tells whether open() will have to upgrade it.
    static int storedSchemaVersion(const QString &location, const QString &password = {});

    // The file's absolute path, or the server's URL (without a password).
    QString path() const { return m_path; }
    // The file's path, or user@host:port/dbname: what a title or status bar shows.
    QString displayName() const;
    bool isValid() const { return !m_path.isEmpty(); }
    SqlDialect dialect() const { return m_server ? SqlDialect::Postgres : SqlDialect::Sqlite; }
    bool isServer() const { return m_server != nullptr; }
    // The server's location; only for a server store.
    const ServerLocation &server() const { return m_server->location; }

    // This thread's connection, opened on first use (SQLite: foreign keys on, a busy timeout).
    QSqlDatabase connection() const;
    // Opens a connection with its own name, for a thread that must remove it itself
    // (the writer). The caller removes it with QSqlDatabase::removeDatabase(name).
    QSqlDatabase openConnection(const QString &connectionName) const;
    // Why this thread's connection cannot be opened (the server is away, refuses the login),
    // after trying once more; empty when it is open.
    QString connectionProblem() const;
    // Closes and forgets this thread's connection to this store, if any.
    void releaseConnection() const;

    int schemaVersion() const;

    // SQLite's own handle behind a Qt connection, for the batched write paths; nullptr for a
    // PostgreSQL connection.
    static sqlite3 *nativeHandle(const QSqlDatabase &db);

private:
    struct Server
    {
        ServerLocation location;
        QString password;
    };

    static Result<Database> openFile(
        const QString &path, const QList<Migration> &migrations, const std::atomic_bool *cancel);
    static Result<Database> openServer(const QString &url, const QList<Migration> &migrations,
        const std::atomic_bool *cancel, const QString &password);
    // Brings the schema to the last migration; returns an error text, empty on success.
    static QString upgrade(sqlite3 *handle, const QString &path, const QList<Migration> &migrations,
        const std::atomic_bool *cancel);
    // upgraded: set when an existing schema (not a new database) was brought up to date.
    static QString upgradeServer(QSqlDatabase &db, const QString &name,
        const QList<Migration> &migrations, const std::atomic_bool *cancel, bool *upgraded);
    // After an upgrade: the team roles' grants and trigger functions set up again.
    static void renewTeamSetUp(const Database &db);
    static QSqlDatabase openServerConnection(
        const Server &server, const QString &connectionName, QString *error);

    QString m_path;
    std::shared_ptr<const Server> m_server; // null for a file
};

} // namespace ParcelDesk
