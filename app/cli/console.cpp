#include "console.h"

#include "exitcode.h"

#include <QtGlobal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace ClinicDesk::Cli {

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
#ifdef Q_OS_UNIX
    m_errIsTerminal = ::isatty(STDERR_FILENO) == 1;
#endif
}

Console::~Console()
{
    endProgress();
    flush();
}

void Console::print(const QString &line)
{
    m_out << line << '\n';
}

void Console::printLines(const QStringList &lines)
{
    for (const QString &line : lines)
        print(line);
}

void Console::write(const QString &text)
{
    m_out << text;
}

void Console::printJson(const QJsonDocument &document)
{
    // QJsonDocument writes UTF-8 without escaping letters, so Núñez stays readable.
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Console::message(const QString &line)
{
    endProgress();
    m_out.flush(); // keep results and messages in the order they happened
    m_err << line << '\n';
    m_err.flush();
}

void Console::progress(const QString &line)
{
    if (m_errIsTerminal) {
        m_err << '\r' << line << "\x1b[K";
        m_progressShown = true;
    } else {
        m_err << line << '\n';
    }
    m_err.flush();
}

void Console::endProgress()
{
    if (!m_progressShown)
        return;
    m_err << '\n';
    m_err.flush();
    m_progressShown = false;
}

int Console::fail(const Core::Error &error, const FieldOptions &options)
{
    const QString option = options.value(error.field);
    message(option.isEmpty() ? error.message : option + QStringLiteral(": ") + error.message);
    return exitCodeFor(error);
}

int Console::invalid(const QString &option, const QString &text)
{
    message(option + QStringLiteral(": ") + text);
    return ExitCode::InvalidInput;
}

int Console::usageError(const QString &text, const QString &helpCommand)
{
    const QString help = helpCommand.isEmpty()
                             ? QStringLiteral("clinicdesk-cli --help")
                             : QStringLiteral("clinicdesk-cli %1 --help").arg(helpCommand);
    message(QStringLiteral("%1 See \u2018%2\u2019.").arg(text, help));
    return ExitCode::Usage;
}

void Console::flush()
{
    m_out.flush();
    m_err.flush();
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isLowSurrogate())
            continue;
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
            continue;
        ++width;
    }
    return width;
}

QStringList wrapText(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && displayWidth(line) + 1 + displayWidth(word) > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    return lines;
}

QStringList alignColumns(const QList<QStringList> &rows, const QString &gap)
{
    QList<int> widths;
    for (const QStringList &row : rows)
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = std::max(widths[column], displayWidth(row[column]));
        }
    QStringList lines;
    lines.reserve(rows.size());
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const QString &cell = row[column];
            line += cell;
            if (column + 1 < row.size())
                line += QString(widths[column] - displayWidth(cell), u' ') + gap;
        }
        // A last cell that is empty must not leave the line ending in spaces.
        while (line.endsWith(u' '))
            line.chop(1);
        lines << line;
    }
    return lines;
}

} // namespace ClinicDesk::Cli
