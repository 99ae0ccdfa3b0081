// parceldeskctl eval-eta: how good the delivery-date prediction is, on real orders.
#include "ctlcommands.h"

#include "delayevaluation.h"
#include "rules/etaevaluation.h"
#include "terminalprogress.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

QJsonObject scoresJson(const EtaScores &s)
{
    return {{u"orders"_s, s.orders}, {u"mae_days"_s, s.maeDays}, {u"within_1d"_s, s.within1Day},
        {u"late_rate"_s, s.lateRate}, {u"median_lead_days"_s, s.medianLeadDays}};
}

QString row(const QString &label, const EtaScores &s)
{
    return u"  %1 %2 %3 %4 %5"_s.arg(label, -14)
        .arg(s.maeDays, 9, 'f', 2)
        .arg(s.within1Day * 100, 9, 'f', 1)
        .arg(s.lateRate * 100, 9, 'f', 2)
        .arg(s.medianLeadDays, 10, 'f', 1);
}

} // namespace

int CtlCommands::evalEta(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Measures the delivery-date prediction on real orders: trains the transit model the "
           "console uses on the Olist orders purchased before --split and scores the later ones "
           "at purchase and at carrier hand-over, beside Olist's own estimated date."));
    parser.addHelpOption();
    const QCommandLineOption olist(u"olist"_s,
        tr("The folder with olist_orders_dataset.csv(.gz) and olist_customers_dataset.csv(.gz)."),
        u"dir"_s);
    const QCommandLineOption split(u"split"_s,
        tr("Orders purchased before this date train, the rest are scored."), u"date"_s,
        u"2018-01-01"_s);
    const QCommandLineOption lateRisk(u"late-risk"_s,
        tr("The share of parcels allowed to arrive after our promise date."), u"share"_s,
        u"0.05"_s);
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object instead of tables."));
    const QCommandLineOption sandbox(u"sandbox"_s,
        tr("Instead: how well delays are spotted on the sandbox's journeys, where the truth is "
           "known (precision and recall of \"predicted late\", hours before the carrier's "
           "delay notice)."));
    const QCommandLineOption parcels(u"parcels"_s,
        tr("With --sandbox: how many journeys (half learn, half are watched)."), u"n"_s,
        u"20000"_s);
    parser.addOptions({olist, split, lateRisk, json, sandbox, parcels});
    parser.process(arguments);
    if (parser.isSet(sandbox)) {
        bool ok = false;
        const int count = parser.value(parcels).toInt(&ok);
        if (!ok || count < 100 || count > 1'000'000) {
            printLine(stderr,
                tr("eval-eta: --parcels must be 100 to 1000000, not \"%1\".")
                    .arg(parser.value(parcels)));
            return 2;
        }
        const Sandbox::DelayEvaluation d = Sandbox::evaluateDelayDetection(count);
        if (parser.isSet(json)) {
            const QJsonObject o {{u"precision"_s, d.precision}, {u"recall"_s, d.recall},
                {u"median_lead_hours"_s, d.medianLeadHours}, {u"watched"_s, d.watched},
                {u"late"_s, d.late}, {u"predicted_late"_s, d.predictedLate}};
            std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
            return 0;
        }
        printLine(stdout,
            tr("Sandbox journeys: %1 learned from, %2 watched, %3 of them late.")
                .arg(d.learnedFrom)
                .arg(d.watched)
                .arg(d.late));
        printLine(stdout,
            tr("Predicted late: %1 parcels, %2 of them late: precision %3, recall %4.")
                .arg(d.predictedLate)
                .arg(d.correct)
                .arg(d.precision, 0, 'f', 3)
                .arg(d.recall, 0, 'f', 3));
        printLine(stdout,
            tr("Median lead: %1 hours before the carrier's delay notice (%2 parcels had one).")
                .arg(d.medianLeadHours, 0, 'f', 1)
                .arg(d.leadParcels));
        return 0;
    }
    if (!parser.isSet(olist)) {
        printLine(stderr, tr("eval-eta: --olist DIR or --sandbox is required."));
        return 2;
    }
    const QDate splitDate = QDate::fromString(parser.value(split), Qt::ISODate);
    if (!splitDate.isValid()) {
        printLine(stderr,
            tr("eval-eta: --split must be a date like 2018-01-01, not \"%1\".")
                .arg(parser.value(split)));
        return 2;
    }
    bool ok = false;
    TransitModelOptions options;
    options.lateRisk = parser.value(lateRisk).toDouble(&ok);
    if (!ok || options.lateRisk <= 0 || options.lateRisk >= 0.5) {
        printLine(stderr,
            tr("eval-eta: --late-risk must be a share between 0 and 0.5, not \"%1\".")
                .arg(parser.value(lateRisk)));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const auto orders = EtaEvaluator::readOlist(parser.value(olist));
    if (!orders) {
        printLine(stderr, orders.error().message);
        return 1;
    }
    TerminalProgress progress(tr("Scoring"));
    const EtaEvaluation e
        = EtaEvaluator::evaluate(*orders, splitDate, options, [&progress](int done, int total) {
              progress.update(done, total);
              return !interrupted;
          });
    progress.finish();
    if (parser.isSet(json)) {
        const QJsonObject o {{u"train_orders"_s, e.trainOrders}, {u"test_orders"_s, e.testOrders},
            {u"moments"_s,
                QJsonObject {{u"purchase"_s,
                                 QJsonObject {{u"ours"_s, scoresJson(e.atPurchase.ours)},
                                     {u"olist"_s, scoresJson(e.atPurchase.olist)}}},
                    {u"handover"_s,
                        QJsonObject {{u"ours"_s, scoresJson(e.atHandover.ours)},
                            {u"olist"_s, scoresJson(e.atHandover.olist)}}}}}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    printLine(stdout,
        tr("%1 delivered orders: %2 purchased before %3 train the model, %4 later ones are "
           "scored (%5 s).")
            .arg(orders->size())
            .arg(e.trainOrders)
            .arg(splitDate.toString(Qt::ISODate))
            .arg(e.testOrders)
            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    const QString header = u"  %1 %2 %3 %4 %5"_s.arg(QString(), -14)
                               .arg(tr("MAE days"), 9)
                               .arg(tr("±1 day %"), 9)
                               .arg(tr("late %"), 9)
                               .arg(tr("lead days"), 10);
    const auto moment = [&](const QString &title, const EtaMoment &m) {
        printLine(stdout, QString());
        printLine(stdout, title);
        printLine(stdout, header);
        printLine(stdout, row(tr("ParcelDesk"), m.ours));
        printLine(stdout, row(tr("Olist"), m.olist));
        printLine(stdout,
            tr("  MAE ratio %1 (ours / Olist's); lead %2 days shorter")
                .arg(m.olist.maeDays > 0 ? m.ours.maeDays / m.olist.maeDays : 0, 0, 'f', 3)
                .arg(m.olist.medianLeadDays - m.ours.medianLeadDays, 0, 'f', 1));
    };
    moment(tr("At purchase"), e.atPurchase);
    moment(tr("At carrier hand-over"), e.atHandover);
    return 0;
}

} // namespace ParcelDesk
