#include "gridpainter.h"

#include "schedulecontext.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace ClinicDesk::Ui::GridPainter {

namespace {
const QColor kText{0x1f, 0x29, 0x33};
const QColor kMuted{0x52, 0x5f, 0x6d};
const QColor kAccent{0x2b, 0x67, 0x94};

void drawLine(QPainter &painter, const QRect &line, const QString &text, const QFont &font,
              const QColor &colour, bool struck = false)
{
    QFont f = font;
    f.setStrikeOut(struck);
    painter.setFont(f);
    painter.setPen(colour);
    const QFontMetrics fm(f);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                     fm.elidedText(text, Qt::ElideRight, line.width()));
}
} // namespace

void paintDot(QPainter &painter, const QPoint &centre, int radius, const QColor &colour)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour.darker(140), 1));
    painter.setBrush(colour);
    painter.drawEllipse(centre, radius, radius);
    painter.restore();
}

QIcon dotIcon(const QColor &colour, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintDot(painter, QPoint(size / 2, size / 2), size / 2 - 1, colour);
    return QIcon(pixmap);
}

QStringList retreatmentBadges(const Core::ScheduleEntry &entry,
                              Core::RetreatmentPolicy::Mark mark)
{
    QStringList badges;
    if (!entry.isBotox || entry.cycle <= 0)
        return badges;
    using Mark = Core::RetreatmentPolicy::Mark;
    QString cycle = QStringLiteral("C%1").arg(entry.cycle);
    if (mark == Mark::InWindow)
        cycle += QStringLiteral(" \u2713");
    else if (mark == Mark::TooEarly)
        cycle += QStringLiteral(" \u2717 early");
    badges << cycle;
    if (entry.awaitingDrug && Core::holdsTime(entry.appointment.status))
        badges << QStringLiteral("Drug \u2717");
    return badges;
}

namespace {
// Small pills at the top right of a block, right to left; returns the width they take.
int paintBadges(QPainter &painter, const QRect &line, const Core::ScheduleEntry &entry,
                Core::RetreatmentPolicy::Mark mark)
{
    const QStringList badges = retreatmentBadges(entry, mark);
    if (badges.isEmpty())
        return 0;
    QFont font = painter.font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics fm(font);
    painter.save();
    painter.setFont(font);
    painter.setRenderHint(QPainter::Antialiasing);
    int right = line.right();
    for (qsizetype i = badges.size() - 1; i >= 0; --i) {
        const QString &text = badges[i];
        const int width = fm.horizontalAdvance(text) + 8;
        if (right - width < line.left() + line.width() / 3)
            break; // no room: the tooltip and the side panel say it
        const QRectF pill(right - width, line.top() + 1, width, std::min(line.height() - 2,
                                                                         fm.height() + 1));
        QColor fill = i == 0 ? (mark == Core::RetreatmentPolicy::Mark::TooEarly ? kTooEarly
                                                                                : kInWindow)
                             : kAwaitingDrug;
        if (i == 0 && mark == Core::RetreatmentPolicy::Mark::None)
            fill = QColor(0x52, 0x5f, 0x6d);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(pill, 3, 3);
        painter.setPen(Qt::white);
        painter.drawText(pill, Qt::AlignCenter, text);
        right -= width + 3;
    }
    painter.restore();
    return line.right() - right;
}
} // namespace

