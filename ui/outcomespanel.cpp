#include "outcomespanel.h"

#include "diaryentrydialog.h"
#include "diarytablemodel.h"
#include "outcomechart.h"
#include "settingspage.h"
#include "theme.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

using Core::DiaryEntry;

OutcomesPanel::OutcomesPanel(Core::OutcomeService &outcomes, QWidget *parent)
    : QWidget(parent)
    , m_outcomes(outcomes)
    , m_confirm(askWithMessageBox)
{
    setObjectName(QStringLiteral("outcomesPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);

    // The flag for the clinician: an icon and words, never colour alone.
    m_flag = new QFrame(this);
    m_flag->setObjectName(QStringLiteral("outcomeFlag"));
    m_flag->setStyleSheet(Theme::bannerStyleSheet(m_flag->objectName(), QStringLiteral("warning")));
    auto *flagLayout = new QHBoxLayout(m_flag);
    flagLayout->setContentsMargins(10, 6, 10, 6);
    flagLayout->setSpacing(8);
    auto *icon = new QLabel(m_flag);
    icon->setObjectName(QStringLiteral("outcomeFlagIcon"));
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    icon->setAccessibleName(tr("Warning"));
    flagLayout->addWidget(icon, 0, Qt::AlignTop);
    m_flagText = new QLabel(m_flag);
    m_flagText->setObjectName(QStringLiteral("outcomeFlagText"));
    m_flagText->setWordWrap(true);
    m_flagText->setTextFormat(Qt::PlainText);
    QFont flagFont = m_flagText->font();
    flagFont.setBold(true);
    m_flagText->setFont(flagFont);
    flagLayout->addWidget(m_flagText, 1);
    m_flag->hide();
    layout->addWidget(m_flag);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_chart = new OutcomeChart(splitter);
    splitter->addWidget(m_chart);

    auto *diary = new QWidget(splitter);
    auto *diaryLayout = new QVBoxLayout(diary);
    diaryLayout->setContentsMargins(0, 6, 0, 0);
    diaryLayout->setSpacing(6);
    auto *heading = new QLabel(tr("Headache diary"), diary);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    diaryLayout->addWidget(heading);

    m_model = new DiaryTableModel(this);
    ListWithButtons list(m_model, QStringLiteral("diaryTable"), diary);
    m_table = list.table();
    m_add = list.addButton(tr("Add month…"), QStringLiteral("addMonthButton"));
    m_edit = list.addButton(tr("Edit…"), QStringLiteral("editMonthButton"));
    m_remove = list.addButton(tr("Remove"), QStringLiteral("removeMonthButton"));
    m_baseline = list.addButton(tr("Mark as baseline"), QStringLiteral("baselineButton"));
    diaryLayout->addLayout(list.layout(), 1);
    m_message = createMessageLine(QStringLiteral("diaryMessage"), diary);
    diaryLayout->addWidget(m_message);
    splitter->addWidget(diary);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_add, &QPushButton::clicked, this, &OutcomesPanel::addMonth);
    connect(m_edit, &QPushButton::clicked, this, &OutcomesPanel::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &OutcomesPanel::removeSelected);
    connect(m_baseline, &QPushButton::clicked, this, &OutcomesPanel::toggleBaseline);
    connect(m_table, &QTableView::doubleClicked, this, &OutcomesPanel::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutcomesPanel::updateButtons);

    setPatient(0);
}

void OutcomesPanel::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    showMessage(m_message, {}, {});
    reload();
}

void OutcomesPanel::reload()
{
    const QDate keep = selectedEntry() ? selectedEntry()->month : QDate();
    m_outcome = Core::PatientOutcome{};
    if (m_patientId <= 0) {
        m_model->setEntries({});
        m_chart->showMessage(tr("Select a patient to see their headache diary."));
        showFlag({});
        updateButtons();
        return;
    }
    auto outcome = m_outcomes.outcomeFor(m_patientId);
    if (!outcome) {
        m_model->setEntries({});
        m_chart->showMessage(
            tr("The headache diary could not be read: %1").arg(outcome.error().message));
        showFlag({});
        updateButtons();
        return;
    }
    m_outcome = std::move(outcome).value();
    const Core::OutcomeSummary &summary = m_outcome.summary;
    m_model->setEntries(m_outcome.entries, summary.baseline ? summary.baseline->month : QDate(),
                        summary.baselineMarked);
    m_chart->setOutcome(m_outcome);
    showFlag(summary);
    select(keep);
    updateButtons();
}

