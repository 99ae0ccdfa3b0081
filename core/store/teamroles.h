#pragma once

#include "database.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ParcelDesk {

// Who may do what in a team's PostgreSQL database. Three group roles (NOLOGIN) carry the
// privileges; each person logs in with a role of their own that is a member of one of them.
// The groups nest, so each may do what the one below it may:
//
//   parceldesk_agent       the WISMO desk: reads everything a caller may ask about; logs
//                          contacts (a "not received" about a delivered parcel opens a case),
//                          queues an update to the customer, records a delivery change request
//                          and a consent (an opt-out holds back unsent proactive messages and
//                          puts their voucher codes back), registers a return, notes on cases,
//                          exports a person's data (it reads only what the desk reads anyway)
//   parceldesk_logistics   operations, member of agent: imports, polling (tracking events,
//                          shipment status, delivery options, carrier usage and the daily
//                          figures), carrier accounts, problem cases and their rules, return
//                          processing (review, label, receipt, inspection, settlement) and the
//                          disposition rules, sending the outbox
//   parceldesk_supervisor  member of logistics: writes every table — settings and channels,
//                          the return policy, apology rules and guardrails, apology drafts and
//                          their approval, message templates, vouchers and their budget, GDPR
//                          erasure and the retention period
//
// Table privileges (beyond SELECT on every table and view, which all three have):
//
//   table                     agent                          logistics adds     supervisor
//   contacts                  INSERT                                            all
//   messages                  INSERT, UPDATE (state,         UPDATE (sending    all
//                             suppression_reason)            columns)
//   consents                  INSERT, UPDATE                                    all
//   delivery_change_requests  INSERT                                            all
//   problem_cases             INSERT, UPDATE (note,          UPDATE             all
//                             updated_at)
//   returns, return_items     INSERT                         UPDATE             all
//   vouchers                  UPDATE (message_id,            the same           all
//                             assigned_at), release only
//   voucher_cases             DELETE                                            all
//   customers, orders,                                       INSERT             all
//     order_items, feedback
//   shipments                                                INSERT, UPDATE,    all
//                                                            DELETE
//   tracking_events                                          INSERT             all
//   shipment_daily,                                          INSERT, UPDATE     all
//     delivery_daily, carrier_usage
//   delivery_options, import_profiles, carrier_accounts,     INSERT, UPDATE,    all
//     problem_rules, disposition_rules                       DELETE
//   message_parcels                                          DELETE             all
//   settings, apology_rules, message_templates, and every                       all
//     other table
//   audit_log                 INSERT (rows of its own)                          UPDATE (detail)
//   parceldesk_schema         -                              -                  -
//
// Row-level security where a privilege alone says too little:
// - audit_log is append-only: nobody but the owner may delete an entry. A BEFORE INSERT trigger
//   writes the session's database user into db_user; an entry must name its writer. Agents and
//   logistics read their own entries and the history of problem cases (the case page shows it
//   to everyone who works the case); supervisors read everything and may blank an entry's
//   detail (the GDPR erasure) or update the detail of their own retention run, nothing else.
// - vouchers are money: agents and logistics may only put a code back into the pool, and only
//   from a message that never left (an opt-out, a send held back); only supervisors give codes
//   out (through apology drafts) or import them.
//
// The triggers that keep the derived tables (daily figures, search keys, contact flags, a
// return following its parcel) write tables a member cannot write directly: setUp() makes every
// trigger function of the schema SECURITY DEFINER, so it runs as its owner, the database's
// owner, with a search path fixed to the schema (no object of a caller can stand in for one of
// the schema's). Whoever may run the statement that fires a trigger may thus cause its
// consequences, and nothing else.
//
// Roles belong to the whole PostgreSQL cluster, not one database: two ParcelDesk databases on
// one cluster share their team. may() and the grants read the same table in teamroles.cpp, so the
// console cannot offer what the database then refuses.
class TeamRoles
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::TeamRoles)

public:
    // In rising order: each role may do what the roles before it may.
    enum class Role { None, Agent, Logistics, Supervisor, Owner };

    // The actions a person takes in the console or with parceldeskctl that write something.
    enum class Capability {
        LogContacts,
        QueueCustomerUpdates,
        RequestDeliveryChanges,
        RecordConsent,
        RegisterReturns,
        AddCaseNotes,
        ExportPersonalData,
        Import,
        PollCarriers,
        ManageCarrierAccounts,
        RunProblemRules,
        EditProblemRules,
        ResolveProblemCases,
        ProcessReturns,
        EditDispositionRules,
        SendMessages,
        EditSettings,
        EditReturnPolicy,
        EditApologyRules,
        ApproveApologies,
        EditTemplates,
        ManageVouchers,
        Purge,
        ManageTeam,
    };

    enum class Privilege { Insert, Update, Delete };

    // A privilege on a table that a capability's statements need; no columns: the whole row.
    struct TablePrivilege
    {
        QString table;
        Privilege privilege = Privilege::Insert;
        QStringList columns;
    };

    static QList<Capability> capabilities();
    // The least role that may; Owner for what only the database's owner may.
    static Role minimumRole(Capability capability);
    static bool may(Role role, Capability capability);
    // What setUp() grants the capability's minimum role for it, beyond reading every table and
    // adding audit entries. Empty for a supervisor's or the owner's capability: supervisors
    // write every table.
    static QList<TablePrivilege> privilegesFor(Capability capability);

    static QString capabilityLabel(Capability capability);
    static QString roleLabel(Role role);
    // agent, logistics, supervisor: the words of parceldeskctl team add-user --role.
    static QString roleKey(Role role);
    static std::optional<Role> roleFromKey(const QString &key);
    // The group role in the database (parceldesk_agent, ...); empty for None and Owner.
    static QString groupRole(Role role);

    // Makes the three group roles if they are missing (that needs CREATEROLE or a superuser;
    // once they exist, the database's owner alone can run it again) and brings their privileges,
    // the row-level security and the trigger functions in line with the matrix above, in one
    // transaction. Run by the database's owner after creating the database and after each
    // upgrade (new tables get their grants then). A file has no roles: refused.
    static Outcome setUp(const Database &db);
    // A login for a person, a member of role's group; without a password (setPassword(), or
    // the server's administrator, gives it one). A login that exists already moves to role.
    // Returns whether the login was made (false: it existed). Needs CREATEROLE.
    static Result<bool> addUser(const Database &db, const QString &login, Role role);
    // Takes the login out of the team and drops it. Returns whether it was dropped: a login that
    // owns objects or holds privileges elsewhere in the cluster stays, without team membership.
    static Result<bool> removeUser(const Database &db, const QString &login);
    // Sends the server only a SCRAM verifier of the password, never the password itself.
    static Outcome setPassword(const Database &db, const QString &login, const QString &password);
    // The role of the connected user, as the server decides privileges: the owner of the
    // schema's tables (or a member of that owner, or a superuser) is Owner, else the highest
    // group whose privileges the user has. Always Owner on a file.
    static Result<Role> currentRole(const Database &db);
    // The logins addUser() makes: [a-z_][a-z0-9_]*, at most 63 characters, no pg_ prefix, not a
    // group role's name.
    static bool isValidLogin(const QString &login);
};

} // namespace ParcelDesk
