#include "reportchart.h"

#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace ClinicDesk::Ui {

using Core::ReportKind;
using Core::ReportTable;

namespace {

// Calm colours distinct in lightness too, so that the bars still part in grey; the legend names
// each one.
const QColor kDone{0x2b, 0x67, 0x94}; // the accent blue
const QColor kMissed{0xa3, 0x5a, 0x00}; // amber
const QColor kCalled{0x8a, 0x94, 0x9e}; // light slate
const QColor kOpen{0xc9, 0xdd, 0xec}; // pale blue
const QColor kRate{0x7a, 0x3e, 0x8c}; // plum
const QColor kSoon{0x1d, 0x6e, 0x45}; // green

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setObjectName(QStringLiteral("reportChart"));
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(Theme::text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(Theme::text);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QBarSet *barSet(const QString &label, const QString &name, const QColor &colour,
                const QList<double> &values)
{
    auto *set = new QBarSet(label);
    set->setObjectName(name);
    set->setColor(colour);
    set->setBorderColor(colour.darker(130));
    for (double v : values)
        set->append(v);
    return set;
}

// Short month labels ("Nov"), with the year ("Jan ’27") on January and on the first bar so
// that a range across a year's end reads right and still fits under a narrow bar.
QStringList monthLabels(const ReportTable &table)
{
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    QStringList labels;
    for (int row = 0; row < table.rowCount(); ++row) {
        const QDate month = table.value(row, 0).toDate();
        QString label = locale.toString(month, QStringLiteral("MMM"));
        if (row == 0 || month.month() == 1)
            label += QStringLiteral(" ’") + month.toString(QStringLiteral("yy"));
        labels << label;
    }
    return labels;
}

QBarCategoryAxis *categoryAxis(const QStringList &labels)
{
    auto *axis = new QBarCategoryAxis;
    axis->setObjectName(QStringLiteral("categoryAxis"));
    axis->append(labels);
    axis->setLabelsColor(Theme::text);
    axis->setGridLineVisible(false);
    return axis;
}

QValueAxis *countAxis(double max, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setObjectName(QStringLiteral("countAxis"));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(title);
    axis->setLabelsColor(Theme::text);
    axis->setGridLineColor(Theme::border);
    axis->setRange(0, std::max(1.0, max));
    axis->applyNiceNumbers();
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QChart *appointmentsChart(const ReportTable &table)
{
    using C = Core::AppointmentStatusReport::Column;
    QChart *chart = newChart(QObject::tr("How each month's appointments ended"));
    auto *bars = new QStackedBarSeries;
    bars->setObjectName(QStringLiteral("statusBars"));
    bars->append(barSet(QObject::tr("Completed"), QStringLiteral("completed"), kDone,
                        table.numbers(C::Completed)));
    bars->append(barSet(QObject::tr("No-shows"), QStringLiteral("noShows"), kMissed,
                        table.numbers(C::NoShows)));
    bars->append(barSet(QObject::tr("Cancelled"), QStringLiteral("cancelled"), kCalled,
                        table.numbers(C::Cancelled)));
    bars->append(barSet(QObject::tr("Still open"), QStringLiteral("stillOpen"), kOpen,
                        table.numbers(C::StillOpen)));
    bars->setBarWidth(0.6);

    chart->addAxis(categoryAxis(monthLabels(table)), Qt::AlignBottom);
    QAbstractAxis *months = chart->axes(Qt::Horizontal).constFirst();
    const QList<double> booked = table.numbers(C::Booked);
    const double most = booked.isEmpty() ? 0 : *std::max_element(booked.begin(), booked.end());
    QValueAxis *counts = countAxis(most, QObject::tr("Appointments"));
    chart->addAxis(counts, Qt::AlignLeft);
    attach(chart, bars, months, counts);

    // The rate as a dashed line with dots on its own axis; months with no visits due leave a
    // gap rather than a false zero.
    auto *rateAxis = new QValueAxis;
    rateAxis->setObjectName(QStringLiteral("rateAxis"));
    rateAxis->setTitleText(QObject::tr("No-shows %"));
    rateAxis->setLabelFormat(QStringLiteral("%.0f%%"));
    rateAxis->setLabelsColor(kRate.darker(110));
    rateAxis->setGridLineVisible(false);
    double highest = 0;
    for (int row = 0; row < table.rowCount(); ++row)
        highest = std::max(highest, table.value(row, C::NoShowRate).toDouble());
    rateAxis->setRange(0, std::max(10.0, highest * 1.2));
    rateAxis->applyNiceNumbers();
    chart->addAxis(rateAxis, Qt::AlignRight);
    auto *rate = new QLineSeries;
    rate->setObjectName(QStringLiteral("noShowRate"));
    rate->setName(QObject::tr("No-show rate"));
    QPen pen(kRate, 2.5, Qt::DashLine);
    rate->setPen(pen);
    rate->setPointsVisible(true);
    rate->setMarkerSize(7);
    for (int row = 0; row < table.rowCount(); ++row) {
        const QVariant value = table.value(row, C::NoShowRate);
        if (!value.isNull())
            rate->append(row, value.toDouble());
    }
    attach(chart, rate, months, rateAxis);
    return chart;
}

QChart *vialUseChart(const ReportTable &table)
{
    using C = Core::VialUseReport::Column;
    QChart *chart = newChart(QObject::tr("Units given and discarded each month"));
    auto *bars = new QBarSeries;
    bars->setObjectName(QStringLiteral("unitBars"));
    bars->append(barSet(QObject::tr("Units given"), QStringLiteral("unitsGiven"), kDone,
                        table.numbers(C::UnitsGiven)));
    bars->append(barSet(QObject::tr("Units discarded (JW)"), QStringLiteral("unitsDiscarded"),
                        kMissed, table.numbers(C::UnitsDiscarded)));
    bars->setBarWidth(0.7);
    chart->addAxis(categoryAxis(monthLabels(table)), Qt::AlignBottom);
    QAbstractAxis *months = chart->axes(Qt::Horizontal).constFirst();
    const QList<double> given = table.numbers(C::UnitsGiven);
    const double most = given.isEmpty() ? 0 : *std::max_element(given.begin(), given.end());
    QValueAxis *units = countAxis(most, QObject::tr("Units"));
    chart->addAxis(units, Qt::AlignLeft);
    attach(chart, bars, months, units);
    return chart;
}

QChart *overdueChart(const ReportTable &table)
{
    using C = Core::OverdueByProviderReport::Column;
    QChart *chart = newChart(QObject::tr("Botox patients to call, by provider"));
    auto *bars = new QBarSeries;
    bars->setObjectName(QStringLiteral("providerBars"));
    bars->append(barSet(QObject::tr("Overdue"), QStringLiteral("overdue"), kMissed,
                        table.numbers(C::Overdue)));
    bars->append(
        barSet(QObject::tr("Due now"), QStringLiteral("dueNow"), kDone, table.numbers(C::DueNow)));
    bars->append(barSet(QObject::tr("Opening soon"), QStringLiteral("opensSoon"), kSoon,
                        table.numbers(C::OpensSoon)));
    // The count on each bar: the numbers the desk will call about.
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    for (QBarSet *set : bars->barSets())
        set->setLabelColor(Theme::text);
    QStringList providers;
    double most = 0;
    for (int row = 0; row < table.rowCount(); ++row) {
        providers << table.displayText(row, C::Provider);
        for (int column : {int(C::Overdue), int(C::DueNow), int(C::OpensSoon)})
            most = std::max(most, table.value(row, column).toDouble());
    }
    chart->addAxis(categoryAxis(providers), Qt::AlignBottom);
    QAbstractAxis *names = chart->axes(Qt::Horizontal).constFirst();
    QValueAxis *patients = countAxis(most * 1.15, QObject::tr("Patients"));
    chart->addAxis(patients, Qt::AlignLeft);
    attach(chart, bars, names, patients);
    return chart;
}

} // namespace

bool ReportChart::hasChart(ReportKind kind)
{
    return kind != ReportKind::ExpiringAuthorizations;
}

QChart *ReportChart::build(ReportKind kind, const ReportTable &table)
{
    switch (kind) {
    case ReportKind::AppointmentStatus:
        return appointmentsChart(table);
    case ReportKind::VialUse:
        return vialUseChart(table);
    case ReportKind::OverdueByProvider:
        return overdueChart(table);
    case ReportKind::ExpiringAuthorizations:
        return nullptr;
    }
    return nullptr;
}

} // namespace ClinicDesk::Ui
