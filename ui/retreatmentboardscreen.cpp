#include "retreatmentboardscreen.h"

#include "retreatmentboardmodel.h"
#include "retreatmentmark.h"
#include "theme.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ClinicDesk::Ui {

using Core::BoardRow;
using State = Core::RetreatmentStatus::State;

namespace {
QString daysText(int n)
{
    return n == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(n);
}

QString askForFile(QWidget *parent, const QString &suggested)
{
    return QFileDialog::getSaveFileName(parent, QObject::tr("Export the board as CSV"), suggested,
                                        QObject::tr("CSV files (*.csv)"));
}
} // namespace

RetreatmentBoardScreen::RetreatmentBoardScreen(Core::RetreatmentService &retreatment,
                                               Core::ClinicSetupService &setup, QWidget *parent)
    : QWidget(parent)
    , m_retreatment(retreatment)
    , m_setup(setup)
    , m_chooseFile(askForFile)
{
    setObjectName(QStringLiteral("retreatmentBoardScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->setSpacing(8);

    m_bookAction = makeAction(tr("&Book\u2026"), QStringLiteral("actionBook"),
                              tr("Book the next cycle: free times inside the window (Enter)"),
                              &RetreatmentBoardScreen::book);
    m_logCallAction = makeAction(tr("&Log call\u2026"), QStringLiteral("actionLogCall"),
                                 tr("Log what came of a call to the patient (L)"),
                                 &RetreatmentBoardScreen::logCall);
    m_logCallAction->setShortcut(QKeySequence(Qt::Key_L));
    m_discontinueAction =
        makeAction(tr("&Mark discontinued\u2026"), QStringLiteral("actionDiscontinue"),
                   tr("The patient stopped treatment: they leave the board"),
                   &RetreatmentBoardScreen::discontinueSelected);
    m_resumeAction = makeAction(tr("&Resume treatment"), QStringLiteral("actionResume"),
                                tr("Put a discontinued patient back on the board"),
                                &RetreatmentBoardScreen::resumeSelected);
    m_openAction =
        makeAction(tr("&Open patient"), QStringLiteral("actionOpenPatient"),
                   tr("Open the patient's record"), &RetreatmentBoardScreen::openPatient);
    m_printAction =
        makeAction(tr("&Print\u2026"), QStringLiteral("actionPrint"),
                   tr("Print the list as a call sheet"), &RetreatmentBoardScreen::print);
    m_exportAction =
        makeAction(tr("&Export CSV\u2026"), QStringLiteral("actionExportCsv"),
                   tr("Save the list for a spreadsheet"), &RetreatmentBoardScreen::exportCsv);
    m_refreshAction = makeAction(tr("Re&fresh"), QStringLiteral("actionRefresh"),
                                 tr("Read the board again (F5)"), &RetreatmentBoardScreen::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);

    layout->addWidget(createFilterBar());

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("boardSummary"));
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    layout->addWidget(m_summary);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("boardMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_model = new RetreatmentBoardModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RetreatmentBoardModel::SortRole);

    m_stack = new QStackedWidget(this);
    m_table = new QTableView(m_stack);
    m_table->setObjectName(QStringLiteral("boardTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RetreatmentBoardModel::Status, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(48);
    // Widths from typical contents; fitContents() widens a column for longer text.
    QFont bold = font();
    bold.setBold(true);
    const auto width = [this](const QString &sample, const QFont &f) {
        return QFontMetrics(f).horizontalAdvance(sample) + 18;
    };
    const QString date = QStringLiteral("Sep 30, 2026");
    using Model = RetreatmentBoardModel;
    const QList<QPair<int, int>> widths{
        {Model::Patient, width(QStringLiteral("Washington, Mary-Kate"), font())},
        {Model::Phone, width(QStringLiteral("(000) 000-0000"), font())},
        {Model::LastTreatment, width(QStringLiteral("Last treatment"), font())},
        {Model::Cycle, width(QStringLiteral("Cycles"), font())},
        {Model::Earliest, width(date, font())},
        {Model::Due, width(date, font())},
        {Model::DaysToDue, width(QStringLiteral("160 days past due"), font())},
        {Model::Status, width(QStringLiteral("\u25B2 Overdue by 160 days"), bold)},
        {Model::NextBooked, width(date, font())},
        {Model::Authorization, width(QStringLiteral("Valid to Sep 30, 2026"), font())}};
    for (const auto &[column, pixels] : widths) {
        header->resizeSection(column, pixels);
        m_typicalWidths.insert(column, pixels);
    }
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(
        {m_bookAction, m_logCallAction, m_discontinueAction, m_resumeAction, m_openAction});
    m_stack->addWidget(m_table);

    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("boardEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    QFont emptyFont = m_empty->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.15);
    m_empty->setFont(emptyFont);
    Theme::styleAsHint(m_empty);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    layout->addWidget(createActionBar());
    // The list has the keyboard when the screen comes up: arrows, Enter to book, L to log.
    setFocusProxy(m_table);
    m_table->setFocus();

    connect(m_table, &QAbstractItemView::activated, this, &RetreatmentBoardScreen::book);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RetreatmentBoardScreen::updateActions);

    refresh();
}

QAction *RetreatmentBoardScreen::makeAction(const QString &text, const QString &objectName,
                                            const QString &tip,
                                            void (RetreatmentBoardScreen::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setToolTip(tip);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    QWidget::addAction(action);
    return action;
}

QWidget *RetreatmentBoardScreen::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    const auto label = [bar](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, bar);
        l->setBuddy(buddy);
        return l;
    };
    const auto gap = [row] {
        row->addSpacing(14);
    };

    m_horizon = new QSpinBox(bar);
    m_horizon->setObjectName(QStringLiteral("horizonSpin"));
    m_horizon->setRange(0, 365);
    m_horizon->setValue(Core::BoardFilter{}.horizonDays);
    m_horizon->setSuffix(tr(" days"));
    m_horizon->setToolTip(tr("List patients whose window opens within this many days"));
    row->addWidget(label(tr("Opening &within"), m_horizon));
    row->addWidget(m_horizon);
    gap();

    m_maxOverdue = new QSpinBox(bar);
    m_maxOverdue->setObjectName(QStringLiteral("maxOverdueSpin"));
    m_maxOverdue->setRange(0, 3650);
    m_maxOverdue->setValue(Core::BoardFilter{}.maxOverdueDays);
    m_maxOverdue->setSuffix(tr(" days"));
    m_maxOverdue->setToolTip(tr("Patients overdue longer than this count as lapsed"));
    row->addWidget(label(tr("Overdue &up to"), m_maxOverdue));
    row->addWidget(m_maxOverdue);
    gap();

    m_onlyUnbooked = new QCheckBox(tr("&No appointment booked"), bar);
    m_onlyUnbooked->setObjectName(QStringLiteral("onlyUnbookedCheck"));
    m_onlyUnbooked->setToolTip(tr("Only patients with no Botox visit on the book: the call list"));
    row->addWidget(m_onlyUnbooked);
    gap();

    m_provider = new QComboBox(bar);
    m_provider->setObjectName(QStringLiteral("providerFilter"));
    m_provider->addItem(tr("Any provider"), qint64(0));
    if (auto providers = m_setup.providers())
        for (const Core::Provider &p : providers.value())
            if (p.active)
                m_provider->addItem(p.displayName(), p.id);
    m_provider->setToolTip(tr("Who gave the last treatment or holds the next one"));
    row->addWidget(label(tr("Provi&der"), m_provider));
    row->addWidget(m_provider);
    gap();

    m_payer = new QComboBox(bar);
    m_payer->setObjectName(QStringLiteral("payerFilter"));
    m_payer->addItem(tr("Any payer"), QString());
    m_payer->setMinimumContentsLength(12);
    m_payer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    if (auto payers = m_setup.payers()) {
        QList<BoardRow> known;
        for (const Core::Payer &payer : payers.value()) {
            BoardRow row;
            row.candidate.payer = payer.name;
            known.append(row);
        }
        updatePayers(known);
    }
    row->addWidget(label(tr("Pa&yer"), m_payer));
    row->addWidget(m_payer);
    gap();

    m_showDiscontinued = new QCheckBox(tr("S&how discontinued"), bar);
    m_showDiscontinued->setObjectName(QStringLiteral("showDiscontinuedCheck"));
    row->addWidget(m_showDiscontinued);
    row->addStretch(1);

    connect(m_horizon, &QSpinBox::valueChanged, this, &RetreatmentBoardScreen::refresh);
    connect(m_maxOverdue, &QSpinBox::valueChanged, this, &RetreatmentBoardScreen::refresh);
    connect(m_onlyUnbooked, &QCheckBox::toggled, this, &RetreatmentBoardScreen::refresh);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &RetreatmentBoardScreen::refresh);
    connect(m_payer, &QComboBox::currentIndexChanged, this, &RetreatmentBoardScreen::refresh);
    connect(m_showDiscontinued, &QCheckBox::toggled, this, &RetreatmentBoardScreen::refresh);
    return bar;
}

QWidget *RetreatmentBoardScreen::createActionBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto button = [this, bar, row](QAction *action, const char *name) {
        auto *b = new QPushButton(action->text(), bar);
        b->setObjectName(QString::fromLatin1(name));
        b->setToolTip(action->toolTip());
        b->setEnabled(action->isEnabled());
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, b, [b, action] { b->setEnabled(action->isEnabled()); });
        row->addWidget(b);
        return b;
    };
    button(m_bookAction, "bookButton");
    button(m_logCallAction, "logCallButton");
    button(m_discontinueAction, "discontinueButton");
    button(m_resumeAction, "resumeButton");
    button(m_openAction, "openPatientButton");
    row->addSpacing(16);
    m_updated = new QLabel(bar);
    m_updated->setObjectName(QStringLiteral("boardUpdated"));
    Theme::styleAsHint(m_updated);
    row->addWidget(m_updated);
    row->addStretch(1);
    button(m_printAction, "printButton");
    button(m_exportAction, "exportButton");
    return bar;
}

