#include "nextcycledialog.h"

#include "gridpainter.h"
#include "retreatmentmark.h"
#include "schedulecontext.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ClinicDesk::Ui {

namespace {
enum OfferColumn { DateColumn, DayColumn, TimeColumn, ProviderColumn, FitColumn };

QString monthDay(QDate date)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(date, QStringLiteral("MMM d"));
}

QString daysText(qint64 n)
{
    return n == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(n);
}
} // namespace

NextCycleDialog::NextCycleDialog(Core::RetreatmentService &retreatment,
                                 const Core::ClinicSetupService &setup, qint64 patientId,
                                 QWidget *parent)
    : QDialog(parent)
    , m_retreatment(retreatment)
    , m_setup(setup)
    , m_patientId(patientId)
{
    setObjectName(QStringLiteral("nextCycleDialog"));
    setWindowTitle(tr("Book the next cycle"));
    auto *layout = new QVBoxLayout(this);

    m_heading = new QLabel(tr("Next Botox cycle"), this);
    m_heading->setObjectName(QStringLiteral("nextCycleHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    m_window = new QLabel(this);
    m_window->setObjectName(QStringLiteral("nextCycleWindow"));
    m_window->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_window);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("nextCycleNote"));
    m_note->hide();
    layout->addWidget(m_note, 0, Qt::AlignLeft); // a badge as wide as its words

    auto *form = new QFormLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("nextCycleType"));
    if (auto types = m_setup.appointmentTypes()) {
        for (const Core::AppointmentType &type : types.value())
            if (type.isBotox && type.active)
                m_type->addItem(GridPainter::dotIcon(colourOf(type.colour)),
                                tr("%1 (%2 min)").arg(type.name).arg(type.defaultMinutes), type.id);
    }
    auto *typeLabel = new QLabel(tr("&Visit type:"), this);
    typeLabel->setBuddy(m_type);
    form->addRow(typeLabel, m_type);
    layout->addLayout(form);

    if (auto providers = m_setup.providers())
        for (const Core::Provider &provider : providers.value())
            m_providerNames.insert(provider.id, provider.name);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("nextCycleResult"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("nextCycleOffers"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Date"), tr("Day"), tr("Time"), tr("Provider"), tr("Fit")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_list->setMinimumSize(560, 260);
    m_list->setAccessibleName(tr("Free times inside the window"));
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_choose = buttons->addButton(tr("&Book this time…"), QDialogButtonBox::AcceptRole);
    m_choose->setObjectName(QStringLiteral("nextCycleChoose"));
    m_choose->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("nextCycleCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NextCycleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Enter reaches the default button; a double-click chooses the row under the mouse.
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { accept(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &NextCycleDialog::updateButtons);
    connect(m_type, &QComboBox::currentIndexChanged, this, &NextCycleDialog::reload);

    showWindow();
    reload();
    m_list->setFocus();
}

void NextCycleDialog::setPatientName(const QString &name)
{
    m_heading->setText(name.isEmpty() ? tr("Next Botox cycle") : tr("Next cycle for %1").arg(name));
    setWindowTitle(name.isEmpty() ? tr("Book the next cycle")
                                  : tr("Book the next cycle \u2014 %1").arg(name));
}

QString NextCycleDialog::fitToDue(QDate day, QDate due)
{
    const qint64 days = day.daysTo(due);
    if (days == 0)
        return tr("due date");
    return days > 0 ? tr("%1 before due").arg(daysText(days))
                    : tr("%1 after due").arg(daysText(-days));
}

void NextCycleDialog::showWindow()
{
    auto status = m_retreatment.statusFor(m_patientId);
    if (!status) {
        m_window->setText(tr("\u26A0 %1").arg(status.error().message));
        Theme::styleAsError(m_window);
        return;
    }
    using State = Core::RetreatmentStatus::State;
    if (!status->window) {
        m_due = {};
        m_window->setText(tr("No Botox treatment recorded yet: times are offered from today."));
        Theme::styleAsHint(m_window);
    } else {
        const Core::RetreatmentWindow &w = *status->window;
        m_due = w.due;
        m_window->setText(
            tr("Earliest %1 \u00B7 Due %2 \u00B7 Overdue after %3")
                .arg(monthDay(w.earliestAllowed), monthDay(w.due), monthDay(w.overdueAfter)));
    }
    QString note;
    QString kind = QStringLiteral("muted");
    switch (status->state) {
    case State::Booked:
        note = tr("%1: a next treatment is already on the book.")
                   .arg(RetreatmentMark::text(status.value()));
        kind = QStringLiteral("ok");
        break;
    case State::BookedTooEarly:
        note = tr("%1: the visit on the book comes before the earliest allowed date.")
                   .arg(RetreatmentMark::text(status.value()));
        kind = QStringLiteral("error");
        break;
    case State::Discontinued:
        note =
            tr("%1. Resume treatment before booking.").arg(RetreatmentMark::text(status.value()));
        kind = QStringLiteral("warning");
        break;
    case State::Overdue:
        note = tr("%1: the earliest times are offered first.")
                   .arg(RetreatmentMark::text(status.value()));
        kind = QStringLiteral("error");
        break;
    default:
        note = RetreatmentMark::text(status.value());
        break;
    }
    m_note->setText(note);
    Theme::styleAsBadge(m_note, kind);
    m_note->show();
}

void NextCycleDialog::reload()
{
    m_list->clear();
    m_offers.clear();
    m_chosen.reset();
    Theme::styleAsHint(m_result);
    if (m_type->count() == 0) {
        m_result->setText(
            tr("The clinic has no Botox visit type. Add one in Clinic \u25B8 Settings."));
        Theme::styleAsError(m_result);
        updateButtons();
        return;
    }
    auto offers = m_retreatment.nextCycleSlots(m_patientId, typeId(), kOffers);
    if (!offers) {
        m_result->setText(tr("\u26A0 %1").arg(offers.error().message));
        Theme::styleAsError(m_result);
        updateButtons();
        return;
    }
    m_offers = offers.value();
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    for (qsizetype i = 0; i < m_offers.size(); ++i) {
        const Core::SlotOffer &offer = m_offers.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(DateColumn, us.toString(offer.slot.date, QStringLiteral("MMM d, yyyy")));
        item->setText(DayColumn, us.toString(offer.slot.date, QStringLiteral("ddd")));
        item->setText(TimeColumn, offer.slot.timeRange());
        item->setText(ProviderColumn, m_providerNames.value(offer.providerId));
        item->setText(FitColumn, m_due.isValid() ? fitToDue(offer.slot.date, m_due) : QString());
        item->setData(DateColumn, Qt::UserRole, int(i));
    }
    for (int column = 0; column < FitColumn; ++column) {
        m_list->resizeColumnToContents(column);
        m_list->setColumnWidth(column, m_list->columnWidth(column) + 14);
    }
    if (m_offers.isEmpty()) {
        m_result->setText(tr("No free time inside the window. Try another visit type, or use "
                             "Find slot in the schedule."));
    } else {
        m_result->setText(m_offers.size() == 1
                              ? tr("1 free time inside the window, nearest the due date first:")
                              : tr("%1 free times inside the window, nearest the due date first:")
                                    .arg(m_offers.size()));
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    updateButtons();
}

void NextCycleDialog::updateButtons()
{
    m_choose->setEnabled(m_list->currentItem() != nullptr);
}

std::optional<Core::SlotOffer> NextCycleDialog::chosenSlot() const
{
    if (m_chosen)
        return m_chosen;
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const int index = item->data(DateColumn, Qt::UserRole).toInt();
    if (index < 0 || index >= m_offers.size())
        return std::nullopt;
    return m_offers.at(index);
}

qint64 NextCycleDialog::typeId() const
{
    return m_type->currentIndex() >= 0 ? m_type->currentData().toLongLong() : 0;
}

void NextCycleDialog::accept()
{
    m_chosen.reset();
    const std::optional<Core::SlotOffer> offer = chosenSlot();
    if (!offer)
        return;
    m_chosen = offer;
    QDialog::accept();
}

} // namespace ClinicDesk::Ui
