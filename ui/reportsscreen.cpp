#include "reportsscreen.h"

#include "datefield.h"
#include "reportchart.h"
#include "reporttablemodel.h"
#include "theme.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

using Core::ReportKind;
using Preset = Core::ReportRange::Preset;

namespace {

constexpr int kCustomRange = -1;
const Preset kDefaultPreset = Preset::Last12Months;

QString askForFile(QWidget *parent, const QString &suggested)
{
    return QFileDialog::getSaveFileName(parent, QObject::tr("Export the report as CSV"), suggested,
                                        QObject::tr("CSV files (*.csv)"));
}

QString rowsText(int n)
{
    return n == 1 ? QObject::tr("1 row") : QObject::tr("%1 rows").arg(n);
}

} // namespace

ReportsScreen::ReportsScreen(Core::ReportService &reports, QWidget *parent)
    : QWidget(parent)
    , m_reports(reports)
    , m_chooseFile(askForFile)
{
    setObjectName(QStringLiteral("reportsScreen"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->setSpacing(12);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("reportList"));
    m_list->setAccessibleName(tr("Reports"));
    for (ReportKind kind : Core::allReports()) {
        auto *item = new QListWidgetItem(Core::reportTitle(kind), m_list);
        item->setData(Qt::UserRole, int(kind));
        item->setToolTip(Core::reportSummary(kind));
    }
    m_list->setCurrentRow(0);
    int listWidth = 0;
    for (ReportKind kind : Core::allReports())
        listWidth = std::max(listWidth, fontMetrics().horizontalAdvance(Core::reportTitle(kind)));
    m_list->setFixedWidth(listWidth + 40);
    QFont listFont = m_list->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.05);
    m_list->setFont(listFont);
    m_list->setSpacing(3);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showReport(ReportKind(m_list->item(row)->data(Qt::UserRole).toInt()));
    });

    auto *page = new QVBoxLayout;
    page->setSpacing(8);
    layout->addLayout(page, 1);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    page->addWidget(m_title);
    page->addWidget(createRangeBar());

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    page->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("reportSplitter"));
    splitter->setChildrenCollapsible(false);
    m_chartView = new QChartView(splitter);
    m_chartView->setObjectName(QStringLiteral("reportChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chartView->setFrameShape(QFrame::StyledPanel);

    m_model = new ReportTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReportTableModel::SortRole);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setMinimumHeight(140);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({440, 300}); // the chart gets the room; the table scrolls
    m_splitter = splitter;
    page->addWidget(splitter, 1);
    page->addStretch(0); // holds the rest at the top while the splitter is hidden

    m_footnote = new QLabel(this);
    m_footnote->setObjectName(QStringLiteral("reportFootnote"));
    m_footnote->setWordWrap(true);
    m_footnote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::styleAsHint(m_footnote);
    page->addWidget(m_footnote);

    m_title->setText(Core::reportTitle(m_kind));
}

QWidget *ReportsScreen::createRangeBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);

    auto *rangeLabel = new QLabel(tr("&Dates:"), bar);
    m_preset = new QComboBox(bar);
    m_preset->setObjectName(QStringLiteral("rangePreset"));
    for (Preset preset : Core::ReportRange::allPresets())
        m_preset->addItem(Core::ReportRange::presetLabel(preset), int(preset));
    m_preset->addItem(tr("Chosen dates"), kCustomRange);
    rangeLabel->setBuddy(m_preset);

    const QDate today = m_reports.clock().today();
    const auto range = Core::ReportRange::preset(kDefaultPreset, today);
    m_preset->setCurrentIndex(m_preset->findData(int(kDefaultPreset)));
    auto *fromLabel = new QLabel(tr("&From"), bar);
    m_from = new DateField(range.first, bar);
    m_from->setObjectName(QStringLiteral("fromDate"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), bar);
    m_to = new DateField(range.second, bar);
    m_to->setObjectName(QStringLiteral("toDate"));
    toLabel->setBuddy(m_to);

    m_export = new QPushButton(tr("&Export CSV\u2026"), bar);
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_export->setToolTip(tr("Save this report for a spreadsheet"));

    row->addWidget(rangeLabel);
    row->addWidget(m_preset);
    row->addSpacing(8);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    row->addStretch(1);
    row->addWidget(m_export);

    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        const int data = m_preset->itemData(index).toInt();
        if (data != kCustomRange)
            choosePreset(Preset(data));
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsScreen::rangeEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsScreen::rangeEdited);
    connect(m_export, &QPushButton::clicked, this, &ReportsScreen::exportCsv);
    return bar;
}

