#include "colourfield.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>
#include <QToolButton>

namespace ClinicDesk::Ui {

namespace {

bool isStoredColour(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return re.match(text).hasMatch();
}

} // namespace

ColourField::ColourField(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_picker([](const QColor &initial, QWidget *p) {
        return QColorDialog::getColor(initial, p, tr("Choose a colour"));
    })
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_button = new QToolButton(this);
    m_button->setObjectName(objectName + QStringLiteral("Button"));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setText(tr("Choose…"));
    m_button->setToolTip(tr("Pick the colour from a palette"));
    m_button->setIconSize(QSize(18, 18));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(objectName);
    m_edit->setPlaceholderText(tr("e.g. #3b6ea5"));
    m_edit->setMaxLength(7);
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("#ABCDEF")) +
                            28);
    layout->addWidget(m_edit);
    layout->addWidget(m_button);
    layout->addStretch(1);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updateSwatch();
        emit colourChanged();
    });
    connect(m_button, &QToolButton::clicked, this, &ColourField::pick);
    updateSwatch();
}

QString ColourField::colour() const
{
    return m_edit->text().trimmed().toLower();
}

void ColourField::setColour(const QString &colour)
{
    m_edit->setText(colour);
}

void ColourField::pick()
{
    const QColor initial = isStoredColour(colour()) ? QColor(colour()) : QColor(0x3b, 0x6e, 0xa5);
    const QColor chosen = m_picker ? m_picker(initial, this) : QColor();
    if (chosen.isValid())
        m_edit->setText(chosen.name());
}

void ColourField::updateSwatch()
{
    QPixmap swatch(m_button->iconSize());
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(0x52, 0x5f, 0x6d));
    if (isStoredColour(colour())) {
        painter.setBrush(QColor(colour()));
        painter.drawRoundedRect(QRectF(swatch.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    } else {
        // No colour yet: an empty, crossed box rather than a guess.
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(QRectF(swatch.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter.drawLine(swatch.rect().bottomLeft(), swatch.rect().topRight());
    }
    painter.end();
    m_button->setIcon(QIcon(swatch));
}

} // namespace ClinicDesk::Ui
