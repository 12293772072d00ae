#pragma once

#include "confirmation.h"
#include "result.h"

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QHBoxLayout;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace ClinicDesk::Ui {

// One page of the settings dialog. Tables save each row action at once; forms (clinic details,
// opening hours, working hours) hold edits until their page's Save, and say so, so that the dialog
// can ask before anything typed is thrown away.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(QString title, QString summary, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    QString summary() const { return m_summary; }
    virtual bool hasUnsavedChanges() const { return false; }
    // Puts the page back to what is stored, dropping unsaved edits.
    virtual void discardChanges() {}
    // Reads what is stored again (when the page is shown, or another page stored something it
    // shows); unsaved edits are kept as they are.
    virtual void reload() = 0;
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

signals:
    // The page may have gained or lost unsaved edits.
    void unsavedChangesChanged();
    // Something was stored: the schedule and the other pages may need to read it again.
    void setupChanged();

protected:
    bool confirm(const Question &question);
    const Confirmer &confirmer() const { return m_confirm; }

    // After an add or edit form of a set-up table was saved: reads what is stored again, selects
    // the row just saved (its id in `idRole`), says `message` on `messageLine` and tells the
    // dialog.
    void finishSaved(QTableView *table, int idRole, qint64 id, QLabel *messageLine,
                     const QString &message);
    // Deactivates (asking `questionTitle` / `questionText` first) or reactivates the item called
    // `name` whose active flag is now `active`. `store` saves the item with the flipped flag; on
    // success the page reads what is stored again, says so on `messageLine` and tells the dialog.
    void toggleActiveWith(QLabel *messageLine, const QString &name, bool active,
                          const QString &questionTitle, const QString &questionText,
                          const std::function<Core::Status(bool active)> &store);

private:
    QString m_title;
    QString m_summary;
    Confirmer m_confirm;
};

// The line under a page's buttons that says what just happened or what went wrong.
QLabel *createMessageLine(const QString &objectName, QWidget *parent);
// kind: "ok" or "error"; empty text hides the line.
void showMessage(QLabel *line, const QString &kind, const QString &text);
// A read-only table of whole rows, one selected at a time, for the set-up lists.
QTableView *createSetupTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent);
// The id (from `role`) of the selected row of a set-up table, or 0. Follow selectionChanged
// (not currentRowChanged, which comes before the row is selected).
qint64 selectedId(const QTableView *table, int role);
// Selects the row whose `role` holds `id` (the first row when it is gone).
void selectId(QTableView *table, int role, qint64 id);
// Makes `row` the one selected row and scrolls to it; a negative row selects nothing.
void selectRow(QTableView *table, int row);

// A record list as the patient record and its dialogs show one: a set-up table whose columns fit
// their contents, at least four rows high, with a column of buttons (Add…, Edit…, Remove)
// beside it. Lay out `layout()`; the buttons come from addButton() in order, top down.
class ListWithButtons
{
public:
    ListWithButtons(QAbstractItemModel *model, const QString &tableName, QWidget *parent);
    QTableView *table() const { return m_table; }
    QHBoxLayout *layout() const { return m_row; }
    QPushButton *addButton(const QString &text, const QString &objectName);

private:
    QWidget *m_parent;
    QTableView *m_table;
    QHBoxLayout *m_row;
    QVBoxLayout *m_buttons;
};

} // namespace ClinicDesk::Ui
