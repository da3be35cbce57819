#include "models/storage/DbWorker.h"

#include <QSqlDriver>

namespace fusion {

DbWorker::DbWorker(QObject* parent)
    : DbWorker(QStringLiteral("fusion-db"), parent)
{
}

DbWorker::DbWorker(const QString& threadName, QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(threadName);
    m_core = new Core(this);
    m_core->moveToThread(&m_thread);
    // The connection must be closed on the thread that opened it.
    connect(&m_thread, &QThread::finished, m_core, [core = m_core] {
        core->db().close();
        delete core;
    });
    m_thread.start();
}

DbWorker::~DbWorker()
{
    m_thread.quit();
    m_thread.wait();
}

void DbWorker::listenForChanges()
{
    run<Unit>(
        this,
        [core = m_core](Database&) {
            core->listen();
            return Unit{};
        },
        [](const Result<Unit>&) {});
}

DbWorker::Core::Core(DbWorker* relay)
    : m_relay(relay)
{
    m_db.setReconnectHandler([this](const QString& notice) {
        if (m_listening)
            subscribe(); // the new connection has not heard of LISTEN yet
        DbWorker* target = m_relay;
        QMetaObject::invokeMethod(
            target, [target, notice] { Q_EMIT target->reconnected(notice); }, Qt::QueuedConnection);
    });
    // Queued like the above: the worker is busy reconnecting and the GUI thread never waits for it.
    m_db.setReconnectingHandler([this](const QString& notice) {
        DbWorker* target = m_relay;
        QMetaObject::invokeMethod(
            target, [target, notice] { Q_EMIT target->reconnecting(notice); }, Qt::QueuedConnection);
    });
}

bool DbWorker::Core::prepare(quint64 ticket)
{
    if (ticket <= m_queuedAtGiveUp)
        return false; // m_reconnectFailure still says why; the connection is left as the window left it
    try {
        m_db.ensureConnected();
        m_reconnectFailure = Error();
        return true;
    } catch (const Failure& f) {
        m_reconnectFailure = f.error();
        m_queuedAtGiveUp = m_relay->m_queued.load();
        return false;
    }
}

void DbWorker::Core::listen()
{
    if (!m_db.isPostgres())
        return;
    m_listening = true;
    subscribe();
}

void DbWorker::Core::subscribe()
{
    QSqlDriver* driver = m_db.handle().driver();
    if (driver->subscribedToNotifications().contains(QStringLiteral("fusion_changes")))
        return;
    if (!driver->subscribeToNotification(QStringLiteral("fusion_changes")))
        throw Failure(ErrorKind::Connection,
                      DbWorker::tr("Could not listen for changes from other sessions."));
    DbWorker* relay = m_relay;
    // The driver lives on this thread; the relay on the caller's: the signal crosses by a queued call.
    connect(driver, &QSqlDriver::notification, this,
            [relay](const QString&, QSqlDriver::NotificationSource, const QVariant& payload) {
                const QString table = payload.toString();
                QMetaObject::invokeMethod(
                    relay, [relay, table] { Q_EMIT relay->changed(table); }, Qt::QueuedConnection);
            });
}

} // namespace fusion
