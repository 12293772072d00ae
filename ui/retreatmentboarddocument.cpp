#include "retreatmentboarddocument.h"

#include "csv.h"
#include "phonenumber.h"
#include "retreatmentboardmodel.h"
#include "retreatmentmark.h"
#include "theme.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextTable>
#include <limits>

namespace ClinicDesk::Ui::RetreatmentBoardDocument {

using Core::BoardRow;
using Model = RetreatmentBoardModel;

namespace {
QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString printedWhen(const Heading &heading)
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QString text =
        QStringLiteral("Printed %1")
            .arg(us.toString(heading.printedAt, QStringLiteral("MMM d, yyyy 'at' h:mm AP")));
    if (!heading.printedBy.isEmpty())
        text += QStringLiteral(" by ") + heading.printedBy;
    return text;
}

constexpr char kNoWrap[] = "style='white-space:nowrap'";

// A part of the laid-out document that goes on one page.
struct Slice {
    qreal top = 0;
    qreal bottom = 0;
};

// Where the table's rows meet, in document coordinates: bounds[r] is the top of row r (row 0
// holds the headings) and the last entry the bottom of the table.
QList<qreal> rowBounds(const QTextDocument &doc, const QTextTable &table)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    QList<qreal> tops;
    QList<qreal> bottoms;
    for (int r = 0; r < table.rows(); ++r) {
        qreal top = std::numeric_limits<qreal>::max();
        qreal bottom = std::numeric_limits<qreal>::lowest();
        for (int c = 0; c < table.columns(); ++c) {
            const QTextTableCell cell = table.cellAt(r, c);
            for (QTextBlock block = doc.findBlock(cell.firstPosition());
                 block.isValid() && block.position() <= cell.lastPosition(); block = block.next()) {
                const QRectF rect = layout->blockBoundingRect(block);
                top = qMin(top, rect.top());
                bottom = qMax(bottom, rect.bottom());
            }
        }
        tops << top;
        bottoms << bottom;
    }
    const QRectF frame = layout->frameBoundingRect(const_cast<QTextTable *>(&table));
    QList<qreal> bounds{frame.top()};
    for (int r = 0; r + 1 < table.rows(); ++r)
        bounds << (bottoms[r] + tops[r + 1]) / 2; // inside the border between them
    bounds << frame.bottom();
    return bounds;
}

// Cuts the document into pages between rows, never through one: the first page holds the title
// and the headings; every later page repeats the headings, so holds that much less.
QList<Slice> paginate(const QTextDocument &doc, qreal pageHeight)
{
    const auto *table = qobject_cast<QTextTable *>(doc.rootFrame()->childFrames().value(0));
    if (!table || table->rows() < 2)
        return {Slice{0, doc.size().height()}};
    const QList<qreal> bounds = rowBounds(doc, *table);
    const qreal headings = bounds[1] - bounds[0];
    QList<Slice> slices;
    Slice page{0, bounds[1]};
    qreal room = pageHeight;
    for (int row = 1; row < table->rows(); ++row) {
        const bool fits = bounds[row + 1] - page.top <= room;
        if (!fits && page.bottom > bounds[1]) { // full: the row starts the next page
            slices << page;
            page = Slice{bounds[row], bounds[row]};
            room = pageHeight - headings;
        }
        page.bottom = bounds[row + 1];
    }
    page.bottom = qMax(page.bottom, doc.size().height());
    slices << page;
    return slices;
}

QString cell(const QString &text, const QString &attributes = {})
{
    return QStringLiteral("<td%1>%2</td>").arg(attributes, text.toHtmlEscaped());
}
} // namespace

