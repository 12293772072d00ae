// The day view driven as a receptionist drives it: blocks where the book says, double-click or
// drag across empty time to book, drag a block to move it, drag its bottom edge to resize it,
// and a refused move that leaves the visit where it was.

#include "appointmenteditor.h"
#include "dayview.h"
#include "schedulefixture.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace ClinicDesk;
using Core::AppointmentStatus;

class tst_DayView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldPlaceBlocksInTheirProvidersColumnAndTime();
    void shouldPlaceBlocksInTheirRoomsColumn();
    void shouldHideProvidersNotTicked();
    void shouldOpenBookingPrefilledOnDoubleClickOnEmptyTime();
    void shouldBookTheStretchDraggedAcrossEmptyTime();
    void shouldMoveBlockToAnotherTimeAndProviderByDragging();
    void shouldRefuseDragOntoTakenTimeAndKeepTheVisit();
    void shouldResizeByDraggingTheBottomEdge();
    void shouldShowCancelledVisitsOnlyWhenAsked();
    void shouldMoveSlotSelectionWithArrowsAndBookWithEnter();
    void shouldAskToCancelWithDelete();

private:
    void show();
    void drag(QPoint from, QPoint to);
    QPoint pointAt(qint64 providerIndex, int minute) const;

    std::unique_ptr<Test::ScheduleFixture> m_fixture;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Ui::AppointmentEditor> m_editor;
    std::unique_ptr<Ui::DayView> m_view;
    Core::Patient m_ann;
    Core::Patient m_bob;
};

void tst_DayView::init()
{
    m_fixture = std::make_unique<Test::ScheduleFixture>(2, 2);
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->clinic.errorMessage()));
    m_ann = m_fixture->clinic.add(QStringLiteral("Ann"), QStringLiteral("Lee"));
    m_bob = m_fixture->clinic.add(QStringLiteral("Bob"), QStringLiteral("Smith"));
    QVERIFY(m_ann.id > 0 && m_bob.id > 0);
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<Ui::AppointmentEditor>(m_fixture->appointments(), m_stack.get());
    m_view = std::make_unique<Ui::DayView>(m_fixture->services(), m_editor.get());
    m_view->resize(900, 700);
}

void tst_DayView::cleanup()
{
    m_view.reset();
    m_editor.reset();
    m_stack.reset();
    m_fixture.reset();
}

void tst_DayView::show()
{
    m_view->setDate(Test::fixedToday());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->scrollToMinute(9 * 60);
}

QPoint tst_DayView::pointAt(qint64 providerIndex, int minute) const
{
    const int column = m_view->columnOfProvider(m_fixture->providers[providerIndex].id);
    const QRect slot = m_view->slotRect(column, minute, m_view->slotMinutes());
    return {slot.left() + slot.width() / 3, slot.top() + 1}; // just inside that minute
}

void tst_DayView::drag(QPoint from, QPoint to)
{
    QWidget *viewport = m_view->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, from + QPoint(0, 6));
    QTest::mouseMove(viewport, (from + to) / 2);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

void tst_DayView::shouldPlaceBlocksInTheirProvidersColumnAndTime()
{
    // given
    const auto ann = m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0));
    const auto bob =
        m_fixture->book(m_bob, 1, QStringLiteral("New-patient consult"), QTime(11, 30));
    QVERIFY(ann.id && bob.id);
    // when
    show();
    // then
    QCOMPARE(m_view->columns().size(), 2);
    const QRect annRect = m_view->rectFor(ann.id);
    const QRect bobRect = m_view->rectFor(bob.id);
    QVERIFY(!annRect.isEmpty() && !bobRect.isEmpty());
    QCOMPARE(m_view->columnAt(annRect.center()),
             m_view->columnOfProvider(m_fixture->providers[0].id));
    QCOMPARE(m_view->columnAt(bobRect.center()),
             m_view->columnOfProvider(m_fixture->providers[1].id));
    QCOMPARE(m_view->minuteAt(annRect.topLeft() + QPoint(2, 1)), 10 * 60);
    QCOMPARE(m_view->minuteAt(bobRect.bottomLeft() + QPoint(2, -1)), 12 * 60 + 14);
    // A 45-minute consult is three times as tall as a 15-minute treatment.
    QVERIFY(qAbs(bobRect.height() - 3 * annRect.height()) <= 2);
    QCOMPARE(m_view->appointmentAt(annRect.center()), ann.id);
    QCOMPARE(m_view->appointmentAt(pointAt(0, 10 * 60 + 30)), qint64(0));
}

