#include "patientappointmentswidget.h"

#include "appointmentlistmodel.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace ClinicDesk::Ui {

PatientAppointmentsWidget::PatientAppointmentsWidget(Core::AppointmentService &service,
                                                     QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("patientAppointments"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *header = new QHBoxLayout;
    m_upcomingTitle = new QLabel(this);
    m_upcomingTitle->setObjectName(QStringLiteral("upcomingTitle"));
    header->addWidget(m_upcomingTitle);
    header->addStretch();
    m_book = new QPushButton(QStringLiteral("Book\u2026"), this);
    m_book->setObjectName(QStringLiteral("bookButton"));
    m_book->setToolTip(QStringLiteral("Book a visit for this patient"));
    header->addWidget(m_book);
    layout->addLayout(header);

    m_upcoming = new AppointmentListModel(this);
    layout->addWidget(makeTable(m_upcoming, QStringLiteral("upcomingTable")), 1);
    m_pastTitle = new QLabel(this);
    m_pastTitle->setObjectName(QStringLiteral("pastTitle"));
    layout->addWidget(m_pastTitle);
    m_past = new AppointmentListModel(this);
    layout->addWidget(makeTable(m_past, QStringLiteral("pastTable")), 2);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("appointmentsMessage"));
    Theme::styleAsError(m_message);
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_book, &QPushButton::clicked, this, [this] {
        if (m_patientId != 0)
            emit bookRequested(m_patientId);
    });
    refresh();
}

QTableView *PatientAppointmentsWidget::makeTable(AppointmentListModel *model, const QString &name)
{
    auto *table = new QTableView(this);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    // One line a visit in a narrow side panel: columns fit their text, the last takes the rest.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    connect(table, &QTableView::activated, this, [this, model](const QModelIndex &index) {
        emit appointmentActivated(
            model->data(index, AppointmentListModel::AppointmentIdRole).toLongLong());
    });
    return table;
}

void PatientAppointmentsWidget::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    refresh();
}

void PatientAppointmentsWidget::refresh()
{
    QList<Core::ScheduleEntry> upcoming, past;
    m_message->hide();
    if (m_patientId != 0) {
        auto all = m_service.forPatient(m_patientId);
        if (all) {
            const QDate today = m_service.clock().today();
            for (const Core::ScheduleEntry &e : all.value())
                (e.slot().date >= today ? upcoming : past).append(e);
        } else {
            m_message->setText(all.error().message);
            m_message->show();
        }
    }
    const auto earlier = [](const Core::ScheduleEntry &a, const Core::ScheduleEntry &b) {
        return a.slot().start() < b.slot().start();
    };
    std::sort(upcoming.begin(), upcoming.end(), earlier);
    std::sort(past.begin(), past.end(),
              [&](const auto &a, const auto &b) { return earlier(b, a); });
    m_upcoming->setEntries(upcoming);
    m_past->setEntries(past);
    m_upcomingTitle->setText(QStringLiteral("<b>Upcoming</b> (%1)").arg(upcoming.size()));
    m_pastTitle->setText(QStringLiteral("<b>Past</b> (%1)").arg(past.size()));
    m_book->setEnabled(m_patientId != 0);
}

} // namespace ClinicDesk::Ui
