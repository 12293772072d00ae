#include "expiringauthorizationsdialog.h"

#include "clinicdate.h"
#include "expiringauthorizationtablemodel.h"
#include "settingspage.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

namespace {

QString askForFile(QWidget *parent, const QString &suggested)
{
    return QFileDialog::getSaveFileName(parent, QObject::tr("Save the list as CSV"), suggested,
                                        QObject::tr("CSV files (*.csv)"));
}

} // namespace

ExpiringAuthorizationsDialog::ExpiringAuthorizationsDialog(Core::AuthorizationService &service,
                                                           QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_chooseFile(askForFile)
{
    setObjectName(QStringLiteral("expiringAuthorizationsDialog"));
    setWindowTitle(tr("Authorizations to renew"));
    resize(900, 460);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    auto *withinLabel = new QLabel(tr("Ending &within"), this);
    m_within = new QSpinBox(this);
    m_within->setObjectName(QStringLiteral("withinDays"));
    m_within->setRange(0, 365);
    m_within->setSuffix(tr(" days"));
    m_within->setValue(service.leadDays());
    withinLabel->setBuddy(m_within);
    top->addWidget(withinLabel);
    top->addWidget(m_within);
    top->addSpacing(8);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("expiringSummary"));
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);

    m_model = new ExpiringAuthorizationTableModel(this);
    m_table = createSetupTable(m_model, QStringLiteral("expiringTable"), this);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_message = createMessageLine(QStringLiteral("expiringMessage"), this);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_copy = buttons->addButton(tr("&Copy as CSV"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyCsvButton"));
    m_save = buttons->addButton(tr("&Save CSV\u2026"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveCsvButton"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton *b : {m_copy, m_save, close})
        b->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(m_copy, &QPushButton::clicked, this, &ExpiringAuthorizationsDialog::copyCsv);
    connect(m_save, &QPushButton::clicked, this, &ExpiringAuthorizationsDialog::saveCsv);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_within, &QSpinBox::valueChanged, this, &ExpiringAuthorizationsDialog::reload);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit patientChosen(index.data(ExpiringAuthorizationTableModel::PatientIdRole).toLongLong());
    });

    reload();
}

void ExpiringAuthorizationsDialog::setWithinDays(int days)
{
    m_within->setValue(days); // reloads when it changes
}

void ExpiringAuthorizationsDialog::reload()
{
    showMessage(m_message, {}, {});
    const int days = m_within->value();
    const QString until = Core::ClinicDate::formatLong(m_service.clock().today().addDays(days));
    auto rows = m_service.expiring(days);
    if (!rows) {
        m_model->setRows({});
        m_summary->setText(tr("The list could not be read: %1").arg(rows.error().message));
        m_copy->setEnabled(false);
        m_save->setEnabled(false);
        return;
    }
    const qsizetype count = rows->size();
    m_model->setRows(std::move(rows).value());
    if (count == 0)
        m_summary->setText(tr("Nothing to renew: no authorization valid today ends by %1 or is "
                              "down to its last visit.")
                               .arg(until));
    else
        m_summary->setText(
            (count == 1 ? tr("1 authorization") : tr("%1 authorizations").arg(count)) +
            tr(" valid today end by %1 or are down to their last visit: ask for renewals.")
                .arg(until));
    m_copy->setEnabled(count > 0);
    m_save->setEnabled(count > 0);
}

void ExpiringAuthorizationsDialog::copyCsv()
{
    QGuiApplication::clipboard()->setText(m_model->csv());
    showMessage(m_message, QStringLiteral("ok"),
                tr("\u2713 Copied %n row(s); paste them into a spreadsheet.", nullptr,
                   int(m_model->rowCount())));
}

bool ExpiringAuthorizationsDialog::saveCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("authorizations-to-renew-%1.csv")
                                  .arg(m_service.clock().today().toString(Qt::ISODate)));
    const QString file = m_chooseFile ? m_chooseFile(this, suggested) : QString();
    if (file.isEmpty())
        return false;
    QSaveFile out(file);
    // A byte-order mark so that spreadsheet programs read accented names as UTF-8.
    if (!out.open(QIODevice::WriteOnly) || out.write("\xEF\xBB\xBF") < 0 ||
        out.write(m_model->csv().toUtf8()) < 0 || !out.commit()) {
        showMessage(m_message, QStringLiteral("error"),
                    tr("Not saved: %1 could not be written (%2).")
                        .arg(QDir::toNativeSeparators(file), out.errorString()));
        return false;
    }
    showMessage(m_message, QStringLiteral("ok"),
                tr("\u2713 Saved to %1.").arg(QDir::toNativeSeparators(file)));
    return true;
}

} // namespace ClinicDesk::Ui