Core::BoardFilter RetreatmentBoardScreen::filter() const
{
    Core::BoardFilter f;
    f.horizonDays = m_horizon->value();
    f.maxOverdueDays = m_maxOverdue->value();
    f.onlyUnbooked = m_onlyUnbooked->isChecked();
    f.includeDiscontinued = m_showDiscontinued->isChecked();
    f.providerId = m_provider->currentData().toLongLong();
    f.payer = m_payer->currentData().toString();
    return f;
}

void RetreatmentBoardScreen::refresh()
{
    if (m_refreshing)
        return;
    const QScopedValueRollback guard(m_refreshing, true);
    const std::optional<BoardRow> selected = selectedRow();
    const QModelIndexList current = m_table->selectionModel()->selectedRows();
    const int selectedAt = current.isEmpty() ? -1 : current.constFirst().row();

    QElapsedTimer timer;
    timer.start();
    auto rows = m_retreatment.board(filter());
    if (!rows) {
        m_model->setRows({});
        showMessage(tr("\u26A0 The board could not be read: %1").arg(rows.error().message));
    } else {
        m_model->setRows(rows.value());
        updatePayers(rows.value());
        if (m_message->text().startsWith(u'\u26A0'))
            m_message->hide();
    }
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_table);
    if (empty)
        m_empty->setText(emptyText());
    else
        fitContents();

    if (!selected || !selectPatient(selected->candidate.patientId))
        selectProxyRow(empty ? -1 : qBound(0, selectedAt, m_proxy->rowCount() - 1));
    const double ms = timer.nsecsElapsed() / 1e6;
    m_updated->setText(
        tr("Updated %1 \u00B7 %2")
            .arg(QLocale(QLocale::English, QLocale::UnitedStates)
                     .toString(m_retreatment.clock().now().time(), QStringLiteral("h:mm")),
                 ms < 1 ? tr("under 1 ms") : tr("%1 ms").arg(qRound(ms))));
    updateSummary();
    updateActions();
}

