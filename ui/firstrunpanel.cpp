#include "firstrunpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

FirstRunPanel::FirstRunPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"firstRun"_s);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"QFrame#firstRun { background: palette(alternate-base); "
                  "border: 1px solid palette(mid); border-radius: 6px; }"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    auto *title = new QLabel(tr("No parcels yet"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *text = new QLabel(
        tr("ParcelDesk fills up in one of three ways: connect a carrier account and add tracking "
           "numbers, import the orders and shipments your shop exports as CSV, or look around "
           "a demo database of 20,000 generated parcels first."),
        this);
    text->setWordWrap(true);
    layout->addWidget(text);

    auto *buttons = new QHBoxLayout;
    auto *carrier = new QPushButton(tr("Connect a carrier…"), this);
    carrier->setObjectName(u"firstRunCarrier"_s);
    carrier->setDefault(true);
    m_import = new QPushButton(tr("Import orders…"), this);
    m_import->setObjectName(u"firstRunImport"_s);
    auto *demo = new QPushButton(tr("Open the demo"), this);
    demo->setObjectName(u"firstRunDemo"_s);
    demo->setToolTip(tr("Creates a separate demo database with generated parcels and opens it "
                        "with a simulated carrier; your own database stays as it is."));
    buttons->addWidget(carrier);
    buttons->addWidget(m_import);
    buttons->addWidget(demo);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(carrier, &QPushButton::clicked, this, &FirstRunPanel::connectCarrierRequested);
    connect(m_import, &QPushButton::clicked, this, &FirstRunPanel::importOrdersRequested);
    connect(demo, &QPushButton::clicked, this, &FirstRunPanel::demoRequested);
}

void FirstRunPanel::setImportAllowed(bool allowed)
{
    m_import->setVisible(allowed);
}

} // namespace ParcelDesk
