#include "treatmenthistorywidget.h"

#include "reasondialog.h"
#include "retreatmentbadge.h"
#include "theme.h"
#include "treatmentcyclemodel.h"
#include "treatmentdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

namespace {

QString dayText(QDate date, QDate today)
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    return us.toString(date, date.year() == today.year() ? QStringLiteral("MMM d")
                                                         : QStringLiteral("MMM d, yyyy"));
}

QString longDate(QDate date)
{
    return QLocale(QLocale::English, QLocale::UnitedStates)
        .toString(date, QStringLiteral("MMM d, yyyy"));
}

QStringList stopReasons()
{
    return {QObject::tr("Less than 30% fewer headache days"), QObject::tr("Side effects"),
            QObject::tr("Insurance no longer covers it"),     QObject::tr("Patient's choice"),
            QObject::tr("Moved away or changed clinic"),      QObject::tr("Pregnancy")};
}

} // namespace

TreatmentHistoryWidget::TreatmentHistoryWidget(Core::TreatmentService &treatments,
                                               Core::RetreatmentService &retreatment,
                                               Core::ClinicSetupService &setup, QWidget *parent)
    : QWidget(parent)
    , m_treatments(treatments)
    , m_retreatment(retreatment)
    , m_setup(setup)
    , m_confirm(askWithMessageBox)
{
    setObjectName(QStringLiteral("treatmentHistory"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Botox treatment"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    header->addWidget(title);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("treatmentStatusBadge"));
    header->addWidget(m_badge);
    m_courseLine = new QLabel(this);
    m_courseLine->setObjectName(QStringLiteral("treatmentCourse"));
    Theme::styleAsHint(m_courseLine);
    header->addWidget(m_courseLine);
    header->addStretch(1);
    layout->addLayout(header);

    m_window = new QLabel(this);
    m_window->setObjectName(QStringLiteral("treatmentWindow"));
    m_window->setWordWrap(true);
    m_window->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_window);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("treatmentMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_model = new TreatmentCycleModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("treatmentTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setStretchLastSection(true);
    const auto width = [this](const QString &sample) {
        return fontMetrics().horizontalAdvance(sample) + 24;
    };
    columns->resizeSection(TreatmentCycleModel::Cycle, width(tr("Cycle")));
    columns->resizeSection(TreatmentCycleModel::Date, width(QStringLiteral("Mar 30, 2026")));
    columns->resizeSection(TreatmentCycleModel::Interval, width(QStringLiteral("\u26A0 100 days")));
    columns->resizeSection(TreatmentCycleModel::Provider,
                           width(QStringLiteral("Vladimir Fiks, MD")));
    columns->resizeSection(TreatmentCycleModel::Units, width(QStringLiteral("195 U")));
    columns->resizeSection(TreatmentCycleModel::Discarded,
                           width(QStringLiteral("245 U \u00B7 JW")));
    columns->resizeSection(TreatmentCycleModel::Lot,
                           width(QStringLiteral("\u26A0 C1234AB5 (expired)")));
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4 +
                              columns->sizeHint().height());
    layout->addWidget(m_table, 1);

    m_empty = new QLabel(tr("No Botox treatments recorded yet. Record one from a completed Botox "
                            "visit, or by hand for history from paper."),
                         this);
    m_empty->setObjectName(QStringLiteral("noTreatments"));
    m_empty->setWordWrap(true);
    Theme::styleAsHint(m_empty);
    layout->addWidget(m_empty);

    auto *buttons = new QHBoxLayout;
    const auto button = [this, buttons](const QString &text, const QString &name,
                                        const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        buttons->addWidget(b);
        return b;
    };
    m_record = button(tr("&Record treatment\u2026"), QStringLiteral("recordTreatmentButton"),
                      tr("Record a treatment given today, or one from paper history"));
    m_edit = button(tr("Ed&it\u2026"), QStringLiteral("editTreatmentButton"),
                    tr("Correct the selected treatment (Enter or double-click)"));
    m_remove = button(tr("Remo&ve\u2026"), QStringLiteral("removeTreatmentButton"),
                      tr("Remove the selected treatment (recorded in error)"));
    buttons->addStretch(1);
    m_stop = button(tr("S&top treatment\u2026"), QStringLiteral("stopTreatmentButton"),
                    tr("The patient stops Botox: they leave the retreatment board"));
    m_resume = button(tr("Res&ume treatment"), QStringLiteral("resumeTreatmentButton"),
                      tr("The patient takes up Botox again"));
    layout->addLayout(buttons);

    connect(m_record, &QPushButton::clicked, this, &TreatmentHistoryWidget::recordTreatment);
    connect(m_edit, &QPushButton::clicked, this, &TreatmentHistoryWidget::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &TreatmentHistoryWidget::removeSelected);
    connect(m_stop, &QPushButton::clicked, this, &TreatmentHistoryWidget::stopTreatment);
    connect(m_resume, &QPushButton::clicked, this, &TreatmentHistoryWidget::resumeTreatment);
    connect(m_table, &QAbstractItemView::activated, this, &TreatmentHistoryWidget::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TreatmentHistoryWidget::updateButtons);
    setPatient(0);
}

QString TreatmentHistoryWidget::windowText(const Core::RetreatmentWindow &window, QDate today)
{
    return tr("Earliest %1 \u00B7 Due %2 \u00B7 Overdue after %3")
        .arg(dayText(window.earliestAllowed, today), dayText(window.due, today),
             dayText(window.overdueAfter, today));
}

void TreatmentHistoryWidget::setPatient(qint64 patientId, const QString &patientName)
{
    if (patientId != m_patientId)
        m_message->hide();
    m_patientId = patientId;
    m_patientName = patientName;
    refresh();
}

qint64 TreatmentHistoryWidget::selectedTreatmentId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const Core::TreatmentCycle *cycle = m_model->cycleAt(rows.constFirst().row());
    return cycle ? cycle->treatment.id : 0;
}