void RetreatmentBoardScreen::updatePayers(const QList<BoardRow> &rows)
{
    QStringList names;
    for (int i = 1; i < m_payer->count(); ++i)
        names << m_payer->itemText(i);
    bool added = false;
    for (const BoardRow &row : rows) {
        const QString payer = row.candidate.payer.trimmed();
        if (!payer.isEmpty() && !names.contains(payer, Qt::CaseInsensitive)) {
            names << payer;
            added = true;
        }
    }
    if (!added)
        return;
    const QSignalBlocker blocker(m_payer);
    const QString current = m_payer->currentData().toString();
    names.sort(Qt::CaseInsensitive);
    while (m_payer->count() > 1)
        m_payer->removeItem(1);
    for (const QString &name : std::as_const(names))
        m_payer->addItem(name, name);
    m_payer->setCurrentIndex(qMax(0, m_payer->findData(current)));
}

void RetreatmentBoardScreen::updateSummary()
{
    int overdue = 0, tooEarly = 0, dueNow = 0, opening = 0, booked = 0, discontinued = 0;
    for (const BoardRow &row : m_model->rows()) {
        switch (row.status.state) {
        case State::Overdue:
            ++overdue;
            break;
        case State::BookedTooEarly:
            ++tooEarly;
            break;
        case State::DueNow:
            ++dueNow;
            break;
        case State::WindowOpensSoon:
        case State::NotDueYet:
            ++opening;
            break;
        case State::Booked:
            ++booked;
            break;
        case State::Discontinued:
            ++discontinued;
            break;
        case State::NoTreatmentYet:
            break;
        }
    }
    const auto part = [](State state, const QString &text) {
        return RetreatmentMark::shape(state) + u' ' + text;
    };
    QStringList parts{part(State::Overdue, tr("%1 overdue").arg(overdue))};
    if (tooEarly > 0)
        parts << part(State::BookedTooEarly, tr("%1 booked too early").arg(tooEarly));
    parts << part(State::DueNow, tr("%1 due now").arg(dueNow))
          << part(State::WindowOpensSoon,
                  tr("%1 opening within %2").arg(opening).arg(daysText(m_horizon->value())))
          << part(State::Booked, tr("%1 booked").arg(booked));
    if (discontinued > 0)
        parts << part(State::Discontinued, tr("%1 discontinued").arg(discontinued));
    m_summary->setText(parts.join(QStringLiteral("   \u00B7   ")));
}

