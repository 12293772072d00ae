#pragma once

#include "retreatmentboard.h"

#include <QDateTime>
#include <QString>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace ClinicDesk::Ui {

// The board as it leaves the screen: a CSV file a spreadsheet opens safely, and a printed call
// list (clinic name, the filter in words, when it was printed, page X of Y on every page, the
// column headings repeated and no row split across pages).
namespace RetreatmentBoardDocument {

struct Heading {
    QString clinicName;
    QString filterWords; // "Windows opening within 14 days · overdue up to 365 days"
    QString summary; // "8 overdue · 21 due now · …"
    QDateTime printedAt;
    QString printedBy;
};

// A header row and one row per patient, CRLF line ends, formula cells neutralised; dates ISO
// (2026-11-25) so a spreadsheet sorts them. Days to due in words ("32 days past due"): a
// negative number would start with "-" and be neutralised into text anyway.
QString csv(const QList<Core::BoardRow> &rows);
// The call list as a document: a title block and a table of the rows in the order given, with a
// blank "Call notes" column to write in.
std::unique_ptr<QTextDocument> document(const QList<Core::BoardRow> &rows, const Heading &heading);
// Lays the document out on the device's pages and paints them, each with the clinic's name at
// the top and "Printed … · Page X of Y" at the foot; returns the number of pages.
int print(QTextDocument &document, const Heading &heading, QPagedPaintDevice &device);

} // namespace RetreatmentBoardDocument
} // namespace ClinicDesk::Ui
