#include "appointmentdetailspanel.h"

#include "appointmenttext.h"
#include "clinicdate.h"
#include "phonenumber.h"
#include "theme.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

using Core::AppointmentStatus;

AppointmentDetailsPanel::AppointmentDetailsPanel(const Core::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("appointmentDetails"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(10, 8, 10, 8);

    m_placeholder = new QLabel(QStringLiteral("Select a visit to see its details here.\n\n"
                                              "To book: double-click an empty time, drag "
                                              "across it, or select it and press N."),
                               this);
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    Theme::styleAsHint(m_placeholder);
    outer->addWidget(m_placeholder);

    m_content = new QWidget(this);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(6);
    m_name = new QLabel(m_content);
    m_name->setObjectName(QStringLiteral("detail_patient"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    content->addWidget(m_name);
    m_status = new QLabel(m_content);
    m_status->setObjectName(QStringLiteral("detail_status"));
    content->addWidget(m_status, 0, Qt::AlignLeft);

    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setHorizontalSpacing(8);
    m_form->setVerticalSpacing(3);
    addRow(QStringLiteral("MRN"), QStringLiteral("mrn"));
    addRow(QStringLiteral("Born"), QStringLiteral("dob"));
    addRow(QStringLiteral("Phone"), QStringLiteral("phone"));
    addRow(QStringLiteral("When"), QStringLiteral("when"));
    addRow(QStringLiteral("Type"), QStringLiteral("type"));
    addRow(QStringLiteral("Provider"), QStringLiteral("provider"));
    addRow(QStringLiteral("Room"), QStringLiteral("room"));
    addRow(QStringLiteral("Reason"), QStringLiteral("reason"));
    addRow(QStringLiteral("Notes"), QStringLiteral("notes"));
    addRow(QStringLiteral("Booked"), QStringLiteral("booked"));
    addRow(QStringLiteral("Changed"), QStringLiteral("changed"));
    content->addLayout(m_form);

    auto *actions = new QGridLayout;
    actions->setSpacing(4);
    const auto addButton = [&](const QString &text, const QString &name, int row, int column) {
        auto *button = new QPushButton(text, m_content);
        button->setObjectName(name);
        actions->addWidget(button, row, column);
        return button;
    };
    const struct {
        AppointmentStatus status;
        const char *text;
        const char *name;
    } steps[] = {
        {AppointmentStatus::Confirmed, "Con&firm", "confirmButton"},
        {AppointmentStatus::Arrived, "&Arrived", "arrivedButton"},
        {AppointmentStatus::InRoom, "In &room", "inRoomButton"},
        {AppointmentStatus::Completed, "Com&pleted", "completedButton"},
        {AppointmentStatus::NoShow, "No-sho&w\u2026", "noShowButton"},
        {AppointmentStatus::Cancelled, "&Cancel visit\u2026", "cancelButton"},
        {AppointmentStatus::Booked, "Re&store", "restoreButton"},
    };
    int index = 0;
    for (const auto &step : steps) {
        QPushButton *button = addButton(QString::fromUtf8(step.text),
                                        QString::fromLatin1(step.name), index / 2, index % 2);
        const AppointmentStatus status = step.status;
        connect(button, &QPushButton::clicked, this, [this, status] {
            if (!m_entry)
                return;
            if (Core::needsReason(status))
                emit reasonRequested(m_entry->appointment.id, status);
            else
                emit statusRequested(m_entry->appointment.id, status);
        });
        m_statusButtons.insert(status, button);
        ++index;
    }
    m_statusButtons.value(AppointmentStatus::Booked)
        ->setToolTip(QStringLiteral("Put a cancelled or no-show visit back on the book"));
    m_notesButton = addButton(QStringLiteral("Edit &notes\u2026"), QStringLiteral("notesButton"),
                              index / 2, index % 2);
    ++index;
    m_patientButton = addButton(QStringLiteral("Open patient"), QStringLiteral("openPatientButton"),
                                index / 2, index % 2);
    connect(m_notesButton, &QPushButton::clicked, this, [this] {
        if (m_entry)
            emit editNotesRequested(m_entry->appointment.id);
    });
    connect(m_patientButton, &QPushButton::clicked, this, [this] {
        if (m_entry)
            emit openPatientRequested(m_entry->appointment.patientId);
    });
    content->addSpacing(6);
    content->addLayout(actions);
    outer->addWidget(m_content);
    outer->addStretch();
    setEntry(std::nullopt);
}

QLabel *AppointmentDetailsPanel::addRow(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(m_content);
    value->setObjectName(QStringLiteral("detail_") + objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *caption = new QLabel(label, m_content);
    Theme::styleAsHint(caption);
    m_form->addRow(caption, value);
    m_fields.insert(objectName, value);
    return value;
}

QPushButton *AppointmentDetailsPanel::buttonFor(AppointmentStatus status) const
{
    return m_statusButtons.value(status);
}

void AppointmentDetailsPanel::setEntry(const std::optional<Core::ScheduleEntry> &entry)
{
    m_entry = entry;
    m_placeholder->setVisible(!entry);
    m_content->setVisible(entry.has_value());
    if (!entry)
        return;
    const Core::Appointment &a = entry->appointment;
    m_name->setText(entry->patientName);
    m_status->setText(AppointmentText::status(a.status));
    const bool lost = !Core::holdsTime(a.status);
    Theme::styleAsBadge(m_status, lost ? QStringLiteral("error")
                                  : a.status == AppointmentStatus::Completed
                                      ? QStringLiteral("ok")
                                      : QStringLiteral("muted"));
    const auto set = [this](const QString &field, const QString &text) {
        QLabel *value = m_fields.value(field);
        value->setText(text);
        m_form->setRowVisible(value, !text.isEmpty());
    };
    set(QStringLiteral("mrn"), entry->patientMrn);
    const QDate dob = entry->patientDateOfBirth;
    const QDate today = m_clock.today();
    int age = today.year() - dob.year();
    if (dob.isValid() &&
        (today.month() < dob.month() || (today.month() == dob.month() && today.day() < dob.day())))
        --age;
    set(QStringLiteral("dob"),
        dob.isValid() ? QStringLiteral("%1 (age %2)").arg(Core::ClinicDate::format(dob)).arg(age)
                      : QString());
    set(QStringLiteral("phone"), entry->patientPhone.isEmpty()
                                     ? QStringLiteral("No phone on file")
                                     : Core::PhoneNumber::format(entry->patientPhone));
    set(QStringLiteral("when"),
        QStringLiteral("%1, %2 (%3 min)")
            .arg(AppointmentText::shortDate(a.slot.date), a.slot.timeRange())
            .arg(a.slot.minutes()));
    set(QStringLiteral("type"), entry->typeName);
    set(QStringLiteral("provider"), entry->providerName);
    set(QStringLiteral("room"),
        entry->roomName.isEmpty() ? QStringLiteral("No room") : entry->roomName);
    set(QStringLiteral("reason"), a.statusReason);
    set(QStringLiteral("notes"), a.notes.isEmpty() ? QStringLiteral("\u2014") : a.notes);
    set(QStringLiteral("booked"), AppointmentText::byWhen(a.bookedBy, a.bookedAt));
    set(QStringLiteral("changed"), a.updatedAt.isValid() && a.updatedAt != a.bookedAt
                                       ? AppointmentText::byWhen(a.updatedBy, a.updatedAt)
                                       : QString());
    updateButtons();
}

void AppointmentDetailsPanel::updateButtons()
{
    const Core::Appointment &a = m_entry->appointment;
    const bool onOrBeforeToday = a.slot.date <= m_clock.today();
    const AppointmentStatus s = a.status;
    const bool waiting = s == AppointmentStatus::Booked || s == AppointmentStatus::Confirmed;
    m_statusButtons.value(AppointmentStatus::Confirmed)->setEnabled(s == AppointmentStatus::Booked);
    m_statusButtons.value(AppointmentStatus::Arrived)->setEnabled(waiting && onOrBeforeToday);
    m_statusButtons.value(AppointmentStatus::InRoom)
        ->setEnabled((waiting || s == AppointmentStatus::Arrived) && onOrBeforeToday);
    m_statusButtons.value(AppointmentStatus::Completed)
        ->setEnabled((s == AppointmentStatus::Arrived || s == AppointmentStatus::InRoom) &&
                     onOrBeforeToday);
    m_statusButtons.value(AppointmentStatus::NoShow)->setEnabled(waiting && onOrBeforeToday);
    m_statusButtons.value(AppointmentStatus::Cancelled)->setEnabled(waiting);
    m_statusButtons.value(AppointmentStatus::Booked)->setEnabled(!Core::holdsTime(s));
}

} // namespace ClinicDesk::Ui
