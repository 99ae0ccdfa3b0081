#include "teamroles.h"

#include "pgstatement.h"
#include "writetransaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

#include <algorithm>
#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

using Role = TeamRoles::Role;
using Capability = TeamRoles::Capability;
using Privilege = TeamRoles::Privilege;
using TablePrivilege = TeamRoles::TablePrivilege;

struct CapabilityRow
{
    Capability capability;
    Role minimum;
    QList<TablePrivilege> privileges;
};

// The one matrix: may() reads the minimum roles, setUp() grants the privileges. A capability's
// privileges are what the code behind it writes (the repositories and workflows it calls), so a
// new write in one of them belongs here as well. Supervisors write every table and need no list.
const QList<CapabilityRow> &matrix()
{
    using enum TeamRoles::Privilege;
    static const QList<CapabilityRow> rows = {
        // A "not received" about a delivered parcel opens a claim case with the contact.
        {Capability::LogContacts, Role::Agent,
            {{u"contacts"_s, Insert, {}}, {u"problem_cases"_s, Insert, {}}}},
        {Capability::QueueCustomerUpdates, Role::Agent, {{u"messages"_s, Insert, {}}}},
        {Capability::RequestDeliveryChanges, Role::Agent,
            {{u"contacts"_s, Insert, {}}, {u"delivery_change_requests"_s, Insert, {}}}},
        // An opt-out holds back the customer's unsent proactive messages and puts their codes
        // back into the pool (the vouchers policy allows nothing else).
        {Capability::RecordConsent, Role::Agent,
            {{u"consents"_s, Insert, {}},
                {u"consents"_s, Update, {u"granted"_s, u"source"_s, u"at"_s}},
                {u"messages"_s, Update, {u"state"_s, u"suppression_reason"_s}},
                {u"vouchers"_s, Update, {u"message_id"_s, u"assigned_at"_s}},
                {u"voucher_cases"_s, Delete, {}}}},
        {Capability::RegisterReturns, Role::Agent,
            {{u"returns"_s, Insert, {}}, {u"return_items"_s, Insert, {}},
                {u"contacts"_s, Insert, {}}}},
        {Capability::AddCaseNotes, Role::Agent,
            {{u"problem_cases"_s, Update, {u"note"_s, u"updated_at"_s}}}},
        // Reads what the desk reads anyway, and says so in the audit log.
        {Capability::ExportPersonalData, Role::Agent, {}},
        // Orders, shipments and feedback, and returns with their labels; saved column mappings.
        {Capability::Import, Role::Logistics,
            {{u"customers"_s, Insert, {}}, {u"orders"_s, Insert, {}},
                {u"order_items"_s, Insert, {}}, {u"shipments"_s, Insert, {}},
                {u"feedback"_s, Insert, {}}, {u"returns"_s, Insert, {}}, {u"returns"_s, Update, {}},
                {u"return_items"_s, Insert, {}}, {u"import_profiles"_s, Insert, {}},
                {u"import_profiles"_s, Update, {}}, {u"import_profiles"_s, Delete, {}}}},
        // The StoreWriter: events, the shipment's status, the daily figures it keeps itself,
        // the carrier's delivery options and the calls made.
        {Capability::PollCarriers, Role::Logistics,
            {{u"tracking_events"_s, Insert, {}}, {u"shipments"_s, Update, {}},
                {u"shipment_daily"_s, Insert, {}}, {u"shipment_daily"_s, Update, {}},
                {u"delivery_daily"_s, Insert, {}}, {u"delivery_daily"_s, Update, {}},
                {u"carrier_usage"_s, Insert, {}}, {u"carrier_usage"_s, Update, {}},
                {u"delivery_options"_s, Insert, {}}, {u"delivery_options"_s, Update, {}},
                {u"delivery_options"_s, Delete, {}}}},
        {Capability::ManageCarrierAccounts, Role::Logistics,
            {{u"carrier_accounts"_s, Insert, {}}, {u"carrier_accounts"_s, Update, {}},
                {u"carrier_accounts"_s, Delete, {}}}},
        {Capability::RunProblemRules, Role::Logistics,
            {{u"problem_cases"_s, Insert, {}}, {u"problem_cases"_s, Update, {}}}},
        {Capability::EditProblemRules, Role::Logistics,
            {{u"problem_rules"_s, Insert, {}}, {u"problem_rules"_s, Update, {}},
                {u"problem_rules"_s, Delete, {}}}},
        {Capability::ResolveProblemCases, Role::Logistics, {{u"problem_cases"_s, Update, {}}}},
        // Review, label (a replaced label's unscanned parcel goes), receipt, inspection and
        // settlement.
        {Capability::ProcessReturns, Role::Logistics,
            {{u"returns"_s, Update, {}}, {u"return_items"_s, Update, {}},
                {u"shipments"_s, Insert, {}}, {u"shipments"_s, Update, {}},
                {u"shipments"_s, Delete, {}}}},
        {Capability::EditDispositionRules, Role::Logistics,
            {{u"disposition_rules"_s, Insert, {}}, {u"disposition_rules"_s, Update, {}},
                {u"disposition_rules"_s, Delete, {}}}},
        // The outbox claims, sends, retries and holds back messages, and requeues dead letters;
        // a message held back returns its code to the pool.
        {Capability::SendMessages, Role::Logistics,
            {{u"messages"_s, Update,
                 {u"state"_s, u"claimed_at"_s, u"attempts"_s, u"next_attempt_at"_s, u"last_error"_s,
                     u"sent_at"_s, u"suppression_reason"_s}},
                {u"message_parcels"_s, Delete, {}},
                {u"vouchers"_s, Update, {u"message_id"_s, u"assigned_at"_s}},
                {u"voucher_cases"_s, Delete, {}}}},
        {Capability::EditSettings, Role::Supervisor, {}},
        {Capability::EditReturnPolicy, Role::Supervisor, {}},
        {Capability::EditApologyRules, Role::Supervisor, {}},
        {Capability::ApproveApologies, Role::Supervisor, {}},
        {Capability::EditTemplates, Role::Supervisor, {}},
        {Capability::ManageVouchers, Role::Supervisor, {}},
        {Capability::Purge, Role::Supervisor, {}},
        {Capability::ManageTeam, Role::Owner, {}},
    };
    return rows;
}

