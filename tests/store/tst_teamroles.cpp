#include "pgsupport.h"
#include "store/consentrepository.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/migrations.h"
#include "store/problemcaserepository.h"
#include "store/returnpolicystore.h"
#include "store/storewriter.h"
#include "store/teamroles.h"
#include "store/voucherrepository.h"
#include "testsupport.h"
#include "workflows/wismoactions.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;
using Role = TeamRoles::Role;
using Capability = TeamRoles::Capability;

// Team roles: the matrix itself, and on the test server that the database allows each role
// what may() says and refuses the rest, that the triggers still keep the derived tables for a
// role that cannot write them, and that the audit log names the login and hides other people's
// entries from agents.
class TestTeamRoles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rolesNest();
    void logins_data();
    void logins();
    void aFileHasOneUserWhoMayDoEverything();
    void setUpIsForTheOwnerAndRunsAgain();
    void everyTriggerFunctionRunsAsTheOwner();
    void eachRoleIsWhoItIs();
    void capabilitiesAgreeWithTheGrants();
    void databaseRefusesWhatARoleMayNotDo();
    void vouchersGoBackOnlyFromMessagesThatNeverLeft();
    void agentLogsAContactAndTheFiguresFollow();
    void logisticsStoresTrackingEventsAndTheFiguresFollow();
    void supervisorChangesTheBudget();
    void auditLogNamesTheLoginAndHidesOthersEntries();
    void deskActionsThroughTheirCode();
    void casesAreWorkedByLogistics();
    void ownerWithoutCreateRoleRunsSetUpAgain();
    void anUpgradeKeepsTheTeamSetUp();

private:
    // The rows the probes work on, made by the owner.
    struct Seed
    {
        qint64 customer = 0;
        qint64 order = 0;
        qint64 shipment = 0;
        qint64 problemCase = 0;
        qint64 returnCase = 0;
        qint64 queuedMessage = 0; // holds heldVoucher
        qint64 draftMessage = 0;
        qint64 sentMessage = 0; // holds sentVoucher
        qint64 freeVoucher = 0;
        qint64 heldVoucher = 0;
        qint64 sentVoucher = 0;
        qint64 ownerAudit = 0; // an entry the owner wrote, with a detail
    };

    bool serverMissing();
    QString loginUrl(const QString &login) const;
    const Database &as(Role role) const;
    QString login(Role role) const;
    static qint64 insert(const Database &db, const QString &sql);
    // The statements that stand for a capability: what its code writes that a role below its
    // minimum may not.
    QStringList probe(Capability capability) const;
    // Runs statements in a transaction that is rolled back; allowed when each ran and each
    // INSERT, UPDATE or DELETE touched a row (row-level security hides rows without an error).
    static bool allowed(const Database &db, const QStringList &statements, QString *why);
    static bool refused(const Database &db, const QString &statement);

    QString m_why;
    QString m_url;
    QString m_prefix;
    std::optional<Database> m_owner;
    std::map<Role, Database> m_members;
    Seed m_seed;
};

bool TestTeamRoles::serverMissing()
{
    return !m_why.isEmpty();
}

#define REQUIRE_SERVER()                                                                           \
    do {                                                                                           \
        if (serverMissing()) {                                                                     \
            if (qEnvironmentVariableIntValue("PARCELDESK_REQUIRE_PG"))                             \
                QFAIL(qPrintable(m_why));                                                          \
            QSKIP(qPrintable(m_why));                                                              \
        }                                                                                          \
    } while (false)

