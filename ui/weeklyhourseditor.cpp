#include "weeklyhourseditor.h"

#include "schedulesetupservice.h"
#include "slottimeedit.h"
#include "theme.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>

namespace ClinicDesk::Ui {

namespace {
constexpr int kStepMinutes = 5;
constexpr int kEndOfDay = 24 * 60;
} // namespace

WeeklyHoursEditor::WeeklyHoursEditor(Words words, QWidget *parent)
    : QWidget(parent)
    , m_words(std::move(words))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    grid->setColumnMinimumWidth(0,
                                fontMetrics().horizontalAdvance(QStringLiteral("Wednesday")) + 12);
    grid->setColumnStretch(6, 1);

    for (int weekday = 1; weekday <= 7; ++weekday) {
        const QString name = Core::weekdayName(weekday);
        const QString key = m_words.prefix + u'_' + name.toLower() + u'_';
        Row row;
        row.weekday = weekday;
        row.day = new QLabel(name, this);
        row.on = new QCheckBox(m_words.on, this);
        row.on->setObjectName(key + QStringLiteral("open"));
        row.on->setAccessibleName(QStringLiteral("%1 %2").arg(name, m_words.on));
        row.on->setMinimumWidth(
            fontMetrics().horizontalAdvance(m_words.on.size() > m_words.off.size() ? m_words.on
                                                                                   : m_words.off) +
            36);
        row.from = new SlotTimeEdit(kStepMinutes, this);
        row.from->setObjectName(key + QStringLiteral("from"));
        row.from->setAccessibleName(tr("%1 from").arg(name));
        row.dash = new QLabel(tr("to"), this);
        row.to = new SlotTimeEdit(kStepMinutes, this);
        row.to->setObjectName(key + QStringLiteral("to"));
        row.to->setAccessibleName(tr("%1 to").arg(name));
        row.error = new QLabel(this);
        row.error->setObjectName(key + QStringLiteral("error"));
        row.error->setTextFormat(Qt::PlainText);
        Theme::styleAsError(row.error);
        row.error->setWordWrap(false);
        row.from->setTime(QTime(8, 0));
        row.to->setTime(QTime(17, 0));
        row.day->setBuddy(row.on);
        for (QWidget *w : {static_cast<QWidget *>(row.from), static_cast<QWidget *>(row.dash),
                           static_cast<QWidget *>(row.to)}) {
            QSizePolicy policy = w->sizePolicy();
            policy.setRetainSizeWhenHidden(true); // the columns stay put as days go on and off
            w->setSizePolicy(policy);
        }

        grid->addWidget(row.day, weekday - 1, 0);
        grid->addWidget(row.on, weekday - 1, 1);
        grid->addWidget(row.from, weekday - 1, 2);
        grid->addWidget(row.dash, weekday - 1, 3);
        grid->addWidget(row.to, weekday - 1, 4);
        grid->addWidget(row.error, weekday - 1, 5, 1, 2);
        m_rows.append(row);
    }

    for (int i = 0; i < m_rows.size(); ++i) {
        const auto changed = [this, i] {
            updateRow(m_rows[i]);
            validateRow(m_rows[i]);
            emit edited();
        };
        connect(m_rows[i].on, &QCheckBox::toggled, this, changed);
        connect(m_rows[i].from, &QTimeEdit::timeChanged, this, changed);
        connect(m_rows[i].to, &QTimeEdit::timeChanged, this, changed);
        updateRow(m_rows[i]);
    }
}

int WeeklyHoursEditor::minuteOf(const SlotTimeEdit *edit)
{
    // The end of the day is stored as 24:00, which a time field shows as 23:59.
    const QTime time = edit->time();
    if (time == Core::WallClock::timeOf(kEndOfDay))
        return kEndOfDay;
    return Core::WallClock::minuteOf(time);
}

void WeeklyHoursEditor::setHours(const QList<Core::WeeklyHours> &hours)
{
    for (Row &row : m_rows) {
        const QSignalBlocker a(row.on), b(row.from), c(row.to);
        row.on->setChecked(false);
        row.from->setTime(QTime(8, 0));
        row.to->setTime(QTime(17, 0));
        for (const Core::WeeklyHours &h : hours) {
            if (h.weekday != row.weekday)
                continue;
            row.on->setChecked(true);
            row.from->setTime(Core::WallClock::timeOf(h.startMinute));
            row.to->setTime(Core::WallClock::timeOf(h.endMinute));
        }
        updateRow(row);
        validateRow(row);
    }
}

QList<Core::WeeklyHours> WeeklyHoursEditor::hours() const
{
    QList<Core::WeeklyHours> list;
    for (const Row &row : m_rows)
        if (row.on->isChecked())
            list.append({row.weekday, minuteOf(row.from), minuteOf(row.to)});
    return list;
}

bool WeeklyHoursEditor::validateRow(Row &row)
{
    if (!row.on->isChecked()) {
        row.error->clear();
        return true;
    }
    const Core::Status checked = Core::ScheduleSetupService::checkHours(
        {{row.weekday, minuteOf(row.from), minuteOf(row.to)}});
    row.error->setText(checked ? QString() : QStringLiteral("\u26A0 ") + checked.error().message);
    return checked.ok();
}

bool WeeklyHoursEditor::validate()
{
    bool allGood = true;
    for (Row &row : m_rows)
        allGood = validateRow(row) && allGood;
    return allGood;
}

QWidget *WeeklyHoursEditor::firstInput() const
{
    return m_rows.constFirst().on;
}

void WeeklyHoursEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (Row &row : m_rows)
        updateRow(row);
}

void WeeklyHoursEditor::updateRow(Row &row)
{
    const bool on = row.on->isChecked();
    row.on->setText(on ? m_words.on : m_words.off);
    row.on->setEnabled(!m_readOnly);
    // A day that is off shows no times at all, so that it never reads as open.
    for (QWidget *w : {static_cast<QWidget *>(row.from), static_cast<QWidget *>(row.dash),
                       static_cast<QWidget *>(row.to)}) {
        w->setVisible(on);
        w->setEnabled(!m_readOnly);
    }
}

} // namespace ClinicDesk::Ui
