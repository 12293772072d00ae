#include "treatmentdialog.h"

#include "adverseeventseditor.h"
#include "injectionareaseditor.h"
#include "optionaldatefield.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

using Core::Treatment;

namespace {

QGroupBox *section(const QString &title, QFormLayout *&form, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setVerticalSpacing(6);
    return box;
}

// Captions sit level with the text of their input, also when a message grows the row.
QLabel *caption(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    label->setContentsMargins(0, 5, 0, 0);
    return label;
}

QString longDate(QDate date)
{
    return QLocale(QLocale::English, QLocale::UnitedStates)
        .toString(date, QStringLiteral("MMM d, yyyy"));
}

QString vialsText(int count, int units)
{
    return count == 1 ? QObject::tr("1 vial of %1 U").arg(units)
                      : QObject::tr("%1 vials of %2 U").arg(count).arg(units);
}

int unitsIn(const QList<Core::AreaDose> &areas)
{
    int units = 0;
    for (const Core::AreaDose &dose : areas)
        units += dose.units;
    return units;
}

} // namespace

TreatmentDialog::TreatmentDialog(Core::TreatmentService &service,
                                 const Core::ClinicSetupService &setup, const Treatment &treatment,
                                 QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_setup(setup)
    , m_original(treatment)
    , m_confirmDiscard(askWithMessageBox)
    , m_confirmWarnings(askWithMessageBox)
{
    setObjectName(QStringLiteral("treatmentDialog"));
    setSizeGripEnabled(true);
    setPatientName({});

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setStyleSheet(
        Theme::bannerStyleSheet(m_banner->objectName(), QStringLiteral("error")));
    auto *bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 8, 10, 8);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("errorBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerLayout->addWidget(m_bannerText);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *form = new QWidget;
    form->setObjectName(QStringLiteral("treatmentForm"));
    auto *grid = new QGridLayout(form);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(10);
    // Built in reading order (left column top to bottom, then the right), which is the tab order.
    auto *left = new QVBoxLayout;
    left->setSpacing(10);
    left->addWidget(buildVisitSection());
    left->addWidget(buildDrugSection());
    left->addWidget(buildUnitsSection());
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->setSpacing(10);
    right->addWidget(buildAreasSection());
    right->addWidget(buildEventsSection());
    right->addStretch(1);
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->addWidget(buildNotesSection(), 1, 0, 1, 2);
    grid->setColumnStretch(0, 5);
    grid->setColumnStretch(1, 6);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(form);
    layout->addWidget(m_scroll, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(isNewTreatment() ? tr("Save treatment") : tr("Save changes"),
                                      QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Save (Ctrl+Enter)"));
    m_cancelButton = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Close without saving (Esc)"));
    // Enter finishes a number in the many spin boxes; it must not store a half-typed record.
    // Saving is a deliberate Ctrl+Enter or a click.
    for (QPushButton *button : {m_saveButton, m_cancelButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_saveButton, &QPushButton::clicked, this, &TreatmentDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &TreatmentDialog::reject);
    layout->addWidget(buttons);
    for (int key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        connect(shortcut, &QShortcut::activated, this, &TreatmentDialog::save);
    }

    load(treatment);
    m_date->setFocus();
    resize(1060, 760);
}

void TreatmentDialog::setPatientName(const QString &name)
{
    m_patientName = name;
    const QString who = name.isEmpty() ? QString() : QStringLiteral(" \u2014 ") + name;
    setWindowTitle(isNewTreatment()
                       ? tr("Record treatment%1").arg(who)
                       : tr("Edit treatment%1 (%2)").arg(who, longDate(m_original.date)));
}

QWidget *TreatmentDialog::withMessages(QWidget *input, const QString &field, QWidget *focusTarget)
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
    error->setTextFormat(Qt::PlainText);
    error->hide();
    layout->addWidget(error);
    auto *warning = new QLabel(box);
    warning->setObjectName(QStringLiteral("warning_") + field);
    warning->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border-radius: 3px;"
                                          " padding: 2px 6px; }")
                               .arg(Theme::warningText.name(), Theme::warningBackground.name()));
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::PlainText);
    warning->hide();
    layout->addWidget(warning);
    m_errors.insert(field, error);
    m_warnings.insert(field, warning);
    m_inputs.insert(field, focusTarget ? focusTarget : input);
    m_fieldOrder << field;
    return box;
}