qint64 TestTeamRoles::insert(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

QString TestTeamRoles::loginUrl(const QString &name) const
{
    QUrl url(m_url);
    url.setUserName(name);
    return url.toString();
}

QString TestTeamRoles::login(Role role) const
{
    return m_prefix + TeamRoles::roleKey(role);
}

const Database &TestTeamRoles::as(Role role) const
{
    return role == Role::Owner ? *m_owner : m_members.at(role);
}

void TestTeamRoles::initTestCase()
{
    m_why = TestSupport::pgUnavailable();
    if (serverMissing())
        return;
    // Roles belong to the whole cluster: names of this run only, dropped at the end.
    m_prefix = u"pdt%1_"_s.arg(QCoreApplication::applicationPid());
    m_url = TestSupport::freshServerDatabase();
    const auto owner = Database::open(m_url);
    QVERIFY2(owner, qPrintable(owner ? QString() : owner.error().message));
    m_owner = *owner;
    const Database &db = *m_owner;

    Seed &s = m_seed;
    s.customer = insert(db,
        u"INSERT INTO customers (name, email, created_at) VALUES ('Ada Probe', "
        "'ada@example.com', 1763000000000) RETURNING id"_s);
    s.order = insert(db,
        u"INSERT INTO orders (order_number, customer_id, placed_at) VALUES ('PD-1', %1, "
        "1763000000000) RETURNING id"_s.arg(s.customer));
    insert(db,
        u"INSERT INTO order_items (order_id, line, sku, description, quantity) VALUES (%1, 1, "
        "'SKU-1', 'Shirt', 1) RETURNING id"_s.arg(s.order));
    s.shipment = insert(db,
        u"INSERT INTO shipments (order_id, carrier, tracking_number, shipped_at, created_at, "
        "next_poll_at) VALUES (%1, 'dhl', '%2', 1763000000000, 1763000000000, 1763003600000) "
        "RETURNING id"_s.arg(s.order)
            .arg(TestSupport::dhlNumber(1)));
    s.problemCase = insert(db,
        u"INSERT INTO problem_cases (shipment_id, kind, opened_at) VALUES (%1, 'stuck', "
        "1763000000000) RETURNING id"_s.arg(s.shipment));
    s.returnCase = insert(db,
        u"INSERT INTO returns (order_id, rma, reason_code, created_at) VALUES (%1, 'RMA-1', "
        "'too_small', 1763000000000) RETURNING id"_s.arg(s.order));
    const auto message = [&](const QString &state) {
        return insert(db,
            u"INSERT INTO messages (customer_id, shipment_id, channel, language, kind, state, "
            "body, created_at, sent_at) VALUES (%1, %2, 'email', 'en', 'delay_apology_voucher', "
            "'%3', "
            "'Sorry', 1763000000000, %4) RETURNING id"_s.arg(s.customer)
                .arg(s.shipment)
                .arg(state, state == u"sent" ? u"1763000000001"_s : u"NULL"_s));
    };
    s.queuedMessage = message(u"queued"_s);
    s.draftMessage = message(u"draft"_s);
    s.sentMessage = message(u"sent"_s);
    const auto voucher = [&](const QString &code, const QString &messageId) {
        return insert(db,
            u"INSERT INTO vouchers (code, value_cents, cost_cents, source, imported_at, "
            "message_id, assigned_at) VALUES ('%1', 500, 400, 'test', 1763000000000, %2, %3) "
            "RETURNING id"_s.arg(
                code, messageId, messageId == u"NULL" ? u"NULL"_s : u"1763000000000"_s));
    };
    s.freeVoucher = voucher(u"FREE-1"_s, u"NULL"_s);
    s.heldVoucher = voucher(u"HELD-1"_s, QString::number(s.queuedMessage));
    s.sentVoucher = voucher(u"SENT-1"_s, QString::number(s.sentMessage));
    insert(db,
        u"INSERT INTO voucher_cases (case_id, voucher_id) VALUES (%1, %2) RETURNING case_id"_s
            .arg(s.problemCase)
            .arg(s.heldVoucher));
    insert(db,
        u"INSERT INTO consents (customer_id, channel, granted, source, at) VALUES (%1, 'email', "
        "1, 'checkout', 1763000000000) RETURNING at"_s.arg(s.customer));
    s.ownerAudit = insert(db,
        u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES "
        "(1763000000000, 'admin', 'note', 'customer', %1, 'Ada called from 0151 2345678') "
        "RETURNING id"_s.arg(s.customer));

    const Outcome set = TeamRoles::setUp(db);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    for (const Role role : {Role::Agent, Role::Logistics, Role::Supervisor}) {
        const auto added = TeamRoles::addUser(db, login(role), role);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QVERIFY(*added);
        const auto member = Database::open(loginUrl(login(role)));
        QVERIFY2(member, qPrintable(member ? QString() : member.error().message));
        m_members.emplace(role, *member);
    }
}

void TestTeamRoles::cleanupTestCase()
{
    if (serverMissing() || !m_owner)
        return;
    for (const auto &[role, db] : m_members)
        db.releaseConnection();
    for (const Role role : {Role::Agent, Role::Logistics, Role::Supervisor}) {
        const auto removed = TeamRoles::removeUser(*m_owner, login(role));
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
        QVERIFY(*removed);
    }
    QCOMPARE(TestSupport::scalar(*m_owner,
                 u"SELECT count(*) FROM pg_roles WHERE rolname LIKE '%1%%'"_s.arg(m_prefix)),
        0);
    m_owner->releaseConnection();
}

void TestTeamRoles::rolesNest()
{
    for (const Capability c : TeamRoles::capabilities()) {
        const Role least = TeamRoles::minimumRole(c);
        QVERIFY(!TeamRoles::may(Role::None, c));
        QVERIFY(TeamRoles::may(Role::Owner, c));
        // Whoever may, so may every role above; nobody below.
        for (const Role r : {Role::Agent, Role::Logistics, Role::Supervisor})
            QCOMPARE(TeamRoles::may(r, c), int(r) >= int(least));
        // Only agents' and logistics' capabilities list privileges: supervisors write everything.
        const bool listed = !TeamRoles::privilegesFor(c).isEmpty();
        if (least == Role::Supervisor || least == Role::Owner)
            QVERIFY(!listed);
        QVERIFY(!TeamRoles::capabilityLabel(c).isEmpty());
    }
    QCOMPARE(TeamRoles::minimumRole(Capability::ManageTeam), Role::Owner);
    QVERIFY(!TeamRoles::may(Role::Supervisor, Capability::ManageTeam));
    QVERIFY(TeamRoles::may(Role::Agent, Capability::LogContacts));
    QVERIFY(!TeamRoles::may(Role::Agent, Capability::Import));
    QVERIFY(!TeamRoles::may(Role::Logistics, Capability::EditReturnPolicy));
    for (const Role r : {Role::Agent, Role::Logistics, Role::Supervisor}) {
        QCOMPARE(TeamRoles::roleFromKey(TeamRoles::roleKey(r)), std::optional<Role>(r));
        QCOMPARE(TeamRoles::groupRole(r), u"parceldesk_"_s + TeamRoles::roleKey(r));
    }
    // Every capability is in the matrix once.
    QList<Capability> all = TeamRoles::capabilities();
    QCOMPARE(all.size(), int(Capability::ManageTeam) + 1);
    std::sort(all.begin(), all.end());
    QVERIFY(std::adjacent_find(all.cbegin(), all.cend()) == all.cend());
    QVERIFY(!TeamRoles::roleFromKey(u"owner"_s));
    QVERIFY(TeamRoles::groupRole(Role::Owner).isEmpty());
}

void TestTeamRoles::logins_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"alice"_s << true;
    QTest::newRow("digits and underscore") << u"_desk_2"_s << true;
    QTest::newRow("63 characters") << QString(63, u'a') << true;
    QTest::newRow("64 characters") << QString(64, u'a') << false;
    QTest::newRow("capital") << u"Alice"_s << false;
    QTest::newRow("leading digit") << u"2alice"_s << false;
    QTest::newRow("quote") << u"al\"ice"_s << false;
    QTest::newRow("injection") << u"a; DROP ROLE b"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("reserved prefix") << u"pg_monitor"_s << false;
    QTest::newRow("a group") << u"parceldesk_supervisor"_s << false;
}

