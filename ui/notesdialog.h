#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace ClinicDesk::Ui {

// Edits the notes of a visit (what the desk needs to remember about it).
class NotesDialog : public QDialog
{
    Q_OBJECT
public:
    NotesDialog(const QString &visit, const QString &notes, QWidget *parent = nullptr);
    QString notes() const;

private:
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace ClinicDesk::Ui
