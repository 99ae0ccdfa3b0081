#include "i18n/translations.h"
#include "rules/claimwindows.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

qint64 at(const char *text)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(text), u"yyyy-MM-dd HH:mm"_s);
    return QDateTime(t.date(), t.time(), Qt::UTC).toMSecsSinceEpoch();
}

QDate dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
}

} // namespace

// Claim windows: what the file says, which window governs a parcel, and the due date.
class TestClaimWindows final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installTranslations(QLocale(QLocale::English)); }
    void picksTheGoverningWindow();
    void countsFromTheWindowsStart();
    void businessDaysSkipHolidays();
    void aMissingStartFallsBackEarlier();
    void badFilesNameTheField_data();
    void badFilesNameTheField();
    void builtinCoversEveryCarrierWithSources();
    void describesInWords();

private:
    ClaimWindows windows() const;
};

namespace {

// Our own fixture: an imaginary carrier with every kind of window.
const char *fixture = R"({
  "carrier": "acme",
  "name": "ACME Parcel",
  "windows": [
    {"kind": "lost", "scope": "domestic", "origin_countries": ["DE"], "counted_from": "shipped",
     "days": 30, "day_kind": "calendar", "not_before_days": 10,
     "source": {"title": "ACME terms", "url": "https://acme.example/terms", "section": "7"}},
    {"kind": "lost", "scope": "international", "counted_from": "expected_delivery",
     "days": 60, "day_kind": "calendar",
     "source": {"title": "ACME terms", "url": "https://acme.example/terms"}},
    {"kind": "damaged", "scope": "any", "counted_from": "delivered", "days": 7,
     "day_kind": "business",
     "source": {"title": "ACME terms", "url": "https://acme.example/terms"}},
    {"kind": "damaged", "scope": "any", "origin_countries": ["AT"], "counted_from": "delivered",
     "days": 14, "source": {"title": "ACME Austria", "url": "https://acme.example/at"}}
  ]
})";

} // namespace

ClaimWindows TestClaimWindows::windows() const
{
    auto loaded = ClaimWindows::fromJson(fixture, u"acme.json"_s);
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error().message));
    return *loaded;
}

void TestClaimWindows::picksTheGoverningWindow()
{
    const ClaimWindows w = windows();
    QCOMPARE(w.carrierName(u"acme"_s), u"ACME Parcel"_s);
    const auto domestic = w.windowFor(u"acme"_s, ClaimWindows::Kind::Lost, u"DE"_s, u"DE"_s);
    QVERIFY(domestic);
    QCOMPARE(domestic->days, 30);
    const auto abroad = w.windowFor(u"acme"_s, ClaimWindows::Kind::Lost, u"DE"_s, u"FR"_s);
    QVERIFY(abroad);
    QCOMPARE(abroad->days, 60);
    // The domestic window is for Germany only: French domestic parcels have none.
    QVERIFY(!w.windowFor(u"acme"_s, ClaimWindows::Kind::Lost, u"FR"_s, u"FR"_s));
    // A window naming the country beats one for any country.
    QCOMPARE(w.windowFor(u"acme"_s, ClaimWindows::Kind::Damaged, u"AT"_s, u"AT"_s)->days, 14);
    QCOMPARE(w.windowFor(u"acme"_s, ClaimWindows::Kind::Damaged, u"DE"_s, u"AT"_s)->days, 7);
    QVERIFY(!w.windowFor(u"other"_s, ClaimWindows::Kind::Lost, u"DE"_s, u"DE"_s));
}

void TestClaimWindows::countsFromTheWindowsStart()
{
    const ClaimWindows w = windows();
    ClaimWindows::Dates dates;
    dates.shippedMs = at("2026-11-02 09:00");
    dates.expectedDeliveryMs = at("2026-11-05 00:00");
    const auto lost = w.deadline(u"acme"_s, ClaimWindows::Kind::Lost, u"DE"_s, u"DE"_s, dates);
    QVERIFY(lost);
    QCOMPARE(dayOf(lost->dueMs), QDate(2026, 12, 2));
    // The whole last day counts.
    QCOMPARE(lost->dueMs, at("2026-12-03 00:00") - 1);
    QCOMPARE(dayOf(lost->openFromMs), QDate(2026, 11, 12));
    QVERIFY(!lost->startEstimated);
    const auto abroad = w.deadline(u"acme"_s, ClaimWindows::Kind::Lost, u"DE"_s, u"US"_s, dates);
    QCOMPARE(dayOf(abroad->dueMs), QDate(2027, 1, 4));
}

void TestClaimWindows::businessDaysSkipHolidays()
{
    const ClaimWindows w = windows();
    ClaimWindows::Dates dates;
    dates.shippedMs = at("2026-12-18 10:00");
    dates.deliveredMs = at("2026-12-22 14:00"); // Tuesday
    const auto damaged
        = w.deadline(u"acme"_s, ClaimWindows::Kind::Damaged, u"DE"_s, u"DE"_s, dates);
    QVERIFY(damaged);
    // Seven German business days after 22 December: 23, 24, 28, 29, 30 and 31 December
    // (Christmas and Boxing Day are holidays), New Year's Day is one too, so Monday 4 January.
    QCOMPARE(dayOf(damaged->dueMs), QDate(2027, 1, 4));
}

