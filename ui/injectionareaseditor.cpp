#include "injectionareaseditor.h"

#include "theme.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace ClinicDesk::Ui {

using Core::AreaDose;
using Core::InjectionArea;

namespace {

constexpr int kFollowSites = 2;

QString inputName(const QString &what, const AreaDose &dose)
{
    return what + u'_' + Core::areaCode(dose.area) +
           (dose.additional ? QStringLiteral("_extra") : QString());
}

QSpinBox *spin(int value, int maximum, const QString &name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, maximum);
    box->setValue(value);
    box->setAlignment(Qt::AlignRight);
    box->setMinimumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("0000 U")) + 36);
    return box;
}

} // namespace

InjectionAreasEditor::InjectionAreasEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("injectionAreas"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *follow = new QHBoxLayout;
    m_followArea = new QComboBox(this);
    m_followArea->setObjectName(QStringLiteral("followThePainArea"));
    m_followArea->setAccessibleName(tr("Follow-the-pain area"));
    m_addFollow = new QPushButton(tr("Add follow-the-pain units"), this);
    m_addFollow->setObjectName(QStringLiteral("addFollowThePain"));
    m_addFollow->setAutoDefault(false);
    m_addFollow->setToolTip(tr("Up to 40 more units in the temporalis, occipitalis or trapezius "
                               "(at most 195 U in 39 sites)"));
    m_reset = new QPushButton(tr("Standard 155 U"), this);
    m_reset->setObjectName(QStringLiteral("resetAreas"));
    m_reset->setAutoDefault(false);
    m_reset->setToolTip(tr("Put back the PREEMPT pattern: 155 U in 31 sites, no additions"));
    follow->addWidget(m_followArea);
    follow->addWidget(m_addFollow);
    follow->addStretch(1);
    follow->addWidget(m_reset);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("areaTotals"));
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);

    layout->addLayout(follow);
    layout->addWidget(m_totals);

    connect(m_addFollow, &QPushButton::clicked, this, [this] {
        if (m_followArea->currentIndex() >= 0)
            addFollowThePain(InjectionArea(m_followArea->currentData().toInt()));
    });
    connect(m_reset, &QPushButton::clicked, this, &InjectionAreasEditor::resetToStandard);
    rebuild(Core::Preempt::standardAreas());
}

void InjectionAreasEditor::setAreas(const QList<AreaDose> &areas)
{
    rebuild(areas);
}

QList<AreaDose> InjectionAreasEditor::areas() const
{
    QList<AreaDose> list;
    list.reserve(m_rows.size());
    for (const Row &row : m_rows) {
        AreaDose dose = row.dose;
        dose.sites = row.sites->value();
        dose.units = row.units->value();
        list.append(dose);
    }
    return list;
}

QString InjectionAreasEditor::totalsText(const QList<AreaDose> &areas)
{
    int units = 0;
    int sites = 0;
    for (const AreaDose &dose : areas) {
        units += dose.units;
        sites += dose.sites;
    }
    return sites == 1 ? tr("%1 U in 1 site").arg(units)
                      : tr("%1 U in %2 sites").arg(units).arg(sites);
}

QWidget *InjectionAreasEditor::firstInput() const
{
    return m_rows.isEmpty() ? static_cast<QWidget *>(m_addFollow) : m_rows.constFirst().sites;
}

void InjectionAreasEditor::addFollowThePain(InjectionArea area)
{
    if (!Core::allowsFollowThePain(area))
        return;
    for (const Row &row : std::as_const(m_rows))
        if (row.dose.additional && row.dose.area == area) {
            row.units->setFocus();
            return;
        }
    QList<AreaDose> list = areas();
    list.append({area, kFollowSites, kFollowSites * Core::Preempt::kUnitsPerSite, true});
    rebuild(list);
    for (const Row &row : std::as_const(m_rows))
        if (row.dose.additional && row.dose.area == area)
            row.units->setFocus();
    emit changed();
}

void InjectionAreasEditor::resetToStandard()
{
    rebuild(Core::Preempt::standardAreas());
    emit changed();
}

void InjectionAreasEditor::removeAddition(InjectionArea area)
{
    QList<AreaDose> list = areas();
    list.removeIf([area](const AreaDose &d) { return d.additional && d.area == area; });
    rebuild(list);
    m_addFollow->setFocus();
    emit changed();
}

