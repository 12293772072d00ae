#include "retreatmentbadge.h"

#include "retreatmentmark.h"
#include "theme.h"

#include <QLabel>

namespace ClinicDesk::Ui::RetreatmentBadge {

void apply(QLabel *label, const Core::RetreatmentStatus &status)
{
    QColor tint = RetreatmentMark::tint(status.state);
    if (!tint.isValid())
        tint = QColor(0xe6, 0xea, 0xee);
    label->setText(RetreatmentMark::text(status));
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %3;"
                                        " border-radius: 9px; padding: 2px 10px;"
                                        " font-weight: 600; }")
                             .arg(Theme::text.name(), tint.name(), tint.darker(115).name()));
    label->setAccessibleName(status.label());
}

} // namespace ClinicDesk::Ui::RetreatmentBadge
