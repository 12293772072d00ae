#include "appointmentdetailspanel.h"

#include "appointmenttext.h"
#include "clinicdate.h"
#include "phonenumber.h"
#include "theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
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

    // Label/value lines sit in grids: QFormLayout (Qt 6.4) writes past its row arrays computing
    // heights when rows are hidden and shown (setRowVisible), so empty lines hide their widgets.
    auto *form = new QGridLayout;
    form->setHorizontalSpacing(8);
    form->setVerticalSpacing(3);
    form->setColumnStretch(1, 1);
    addLine(form, m_content, QStringLiteral("MRN"), QStringLiteral("mrn"));
    addLine(form, m_content, QStringLiteral("Born"), QStringLiteral("dob"));
    addLine(form, m_content, QStringLiteral("Phone"), QStringLiteral("phone"));
    addLine(form, m_content, QStringLiteral("When"), QStringLiteral("when"));
    addLine(form, m_content, QStringLiteral("Type"), QStringLiteral("type"));
    addLine(form, m_content, QStringLiteral("Provider"), QStringLiteral("provider"));
    addLine(form, m_content, QStringLiteral("Room"), QStringLiteral("room"));
    addLine(form, m_content, QStringLiteral("Reason"), QStringLiteral("reason"));
    addLine(form, m_content, QStringLiteral("Notes"), QStringLiteral("notes"));
    addLine(form, m_content, QStringLiteral("Booked"), QStringLiteral("booked"));
    addLine(form, m_content, QStringLiteral("Changed"), QStringLiteral("changed"));
    content->addLayout(form);

    m_botoxInfo = new QWidget(m_content);
    auto *botoxGrid = new QGridLayout(m_botoxInfo);
    botoxGrid->setContentsMargins(0, 0, 0, 0);
    botoxGrid->setHorizontalSpacing(8);
    botoxGrid->setVerticalSpacing(3);
    botoxGrid->setColumnStretch(1, 1);
    addLine(botoxGrid, m_botoxInfo, QStringLiteral("Cycle"), QStringLiteral("cycle"));
    addLine(botoxGrid, m_botoxInfo, QStringLiteral("Window"), QStringLiteral("window"));
    addLine(botoxGrid, m_botoxInfo, QStringLiteral("Override"), QStringLiteral("override"));
    addLine(botoxGrid, m_botoxInfo, QStringLiteral("Drug"), QStringLiteral("drug"));
    addLine(botoxGrid, m_botoxInfo, QStringLiteral("Treated"), QStringLiteral("treatment"));
    content->addWidget(m_botoxInfo);

    m_botoxActions = new QWidget(m_content);
    auto *botox = new QHBoxLayout(m_botoxActions);
    botox->setContentsMargins(0, 0, 0, 0);
    botox->setSpacing(4);
    m_drugButton = new QPushButton(QStringLiteral("Drug s&upply\u2026"), m_botoxActions);
    m_drugButton->setObjectName(QStringLiteral("drugSupplyButton"));
    m_drugButton->setToolTip(QStringLiteral("Clinic stock or specialty pharmacy: ordered, shipped, "
                                            "received"));
    m_treatmentButton = new QPushButton(QStringLiteral("Record &treatment\u2026"), m_botoxActions);
    m_treatmentButton->setObjectName(QStringLiteral("recordTreatmentButton"));
    botox->addWidget(m_drugButton);
    botox->addWidget(m_treatmentButton);
    connect(m_drugButton, &QPushButton::clicked, this, [this] {
        if (m_entry)
            emit drugSupplyRequested(m_entry->appointment.id);
    });
    connect(m_treatmentButton, &QPushButton::clicked, this, [this] {
        if (m_entry)
            emit treatmentRequested(m_entry->appointment.id);
    });
    content->addSpacing(4);
    content->addWidget(m_botoxActions);

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

