// The board's actions on the selected row (book, log a call, stop or resume treatment, open the
// record) and on the whole list (print, export): the other half of RetreatmentBoardScreen.

#include "contactlogdialog.h"
#include "csv.h"
#include "nextcycledialog.h"
#include "reasondialog.h"
#include "retreatmentboarddocument.h"
#include "retreatmentboardmodel.h"
#include "retreatmentboardscreen.h"

#include <QCheckBox>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>

namespace ClinicDesk::Ui {

using Core::BoardRow;
using State = Core::RetreatmentStatus::State;

void RetreatmentBoardScreen::book()
{
    const std::optional<BoardRow> row = selectedRow();
    if (!row || row->status.state == State::Discontinued)
        return;
    const qint64 patientId = row->candidate.patientId;
    auto *dialog = new NextCycleDialog(m_retreatment, m_setup, patientId, this);
    dialog->setPatientName(row->candidate.patientName);
    connect(dialog, &QDialog::accepted, this, [this, dialog, patientId] {
        if (const std::optional<Core::SlotOffer> offer = dialog->chosenSlot())
            emit bookSlotRequested(patientId, dialog->typeId(), *offer);
    });
    presentDialog(dialog);
}

void RetreatmentBoardScreen::logCall()
{
    const std::optional<BoardRow> row = selectedRow();
    if (!row)
        return;
    const QString name = row->candidate.patientName;
    auto *dialog = new ContactLogDialog(m_retreatment, row->candidate.patientId, name, this);
    dialog->setPhone(row->candidate.patientPhone);
    connect(dialog, &ContactLogDialog::contactLogged, this,
            [this, name](const Core::ContactAttempt &attempt) {
                refresh();
                showMessage(tr("\u2713 Logged a call to %1: %2.")
                                .arg(name, Core::contactOutcomeLabel(attempt.outcome)));
                emit boardChanged();
            });
    connect(dialog, &QDialog::finished, this, [this] { m_table->setFocus(); });
    presentDialog(dialog);
}

void RetreatmentBoardScreen::discontinueSelected()
{
    const std::optional<BoardRow> row = selectedRow();
    if (!row || row->status.state == State::Discontinued)
        return;
    const qint64 patientId = row->candidate.patientId;
    const QString name = row->candidate.patientName;
    auto *dialog = new ReasonDialog(
        tr("Mark discontinued"),
        tr("%1 (MRN %2) stops Botox treatment and leaves the board. Tick \u201CShow "
           "discontinued\u201D to see them again; Resume treatment brings them back.")
            .arg(name, row->candidate.patientMrn),
        tr("Mark discontinued"),
        {tr("Not enough benefit"), tr("Side effects"), tr("Insurance no longer covers it"),
         tr("Moved away"), tr("Chose another treatment"), tr("Pregnant or planning pregnancy"),
         tr("Declined further treatment")},
        this);
    dialog->setKeepText(tr("Keep on the board"));
    dialog->setHint(tr("A reason is required; it stays in the patient's history."));
    connect(dialog, &QDialog::accepted, this, [this, dialog, patientId, name] {
        const Core::Status stopped = m_retreatment.discontinue(patientId, dialog->reason());
        if (!stopped) {
            showMessage(tr("\u26A0 %1").arg(stopped.error().message));
            return;
        }
        refresh();
        showMessage(m_showDiscontinued->isChecked()
                        ? tr("\u2713 %1 is marked discontinued.").arg(name)
                        : tr("\u2713 %1 is marked discontinued and left the board. Tick \u201CShow "
                             "discontinued\u201D to see them.")
                              .arg(name));
        emit boardChanged();
    });
    presentDialog(dialog);
}

void RetreatmentBoardScreen::resumeSelected()
{
    const std::optional<BoardRow> row = selectedRow();
    if (!row || row->status.state != State::Discontinued)
        return;
    const Core::Status resumed = m_retreatment.resume(row->candidate.patientId);
    if (!resumed) {
        showMessage(tr("\u26A0 %1").arg(resumed.error().message));
        return;
    }
    refresh();
    showMessage(tr("\u2713 %1 is back on treatment.").arg(row->candidate.patientName));
    emit boardChanged();
}

void RetreatmentBoardScreen::openPatient()
{
    if (const std::optional<BoardRow> row = selectedRow())
        emit openPatientRequested(row->candidate.patientId);
}

int RetreatmentBoardScreen::printTo(QPrinter &printer)
{
    RetreatmentBoardDocument::Heading heading;
    heading.clinicName = m_setup.clinicName();
    heading.filterWords = filterWords();
    heading.summary = summaryText();
    heading.printedAt = m_retreatment.clock().now();
    heading.printedBy = m_retreatment.user();
    return RetreatmentBoardDocument::print(visibleRows(), heading, printer);
}

void RetreatmentBoardScreen::print()
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageOrientation(QPageLayout::Landscape);
    printer->setDocName(tr("Retreatment call list"));
    auto *preview = new QPrintPreviewDialog(printer, this);
    preview->setObjectName(QStringLiteral("boardPrintPreview"));
    preview->setWindowTitle(tr("Print the retreatment board"));
    preview->resize(1000, 760);
    connect(preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *p) { printTo(*p); });
    connect(preview, &QObject::destroyed, this, [printer] { delete printer; });
    presentDialog(preview);
}

QString RetreatmentBoardScreen::csvText() const
{
    return RetreatmentBoardDocument::csv(visibleRows());
}

bool RetreatmentBoardScreen::exportCsvTo(const QString &file)
{
    if (const Core::Status saved = Core::Csv::save(file, csvText()); !saved) {
        showMessage(tr("\u26A0 %1").arg(saved.error().message));
        return false;
    }
    const int count = m_proxy->rowCount();
    showMessage(tr("\u2713 Exported %1 to %2.")
                    .arg(count == 1 ? tr("1 patient") : tr("%1 patients").arg(count),
                         QDir::toNativeSeparators(file)));
    return true;
}

void RetreatmentBoardScreen::exportCsv()
{
    if (!m_chooseFile)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("retreatment-board-%1.csv")
                                  .arg(m_retreatment.clock().today().toString(Qt::ISODate)));
    const QString file = m_chooseFile(this, suggested);
    if (file.isEmpty())
        return;
    exportCsvTo(file);
}

} // namespace ClinicDesk::Ui
