#include "printeddocument.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <functional>
#include <memory>
#include <vector>

namespace ClinicDesk::Documents {

namespace {

// Dark ink for reading, one grey for the small print, one red for what needs attention: a
// photocopy keeps all three apart, and warnings also carry words ("TOO EARLY", "NOT RECEIVED").
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kSmallInk(0x55, 0x55, 0x55);
const QColor kMutedInk(0x77, 0x77, 0x77);
const QColor kWarningInk(0xa4, 0x16, 0x1a);
const QColor kRule(0x9a, 0x9a, 0x9a);
const QColor kHairline(0xd4, 0xd4, 0xd4);
const QColor kBand(0xe6, 0xec, 0xf3);
const QColor kZebra(0xf5, 0xf6, 0xf8);
const QColor kMutedFill(0xee, 0xee, 0xee);

QFont documentFont(qreal points, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QFont fontFor(TextLine::Style style)
{
    switch (style) {
    case TextLine::Style::Strong:
        return documentFont(8.5, true);
    case TextLine::Style::Normal:
        return documentFont(8.5);
    case TextLine::Style::Small:
        return documentFont(7);
    case TextLine::Style::Warning:
        return documentFont(7.5, true);
    }
    return documentFont(8.5);
}

QColor inkFor(TextLine::Style style, bool muted)
{
    if (style == TextLine::Style::Warning)
        return kWarningInk;
    if (muted)
        return kMutedInk;
    return style == TextLine::Style::Small ? kSmallInk : kInk;
}

// Text wrapped to a width once, at layout time, and drawn from the same layout when painting.
// Long words (a pasted reference number) break anywhere rather than run into the next column.
class Paragraph
{
public:
    Paragraph(const QString &text, const QFont &font, const QColor &colour, qreal width,
              QPaintDevice *device, Qt::Alignment alignment = Qt::AlignLeft)
        : m_layout(std::make_unique<QTextLayout>(text, font, device))
        , m_colour(colour)
    {
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout->setTextOption(option);
        m_layout->setCacheEnabled(true);
        m_layout->beginLayout();
        qreal y = 0;
        for (QTextLine line = m_layout->createLine(); line.isValid();
             line = m_layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        m_layout->endLayout();
        m_height = y;
    }

    qreal height() const { return m_height; }

    void draw(QPainter &painter, QPointF topLeft) const
    {
        painter.setPen(m_colour);
        m_layout->draw(&painter, topLeft);
    }

private:
    std::unique_ptr<QTextLayout> m_layout;
    QColor m_colour;
    qreal m_height = 0;
};

using ParagraphPtr = std::shared_ptr<const Paragraph>;
using Draw = std::function<void(QPainter &)>;

class Layout
{
public:
    Layout(const PrintedDocument &document, QPagedPaintDevice &device)
        : m_document(document)
        , m_device(device)
        , m_dpi(device.logicalDpiY())
        , m_width(device.width())
        , m_height(device.height())
    {
    }

    int run(QPainter &painter)
    {
        layOutFrame();
        newPage();
        if (!m_document.summary.isEmpty()) {
            auto summary = paragraph(m_document.summary, documentFont(10), kInk, m_width);
            place(summary, 0);
            m_y += summary->height() + pt(8);
        }
        for (const DocumentSection &section : m_document.sections)
            layOutSection(section);
        paint(painter);
        return int(m_pages.size());
    }

private:
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }

    ParagraphPtr paragraph(const QString &text, const QFont &font, const QColor &colour,
                           qreal width, Qt::Alignment alignment = Qt::AlignLeft) const
    {
        return std::make_shared<const Paragraph>(text, font, colour, std::max<qreal>(width, 1),
                                                 &m_device, alignment);
    }

    void draw(Draw fn) { m_pages.back().push_back(std::move(fn)); }

    void place(const ParagraphPtr &p, qreal x, qreal y)
    {
        draw([p, x, y](QPainter &painter) { p->draw(painter, QPointF(x, y)); });
    }
    void place(const ParagraphPtr &p, qreal x) { place(p, x, m_y); }

    void fill(const QRectF &rect, const QColor &colour)
    {
        draw([rect, colour](QPainter &painter) { painter.fillRect(rect, colour); });
    }

    void rule(qreal y, const QColor &colour, qreal widthPoints)
    {
        const qreal w = m_width;
        const qreal thickness = pt(widthPoints);
        draw([y, w, colour, thickness](QPainter &painter) {
            painter.setPen(QPen(colour, thickness));
            painter.drawLine(QPointF(0, y), QPointF(w, y));
        });
    }

    // The title block on every page and the foot; their heights fix the body's top and bottom.
    void layOutFrame()
    {
        const qreal half = m_width / 2;
        m_clinic = paragraph(m_document.clinicName, documentFont(13, true), kInk, half);
        m_title = paragraph(m_document.title, documentFont(13, true), kInk, half, Qt::AlignRight);
        m_subtitle = paragraph(m_document.subtitle, documentFont(9.5), kInk, m_width);
        m_printed = paragraph(m_document.printedLine, documentFont(7.5), kSmallInk, m_width * 0.7);
        m_headerHeight = std::max(m_clinic->height(), m_title->height()) + pt(2) +
                         m_subtitle->height() + pt(5);
        m_footerHeight = pt(6) + m_printed->height();
        m_bodyTop = m_headerHeight + pt(10);
        m_bodyBottom = m_height - m_footerHeight - pt(8);
    }

    void newPage()
    {
        m_pages.emplace_back();
        m_y = m_bodyTop;
    }

    bool fits(qreal height) const { return m_y + height <= m_bodyBottom + 0.5; }
    bool atPageTop() const { return m_y <= m_bodyTop + 0.5; }

    struct Band {
        ParagraphPtr heading;
        ParagraphPtr subheading;
        qreal height = 0;
    };

    Band band(const DocumentSection &section, bool continued) const
    {
        Band b;
        const QString heading =
            continued ? section.heading + QStringLiteral(" (continued)") : section.heading;
        b.heading = paragraph(heading, documentFont(11, true), kInk, m_width * 0.55 - pt(8));
        b.subheading = paragraph(section.subheading, documentFont(8.5), kInk,
                                 m_width * 0.45 - pt(8), Qt::AlignRight);
        b.height = std::max(b.heading->height(), b.subheading->height()) + pt(8);
        return b;
    }

    void placeBand(const Band &b)
    {
        fill(QRectF(0, m_y, m_width, b.height), kBand);
        place(b.heading, pt(5), m_y + pt(4));
        place(b.subheading, m_width * 0.55 + pt(3), m_y + pt(4));
        m_y += b.height;
    }

    // Fitted columns take their widest line; the others share what is left by weight.
    QList<qreal> columnEdges(const DocumentSection &section) const
    {
        const qsizetype count = section.columns.size();
        QList<qreal> widths(count, 0);
        qreal fitted = 0;
        qreal weights = 0;
        for (qsizetype c = 0; c < count; ++c) {
            const TableColumn &column = section.columns[c];
            if (!column.fitContent) {
                weights += column.weight;
                continue;
            }
            qreal widest = QFontMetricsF(documentFont(7.5, true), &m_device)
                               .horizontalAdvance(column.heading);
            QHash<int, QFontMetricsF> metrics;
            for (const TableRow &row : section.rows) {
                for (const TextLine &line : row.cells.value(c)) {
                    auto found = metrics.find(int(line.style));
                    if (found == metrics.end())
                        found = metrics.insert(int(line.style),
                                               QFontMetricsF(fontFor(line.style), &m_device));
                    widest = std::max(widest, found->horizontalAdvance(line.text));
                }
            }
            widths[c] = std::min(widest + 2 * cellPadding() + pt(3), m_width / 5);
            fitted += widths[c];
        }
        const qreal rest = std::max<qreal>(m_width - fitted, 0);
        for (qsizetype c = 0; c < count; ++c)
            if (!section.columns[c].fitContent)
                widths[c] = rest * section.columns[c].weight / std::max<qreal>(weights, 1e-6);
        QList<qreal> edges{0};
        for (qreal width : widths)
            edges << edges.last() + width;
        return edges;
    }

    struct LaidRow {
        QList<QList<ParagraphPtr>> cells;
        qreal height = 0;
        TableRow::Tone tone = TableRow::Tone::Normal;
    };

    qreal cellPadding() const { return pt(3); }

    LaidRow layOutRow(const QList<TextCell> &cells, const QList<qreal> &edges,
                      TableRow::Tone tone, bool headings = false) const
    {
        LaidRow row;
        row.tone = tone;
        const qreal pad = cellPadding();
        for (qsizetype c = 0; c + 1 < edges.size(); ++c) {
            QList<ParagraphPtr> lines;
            qreal height = 0;
            const qreal width = edges[c + 1] - edges[c] - 2 * pad;
            for (const TextLine &line : cells.value(c)) {
                if (line.text.isEmpty())
                    continue;
                const QFont font = headings ? documentFont(7.5, true) : fontFor(line.style);
                const QColor ink =
                    headings ? kSmallInk : inkFor(line.style, tone == TableRow::Tone::Muted);
                lines << paragraph(line.text, font, ink, width);
                height += lines.last()->height();
            }
            row.cells << lines;
            row.height = std::max(row.height, height);
        }
        row.height += 2 * pad;
        return row;
    }

    void placeRow(const LaidRow &row, const QList<qreal> &edges, bool zebra, bool headings)
    {
        const QRectF rect(0, m_y, m_width, row.height);
        if (row.tone == TableRow::Tone::Muted)
            fill(rect, kMutedFill);
        else if (zebra)
            fill(rect, kZebra);
        if (row.tone == TableRow::Tone::Attention)
            fill(QRectF(0, m_y, pt(2.5), row.height), kWarningInk);
        const qreal pad = cellPadding();
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            qreal y = m_y + pad;
            for (const ParagraphPtr &line : row.cells[c]) {
                place(line, edges[c] + pad + (c == 0 ? pt(2) : 0), y);
                y += line->height();
            }
        }
        m_y += row.height;
        rule(m_y, headings ? kRule : kHairline, headings ? 0.75 : 0.4);
    }

    void layOutSection(const DocumentSection &section)
    {
        const Band first = band(section, false);
        const QList<qreal> edges = columnEdges(section);
        QList<TextCell> headingCells;
        for (const TableColumn &column : section.columns)
            headingCells << TextCell{{column.heading, TextLine::Style::Strong}};
        const LaidRow headings = layOutRow(headingCells, edges, TableRow::Tone::Normal, true);
        const qreal gap = pt(12);

        // The picture, scaled to the page width (and at most most of a page), kept whole.
        qreal pictureHeight = 0;
        if (section.figure) {
            pictureHeight = std::min(m_width * section.figureAspect,
                                     (m_bodyBottom - m_bodyTop) * 0.6);
        } else if (!section.picture.isNull()) {
            const qreal ratio = qreal(section.picture.height()) / section.picture.width();
            pictureHeight = std::min(m_width * ratio, (m_bodyBottom - m_bodyTop) * 0.6);
        }

        std::vector<LaidRow> rows;
        rows.reserve(section.rows.size());
        for (const TableRow &row : section.rows)
            rows.push_back(layOutRow(row.cells, edges, row.tone));
        ParagraphPtr empty;
        if (rows.empty() && !section.emptyText.isEmpty())
            empty = paragraph(section.emptyText, documentFont(9), kMutedInk, m_width - pt(10));

        // Keep the heading with what follows it: the picture, or the table's headings and its
        // first row.
        qreal start = first.height + pt(4);
        if (pictureHeight > 0)
            start += pictureHeight + pt(6);
        else if (!rows.empty())
            start += headings.height + rows.front().height;
        else if (empty)
            start += empty->height() + pt(8);
        if (!atPageTop()) {
            if (fits(start + gap))
                m_y += gap;
            else
                newPage();
        }
        placeBand(first);
        m_y += pt(4);

        if (pictureHeight > 0 && section.figure) {
            const auto figure = section.figure;
            const QRectF target(0, m_y, m_width, pictureHeight);
            draw([figure, target](QPainter &painter) {
                painter.save();
                figure(painter, target);
                painter.restore();
            });
            m_y += pictureHeight + pt(6);
        } else if (pictureHeight > 0) {
            const QImage picture = section.picture;
            const QRectF target(0, m_y, pictureHeight / picture.height() * picture.width(),
                                pictureHeight);
            draw([picture, target](QPainter &painter) {
                painter.setRenderHint(QPainter::SmoothPixmapTransform);
                painter.drawImage(target, picture);
            });
            m_y += pictureHeight + pt(6);
        }
        if (empty) {
            place(empty, pt(5));
            m_y += empty->height() + pt(8);
            return;
        }
        if (rows.empty())
            return;
        if (!fits(headings.height + rows.front().height))
            newPage();
        placeRow(headings, edges, false, true);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            // A row that does not fit moves whole to the next page, under the section's
            // heading and the column headings again. A row taller than a page (it cannot be:
            // notes are cut for paper) would be clipped rather than loop.
            if (!fits(rows[r].height) && !atPageTop()) {
                newPage();
                placeBand(band(section, true));
                m_y += pt(4);
                placeRow(headings, edges, false, true);
            }
            placeRow(rows[r], edges, r % 2 == 1, false);
        }
    }

