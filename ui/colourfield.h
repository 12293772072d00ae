#pragma once

#include <QColor>
#include <QWidget>
#include <functional>

class QLineEdit;
class QToolButton;

namespace ClinicDesk::Ui {

// A colour as the set-up stores it ("#3b6ea5"): typed as a hex code or picked from the colour
// dialog, with a swatch beside the code so the two are always read together.
class ColourField : public QWidget
{
    Q_OBJECT
public:
    // `objectName` names the hex field; the picker button is "<objectName>Button".
    explicit ColourField(const QString &objectName, QWidget *parent = nullptr);

    QString colour() const; // as typed, trimmed and lower-case
    void setColour(const QString &colour);
    QLineEdit *edit() const { return m_edit; }
    // Who picks a colour; by default QColorDialog::getColor. Tests may answer instead.
    using Picker = std::function<QColor(const QColor &initial, QWidget *parent)>;
    void setPicker(Picker picker) { m_picker = std::move(picker); }

signals:
    void colourChanged();

private:
    void pick();
    void updateSwatch();

    QLineEdit *m_edit = nullptr;
    QToolButton *m_button = nullptr;
    Picker m_picker;
};

} // namespace ClinicDesk::Ui
