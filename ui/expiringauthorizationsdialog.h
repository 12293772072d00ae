#pragma once

#include "authorizationservice.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ClinicDesk::Ui {

class ExpiringAuthorizationTableModel;

// The authorizations to ask renewals for: valid today and ending within the lead time (the
// setting, or the days chosen here), or with one visit or none left; who to call and why. Copy
// as CSV or save it for a spreadsheet. Double-click a row to open the patient.
class ExpiringAuthorizationsDialog : public QDialog
{
    Q_OBJECT
public:
    using FileChooser = std::function<QString(QWidget *parent, const QString &suggested)>;

    explicit ExpiringAuthorizationsDialog(Core::AuthorizationService &service,
                                          QWidget *parent = nullptr);

    ExpiringAuthorizationTableModel *model() const { return m_model; }
    void setWithinDays(int days);
    // Tests answer the file question themselves.
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

public slots:
    void reload();
    void copyCsv();
    // False when nothing was written (cancelled or failed; the message line says which).
    bool saveCsv();

signals:
    // The desk wants this patient's record (a double-click on a row).
    void patientChosen(qint64 patientId);

private:
    Core::AuthorizationService &m_service;
    FileChooser m_chooseFile;
    ExpiringAuthorizationTableModel *m_model = nullptr;
    QSpinBox *m_within = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ClinicDesk::Ui
