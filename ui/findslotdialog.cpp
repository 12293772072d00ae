#include "findslotdialog.h"

#include "appointmenttext.h"
#include "freeslottablemodel.h"
#include "gridpainter.h"
#include "theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

FindSlotDialog::FindSlotDialog(const ScheduleServices &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("findSlotDialog"));
    setWindowTitle(QStringLiteral("Find a free slot"));
    if (auto directory = ScheduleDirectory::load(*m_services.setup))
        m_directory = directory.value();
    m_filling = true;

    auto *outer = new QVBoxLayout(this);
    m_patient = new QLabel(this);
    m_patient->setObjectName(QStringLiteral("patientLabel"));
    m_patient->hide();
    outer->addWidget(m_patient);

    auto *form = new QFormLayout;
    outer->addLayout(form);
    auto *typeRow = new QHBoxLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    for (const Core::AppointmentType &type : m_directory.activeTypes())
        m_type->addItem(GridPainter::dotIcon(colourOf(type.colour)), type.name, type.id);
    typeRow->addWidget(m_type, 1);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutesSpin"));
    m_minutes->setRange(Core::AppointmentService::kMinMinutes,
                        Core::AppointmentService::kMaxMinutes);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(QStringLiteral(" min"));
    typeRow->addWidget(m_minutes);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(QStringLiteral("&Type:"), m_type), typeRow);

    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_provider->addItem(QStringLiteral("Any provider"), qint64(0));
    for (const Core::Provider &provider : m_directory.activeProviders())
        m_provider->addItem(GridPainter::dotIcon(colourOf(provider.colour)), provider.displayName(),
                            provider.id);
    form->addRow(QStringLiteral("&Provider:"), m_provider);

    m_room = new QComboBox(this);
    m_room->setObjectName(QStringLiteral("roomCombo"));
    m_room->addItem(QStringLiteral("Any room"), kAnyRoom);
    m_room->addItem(QStringLiteral("No room (phone call)"), kNoRoom);
    for (const Core::Room &room : m_directory.activeRooms())
        m_room->addItem(room.name, room.id);
    form->addRow(QStringLiteral("&Room:"), m_room);

    auto *range = new QHBoxLayout;
    const QDate today = m_services.clock->today();
    m_from = new QDateEdit(today, this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("ddd MM/dd/yyyy"));
    m_to = new QDateEdit(today.addDays(28), this);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("ddd MM/dd/yyyy"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setMinimumWidth(
            edit->fontMetrics().horizontalAdvance(QStringLiteral("Wed 00/00/0000")) + 40);
    range->addWidget(m_from);
    range->addWidget(new QLabel(QStringLiteral("to"), this));
    range->addWidget(m_to);
    range->addStretch();
    form->addRow(label(QStringLiteral("&Days:"), m_from), range);

    auto *timeRow = new QHBoxLayout;
    m_timeOfDay = new QComboBox(this);
    m_timeOfDay->setObjectName(QStringLiteral("timeOfDayCombo"));
    m_timeOfDay->addItem(QStringLiteral("Any time"), AnyTime);
    m_timeOfDay->addItem(QStringLiteral("Morning (before 12:00)"), Morning);
    m_timeOfDay->addItem(QStringLiteral("Afternoon (from 12:00)"), Afternoon);
    m_timeOfDay->addItem(QStringLiteral("Between\u2026"), Custom);
    timeRow->addWidget(m_timeOfDay);
    m_customTimes = new QWidget(this);
    auto *custom = new QHBoxLayout(m_customTimes);
    custom->setContentsMargins(0, 0, 0, 0);
    m_earliest = new QTimeEdit(QTime(8, 0), m_customTimes);
    m_earliest->setObjectName(QStringLiteral("earliestTime"));
    m_earliest->setDisplayFormat(QStringLiteral("H:mm"));
    m_latest = new QTimeEdit(QTime(17, 0), m_customTimes);
    m_latest->setObjectName(QStringLiteral("latestTime"));
    m_latest->setDisplayFormat(QStringLiteral("H:mm"));
    custom->addWidget(m_earliest);
    custom->addWidget(new QLabel(QStringLiteral("and"), m_customTimes));
    custom->addWidget(m_latest);
    m_customTimes->hide();
    timeRow->addWidget(m_customTimes);
    timeRow->addStretch();
    form->addRow(label(QStringLiteral("T&ime of day:"), m_timeOfDay), timeRow);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    outer->addWidget(m_result);

    m_model = new FreeSlotTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("slotTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setMinimumHeight(240);
    outer->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_choose =
        buttons->addButton(QStringLiteral("&Book this slot\u2026"), QDialogButtonBox::AcceptRole);
    m_choose->setObjectName(QStringLiteral("chooseButton"));
    m_choose->setDefault(true);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_choose, &QPushButton::clicked, this, &FindSlotDialog::chooseSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &FindSlotDialog::onTypeChanged);
    connect(m_timeOfDay, &QComboBox::currentIndexChanged, this,
            &FindSlotDialog::onTimeOfDayChanged);
    for (QComboBox *combo : {m_provider, m_room})
        connect(combo, &QComboBox::currentIndexChanged, this, &FindSlotDialog::search);
    connect(m_minutes, &QSpinBox::valueChanged, this, &FindSlotDialog::search);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &FindSlotDialog::search);
    for (QTimeEdit *edit : {m_earliest, m_latest})
        connect(edit, &QTimeEdit::timeChanged, this, &FindSlotDialog::search);
    connect(m_table, &QTableView::activated, this, &FindSlotDialog::chooseSelected);

    onTypeChanged();
    m_filling = false;
    search();
    resize(620, 560);
}

