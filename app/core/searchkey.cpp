#include "searchkey.h"

namespace ClinicDesk::Core::SearchKey {

QString fold(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber())
            key += c.toCaseFolded();
    }
    // Letters that do not decompose into a base letter and a mark.
    key.replace(u'\u00DF', QStringLiteral("ss"));
    key.replace(u'\u00F8', u'o');
    key.replace(u'\u0142', u'l');
    key.replace(u'\u00E6', QStringLiteral("ae"));
    key.replace(u'\u0153', QStringLiteral("oe"));
    key.replace(u'\u0111', u'd');
    return key;
}

} // namespace ClinicDesk::Core::SearchKey
