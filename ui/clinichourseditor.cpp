#include "clinichourseditor.h"

#include "theme.h"
#include "weeklyhourseditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

ClinicHoursEditor::ClinicHoursEditor(Core::ScheduleSetupService &schedule, QWidget *parent)
    : SettingsPage(tr("Opening hours"),
                   tr("When the clinic is open, day by day. Providers without working hours of "
                      "their own work these hours; time outside them is shaded in the "
                      "appointment book."),
                   parent)
    , m_schedule(schedule)
{
    m_hours = new WeeklyHoursEditor({QStringLiteral("hours"), tr("Open"), tr("Closed")}, this);

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveOpeningHoursButton"));
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertOpeningHoursButton"));
    m_revert->setToolTip(tr("Put back what is saved"));
    m_message = createMessageLine(QStringLiteral("openingHoursMessage"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addStretch(0); // keeps the buttons their natural size while the line is empty
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hours);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_hours, &WeeklyHoursEditor::edited, this, &ClinicHoursEditor::onEdited);
    connect(m_save, &QPushButton::clicked, this, &ClinicHoursEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &ClinicHoursEditor::discardChanges);
    load();
}

void ClinicHoursEditor::reload()
{
    if (!hasUnsavedChanges())
        load();
}

void ClinicHoursEditor::discardChanges()
{
    load();
    showMessage(m_message, {}, {});
}

void ClinicHoursEditor::load()
{
    auto stored = m_schedule.clinicHours();
    if (!stored) {
        showMessage(m_message, QStringLiteral("error"), stored.error().message);
        m_stored.clear();
    } else {
        m_stored = stored.value();
    }
    m_hours->setHours(m_stored);
    onEdited();
}

bool ClinicHoursEditor::hasUnsavedChanges() const
{
    return m_hours->hours() != m_stored;
}

void ClinicHoursEditor::onEdited()
{
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    if (dirty)
        showMessage(m_message, {}, {});
    emit unsavedChangesChanged();
}

bool ClinicHoursEditor::save()
{
    if (!m_hours->validate()) {
        showMessage(m_message, QStringLiteral("error"),
                    tr("Not saved: correct the days marked \u26A0."));
        return false;
    }
    const QList<Core::WeeklyHours> hours = m_hours->hours();
    if (hours.isEmpty()) {
        showMessage(m_message, QStringLiteral("error"),
                    tr("Not saved: tick at least one day the clinic is open. For a holiday, add "
                       "blocked time for the whole clinic instead."));
        return false;
    }
    if (Core::Status s = m_schedule.setClinicHours(hours); !s) {
        showMessage(m_message, QStringLiteral("error"), tr("Not saved: %1").arg(s.error().message));
        return false;
    }
    load();
    showMessage(m_message, QStringLiteral("ok"), tr("\u2713 Opening hours saved."));
    emit setupChanged();
    return true;
}

} // namespace ClinicDesk::Ui
