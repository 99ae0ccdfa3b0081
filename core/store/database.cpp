#include "database.h"

#include "migrations.h"
#include "pgstatement.h"
#include "serverpasswords.h"
#include "sqlitestatement.h"
#include "teamroles.h"

#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <libpq-fe.h>
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

int readServerVersion(QSqlDatabase &db, QString *error = nullptr)
{
    QSqlQuery q(db);
    const auto failed = [&q, error] {
        if (error)
            *error = q.lastError().databaseText().trimmed();
        return -1;
    };
    if (!q.exec(u"SELECT to_regclass('parceldesk_schema') IS NOT NULL"_s) || !q.next())
        return failed();
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(u"SELECT max(version) FROM parceldesk_schema"_s) || !q.next())
        return failed();
    return q.value(0).toInt();
}

// libpq's words for a server that asked for a password it did not get or did not accept.
bool needsPassword(const QString &error)
{
    return error.contains(u"no password supplied"_s)
        || error.contains(u"password authentication failed"_s);
}

// The libpq keywords a location may carry besides host, port, user and database.
bool isAllowedOption(const QString &key)
{
    static const QStringList allowed {u"sslmode"_s, u"sslrootcert"_s, u"sslcert"_s, u"sslkey"_s,
        u"sslcrl"_s, u"connect_timeout"_s, u"application_name"_s, u"target_session_attrs"_s,
        u"gssencmode"_s, u"krbsrvname"_s, u"passfile"_s};
    return allowed.contains(key);
}

} // namespace

bool ServerLocation::isServerUrl(const QString &location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

Result<ServerLocation> ServerLocation::parse(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!isServerUrl(text) || !url.isValid())
        return Error {Database::tr("%1 is not a PostgreSQL address: write "
                                   "postgresql://user@host:port/database.")
                          .arg(text)};
    if (!url.password().isEmpty())
        return Error {Database::tr("Leave the password out of %1: ParcelDesk takes it from the "
                                   "keychain or from the password file (PGPASSFILE), never from "
                                   "the command line.")
                          .arg(url.toString(QUrl::RemovePassword))};
    ServerLocation location;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.database = url.path().mid(1);
    if (location.database.isEmpty() || location.database.contains(u'/'))
        return Error {Database::tr("%1 names no database: write "
                                   "postgresql://user@host:port/database.")
                          .arg(text)};
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!isAllowedOption(key))
            return Error {
                Database::tr("%1: the setting %2 is not one ParcelDesk passes to PostgreSQL.")
                    .arg(text, key)};
        if (value.isEmpty() || value.contains(u' ') || value.contains(u';')
            || value.contains(u'\''))
            return Error {Database::tr("%1: the setting %2 has no usable value.").arg(text, key)};
        location.options.append({key, value});
    }
    return location;
}

QString ServerLocation::url() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(u"/"_s + database);
    if (!options.isEmpty()) {
        QUrlQuery query;
        for (const auto &[key, value] : options)
            query.addQueryItem(key, value);
        url.setQuery(query);
    }
    return url.toString();
}

QString ServerLocation::displayName() const
{
    QString text;
    if (!user.isEmpty())
        text += user + u'@';
    text += host.isEmpty() ? u"localhost"_s : host;
    if (port != 5432)
        text += u':' + QString::number(port);
    return text + u'/' + database;
}

Result<Database> Database::open(
    const QString &location, const std::atomic_bool *cancel, const QString &password)
{
    const SqlDialect dialect
        = ServerLocation::isServerUrl(location) ? SqlDialect::Postgres : SqlDialect::Sqlite;
    return open(location, builtinMigrations(dialect), cancel, password);
}

Result<Database> Database::open(const QString &location, const QList<Migration> &migrations,
    const std::atomic_bool *cancel, const QString &password)
{
    if (ServerLocation::isServerUrl(location))
        return openServer(location, migrations, cancel, password);
    return openFile(location, migrations, cancel);
}