const CapabilityRow &rowOf(Capability capability)
{
    const auto &rows = matrix();
    const auto it = std::find_if(rows.cbegin(), rows.cend(),
        [capability](const CapabilityRow &r) { return r.capability == capability; });
    Q_ASSERT(it != rows.cend());
    return *it;
}

const std::array<Role, 3> groupRoles = {Role::Agent, Role::Logistics, Role::Supervisor};

// The tables supervisors do not write freely: the schema version belongs to the migration
// runner, and the audit log has rules of its own.
const QStringList &specialTables()
{
    static const QStringList tables = {u"audit_log"_s, u"parceldesk_schema"_s};
    return tables;
}

// A name in double quotes, for the names setUp() and addUser() check or read from the catalog.
QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

QString privilegeWord(Privilege privilege)
{
    switch (privilege) {
    case Privilege::Insert:
        return u"INSERT"_s;
    case Privilege::Update:
        return u"UPDATE"_s;
    case Privilege::Delete:
        return u"DELETE"_s;
    }
    return {};
}

QString errorText(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    return (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed();
}

// The row-level security of the header's description. Policies apply to the members of a
// group too, so the agent's policies are the logistics group's as well.
struct Policy
{
    QString name;
    QString table;
    QString definition; // after ON table
};

QList<Policy> policies()
{
    const QString agent = TeamRoles::groupRole(Role::Agent);
    const QString supervisor = TeamRoles::groupRole(Role::Supervisor);
    return {
        {u"team_audit_write"_s, u"audit_log"_s,
            u"FOR INSERT TO %1 WITH CHECK (db_user = CAST(session_user AS text))"_s.arg(agent)},
        {u"team_audit_read_own"_s, u"audit_log"_s,
            u"FOR SELECT TO %1 USING (db_user = CAST(session_user AS text) "
            "OR entity = 'problem_case')"_s.arg(agent)},
        {u"team_audit_read_all"_s, u"audit_log"_s,
            u"FOR SELECT TO %1 USING (true)"_s.arg(supervisor)},
        {u"team_audit_erase"_s, u"audit_log"_s,
            u"FOR UPDATE TO %1 USING (true) WITH CHECK (detail IS NULL OR (action = 'retention' "
            "AND db_user = CAST(session_user AS text)))"_s.arg(supervisor)},
        {u"team_vouchers_read"_s, u"vouchers"_s, u"FOR SELECT TO %1 USING (true)"_s.arg(agent)},
        {u"team_vouchers_release"_s, u"vouchers"_s,
            u"FOR UPDATE TO %1 USING (message_id IS NOT NULL AND EXISTS (SELECT 1 FROM messages m "
            "WHERE m.id = vouchers.message_id AND m.state IN ('draft', 'approved', 'queued', "
            "'rejected', 'suppressed'))) WITH CHECK (message_id IS NULL AND assigned_at IS NULL)"_s
                .arg(agent)},
        {u"team_vouchers_manage"_s, u"vouchers"_s,
            u"FOR ALL TO %1 USING (true) WITH CHECK (true)"_s.arg(supervisor)},
    };
}

// What setUp() needs to know about the connected user and the database.
struct Setting
{
    QString user;
    QString schema; // quoted
    QString database; // quoted
    bool mayCreateRoles = false;
    bool mayGrantConnect = false;
    bool mayGrantSchema = false;
};

std::optional<Setting> readSetting(const QSqlDatabase &connection, QString *error)
{
    QSqlQuery q(connection);
    if (!q.exec(u"SELECT current_user, quote_ident(current_schema()), "
                "quote_ident(current_database()), r.rolsuper OR r.rolcreaterole, "
                "has_database_privilege(current_database(), 'CONNECT WITH GRANT OPTION'), "
                "has_schema_privilege(current_schema(), 'USAGE WITH GRANT OPTION') "
                "FROM pg_roles r WHERE r.rolname = current_user"_s)
        || !q.next()) {
        *error = errorText(q);
        return std::nullopt;
    }
    return Setting {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toBool(), q.value(4).toBool(), q.value(5).toBool()};
}

} // namespace

