#include "settingsdialog.h"

#include "appointmenttypeseditor.h"
#include "blockedtimeeditor.h"
#include "clinichourseditor.h"
#include "clinicinfoeditor.h"
#include "payerseditor.h"
#include "providerseditor.h"
#include "retreatmentsettingseditor.h"
#include "roomseditor.h"
#include "settingspage.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

namespace {
const QString kUnsavedMark = QStringLiteral("  \u270E");
} // namespace

SettingsDialog::SettingsDialog(Core::ClinicSetupService &setup,
                               Core::ScheduleSetupService &schedule, QWidget *parent)
    : QDialog(parent)
    , m_confirm(askWithMessageBox)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Clinic settings"));
    setSizeGripEnabled(true);

    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setFrameShape(QFrame::NoFrame);
    m_pageList->setStyleSheet(
        QStringLiteral("QListWidget#pageList { background: %1; padding: 8px 0px; outline: 0; }"
                       " QListWidget#pageList::item { padding: 7px 14px; border: none; }"
                       " QListWidget#pageList::item:selected { background: %2; color: white; }")
            .arg(Theme::alternateBase.name(), Theme::accent.name()));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pageSummary"));
    m_summary->setWordWrap(true);
    Theme::styleAsHint(m_summary);
    m_stack = new QStackedWidget(this);

    auto *pageArea = new QVBoxLayout;
    pageArea->setContentsMargins(18, 12, 16, 8);
    pageArea->setSpacing(6);
    pageArea->addWidget(m_title);
    pageArea->addWidget(m_summary);
    pageArea->addSpacing(8);
    pageArea->addWidget(m_stack, 1);

    auto *divider = new QFrame(this);
    divider->setFrameShape(QFrame::VLine);
    divider->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::border.name()));
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_pageList);
    body->addWidget(divider);
    body->addLayout(pageArea, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(body, 1);
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::border.name()));
    layout->addWidget(rule);

    addPage(new ClinicInfoEditor(setup, this));
    addPage(new ClinicHoursEditor(schedule, this));
    addPage(new ProvidersEditor(setup, schedule, this));
    addPage(new RoomsEditor(setup, this));
    addPage(new AppointmentTypesEditor(setup, this));
    addPage(new RetreatmentSettingsEditor(setup, this));
    addPage(new PayersEditor(setup, this));
    addPage(new BlockedTimeEditor(setup, schedule, this));

    // Made after the pages, so that Tab goes from the page list into the page, then to Close.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(12, 6, 12, 10);
    bottom->addWidget(buttons);

    layout->addLayout(bottom);

    // Enter must never press a button the user has not chosen (Revert, Deactivate, Remove…):
    // no button of the dialog is a default one. The forms save on Enter in their own way.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);

    int widest = 0;
    for (const SettingsPage *p : std::as_const(m_pages))
        widest =
            qMax(widest, m_pageList->fontMetrics().horizontalAdvance(p->title() + kUnsavedMark));
    m_pageList->setFixedWidth(widest + 56);

    connect(m_pageList, &QListWidget::currentRowChanged, this, &SettingsDialog::onPageChanged);
    // Ctrl+PgUp / Ctrl+PgDown move between pages from anywhere, as in tabbed dialogs.
    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    connect(next, &QShortcut::activated, this, [this] {
        m_pageList->setCurrentRow((m_pageList->currentRow() + 1) % m_pageList->count());
    });
    auto *previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    connect(previous, &QShortcut::activated, this, [this] {
        const int n = m_pageList->count();
        m_pageList->setCurrentRow((m_pageList->currentRow() + n - 1) % n);
    });
    m_pageList->setCurrentRow(0);
    m_pageList->setFocus();
    resize(940, 680);
}

void SettingsDialog::addPage(SettingsPage *page)
{
    page->setObjectName(page->objectName().isEmpty() ? QStringLiteral("page_%1").arg(m_pages.size())
                                                     : page->objectName());
    page->setConfirmer(m_confirm);
    m_pages.append(page);
    m_stack->addWidget(page);
    new QListWidgetItem(page->title(), m_pageList);
    connect(page, &SettingsPage::unsavedChangesChanged, this, &SettingsDialog::updatePageMarks);
    connect(page, &SettingsPage::setupChanged, this, [this, page] {
        // The other pages show what this one stored (names in blocked time, clinic hours behind
        // a provider's); each keeps its own unsaved edits.
        for (SettingsPage *other : std::as_const(m_pages))
            if (other != page)
                other->reload();
        emit setupChanged();
    });
}

void SettingsDialog::onPageChanged(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    SettingsPage *page = m_pages[row];
    page->reload(); // another workstation may have changed it
    m_stack->setCurrentWidget(page);
    m_title->setText(page->title());
    m_summary->setText(page->summary());
}

void SettingsDialog::updatePageMarks()
{
    for (int i = 0; i < m_pages.size(); ++i) {
        QListWidgetItem *item = m_pageList->item(i);
        const bool unsaved = m_pages[i]->hasUnsavedChanges();
        item->setText(m_pages[i]->title() + (unsaved ? kUnsavedMark : QString()));
        item->setToolTip(unsaved ? tr("Unsaved changes") : QString());
        QFont font = item->font();
        font.setItalic(unsaved);
        item->setFont(font);
    }
}

void SettingsDialog::showPage(Page page)
{
    m_pageList->setCurrentRow(int(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_pageList->currentRow());
}

SettingsPage *SettingsDialog::page(Page page) const
{
    return m_pages.value(int(page));
}

bool SettingsDialog::hasUnsavedChanges() const
{
    for (const SettingsPage *p : m_pages)
        if (p->hasUnsavedChanges())
            return true;
    return false;
}

void SettingsDialog::setConfirmer(Confirmer confirmer)
{
    m_confirm = std::move(confirmer);
    for (SettingsPage *p : std::as_const(m_pages))
        p->setConfirmer(m_confirm);
}

void SettingsDialog::reject()
{
    QStringList unsaved;
    int first = -1;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->hasUnsavedChanges()) {
            unsaved << m_pages[i]->title();
            if (first < 0)
                first = i;
        }
    }
    if (!unsaved.isEmpty()) {
        const Question question{
            tr("Discard unsaved changes?"),
            tr("These pages have changes that are not saved: %1.\n\nClose and discard them?")
                .arg(unsaved.join(QStringLiteral(", "))),
            tr("Discard and close"),
            tr("Keep editing"),
            QStringLiteral("discardQuestion"),
            true};
        if (!m_confirm || !m_confirm(this, question)) {
            m_pageList->setCurrentRow(first);
            return;
        }
        for (SettingsPage *p : std::as_const(m_pages))
            p->discardChanges();
    }
    QDialog::reject();
}

} // namespace ClinicDesk::Ui
