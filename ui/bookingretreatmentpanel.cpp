#include "bookingretreatmentpanel.h"

#include "theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

namespace {
QString shortDate(QDate date)
{
    return QLocale(QLocale::English, QLocale::UnitedStates)
        .toString(date, QStringLiteral("ddd MMM d, yyyy"));
}
} // namespace

BookingRetreatmentPanel::BookingRetreatmentPanel(const ScheduleServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("retreatmentPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("retreatmentStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    m_authorization = new QLabel(this);
    m_authorization->setObjectName(QStringLiteral("authorizationStatus"));
    m_authorization->setWordWrap(true);
    m_authorization->setTextFormat(Qt::PlainText);
    layout->addWidget(m_authorization);

    m_earlyFrame = new QFrame(this);
    m_earlyFrame->setObjectName(QStringLiteral("tooEarlyFrame"));
    m_earlyFrame->setStyleSheet(
        Theme::bannerStyleSheet(m_earlyFrame->objectName(), QStringLiteral("warning")));
    auto *early = new QFormLayout(m_earlyFrame);
    early->setContentsMargins(10, 6, 10, 6);
    m_earlyLabel = new QLabel(m_earlyFrame);
    m_earlyLabel->setObjectName(QStringLiteral("tooEarlyLabel"));
    m_earlyLabel->setWordWrap(true);
    early->addRow(m_earlyLabel);
    m_reason = new QLineEdit(m_earlyFrame);
    m_reason->setObjectName(QStringLiteral("overrideReasonEdit"));
    m_reason->setMaxLength(300);
    m_reason->setPlaceholderText(QStringLiteral("e.g. travelling on the due date; Dr Fiks agreed"));
    early->addRow(QStringLiteral("Override &reason:"), m_reason);
    m_earlyFrame->hide();
    layout->addWidget(m_earlyFrame);

    auto *drugRow = new QFormLayout;
    drugRow->setContentsMargins(0, 0, 0, 0);
    m_drugSource = new QComboBox(this);
    m_drugSource->setObjectName(QStringLiteral("drugSourceCombo"));
    m_drugSource->addItem(QStringLiteral("Clinic stock (buy and bill)"), false);
    m_drugSource->addItem(QStringLiteral("Specialty pharmacy (order for this patient)"), true);
    drugRow->addRow(QStringLiteral("&Drug from:"), m_drugSource);
    layout->addLayout(drugRow);

    connect(m_reason, &QLineEdit::textChanged, this,
            &BookingRetreatmentPanel::overrideReasonChanged);
    hide();
}

void BookingRetreatmentPanel::update(bool isBotox, qint64 patientId, QDate day,
                                     const QString &tooEarly)
{
    const bool show = isBotox && m_services.retreatment;
    setVisible(show);
    if (!show)
        return;
    QString status;
    QString kind = QStringLiteral("muted");
    if (patientId == 0) {
        status = QStringLiteral("Choose the patient to see their retreatment window.");
    } else if (auto course = m_services.retreatment->courseFor(patientId); !course) {
        status = course.error().message;
        kind = QStringLiteral("error");
    } else if (!course->lastTreated.isValid()) {
        status = QStringLiteral("First Botox treatment: no earlier treatment on record.");
    } else {
        auto patient = m_services.patients->byId(patientId);
        const QString payer = patient ? patient->insurance.payer : QString();
        const Core::RetreatmentWindow window =
            m_services.retreatment->policy().windowFor(course->lastTreated, payer);
        status = QStringLiteral("Cycle %1 \u00B7 last treatment %2\nEarliest %3 \u00B7 due %4 "
                                "\u00B7 overdue after %5")
                     .arg(course->cycles + 1)
                     .arg(shortDate(window.lastTreatment), shortDate(window.earliestAllowed),
                          shortDate(window.due), shortDate(window.overdueAfter));
        if (course->isDiscontinued())
            status += QStringLiteral("\n\u26A0 Stopped treatment on %1: %2")
                          .arg(shortDate(course->discontinuedOn), course->discontinuedReason);
        if (tooEarly.isEmpty() && day.isValid() && window.allows(day)) {
            status += QStringLiteral("\n\u2713 %1 is inside the window.").arg(shortDate(day));
            kind = QStringLiteral("ok");
        } else if (!window.allows(day)) {
            kind = QStringLiteral("warning");
        }
    }
    m_status->setText(status);
    const auto colour = [](const QString &kind) {
        return QStringLiteral("QLabel { color: %1; }")
            .arg((kind == QLatin1String("ok")        ? Theme::okText
                  : kind == QLatin1String("warning") ? Theme::warningText
                  : kind == QLatin1String("error")   ? Theme::errorText
                                                     : Theme::mutedText)
                     .name());
    };
    m_status->setStyleSheet(colour(kind));

    // Prior authorization: a warning that says why, not a refusal (the payer decides).
    QString covered;
    QString coveredKind = QStringLiteral("muted");
    if (m_services.authorizations && patientId != 0 && day.isValid()) {
        if (auto standing = m_services.authorizations->standingFor(patientId, day); !standing) {
            covered = standing.error().message;
            coveredKind = QStringLiteral("error");
        } else if (standing->state == Core::AuthorizationStanding::State::NotNeeded) {
            covered = QStringLiteral("Authorization: %1").arg(standing->label);
        } else if (standing->warns()) {
            covered = QStringLiteral("\u26A0 Authorization: %1")
                          .arg(standing->reason.isEmpty() ? standing->label : standing->reason);
            coveredKind = QStringLiteral("warning");
        } else {
            covered = QStringLiteral("\u2713 Authorization: %1").arg(standing->label);
            coveredKind = QStringLiteral("ok");
        }
    }
    m_authorization->setText(covered);
    m_authorization->setStyleSheet(colour(coveredKind));
    m_authorization->setVisible(!covered.isEmpty());
    const bool early = !tooEarly.isEmpty() || !m_reason->text().trimmed().isEmpty();
    m_earlyLabel->setText(tooEarly.isEmpty()
                              ? QStringLiteral("\u26A0 Booked before the earliest allowed date, "
                                               "with this reason:")
                              : QStringLiteral("\u26A0 ") + tooEarly);
    m_earlyFrame->setVisible(early);
}

QString BookingRetreatmentPanel::authorizationText() const
{
    return m_authorization->isVisibleTo(this) ? m_authorization->text() : QString();
}

QString BookingRetreatmentPanel::overrideReason() const
{
    return isHidden() ? QString() : m_reason->text().simplified();
}

void BookingRetreatmentPanel::setOverrideReason(const QString &reason)
{
    m_reason->setText(reason);
}

bool BookingRetreatmentPanel::fromSpecialtyPharmacy() const
{
    return !isHidden() && m_drugSource->currentData().toBool();
}

QString BookingRetreatmentPanel::statusText() const
{
    return m_status->text();
}

} // namespace ClinicDesk::Ui