void AppointmentDetailsPanel::addLine(QGridLayout *grid, QWidget *parent, const QString &label,
                                      const QString &objectName)
{
    auto *caption = new QLabel(label, parent);
    Theme::styleAsHint(caption);
    auto *value = new QLabel(parent);
    value->setObjectName(QStringLiteral("detail_") + objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int row = grid->rowCount();
    grid->addWidget(caption, row, 0, Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(value, row, 1);
    m_lines.insert(objectName, {caption, value});
}

void AppointmentDetailsPanel::setLine(const QString &field, const QString &text)
{
    const auto [caption, value] = m_lines.value(field);
    value->setText(text);
    caption->setVisible(!text.isEmpty());
    value->setVisible(!text.isEmpty());
}

void AppointmentDetailsPanel::setTreatmentServices(Core::TreatmentService *treatments,
                                                   Core::RetreatmentService *retreatment)
{
    m_treatments = treatments;
    m_retreatment = retreatment;
    setEntry(m_entry);
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
    const auto set = [this](const QString &field, const QString &text) { setLine(field, text); };
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
    updateBotox();
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

void AppointmentDetailsPanel::updateBotox()
{
    const QStringList rows{QStringLiteral("cycle"), QStringLiteral("window"),
                           QStringLiteral("override"), QStringLiteral("drug"),
                           QStringLiteral("treatment")};
    const auto set = [this](const QString &field, const QString &text) { setLine(field, text); };
    for (const QString &row : rows)
        set(row, {});
    const bool botox = m_entry && m_entry->isBotox && m_treatments;
    m_botoxInfo->setVisible(botox);
    m_botoxActions->setVisible(botox);
    if (!botox)
        return;
    const Core::ScheduleEntry &e = *m_entry;
    const Core::Appointment &a = e.appointment;
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const auto day = [&us](QDate date) {
        return us.toString(date, QStringLiteral("MMM d, yyyy"));
    };

    // The cycle this visit is and how long after the treatment before it.
    if (e.previousTreatment.isValid())
        set(QStringLiteral("cycle"), QStringLiteral("Cycle %1 \u00B7 %2 days after %3")
                                         .arg(e.cycle)
                                         .arg(e.previousTreatment.daysTo(a.slot.date))
                                         .arg(day(e.previousTreatment)));
    else
        set(QStringLiteral("cycle"), QStringLiteral("Cycle %1 (first treatment)").arg(e.cycle));

    if (e.previousTreatment.isValid() && m_retreatment) {
        const Core::RetreatmentWindow window =
            m_retreatment->policy().windowFor(e.previousTreatment, e.patientPayer);
        set(QStringLiteral("window"),
            window.allows(a.slot.date)
                ? QStringLiteral("\u2713 In window (from %1)").arg(day(window.earliestAllowed))
                : QStringLiteral("\u2717 Too early: the earliest allowed is %1")
                      .arg(day(window.earliestAllowed)));
    }
    if (!a.overrideReason.isEmpty())
        set(QStringLiteral("override"),
            QStringLiteral("\u26A0 Booked early: %1").arg(a.overrideReason));

    auto supply = m_treatments->drugSupply(a.id);
    if (!supply)
        set(QStringLiteral("drug"), QStringLiteral("\u26A0 %1").arg(supply.error().message));
    else if (supply->has_value())
        set(QStringLiteral("drug"),
            (supply->value().awaitingDrug() ? QStringLiteral("\u26A0 ") : QString()) +
                supply->value().label());
    else
        set(QStringLiteral("drug"), QStringLiteral("Clinic stock (default)"));

    auto treatment = m_treatments->forAppointment(a.id);
    const bool recorded = treatment && treatment->has_value();
    if (!treatment)
        set(QStringLiteral("treatment"),
            QStringLiteral("\u26A0 %1").arg(treatment.error().message));
    else if (recorded)
        set(QStringLiteral("treatment"),
            QStringLiteral("\u2713 Recorded: %1 U given, %2 U discarded")
                .arg(treatment->value().unitsGiven)
                .arg(treatment->value().unitsDiscarded));
    else if (a.status == AppointmentStatus::Completed)
        set(QStringLiteral("treatment"), QStringLiteral("\u26A0 Not recorded yet"));

    m_treatmentButton->setText(recorded ? QStringLiteral("Edit &treatment\u2026")
                                        : QStringLiteral("Record &treatment\u2026"));
    // A treatment is recorded on the day it is given, for a visit that took place.
    m_treatmentButton->setEnabled(recorded ||
                                  (Core::holdsTime(a.status) && a.slot.date <= m_clock.today()));
    m_drugButton->setEnabled(Core::holdsTime(a.status));
}

} // namespace ClinicDesk::Ui
