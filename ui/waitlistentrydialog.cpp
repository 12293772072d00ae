#include "waitlistentrydialog.h"

#include "appointmenttext.h"
#include "gridpainter.h"
#include "patientpicker.h"
#include "schedulecontext.h"
#include "slottimeedit.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace ClinicDesk::Ui {

using Core::WaitlistEntry;

namespace {

QComboBox *choiceBox(const QString &objectName, const QString &anyText, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->addItem(anyText, qint64(0));
    return box;
}

void selectId(QComboBox *box, qint64 id)
{
    const int index = box->findData(id);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

WaitlistEntryDialog::WaitlistEntryDialog(Core::WaitlistService &service,
                                         Core::PatientService &patients,
                                         const Core::ClinicSetupService &setup,
                                         const WaitlistEntry &entry, QWidget *parent)
    : SetupFormDialog(entry.id > 0 ? tr("Waitlist \u2014 %1").arg(entry.patientName)
                                   : tr("Add to the waitlist"),
                      QStringLiteral("waitlistEntryDialog"), parent)
    , m_service(service)
    , m_entry(entry)
{
    setMinimumWidth(560);
    if (entry.id > 0) {
        // The wishes change; the patient of an entry does not.
        auto *patient =
            new QLabel(QStringLiteral("<b>%1</b>").arg(entry.patientName.toHtmlEscaped()), this);
        patient->setObjectName(QStringLiteral("patient"));
        addField(tr("Patient"), patient, QStringLiteral("patient"));
    } else {
        m_picker = new PatientPicker(patients, this);
        if (entry.patientId > 0)
            m_picker->setPatient(entry.patientId);
        addField(tr("&Patient"), m_picker, QStringLiteral("patient"));
    }

    auto *days = new QWidget(this);
    days->setObjectName(QStringLiteral("weekdays"));
    auto *daysLayout = new QHBoxLayout(days);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    daysLayout->setSpacing(10);
    static const char *const names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(QLatin1String(names[day - 1]), days);
        box->setObjectName(QStringLiteral("weekday%1").arg(day));
        box->setAccessibleName(Core::weekdayName(day));
        box->setChecked(entry.weekdays.contains(day));
        daysLayout->addWidget(box);
        m_weekdays << box;
    }
    daysLayout->addStretch(1);
    addField(tr("Days that suit"), days, QStringLiteral("weekdays"));
    if (auto *error = findChild<QLabel *>(QStringLiteral("error_weekdays")))
        for (QCheckBox *box : std::as_const(m_weekdays))
            connect(box, &QCheckBox::toggled, error, &QWidget::hide);

    m_earliest = new SlotTimeEdit(15, this);
    m_earliest->setObjectName(QStringLiteral("earliestTime"));
    m_latest = new SlotTimeEdit(15, this);
    m_latest->setObjectName(QStringLiteral("latestTime"));
    auto *times = new QWidget(this);
    auto *timesLayout = new QHBoxLayout(times);
    timesLayout->setContentsMargins(0, 0, 0, 0);
    timesLayout->setSpacing(6);
    timesLayout->addWidget(m_earliest);
    auto preset = [&](const QString &text, const QString &name, int from, int to) {
        auto *button = new QPushButton(text, times);
        button->setObjectName(name);
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QPushButton::clicked, this, [this, from, to] { setTimes(from, to); });
        return button;
    };
    timesLayout->addSpacing(12);
    timesLayout->addWidget(
        preset(tr("Mornings"), QStringLiteral("morningsButton"), 8 * 60, 12 * 60));
    timesLayout->addWidget(
        preset(tr("Afternoons"), QStringLiteral("afternoonsButton"), 12 * 60, 17 * 60));
    timesLayout->addWidget(
        preset(tr("Any time"), QStringLiteral("anyTimeButton"), 8 * 60, 17 * 60));
    timesLayout->addStretch(1);
    addField(tr("&Earliest start"), times, QStringLiteral("earliestTime"));
    labelFor(QStringLiteral("earliestTime"))->setBuddy(m_earliest);
    addField(tr("&Done by"), m_latest, QStringLiteral("latestTime"));
    setTimes(entry.earliestMinute, entry.latestMinute);

