#pragma once

#include "models/roles/Capabilities.h"
#include "models/storage/DatabaseTarget.h"
#include "models/storage/DbWorker.h"

#include <QObject>

namespace fusion {

class ConnectionProfiles;
class SecretStore;

// What every pane shares: the database worker, the keychain, the saved connections, and who the user is on
// the open database. Panes never touch a database themselves: they hand work to worker().
class AppContext : public QObject {
    Q_OBJECT

public:
    explicit AppContext(QObject* parent = nullptr);
    ~AppContext() override;

    DbWorker* worker() const { return m_worker; }
    // Where long jobs (aggregation, import, sync) run, so that a pane's reads never queue behind them: a
    // second connection of its own once it is open, the ordinary worker until then or if it could not open.
    DbWorker* longWorker() const { return m_longReady ? m_longWorker : m_worker; }
    // The second worker itself, for the connector that opens it.
    DbWorker* longJobWorker() const { return m_longWorker; }
    void setLongWorkerReady(bool ready) { m_longReady = ready; }
    SecretStore* secrets() const { return m_secrets; }
    ConnectionProfiles* profiles() const { return m_profiles; }

    bool isReady() const { return m_ready; }
    const Capabilities& capabilities() const { return m_capabilities; }
    const DatabaseTarget& target() const { return m_target; }

    void setConnected(const DatabaseTarget& target, const Capabilities& capabilities);
    void setDisconnected();

Q_SIGNALS:
    void connected();
    void disconnected();
    // A table changed (another session via LISTEN/NOTIFY, or a write of ours).
    void dataChanged(const QString& table);
    // The open database stopped answering and no listed server took over; the window offers to reconnect.
    void connectionLost(const fusion::Error& error);
    // The connection was lost and opened again by itself (a failover): said in the status bar, and the
    // panes reload, since changes made meanwhile were not announced.
    void reconnected(const QString& notice);

private:
    DbWorker* m_worker;
    DbWorker* m_longWorker;
    bool m_longReady = false;
    SecretStore* m_secrets;
    ConnectionProfiles* m_profiles;
    Capabilities m_capabilities;
    DatabaseTarget m_target;
    bool m_ready = false;
};

} // namespace fusion
