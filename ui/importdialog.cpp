#include "importdialog.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

const QString failColour = u"color: #cf222e;"_s;
const QString okColour = u"color: #1a7f37;"_s;
const QString warnColour = u"color: #9a6700;"_s;

// Profiles are read and saved on a pool thread; this is what comes back.
struct ProfileOutcome
{
    QList<ImportProfile> profiles;
    QString error; // reading the list failed
    QString saveError;
};

// The header's spelling of a column a mapping names, matched as the importer matches them
// (ImportMapping::normalizedColumn); empty when the file lacks it.
QString columnInHeader(const QStringList &header, const QString &column)
{
    const QString wanted = ImportMapping::normalizedColumn(column);
    for (const QString &candidate : header) {
        if (ImportMapping::normalizedColumn(candidate) == wanted)
            return candidate;
    }
    return {};
}

// A cell's text on one line; the full text is the tooltip.
QTableWidgetItem *cell(const QString &text)
{
    QString shown = text;
    shown.replace(u"\r\n"_s, u" "_s);
    shown.replace(u'\n', u' ');
    auto *item = new QTableWidgetItem(shown);
    item->setToolTip(text);
    return item;
}

QTableWidgetItem *numberCell(int value)
{
    auto *item = new QTableWidgetItem;
    if (value > 0)
        item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ImportDialog::ImportDialog(Database database, ImportKind kind, QString actor, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_kind(kind)
    , m_actor(std::move(actor))
{
    setObjectName(u"importDialog"_s);
    switch (kind) {
    case ImportKind::Orders:
        setWindowTitle(tr("Import orders"));
        break;
    case ImportKind::Shipments:
        setWindowTitle(tr("Import shipments"));
        break;
    case ImportKind::Feedback:
        setWindowTitle(tr("Import customer feedback"));
        break;
    }
    m_mapping.kind = kind;

    m_steps = new QStackedWidget(this);
    m_steps->addWidget(buildMappingStep()); // in the order of Step
    m_steps->addWidget(buildWorkingStep());
    m_steps->addWidget(buildCheckedStep());
    m_steps->addWidget(buildDoneStep());

    m_buttons = new QDialogButtonBox(this);
    // Back stands apart, on the left, away from what goes on.
    m_backButton = new QPushButton(tr("&Back"), this);
    m_backButton->setAutoDefault(false);
    m_backButton->setObjectName(u"importBack"_s);
    m_checkButton = m_buttons->addButton(tr("&Check"), QDialogButtonBox::AcceptRole);
    m_checkButton->setObjectName(u"importCheck"_s);
    m_checkButton->setToolTip(tr("Checks every row of the file; nothing is imported yet."));
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importRun"_s);
    m_importRestButton = m_buttons->addButton(tr("Import the &rest"), QDialogButtonBox::AcceptRole);
    m_importRestButton->setObjectName(u"importRest"_s);
    m_importRestButton->setToolTip(
        tr("Imports every row but the bad ones (and the other rows of an order with a bad row)."));
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"importCancel"_s);
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(u"importClose"_s);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_backButton, &QPushButton::clicked, this, [this] {
        setStep(Step::Mapping);
        validate();
    });
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::import);
    connect(m_importRestButton, &QPushButton::clicked, this, &ImportDialog::import);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_backButton);
    buttonRow->addWidget(m_buttons, 1);
    layout->addLayout(buttonRow);

    setStep(Step::Mapping);
    validate();
    resize(1000, 760);
    listProfiles(QString());
}

ImportDialog::~ImportDialog()
{
    // A check or import still running stops and rolls back before its database goes.
    if (m_cancel)
        *m_cancel = true;
    for (QFuture<void> &job : m_jobs)
        job.waitForFinished();
}

