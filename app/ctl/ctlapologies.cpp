// parceldeskctl apologies and consent: the proactive apology from the command line.
#include "ctlcommands.h"

#include "rules/transitmodel.h"
#include "store/apologyrepository.h"
#include "store/consentrepository.h"
#include "store/database.h"
#include "store/voucherrepository.h"
#include "workflows/apologyworkflow.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

QString actorFrom(const QCommandLineParser &parser, const QCommandLineOption &as)
{
    return parser.isSet(as) ? parser.value(as) : qEnvironmentVariable("USER", u"ctl"_s);
}

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

int CtlCommands::apologies(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Proactive apologies: one message per customer about their late or troubled parcels.\n"
           "  candidates   the customers to tell, with the rules' recommendation\n"
           "  create       write the messages: drafts to approve, queued when a rule approves,\n"
           "               suppressed (with the reason) when a guardrail says no\n"
           "  list         the messages in one state (draft, queued, sent, suppressed, rejected)\n"
           "  approve ID   approve a draft (checked against the guardrails once more)\n"
           "  reject ID    reject a draft (its voucher goes back to the pool)\n"
           "  rules        the rules, in the order they are tried\n"
           "  settings     the guardrails: caps and quiet hours (change them with the options)\n"
           "  figures      what the Apologies page's header shows"));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption state(
        u"state"_s, tr("list: which state (default draft)."), u"state"_s, u"draft"_s);
    const QCommandLineOption as(u"as"_s, tr("who decides (default: the login name)."), u"name"_s);
    const QCommandLineOption reason(u"reason"_s, tr("reject: why."), u"text"_s);
    const QCommandLineOption capDay(
        u"cap-day"_s, tr("settings: messages per customer within 24 h (0: no cap)."), u"n"_s);
    const QCommandLineOption capWeek(
        u"cap-week"_s, tr("settings: messages per customer within 7 days (0: no cap)."), u"n"_s);
    const QCommandLineOption quiet(u"quiet"_s,
        tr("settings: quiet hours in the customer's time zone, as HH:mm-HH:mm."), u"from-to"_s);
    const QCommandLineOption shop(
        u"shop"_s, tr("settings: the shop's name, which signs the messages."), u"name"_s);
    const QCommandLineOption noModel(u"no-forecast"_s,
        tr("create: leave the expected dates out of the text (faster on a big database)."));
    parser.addOptions({db, state, as, reason, capDay, capWeek, quiet, shop, noModel});
    parser.addPositionalArgument(u"action"_s,
        tr("candidates, create, list, approve, reject, "
           "rules, settings or figures"));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    static const QStringList actions {u"candidates"_s, u"create"_s, u"list"_s, u"approve"_s,
        u"reject"_s, u"rules"_s, u"settings"_s, u"figures"_s};
    if (!actions.contains(action)) {
        printLine(stderr, tr("apologies: say one of %1.").arg(actions.join(u", "_s)));
        return 2;
    }
    if (!parser.isSet(db)) {
        printLine(stderr, tr("apologies: --db FILE is required."));
        return 2;
    }
    const auto opened = Database::open(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString actor = actorFrom(parser, as);
    ApologyRepository repo(*opened);

    if (action == u"candidates" || action == u"create") {
        const auto found = ApologyWorkflow::candidates(*opened, now);
        if (!found) {
            printLine(stderr, found.error().message);
            return 1;
        }
        if (action == u"candidates") {
            for (const ApologyCandidate &c : *found) {
                QStringList parcels;
                for (const ApologyCandidate::Parcel &p : c.parcels)
                    parcels << u"%1 %2 (%3, %4 d)"_s.arg(p.facts.carrier, p.facts.trackingNumber,
                        p.facts.caseKind, QString::number(p.daysLate));
                printLine(stdout,
                    u"%1\t%2\t%3%4\t%5"_s.arg(QString::number(c.customer.id), c.customer.name,
                        apologyActionToString(c.action), c.autoApprove ? u" (auto)"_s : QString(),
                        parcels.join(u"; "_s)));
            }
            printLine(stderr, tr("%n customer(s) to tell.", nullptr, int(found->size())));
            return 0;
        }
        std::optional<TransitModel> model;
        if (!parser.isSet(noModel))
            model.emplace(TransitModel::learnFrom(*opened, now - 90 * 86'400'000LL, now));
        const auto made = ApologyWorkflow::createMessages(
            *opened, *found, {actor, now, model ? &*model : nullptr, {}, nullptr});
        if (!made) {
            printLine(stderr, made.error().message);
            return 1;
        }
        printLine(stdout,
            tr("%1 draft(s) to approve, %2 queued by the rules, %3 suppressed, %4 told meanwhile.")
                .arg(made->drafts)
                .arg(made->queued)
                .arg(made->suppressed)
                .arg(made->alreadyTold));
        for (auto it = made->suppressedByReason.cbegin(); it != made->suppressedByReason.cend();
             ++it)
            printLine(stdout, u"  %1: %2"_s.arg(ApologyWorkflow::reasonLabel(it.key())).arg(*it));
        for (const QString &note : made->notes)
            printLine(stdout, u"  "_s + note);
        return 0;
    }

    if (action == u"list") {
        const auto wanted = messageStateFromString(parser.value(state));
        if (!wanted) {
            printLine(stderr, tr("apologies list: unknown state %1.").arg(parser.value(state)));
            return 2;
        }
        const auto rows = repo.messages({*wanted});
        if (!rows) {
            printLine(stderr, rows.error().message);
            return 1;
        }
        for (const ApologyMessageRow &r : *rows) {
            const Message &m = r.message;
            printLine(stdout,
                u"%1\t%2\t%3\t%4\t%5\t%6\t%7"_s.arg(QString::number(m.id), when(m.createdAtMs),
                    m.kind, messageChannelToString(m.channel), r.customerName, r.orderNumbers,
                    m.state == MessageState::Suppressed
                        ? ApologyWorkflow::reasonLabel(m.suppressionReason)
                        : m.subject));
        }
        return 0;
    }

    if (action == u"approve" || action == u"reject") {
        bool ok = false;
        const qint64 id = args.value(1).toLongLong(&ok);
        if (!ok) {
            printLine(stderr, tr("apologies %1: give the message's number.").arg(action));
            return 2;
        }
        if (action == u"reject") {
            if (const Outcome done
                = ApologyWorkflow::reject(*opened, id, parser.value(reason), actor, now);
                !done) {
                printLine(stderr, done.error().message);
                return 1;
            }
            printLine(stdout, tr("Message %1 rejected.").arg(id));
            return 0;
        }
        const auto verdict = ApologyWorkflow::approve(*opened, id, std::nullopt, actor, now);
        if (!verdict) {
            printLine(stderr, verdict.error().message);
            return 1;
        }
        switch (verdict->kind) {
        case GuardrailVerdict::Kind::Suppress:
            printLine(stdout, tr("Message %1 held back: %2.").arg(id).arg(verdict->detail));
            return 3;
        case GuardrailVerdict::Kind::Defer:
            printLine(stdout,
                tr("Message %1 approved; it waits for the end of the customer's quiet hours (%2).")
                    .arg(id)
                    .arg(when(verdict->notBeforeMs)));
            return 0;
        case GuardrailVerdict::Kind::Send:
            break;
        }
        printLine(stdout, tr("Message %1 approved and queued.").arg(id));
        return 0;
    }

    if (action == u"rules") {
        const auto rules = repo.rules();
        if (!rules) {
            printLine(stderr, rules.error().message);
            return 1;
        }
        for (const ApologyRule &r : *rules) {
            printLine(stdout,
                u"%1\t%2\t%3\tkinds=%4 days_late>=%5 problems>=%6/%7d\t%8%9%10"_s.arg(
                    QString::number(r.position), r.enabled ? u"on"_s : u"off"_s, r.name,
                    r.caseKinds.isEmpty() ? u"*"_s : r.caseKinds.join(u','),
                    QString::number(r.minDaysLate), QString::number(r.minProblems),
                    QString::number(r.windowDays), apologyActionToString(r.action),
                    r.action == ApologyAction::Voucher
                        ? u" "_s + VoucherRepository::formatAmount(r.voucherValueCents, u"EUR"_s)
                        : QString(),
                    r.autoApprove ? u" auto"_s : QString()));
        }
        return 0;
    }

    if (action == u"settings") {
        ApologySettings s = repo.settings();
        const bool change = parser.isSet(capDay) || parser.isSet(capWeek) || parser.isSet(quiet)
            || parser.isSet(shop);
        if (parser.isSet(shop))
            s.shopName = parser.value(shop);
        if (parser.isSet(capDay))
            s.capPerDay = parser.value(capDay).toInt();
        if (parser.isSet(capWeek))
            s.capPerWeek = parser.value(capWeek).toInt();
        if (parser.isSet(quiet)) {
            const QStringList parts = parser.value(quiet).split(u'-');
            s.quietStart = QTime::fromString(parts.value(0).trimmed(), u"HH:mm"_s);
            s.quietEnd = QTime::fromString(parts.value(1).trimmed(), u"HH:mm"_s);
        }
        if (change) {
            if (const Outcome saved = repo.saveSettings(s, actor, now); !saved) {
                printLine(stderr, saved.error().message);
                return 1;
            }
        }
        printLine(stdout,
            tr("Cap per customer: %1 within 24 h, %2 within 7 days (0: none)")
                .arg(s.capPerDay)
                .arg(s.capPerWeek));
        printLine(stdout,
            tr("Quiet hours: %1 to %2 in the customer's time zone")
                .arg(s.quietStart.toString(u"HH:mm"_s), s.quietEnd.toString(u"HH:mm"_s)));
        printLine(stdout, tr("Shop name: %1").arg(s.shopName));
        return 0;
    }

    const auto f = repo.figures(now);
    if (!f) {
        printLine(stderr, f.error().message);
        return 1;
    }
    printLine(stdout, tr("Awaiting approval: %1").arg(f->awaitingApproval));
    printLine(stdout, tr("Queued: %1").arg(f->queued));
    printLine(stdout, tr("Sent this month: %1").arg(f->sentThisMonth));
    printLine(stdout, tr("Dead letters: %1").arg(f->deadLetters));
    for (auto it = f->suppressedByReason.cbegin(); it != f->suppressedByReason.cend(); ++it)
        printLine(stdout,
            tr("Suppressed (30 days), %1: %2")
                .arg(ApologyWorkflow::reasonLabel(it.key()))
                .arg(*it));
    const auto per100 = [](int contacts, int parcels) {
        return parcels ? QLocale().toString(100.0 * contacts / parcels, 'f', 1) : u"–"_s;
    };
    printLine(stdout,
        tr("WISMO contacts per 100 late parcels (90 days): %1 told first (%2 parcels), %3 not "
           "told (%4 parcels)")
            .arg(per100(f->contactsTold, f->lateTold))
            .arg(f->lateTold)
            .arg(per100(f->contactsNotTold, f->lateNotTold))
            .arg(f->lateNotTold));
    return 0;
}