QString csv(const QList<BoardRow> &rows)
{
    QString text = Core::Csv::row(
        {QStringLiteral("Patient"), QStringLiteral("MRN"), QStringLiteral("Phone"),
         QStringLiteral("Payer"), QStringLiteral("Last treatment"), QStringLiteral("Cycles"),
         QStringLiteral("Earliest"), QStringLiteral("Due"), QStringLiteral("Days to due"),
         QStringLiteral("Status"), QStringLiteral("Next booked"), QStringLiteral("Authorization"),
         QStringLiteral("Last contact"), QStringLiteral("Last contact note")});
    for (const BoardRow &row : rows) {
        const Core::BoardCandidate &c = row.candidate;
        const Core::RetreatmentWindow *w = row.status.window ? &*row.status.window : nullptr;
        text += Core::Csv::row(
            {c.patientName, c.patientMrn, Core::PhoneNumber::format(c.patientPhone), c.payer,
             isoDate(c.course.lastTreated), QString::number(c.course.cycles),
             w ? isoDate(w->earliestAllowed) : QString(), w ? isoDate(w->due) : QString(),
             w ? Model::daysToDueText(row.daysToDue) : QString(), row.status.label(),
             isoDate(c.nextBookedOn), row.authorizationLabel,
             c.lastContact ? c.lastContact->summary() : QString(),
             c.lastContact ? c.lastContact->note : QString()});
    }
    return text;
}

std::unique_ptr<QTextDocument> document(const QList<BoardRow> &rows, const Heading &heading)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font = QGuiApplication::font();
    font.setPointSizeF(8.5);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setMetaInformation(
        QTextDocument::DocumentTitle,
        QStringLiteral("Retreatment call list \u2014 %1").arg(heading.clinicName));

    const QString muted = Theme::mutedText.name();
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<p style='font-size:14pt; font-weight:600; margin-bottom:2px'>"
                           "Retreatment call list</p>");
    html += QStringLiteral("<p style='margin-top:0; margin-bottom:2px'>%1</p>")
                .arg(heading.filterWords.toHtmlEscaped());
    QStringList facts{heading.summary, printedWhen(heading)};
    facts.removeAll(QString());
    html += QStringLiteral("<p style='margin-top:0; margin-bottom:8px; color:%1'>%2</p>")
                .arg(muted, facts.join(QStringLiteral(" \u00B7 ")).toHtmlEscaped());
    if (rows.isEmpty()) {
        html += QStringLiteral("<p>Nobody to call with these filters.</p></body></html>");
        doc->setHtml(html);
        return doc;
    }

    static const QList<int> columns{Model::Patient,    Model::Phone,      Model::LastTreatment,
                                    Model::Cycle,      Model::Due,        Model::DaysToDue,
                                    Model::Status,     Model::NextBooked, Model::Authorization,
                                    Model::LastContact};
    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' border='1' "
                           "style='border-collapse:collapse; border-width:1px; border-style:solid; "
                           "border-color:%1'>")
                .arg(Theme::border.name());
    html += QStringLiteral("<thead><tr bgcolor='#e9edf1'>");
    for (int column : columns)
        html += QStringLiteral("<th align='left' style='white-space:nowrap'>%1</th>")
                    .arg(Model::columnTitle(column));
    // Room to write what came of each call on the printed sheet.
    html += QStringLiteral("<th align='left' width='12%'>Call notes</th></tr></thead>");
    for (const BoardRow &row : rows) {
        const QColor tint = RetreatmentMark::tint(row.status.state);
        html += QStringLiteral("<tr>");
        for (int column : columns) {
            if (column == Model::Patient) {
                html +=
                    QStringLiteral("<td %4><b>%1</b><br/><span style='color:%2'>MRN %3</span></td>")
                        .arg(row.candidate.patientName.toHtmlEscaped(), muted,
                             row.candidate.patientMrn.toHtmlEscaped(),
                             QString::fromLatin1(kNoWrap));
            } else if (column == Model::Status) {
                // Dates, days and the status stay on one line; names and notes may wrap.
                html += cell(Model::cellText(row, column),
                             tint.isValid() ? QStringLiteral(" bgcolor='%1' %2")
                                                  .arg(tint.name(), QString::fromLatin1(kNoWrap))
                                            : QStringLiteral(" ") + QString::fromLatin1(kNoWrap));
            } else if (column == Model::LastContact && row.candidate.lastContact &&
                       !row.candidate.lastContact->note.isEmpty()) {
                html += QStringLiteral("<td>%1<br/><span style='color:%2'>%3</span></td>")
                            .arg(Model::cellText(row, column).toHtmlEscaped(), muted,
                                 row.candidate.lastContact->note.left(120).toHtmlEscaped());
            } else if (column == Model::Authorization || column == Model::LastContact) {
                html += cell(Model::cellText(row, column));
            } else {
                html += cell(Model::cellText(row, column),
                             column == Model::Cycle
                                 ? QStringLiteral(" align='right' ") + QString::fromLatin1(kNoWrap)
                                 : QStringLiteral(" ") + QString::fromLatin1(kNoWrap));
            }
        }
        html += QStringLiteral("<td></td></tr>");
    }
    html += QStringLiteral("</table></body></html>");
    doc->setHtml(html);
    return doc;
}

