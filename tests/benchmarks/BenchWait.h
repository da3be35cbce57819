#pragma once
// Waiting in the benchmarks without a local QEventLoop: the program's own event loop is turned until the
// awaited thing has happened. Not QTest::qWaitFor: it sleeps 10 ms between rounds of events, which would be
// counted in every timing and show as a stall of the thread being measured. Here the thread sleeps only in
// the event dispatcher (processEvents(WaitForMoreEvents)), woken by the next event, so a timing taken when
// the awaited signal arrives is exact.
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace fusion::bench {

// Turns the event loop until `done()` holds or `timeoutMs` passed; false on the timeout.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 20000)
{
    const QDeadlineTimer deadline(timeoutMs);
    // Wakes the dispatcher at the deadline even when no other event comes.
    QTimer wake;
    wake.setSingleShot(true);
    wake.start(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

// Lets the event loop run for `ms`.
inline void waitMs(int ms)
{
    bool over = false;
    QTimer::singleShot(ms, [&over] { over = true; });
    waitUntil([&over] { return over; }, ms + 1000);
}

// Calls `start`, then waits until `sender` emits `signal`: the milliseconds from the call to the signal,
// taken in the slot (not when the wait notices), or nothing when it did not come within `timeoutMs`.
template <typename Sender, typename Signal>
std::optional<double> timeUntil(Sender* sender, Signal signal, const std::function<void()>& start,
                                int timeoutMs = 20000)
{
    std::optional<double> took;
    QElapsedTimer timer;
    const QMetaObject::Connection c = QObject::connect(sender, signal, sender, [&took, &timer] {
        if (!took)
            took = double(timer.nsecsElapsed()) / 1e6;
    });
    timer.start();
    start();
    waitUntil([&took] { return took.has_value(); }, timeoutMs);
    QObject::disconnect(c);
    return took;
}

} // namespace fusion::bench