QWidget *ImportDialog::buildMappingStep()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("&File:"), page);
    m_fileEdit = new QLineEdit(page);
    m_fileEdit->setObjectName(u"importFile"_s);
    m_fileEdit->setPlaceholderText(tr("A CSV file, or JSON lines (.jsonl, .ndjson)"));
    m_fileEdit->setAccessibleName(tr("File to import"));
    fileLabel->setBuddy(m_fileEdit);
    auto *browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(u"importBrowse"_s);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_fileEdit, &QLineEdit::editingFinished, this, [this] {
        const QString typed = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
        if (!typed.isEmpty() && typed != m_path)
            setFile(typed);
    });

    m_fileNote = new QLabel(page);
    m_fileNote->setObjectName(u"importFileNote"_s);
    m_fileNote->setWordWrap(true);
    m_fileNote->setTextFormat(Qt::PlainText);
    layout->addWidget(m_fileNote);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setChildrenCollapsible(false);
    m_previewTable = new QTableWidget(splitter);
    m_previewTable->setObjectName(u"importPreview"_s);
    m_previewTable->setAccessibleName(tr("First rows of the file"));
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setTabKeyNavigation(false);
    m_previewTable->setWordWrap(false);
    m_previewTable->setMinimumHeight(100);
    m_previewTable->horizontalHeader()->setDefaultSectionSize(120);
    splitter->addWidget(m_previewTable);

    auto *columnsBox = new QGroupBox(tr("Columns"), splitter);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    auto *profileRow = new QHBoxLayout;
    auto *profileLabel = new QLabel(tr("P&rofile:"), columnsBox);
    m_profileBox = new QComboBox(columnsBox);
    m_profileBox->setObjectName(u"importProfile"_s);
    m_profileBox->setAccessibleName(tr("Saved column mapping"));
    m_profileBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileBox->addItem(tr("Proposed from the file's header"), QString());
    if (m_kind == ImportKind::Orders) {
        m_profileBox->addItem(
            tr("Shopify order export (built in)"), ImportProfileStore::builtinShopify());
    }
    profileLabel->setBuddy(m_profileBox);
    m_saveProfile = new QPushButton(tr("&Save as profile…"), columnsBox);
    m_saveProfile->setObjectName(u"importSaveProfile"_s);
    m_saveProfile->setToolTip(tr("Saves these columns, the date format and the decimal separator "
                                 "under a name, for the next file of this layout."));
    profileRow->addWidget(profileLabel);
    profileRow->addWidget(m_profileBox);
    profileRow->addWidget(m_saveProfile);
    profileRow->addStretch(1);
    columnsLayout->addLayout(profileRow);
    m_profileNote = new QLabel(columnsBox);
    m_profileNote->setObjectName(u"importProfileNote"_s);
    m_profileNote->setWordWrap(true);
    m_profileNote->setTextFormat(Qt::PlainText);
    m_profileNote->hide();
    columnsLayout->addWidget(m_profileNote);
    connect(m_profileBox, &QComboBox::currentIndexChanged, this, &ImportDialog::applyProfileChoice);
    connect(m_saveProfile, &QPushButton::clicked, this, &ImportDialog::askProfileName);

    auto *scroll = new QScrollArea(columnsBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *fieldsWidget = new QWidget(scroll);
    auto *grid = new QGridLayout(fieldsWidget);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *fieldHeader = new QLabel(tr("Field"), fieldsWidget);
    auto *columnHeader = new QLabel(tr("Column of the file"), fieldsWidget);
    auto *meaningHeader = new QLabel(tr("What it holds"), fieldsWidget);
    for (QLabel *header : {fieldHeader, columnHeader, meaningHeader}) {
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
    }
    grid->addWidget(fieldHeader, 0, 0);
    grid->addWidget(columnHeader, 0, 1);
    grid->addWidget(meaningHeader, 0, 2);
    int gridRow = 1;
    for (const ImportField &field : ImportMapping::fields(m_kind)) {
        FieldRow row;
        row.field = field.name;
        row.description = field.description;
        auto *name = new QLabel(field.required ? field.name + u" *"_s : field.name, fieldsWidget);
        if (field.required) {
            QFont font = name->font();
            font.setBold(true);
            name->setFont(font);
            name->setToolTip(tr("Needed: the import cannot go on without a column for it."));
        }
        row.columns = new QComboBox(fieldsWidget);
        row.columns->setObjectName(u"column_"_s + field.name);
        row.columns->setAccessibleName(field.required
                ? tr("%1 (needed)", "a field that must have a column").arg(field.description)
                : field.description);
        row.columns->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        row.columns->setMinimumContentsLength(18);
        name->setBuddy(row.columns);
        row.about = new QLabel(field.description, fieldsWidget);
        row.about->setWordWrap(true);
        row.about->setTextFormat(Qt::PlainText);
        grid->addWidget(name, gridRow, 0);
        grid->addWidget(row.columns, gridRow, 1);
        grid->addWidget(row.about, gridRow, 2);
        const qsizetype index = m_fieldRows.size();
        connect(row.columns, &QComboBox::currentIndexChanged, this,
            [this, index] { columnChosen(m_fieldRows.at(index)); });
        m_fieldRows << row;
        ++gridRow;
    }
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(gridRow, 1);
    scroll->setWidget(fieldsWidget);
    columnsLayout->addWidget(scroll, 1);
    auto *legend = new QLabel(tr("* needed"), columnsBox);
    columnsLayout->addWidget(legend);

    auto *formats = new QFormLayout;
    formats->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *dateRow = new QHBoxLayout;
    m_dateFormat = new QLineEdit(columnsBox);
    m_dateFormat->setObjectName(u"importDateFormat"_s);
    m_dateFormat->setAccessibleName(tr("Date format"));
    m_dateFormat->setPlaceholderText(tr("ISO 8601"));
    m_dateFormat->setToolTip(tr("Empty for ISO 8601 (2026-11-20, 2026-11-20T14:30:00Z, "
                                "2026-11-20 14:30:00 +0100); else a Qt date format such as "
                                "dd.MM.yyyy HH:mm."));
    m_dateFormat->setMinimumWidth(
        m_dateFormat->fontMetrics().horizontalAdvance(u"dd.MM.yyyy HH:mm:ss"_s) + 24);
    m_dateFormat->setMaximumWidth(m_dateFormat->fontMetrics().horizontalAdvance(u'M') * 24);
    m_dateExample = new QLabel(columnsBox);
    m_dateExample->setObjectName(u"importDateExample"_s);
    m_dateExample->setWordWrap(true);
    m_dateExample->setTextFormat(Qt::PlainText);
    dateRow->addWidget(m_dateFormat);
    dateRow->addWidget(m_dateExample, 1);
    auto *dateLabel = new QLabel(tr("&Date format:"), columnsBox);
    dateLabel->setBuddy(m_dateFormat);
    formats->addRow(dateLabel, dateRow);
    connect(m_dateFormat, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_mapping.dateFormat = text.trimmed();
        showDateExample();
    });
    m_decimal = new QComboBox(columnsBox);
    m_decimal->setObjectName(u"importDecimalSeparator"_s);
    m_decimal->setAccessibleName(tr("Decimal separator"));
    m_decimal->addItem(tr("Point: 12.50"), QString(u'.'));
    m_decimal->addItem(tr("Comma: 12,50"), QString(u','));
    m_decimal->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    if (m_kind == ImportKind::Orders) // only orders hold amounts
        formats->addRow(tr("Decimal se&parator:"), m_decimal);
    else
        m_decimal->hide();
    connect(m_decimal, &QComboBox::currentIndexChanged, this, [this] {
        m_mapping.decimalSeparator = m_decimal->currentData().toString().front();
        validate();
    });
    columnsLayout->addLayout(formats);
    splitter->addWidget(columnsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_problemsLabel = new QLabel(page);
    m_problemsLabel->setObjectName(u"importMappingProblems"_s);
    m_problemsLabel->setAccessibleName(tr("Problems of the mapping"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problemsLabel);
    return page;
}

QWidget *ImportDialog::buildWorkingStep()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    m_workLabel = new QLabel(page);
    m_workLabel->setObjectName(u"importWorking"_s);
    m_workLabel->setWordWrap(true);
    m_workLabel->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 1000);
    layout->addWidget(m_workLabel);
    layout->addWidget(m_progress);
    layout->addStretch(2);
    return page;
}

