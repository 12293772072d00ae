#pragma once

#include "treatment.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace ClinicDesk::Ui {

// The injection areas of a treatment: one row per area (name, sites, units), the PREEMPT rows
// first and any follow-the-pain additions after them, and a totals line ("155 U in 31 sites").
// Units follow sites at 5 U a site while the two agree, so a changed number of sites is one edit.
// Follow-the-pain units go only to the temporalis, occipitalis and trapezius, one extra row each.
//
// Inputs are named after the area code: "sites_temporalis", "units_temporalis"; an addition adds
// "_extra" ("units_temporalis_extra") and has a "remove_temporalis_extra" button.
class InjectionAreasEditor : public QWidget
{
    Q_OBJECT
public:
    explicit InjectionAreasEditor(QWidget *parent = nullptr);

    void setAreas(const QList<Core::AreaDose> &areas);
    QList<Core::AreaDose> areas() const;
    // "155 U in 31 sites"
    static QString totalsText(const QList<Core::AreaDose> &areas);
    QWidget *firstInput() const;

public slots:
    // Adds a follow-the-pain row for the area (2 sites, 10 U), or focuses the one already there.
    void addFollowThePain(Core::InjectionArea area);
    // Puts the standard PREEMPT rows back (155 U in 31 sites, no additions).
    void resetToStandard();

signals:
    void changed();

private:
    struct Row {
        Core::AreaDose dose;
        QSpinBox *sites = nullptr;
        QSpinBox *units = nullptr;
        int lastSites = 0;
    };

    void rebuild(const QList<Core::AreaDose> &areas);
    void removeAddition(Core::InjectionArea area);
    void onSitesChanged(int row);
    void updateFollowChoices();
    void updateTotals();

    QList<Row> m_rows;
    QWidget *m_grid = nullptr;
    QGridLayout *m_gridLayout = nullptr;
    QComboBox *m_followArea = nullptr;
    QPushButton *m_addFollow = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_totals = nullptr;
};

} // namespace ClinicDesk::Ui