    void paintFrame(QPainter &painter, int pageNumber, int pageCount) const
    {
        m_clinic->draw(painter, QPointF(0, 0));
        m_title->draw(painter, QPointF(m_width / 2, 0));
        const qreal subtitleTop = std::max(m_clinic->height(), m_title->height()) + pt(2);
        m_subtitle->draw(painter, QPointF(0, subtitleTop));
        painter.setPen(QPen(kInk, pt(1)));
        painter.drawLine(QPointF(0, m_headerHeight), QPointF(m_width, m_headerHeight));

        const qreal footTop = m_height - m_footerHeight;
        painter.setPen(QPen(kRule, pt(0.5)));
        painter.drawLine(QPointF(0, footTop), QPointF(m_width, footTop));
        m_printed->draw(painter, QPointF(0, footTop + pt(4)));
        const Paragraph page(QStringLiteral("Page %1 of %2").arg(pageNumber).arg(pageCount),
                             documentFont(7.5, true), kInk, m_width * 0.3, &m_device,
                             Qt::AlignRight);
        page.draw(painter, QPointF(m_width * 0.7, footTop + pt(4)));
    }

    void paint(QPainter &painter)
    {
        const int count = int(m_pages.size());
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                m_device.newPage();
            paintFrame(painter, i + 1, count);
            painter.save();
            painter.setClipRect(QRectF(0, m_bodyTop - pt(2), m_width,
                                       m_bodyBottom - m_bodyTop + pt(4)));
            for (const Draw &fn : m_pages[i])
                fn(painter);
            painter.restore();
        }
    }