void OutcomesPanel::showFlag(const Core::OutcomeSummary &summary)
{
    if (!summary.belowThreshold) {
        m_flag->hide();
        m_flagText->clear();
        return;
    }
    m_flagText->setText(
        tr("%1 \u2014 review with the clinician. %2.").arg(summary.flag(), summary.label()));
    m_flag->show();
}

const DiaryEntry *OutcomesPanel::selectedEntry() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->entryAt(rows.constFirst().row());
}

void OutcomesPanel::select(QDate month)
{
    selectRow(m_table, month.isValid() ? m_model->rowOf(month) : -1);
}

void OutcomesPanel::updateButtons()
{
    const DiaryEntry *entry = selectedEntry();
    m_add->setEnabled(m_patientId > 0);
    m_edit->setEnabled(entry);
    m_remove->setEnabled(entry);
    m_baseline->setEnabled(entry);
    m_baseline->setText(entry && entry->isBaseline ? tr("Unmark baseline")
                                                   : tr("Mark as baseline"));
}

QDate OutcomesPanel::suggestedMonth() const
{
    const QDate thisMonth = DiaryEntry::monthOf(m_outcomes.clock().today());
    if (!m_outcome.entries.isEmpty())
        return std::min(m_outcome.entries.constLast().month.addMonths(1), thisMonth);
    // The first month to record is the baseline: the month before cycle 1, or the last full one.
    if (!m_outcome.treatmentDates.isEmpty())
        return std::min(DiaryEntry::monthOf(m_outcome.treatmentDates.constFirst()).addMonths(-1),
                        thisMonth);
    return thisMonth.addMonths(-1);
}

void OutcomesPanel::changed(QDate month, const QString &message)
{
    reload();
    select(month);
    showMessage(m_message, QStringLiteral("ok"), message);
    emit diaryChanged(m_patientId);
}

void OutcomesPanel::addMonth()
{
    if (m_patientId <= 0)
        return;
    DiaryEntry draft;
    draft.patientId = m_patientId;
    draft.month = suggestedMonth();
    // The first month of an untreated patient is the baseline the response is measured against.
    draft.isBaseline = m_outcome.entries.isEmpty() && m_outcome.treatmentDates.isEmpty();
    DiaryEntryDialog dialog(m_outcomes, draft, false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed(dialog.saved().month,
            tr("%1 added to the diary.").arg(Core::monthLabelLong(dialog.saved().month)));
}

void OutcomesPanel::editSelected()
{
    const DiaryEntry *entry = selectedEntry();
    if (!entry)
        return;
    DiaryEntryDialog dialog(m_outcomes, *entry, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed(dialog.saved().month, tr("%1 saved.").arg(Core::monthLabelLong(dialog.saved().month)));
}

void OutcomesPanel::removeSelected()
{
    const DiaryEntry *entry = selectedEntry();
    if (!entry)
        return;
    const DiaryEntry removed = *entry;
    const QString month = Core::monthLabelLong(removed.month);
    const Question question{tr("Remove %1?").arg(month),
                            tr("Remove %1 (%2 headache days) from this patient's diary?")
                                .arg(month)
                                .arg(removed.headacheDays),
                            tr("Remove"),
                            tr("Keep"),
                            QStringLiteral("removeDiaryMonthQuestion"),
                            true};
    if (!m_confirm || !m_confirm(this, question))
        return;
    if (Core::Status s = m_outcomes.remove(m_patientId, removed.month); !s) {
        showMessage(m_message, QStringLiteral("error"),
                    tr("Not removed: %1").arg(s.error().message));
        return;
    }
    changed({}, tr("%1 removed from the diary.").arg(month));
}

void OutcomesPanel::toggleBaseline()
{
    const DiaryEntry *entry = selectedEntry();
    if (!entry)
        return;
    const DiaryEntry target = *entry;
    const QDate mark = target.isBaseline ? QDate() : target.month;
    if (Core::Status s = m_outcomes.setBaseline(m_patientId, mark); !s) {
        showMessage(m_message, QStringLiteral("error"), s.error().message);
        return;
    }
    changed(target.month, mark.isValid()
                              ? tr("%1 is the baseline.").arg(Core::monthLabelLong(target.month))
                              : tr("%1 is no longer marked as the baseline.")
                                    .arg(Core::monthLabelLong(target.month)));
}

} // namespace ClinicDesk::Ui
