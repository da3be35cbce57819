#include "AppContext.h"

#include "secrets/SecretStore.h"
#include "storage/ConnectionProfiles.h"

namespace fusion {

AppContext::AppContext(QObject* parent)
    : QObject(parent)
    , m_worker(new DbWorker(this))
    , m_secrets(new SecretStore(this))
    , m_profiles(new ConnectionProfiles(m_secrets, this))
{
    connect(m_worker, &DbWorker::changed, this, &AppContext::dataChanged);
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
    Q_EMIT disconnected();
}

} // namespace fusion
