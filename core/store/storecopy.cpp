#include "storecopy.h"

#include "pgstatement.h"
#include "sqlitestatement.h"

#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

// One value in COPY's text format: \N for NULL, backslash escapes for the characters that
// separate values and rows.
void appendCopyValue(QByteArray &line, sqlite3_stmt *st, int column)
{
    switch (sqlite3_column_type(st, column)) {
    case SQLITE_NULL:
        line += "\\N";
        return;
    case SQLITE_INTEGER:
        line += QByteArray::number(sqlite3_column_int64(st, column));
        return;
    case SQLITE_FLOAT:
        line += QByteArray::number(sqlite3_column_double(st, column), 'g', 17);
        return;
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(st, column));
        const int size = sqlite3_column_bytes(st, column);
        line += "\\\\x";
        line += QByteArray::fromRawData(bytes, size).toHex();
        return;
    }
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
        const int size = sqlite3_column_bytes(st, column);
        for (int i = 0; i < size; ++i) {
            const char c = text[i];
            switch (c) {
            case '\\':
                line += "\\\\";
                break;
            case '\t':
                line += "\\t";
                break;
            case '\n':
                line += "\\n";
                break;
            case '\r':
                line += "\\r";
                break;
            default:
                line += c;
            }
        }
    }
    }
}

