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
    m_core = new Core;
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
        [this](Database& db) {
            if (!db.isPostgres())
                return Unit{};
            QSqlDriver* driver = db.handle().driver();
            if (driver->subscribedToNotifications().contains(QStringLiteral("fusion_changes")))
                return Unit{};
            if (!driver->subscribeToNotification(QStringLiteral("fusion_changes")))
                throw Failure(ErrorKind::Connection, tr("Could not listen for changes from other sessions."));
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString&, QSqlDriver::NotificationSource, const QVariant& payload) {
                        Q_EMIT changed(payload.toString());
                    });
            return Unit{};
        },
        [](const Result<Unit>&) {});
}

} // namespace fusion