QWidget *ImportDialog::buildCheckedStep()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_checkedLabel = new QLabel(page);
    m_checkedLabel->setObjectName(u"importCheckResult"_s);
    m_checkedLabel->setWordWrap(true);
    m_checkedLabel->setTextFormat(Qt::PlainText);
    m_checkedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_checkedLabel);

    m_problemTable = new QTableWidget(0, 4, page);
    m_problemTable->setObjectName(u"importProblems"_s);
    m_problemTable->setAccessibleName(tr("Problems found"));
    m_problemTable->setHorizontalHeaderLabels(
        {tr("Line"), tr("Column"), tr("Field"), tr("Problem")});
    m_problemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_problemTable->setTabKeyNavigation(false);
    m_problemTable->setWordWrap(true);
    m_problemTable->verticalHeader()->hide();
    m_problemTable->horizontalHeader()->setStretchLastSection(true);
    m_problemTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problemTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problemTable->setColumnWidth(2, 140);
    m_problemTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy"), m_problemTable);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] { copyProblems(false); });
    m_problemTable->addAction(copy);
    auto *copyAllAction = new QAction(tr("Copy &all problems"), m_problemTable);
    connect(copyAllAction, &QAction::triggered, this, [this] { copyProblems(true); });
    m_problemTable->addAction(copyAllAction);
    layout->addWidget(m_problemTable, 1);

    auto *copyWidget = new QWidget(page);
    copyWidget->setObjectName(u"importCopyRow"_s);
    auto *copyRow = new QHBoxLayout(copyWidget);
    copyRow->setContentsMargins(0, 0, 0, 0);
    m_copyAll = new QPushButton(tr("Copy &all problems"), page);
    m_copyAll->setObjectName(u"importCopyProblems"_s);
    connect(m_copyAll, &QPushButton::clicked, this, [this] { copyProblems(true); });
    auto *copyHint
        = new QLabel(tr("Or select rows and press %1.")
                         .arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)),
            page);
    copyRow->addWidget(m_copyAll);
    copyRow->addWidget(copyHint, 1);
    layout->addWidget(copyWidget);
    layout->addStretch(0); // takes the room when there is no problem to list
    return page;
}

