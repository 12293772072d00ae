#include "calendarexportdialog.h"

#include "clinicdate.h"
#include "datefield.h"
#include "settingspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

namespace {

constexpr int kDefaultWeeks = 8;

QString askForFile(QWidget *parent, const QString &suggested)
{
    // The file dialog asks before replacing a file that is there.
    return QFileDialog::getSaveFileName(parent, QObject::tr("Save the calendar"), suggested,
                                        QObject::tr("Calendar files (*.ics)"));
}

} // namespace

CalendarExportDialog::CalendarExportDialog(Core::AppointmentService &appointments,
                                           Core::ClinicSetupService &setup, QWidget *parent)
    : QDialog(parent)
    , m_appointments(appointments)
    , m_setup(setup)
    , m_exporter(appointments, setup, appointments.clock())
    , m_chooseFile(askForFile)
{
    setObjectName(QStringLiteral("calendarExportDialog"));
    setWindowTitle(tr("Export calendar"));
    setMinimumWidth(540);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);

    auto *intro = new QLabel(tr("Save one provider's appointments as a calendar file (.ics) to "
                                "import into Google Calendar, Outlook or Apple Calendar. "
                                "Importing a newer file updates the visits already there; "
                                "cancelled visits are taken off."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    if (auto providers = setup.providers()) {
        for (const Core::Provider &p : providers.value())
            if (p.active)
                m_providers << p;
    }
    for (const Core::Provider &p : std::as_const(m_providers))
        m_provider->addItem(p.displayName(), p.id);
    form->addRow(tr("&Provider"), m_provider);

    const QDate today = appointments.clock().today();
    m_from = new DateField(today, this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new DateField(today.addDays(kDefaultWeeks * 7), this);
    m_to->setObjectName(QStringLiteral("toDate"));
    form->addRow(tr("&From"), m_from);
    form->addRow(tr("&To"), m_to);
    layout->addLayout(form);

    m_withNames =
        new QCheckBox(tr("Include patient &names (only for a calendar you alone can see)"), this);
    m_withNames->setObjectName(QStringLiteral("withNamesCheck"));
    m_withNames->setChecked(false);
    m_withNames->setToolTip(tr("Without it, events show only the type of visit and the room. "
                               "With it, they also show the patient's name, record number, "
                               "notes and cancel reasons."));
    layout->addWidget(m_withNames);

    auto *zone = new QLabel(tr("Times are the clinic's (%1).").arg(m_exporter.timeZoneId()), this);
    zone->setObjectName(QStringLiteral("timeZoneLabel"));
    layout->addWidget(zone);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("calendarExportSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_message = createMessageLine(QStringLiteral("calendarExportMessage"), this);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export\u2026"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(m_export, &QPushButton::clicked, this, &CalendarExportDialog::exportCalendar);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &CalendarExportDialog::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &CalendarExportDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &CalendarExportDialog::refresh);

    refresh();
    resize(minimumWidth(), 0);
    fitHeight();
}

void CalendarExportDialog::fitHeight()
{
    // A window's layout does not grow it for wrapped text on its own (its minimum size ignores
    // height-for-width), so the fields would be squeezed when a message line appears.
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

Core::CalendarExportRequest CalendarExportDialog::request() const
{
    Core::CalendarExportRequest request;
    const qsizetype index = m_provider->currentIndex();
    if (index >= 0 && index < m_providers.size())
        request.provider = m_providers.at(index);
    request.from = m_from->date();
    request.to = m_to->date();
    request.withPatientNames = m_withNames->isChecked();
    return request;
}

void CalendarExportDialog::refresh()
{
    updateSummary();
    fitHeight();
}

void CalendarExportDialog::updateSummary()
{
    showMessage(m_message, {}, {});
    const Core::CalendarExportRequest wanted = request();
    m_export->setEnabled(false);
    if (m_providers.isEmpty()) {
        m_summary->setText(tr("No provider is set up yet: add one under Clinic \u25B8 Settings."));
        return;
    }
    if (wanted.to < wanted.from) {
        showMessage(m_message, QStringLiteral("error"),
                    tr("The last day comes before the first: choose a \u201CTo\u201D day on or "
                       "after %1.")
                        .arg(Core::ClinicDate::formatLong(wanted.from)));
        m_summary->clear();
        return;
    }
    if (wanted.from.daysTo(wanted.to) >= Core::CalendarExporter::kMaxDays) {
        showMessage(m_message, QStringLiteral("error"),
                    tr("Export at most two years at a time: choose a \u201CTo\u201D day before "
                       "%1.")
                        .arg(Core::ClinicDate::formatLong(
                            wanted.from.addDays(Core::CalendarExporter::kMaxDays))));
        m_summary->clear();
        return;
    }
    Core::ScheduleFilter filter;
    filter.providerIds << wanted.provider.id;
    filter.includeCancelled = true;
    const auto entries = m_appointments.between(wanted.from, wanted.to, filter);
    if (!entries) {
        m_summary->clear();
        showMessage(m_message, QStringLiteral("error"),
                    tr("The appointments could not be read: %1").arg(entries.error().message));
        return;
    }
    int cancelled = 0;
    for (const Core::ScheduleEntry &e : entries.value())
        cancelled += Core::holdsTime(e.appointment.status) ? 0 : 1;
    const QString days = tr("%1 to %2")
                             .arg(Core::ClinicDate::formatLong(wanted.from),
                                  Core::ClinicDate::formatLong(wanted.to));
    const int count = int(entries->size());
    if (count == 0) {
        m_summary->setText(tr("%1 has no appointments from %2: nothing to export. Choose other "
                              "days or another provider.")
                               .arg(wanted.provider.displayName(), days));
        return;
    }
    QString text = count == 1 ? tr("1 appointment") : tr("%1 appointments").arg(count);
    if (cancelled > 0)
        text += tr(" (%1 cancelled or no-show)").arg(cancelled);
    m_summary->setText(tr("%1 for %2 from %3.").arg(text, wanted.provider.displayName(), days));
    m_export->setEnabled(true);
}

bool CalendarExportDialog::exportCalendar()
{
    const bool saved = save();
    fitHeight();
    return saved;
}

bool CalendarExportDialog::save()
{
    const Core::CalendarExportRequest wanted = request();
    const auto calendar = m_exporter.exportCalendar(wanted);
    if (!calendar) {
        showMessage(m_message, QStringLiteral("error"),
                    tr("Not exported: %1").arg(calendar.error().message));
        return false;
    }
    if (calendar->events == 0) {
        refresh(); // someone cancelled or moved them since: say so instead of writing nothing
        return false;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        Core::CalendarExporter::suggestedFileName(wanted.provider, wanted.from, wanted.to));
    QString file = m_chooseFile ? m_chooseFile(this, suggested) : QString();
    if (file.isEmpty())
        return false;
    // Calendar programs look for the extension; a name the dialog already confirmed stays.
    if (!file.endsWith(QStringLiteral(".ics"), Qt::CaseInsensitive) && !QFileInfo::exists(file) &&
        !QFileInfo::exists(file + QStringLiteral(".ics")))
        file += QStringLiteral(".ics");
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(calendar->text) != calendar->text.size() ||
        !out.commit()) {
        showMessage(m_message, QStringLiteral("error"),
                    tr("Not saved: %1 could not be written (%2).")
                        .arg(QDir::toNativeSeparators(file), out.errorString()));
        return false;
    }
    m_savedFile = file;
    showMessage(m_message, QStringLiteral("ok"),
                tr("\u2713 Saved %1 to %2. Import it in your calendar program.")
                    .arg(calendar->events == 1 ? tr("1 appointment")
                                               : tr("%1 appointments").arg(calendar->events),
                         QDir::toNativeSeparators(file)));
    return true;
}

} // namespace ClinicDesk::Ui
