// Undo and redo of bookings, moves, cancellations and status changes, through a real
// QUndoStack against a real database, including an undo that another workstation has made
// impossible meanwhile.

#include "appointmentcommands.h"
#include "appointmenteditor.h"
#include "schedulefixture.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace ClinicDesk;
using Core::AppointmentStatus;

class tst_AppointmentCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldUndoAndRedoABooking();
    void shouldFollowARebookedVisitInLaterCommands();
    void shouldUndoAndRedoAMove();
    void shouldUndoACancellationRestoringStatusAndReason();
    void shouldUndoANoShowBackToThePreviousStatus();
    void shouldUndoNotesChanges();
    void shouldLeaveTheStackUntouchedWhenAChangeIsRefused();
    void shouldReportARefusedUndoAndDropTheCommand();
    void shouldReportARefusedRedo();
    void shouldDropItsStepsWhenTheScheduleIsGone();

private:
    std::optional<Core::ScheduleEntry> find(qint64 id);
    int visitsToday();

    std::unique_ptr<Test::ScheduleFixture> m_fixture;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Ui::AppointmentEditor> m_editor;
    Core::Patient m_ann;
    Core::Patient m_bob;
};

void tst_AppointmentCommands::init()
{
    m_fixture = std::make_unique<Test::ScheduleFixture>(2, 2);
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->clinic.errorMessage()));
    m_ann = m_fixture->clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    m_bob = m_fixture->clinic.add(QStringLiteral("Bob"), QStringLiteral("Smith"));
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<Ui::AppointmentEditor>(m_fixture->appointments(), m_stack.get());
}

void tst_AppointmentCommands::cleanup()
{
    m_stack.reset(); // commands refer to the editor
    m_editor.reset();
    m_fixture.reset();
}

std::optional<Core::ScheduleEntry> tst_AppointmentCommands::find(qint64 id)
{
    auto entry = m_fixture->appointments().byId(id);
    return entry ? std::optional(entry.value()) : std::nullopt;
}

int tst_AppointmentCommands::visitsToday()
{
    Core::ScheduleFilter all;
    all.includeCancelled = true;
    auto day = m_fixture->appointments().between(Test::fixedToday(), Test::fixedToday(), all);
    return day ? int(day->size()) : -1;
}

void tst_AppointmentCommands::shouldUndoAndRedoABooking()
{
    // given
    auto booked =
        m_editor->book(m_fixture->draft(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0)));
    QVERIFY2(booked, booked ? "" : qPrintable(booked.error().message));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(visitsToday(), 1);
    // when / then
    m_stack->undo();
    QCOMPARE(visitsToday(), 0);
    QVERIFY(!m_stack->canUndo());
    m_stack->redo();
    QCOMPARE(visitsToday(), 1);
    auto day = m_fixture->appointments().between(Test::fixedToday(), Test::fixedToday());
    QCOMPARE(day->first().appointment.patientId, m_ann.id);
    QCOMPARE(day->first().slot().startMinute, 10 * 60);
}

void tst_AppointmentCommands::shouldFollowARebookedVisitInLaterCommands()
{
    // A booking by someone else takes the id of Ann's undone booking, so that redoing it books
    // Ann under a new id; the move made after the booking must follow Ann, not the stranger.
    auto ann =
        m_editor->book(m_fixture->draft(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0)));
    QVERIFY(ann);
    QVERIFY(m_editor->reschedule(ann->id, {Test::fixedToday(), 11 * 60, 11 * 60 + 15},
                                 ann->providerId, 0));
    m_stack->undo(); // the move
    m_stack->undo(); // the booking
    auto stranger = m_fixture->appointments().book(
        m_fixture->draft(m_bob, 1, QStringLiteral("Follow-up"), QTime(15, 0)));
    QVERIFY(stranger);
    m_stack->redo(); // books Ann again, under a new id
    m_stack->redo(); // the move applies to Ann
    auto day = m_fixture->appointments().between(Test::fixedToday(), Test::fixedToday());
    QVERIFY(day);
    QCOMPARE(day->size(), 2);
    for (const Core::ScheduleEntry &e : day.value()) {
        if (e.appointment.patientId == m_ann.id)
            QCOMPARE(e.slot().startMinute, 11 * 60);
        else
            QCOMPARE(e.slot().startMinute, 15 * 60); // the stranger did not move
    }
}

void tst_AppointmentCommands::shouldUndoAndRedoAMove()
{
    const auto ann =
        m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0), 0, 0);
    QVERIFY(ann.id);
    auto moved = m_editor->reschedule(ann.id, {Test::fixedToday(), 14 * 60, 14 * 60 + 30},
                                      m_fixture->providers[1].id, m_fixture->rooms[1].id);
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    auto back = find(ann.id);
    QCOMPARE(back->slot(), ann.slot);
    QCOMPARE(back->appointment.providerId, ann.providerId);
    QCOMPARE(back->appointment.roomId, ann.roomId);
    m_stack->redo();
    auto again = find(ann.id);
    QCOMPARE(again->slot().startMinute, 14 * 60);
    QCOMPARE(again->slot().minutes(), 30);
    QCOMPARE(again->appointment.roomId, m_fixture->rooms[1].id);
}