QWidget *ImportDialog::buildDoneStep()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_doneLabel = new QLabel(page);
    m_doneLabel->setObjectName(u"importDone"_s);
    m_doneLabel->setWordWrap(true);
    m_doneLabel->setTextFormat(Qt::PlainText);
    m_doneLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_doneLabel);
    auto *counts = new QWidget(page);
    counts->setObjectName(u"importCounts"_s);
    m_doneCounts = new QFormLayout(counts);
    m_doneCounts->setContentsMargins(0, 0, 0, 0);
    const auto addCount = [this, counts](const QString &key, const QString &label) {
        auto *value = new QLabel(counts);
        value->setObjectName(u"count_"_s + key);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_doneCounts->addRow(label, value);
        m_countLabels.insert(key, value);
    };
    switch (m_kind) {
    case ImportKind::Orders:
        addCount(u"orders"_s, tr("Orders added:"));
        addCount(u"items"_s, tr("Line items added:"));
        addCount(u"customers"_s, tr("Customers added:"));
        break;
    case ImportKind::Shipments:
        addCount(u"shipments"_s, tr("Shipments added:"));
        break;
    case ImportKind::Feedback:
        addCount(u"feedback"_s, tr("Ratings added:"));
        break;
    }
    addCount(u"alreadyThere"_s, tr("Already there:"));
    if (m_kind == ImportKind::Orders)
        addCount(u"cancelled"_s, tr("Cancelled orders left out:"));
    addCount(u"skipped"_s, tr("Rows skipped:"));
    layout->addWidget(counts);
    layout->addStretch(1);
    return page;
}

