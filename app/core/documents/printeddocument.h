#pragma once

#include "result.h"

#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>

#include <functional>

class QPainter;
class QRectF;
class QPageLayout;
class QPagedPaintDevice;

namespace ClinicDesk::Documents {

// One line inside a table cell. A cell is a few short lines: a name in bold, the date of birth
// in small print under it, a warning in dark red.
struct TextLine {
    enum class Style { Strong, Normal, Small, Warning };
    QString text;
    Style style = Style::Normal;
};
using TextCell = QList<TextLine>;

struct TableColumn {
    QString heading;
    qreal weight = 1; // share of the width the fitted columns leave
    // As wide as its widest line (up to a fifth of the page), for short facts that read badly
    // wrapped: a time, a phone number, a status.
    bool fitContent = false;
};

struct TableRow {
    enum class Tone { Normal, Muted, Attention };
    QList<TextCell> cells; // one per column
    Tone tone = Tone::Normal;
};

// A titled part of the document: a picture (a chart) and/or a table. A table that runs onto the
// next page repeats the section's heading ("continued") and the column headings there.
struct DocumentSection {
    QString heading;     // "Vladimir Fiks, MD"
    QString subheading;  // "8:00 AM – 5:00 PM · 14 visits", right-aligned on the heading band
    QImage picture;      // drawn under the heading, scaled to the page width, kept whole
    // Or a figure drawn straight onto the page (a chart stays sharp in a PDF): the full page
    // width, `figureAspect` times as tall.
    std::function<void(QPainter &painter, const QRectF &target)> figure;
    qreal figureAspect = 0.45;
    QList<TableColumn> columns;
    QList<TableRow> rows;
    QString emptyText;   // printed in place of an empty table ("No appointments")
};

struct PrintedDocument {
    QString clinicName;
    QString title;       // "Daily schedule"
    QString subtitle;    // "Wednesday, November 25, 2026 · Whole clinic"
    QString summary;     // first page only, under the title block
    QString printedLine; // "Printed Nov 25, 2026 at 3:04 PM by jdoe", at the foot of each page
    QList<DocumentSection> sections;
};

// Lays the document out on the device's pages and paints it: the clinic's name and the title on
// every page, "Page X of Y" and the printed line at every foot, no table row split across pages,
// a section's heading never alone at the bottom of a page. Works on QPdfWriter and QPrinter
// alike (the print preview). Returns the number of pages.
int paint(const PrintedDocument &document, QPagedPaintDevice &device);

// Paper as the office prints it: US Letter or A4, either way round.
struct PaperOptions {
    enum class Size { Letter, A4 };
    Size size = Size::Letter;
    bool landscape = false;
};

// The page layout for that paper: 12 mm margins (the preview's printer and the PDF writer).
QPageLayout pageLayout(const PaperOptions &paper);

// Writes `document` as a PDF on the chosen paper (12 mm margins), atomically: a failed write
// leaves any earlier file as it was. Returns the number of pages.
Core::Result<int> writePdf(const PrintedDocument &document, const QString &path,
                           const PaperOptions &paper);

// "Printed Nov 25, 2026 at 3:04 PM by jdoe"
QString printedLine(const QDateTime &when, const QString &user);

} // namespace ClinicDesk::Documents
