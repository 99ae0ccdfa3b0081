#include "rules/stagedelaymodel.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {
constexpr qint64 hour = 3'600'000;
}

class TestStageDelayModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void silenceAfterAScanTellsLateFromOnTime();
    void tooFewSaysNothing();
    void undeliveredParcelsCountAsLate();
};

void TestStageDelayModel::silenceAfterAScanTellsLateFromOnTime()
{
    StageDelayModel model;
    // 60 on time: six hours from pickup to the hub, delivered at 40 h against a promise of 52 h.
    // 40 late: eighteen hours to the hub, delivered at 70 h.
    for (int i = 0; i < 100; ++i) {
        const bool late = i >= 60;
        const qint64 label = qint64(i) * 24 * hour;
        const QList<StageDelayModel::Event> events = {{u"label"_s, label},
            {u"pickup"_s, label + 4 * hour}, {u"hub"_s, label + (late ? 22 : 10) * hour},
            {u"delivered"_s, label + (late ? 70 : 40) * hour}};
        model.add(events, label + 52 * hour, label + (late ? 70 : 40) * hour, label + 200 * hour);
    }
    model.finish();
    QCOMPARE(model.parcels(), 100);
    // Just after the pickup scan: any parcel; four in ten turn out late.
    QCOMPARE(qRound(*model.lateProbability(u"pickup"_s, 0, 2 * hour) * 100), 40);
    // Silent for seven hours after it: only the late ones stay silent that long.
    QCOMPARE(*model.lateProbability(u"pickup"_s, 0, 7 * hour), 1.0);
    // After the hub scan the on-time ones wait 30 h, the late ones 48 h: at 31 h only late.
    QCOMPARE(*model.lateProbability(u"hub"_s, 0, 31 * hour), 1.0);
    QCOMPARE(qRound(*model.lateProbability(u"hub"_s, 0, 1 * hour) * 100), 40);
    // The delivery scan teaches nothing, and a stage never seen says nothing.
    QVERIFY(!model.lateProbability(u"delivered"_s, 0, hour));
    QVERIFY(!model.lateProbability(u"customs"_s, 0, hour));
}

void TestStageDelayModel::tooFewSaysNothing()
{
    StageDelayModel model;
    for (int i = 0; i < 10; ++i)
        model.add({{u"pickup"_s, 0}}, 52 * hour, 10 * hour, 100 * hour);
    model.finish();
    QVERIFY(!model.lateProbability(u"pickup"_s, 0, hour)); // ten is fewer than twenty
    model.minSamples = 5;
    QCOMPARE(*model.lateProbability(u"pickup"_s, 0, hour), 0.0);
}

void TestStageDelayModel::undeliveredParcelsCountAsLate()
{
    StageDelayModel model;
    // Thirty parcels lost after the pickup: silent until observation ended.
    for (int i = 0; i < 30; ++i)
        model.add({{u"pickup"_s, 0}}, 52 * hour, std::nullopt, 300 * hour);
    model.finish();
    QCOMPARE(*model.lateProbability(u"pickup"_s, 0, 100 * hour), 1.0);
}

QTEST_GUILESS_MAIN(TestStageDelayModel)
#include "tst_stagedelaymodel.moc"