    const PrintedDocument &m_document;
    QPagedPaintDevice &m_device;
    qreal m_dpi;
    qreal m_width;
    qreal m_height;
    ParagraphPtr m_clinic;
    ParagraphPtr m_title;
    ParagraphPtr m_subtitle;
    ParagraphPtr m_printed;
    qreal m_headerHeight = 0;
    qreal m_footerHeight = 0;
    qreal m_bodyTop = 0;
    qreal m_bodyBottom = 0;
    qreal m_y = 0;
    std::vector<std::vector<Draw>> m_pages;
};

} // namespace

int paint(const PrintedDocument &document, QPagedPaintDevice &device)
{
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    Layout layout(document, device);
    return layout.run(painter);
}

QPageLayout pageLayout(const PaperOptions &paper)
{
    return QPageLayout(QPageSize(paper.size == PaperOptions::Size::A4 ? QPageSize::A4
                                                                     : QPageSize::Letter),
                       paper.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
}

QString printedLine(const QDateTime &when, const QString &user)
{
    QString text = QStringLiteral("Printed ") +
                   QLocale(QLocale::English, QLocale::UnitedStates).toString(when, QStringLiteral("MMM d, yyyy 'at' h:mm AP"));
    if (!user.isEmpty())
        text += QStringLiteral(" by ") + user;
    return text;
}

Core::Result<int> writePdf(const PrintedDocument &document, const QString &path,
                           const PaperOptions &paper)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Core::Error::invalid(
            QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(document.title + QStringLiteral(" \u2014 ") + document.subtitle);
        writer.setCreator(QStringLiteral("ClinicDesk"));
        writer.setPageLayout(pageLayout(paper));
        pages = paint(document, writer);
    }
    if (pages == 0) {
        file.cancelWriting();
        return Core::Error::storage(QStringLiteral("Could not lay out the pages of %1.").arg(path));
    }
    if (!file.commit())
        return Core::Error::storage(
            QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    return pages;
}

} // namespace ClinicDesk::Documents
