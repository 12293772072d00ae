#include "screenrail.h"

#include "theme.h"

#include <QButtonGroup>
#include <QPainter>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

namespace {
constexpr int kRailWidth = 104;
const QColor kRailBackground{0xe3, 0xe8, 0xed};
} // namespace

RailButton::RailButton(const QString &title, const QKeySequence &shortcut, QWidget *parent)
    : QAbstractButton(parent)
    , m_shortcut(shortcut)
{
    setText(title);
    setCheckable(true);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
    const QString keys = shortcut.toString(QKeySequence::NativeText);
    setToolTip(keys.isEmpty() ? title : tr("%1 (%2)").arg(title, keys));
    setAccessibleName(title);
}

QSize RailButton::sizeHint() const
{
    const QFontMetrics fm(font());
    return {kRailWidth, fm.height() * 2 + 22};
}

void RailButton::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void RailButton::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

void RailButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect area = rect().adjusted(6, 2, -6, -2);
    if (isChecked() || m_hovered) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(isChecked() ? Theme::base : QColor(0xee, 0xf1, 0xf4));
        painter.drawRoundedRect(area, 6, 6);
    }
    if (isChecked()) {
        painter.setBrush(Theme::accent);
        painter.drawRoundedRect(QRect(area.left(), area.top() + 8, 4, area.height() - 16), 2, 2);
    }
    if (hasFocus()) {
        painter.setPen(QPen(Theme::accent, 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(area.adjusted(1, 1, -1, -1), 6, 6);
    }

    QFont titleFont = font();
    titleFont.setBold(isChecked());
    painter.setFont(titleFont);
    painter.setPen(Theme::text);
    const QFontMetrics fm(titleFont);
    QRect titleRect = area.adjusted(8, 8, -4, 0);
    titleRect.setHeight(fm.height());
    painter.drawText(titleRect, Qt::AlignHCenter | Qt::AlignVCenter,
                     fm.elidedText(text(), Qt::ElideRight, titleRect.width()));

    QFont keyFont = font();
    keyFont.setPointSizeF(keyFont.pointSizeF() * 0.85);
    painter.setFont(keyFont);
    painter.setPen(Theme::mutedText);
    const QRect keyRect = titleRect.translated(0, fm.height() + 2);
    painter.drawText(keyRect, Qt::AlignHCenter | Qt::AlignVCenter,
                     m_shortcut.toString(QKeySequence::NativeText));
}

ScreenRail::ScreenRail(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("screenRail"));
    setFixedWidth(kRailWidth);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 10, 0, 10);
    m_layout->setSpacing(4);
    m_layout->addStretch(1);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this, &ScreenRail::entryChosen);
}

int ScreenRail::addEntry(const QString &title, const QKeySequence &shortcut)
{
    auto *button = new RailButton(title, shortcut, this);
    button->setObjectName(QStringLiteral("rail_") + title.toLower().remove(u' '));
    const int index = count();
    m_group->addButton(button, index);
    m_layout->insertWidget(index, button); // before the stretch
    if (index == 0)
        button->setChecked(true);
    return index;
}

void ScreenRail::setCurrent(int index)
{
    if (QAbstractButton *button = m_group->button(index))
        button->setChecked(true);
}

int ScreenRail::current() const
{
    return m_group->checkedId();
}

int ScreenRail::count() const
{
    return int(m_group->buttons().size());
}

void ScreenRail::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), kRailBackground);
    painter.setPen(Theme::border);
    painter.drawLine(rect().topRight(), rect().bottomRight());
}

} // namespace ClinicDesk::Ui