int Database::storedSchemaVersion(const QString &location, const QString &password)
{
    if (ServerLocation::isServerUrl(location)) {
        const auto parsed = ServerLocation::parse(location);
        if (!parsed)
            return -1;
        const QString name = u"parceldesk-version:"_s + QUuid::createUuid().toString();
        int version = -1;
        {
            QString error;
            QSqlDatabase db = openServerConnection({*parsed, password}, name, &error);
            if (error.isEmpty())
                version = readServerVersion(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return version;
    }
    if (!QFileInfo::exists(location))
        return 0;
    sqlite3 *handle = nullptr;
    int version = -1;
    if (sqlite3_open_v2(location.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK)
        version = readUserVersion(handle);
    sqlite3_close(handle);
    return version;
}

Result<Database> Database::openFile(
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
    Database opened;
    opened.m_path = QFileInfo(path).absoluteFilePath();
    return opened;
}

Result<Database> Database::openServer(const QString &url, const QList<Migration> &migrations,
    const std::atomic_bool *cancel, const QString &password)
{
    const auto location = ServerLocation::parse(url);
    if (!location)
        return location.error();
    auto server = std::make_shared<Server>(Server {*location, password});
    const QString name = u"parceldesk-open:"_s + QUuid::createUuid().toString();
    QString message;
    bool upgraded = false;
    {
        QString openError;
        QSqlDatabase db = openServerConnection(*server, name, &openError);
        // A server that wants a password libpq could not find (PGPASSFILE, ~/.pgpass): the
        // keychain may have it.
        if (!openError.isEmpty() && password.isEmpty() && needsPassword(openError)) {
            if (const auto kept = ServerPasswords::read(*location)) {
                db.close();
                server->password = *kept;
                openError.clear();
                db.setPassword(*kept);
                if (!db.open())
                    openError = db.lastError().databaseText().trimmed();
            }
        }
        if (!openError.isEmpty())
            message = tr("Cannot connect to %1: %2").arg(location->displayName(), openError);
        else
            message = upgradeServer(db, location->displayName(), migrations, cancel, &upgraded);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!message.isEmpty())
        return Error {message};
    Database opened;
    opened.m_path = location->url();
    opened.m_server = std::move(server);
    if (upgraded)
        renewTeamSetUp(opened);
    return opened;
}

void Database::renewTeamSetUp(const Database &db)
{
    // A migration that makes a table or makes a trigger function again leaves the new table
    // without the team's grants and the function running as its caller. A database set up for
    // a team (its audit log under row-level security) is set up again by whoever upgraded it,
    // its owner, as parceldeskctl team setup would.
    bool team = false;
    {
        QSqlQuery q(db.connection());
        team = q.exec(u"SELECT relrowsecurity FROM pg_class WHERE oid = "
                      "CAST('audit_log' AS regclass)"_s)
            && q.next() && q.value(0).toBool();
    }
    if (team) {
        if (const Outcome renewed = TeamRoles::setUp(db); !renewed)
            qWarning("ParcelDesk: the upgrade of %s needs parceldeskctl team setup run again: %s",
                qPrintable(db.displayName()), qPrintable(renewed.error().message));
    }
}

QSqlDatabase Database::openServerConnection(
    const Server &server, const QString &connectionName, QString *error)
{
    const ServerLocation &location = server.location;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    if (!db.isValid()) {
        *error = tr("Qt's PostgreSQL driver is missing (Debian: libqt6sql6-psql).");
        return db;
    }
    db.setHostName(location.host);
    db.setPort(location.port);
    db.setUserName(location.user);
    db.setDatabaseName(location.database);
    if (!server.password.isEmpty())
        db.setPassword(server.password);
    // The server's notices ("table … does not exist, skipping") are for its log, not stderr.
    QStringList options {u"application_name=ParcelDesk"_s, u"connect_timeout=10"_s,
        u"options=-cclient_min_messages=warning"_s};
    for (const auto &[key, value] : location.options)
        options.append(key + u'=' + value);
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        const QSqlError e = db.lastError();
        *error = (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed();
    }
    return db;
}

QString Database::upgradeServer(QSqlDatabase &db, const QString &name,
    const QList<Migration> &migrations, const std::atomic_bool *cancel, bool *upgraded)
{
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    QSqlQuery q(db);
    const auto failed = [&](const QString &what) {
        const QString text = q.lastError().databaseText().trimmed();
        db.rollback();
        return tr("Cannot upgrade the database %1: %2 (%3)").arg(name, what, text);
    };
    if (!db.transaction())
        return tr("Cannot upgrade the database %1: %2").arg(name, db.lastError().text());
    // One program at a time checks and upgrades the schema; the others wait here and then
    // find it done.
    if (!q.exec(u"SELECT pg_advisory_xact_lock(7170301)"_s))
        return failed(tr("the schema lock"));
    QString why;
    const int current = readServerVersion(db, &why);
    if (current < 0) {
        // Most likely a login that is in none of ParcelDesk's roles: it may not read the
        // version table.
        db.rollback();
        return tr("Cannot read the schema version of %1 (%2). If the login is new, an "
                  "administrator gives it a role: parceldeskctl team add-user.")
            .arg(name, why);
    }
    if (current > latest) {
        db.rollback();
        return tr("The database %1 has schema version %2, but this ParcelDesk understands "
                  "versions up to %3. Open it with a newer ParcelDesk; the database was left "
                  "unchanged.")
            .arg(name)
            .arg(current)
            .arg(latest);
    }
    if (current == latest) {
        db.commit();
        return {};
    }
    if (current == 0) {
        if (!q.exec(u"SELECT string_agg(tablename, ', ' ORDER BY tablename) FROM pg_tables "
                    "WHERE schemaname = current_schema()"_s)
            || !q.next())
            return failed(tr("listing its tables"));
        const QString names = q.value(0).toString();
        if (!names.isEmpty()) {
            db.rollback();
            return tr("%1 is not a ParcelDesk database: it holds tables (%2) but no ParcelDesk "
                      "schema version. The database was left unchanged.")
                .arg(name, names);
        }
    }
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        if (cancel && cancel->load()) {
            db.rollback();
            return tr("Cannot upgrade the database %1 from schema version %2: %3")
                .arg(name)
                .arg(current)
                .arg(tr("the upgrade was interrupted"));
        }
        // libpq runs the whole file and stops at its first error; Qt's driver would report
        // only the first statement's outcome.
        const QString error
            = PgStatement::exec(PgStatement::handleOf(db), m.sql.toUtf8().constData());
        if (!error.isEmpty()) {
            db.rollback();
            return tr("Cannot upgrade the database %1: %2 (%3)")
                .arg(name, tr("migration %1 (%2)").arg(m.version).arg(m.name), error);
        }
    }
    const bool recorded = current == 0
        ? q.exec(u"CREATE TABLE parceldesk_schema (version integer NOT NULL)"_s)
            && q.exec(u"INSERT INTO parceldesk_schema (version) VALUES (%1)"_s.arg(latest))
        : q.exec(u"UPDATE parceldesk_schema SET version = %1"_s.arg(latest));
    if (!recorded)
        return failed(tr("recording the schema version"));
    if (!db.commit())
        return tr("Cannot upgrade the database %1: %2").arg(name, db.lastError().text());
    *upgraded = current > 0;
    return {};
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
    if (!QSqlDatabase::contains(name))
        return openConnection(name);
    QSqlDatabase db = QSqlDatabase::database(name, !m_server);
    // A server connection that broke (the server restarted, the network went away) is opened
    // again on its next use; the statement that found it broken has failed with its error.
    if (m_server) {
        pg_conn *handle = PgStatement::handleOf(db);
        if (!db.isOpen() || !handle || PQstatus(handle) == CONNECTION_BAD) {
            db.close();
            if (!db.open())
                qWarning("ParcelDesk: cannot reconnect to %s: %s", qPrintable(displayName()),
                    qPrintable(db.lastError().databaseText().trimmed()));
        }
    }
    return db;
}

QString Database::connectionProblem() const
{
    const QSqlDatabase db = connection();
    if (db.isOpen())
        return {};
    const QString why = db.lastError().databaseText().trimmed();
    return why.isEmpty() ? db.lastError().text() : why;
}

QSqlDatabase Database::openConnection(const QString &connectionName) const
{
    QString error;
    QSqlDatabase db = m_server ? openServerConnection(*m_server, connectionName, &error)
                               : openSqlite(m_path, connectionName, &error);
    if (!error.isEmpty())
        qWarning("ParcelDesk: cannot open %s: %s", qPrintable(displayName()), qPrintable(error));
    return db;
}

QString Database::displayName() const
{
    return m_server ? m_server->location.displayName() : m_path;
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
    QSqlDatabase db = connection();
    if (m_server)
        return readServerVersion(db);
    QSqlQuery q(db);
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
