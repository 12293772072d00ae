#include "documentpreview.h"

#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace ClinicDesk::Ui {

QPrintPreviewDialog *openPrintPreview(QWidget *parent, const QString &title,
                                      std::function<Documents::PrintedDocument()> make,
                                      const Documents::PaperOptions &paper)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageLayout(Documents::pageLayout(paper));
    printer->setDocName(title);
    auto *preview = new QPrintPreviewDialog(printer.get(), parent);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(QObject::tr("Print preview \u2014 %1").arg(title));
    // The printer lives as long as the dialog that paints on it.
    QObject::connect(preview, &QPrintPreviewDialog::paintRequested, preview,
                     [make = std::move(make), printer](QPrinter *target) {
                         Documents::paint(make(), *target);
                     });
    preview->resize(900, 1000);
    preview->open();
    return preview;
}

} // namespace ClinicDesk::Ui