void TestTeamRoles::logins()
{
    QFETCH(QString, login);
    QFETCH(bool, valid);
    QCOMPARE(TeamRoles::isValidLogin(login), valid);
}

void TestTeamRoles::aFileHasOneUserWhoMayDoEverything()
{
    QTemporaryDir dir;
    const auto db = Database::open(dir.filePath(u"one.sqlite"_s));
    QVERIFY(db);
    QCOMPARE(TeamRoles::currentRole(*db).value(), Role::Owner);
    QVERIFY(!TeamRoles::setUp(*db));
    QVERIFY(!TeamRoles::addUser(*db, u"alice"_s, Role::Agent));
    db->releaseConnection();
}

void TestTeamRoles::setUpIsForTheOwnerAndRunsAgain()
{
    REQUIRE_SERVER();
    const QString grants
        = u"SELECT string_agg(grantee || ' ' || privilege_type || ' ' || table_name || "
          "coalesce(' ' || column_name, ''), ', ' ORDER BY grantee, table_name, privilege_type, "
          "column_name) FROM (SELECT grantee, privilege_type, table_name, NULL AS column_name "
          "FROM information_schema.role_table_grants UNION SELECT grantee, privilege_type, "
          "table_name, column_name FROM information_schema.column_privileges WHERE "
          "(grantee, table_name, privilege_type) NOT IN (SELECT grantee, table_name, "
          "privilege_type FROM information_schema.role_table_grants)) AS g "
          "WHERE grantee LIKE 'parceldesk_%'"_s;
    const auto read = [&] {
        QSqlQuery q(m_owner->connection());
        return q.exec(grants) && q.next() ? q.value(0).toString() : QString();
    };
    const QString before = read();
    QVERIFY(before.contains(u"parceldesk_agent INSERT contacts"_s));
    QVERIFY(before.contains(u"parceldesk_agent UPDATE problem_cases note"_s));
    QVERIFY(!before.contains(u"parceldesk_agent UPDATE problem_cases state"_s));
    QVERIFY(before.contains(u"parceldesk_supervisor UPDATE audit_log detail"_s));
    QVERIFY(!before.contains(u"DELETE audit_log"_s));
    // A privilege given by hand, outside the matrix, goes at the next run.
    QVERIFY(
        QSqlQuery(m_owner->connection()).exec(u"GRANT DELETE ON settings TO parceldesk_agent"_s));
    const Outcome again = TeamRoles::setUp(*m_owner);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QCOMPARE(read(), before);

    for (const Role role : {Role::Agent, Role::Supervisor}) {
        const Outcome refused = TeamRoles::setUp(as(role));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"owner"_s), qPrintable(refused.error().message));
    }
    const auto notAllowed
        = TeamRoles::addUser(as(Role::Supervisor), m_prefix + u"x"_s, Role::Agent);
    QVERIFY(!notAllowed);
    QVERIFY2(notAllowed.error().message.contains(u"CREATEROLE"_s),
        qPrintable(notAllowed.error().message));
}

void TestTeamRoles::everyTriggerFunctionRunsAsTheOwner()
{
    REQUIRE_SERVER();
    const auto count = [&](const QString &condition) {
        return TestSupport::scalar(*m_owner,
            u"SELECT count(*) FROM pg_proc WHERE pronamespace = "
            "CAST(current_schema() AS regnamespace) AND prorettype = CAST('trigger' AS regtype) "_s
                + condition);
    };
    QVERIFY(count(QString()) > 10);
    QCOMPARE(count(u"AND NOT (prosecdef AND 'search_path=pg_catalog, public, pg_temp' = "
                   "ANY (proconfig))"_s),
        0);
}

void TestTeamRoles::eachRoleIsWhoItIs()
{
    REQUIRE_SERVER();
    for (const Role role : {Role::Agent, Role::Logistics, Role::Supervisor, Role::Owner}) {
        const auto current = TeamRoles::currentRole(as(role));
        QVERIFY2(current, qPrintable(current ? QString() : current.error().message));
        QCOMPARE(*current, role);
    }
}