int CtlCommands::consent(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A customer's consent to proactive messages, per channel. Without --grant or "
           "--withdraw it shows what the customer said. A withdrawal holds back, at once, every "
           "message to the customer on that channel that has not left yet."));
    parser.addHelpOption();
    const QCommandLineOption db = dbOption();
    const QCommandLineOption customer(
        u"customer"_s, tr("the customer: e-mail address or number."), u"who"_s);
    const QCommandLineOption channel(
        u"channel"_s, tr("email, sms or whatsapp."), u"channel"_s, u"email"_s);
    const QCommandLineOption grant(u"grant"_s, tr("the customer said yes."));
    const QCommandLineOption withdraw(u"withdraw"_s, tr("the customer said no (opt-out)."));
    const QCommandLineOption source(u"source"_s,
        tr("where the word came from (checkout, phone call, customer reply, ...)."), u"text"_s);
    const QCommandLineOption as(
        u"as"_s, tr("who records it (default: the login name)."), u"name"_s);
    parser.addOptions({db, customer, channel, grant, withdraw, source, as});
    parser.process(arguments);
    if (!parser.isSet(db) || !parser.isSet(customer)) {
        printLine(stderr, tr("consent: --db FILE and --customer are required."));
        return 2;
    }
    if (parser.isSet(grant) && parser.isSet(withdraw)) {
        printLine(stderr, tr("consent: say --grant or --withdraw, not both."));
        return 2;
    }
    const auto which = messageChannelFromString(parser.value(channel));
    if (!which) {
        printLine(stderr, tr("consent: unknown channel %1.").arg(parser.value(channel)));
        return 2;
    }
    const auto opened = Database::open(parser.value(db));
    if (!opened) {
        printLine(stderr, opened.error().message);
        return 1;
    }
    QSqlQuery q(opened->connection());
    q.prepare(u"SELECT id, name FROM customers WHERE id = ? OR lower(email) = lower(?) "
              "ORDER BY id"_s);
    bool isNumber = false;
    const qint64 number = parser.value(customer).toLongLong(&isNumber);
    q.addBindValue(isNumber ? number : -1);
    q.addBindValue(parser.value(customer).trimmed());
    if (!q.exec() || !q.next()) {
        printLine(stderr, tr("consent: no customer %1.").arg(parser.value(customer)));
        return 1;
    }
    const qint64 id = q.value(0).toLongLong();
    const QString name = q.value(1).toString();
    ConsentRepository consents(*opened);
    if (parser.isSet(grant) || parser.isSet(withdraw)) {
        Consent c;
        c.customerId = id;
        c.channel = *which;
        c.granted = parser.isSet(grant);
        c.source = parser.value(source);
        c.atMs = QDateTime::currentMSecsSinceEpoch();
        const auto changed = consents.set(c, actorFrom(parser, as));
        if (!changed) {
            printLine(stderr, changed.error().message);
            return 1;
        }
        if (changed->heldBack > 0)
            printLine(stdout,
                tr("%n message(s) not sent yet are held back.", nullptr, changed->heldBack));
    }
    for (const Consent &c : consents.forCustomer(id))
        printLine(stdout,
            u"%1\t%2\t%3\t%4\t%5"_s.arg(name, messageChannelToString(c.channel),
                c.granted ? tr("yes") : tr("no"), c.source, when(c.atMs)));
    return 0;
}

} // namespace ParcelDesk