void tst_DayView::shouldPlaceBlocksInTheirRoomsColumn()
{
    const auto ann =
        m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0), 0, 1);
    const auto call = m_fixture->book(m_bob, 1, QStringLiteral("Phone call"), QTime(10, 0));
    QVERIFY(ann.id && call.id);
    m_view->setColumnsBy(Ui::ColumnsBy::Rooms);
    show();
    QCOMPARE(m_view->columns().size(), 3); // two rooms and the calls
    QCOMPARE(m_view->columnAt(m_view->rectFor(ann.id).center()),
             m_view->columnOfRoom(m_fixture->rooms[1].id));
    QCOMPARE(m_view->columnAt(m_view->rectFor(call.id).center()),
             m_view->columnOfRoom(Ui::GridColumn::kNoRoom));
}

void tst_DayView::shouldHideProvidersNotTicked()
{
    const auto bob = m_fixture->book(m_bob, 1, QStringLiteral("Follow-up"), QTime(9, 0));
    show();
    m_view->setVisibleProviders(QList<qint64>{m_fixture->providers[0].id});
    QCOMPARE(m_view->columns().size(), 1);
    QVERIFY(m_view->rectFor(bob.id).isEmpty());
    m_view->setVisibleProviders(std::nullopt);
    QCOMPARE(m_view->columns().size(), 2);
    QVERIFY(!m_view->rectFor(bob.id).isEmpty());
}

void tst_DayView::shouldOpenBookingPrefilledOnDoubleClickOnEmptyTime()
{
    show();
    QSignalSpy requested(m_view.get(), &Ui::TimeGridView::bookingRequested);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, pointAt(1, 14 * 60 + 15));
    QCOMPARE(requested.count(), 1);
    const auto draft = requested.first().first().value<Core::Appointment>();
    QCOMPARE(draft.providerId, m_fixture->providers[1].id);
    QCOMPARE(draft.slot.date, Test::fixedToday());
    QCOMPARE(draft.slot.startMinute, 14 * 60 + 15);
    QCOMPARE(draft.slot.minutes(), m_fixture->appointments().slotMinutes());
}

void tst_DayView::shouldBookTheStretchDraggedAcrossEmptyTime()
{
    show();
    QSignalSpy requested(m_view.get(), &Ui::TimeGridView::bookingRequested);
    drag(pointAt(0, 10 * 60), pointAt(0, 10 * 60 + 30));
    QCOMPARE(requested.count(), 1);
    const auto draft = requested.first().first().value<Core::Appointment>();
    QCOMPARE(draft.providerId, m_fixture->providers[0].id);
    QCOMPARE(draft.slot.startMinute, 10 * 60);
    QCOMPARE(draft.slot.endMinute, 10 * 60 + 45);
}

void tst_DayView::shouldMoveBlockToAnotherTimeAndProviderByDragging()
{
    // given Ann with the first provider at 10:00
    const auto ann =
        m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0), 0, 0);
    show();
    const QPoint grab = m_view->rectFor(ann.id).center();
    const int grabbedMinute = m_view->minuteAt(grab);
    // when the block is dragged to the second provider, an hour later
    drag(grab, pointAt(1, grabbedMinute + 60));
    // then the book has it there, in the same room, and one undo step takes it back
    const Core::ScheduleEntry moved = m_fixture->stored(ann.id);
    QCOMPARE(moved.appointment.providerId, m_fixture->providers[1].id);
    QCOMPARE(moved.slot().startMinute, 11 * 60);
    QCOMPARE(moved.slot().minutes(), 15);
    QCOMPARE(moved.appointment.roomId, m_fixture->rooms[0].id);
    QCOMPARE(m_view->columnAt(m_view->rectFor(ann.id).center()),
             m_view->columnOfProvider(m_fixture->providers[1].id));
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(m_fixture->stored(ann.id).slot().startMinute, 10 * 60);
    QCOMPARE(m_fixture->stored(ann.id).appointment.providerId, m_fixture->providers[0].id);
}