QStringList TestTeamRoles::probe(Capability capability) const
{
    const Seed &s = m_seed;
    switch (capability) {
    case Capability::LogContacts:
        return {u"INSERT INTO contacts (shipment_id, order_id, channel, reason, agent, "
                "occurred_at) VALUES (%1, %2, 'phone', 'where_is_my_order', 'probe', "
                "1763100000000)"_s.arg(s.shipment)
                    .arg(s.order)};
    case Capability::QueueCustomerUpdates:
        return {u"INSERT INTO messages (customer_id, shipment_id, channel, language, kind, "
                "state, body, created_at) VALUES (%1, %2, 'email', 'en', 'wismo_update', "
                "'queued', 'On its way', 1763100000000)"_s.arg(s.customer)
                    .arg(s.shipment)};
    case Capability::RequestDeliveryChanges:
        return {u"INSERT INTO delivery_change_requests (shipment_id, option, requested_at, "
                "agent) VALUES (%1, 'reschedule', 1763100000000, 'probe')"_s.arg(s.shipment)};
    case Capability::RecordConsent:
        return {u"INSERT INTO consents (customer_id, channel, granted, source, at) VALUES (%1, "
                "'email', 0, 'phone call', 1763100000000) ON CONFLICT (customer_id, channel) DO "
                "UPDATE SET granted = excluded.granted, source = excluded.source, "
                "at = excluded.at"_s.arg(s.customer),
            u"UPDATE messages SET state = 'suppressed', suppression_reason = 'opted_out' "
            "WHERE id = %1"_s.arg(s.queuedMessage),
            u"DELETE FROM voucher_cases WHERE voucher_id = %1"_s.arg(s.heldVoucher),
            u"UPDATE vouchers SET message_id = NULL, assigned_at = NULL WHERE id = %1"_s.arg(
                s.heldVoucher)};
    case Capability::RegisterReturns:
        return {u"INSERT INTO returns (order_id, rma, reason_code, created_at) VALUES (%1, "
                "'RMA-PROBE', 'damaged', 1763100000000)"_s.arg(s.order),
            u"INSERT INTO return_items (return_id, category, quantity, reason_code) VALUES (%1, "
            "'fashion', 1, 'damaged')"_s.arg(s.returnCase)};
    case Capability::AddCaseNotes:
        return {u"UPDATE problem_cases SET note = 'Customer waits', updated_at = 1763100000000 "
                "WHERE id = %1"_s.arg(s.problemCase)};
    case Capability::ExportPersonalData:
        return {u"CREATE TEMP TABLE privacy_probe (id bigint)"_s,
            u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES "
            "(1763100000000, 'probe', 'exported', 'customer', %1, 'export.json')"_s.arg(
                s.customer)};
    case Capability::Import:
        return {u"INSERT INTO orders (order_number, customer_id, placed_at) VALUES "
                "('PD-IMPORTED', %1, 1763100000000)"_s.arg(s.customer)};
    case Capability::PollCarriers:
        return {u"INSERT INTO tracking_events (shipment_id, occurred_at, carrier_code, "
                "status_tag, sub_status, identity, received_at) VALUES (%1, 1763100000000, "
                "'AR', 'InTransit', 'ArrivalScan', 4242, 1763100000000)"_s.arg(s.shipment),
            u"UPDATE shipments SET next_poll_at = 1763107200000 WHERE id = %1"_s.arg(s.shipment),
            u"INSERT INTO carrier_usage (carrier, day_start, calls) VALUES ('dhl', "
            "1763078400000, 1) ON CONFLICT (carrier, day_start) DO UPDATE SET calls = "
            "carrier_usage.calls + excluded.calls"_s};
    case Capability::ManageCarrierAccounts:
        return {u"INSERT INTO carrier_accounts (carrier, updated_at) VALUES ('gls', "
                "1763100000000)"_s};
    case Capability::RunProblemRules:
        return {u"UPDATE problem_cases SET state = 'resolved', resolved_at = 1763100000000, "
                "resolution_code = 'delivered' WHERE id = %1"_s.arg(s.problemCase)};
    case Capability::EditProblemRules:
        return {u"INSERT INTO problem_rules (kind, threshold, priority, sla_hours, updated_at) "
                "VALUES ('stuck', 72, 2, 24, 1763100000000)"_s};
    case Capability::ResolveProblemCases:
        return {u"UPDATE problem_cases SET state = 'assigned', assignee = 'bob', "
                "updated_at = 1763100000000 WHERE id = %1"_s.arg(s.problemCase)};
    case Capability::ProcessReturns:
        return {u"UPDATE returns SET state = 'received', received_at = 1763100000000, "
                "updated_at = 1763100000000 WHERE id = %1"_s.arg(s.returnCase)};
    case Capability::EditDispositionRules:
        return {u"DELETE FROM disposition_rules WHERE position = 9"_s};
    case Capability::SendMessages:
        return {u"UPDATE messages SET state = 'sending', claimed_at = 1763100000000, "
                "attempts = attempts + 1 WHERE id = %1"_s.arg(s.queuedMessage)};
    case Capability::EditSettings:
        return {u"INSERT INTO settings (key, value) VALUES ('channel.email.host', "
                "'smtp.example.com') ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s};
    case Capability::EditReturnPolicy:
        return {u"INSERT INTO settings (key, value) VALUES ('returns.warehouse.DE', "
                "'Lager 1') ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s};
    case Capability::EditApologyRules:
        return {u"DELETE FROM apology_rules WHERE position = 50"_s};
    case Capability::ApproveApologies:
        return {u"UPDATE messages SET state = 'queued', decided_by = 'probe', "
                "decided_at = 1763100000000 WHERE id = %1"_s.arg(s.draftMessage),
            u"UPDATE vouchers SET message_id = %1, assigned_at = 1763100000000 WHERE id = %2"_s
                .arg(s.draftMessage)
                .arg(s.freeVoucher)};
    case Capability::EditTemplates:
        return {u"INSERT INTO message_templates (kind, language, subject, text_body, html_body, "
                "sms, updated_at, updated_by) VALUES ('wismo_update', 'de', 'S', 'T', 'H', 'M', "
                "1763100000000, 'probe')"_s};
    case Capability::ManageVouchers:
        return {u"INSERT INTO vouchers (code, value_cents, cost_cents, source, imported_at) "
                "VALUES ('PROBE-1', 500, 400, 'probe.csv:2', 1763100000000)"_s};
    case Capability::Purge:
        return {
            u"UPDATE customers SET name = 'Erased', email = NULL WHERE id = %1"_s.arg(s.customer),
            u"UPDATE audit_log SET detail = NULL WHERE id = %1"_s.arg(s.ownerAudit)};
    case Capability::ManageTeam:
        return {u"ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY"_s};
    }
    return {};
}

bool TestTeamRoles::allowed(const Database &db, const QStringList &statements, QString *why)
{
    QSqlDatabase connection = db.connection();
    QSqlQuery q(connection);
    if (!q.exec(u"BEGIN"_s)) {
        *why = q.lastError().text();
        return false;
    }
    bool ok = true;
    for (const QString &statement : statements) {
        ok = q.exec(statement);
        if (!ok) {
            *why = q.lastError().databaseText();
            break;
        }
        const bool dml = statement.startsWith(u"INSERT"_s) || statement.startsWith(u"UPDATE"_s)
            || statement.startsWith(u"DELETE"_s);
        if (dml && q.numRowsAffected() < 1) {
            ok = false;
            *why = u"no row: "_s + statement;
            break;
        }
    }
    QSqlQuery(connection).exec(u"ROLLBACK"_s);
    return ok;
}

bool TestTeamRoles::refused(const Database &db, const QString &statement)
{
    QString why;
    return !allowed(db, {statement}, &why)
        && (why.contains(u"permission denied"_s) || why.contains(u"row-level security"_s)
            || why.startsWith(u"no row"_s));
}

void TestTeamRoles::capabilitiesAgreeWithTheGrants()
{
    REQUIRE_SERVER();
    for (const Role role : {Role::Agent, Role::Logistics, Role::Supervisor, Role::Owner}) {
        const Role current = TeamRoles::currentRole(as(role)).value();
        for (const Capability c : TeamRoles::capabilities()) {
            const QStringList statements = probe(c);
            QVERIFY2(!statements.isEmpty(), "every capability needs a probe");
            QString why;
            const bool done = allowed(as(role), statements, &why);
            QVERIFY2(done == TeamRoles::may(current, c),
                qPrintable(u"%1 / %2: may() says %3, the database %4 (%5)"_s.arg(
                    TeamRoles::roleLabel(role), TeamRoles::capabilityLabel(c),
                    TeamRoles::may(current, c) ? u"yes"_s : u"no"_s,
                    done ? u"allowed it"_s : u"refused it"_s, why)));
        }
    }
}

void TestTeamRoles::databaseRefusesWhatARoleMayNotDo()
{
    REQUIRE_SERVER();
    const Database &agent = as(Role::Agent);
    const Database &logistics = as(Role::Logistics);
    const Database &supervisor = as(Role::Supervisor);
    QVERIFY(refused(agent, u"UPDATE settings SET value = '9' WHERE key = 'apology.cap_per_day'"_s));
    QVERIFY(refused(agent, u"UPDATE problem_cases SET state = 'resolved' WHERE true"_s));
    QVERIFY(refused(agent,
        u"INSERT INTO tracking_events (shipment_id, occurred_at, "
        "carrier_code, status_tag, sub_status, identity, received_at) "
        "VALUES (1, 1, 'x', 'InTransit', 'InTransit', 1, 1)"_s));
    QVERIFY(refused(logistics, u"DELETE FROM apology_rules"_s));

    // Logistics changing the return policy, through the code the console uses.
    const auto policy = ReturnPolicyStore::load(logistics);
    QVERIFY2(policy, qPrintable(policy ? QString() : policy.error().message));
    const Outcome saved = ReturnPolicyStore::save(logistics, *policy, u"bob"_s, 1763100000000);
    QVERIFY(!saved);
    QVERIFY2(
        saved.error().message.contains(u"permission denied"_s), qPrintable(saved.error().message));
    QVERIFY(ReturnPolicyStore::save(supervisor, *policy, u"sue"_s, 1763100000000));

    // The audit log is append-only for everyone; a supervisor may only blank a detail.
    for (const Role role : {Role::Agent, Role::Logistics, Role::Supervisor}) {
        QVERIFY(refused(as(role), u"DELETE FROM audit_log"_s));
        QVERIFY(refused(as(role),
            u"UPDATE audit_log SET actor = 'nobody' WHERE id = %1"_s.arg(m_seed.ownerAudit)));
        QVERIFY(refused(as(role), u"TRUNCATE audit_log"_s));
    }
    QVERIFY(refused(agent, u"UPDATE audit_log SET detail = NULL WHERE true"_s));
    QVERIFY(refused(supervisor,
        u"UPDATE audit_log SET detail = 'forged' WHERE id = %1"_s.arg(m_seed.ownerAudit)));
    QString why;
    QVERIFY2(
        allowed(supervisor,
            {u"UPDATE audit_log SET detail = NULL WHERE id = %1"_s.arg(m_seed.ownerAudit)}, &why),
        qPrintable(why));
    // Nobody but the migration runner writes the schema version.
    QVERIFY(refused(supervisor, u"UPDATE parceldesk_schema SET version = 99"_s));
}

void TestTeamRoles::vouchersGoBackOnlyFromMessagesThatNeverLeft()
{
    REQUIRE_SERVER();
    const Seed &s = m_seed;
    for (const Role role : {Role::Agent, Role::Logistics}) {
        // Giving a code out is the apology workflow's, a supervisor's.
        QVERIFY(refused(as(role),
            u"UPDATE vouchers SET message_id = %1, assigned_at = 1 WHERE id = %2"_s
                .arg(s.draftMessage)
                .arg(s.freeVoucher)));
        // A code that went out with a message stays used.
        QVERIFY(refused(as(role),
            u"UPDATE vouchers SET message_id = NULL, assigned_at = NULL WHERE id = %1"_s.arg(
                s.sentVoucher)));
        // Only back into the pool, not to another message.
        QVERIFY(refused(as(role),
            u"UPDATE vouchers SET message_id = %1 WHERE id = %2"_s.arg(s.draftMessage)
                .arg(s.heldVoucher)));
        QString why;
        QVERIFY2(
            allowed(as(role),
                {u"UPDATE vouchers SET message_id = NULL, assigned_at = NULL WHERE id = %1"_s.arg(
                    s.heldVoucher)},
                &why),
            qPrintable(why));
    }
    QVERIFY(refused(as(Role::Logistics),
        u"INSERT INTO vouchers (code, value_cents, cost_cents, source, imported_at) VALUES "
        "('X', 1, 1, 'x', 1)"_s));
    QString why;
    QVERIFY2(allowed(as(Role::Supervisor),
                 {u"UPDATE vouchers SET message_id = %1, assigned_at = 1 WHERE id = %2"_s
                         .arg(s.draftMessage)
                         .arg(s.freeVoucher)},
                 &why),
        qPrintable(why));
}

void TestTeamRoles::agentLogsAContactAndTheFiguresFollow()
{
    REQUIRE_SERVER();
    const Database &agent = as(Role::Agent);
    const qint64 at = 1763200000000;
    const QString figures
        = u"SELECT coalesce(sum(contacts), 0) * 10 + coalesce(sum(repeats), 0) FROM contact_daily "
          "WHERE day = %1"_s.arg(at / 86400000);
    const qint64 before = TestSupport::scalar(*m_owner, figures);
    Contact c;
    c.shipmentId = m_seed.shipment;
    c.orderId = m_seed.order;
    c.channel = u"phone"_s;
    c.reason = u"where_is_my_order"_s;
    c.agent = u"alice"_s;
    c.atMs = at;
    const auto first = ContactRepository(agent).insert(c);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    c.atMs = at + 60'000;
    const auto second = ContactRepository(agent).insert(c);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    // Two contacts that day, the second a repeat: the triggers wrote what the agent cannot.
    QCOMPARE(TestSupport::scalar(*m_owner, figures), before + 21);
    QCOMPARE(TestSupport::scalar(
                 *m_owner, u"SELECT repeated FROM contacts WHERE id = %1"_s.arg(*second)),
        1);
    QVERIFY(refused(agent, u"UPDATE contacts SET repeated = 0 WHERE id = %1"_s.arg(*second)));
    QVERIFY(refused(agent, u"DELETE FROM contact_daily"_s));
}

void TestTeamRoles::logisticsStoresTrackingEventsAndTheFiguresFollow()
{
    REQUIRE_SERVER();
    const Database &logistics = as(Role::Logistics);
    const qint64 id = insert(*m_owner,
        u"INSERT INTO shipments (order_id, carrier, tracking_number, shipped_at, created_at, "
        "promised_at) VALUES (%1, 'dhl', '%2', 1763000000000, 1763000000000, 1763251200000) "
        "RETURNING id"_s.arg(m_seed.order)
            .arg(TestSupport::dhlNumber(2)));
    const QString inFlight
        = u"SELECT coalesce(sum(shipments), 0) FROM shipment_daily WHERE "
          "day = %1 AND carrier = 'dhl' AND status_tag = '%2'"_s.arg(1763000000000 / 86400000);
    const qint64 pending = TestSupport::scalar(*m_owner, inFlight.arg(u"Pending"_s));
    const qint64 delivered = TestSupport::scalar(*m_owner, inFlight.arg(u"Delivered"_s));
    {
        StoreWriter writer(logistics);
        QSignalSpy failed(&writer, &StoreWriter::batchFailed);
        QSignalSpy written(&writer, &StoreWriter::batchWritten);
        const qint64 t0 = 1763100000000;
        writer.submit(
            {TestSupport::makeEvent(id, t0, SubStatus::AcceptanceScan, u"PU"_s),
                TestSupport::makeEvent(id, t0 + 3'600'000, SubStatus::FailedAttempt, u"NA"_s),
                TestSupport::makeEvent(id, t0 + 90'000'000, SubStatus::Delivered, u"DL"_s)},
            {}, {{u"dhl"_s, 1763078400000, 3}});
        QVERIFY(writer.waitForIdle(10000));
        QTRY_COMPARE(written.size() + failed.size(), 1);
        QVERIFY2(failed.isEmpty(),
            qPrintable(failed.isEmpty() ? QString() : failed.first().at(1).toString()));
    }
    logistics.releaseConnection();
    QCOMPARE(TestSupport::scalar(*m_owner,
                 u"SELECT count(*) FROM tracking_events WHERE shipment_id = %1"_s.arg(id)),
        3);
    QCOMPARE(TestSupport::scalar(*m_owner, inFlight.arg(u"Pending"_s)), pending - 1);
    QCOMPARE(TestSupport::scalar(*m_owner, inFlight.arg(u"Delivered"_s)), delivered + 1);
    QCOMPARE(
        TestSupport::scalar(*m_owner,
            u"SELECT delivered * 100 + on_time * 10 + first_attempt FROM delivery_daily "
            "WHERE day = %1 AND carrier = 'dhl'"_s.arg((1763100000000 + 90'000'000) / 86400000)),
        110);
    QVERIFY(TestSupport::scalar(*m_owner,
                u"SELECT calls FROM carrier_usage WHERE carrier = 'dhl' AND day_start = "
                "1763078400000"_s)
        >= 3);
    // Scans are the carriers' word: logistics stores them and never takes one back.
    QVERIFY(refused(logistics,
        u"DELETE FROM tracking_events WHERE shipment_id = %1 AND status_tag = 'AttemptFail'"_s.arg(
            id)));
}

void TestTeamRoles::supervisorChangesTheBudget()
{
    REQUIRE_SERVER();
    const QString budget
        = u"SELECT CAST(value AS bigint) FROM settings WHERE key = 'apology.voucher_budget_cents'"_s;
    QVERIFY(!VoucherRepository(as(Role::Logistics)).setMonthlyBudget(1, u"bob"_s, 1763100000000));
    QCOMPARE(TestSupport::scalar(*m_owner, budget), 50000);
    const Outcome set
        = VoucherRepository(as(Role::Supervisor)).setMonthlyBudget(75000, u"sue"_s, 1763100000000);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    QCOMPARE(TestSupport::scalar(*m_owner, budget), 75000);
}

void TestTeamRoles::auditLogNamesTheLoginAndHidesOthersEntries()
{
    REQUIRE_SERVER();
    const Database &agent = as(Role::Agent);
    // The writer is the login, whatever the statement says.
    QSqlQuery q(agent.connection());
    QVERIFY2(q.exec(u"INSERT INTO audit_log (at, actor, action, entity, detail, db_user) VALUES "
                    "(1763300000000, 'someone else', 'note', 'customer', 'called back', "
                    "'postgres') RETURNING id, db_user"_s)
            && q.next(),
        qPrintable(q.lastError().text()));
    const qint64 own = q.value(0).toLongLong();
    QCOMPARE(q.value(1).toString(), login(Role::Agent));
    q.finish();

    const QString others
        = u"SELECT count(*) FROM audit_log WHERE db_user IS DISTINCT FROM '%1'"_s.arg(
            login(Role::Agent));
    const qint64 all = TestSupport::scalar(*m_owner, u"SELECT count(*) FROM audit_log"_s);
    QVERIFY(TestSupport::scalar(*m_owner, others) > 0);
    // An agent sees its own entries and the history of problem cases, nothing else.
    QCOMPARE(TestSupport::scalar(agent, others + u" AND entity <> 'problem_case'"_s), 0);
    QVERIFY(TestSupport::scalar(agent, u"SELECT count(*) FROM audit_log WHERE id = %1"_s.arg(own))
        == 1);
    QCOMPARE(TestSupport::scalar(as(Role::Supervisor), u"SELECT count(*) FROM audit_log"_s), all);

    // A supervisor's erasure blanks the detail and leaves the writer.
    QVERIFY(QSqlQuery(as(Role::Supervisor).connection())
                .exec(u"UPDATE audit_log SET detail = NULL WHERE id = %1"_s.arg(own)));
    QCOMPARE(TestSupport::scalar(*m_owner,
                 u"SELECT count(*) FROM audit_log WHERE id = %1 AND detail IS NULL AND "
                 "db_user = '%2'"_s.arg(own)
                     .arg(login(Role::Agent))),
        1);
    // Entries written through the repositories carry the login too.
    QVERIFY(TestSupport::scalar(*m_owner,
                u"SELECT count(*) FROM audit_log WHERE action = 'logged' AND entity = 'contact' "
                "AND db_user = '%1'"_s.arg(login(Role::Agent)))
        >= 2);
    QVERIFY(TestSupport::scalar(*m_owner,
                u"SELECT count(*) FROM audit_log WHERE action = 'changed' AND entity = 'setting' "
                "AND db_user = '%1'"_s.arg(login(Role::Supervisor)))
        >= 1);
}

void TestTeamRoles::deskActionsThroughTheirCode()
{
    REQUIRE_SERVER();
    const Database &agent = as(Role::Agent);
    const Seed &s = m_seed;
    const qint64 at = 1763400000000;

    Message update;
    update.customerId = s.customer;
    update.shipmentId = s.shipment;
    update.language = u"en"_s;
    update.kind = u"wismo_update"_s;
    update.body = u"Your parcel is on its way."_s;
    update.createdAtMs = at;
    const auto queued = WismoActions::queueUpdate(agent, update, u"ada@example.com"_s, u"alice"_s);
    QVERIFY2(queued, qPrintable(queued ? QString() : queued.error().message));

    QVERIFY(QSqlQuery(m_owner->connection())
                .exec(u"INSERT INTO delivery_options (shipment_id, option, eligibility, "
                      "updated_at) VALUES (%1, 'RESCHEDULE', 'ELIGIBLE', 1)"_s.arg(s.shipment)));
    Contact c;
    c.shipmentId = s.shipment;
    c.orderId = s.order;
    c.channel = u"phone"_s;
    c.reason = u"delivery_change"_s;
    c.agent = u"alice"_s;
    c.atMs = at;
    const auto requested
        = WismoActions::requestDeliveryChange(agent, c, u"RESCHEDULE"_s, u"Friday"_s);
    QVERIFY2(requested, qPrintable(requested ? QString() : requested.error().message));

    // An opt-out on the phone holds back the queued apology and the draft, and frees the
    // queued one's code.
    Consent optOut;
    optOut.customerId = s.customer;
    optOut.channel = MessageChannel::Email;
    optOut.granted = false;
    optOut.source = u"phone call"_s;
    optOut.atMs = at;
    const auto changed = ConsentRepository(agent).set(optOut, u"alice"_s);
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message));
    QCOMPARE(changed->heldBack, 2);
    QCOMPARE(TestSupport::scalar(*m_owner,
                 u"SELECT count(*) FROM vouchers WHERE id = %1 AND message_id IS NULL"_s.arg(
                     s.heldVoucher)),
        1);
    QCOMPARE(TestSupport::scalar(*m_owner,
                 u"SELECT count(*) FROM audit_log WHERE at = %1 AND db_user = '%2'"_s.arg(at).arg(
                     login(Role::Agent))),
        4); // the update, the contact, the request, the consent
}

