#include "retreatmentsettingseditor.h"

#include "retreatmentpolicy.h"
#include "theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <utility>

namespace ClinicDesk::Ui {

namespace Key = Core::SettingKey;

namespace {

// The fields are named as the service names them in its refusals.
const QString kDefaultMinimum = QStringLiteral("defaultMinimumDays");
const QString kSelfPayMinimum = QStringLiteral("selfPayMinimumDays");
const QString kSelfPayName = QStringLiteral("selfPayName");
const QString kDue = QStringLiteral("dueDays");
const QString kGrace = QStringLiteral("graceDays");
const QString kSoon = QStringLiteral("soonDays");
const QString kLeadTime = QStringLiteral("authorizationLeadDays");
const QString kThreshold = QStringLiteral("responseThresholdPercent");
const QString kJudgedAfterCycle = QStringLiteral("responseJudgedAfterCycle");
const QString kDiagnosis = QStringLiteral("treatmentDiagnosis");
const QString kProduct = QStringLiteral("treatmentProduct");
const QString kNdc = QStringLiteral("treatmentNdc");
const QString kVialUnits = QStringLiteral("treatmentVialUnits");

// What a new clinic starts with, for a setting that was never stored.
QString defaultOf(const QString &key)
{
    for (const auto &[k, value] : Core::DefaultSetup::settings())
        if (k == key)
            return value;
    return {};
}

QString monthDay(QDate day)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(day, QStringLiteral("MMM d"));
}

QGroupBox *section(const QString &title, QFormLayout *&form, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);
    return box;
}

} // namespace