QList<TeamRoles::Capability> TeamRoles::capabilities()
{
    QList<Capability> all;
    for (const CapabilityRow &row : matrix())
        all << row.capability;
    return all;
}

TeamRoles::Role TeamRoles::minimumRole(Capability capability)
{
    return rowOf(capability).minimum;
}

bool TeamRoles::may(Role role, Capability capability)
{
    return role != Role::None && int(role) >= int(minimumRole(capability));
}

QList<TeamRoles::TablePrivilege> TeamRoles::privilegesFor(Capability capability)
{
    return rowOf(capability).privileges;
}

QString TeamRoles::capabilityLabel(Capability capability)
{
    switch (capability) {
    case Capability::LogContacts:
        return tr("Log a customer's contact");
    case Capability::QueueCustomerUpdates:
        return tr("Send a customer an update");
    case Capability::RequestDeliveryChanges:
        return tr("Record a delivery change request");
    case Capability::RecordConsent:
        return tr("Record a consent to messages");
    case Capability::RegisterReturns:
        return tr("Register a return");
    case Capability::AddCaseNotes:
        return tr("Add a note to a problem case");
    case Capability::ExportPersonalData:
        return tr("Export a person's data");
    case Capability::Import:
        return tr("Import orders, shipments, feedback and returns");
    case Capability::PollCarriers:
        return tr("Poll the carriers");
    case Capability::ManageCarrierAccounts:
        return tr("Edit carrier accounts");
    case Capability::RunProblemRules:
        return tr("Run the problem-case rules");
    case Capability::EditProblemRules:
        return tr("Edit the problem-case rules");
    case Capability::ResolveProblemCases:
        return tr("Assign, hold and resolve problem cases");
    case Capability::ProcessReturns:
        return tr("Review, label, receive, inspect and settle returns");
    case Capability::EditDispositionRules:
        return tr("Edit the disposition rules");
    case Capability::SendMessages:
        return tr("Send the outbox");
    case Capability::EditSettings:
        return tr("Edit the settings and message channels");
    case Capability::EditReturnPolicy:
        return tr("Edit the return policy");
    case Capability::EditApologyRules:
        return tr("Edit the apology rules and guardrails");
    case Capability::ApproveApologies:
        return tr("Write, approve and reject apologies");
    case Capability::EditTemplates:
        return tr("Edit the message templates");
    case Capability::ManageVouchers:
        return tr("Import voucher codes and set the budget");
    case Capability::Purge:
        return tr("Erase personal data and set the retention period");
    case Capability::ManageTeam:
        return tr("Set up the team roles and add or remove users");
    }
    return {};
}

