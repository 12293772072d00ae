#pragma once

#include "outcomeservice.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QPainter;
class QStackedLayout;

namespace ClinicDesk::Ui {

// A patient's headache diary as a chart for the clinician: headache days a month (solid line with
// points), migraine days (dashed line), each treatment as a vertical line labelled C1, C2…, the
// baseline, and the lines of the response threshold (30% by default) and of a 50% reduction. The
// current reduction is the title. Lines differ by style and width, not by colour alone. Without a
// diary it says what to add first.
class OutcomeChart : public QWidget
{
    Q_OBJECT
public:
    explicit OutcomeChart(QWidget *parent = nullptr);

    void setOutcome(const Core::PatientOutcome &outcome);
    // Shows `message` instead of a chart (no patient selected, a read that failed).
    void showMessage(const QString &message);
    const Core::PatientOutcome &outcome() const { return m_outcome; }
    bool isShowingChart() const;
    QString message() const;
    // The chart on screen; null while a message is shown.
    QChart *chart() const;

    // The same chart drawn for a document (the printed patient summary): a pixmap of `size`, or
    // into `target` on any painter (a PDF stays vector).
    QPixmap renderTo(QSize size) const;
    static QPixmap render(const Core::PatientOutcome &outcome, QSize size);
    static void paint(const Core::PatientOutcome &outcome, QPainter *painter, const QRectF &target);

    static QString emptyMessage();
    // Builds the chart; the caller owns it. Series and axes have object names that say what
    // they show ("headacheDays", "migraineDays", "baseline", "reduction30", "reduction50",
    // "treatment1"…, "monthAxis", "daysAxis").
    static QChart *buildChart(const Core::PatientOutcome &outcome);

private:
    Core::PatientOutcome m_outcome;
    QStackedLayout *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QChartView *m_view = nullptr;
};

} // namespace ClinicDesk::Ui
