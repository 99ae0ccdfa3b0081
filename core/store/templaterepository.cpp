#include "templaterepository.h"

#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

const QString selectEdit = u"SELECT subject, text_body, html_body, sms, whatsapp, updated_at, "
                           "updated_by FROM message_templates WHERE kind = ? AND language = ?"_s;

StoredTemplate editFrom(const QSqlQuery &q, const QString &kind, const QString &language)
{
    StoredTemplate t;
    t.message = {kind, language, q.value(0).toString(), q.value(1).toString(),
        q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
    t.edited = true;
    t.updatedAtMs = q.value(5).toLongLong();
    t.updatedBy = q.value(6).toString();
    return t;
}

} // namespace

Outcome TemplateRepository::known(const QString &kind, const QString &language)
{
    if (MessageTemplates::builtin(kind, language))
        return Done {};
    QStringList kinds;
    QStringList languages;
    for (const MessageTemplate &t : MessageTemplates::builtin()) {
        if (!kinds.contains(t.kind))
            kinds << t.kind;
        if (!languages.contains(t.language))
            languages << t.language;
    }
    if (!kinds.contains(kind))
        return Error {
            tr("kind: there is no template \"%1\"; use one of %2.").arg(kind, kinds.join(u", "_s))};
    return Error {tr("language: there is no template %1 in \"%2\"; use one of %3.")
                      .arg(kind, language, languages.join(u", "_s))};
}

Result<StoredTemplate> TemplateRepository::effective(
    const QString &kind, const QString &language) const
{
    return effective(m_db.connection(), kind, language);
}

Result<StoredTemplate> TemplateRepository::effective(
    const QSqlDatabase &db, const QString &kind, const QString &language)
{
    if (const Outcome ok = known(kind, language); !ok)
        return ok.error();
    QSqlQuery q(db);
    q.prepare(selectEdit);
    q.addBindValue(kind);
    q.addBindValue(language);
    if (!q.exec())
        return Error {
            tr("Cannot read the template %1 (%2): %3").arg(kind, language, q.lastError().text())};
    if (q.next())
        return editFrom(q, kind, language);
    StoredTemplate t;
    t.message = *MessageTemplates::builtin(kind, language);
    return t;
}

Result<QList<StoredTemplate>> TemplateRepository::all() const
{
    // One read for the edits; the built-in list gives the order and fills the gaps.
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT kind, language, subject, text_body, html_body, sms, whatsapp, "
                "updated_at, updated_by FROM message_templates"_s))
        return Error {tr("Cannot read the templates: %1").arg(q.lastError().text())};
    QList<StoredTemplate> edits;
    while (q.next()) {
        StoredTemplate t;
        t.message = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString()};
        t.edited = true;
        t.updatedAtMs = q.value(7).toLongLong();
        t.updatedBy = q.value(8).toString();
        edits << t;
    }
    QList<StoredTemplate> list;
    for (const MessageTemplate &builtin : MessageTemplates::builtin()) {
        const auto edit = std::find_if(edits.cbegin(), edits.cend(), [&](const StoredTemplate &e) {
            return e.message.kind == builtin.kind && e.message.language == builtin.language;
        });
        if (edit != edits.cend()) {
            list << *edit;
        } else {
            StoredTemplate t;
            t.message = builtin;
            list << t;
        }
    }
    return list;
}

Outcome TemplateRepository::save(const MessageTemplate &message, const QString &actor, qint64 nowMs)
{
    if (const Outcome ok = known(message.kind, message.language); !ok)
        return ok;
    if (const Outcome ok = MessageTemplates::check(message); !ok)
        return ok;
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!Sql::beginWrite(q))
        return Error {tr("Cannot save the template: %1").arg(q.lastError().text())};
    q.prepare(u"INSERT INTO message_templates (kind, language, subject, text_body, html_body, sms, "
              "whatsapp, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (kind, language) DO UPDATE SET subject = excluded.subject, "
              "text_body = excluded.text_body, html_body = excluded.html_body, "
              "sms = excluded.sms, whatsapp = excluded.whatsapp, "
              "updated_at = excluded.updated_at, updated_by = excluded.updated_by"_s);
    q.addBindValue(message.kind);
    q.addBindValue(message.language);
    q.addBindValue(message.subject);
    q.addBindValue(message.text);
    q.addBindValue(message.html);
    q.addBindValue(message.sms);
    q.addBindValue(message.whatsapp);
    q.addBindValue(nowMs);
    q.addBindValue(actor);
    bool ok = q.exec();
    if (ok) {
        q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                  "VALUES (?, ?, 'saved', 'message_template', NULL, ?)"_s);
        q.addBindValue(nowMs);
        q.addBindValue(actor);
        q.addBindValue(QString(message.kind + u' ' + message.language));
        ok = q.exec();
    }
    if (!ok || !q.exec(u"COMMIT"_s)) {
        const QString error = q.lastError().text();
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return Error {tr("Cannot save the template: %1").arg(error)};
    }
    return Done {};
}

Outcome TemplateRepository::reset(
    const QString &kind, const QString &language, const QString &actor, qint64 nowMs)
{
    if (const Outcome ok = known(kind, language); !ok)
        return ok;
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!Sql::beginWrite(q))
        return Error {tr("Cannot reset the template: %1").arg(q.lastError().text())};
    q.prepare(u"DELETE FROM message_templates WHERE kind = ? AND language = ?"_s);
    q.addBindValue(kind);
    q.addBindValue(language);
    bool ok = q.exec();
    if (ok && q.numRowsAffected() > 0) {
        q.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                  "VALUES (?, ?, 'reset', 'message_template', NULL, ?)"_s);
        q.addBindValue(nowMs);
        q.addBindValue(actor);
        q.addBindValue(QString(kind + u' ' + language));
        ok = q.exec();
    }
    if (!ok || !q.exec(u"COMMIT"_s)) {
        const QString error = q.lastError().text();
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return Error {tr("Cannot reset the template: %1").arg(error)};
    }
    return Done {};
}

} // namespace ParcelDesk
