#include "ui/common/AppContext.h"

#include "models/secrets/SecretStore.h"
#include "models/storage/ConnectionProfiles.h"
#include "models/storage/StandbyReads.h"

namespace fusion {

AppContext::AppContext(QObject* parent)
    : QObject(parent)
    , m_worker(new DbWorker(this))
    , m_longWorker(new DbWorker(QStringLiteral("fusion-db-long"), this))
    , m_secrets(new SecretStore(this))
    , m_profiles(new ConnectionProfiles(m_secrets, this))
    , m_commitMark(std::make_shared<CommitMark>())
{
    connect(m_worker, &DbWorker::changed, this, &AppContext::dataChanged);
    for (DbWorker* worker : {m_worker, m_longWorker}) {
        connect(worker, &DbWorker::connectionLost, this, [this](const Error& error) {
            if (m_ready)
                Q_EMIT connectionLost(error);
        });
        connect(worker, &DbWorker::reconnected, this, [this](const QString& notice) {
            if (m_ready)
                Q_EMIT reconnected(notice);
        });
        connect(worker, &DbWorker::reconnecting, this, [this](const QString& notice) {
            if (m_ready)
                Q_EMIT reconnecting(notice);
        });
    }
}

DbWorker* AppContext::standbyJobWorker()
{
    // Its failures are not the app's: a standby that is gone sends reads to the primary (Loads), so its
    // connectionLost / reconnected signals are not relayed.
    if (!m_standbyWorker)
        m_standbyWorker = new DbWorker(QStringLiteral("fusion-db-standby"), this);
    return m_standbyWorker;
}

void AppContext::setStandbyWorkerReady(bool ready)
{
    m_standbyReady = ready && m_standbyWorker;
    if (m_standbyReady)
        m_standbyNoticeShown = false;
}

void AppContext::noteStandbyRead(const QString& server, bool standby)
{
    if (standby) {
        // Back on a standby after the primary took its reads: said once, as the move away was.
        if (m_standbyNoticeShown && m_ready)
            Q_EMIT standbyNotice(
                tr("Dashboard, Usage and Audit read from standby %1 again; their figures may trail the "
                   "primary by a moment.")
                    .arg(server));
        m_standbyNoticeShown = false;
        return;
    }
    noteStandbyUnavailable(tr("no standby answered; %1 did").arg(server));
}

void AppContext::noteStandbyUnavailable(const QString& reason)
{
    if (m_standbyNoticeShown || !m_ready)
        return;
    m_standbyNoticeShown = true;
    Q_EMIT standbyNotice(
        tr("Dashboard, Usage and Audit read from the primary database: %1. Their figures are current.")
            .arg(reason));
}

AppContext::~AppContext() = default;

void AppContext::setConnected(const DatabaseTarget& target, const Capabilities& capabilities)
{
    m_target = target;
    m_capabilities = capabilities;
    m_ready = true;
    Q_EMIT connected();
}

void AppContext::setDisconnected()
{
    m_ready = false;
    m_longReady = false;
    m_standbyReady = false;
    Q_EMIT disconnected();
}

} // namespace fusion
