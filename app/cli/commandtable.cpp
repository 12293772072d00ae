#include "commandtable.h"

#include "exitcode.h"

#include <QDir>

namespace ClinicDesk::Cli {

namespace {

const QString kProgram = QStringLiteral("clinicdesk-cli");

bool isHelpToken(const QString &token)
{
    return token == u"--help" || token == u"-h";
}

// Whether --help or -h comes before a `--` that ends the options.
bool asksForHelp(const QStringList &tokens)
{
    for (const QString &token : tokens) {
        if (token == u"--")
            return false;
        if (isHelpToken(token))
            return true;
    }
    return false;
}

QString optionColumn(const OptionSpec &option)
{
    QString text = option.name == u"help" ? QStringLiteral("-h, --help") : option.spelled();
    if (option.takesValue())
        text += u' ' + option.valueName;
    return text;
}

constexpr int kHelpWidth = 80;

// "  --first NAME  First name (required)." with long help wrapped under its own column.
QString optionLines(const QList<OptionSpec> &options)
{
    int column = 0;
    for (const OptionSpec &option : options)
        column = std::max(column, displayWidth(optionColumn(option)));
    const int indent = 2 + column + 2;
    QStringList lines;
    for (const OptionSpec &option : options) {
        const QString name = optionColumn(option);
        const QStringList help = wrapText(option.help, kHelpWidth - indent);
        lines << QStringLiteral("  ") + name + QString(column - displayWidth(name) + 2, u' ') +
                     help.first();
        for (const QString &more : help.mid(1))
            lines << QString(indent, u' ') + more;
    }
    return lines.join(u'\n');
}

QString paragraph(const QString &text)
{
    return wrapText(text, kHelpWidth).join(u'\n');
}

// A usage line, its continuation indented under the command.
QString usageLine(const QString &text)
{
    constexpr int kIndent = 7; // "Usage: "
    QStringList lines = wrapText(text, kHelpWidth - kIndent);
    for (qsizetype i = 1; i < lines.size(); ++i)
        lines[i].prepend(QString(kIndent, u' '));
    return lines.join(u'\n');
}

QString exitCodeHelp()
{
    return QStringLiteral(
        "Exit status:\n"
        "  0  done\n"
        "  1  usage error: unknown command or option, missing argument\n"
        "  2  invalid input: the message names the option at fault; nothing was changed\n"
        "  3  booking conflict\n"
        "  4  refused by a rule (retreatment too early) unless overridden\n"
        "  5  database error: missing, damaged, locked, read-only or newer database\n");
}

} // namespace

QList<OptionSpec> globalOptions()
{
    const QString now = QDir::toNativeSeparators(App::AppContext::resolveDatabasePath({}));
    return {
        {QStringLiteral("db"), QStringLiteral("PATH"),
         QStringLiteral("The database file; else $CLINICDESK_DB, else clinicdesk.sqlite in "
                        "ClinicDesk's data folder (now: %1).")
             .arg(now)},
        {QStringLiteral("help"), QString(), QStringLiteral("Show this help.")},
    };
}

QString versionText()
{
    return kProgram + u' ' + QStringLiteral(PROJECT_VERSION);
}

CommandTable CommandTable::standard()
{
    CommandTable table;
    table.add(makeInitCommand());
    table.add(makeSeedDemoCommand());
    table.add(makePatientAddCommand());
    table.add(makePatientFindCommand());
    table.add(makePatientShowCommand());
    table.add(makeProvidersCommand());
    table.add(makeRoomsCommand());
    table.add(makeTypesCommand());
    table.add(makeBookCommand());
    table.add(makeCancelCommand());
    table.add(makeStatusCommand());
    table.add(makeScheduleCommand());
    table.add(makeTreatmentAddCommand());
    table.add(makeTreatmentListCommand());
    table.add(makeDueCommand());
    table.add(makeBackupCommand());
    table.add(makeCheckCommand());
    table.add(makeAuthAddCommand());
    table.add(makeAuthListCommand());
    table.add(makeAuthExpiringCommand());
    table.add(makeExportIcsCommand());
    table.add(makeImportPatientsCommand());
    table.add(makeReportCommand());
    return table;
}

void CommandTable::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

const Command *CommandTable::find(const QStringList &path) const
{
    for (const auto &command : m_commands)
        if (command->spec().path == path)
            return command.get();
    return nullptr;
}

QList<const Command *> CommandTable::inGroup(const QString &group) const
{
    QList<const Command *> found;
    for (const auto &command : m_commands)
        if (command->spec().path.size() > 1 && command->spec().path.first() == group)
            found << command.get();
    return found;
}

bool CommandTable::isGroup(const QString &word) const
{
    return !inGroup(word).isEmpty();
}

QString CommandTable::generalHelp() const
{
    QList<QStringList> rows;
    for (const auto &command : m_commands) {
        const CommandSpec &spec = command->spec();
        rows << QStringList{QStringLiteral("  ") + spec.name(), spec.summary};
    }
    QList<OptionSpec> options = globalOptions();
    options << OptionSpec{QStringLiteral("version"), QString(),
                          QStringLiteral("Show the version.")};
    const QString about = paragraph(QStringLiteral(
        "Sets up a ClinicDesk database, adds and finds patients, books, cancels and lists "
        "appointments, and backs up and checks the database, from a terminal or a scheduled "
        "job. Results go to stdout (a new record's number alone on its line; JSON with "
        "--json), messages to stderr."));
    return QStringLiteral("Usage: %1 [--db PATH] COMMAND [ARGUMENTS] [OPTIONS]\n\n%5\n\n"
                          "Commands:\n%2\n\nOptions:\n%3\n\n%4\n"
                          "Run \u2018%1 COMMAND --help\u2019 for a command's arguments and "
                          "options.\n")
        .arg(kProgram, alignColumns(rows).join(u'\n'), optionLines(options), exitCodeHelp(), about);
}

QString CommandTable::commandHelp(const Command &command) const
{
    const CommandSpec &spec = command.spec();
    QString usage = QStringLiteral("Usage: %1 [--db PATH] %2").arg(kProgram, spec.name());
    if (!spec.synopsis.isEmpty())
        usage += u' ' + spec.synopsis;
    return QStringLiteral("%1\n\n%2\n\nOptions:\n%3\n")
        .arg(usageLine(usage), paragraph(spec.description),
             optionLines(spec.options + globalOptions()));
}

QString CommandTable::groupHelp(const QString &group) const
{
    QList<QStringList> rows;
    for (const Command *command : inGroup(group))
        rows << QStringList{QStringLiteral("  ") + command->spec().name(), command->spec().summary};
    return QStringLiteral("Usage: %1 [--db PATH] %2 COMMAND [ARGUMENTS] [OPTIONS]\n\n"
                          "Commands:\n%3\n\n"
                          "Run \u2018%1 %2 COMMAND --help\u2019 for a command's arguments and "
                          "options.\n")
        .arg(kProgram, group, alignColumns(rows).join(u'\n'));
}

int CommandTable::runHelpFor(const QStringList &words, Console &console) const
{
    if (words.isEmpty()) {
        console.write(generalHelp());
        return ExitCode::Done;
    }
    if (const Command *command = find(words)) {
        console.write(commandHelp(*command));
        return ExitCode::Done;
    }
    if (words.size() == 1 && isGroup(words.first())) {
        console.write(groupHelp(words.first()));
        return ExitCode::Done;
    }
    return console.usageError(
        QStringLiteral("There is no command \u201C%1\u201D.").arg(words.join(u' ')));
}

int CommandTable::run(const QStringList &tokens, Console &console) const
{
    // Options before the command: --db PATH, --help, --version.
    QString databaseOption;
    bool databaseGiven = false;
    bool help = false;
    qsizetype i = 0;
    for (; i < tokens.size() && tokens[i].startsWith(u'-') && tokens[i] != u"-"; ++i) {
        const QString &token = tokens[i];
        if (isHelpToken(token)) {
            help = true;
        } else if (token == u"--version") {
            console.print(versionText());
            return ExitCode::Done;
        } else if (token == u"--db" || token.startsWith(QStringLiteral("--db="))) {
            if (token == u"--db") {
                if (i + 1 >= tokens.size() || tokens[i + 1].startsWith(QStringLiteral("--")))
                    return console.usageError(QStringLiteral("--db needs a value (--db PATH)."));
                databaseOption = tokens[++i];
            } else {
                databaseOption = token.mid(5);
            }
            databaseGiven = true;
        } else {
            return console.usageError(QStringLiteral("Unknown option \u201C%1\u201D.").arg(token));
        }
    }
    const QStringList rest = tokens.mid(i);
    if (rest.isEmpty()) {
        if (help)
            return runHelpFor({}, console);
        return console.usageError(QStringLiteral("No command given."));
    }
    if (rest.first() == u"help")
        return runHelpFor(rest.mid(1), console);

    // The command: one word, or a group and a word ("patient add").
    QStringList path{rest.first()};
    if (isGroup(rest.first())) {
        const bool named = rest.size() > 1 && !rest[1].startsWith(u'-');
        if (!named) {
            if (help || asksForHelp(rest.mid(1)))
                return runHelpFor(path, console);
            QStringList names;
            for (const Command *command : inGroup(rest.first()))
                names << command->spec().path.last();
            return console.usageError(QStringLiteral("\u201C%1\u201D needs one of: %2.")
                                          .arg(rest.first(), names.join(QStringLiteral(", "))),
                                      rest.first());
        }
        path << rest[1];
    }
    const Command *command = find(path);
    if (!command)
        return console.usageError(
            QStringLiteral("There is no command \u201C%1\u201D.").arg(path.join(u' ')),
            path.size() > 1 ? path.first() : QString());
    const CommandSpec &spec = command->spec();
    const QStringList own = rest.mid(path.size());
    if (help || asksForHelp(own))
        return runHelpFor(path, console);

    auto parsed = Arguments::parse(own, spec.options + globalOptions());
    if (!parsed)
        return console.usageError(parsed.error().message, spec.name());
    Arguments arguments = std::move(parsed.value());
    if (arguments.isSet(QStringLiteral("db"))) {
        if (databaseGiven)
            return console.usageError(QStringLiteral("--db is given twice."), spec.name());
        databaseOption = arguments.value(QStringLiteral("db"));
        databaseGiven = true;
    }
    if (databaseGiven && databaseOption.trimmed().isEmpty())
        return console.usageError(QStringLiteral("--db needs a file name."), spec.name());

    const qsizetype count = arguments.positionals().size();
    if (count < spec.minPositionals)
        return console.usageError(
            QStringLiteral("%1 needs %2.").arg(spec.name(), spec.synopsis.section(u' ', 0, 0)),
            spec.name());
    if (spec.maxPositionals >= 0 && count > spec.maxPositionals)
        return console.usageError(QStringLiteral("Unexpected \u201C%1\u201D.")
                                      .arg(arguments.positionals().at(spec.maxPositionals)),
                                  spec.name());

    const Invocation invocation(console, std::move(arguments),
                                App::AppContext::resolveDatabasePath(databaseOption));
    return command->run(invocation);
}

} // namespace ClinicDesk::Cli
