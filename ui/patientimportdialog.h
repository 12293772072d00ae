#pragma once

#include "patientimport.h"
#include "patientservice.h"

#include <QDialog>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace ClinicDesk::Ui {

class PatientImportPreviewModel;

// Patients ▸ Import patients…: patients from another system's CSV file. Shows which patient
// field each column of the file goes to (guessed from its header, changeable), a preview of the
// rows with what is wrong with each, and counts over the whole file. Import stays disabled while
// invalid rows remain, unless "Skip invalid rows" is ticked; duplicates of patients on file are
// left out unless "Import duplicates anyway" is ticked. The rows left out can be saved as CSV
// with their line numbers and reasons. All patients go in in one transaction, or none.
class PatientImportDialog : public QDialog
{
    Q_OBJECT
public:
    // Asks for a file (to open or to save to); an empty answer is "cancelled". Tests answer
    // themselves instead of a modal file dialog.
    using FileChooser = std::function<QString(QWidget *parent, const QString &suggested)>;

    explicit PatientImportDialog(Core::PatientService &patients, QWidget *parent = nullptr);
    ~PatientImportDialog() override;

    void setOpenFileChooser(FileChooser chooser) { m_chooseOpen = std::move(chooser); }
    void setSaveFileChooser(FileChooser chooser) { m_chooseSave = std::move(chooser); }

    // Reads and checks the file; false (with the reason shown) when it cannot be read.
    bool openFile(const QString &path);
    const Core::PatientImport *currentImport() const;
    PatientImportPreviewModel *model() const { return m_model; }
    Core::ImportOptions options() const;

public slots:
    void chooseFile();
    // Writes the planned patients; false when nothing was written.
    bool importPatients();
    // Asks where and saves the rows left out; false when nothing was saved.
    bool saveRejectedRows();

signals:
    void patientsImported(int count);

private:
    void rebuildMapping();
    void mappingChanged(int column, int comboIndex);
    void analyse();
    void updateState();

    Core::PatientService &m_patients;
    std::optional<Core::PatientImport> m_import;
    QString m_path;
    bool m_imported = false;
    FileChooser m_chooseOpen;
    FileChooser m_chooseSave;

    QLabel *m_file = nullptr;
    QPushButton *m_choose = nullptr;
    QWidget *m_mappingBox = nullptr;
    QGridLayout *m_mappingGrid = nullptr;
    QList<QComboBox *> m_combos;
    QLabel *m_counts = nullptr;
    QCheckBox *m_onlyProblems = nullptr;
    PatientImportPreviewModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_skipInvalid = nullptr;
    QCheckBox *m_importDuplicates = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_saveRejects = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace ClinicDesk::Ui
