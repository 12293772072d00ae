#pragma once

#include "clinicsetupservice.h"
#include "confirmation.h"
#include "schedulesetupservice.h"

#include <QDialog>
#include <QList>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace ClinicDesk::Ui {

class SettingsPage;

// The clinic's set-up in one place: clinic details and slot size, opening hours, providers and
// their working hours, rooms, appointment types, the retreatment numbers, payers and blocked time.
// A page list on the left, one page at a time on the right. Table rows are saved as soon as their
// small form is saved; the form pages (clinic, opening hours, a provider's working hours, the
// retreatment numbers) keep edits until their own Save, the page list marks them "unsaved", and
// closing the dialog asks before dropping them.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page {
        Clinic,
        OpeningHours,
        Providers,
        Rooms,
        AppointmentTypes,
        Retreatment,
        Payers,
        BlockedTime
    };

    SettingsDialog(Core::ClinicSetupService &setup, Core::ScheduleSetupService &schedule,
                   QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    SettingsPage *page(Page page) const;
    bool hasUnsavedChanges() const;
    // Who answers the dialog's and its pages' questions (discard edits, deactivate, remove);
    // by default a message box.
    void setConfirmer(Confirmer confirmer);

public slots:
    void reject() override;

signals:
    // Something was stored: the appointment book should read the set-up again.
    void setupChanged();

private:
    void addPage(SettingsPage *page);
    void onPageChanged(int row);
    void updatePageMarks();

    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QList<SettingsPage *> m_pages;
    Confirmer m_confirm;
};

} // namespace ClinicDesk::Ui
