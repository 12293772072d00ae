#pragma once

#include "result.h"

#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace ClinicDesk::Cli {

// Which command-line option stands for a field named in a Core::Error ("dateOfBirth" -> "--dob").
using FieldOptions = QHash<QString, QString>;

// Where clinicdesk-cli writes: results to stdout (one record per line, or JSON) so that scripts
// can read them, and everything meant for a person (messages, warnings, progress) to stderr.
// Both streams are UTF-8 whatever the locale says.
class Console
{
public:
    Console();
    ~Console();
    Console(const Console &) = delete;
    Console &operator=(const Console &) = delete;

    // A result line on stdout.
    void print(const QString &line);
    void printLines(const QStringList &lines);
    // Text on stdout as it is (help).
    void write(const QString &text);
    void printJson(const QJsonDocument &document);
    // A message line on stderr.
    void message(const QString &line);
    // A progress line on stderr: rewritten in place on a terminal, one line each otherwise.
    void progress(const QString &line);
    void endProgress();

    // Prints the error (naming the option that stands for its field) and returns its exit code.
    int fail(const Core::Error &error, const FieldOptions &options = {});
    // "--dob: Date of birth ..." and ExitCode::InvalidInput.
    int invalid(const QString &option, const QString &message);
    // A one-line hint and where to read more; returns ExitCode::Usage.
    int usageError(const QString &message, const QString &helpCommand = {});

    void flush();

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_errIsTerminal = false;
    bool m_progressShown = false;
};

// The display width of text in a terminal column: combining marks take no room.
int displayWidth(const QString &text);
// Text broken at spaces into lines of at most `width` columns (a longer word gets its own line).
QStringList wrapText(const QString &text, int width);
// Rows of cells as lines with every column but the last padded to its widest cell.
QStringList alignColumns(const QList<QStringList> &rows, const QString &gap = QStringLiteral("  "));

} // namespace ClinicDesk::Cli