void TreatmentHistoryWidget::refresh()
{
    const qint64 keep = selectedTreatmentId();
    m_status.reset();
    m_course = {};
    if (m_patientId == 0) {
        m_model->setCycles({}, 0, {});
        showStatus();
        updateButtons();
        return;
    }
    auto status = m_retreatment.statusFor(m_patientId);
    auto course = m_retreatment.courseFor(m_patientId);
    auto cycles = m_treatments.cyclesFor(m_patientId);
    QHash<qint64, QString> providerNames;
    if (auto providers = m_setup.providers())
        for (const Core::Provider &p : providers.value())
            providerNames.insert(p.id, p.displayName());
    for (const auto *error :
         {status ? nullptr : &status.error(), course ? nullptr : &course.error(),
          cycles ? nullptr : &cycles.error()})
        if (error) {
            showMessage(
                tr("\u26A0 The treatment history could not be read: %1").arg(error->message));
            break;
        }
    if (status)
        m_status = status.value();
    if (course)
        m_course = course.value();
    int minimumDays = 0;
    if (m_status && m_status->window)
        minimumDays =
            int(m_status->window->lastTreatment.daysTo(m_status->window->earliestAllowed));
    m_model->setCycles(cycles ? cycles.value() : QList<Core::TreatmentCycle>(), minimumDays,
                       providerNames);
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_table->selectRow(row);
    showStatus();
    updateButtons();
}

void TreatmentHistoryWidget::showStatus()
{
    const bool any = m_model->rowCount() > 0;
    m_table->setVisible(any);
    m_empty->setVisible(m_patientId != 0 && !any);
    if (!m_status) {
        m_badge->hide();
        m_courseLine->clear();
        m_window->clear();
        m_window->hide();
        return;
    }
    RetreatmentBadge::apply(m_badge, *m_status);
    m_badge->show();
    const QDate today = m_retreatment.clock().today();
    if (m_course.cycles > 0)
        m_courseLine->setText(m_course.cycles == 1
                                  ? tr("1 treatment, on %1").arg(longDate(m_course.firstTreated))
                                  : tr("%1 treatments since %2")
                                        .arg(m_course.cycles)
                                        .arg(longDate(m_course.firstTreated)));
    else
        m_courseLine->clear();
    QStringList window;
    if (m_status->state == Core::RetreatmentStatus::State::Discontinued &&
        m_course.discontinuedOn.isValid())
        window << tr("Stopped on %1").arg(longDate(m_course.discontinuedOn));
    if (m_status->window)
        window << windowText(*m_status->window, today);
    m_window->setText(window.join(QStringLiteral(" \u00B7 ")));
    m_window->setVisible(!window.isEmpty());
}

void TreatmentHistoryWidget::updateButtons()
{
    const bool patient = m_patientId != 0;
    const bool selected = selectedTreatmentId() != 0;
    const bool stopped =
        m_status && m_status->state == Core::RetreatmentStatus::State::Discontinued;
    m_record->setEnabled(patient);
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_stop->setVisible(!stopped);
    m_stop->setEnabled(patient);
    m_resume->setVisible(stopped);
}

