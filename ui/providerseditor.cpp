#include "providerseditor.h"

#include "colourfield.h"
#include "providertablemodel.h"
#include "setupformdialog.h"
#include "theme.h"
#include "weeklyhourseditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

using Core::Provider;

namespace {

// Distinct, calm colours for new providers' columns; the first one nobody has is offered.
const QStringList kPalette{QStringLiteral("#3b6ea5"), QStringLiteral("#8a5a9e"),
                           QStringLiteral("#2e8b57"), QStringLiteral("#b5651d"),
                           QStringLiteral("#c0392b"), QStringLiteral("#1f7a8c"),
                           QStringLiteral("#7a6a1f"), QStringLiteral("#a0446e")};

} // namespace

ProvidersEditor::ProvidersEditor(Core::ClinicSetupService &setup,
                                 Core::ScheduleSetupService &schedule, QWidget *parent)
    : SettingsPage(tr("Providers"),
                   tr("Who sees patients, the colour of their column in the appointment book, "
                      "and when each one works. Providers are made inactive, never deleted: "
                      "past appointments keep their names."),
                   parent)
    , m_setup(setup)
    , m_schedule(schedule)
{
    m_model = new ProviderTableModel(this);
    m_table = createSetupTable(m_model, QStringLiteral("providersTable"), this);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ProviderTableModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(ProviderTableModel::Credentials, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProviderTableModel::Colour, QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ProviderTableModel::Status, QHeaderView::ResizeToContents);

    m_add = new QPushButton(tr("&Add provider…"), this);
    m_add->setObjectName(QStringLiteral("addProviderButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editProviderButton"));
    m_toggle = new QPushButton(tr("&Deactivate"), this);
    m_toggle->setObjectName(QStringLiteral("toggleProviderButton"));
    m_message = createMessageLine(QStringLiteral("providersMessage"), this);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_edit);
    rowButtons->addWidget(m_toggle);
    rowButtons->addWidget(m_message, 1);
    rowButtons->addStretch(0); // keeps the buttons their natural size while the line is empty

    // Working hours of the selected provider.
    m_hoursBox = new QGroupBox(this);
    m_hoursBox->setObjectName(QStringLiteral("providerHoursBox"));
    m_same = new QRadioButton(tr("Same as clinic hours"), m_hoursBox);
    m_same->setObjectName(QStringLiteral("sameAsClinicHours"));
    m_own = new QRadioButton(tr("Own working hours"), m_hoursBox);
    m_own->setObjectName(QStringLiteral("ownWorkingHours"));
    auto *modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_same);
    modeGroup->addButton(m_own);
    m_hoursHint = new QLabel(m_hoursBox);
    m_hoursHint->setObjectName(QStringLiteral("providerHoursHint"));
    m_hoursHint->setWordWrap(true);
    Theme::styleAsHint(m_hoursHint);
    m_hours =
        new WeeklyHoursEditor({QStringLiteral("workHours"), tr("Works"), tr("Off")}, m_hoursBox);
    m_saveHours = new QPushButton(tr("Save &working hours"), m_hoursBox);
    m_saveHours->setObjectName(QStringLiteral("saveProviderHoursButton"));
    m_revertHours = new QPushButton(tr("Re&vert"), m_hoursBox);
    m_revertHours->setObjectName(QStringLiteral("revertProviderHoursButton"));
    m_revertHours->setToolTip(tr("Put back the saved working hours"));
    m_hoursMessage = createMessageLine(QStringLiteral("providerHoursMessage"), m_hoursBox);

    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_same);
    modeRow->addSpacing(16);
    modeRow->addWidget(m_own);
    modeRow->addStretch(1);
    auto *hoursButtons = new QHBoxLayout;
    hoursButtons->addWidget(m_hoursMessage, 1);
    hoursButtons->addStretch(0);
    hoursButtons->addWidget(m_revertHours);
    hoursButtons->addWidget(m_saveHours);
    auto *hoursLayout = new QVBoxLayout(m_hoursBox);
    hoursLayout->setSpacing(6);
    hoursLayout->addLayout(modeRow);
    hoursLayout->addWidget(m_hoursHint);
    hoursLayout->addWidget(m_hours);
    hoursLayout->addLayout(hoursButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addSpacing(4);
    layout->addWidget(m_hoursBox);

    connect(m_add, &QPushButton::clicked, this, &ProvidersEditor::addProvider);
    connect(m_edit, &QPushButton::clicked, this, &ProvidersEditor::editProvider);
    connect(m_toggle, &QPushButton::clicked, this, &ProvidersEditor::toggleActive);
    connect(m_table, &QTableView::activated, this, &ProvidersEditor::editProvider);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProvidersEditor::onSelectionChanged);
    connect(m_same, &QRadioButton::toggled, this, [this] {
        if (m_same->isChecked())
            m_hours->setHours(m_clinicHours); // what the provider will work: the clinic's hours
        updateHoursView();
    });
    connect(m_hours, &WeeklyHoursEditor::edited, this, &ProvidersEditor::updateHoursView);
    connect(m_saveHours, &QPushButton::clicked, this, &ProvidersEditor::saveHours);
    connect(m_revertHours, &QPushButton::clicked, this, &ProvidersEditor::discardChanges);

    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_toggle);
    setTabOrder(m_toggle, m_same);
    setTabOrder(m_same, m_own);
    setTabOrder(m_own, m_hours->firstInput());
    reload();
}