QString TeamRoles::roleLabel(Role role)
{
    switch (role) {
    case Role::None:
        return tr("no team role");
    case Role::Agent:
        //: A team role: customer service at the WISMO desk
        return tr("agent");
    case Role::Logistics:
        //: A team role: operations (imports, polling, problem cases, returns)
        return tr("logistics");
    case Role::Supervisor:
        return tr("supervisor");
    case Role::Owner:
        //: The database's owner, who may do everything
        return tr("owner");
    }
    return {};
}

QString TeamRoles::roleKey(Role role)
{
    switch (role) {
    case Role::Agent:
        return u"agent"_s;
    case Role::Logistics:
        return u"logistics"_s;
    case Role::Supervisor:
        return u"supervisor"_s;
    case Role::None:
    case Role::Owner:
        break;
    }
    return {};
}

std::optional<TeamRoles::Role> TeamRoles::roleFromKey(const QString &key)
{
    for (const Role role : groupRoles) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString TeamRoles::groupRole(Role role)
{
    const QString key = roleKey(role);
    return key.isEmpty() ? QString() : u"parceldesk_"_s + key;
}

bool TeamRoles::isValidLogin(const QString &login)
{
    static const QRegularExpression pattern(u"^[a-z_][a-z0-9_]*$"_s);
    if (login.size() > 63 || !pattern.match(login).hasMatch() || login.startsWith(u"pg_"))
        return false;
    return std::none_of(groupRoles.cbegin(), groupRoles.cend(),
        [&](Role role) { return groupRole(role) == login; });
}

Result<TeamRoles::Role> TeamRoles::currentRole(const Database &db)
{
    if (!db.isServer())
        return Role::Owner;
    QSqlQuery q(db.connection());
    // USAGE, not MEMBER: what counts is whose privileges the server applies to the user's
    // statements without a SET ROLE, and it checks them as current_user.
    if (!q.exec(u"SELECT r.rolsuper OR coalesce((SELECT pg_has_role(current_user, c.relowner, "
                "'USAGE') FROM pg_class c WHERE c.oid = to_regclass('audit_log')), false) "
                "FROM pg_roles r WHERE r.rolname = current_user"_s)
        || !q.next())
        return Error {tr("Cannot read your role in %1: %2").arg(db.displayName(), errorText(q))};
    if (q.value(0).toBool())
        return Role::Owner;
    q.prepare(u"SELECT rolname FROM pg_roles WHERE rolname IN (?, ?, ?) "
              "AND pg_has_role(current_user, oid, 'USAGE')"_s);
    for (const Role role : groupRoles)
        q.addBindValue(groupRole(role));
    if (!q.exec())
        return Error {tr("Cannot read your role in %1: %2").arg(db.displayName(), errorText(q))};
    Role highest = Role::None;
    while (q.next()) {
        for (const Role role : groupRoles) {
            if (groupRole(role) == q.value(0).toString() && int(role) > int(highest))
                highest = role;
        }
    }
    return highest;
}

Outcome TeamRoles::setUp(const Database &db)
{
    if (!db.isServer())
        return Error {tr("Team roles belong to a team's PostgreSQL database; the file %1 has one "
                         "user and no roles.")
                          .arg(db.displayName())};
    const auto role = currentRole(db);
    if (!role)
        return role.error();
    QSqlDatabase connection = db.connection();
    QString error;
    const auto setting = readSetting(connection, &error);
    if (!setting)
        return Error {tr("Cannot set up the team roles in %1: %2").arg(db.displayName(), error)};
    if (*role != Role::Owner)
        return Error {tr("Only the owner of the database %1 (or a superuser) can set up the team "
                         "roles, and %2 is neither.")
                          .arg(db.displayName(), setting->user)};
    const QString createRoleHint
        = tr("Making the group roles, and making one a member of another, needs the CREATEROLE "
             "attribute: run parceldeskctl team setup once as a superuser or as a user with "
             "CREATEROLE (ALTER ROLE %1 CREATEROLE). Once they exist, the database's owner can "
             "run it alone.")
              .arg(quoted(setting->user));

    WriteTransaction txn(connection);
    if (!txn.isOpen())
        return Error {
            tr("Cannot set up the team roles in %1: %2").arg(db.displayName(), txn.error())};
    QSqlQuery q(connection);
    const auto failed = [&](const QString &statement) {
        return Error {tr("Cannot set up the team roles in %1: %2 (%3)")
                          .arg(db.displayName(), errorText(q), statement)};
    };
    const auto run = [&](const QString &statement) { return q.exec(statement); };

    // The groups and their nesting, made only where missing: the rest needs no CREATEROLE.
    for (const Role group : groupRoles) {
        q.prepare(u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s);
        q.addBindValue(groupRole(group));
        if (!q.exec())
            return failed(groupRole(group));
        if (q.next())
            continue;
        if (!setting->mayCreateRoles)
            return Error {tr("The role %1 does not exist yet, and %2 may not create roles. %3")
                              .arg(groupRole(group), setting->user, createRoleHint)};
        if (!run(u"CREATE ROLE %1 NOLOGIN"_s.arg(groupRole(group))))
            return Error {tr("Cannot create the role %1: %2. %3")
                              .arg(groupRole(group), errorText(q), createRoleHint)};
    }
    const std::array<std::pair<Role, Role>, 2> nesting
        = {{{Role::Agent, Role::Logistics}, {Role::Logistics, Role::Supervisor}}};
    for (const auto &[group, member] : nesting) {
        q.prepare(u"SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                  "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = ? AND u.rolname = ?"_s);
        q.addBindValue(groupRole(group));
        q.addBindValue(groupRole(member));
        if (!q.exec())
            return failed(groupRole(member));
        if (q.next())
            continue;
        if (!run(u"GRANT %1 TO %2"_s.arg(groupRole(group), groupRole(member))))
            return Error {
                tr("Cannot make %1 a member of %2: %3. %4")
                    .arg(groupRole(member), groupRole(group), errorText(q), createRoleHint)};
    }

    const QString agent = groupRole(Role::Agent);
    const QString logistics = groupRole(Role::Logistics);
    const QString supervisor = groupRole(Role::Supervisor);
    const QString groups = QStringList {agent, logistics, supervisor}.join(u", "_s);
    const QString &schema = setting->schema;

    QStringList tables;
    if (!q.exec(u"SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"_s))
        return failed(u"pg_tables"_s);
    while (q.next())
        tables << q.value(0).toString();
    if (!q.exec(u"SELECT 1 FROM information_schema.columns WHERE table_schema = "
                "current_schema() AND table_name = 'audit_log' AND column_name = 'db_user'"_s))
        return failed(u"audit_log"_s);
    if (!q.next())
        return Error {tr("The audit log of %1 has no db_user column yet: open the database with "
                         "this ParcelDesk first, which upgrades it, then set up the team roles.")
                          .arg(db.displayName())};

    // Everything from scratch each time, so a privilege the matrix no longer gives goes away.
    QStringList statements;
    // PostgreSQL gives PUBLIC both by default; an administrator who took them away from PUBLIC
    // wants them given by name. Only whoever may pass them on can.
    if (setting->mayGrantConnect)
        statements << u"GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2"_s.arg(
            setting->database, agent);
    if (setting->mayGrantSchema)
        statements << u"GRANT USAGE ON SCHEMA %1 TO %2"_s.arg(schema, agent);
    statements << u"REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2"_s.arg(schema, groups)
               << u"REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2"_s.arg(schema, groups)
               << u"GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2"_s.arg(schema, agent)
               // An id from a sequence gives nothing away; the INSERT privilege decides.
               << u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2"_s.arg(schema, agent)
               << u"GRANT INSERT ON audit_log TO %1"_s.arg(agent)
               << u"GRANT UPDATE (detail) ON audit_log TO %1"_s.arg(supervisor);
    for (const CapabilityRow &row : matrix()) {
        for (const TablePrivilege &p : row.privileges) {
            if (!tables.contains(p.table))
                return Error {tr("Cannot set up the team roles in %1: it has no table %2. Open "
                                 "it with this ParcelDesk first, which upgrades it.")
                                  .arg(db.displayName(), p.table)};
            QStringList columns;
            for (const QString &c : p.columns)
                columns << quoted(c);
            statements << u"GRANT %1%2 ON %3 TO %4"_s.arg(privilegeWord(p.privilege),
                columns.isEmpty() ? QString() : u" ("_s + columns.join(u", "_s) + u')',
                quoted(p.table), groupRole(row.minimum));
        }
    }
    for (const QString &table : std::as_const(tables)) {
        if (!specialTables().contains(table))
            statements << u"GRANT INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(
                quoted(table), supervisor);
    }
    // The policies of an earlier run go, also those a later ParcelDesk no longer makes.
    if (!q.exec(u"SELECT quote_ident(policyname), quote_ident(tablename) FROM pg_policies "
                "WHERE schemaname = current_schema() AND policyname LIKE 'team\\_%'"_s))
        return failed(u"pg_policies"_s);
    while (q.next())
        statements << u"DROP POLICY %1 ON %2"_s.arg(q.value(0).toString(), q.value(1).toString());
    for (const QString &table : {u"audit_log"_s, u"vouchers"_s})
        statements << u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table);
    for (const Policy &p : policies())
        statements << u"CREATE POLICY %1 ON %2 %3"_s.arg(p.name, p.table, p.definition);
    for (const QString &statement : std::as_const(statements)) {
        if (!run(statement))
            return failed(statement);
    }

    // The trigger functions, including those of later migrations, run as their owner.
    QStringList functions;
    if (!q.exec(u"SELECT p.oid::regprocedure::text FROM pg_proc p "
                "WHERE p.pronamespace = CAST(current_schema() AS regnamespace) "
                "AND p.prorettype = CAST('trigger' AS regtype)"_s))
        return failed(u"pg_proc"_s);
    while (q.next())
        functions << q.value(0).toString();
    for (const QString &function : std::as_const(functions)) {
        const QString statement
            = u"ALTER FUNCTION %1 SECURITY DEFINER SET search_path = pg_catalog, %2, pg_temp"_s.arg(
                function, schema);
        if (!run(statement))
            return failed(statement);
    }
    if (!txn.commit())
        return Error {
            tr("Cannot set up the team roles in %1: %2").arg(db.displayName(), txn.error())};
    return Done {};
}