QWidget *TreatmentDialog::buildVisitSection()
{
    QFormLayout *form = nullptr;
    QGroupBox *box = section(tr("Visit"), form, this);
    const QDate today = m_service.clock().today();
    m_date = new DateField(today, box);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setMaximumWidth(160);
    form->addRow(caption(tr("&Date"), m_date, box), withMessages(m_date, QStringLiteral("date")));
    m_provider = new QComboBox(box);
    m_provider->setObjectName(QStringLiteral("providerId"));
    form->addRow(caption(tr("&Provider"), m_provider, box),
                 withMessages(m_provider, QStringLiteral("providerId")));
    m_diagnosis = new QLineEdit(box);
    m_diagnosis->setObjectName(QStringLiteral("diagnosisCode"));
    m_diagnosis->setMaxLength(20);
    m_diagnosis->setPlaceholderText(tr("ICD-10, e.g. G43.709"));
    m_diagnosis->setMaximumWidth(160);
    form->addRow(caption(tr("D&iagnosis"), m_diagnosis, box),
                 withMessages(m_diagnosis, QStringLiteral("diagnosisCode")));

    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) {
        m_lotExpiry->setSuggestedDate(date);
        onEdited();
    });
    connect(m_provider, &QComboBox::currentIndexChanged, this, &TreatmentDialog::onEdited);
    connect(m_diagnosis, &QLineEdit::textChanged, this,
            [this] { onTextEdited(QStringLiteral("diagnosisCode")); });
    return box;
}

QWidget *TreatmentDialog::buildDrugSection()
{
    QFormLayout *form = nullptr;
    QGroupBox *box = section(tr("Drug"), form, this);
    m_product = new QLineEdit(box);
    m_product->setObjectName(QStringLiteral("product"));
    m_product->setMaxLength(100);
    form->addRow(caption(tr("P&roduct"), m_product, box),
                 withMessages(m_product, QStringLiteral("product")));
    m_ndc = new QLineEdit(box);
    m_ndc->setObjectName(QStringLiteral("ndc"));
    m_ndc->setMaxLength(20);
    m_ndc->setPlaceholderText(tr("0023-3921-02"));
    m_ndc->setMaximumWidth(160);
    form->addRow(caption(tr("&NDC"), m_ndc, box), withMessages(m_ndc, QStringLiteral("ndc")));
    m_vialUnits = new QComboBox(box);
    m_vialUnits->setObjectName(QStringLiteral("vialUnits"));
    m_vialUnits->addItem(tr("100 U"), 100);
    m_vialUnits->addItem(tr("200 U"), 200);
    m_vialUnits->setMaximumWidth(160);
    form->addRow(caption(tr("&Vial size"), m_vialUnits, box),
                 withMessages(m_vialUnits, QStringLiteral("vialUnits")));
    m_vialCount = new QSpinBox(box);
    m_vialCount->setObjectName(QStringLiteral("vialCount"));
    m_vialCount->setRange(1, 10);
    m_vialCount->setMaximumWidth(160);
    form->addRow(caption(tr("Vial&s"), m_vialCount, box),
                 withMessages(m_vialCount, QStringLiteral("vialCount")));
    m_lot = new QLineEdit(box);
    m_lot->setObjectName(QStringLiteral("lotNumber"));
    m_lot->setMaxLength(40);
    m_lot->setPlaceholderText(tr("From the vial, e.g. C1234AB5"));
    form->addRow(caption(tr("&Lot number"), m_lot, box),
                 withMessages(m_lot, QStringLiteral("lotNumber")));
    m_lotExpiry = new OptionalDateField({}, tr("Not recorded"), m_service.clock().today(), box);
    m_lotExpiry->setObjectName(QStringLiteral("lotExpiry"));
    m_lotExpiry->setMaximumWidth(160);
    form->addRow(caption(tr("Lot e&xpiry"), m_lotExpiry, box),
                 withMessages(m_lotExpiry, QStringLiteral("lotExpiry")));

    connect(m_product, &QLineEdit::textChanged, this,
            [this] { onTextEdited(QStringLiteral("product")); });
    connect(m_ndc, &QLineEdit::textChanged, this, [this] { onTextEdited(QStringLiteral("ndc")); });
    connect(m_lot, &QLineEdit::textChanged, this,
            [this] { onTextEdited(QStringLiteral("lotNumber")); });
    connect(m_vialUnits, &QComboBox::currentIndexChanged, this, [this] {
        followVials();
        onEdited();
    });
    connect(m_vialCount, &QSpinBox::valueChanged, this, [this] {
        followVials();
        onEdited();
    });
    connect(m_lotExpiry, &QDateEdit::dateChanged, this, &TreatmentDialog::onEdited);
    for (QLineEdit *edit : {m_diagnosis, m_product, m_ndc, m_lot})
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            m_typing.clear();
            refreshMessages();
        });
    return box;
}

