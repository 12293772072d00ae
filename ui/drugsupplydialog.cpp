#include "drugsupplydialog.h"

#include "optionaldatefield.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

using Core::DrugSource;
using Core::DrugSupply;

DrugSupplyDialog::DrugSupplyDialog(Core::TreatmentService &service, qint64 appointmentId,
                                   const QString &visit, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_appointmentId(appointmentId)
{
    setObjectName(QStringLiteral("drugSupplyDialog"));
    setWindowTitle(tr("Drug supply"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    auto *what = new QLabel(visit, this);
    what->setObjectName(QStringLiteral("supplyVisit"));
    what->setWordWrap(true);
    layout->addWidget(what);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setStyleSheet(
        Theme::bannerStyleSheet(m_banner->objectName(), QStringLiteral("error")));
    auto *bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    bannerLayout->addWidget(m_bannerText);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_stock = new QRadioButton(tr("&Clinic stock (buy and bill)"), this);
    m_stock->setObjectName(QStringLiteral("clinicStock"));
    m_pharmacyRadio = new QRadioButton(tr("&Specialty pharmacy (shipped for this patient)"), this);
    m_pharmacyRadio->setObjectName(QStringLiteral("specialtyPharmacy"));
    layout->addWidget(m_stock);
    layout->addWidget(m_pharmacyRadio);

    const QDate today = service.clock().today();
    m_pharmacyFields = new QWidget(this);
    auto *form = new QFormLayout(m_pharmacyFields);
    form->setContentsMargins(24, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_pharmacy = new QLineEdit(m_pharmacyFields);
    m_pharmacy->setObjectName(QStringLiteral("pharmacy"));
    m_pharmacy->setMaxLength(120);
    m_pharmacy->setPlaceholderText(tr("e.g. Accredo, CVS Specialty"));
    m_ordered = new OptionalDateField({}, tr("Not yet"), today, m_pharmacyFields);
    m_ordered->setObjectName(QStringLiteral("orderedOn"));
    m_shipped = new OptionalDateField({}, tr("Not yet"), today, m_pharmacyFields);
    m_shipped->setObjectName(QStringLiteral("shippedOn"));
    m_received = new OptionalDateField({}, tr("Not yet"), today, m_pharmacyFields);
    m_received->setObjectName(QStringLiteral("receivedOn"));
    form->addRow(tr("&Pharmacy"), withError(m_pharmacy, QStringLiteral("pharmacy")));
    form->addRow(tr("&Ordered"), withError(m_ordered, QStringLiteral("orderedOn")));
    form->addRow(tr("S&hipped"), withError(m_shipped, QStringLiteral("shippedOn")));
    form->addRow(tr("&Received"), withError(m_received, QStringLiteral("receivedOn")));
    layout->addWidget(m_pharmacyFields);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("supplySummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &DrugSupplyDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_stock, &QRadioButton::toggled, this, &DrugSupplyDialog::updateState);
    connect(m_pharmacy, &QLineEdit::textChanged, this, &DrugSupplyDialog::updateState);
    for (OptionalDateField *field : {m_ordered, m_shipped, m_received})
        connect(field, &QDateEdit::dateChanged, this, &DrugSupplyDialog::updateState);
    load();
    resize(qMax(460, sizeHint().width()), sizeHint().height());
}

QWidget *DrugSupplyDialog::withError(QWidget *input, const QString &field)
{
    auto *box = new QWidget(input->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    input->setParent(box);
    layout->addWidget(input);
    auto *error = new QLabel(box);
    error->setObjectName(QStringLiteral("error_") + field);
    Theme::styleAsError(error);
    error->hide();
    layout->addWidget(error);
    m_errors.insert(field, error);
    m_inputs.insert(field, input);
    return box;
}

void DrugSupplyDialog::load()
{
    auto stored = m_service.drugSupply(m_appointmentId);
    if (!stored) {
        m_bannerText->setText(tr("\u26A0 %1").arg(stored.error().message));
        m_banner->show();
    }
    const DrugSupply supply = stored && stored->has_value() ? stored->value() : DrugSupply{};
    m_stock->setChecked(supply.source == DrugSource::ClinicStock);
    m_pharmacyRadio->setChecked(supply.source == DrugSource::SpecialtyPharmacy);
    m_pharmacy->setText(supply.pharmacy);
    m_ordered->setOptionalDate(supply.orderedOn);
    m_shipped->setOptionalDate(supply.shippedOn);
    m_received->setOptionalDate(supply.receivedOn);
    updateState();
}

DrugSupply DrugSupplyDialog::supply() const
{
    DrugSupply s;
    s.appointmentId = m_appointmentId;
    s.source =
        m_pharmacyRadio->isChecked() ? DrugSource::SpecialtyPharmacy : DrugSource::ClinicStock;
    if (s.source == DrugSource::SpecialtyPharmacy) {
        s.pharmacy = m_pharmacy->text().simplified();
        s.orderedOn = m_ordered->optionalDate();
        s.shippedOn = m_shipped->optionalDate();
        s.receivedOn = m_received->optionalDate();
    }
    return s;
}

void DrugSupplyDialog::updateState()
{
    m_pharmacyFields->setEnabled(m_pharmacyRadio->isChecked());
    clearErrors();
    const DrugSupply s = supply();
    m_summary->setText(s.awaitingDrug() ? tr("\u26A0 %1").arg(s.label())
                                        : tr("\u2713 %1").arg(s.label()));
    m_summary->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg((s.awaitingDrug() ? Theme::warningText : Theme::okText).name()));
}

void DrugSupplyDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    m_banner->hide();
}

QString DrugSupplyDialog::errorFor(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString DrugSupplyDialog::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

void DrugSupplyDialog::save()
{
    clearErrors();
    const DrugSupply s = supply();
    if (Core::Status saved = m_service.setDrugSupply(s); !saved) {
        const Core::Error &error = saved.error();
        if (QLabel *label = m_errors.value(error.field)) {
            label->setText(error.message);
            label->show();
            m_inputs.value(error.field)->setFocus();
        } else {
            m_bannerText->setText(tr("\u26A0 Not saved: %1").arg(error.message));
            m_banner->show();
        }
        return;
    }
    emit supplySaved(s);
    accept();
}

} // namespace ClinicDesk::Ui
