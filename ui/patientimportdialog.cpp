#include "patientimportdialog.h"

#include "patientimportpreviewmodel.h"
#include "settingspage.h"
#include "theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

using Core::ImportField;
using Core::PatientImport;

namespace {

// Below this many patients the write takes a blink; no progress window.
constexpr int kProgressFrom = 2000;

QString askForFileToOpen(QWidget *parent, const QString &suggested)
{
    return QFileDialog::getOpenFileName(parent, QObject::tr("Import patients from"), suggested,
                                        QObject::tr("CSV files (*.csv *.txt);;All files (*)"));
}

QString askForFileToSave(QWidget *parent, const QString &suggested)
{
    return QFileDialog::getSaveFileName(parent, QObject::tr("Save the rows left out"), suggested,
                                        QObject::tr("CSV files (*.csv)"));
}

// "1 row", "1,204 rows"
QString counted(int n, const QString &one, const QString &many)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n) + u' ' +
           (n == 1 ? one : many);
}

// Busy cursor for work that takes a moment on a big file (reading, checking 100,000 rows).
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
};

} // namespace

PatientImportDialog::PatientImportDialog(Core::PatientService &patients, QWidget *parent)
    : QDialog(parent)
    , m_patients(patients)
    , m_chooseOpen(askForFileToOpen)
    , m_chooseSave(askForFileToSave)
{
    setObjectName(QStringLiteral("patientImportDialog"));
    setWindowTitle(tr("Import patients"));
    setMinimumSize(900, 560);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);

    auto *intro = new QLabel(tr("Bring in patients from another system's CSV file (UTF-8, with a "
                                "first row naming the columns). Every row is checked like the "
                                "patient form; nothing is saved until you press Import."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *fileRow = new QHBoxLayout;
    m_file = new QLabel(tr("No file chosen yet."), this);
    m_file->setObjectName(QStringLiteral("importFileLabel"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_choose = new QPushButton(tr("&Choose file\u2026"), this);
    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    m_choose->setAutoDefault(false);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    layout->addLayout(fileRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    auto *mappingGroup = new QGroupBox(tr("Columns in the file"), splitter);
    auto *mappingLayout = new QVBoxLayout(mappingGroup);
    auto *mappingHint = new QLabel(tr("Check where each column goes; change it if the guess "
                                      "is wrong."),
                                   mappingGroup);
    mappingHint->setWordWrap(true);
    Theme::styleAsHint(mappingHint);
    mappingLayout->addWidget(mappingHint);
    auto *scroll = new QScrollArea(mappingGroup);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_mappingBox = new QWidget(scroll);
    m_mappingBox->setObjectName(QStringLiteral("mappingList"));
    m_mappingGrid = new QGridLayout(m_mappingBox);
    m_mappingGrid->setContentsMargins(0, 0, 0, 0);
    m_mappingGrid->setVerticalSpacing(4);
    scroll->setWidget(m_mappingBox);
    mappingLayout->addWidget(scroll, 1);

    auto *previewGroup = new QGroupBox(tr("Rows"), splitter);
    auto *previewLayout = new QVBoxLayout(previewGroup);
    auto *countsRow = new QHBoxLayout;
    m_counts = new QLabel(previewGroup);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_onlyProblems = new QCheckBox(tr("Show only rows with &problems"), previewGroup);
    m_onlyProblems->setObjectName(QStringLiteral("onlyProblemsCheck"));
    countsRow->addWidget(m_counts, 1);
    countsRow->addWidget(m_onlyProblems);
    previewLayout->addLayout(countsRow);
    m_model = new PatientImportPreviewModel(this);
    m_table = new QTableView(previewGroup);
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    previewLayout->addWidget(m_table, 1);
    auto *previewHint = new QLabel(tr("The first %1 rows are shown; the counts and the import "
                                      "cover every row. Point at a status for the whole reason.")
                                       .arg(PatientImportPreviewModel::kMaxRows),
                                   previewGroup);
    previewHint->setWordWrap(true);
    Theme::styleAsHint(previewHint);
    previewLayout->addWidget(previewHint);

    splitter->addWidget(mappingGroup);
    splitter->addWidget(previewGroup);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({370, 730});
    layout->addWidget(splitter, 1);

    m_skipInvalid = new QCheckBox(tr("&Skip invalid rows and import the rest"), this);
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalidCheck"));
    m_importDuplicates = new QCheckBox(tr("Import &duplicates anyway (patients who look already "
                                          "on file)"),
                                       this);
    m_importDuplicates->setObjectName(QStringLiteral("importDuplicatesCheck"));
    layout->addWidget(m_skipInvalid);
    layout->addWidget(m_importDuplicates);

    m_message = createMessageLine(QStringLiteral("importMessage"), this);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_saveRejects =
        buttons->addButton(tr("Save &rejected rows\u2026"), QDialogButtonBox::ActionRole);
    m_saveRejects->setObjectName(QStringLiteral("saveRejectsButton"));
    m_saveRejects->setAutoDefault(false);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &PatientImportDialog::chooseFile);
    connect(m_onlyProblems, &QCheckBox::toggled, m_model,
            &PatientImportPreviewModel::setOnlyProblems);
    connect(m_skipInvalid, &QCheckBox::toggled, this, &PatientImportDialog::updateState);
    connect(m_importDuplicates, &QCheckBox::toggled, this, &PatientImportDialog::updateState);
    connect(m_saveRejects, &QPushButton::clicked, this, &PatientImportDialog::saveRejectedRows);
    connect(m_importButton, &QPushButton::clicked, this, &PatientImportDialog::importPatients);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    resize(1100, 640);
    updateState();
}

PatientImportDialog::~PatientImportDialog()
{
    // The model points into the import; let go of it first.
    m_model->setImport(nullptr);
}

const PatientImport *PatientImportDialog::currentImport() const
{
    return m_import ? &*m_import : nullptr;
}

Core::ImportOptions PatientImportDialog::options() const
{
    Core::ImportOptions options;
    options.skipInvalid = m_skipInvalid->isChecked();
    options.importDuplicates = m_importDuplicates->isChecked();
    return options;
}

void PatientImportDialog::chooseFile()
{
    const QString suggested =
        m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                         : QFileInfo(m_path).absolutePath();
    const QString path = m_chooseOpen ? m_chooseOpen(this, suggested) : QString();
    if (!path.isEmpty())
        openFile(path);
}

bool PatientImportDialog::openFile(const QString &path)
{
    m_model->setImport(nullptr);
    m_import.reset();
    m_imported = false;
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    Core::Result<PatientImport> read = [&] {
        BusyCursor busy;
        return PatientImport::fromFile(path);
    }();
    if (!read) {
        rebuildMapping();
        updateState();
        showMessage(m_message, QStringLiteral("error"),
                    tr("Cannot import this file: %1").arg(read.error().message));
        return false;
    }
    m_import = std::move(read).value();
    rebuildMapping();
    analyse();
    return true;
}

void PatientImportDialog::rebuildMapping()
{
    m_combos.clear();
    while (QLayoutItem *item = m_mappingGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_import)
        return;
    auto *fileHeading = new QLabel(tr("<b>Column</b>"), m_mappingBox);
    auto *fieldHeading = new QLabel(tr("<b>Goes to</b>"), m_mappingBox);
    m_mappingGrid->addWidget(fileHeading, 0, 0);
    m_mappingGrid->addWidget(fieldHeading, 0, 1);
    const QList<ImportField> fields = Core::PatientImportFields::all();
    for (int column = 0; column < m_import->header().size(); ++column) {
        const QString name = m_import->header().at(column);
        auto *label = new QLabel(name.isEmpty() ? tr("(no name)") : name, m_mappingBox);
        label->setToolTip(tr("For example: %1").arg(m_import->sample(column)));
        auto *combo = new QComboBox(m_mappingBox);
        combo->setObjectName(QStringLiteral("mapping_%1").arg(column));
        // Sized for the usual field names, not the longest, so the list fits beside the rows.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        for (ImportField field : fields)
            combo->addItem(Core::PatientImportFields::label(field), int(field));
        combo->setCurrentIndex(combo->findData(int(m_import->mapping().value(column))));
        combo->setAccessibleName(tr("Column %1 goes to").arg(name));
        label->setBuddy(combo);
        auto *sample = new QLabel(m_import->sample(column), m_mappingBox);
        Theme::styleAsHint(sample);
        sample->setMaximumWidth(320);
        const int row = 1 + 2 * column;
        m_mappingGrid->addWidget(label, row, 0);
        m_mappingGrid->addWidget(combo, row, 1);
        m_mappingGrid->addWidget(sample, row + 1, 0, 1, 2);
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, column](int index) { mappingChanged(column, index); });
        m_combos << combo;
    }
    m_mappingGrid->setRowStretch(1 + 2 * int(m_import->header().size()), 1);
}

void PatientImportDialog::mappingChanged(int column, int comboIndex)
{
    if (!m_import || column >= m_combos.size())
        return;
    m_model->setImport(nullptr); // the rows it shows go when the mapping changes
    m_import->setField(column, ImportField(m_combos.at(column)->itemData(comboIndex).toInt()));
    m_imported = false;
    analyse();
}

void PatientImportDialog::analyse()
{
    if (!m_import)
        return;
    m_model->setImport(nullptr);
    Core::Status checked = [&] {
        BusyCursor busy;
        return m_import->analyse(m_patients);
    }();
    m_model->setImport(&*m_import);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c),
                                            c == PatientImportPreviewModel::Status ? 300 : 200));
    updateState();
    if (!checked)
        showMessage(m_message, QStringLiteral("error"), checked.error().message);
    else if (m_import->rows().isEmpty())
        showMessage(m_message, QStringLiteral("error"),
                    tr("The file has a header row but no patients."));
}