RetreatmentSettingsEditor::RetreatmentSettingsEditor(Core::ClinicSetupService &setup,
                                                     QWidget *parent)
    : SettingsPage(tr("Retreatment"),
                   tr("The numbers of every Botox patient's retreatment window, the reminders "
                      "for authorizations, the response check and what a new treatment record "
                      "starts with."),
                   parent)
    , m_setup(setup)
{
    auto *explanation =
        new QLabel(tr("Payers usually refuse a Botox treatment sooner than 84 days (12 weeks) "
                      "after the last one, and a treatment lasts about as long. From each "
                      "patient's last treatment the desk sees the earliest date the payer pays "
                      "for, the due date and when the patient is overdue. A payer with a minimum "
                      "of its own is set on the Payers page."),
                   this);
    explanation->setObjectName(QStringLiteral("retreatmentExplanation"));
    explanation->setWordWrap(true);

    m_defaultMinimum = spinBox(kDefaultMinimum, 1, 365, tr(" days"));
    m_selfPayMinimum = spinBox(kSelfPayMinimum, 1, 365, tr(" days"));
    m_selfPayName = lineEdit(kSelfPayName, 80);
    m_selfPayName->setMaximumWidth(200);
    m_due = spinBox(kDue, 1, 365, tr(" days"));
    m_grace = spinBox(kGrace, 0, 365, tr(" days"));
    m_soon = spinBox(kSoon, 0, 365, tr(" days"));
    m_leadTime = spinBox(kLeadTime, 0, 365, tr(" days"));
    m_threshold = spinBox(kThreshold, 1, 99, tr(" %"));
    m_judgedAfterCycle = spinBox(kJudgedAfterCycle, 1, 10, QString());
    m_judgedAfterCycle->setMaximumWidth(70);
    m_diagnosis = lineEdit(kDiagnosis, 10);
    m_diagnosis->setMaximumWidth(110);
    m_diagnosis->setPlaceholderText(tr("e.g. G43.709"));
    m_product = lineEdit(kProduct, 100);
    m_product->setMinimumWidth(260);
    m_ndc = lineEdit(kNdc, 20);
    m_ndc->setMaximumWidth(140);
    m_ndc->setPlaceholderText(tr("e.g. 0023-3921-02"));
    m_vialUnits = new QComboBox(this);
    m_vialUnits->setObjectName(kVialUnits);
    m_vialUnits->addItem(tr("100 U"), 100);
    m_vialUnits->addItem(tr("200 U"), 200);
    m_fields.insert(kVialUnits, m_vialUnits);

    QList<QLabel *> captions; // of the three sections, made as wide as the widest
    const auto label = [this, &captions](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        // Level with the text of the input beside it, also when an error below makes the row
        // taller (QFormLayout would centre it).
        l->setAlignment(Qt::AlignRight | Qt::AlignTop);
        l->setContentsMargins(0, 4, 0, 0);
        captions << l;
        return l;
    };

    QFormLayout *window = nullptr;
    QGroupBox *windowBox = section(tr("Retreatment window"), window, this);
    window->addRow(label(tr("&Default minimum:"), m_defaultMinimum),
                   fieldRow({m_defaultMinimum, words(tr("after the last treatment, for most "
                                                        "payers"))},
                            {kDefaultMinimum}));
    window->addRow(
        label(tr("Se&lf-pay minimum:"), m_selfPayMinimum),
        fieldRow({m_selfPayMinimum, words(tr("for patients whose payer is")), m_selfPayName},
                 {kSelfPayMinimum, kSelfPayName}));
    window->addRow(label(tr("D&ue after:"), m_due),
                   fieldRow({m_due, words(tr("the label interval: 12 weeks is 84 days"))}, {kDue}));
    window->addRow(
        label(tr("&Overdue grace:"), m_grace),
        fieldRow({m_grace, words(tr("past the due date before a patient is overdue"))}, {kGrace}));
    window->addRow(
        label(tr("&Window opens soon:"), m_soon),
        fieldRow({m_soon, words(tr("before the earliest date, on the board"))}, {kSoon}));
    m_example = new QLabel(windowBox);
    m_example->setObjectName(QStringLiteral("retreatmentExample"));
    m_example->setWordWrap(true);
    m_example->setTextFormat(Qt::PlainText);
    m_example->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: "
                                            "4px; padding: 6px 8px; }")
                                 .arg(Theme::accentSoft.name(), Theme::text.name()));
    window->addRow(m_example);

    QFormLayout *reminders = nullptr;
    QGroupBox *remindersBox = section(tr("Authorizations and response"), reminders, this);
    reminders->addRow(label(tr("Authori&zation lead time:"), m_leadTime),
                      fieldRow({m_leadTime, words(tr("list authorizations that end or run out "
                                                     "of visits this soon"))},
                               {kLeadTime}));
    reminders->addRow(label(tr("Response &threshold:"), m_threshold),
                      fieldRow({m_threshold, words(tr("fewer headache days, judged after cycle")),
                                m_judgedAfterCycle},
                               {kThreshold, kJudgedAfterCycle}));

    QFormLayout *treatment = nullptr;
    QGroupBox *treatmentBox = section(tr("A new treatment record starts with"), treatment, this);
    treatment->addRow(
        label(tr("Dia&gnosis code:"), m_diagnosis),
        fieldRow({m_diagnosis, words(tr("ICD-10; chronic migraine is G43.7xx"))}, {kDiagnosis}));
    treatment->addRow(label(tr("&Product:"), m_product), fieldRow({m_product}, {kProduct}));
    auto *vialLabel = new QLabel(tr("&Vial size:"), this);
    vialLabel->setBuddy(m_vialUnits);
    treatment->addRow(label(tr("&NDC:"), m_ndc),
                      fieldRow({m_ndc, vialLabel, m_vialUnits}, {kNdc, kVialUnits}));
    // The inputs of the three sections start in one column.
    int widest = 0;
    for (const QLabel *caption : std::as_const(captions))
        widest = qMax(widest, caption->sizeHint().width());
    for (QLabel *caption : std::as_const(captions))
        caption->setMinimumWidth(widest);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 8, 0);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(explanation);
    contentLayout->addWidget(windowBox);
    contentLayout->addWidget(remindersBox);
    contentLayout->addWidget(treatmentBox);
    contentLayout->addStretch(1);
    // A small window scrolls the form; the Save button stays in view.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("retreatmentScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveRetreatmentButton"));
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertRetreatmentButton"));
    m_revert->setToolTip(tr("Put back what is saved"));
    m_message = createMessageLine(QStringLiteral("retreatmentMessage"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addStretch(0); // keeps the buttons their natural size while the line is empty
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    for (QSpinBox *box : findChildren<QSpinBox *>()) {
        connect(box, &QSpinBox::valueChanged, this, [this, box] {
            if (QLabel *error = m_errors.value(box->objectName()))
                error->hide();
            onEdited();
        });
        // Enter in a field saves the page, as it would in a form of its own.
        connect(box->findChild<QLineEdit *>(), &QLineEdit::returnPressed, this, [this] {
            if (hasUnsavedChanges())
                save();
        });
    }
    for (QLineEdit *edit : {m_selfPayName, m_diagnosis, m_product, m_ndc}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_errors.value(edit->objectName())->hide();
            onEdited();
        });
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (hasUnsavedChanges())
                save();
        });
    }
    connect(m_vialUnits, &QComboBox::currentIndexChanged, this, [this] {
        m_errors.value(kVialUnits)->hide();
        onEdited();
    });
    connect(m_save, &QPushButton::clicked, this, &RetreatmentSettingsEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &RetreatmentSettingsEditor::discardChanges);
    load();
}

