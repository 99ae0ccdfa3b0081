#pragma once

#include "store/database.h"

#include <QDialog>
#include <QList>

#include <utility>

class QComboBox;
class QLineEdit;

namespace ParcelDesk {

// What a customer said about proactive messages, per channel: shown, and changed with where the
// word came from. Saving a "no" holds back at once every message to the customer on that channel
// that has not left; the dialog says how many.
class ConsentDialog final : public QDialog
{
    Q_OBJECT

public:
    ConsentDialog(Database db, qint64 customerId, const QString &name, QString actor,
        QWidget *parent = nullptr);

    // Records the changes; false (with a message shown) when one could not be recorded.
    bool save();
    // Messages held back by the last save.
    int heldBack() const { return m_heldBack; }

private:
    Database m_db;
    qint64 m_customerId = 0;
    QString m_actor;
    QList<std::pair<int, QComboBox *>> m_choices; // MessageChannel, its answer
    QList<int> m_before; // -1 not asked, 0 no, 1 yes; per channel
    QLineEdit *m_source = nullptr;
    int m_heldBack = 0;
};

} // namespace ParcelDesk
