#include "diaryentrydialog.h"

#include "datefield.h"
#include "theme.h"

#include <QCheckBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace ClinicDesk::Ui {

using Core::DiaryEntry;

namespace {

QSpinBox *daysBox(const QString &objectName, int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    // 0..31 keeps typing sane; the month's own length is the service's rule, said in words.
    box->setRange(0, 31);
    box->setValue(value);
    box->setSuffix(QObject::tr(" days"));
    box->setAccelerated(true);
    return box;
}

} // namespace

DiaryEntryDialog::DiaryEntryDialog(Core::OutcomeService &outcomes, const DiaryEntry &entry,
                                   bool editing, QWidget *parent)
    : SetupFormDialog(editing ? tr("Edit %1").arg(Core::monthLabelLong(entry.month))
                              : tr("Add a diary month"),
                      QStringLiteral("diaryEntryDialog"), parent)
    , m_outcomes(outcomes)
    , m_entry(entry)
    , m_editing(editing)
{
    const QDate month =
        entry.month.isValid() ? entry.month : DiaryEntry::monthOf(outcomes.clock().today());
    m_month = new DateField(month, this);
    m_month->setObjectName(QStringLiteral("month"));
    m_month->setDisplayFormat(QStringLiteral("MM/yyyy"));
    m_month->setEnabled(!editing);
    m_month->setToolTip(editing ? tr("To record another month, add it instead.")
                                : tr("The month the diary covers, like 03/2026"));
    addField(tr("&Month"), m_month, QStringLiteral("month"));

    m_headacheDays = daysBox(QStringLiteral("headacheDays"), entry.headacheDays, this);
    addField(tr("&Headache days"), m_headacheDays, QStringLiteral("headacheDays"));
    m_migraineDays = daysBox(QStringLiteral("migraineDays"), entry.migraineDays, this);
    addField(tr("M&igraine days"), m_migraineDays, QStringLiteral("migraineDays"));

    m_hours = new QLineEdit(this);
    m_hours->setObjectName(QStringLiteral("hoursPerDay"));
    m_hours->setPlaceholderText(tr("not recorded"));
    m_hours->setMaxLength(6);
    if (entry.hasHours())
        m_hours->setText(
            QLocale(QLocale::English, QLocale::UnitedStates).toString(entry.hoursPerDay, 'g', 3));
    addField(tr("Hours a &day"), m_hours, QStringLiteral("hoursPerDay"));

    m_baseline = new QCheckBox(tr("&Baseline: the month before cycle 1 to measure against"), this);
    m_baseline->setObjectName(QStringLiteral("isBaseline"));
    m_baseline->setChecked(entry.isBaseline);
    addField(tr("Baseline"), m_baseline, QStringLiteral("isBaseline"));

    auto *hint = new QLabel(tr("Count every day with a headache; migraine days are counted among "
                               "them. Hours a day: how long a headache lasted on a typical day."),
                            this);
    hint->setWordWrap(true);
    Theme::styleAsHint(hint);
    addWide(hint);

    // Grow to fit a message under a field instead of squeezing the fields (a minimum width set on
    // the form would otherwise keep the layout from raising the dialog's minimum height).
    layout()->setSizeConstraint(QLayout::SetFixedSize);

    setSaver([this] { return store(); });
    setSnapshot([this] { return snapshot(); });
    (editing ? static_cast<QWidget *>(m_headacheDays) : m_month)->setFocus();
}

QString DiaryEntryDialog::snapshot() const
{
    return QStringList{m_month->date().toString(Qt::ISODate), m_headacheDays->text(),
                       m_migraineDays->text(), m_hours->text(),
                       m_baseline->isChecked() ? QStringLiteral("1") : QStringLiteral("0")}
        .join(u'|');
}

Core::Status DiaryEntryDialog::store()
{
    DiaryEntry entry = m_entry;
    entry.month = m_editing ? m_entry.month : m_month->date();
    entry.headacheDays = m_headacheDays->value();
    entry.migraineDays = m_migraineDays->value();
    entry.isBaseline = m_baseline->isChecked();
    const QString hours = m_hours->text().trimmed();
    if (hours.isEmpty()) {
        entry.hoursPerDay = -1;
    } else {
        bool ok = false;
        const double value = QLocale(QLocale::English, QLocale::UnitedStates)
                                 .toDouble(QString(hours).replace(u',', u'.'), &ok);
        if (!ok || value < 0)
            return Core::Error::invalid(tr("Type hours a day as a number from 0 to 24, like 4 or "
                                           "4.5, or leave it empty."),
                                        QStringLiteral("hoursPerDay"));
        entry.hoursPerDay = value;
    }
    auto saved = m_editing ? m_outcomes.save(entry) : m_outcomes.add(entry);
    if (!saved)
        return saved.error();
    m_saved = saved.value();
    return {};
}

} // namespace ClinicDesk::Ui