void PatientImportDialog::updateState()
{
    showMessage(m_message, {}, {});
    const bool analysed = m_import && m_import->isAnalysed();
    if (!analysed) {
        m_counts->setText(m_import ? tr("Set the columns to check the rows.") : QString());
        m_importButton->setEnabled(false);
        m_saveRejects->setEnabled(false);
        m_importButton->setText(tr("&Import"));
        return;
    }
    const PatientImport::Counts counts = m_import->counts();
    m_counts->setText(PatientImport::countsText(counts));
    const PatientImport::Plan plan = m_import->plan(options());
    m_saveRejects->setEnabled(!plan.rejected.isEmpty() || !plan.skippedDuplicates.isEmpty());
    m_importButton->setEnabled(!m_imported && !plan.blocked && !plan.patients.isEmpty());
    m_importButton->setText(
        plan.patients.isEmpty()
            ? tr("&Import")
            : tr("&Import %1")
                  .arg(counted(int(plan.patients.size()), tr("patient"), tr("patients"))));
    if (m_imported)
        return;
    if (plan.blocked)
        showMessage(m_message, QStringLiteral("error"),
                    tr("%1 cannot be imported as %2 (marked Invalid). Correct the file and "
                       "choose it again, or tick \u201CSkip invalid rows\u201D.")
                        .arg(counted(counts.invalid, tr("row"), tr("rows")),
                             counts.invalid == 1 ? tr("it is") : tr("they are")));
}