void ImportDialog::browse()
{
    const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, windowTitle(), dir,
        tr("CSV or JSON lines (*.csv *.txt *.jsonl *.ndjson);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString &path)
{
    if (m_step != Step::Mapping)
        return;
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_summary.reset();
    const auto preview = ShopImport::preview(path);
    m_previewTable->clear();
    m_previewTable->setRowCount(0);
    m_previewTable->setColumnCount(0);
    if (!preview) {
        m_preview = ImportPreview();
        m_fileNote->setText(preview.error().message);
        m_fileNote->setStyleSheet(failColour);
        applyMapping(ImportMapping());
        return;
    }
    m_preview = *preview;
    m_previewTable->setColumnCount(int(m_preview.header.size()));
    m_previewTable->setHorizontalHeaderLabels(m_preview.header);
    m_previewTable->setRowCount(int(m_preview.samples.size()));
    for (int r = 0; r < m_preview.samples.size(); ++r) {
        const QStringList &sample = m_preview.samples.at(r);
        for (int c = 0; c < sample.size() && c < m_preview.header.size(); ++c)
            m_previewTable->setItem(r, c, cell(sample.at(c)));
    }
    if (m_kind == ImportKind::Orders && m_preview.shopifyOrders) {
        m_fileNote->setText(tr("Shopify order export recognised: its columns are read with the "
                               "built-in mapping."));
        m_fileNote->setStyleSheet(okColour);
    } else if (m_preview.shopifyOrders) {
        m_fileNote->setText(tr("This is Shopify's order export, which holds orders: import it "
                               "with File → Import → Orders."));
        m_fileNote->setStyleSheet(warnColour);
    } else if (m_preview.format == ImportFormat::JsonLines) {
        m_fileNote->setText(tr("JSON lines; the keys of its first lines are its columns. Its "
                               "first lines:"));
        m_fileNote->setStyleSheet(QString());
    } else {
        m_fileNote->setText(tr("CSV with %n column(s), separated by “%1”. Its first rows:", nullptr,
            int(m_preview.header.size()))
                                .arg(m_preview.separator));
        m_fileNote->setStyleSheet(QString());
    }

    // A saved profile chosen before stays chosen; else what the header suggests.
    const QString chosen = m_profileBox->currentData().toString();
    const auto saved = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
        [&chosen](const ImportProfile &p) { return p.name == chosen; });
    if (!chosen.isEmpty() && saved != m_profiles.cend()) {
        applyMapping(saved->mapping);
        return;
    }
    const ImportMapping proposed = proposal();
    {
        const QSignalBlocker blocker(m_profileBox);
        m_profileBox->setCurrentIndex(std::max(0,
            m_profileBox->findData(
                proposed.shopify ? ImportProfileStore::builtinShopify() : QString())));
    }
    m_profileNote->hide();
    applyMapping(proposed);
}

ImportMapping ImportDialog::proposal() const
{
    ImportMapping proposed = ImportMapping::propose(m_kind, m_preview.header);
    // A file separated by ';' comes from a spreadsheet that writes 12,50.
    if (m_kind == ImportKind::Orders && !proposed.shopify && m_preview.format == ImportFormat::Csv
        && m_preview.separator == u';')
        proposed.decimalSeparator = u',';
    return proposed;
}

QStringList ImportDialog::mappingProblems() const
{
    if (m_path.isEmpty())
        return {tr("Choose the file to import.")};
    if (m_preview.header.isEmpty())
        return {tr("The file cannot be read, or it has no columns.")};
    return m_mapping.problems();
}

void ImportDialog::listProfiles(const QString &select)
{
    auto *watcher = new QFutureWatcher<ProfileOutcome>(this);
    connect(watcher, &QFutureWatcher<ProfileOutcome>::finished, this, [this, watcher, select] {
        watcher->deleteLater();
        const ProfileOutcome outcome = watcher->result();
        if (!outcome.error.isEmpty()) {
            m_profileNote->setText(outcome.error);
            m_profileNote->setStyleSheet(failColour);
            m_profileNote->show();
        }
        fillProfiles(outcome.profiles, select);
        Q_EMIT profilesListed();
    });
    const QFuture<ProfileOutcome> job = QtConcurrent::run([db = m_database] {
        ProfileOutcome outcome;
        const auto listed = ImportProfileStore::list(db);
        if (listed)
            outcome.profiles = *listed;
        else
            outcome.error = listed.error().message;
        db.releaseConnection(); // this pool thread's connection
        return outcome;
    });
    watcher->setFuture(job);
    track(QFuture<void>(job));
}

void ImportDialog::fillProfiles(const QList<ImportProfile> &profiles, const QString &select)
{
    m_profiles.clear();
    for (const ImportProfile &profile : profiles) {
        if (profile.mapping.kind == m_kind)
            m_profiles << profile;
    }
    const QString current = select.isEmpty() ? m_profileBox->currentData().toString() : select;
    const QSignalBlocker blocker(m_profileBox);
    while (m_profileBox->count() > (m_kind == ImportKind::Orders ? 2 : 1))
        m_profileBox->removeItem(m_profileBox->count() - 1);
    for (const ImportProfile &profile : std::as_const(m_profiles))
        m_profileBox->addItem(profile.name, profile.name);
    m_profileBox->setCurrentIndex(std::max(0, m_profileBox->findData(current)));
}

void ImportDialog::applyProfileChoice()
{
    const QString name = m_profileBox->currentData().toString();
    m_profileNote->hide();
    if (name.isEmpty()) {
        applyMapping(proposal());
        return;
    }
    if (name == ImportProfileStore::builtinShopify()) {
        applyMapping(ImportMapping::shopifyOrders());
        return;
    }
    for (const ImportProfile &profile : std::as_const(m_profiles)) {
        if (profile.name == name) {
            applyMapping(profile.mapping);
            return;
        }
    }
}

void ImportDialog::applyMapping(const ImportMapping &mapping)
{
    m_mapping = ImportMapping();
    m_mapping.kind = m_kind;
    m_mapping.dateFormat = mapping.dateFormat;
    m_mapping.decimalSeparator = mapping.decimalSeparator;
    m_mapping.shopify = mapping.shopify;
    m_missingColumns.clear();
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
        QStringList present;
        for (const QString &column : it.value()) {
            const QString inFile = columnInHeader(m_preview.header, column);
            if (!inFile.isEmpty() && !present.contains(inFile))
                present << inFile;
        }
        if (!present.isEmpty())
            m_mapping.columns.insert(it.key(), present);
        else
            m_missingColumns << tr("%1 from “%2”", "a field read from one or more columns")
                                    .arg(it.key(), it.value().join(u"” / “"_s));
    }
    if (!m_missingColumns.isEmpty() && !m_path.isEmpty() && !m_preview.header.isEmpty()) {
        m_missingColumns.sort();
        m_profileNote->setText(tr("This file lacks columns the profile reads: %1.")
                                   .arg(m_missingColumns.join(u"; "_s)));
        m_profileNote->setStyleSheet(warnColour);
        m_profileNote->show();
    }
    showMapping();
}

void ImportDialog::showMapping()
{
    for (const FieldRow &row : std::as_const(m_fieldRows)) {
        const QSignalBlocker blocker(row.columns);
        row.columns->clear();
        row.columns->addItem(tr("(none)"), QString());
        for (const QString &column : std::as_const(m_preview.header))
            row.columns->addItem(column, column);
        const QStringList columns = m_mapping.columns.value(row.field);
        row.columns->setCurrentIndex(std::max(0, row.columns->findData(columns.value(0))));
        row.about->setText(columns.size() > 1
                ? tr("%1 (when empty: “%2”)", "a field's description and its fallback columns")
                      .arg(row.description, columns.mid(1).join(u"”, “"_s))
                : row.description);
    }
    const QSignalBlocker blockDate(m_dateFormat);
    const QSignalBlocker blockDecimal(m_decimal);
    m_dateFormat->setText(m_mapping.dateFormat);
    m_decimal->setCurrentIndex(
        std::max(0, m_decimal->findData(QString(m_mapping.decimalSeparator))));
    validate();
}

void ImportDialog::columnChosen(const FieldRow &row)
{
    const QString column = row.columns->currentData().toString();
    if (column.isEmpty())
        m_mapping.columns.remove(row.field);
    else
        m_mapping.columns.insert(row.field, {column});
    row.about->setText(row.description);
    validate();
}

