#include "plannedpage.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

PlannedPage::PlannedPage(
    const QString &title, const QString &purpose, const QStringList &coming, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);

    auto *heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    auto *purposeLabel = new QLabel(purpose, this);
    purposeLabel->setWordWrap(true);
    layout->addWidget(purposeLabel);

    auto *notice = new QLabel(tr("Not available yet: this page arrives with a later release of "
                                 "ParcelDesk. Until then it shows no figures."),
        this);
    notice->setWordWrap(true);
    notice->setObjectName(u"plannedNotice"_s);
    notice->setStyleSheet(u"QLabel#plannedNotice { background: palette(alternate-base); "
                          "border: 1px solid palette(mid); border-radius: 4px; padding: 8px; }"_s);
    layout->addWidget(notice);

    auto *comingHeading = new QLabel(tr("What it will do:"), this);
    QFont bold = comingHeading->font();
    bold.setBold(true);
    comingHeading->setFont(bold);
    layout->addWidget(comingHeading);

    QString items;
    for (const QString &line : coming)
        items += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
    auto *list = new QLabel(u"<ul style=\"margin-left: -20px\">"_s + items + u"</ul>"_s, this);
    list->setTextFormat(Qt::RichText);
    list->setWordWrap(true);
    layout->addWidget(list);
    layout->addStretch(1);
}

} // namespace ParcelDesk
