#pragma once

#include "command.h"

#include <vector>

namespace ClinicDesk::Cli {

// Every command clinicdesk-cli knows, found by its name ("init", "patient add"), with the shared
// handling of global options (--db, --help, --version), usage errors and help text.
class CommandTable
{
public:
    // The table with every command of this build.
    static CommandTable standard();

    void add(std::unique_ptr<Command> command);
    // Runs the command line (without the program name) and returns the exit code.
    int run(const QStringList &tokens, Console &console) const;

    QString generalHelp() const;
    QString commandHelp(const Command &command) const;
    QString groupHelp(const QString &group) const;

private:
    const Command *find(const QStringList &path) const;
    QList<const Command *> inGroup(const QString &group) const;
    bool isGroup(const QString &word) const;
    int runHelpFor(const QStringList &words, Console &console) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

// The options every command also takes.
QList<OptionSpec> globalOptions();
QString versionText();

} // namespace ClinicDesk::Cli