namespace {

// The login's state before addUser() or removeUser() change it.
struct Login
{
    bool exists = false;
    bool superuser = false;
    QList<Role> groups; // the team groups it is a direct member of
};

std::optional<Login> readLogin(QSqlQuery &q, const QString &login)
{
    q.prepare(u"SELECT rolsuper FROM pg_roles WHERE rolname = ?"_s);
    q.addBindValue(login);
    if (!q.exec())
        return std::nullopt;
    Login l;
    if (!q.next())
        return l;
    l.exists = true;
    l.superuser = q.value(0).toBool();
    q.prepare(u"SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
              "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ?"_s);
    q.addBindValue(login);
    if (!q.exec())
        return std::nullopt;
    while (q.next()) {
        for (const Role role : groupRoles) {
            if (TeamRoles::groupRole(role) == q.value(0).toString())
                l.groups << role;
        }
    }
    return l;
}

} // namespace

Result<bool> TeamRoles::addUser(const Database &db, const QString &login, Role role)
{
    if (!db.isServer())
        return Error {tr("Team roles belong to a team's PostgreSQL database; the file %1 has one "
                         "user and no roles.")
                          .arg(db.displayName())};
    if (!isValidLogin(login))
        return Error {tr("\"%1\" cannot be a login: use lower-case letters, digits and _, starting "
                         "with a letter or _, at most 63 characters, not beginning with pg_ and "
                         "not the name of a team group.")
                          .arg(login)};
    const QString group = groupRole(role);
    if (group.isEmpty())
        return Error {tr("A login joins the team as agent, logistics or supervisor.")};
    QSqlDatabase connection = db.connection();
    QString error;
    const auto setting = readSetting(connection, &error);
    if (!setting)
        return Error {tr("Cannot add %1: %2").arg(login, error)};
    if (!setting->mayCreateRoles)
        return Error {tr("Cannot add %1: %2 may not create or change roles. That needs the "
                         "CREATEROLE attribute (ALTER ROLE %3 CREATEROLE, by a superuser) or a "
                         "superuser.")
                          .arg(login, setting->user, quoted(setting->user))};
    WriteTransaction txn(connection);
    if (!txn.isOpen())
        return Error {tr("Cannot add %1: %2").arg(login, txn.error())};
    QSqlQuery q(connection);
    q.prepare(u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s);
    q.addBindValue(group);
    if (!q.exec())
        return Error {tr("Cannot add %1: %2").arg(login, errorText(q))};
    if (!q.next())
        return Error {tr("Cannot add %1: the role %2 does not exist; run parceldeskctl team setup "
                         "first.")
                          .arg(login, group)};
    const auto existing = readLogin(q, login);
    if (!existing)
        return Error {tr("Cannot add %1: %2").arg(login, errorText(q))};
    if (existing->superuser)
        return Error {tr("%1 is a superuser and may do everything; a team role would change "
                         "nothing.")
                          .arg(login)};
    QStringList statements;
    if (!existing->exists) {
        statements << u"CREATE ROLE %1 LOGIN IN ROLE %2"_s.arg(quoted(login), group);
    } else {
        for (const Role other : existing->groups) {
            if (other != role)
                statements << u"REVOKE %1 FROM %2"_s.arg(groupRole(other), quoted(login));
        }
        if (!existing->groups.contains(role))
            statements << u"GRANT %1 TO %2"_s.arg(group, quoted(login));
    }
    for (const QString &statement : std::as_const(statements)) {
        if (!q.exec(statement))
            return Error {tr("Cannot add %1: %2").arg(login, errorText(q))};
    }
    if (!txn.commit())
        return Error {tr("Cannot add %1: %2").arg(login, txn.error())};
    return !existing->exists;
}