void ImportDialog::validate()
{
    const QStringList problems = mappingProblems();
    m_problemsLabel->setText(problems.join(u'\n'));
    m_problemsLabel->setStyleSheet(m_path.isEmpty() ? QString() : failColour);
    m_checkButton->setEnabled(problems.isEmpty());
    m_saveProfile->setEnabled(!m_preview.header.isEmpty() && m_mapping.problems().isEmpty());
    showDateExample();
}

void ImportDialog::showDateExample()
{
    const QString format = m_mapping.dateFormat;
    if (format.isEmpty()) {
        m_dateExample->setText(tr("ISO 8601: 2026-11-20, 2026-11-20T14:30:00Z or "
                                  "2026-11-20 14:30:00 +0100"));
        m_dateExample->setStyleSheet(QString());
        return;
    }
    // The first value of the first moment the file maps, read with the format.
    QString sample;
    for (const ImportField &field : ImportMapping::fields(m_kind)) {
        if (!field.name.endsWith(u"_at"_s) || !m_mapping.columns.contains(field.name))
            continue;
        const qsizetype column
            = m_preview.header.indexOf(m_mapping.columns.value(field.name).at(0));
        for (const QStringList &row : std::as_const(m_preview.samples)) {
            if (sample.isEmpty() && column >= 0 && !row.value(column).trimmed().isEmpty())
                sample = row.value(column).trimmed();
        }
        if (!sample.isEmpty())
            break;
    }
    if (sample.isEmpty()) {
        m_dateExample->setText(tr("e.g. %1").arg(QDateTime::currentDateTime().toString(format)));
        m_dateExample->setStyleSheet(QString());
        return;
    }
    QDateTime read = QDateTime::fromString(sample, format);
    if (!read.isValid())
        read = QDateTime(QDate::fromString(sample, format), QTime(12, 0));
    if (read.isValid()) {
        m_dateExample->setText(
            tr("“%1” reads as %2.").arg(sample, QLocale().toString(read, QLocale::ShortFormat)));
        m_dateExample->setStyleSheet(okColour);
    } else {
        m_dateExample->setText(tr("“%1” does not match this format.").arg(sample));
        m_dateExample->setStyleSheet(failColour);
    }
}

void ImportDialog::askProfileName()
{
    const QString current = m_profileBox->currentData().toString();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as profile"),
        tr("Name of the profile:"), QLineEdit::Normal,
        current == ImportProfileStore::builtinShopify() ? QString() : current, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    const bool exists = std::any_of(m_profiles.cbegin(), m_profiles.cend(),
        [&name](const ImportProfile &p) { return p.name == name; });
    if (exists
        && QMessageBox::question(this, tr("Save as profile"),
               tr("There is a profile “%1” already. Replace it?").arg(name))
            != QMessageBox::Yes)
        return;
    saveProfile(name);
}

void ImportDialog::saveProfile(const QString &name)
{
    m_saveProfile->setEnabled(false);
    auto *watcher = new QFutureWatcher<ProfileOutcome>(this);
    const QString trimmed = name.trimmed();
    connect(watcher, &QFutureWatcher<ProfileOutcome>::finished, this, [this, watcher, trimmed] {
        watcher->deleteLater();
        const ProfileOutcome outcome = watcher->result();
        validate();
        if (!outcome.saveError.isEmpty()) {
            m_profileNote->setText(outcome.saveError);
            m_profileNote->setStyleSheet(failColour);
            m_profileNote->show();
            Q_EMIT profileSaved(false, outcome.saveError);
            return;
        }
        fillProfiles(outcome.profiles, trimmed);
        const QString message = outcome.error.isEmpty()
            ? tr("Saved as profile “%1”.").arg(trimmed)
            : tr("Saved as profile “%1”, but the profiles cannot be listed: %2")
                  .arg(trimmed, outcome.error);
        m_profileNote->setText(message);
        m_profileNote->setStyleSheet(outcome.error.isEmpty() ? okColour : warnColour);
        m_profileNote->show();
        Q_EMIT profileSaved(true, message);
    });
    const QFuture<ProfileOutcome> job = QtConcurrent::run(
        [db = m_database, trimmed, mapping = m_mapping, now = QDateTime::currentMSecsSinceEpoch()] {
            ProfileOutcome outcome;
            if (const Outcome saved = ImportProfileStore::save(db, trimmed, mapping, now); !saved) {
                outcome.saveError = saved.error().message;
            } else if (const auto listed = ImportProfileStore::list(db); listed) {
                outcome.profiles = *listed;
            } else {
                outcome.error = listed.error().message;
            }
            db.releaseConnection();
            return outcome;
        });
    watcher->setFuture(job);
    track(QFuture<void>(job));
}

void ImportDialog::check()
{
    if (m_step != Step::Mapping || !mappingProblems().isEmpty())
        return;
    startWork(false, false);
}