bool PatientImportDialog::importPatients()
{
    if (!m_import || !m_importButton->isEnabled())
        return false;
    const Core::ImportOptions chosen = options();
    const int total = int(m_import->plan(chosen).patients.size());
    std::unique_ptr<QProgressDialog> progress;
    if (total >= kProgressFrom) {
        progress = std::make_unique<QProgressDialog>(tr("Importing patients\u2026"), tr("Cancel"),
                                                     0, total, this);
        progress->setObjectName(QStringLiteral("importProgress"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(0);
        progress->setValue(0);
    }
    auto report = [&](int done) {
        if (!progress)
            return true;
        progress->setValue(std::min(done, total));
        QApplication::processEvents();
        return !progress->wasCanceled();
    };
    const auto ran = m_import->run(m_patients, chosen, report);
    progress.reset();
    if (!ran) {
        showMessage(m_message, QStringLiteral("error"),
                    ran.error().kind == Core::Error::Kind::Refused
                        ? tr("Import cancelled; no patients were added.")
                        : ran.error().message);
        return false;
    }
    m_imported = true;
    updateState();
    showMessage(m_message, QStringLiteral("ok"), PatientImport::summary(ran.value()) + u'.');
    emit patientsImported(ran->imported);
    return true;
}

bool PatientImportDialog::saveRejectedRows()
{
    if (!m_import || !m_saveRejects->isEnabled())
        return false;
    const QFileInfo source(m_path);
    const QString suggested =
        source.absoluteDir().filePath(source.completeBaseName() + tr("-rejected") + ".csv");
    const QString path = m_chooseSave ? m_chooseSave(this, suggested) : QString();
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    const QByteArray bytes = m_import->rejectedCsv(options()).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showMessage(
            m_message, QStringLiteral("error"),
            tr("Cannot save %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const PatientImport::Plan plan = m_import->plan(options());
    showMessage(m_message, QStringLiteral("ok"),
                tr("Saved %1 left out to %2.")
                    .arg(counted(int(plan.rejected.size() + plan.skippedDuplicates.size()),
                                 tr("row"), tr("rows")),
                         QDir::toNativeSeparators(path)));
    return true;
}

} // namespace ClinicDesk::Ui
