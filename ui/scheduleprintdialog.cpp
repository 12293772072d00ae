#include "scheduleprintdialog.h"

#include "csv.h"
#include "datefield.h"
#include "documentpreview.h"
#include "settingspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

namespace {

QString askForFile(QWidget *parent, const QString &title, const QString &suggested,
                   const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

} // namespace

SchedulePrintDialog::SchedulePrintDialog(const ScheduleServices &services, QDate day,
                                         QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_chooseFile(askForFile)
{
    setWindowTitle(tr("Print the day's schedule"));
    setObjectName(QStringLiteral("schedulePrintDialog"));

    m_date = new DateField(day, this);
    m_date->setObjectName(QStringLiteral("printDate"));
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("printProvider"));
    m_provider->addItem(tr("Whole clinic (every provider)"), qint64(0));
    if (auto providers = m_services.setup->providers()) {
        for (const Core::Provider &provider : providers.value())
            if (provider.active)
                m_provider->addItem(provider.displayName(), provider.id);
    }
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("printPaper"));
    m_paper->addItem(tr("US Letter"), int(Documents::PaperOptions::Size::Letter));
    m_paper->addItem(tr("A4"), int(Documents::PaperOptions::Size::A4));
    m_orientation = new QComboBox(this);
    m_orientation->setObjectName(QStringLiteral("printOrientation"));
    m_orientation->addItem(tr("Portrait"), false);
    m_orientation->addItem(tr("Landscape (wider notes)"), true);
    m_includeCancelled = new QCheckBox(tr("List cancelled visits and no-shows too"), this);
    m_includeCancelled->setObjectName(QStringLiteral("printIncludeCancelled"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Day:"), m_date);
    form->addRow(tr("P&rovider:"), m_provider);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("&Orientation:"), m_orientation);
    form->addRow(QString(), m_includeCancelled);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("printSummary"));
    m_summary->setWordWrap(true);
    m_message = createMessageLine(QStringLiteral("printMessage"), this);

    auto *buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("Pre&view and print\u2026"), QDialogButtonBox::AcceptRole);
    m_previewButton->setObjectName(QStringLiteral("printPreviewButton"));
    m_previewButton->setDefault(true);
    QPushButton *pdf = buttons->addButton(tr("Save as P&DF\u2026"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("printPdfButton"));
    QPushButton *csv = buttons->addButton(tr("Save as &CSV\u2026"), QDialogButtonBox::ActionRole);
    csv->setObjectName(QStringLiteral("printCsvButton"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("printCloseButton"));
    // The buttons do their work and keep the dialog open: a manager often prints the clinic and
    // then one provider's copy.
    connect(m_previewButton, &QPushButton::clicked, this, &SchedulePrintDialog::preview);
    connect(pdf, &QPushButton::clicked, this, &SchedulePrintDialog::savePdf);
    connect(csv, &QPushButton::clicked, this, &SchedulePrintDialog::saveCsv);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_date, &QDateEdit::dateChanged, this, &SchedulePrintDialog::refreshSummary);
    connect(m_provider, &QComboBox::currentIndexChanged, this,
            &SchedulePrintDialog::refreshSummary);
    connect(m_includeCancelled, &QCheckBox::toggled, this, &SchedulePrintDialog::refreshSummary);
    refreshSummary();
    setMinimumWidth(460);
}

Core::DailyScheduleRequest SchedulePrintDialog::request() const
{
    Core::DailyScheduleRequest request;
    request.date = m_date->date();
    request.providerId = m_provider->currentData().toLongLong();
    request.includeCancelled = m_includeCancelled->isChecked();
    return request;
}

Documents::PaperOptions SchedulePrintDialog::paper() const
{
    Documents::PaperOptions paper;
    paper.size = Documents::PaperOptions::Size(m_paper->currentData().toInt());
    paper.landscape = m_orientation->currentData().toBool();
    return paper;
}

Core::Result<Core::DailySchedule> SchedulePrintDialog::schedule() const
{
    if (!m_services.retreatment || !m_services.authorizations)
        return Core::Error::storage(tr("The schedule cannot be printed without the Botox "
                                       "services."));
    const Core::DailyScheduleBuilder builder(*m_services.appointments, *m_services.setup,
                                             *m_services.retreatment,
                                             *m_services.authorizations);
    return builder.build(request(), m_services.appointments->user());
}

void SchedulePrintDialog::refreshSummary()
{
    const auto day = schedule();
    if (!day) {
        m_summary->setText(tr("\u26A0 %1").arg(day.error().message));
        return;
    }
    m_summary->setText(tr("On the pages: %1.").arg(day->summary()));
    showMessage(QString(), QString());
}

void SchedulePrintDialog::showMessage(const QString &kind, const QString &text)
{
    Ui::showMessage(m_message, kind, text);
}

QString SchedulePrintDialog::suggestedName(const QString &extension) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = QStringLiteral("schedule-") + m_date->date().toString(Qt::ISODate);
    if (m_provider->currentIndex() > 0)
        name += u'-' + m_provider->currentText().section(u',', 0, 0).toLower().replace(u' ', u'-');
    return QDir(folder).filePath(name + u'.' + extension);
}

void SchedulePrintDialog::preview()
{
    const QString title = tr("Schedule for %1")
                              .arg(m_date->date().toString(QStringLiteral("dddd, MMMM d, yyyy")));
    QPrintPreviewDialog *previewDialog =
        openPrintPreview(this, title, [this] {
            const auto day = schedule();
            if (!day) {
                showMessage(QStringLiteral("error"), day.error().message);
                return Documents::PrintedDocument{};
            }
            return Documents::ScheduleDocument::document(day.value());
        }, paper());
    previewDialog->setObjectName(QStringLiteral("schedulePrintPreview"));
}

bool SchedulePrintDialog::savePdfTo(const QString &file)
{
    const auto day = schedule();
    if (!day) {
        showMessage(QStringLiteral("error"), day.error().message);
        return false;
    }
    const auto pages =
        Documents::writePdf(Documents::ScheduleDocument::document(day.value()), file, paper());
    if (!pages) {
        showMessage(QStringLiteral("error"), pages.error().message);
        return false;
    }
    showMessage(QStringLiteral("ok"),
                tr("\u2713 Saved %1 (%2).")
                    .arg(QDir::toNativeSeparators(file),
                         pages.value() == 1 ? tr("1 page") : tr("%1 pages").arg(pages.value())));
    return true;
}

bool SchedulePrintDialog::saveCsvTo(const QString &file)
{
    const auto day = schedule();
    if (!day) {
        showMessage(QStringLiteral("error"), day.error().message);
        return false;
    }
    if (const Core::Status saved = Core::Csv::save(file, day->csv()); !saved) {
        showMessage(QStringLiteral("error"), saved.error().message);
        return false;
    }
    showMessage(QStringLiteral("ok"), tr("\u2713 Saved %1 (%2).")
                                          .arg(QDir::toNativeSeparators(file), day->summary()));
    return true;
}

void SchedulePrintDialog::savePdf()
{
    const QString file = m_chooseFile(this, tr("Save the schedule as PDF"),
                                      suggestedName(QStringLiteral("pdf")),
                                      tr("PDF files (*.pdf)"));
    if (!file.isEmpty())
        savePdfTo(file);
}

void SchedulePrintDialog::saveCsv()
{
    const QString file = m_chooseFile(this, tr("Save the schedule as CSV"),
                                      suggestedName(QStringLiteral("csv")),
                                      tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        saveCsvTo(file);
}

} // namespace ClinicDesk::Ui
