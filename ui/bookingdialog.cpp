#include "bookingdialog.h"

#include "appointmenteditor.h"
#include "appointmenttext.h"
#include "bookingretreatmentpanel.h"
#include "gridpainter.h"
#include "patientpicker.h"
#include "slottimeedit.h"
#include "theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

BookingDialog::BookingDialog(const ScheduleServices &services, AppointmentEditor &editor,
                             QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("bookingDialog"));
    setWindowTitle(QStringLiteral("Book a visit"));
    if (auto directory = ScheduleDirectory::load(*m_services.setup))
        m_directory = directory.value();
    const int slot = m_services.appointments->slotMinutes();

    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(form);

    m_picker = new PatientPicker(*m_services.patients, this);
    form->addRow(QStringLiteral("&Patient:"), m_picker);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    for (const Core::AppointmentType &type : m_directory.activeTypes())
        m_type->addItem(GridPainter::dotIcon(colourOf(type.colour)),
                        QStringLiteral("%1 (%2 min)").arg(type.name).arg(type.defaultMinutes),
                        type.id);
    form->addRow(QStringLiteral("&Type:"), m_type);

    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    for (const Core::Provider &provider : m_directory.activeProviders())
        m_provider->addItem(GridPainter::dotIcon(colourOf(provider.colour)), provider.displayName(),
                            provider.id);
    form->addRow(QStringLiteral("Pro&vider:"), m_provider);

    m_room = new QComboBox(this);
    m_room->setObjectName(QStringLiteral("roomCombo"));
    m_room->addItem(QStringLiteral("No room (phone call)"), qint64(0));
    for (const Core::Room &room : m_directory.activeRooms())
        m_room->addItem(room.name, room.id);
    form->addRow(QStringLiteral("&Room:"), m_room);

    auto *when = new QHBoxLayout;
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd MM/dd/yyyy"));
    m_date->setDate(m_services.clock->today());
    m_date->setMinimumWidth(
        m_date->fontMetrics().horizontalAdvance(QStringLiteral("Wed 00/00/0000")) + 40);
    when->addWidget(m_date);
    auto *at = new QLabel(QStringLiteral("at"), this);
    when->addWidget(at);
    m_start = new SlotTimeEdit(slot, this);
    m_start->setObjectName(QStringLiteral("startEdit"));
    when->addWidget(m_start);
    auto *forLabel = new QLabel(QStringLiteral("for"), this);
    when->addWidget(forLabel);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutesSpin"));
    m_minutes->setRange(Core::AppointmentService::kMinMinutes,
                        Core::AppointmentService::kMaxMinutes);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(QStringLiteral(" min"));
    when->addWidget(m_minutes);
    when->addStretch();
    auto *whenLabel = new QLabel(QStringLiteral("&When:"), this);
    whenLabel->setBuddy(m_date);
    form->addRow(whenLabel, when);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setPlaceholderText(QStringLiteral("Anything the clinic should know for this visit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 3 + 12);
    form->addRow(QStringLiteral("&Notes:"), m_notes);

    m_retreatment = new BookingRetreatmentPanel(m_services, this);
    outer->addWidget(m_retreatment);

    m_conflictFrame = new QFrame(this);
    m_conflictFrame->setObjectName(QStringLiteral("conflictFrame"));
    m_conflictFrame->setStyleSheet(
        Theme::bannerStyleSheet(m_conflictFrame->objectName(), QStringLiteral("error")));
    auto *conflictLayout = new QVBoxLayout(m_conflictFrame);
    conflictLayout->setContentsMargins(10, 6, 10, 6);
    m_conflictLabel = new QLabel(m_conflictFrame);
    m_conflictLabel->setObjectName(QStringLiteral("conflictLabel"));
    m_conflictLabel->setWordWrap(true);
    conflictLayout->addWidget(m_conflictLabel);
    m_freeTimes = new QHBoxLayout;
    conflictLayout->addLayout(m_freeTimes);
    m_conflictFrame->hide();
    outer->addWidget(m_conflictFrame);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    outer->addWidget(m_summary);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    Theme::styleAsError(m_error);
    m_error->hide();
    outer->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QStringLiteral("&Book"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_save, &QPushButton::clicked, this, &BookingDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addStretch();
    outer->addWidget(buttons);

    connect(m_picker, &PatientPicker::patientChanged, this, &BookingDialog::refresh);
    connect(m_type, &QComboBox::currentIndexChanged, this, &BookingDialog::onTypeChanged);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &BookingDialog::refresh);
    connect(m_room, &QComboBox::currentIndexChanged, this, &BookingDialog::refresh);
    connect(m_date, &QDateEdit::dateChanged, this, &BookingDialog::refresh);
    connect(m_start, &QTimeEdit::timeChanged, this, &BookingDialog::refresh);
    connect(m_minutes, &QSpinBox::valueChanged, this, &BookingDialog::refresh);
    connect(m_retreatment, &BookingRetreatmentPanel::overrideReasonChanged, this,
            &BookingDialog::refresh);

    // A sensible start: the next slot from now, today.
    const int now = Core::WallClock::minuteOf(m_services.clock->now().time());
    m_start->setTime(
        Core::WallClock::timeOf(std::min(((now + slot - 1) / slot) * slot, 24 * 60 - slot)));
    m_filling = true;
    onTypeChanged();
    m_filling = false;
    refresh();
    setMinimumWidth(560);
    m_picker->focusSearch();
}

BookingDialog::~BookingDialog() = default;

void BookingDialog::selectData(QComboBox *combo, qint64 id)
{
    const int index = combo->findData(id);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

void BookingDialog::setDraft(const Core::Appointment &draft)
{
    m_filling = true;
    if (draft.typeId != 0)
        selectData(m_type, draft.typeId);
    if (draft.slot.date.isValid())
        m_date->setDate(draft.slot.date);
    if (draft.slot.isValid()) {
        m_start->setTime(Core::WallClock::timeOf(draft.slot.startMinute));
        m_minutes->setValue(draft.slot.minutes());
    }
    if (!draft.notes.isEmpty())
        m_notes->setPlainText(draft.notes);
    if (!draft.overrideReason.isEmpty())
        m_retreatment->setOverrideReason(draft.overrideReason);
    if (draft.providerId != 0)
        selectData(m_provider, draft.providerId);
    else
        chooseFreeProvider(draft);
    if (draft.roomId != 0)
        selectData(m_room, draft.roomId);
    else
        chooseFreeRoom(this->draft());
    if (draft.patientId != 0)
        m_picker->setPatient(draft.patientId);
    m_filling = false;
    refresh();
}

void BookingDialog::setPatient(qint64 patientId)
{
    m_picker->setPatient(patientId);
}

Core::Appointment BookingDialog::draft() const
{
    Core::Appointment draft;
    draft.patientId = m_picker->patientId();
    draft.providerId = m_provider->currentData().toLongLong();
    draft.roomId = m_room->currentData().toLongLong();
    draft.typeId = m_type->currentData().toLongLong();
    const int start = Core::WallClock::minuteOf(m_start->time());
    draft.slot = {m_date->date(), start, start + m_minutes->value()};
    draft.notes = m_notes->toPlainText().trimmed();
    draft.overrideReason = m_retreatment->overrideReason();
    return draft;
}

void BookingDialog::onTypeChanged()
{
    if (const Core::AppointmentType *type = m_directory.type(m_type->currentData().toLongLong())) {
        const bool was = m_filling;
        m_filling = true;
        m_minutes->setValue(type->defaultMinutes);
        m_filling = was;
    }
    refresh();
}

void BookingDialog::chooseFreeProvider(const Core::Appointment &draft)
{
    Core::Appointment probe = this->draft();
    probe.slot = draft.slot.isValid() ? draft.slot : probe.slot;
    probe.roomId = 0;
    for (int i = 0; i < m_provider->count(); ++i) {
        probe.providerId = m_provider->itemData(i).toLongLong();
        auto conflicts = m_services.appointments->conflictsFor(probe);
        if (conflicts && conflicts->isEmpty()) {
            m_provider->setCurrentIndex(i);
            return;
        }
    }
}

void BookingDialog::chooseFreeRoom(const Core::Appointment &draft)
{
    // The first room nobody holds at that time; "No room" when every room is taken.
    Core::Appointment probe = draft;
    for (int i = 1; i < m_room->count(); ++i) {
        probe.roomId = m_room->itemData(i).toLongLong();
        auto conflicts = m_services.appointments->conflictsFor(probe);
        if (!conflicts)
            return;
        const bool roomFree =
            std::none_of(conflicts->cbegin(), conflicts->cend(), [](const Core::Conflict &c) {
                return c.kind == Core::Conflict::Kind::RoomBusy ||
                       c.kind == Core::Conflict::Kind::Blocked;
            });
        if (roomFree) {
            m_room->setCurrentIndex(i);
            return;
        }
    }
    m_room->setCurrentIndex(0);
}

QString BookingDialog::summaryText() const
{
    return m_summary->text();
}

void BookingDialog::refresh()
{
    if (m_filling)
        return;
    const Core::Appointment d = draft();
    m_conflicts.clear();
    m_offers.clear();
    QString problem;
    QString tooEarly;
    if (d.providerId != 0 && d.slot.isValid()) {
        auto conflicts = m_services.appointments->conflictsFor(d);
        if (conflicts)
            m_conflicts = conflicts.value();
        else
            problem = conflicts.error().message;
        // The retreatment rule is answered with a reason, not another time: it has its own panel.
        for (const Core::Conflict &c : std::as_const(m_conflicts))
            if (c.kind == Core::Conflict::Kind::TooEarly)
                tooEarly = c.message;
        m_conflicts.removeIf(
            [](const Core::Conflict &c) { return c.kind == Core::Conflict::Kind::TooEarly; });
        if (!m_conflicts.isEmpty()) {
            if (auto offers = m_services.appointments->nearestFree(d, 3))
                m_offers = offers.value();
        }
    }

    // The conflicts, each in its own words, and the nearest free times as buttons.
    while (QLayoutItem *item = m_freeTimes->takeAt(0)) {
        // Later: this may run from the clicked() of one of these very buttons.
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    if (!m_conflicts.isEmpty() || !problem.isEmpty()) {
        QStringList lines;
        for (const Core::Conflict &c : std::as_const(m_conflicts))
            lines << c.message;
        if (!problem.isEmpty())
            lines << problem;
        m_conflictLabel->setText(lines.join(u'\n'));
        if (!m_offers.isEmpty()) {
            auto *label = new QLabel(QStringLiteral("Nearest free:"), m_conflictFrame);
            m_freeTimes->addWidget(label);
            for (const Core::SlotOffer &offer : std::as_const(m_offers)) {
                auto *button = new QPushButton(Core::WallClock::format(offer.slot.startMinute),
                                               m_conflictFrame);
                button->setObjectName(QStringLiteral("freeTimeButton"));
                button->setToolTip(
                    QStringLiteral("Move the start to %1").arg(offer.slot.timeRange()));
                button->setAutoDefault(false);
                const int start = offer.slot.startMinute;
                connect(button, &QPushButton::clicked, this,
                        [this, start] { m_start->setTime(Core::WallClock::timeOf(start)); });
                m_freeTimes->addWidget(button);
            }
        } else if (!m_conflicts.isEmpty()) {
            m_freeTimes->addWidget(new QLabel(
                QStringLiteral("No free time near this for them that day; try Find slot."),
                m_conflictFrame));
        }
        m_freeTimes->addStretch();
        m_conflictFrame->show();
    } else {
        m_conflictLabel->clear();
        m_conflictFrame->hide();
    }

    const Core::AppointmentType *type = m_directory.type(d.typeId);
    m_retreatment->update(type && type->isBotox, d.patientId, d.slot.date, tooEarly);
    // The Botox lines and banners come and go: the dialog grows to hold them rather than
    // squeezing the notes under them.
    if (isVisible()) {
        layout()->activate();
        resize(size().expandedTo(sizeHint()));
    }

    // One line that reads back what will be booked.
    const Core::Provider *provider = m_directory.provider(d.providerId);
    const Core::Room *room = m_directory.room(d.roomId);
    const auto &patient = m_picker->patient();
    const QString patientName =
        patient ? patient->displayName() : QStringLiteral("(choose the patient)");
    m_summary->setText(AppointmentText::bookingSummary(
        type ? type->name : QStringLiteral("(choose the type)"), patientName,
        provider ? provider->name : QStringLiteral("(choose the provider)"),
        room ? room->name : QString(), d.slot));
    const bool ready = patient.has_value() && m_conflicts.isEmpty() && tooEarly.isEmpty() && type
                       && provider;
    m_summary->setStyleSheet(ready ? QStringLiteral("font-weight: 600;")
                                   : QStringLiteral("color: %1;").arg(Theme::mutedText.name()));
}

void BookingDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void BookingDialog::save()
{
    showError({});
    if (m_picker->patientId() == 0) {
        showError(QStringLiteral("Choose the patient: search by name, phone, date of birth or "
                                 "MRN, or add them with New patient\u2026"));
        m_picker->focusSearch();
        return;
    }
    auto result = m_editor.book(draft());
    if (!result) {
        showError(result.error().message);
        refresh();
        return;
    }
    m_booked = result.value();
    if (m_retreatment->fromSpecialtyPharmacy() && m_services.treatments) {
        Core::DrugSupply supply;
        supply.appointmentId = m_booked.id;
        supply.source = Core::DrugSource::SpecialtyPharmacy;
        if (Core::Status s = m_services.treatments->setDrugSupply(supply); !s) {
            showError(QStringLiteral("Booked, but the specialty-pharmacy order could not be noted: ")
                      + s.error().message);
            emit booked(m_booked);
            return;
        }
    }
    emit booked(m_booked);
    accept();
}

} // namespace ClinicDesk::Ui
