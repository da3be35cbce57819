#pragma once

#include "models/core/Error.h"
#include "models/storage/Database.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace fusion {

// Owns one database connection on its own thread and runs work there, one job at a time, in order.
// The GUI thread hands over a job and a completion; the completion runs later on the caller's thread with
// the job's value or the error it raised, and only if `context` still exists. Nothing here ever blocks the
// caller.
class DbWorker : public QObject {
    Q_OBJECT

public:
    explicit DbWorker(QObject* parent = nullptr);
    // `threadName` tells the workers apart in a debugger and in thread listings.
    DbWorker(const QString& threadName, QObject* parent);
    ~DbWorker() override;

    // What a job does, so that a lost connection is handled as it may be: a job that only reads is run once
    // more after a reconnection; one that may write is reported, never repeated.
    enum class Kind { MayWrite, ReadOnly };

    template <typename T>
    void run(QObject* context, std::function<T(Database&)> work, std::function<void(Result<T>)> done,
             Kind kind = Kind::MayWrite);

    // Starts listening for change notifications (PostgreSQL) on the open connection.
    void listenForChanges();

Q_SIGNALS:
    // A table changed, here or in another session (PostgreSQL LISTEN/NOTIFY), named by its table.
    void changed(const QString& table);
    // A job failed because the connection is gone (server restarted, network down) and no listed server
    // took it back.
    void connectionLost(const fusion::Error& error);
    // The connection was lost and opened again by itself (a failover, a restarted server), in words for a
    // person. What other sessions changed meanwhile was not announced: views should reload.
    void reconnected(const QString& notice);
    // The connection was found lost and is being opened again (Database's reconnect window): followed by
    // reconnected() or connectionLost().
    void reconnecting(const QString& notice);

private:
    class Core;
    QThread m_thread;
    Core* m_core = nullptr;
    std::atomic<quint64> m_queued{0}; // jobs handed over so far: each job's place in the queue
};

class DbWorker::Core : public QObject {
public:
    explicit Core(DbWorker* relay);
    Database& db() { return m_db; }
    // Before each job: checks the connection and reconnects when it was lost. False when it is lost and no
    // server answered; the job then runs and fails with that reason instead of a bare "connection lost".
    // A job queued before the last reconnect window gave up (`ticket`, its place in the queue) does not try
    // again: the person was just told, and a Reconnect they ask for must not wait behind a window per job.
    bool prepare(quint64 ticket);
    const Error& reconnectFailure() const { return m_reconnectFailure; }
    // Subscribes to change notifications, again after every reconnection.
    void listen();

private:
    void subscribe();

    DbWorker* m_relay;
    Database m_db;
    bool m_listening = false;
    Error m_reconnectFailure;
    quint64 m_queuedAtGiveUp = 0; // the jobs queued when a reconnect window last gave up
};

template <typename T>
void DbWorker::run(QObject* context, std::function<T(Database&)> work, std::function<void(Result<T>)> done,
                   Kind kind)
{
    QPointer<QObject> guard(context);
    Core* core = m_core;
    DbWorker* relay = this; // lives on the caller's thread and outlives the worker thread
    const quint64 ticket = ++m_queued;
    QMetaObject::invokeMethod(
        core,
        [core, relay, guard, kind, ticket, work = std::move(work), done = std::move(done)]() {
            const bool live = core->prepare(ticket);
            auto result = std::make_shared<Result<T>>(capture([&] { return work(core->db()); }));
            bool down = false;
            if (!result->ok() && result->error().kind == ErrorKind::Connection) {
                // Reconnect now, so that the next job starts on a live server and the person hears of it.
                // SQLite has nothing to reconnect to: its failure stands, as before.
                // One that found no server before it began has already tried for a while: not again.
                const bool back = core->db().isPostgres() && live && core->prepare(ticket);
                if (back && live && kind == Kind::ReadOnly)
                    *result =
                        capture([&] { return work(core->db()); }); // once: reading again changes nothing
                else if (!back && !live)
                    *result = core->reconnectFailure(); // nothing was sent: say why, not "lost mid-way"
                down = !back;
            }
            QMetaObject::invokeMethod(
                relay,
                [result, guard, done, relay, down]() {
                    if (down)
                        Q_EMIT relay->connectionLost(result->error());
                    if (guard)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace fusion
