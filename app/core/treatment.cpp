#include "treatment.h"

#include <algorithm>

namespace ClinicDesk::Core {

namespace {
struct AreaInfo {
    InjectionArea area;
    const char *code;
    const char *label;
    int sites;
    int units;
    bool followThePain;
};
// shared/domain.md: the PREEMPT table.
constexpr AreaInfo kAreas[] = {
    {InjectionArea::Frontalis, "frontalis", "Frontalis", 4, 20, false},
    {InjectionArea::Corrugator, "corrugator", "Corrugator", 2, 10, false},
    {InjectionArea::Procerus, "procerus", "Procerus", 1, 5, false},
    {InjectionArea::Occipitalis, "occipitalis", "Occipitalis", 6, 30, true},
    {InjectionArea::Temporalis, "temporalis", "Temporalis", 8, 40, true},
    {InjectionArea::Trapezius, "trapezius", "Trapezius", 6, 30, true},
    {InjectionArea::CervicalParaspinal, "cervical_paraspinal", "Cervical paraspinal", 4, 20, false},
};

const AreaInfo &infoFor(InjectionArea area)
{
    return kAreas[static_cast<int>(area)];
}

struct EventInfo {
    AdverseEventCode code;
    const char *text;
    const char *label;
};
constexpr EventInfo kEvents[] = {
    {AdverseEventCode::InjectionSitePain, "injection_site_pain", "Injection-site pain"},
    {AdverseEventCode::NeckPain, "neck_pain", "Neck pain or stiffness"},
    {AdverseEventCode::Ptosis, "ptosis", "Ptosis (drooping eyelid)"},
    {AdverseEventCode::HeadacheFlare, "headache_flare", "Headache flare"},
    {AdverseEventCode::NeckWeakness, "neck_weakness", "Neck or shoulder weakness"},
    {AdverseEventCode::Dysphagia, "dysphagia", "Trouble swallowing"},
    {AdverseEventCode::BreathingDifficulty, "breathing_difficulty", "Trouble breathing"},
    {AdverseEventCode::Other, "other", "Other"},
};
} // namespace

QString areaCode(InjectionArea area)
{
    return QString::fromLatin1(infoFor(area).code);
}

QString areaLabel(InjectionArea area)
{
    return QString::fromLatin1(infoFor(area).label);
}

std::optional<InjectionArea> areaFromCode(const QString &code)
{
    for (const AreaInfo &info : kAreas)
        if (code == QLatin1String(info.code))
            return info.area;
    return std::nullopt;
}

QList<InjectionArea> allAreas()
{
    QList<InjectionArea> areas;
    for (const AreaInfo &info : kAreas)
        areas.append(info.area);
    return areas;
}

bool allowsFollowThePain(InjectionArea area)
{
    return infoFor(area).followThePain;
}

QString adverseEventCode(AdverseEventCode code)
{
    return QString::fromLatin1(kEvents[static_cast<int>(code)].text);
}

QString adverseEventLabel(AdverseEventCode code)
{
    return QString::fromLatin1(kEvents[static_cast<int>(code)].label);
}

std::optional<AdverseEventCode> adverseEventFromCode(const QString &code)
{
    for (const EventInfo &info : kEvents)
        if (code == QLatin1String(info.text))
            return info.code;
    return std::nullopt;
}

QList<AdverseEventCode> allAdverseEvents()
{
    QList<AdverseEventCode> codes;
    for (const EventInfo &info : kEvents)
        codes.append(info.code);
    return codes;
}

int Treatment::totalSites() const
{
    int sites = 0;
    for (const AreaDose &dose : areas)
        sites += dose.sites;
    return sites;
}

int Treatment::areaUnits() const
{
    int units = 0;
    for (const AreaDose &dose : areas)
        units += dose.units;
    return units;
}

QList<AreaDose> Preempt::standardAreas()
{
    QList<AreaDose> doses;
    for (const AreaInfo &info : kAreas)
        doses.append({info.area, info.sites, info.units, false});
    return doses;
}

QList<AreaDose> Preempt::withFollowThePain(int units)
{
    const int extra = units - kStandardUnits;
    if (extra < 0 || units > kMaxUnits || extra % kUnitsPerSite != 0)
        return {};
    QList<AreaDose> doses = standardAreas();
    const InjectionArea order[] = {InjectionArea::Temporalis, InjectionArea::Occipitalis,
                                   InjectionArea::Trapezius};
    const int sites = extra / kUnitsPerSite;
    for (int i = 0; i < 3; ++i) {
        const int share = sites / 3 + (i < sites % 3 ? 1 : 0);
        if (share > 0)
            doses.append({order[i], share, share * kUnitsPerSite, true});
    }
    return doses;
}

QList<TreatmentCycle> cyclesOf(QList<Treatment> treatments)
{
    std::stable_sort(treatments.begin(), treatments.end(),
                     [](const Treatment &a, const Treatment &b) { return a.date < b.date; });
    QList<TreatmentCycle> cycles;
    cycles.reserve(treatments.size());
    QDate previous;
    for (const Treatment &t : std::as_const(treatments)) {
        TreatmentCycle cycle;
        cycle.number = int(cycles.size()) + 1;
        cycle.treatment = t;
        cycle.daysSincePrevious = previous.isValid() ? int(previous.daysTo(t.date)) : -1;
        previous = t.date;
        cycles.append(cycle);
    }
    return cycles;
}

} // namespace ClinicDesk::Core