QWidget *TreatmentDialog::buildUnitsSection()
{
    QFormLayout *form = nullptr;
    QGroupBox *box = section(tr("Units"), form, this);
    m_given = new QSpinBox(box);
    m_given->setObjectName(QStringLiteral("unitsGiven"));
    m_given->setRange(0, 600);
    m_given->setSuffix(tr(" U"));
    m_given->setMaximumWidth(160);
    form->addRow(caption(tr("Units &given"), m_given, box),
                 withMessages(m_given, QStringLiteral("unitsGiven")));
    m_discarded = new QSpinBox(box);
    m_discarded->setObjectName(QStringLiteral("unitsDiscarded"));
    m_discarded->setRange(0, 2000);
    m_discarded->setSuffix(tr(" U"));
    m_discarded->setMaximumWidth(160);
    m_discarded->setToolTip(tr("What was left in the opened vials. It follows the vials and the "
                               "units given until you type another number."));
    form->addRow(caption(tr("Units dis&carded"), m_discarded, box),
                 withMessages(m_discarded, QStringLiteral("unitsDiscarded")));
    m_opened = new QLabel(box);
    m_opened->setObjectName(QStringLiteral("unitsOpened"));
    m_opened->setWordWrap(true);
    Theme::styleAsHint(m_opened);
    form->addRow(new QLabel(box), m_opened);
    m_modifier = new QLabel(box);
    m_modifier->setObjectName(QStringLiteral("wasteModifier"));
    m_modifier->setWordWrap(true);
    form->addRow(caption(tr("Billing"), m_modifier, box), m_modifier);

    connect(m_given, &QSpinBox::valueChanged, this, [this] {
        if (m_loading)
            return;
        m_givenFollowsAreas = m_given->value() == unitsIn(m_areas->areas());
        followVials();
        onEdited();
    });
    connect(m_discarded, &QSpinBox::valueChanged, this, [this] {
        if (m_loading)
            return;
        const int opened = m_vialUnits->currentData().toInt() * m_vialCount->value();
        m_discardedFollowsVials = m_discarded->value() == qMax(0, opened - m_given->value());
        onEdited();
    });
    return box;
}

QWidget *TreatmentDialog::buildAreasSection()
{
    auto *box = new QGroupBox(tr("Injection areas"), this);
    auto *layout = new QVBoxLayout(box);
    m_areas = new InjectionAreasEditor(box);
    layout->addWidget(withMessages(m_areas, QStringLiteral("areas")));
    connect(m_areas, &InjectionAreasEditor::changed, this, [this] {
        followAreas();
        onEdited();
    });
    return box;
}

QWidget *TreatmentDialog::buildEventsSection()
{
    auto *box = new QGroupBox(tr("Consent and adverse events"), this);
    auto *layout = new QVBoxLayout(box);
    m_consent = new QCheckBox(tr("Consent &signed for this treatment"), box);
    m_consent->setObjectName(QStringLiteral("consentSigned"));
    layout->addWidget(m_consent);
    m_events = new AdverseEventsEditor(m_service.clock().today(), box);
    layout->addWidget(withMessages(m_events, QStringLiteral("adverseEvents")));
    connect(m_consent, &QCheckBox::toggled, this, &TreatmentDialog::onEdited);
    connect(m_events, &AdverseEventsEditor::changed, this, &TreatmentDialog::onEdited);
    return box;
}