QSpinBox *RetreatmentSettingsEditor::spinBox(const QString &field, int min, int max,
                                             const QString &suffix)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(field);
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setAlignment(Qt::AlignRight);
    box->setMinimumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("365") + suffix) + 48);
    box->setMaximumWidth(110);
    m_fields.insert(field, box);
    return box;
}

QLineEdit *RetreatmentSettingsEditor::lineEdit(const QString &field, int maxLength)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(field);
    edit->setMaxLength(maxLength);
    m_fields.insert(field, edit);
    return edit;
}

QLabel *RetreatmentSettingsEditor::words(const QString &text)
{
    auto *label = new QLabel(text, this);
    Theme::styleAsHint(label);
    return label;
}

QWidget *RetreatmentSettingsEditor::fieldRow(const QList<QWidget *> &parts,
                                             const QStringList &fields)
{
    auto *cell = new QWidget(this);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *line = new QHBoxLayout;
    line->setSpacing(8);
    for (QWidget *part : parts)
        line->addWidget(part);
    line->addStretch(1);
    column->addLayout(line);
    for (const QString &field : fields) {
        auto *error = new QLabel(cell);
        error->setObjectName(QStringLiteral("error_") + field);
        error->setTextFormat(Qt::PlainText);
        Theme::styleAsError(error);
        error->hide();
        column->addWidget(error);
        m_errors.insert(field, error);
    }
    return cell;
}

void RetreatmentSettingsEditor::reload()
{
    if (!hasUnsavedChanges())
        load();
}

void RetreatmentSettingsEditor::discardChanges()
{
    load();
    showMessage(m_message, {}, {});
}

void RetreatmentSettingsEditor::load()
{
    const Core::RetreatmentSettings s = m_setup.retreatmentSettings();
    m_defaultMinimum->setValue(s.defaultMinimumDays);
    m_selfPayMinimum->setValue(s.selfPayMinimumDays);
    m_selfPayName->setText(s.selfPayName);
    m_due->setValue(s.dueDays);
    m_grace->setValue(s.graceDays);
    m_soon->setValue(s.soonDays);
    m_leadTime->setValue(m_setup.intSetting(Key::authorizationLeadDays,
                                            defaultOf(Key::authorizationLeadDays).toInt(), 0, 365));
    m_threshold->setValue(m_setup.intSetting(
        Key::responseThresholdPercent, defaultOf(Key::responseThresholdPercent).toInt(), 1, 99));
    m_judgedAfterCycle->setValue(m_setup.intSetting(
        Key::responseJudgedAfterCycle, defaultOf(Key::responseJudgedAfterCycle).toInt(), 1, 10));
    for (const auto &[edit, key] :
         {std::pair{m_diagnosis, Key::treatmentDiagnosis},
          std::pair{m_product, Key::treatmentProduct}, std::pair{m_ndc, Key::treatmentNdc}}) {
        const QString stored = m_setup.setting(key).trimmed();
        edit->setText(stored.isEmpty() ? defaultOf(key) : stored);
        edit->setCursorPosition(0);
    }
    const int vial = m_setup.intSetting(Key::treatmentVialUnits,
                                        defaultOf(Key::treatmentVialUnits).toInt(), 100, 200);
    const int index = m_vialUnits->findData(vial);
    m_vialUnits->setCurrentIndex(
        index >= 0 ? index : m_vialUnits->findData(defaultOf(Key::treatmentVialUnits).toInt()));
    hideErrors();
    m_stored = snapshot();
    onEdited();
}

