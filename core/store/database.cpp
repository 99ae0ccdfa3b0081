#include "database.h"

#include "migrations.h"
#include "sqlitestatement.h"

#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// A number per thread for its lifetime: unlike a thread id, it is never reused by a later
// thread, which would otherwise find a dead thread's connection under its name.
quint64 threadToken()
{
    static std::atomic<quint64> next = 1;
    thread_local const quint64 token = next++;
    return token;
}

QString threadConnectionName(const QString &path)
{
    return u"parceldesk:%1:%2"_s.arg(path).arg(threadToken());
}

QSqlDatabase openSqlite(const QString &path, const QString &name, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        *error = db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    q.exec(u"PRAGMA foreign_keys = ON"_s);
    q.exec(u"PRAGMA synchronous = NORMAL"_s);
    return db;
}

int readUserVersion(sqlite3 *handle)
{
    SqliteStatement st(handle, u"PRAGMA user_version");
    return st.step() ? static_cast<int>(st.columnInt64(0)) : -1;
}

} // namespace

Result<Database> Database::open(const QString &path, const std::atomic_bool *cancel)
{
    return open(path, builtinMigrations(), cancel);
}

int Database::storedSchemaVersion(const QString &path)
{
    if (!QFileInfo::exists(path))
        return 0;
    sqlite3 *handle = nullptr;
    int version = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK)
        version = readUserVersion(handle);
    sqlite3_close(handle);
    return version;
}

Result<Database> Database::open(
    const QString &path, const QList<Migration> &migrations, const std::atomic_bool *cancel)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error {tr("%1 is not a file.").arg(path)};
    if (!info.exists() && !QFileInfo(info.absolutePath()).isDir())
        return Error {tr("Cannot create the database %1: the folder %2 does not exist.")
                          .arg(path, info.absolutePath())};

    const QString name = u"parceldesk-open:"_s + QUuid::createUuid().toString();
    QString message;
    {
        QString openError;
        QSqlDatabase db = openSqlite(path, name, &openError);
        if (!openError.isEmpty()) {
            message = tr("Cannot open the database %1: %2").arg(path, openError);
        } else {
            message = upgrade(nativeHandle(db), path, migrations, cancel);
            if (message.isEmpty()) {
                const QString walError = sqliteExec(nativeHandle(db), "PRAGMA journal_mode = WAL");
                if (!walError.isEmpty())
                    message = tr("Cannot switch %1 to WAL mode: %2").arg(path, walError);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!message.isEmpty())
        return Error {message};
    return Database(QFileInfo(path).absoluteFilePath());
}

QString Database::upgrade(sqlite3 *handle, const QString &path, const QList<Migration> &migrations,
    const std::atomic_bool *cancel)
{
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    int current = readUserVersion(handle);
    if (current < 0) {
        return tr("%1 is not a ParcelDesk database (SQLite: %2).")
            .arg(path, QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    if (current > latest) {
        return tr("The database %1 has schema version %2, but this ParcelDesk understands "
                  "versions up to %3. Open it with a newer ParcelDesk; the file was left "
                  "unchanged.")
            .arg(path)
            .arg(current)
            .arg(latest);
    }
    if (current == latest)
        return {};

    // All pending steps in one transaction: a failure leaves the previous version intact.
    QString err = sqliteExec(handle, "BEGIN IMMEDIATE");
    if (!err.isEmpty())
        return tr("Cannot upgrade the database %1: %2").arg(path, err);
    // Another program may have upgraded the file while this one waited for the lock.
    current = readUserVersion(handle);
    if (current == 0) {
        SqliteStatement tables(handle,
            u"SELECT group_concat(name, ', ') FROM sqlite_master WHERE type = "
            "'table' AND name NOT LIKE 'sqlite_%'");
        const QString names = tables.step() ? tables.columnText(0) : QString();
        if (!names.isEmpty()) {
            sqliteExec(handle, "ROLLBACK");
            return tr("%1 is not a ParcelDesk database: it holds tables (%2) but no ParcelDesk "
                      "schema version. The file was left unchanged.")
                .arg(path, names);
        }
    }
    // A cancel interrupts the statement that runs; the transaction then rolls back.
    if (cancel) {
        sqlite3_progress_handler(
            handle, 1000,
            [](void *flag) { return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0; },
            const_cast<std::atomic_bool *>(cancel));
    }
    const auto stopWatching = qScopeGuard([&] {
        if (cancel)
            sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    });
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        if (cancel && cancel->load()) {
            err = tr("the upgrade was interrupted");
            break;
        }
        err = sqliteExec(handle, m.sql.toUtf8().constData());
        if (err.isEmpty())
            err = sqliteExec(
                handle, u"PRAGMA user_version = %1"_s.arg(m.version).toUtf8().constData());
        if (!err.isEmpty()) {
            err = tr("migration %1 (%2): %3").arg(m.version).arg(m.name, err);
            break;
        }
    }
    if (err.isEmpty())
        err = sqliteExec(handle, "COMMIT");
    if (!err.isEmpty()) {
        sqliteExec(handle, "ROLLBACK");
        return tr("Cannot upgrade the database %1 from schema version %2: %3")
            .arg(path)
            .arg(current)
            .arg(err);
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    const QString name = threadConnectionName(m_path);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QString error;
    QSqlDatabase db = openSqlite(m_path, name, &error);
    if (!error.isEmpty())
        qWarning("ParcelDesk: cannot open %s: %s", qPrintable(m_path), qPrintable(error));
    return db;
}

QSqlDatabase Database::openConnection(const QString &connectionName) const
{
    QString error;
    QSqlDatabase db = openSqlite(m_path, connectionName, &error);
    if (!error.isEmpty())
        qWarning("ParcelDesk: cannot open %s: %s", qPrintable(m_path), qPrintable(error));
    return db;
}

void Database::releaseConnection() const
{
    const QString name = threadConnectionName(m_path);
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

sqlite3 *Database::nativeHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace ParcelDesk
