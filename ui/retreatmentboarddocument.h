#pragma once

#include "printeddocument.h"
#include "retreatmentboard.h"

#include <QDateTime>
#include <QString>

class QPagedPaintDevice;

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
// The call list as a printed document: the filter in words and the summary under the title, a
// table of the rows in the order given (patient and record number, phone, last treatment,
// cycle, due, days to due, status, next booking, authorization, last contact) with a blank
// "Call notes" column to write in; overdue and too-early rows marked.
Documents::PrintedDocument document(const QList<Core::BoardRow> &rows, const Heading &heading);
// Lays the call list out on the device's pages and paints them; returns the number of pages.
int print(const QList<Core::BoardRow> &rows, const Heading &heading, QPagedPaintDevice &device);

} // namespace RetreatmentBoardDocument
} // namespace ClinicDesk::Ui