Result<bool> TeamRoles::removeUser(const Database &db, const QString &login)
{
    if (!db.isServer())
        return Error {tr("Team roles belong to a team's PostgreSQL database; the file %1 has one "
                         "user and no roles.")
                          .arg(db.displayName())};
    if (!isValidLogin(login))
        return Error {tr("\"%1\" is not a login of the team.").arg(login)};
    QSqlDatabase connection = db.connection();
    QString error;
    const auto setting = readSetting(connection, &error);
    if (!setting)
        return Error {tr("Cannot remove %1: %2").arg(login, error)};
    if (login == setting->user)
        return Error {tr("%1 is the user connected; another administrator removes it.").arg(login)};
    if (!setting->mayCreateRoles)
        return Error {tr("Cannot remove %1: %2 may not drop roles. That needs the CREATEROLE "
                         "attribute (ALTER ROLE %3 CREATEROLE, by a superuser) or a superuser.")
                          .arg(login, setting->user, quoted(setting->user))};
    WriteTransaction txn(connection);
    if (!txn.isOpen())
        return Error {tr("Cannot remove %1: %2").arg(login, txn.error())};
    QSqlQuery q(connection);
    const auto existing = readLogin(q, login);
    if (!existing)
        return Error {tr("Cannot remove %1: %2").arg(login, errorText(q))};
    // Only the team's own logins: a role of something else on the same server stays as it is.
    if (!existing->exists || existing->groups.isEmpty())
        return Error {tr("%1 is not a member of the team; nothing was changed.").arg(login)};
    for (const Role group : existing->groups) {
        if (!q.exec(u"REVOKE %1 FROM %2"_s.arg(groupRole(group), quoted(login))))
            return Error {tr("Cannot remove %1: %2").arg(login, errorText(q))};
    }
    // A login that owns objects or holds privileges elsewhere cannot be dropped; it leaves the
    // team all the same.
    bool dropped = q.exec(u"SAVEPOINT drop_login"_s);
    if (dropped) {
        dropped = q.exec(u"DROP ROLE %1"_s.arg(quoted(login)));
        if (!dropped && !q.exec(u"ROLLBACK TO SAVEPOINT drop_login"_s))
            return Error {tr("Cannot remove %1: %2").arg(login, errorText(q))};
    }
    if (!txn.commit())
        return Error {tr("Cannot remove %1: %2").arg(login, txn.error())};
    return dropped;
}

