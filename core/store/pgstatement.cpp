#include "pgstatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

QString lastError(PGconn *connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

} // namespace

QByteArray PgStatement::numbered(QStringView sql, QList<int> *used)
{
    QString out;
    out.reserve(sql.size() + 16);
    int next = 0;
    bool inString = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql[i];
        if (c == u'\'')
            inString = !inString;
        if (c != u'?' || inString) {
            out += c;
            continue;
        }
        qsizetype j = i + 1;
        while (j < sql.size() && sql[j].isDigit())
            ++j;
        const int number = j > i + 1 ? sql.mid(i + 1, j - i - 1).toInt() : ++next;
        if (!used->contains(number))
            used->append(number);
        out += u'$' + QString::number(number);
        i = j - 1;
    }
    return out.toUtf8();
}

PgStatement::PgStatement(pg_conn *connection, QStringView sql)
    : m_connection(connection)
{
    if (!connection) {
        m_prepareError = u"no database connection"_s;
        return;
    }
    static std::atomic<quint64> counter = 0;
    m_name = "parceldesk_" + QByteArray::number(++counter);
    QList<int> used;
    const QByteArray text = numbered(sql, &used);
    const int parameters = used.isEmpty() ? 0 : *std::max_element(used.cbegin(), used.cend());
    m_values.resize(size_t(parameters));
    m_null.assign(size_t(parameters), true);
    // A number the statement skips (the writer binds ?5 whether or not its UPDATE sets that
    // column) still needs a type: text, which nothing reads.
    constexpr Oid textOid = 25;
    std::vector<Oid> types(size_t(parameters), 0);
    for (int n = 1; n <= parameters; ++n) {
        if (!used.contains(n))
            types[size_t(n - 1)] = textOid;
    }
    PGresult *result
        = PQprepare(connection, m_name.constData(), text.constData(), parameters, types.data());
    m_prepared = PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!m_prepared)
        m_prepareError = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
}

PgStatement::~PgStatement()
{
    PQclear(m_result);
    if (m_prepared && PQstatus(m_connection) == CONNECTION_OK) {
        // Only possible outside a failed transaction; otherwise the session's end frees it.
        if (PQtransactionStatus(m_connection) != PQTRANS_INERROR)
            PQclear(PQexec(m_connection, QByteArray("DEALLOCATE " + m_name).constData()));
    }
}

void PgStatement::setParameter(int index, QByteArray value, bool null)
{
    if (index < 1 || size_t(index) > m_values.size())
        return;
    m_values[size_t(index - 1)] = std::move(value);
    m_null[size_t(index - 1)] = null;
}

void PgStatement::bind(int index, qint64 value)
{
    setParameter(index, QByteArray::number(value), false);
}

void PgStatement::bind(int index, QStringView text)
{
    setParameter(index, text.toUtf8(), false);
}

void PgStatement::bind(int index, const std::optional<qint64> &value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

void PgStatement::bindNull(int index)
{
    setParameter(index, {}, true);
}

bool PgStatement::step()
{
    m_texts.clear();
    if (!m_result) {
        if (!m_prepared)
            return false;
        std::vector<const char *> values(m_values.size());
        for (size_t i = 0; i < m_values.size(); ++i)
            values[i] = m_null[i] ? nullptr : m_values[i].constData();
        m_result = PQexecPrepared(m_connection, m_name.constData(), int(values.size()),
            values.data(), nullptr, nullptr, 0);
        const ExecStatusType status = PQresultStatus(m_result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            m_error = QString::fromUtf8(PQresultErrorMessage(m_result)).trimmed();
            if (m_error.isEmpty())
                m_error = lastError(m_connection);
            return false;
        }
        m_changes = QByteArray(PQcmdTuples(m_result)).toLongLong();
        m_row = -1;
    }
    ++m_row;
    return m_row < PQntuples(m_result);
}

void PgStatement::reset()
{
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_error.clear();
    m_texts.clear();
}

qint64 PgStatement::columnInt64(int column) const
{
    return QByteArray(PQgetvalue(m_result, m_row, column)).toLongLong();
}

QString PgStatement::columnText(int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column));
}

QStringView PgStatement::columnView(int column) const
{
    if (m_texts.size() <= column)
        m_texts.resize(column + 1);
    m_texts[column] = columnText(column);
    return m_texts[column];
}

bool PgStatement::columnIsNull(int column) const
{
    return PQgetisnull(m_result, m_row, column) != 0;
}

pg_conn *PgStatement::handleOf(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "pg_conn*") != 0)
        return nullptr;
    return *static_cast<pg_conn *const *>(v.constData());
}

QString PgStatement::exec(pg_conn *connection, const char *sql)
{
    PGresult *result = PQexec(connection, sql);
    const ExecStatusType status = PQresultStatus(result);
    QString error;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    return error;
}

} // namespace ParcelDesk