void ImportDialog::import()
{
    if (m_step != Step::Checked || !m_summary)
        return;
    const bool bad = m_summary->badRows > 0 || m_summary->skippedRows > 0;
    const int good = m_summary->rows - m_summary->badRows - m_summary->skippedRows;
    if (m_summary->nothingImported && !bad)
        return;
    if (good <= 0)
        return;
    startWork(true, bad);
}

void ImportDialog::cancelWork()
{
    if (m_step != Step::Working || !m_cancel)
        return;
    *m_cancel = true;
    m_workLabel->setText(tr("Cancelling…"));
    m_cancelButton->setEnabled(false);
}

void ImportDialog::reject()
{
    if (m_step == Step::Working) {
        cancelWork();
        return;
    }
    QDialog::reject();
}

void ImportDialog::track(const QFuture<void> &job)
{
    m_jobs.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_jobs << job;
}

QList<ImportSource> ImportDialog::sources() const
{
    ImportSource source;
    source.kind = m_kind;
    source.path = m_path;
    source.format = ImportFormat::Auto;
    source.mapping = m_mapping;
    return {source};
}

void ImportDialog::setStep(Step step)
{
    m_step = step;
    m_steps->setCurrentIndex(int(step));
    const bool checked = step == Step::Checked && m_summary;
    const bool bad = checked && (m_summary->badRows > 0 || m_summary->skippedRows > 0);
    const int good = checked ? m_summary->rows - m_summary->badRows - m_summary->skippedRows : 0;
    m_backButton->setVisible(step == Step::Checked);
    m_checkButton->setVisible(step == Step::Mapping);
    m_importButton->setVisible(checked && !bad && good > 0);
    m_importRestButton->setVisible(checked && bad && good > 0);
    m_cancelButton->setVisible(step != Step::Done);
    m_cancelButton->setEnabled(true);
    m_closeButton->setVisible(step == Step::Done);
    for (QPushButton *button : {m_checkButton, m_importButton, m_importRestButton, m_closeButton})
        button->setDefault(false);
    switch (step) {
    case Step::Mapping:
        m_checkButton->setDefault(true);
        break;
    case Step::Working:
        m_cancelButton->setFocus();
        break;
    case Step::Checked:
        // Importing with bad rows is never what Enter does.
        if (m_importButton->isVisible()) {
            m_importButton->setDefault(true);
            m_importButton->setFocus();
        } else {
            m_problemTable->setFocus();
        }
        break;
    case Step::Done:
        m_closeButton->setDefault(true);
        m_closeButton->setFocus();
        break;
    }
}

void ImportDialog::startWork(bool write, bool skipBad)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setValue(0);
    const QString name = QFileInfo(m_path).fileName();
    m_workLabel->setText(
        write ? tr("Importing %1…").arg(name) : tr("Checking every row of %1…").arg(name));
    setStep(Step::Working);

    ShopImport::Options options;
    options.skipBad = skipBad;
    options.actor = m_actor;
    options.nowMs = QDateTime::currentMSecsSinceEpoch();
    auto *watcher = new QFutureWatcher<WorkOutcome>(this);
    connect(watcher, &QFutureWatcher<WorkOutcome>::finished, this, [this, watcher, write] {
        watcher->deleteLater();
        workDone(write, watcher->result());
    });
    // The destructor waits for the job, so it may post its progress to this dialog.
    const QFuture<WorkOutcome> job = QtConcurrent::run([this, db = m_database, sources = sources(),
                                                           options, write, cancel = m_cancel] {
        int shown = -1;
        const ShopImport::Progress progress = [this, &shown](qint64 done, qint64 total) {
            const int permille
                = total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : 0;
            if (permille == shown)
                return;
            shown = permille;
            QMetaObject::invokeMethod(
                this, [this, permille] { m_progress->setValue(permille); }, Qt::QueuedConnection);
        };
        const auto result = write ? ShopImport::run(db, sources, options, cancel.get(), progress)
                                  : ShopImport::check(db, sources, cancel.get(), progress);
        db.releaseConnection(); // this pool thread's connection
        WorkOutcome outcome;
        if (result) {
            outcome.summary = *result;
        } else {
            outcome.error = result.error().message;
            outcome.cancelled = *cancel;
        }
        return outcome;
    });
    watcher->setFuture(job);
    track(QFuture<void>(job));
}

