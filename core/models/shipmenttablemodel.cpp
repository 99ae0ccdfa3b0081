#include "shipmenttablemodel.h"

#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "domain/statustext.h"
#include "store/databasereader.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

QAtomicInteger<quint64> readerNumber;

QString readerName(const char *what)
{
    return u"parceldesk-%1-%2"_s.arg(QString::fromLatin1(what)).arg(++readerNumber);
}

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString when(const std::optional<qint64> &ms)
{
    return ms ? when(*ms) : QString();
}

// A promise at midnight UTC is a date, not a moment.
QString promised(const std::optional<qint64> &ms)
{
    if (!ms)
        return {};
    if (*ms % 86'400'000 == 0)
        return QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).date(), QLocale::ShortFormat);
    return when(*ms);
}

QString carrierName(const QString &id)
{
    const CarrierAdapter *adapter = carrierAdapter(id);
    return adapter ? adapter->displayName() : id;
}

} // namespace

ShipmentTableModel::ShipmentTableModel(Database database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
    , m_countReader(std::make_unique<DatabaseReader>(m_database, readerName("count")))
    , m_reader(std::make_unique<DatabaseReader>(m_database, readerName("rows")))
{
    restart();
}

ShipmentTableModel::~ShipmentTableModel() = default;

qint64 ShipmentTableModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void ShipmentTableModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void ShipmentTableModel::setFilter(const ShipmentFilter &filter)
{
    if (filter == m_filter && m_started)
        return;
    m_filter = filter;
    restart();
}

std::optional<ShipmentSortKey> ShipmentTableModel::sortKeyFor(int column)
{
    switch (column) {
    case TrackingColumn:
        return ShipmentSortKey::TrackingNumber;
    case CarrierColumn:
        return ShipmentSortKey::Carrier;
    case StatusColumn:
        return ShipmentSortKey::Status;
    case DestinationColumn:
        return ShipmentSortKey::Destination;
    case ShippedColumn:
        return ShipmentSortKey::Shipped;
    case PromisedColumn:
        return ShipmentSortKey::Promised;
    case DeliveredColumn:
        return ShipmentSortKey::Delivered;
    default:
        return std::nullopt; // no index behind it: sorting would read every row
    }
}

int ShipmentTableModel::columnFor(ShipmentSortKey key)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (sortKeyFor(c) == key)
            return c;
    }
    return ShippedColumn;
}

void ShipmentTableModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyFor(column);
    if (!key)
        return;
    const ShipmentSort wanted {*key, order == Qt::DescendingOrder};
    if (wanted == m_sort && m_started)
        return;
    m_sort = wanted;
    restart();
}

void ShipmentTableModel::restart()
{
    m_started = true;
    ++m_generation;
    m_reader->cancelAll();
    m_countReader->cancelAll();
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_refreshPending = false;
    m_error.clear();
    endResetModel();
    m_total = -1;
    Q_EMIT totalCountChanged(m_total);
    setFetching(false);
    requestPage();

    const quint64 generation = m_generation;
    const ShipmentFilter filter = m_filter;
    const qint64 at = now();
    QPointer<ShipmentTableModel> self(this);
    m_countReader->submit([self, generation, filter, at](const QSqlDatabase &db) {
        const Result<qint64> counted = ShipmentListQuery::count(db, filter, at);
        QMetaObject::invokeMethod(
            self,
            [self, generation, counted] {
                if (!self || generation != self->m_generation)
                    return;
                if (counted) {
                    self->m_total = *counted;
                    Q_EMIT self->totalCountChanged(self->m_total);
                }
            },
            Qt::QueuedConnection);
    });
}

void ShipmentTableModel::setFetching(bool fetching)
{
    if (fetching == m_fetching)
        return;
    m_fetching = fetching;
    Q_EMIT loadingChanged(fetching);
}

void ShipmentTableModel::requestPage()
{
    if (m_fetching || m_atEnd)
        return;
    setFetching(true);
    const quint64 generation = m_generation;
    const ShipmentFilter filter = m_filter;
    const ShipmentSort sort = m_sort;
    const QVariantList after = m_rows.isEmpty() ? QVariantList() : m_rows.last().sortKey;
    const qint64 at = now();
    QPointer<ShipmentTableModel> self(this);
    m_reader->submit([self, generation, filter, sort, after, at](const QSqlDatabase &db) {
        const auto page = ShipmentListQuery::page(db, filter, sort, after, pageSize, at);
        QMetaObject::invokeMethod(
            self,
            [self, generation, page] {
                if (self)
                    self->applyPage(generation, page);
            },
            Qt::QueuedConnection);
    });
}

void ShipmentTableModel::applyPage(quint64 generation, const Result<QList<ShipmentListRow>> &page)
{
    if (generation != m_generation)
        return; // asked for a filter or sort that has since changed
    setFetching(false);
    if (!page) {
        m_error = page.error().message;
        m_atEnd = true;
        Q_EMIT failed(m_error);
        return;
    }
    m_error.clear();
    if (page->size() < pageSize)
        m_atEnd = true;
    if (!page->isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
        m_rows.append(*page);
        endInsertRows();
    }
    Q_EMIT rowsArrived();
    if (m_refreshPending) {
        m_refreshPending = false;
        refresh();
    }
}

