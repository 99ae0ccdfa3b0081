#include "report.h"

using namespace Qt::StringLiterals;

namespace ParcelDesk {

const ReportSection *Report::section(const QString &key) const
{
    for (const ReportSection &s : sections) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

const ReportFigure *Report::figure(const QString &key) const
{
    for (const ReportFigure &f : figures) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

bool ReportFormat::isNumeric(CellType type)
{
    return type != CellType::Text && type != CellType::Date;
}

QString ReportFormat::display(
    const QVariant &value, const ReportColumn &column, const QLocale &locale)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (column.type) {
    case CellType::Text:
        return value.toString();
    case CellType::Integer:
        return locale.toString(value.toLongLong());
    case CellType::Decimal:
        return locale.toString(value.toDouble(), 'f', column.decimals);
    case CellType::Percent:
        // German sets the sign apart (DIN 5008: "93,4 %"), English does not ("93.4%").
        return locale.toString(value.toDouble() * 100.0, 'f', column.decimals)
            + (locale.language() == QLocale::German ? u"\u00A0"_s : QString()) + locale.percent();
    case CellType::Money:
        return locale.toCurrencyString(
            value.toDouble(), column.unit.isEmpty() ? QString() : column.unit + QChar::Nbsp, 2);
    case CellType::Days:
        return tr("%1 d", "a duration in days, abbreviated")
            .arg(locale.toString(value.toDouble(), 'f', column.decimals));
    case CellType::Date:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    }
    return value.toString();
}

QString ReportFormat::plain(const QVariant &value, const ReportColumn &column)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (column.type) {
    case CellType::Text:
        return value.toString();
    case CellType::Integer:
        return QString::number(value.toLongLong());
    case CellType::Decimal:
    case CellType::Days:
        return QString::number(value.toDouble(), 'f', column.decimals);
    case CellType::Percent:
        return QString::number(value.toDouble() * 100.0, 'f', column.decimals);
    case CellType::Money:
        return QString::number(value.toDouble(), 'f', 2);
    case CellType::Date:
        return value.toDate().toString(Qt::ISODate);
    }
    return value.toString();
}

QString ReportFormat::plainHeader(const ReportColumn &column)
{
    switch (column.type) {
    case CellType::Percent:
        return tr("%1 (%)", "a column header with its unit").arg(column.title);
    case CellType::Money:
        return column.unit.isEmpty()
            ? column.title
            : tr("%1 (%2)", "a column header with its currency").arg(column.title, column.unit);
    case CellType::Days:
        return tr("%1 (days)", "a column header with its unit").arg(column.title);
    default:
        return column.title;
    }
}

} // namespace ParcelDesk