void TestTeamRoles::casesAreWorkedByLogistics()
{
    REQUIRE_SERVER();
    const qint64 id = m_seed.problemCase;
    const qint64 at = 1763500000000;
    QVERIFY(ProblemCaseRepository(as(Role::Agent)).addNote(id, u"Called twice"_s, u"alice"_s, at));
    const Outcome taken
        = ProblemCaseRepository(as(Role::Agent)).assign(id, u"alice"_s, u"alice"_s, at);
    QVERIFY(!taken);
    QVERIFY2(
        taken.error().message.contains(u"permission denied"_s), qPrintable(taken.error().message));
    const Outcome assigned
        = ProblemCaseRepository(as(Role::Logistics)).assign(id, u"bob"_s, u"bob"_s, at);
    QVERIFY2(assigned, qPrintable(assigned ? QString() : assigned.error().message));
    const Outcome resolved = ProblemCaseRepository(as(Role::Logistics))
                                 .resolve(id, Resolution::Delivered, u"It came"_s, u"bob"_s, at);
    QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().message));
    QCOMPARE(TestSupport::scalar(*m_owner,
                 u"SELECT count(*) FROM problem_cases WHERE id = %1 AND state = 'resolved' AND "
                 "note = 'Called twice' AND assignee = 'bob'"_s.arg(id)),
        1);
    // The case's history is everyone's who works it, whoever wrote it.
    QCOMPARE(TestSupport::scalar(as(Role::Agent),
                 u"SELECT count(*) FROM audit_log WHERE entity = 'problem_case' AND entity_id = "
                 "%1 AND db_user = '%2'"_s.arg(id)
                     .arg(login(Role::Logistics))),
        2);
}