Outcome TeamRoles::setPassword(const Database &db, const QString &login, const QString &password)
{
    if (!db.isServer())
        return Error {tr("A file has no logins and no passwords.")};
    if (!isValidLogin(login))
        return Error {tr("\"%1\" is not a login of the team.").arg(login)};
    if (password.isEmpty())
        return Error {tr("The password for %1 is empty.").arg(login)};
    QSqlDatabase connection = db.connection();
    pg_conn *handle = PgStatement::handleOf(connection);
    if (!handle)
        return Error {tr("Cannot set the password for %1: no connection to %2.")
                          .arg(login, db.displayName())};
    // The server's own password_encryption decides the method (scram-sha-256 by default).
    const std::unique_ptr<char, decltype(&PQfreemem)> verifier(
        PQencryptPasswordConn(
            handle, password.toUtf8().constData(), login.toUtf8().constData(), nullptr),
        &PQfreemem);
    if (!verifier)
        return Error {tr("Cannot set the password for %1: %2")
                          .arg(login, QString::fromUtf8(PQerrorMessage(handle)).trimmed())};
    // A verifier is made of base64, digits and $ : - only; checked all the same, as it goes into
    // the statement's text (ALTER ROLE takes no parameters).
    const QString text = QString::fromLatin1(verifier.get());
    static const QRegularExpression safe(u"^[A-Za-z0-9+/=$:-]+$"_s);
    if (!safe.match(text).hasMatch())
        return Error {tr("Cannot set the password for %1: the server's password hash has an "
                         "unexpected form.")
                          .arg(login)};
    QSqlQuery q(connection);
    if (!q.exec(u"ALTER ROLE %1 PASSWORD '%2'"_s.arg(quoted(login), text)))
        return Error {tr("Cannot set the password for %1: %2").arg(login, errorText(q))};
    return Done {};
}

} // namespace ParcelDesk