QString RetreatmentBoardScreen::emptyText() const
{
    const Core::BoardFilter f = filter();
    const bool narrowed = f.onlyUnbooked || f.providerId != 0 || !f.payer.isEmpty();
    QString text = tr("\u2713 Nobody to call. No Botox patient is overdue, due now or has a "
                      "window opening within %1")
                       .arg(daysText(f.horizonDays));
    return narrowed ? text + tr(" with these filters.") : text + u'.';
}

QString RetreatmentBoardScreen::summaryText() const
{
    return m_summary->text();
}

QString RetreatmentBoardScreen::updatedText() const
{
    return m_updated->text();
}

QString RetreatmentBoardScreen::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QString RetreatmentBoardScreen::filterWords() const
{
    const Core::BoardFilter f = filter();
    QStringList words{tr("Windows opening within %1").arg(daysText(f.horizonDays)),
                      tr("overdue up to %1").arg(daysText(f.maxOverdueDays))};
    if (f.onlyUnbooked)
        words << tr("no appointment booked");
    if (f.providerId != 0)
        words << tr("provider: %1").arg(m_provider->currentText());
    if (!f.payer.isEmpty())
        words << tr("payer: %1").arg(f.payer);
    if (f.includeDiscontinued)
        words << tr("discontinued patients shown");
    return words.join(QStringLiteral(" \u00B7 "));
}

