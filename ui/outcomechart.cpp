#include "outcomechart.h"

#include "theme.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QStackedLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace ClinicDesk::Ui {

using Core::DiaryEntry;
using Core::PatientOutcome;

namespace {

// Calm, distinct and readable on white; each line also has its own pen style.
const QColor kHeadacheColour{0x2b, 0x67, 0x94}; // the accent blue
const QColor kMigraineColour{0x7a, 0x3e, 0x8c}; // plum
const QColor kBaselineColour{0x52, 0x5f, 0x6d}; // muted slate
const QColor kThresholdColour{0xa3, 0x5a, 0x00}; // amber
const QColor kGoodColour{0x1d, 0x6e, 0x45}; // green
const QColor kTreatmentColour{0x8a, 0x94, 0x9e}; // light slate

// A month's count covers the whole month, so its point sits mid-month: a treatment on the 10th
// then shows before the month it mostly affected.
QDateTime midMonth(QDate month)
{
    return QDateTime(QDate(month.year(), month.month(), 15), QTime(0, 0));
}

qreal at(const QDateTime &when)
{
    return qreal(when.toMSecsSinceEpoch());
}

QPen pen(const QColor &colour, qreal width, Qt::PenStyle style)
{
    QPen p(colour, width, style);
    p.setCapStyle(Qt::FlatCap);
    return p;
}

// A series that only marks something (a treatment, a level) shows its text at one point.
void labelOnePoint(QLineSeries *series, const QString &text, int index, const QColor &colour)
{
    series->setPointLabelsFormat(text);
    series->setPointLabelsVisible(true);
    series->setPointLabelsClipping(false);
    series->setPointLabelsColor(colour);
    QFont font = series->pointLabelsFont();
    font.setBold(true);
    series->setPointLabelsFont(font);
    for (int i = 0; i < series->count(); ++i)
        if (i != index)
            series->setPointConfiguration(i, QXYSeries::PointConfiguration::LabelVisibility, false);
}

QString days(double value)
{
    return QLocale(QLocale::English, QLocale::UnitedStates)
        .toString(value, 'f', std::abs(value - std::round(value)) < 0.05 ? 0 : 1);
}

} // namespace

