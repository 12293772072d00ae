#include "appointmenttypeseditor.h"

#include "appointmenttypetablemodel.h"
#include "colourfield.h"
#include "setupformdialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

using Core::AppointmentType;

AppointmentTypesEditor::AppointmentTypesEditor(Core::ClinicSetupService &setup, QWidget *parent)
    : SettingsPage(tr("Appointment types"),
                   tr("The kinds of visit the clinic books, the length a booking starts with and "
                      "the colour of its blocks. Botox treatments count for each patient's "
                      "retreatment cycle."),
                   parent)
    , m_setup(setup)
{
    m_model = new AppointmentTypeTableModel(this);
    m_table = createSetupTable(m_model, QStringLiteral("typesTable"), this);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AppointmentTypeTableModel::Name, QHeaderView::Stretch);

    m_add = new QPushButton(tr("&Add type…"), this);
    m_add->setObjectName(QStringLiteral("addTypeButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editTypeButton"));
    m_toggle = new QPushButton(tr("&Deactivate"), this);
    m_toggle->setObjectName(QStringLiteral("toggleTypeButton"));
    m_message = createMessageLine(QStringLiteral("typesMessage"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_message, 1);
    buttons->addStretch(0); // keeps the buttons their natural size while the line is empty

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &AppointmentTypesEditor::addType);
    connect(m_edit, &QPushButton::clicked, this, &AppointmentTypesEditor::editType);
    connect(m_toggle, &QPushButton::clicked, this, &AppointmentTypesEditor::toggleActive);
    connect(m_table, &QTableView::activated, this, &AppointmentTypesEditor::editType);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AppointmentTypesEditor::updateButtons);
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_toggle);
    reload();
}

const AppointmentType *AppointmentTypesEditor::current() const
{
    return m_model->typeAt(
        m_model->rowOf(selectedId(m_table, AppointmentTypeTableModel::TypeIdRole)));
}

void AppointmentTypesEditor::reload()
{
    const qint64 keep = selectedId(m_table, AppointmentTypeTableModel::TypeIdRole);
    auto types = m_setup.appointmentTypes();
    if (!types)
        showMessage(m_message, QStringLiteral("error"), types.error().message);
    m_model->setTypes(types ? types.value() : QList<AppointmentType>{});
    selectId(m_table, AppointmentTypeTableModel::TypeIdRole, keep);
    updateButtons();
}

void AppointmentTypesEditor::updateButtons()
{
    const AppointmentType *t = current();
    m_edit->setEnabled(t != nullptr);
    m_toggle->setEnabled(t != nullptr);
    m_toggle->setText(t && !t->active ? tr("Re&activate") : tr("&Deactivate"));
}

void AppointmentTypesEditor::addType()
{
    AppointmentType draft;
    draft.colour = QStringLiteral("#e3e3e3");
    editInForm(draft);
}

void AppointmentTypesEditor::editType()
{
    if (const AppointmentType *t = current())
        editInForm(*t);
}

bool AppointmentTypesEditor::editInForm(const AppointmentType &type)
{
    const bool isNew = type.id == 0;
    SetupFormDialog form(isNew ? tr("Add appointment type")
                               : tr("Edit appointment type — %1").arg(type.name),
                         QStringLiteral("typeForm"), this);
    form.setConfirmer(confirmer());
    auto *name = new QLineEdit(type.name, &form);
    name->setObjectName(QStringLiteral("typeName"));
    name->setPlaceholderText(tr("e.g. Occipital nerve block"));
    name->setMinimumWidth(260);
    auto *minutes = new QSpinBox(&form);
    minutes->setObjectName(QStringLiteral("typeMinutes"));
    minutes->setRange(5, 480);
    minutes->setSingleStep(5);
    minutes->setSuffix(tr(" min"));
    minutes->setValue(type.defaultMinutes);
    minutes->setMaximumWidth(110);
    auto *colour = new ColourField(QStringLiteral("typeColour"), &form);
    colour->setColour(type.colour);
    auto *botox = new QCheckBox(tr("Botox treatment (counts for the retreatment cycle)"), &form);
    botox->setObjectName(QStringLiteral("typeIsBotox"));
    botox->setChecked(type.isBotox);
    auto *active = new QCheckBox(tr("Active: offered for new appointments"), &form);
    active->setObjectName(QStringLiteral("typeActive"));
    active->setChecked(type.active);
    form.addField(tr("&Name:"), name, QStringLiteral("name"));
    form.addField(tr("Default &length:"), minutes, QStringLiteral("defaultMinutes"));
    form.addField(tr("C&olour:"), colour, QStringLiteral("colour"));
    form.addField(QString(), botox, QStringLiteral("isBotox"));
    form.addField(QString(), active, QStringLiteral("active"));
    active->setVisible(!isNew);

    form.setSnapshot([=] {
        return QStringList{name->text(), minutes->text(), colour->colour(),
                           QString::number(botox->isChecked()),
                           QString::number(active->isChecked())}
            .join(u'\n');
    });
    qint64 savedId = type.id;
    form.setSaver([&, name, minutes, colour, botox, active]() -> Core::Status {
        AppointmentType t = type;
        t.name = name->text();
        t.defaultMinutes = minutes->value();
        t.colour = colour->colour();
        t.isBotox = botox->isChecked();
        t.active = active->isChecked();
        if (!isNew)
            return m_setup.updateAppointmentType(t);
        auto added = m_setup.addAppointmentType(t);
        if (!added)
            return added.error();
        savedId = added->id;
        return {};
    });
    name->setFocus();
    if (form.exec() != QDialog::Accepted)
        return false;
    finishSaved(m_table, AppointmentTypeTableModel::TypeIdRole, savedId, m_message,
                isNew ? tr("\u2713 %1 added.").arg(name->text().simplified())
                      : tr("\u2713 %1 saved.").arg(name->text().simplified()));
    return true;
}

void AppointmentTypesEditor::toggleActive()
{
    const AppointmentType *selected = current();
    if (!selected)
        return;
    AppointmentType t = *selected;
    toggleActiveWith(m_message, t.name, t.active, tr("Deactivate appointment type?"),
                     tr("Deactivate %1?\n\nAppointments of this type stay as they are, but it is "
                        "no longer offered for new bookings.")
                         .arg(t.name),
                     [&](bool active) {
                         t.active = active;
                         return m_setup.updateAppointmentType(t);
                     });
}

} // namespace ClinicDesk::Ui