void TestClaimWindows::aMissingStartFallsBackEarlier()
{
    const ClaimWindows w = windows();
    ClaimWindows::Dates dates;
    dates.shippedMs = at("2026-11-02 09:00");
    dates.reportedMs = at("2026-11-04 08:00"); // damaged in transit, not delivered
    const auto damaged
        = w.deadline(u"acme"_s, ClaimWindows::Kind::Damaged, u"AT"_s, u"AT"_s, dates);
    QVERIFY(damaged);
    QVERIFY(damaged->startEstimated);
    QCOMPARE(dayOf(damaged->dueMs), QDate(2026, 11, 18));
    // No expected delivery and nothing reported: from the label, the earliest moment known.
    ClaimWindows::Dates bare;
    bare.shippedMs = at("2026-11-02 09:00");
    const auto lost = w.deadline(u"acme"_s, ClaimWindows::Kind::Lost, u"DE"_s, u"US"_s, bare);
    QVERIFY(lost->startEstimated);
    QCOMPARE(dayOf(lost->dueMs), QDate(2027, 1, 1));
}

void TestClaimWindows::badFilesNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray head = R"({"carrier": "acme", "windows": [)";
    const QByteArray source = R"("source": {"title": "T", "url": "https://acme.example/"})";
    QTest::newRow("not json") << QByteArray("{") << u"not JSON"_s;
    QTest::newRow("carrier") << QByteArray(R"({"carrier": "ACME", "windows": []})")
                             << u"\"carrier\""_s;
    QTest::newRow("empty") << QByteArray(R"({"carrier": "acme", "windows": []})")
                           << u"no windows"_s;
    QTest::newRow("kind") << head + R"({"kind": "stolen", "counted_from": "shipped", "days": 5, )"
            + source
            + "}]}" << u"windows[0].kind"_s;
    QTest::newRow("days") << head + R"({"kind": "lost", "counted_from": "shipped", "days": 0, )"
            + source
            + "}]}" << u"windows[0].days"_s;
    QTest::newRow("from") << head + R"({"kind": "lost", "counted_from": "paid", "days": 5, )"
            + source
            + "}]}" << u"windows[0].counted_from"_s;
    QTest::newRow("country") << head
            + R"({"kind": "lost", "origin_countries": ["de"], "counted_from": "shipped", )"
              R"("days": 5, )"
            + source + "}]}" << u"windows[0].origin_countries"_s;
    QTest::newRow("not before") << head
            + R"({"kind": "lost", "counted_from": "shipped", "days": 5, "not_before_days": 5, )"
            + source + "}]}" << u"windows[0].not_before_days"_s;
    QTest::newRow("no source") << head
            + R"({"kind": "lost", "counted_from": "shipped", "days": 5}]})"
                               << u"windows[0].source.title"_s;
    QTest::newRow("bad url") << head
            + R"({"kind": "lost", "counted_from": "shipped", "days": 5, )"
              R"("source": {"title": "T", "url": "acme terms"}}]})"
                             << u"windows[0].source.url"_s;
}

void TestClaimWindows::badFilesNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto loaded = ClaimWindows::fromJson(json, u"acme.json"_s);
    QVERIFY(!loaded);
    QVERIFY2(
        loaded.error().message.startsWith(u"acme.json: "_s), qPrintable(loaded.error().message));
    QVERIFY2(loaded.error().message.contains(expected), qPrintable(loaded.error().message));
}

void TestClaimWindows::builtinCoversEveryCarrierWithSources()
{
    const ClaimWindows &w = ClaimWindows::builtin();
    const QStringList carriers = {u"auspost"_s, u"canadapost"_s, u"dhl"_s, u"dpd"_s, u"fedex"_s,
        u"gls"_s, u"ups"_s, u"usps"_s};
    QCOMPARE(w.carriers(), carriers);
    for (const QString &carrier : carriers) {
        for (const ClaimWindows::Window &window : w.windows(carrier)) {
            QVERIFY2(window.sourceUrl.startsWith(u"https://"_s)
                    || window.sourceUrl.startsWith(u"http://"_s),
                qPrintable(carrier));
            QVERIFY(!window.sourceTitle.isEmpty());
        }
        // A carrier without a window for a kind says why.
        for (const auto kind : {ClaimWindows::Kind::Lost, ClaimWindows::Kind::Damaged}) {
            const bool any = std::any_of(w.windows(carrier).cbegin(), w.windows(carrier).cend(),
                [&](const ClaimWindows::Window &x) { return x.kind == kind; });
            QVERIFY2(any || !w.missing(carrier).isEmpty(), qPrintable(carrier));
        }
    }
}

void TestClaimWindows::describesInWords()
{
    const ClaimWindows w = windows();
    const auto lost = w.windowFor(u"acme"_s, ClaimWindows::Kind::Lost, u"DE"_s, u"DE"_s);
    QCOMPARE(
        ClaimWindows::describe(*lost), u"30 days from the day it was shipped, not before day 10"_s);
    const auto damaged = w.windowFor(u"acme"_s, ClaimWindows::Kind::Damaged, u"DE"_s, u"DE"_s);
    QCOMPARE(ClaimWindows::describe(*damaged), u"7 business days from the delivery date"_s);
}

QTEST_GUILESS_MAIN(TestClaimWindows)
#include "tst_claimwindows.moc"