void TestTeamRoles::ownerWithoutCreateRoleRunsSetUpAgain()
{
    REQUIRE_SERVER();
    // A database whose owner is an ordinary login: once the groups exist, it runs the set-up
    // after its upgrades without CREATEROLE; adding people is the administrator's.
    const QString owner = m_prefix + u"owner"_s;
    const QString name = owner + u"_db"_s;
    QSqlQuery admin(m_owner->connection());
    QVERIFY2(
        admin.exec(u"CREATE ROLE %1 LOGIN"_s.arg(owner)), qPrintable(admin.lastError().text()));
    QVERIFY2(admin.exec(u"CREATE DATABASE %1 OWNER %2"_s.arg(name, owner)),
        qPrintable(admin.lastError().text()));
    {
        QUrl url(m_url);
        url.setUserName(owner);
        url.setPath(u"/"_s + name);
        const auto db = Database::open(url.toString());
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE(TeamRoles::currentRole(*db).value(), Role::Owner);
        const Outcome set = TeamRoles::setUp(*db);
        QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
        const auto added = TeamRoles::addUser(*db, m_prefix + u"nobody"_s, Role::Agent);
        QVERIFY(!added);
        QVERIFY2(
            added.error().message.contains(u"CREATEROLE"_s), qPrintable(added.error().message));
        db->releaseConnection();
    }
    QVERIFY2(admin.exec(u"DROP DATABASE %1"_s.arg(name)), qPrintable(admin.lastError().text()));
    QVERIFY2(admin.exec(u"DROP ROLE %1"_s.arg(owner)), qPrintable(admin.lastError().text()));
}