void InjectionAreasEditor::rebuild(const QList<AreaDose> &input)
{
    // The PREEMPT rows first, then the additions, whatever order they were stored in.
    QList<AreaDose> ordered;
    for (const AreaDose &d : input)
        if (!d.additional)
            ordered.append(d);
    for (const AreaDose &d : input)
        if (d.additional)
            ordered.append(d);

    m_rows.clear();
    if (m_grid) {
        // A Remove button of the old rows may be the one calling: let it finish first.
        m_grid->hide();
        m_grid->setParent(nullptr);
        m_grid->deleteLater();
    }
    m_grid = new QWidget(this);
    m_grid->setObjectName(QStringLiteral("areaRows"));
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setHorizontalSpacing(10);
    m_gridLayout->setVerticalSpacing(3);
    const QStringList headers{tr("Area"), tr("Sites"), tr("Units")};
    for (int column = 0; column < headers.size(); ++column) {
        auto *header = new QLabel(headers[column], m_grid);
        Theme::styleAsHint(header);
        m_gridLayout->addWidget(header, 0, column, column == 0 ? Qt::AlignLeft : Qt::AlignRight);
    }

    int line = 1;
    for (const AreaDose &dose : std::as_const(ordered)) {
        Row row;
        row.dose = dose;
        const QString label = dose.additional
                                  ? tr("+ %1 (follow-the-pain)").arg(Core::areaLabel(dose.area))
                                  : Core::areaLabel(dose.area);
        auto *name = new QLabel(label, m_grid);
        row.sites = spin(dose.sites, 40, inputName(QStringLiteral("sites"), dose), m_grid);
        row.units = spin(dose.units, 400, inputName(QStringLiteral("units"), dose), m_grid);
        row.sites->setAccessibleName(tr("%1 sites").arg(label));
        row.units->setAccessibleName(tr("%1 units").arg(label));
        row.units->setSuffix(tr(" U"));
        row.lastSites = dose.sites;
        name->setBuddy(row.sites);
        m_gridLayout->addWidget(name, line, 0);
        m_gridLayout->addWidget(row.sites, line, 1);
        m_gridLayout->addWidget(row.units, line, 2);
        if (dose.additional) {
            auto *remove = new QPushButton(tr("Remove"), m_grid);
            remove->setObjectName(inputName(QStringLiteral("remove"), dose));
            remove->setAutoDefault(false);
            remove->setToolTip(tr("Take the follow-the-pain units for the %1 off")
                                   .arg(Core::areaLabel(dose.area).toLower()));
            const InjectionArea area = dose.area;
            connect(remove, &QPushButton::clicked, this, [this, area] { removeAddition(area); });
            m_gridLayout->addWidget(remove, line, 3);
        }
        const int index = int(m_rows.size());
        connect(row.sites, &QSpinBox::valueChanged, this, [this, index] { onSitesChanged(index); });
        connect(row.units, &QSpinBox::valueChanged, this, [this] {
            updateTotals();
            emit changed();
        });
        m_rows.append(row);
        ++line;
    }
    m_gridLayout->setColumnStretch(0, 1);
    m_gridLayout->setColumnMinimumWidth(
        3, m_addFollow->fontMetrics().horizontalAdvance(tr("Remove")) + 28);
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_grid);

    // Tab goes down the sites and units, row by row.
    QWidget *previous = nullptr;
    for (const Row &row : std::as_const(m_rows)) {
        if (previous)
            setTabOrder(previous, row.sites);
        setTabOrder(row.sites, row.units);
        previous = row.units;
    }
    if (previous)
        setTabOrder(previous, m_followArea);
    // Focus given to the editor (a message about the areas) lands on the first input.
    setFocusProxy(firstInput());
    updateFollowChoices();
    updateTotals();
}

void InjectionAreasEditor::onSitesChanged(int index)
{
    Row &row = m_rows[index];
    const int sites = row.sites->value();
    // 5 U a site: the units keep up with the sites unless someone has given a different dose.
    if (row.units->value() == row.lastSites * Core::Preempt::kUnitsPerSite)
        row.units->setValue(sites * Core::Preempt::kUnitsPerSite);
    row.lastSites = sites;
    updateTotals();
    emit changed();
}

void InjectionAreasEditor::updateFollowChoices()
{
    m_followArea->clear();
    for (InjectionArea area : Core::allAreas()) {
        if (!Core::allowsFollowThePain(area))
            continue;
        const bool taken = std::any_of(m_rows.cbegin(), m_rows.cend(), [area](const Row &row) {
            return row.dose.additional && row.dose.area == area;
        });
        if (!taken)
            m_followArea->addItem(Core::areaLabel(area), int(area));
    }
    m_followArea->setEnabled(m_followArea->count() > 0);
    m_addFollow->setEnabled(m_followArea->count() > 0);
}

void InjectionAreasEditor::updateTotals()
{
    m_totals->setText(totalsText(areas()));
}

} // namespace ClinicDesk::Ui
