#include "payerseditor.h"

#include "payertablemodel.h"
#include "setupformdialog.h"
#include "theme.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

using Core::Payer;

PayersEditor::PayersEditor(Core::ClinicSetupService &setup, QWidget *parent)
    : SettingsPage(tr("Payers"),
                   tr("The insurers the clinic's patients have, and how soon each pays for the "
                      "next Botox treatment. Payers are made inactive, never deleted: patients' "
                      "records keep their names."),
                   parent)
    , m_setup(setup)
{
    m_model = new PayerTableModel(this);
    m_table = createSetupTable(m_model, QStringLiteral("payersTable"), this);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PayerTableModel::Name, QHeaderView::Stretch);

    m_add = new QPushButton(tr("&Add payer…"), this);
    m_add->setObjectName(QStringLiteral("addPayerButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editPayerButton"));
    m_toggle = new QPushButton(tr("&Deactivate"), this);
    m_toggle->setObjectName(QStringLiteral("togglePayerButton"));
    m_message = createMessageLine(QStringLiteral("payersMessage"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_message, 1);
    buttons->addStretch(0); // keeps the buttons their natural size while the line is empty

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &PayersEditor::addPayer);
    connect(m_edit, &QPushButton::clicked, this, &PayersEditor::editPayer);
    connect(m_toggle, &QPushButton::clicked, this, &PayersEditor::toggleActive);
    connect(m_table, &QTableView::activated, this, &PayersEditor::editPayer);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PayersEditor::updateButtons);
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_toggle);
    reload();
}

const Payer *PayersEditor::current() const
{
    return m_model->payerAt(m_model->rowOf(selectedId(m_table, PayerTableModel::PayerIdRole)));
}

void PayersEditor::reload()
{
    const qint64 keep = selectedId(m_table, PayerTableModel::PayerIdRole);
    auto payers = m_setup.payers();
    if (!payers)
        showMessage(m_message, QStringLiteral("error"), payers.error().message);
    m_model->setPayers(payers ? payers.value() : QList<Payer>{}, m_setup.retreatmentSettings());
    selectId(m_table, PayerTableModel::PayerIdRole, keep);
    updateButtons();
}

void PayersEditor::updateButtons()
{
    const Payer *p = current();
    m_edit->setEnabled(p != nullptr);
    m_toggle->setEnabled(p != nullptr);
    m_toggle->setText(p && !p->active ? tr("Re&activate") : tr("&Deactivate"));
}

void PayersEditor::addPayer()
{
    editInForm(Payer{});
}

void PayersEditor::editPayer()
{
    if (const Payer *p = current())
        editInForm(*p);
}

bool PayersEditor::editInForm(const Payer &payer)
{
    const bool isNew = payer.id == 0;
    const Core::RetreatmentSettings settings = m_setup.retreatmentSettings();
    SetupFormDialog form(isNew ? tr("Add payer") : tr("Edit payer — %1").arg(payer.name),
                         QStringLiteral("payerForm"), this);
    form.setConfirmer(confirmer());
    auto *name = new QLineEdit(payer.name, &form);
    name->setObjectName(QStringLiteral("payerName"));
    name->setPlaceholderText(tr("e.g. Moda Health"));
    name->setMaxLength(80);
    name->setMinimumWidth(260);
    auto *usesDefault = new QCheckBox(&form);
    usesDefault->setObjectName(QStringLiteral("payerUsesDefault"));
    usesDefault->setChecked(payer.minimumDays <= 0);
    auto *days = new QSpinBox(&form);
    days->setObjectName(QStringLiteral("payerMinimumDays"));
    days->setRange(1, 365);
    days->setSuffix(tr(" days"));
    days->setMaximumWidth(120);
    auto *hint = new QLabel(tr("Most payers pay for a Botox treatment no sooner than 84 days "
                               "(12 weeks) after the last one; a few allow 70 days (10 weeks)."),
                            &form);
    hint->setWordWrap(true);
    Theme::styleAsHint(hint);

    // The default a payer without a number of its own follows: self-pay has the clinic's own.
    const auto defaultDays = [settings, name] {
        return name->text().simplified().compare(settings.selfPayName, Qt::CaseInsensitive) == 0
                   ? settings.selfPayMinimumDays
                   : settings.defaultMinimumDays;
    };
    const auto showDefault = [=] {
        const bool selfPay =
            name->text().simplified().compare(settings.selfPayName, Qt::CaseInsensitive) == 0;
        usesDefault->setText(selfPay ? tr("Use the self-pay default (%1 days)").arg(defaultDays())
                                     : tr("Use the clinic default (%1 days)").arg(defaultDays()));
        days->setEnabled(!usesDefault->isChecked());
        if (usesDefault->isChecked())
            days->setValue(defaultDays());
    };
    days->setValue(payer.minimumDays > 0 ? payer.minimumDays : defaultDays());
    showDefault();
    connect(name, &QLineEdit::textChanged, &form, showDefault);
    connect(usesDefault, &QCheckBox::toggled, &form, [=](bool checked) {
        showDefault();
        if (!checked) {
            days->setFocus();
            days->selectAll();
        }
    });

    form.addField(tr("&Name:"), name, QStringLiteral("name"));
    form.addField(tr("Minimum interval:"), usesDefault, QStringLiteral("usesDefault"));
    form.addField(tr("&Own minimum:"), days, QStringLiteral("minimumDays"));
    form.addWide(hint);

    form.setSnapshot([=] {
        return QStringList{name->text(), QString::number(usesDefault->isChecked()),
                           usesDefault->isChecked() ? QString() : days->text()}
            .join(u'\n');
    });
    qint64 savedId = payer.id;
    form.setSaver([&, name, usesDefault, days]() -> Core::Status {
        Payer p = payer;
        p.name = name->text();
        p.minimumDays = usesDefault->isChecked() ? 0 : days->value();
        if (!isNew)
            return m_setup.updatePayer(p);
        auto added = m_setup.addPayer(p);
        if (!added)
            return added.error();
        savedId = added->id;
        return {};
    });
    name->setFocus();
    if (form.exec() != QDialog::Accepted)
        return false;
    finishSaved(m_table, PayerTableModel::PayerIdRole, savedId, m_message,
                isNew ? tr("\u2713 %1 added.").arg(name->text().simplified())
                      : tr("\u2713 %1 saved.").arg(name->text().simplified()));
    return true;
}

void PayersEditor::toggleActive()
{
    const Payer *selected = current();
    if (!selected)
        return;
    Payer p = *selected;
    toggleActiveWith(m_message, p.name, p.active, tr("Deactivate payer?"),
                     tr("Deactivate %1?\n\nPatients who have it keep it, and their retreatment "
                        "window still follows its minimum, but it is no longer suggested for "
                        "new patients.")
                         .arg(p.name),
                     [&](bool active) {
                         p.active = active;
                         return m_setup.updatePayer(p);
                     });
}

} // namespace ClinicDesk::Ui
