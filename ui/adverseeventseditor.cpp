#include "adverseeventseditor.h"

#include "optionaldatefield.h"
#include "theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

using Core::AdverseEvent;

AdverseEventsEditor::AdverseEventsEditor(QDate today, QWidget *parent)
    : QWidget(parent)
    , m_today(today)
{
    setObjectName(QStringLiteral("adverseEvents"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_empty = new QLabel(tr("No adverse events recorded."), this);
    m_empty->setObjectName(QStringLiteral("noAdverseEvents"));
    Theme::styleAsHint(m_empty);
    layout->addWidget(m_empty);
    m_lines = new QVBoxLayout;
    m_lines->setSpacing(4);
    layout->addLayout(m_lines);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add adverse event"), this);
    m_add->setObjectName(QStringLiteral("addAdverseEvent"));
    m_add->setAutoDefault(false);
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &AdverseEventsEditor::addEvent);
    updateEmptyState();
}

void AdverseEventsEditor::setEvents(const QList<AdverseEvent> &events)
{
    for (const Row &row : std::as_const(m_rows)) {
        row.line->hide();
        row.line->setParent(nullptr);
        row.line->deleteLater();
    }
    m_rows.clear();
    for (const AdverseEvent &event : events)
        addRow(event);
    updateEmptyState();
}

QList<AdverseEvent> AdverseEventsEditor::events() const
{
    QList<AdverseEvent> list;
    for (const Row &row : m_rows) {
        AdverseEvent event;
        event.code = Core::AdverseEventCode(row.code->currentData().toInt());
        event.onset = row.onset->optionalDate();
        event.notes = row.note->text().trimmed();
        list.append(event);
    }
    return list;
}

void AdverseEventsEditor::addEvent()
{
    AdverseEvent event;
    event.code = Core::AdverseEventCode::InjectionSitePain;
    event.onset = m_today;
    addRow(event);
    updateEmptyState();
    m_rows.constLast().code->setFocus();
    emit changed();
}

void AdverseEventsEditor::addRow(const AdverseEvent &event)
{
    Row row;
    row.line = new QWidget(this);
    auto *line = new QHBoxLayout(row.line);
    line->setContentsMargins(0, 0, 0, 0);
    line->setSpacing(6);
    row.code = new QComboBox(row.line);
    row.code->setObjectName(QStringLiteral("eventCode"));
    row.code->setAccessibleName(tr("Adverse event"));
    for (Core::AdverseEventCode code : Core::allAdverseEvents())
        row.code->addItem(Core::adverseEventLabel(code), int(code));
    row.code->setCurrentIndex(row.code->findData(int(event.code)));
    row.onset = new OptionalDateField(event.onset, tr("Onset not known"), m_today, row.line);
    row.onset->setObjectName(QStringLiteral("eventOnset"));
    row.onset->setAccessibleName(tr("Onset date"));
    row.onset->setToolTip(tr("When it started"));
    row.note = new QLineEdit(event.notes, row.line);
    row.note->setObjectName(QStringLiteral("eventNote"));
    row.note->setPlaceholderText(tr("Note (how long, how bad, what was done)"));
    row.note->setMaxLength(500);
    auto *remove = new QPushButton(tr("Remove"), row.line);
    remove->setObjectName(QStringLiteral("eventRemove"));
    remove->setAutoDefault(false);
    line->addWidget(row.code);
    line->addWidget(row.onset);
    line->addWidget(row.note, 1);
    line->addWidget(remove);
    m_lines->addWidget(row.line);

    QWidget *lineWidget = row.line;
    connect(remove, &QPushButton::clicked, this, [this, lineWidget] { removeRow(lineWidget); });
    connect(row.code, &QComboBox::currentIndexChanged, this, &AdverseEventsEditor::changed);
    connect(row.onset, &QDateEdit::dateChanged, this, &AdverseEventsEditor::changed);
    connect(row.note, &QLineEdit::textChanged, this, &AdverseEventsEditor::changed);
    m_rows.append(row);
}

void AdverseEventsEditor::removeRow(QWidget *line)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].line != line)
            continue;
        m_rows.removeAt(i);
        // The Remove button that asked is inside the line: delete it once its click is done.
        line->hide();
        line->setParent(nullptr);
        line->deleteLater();
        break;
    }
    updateEmptyState();
    m_add->setFocus();
    emit changed();
}

void AdverseEventsEditor::updateEmptyState()
{
    m_empty->setVisible(m_rows.isEmpty());
    // Focus given to the editor (a message about the events) lands on the first onset.
    setFocusProxy(m_rows.isEmpty() ? static_cast<QWidget *>(m_add) : m_rows.constFirst().onset);
}

} // namespace ClinicDesk::Ui
