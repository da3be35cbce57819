#include "ui/common/AppContext.h"

#include "models/secrets/SecretStore.h"
#include "models/storage/ConnectionProfiles.h"

namespace fusion {

AppContext::AppContext(QObject* parent)
    : QObject(parent)
    , m_worker(new DbWorker(this))
    , m_longWorker(new DbWorker(QStringLiteral("fusion-db-long"), this))
    , m_secrets(new SecretStore(this))
    , m_profiles(new ConnectionProfiles(m_secrets, this))
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
    }
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
    Q_EMIT disconnected();
}

} // namespace fusion