void tst_DayView::shouldRefuseDragOntoTakenTimeAndKeepTheVisit()
{
    // given Ann at 10:00 and Bob at 11:00 with the same provider
    const auto ann = m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0));
    const auto bob = m_fixture->book(m_bob, 0, QStringLiteral("Botox treatment"), QTime(11, 0));
    show();
    QSignalSpy messages(m_view.get(), &Ui::TimeGridView::message);
    const QRect before = m_view->rectFor(ann.id);
    // when Ann is dragged onto Bob
    drag(before.center(),
         before.center() + QPoint(0, m_view->rectFor(bob.id).top() - before.top()));
    // then the move is refused with a message naming Bob, and Ann stays at 10:00
    QCOMPARE(messages.count(), 1);
    const QString message = messages.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("Smith, Bob")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Next free")), qPrintable(message));
    QCOMPARE(messages.first().at(1).toBool(), true);
    QCOMPARE(m_fixture->stored(ann.id).slot().startMinute, 10 * 60);
    QCOMPARE(m_view->rectFor(ann.id), before);
    QCOMPARE(m_stack->count(), 0);
}

void tst_DayView::shouldResizeByDraggingTheBottomEdge()
{
    const auto ann = m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0));
    show();
    const QRect block = m_view->rectFor(ann.id);
    const QPoint edge(block.center().x(), block.bottom() - 2);
    // Drag the edge down by 15 minutes' worth of pixels (and a little: it snaps to the slot).
    drag(edge, edge + QPoint(0, int(17 * m_view->pixelsPerMinute())));
    const Core::ScheduleEntry resized = m_fixture->stored(ann.id);
    QCOMPARE(resized.slot().startMinute, 10 * 60);
    QCOMPARE(resized.slot().minutes(), 30);
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(m_stack->text(0).startsWith(QStringLiteral("Resize")));
}

void tst_DayView::shouldShowCancelledVisitsOnlyWhenAsked()
{
    const auto ann = m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0));
    QVERIFY(m_fixture->appointments().cancel(ann.id, QStringLiteral("Patient is ill")));
    show();
    QVERIFY(m_view->rectFor(ann.id).isEmpty());
    m_view->setShowCancelled(true);
    QVERIFY(!m_view->rectFor(ann.id).isEmpty());
    QCOMPARE(m_view->entry(ann.id)->appointment.status, AppointmentStatus::Cancelled);
    // A cancelled visit holds no time: dragging it does nothing.
    const QRect rect = m_view->rectFor(ann.id);
    drag(rect.center(), rect.center() + QPoint(0, 80));
    QCOMPARE(m_fixture->stored(ann.id).slot().startMinute, 10 * 60);
}

void tst_DayView::shouldMoveSlotSelectionWithArrowsAndBookWithEnter()
{
    const auto ann = m_fixture->book(m_ann, 1, QStringLiteral("Botox treatment"), QTime(9, 30));
    show();
    m_view->setFocus();
    QSignalSpy selected(m_view.get(), &Ui::TimeGridView::appointmentSelected);
    m_view->selectSlot(0, 9 * 60);
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_view->selectedSlot().startMinute, 9 * 60 + 30);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->selectedSlot().column, m_view->columnOfProvider(m_fixture->providers[1].id));
    // The visit under the cursor is selected, so its details can show.
    QCOMPARE(m_view->selectedAppointmentId(), ann.id);
    QVERIFY(!selected.isEmpty());
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_view->selectedAppointmentId(), qint64(0));
    QSignalSpy requested(m_view.get(), &Ui::TimeGridView::bookingRequested);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    const auto draft = requested.first().first().value<Core::Appointment>();
    QCOMPARE(draft.slot.startMinute, 9 * 60 + 45);
    QCOMPARE(draft.providerId, m_fixture->providers[1].id);
}

void tst_DayView::shouldAskToCancelWithDelete()
{
    const auto ann = m_fixture->book(m_ann, 0, QStringLiteral("Botox treatment"), QTime(10, 0));
    show();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->rectFor(ann.id).center());
    QCOMPARE(m_view->selectedAppointmentId(), ann.id);
    QSignalSpy cancel(m_view.get(), &Ui::TimeGridView::cancelRequested);
    QTest::keyClick(m_view.get(), Qt::Key_Delete);
    QCOMPARE(cancel.count(), 1);
    QCOMPARE(cancel.first().first().toLongLong(), ann.id);
}

QTEST_MAIN(tst_DayView)
#include "tst_dayview.moc"
