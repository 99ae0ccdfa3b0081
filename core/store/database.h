#pragma once

#include "domain/result.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <atomic>

struct sqlite3;

namespace ParcelDesk {

// A ParcelDesk database file. open() checks and upgrades the schema once; afterwards every
// thread asks connection() for its own QSqlDatabase (a connection belongs to the thread that
// opened it).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::Database)

public:
    Database() = default;

    // Creates the file if missing, refuses a schema newer than this program (leaving the file
    // untouched), upgrades an older one in place inside one transaction, and turns on WAL.
    // cancel, when given and set while an upgrade runs, stops it: the upgrade rolls back and
    // the file stays as it was.
    static Result<Database> open(const QString &path, const std::atomic_bool *cancel = nullptr);
    // The same with a given list of migrations (numbered 1..N), for tests of the upgrade path.
    static Result<Database> open(const QString &path, const QList<Migration> &migrations,
        const std::atomic_bool *cancel = nullptr);
    // The schema version of the file as it is, read without changing it: 0 for a new or empty
    // file, -1 when it cannot be read. Tells whether open() will have to upgrade it.
    static int storedSchemaVersion(const QString &path);

    QString path() const { return m_path; }
    bool isValid() const { return !m_path.isEmpty(); }

    // This thread's connection, opened on first use with foreign keys on and a busy timeout.
    QSqlDatabase connection() const;
    // Opens a connection with its own name, for a thread that must remove it itself
    // (the writer). The caller removes it with QSqlDatabase::removeDatabase(name).
    QSqlDatabase openConnection(const QString &connectionName) const;
    // Closes and forgets this thread's connection to this file, if any.
    void releaseConnection() const;

    int schemaVersion() const;

    // SQLite's own handle behind a Qt connection, for the batched write paths.
    static sqlite3 *nativeHandle(const QSqlDatabase &db);

private:
    // Brings the schema to the last migration; returns an error text, empty on success.
    static QString upgrade(sqlite3 *handle, const QString &path, const QList<Migration> &migrations,
        const std::atomic_bool *cancel);

    explicit Database(QString path)
        : m_path(std::move(path))
    { }

    QString m_path;
};

} // namespace ParcelDesk
