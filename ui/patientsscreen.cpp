#include "patientsscreen.h"

#include "patientdetailspanel.h"
#include "patientdialog.h"
#include "patientform.h"
#include "patienttablemodel.h"
#include "theme.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

using Core::Patient;

PatientsScreen::PatientsScreen(Core::PatientService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_confirm(askWithMessageBox)
{
    setObjectName(QStringLiteral("patientsScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->setSpacing(8);

    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setPlaceholderText(
        tr("Search by name, phone, date of birth (3/14/1975) or record number"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Patient search"));
    m_search->setMinimumHeight(m_search->sizeHint().height() + 6);
    m_search->installEventFilter(this);
    searchRow->addWidget(m_search, 1);
    m_showInactive = new QCheckBox(tr("Show &inactive"), this);
    m_showInactive->setObjectName(QStringLiteral("showInactive"));
    searchRow->addWidget(m_showInactive);
    m_newButton = new QPushButton(tr("&New patient"), this);
    m_newButton->setObjectName(QStringLiteral("newPatientButton"));
    m_newButton->setToolTip(tr("Register a new patient (Ctrl+N)"));
    searchRow->addWidget(m_newButton);
    layout->addLayout(searchRow);

    auto *countRow = new QHBoxLayout;
    m_resultCount = new QLabel(this);
    m_resultCount->setObjectName(QStringLiteral("resultCount"));
    Theme::styleAsHint(m_resultCount);
    countRow->addWidget(m_resultCount);
    m_moreMatches = new QLabel(
        tr("More than %1 matches — type more to narrow the search").arg(kVisibleResults), this);
    m_moreMatches->setObjectName(QStringLiteral("moreMatches"));
    Theme::styleAsBadge(m_moreMatches, QStringLiteral("warning"));
    m_moreMatches->hide();
    countRow->addWidget(m_moreMatches);
    countRow->addStretch(1);
    layout->addLayout(countRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("screenMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_model = new PatientTableModel(service.clock(), this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("patientTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as elsewhere
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The payer gives way (it elides; its tooltip has it all) so names and phones stay whole.
    header->setSectionResizeMode(PatientTableModel::Payer, QHeaderView::Stretch);
    const auto width = [this](const char *sample) {
        return fontMetrics().horizontalAdvance(QString::fromUtf8(sample)) + 24;
    };
    header->resizeSection(PatientTableModel::RecordNumber, width("0000000"));
    header->resizeSection(PatientTableModel::DateOfBirth, width("Date of birth"));
    header->resizeSection(PatientTableModel::Age, width("Age0"));
    header->resizeSection(PatientTableModel::Phone, width("(000) 000-0000"));
    header->resizeSection(PatientTableModel::Name, width("Washington-Reyes, Mary-Kate"));
    header->resizeSection(PatientTableModel::Status, width("Inactive"));
    header->resizeSection(PatientTableModel::Retreatment, width("▲ Overdue by 10 days"));
    // The Botox status beside the phone: the two things a caller is asked about first.
    header->moveSection(header->visualIndex(PatientTableModel::Retreatment),
                        header->visualIndex(PatientTableModel::Payer));
    m_table->setColumnHidden(PatientTableModel::Retreatment, true);
    header->setMinimumSectionSize(40);

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    m_sideLayout = sideLayout;
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *detailsFrame = new QScrollArea(side);
    detailsFrame->setObjectName(QStringLiteral("detailsFrame"));
    detailsFrame->setWidgetResizable(true);
    m_details = new PatientDetailsPanel(service.clock());
    detailsFrame->setWidget(m_details);
    sideLayout->addWidget(detailsFrame, 1);
    auto *actions = new QHBoxLayout;
    m_editButton = new QPushButton(tr("&Edit…"), side);
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_editButton->setToolTip(tr("Open the selected patient (Enter or double-click)"));
    m_activeButton = new QPushButton(tr("Make inactive…"), side);
    m_activeButton->setObjectName(QStringLiteral("activeButton"));
    actions->addWidget(m_editButton);
    actions->addStretch(1);
    actions->addWidget(m_activeButton);
    sideLayout->addLayout(actions);
    side->setMinimumWidth(400);

    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({800, 460});
    layout->addWidget(splitter, 1);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &PatientsScreen::searchNow);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_showInactive, &QCheckBox::toggled, this, [this] { m_searchTimer.start(0); });
    connect(m_newButton, &QPushButton::clicked, this, &PatientsScreen::newPatient);
    connect(m_editButton, &QPushButton::clicked, this, &PatientsScreen::editSelected);
    connect(m_activeButton, &QPushButton::clicked, this, &PatientsScreen::toggleSelectedActive);
    connect(m_table, &QAbstractItemView::activated, this, &PatientsScreen::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PatientsScreen::onSelectionChanged);

    setTabOrder(m_search, m_showInactive);
    setTabOrder(m_showInactive, m_newButton);
    setTabOrder(m_newButton, m_table);
    setTabOrder(m_table, m_editButton);
    setTabOrder(m_editButton, m_activeButton);
    searchNow();
}

void PatientsScreen::setRetreatmentService(Core::RetreatmentService *retreatment)
{
    m_retreatment = retreatment;
    m_table->setColumnHidden(PatientTableModel::Retreatment, retreatment == nullptr);
}

void PatientsScreen::loadRetreatmentStatuses()
{
    if (!m_retreatment || m_model->rowCount() == 0)
        return;
    QList<qint64> ids;
    ids.reserve(m_model->rowCount());
    for (const Patient &p : m_model->patients())
        ids.append(p.id);
    auto statuses = m_retreatment->statusesFor(ids);
    if (!statuses) {
        showMessage(tr("⚠ Botox statuses could not be read: %1").arg(statuses.error().message));
        return;
    }
    m_model->setRetreatmentStatuses(statuses.value());
}

void PatientsScreen::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchTimer.start();
}

QString PatientsScreen::searchText() const
{
    return m_search->text();
}

void PatientsScreen::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

std::optional<Patient> PatientsScreen::selectedPatient() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    if (const Patient *patient = m_model->patientAt(rows.constFirst().row()))
        return *patient;
    return std::nullopt;
}

void PatientsScreen::searchNow()
{
    m_searchTimer.stop();
    const std::optional<Patient> selected = selectedPatient();
    const qint64 keep = m_selectAfterSearch ? m_selectAfterSearch : (selected ? selected->id : 0);
    m_selectAfterSearch = 0;

    const QString text = m_search->text().trimmed();
    m_moreMatches->hide();
    if (text.isEmpty()) {
        m_model->setPatients({});
        m_resultCount->setText(
            tr("Type a name, phone number, date of birth or record number to find a patient."));
        selectRow(-1);
        return;
    }

    Core::PatientSearchOptions options;
    options.limit = kVisibleResults + 1;
    options.includeInactive = m_showInactive->isChecked();
    auto found = m_service.search(text, options);
    if (!found) {
        m_model->setPatients({});
        m_resultCount->clear();
        showMessage(tr("⚠ The search failed: %1").arg(found.error().message));
        selectRow(-1);
        return;
    }
    QList<Patient> patients = std::move(found.value());
    const bool more = patients.size() > kVisibleResults;
    if (more)
        patients.resize(kVisibleResults);
    m_model->setPatients(patients);
    loadRetreatmentStatuses();

    if (patients.isEmpty()) {
        m_resultCount->setText(options.includeInactive
                                   ? tr("No patient matches “%1”.").arg(text)
                                   : tr("No active patient matches “%1”. Tick “Show inactive” "
                                        "to include inactive patients.")
                                         .arg(text));
    } else if (more) {
        m_resultCount->setText(tr("Showing the first %1 patients.").arg(kVisibleResults));
    } else {
        m_resultCount->setText(patients.size() == 1 ? tr("1 patient")
                                                    : tr("%1 patients").arg(patients.size()));
    }
    m_moreMatches->setVisible(more);

    // The patient who was selected stays selected; otherwise the best match is ready for Enter.
    int row = keep ? m_model->rowOf(keep) : -1;
    if (row < 0 && !patients.isEmpty())
        row = 0;
    selectRow(row);
}

void PatientsScreen::selectRow(int row)
{
    QItemSelectionModel *selection = m_table->selectionModel();
    if (row < 0 || row >= m_model->rowCount()) {
        selection->clearSelection();
        selection->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    } else {
        const QModelIndex index = m_model->index(row, PatientTableModel::Name);
        selection->setCurrentIndex(index,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    onSelectionChanged();
}

void PatientsScreen::moveSelection(int delta)
{
    if (m_searchTimer.isActive())
        searchNow();
    if (m_model->rowCount() == 0)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int current =
        rows.isEmpty() ? (delta > 0 ? -1 : m_model->rowCount()) : rows.constFirst().row();
    selectRow(std::clamp(current + delta, 0, m_model->rowCount() - 1));
}

void PatientsScreen::addSidePanel(QWidget *panel)
{
    panel->setParent(m_sideLayout->parentWidget());
    m_sideLayout->addWidget(panel, 1);
}

void PatientsScreen::onSelectionChanged()
{
    const std::optional<Patient> patient = selectedPatient();
    m_editButton->setEnabled(patient.has_value());
    m_activeButton->setEnabled(patient.has_value());
    if (!patient) {
        m_details->showNothing(m_model->rowCount() == 0 && !m_search->text().trimmed().isEmpty()
                                   ? tr("No patient selected.")
                                   : tr("Select a patient to see their details."));
        m_activeButton->setText(tr("Make inactive…"));
        emit selectedPatientChanged(0);
        return;
    }
    m_details->showPatient(*patient);
    m_details->setRetreatmentStatus(m_model->retreatmentStatus(patient->id));
    emit selectedPatientChanged(patient->id);
    m_activeButton->setText(patient->active ? tr("Make inactive…") : tr("Reactivate…"));
}

bool PatientsScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
        return QWidget::eventFilter(watched, event);
    const int page = qMax(1, m_table->viewport()->height() / qMax(1, m_table->rowHeight(0)) - 1);
    switch (key->key()) {
    case Qt::Key_Down:
        moveSelection(1);
        return true;
    case Qt::Key_Up:
        moveSelection(-1);
        return true;
    case Qt::Key_PageDown:
        moveSelection(page);
        return true;
    case Qt::Key_PageUp:
        moveSelection(-page);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_searchTimer.isActive())
            searchNow();
        editSelected();
        return true;
    case Qt::Key_Escape:
        if (m_search->text().isEmpty())
            return false;
        m_search->clear();
        return true;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void PatientsScreen::newPatient()
{
    openDialog(Patient{});
}

void PatientsScreen::editSelected()
{
    const std::optional<Patient> selected = selectedPatient();
    if (!selected)
        return;
    // Another desk may have changed the record since the search: edit what is stored now.
    const auto stored = m_service.byId(selected->id);
    if (!stored) {
        showMessage(tr("⚠ %1").arg(stored.error().message));
        return;
    }
    openDialog(stored.value());
}

void PatientsScreen::openDialog(const Patient &patient)
{
    m_message->hide();
    auto *dialog = new PatientDialog(m_service, patient, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_setup) {
        // Read when the form opens, so that a payer added in the settings is offered at once.
        QStringList payers;
        if (auto stored = m_setup->payers())
            for (const Core::Payer &payer : stored.value())
                if (payer.active)
                    payers << payer.name;
        dialog->form()->setPayerSuggestions(payers);
    }
    const bool isNew = patient.id == 0;
    connect(dialog, &PatientDialog::patientSaved, this,
            [this, isNew](const Patient &saved) { onPatientSaved(saved, isNew); });
    // Back to the search box afterwards: the next caller is already waiting.
    connect(dialog, &QDialog::finished, this, [this] { focusSearch(); });
    emit dialogOpened(dialog);
    dialog->open();
}

void PatientsScreen::onPatientSaved(const Patient &patient, bool wasNew)
{
    m_selectAfterSearch = patient.id;
    if (wasNew)
        m_search->setText(patient.lastName + QStringLiteral(", ") + patient.firstName);
    searchNow();
    if (m_model->rowOf(patient.id) < 0 && !patient.active)
        showMessage(tr("✓ Saved %1. They are inactive; tick “Show inactive” to see them.")
                        .arg(patient.displayName()));
    else
        showMessage(tr("✓ Saved %1 (MRN %2).").arg(patient.displayName(), patient.mrn));
    emit patientsChanged();
}

void PatientsScreen::toggleSelectedActive()
{
    const std::optional<Patient> patient = selectedPatient();
    if (!patient)
        return;
    const bool makeActive = !patient->active;
    const QString who = tr("%1 (MRN %2)").arg(patient->fullName(), patient->mrn);
    const Question question =
        makeActive ? Question{tr("Reactivate patient?"),
                              tr("Reactivate %1? They will show in searches again.").arg(who),
                              tr("Reactivate"),
                              tr("Cancel"),
                              QStringLiteral("activeQuestion"),
                              false}
                   : Question{tr("Make patient inactive?"),
                              tr("Make %1 inactive? They will no longer show in searches unless "
                                 "“Show inactive” is ticked. Their history is kept.")
                                  .arg(who),
                              tr("Make inactive"),
                              tr("Cancel"),
                              QStringLiteral("activeQuestion"),
                              true};
    if (!m_confirm || !m_confirm(this, question))
        return;
    const auto updated = m_service.setActive(patient->id, makeActive);
    if (!updated) {
        showMessage(tr("⚠ %1").arg(updated.error().message));
        return;
    }
    // Kept in the list until the next search, greyed and marked, so the change is visible.
    m_model->replacePatient(updated.value());
    onSelectionChanged();
    showMessage(makeActive ? tr("✓ %1 is active again.").arg(updated->displayName())
                           : tr("✓ %1 is now inactive.").arg(updated->displayName()));
    emit patientsChanged();
}

void PatientsScreen::showMessage(const QString &message)
{
    const bool problem = message.startsWith(u'⚠');
    m_message->setText(message);
    const QColor foreground = problem ? Theme::errorText : Theme::okText;
    const QColor background = problem ? Theme::errorBackground : Theme::okBackground;
    m_message->setStyleSheet(QStringLiteral("QLabel#screenMessage { color: %1; background: %2;"
                                            " border-radius: 4px; padding: 6px 10px; }")
                                 .arg(foreground.name(), background.name()));
    m_message->show();
}

} // namespace ClinicDesk::Ui