QWidget *TreatmentDialog::buildNotesSection()
{
    QFormLayout *form = nullptr;
    QGroupBox *box = section(tr("Notes"), form, this);
    m_notes = new QPlainTextEdit(box);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("How it went, what was changed from the standard pattern, "
                                   "what to do next time…"));
    m_notes->setMinimumHeight(70);
    form->addRow(withMessages(m_notes, QStringLiteral("notes")));
    connect(m_notes, &QPlainTextEdit::textChanged, this, &TreatmentDialog::onEdited);
    return box;
}

void TreatmentDialog::fillProviders(qint64 current)
{
    m_provider->clear();
    m_provider->addItem(tr("Not recorded"), qint64(0));
    auto providers = m_setup.providers();
    if (!providers) {
        showBanner(providers.error().message);
        return;
    }
    for (const Core::Provider &p : providers.value()) {
        if (p.active)
            m_provider->addItem(p.displayName(), p.id);
        else if (p.id == current)
            m_provider->addItem(tr("%1 (inactive)").arg(p.displayName()), p.id);
    }
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(current)));
}

void TreatmentDialog::load(const Treatment &t)
{
    m_loading = true;
    m_date->setDate(t.date.isValid() ? t.date : m_service.clock().today());
    fillProviders(t.providerId);
    m_diagnosis->setText(t.diagnosisCode);
    m_product->setText(t.product);
    m_ndc->setText(t.ndc);
    const int vial = m_vialUnits->findData(t.vialUnits);
    m_vialUnits->setCurrentIndex(vial >= 0 ? vial : 1);
    m_vialCount->setValue(t.vialCount);
    m_lot->setText(t.lotNumber);
    m_lotExpiry->setSuggestedDate(m_date->date());
    m_lotExpiry->setOptionalDate(t.lotExpiry);
    m_given->setValue(t.unitsGiven);
    m_discarded->setValue(t.unitsDiscarded);
    m_areas->setAreas(t.areas);
    m_consent->setChecked(t.consentSigned);
    m_events->setEvents(t.adverseEvents);
    m_notes->setPlainText(t.notes);
    m_loading = false;

    // A record whose numbers already agree keeps them agreeing as it is edited.
    m_givenFollowsAreas = t.areas.isEmpty() || t.unitsGiven == t.areaUnits();
    m_discardedFollowsVials = t.unitsDiscarded == qMax(0, t.vialUnitsOpened() - t.unitsGiven);
    m_initial = treatment();
    updateModifier();
    refreshMessages();
}

Treatment TreatmentDialog::treatment() const
{
    Treatment t = m_original;
    t.date = m_date->date();
    t.providerId = m_provider->currentData().toLongLong();
    t.diagnosisCode = m_diagnosis->text();
    t.product = m_product->text();
    t.ndc = m_ndc->text();
    t.vialUnits = m_vialUnits->currentData().toInt();
    t.vialCount = m_vialCount->value();
    t.lotNumber = m_lot->text();
    t.lotExpiry = m_lotExpiry->optionalDate();
    t.unitsGiven = m_given->value();
    t.unitsDiscarded = m_discarded->value();
    t.areas = m_areas->areas();
    t.consentSigned = m_consent->isChecked();
    t.adverseEvents = m_events->events();
    t.notes = m_notes->toPlainText();
    return t;
}

bool TreatmentDialog::hasUnsavedChanges() const
{
    return treatment() != m_initial;
}

void TreatmentDialog::followAreas()
{
    if (!m_givenFollowsAreas)
        return;
    const int total = unitsIn(m_areas->areas());
    m_loading = true;
    m_given->setValue(total);
    m_loading = false;
    followVials();
}

void TreatmentDialog::followVials()
{
    if (m_loading || !m_discardedFollowsVials)
        return;
    const int opened = m_vialUnits->currentData().toInt() * m_vialCount->value();
    m_loading = true;
    m_discarded->setValue(qMax(0, opened - m_given->value()));
    m_loading = false;
}

void TreatmentDialog::onTextEdited(const QString &field)
{
    m_typing = field;
    onEdited();
}

void TreatmentDialog::onEdited()
{
    if (m_loading)
        return;
    m_banner->hide();
    updateModifier();
    refreshMessages();
}

