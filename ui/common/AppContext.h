#pragma once

#include "models/roles/Capabilities.h"
#include "models/storage/DatabaseTarget.h"
#include "models/storage/DbWorker.h"

#include <QObject>

#include <memory>

namespace fusion {

class CommitMark;
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
    // Where read-only panes that allow it read (a profile's "may read from a standby"): a third connection
    // with target_session_attrs=prefer-standby once it is open; null when the profile did not opt in, or it
    // is not open (yet), or it could not open — those reads go to worker().
    DbWorker* standbyReadWorker() const { return m_standbyReady ? m_standbyWorker : nullptr; }
    // The third worker itself, created on first use, for the connector that opens it.
    DbWorker* standbyJobWorker();
    void setStandbyWorkerReady(bool ready);
    // The WAL position of this app's latest commit on the primary: a standby that has not replayed it yet
    // would not show the person their own change, so that read goes to the primary (docs/scaling.md §5).
    const std::shared_ptr<CommitMark>& commitMark() const { return m_commitMark; }
    // Which server answered a read sent to the standby worker. A standby answering again clears what
    // noteStandbyUnavailable() said, so that the next outage is told again.
    void noteStandbyRead(const QString& server, bool standby);
    // Reads meant for a standby went to the primary for `reason`: said once (standbyNotice), not per read.
    void noteStandbyUnavailable(const QString& reason);
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
    // The primary's connection was lost and is being opened again (up to Database's reconnect window):
    // "reconnecting…" until reconnected() or connectionLost().
    void reconnecting(const QString& notice);
    // Reads meant for a standby go to the primary, and why; once per outage.
    void standbyNotice(const QString& notice);

private:
    DbWorker* m_worker;
    DbWorker* m_longWorker;
    bool m_longReady = false;
    DbWorker* m_standbyWorker = nullptr;
    bool m_standbyReady = false;
    bool m_standbyNoticeShown = false;
    SecretStore* m_secrets;
    ConnectionProfiles* m_profiles;
    std::shared_ptr<CommitMark> m_commitMark;
    Capabilities m_capabilities;
    DatabaseTarget m_target;
    bool m_ready = false;
};

} // namespace fusion