int print(QTextDocument &doc, const Heading &heading, QPagedPaintDevice &device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const int dpi = device.logicalDpiY();
    const QRectF area = device.pageLayout().paintRectPixels(dpi);
    QFont small = doc.defaultFont();
    small.setPointSizeF(8);
    const QFontMetricsF metrics(small, &device);
    const qreal band = metrics.height() * 2.2; // header and footer bands
    const qreal bodyHeight = area.height() - 2 * band;

    // One long page at the paper's width; the pages are cut from it between rows.
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    layout->setPaintDevice(&device);
    doc.setPageSize(QSizeF(area.width(), -1));
    const QList<Slice> slices = paginate(doc, bodyHeight);
    const auto *table = qobject_cast<QTextTable *>(doc.rootFrame()->childFrames().value(0));
    const QList<qreal> bounds = table ? rowBounds(doc, *table) : QList<qreal>();
    const QRectF tableRect =
        table ? layout->frameBoundingRect(const_cast<QTextTable *>(table)) : QRectF();

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Theme::text);
    // Paints [top, bottom) of the long page at `at` below the page's header band.
    const auto paintSlice = [&](qreal top, qreal bottom, qreal at) {
        painter.save();
        painter.translate(0, band + at - top);
        const QRectF clip(0, top, area.width(), bottom - top);
        painter.setClipRect(clip);
        context.clip = clip;
        layout->draw(&painter, context);
        painter.restore();
    };

    const QString printed = printedWhen(heading);
    const int pages = int(slices.size());
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.setFont(small);
        painter.setPen(Theme::text);
        const QRectF top(0, 0, area.width(), metrics.height());
        painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, heading.clinicName);
        painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("Retreatment call list"));
        painter.setPen(QPen(Theme::border, 0));
        painter.drawLine(QPointF(0, metrics.height() * 1.4),
                         QPointF(area.width(), metrics.height() * 1.4));

        const Slice &slice = slices.at(page);
        qreal at = 0;
        if (page > 0 && bounds.size() > 1) { // the column headings again
            paintSlice(bounds[0], bounds[1], 0);
            at = bounds[1] - bounds[0];
        }
        paintSlice(slice.top, slice.bottom, at);
        if (table && slice.bottom < tableRect.bottom()) { // close the table where the page cuts it
            const qreal y = band + at + slice.bottom - slice.top;
            painter.setPen(QPen(Theme::border, 0));
            painter.drawLine(QPointF(tableRect.left(), y), QPointF(tableRect.right(), y));
        }

        const QRectF foot(0, area.height() - metrics.height(), area.width(), metrics.height());
        painter.setPen(QPen(Theme::border, 0));
        painter.drawLine(QPointF(0, foot.top() - metrics.height() * 0.4),
                         QPointF(area.width(), foot.top() - metrics.height() * 0.4));
        painter.setPen(Theme::mutedText);
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, printed);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages));
    }
    painter.end();
    return pages;
}

} // namespace ClinicDesk::Ui::RetreatmentBoardDocument
