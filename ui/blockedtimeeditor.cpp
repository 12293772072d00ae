#include "blockedtimeeditor.h"

#include "blockedtimetablemodel.h"
#include "datefield.h"
#include "setupformdialog.h"
#include "slottimeedit.h"
#include "theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

using Core::BlockedTime;

namespace {

constexpr int kDaysListed = 365;
constexpr int kWhoProviderRole = Qt::UserRole;
constexpr int kWhoRoomRole = Qt::UserRole + 1;

QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets, QWidget *focus)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (QWidget *w : widgets)
        layout->addWidget(w);
    layout->addStretch(1);
    box->setFocusProxy(focus);
    return box;
}

QDateEdit *dateEdit(const QString &objectName, QDate date, QWidget *parent)
{
    auto *edit = new DateField(date, parent);
    edit->setObjectName(objectName);
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("09/30/2026")) + 44);
    return edit;
}

} // namespace

BlockedTimeEditor::BlockedTimeEditor(Core::ClinicSetupService &setup,
                                     Core::ScheduleSetupService &schedule, QWidget *parent)
    : SettingsPage(tr("Blocked time"),
                   tr("Time nobody can be booked into: lunch, meetings, leave and holidays, for a "
                      "provider, a room or the whole clinic. It is shaded in the appointment "
                      "book."),
                   parent)
    , m_setup(setup)
    , m_schedule(schedule)
{
    m_range = new QLabel(this);
    m_range->setObjectName(QStringLiteral("blocksRange"));
    Theme::styleAsHint(m_range);
    m_model = new BlockedTimeTableModel(this);
    m_table = createSetupTable(m_model, QStringLiteral("blocksTable"), this);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(BlockedTimeTableModel::Who, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BlockedTimeTableModel::When, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BlockedTimeTableModel::Time, QHeaderView::ResizeToContents);
    m_table->installEventFilter(this);

    m_add = new QPushButton(tr("&Add blocked time…"), this);
    m_add->setObjectName(QStringLiteral("addBlockButton"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeBlockButton"));
    m_remove->setToolTip(tr("Remove the selected block (Delete)"));
    m_message = createMessageLine(QStringLiteral("blocksMessage"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_message, 1);
    buttons->addStretch(0); // keeps the buttons their natural size while the line is empty

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_range);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &BlockedTimeEditor::addBlock);
    connect(m_remove, &QPushButton::clicked, this, &BlockedTimeEditor::removeBlock);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BlockedTimeEditor::updateButtons);
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_remove);
    reload();
}

QStringList BlockedTimeEditor::commonReasons()
{
    return {tr("Lunch"), tr("Meeting"), tr("Leave"), tr("Holiday")};
}

SetupText::Names BlockedTimeEditor::names(QList<Core::Provider> *providers,
                                          QList<Core::Room> *rooms) const
{
    SetupText::Names names;
    if (auto list = m_setup.providers()) {
        for (const Core::Provider &p : list.value())
            names.providers.insert(p.id, p.displayName());
        if (providers)
            *providers = list.value();
    }
    if (auto list = m_setup.rooms()) {
        for (const Core::Room &r : list.value())
            names.rooms.insert(r.id, r.name);
        if (rooms)
            *rooms = list.value();
    }
    return names;
}

void BlockedTimeEditor::reload()
{
    const QDate today = m_schedule.clock().today();
    const QDate until = today.addDays(kDaysListed);
    m_range->setText(tr("From today (%1) to %2, and weekly blocks still running.")
                         .arg(SetupText::date(today), SetupText::date(until)));
    const qint64 keep = selectedId(m_table, BlockedTimeTableModel::BlockIdRole);
    auto blocks = m_schedule.blocks(today, until);
    if (!blocks)
        showMessage(m_message, QStringLiteral("error"), blocks.error().message);
    m_model->setBlocks(blocks ? blocks.value() : QList<BlockedTime>{}, names(nullptr, nullptr));
    selectId(m_table, BlockedTimeTableModel::BlockIdRole, keep);
    updateButtons();
}

void BlockedTimeEditor::updateButtons()
{
    m_remove->setEnabled(selectedId(m_table, BlockedTimeTableModel::BlockIdRole) != 0);
}

bool BlockedTimeEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            removeBlock();
            return true;
        }
    }
    return SettingsPage::eventFilter(watched, event);
}