    m_type = choiceBox(QStringLiteral("type"), tr("Any visit"), this);
    if (auto types = setup.appointmentTypes()) {
        for (const Core::AppointmentType &t : types.value())
            if (t.active || t.id == entry.typeId)
                m_type->addItem(GridPainter::dotIcon(colourOf(t.colour)), t.name, t.id);
    }
    selectId(m_type, entry.typeId);
    addField(tr("&Visit type"), m_type, QStringLiteral("type"));

    m_provider = choiceBox(QStringLiteral("provider"), tr("Any provider"), this);
    if (auto providers = setup.providers()) {
        for (const Core::Provider &p : providers.value())
            if (p.active || p.id == entry.providerId)
                m_provider->addItem(p.displayName(), p.id);
    }
    selectId(m_provider, entry.providerId);
    addField(tr("P&rovider"), m_provider, QStringLiteral("provider"));

    m_notes = new QPlainTextEdit(entry.notes, this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("e.g. can come at an hour's notice; call the mobile"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    addField(tr("N&otes"), m_notes, QStringLiteral("notes"));

    auto *hint = new QLabel(tr("When a visit that fits is cancelled, the desk is offered the "
                               "patients it suits, most overdue first."),
                            this);
    hint->setObjectName(QStringLiteral("waitlistHint"));
    hint->setWordWrap(true);
    Theme::styleAsHint(hint);
    addWide(hint);

    setSaver([this] { return store(); });
    setSnapshot([this] { return snapshot(); });
    if (m_picker && m_picker->patientId() == 0)
        m_picker->focusSearch();
    else
        m_weekdays.constFirst()->setFocus();
}

void WaitlistEntryDialog::setTimes(int earliestMinute, int latestMinute)
{
    m_earliest->setTime(Core::WallClock::timeOf(earliestMinute));
    m_latest->setTime(Core::WallClock::timeOf(latestMinute));
}

WaitlistEntry WaitlistEntryDialog::fromForm() const
{
    WaitlistEntry e = m_entry;
    if (m_picker)
        e.patientId = m_picker->patientId();
    e.weekdays.clear();
    for (int day = 1; day <= 7; ++day)
        if (m_weekdays[day - 1]->isChecked())
            e.weekdays.append(day);
    e.earliestMinute = Core::WallClock::minuteOf(m_earliest->time());
    e.latestMinute = Core::WallClock::minuteOf(m_latest->time());
    e.typeId = m_type->currentData().toLongLong();
    e.providerId = m_provider->currentData().toLongLong();
    e.notes = m_notes->toPlainText();
    return e;
}

QString WaitlistEntryDialog::snapshot() const
{
    const WaitlistEntry e = fromForm();
    return QStringList{QString::number(e.patientId),
                       Core::WaitlistRules::weekdaysCode(e.weekdays),
                       QString::number(e.earliestMinute),
                       QString::number(e.latestMinute),
                       QString::number(e.typeId),
                       QString::number(e.providerId),
                       e.notes}
        .join(u'|');
}

Core::Status WaitlistEntryDialog::store()
{
    const WaitlistEntry e = fromForm();
    // Every problem the form can see at once, each under its field; the first is returned last
    // so that it takes the focus.
    const Core::WaitlistService::Outcome outcome = m_service.check(e);
    if (!outcome.ok()) {
        for (qsizetype i = outcome.errors.size() - 1; i >= 1; --i)
            showError(Core::Error::invalid(outcome.errors[i].message, outcome.errors[i].field));
        const Core::FieldError &first = outcome.errors.constFirst();
        return Core::Error::invalid(first.message, first.field);
    }
    auto saved = e.id > 0 ? m_service.update(e) : m_service.add(e);
    if (!saved)
        return saved.error();
    m_saved = saved.value();
    return {};
}

} // namespace ClinicDesk::Ui