void paintBlock(QPainter &painter, const QRect &rect, const Core::ScheduleEntry &entry,
                const BlockLook &look)
{
    const Core::Appointment &a = entry.appointment;
    const bool holds = Core::holdsTime(a.status);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect).adjusted(0.5, 0.5, -1.5, -1.5);
    QPainterPath path;
    path.addRoundedRect(box, 3, 3);

    const QColor fill = holds ? look.typeColour : kInactiveFill;
    painter.setOpacity(look.ghost ? 0.75 : 1.0);
    painter.fillPath(path, fill);
    if (!holds)
        painter.fillPath(path, QBrush(kBlockedHatch, Qt::BDiagPattern));

    // The provider's colour as a left bar: the column header and the text say who it is.
    painter.setClipPath(path);
    painter.fillRect(QRectF(box.left(), box.top(), 4, box.height()), look.providerColour);
    painter.setClipping(false);

    QPen border(look.selected ? kAccent : fill.darker(135), look.selected ? 2.5 : 1);
    if (look.ghost || look.cut)
        border = QPen(kAccent, 2, Qt::DashLine);
    painter.setPen(border);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setRenderHint(QPainter::Antialiasing, false);

    const QColor textColour = holds ? textColourOn(fill) : kMuted;
    const QFont base = painter.font();
    QFont bold = base;
    bold.setBold(true);
    const QFontMetrics fm(base);
    const int lineHeight = fm.height();
    const QRect inner = rect.adjusted(8, 1, -4, 0);
    if (inner.height() < 6 || inner.width() < 12) {
        painter.restore();
        return;
    }

    // The status mark leads the first line, in bold: a shape for the status that does not
    // depend on colour, in the same place on every block so a column scans quickly.
    const QString mark = Core::statusMark(a.status) + u' ';
    const QString time = Core::WallClock::format(a.slot.startMinute);
    const QString word = Core::statusLabel(a.status);
    const int lines = std::max(1, inner.height() / lineHeight);
    QRect line(inner.left(), inner.top(), inner.width(), std::min(lineHeight, inner.height()));
    painter.setFont(bold);
    painter.setPen(textColour);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, mark);
    const int markWidth = QFontMetrics(bold).horizontalAdvance(mark);
    const int badgeWidth = holds ? paintBadges(painter, line, entry, look.retreatment) : 0;
    QRect afterMark = line.adjusted(markWidth, 0, -badgeWidth, 0);
    if (lines == 1) {
        // A short block: time and name; the type (and a lost visit's status word) after,
        // elided. The tooltip has everything.
        QString text = time + u' ' + entry.patientName;
        if (!holds)
            text = word + QStringLiteral(" \u00b7 ") + text;
        text += QStringLiteral(" \u00b7 ") + entry.typeName;
        drawLine(painter, afterMark, text, base, textColour);
        painter.restore();
        return;
    }
    drawLine(painter, afterMark, entry.patientName, bold, textColour, !holds);
    line.translate(0, lineHeight);
    // The whole time range when it fits beside the type, else the start.
    QString second = a.slot.timeRange() + QStringLiteral(" \u00b7 ") + entry.typeName;
    if (fm.horizontalAdvance(second) > line.width())
        second = time + QStringLiteral(" \u00b7 ") + entry.typeName;
    drawLine(painter, line, second, base, textColour);
    if (lines >= 3) {
        line.translate(0, lineHeight);
        QString third = word;
        if (!a.statusReason.isEmpty())
            third += QStringLiteral(": ") + a.statusReason;
        if (!look.detail.isEmpty())
            third += QStringLiteral(" \u00b7 ") + look.detail;
        drawLine(painter, line, third, base, textColour);
    }
    if (lines >= 4 && !a.notes.isEmpty()) {
        line.translate(0, lineHeight);
        QFont italic = base;
        italic.setItalic(true);
        drawLine(painter, line, a.notes.simplified(), italic, textColour);
    }
    painter.restore();
}

void paintBlocked(QPainter &painter, const QRect &rect, const QString &reason)
{
    painter.save();
    painter.fillRect(rect, kBlocked);
    painter.fillRect(rect, QBrush(kBlockedHatch, Qt::BDiagPattern));
    if (!reason.isEmpty() && rect.height() >= 12) {
        const QFontMetrics fm(painter.font());
        const QRect text = rect.adjusted(6, 2, -4, -2);
        const QString elided = fm.elidedText(reason, Qt::ElideRight, text.width());
        // A solid plate behind the words keeps them readable over the hatching.
        QRect plate = fm.boundingRect(elided).adjusted(-3, 0, 3, 0);
        plate.moveTopLeft(text.topLeft() + QPoint(-3, 0));
        painter.fillRect(plate, kBlocked);
        painter.setPen(kText);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, elided);
    }
    painter.restore();
}

void paintOutOfHours(QPainter &painter, const QRect &rect, const QString &label)
{
    painter.fillRect(rect, kOutOfHours);
    if (label.isEmpty() || rect.height() < 16)
        return;
    painter.save();
    painter.setPen(kMuted);
    const QFontMetrics fm(painter.font());
    const QRect text = rect.adjusted(6, 4, -4, -4);
    painter.drawText(text, Qt::AlignHCenter | Qt::AlignTop,
                     fm.elidedText(label, Qt::ElideRight, text.width()));
    painter.restore();
}

} // namespace ClinicDesk::Ui::GridPainter
