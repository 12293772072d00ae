#include "patientdetailspanel.h"

#include "clinicdate.h"
#include "phonenumber.h"
#include "retreatmentbadge.h"
#include "theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

using Core::Patient;

namespace {

QString yesNo(bool value, const QString &yes, const QString &no)
{
    return value ? yes : no;
}

} // namespace

PatientDetailsPanel::PatientDetailsPanel(const Core::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("patientDetails"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 8, 12, 8);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    Theme::styleAsHint(m_placeholder);
    outer->addWidget(m_placeholder);

    m_content = new QWidget(this);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(8);

    auto *header = new QHBoxLayout;
    m_name = new QLabel(m_content);
    m_name->setObjectName(QStringLiteral("detail_name"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.35);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    header->addWidget(m_name, 1);
    m_badge = new QLabel(m_content);
    m_badge->setObjectName(QStringLiteral("detail_status"));
    header->addWidget(m_badge, 0, Qt::AlignTop);
    content->addLayout(header);
    m_retreatment = new QLabel(m_content);
    m_retreatment->setObjectName(QStringLiteral("detail_retreatment"));
    m_retreatment->hide();
    content->addWidget(m_retreatment, 0, Qt::AlignLeft);

    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(6);
    m_mrn = addRow(tr("MRN"), QStringLiteral("detail_mrn"));
    m_preferredName = addRow(tr("Preferred name"), QStringLiteral("detail_preferredName"));
    m_dateOfBirth = addRow(tr("Date of birth"), QStringLiteral("detail_dateOfBirth"));
    m_sex = addRow(tr("Sex"), QStringLiteral("detail_sex"));
    m_mobilePhone = addRow(tr("Mobile"), QStringLiteral("detail_mobilePhone"));
    m_homePhone = addRow(tr("Home"), QStringLiteral("detail_homePhone"));
    m_email = addRow(tr("Email"), QStringLiteral("detail_email"));
    m_contactPreference = addRow(tr("Contact by"), QStringLiteral("detail_contact"));
    m_address = addRow(tr("Address"), QStringLiteral("detail_address"));
    m_emergencyContact = addRow(tr("Emergency"), QStringLiteral("detail_emergency"));
    m_insurance = addRow(tr("Insurance"), QStringLiteral("detail_insurance"));
    m_referringPhysician = addRow(tr("Referred by"), QStringLiteral("detail_referring"));
    m_notes = addRow(tr("Notes"), QStringLiteral("detail_notes"));
    content->addLayout(m_form);
    content->addStretch(1);
    outer->addWidget(m_content, 1);

    showNothing(tr("Select a patient to see their details."));
}

QLabel *PatientDetailsPanel::addRow(const QString &label, const QString &objectName)
{
    auto *caption = new QLabel(label, m_content);
    Theme::styleAsHint(caption);
    auto *value = new QLabel(m_content);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    // Staff copy numbers and addresses into other systems (payer portals, maps).
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(caption, value);
    return value;
}

void PatientDetailsPanel::setRow(QLabel *value, const QString &text)
{
    // An empty field says so instead of leaving a gap that looks like a rendering fault.
    if (text.trimmed().isEmpty()) {
        value->setText(tr("—"));
        value->setAccessibleName(tr("not recorded"));
    } else {
        value->setText(text);
        value->setAccessibleName(text);
    }
}

void PatientDetailsPanel::showPatient(const Patient &p)
{
    m_patient = p;
    m_placeholder->hide();
    m_content->show();

    m_name->setText(p.displayName());
    m_badge->setText(p.active ? tr("● Active") : tr("○ Inactive"));
    m_retreatment->hide();
    Theme::styleAsBadge(m_badge, p.active ? QStringLiteral("ok") : QStringLiteral("muted"));

    setRow(m_mrn, p.mrn);
    setRow(m_preferredName, p.preferredName);
    const int age = p.ageOn(m_clock.today());
    setRow(m_dateOfBirth,
           age >= 0 ? tr("%1 (%2 years)").arg(Core::ClinicDate::format(p.dateOfBirth)).arg(age)
                    : Core::ClinicDate::format(p.dateOfBirth));
    setRow(m_sex, Core::sexLabel(p.sex));
    setRow(m_mobilePhone, Core::PhoneNumber::format(p.mobilePhone));
    setRow(m_homePhone, Core::PhoneNumber::format(p.homePhone));
    setRow(m_email, p.email);

    QStringList contact{Core::contactMethodLabel(p.preferredContact)};
    contact << yesNo(p.voicemailConsent, tr("voicemail OK"), tr("no voicemail"));
    contact << yesNo(p.textConsent, tr("texts OK"), tr("no texts"));
    setRow(m_contactPreference, contact.join(QStringLiteral(" · ")));

    setRow(m_address, p.address.singleLine());

    QStringList emergency;
    if (!p.emergencyContact.name.isEmpty())
        emergency << (p.emergencyContact.relationship.isEmpty()
                          ? p.emergencyContact.name
                          : tr("%1 (%2)").arg(p.emergencyContact.name,
                                              p.emergencyContact.relationship));
    if (!p.emergencyContact.phone.isEmpty())
        emergency << Core::PhoneNumber::format(p.emergencyContact.phone);
    setRow(m_emergencyContact, emergency.join(u'\n'));

    QStringList insurance;
    if (!p.insurance.payer.isEmpty())
        insurance << p.insurance.payer;
    if (!p.insurance.memberId.isEmpty())
        insurance << tr("Member %1").arg(p.insurance.memberId);
    if (!p.insurance.groupNumber.isEmpty())
        insurance << tr("Group %1").arg(p.insurance.groupNumber);
    setRow(m_insurance, insurance.join(u'\n'));

    setRow(m_referringPhysician, p.referringPhysician);

    const QString notes = p.notes.trimmed();
    if (notes.size() > kNotesPreviewLength) {
        setRow(m_notes, notes.left(kNotesPreviewLength).trimmed() + QStringLiteral("…"));
        m_notes->setToolTip(
            tr("%1 characters in all; open the patient (Enter) to read them.").arg(notes.size()));
    } else {
        setRow(m_notes, notes);
        m_notes->setToolTip({});
    }
}

void PatientDetailsPanel::setRetreatmentStatus(const std::optional<Core::RetreatmentStatus> &status)
{
    if (!status || !m_patient) {
        m_retreatment->hide();
        return;
    }
    RetreatmentBadge::apply(m_retreatment, *status);
    m_retreatment->setToolTip(tr("Botox retreatment: %1").arg(status->label()));
    m_retreatment->show();
}

void PatientDetailsPanel::showNothing(const QString &message)
{
    m_patient.reset();
    m_content->hide();
    m_placeholder->setText(message);
    m_placeholder->show();
}

} // namespace ClinicDesk::Ui
