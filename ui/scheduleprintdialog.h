#pragma once

#include "dailyschedule.h"
#include "schedulecontext.h"
#include "scheduledocument.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace ClinicDesk::Ui {

class DateField;

// Schedule ▸ Print day… (Ctrl+P): the day's schedule for the whole clinic or one provider, on
// Letter or A4, portrait or landscape; shows what the pages will hold as the choices change, and
// previews and prints it, saves it as a PDF, or saves the day as CSV for a spreadsheet.
class SchedulePrintDialog : public QDialog
{
    Q_OBJECT

public:
    // Returns the file to write, or empty when the user changed their mind.
    using FileChooser = std::function<QString(QWidget *parent, const QString &title,
                                              const QString &suggested, const QString &filter)>;

    SchedulePrintDialog(const ScheduleServices &services, QDate day, QWidget *parent = nullptr);

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    Core::DailyScheduleRequest request() const;
    Documents::PaperOptions paper() const;
    // The schedule as it stands now (read again, so that a booking made meanwhile is on it).
    Core::Result<Core::DailySchedule> schedule() const;

    bool savePdfTo(const QString &file);
    bool saveCsvTo(const QString &file);

public slots:
    void preview();
    void savePdf();
    void saveCsv();

private:
    void refreshSummary();
    QString suggestedName(const QString &extension) const;
    void showMessage(const QString &kind, const QString &text);

    ScheduleServices m_services;
    DateField *m_date = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_orientation = nullptr;
    QCheckBox *m_includeCancelled = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_previewButton = nullptr;
    FileChooser m_chooseFile;
};

} // namespace ClinicDesk::Ui
