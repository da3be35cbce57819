#pragma once

#include "models/core/Error.h"
#include "models/storage/Database.h"

#include <QObject>
#include <QPointer>
#include <QThread>

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

    template <typename T>
    void run(QObject* context, std::function<T(Database&)> work, std::function<void(Result<T>)> done);

    // Starts listening for change notifications (PostgreSQL) on the open connection.
    void listenForChanges();

Q_SIGNALS:
    // A table changed, here or in another session (PostgreSQL LISTEN/NOTIFY), named by its table.
    void changed(const QString& table);
    // A job failed because the connection is gone (server restarted, network down).
    void connectionLost(const fusion::Error& error);

private:
    class Core;
    QThread m_thread;
    Core* m_core = nullptr;
};

class DbWorker::Core : public QObject {
public:
    Database& db() { return m_db; }

private:
    Database m_db;
};

template <typename T>
void DbWorker::run(QObject* context, std::function<T(Database&)> work, std::function<void(Result<T>)> done)
{
    QPointer<QObject> guard(context);
    Core* core = m_core;
    DbWorker* relay = this; // lives on the caller's thread and outlives the worker thread
    QMetaObject::invokeMethod(
        core,
        [core, relay, guard, work = std::move(work), done = std::move(done)]() {
            auto result = std::make_shared<Result<T>>(capture([&] { return work(core->db()); }));
            QMetaObject::invokeMethod(
                relay,
                [result, guard, done, relay]() {
                    if (!result->ok() && result->error().kind == ErrorKind::Connection)
                        Q_EMIT relay->connectionLost(result->error());
                    if (guard)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace fusion
