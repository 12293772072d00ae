#include "authorizationdialog.h"

#include "datefield.h"
#include "theme.h"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace ClinicDesk::Ui {

using Core::Authorization;
using Core::AuthorizationCovers;

namespace {

QSpinBox *limitBox(const QString &objectName, int value, int max, const QString &suffix,
                   QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0, max);
    box->setValue(value);
    // 0 is "no limit": said in words, so an empty limit is never read as none approved.
    box->setSpecialValueText(QObject::tr("No limit"));
    box->setSuffix(suffix);
    box->setAccelerated(true);
    return box;
}

} // namespace

AuthorizationDialog::AuthorizationDialog(Core::AuthorizationService &service,
                                         const Authorization &authorization, QWidget *parent)
    : SetupFormDialog(authorization.id > 0
                          ? tr("Edit authorization \u2014 %1")
                                .arg(Core::AuthorizationRules::displayName(authorization))
                          : tr("Add prior authorization"),
                      QStringLiteral("authorizationDialog"), parent)
    , m_service(service)
    , m_authorization(authorization)
{
    // Wide enough that a message about the dates fits on one line under its field.
    setMinimumWidth(600);
    m_payer = new QComboBox(this);
    m_payer->setObjectName(QStringLiteral("payer"));
    m_payer->setEditable(true);
    m_payer->setInsertPolicy(QComboBox::NoInsert);
    m_payer->addItems(service.payerNames());
    m_payer->setEditText(authorization.payer);
    m_payer->lineEdit()->setPlaceholderText(tr("e.g. Aetna"));
    m_payer->lineEdit()->setMaxLength(Core::AuthorizationService::kMaxTextLength);
    m_payer->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_payer->completer()->setCompletionMode(QCompleter::InlineCompletion);
    addField(tr("&Payer"), m_payer, QStringLiteral("payer"));

    m_number = new QLineEdit(authorization.number, this);
    m_number->setObjectName(QStringLiteral("number"));
    m_number->setPlaceholderText(tr("as on the approval letter"));
    m_number->setMaxLength(Core::AuthorizationService::kMaxTextLength);
    addField(tr("&Number"), m_number, QStringLiteral("number"));

    m_covers = new QComboBox(this);
    m_covers->setObjectName(QStringLiteral("covers"));
    for (AuthorizationCovers covers :
         {AuthorizationCovers::Both, AuthorizationCovers::Drug, AuthorizationCovers::Procedure})
        m_covers->addItem(Core::coversLabel(covers), Core::coversCode(covers));
    m_covers->setCurrentIndex(m_covers->findData(Core::coversCode(authorization.covers)));
    addField(tr("&Covers"), m_covers, QStringLiteral("covers"));

    const QDate today = service.clock().today();
    m_validFrom =
        new DateField(authorization.validFrom.isValid() ? authorization.validFrom : today, this);
    m_validFrom->setObjectName(QStringLiteral("validFrom"));
    addField(tr("Valid &from"), m_validFrom, QStringLiteral("validFrom"));
    m_validTo =
        new DateField(authorization.validTo.isValid() ? authorization.validTo : today, this);
    m_validTo->setObjectName(QStringLiteral("validTo"));
    addField(tr("Valid &to"), m_validTo, QStringLiteral("validTo"));

    m_units = limitBox(QStringLiteral("approvedUnits"), authorization.approvedUnits,
                       Core::AuthorizationService::kMaxUnits, tr(" units"), this);
    addField(tr("Approved &units"), m_units, QStringLiteral("approvedUnits"));
    m_visits = limitBox(QStringLiteral("approvedVisits"), authorization.approvedVisits,
                        Core::AuthorizationService::kMaxVisits, tr(" visits"), this);
    addField(tr("Approved &visits"), m_visits, QStringLiteral("approvedVisits"));

    m_notes = new QPlainTextEdit(authorization.notes, this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    addField(tr("N&otes"), m_notes, QStringLiteral("notes"));

    QString hintText = tr("Visits and units used are counted from the treatments given between "
                          "its dates.");
    if (authorization.id > 0)
        hintText =
            tr("Used so far: %1 of %2, %3 of %4.")
                .arg(authorization.visitsUsed == 1 ? tr("1 visit")
                                                   : tr("%1 visits").arg(authorization.visitsUsed),
                     authorization.approvedVisits > 0
                         ? QString::number(authorization.approvedVisits)
                         : tr("no limit"),
                     tr("%1 units").arg(authorization.unitsUsed),
                     authorization.approvedUnits > 0 ? QString::number(authorization.approvedUnits)
                                                     : tr("no limit")) +
            u' ' + hintText;
    auto *hint = new QLabel(hintText, this);
    hint->setObjectName(QStringLiteral("authorizationHint"));
    hint->setWordWrap(true);
    Theme::styleAsHint(hint);
    addWide(hint);

    // A date error concerns both dates: either one changed may settle it.
    for (DateField *field : {m_validFrom, m_validTo})
        connect(field, &QDateEdit::dateChanged, this, [this] {
            for (const char *name : {"error_validFrom", "error_validTo"})
                if (auto *error = findChild<QLabel *>(QLatin1String(name)))
                    error->hide();
        });

    setSaver([this] { return store(); });
    setSnapshot([this] { return snapshot(); });
    (authorization.payer.isEmpty() ? static_cast<QWidget *>(m_payer) : m_number)->setFocus();
}

Authorization AuthorizationDialog::fromForm() const
{
    Authorization a = m_authorization;
    a.payer = m_payer->currentText();
    a.number = m_number->text();
    a.covers = Core::coversFromCode(m_covers->currentData().toString())
                   .value_or(AuthorizationCovers::Both);
    a.validFrom = m_validFrom->date();
    a.validTo = m_validTo->date();
    a.approvedUnits = m_units->value();
    a.approvedVisits = m_visits->value();
    a.notes = m_notes->toPlainText();
    return a;
}

QString AuthorizationDialog::snapshot() const
{
    const Authorization a = fromForm();
    return QStringList{a.payer,
                       a.number,
                       Core::coversCode(a.covers),
                       a.validFrom.toString(Qt::ISODate),
                       a.validTo.toString(Qt::ISODate),
                       QString::number(a.approvedUnits),
                       QString::number(a.approvedVisits),
                       a.notes}
        .join(u'|');
}

Core::Status AuthorizationDialog::store()
{
    const Authorization a = fromForm();
    auto saved = a.id > 0 ? m_service.update(a) : m_service.add(a);
    if (!saved)
        return saved.error();
    m_saved = saved.value();
    return {};
}

} // namespace ClinicDesk::Ui