const Provider *ProvidersEditor::current() const
{
    return m_model->providerAt(
        m_model->rowOf(selectedId(m_table, ProviderTableModel::ProviderIdRole)));
}

QList<Core::WeeklyHours> ProvidersEditor::clinicHours() const
{
    auto hours = m_schedule.clinicHours();
    return hours ? hours.value() : QList<Core::WeeklyHours>{};
}

void ProvidersEditor::reload()
{
    const qint64 keep = m_hoursProviderId;
    auto providers = m_setup.providers();
    if (!providers)
        showMessage(m_message, QStringLiteral("error"), providers.error().message);
    m_model->setProviders(providers ? providers.value() : QList<Provider>{});
    m_clinicHours = clinicHours();
    selectId(m_table, ProviderTableModel::ProviderIdRole, keep);
    const qint64 now = selectedId(m_table, ProviderTableModel::ProviderIdRole);
    // Unsaved working hours stay as typed; otherwise show what is stored now.
    if (now != m_hoursProviderId || !hasUnsavedChanges())
        loadHours(now);
    updateButtons();
}

void ProvidersEditor::onSelectionChanged()
{
    const qint64 id = selectedId(m_table, ProviderTableModel::ProviderIdRole);
    updateButtons();
    if (id == m_hoursProviderId || id == 0)
        return;
    if (hasUnsavedChanges()) {
        const Provider *before = m_model->providerAt(m_model->rowOf(m_hoursProviderId));
        const Question question{tr("Discard working hours?"),
                                tr("The working hours of %1 are not saved. Discard them?")
                                    .arg(before ? before->displayName() : tr("the provider")),
                                tr("Discard"),
                                tr("Keep editing"),
                                QStringLiteral("discardHoursQuestion"),
                                true};
        if (!confirm(question)) {
            // Back to the provider whose hours are being edited, once this change has settled.
            QTimer::singleShot(0, this, [this] {
                selectId(m_table, ProviderTableModel::ProviderIdRole, m_hoursProviderId);
            });
            return;
        }
    }
    loadHours(id);
}

void ProvidersEditor::loadHours(qint64 providerId)
{
    m_hoursProviderId = providerId;
    m_storedHours.clear();
    showMessage(m_hoursMessage, {}, {});
    if (providerId != 0) {
        auto stored = m_schedule.providerHours(providerId);
        if (stored)
            m_storedHours = stored.value();
        else
            showMessage(m_hoursMessage, QStringLiteral("error"), stored.error().message);
    }
    {
        const QSignalBlocker a(m_same), b(m_own);
        m_same->setChecked(m_storedHours.isEmpty());
        m_own->setChecked(!m_storedHours.isEmpty());
    }
    m_hours->setHours(m_storedHours.isEmpty() ? m_clinicHours : m_storedHours);
    updateHoursView();
}

bool ProvidersEditor::hasUnsavedChanges() const
{
    if (m_hoursProviderId == 0)
        return false;
    const QList<Core::WeeklyHours> wanted =
        m_own->isChecked() ? m_hours->hours() : QList<Core::WeeklyHours>{};
    return wanted != m_storedHours;
}

void ProvidersEditor::discardChanges()
{
    loadHours(m_hoursProviderId);
}

void ProvidersEditor::updateHoursView()
{
    const Provider *p = m_model->providerAt(m_model->rowOf(m_hoursProviderId));
    m_hoursBox->setEnabled(p != nullptr);
    m_hoursBox->setTitle(p ? tr("Working hours of %1").arg(p->displayName()) : tr("Working hours"));
    m_hours->setReadOnly(!m_own->isChecked());
    if (!p)
        m_hoursHint->setText(tr("Add a provider to set their working hours."));
    else if (m_own->isChecked())
        m_hoursHint->setText(tr("%1 is bookable only on the days ticked, and only while the "
                                "clinic is open.")
                                 .arg(p->name));
    else
        m_hoursHint->setText(tr("%1 has no working hours of their own and works the clinic's "
                                "opening hours, shown below.")
                                 .arg(p->name));
    const bool dirty = hasUnsavedChanges();
    m_saveHours->setEnabled(dirty);
    m_revertHours->setEnabled(dirty);
    if (dirty)
        showMessage(m_hoursMessage, {}, {});
    emit unsavedChangesChanged();
}

void ProvidersEditor::updateButtons()
{
    const Provider *p = current();
    m_edit->setEnabled(p != nullptr);
    m_toggle->setEnabled(p != nullptr);
    m_toggle->setText(p && !p->active ? tr("Re&activate") : tr("&Deactivate"));
}

