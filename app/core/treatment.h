#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ClinicDesk::Core {

// The seven muscle areas of the PREEMPT pattern (shared/domain.md).
enum class InjectionArea {
    Frontalis,
    Corrugator,
    Procerus,
    Occipitalis,
    Temporalis,
    Trapezius,
    CervicalParaspinal,
};
QString areaCode(InjectionArea area); // "cervical_paraspinal"
QString areaLabel(InjectionArea area); // "Cervical paraspinal"
std::optional<InjectionArea> areaFromCode(const QString &code);
QList<InjectionArea> allAreas();
// Follow-the-pain additions go only to these.
bool allowsFollowThePain(InjectionArea area);

struct AreaDose {
    InjectionArea area = InjectionArea::Frontalis;
    int sites = 0;
    int units = 0;
    bool additional = false; // a follow-the-pain addition on top of the PREEMPT dose

    friend bool operator==(const AreaDose &, const AreaDose &) = default;
};

// Side effects seen after treatment, coded so they can be counted.
enum class AdverseEventCode {
    InjectionSitePain,
    NeckPain,
    Ptosis,
    HeadacheFlare,
    NeckWeakness,
    Dysphagia,
    BreathingDifficulty,
    Other,
};
QString adverseEventCode(AdverseEventCode code); // "neck_pain"
QString adverseEventLabel(AdverseEventCode code); // "Neck pain or stiffness"
std::optional<AdverseEventCode> adverseEventFromCode(const QString &code);
QList<AdverseEventCode> allAdverseEvents();

struct AdverseEvent {
    AdverseEventCode code = AdverseEventCode::Other;
    QDate onset;
    QString notes;

    friend bool operator==(const AdverseEvent &, const AdverseEvent &) = default;
};

// One Botox treatment given: what a treatment record holds (shared/domain.md).
struct Treatment {
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 appointmentId = 0; // 0: entered by hand (history brought from paper)
    QDate date;
    qint64 providerId = 0; // 0: unknown (old history)
    QString diagnosisCode; // "G43.709"
    QString product; // "Botox (onabotulinumtoxinA)"
    QString ndc; // "0023-3921-02"
    int vialUnits = 200; // 100 or 200
    int vialCount = 1;
    QString lotNumber;
    QDate lotExpiry;
    int unitsGiven = 155;
    int unitsDiscarded = 45;
    QList<AreaDose> areas;
    bool consentSigned = false;
    QList<AdverseEvent> adverseEvents;
    QString notes;
    QString recordedBy;
    QDateTime recordedAt;

    int vialUnitsOpened() const { return vialUnits * vialCount; }
    int totalSites() const;
    int areaUnits() const;
    // Billing: J0585 modifier for the discarded units, JW when some are discarded, else JZ.
    QString wasteModifier() const
    {
        return unitsDiscarded > 0 ? QStringLiteral("JW") : QStringLiteral("JZ");
    }

    friend bool operator==(const Treatment &, const Treatment &) = default;
};

// The standard PREEMPT pattern: 155 U in 31 sites, 5 U a site.
namespace Preempt {
inline constexpr int kStandardUnits = 155;
inline constexpr int kStandardSites = 31;
inline constexpr int kMaxUnits = 195;
inline constexpr int kMaxSites = 39;
inline constexpr int kUnitsPerSite = 5;
QList<AreaDose> standardAreas();
// The standard areas for `units` given: 155 U as the table says, and up to 40 U more as
// follow-the-pain additions (5 U a site, spread over temporalis, occipitalis and trapezius in
// that order). Empty when the units cannot be laid out so (below 155, above 195, not a multiple
// of 5): the record then leaves the areas to be filled in.
QList<AreaDose> withFollowThePain(int units);
} // namespace Preempt

// Defaults a new treatment record starts from (settings, see TreatmentDefaults keys).
struct TreatmentDefaults {
    QString diagnosisCode = QStringLiteral("G43.709");
    QString product = QStringLiteral("Botox (onabotulinumtoxinA)");
    QString ndc = QStringLiteral("0023-3921-02");
    int vialUnits = 200;
};

// A treatment in the patient's course: its cycle number and the days since the one before.
struct TreatmentCycle {
    int number = 0; // 1, 2, ...
    Treatment treatment;
    int daysSincePrevious = -1; // -1 for cycle 1
};
// Numbers treatments in date order (cycle 1 is the first treatment).
QList<TreatmentCycle> cyclesOf(QList<Treatment> treatments);

} // namespace ClinicDesk::Core