// A later schema that makes a table and makes a trigger function again (which leaves it running
// as its caller): the owner's upgrade sets the team up again, grants and trigger functions.
void TestTeamRoles::anUpgradeKeepsTheTeamSetUp()
{
    REQUIRE_SERVER();
    const QString url = TestSupport::freshServerDatabase();
    QList<Migration> migrations = builtinMigrations(SqlDialect::Postgres);
    {
        const auto first = Database::open(url, migrations);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        const Outcome set = TeamRoles::setUp(*first);
        QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
        first->releaseConnection();
    }
    const int next = migrations.last().version + 1;
    migrations.append({next, u"probe"_s,
        u"CREATE TABLE upgrade_probe (id bigint PRIMARY KEY);\n"
        "ALTER FUNCTION parceldesk_notify_change() SECURITY INVOKER RESET search_path;\n"_s});
    const auto upgraded = Database::open(url, migrations);
    QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().message));
    QCOMPARE(upgraded->schemaVersion(), next);
    QCOMPARE(TestSupport::scalar(*upgraded,
                 u"SELECT count(*) FROM pg_proc WHERE pronamespace = "
                 "CAST(current_schema() AS regnamespace) AND prorettype = "
                 "CAST('trigger' AS regtype) AND NOT prosecdef"_s),
        0);
    QCOMPARE(TestSupport::scalar(*upgraded,
                 u"SELECT CAST(has_table_privilege('%1', 'upgrade_probe', 'INSERT') AS integer) + "
                 "CAST(has_table_privilege('%2', 'upgrade_probe', 'SELECT') AS integer) + "
                 "CAST(has_table_privilege('%2', 'upgrade_probe', 'INSERT') AS integer)"_s.arg(
                     TeamRoles::groupRole(Role::Supervisor), TeamRoles::groupRole(Role::Agent))),
        2);
    upgraded->releaseConnection();
}

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
