#pragma once

#include <QAbstractButton>
#include <QKeySequence>
#include <QWidget>

class QButtonGroup;
class QVBoxLayout;

namespace ClinicDesk::Ui {

// One entry of the rail: the screen's name and, under it, the key that reaches it, so the
// shortcut is learnt by looking. The current screen is marked by a bar and bold text, not by
// colour alone.
class RailButton : public QAbstractButton
{
    Q_OBJECT
public:
    RailButton(const QString &title, const QKeySequence &shortcut, QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QKeySequence m_shortcut;
    bool m_hovered = false;
};

// The left rail of screens (Schedule, Patients, ...). It only shows and picks; MainWindow owns
// the screens and their shortcuts.
class ScreenRail : public QWidget
{
    Q_OBJECT
public:
    explicit ScreenRail(QWidget *parent = nullptr);

    // Returns the entry's index, in the order added.
    int addEntry(const QString &title, const QKeySequence &shortcut);
    void setCurrent(int index);
    int current() const;
    int count() const;

signals:
    void entryChosen(int index);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVBoxLayout *m_layout = nullptr;
    QButtonGroup *m_group = nullptr;
};

} // namespace ClinicDesk::Ui
