#include "arguments.h"

#include <QLocale>

namespace ClinicDesk::Cli {

using Core::Error;

namespace {

const OptionSpec *find(const QList<OptionSpec> &options, const QString &name)
{
    for (const OptionSpec &option : options)
        if (option.name == name)
            return &option;
    return nullptr;
}

bool looksLikeOption(const QString &token)
{
    return token.size() > 1 && token.startsWith(u'-');
}

} // namespace

Core::Result<Arguments> Arguments::parse(const QStringList &tokens,
                                         const QList<OptionSpec> &options)
{
    Arguments parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens[i];
        if (optionsEnded || !looksLikeOption(token)) {
            parsed.m_positionals << token;
            continue;
        }
        if (token == u"--") {
            optionsEnded = true;
            continue;
        }
        QString name;
        std::optional<QString> inlineValue;
        if (token == u"-h") {
            name = QStringLiteral("help");
        } else if (token.startsWith(QStringLiteral("--"))) {
            name = token.mid(2);
            if (const qsizetype equals = name.indexOf(u'='); equals >= 0) {
                inlineValue = name.mid(equals + 1);
                name.truncate(equals);
            }
        } else {
            return Error::invalid(QStringLiteral("Unknown option \u201C%1\u201D (options start "
                                                 "with two dashes; put -- before a search "
                                                 "text that starts with a dash).")
                                      .arg(token));
        }
        const OptionSpec *option = find(options, name);
        if (!option)
            return Error::invalid(QStringLiteral("Unknown option \u201C--%1\u201D.").arg(name));
        if (parsed.m_values.contains(name) && option->takesValue())
            return Error::invalid(QStringLiteral("%1 is given twice.").arg(option->spelled()));
        if (!option->takesValue()) {
            if (inlineValue)
                return Error::invalid(QStringLiteral("%1 takes no value.").arg(option->spelled()));
            parsed.m_values.insert(name, QString());
            continue;
        }
        if (!inlineValue) {
            // `--first --last Lee` is a forgotten value, not a first name "--last".
            if (i + 1 >= tokens.size() || tokens[i + 1].startsWith(QStringLiteral("--")))
                return Error::invalid(QStringLiteral("%1 needs a value (%1 %2).")
                                          .arg(option->spelled(), option->valueName));
            inlineValue = tokens[++i];
        }
        parsed.m_values.insert(name, *inlineValue);
    }
    return parsed;
}

Core::Result<qint64> Arguments::integer(const QString &name, qint64 fallback, qint64 min,
                                        qint64 max) const
{
    if (!isSet(name))
        return fallback;
    const QString text = value(name).trimmed();
    bool ok = false;
    qint64 number = text.toLongLong(&ok);
    if (!ok) // 50,000 as people write it
        number = QLocale(QLocale::English, QLocale::UnitedStates).toLongLong(text, &ok);
    if (!ok || number < min || number > max) {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        return Error::invalid(QStringLiteral("\u201C%1\u201D is not a whole number from %2 to %3.")
                                  .arg(text.left(40), english.toString(min), english.toString(max)),
                              name);
    }
    return number;
}

} // namespace ClinicDesk::Cli
