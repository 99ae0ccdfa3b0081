#include "consentdialog.h"

#include "store/consentrepository.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

ConsentDialog::ConsentDialog(
    Database db, qint64 customerId, const QString &name, QString actor, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_customerId(customerId)
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Consent of %1").arg(name));
    auto *form = new QFormLayout(this);
    auto *explain = new QLabel(tr("May we send %1 messages about their parcels? A \"no\" holds "
                                  "back at once every message on that channel not sent yet.")
                                   .arg(name),
        this);
    explain->setWordWrap(true);
    form->addRow(explain);
    const QList<Consent> current = ConsentRepository(m_db).forCustomer(customerId);
    for (const MessageChannel channel :
        {MessageChannel::Email, MessageChannel::Sms, MessageChannel::WhatsApp}) {
        auto *box = new QComboBox(this);
        box->addItem(tr("not asked"), -1);
        box->addItem(tr("yes"), 1);
        box->addItem(tr("no (opted out)"), 0);
        int before = -1;
        for (const Consent &c : current) {
            if (c.channel == channel) {
                before = c.granted ? 1 : 0;
                box->setToolTip(tr("Since %1 (%2)")
                                    .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.atMs),
                                             QLocale::ShortFormat),
                                        c.source));
            }
        }
        box->setCurrentIndex(before < 0 ? 0 : (before == 1 ? 1 : 2));
        form->addRow(messageChannelLabel(channel), box);
        m_choices.append({int(channel), box});
        m_before.append(before);
    }
    m_source = new QLineEdit(this);
    m_source->setPlaceholderText(tr("Where it comes from, e.g. phone call"));
    form->addRow(tr("Source"), m_source);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool ConsentDialog::save()
{
    ConsentRepository repo(m_db);
    m_heldBack = 0;
    for (int i = 0; i < m_choices.size(); ++i) {
        const int value = m_choices.at(i).second->currentData().toInt();
        if (value < 0 || value == m_before.at(i))
            continue; // "not asked" is not something a customer says
        const auto set = repo.set({m_customerId, MessageChannel(m_choices.at(i).first), value == 1,
                                      m_source->text(), QDateTime::currentMSecsSinceEpoch()},
            m_actor);
        if (!set) {
            QMessageBox::warning(this, windowTitle(), set.error().message);
            return false;
        }
        m_before[i] = value;
        m_heldBack += set->heldBack;
    }
    if (m_heldBack > 0)
        QMessageBox::information(this, windowTitle(),
            tr("%n message(s) not sent yet are held back.", nullptr, m_heldBack));
    return true;
}

} // namespace ParcelDesk
