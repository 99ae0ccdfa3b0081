#pragma once

#include "domain/result.h"
#include "domain/status.h"
#include "shipmentlistquery.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <chrono>
#include <vector>

namespace ParcelDesk {

// One answer to a WISMO search: an order (with the parcel the search matched, or its newest),
// or a parcel that belongs to no order.
struct WismoHit
{
    enum class Match : quint8 { TrackingNumber, OrderNumber, Email, Phone, Postcode, Name };
    Match match = Match::Name;
    bool exact = false; // the whole number or address, not only its beginning
    bool corrected = false; // found through a word the search corrected (a typo)

    qint64 orderId = 0; // 0: a parcel without an order
    QString orderNumber;
    qint64 placedAtMs = 0;
    int parcels = 0;
    qint64 customerId = 0;
    QString customerName;
    QString email;
    QString phone;
    QString postcode;
    QString city;
    QString language;

    qint64 shipmentId = 0; // the parcel the number matched, else the order's newest; 0: none yet
    QString carrier;
    QString trackingNumber;
    Status status;
};

// The search box of the WISMO desk. Whatever an agent is given — an order or tracking number in
// any form (spaces, dashes, case), an e-mail, a phone number, a postcode, a name — is looked up
// in the index the store keeps (schema 9): exact matches first, then beginnings, then names
// (every word, the last one as a beginning while it is typed), then names with a small typo
// corrected against the words in the index. Runs on the calling thread's connection; one object
// per thread (it caches the words of the index).
class WismoSearch
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::WismoSearch)

public:
    using Statement = ShipmentListQuery::Statement;

    static constexpr int defaultLimit = 30;

    // Up to limit hits, best first; trace (when given) receives every statement run.
    Result<QList<WismoHit>> find(const QSqlDatabase &db, const QString &text,
        int limit = defaultLimit, QList<Statement> *trace = nullptr);

    // Lower case without diacritics, as the word index folds them ("Müller" → "muller").
    static QString foldWord(QStringView word);
    // Folded further for comparing spellings: letters the index keeps are written out as a
    // keyboard without them would ("weiß" → "weiss", "jørgensen" → "jorgensen").
    static QString spellingKey(QStringView foldedWord);
    // Optimal string alignment distance (a swap of two neighbours counts one), or max + 1 when
    // it is more than max.
    static int editDistance(QStringView a, QStringView b, int max);
    // The digit strings a phone number may be stored as: with the country code and without it
    // (national form, leading zeros dropped). Empty when the text is not a phone number.
    static QStringList phoneKeys(QStringView text);
    // Letters and digits only, upper case: how tracking and order numbers are compared.
    static QString numberKey(QStringView text);
    // The words of the index within reach of word (a typo or two, by length), nearest first.
    QStringList corrections(const QSqlDatabase &db, const QString &foldedWord);

private:
    void loadTerms(const QSqlDatabase &db);

    struct Term
    {
        QString compared; // the word as corrections compare it ("weiss" for "weiß")
        QString word; // as the index holds it
    };
    std::vector<std::vector<Term>> m_termsByLength; // alphabetic words, by compared length
    std::chrono::steady_clock::time_point m_termsLoaded;
    bool m_termsValid = false;
    qint64 m_termsNewestCustomer = 0;
};

} // namespace ParcelDesk