void FindSlotDialog::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    auto patient = patientId ? m_services.patients->byId(patientId)
                             : Core::Result<Core::Patient>(Core::Error::notFound({}));
    if (patient) {
        m_patient->setText(QStringLiteral("For <b>%1</b>: they must be free too; choosing a "
                                          "slot books it at once.")
                               .arg(AppointmentText::patientLine(patient.value()).toHtmlEscaped()));
        m_choose->setText(QStringLiteral("&Book for %1").arg(patient->displayName()));
    }
    m_patient->setVisible(patient.ok());
    search();
}

void FindSlotDialog::setType(qint64 typeId)
{
    const int index = m_type->findData(typeId);
    if (index >= 0)
        m_type->setCurrentIndex(index);
}

void FindSlotDialog::setProvider(qint64 providerId)
{
    const int index = m_provider->findData(providerId);
    if (index >= 0)
        m_provider->setCurrentIndex(index);
}

void FindSlotDialog::onTypeChanged()
{
    const bool was = m_filling;
    m_filling = true;
    if (const Core::AppointmentType *type = m_directory.type(m_type->currentData().toLongLong()))
        m_minutes->setValue(type->defaultMinutes);
    m_filling = was;
    search();
}

void FindSlotDialog::onTimeOfDayChanged()
{
    m_customTimes->setVisible(m_timeOfDay->currentData().toInt() == Custom);
    search();
}

Core::SlotRequest FindSlotDialog::request() const
{
    Core::SlotRequest request;
    request.from = m_from->date();
    request.to = m_to->date();
    request.minutes = m_minutes->value();
    if (const qint64 provider = m_provider->currentData().toLongLong())
        request.providerIds = {provider};
    const qint64 room = m_room->currentData().toLongLong();
    if (room == kAnyRoom) {
        for (const Core::Room &r : m_directory.activeRooms())
            request.roomIds << r.id;
    } else if (room != kNoRoom) {
        request.roomIds = {room};
    }
    request.patientId = m_patientId;
    switch (m_timeOfDay->currentData().toInt()) {
    case Morning:
        request.latestEndMinute = 12 * 60;
        break;
    case Afternoon:
        request.earliestMinute = 12 * 60;
        break;
    case Custom:
        request.earliestMinute = Core::WallClock::minuteOf(m_earliest->time());
        request.latestEndMinute = Core::WallClock::minuteOf(m_latest->time());
        break;
    default:
        break;
    }
    request.stepMinutes = m_services.appointments->slotMinutes();
    request.maxResults = kMaxResults;
    return request;
}

void FindSlotDialog::search()
{
    if (m_filling)
        return;
    auto offers = m_services.appointments->findSlots(request());
    if (!offers) {
        m_model->setOffers({}, m_directory);
        Theme::styleAsError(m_result);
        m_result->setText(offers.error().message);
        m_choose->setEnabled(false);
        return;
    }
    m_model->setOffers(offers.value(), m_directory);
    m_result->setStyleSheet({});
    if (offers->isEmpty()) {
        m_result->setText(QStringLiteral("No free slot in these days. Try more days, another "
                                         "provider or room, or any time of day."));
    } else {
        m_result->setText(QStringLiteral("%1 from %2, earliest first:")
                              .arg(offers->size() >= kMaxResults
                                       ? QStringLiteral("The first %1 free slots").arg(kMaxResults)
                                   : offers->size() == 1
                                       ? QStringLiteral("1 free slot")
                                       : QStringLiteral("%1 free slots").arg(offers->size()),
                                   AppointmentText::shortDate(m_from->date())));
        m_table->selectRow(0);
    }
    m_table->resizeColumnsToContents();
    m_choose->setEnabled(!offers->isEmpty());
}

Core::Appointment FindSlotDialog::draftForRow(int row) const
{
    Core::Appointment draft;
    const Core::SlotOffer *offer = m_model->offerAt(row);
    if (!offer)
        return draft;
    draft.slot = offer->slot;
    draft.providerId = offer->providerId;
    draft.roomId = offer->roomId;
    draft.typeId = m_type->currentData().toLongLong();
    draft.patientId = m_patientId;
    return draft;
}

void FindSlotDialog::chooseSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    emit slotChosen(draftForRow(current.row()));
    accept();
}

} // namespace ClinicDesk::Ui
