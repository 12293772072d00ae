#include "settingspage.h"

#include "theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

SettingsPage::SettingsPage(QString title, QString summary, QWidget *parent)
    : QWidget(parent)
    , m_title(std::move(title))
    , m_summary(std::move(summary))
    , m_confirm(askWithMessageBox)
{}

bool SettingsPage::confirm(const Question &question)
{
    return m_confirm && m_confirm(this, question);
}

void SettingsPage::finishSaved(QTableView *table, int idRole, qint64 id, QLabel *messageLine,
                               const QString &message)
{
    reload();
    // Selecting the saved row updates the page's buttons through selectionChanged (a page may ask
    // first, e.g. when other edits are unsaved).
    selectId(table, idRole, id);
    showMessage(messageLine, QStringLiteral("ok"), message);
    emit setupChanged();
}

void SettingsPage::toggleActiveWith(QLabel *messageLine, const QString &name, bool active,
                                    const QString &questionTitle, const QString &questionText,
                                    const std::function<Core::Status(bool active)> &store)
{
    if (active) {
        const Question question{questionTitle,
                                questionText,
                                tr("Deactivate"),
                                tr("Cancel"),
                                QStringLiteral("deactivateQuestion"),
                                true};
        if (!confirm(question))
            return;
    }
    const bool nowActive = !active;
    if (Core::Status s = store(nowActive); !s) {
        showMessage(messageLine, QStringLiteral("error"),
                    tr("Not saved: %1").arg(s.error().message));
        return;
    }
    reload();
    showMessage(messageLine, QStringLiteral("ok"),
                nowActive ? tr("\u2713 %1 is active again.").arg(name)
                          : tr("\u2713 %1 is now inactive.").arg(name));
    emit setupChanged();
}

QLabel *createMessageLine(const QString &objectName, QWidget *parent)
{
    auto *line = new QLabel(parent);
    line->setObjectName(objectName);
    line->setWordWrap(true);
    line->setTextFormat(Qt::PlainText);
    line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    line->hide();
    return line;
}

void showMessage(QLabel *line, const QString &kind, const QString &text)
{
    line->setText(text);
    const QColor colour = kind == u"error" ? Theme::errorText : Theme::okText;
    line->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
    line->setVisible(!text.isEmpty());
}

QTableView *createSetupTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setShowGrid(false);
    // Text clear of the cell edges, so that neighbouring columns never read as one.
    table->setStyleSheet(QStringLiteral("QTableView::item { padding: 0px 6px; }"));
    table->setTabKeyNavigation(false); // Tab leaves the table for its buttons
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

qint64 selectedId(const QTableView *table, int role)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(role).toLongLong();
}

void selectId(QTableView *table, int role, qint64 id)
{
    QAbstractItemModel *model = table->model();
    int row = model->rowCount() > 0 ? 0 : -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(role).toLongLong() == id) {
            row = r;
            break;
        }
    }
    selectRow(table, row);
}

void selectRow(QTableView *table, int row)
{
    if (row < 0) {
        table->clearSelection();
        return;
    }
    const QModelIndex index = table->model()->index(row, 0);
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    table->scrollTo(index);
}

ListWithButtons::ListWithButtons(QAbstractItemModel *model, const QString &tableName,
                                 QWidget *parent)
    : m_parent(parent)
    , m_table(createSetupTable(model, tableName, parent))
    , m_row(new QHBoxLayout)
    , m_buttons(new QVBoxLayout)
{
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_row->setSpacing(10);
    m_row->addWidget(m_table, 1);
    m_buttons->setSpacing(6);
    m_buttons->addStretch(1);
    m_row->addLayout(m_buttons);
}

QPushButton *ListWithButtons::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, m_parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    m_buttons->insertWidget(m_buttons->count() - 1, button); // above the stretch
    return button;
}

} // namespace ClinicDesk::Ui
