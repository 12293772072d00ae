#include "notesdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

NotesDialog::NotesDialog(const QString &visit, const QString &notes, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("notesDialog"));
    setWindowTitle(QStringLiteral("Visit notes"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(visit, this);
    what->setWordWrap(true);
    layout->addWidget(what);
    m_notes = new QPlainTextEdit(notes, this);
    m_notes->setObjectName(QStringLiteral("visitNotesEdit"));
    m_notes->setPlaceholderText(QStringLiteral("e.g. needs a wheelchair; bring MRI results"));
    m_notes->setMinimumSize(380, 120);
    layout->addWidget(m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("notesSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_notes->setFocus();
}

QString NotesDialog::notes() const
{
    return m_notes->toPlainText().trimmed();
}

} // namespace ClinicDesk::Ui
