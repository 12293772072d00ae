#pragma once

#include "clinicsetupservice.h"
#include "retreatmentservice.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace ClinicDesk::Ui {

// "Book the next cycle": the patient's retreatment window in one line, a Botox visit type, and
// free times inside the window (the last provider first, nearest the due date first). Choosing
// one does not book it: whoever opened the dialog reads chosenSlot() and typeId() and opens the
// booking dialog prefilled (the board's Book…, check-out of a completed Botox visit).
class NextCycleDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kOffers = 12;

    NextCycleDialog(Core::RetreatmentService &retreatment, const Core::ClinicSetupService &setup,
                    qint64 patientId, QWidget *parent = nullptr);

    // Puts the patient's name in the heading ("Next cycle for Lee, Ann").
    void setPatientName(const QString &name);
    // The offer selected when the dialog was accepted (or is selected now).
    std::optional<Core::SlotOffer> chosenSlot() const;
    // The Botox visit type chosen (0 when the clinic has none).
    qint64 typeId() const;
    // What the list shows, nearest the due date first.
    const QList<Core::SlotOffer> &offers() const { return m_offers; }

    // "due date", "3 days before due", "1 day after due".
    static QString fitToDue(QDate day, QDate due);

public slots:
    // Reads the offers again for the chosen type.
    void reload();
    void accept() override;

private:
    void showWindow();
    void updateButtons();

    Core::RetreatmentService &m_retreatment;
    const Core::ClinicSetupService &m_setup;
    qint64 m_patientId = 0;
    QHash<qint64, QString> m_providerNames;
    QList<Core::SlotOffer> m_offers;
    QDate m_due;
    std::optional<Core::SlotOffer> m_chosen;

    QLabel *m_heading = nullptr;
    QLabel *m_window = nullptr;
    QLabel *m_note = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_result = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_choose = nullptr;
};

} // namespace ClinicDesk::Ui
