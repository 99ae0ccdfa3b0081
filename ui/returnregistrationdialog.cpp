#include "returnregistrationdialog.h"

#include "rules/holidaycalendar.h"
#include "store/voucherrepository.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

enum Column {
    ReturnColumn,
    ItemColumn,
    QuantityColumn,
    ReasonColumn,
    ConditionColumn,
    PolicyColumn,
    ColumnCount
};

} // namespace

ReturnRegistrationDialog::ReturnRegistrationDialog(
    ReturnableOrder order, ReturnPolicy policy, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_order(std::move(order))
    , m_policy(std::move(policy))
    , m_today(today)
{
    setWindowTitle(tr("Return for order %1").arg(m_order.orderNumber));
    auto *layout = new QVBoxLayout(this);
    const QLocale locale;
    layout->addWidget(new QLabel(
        tr("<b>%1</b> · %2 · delivered %3 · goes back to the warehouse in %4")
            .arg(m_order.orderNumber.toHtmlEscaped(), m_order.customerName.toHtmlEscaped(),
                m_order.deliveredOn ? locale.toString(*m_order.deliveredOn, QLocale::ShortFormat)
                                    : tr("not yet"),
                m_order.warehouse.isEmpty() ? tr("(unknown)") : m_order.warehouse),
        this));

    m_table = new QTableWidget(int(m_order.lines.size()), ColumnCount, this);
    m_table->setObjectName(u"returnLines"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Return"), tr("Item"), tr("Quantity"), tr("Reason"), tr("Condition"), tr("Policy")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PolicyColumn, QHeaderView::Stretch);
    for (int row = 0; row < m_order.lines.size(); ++row) {
        const ReturnableLine &line = m_order.lines.at(row);
        auto *check = new QCheckBox(m_table);
        check->setEnabled(line.returnable() > 0);
        // An order of one line is returned as a whole unless the agent says otherwise.
        check->setChecked(m_order.lines.size() == 1 && line.returnable() > 0);
        m_table->setCellWidget(row, ReturnColumn, check);
        const QString name = line.description.isEmpty() ? tr("The whole order") : line.description;
        auto *item = new QTableWidgetItem(
            tr("%1 (%2) · %3 each")
                .arg(name, line.category.isEmpty() ? tr("no category") : line.category,
                    VoucherRepository::formatAmount(line.unitPriceCents, m_order.currency)));
        item->setFlags(Qt::ItemIsEnabled);
        if (line.returned > 0)
            item->setToolTip(
                tr("%1 of %2 already on their way back").arg(line.returned).arg(line.ordered));
        m_table->setItem(row, ItemColumn, item);
        auto *quantity = new QSpinBox(m_table);
        quantity->setRange(line.returnable() > 0 ? 1 : 0, std::max(line.returnable(), 0));
        quantity->setValue(line.returnable());
        quantity->setSuffix(tr(" of %1").arg(line.returnable()));
        quantity->setEnabled(line.returnable() > 1);
        m_table->setCellWidget(row, QuantityColumn, quantity);
        auto *reason = new QComboBox(m_table);
        reason->addItem(tr("Choose a reason…"), QString());
        for (const ReturnReason &r : ReturnRepository::reasons(line.category))
            reason->addItem(r.label, r.code);
        m_table->setCellWidget(row, ReasonColumn, reason);
        auto *condition = new QComboBox(m_table);
        for (const ItemCondition c : {ItemCondition::Unopened, ItemCondition::Opened,
                 ItemCondition::Used, ItemCondition::Damaged})
            condition->addItem(ReturnRepository::conditionLabel(c), int(c));
        m_table->setCellWidget(row, ConditionColumn, condition);
        m_table->setItem(row, PolicyColumn, new QTableWidgetItem);
        m_table->item(row, PolicyColumn)->setFlags(Qt::ItemIsEnabled);
        connect(check, &QCheckBox::toggled, this, &ReturnRegistrationDialog::reassess);
        connect(quantity, &QSpinBox::valueChanged, this, &ReturnRegistrationDialog::reassess);
        connect(reason, &QComboBox::currentIndexChanged, this, &ReturnRegistrationDialog::reassess);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    auto *choice = new QHBoxLayout;
    m_resolution = new QButtonGroup(this);
    auto *refund = new QRadioButton(tr("&Refund"), this);
    auto *exchange = new QRadioButton(tr("E&xchange"), this);
    refund->setChecked(true);
    m_resolution->addButton(refund, int(ReturnResolution::Refund));
    m_resolution->addButton(exchange, int(ReturnResolution::Exchange));
    choice->addWidget(refund);
    choice->addWidget(exchange);
    choice->addStretch(1);
    form->addRow(tr("The customer wants:"), choice);
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"returnNote"_s);
    m_note->setPlaceholderText(tr("In the customer's words, if they said more"));
    form->addRow(tr("&Customer's note:"), m_note);
    layout->addLayout(form);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(u"returnVerdict"_s);
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
    m_customerText = new QLabel(this);
    m_customerText->setObjectName(u"returnCustomerText"_s);
    m_customerText->setWordWrap(true);
    m_customerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_customerText->setFrameShape(QFrame::StyledPanel);
    m_customerText->setMargin(6);
    layout->addWidget(m_customerText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons = buttons;
    m_register = buttons->button(QDialogButtonBox::Ok);
    m_register->setText(tr("&Register the return"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 420);
    reassess();
}

QList<ReturnLineRequest> ReturnRegistrationDialog::lines() const
{
    return m_assessment.requests();
}

QString ReturnRegistrationDialog::note() const
{
    return m_note->text().trimmed();
}

ReturnResolution ReturnRegistrationDialog::resolution() const
{
    return ReturnResolution(m_resolution->checkedId());
}

void ReturnRegistrationDialog::reassess()
{
    QList<ReturnLineRequest> requests;
    QList<int> rows;
    bool reasonMissing = false;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *check = qobject_cast<QCheckBox *>(m_table->cellWidget(row, ReturnColumn));
        m_table->item(row, PolicyColumn)->setText({});
        if (!check->isChecked())
            continue;
        ReturnLineRequest r;
        r.line = row;
        r.quantity = qobject_cast<QSpinBox *>(m_table->cellWidget(row, QuantityColumn))->value();
        r.reasonCode = qobject_cast<QComboBox *>(m_table->cellWidget(row, ReasonColumn))
                           ->currentData()
                           .toString();
        r.condition
            = ItemCondition(qobject_cast<QComboBox *>(m_table->cellWidget(row, ConditionColumn))
                                ->currentData()
                                .toInt());
        reasonMissing = reasonMissing || r.reasonCode.isEmpty();
        requests.append(r);
        rows.append(row);
    }
    m_assessment = ReturnRegistration::assess(
        m_order, requests, m_policy, HolidayCalendar::builtin(), m_today);
    const QLocale locale;
    for (int i = 0; i < m_assessment.lines.size(); ++i) {
        const ReturnDecision &d = m_assessment.lines.at(i).decision;
        QString text = ReturnRepository::outcomeLabel(d.outcome);
        if (d.lastDay.isValid())
            text += tr(" · until %1").arg(locale.toString(d.lastDay, QLocale::ShortFormat));
        if (d.outcome == ReturnOutcome::KeepIt)
            text += tr(" · worth %1 back, costs %2")
                        .arg(VoucherRepository::formatAmount(d.recoverableCents, m_order.currency),
                            VoucherRepository::formatAmount(d.returnCostCents, m_order.currency));
        m_table->item(rows.at(i), PolicyColumn)->setText(text);
    }
    if (requests.isEmpty()) {
        m_verdict->setText(tr("Tick the items that come back."));
        m_customerText->clear();
        m_register->setEnabled(false);
        return;
    }
    if (reasonMissing) {
        m_verdict->setText(tr("Choose a reason for every item that comes back."));
        m_register->setEnabled(false);
    } else {
        m_register->setEnabled(true);
        switch (m_assessment.outcome) {
        case ReturnOutcome::Accept:
            m_verdict->setText(tr("The return is accepted; a label can be made once it is "
                                  "registered."));
            break;
        case ReturnOutcome::Review:
            m_verdict->setText(tr("The return waits for a supervisor's review (high value) "
                                  "before a label is made."));
            break;
        case ReturnOutcome::KeepIt:
            m_verdict->setText(tr("Nothing has to come back: the customer keeps it and is "
                                  "refunded."));
            break;
        case ReturnOutcome::Refuse:
            m_verdict->setText(tr("The policy refuses this return. It is kept with the reason "
                                  "when you register it."));
            break;
        }
    }
    m_customerText->setText(tr("Tell the customer (%1): %2")
                                .arg(m_order.language, m_assessment.customerText.toHtmlEscaped())
                                .replace(u'\n', u"<br>"_s));
}

} // namespace ParcelDesk