bool ProvidersEditor::saveHours()
{
    const Provider *p = m_model->providerAt(m_model->rowOf(m_hoursProviderId));
    if (!p)
        return false;
    QList<Core::WeeklyHours> hours;
    if (m_own->isChecked()) {
        if (!m_hours->validate()) {
            showMessage(m_hoursMessage, QStringLiteral("error"),
                        tr("Not saved: correct the days marked \u26A0."));
            return false;
        }
        hours = m_hours->hours();
        if (hours.isEmpty()) {
            // No days at all would read as "works the clinic's hours": the opposite of meant.
            showMessage(m_hoursMessage, QStringLiteral("error"),
                        tr("Not saved: tick the days %1 works, or choose Same as clinic hours. "
                           "For leave, add blocked time.")
                            .arg(p->name));
            return false;
        }
    }
    if (Core::Status s = m_schedule.setProviderHours(p->id, hours); !s) {
        showMessage(m_hoursMessage, QStringLiteral("error"),
                    tr("Not saved: %1").arg(s.error().message));
        return false;
    }
    const QString name = p->name;
    loadHours(m_hoursProviderId);
    showMessage(m_hoursMessage, QStringLiteral("ok"),
                tr("\u2713 Working hours of %1 saved.").arg(name));
    emit setupChanged();
    return true;
}

QString ProvidersEditor::suggestedColour() const
{
    QStringList used;
    for (const Provider &p : m_model->providers())
        used << p.colour.toLower();
    for (const QString &colour : kPalette)
        if (!used.contains(colour))
            return colour;
    return kPalette.constFirst();
}

void ProvidersEditor::addProvider()
{
    Provider draft;
    draft.colour = suggestedColour();
    editInForm(draft);
}

void ProvidersEditor::editProvider()
{
    if (const Provider *p = current())
        editInForm(*p);
}

bool ProvidersEditor::editInForm(const Provider &provider)
{
    const bool isNew = provider.id == 0;
    SetupFormDialog form(isNew ? tr("Add provider") : tr("Edit provider — %1").arg(provider.name),
                         QStringLiteral("providerForm"), this);
    form.setConfirmer(confirmer());
    auto *name = new QLineEdit(provider.name, &form);
    name->setObjectName(QStringLiteral("providerName"));
    name->setPlaceholderText(tr("e.g. Vladimir Fiks"));
    name->setMinimumWidth(260);
    auto *credentials = new QLineEdit(provider.credentials, &form);
    credentials->setObjectName(QStringLiteral("providerCredentials"));
    credentials->setPlaceholderText(tr("e.g. MD, DO, PA-C, NP"));
    auto *colour = new ColourField(QStringLiteral("providerColour"), &form);
    colour->setColour(provider.colour);
    auto *active = new QCheckBox(tr("Active: offered for new appointments"), &form);
    active->setObjectName(QStringLiteral("providerActive"));
    active->setChecked(provider.active);
    form.addField(tr("&Name:"), name, QStringLiteral("name"));
    form.addField(tr("&Credentials:"), credentials, QStringLiteral("credentials"));
    form.addField(tr("C&olour:"), colour, QStringLiteral("colour"));
    form.addField(QString(), active, QStringLiteral("active"));
    active->setVisible(!isNew); // a new provider starts active

    qint64 savedId = provider.id;
    form.setSnapshot([=] {
        return QStringList{name->text(), credentials->text(), colour->colour(),
                           active->isChecked() ? QStringLiteral("1") : QStringLiteral("0")}
            .join(u'\n');
    });
    form.setSaver([&, name, credentials, colour, active]() -> Core::Status {
        Provider p = provider;
        p.name = name->text();
        p.credentials = credentials->text();
        p.colour = colour->colour();
        p.active = active->isChecked();
        if (isNew) {
            auto added = m_setup.addProvider(p);
            if (!added)
                return added.error();
            savedId = added->id;
            return {};
        }
        return m_setup.updateProvider(p);
    });
    name->setFocus();
    if (form.exec() != QDialog::Accepted)
        return false;

    // Goes to the provider just saved (asking first if other working hours are unsaved).
    finishSaved(m_table, ProviderTableModel::ProviderIdRole, savedId, m_message,
                isNew ? tr("\u2713 %1 added.").arg(name->text().simplified())
                      : tr("\u2713 %1 saved.").arg(name->text().simplified()));
    return true;
}

void ProvidersEditor::toggleActive()
{
    const Provider *selected = current();
    if (!selected)
        return;
    Provider p = *selected;
    toggleActiveWith(m_message, p.name, p.active, tr("Deactivate provider?"),
                     tr("Deactivate %1?\n\nThey stay on past and already booked appointments, "
                        "but are no longer offered for new ones. You can reactivate them at any "
                        "time.")
                         .arg(p.displayName()),
                     [&](bool active) {
                         p.active = active;
                         return m_setup.updateProvider(p);
                     });
}

} // namespace ClinicDesk::Ui
