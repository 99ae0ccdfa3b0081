#pragma once

#include "store/contactrepository.h"
#include "store/database.h"
#include "store/returnrepository.h"
#include "store/wismosearch.h"
#include "workflows/wismowording.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace ParcelDesk {

class DatabaseReader;
class TransitModel;

// The WISMO desk: a customer asks "where is my order?". One search box (Ctrl+K from anywhere)
// finds the order by whatever the caller says; the answer card shows every parcel of it in plain
// words in the customer's language, its milestones, the expected date, what went wrong and what
// is being done, what the customer was told already, and a reply to copy. The contact is logged
// in a few keystrokes; an update can be queued for the outbox; a "not received" case, a return
// or a delivery change starts from here.
class WismoPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WismoPage)

public:
    WismoPage(Database database, QString agent, QWidget *parent = nullptr);
    ~WismoPage() override;

    // Ctrl+K: the search box, its text selected for the next caller.
    void focusSearch();
    // Runs a search at once (without waiting for the typing to pause).
    void search(const QString &text);
    void setClock(std::function<qint64()> clock);
    // New data arrived: the card on show reads its order again.
    void refreshAnswer();

    // The language the card's customer texts use: "" follows the customer's record.
    void setAnswerLanguage(const QString &language);

    int resultCount() const;
    const QList<WismoHit> &results() const { return m_hits; }
    void openResult(int row);
    const std::optional<WismoAnswer> &answer() const { return m_answer; }
    QString cardText() const;
    QString replyText() const;
    QString answerLanguage() const; // the language in use: "de" or "en"
    QLineEdit *searchBox() const { return m_search; }

    // The actions on the order on show (the parcel chosen among its parcels), as the buttons do.
    void logContact(
        const QString &channel, const QString &reason, const QString &outcome, const QString &note);
    void sendUpdate();
    void reportNotReceived(const QString &note);
    void startReturn(
        const QList<ReturnLineRequest> &lines, const QString &note, ReturnResolution resolution);
    void requestDeliveryChange(const QString &option, const QString &detail);
    // The customer on show (and every record with their e-mail address), GDPR: everything held
    // about them written to a JSON file; their data erased everywhere (reason: for the audit
    // log, without personal data).
    void exportPersonalData(const QString &path);
    void erasePersonalData(const QString &reason);

Q_SIGNALS:
    void resultsShown(int count);
    void answerShown();
    void actionFinished(bool ok, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void showResults(quint64 job, const QString &text, const Result<QList<WismoHit>> &hits);
    void pickFirst();
    // Whether the order and parcel an action was asked for are still the ones on show.
    bool stillShowing(qint64 orderId, qint64 shipmentId);
    void loadAnswer();
    void showAnswer(const WismoAnswer &answer);
    void renderCard();
    void clearAnswer();
    void learnTransitTimes();
    qint64 now() const;
    qint64 chosenShipment() const;
    // What an action does on a worker thread: the message to show, or why it was not done.
    using Action = std::function<Result<QString>(const Database &, qint64 nowMs)>;
    void runAction(const QString &busy, Action action, std::function<void(bool ok)> after = {});
    // The end of an action: the status line, the answer read again, after, actionFinished.
    void actionDone(bool ok, const QString &message, const std::function<void(bool)> &after);
    // Runs the action prepare makes from the dialog's fields when its OK is pressed, before it
    // closes (SaveBeforeClose); saved, it ends as runAction's do. Returns whether it was saved.
    bool execSaving(QDialog &dialog, QDialogButtonBox *buttons,
        const std::function<Action()> &prepare, const std::function<void(bool)> &after = {});
    // A contact about the order and parcel on show, without a note; nothing (and a word in the
    // status line) when there is neither.
    std::optional<Contact> contactAbout(
        const QString &channel, const QString &reason, const QString &outcome) const;
    static Action logContactAction(Contact c);
    std::optional<Action> startReturnAction(
        const QList<ReturnLineRequest> &lines, const QString &note, ReturnResolution resolution);
    std::optional<Action> deliveryChangeAction(const QString &option, const QString &detail);
    Action eraseAction(qint64 customer, const QString &reason) const;
    void searchAgainAfterErasure();
    void askNotReceived();
    void askReturn();
    void askDeliveryChange();
    void askExportPersonalData();
    void askErasePersonalData();
    void confirmErase(qint64 customerId, const QList<qint64> &records, const QString &summary,
        int parcelsInFlight);
    void focusLog();

    Database m_db;
    QString m_agent;
    std::function<qint64()> m_clock;
    std::unique_ptr<DatabaseReader> m_searchReader;
    std::unique_ptr<DatabaseReader> m_answerReader;
    std::unique_ptr<DatabaseReader> m_learnReader;
    std::shared_ptr<WismoSearch> m_searcher;
    std::shared_ptr<const TransitModel> m_transit;
    bool m_learning = false;
    quint64 m_searchJob = 0;
    quint64 m_answerJob = 0;
    quint64 m_shownSearchJob = 0; // the search whose results the list shows
    bool m_pickFirst = false; // Down or Enter came before the results
    QString m_replyFor; // the order and language the reply was written for
    QList<WismoHit> m_hits;
    std::optional<WismoHit> m_open; // the result whose answer is on show
    std::optional<WismoAnswer> m_answer;
    QString m_language; // chosen answer language; empty: the customer's

    QLineEdit *m_search = nullptr;
    QLabel *m_found = nullptr;
    QTimer *m_typing = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_header = nullptr;
    QComboBox *m_languageBox = nullptr;
    QComboBox *m_parcelBox = nullptr;
    QTextBrowser *m_card = nullptr;
    QPlainTextEdit *m_reply = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_update = nullptr;
    QPushButton *m_notReceived = nullptr;
    QPushButton *m_return = nullptr;
    QPushButton *m_options = nullptr;
    QToolButton *m_personalData = nullptr;
    QAction *m_exportData = nullptr;
    QAction *m_eraseData = nullptr;
    QAction *m_consent = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_reason = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_log = nullptr;
    QLabel *m_status = nullptr;
    QList<QWidget *> m_needsAnswer; // enabled only while an answer is on show
};

} // namespace ParcelDesk