OutcomeChart::OutcomeChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("outcomeChart"));
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("outcomeChartMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    // A white panel where the chart will be, so the page does not look broken.
    m_message->setStyleSheet(
        QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid "
                       "%3; }")
            .arg(Theme::mutedText.name(), Theme::base.name(), Theme::border.name()));
    QFont font = m_message->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_message->setFont(font);
    m_stack->addWidget(m_message);

    m_view = new QChartView(this);
    m_view->setObjectName(QStringLiteral("outcomeChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_stack->addWidget(m_view);

    showMessage(emptyMessage());
}

QString OutcomeChart::emptyMessage()
{
    return tr("No diary yet: add the baseline month before cycle 1");
}

void OutcomeChart::setOutcome(const PatientOutcome &outcome)
{
    m_outcome = outcome;
    if (outcome.entries.isEmpty()) {
        showMessage(emptyMessage());
        return;
    }
    QChart *old = m_view->chart();
    m_view->setChart(buildChart(outcome));
    delete old; // the view hands back the chart it held
    m_stack->setCurrentWidget(m_view);
}

void OutcomeChart::showMessage(const QString &message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

bool OutcomeChart::isShowingChart() const
{
    return m_stack->currentWidget() == m_view;
}

QString OutcomeChart::message() const
{
    return isShowingChart() ? QString() : m_message->text();
}

QChart *OutcomeChart::chart() const
{
    return isShowingChart() ? m_view->chart() : nullptr;
}

QPixmap OutcomeChart::renderTo(QSize size) const
{
    return render(m_outcome, size);
}

QPixmap OutcomeChart::render(const PatientOutcome &outcome, QSize size)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::white);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(outcome, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return pixmap;
}

void OutcomeChart::paint(const PatientOutcome &outcome, QPainter *painter, const QRectF &target)
{
    if (outcome.entries.isEmpty()) {
        painter->save();
        painter->setPen(Theme::mutedText);
        painter->drawText(target, Qt::AlignCenter | Qt::TextWordWrap, emptyMessage());
        painter->restore();
        return;
    }
    // The chart lays out its text at screen resolution; on a printer or PDF page (300 or 1200
    // dpi) it is laid out at the size the target would have on screen and scaled up to it, so
    // its labels keep a readable size on paper instead of shrinking to specks (a third smaller
    // than on screen, so that a month axis across a page is not cut short).
    const qreal dpi = painter->device() ? painter->device()->logicalDpiX() : 96;
    const QSizeF logical = dpi > 96 ? target.size() * (96.0 / dpi) * 1.35 : target.size();
    QGraphicsScene scene;
    QChart *chart = buildChart(outcome); // the scene owns it from here
    scene.addItem(chart);
    chart->resize(logical);
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    // A chart lays itself out on the next event loop turn; a document is drawn now.
    if (chart->layout())
        chart->layout()->activate();
    scene.render(painter, target, scene.sceneRect());
}

QChart *OutcomeChart::buildChart(const PatientOutcome &outcome)
{
    const Core::OutcomeSummary &summary = outcome.summary;
    auto *chart = new QChart;
    chart->setObjectName(QStringLiteral("outcomeChart"));
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(8, 8, 8, 8));
    chart->setTitle(summary.label());
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(std::max(11.0, titleFont.pointSizeF() * 1.2));
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(Theme::text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(Theme::text);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    QList<DiaryEntry> entries = outcome.entries;
    std::sort(entries.begin(), entries.end(),
              [](const DiaryEntry &a, const DiaryEntry &b) { return a.month < b.month; });

    // The months shown: every diary month and every treatment, with half a month either side.
    QDate first = entries.constFirst().month;
    QDate last = entries.constLast().month;
    for (const QDate &treated : outcome.treatmentDates) {
        first = std::min(first, DiaryEntry::monthOf(treated));
        last = std::max(last, DiaryEntry::monthOf(treated));
    }
    // Ticks are spread evenly, so they sit on mid-months (never near a month's edge, where an
    // uneven month could tip a label into the next one); at most about twelve of them.
    const QDate from = first.addMonths(-1);
    const int span = int((last.year() - from.year()) * 12 + last.month() - from.month()) + 1;
    const int step = std::max(1, (span + 11) / 12);
    const int intervals = (span + step - 1) / step;
    const QDate to = from.addMonths(intervals * step);

    int highest = 0;
    for (const DiaryEntry &e : entries)
        highest = std::max({highest, e.headacheDays, e.migraineDays});
    if (summary.baseline)
        highest = std::max(highest, summary.baseline->headacheDays);
    const int top = std::max(10, int(std::ceil((highest + 3) / 5.0)) * 5);

    auto *monthAxis = new QDateTimeAxis;
    monthAxis->setObjectName(QStringLiteral("monthAxis"));
    monthAxis->setFormat(QStringLiteral("MMM yyyy"));
    monthAxis->setRange(midMonth(from), midMonth(to));
    monthAxis->setTickCount(intervals + 1);
    monthAxis->setLabelsBrush(Theme::text);
    monthAxis->setGridLineColor(QColor(0xe6, 0xea, 0xee));
    chart->addAxis(monthAxis, Qt::AlignBottom);

    auto *daysAxis = new QValueAxis;
    daysAxis->setObjectName(QStringLiteral("daysAxis"));
    daysAxis->setRange(0, top);
    daysAxis->setTickCount(top / 5 + 1);
    daysAxis->setLabelFormat(QStringLiteral("%d"));
    daysAxis->setTitleText(tr("Days a month"));
    daysAxis->setTitleBrush(Theme::mutedText);
    daysAxis->setLabelsBrush(Theme::text);
    daysAxis->setGridLineColor(QColor(0xe6, 0xea, 0xee));
    chart->addAxis(daysAxis, Qt::AlignLeft);

    auto add = [&](QLineSeries *series) {
        chart->addSeries(series);
        series->attachAxis(monthAxis);
        series->attachAxis(daysAxis);
    };
    const qreal left = at(midMonth(from));
    const qreal right = at(midMonth(to));

    // Added in the order the legend lists them: the diary, the levels, the treatments.
    auto *migraine = new QLineSeries;
    migraine->setObjectName(QStringLiteral("migraineDays"));
    migraine->setName(tr("Migraine days"));
    migraine->setPen(pen(kMigraineColour, 2, Qt::DashLine));
    migraine->setPointsVisible(true);
    migraine->setMarkerSize(6);
    auto *headache = new QLineSeries;
    headache->setObjectName(QStringLiteral("headacheDays"));
    headache->setName(tr("Headache days"));
    headache->setPen(pen(kHeadacheColour, 3, Qt::SolidLine));
    headache->setPointsVisible(true);
    headache->setMarkerSize(9);
    for (const DiaryEntry &e : std::as_const(entries)) {
        const qreal x = at(midMonth(e.month));
        headache->append(x, e.headacheDays);
        migraine->append(x, e.migraineDays);
    }
    add(headache);
    add(migraine);

    if (summary.baseline) {
        const int base = summary.baseline->headacheDays;
        auto *baseline = new QLineSeries;
        baseline->setObjectName(QStringLiteral("baseline"));
        baseline->setName(tr("Baseline %1").arg(base));
        baseline->setPen(pen(kBaselineColour, 1.5, Qt::SolidLine));
        baseline->append(left, base);
        baseline->append(right, base);
        add(baseline);

        // The clinic's threshold and the 50% the clinic quotes as common; one line when equal.
        QList<int> percents{summary.thresholdPercent};
        if (summary.thresholdPercent != Core::OutcomeSettings::kGoodResponsePercent)
            percents.append(Core::OutcomeSettings::kGoodResponsePercent);
        std::sort(percents.begin(), percents.end());
        if (base > 0) {
            for (int percent : std::as_const(percents)) {
                const double level = base * (100 - percent) / 100.0;
                const bool isGood = percent == Core::OutcomeSettings::kGoodResponsePercent;
                auto *line = new QLineSeries;
                line->setObjectName(QStringLiteral("reduction%1").arg(percent));
                line->setName(tr("%1% reduction (%2)").arg(percent).arg(days(level)));
                line->setPen(isGood ? pen(kGoodColour, 1.5, Qt::DashDotDotLine)
                                    : pen(kThresholdColour, 1.5, Qt::DashDotLine));
                line->append(left, level);
                line->append(right, level);
                labelOnePoint(line, QStringLiteral("\u2212%1%").arg(percent), 1,
                              isGood ? kGoodColour : kThresholdColour);
                add(line);
            }
        }
    }

    QList<QDate> treated = outcome.treatmentDates;
    std::sort(treated.begin(), treated.end());
    for (int i = 0; i < treated.size(); ++i) {
        const QString cycle = QStringLiteral("C%1").arg(i + 1);
        const qreal x = at(QDateTime(treated.at(i), QTime(12, 0)));
        auto *series = new QLineSeries;
        series->setObjectName(QStringLiteral("treatment%1").arg(i + 1));
        series->setName(tr("Treatment"));
        series->setPen(pen(kTreatmentColour, 1.5, Qt::DotLine));
        series->append(x, 0);
        series->append(x, top * 0.93);
        labelOnePoint(series, cycle, 1, Theme::text);
        add(series);
    }

    // One legend entry for all the treatment lines.
    bool treatmentListed = false;
    for (QLegendMarker *marker : chart->legend()->markers()) {
        if (!marker->series()->objectName().startsWith(u"treatment"))
            continue;
        marker->setVisible(!treatmentListed);
        treatmentListed = true;
    }
    return chart;
}

} // namespace ClinicDesk::Ui