Core::RetreatmentSettings RetreatmentSettingsEditor::typedSettings() const
{
    Core::RetreatmentSettings s;
    s.defaultMinimumDays = m_defaultMinimum->value();
    s.selfPayMinimumDays = m_selfPayMinimum->value();
    s.dueDays = m_due->value();
    s.graceDays = m_grace->value();
    s.soonDays = m_soon->value();
    s.selfPayName = m_selfPayName->text().simplified();
    return s;
}

QList<QPair<QString, QString>> RetreatmentSettingsEditor::typedValues() const
{
    const auto number = [](const QSpinBox *box) {
        return QString::number(box->value());
    };
    return {
        {Key::defaultMinimumDays, number(m_defaultMinimum)},
        {Key::selfPayMinimumDays, number(m_selfPayMinimum)},
        {Key::selfPayName, m_selfPayName->text().simplified()},
        {Key::dueDays, number(m_due)},
        {Key::graceDays, number(m_grace)},
        {Key::soonDays, number(m_soon)},
        {Key::authorizationLeadDays, number(m_leadTime)},
        {Key::responseThresholdPercent, number(m_threshold)},
        {Key::responseJudgedAfterCycle, number(m_judgedAfterCycle)},
        {Key::treatmentDiagnosis, m_diagnosis->text().simplified()},
        {Key::treatmentProduct, m_product->text().simplified()},
        {Key::treatmentNdc, m_ndc->text().simplified()},
        {Key::treatmentVialUnits, m_vialUnits->currentData().toString()},
    };
}

QString RetreatmentSettingsEditor::snapshot() const
{
    QStringList values;
    for (const auto &[key, value] : typedValues())
        values << value;
    return values.join(u'\n');
}

bool RetreatmentSettingsEditor::hasUnsavedChanges() const
{
    return snapshot() != m_stored;
}

QString RetreatmentSettingsEditor::example(const Core::RetreatmentSettings &settings, QDate treated)
{
    Core::RetreatmentSettings shown = settings;
    if (shown.selfPayName.trimmed().isEmpty()) // being typed: the example still tells them apart
        shown.selfPayName = Core::RetreatmentSettings().selfPayName;
    const Core::RetreatmentPolicy policy(shown);
    const Core::RetreatmentWindow usual = policy.windowFor(treated, QString());
    const Core::RetreatmentWindow selfPay = policy.windowFor(treated, shown.selfPayName);
    QString text = tr("A patient treated on %1 may be treated again from %2")
                       .arg(monthDay(treated), monthDay(usual.earliestAllowed));
    if (selfPay.earliestAllowed != usual.earliestAllowed)
        text += tr(" (self-pay: %1)").arg(monthDay(selfPay.earliestAllowed));
    return text +
           tr("; due %1; overdue after %2.").arg(monthDay(usual.due), monthDay(usual.overdueAfter));
}

void RetreatmentSettingsEditor::updateExample()
{
    m_example->setText(example(typedSettings(), m_setup.clock().today()));
}

void RetreatmentSettingsEditor::onEdited()
{
    updateExample();
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    if (dirty)
        showMessage(m_message, {}, {});
    emit unsavedChangesChanged();
}

void RetreatmentSettingsEditor::hideErrors()
{
    for (QLabel *error : std::as_const(m_errors))
        error->hide();
}

bool RetreatmentSettingsEditor::save()
{
    hideErrors();
    // Only what changed is written (each change has its audit entry), all in one transaction;
    // the service checks every value first, so a refusal stores nothing.
    QList<QPair<QString, QString>> changed;
    for (const auto &[key, value] : typedValues())
        if (m_setup.setting(key) != value)
            changed.append({key, value});
    if (Core::Status s = m_setup.setSettings(changed); !s) {
        const Core::Error &error = s.error();
        if (QLabel *label = m_errors.value(error.field)) {
            label->setText(error.message);
            label->show();
            if (QWidget *field = m_fields.value(error.field))
                field->setFocus();
            showMessage(m_message, QStringLiteral("error"),
                        tr("Not saved: check the field marked."));
        } else {
            showMessage(m_message, QStringLiteral("error"), tr("Not saved: %1").arg(error.message));
        }
        return false;
    }
    load();
    showMessage(m_message, QStringLiteral("ok"), tr("\u2713 Saved."));
    emit setupChanged();
    return true;
}

} // namespace ClinicDesk::Ui
