#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace ClinicDesk::Ui {

// Asks why a visit is cancelled or was a no-show. A reason is required: the button that does it
// stays disabled until one is given, and says so. Common reasons are offered, any text is fine.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    // `action` is the button's word ("Cancel visit", "Mark no-show"); `visit` describes it.
    ReasonDialog(const QString &title, const QString &visit, const QString &action,
                 const QStringList &suggestions, QWidget *parent = nullptr);

    QString reason() const;
    // The defaults speak of a visit; other questions (stopping treatment) say their own words.
    void setKeepText(const QString &text);
    void setHint(const QString &text);

    static QStringList cancelReasons();
    static QStringList noShowReasons();

private:
    void updateState();

    QComboBox *m_reason = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_back = nullptr;
};

} // namespace ClinicDesk::Ui
