#pragma once

#include "printeddocument.h"

#include <functional>

class QPrintPreviewDialog;
class QWidget;

namespace ClinicDesk::Ui {

// Opens the print preview of a printed document, window-modal and deleted on close, on the paper
// given (12 mm margins). `make` runs each time the preview paints, so a change of paper or
// orientation in the preview lays the pages out again; the preview's own buttons print, set up
// the page, or print to a PDF file. Returns the dialog (already open).
QPrintPreviewDialog *openPrintPreview(QWidget *parent, const QString &title,
                                      std::function<Documents::PrintedDocument()> make,
                                      const Documents::PaperOptions &paper = {});

} // namespace ClinicDesk::Ui
