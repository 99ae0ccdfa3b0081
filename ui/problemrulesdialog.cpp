#include "problemrulesdialog.h"

#include "problemcasespage.h"
#include "rules/problemcaserunner.h"
#include "store/problemrulerepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

ProblemRulesDialog::ProblemRulesDialog(Database db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("Problem-case rules"));
    setObjectName(u"problemRulesDialog"_s);
    resize(900, 640);
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(u"rulesTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Carrier"), tr("Country"), tr("On"),
        tr("Threshold"), tr("Priority"), tr("SLA hours")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    for (const ProblemKind k : ProblemRules::ruleKinds())
        m_kind->addItem(ProblemCasesPage::kindLabel(k), int(k));
    m_carrier = new QLineEdit(u"*"_s, this);
    m_carrier->setObjectName(u"ruleCarrier"_s);
    m_carrier->setToolTip(tr("A carrier id such as dhl, or * for all."));
    m_country = new QLineEdit(u"*"_s, this);
    m_country->setObjectName(u"ruleCountry"_s);
    m_country->setToolTip(tr("A destination country such as DE, or * for all."));
    m_enabled = new QCheckBox(tr("The rule opens cases"), this);
    m_threshold = new QSpinBox(this);
    m_threshold->setObjectName(u"threshold"_s);
    m_threshold->setRange(0, 99);
    m_unit = new QLabel(this);
    auto *thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(m_threshold);
    thresholdRow->addWidget(m_unit, 1);
    m_priority = new QSpinBox(this);
    m_priority->setRange(1, 3);
    m_sla = new QSpinBox(this);
    m_sla->setRange(1, 720);
    m_sla->setSuffix(tr(" h"));
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Carrier:"), m_carrier);
    form->addRow(tr("Destination country:"), m_country);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Threshold:"), thresholdRow);
    form->addRow(tr("Priority (1 highest):"), m_priority);
    form->addRow(tr("Due after:"), m_sla);
    layout->addLayout(form);

    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(u"dryRunResult"_s);
    m_result->setReadOnly(true);
    m_result->setPlaceholderText(
        tr("Try a change first: the dry run shows what it would have opened in the last 30 "
           "days."));
    layout->addWidget(m_result, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_dryRun = buttons->addButton(tr("&Dry run (30 days)"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Save rule"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_dryRun, &QPushButton::clicked, this, &ProblemRulesDialog::dryRun);
    connect(m_save, &QPushButton::clicked, this, &ProblemRulesDialog::saveRule);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { editRow(row); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_unit->setText(ProblemRules::thresholdUnit(ProblemKind(m_kind->currentData().toInt())));
    });
    reload();
}

void ProblemRulesDialog::reload()
{
    // Read on a worker; the table fills when the rules are there.
    auto *watcher = new QFutureWatcher<ProblemRules>(this);
    connect(watcher, &QFutureWatcher<ProblemRules>::finished, this, [this, watcher] {
        watcher->deleteLater();
        showRules(watcher->result());
    });
    const Database db = m_db;
    watcher->setFuture(QtConcurrent::run([db] {
        ProblemRules rules = ProblemRuleRepository(db).load();
        db.releaseConnection();
        return rules;
    }));
}

void ProblemRulesDialog::showRules(const ProblemRules &fresh)
{
    const int current = std::max(0, m_table->currentRow());
    m_rules = fresh;
    const QList<ProblemRule> &rules = m_rules.rules();
    m_table->setRowCount(int(rules.size()));
    for (int i = 0; i < rules.size(); ++i) {
        const ProblemRule &r = rules[i];
        const QStringList cells = {ProblemCasesPage::kindLabel(r.kind), r.carrier, r.country,
            r.enabled ? tr("yes") : tr("no"),
            u"%1 %2"_s.arg(r.threshold).arg(ProblemRules::thresholdUnit(r.kind)),
            QString::number(r.priority), QString::number(r.slaHours)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    if (m_firstLoad) {
        m_firstLoad = false;
        editRow(0);
    } else {
        editRow(std::min(current, int(rules.size()) - 1));
    }
    Q_EMIT loaded();
}

void ProblemRulesDialog::editRow(int row)
{
    if (row < 0 || row >= m_rules.rules().size())
        return;
    const ProblemRule &r = m_rules.rules()[row];
    if (m_table->currentRow() != row) {
        const QSignalBlocker quiet(m_table);
        m_table->setCurrentCell(row, 0);
    }
    m_kind->setCurrentIndex(m_kind->findData(int(r.kind)));
    m_carrier->setText(r.carrier);
    m_country->setText(r.country);
    m_enabled->setChecked(r.enabled);
    m_threshold->setValue(r.threshold);
    m_priority->setValue(r.priority);
    m_sla->setValue(r.slaHours);
    m_unit->setText(ProblemRules::thresholdUnit(r.kind));
}

ProblemRule ProblemRulesDialog::editedRule() const
{
    ProblemRule r;
    r.kind = ProblemKind(m_kind->currentData().toInt());
    r.carrier = m_carrier->text().trimmed().isEmpty() ? u"*"_s : m_carrier->text().trimmed();
    r.country
        = m_country->text().trimmed().isEmpty() ? u"*"_s : m_country->text().trimmed().toUpper();
    r.enabled = m_enabled->isChecked();
    r.threshold = m_threshold->value();
    r.priority = m_priority->value();
    r.slaHours = m_sla->value();
    return r;
}

void ProblemRulesDialog::dryRun()
{
    ProblemRule rule = editedRule();
    if (const Outcome valid = ProblemRuleRepository::validate(rule); !valid) {
        m_result->setPlainText(valid.error().message);
        Q_EMIT dryRunFinished(-1, valid.error().message);
        return;
    }
    rule.enabled = true; // a dry run tries the rule as if it were on
    ProblemRules rules = m_rules;
    rules.setRule(rule);
    m_dryRun->setEnabled(false);
    m_result->setPlainText(tr("Trying the rule on the last 30 days…"));
    auto *watcher = new QFutureWatcher<ProblemCaseRunner::DryRun>(this);
    connect(
        watcher, &QFutureWatcher<ProblemCaseRunner::DryRun>::finished, this, [this, watcher, rule] {
            watcher->deleteLater();
            m_dryRun->setEnabled(true);
            const ProblemCaseRunner::DryRun dry = watcher->result();
            const QLocale locale;
            QStringList lines;
            const QString summary
                = tr("Against the last 30 days this rule would have opened %n case(s) (%1 "
                     "shipments checked).",
                    nullptr, int(dry.cases.size()))
                      .arg(locale.toString(dry.examined));
            lines << summary << QString();
            for (qsizetype i = 0; i < std::min<qsizetype>(dry.cases.size(), 200); ++i) {
                const auto &c = dry.cases[i];
                lines << u"%1  %2  %3  %4"_s.arg(
                    locale.toString(
                        QDateTime::fromMSecsSinceEpoch(c.atMs).date(), QLocale::ShortFormat),
                    c.carrier, c.trackingNumber, c.details);
            }
            if (dry.cases.size() > 200)
                lines << tr("… and %1 more.").arg(locale.toString(dry.cases.size() - 200));
            m_result->setPlainText(lines.join(u'\n'));
            Q_EMIT dryRunFinished(int(dry.cases.size()), summary);
        });
    const Database db = m_db;
    const ProblemKind kind = rule.kind;
    const qint64 now = m_nowMs.value_or(QDateTime::currentMSecsSinceEpoch());
    const QString carrier = rule.carrier;
    const QString country = rule.country;
    watcher->setFuture(QtConcurrent::run([db, rules, kind, now, carrier, country] {
        const auto dry = ProblemCaseRunner::dryRun(db, rules, kind, now, 30, {}, carrier, country);
        db.releaseConnection();
        return dry;
    }));
}

void ProblemRulesDialog::saveRule()
{
    const ProblemRule rule = editedRule();
    using Saved = std::pair<QString, ProblemRules>; // an error, or the rules now in force
    auto *watcher = new QFutureWatcher<Saved>(this);
    connect(watcher, &QFutureWatcher<Saved>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto [error, rules] = watcher->result();
        if (!error.isEmpty()) {
            m_result->setPlainText(error);
            Q_EMIT saved(false, error);
            return;
        }
        showRules(rules);
        const QString message = tr("Saved. The rule applies from the next run of the rules.");
        m_result->setPlainText(message);
        Q_EMIT saved(true, message);
    });
    const Database db = m_db;
    watcher->setFuture(QtConcurrent::run([db, rule] {
        ProblemRuleRepository stored(db);
        const Outcome outcome = stored.save(rule, QDateTime::currentMSecsSinceEpoch());
        Saved result {outcome ? QString() : outcome.error().message, {}};
        if (outcome)
            result.second = stored.load();
        db.releaseConnection();
        return result;
    }));
}

} // namespace ParcelDesk
