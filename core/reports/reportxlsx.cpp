#include "reportxlsx.h"

#include "reports/report.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>
#include <system_error>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

constexpr qsizetype maxSheetNameLength = 31;
constexpr int minColumnWidth = 8;
constexpr int maxColumnWidth = 60;
constexpr lxw_color_t headerFill = 0xDDE4EE;

// One workbook being written. libxlsxwriter keeps going after a failed call, so the first
// error is kept and reported; close() frees the workbook whatever happened.
class Workbook
{
    Q_DISABLE_COPY_MOVE(Workbook)

public:
    explicit Workbook(const QString &fileName)
        : m_book(workbook_new(QFile::encodeName(fileName).constData()))
    {
        if (!m_book)
            m_error = LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    ~Workbook() { close(); }

    bool ok() const { return m_error == LXW_NO_ERROR; }
    lxw_error error() const { return m_error; }

    lxw_error close()
    {
        if (m_book) {
            check(workbook_close(m_book));
            m_book = nullptr;
        }
        return m_error;
    }

    void check(lxw_error result)
    {
        if (result != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
            m_error = result;
    }

    lxw_worksheet *addSheet(const QString &name)
    {
        if (!ok())
            return nullptr;
        const QByteArray utf8 = name.toUtf8();
        check(workbook_validate_sheet_name(m_book, utf8.constData()));
        lxw_worksheet *sheet = ok() ? workbook_add_worksheet(m_book, utf8.constData()) : nullptr;
        if (!sheet)
            check(LXW_ERROR_SHEETNAME_ALREADY_USED);
        return sheet;
    }

    // A cell format with this number format; nullptr (General) for an empty one.
    lxw_format *numberFormat(const QString &numFormat)
    {
        if (numFormat.isEmpty())
            return nullptr;
        lxw_format *&format = m_numberFormats[numFormat];
        if (!format) {
            format = workbook_add_format(m_book);
            format_set_num_format(format, numFormat.toUtf8().constData());
        }
        return format;
    }

    lxw_format *headerFormat()
    {
        if (!m_header) {
            m_header = workbook_add_format(m_book);
            format_set_bold(m_header);
            format_set_bg_color(m_header, headerFill);
            format_set_pattern(m_header, LXW_PATTERN_SOLID);
            format_set_border(m_header, LXW_BORDER_THIN);
        }
        return m_header;
    }

    lxw_format *boldFormat()
    {
        if (!m_bold) {
            m_bold = workbook_add_format(m_book);
            format_set_bold(m_bold);
        }
        return m_bold;
    }

    lxw_format *titleFormat()
    {
        if (!m_title) {
            m_title = workbook_add_format(m_book);
            format_set_bold(m_title);
            format_set_font_size(m_title, 14);
        }
        return m_title;
    }

private:
    lxw_workbook *m_book;
    lxw_error m_error = LXW_NO_ERROR;
    QHash<QString, lxw_format *> m_numberFormats;
    lxw_format *m_header = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_title = nullptr;
};

lxw_row_t toRow(qsizetype row)
{
    return static_cast<lxw_row_t>(row);
}

lxw_col_t toColumn(qsizetype column)
{
    return static_cast<lxw_col_t>(column);
}

QString withDecimals(const QString &integerPart, int decimals)
{
    const int places = std::clamp(decimals, 0, 10);
    return places == 0 ? integerPart : integerPart + u'.' + QString(places, u'0');
}

QString numberFormatFor(const ReportColumn &column)
{
    switch (column.type) {
    case CellType::Text:
        return {};
    case CellType::Integer:
        return u"#,##0"_s;
    case CellType::Decimal:
    case CellType::Days:
        return withDecimals(u"0"_s, column.decimals);
    case CellType::Percent:
        return withDecimals(u"0"_s, column.decimals) + u'%';
    case CellType::Money: {
        QString unit = column.unit;
        unit.remove(u'"');
        return unit.isEmpty() ? u"#,##0.00"_s : QString(u"#,##0.00 \""_s + unit + u'"');
    }
    case CellType::Date:
        return u"yyyy-mm-dd"_s;
    }
    return {};
}

// The header of a typed column: the number format shows percent signs and currencies, but
// not that a number counts days.
QString headerFor(const ReportColumn &column)
{
    return column.type == CellType::Days ? ReportFormat::plainHeader(column) : column.title;
}

lxw_datetime toExcel(const QDate &date, const QTime &time = QTime(0, 0))
{
    lxw_datetime at;
    at.year = date.year();
    at.month = date.month();
    at.day = date.day();
    at.hour = time.hour();
    at.min = time.minute();
    at.sec = time.second() + time.msec() / 1000.0;
    return at;
}

void writeNumber(Workbook &book, lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column,
    double number, lxw_format *format)
{
    // Excel has no NaN or infinity: such a figure is as good as none.
    if (std::isfinite(number))
        book.check(worksheet_write_number(sheet, row, column, number, format));
}

void writeText(Workbook &book, lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column,
    const QString &text, lxw_format *format = nullptr)
{
    if (!text.isEmpty())
        book.check(worksheet_write_string(sheet, row, column, text.toUtf8().constData(), format));
}

void writeReportCell(Workbook &book, lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column,
    const QVariant &value, const ReportColumn &format)
{
    if (!value.isValid() || value.isNull())
        return; // nothing to say: the cell stays blank, never 0
    lxw_format *numFormat = book.numberFormat(numberFormatFor(format));
    switch (format.type) {
    case CellType::Text:
        writeText(book, sheet, row, column, value.toString());
        return;
    case CellType::Integer:
        writeNumber(book, sheet, row, column, double(value.toLongLong()), numFormat);
        return;
    case CellType::Decimal:
    case CellType::Percent:
    case CellType::Money:
    case CellType::Days:
        writeNumber(book, sheet, row, column, value.toDouble(), numFormat);
        return;
    case CellType::Date: {
        const QDate date = value.toDate();
        if (date.isValid()) {
            lxw_datetime at = toExcel(date);
            book.check(worksheet_write_datetime(sheet, row, column, &at, numFormat));
        }
        return;
    }
    }
}

// Characters a column needs, from the text a person would see in it.
class ColumnWidths
{
public:
    explicit ColumnWidths(qsizetype columns)
        : m_widths(columns, minColumnWidth)
    { }

    void fit(qsizetype column, const QString &text)
    {
        qsizetype longest = 0;
        for (const QStringView line : QStringView(text).split(u'\n'))
            longest = std::max(longest, line.size());
        m_widths[column] = std::clamp(int(longest) + 2, m_widths[column], maxColumnWidth);
    }

    void apply(Workbook &book, lxw_worksheet *sheet) const
    {
        for (qsizetype c = 0; c < m_widths.size(); ++c)
            book.check(worksheet_set_column(
                sheet, toColumn(c), toColumn(c), double(m_widths[c]), nullptr));
    }

private:
    QList<int> m_widths;
};

// The header row frozen and filtered over the table below it.
void finishTable(Workbook &book, lxw_worksheet *sheet, qsizetype rows, qsizetype columns)
{
    worksheet_freeze_panes(sheet, 1, 0);
    if (columns > 0)
        book.check(worksheet_autofilter(sheet, 0, 0, toRow(rows), toColumn(columns - 1)));
}

void writeSection(Workbook &book, lxw_worksheet *sheet, const ReportSection &section)
{
    const QLocale english(QLocale::English);
    ColumnWidths widths(section.columns.size());
    for (qsizetype c = 0; c < section.columns.size(); ++c) {
        const QString header = headerFor(section.columns.at(c));
        writeText(book, sheet, 0, toColumn(c), header, book.headerFormat());
        widths.fit(c, header);
    }
    for (qsizetype r = 0; r < section.rows.size() && book.ok(); ++r) {
        const QVariantList &cells = section.rows.at(r);
        for (qsizetype c = 0; c < section.columns.size(); ++c) {
            const ReportColumn &column = section.columns.at(c);
            writeReportCell(book, sheet, toRow(r + 1), toColumn(c), cells.value(c), column);
            widths.fit(c, ReportFormat::display(cells.value(c), column, english));
        }
    }
    widths.apply(book, sheet);
    finishTable(book, sheet, section.rows.size(), section.columns.size());
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

bool isTyped(const QVariant &value)
{
    return isNumber(value) || value.typeId() == QMetaType::QDate
        || value.typeId() == QMetaType::QDateTime;
}

void writeModelCell(
    Workbook &book, lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, const QModelIndex &index)
{
    QVariant value = index.data(Qt::EditRole);
    if (!isTyped(value))
        value = index.data(Qt::DisplayRole);
    if (isNumber(value)) {
        writeNumber(book, sheet, row, column, value.toDouble(), nullptr);
    } else if (value.typeId() == QMetaType::QDate) {
        if (value.toDate().isValid()) {
            lxw_datetime at = toExcel(value.toDate());
            book.check(worksheet_write_datetime(
                sheet, row, column, &at, book.numberFormat(u"yyyy-mm-dd"_s)));
        }
    } else if (value.typeId() == QMetaType::QDateTime) {
        const QDateTime dateTime = value.toDateTime();
        if (dateTime.isValid()) {
            // As the view shows it: in the time zone the model gave it in.
            lxw_datetime at = toExcel(dateTime.date(), dateTime.time());
            book.check(worksheet_write_datetime(
                sheet, row, column, &at, book.numberFormat(u"yyyy-mm-dd hh:mm"_s)));
        }
    } else {
        writeText(book, sheet, row, column, value.toString());
    }
}

// libxlsxwriter writes the file itself: into a name reserved beside the target (so the rename
// stays on one file system), renamed over the target once the whole workbook is written.
Outcome saveWorkbook(const QString &path, const std::function<void(Workbook &)> &fill)
{
    const auto failed = [&path](const QString &why) {
        return Error {ReportXlsx::tr("Cannot write %1: %2").arg(path, why)};
    };
    const QFileInfo target(path);
    QString temp;
    {
        QTemporaryFile reserve(target.absolutePath() + u"/."_s + target.fileName() + u".XXXXXX"_s);
        if (!reserve.open())
            return failed(reserve.errorString());
        temp = reserve.fileName();
        // Removed again so that libxlsxwriter creates the file with the usual permissions,
        // not the owner-only ones of a temporary file; the random name stays ours.
    }
    lxw_error written = LXW_NO_ERROR;
    {
        Workbook book(temp);
        if (book.ok())
            fill(book);
        written = book.close();
    }
    if (written != LXW_NO_ERROR) {
        QFile::remove(temp);
        return failed(QString::fromUtf8(lxw_strerror(written)));
    }
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(temp.toStdU16String()),
        std::filesystem::path(target.absoluteFilePath().toStdU16String()), error);
    if (error) {
        QFile::remove(temp);
        return failed(QString::fromStdString(error.message()));
    }
    return Done {};
}

} // namespace

QString ReportXlsx::sheetName(const QString &title, const QStringList &taken)
{
    QString base;
    base.reserve(title.size());
    for (const QChar c : title) {
        if (u"[]:*?/\\"_s.contains(c) || c.category() == QChar::Other_Control)
            base += u'_';
        else
            base += c;
    }
    base = base.simplified();
    while (base.startsWith(u'\''))
        base.remove(0, 1);
    while (base.endsWith(u'\''))
        base.chop(1);
    if (base.isEmpty())
        base = tr("Sheet", "a worksheet without a title");

    // Too long: cut after the last whole word that leaves most of the room used, and mark the
    // cut with an ellipsis ("Transit time by carrier and…" rather than "…carrier and lan").
    const auto fitted = [](QString name, qsizetype length) {
        if (name.size() <= length)
            return name;
        const bool wordEnds = name.at(length - 1).isSpace();
        name.truncate(length - 1);
        if (name.back().isHighSurrogate())
            name.chop(1);
        const qsizetype space = name.lastIndexOf(u' ');
        if (!wordEnds && space >= (length * 3) / 5)
            name.truncate(space);
        while (name.endsWith(u'\'') || name.endsWith(u' '))
            name.chop(1);
        return QString(name + QChar(0x2026));
    };
    const auto isTaken = [&taken](const QString &name) {
        return std::any_of(taken.cbegin(), taken.cend(),
            [&name](const QString &t) { return t.compare(name, Qt::CaseInsensitive) == 0; });
    };
    QString name = fitted(base, maxSheetNameLength);
    for (int n = 2; isTaken(name); ++n) {
        const QString suffix = u" ("_s + QString::number(n) + u')';
        name = fitted(base, maxSheetNameLength - suffix.size()) + suffix;
    }
    return name;
}

Outcome ReportXlsx::write(const Report &report, const QString &path)
{
    return saveWorkbook(path, [&report](Workbook &book) {
        const QString summaryName
            = sheetName(tr("Summary", "the first sheet of a report workbook"), {});
        QStringList taken {summaryName};
        QStringList names;
        for (const ReportSection &section : report.sections) {
            names << sheetName(section.title, taken);
            taken << names.last();
        }

        lxw_worksheet *summary = book.addSheet(summaryName);
        if (!summary)
            return;
        const QLocale english(QLocale::English);
        ColumnWidths widths(2);
        qsizetype row = 0;
        const auto label = [&](const QString &text, lxw_format *format = nullptr) {
            writeText(book, summary, toRow(row), 0, text, format);
            widths.fit(0, text);
        };
        writeText(book, summary, 0, 0, report.title, book.titleFormat());
        row = 2;
        ReportColumn dateColumn;
        dateColumn.type = CellType::Date;
        label(tr("From"));
        writeReportCell(book, summary, toRow(row), 1, report.from, dateColumn);
        ++row;
        label(tr("To"));
        writeReportCell(book, summary, toRow(row), 1, report.to, dateColumn);
        ++row;
        for (const QString &filter : report.filters) {
            label(tr("Filter"));
            writeText(book, summary, toRow(row), 1, filter);
            ++row;
        }
        label(tr("Generated (UTC)"));
        if (report.generatedAt.isValid()) {
            const QDateTime utc = report.generatedAt.toUTC();
            lxw_datetime at = toExcel(utc.date(), utc.time());
            book.check(worksheet_write_datetime(
                summary, toRow(row), 1, &at, book.numberFormat(u"yyyy-mm-dd hh:mm"_s)));
        }
        widths.fit(1, u"2026-01-01 00:00"_s);
        row += 2;

        if (!report.figures.isEmpty()) {
            label(tr("Key figures"), book.boldFormat());
            ++row;
            for (const ReportFigure &figure : report.figures) {
                ReportColumn labelled = figure.format;
                labelled.title = figure.label;
                label(headerFor(labelled));
                writeReportCell(book, summary, toRow(row), 1, figure.value, figure.format);
                widths.fit(1, ReportFormat::display(figure.value, figure.format, english));
                ++row;
            }
            ++row;
        }

        if (!report.sections.isEmpty()) {
            label(tr("Sheets"), book.boldFormat());
            writeText(book, summary, toRow(row), 1, tr("What it shows"), book.boldFormat());
            ++row;
            for (qsizetype s = 0; s < report.sections.size(); ++s) {
                QString quoted = names.at(s);
                quoted.replace(u'\'', u"''"_s);
                const QByteArray link = QString(u"internal:'"_s + quoted + u"'!A1"_s).toUtf8();
                const QByteArray text = names.at(s).toUtf8();
                book.check(worksheet_write_url_opt(
                    summary, toRow(row), 0, link.constData(), nullptr, text.constData(), nullptr));
                widths.fit(0, names.at(s));
                // Left to run over the empty cells beside it, as a note would.
                writeText(book, summary, toRow(row), 1, report.sections.at(s).description);
                ++row;
            }
        }
        widths.apply(book, summary);

        for (qsizetype s = 0; s < report.sections.size() && book.ok(); ++s) {
            if (lxw_worksheet *sheet = book.addSheet(names.at(s)))
                writeSection(book, sheet, report.sections.at(s));
        }
    });
}

Outcome ReportXlsx::writeModel(const QAbstractItemModel &model, const QString &path,
    const QString &sheetTitle, const QList<int> &columns)
{
    return saveWorkbook(path, [&](Workbook &book) {
        lxw_worksheet *sheet = book.addSheet(sheetName(sheetTitle, {}));
        if (!sheet)
            return;
        ColumnWidths widths(columns.size());
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString header
                = model.headerData(columns.at(c), Qt::Horizontal, Qt::DisplayRole).toString();
            writeText(book, sheet, 0, toColumn(c), header, book.headerFormat());
            widths.fit(c, header);
        }
        const int rows = model.rowCount();
        for (int r = 0; r < rows && book.ok(); ++r) {
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const QModelIndex index = model.index(r, columns.at(c));
                writeModelCell(book, sheet, toRow(r + 1), toColumn(c), index);
                widths.fit(c, index.data(Qt::DisplayRole).toString());
            }
        }
        widths.apply(book, sheet);
        finishTable(book, sheet, rows, columns.size());
    });
}

} // namespace ParcelDesk
