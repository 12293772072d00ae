#include "patientpicker.h"

#include "appointmenttext.h"
#include "clinicdate.h"
#include "theme.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

namespace {
constexpr int kPatientIdRole = Qt::UserRole + 1;

QString identity(const Core::Patient &p)
{
    return QStringList{p.firstName.toLower(), p.lastName.toLower(),
                       p.dateOfBirth.toString(Qt::ISODate), p.mobilePhone}
        .join(u'|');
}
} // namespace

PatientPicker::PatientPicker(Core::PatientService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("patientPicker"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_searchRow = new QWidget(this);
    auto *searchRow = new QHBoxLayout(m_searchRow);
    searchRow->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(m_searchRow);
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setPlaceholderText(QStringLiteral("Name, phone, date of birth or MRN"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    searchRow->addWidget(m_search, 1);
    m_newButton = new QPushButton(QStringLiteral("New patient\u2026"), m_searchRow);
    m_newButton->setObjectName(QStringLiteral("newPatientButton"));
    searchRow->addWidget(m_newButton);
    layout->addWidget(m_searchRow);

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("patientResults"));
    m_results->setMaximumHeight(130);
    m_results->setUniformItemSizes(true);
    m_results->hide();
    layout->addWidget(m_results);

    m_chosenFrame = new QFrame(this);
    m_chosenFrame->setObjectName(QStringLiteral("patientChosenFrame"));
    m_chosenFrame->setStyleSheet(
        Theme::bannerStyleSheet(m_chosenFrame->objectName(), QStringLiteral("ok")));
    auto *chosenRow = new QHBoxLayout(m_chosenFrame);
    chosenRow->setContentsMargins(8, 4, 4, 4);
    m_chosen = new QLabel(m_chosenFrame);
    m_chosen->setObjectName(QStringLiteral("patientChosen"));
    m_chosen->setWordWrap(true);
    m_chosen->setTextInteractionFlags(Qt::TextSelectableByMouse);
    chosenRow->addWidget(m_chosen, 1);
    m_change = new QPushButton(QStringLiteral("Change"), m_chosenFrame);
    m_change->setObjectName(QStringLiteral("changePatientButton"));
    chosenRow->addWidget(m_change);
    layout->addWidget(m_chosenFrame);

    // The inline "new patient" form: only what a booking needs.
    m_newForm = new QFrame(this);
    m_newForm->setObjectName(QStringLiteral("newPatientForm"));
    m_newForm->setFrameShape(QFrame::StyledPanel);
    auto *form = new QFormLayout(m_newForm);
    form->setContentsMargins(8, 6, 8, 6);
    const auto addField = [&](const QString &label, const QString &field, const QString &hint) {
        auto *edit = new QLineEdit(m_newForm);
        edit->setObjectName(QStringLiteral("new_") + field);
        edit->setPlaceholderText(hint);
        auto *error = new QLabel(m_newForm);
        error->setObjectName(QStringLiteral("new_") + field + QStringLiteral("_error"));
        Theme::styleAsError(error);
        error->hide();
        m_fieldErrors.insert(field, error);
        auto *box = new QVBoxLayout;
        box->setSpacing(1);
        box->addWidget(edit);
        box->addWidget(error);
        form->addRow(label, box);
        return edit;
    };
    m_first = addField(QStringLiteral("First name:"), QStringLiteral("firstName"), {});
    m_last = addField(QStringLiteral("Last name:"), QStringLiteral("lastName"), {});
    m_dob = addField(QStringLiteral("Date of birth:"), QStringLiteral("dateOfBirth"),
                     QStringLiteral("MM/DD/YYYY"));
    m_mobile = addField(QStringLiteral("Mobile:"), QStringLiteral("mobilePhone"),
                        QStringLiteral("(503) 555-0100"));
    m_newMessage = new QLabel(m_newForm);
    m_newMessage->setObjectName(QStringLiteral("newPatientMessage"));
    m_newMessage->setWordWrap(true);
    m_newMessage->hide();
    form->addRow(m_newMessage);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch();
    auto *cancelNew = new QPushButton(QStringLiteral("Cancel"), m_newForm);
    cancelNew->setObjectName(QStringLiteral("cancelNewPatientButton"));
    formButtons->addWidget(cancelNew);
    m_create = new QPushButton(QStringLiteral("Add patient"), m_newForm);
    m_create->setObjectName(QStringLiteral("createPatientButton"));
    formButtons->addWidget(m_create);
    form->addRow(formButtons);
    m_newForm->hide();
    layout->addWidget(m_newForm);

    connect(m_search, &QLineEdit::textEdited, this, &PatientPicker::search);
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { chooseRow(m_results->row(item)); });
    connect(m_results, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { chooseRow(m_results->row(item)); });
    connect(m_change, &QPushButton::clicked, this, [this] {
        clear();
        focusSearch();
    });
    connect(m_newButton, &QPushButton::clicked, this, &PatientPicker::showNewPatientForm);
    connect(cancelNew, &QPushButton::clicked, this, &PatientPicker::hideNewPatientForm);
    connect(m_create, &QPushButton::clicked, this, &PatientPicker::createPatient);
    for (QLineEdit *edit : {m_first, m_last, m_dob, m_mobile})
        connect(edit, &QLineEdit::returnPressed, this, &PatientPicker::createPatient);
    updateMode();
}

void PatientPicker::setPatient(qint64 patientId)
{
    if (patientId == 0) {
        clear();
        return;
    }
    auto found = m_service.byId(patientId);
    if (found)
        choose(found.value());
}

void PatientPicker::clear()
{
    const bool had = m_patient.has_value();
    m_patient.reset();
    m_search->clear();
    m_results->clear();
    m_results->hide();
    updateMode();
    if (had)
        emit patientChanged(0);
}

void PatientPicker::focusSearch()
{
    m_search->setFocus();
}

void PatientPicker::updateMode()
{
    const bool chosen = m_patient.has_value();
    m_searchRow->setVisible(!chosen);
    m_chosenFrame->setVisible(chosen);
    if (chosen) {
        m_chosen->setText(QStringLiteral("<b>%1</b>")
                              .arg(AppointmentText::patientLine(*m_patient).toHtmlEscaped()));
        m_results->hide();
        m_newForm->hide();
    }
}

void PatientPicker::search(const QString &text)
{
    if (m_patient) {
        m_patient.reset();
        emit patientChanged(0);
    }
    m_results->clear();
    m_found.clear();
    if (text.trimmed().isEmpty()) {
        m_results->hide();
        return;
    }
    Core::PatientSearchOptions options;
    options.limit = kResults;
    auto found = m_service.search(text, options);
    if (!found) {
        m_results->addItem(found.error().message);
    } else if (found->isEmpty()) {
        auto *item = new QListWidgetItem(
            QStringLiteral("No patient matches \u201c%1\u201d. Use New patient\u2026 to add "
                           "the caller.")
                .arg(text.trimmed()),
            m_results);
        item->setFlags(Qt::ItemIsEnabled);
    } else {
        m_found = found.value();
        for (const Core::Patient &p : m_found) {
            auto *item = new QListWidgetItem(AppointmentText::patientLine(p), m_results);
            item->setData(kPatientIdRole, p.id);
        }
        m_results->setCurrentRow(0);
    }
    m_results->show();
}

void PatientPicker::chooseRow(int row)
{
    if (row >= 0 && row < m_found.size())
        choose(m_found[row]);
}

void PatientPicker::choose(const Core::Patient &patient)
{
    m_patient = patient;
    m_warnedIdentity.clear();
    updateMode();
    emit patientChanged(patient.id);
}

bool PatientPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_results->currentRow();
        switch (key->key()) {
        case Qt::Key_Down:
            m_results->setCurrentRow(std::min(row + 1, m_results->count() - 1));
            return true;
        case Qt::Key_Up:
            m_results->setCurrentRow(std::max(row - 1, 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (row >= 0 && row < m_found.size()) {
                chooseRow(row);
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PatientPicker::showNewPatientForm()
{
    // What was typed is most likely the caller's name: "lee, ann" or "ann lee".
    const QString typed = m_search->text().simplified();
    if (!typed.isEmpty() && m_first->text().isEmpty() && m_last->text().isEmpty() &&
        !typed.contains(QRegularExpression(QStringLiteral("\\d")))) {
        if (typed.contains(u',')) {
            m_last->setText(typed.section(u',', 0, 0).trimmed());
            m_first->setText(typed.section(u',', 1).trimmed());
        } else if (typed.contains(u' ')) {
            m_first->setText(typed.section(u' ', 0, 0));
            m_last->setText(typed.section(u' ', 1));
        } else {
            m_last->setText(typed);
        }
    }
    m_results->hide();
    m_newForm->show();
    (m_first->text().isEmpty() ? m_first : m_dob)->setFocus();
}

void PatientPicker::hideNewPatientForm()
{
    m_newForm->hide();
    clearFieldErrors();
    m_newMessage->hide();
    m_warnedIdentity.clear();
    m_create->setText(QStringLiteral("Add patient"));
    focusSearch();
}

void PatientPicker::clearFieldErrors()
{
    for (QLabel *label : std::as_const(m_fieldErrors)) {
        label->clear();
        label->hide();
    }
}

void PatientPicker::createPatient()
{
    clearFieldErrors();
    m_newMessage->hide();
    const QDate today = m_service.clock().today();
    Core::Patient draft;
    draft.firstName = m_first->text();
    draft.lastName = m_last->text();
    draft.mobilePhone = m_mobile->text();
    const QString dobText = m_dob->text().trimmed();
    draft.dateOfBirth = Core::ClinicDate::parse(dobText, today);
    const auto outcome = m_service.validate(draft);
    QList<Core::FieldError> errors = outcome.errors;
    if (!dobText.isEmpty() && !draft.dateOfBirth.isValid()) {
        errors.removeIf([](const Core::FieldError &e) { return e.field == u"dateOfBirth"; });
        errors.append(
            {QStringLiteral("dateOfBirth"),
             QStringLiteral("\u201c%1\u201d is not a date; type it as MM/DD/YYYY.").arg(dobText)});
    }
    if (!errors.isEmpty()) {
        QStringList others;
        for (const Core::FieldError &e : errors) {
            if (QLabel *label = m_fieldErrors.value(e.field)) {
                label->setText(e.message);
                label->show();
            } else {
                others << e.message;
            }
        }
        if (!others.isEmpty()) {
            Theme::styleAsError(m_newMessage);
            m_newMessage->setText(others.join(u' '));
            m_newMessage->show();
        }
        return;
    }
    const Core::Patient tidy = outcome.patient;
    if (m_warnedIdentity != identity(tidy)) {
        auto duplicates = m_service.possibleDuplicates(tidy);
        if (duplicates && !duplicates->isEmpty()) {
            // Offer those on file first: picking one is one click, adding anyway is deliberate.
            m_warnedIdentity = identity(tidy);
            m_found = duplicates.value();
            m_results->clear();
            for (const Core::Patient &p : m_found) {
                auto *item = new QListWidgetItem(AppointmentText::patientLine(p), m_results);
                item->setData(kPatientIdRole, p.id);
            }
            m_results->show();
            m_newMessage->setStyleSheet(
                QStringLiteral("color: %1;").arg(Theme::warningText.name()));
            m_newMessage->setText(QStringLiteral("Possibly already on file (listed above): "
                                                 "pick one, or click \u201cAdd anyway\u201d."));
            m_newMessage->show();
            m_create->setText(QStringLiteral("Add anyway"));
            return;
        }
    }
    auto created = m_service.create(tidy);
    if (!created) {
        Theme::styleAsError(m_newMessage);
        m_newMessage->setText(created.error().message);
        m_newMessage->show();
        return;
    }
    for (QLineEdit *edit : {m_first, m_last, m_dob, m_mobile})
        edit->clear();
    m_create->setText(QStringLiteral("Add patient"));
    m_newForm->hide();
    choose(created.value());
}

} // namespace ClinicDesk::Ui