QList<BoardRow> RetreatmentBoardScreen::visibleRows() const
{
    QList<BoardRow> rows;
    rows.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        if (const BoardRow *r = m_model->rowAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()))
            rows.append(*r);
    return rows;
}

std::optional<BoardRow> RetreatmentBoardScreen::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    if (const BoardRow *row = m_model->rowAt(m_proxy->mapToSource(rows.constFirst()).row()))
        return *row;
    return std::nullopt;
}

bool RetreatmentBoardScreen::selectPatient(qint64 patientId)
{
    const int source = m_model->rowOf(patientId);
    if (source < 0)
        return false;
    selectProxyRow(m_proxy->mapFromSource(m_model->index(source, 0)).row());
    return true;
}

void RetreatmentBoardScreen::selectProxyRow(int row)
{
    QItemSelectionModel *selection = m_table->selectionModel();
    if (row < 0 || row >= m_proxy->rowCount()) {
        selection->clearSelection();
        selection->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    } else {
        const QModelIndex index = m_proxy->index(row, RetreatmentBoardModel::Patient);
        selection->setCurrentIndex(index,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    updateActions();
}

void RetreatmentBoardScreen::updateActions()
{
    const std::optional<BoardRow> row = selectedRow();
    const bool discontinued = row && row->status.state == State::Discontinued;
    m_bookAction->setEnabled(row && !discontinued);
    m_logCallAction->setEnabled(row.has_value());
    m_discontinueAction->setEnabled(row && !discontinued);
    m_resumeAction->setEnabled(discontinued);
    m_openAction->setEnabled(row.has_value());
    const bool any = m_model->rowCount() > 0;
    m_printAction->setEnabled(any);
    m_exportAction->setEnabled(any);
}

void RetreatmentBoardScreen::presentDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit dialogOpened(dialog);
}

void RetreatmentBoardScreen::showMessage(const QString &message)
{
    const bool problem = message.startsWith(u'\u26A0');
    m_message->setText(message);
    const QColor foreground = problem ? Theme::errorText : Theme::okText;
    const QColor background = problem ? Theme::errorBackground : Theme::okBackground;
    m_message->setStyleSheet(QStringLiteral("QLabel#boardMessage { color: %1; background: %2;"
                                            " border-radius: 4px; padding: 6px 10px; }")
                                 .arg(foreground.name(), background.name()));
    m_message->show();
}

void RetreatmentBoardScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Bookings made elsewhere change the board: it is read again whenever it comes into view.
    if (!event->spontaneous())
        refresh();
}

void RetreatmentBoardScreen::fitContents()
{
    // Each column as wide as its typical text, wider for longer text (the first 200 rows
    // decide), up to a limit past which a very long name or authorization is cut short (its
    // tooltip has it all) rather than pushing the last contact off the screen.
    QHeaderView *header = m_table->horizontalHeader();
    header->setResizeContentsPrecision(200);
    // Dates, phones, counts and statuses have a known shape: a quarter over typical is plenty.
    const int longest = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24;
    for (int column = 0; column < RetreatmentBoardModel::LastContact; ++column) {
        const int typical = m_typicalWidths.value(column);
        const bool freeText = column == RetreatmentBoardModel::Patient ||
                              column == RetreatmentBoardModel::Authorization;
        const int limit = freeText ? longest : typical + typical / 4;
        m_table->resizeColumnToContents(column);
        const int contents = header->sectionSize(column) + 12;
        header->resizeSection(column, std::max(typical, std::min(contents, limit)));
    }
}

} // namespace ClinicDesk::Ui
