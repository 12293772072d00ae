#pragma once

#include "reportservice.h"

#include <QWidget>
#include <functional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace ClinicDesk::Ui {

class DateField;
class ReportTableModel;

// The office manager's reports (Ctrl+4): a list of reports on the left; a date range with
// presets; the report's chart above its table, how the numbers were counted below it; and
// "Export CSV…". A report is read when it is chosen, when the range changes and when the
// screen is shown again (the clinic's data may have changed meanwhile).
class ReportsScreen : public QWidget
{
    Q_OBJECT
public:
    using FileChooser = std::function<QString(QWidget *parent, const QString &suggested)>;

    explicit ReportsScreen(Core::ReportService &reports, QWidget *parent = nullptr);

    // Tests and scripts answer the save dialog themselves.
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    Core::ReportKind currentReport() const { return m_kind; }
    void showReport(Core::ReportKind kind);
    void setRange(QDate from, QDate to);
    void choosePreset(Core::ReportRange::Preset preset);
    QDate from() const;
    QDate to() const;
    // The report on screen (empty after a refused range or a failed read).
    const Core::ReportTable &table() const;
    // The chart on screen; null when the report has none or there is nothing to show.
    QChart *chart() const;
    QString message() const;
    // How long the last read and build took, in milliseconds.
    double lastLoadMs() const { return m_lastLoadMs; }

    // Writes the report on screen to the file as CSV; false (and a message) when it cannot.
    bool exportCsvTo(const QString &file);

public slots:
    void refresh();
    void exportCsv();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createRangeBar();
    void rangeEdited();
    void showMessage(const QString &text, bool isError);
    void setChart(QChart *chart);

    Core::ReportService &m_reports;
    Core::ReportKind m_kind = Core::ReportKind::AppointmentStatus;
    FileChooser m_chooseFile;
    bool m_loaded = false;
    double m_lastLoadMs = 0;

    QListWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QComboBox *m_preset = nullptr;
    DateField *m_from = nullptr;
    DateField *m_to = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_message = nullptr;
    QSplitter *m_splitter = nullptr;
    QChartView *m_chartView = nullptr;
    QTableView *m_table = nullptr;
    ReportTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_footnote = nullptr;
};

} // namespace ClinicDesk::Ui