void tst_AppointmentCommands::shouldUndoACancellationRestoringStatusAndReason()
{
    const auto ann = m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0));
    QVERIFY(m_editor->setStatus(ann.id, AppointmentStatus::Confirmed));
    auto cancelled =
        m_editor->setStatus(ann.id, AppointmentStatus::Cancelled, QStringLiteral("Patient is ill"));
    QVERIFY(cancelled);
    QCOMPARE(find(ann.id)->appointment.statusReason, QStringLiteral("Patient is ill"));
    m_stack->undo();
    QCOMPARE(find(ann.id)->appointment.status, AppointmentStatus::Confirmed);
    QVERIFY(find(ann.id)->appointment.statusReason.isEmpty());
    m_stack->redo();
    QCOMPARE(find(ann.id)->appointment.status, AppointmentStatus::Cancelled);
    QCOMPARE(find(ann.id)->appointment.statusReason, QStringLiteral("Patient is ill"));
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(find(ann.id)->appointment.status, AppointmentStatus::Booked);
}

void tst_AppointmentCommands::shouldUndoANoShowBackToThePreviousStatus()
{
    const auto ann = m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(8, 0));
    QVERIFY(m_editor->setStatus(ann.id, AppointmentStatus::NoShow,
                                QStringLiteral("Did not arrive, no call")));
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(find(ann.id)->appointment.status, AppointmentStatus::Booked);
}

void tst_AppointmentCommands::shouldUndoNotesChanges()
{
    const auto ann = m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(8, 0));
    QVERIFY(m_editor->setNotes(ann.id, QStringLiteral("Bring MRI")));
    m_stack->undo();
    QVERIFY(find(ann.id)->appointment.notes.isEmpty());
    m_stack->redo();
    QCOMPARE(find(ann.id)->appointment.notes, QStringLiteral("Bring MRI"));
}

void tst_AppointmentCommands::shouldLeaveTheStackUntouchedWhenAChangeIsRefused()
{
    const auto bob = m_fixture->book(m_bob, 0, QStringLiteral("Botox treatment"), QTime(10, 0));
    auto clash =
        m_editor->book(m_fixture->draft(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0)));
    QVERIFY(!clash);
    QCOMPARE(clash.error().kind, Core::Error::Kind::Conflict);
    QVERIFY(clash.error().message.contains(QStringLiteral("Smith, Bob")));
    auto noReason = m_editor->setStatus(bob.id, AppointmentStatus::Cancelled);
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().field, QStringLiteral("reason"));
    QCOMPARE(m_stack->count(), 0);
}

void tst_AppointmentCommands::shouldReportARefusedUndoAndDropTheCommand()
{
    // given Ann moved from 10:00 to 11:00 here
    const auto ann = m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0));
    QVERIFY(m_editor->book(m_fixture->draft(m_ann, 1, QStringLiteral("Follow-up"), QTime(15, 0))));
    QVERIFY(m_editor->reschedule(ann.id, {Test::fixedToday(), 11 * 60, 11 * 60 + 15},
                                 ann.providerId, 0));
    QCOMPARE(m_stack->count(), 2);
    // and 10:00 taken by Bob from another workstation
    QVERIFY(m_fixture->book(m_bob, 0, QStringLiteral("Botox treatment"), QTime(10, 0)).id);
    QSignalSpy refused(m_editor.get(), &Ui::AppointmentEditor::refused);
    // when the move is undone
    m_stack->undo();
    // then it is refused with a message naming Bob, Ann stays at 11:00, and the stack drops
    // the step it cannot take (the booking before it can still be undone)
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.first().first().toString().contains(QStringLiteral("Smith, Bob")),
             qPrintable(refused.first().first().toString()));
    QCOMPARE(find(ann.id)->slot().startMinute, 11 * 60);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->index(), 1);
    QVERIFY(!m_stack->canRedo());
    m_stack->undo();
    QCOMPARE(visitsToday(), 2); // Ann at 11:00 and Bob; the follow-up is gone
}

void tst_AppointmentCommands::shouldReportARefusedRedo()
{
    auto booked =
        m_editor->book(m_fixture->draft(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0)));
    QVERIFY(booked);
    m_stack->undo();
    QVERIFY(m_fixture->book(m_bob, 0, QStringLiteral("Botox treatment"), QTime(10, 0)).id);
    QSignalSpy refused(m_editor.get(), &Ui::AppointmentEditor::refused);
    m_stack->redo();
    QCOMPARE(refused.count(), 1);
    QCOMPARE(visitsToday(), 1); // only Bob
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(!m_stack->canRedo());
}

void tst_AppointmentCommands::shouldDropItsStepsWhenTheScheduleIsGone()
{
    // The main window's stack outlives a closed schedule screen (and its editor).
    QVERIFY(m_editor->book(
        m_fixture->draft(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0))));
    m_editor.reset();
    m_stack->undo();
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(visitsToday(), 1); // left as it was
}

QTEST_MAIN(tst_AppointmentCommands)
#include "tst_appointmentcommands.moc"