void ImportDialog::workDone(bool write, const WorkOutcome &outcome)
{
    if (!write) {
        if (!outcome.summary) {
            setStep(Step::Mapping);
            validate();
            m_problemsLabel->setText(
                outcome.cancelled ? tr("The check was cancelled.") : outcome.error);
            m_problemsLabel->setStyleSheet(outcome.cancelled ? warnColour : failColour);
            Q_EMIT checkFinished(false);
            return;
        }
        m_summary = outcome.summary;
        showChecked(*m_summary, QString());
        Q_EMIT checkFinished(true);
        return;
    }
    if (!outcome.summary) {
        showDone(nullptr,
            outcome.cancelled ? tr("The import was cancelled; nothing was imported.")
                              : tr("Nothing was imported: %1").arg(outcome.error));
        Q_EMIT importFinished(false);
        return;
    }
    m_summary = outcome.summary;
    if (m_summary->nothingImported) {
        showChecked(*m_summary,
            tr("The file changed after it was checked and has bad rows now; nothing was "
               "imported."));
        Q_EMIT importFinished(false);
        return;
    }
    showDone(&*m_summary, QString());
    Q_EMIT imported(*m_summary);
    Q_EMIT importFinished(true);
}

void ImportDialog::showChecked(const ImportSummary &summary, const QString &note)
{
    const int good = summary.rows - summary.badRows - summary.skippedRows;
    QStringList lines;
    if (!note.isEmpty())
        lines << note;
    lines << tr("%n row(s) checked.", nullptr, summary.rows);
    if (summary.rows == 0) {
        lines << tr("The file holds no rows to import.");
    } else if (summary.badRows == 0 && summary.skippedRows == 0) {
        lines << tr("Every row can be imported.");
    } else {
        lines << tr("%n row(s) are bad; every problem is listed below.", nullptr, summary.badRows);
        if (summary.skippedRows > 0)
            lines << tr(
                "%n more row(s) are left out with their order.", nullptr, summary.skippedRows);
        lines << (good > 0 ? tr("Import the rest imports the other %n row(s); Cancel imports "
                                "nothing.",
                      nullptr, good)
                           : tr("No row can be imported."));
    }
    if (summary.cancelled > 0)
        lines << tr("%n order(s) cancelled in the shop are left out.", nullptr, summary.cancelled);
    m_checkedLabel->setText(lines.join(u'\n'));

    m_problemTable->setUpdatesEnabled(false);
    m_problemTable->clearContents();
    m_problemTable->setRowCount(int(summary.problems.size()));
    for (int r = 0; r < summary.problems.size(); ++r) {
        const ImportProblem &problem = summary.problems.at(r);
        m_problemTable->setItem(r, 0, numberCell(problem.line));
        m_problemTable->setItem(r, 1, numberCell(problem.column));
        m_problemTable->setItem(r, 2, cell(problem.field));
        m_problemTable->setItem(r, 3, cell(problem.reason));
    }
    // Long reasons wrap; measuring every row of a huge list would take seconds, so those show
    // one line each (the tooltip and Copy have the whole text).
    m_problemTable->verticalHeader()->setSectionResizeMode(
        summary.problems.size() <= 1000 ? QHeaderView::ResizeToContents : QHeaderView::Interactive);
    m_problemTable->setUpdatesEnabled(true);
    m_problemTable->setVisible(!summary.problems.isEmpty());
    m_copyAll->parentWidget()->setVisible(!summary.problems.isEmpty());
    setStep(Step::Checked);
}

void ImportDialog::showDone(const ImportSummary *summary, const QString &message)
{
    if (!summary) {
        m_doneLabel->setText(message);
        m_doneLabel->setStyleSheet(failColour);
        m_doneCounts->parentWidget()->hide();
        setStep(Step::Done);
        return;
    }
    const int skipped = summary->badRows + summary->skippedRows;
    const QString name = QFileInfo(m_path).fileName();
    m_doneLabel->setText(skipped == 0
            ? tr("Imported %1.").arg(name)
            : tr("Imported %1 without its bad rows and the rows left out with them.").arg(name));
    m_doneLabel->setStyleSheet(skipped == 0 ? okColour : warnColour);
    const QLocale locale;
    const QHash<QString, int> values
        = {{u"orders"_s, summary->orders}, {u"items"_s, summary->items},
            {u"customers"_s, summary->customers}, {u"shipments"_s, summary->shipments},
            {u"feedback"_s, summary->feedback}, {u"alreadyThere"_s, summary->alreadyThere},
            {u"cancelled"_s, summary->cancelled}, {u"skipped"_s, skipped}};
    for (auto it = m_countLabels.cbegin(); it != m_countLabels.cend(); ++it)
        it.value()->setText(locale.toString(values.value(it.key())));
    m_doneCounts->parentWidget()->show();
    setStep(Step::Done);
}

void ImportDialog::copyProblems(bool all) const
{
    if (!m_summary)
        return;
    QList<int> rows;
    if (all) {
        for (int r = 0; r < m_summary->problems.size(); ++r)
            rows << r;
    } else {
        for (const QModelIndex &index : m_problemTable->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.begin(), rows.end());
    }
    QStringList lines;
    for (const int r : std::as_const(rows))
        lines << m_summary->problems.value(r).text();
    if (!lines.isEmpty())
        QGuiApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

} // namespace ParcelDesk
