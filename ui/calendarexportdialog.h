#pragma once

#include "appointmentservice.h"
#include "calendarexporter.h"
#include "clinicsetupservice.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace ClinicDesk::Ui {

class DateField;

// Schedule ▸ Export calendar…: one provider's appointments over some days saved as an .ics file
// for Google Calendar, Outlook or Apple Calendar. Says how many visits the days hold before
// anything is written; patient names go in only when the box is ticked.
class CalendarExportDialog : public QDialog
{
    Q_OBJECT
public:
    using FileChooser = std::function<QString(QWidget *parent, const QString &suggested)>;

    CalendarExportDialog(Core::AppointmentService &appointments, Core::ClinicSetupService &setup,
                         QWidget *parent = nullptr);

    // Tests answer the file question themselves.
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Where the file was last saved; empty until one is.
    QString savedFile() const { return m_savedFile; }

public slots:
    // Counts the appointments in the chosen days and says so (or what is wrong with the days).
    void refresh();
    // Asks where to save and writes the file; false when nothing was written.
    bool exportCalendar();

private:
    Core::CalendarExportRequest request() const;
    void updateSummary();
    bool save();
    void fitHeight();

    Core::AppointmentService &m_appointments;
    Core::ClinicSetupService &m_setup;
    Core::CalendarExporter m_exporter;
    QList<Core::Provider> m_providers;
    FileChooser m_chooseFile;
    QString m_savedFile;
    QComboBox *m_provider = nullptr;
    DateField *m_from = nullptr;
    DateField *m_to = nullptr;
    QCheckBox *m_withNames = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace ClinicDesk::Ui