void ReportsScreen::showReport(ReportKind kind)
{
    m_kind = kind;
    const int row = int(Core::allReports().indexOf(kind));
    if (m_list->currentRow() != row) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(row);
    }
    m_title->setText(Core::reportTitle(kind));
    // The overdue counts are today's board: dates would change nothing, so they cannot be set.
    const bool datesApply = kind != ReportKind::OverdueByProvider;
    const QString why = datesApply ? QString() : tr("This report is the board as it stands today");
    for (QWidget *field : {static_cast<QWidget *>(m_preset), static_cast<QWidget *>(m_from),
                           static_cast<QWidget *>(m_to)}) {
        field->setEnabled(datesApply);
        field->setToolTip(why);
    }
    refresh();
}

void ReportsScreen::setRange(QDate from, QDate to)
{
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    rangeEdited();
}

void ReportsScreen::choosePreset(Preset preset)
{
    const auto range = Core::ReportRange::preset(preset, m_reports.clock().today());
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(range.first);
        m_to->setDate(range.second);
    }
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    refresh();
}

void ReportsScreen::rangeEdited()
{
    // The dates typed may still match a preset (typed back to it); else they are the user's own.
    int match = m_preset->findData(kCustomRange);
    for (Preset preset : Core::ReportRange::allPresets()) {
        const auto range = Core::ReportRange::preset(preset, m_reports.clock().today());
        if (range.first == from() && range.second == to()) {
            match = m_preset->findData(int(preset));
            break;
        }
    }
    m_preset->setCurrentIndex(match);
    refresh();
}

QDate ReportsScreen::from() const
{
    return m_from->date();
}

QDate ReportsScreen::to() const
{
    return m_to->date();
}

const Core::ReportTable &ReportsScreen::table() const
{
    return m_model->table();
}

QChart *ReportsScreen::chart() const
{
    return m_chartView->isHidden() ? nullptr : m_chartView->chart();
}

QString ReportsScreen::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReportsScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Read on the first showing, and again on coming back: visits may have been completed or
    // treatments recorded on another screen meanwhile.
    refresh();
}

void ReportsScreen::refresh()
{
    if (!isVisible() && !m_loaded) {
        // Not read until first shown: the app opens without paying for a screen not looked at.
        return;
    }
    m_loaded = true;
    QElapsedTimer timer;
    timer.start();
    const auto built = m_reports.build(m_kind, from(), to());
    if (!built) {
        m_model->clear();
        setChart(nullptr);
        m_footnote->clear();
        m_export->setEnabled(false);
        m_splitter->hide(); // nothing to show, rather than an empty frame
        showMessage(built.error().message, true);
        m_lastLoadMs = double(timer.nsecsElapsed()) / 1e6;
        return;
    }
    m_model->setTable(built.value());
    m_splitter->show();
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the report's own order
    m_table->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    m_footnote->setText(built->footnote);
    m_export->setEnabled(true);
    setChart(ReportChart::hasChart(m_kind) && built->rowCount() > 0
                 ? ReportChart::build(m_kind, built.value())
                 : nullptr);
    if (built->rowCount() == 0)
        showMessage(m_kind == ReportKind::ExpiringAuthorizations
                        ? tr("No authorization needs renewing in these dates.")
                        : tr("Nothing to count in these dates."),
                    false);
    else
        m_message->hide();
    m_lastLoadMs = double(timer.nsecsElapsed()) / 1e6;
}

void ReportsScreen::setChart(QChart *chart)
{
    QChart *old = m_chartView->chart();
    if (chart) {
        m_chartView->setChart(chart);
        m_chartView->show();
    } else {
        m_chartView->setChart(new QChart); // an empty one: the view always holds a chart
        m_chartView->hide();
    }
    delete old; // the view hands back the chart it held
}

void ReportsScreen::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    if (isError)
        Theme::styleAsError(m_message);
    else
        Theme::styleAsHint(m_message);
    m_message->show();
}

bool ReportsScreen::exportCsvTo(const QString &file)
{
    const Core::ReportTable &report = table();
    if (report.columns.isEmpty())
        return false;
    QSaveFile out(file);
    // A byte-order mark so that spreadsheet programs read accented names as UTF-8.
    if (!out.open(QIODevice::WriteOnly) || out.write("\xEF\xBB\xBF") < 0 ||
        out.write(Core::reportCsv(report).toUtf8()) < 0 || !out.commit()) {
        showMessage(tr("\u26A0 Could not write %1: %2")
                        .arg(QDir::toNativeSeparators(file), out.errorString()),
                    true);
        return false;
    }
    showMessage(tr("\u2713 Exported %1 to %2.")
                    .arg(rowsText(report.rowCount()), QDir::toNativeSeparators(file)),
                false);
    return true;
}

void ReportsScreen::exportCsv()
{
    if (!m_chooseFile || table().columns.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("%1-report-%2-to-%3.csv")
                                  .arg(Core::reportCode(m_kind), from().toString(Qt::ISODate),
                                       to().toString(Qt::ISODate)));
    const QString file = m_chooseFile(this, suggested);
    if (file.isEmpty())
        return;
    exportCsvTo(file);
}

} // namespace ClinicDesk::Ui