void TreatmentDialog::updateModifier()
{
    const int vial = m_vialUnits->currentData().toInt();
    const int count = m_vialCount->value();
    const int given = m_given->value();
    const int discarded = m_discarded->value();
    m_opened->setText(tr("%1 opened (%2 U): %3 U given + %4 U discarded")
                          .arg(vialsText(count, vial))
                          .arg(vial * count)
                          .arg(given)
                          .arg(discarded));
    m_modifier->setText(discarded > 0
                            ? tr("Discarded units billed with JW (J0585-JW, %1 U)").arg(discarded)
                            : tr("Nothing discarded: billed with JZ"));
}

void TreatmentDialog::refreshMessages()
{
    showMessages(m_service.check(treatment()), true);
}

void TreatmentDialog::showMessages(const Core::TreatmentValidator::Outcome &outcome,
                                   bool showErrors)
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        // The field being typed in waits till it is left (or saved): no error per keystroke.
        const QString message =
            showErrors && it.key() != m_typing ? outcome.messageFor(it.key()) : QString();
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
    for (auto it = m_warnings.cbegin(); it != m_warnings.cend(); ++it) {
        const QString message = outcome.warningFor(it.key());
        it.value()->setText(message.isEmpty() ? QString() : QStringLiteral("\u26A0 ") + message);
        it.value()->setVisible(!message.isEmpty());
    }
}

QString TreatmentDialog::errorFor(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString TreatmentDialog::warningFor(const QString &field) const
{
    const QLabel *label = m_warnings.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString TreatmentDialog::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

void TreatmentDialog::focusField(const QString &field)
{
    QWidget *input = m_inputs.value(field);
    if (!input)
        return;
    input->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(input, 20, 40);
}

void TreatmentDialog::showBanner(const QString &message)
{
    m_bannerText->setText(tr("\u26A0 Not saved: %1").arg(message));
    m_banner->show();
}

void TreatmentDialog::save()
{
    m_typing.clear();
    m_banner->hide();
    const Treatment draft = treatment();
    const auto outcome = m_service.check(draft);
    showMessages(outcome, true);
    if (!outcome.ok()) {
        for (const QString &field : std::as_const(m_fieldOrder))
            if (!outcome.messageFor(field).isEmpty()) {
                focusField(field);
                return;
            }
        showBanner(outcome.errors.constFirst().message);
        return;
    }

    QStringList warnings;
    for (const Core::FieldError &w : outcome.warnings)
        warnings << w.message;
    if (!warnings.isEmpty() && warnings != m_acceptedWarnings) {
        QStringList lines;
        for (const QString &w : std::as_const(warnings))
            lines << QStringLiteral("\u2022 ") + w;
        const Question question{
            tr("Save with warnings?"),
            tr("Please check before saving:\n\n%1\n\nSave anyway?").arg(lines.join(u'\n')),
            tr("Save anyway"),
            tr("Go back"),
            QStringLiteral("warningQuestion"),
            false};
        if (!m_confirmWarnings || !m_confirmWarnings(this, question)) {
            for (const QString &field : std::as_const(m_fieldOrder))
                if (!outcome.warningFor(field).isEmpty()) {
                    focusField(field);
                    break;
                }
            return;
        }
        m_acceptedWarnings = warnings;
    }

    Treatment stored;
    if (isNewTreatment()) {
        auto recorded = m_service.record(draft);
        if (!recorded) {
            showBanner(recorded.error().message);
            focusField(recorded.error().field);
            return;
        }
        stored = recorded.value();
    } else {
        if (Core::Status updated = m_service.update(draft); !updated) {
            showBanner(updated.error().message);
            focusField(updated.error().field);
            return;
        }
        stored = outcome.treatment;
    }
    m_saved = stored;
    m_initial = treatment();
    emit treatmentSaved(m_saved);
    accept();
}

void TreatmentDialog::reject()
{
    if (hasUnsavedChanges()) {
        const Question question{tr("Discard changes?"),
                                isNewTreatment() ? tr("Discard this treatment record?")
                                                 : tr("Discard the changes to this treatment?"),
                                tr("Discard"),
                                tr("Keep editing"),
                                QStringLiteral("discardQuestion"),
                                true};
        if (!m_confirmDiscard || !m_confirmDiscard(this, question))
            return;
    }
    QDialog::reject();
}

} // namespace ClinicDesk::Ui
