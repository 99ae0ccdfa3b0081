#pragma once

#include "database.h"
#include "domain/result.h"
#include "workflows/messagetemplates.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ParcelDesk {

// A template as the shop uses it: the built-in one, or the shop's edit of it with who and when.
struct StoredTemplate
{
    MessageTemplate message;
    bool edited = false; // a row in message_templates overrides the built-in one
    QString updatedBy; // edited: who saved it
    std::optional<qint64> updatedAtMs;
};

// The message templates as edited in the console (message_templates), on the calling thread's
// connection. A kind and language without a row uses the built-in template; only the kinds and
// languages that ship built in can be edited, so a typo never makes a template nobody uses.
class TemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::TemplateRepository)

public:
    explicit TemplateRepository(Database db)
        : m_db(std::move(db))
    { }

    // The template in force: the shop's edit, else the built-in one. An error for a kind or
    // language there is no template for.
    Result<StoredTemplate> effective(const QString &kind, const QString &language) const;
    // The same on a connection the caller holds (inside its transaction, on its thread).
    static Result<StoredTemplate> effective(
        const QSqlDatabase &db, const QString &kind, const QString &language);
    // Every built-in kind × language, each as in force, in the order of the built-in list.
    Result<QList<StoredTemplate>> all() const;

    // Stores message as the shop's template for its kind and language, with a line in the audit
    // log, in one transaction. Refused with MessageTemplates::check's error (naming the field
    // and the tag) when a tag is wrong.
    Outcome save(const MessageTemplate &message, const QString &actor, qint64 nowMs);
    // Back to the built-in template: the shop's edit is removed, with a line in the audit log.
    // Nothing happens (and nothing is logged) when the template was not edited.
    Outcome reset(const QString &kind, const QString &language, const QString &actor, qint64 nowMs);

private:
    static Outcome known(const QString &kind, const QString &language);

    Database m_db;
};

} // namespace ParcelDesk
