#include "roomseditor.h"

#include "roomtablemodel.h"
#include "setupformdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

using Core::Room;

RoomsEditor::RoomsEditor(Core::ClinicSetupService &setup, QWidget *parent)
    : SettingsPage(tr("Rooms"),
                   tr("Treatment and exam rooms that appointments are booked into. Rooms are "
                      "made inactive, never deleted: past appointments keep their names."),
                   parent)
    , m_setup(setup)
{
    m_model = new RoomTableModel(this);
    m_table = createSetupTable(m_model, QStringLiteral("roomsTable"), this);
    m_table->horizontalHeader()->setSectionResizeMode(RoomTableModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(RoomTableModel::Status,
                                                      QHeaderView::ResizeToContents);

    m_add = new QPushButton(tr("&Add room…"), this);
    m_add->setObjectName(QStringLiteral("addRoomButton"));
    m_rename = new QPushButton(tr("Re&name…"), this);
    m_rename->setObjectName(QStringLiteral("renameRoomButton"));
    m_toggle = new QPushButton(tr("&Deactivate"), this);
    m_toggle->setObjectName(QStringLiteral("toggleRoomButton"));
    m_message = createMessageLine(QStringLiteral("roomsMessage"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_message, 1);
    buttons->addStretch(0); // keeps the buttons their natural size while the line is empty

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &RoomsEditor::addRoom);
    connect(m_rename, &QPushButton::clicked, this, &RoomsEditor::renameRoom);
    connect(m_toggle, &QPushButton::clicked, this, &RoomsEditor::toggleActive);
    connect(m_table, &QTableView::activated, this, &RoomsEditor::renameRoom);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RoomsEditor::updateButtons);
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_rename);
    setTabOrder(m_rename, m_toggle);
    reload();
}

const Room *RoomsEditor::current() const
{
    return m_model->roomAt(m_model->rowOf(selectedId(m_table, RoomTableModel::RoomIdRole)));
}

void RoomsEditor::reload()
{
    const qint64 keep = selectedId(m_table, RoomTableModel::RoomIdRole);
    auto rooms = m_setup.rooms();
    if (!rooms)
        showMessage(m_message, QStringLiteral("error"), rooms.error().message);
    m_model->setRooms(rooms ? rooms.value() : QList<Room>{});
    selectId(m_table, RoomTableModel::RoomIdRole, keep);
    updateButtons();
}

void RoomsEditor::updateButtons()
{
    const Room *r = current();
    m_rename->setEnabled(r != nullptr);
    m_toggle->setEnabled(r != nullptr);
    m_toggle->setText(r && !r->active ? tr("Re&activate") : tr("&Deactivate"));
}

void RoomsEditor::addRoom()
{
    editInForm(Room{});
}

void RoomsEditor::renameRoom()
{
    if (const Room *r = current())
        editInForm(*r);
}

bool RoomsEditor::editInForm(const Room &room)
{
    const bool isNew = room.id == 0;
    SetupFormDialog form(isNew ? tr("Add room") : tr("Rename room — %1").arg(room.name),
                         QStringLiteral("roomForm"), this);
    form.setConfirmer(confirmer());
    auto *name = new QLineEdit(room.name, &form);
    name->setObjectName(QStringLiteral("roomName"));
    name->setPlaceholderText(tr("e.g. Procedure 3"));
    name->setMinimumWidth(240);
    form.addField(tr("&Name:"), name, QStringLiteral("name"));
    form.setSnapshot([name] { return name->text(); });
    qint64 savedId = room.id;
    form.setSaver([&, name]() -> Core::Status {
        Room r = room;
        r.name = name->text();
        if (!isNew)
            return m_setup.updateRoom(r);
        auto added = m_setup.addRoom(r);
        if (!added)
            return added.error();
        savedId = added->id;
        return {};
    });
    name->setFocus();
    if (form.exec() != QDialog::Accepted)
        return false;
    finishSaved(m_table, RoomTableModel::RoomIdRole, savedId, m_message,
                isNew ? tr("\u2713 %1 added.").arg(name->text().simplified())
                      : tr("\u2713 Renamed to %1.").arg(name->text().simplified()));
    return true;
}

void RoomsEditor::toggleActive()
{
    const Room *selected = current();
    if (!selected)
        return;
    Room r = *selected;
    toggleActiveWith(m_message, r.name, r.active, tr("Deactivate room?"),
                     tr("Deactivate %1?\n\nIt stays on past and already booked appointments, but "
                        "is no longer offered for new ones.")
                         .arg(r.name),
                     [&](bool active) {
                         r.active = active;
                         return m_setup.updateRoom(r);
                     });
}

} // namespace ClinicDesk::Ui