void BlockedTimeEditor::removeBlock()
{
    const qint64 id = selectedId(m_table, BlockedTimeTableModel::BlockIdRole);
    const BlockedTime *block = m_model->blockAt(m_model->rowOf(id));
    if (!block)
        return;
    const Question question{tr("Remove blocked time?"),
                            tr("Remove this blocked time?\n\n%1\n\nThe time becomes bookable "
                               "again.")
                                .arg(m_model->describe(*block)),
                            tr("Remove"),
                            tr("Keep"),
                            QStringLiteral("removeBlockQuestion"),
                            true};
    if (!confirm(question))
        return;
    if (Core::Status s = m_schedule.removeBlock(id); !s) {
        showMessage(m_message, QStringLiteral("error"),
                    tr("Not removed: %1").arg(s.error().message));
        return;
    }
    reload();
    showMessage(m_message, QStringLiteral("ok"), tr("\u2713 Blocked time removed."));
    emit setupChanged();
}

void BlockedTimeEditor::addBlock()
{
    const QDate today = m_schedule.clock().today();
    QList<Core::Provider> providers;
    QList<Core::Room> rooms;
    names(&providers, &rooms);

    SetupFormDialog form(tr("Add blocked time"), QStringLiteral("blockForm"), this);
    form.setConfirmer(confirmer());
    auto *who = new QComboBox(&form);
    who->setObjectName(QStringLiteral("blockWho"));
    who->addItem(tr("Whole clinic"));
    who->setItemData(0, 0, kWhoProviderRole);
    who->setItemData(0, 0, kWhoRoomRole);
    const auto addWho = [who](const QString &text, qint64 provider, qint64 room) {
        who->addItem(text);
        who->setItemData(who->count() - 1, provider, kWhoProviderRole);
        who->setItemData(who->count() - 1, room, kWhoRoomRole);
    };
    who->insertSeparator(who->count());
    for (const Core::Provider &p : std::as_const(providers))
        if (p.active)
            addWho(p.displayName(), p.id, 0);
    who->insertSeparator(who->count());
    for (const Core::Room &r : std::as_const(rooms))
        if (r.active)
            addWho(tr("Room: %1").arg(r.name), 0, r.id);

    auto *oneOff = new QRadioButton(tr("One-off"), &form);
    oneOff->setObjectName(QStringLiteral("blockOneOff"));
    auto *weekly = new QRadioButton(tr("Every week"), &form);
    weekly->setObjectName(QStringLiteral("blockWeekly"));
    auto *kinds = new QButtonGroup(&form);
    kinds->addButton(oneOff);
    kinds->addButton(weekly);
    oneOff->setChecked(true);

    auto *first = dateEdit(QStringLiteral("blockFirstDate"), today, &form);
    auto *last = dateEdit(QStringLiteral("blockLastDate"), today, &form);
    auto *noEnd = new QCheckBox(tr("No end"), &form);
    noEnd->setObjectName(QStringLiteral("blockNoEnd"));
    auto *pattern = new QLabel(&form);
    pattern->setObjectName(QStringLiteral("blockPattern"));
    Theme::styleAsHint(pattern);

    auto *start = new SlotTimeEdit(5, &form);
    start->setObjectName(QStringLiteral("blockStart"));
    start->setTime(QTime(12, 0));
    auto *end = new SlotTimeEdit(5, &form);
    end->setObjectName(QStringLiteral("blockEnd"));
    end->setTime(QTime(13, 0));
    auto *allDay = new QCheckBox(tr("All day"), &form);
    allDay->setObjectName(QStringLiteral("blockAllDay"));

    auto *reason = new QComboBox(&form);
    reason->setObjectName(QStringLiteral("blockReason"));
    reason->setEditable(true);
    reason->setInsertPolicy(QComboBox::NoInsert);
    reason->addItems(commonReasons());
    reason->setCurrentIndex(-1);
    reason->lineEdit()->setPlaceholderText(tr("e.g. Lunch, Meeting, Leave, Holiday"));
    reason->lineEdit()->setMaxLength(200);
    reason->setMinimumWidth(280);

    form.addField(tr("&Who:"), who, QStringLiteral("who"));
    form.addField(tr("&Repeats:"), row(&form, {oneOff, weekly}, oneOff), QStringLiteral("kind"));
    form.addField(tr("&First day:"), row(&form, {first, pattern}, first),
                  QStringLiteral("firstDate"));
    form.addField(tr("&Last day:"), row(&form, {last, noEnd}, last), QStringLiteral("lastDate"));
    form.addField(tr("&Time:"),
                  row(&form, {start, new QLabel(tr("to"), &form), end, allDay}, start),
                  QStringLiteral("startTime"));
    form.addField(tr("Rea&son:"), reason, QStringLiteral("reason"));

    // The wording follows the choice: a run of days, or a weekday from … until ….
    const auto update = [=, &form] {
        const bool isWeekly = weekly->isChecked();
        form.labelFor(QStringLiteral("firstDate"))
            ->setText(isWeekly ? tr("&Starting:") : tr("&First day:"));
        form.labelFor(QStringLiteral("lastDate"))
            ->setText(isWeekly ? tr("&Until:") : tr("&Last day:"));
        noEnd->setVisible(isWeekly);
        last->setEnabled(!isWeekly || !noEnd->isChecked());
        start->setEnabled(!allDay->isChecked());
        end->setEnabled(!allDay->isChecked());
        // The weekday beside the date, so that "the second Thursday" is easy to check.
        const QLocale desk(QLocale::English, QLocale::UnitedStates);
        const qint64 days = first->date().daysTo(last->date()) + 1;
        if (isWeekly)
            pattern->setText(tr("every %1").arg(Core::weekdayName(first->date().dayOfWeek())));
        else if (days > 1)
            pattern->setText(tr("%1 to %2: %3 days")
                                 .arg(desk.toString(first->date(), QStringLiteral("dddd")),
                                      desk.toString(last->date(), QStringLiteral("dddd")))
                                 .arg(days));
        else
            pattern->setText(desk.toString(first->date(), QStringLiteral("dddd")));
    };
    QObject::connect(weekly, &QRadioButton::toggled, &form, [=](bool isWeekly) {
        if (isWeekly)
            noEnd->setChecked(true); // a weekly lunch usually runs until changed
        update();
    });
    QObject::connect(first, &QDateEdit::dateChanged, &form, [=](QDate date) {
        if (!weekly->isChecked() && last->date() < date)
            last->setDate(date); // a one-off run starts where the first day moved
        update();
    });
    QObject::connect(last, &QDateEdit::dateChanged, &form, update);
    QObject::connect(noEnd, &QCheckBox::toggled, &form, update);
    QObject::connect(allDay, &QCheckBox::toggled, &form, update);
    update();

    form.setSnapshot([=] {
        return QStringList{who->currentText(),
                           QString::number(weekly->isChecked()),
                           first->date().toString(Qt::ISODate),
                           last->date().toString(Qt::ISODate),
                           QString::number(noEnd->isChecked()),
                           start->time().toString(),
                           end->time().toString(),
                           QString::number(allDay->isChecked()),
                           reason->currentText()}
            .join(u'\n');
    });
    qint64 savedId = 0;
    form.setSaver([&, who, weekly, first, last, noEnd, start, end, allDay,
                   reason]() -> Core::Status {
        BlockedTime block;
        block.providerId = who->currentData(kWhoProviderRole).toLongLong();
        block.roomId = who->currentData(kWhoRoomRole).toLongLong();
        block.weekly = weekly->isChecked();
        block.firstDate = first->date();
        block.lastDate = block.weekly && noEnd->isChecked() ? QDate() : last->date();
        block.startMinute = allDay->isChecked() ? 0 : Core::WallClock::minuteOf(start->time());
        block.endMinute = allDay->isChecked() ? 24 * 60 : Core::WallClock::minuteOf(end->time());
        block.reason = reason->currentText();
        auto added = m_schedule.addBlock(block);
        if (!added)
            return added.error();
        savedId = added->id;
        return {};
    });
    who->setFocus();
    if (form.exec() != QDialog::Accepted)
        return;
    reload();
    selectId(m_table, BlockedTimeTableModel::BlockIdRole, savedId);
    updateButtons();
    if (m_model->rowOf(savedId) < 0)
        showMessage(m_message, QStringLiteral("ok"),
                    tr("\u2713 Blocked time added; its dates are outside the ones listed "
                       "here."));
    else
        showMessage(m_message, QStringLiteral("ok"), tr("\u2713 Blocked time added."));
    emit setupChanged();
}

} // namespace ClinicDesk::Ui