void TreatmentHistoryWidget::showMessage(const QString &message)
{
    const bool problem = message.startsWith(u'\u26A0');
    m_message->setText(message);
    const QColor foreground = problem ? Theme::errorText : Theme::okText;
    const QColor background = problem ? Theme::errorBackground : Theme::okBackground;
    m_message->setStyleSheet(QStringLiteral("QLabel#treatmentMessage { color: %1; background: %2;"
                                            " border-radius: 4px; padding: 6px 10px; }")
                                 .arg(foreground.name(), background.name()));
    m_message->show();
}

void TreatmentHistoryWidget::afterWrite(const QString &message, qint64 selectTreatment)
{
    refresh();
    if (selectTreatment != 0)
        if (const int row = m_model->rowOf(selectTreatment); row >= 0)
            m_table->selectRow(row);
    showMessage(message);
    emit changed();
}

void TreatmentHistoryWidget::recordTreatment()
{
    if (m_patientId == 0)
        return;
    openTreatment(m_treatments.draftFor(m_patientId));
}

void TreatmentHistoryWidget::editSelected()
{
    const qint64 id = selectedTreatmentId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    openTreatment(m_model->cycleAt(row)->treatment);
}

void TreatmentHistoryWidget::openTreatment(const Core::Treatment &treatment)
{
    auto *dialog = new TreatmentDialog(m_treatments, m_setup, treatment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPatientName(m_patientName);
    const bool isNew = treatment.id == 0;
    connect(dialog, &TreatmentDialog::treatmentSaved, this,
            [this, isNew](const Core::Treatment &saved) {
                afterWrite(isNew
                               ? tr("\u2713 Treatment of %1 recorded.").arg(longDate(saved.date))
                               : tr("\u2713 Treatment of %1 corrected.").arg(longDate(saved.date)),
                           saved.id);
            });
    emit dialogOpened(dialog);
    dialog->open();
}

void TreatmentHistoryWidget::removeSelected()
{
    const int row = m_model->rowOf(selectedTreatmentId());
    if (row < 0)
        return;
    const Core::TreatmentCycle cycle = *m_model->cycleAt(row);
    const Question question{
        tr("Remove treatment?"),
        tr("Remove the treatment of %1 (cycle %2, %3 U)? Use this for a record made in error; "
           "the cycles after it are numbered again. It cannot be undone.")
            .arg(longDate(cycle.treatment.date))
            .arg(cycle.number)
            .arg(cycle.treatment.unitsGiven),
        tr("Remove treatment"),
        tr("Keep it"),
        QStringLiteral("removeTreatmentQuestion"),
        true};
    if (!m_confirm || !m_confirm(this, question))
        return;
    if (Core::Status removed = m_treatments.remove(cycle.treatment.id); !removed) {
        showMessage(tr("\u26A0 %1").arg(removed.error().message));
        return;
    }
    afterWrite(tr("\u2713 Treatment of %1 removed.").arg(longDate(cycle.treatment.date)));
}

void TreatmentHistoryWidget::stopTreatment()
{
    if (m_patientId == 0)
        return;
    const QString who = m_patientName.isEmpty() ? tr("This patient") : m_patientName;
    auto *dialog = new ReasonDialog(
        tr("Stop treatment"),
        tr("%1 stops Botox treatment. They leave the retreatment board until treatment is "
           "resumed; their history is kept.")
            .arg(who),
        tr("Stop treatment"), stopReasons(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKeepText(tr("Keep treating"));
    dialog->setHint(tr("A reason is required; it is kept with the patient's treatment record."));
    const qint64 patientId = m_patientId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, patientId] {
        if (patientId != m_patientId)
            return;
        if (Core::Status stopped = m_retreatment.discontinue(patientId, dialog->reason());
            !stopped) {
            showMessage(tr("\u26A0 %1").arg(stopped.error().message));
            return;
        }
        afterWrite(tr("\u2713 Treatment stopped: %1.").arg(dialog->reason()));
    });
    emit dialogOpened(dialog);
    dialog->open();
}

void TreatmentHistoryWidget::resumeTreatment()
{
    if (m_patientId == 0)
        return;
    if (Core::Status resumed = m_retreatment.resume(m_patientId); !resumed) {
        showMessage(tr("\u26A0 %1").arg(resumed.error().message));
        return;
    }
    afterWrite(tr("\u2713 Treatment resumed."));
}

} // namespace ClinicDesk::Ui