QString pgError(PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

Result<StoreCopy::Counts> StoreCopy::copy(const Database &from, const Database &to, bool replace,
    const std::atomic_bool *cancel, const Progress &progress)
{
    if (from.isServer() || !to.isServer())
        return Error {tr("A copy goes from a ParcelDesk file to a PostgreSQL database.")};
    if (from.schemaVersion() != to.schemaVersion())
        return Error {tr("%1 has schema version %2 and %3 version %4: open both with this "
                         "ParcelDesk first, which brings them to the same version.")
                          .arg(from.displayName())
                          .arg(from.schemaVersion())
                          .arg(to.displayName())
                          .arg(to.schemaVersion())};
    QSqlDatabase target = to.connection();
    QSqlDatabase source = from.connection();
    sqlite3 *lite = Database::nativeHandle(source);
    PGconn *pg = PgStatement::handleOf(target);
    if (!lite || !pg || !target.isOpen())
        return Error {tr("Cannot open %1 or %2.").arg(from.displayName(), to.displayName())};

    // The server's tables and their columns, in the server's column order.
    QSqlQuery q(target);
    if (!q.exec(u"SELECT c.relname, a.attname FROM pg_class c JOIN pg_namespace n ON "
                "n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid WHERE "
                "n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT "
                "a.attisdropped AND c.relname <> 'parceldesk_schema' ORDER BY c.relname, "
                "a.attnum"_s))
        return Error {tr("Cannot read the tables of %1: %2")
                          .arg(to.displayName(), q.lastError().databaseText())};
    QList<std::pair<QString, QStringList>> serverTables;
    while (q.next()) {
        const QString table = q.value(0).toString();
        if (serverTables.isEmpty() || serverTables.last().first != table)
            serverTables.append({table, {}});
        serverTables.last().second.append(q.value(1).toString());
    }
    QStringList fileTables;
    {
        SqliteStatement st(lite,
            u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'");
        while (st.step())
            fileTables.append(st.columnText(0));
    }

    if (!target.transaction())
        return Error {
            tr("Cannot write to %1: %2").arg(to.displayName(), target.lastError().databaseText())};
    const auto fail = [&](const QString &message) -> Result<Counts> {
        target.rollback();
        return Error {message};
    };
    if (replace) {
        QStringList all;
        for (const auto &table : std::as_const(serverTables))
            all.append(quoted(table.first));
        if (!all.isEmpty() && !q.exec(u"TRUNCATE %1 RESTART IDENTITY"_s.arg(all.join(u", "_s))))
            return fail(
                tr("Cannot empty %1: %2").arg(to.displayName(), q.lastError().databaseText()));
    } else {
        if (!q.exec(u"SELECT (SELECT count(*) FROM shipments) + (SELECT count(*) FROM orders) + "
                    "(SELECT count(*) FROM customers)"_s)
            || !q.next())
            return fail(q.lastError().databaseText());
        if (q.value(0).toLongLong() > 0)
            return fail(tr("%1 already holds shipments, orders or customers; copy into an empty "
                           "database, or replace what it holds.")
                            .arg(to.displayName()));
    }
    // Rows arrive as they were stored: foreign keys and triggers would only check and
    // recompute what the file already holds (and the order of tables would matter).
    for (const auto &[table, columns] : std::as_const(serverTables)) {
        if (!q.exec(u"ALTER TABLE %1 DISABLE TRIGGER ALL"_s.arg(quoted(table))))
            return fail(
                tr("Cannot prepare %1 for the copy: %2").arg(table, q.lastError().databaseText()));
        if (!q.exec(u"SELECT 1 FROM %1 LIMIT 1"_s.arg(quoted(table))))
            return fail(q.lastError().databaseText());
        // Seed rows of the baseline (settings, rules) are replaced by the file's.
        if (q.next() && fileTables.contains(table)
            && !q.exec(u"DELETE FROM %1"_s.arg(quoted(table))))
            return fail(q.lastError().databaseText());
    }

    Counts counts;
    int done = 0;
    for (const auto &[table, columns] : std::as_const(serverTables)) {
        if (cancel && cancel->load())
            return fail(tr("The copy was cancelled; %1 was left as it was.").arg(to.displayName()));
        ++done;
        if (!fileTables.contains(table))
            continue;
        QStringList fileColumns;
        {
            SqliteStatement info(lite, u"SELECT name FROM pragma_table_info(?)");
            info.bind(1, table);
            while (info.step())
                fileColumns.append(info.columnText(0));
        }
        QStringList shared;
        for (const QString &c : columns)
            if (fileColumns.contains(c))
                shared.append(c);
        QStringList quotedColumns;
        for (const QString &c : std::as_const(shared))
            quotedColumns.append(quoted(c));
        const QString list = quotedColumns.join(u", "_s);
        // The raw statement keeps each value's own type (an integer stays an integer).
        sqlite3_stmt *raw = nullptr;
        const QByteArray selectSql = u"SELECT %1 FROM %2"_s.arg(list, quoted(table)).toUtf8();
        if (sqlite3_prepare_v2(lite, selectSql.constData(), -1, &raw, nullptr) != SQLITE_OK) {
            sqlite3_finalize(raw);
            return fail(
                tr("Cannot read %1 from %2: %3")
                    .arg(table, from.displayName(), QString::fromUtf8(sqlite3_errmsg(lite))));
        }
        const auto finalize = qScopeGuard([&raw] { sqlite3_finalize(raw); });
        const QByteArray copySql = u"COPY %1 (%2) FROM STDIN"_s.arg(quoted(table), list).toUtf8();
        PGresult *started = PQexec(pg, copySql.constData());
        const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
        PQclear(started);
        if (!copying)
            return fail(tr("Cannot copy into %1: %2").arg(table, pgError(pg)));

        QByteArray buffer;
        QString sendError;
        qint64 tableRows = 0;
        while (sqlite3_step(raw) == SQLITE_ROW) {
            for (int c = 0; c < shared.size(); ++c) {
                if (c > 0)
                    buffer += '\t';
                appendCopyValue(buffer, raw, c);
            }
            buffer += '\n';
            ++tableRows;
            if (buffer.size() > (1 << 20)) {
                if (PQputCopyData(pg, buffer.constData(), int(buffer.size())) != 1) {
                    sendError = pgError(pg);
                    break;
                }
                buffer.clear();
                if (cancel && cancel->load())
                    break;
            }
        }
        if (sendError.isEmpty() && !buffer.isEmpty()
            && PQputCopyData(pg, buffer.constData(), int(buffer.size())) != 1)
            sendError = pgError(pg);
        const bool cancelled = cancel && cancel->load();
        PQputCopyEnd(pg, cancelled ? "cancelled" : nullptr);
        QString copyError;
        while (PGresult *result = PQgetResult(pg)) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK && copyError.isEmpty())
                copyError = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            PQclear(result);
        }
        if (cancelled)
            return fail(tr("The copy was cancelled; %1 was left as it was.").arg(to.displayName()));
        if (!sendError.isEmpty() || !copyError.isEmpty())
            return fail(tr("Cannot copy the table %1: %2")
                            .arg(table, sendError.isEmpty() ? copyError : sendError));
        ++counts.tables;
        counts.rows += tableRows;
        if (progress)
            progress(table, done, int(serverTables.size()));
    }

    for (const auto &[table, columns] : std::as_const(serverTables)) {
        if (!q.exec(u"ALTER TABLE %1 ENABLE TRIGGER ALL"_s.arg(quoted(table))))
            return fail(q.lastError().databaseText());
    }
    // Identity columns continue after the copied ids.
    if (!q.exec(u"SELECT c.relname, a.attname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                "c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid WHERE n.nspname = "
                "current_schema() AND a.attidentity <> ''"_s))
        return fail(q.lastError().databaseText());
    QList<std::pair<QString, QString>> identities;
    while (q.next())
        identities.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &[table, column] : std::as_const(identities)) {
        if (!q.exec(u"SELECT setval(pg_get_serial_sequence('%1', '%2'), coalesce(max(%3), 0) + 1, "
                    "false) FROM %1"_s.arg(table, column, quoted(column))))
            return fail(q.lastError().databaseText());
    }
    // Tables only the server has, derived from the copied rows.
    if (!q.exec(u"SELECT proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname = current_schema() AND proname LIKE 'parceldesk_rebuild_%' "
                "AND pronargs = 0"_s))
        return fail(q.lastError().databaseText());
    QStringList rebuilds;
    while (q.next())
        rebuilds.append(q.value(0).toString());
    for (const QString &function : std::as_const(rebuilds)) {
        if (!q.exec(u"SELECT %1()"_s.arg(quoted(function))))
            return fail(tr("Cannot rebuild after the copy (%1): %2")
                            .arg(function, q.lastError().databaseText()));
    }
    if (!target.commit())
        return fail(tr("Cannot finish the copy into %1: %2")
                        .arg(to.displayName(), target.lastError().databaseText()));
    return counts;
}

} // namespace ParcelDesk
