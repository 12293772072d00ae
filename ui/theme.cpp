#include "theme.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace ClinicDesk::Ui::Theme {

namespace {

struct Colours {
    QColor foreground;
    QColor background;
};

Colours coloursFor(const QString &kind)
{
    if (kind == u"ok")
        return {okText, okBackground};
    if (kind == u"warning")
        return {warningText, warningBackground};
    if (kind == u"error")
        return {errorText, errorBackground};
    return {mutedText, QColor(0xe6, 0xea, 0xee)};
}

} // namespace

void apply(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = app.style()->standardPalette();
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternateBase);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xe9, 0xed, 0xf1));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, placeholderText);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent);
    // The search box keeps the focus while the receptionist moves through results, so the
    // selected row must stay plainly visible when the table is not focused.
    p.setColor(QPalette::Inactive, QPalette::Highlight, accentSoft);
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, text);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8a, 0x94, 0x9e));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8a, 0x94, 0x9e));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x94, 0x9e));
    app.setPalette(p);
}

void styleAsError(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("color: %1;").arg(errorText.name()));
    label->setWordWrap(true);
}

void styleAsHint(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("color: %1;").arg(mutedText.name()));
}

void styleAsBadge(QLabel *label, const QString &kind)
{
    const Colours c = coloursFor(kind);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border-radius: 9px;"
                                        " padding: 2px 10px; font-weight: 600; }")
                             .arg(c.foreground.name(), c.background.name()));
}

QString bannerStyleSheet(const QString &objectName, const QString &kind)
{
    const Colours c = coloursFor(kind);
    return QStringLiteral("QFrame#%3 { background: %2; border: 1px solid %1; border-radius: 4px; }"
                          " QFrame#%3 QLabel { color: %1; background: transparent; border: none; }")
        .arg(c.foreground.name(), c.background.name(), objectName);
}

} // namespace ClinicDesk::Ui::Theme