void ShipmentTableModel::refresh()
{
    if (m_fetching) {
        // The page on its way holds only rows after those loaded: read them again after it.
        m_refreshPending = true;
        return;
    }
    const quint64 generation = m_generation;
    const ShipmentFilter filter = m_filter;
    const ShipmentSort sort = m_sort;
    const int wanted = std::clamp(int(m_rows.size()), pageSize, maxRefreshRows);
    const qint64 at = now();
    QPointer<ShipmentTableModel> self(this);
    m_reader->submit([self, generation, filter, sort, wanted, at](const QSqlDatabase &db) {
        const auto rows = ShipmentListQuery::page(db, filter, sort, {}, wanted, at);
        QMetaObject::invokeMethod(
            self,
            [self, generation, rows] {
                if (self)
                    self->applyRefresh(generation, rows);
            },
            Qt::QueuedConnection);
    });
    m_countReader->submit([self, generation, filter, at](const QSqlDatabase &db) {
        const Result<qint64> counted = ShipmentListQuery::count(db, filter, at);
        QMetaObject::invokeMethod(
            self,
            [self, generation, counted] {
                if (!self || generation != self->m_generation || !counted
                    || *counted == self->m_total)
                    return;
                self->m_total = *counted;
                Q_EMIT self->totalCountChanged(self->m_total);
            },
            Qt::QueuedConnection);
    });
}

void ShipmentTableModel::applyRefresh(
    quint64 generation, const Result<QList<ShipmentListRow>> &rows)
{
    if (generation != m_generation || !rows)
        return;
    if (m_fetching) {
        m_refreshPending = true; // a page started meanwhile: read again once it is in
        return;
    }
    QList<ShipmentListRow> fresh = *rows;
    const bool complete = fresh.size() < std::clamp(int(m_rows.size()), pageSize, maxRefreshRows);
    // The same parcels in the same places: only their contents changed.
    bool sameOrder = fresh.size() == m_rows.size();
    for (qsizetype i = 0; sameOrder && i < fresh.size(); ++i)
        sameOrder = fresh[i].id == m_rows[i].id;
    if (sameOrder) {
        m_rows = std::move(fresh);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        m_atEnd = complete;
        Q_EMIT rowsArrived();
        return;
    }
    // Grow first, so the layout change below keeps the row count.
    if (fresh.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(fresh.size()) - 1);
        m_rows.append(fresh.mid(m_rows.size()));
        endInsertRows();
    }
    Q_EMIT layoutAboutToBeChanged();
    QHash<qint64, int> newRow;
    for (qsizetype i = 0; i < fresh.size(); ++i)
        newRow.insert(fresh[i].id, int(i));
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &old : before) {
        const int row = newRow.value(m_rows[old.row()].id, -1);
        after << (row >= 0 ? index(row, old.column()) : QModelIndex());
    }
    const qsizetype oldSize = m_rows.size();
    // Rows past the fresh ones stay as they were until removed below.
    QList<ShipmentListRow> combined = fresh;
    for (qsizetype i = fresh.size(); i < oldSize; ++i)
        combined.append(m_rows[i]);
    m_rows = std::move(combined);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
    if (fresh.size() < oldSize) {
        beginRemoveRows({}, int(fresh.size()), int(oldSize) - 1);
        m_rows.resize(fresh.size());
        endRemoveRows();
    }
    m_atEnd = complete;
    Q_EMIT rowsArrived();
}

const ShipmentListRow *ShipmentTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ShipmentTableModel::rowOf(qint64 shipmentId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == shipmentId)
            return int(i);
    }
    return -1;
}

int ShipmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ShipmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ShipmentTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void ShipmentTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        requestPage();
}

QVariant ShipmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ShipmentListRow &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TrackingColumn:
            return r.trackingNumber;
        case CarrierColumn:
            return carrierName(r.carrier);
        case ServiceColumn:
            return r.service;
        case StatusColumn:
            return StatusText::full(r.status);
        case DestinationColumn:
            return r.destinationPostcode.isEmpty()
                ? r.destinationCountry
                : tr("%1 %2", "country and postcode")
                      .arg(r.destinationCountry, r.destinationPostcode);
        case ShippedColumn:
            return when(r.shippedAtMs);
        case PromisedColumn:
            return promised(r.promisedAtMs);
        case DeliveredColumn:
            return when(r.deliveredAtMs);
        case LastEventColumn:
            return r.lastEventAtMs > 0 ? when(r.lastEventAtMs) : QString();
        case OrderColumn:
            return r.orderNumber;
        case CasesColumn:
            return r.openCases > 0 ? QVariant(r.openCases) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PromisedColumn && r.late)
            return r.deliveredAtMs ? tr("Delivered after the promised date.")
                                   : tr("Not delivered by the promised date.");
        return {};
    case ShipmentIdRole:
        return r.id;
    case StatusTagRole:
        return tagToString(r.status.tag());
    case IsLateRole:
        return r.late;
    case OpenCasesRole:
        return r.openCases;
    }
    return {};
}

QVariant ShipmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == SortableRole)
        return sortKeyFor(section).has_value();
    if (role == Qt::ToolTipRole && !sortKeyFor(section))
        return tr("This column does not sort.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TrackingColumn:
        return tr("Tracking number");
    case CarrierColumn:
        return tr("Carrier");
    case ServiceColumn:
        return tr("Service");
    case StatusColumn:
        return tr("Status");
    case DestinationColumn:
        return tr("Destination");
    case ShippedColumn:
        return tr("Shipped");
    case PromisedColumn:
        return tr("Promised");
    case DeliveredColumn:
        return tr("Delivered");
    case LastEventColumn:
        return tr("Last event");
    case OrderColumn:
        return tr("Order");
    case CasesColumn:
        return tr("Open cases");
    }
    return {};
}

} // namespace ParcelDesk
