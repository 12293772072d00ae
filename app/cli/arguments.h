#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ClinicDesk::Cli {

// One --option a command takes.
struct OptionSpec {
    QString name;      // without the dashes: "dob"
    QString valueName; // "YYYY-MM-DD"; empty for a flag (--json)
    QString help;

    bool takesValue() const { return !valueName.isEmpty(); }
    QString spelled() const { return QStringLiteral("--") + name; }
};

// The command line after the command's name, understood: option values, flags and the
// positional words. Reading a number checks it and names the option when it is wrong.
class Arguments
{
public:
    // `--name value`, `--name=value`, flags, `-h` for --help, and `--` before positional words
    // that start with a dash. An unknown option, a missing value or an option given twice is a
    // usage error (the message says which).
    static Core::Result<Arguments> parse(const QStringList &tokens,
                                         const QList<OptionSpec> &options);

    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    const QStringList &positionals() const { return m_positionals; }

    // The option's whole-number value within [min, max], `fallback` when not given.
    Core::Result<qint64> integer(const QString &name, qint64 fallback, qint64 min,
                                 qint64 max) const;

private:
    QHash<QString, QString> m_values; // flags hold an empty string
    QStringList m_positionals;
};

} // namespace ClinicDesk::Cli
