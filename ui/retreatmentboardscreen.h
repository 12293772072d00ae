#pragma once

#include "clinicsetupservice.h"
#include "retreatmentservice.h"

#include <QHash>
#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QPrinter;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace ClinicDesk::Ui {

class RetreatmentBoardModel;

// Whom to call about their next Botox treatment: Botox patients by urgency (overdue, then due
// now, then windows opening soon), filtered by what the desk is working on. From a row the
// receptionist books the next cycle, logs a call, marks the patient discontinued (or resumes
// them) and opens the record; the list prints as a call sheet and exports to CSV.
class RetreatmentBoardScreen : public QWidget
{
    Q_OBJECT
public:
    // Where Export CSV… writes: asks with a file dialog by default; tests give a path.
    using FileChooser = std::function<QString(QWidget *parent, const QString &suggested)>;

    RetreatmentBoardScreen(Core::RetreatmentService &retreatment, Core::ClinicSetupService &setup,
                           QWidget *parent = nullptr);

    Core::BoardFilter filter() const;
    RetreatmentBoardModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The rows in the order the table shows them (after the user's sort).
    QList<Core::BoardRow> visibleRows() const;
    std::optional<Core::BoardRow> selectedRow() const;
    // Selects the patient's row; false when they are not on the board.
    bool selectPatient(qint64 patientId);
    // "8 overdue · 21 due now · 15 opening within 14 days · 40 booked"
    QString summaryText() const;
    // "Windows opening within 14 days · overdue up to 365 days · no appointment booked"
    QString filterWords() const;
    // "Updated 9:02 · 3 ms"
    QString updatedText() const;
    QString messageText() const;

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // The CSV file's contents as Export CSV… writes them.
    QString csvText() const;
    // Writes the visible rows; false (with the reason in the message line) when it cannot.
    bool exportCsvTo(const QString &file);
    // Paints the call list on the printer (or a PDF QPrinter); returns the number of pages.
    int printTo(QPrinter &printer);

public slots:
    // Reads the board again; the selected patient stays selected.
    void refresh();
    void book();
    void logCall();
    void discontinueSelected();
    void resumeSelected();
    void openPatient();
    void print();
    void exportCsv();

signals:
    // The receptionist chose a time for the next cycle; the shell opens booking prefilled.
    void bookSlotRequested(qint64 patientId, qint64 typeId, Core::SlotOffer offer);
    void openPatientRequested(qint64 patientId);
    // A call was logged or a patient stopped or resumed treatment.
    void boardChanged();
    // A dialog has been opened (tests and the shell may use it).
    void dialogOpened(QDialog *dialog);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createFilterBar();
    QWidget *createActionBar();
    QAction *makeAction(const QString &text, const QString &objectName, const QString &tip,
                        void (RetreatmentBoardScreen::*slot)());
    void updatePayers(const QList<Core::BoardRow> &rows);
    void fitContents();
    void updateActions();
    void updateSummary();
    void selectProxyRow(int row);
    void presentDialog(QDialog *dialog);
    void showMessage(const QString &message);
    QString emptyText() const;

    Core::RetreatmentService &m_retreatment;
    Core::ClinicSetupService &m_setup;
    FileChooser m_chooseFile;
    bool m_refreshing = false;

    QSpinBox *m_horizon = nullptr;
    QSpinBox *m_maxOverdue = nullptr;
    QCheckBox *m_onlyUnbooked = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_payer = nullptr;
    QCheckBox *m_showDiscontinued = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_updated = nullptr;
    RetreatmentBoardModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;

    QAction *m_bookAction = nullptr;
    QAction *m_logCallAction = nullptr;
    QAction *m_discontinueAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QHash<int, int> m_typicalWidths; // column -> pixels for its typical text
};

} // namespace ClinicDesk::Ui
