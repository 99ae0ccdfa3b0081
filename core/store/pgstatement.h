#pragma once

#include "sqlstatement.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>

#include <vector>

struct pg_conn;
struct pg_result;

namespace ParcelDesk {

// A prepared statement on libpq, on the connection behind a Qt QPSQL connection: the server
// parses the statement once, and each run sends only the values. Values travel as text, so
// PostgreSQL must be able to tell each parameter's type from where it stands (write a CAST
// where it cannot). Results are read whole; step() walks their rows.
class PgStatement final : public SqlStatement
{
public:
    PgStatement(pg_conn *connection, QStringView sql);
    ~PgStatement() override;

    bool isValid() const override { return m_prepared; }
    QString prepareError() const override { return m_prepareError; }

    void bind(int index, qint64 value) override;
    void bind(int index, QStringView text) override;
    void bind(int index, const std::optional<qint64> &value) override;
    void bindStatic(int index, QStringView text) override { bind(index, text); }
    void bindNull(int index) override;

    bool step() override;
    void reset() override;
    bool failed() const override { return !m_error.isEmpty(); }
    QString error() const override { return m_error; }
    qint64 changes() const override { return m_changes; }

    qint64 columnInt64(int column) const override;
    QString columnText(int column) const override;
    QStringView columnView(int column) const override;
    bool columnIsNull(int column) const override;

    // The libpq connection behind a QPSQL connection; nullptr for any other.
    static pg_conn *handleOf(const QSqlDatabase &db);
    // Runs a statement that returns nothing; returns the error text, empty on success.
    static QString exec(pg_conn *connection, const char *sql);
    // ?1 / ? placeholders as PostgreSQL's $1; the numbers that occur in *used.
    static QByteArray numbered(QStringView sql, QList<int> *used);

private:
    void setParameter(int index, QByteArray value, bool null);

    pg_conn *m_connection = nullptr;
    QByteArray m_name;
    bool m_prepared = false;
    QString m_prepareError;
    QString m_error;
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
    pg_result *m_result = nullptr;
    int m_row = -1;
    qint64 m_changes = 0;
    mutable QList<QString> m_texts; // columnView's text of the current row
};

} // namespace ParcelDesk
