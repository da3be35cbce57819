#pragma once

#include "models/core/Error.h"
#include "models/roles/Capabilities.h"
#include "models/secrets/SecretBytes.h"
#include "models/storage/DatabaseTarget.h"
#include "models/storage/Migrator.h"

#include <QObject>

class QWidget;

namespace fusion {

class AppContext;
class Loads;

// Opens a store without blocking the window: reads the profile's password from the keychain if it has one,
// connects on the database thread, checks the schema and the login's roles, and says what happens next —
// ready, a schema to create or upgrade (each a confirmed write), or a problem to show.
class Connector : public QObject {
    Q_OBJECT

public:
    explicit Connector(AppContext* context, QObject* parent = nullptr);

    void open(const DatabaseTarget& target, const SecretBytes& password = {});
    void openProfile(const QString& profileName);
    // Creates the schema (and loads demo data) after the person confirms the plan.
    void setUp(QWidget* parent, bool withDemoData);
    void upgrade(QWidget* parent);
    // Opens the current target again (a profile's password is read from the keychain again).
    void reopen();
    const DatabaseTarget& target() const { return m_target; }

Q_SIGNALS:
    void connecting(const fusion::DatabaseTarget& target);
    void ready();
    void failed(const fusion::Error& error);
    void setupNeeded(const fusion::DatabaseTarget& target);
    void upgradeNeeded(const fusion::SchemaStatus& status);
    void setupCancelled();

private:
    void openLongWorker(const DatabaseTarget& target, const SecretBytes& password);
    // The connection read-only panes may read on when the profile allows a standby (AppContext).
    void openStandbyWorker(const DatabaseTarget& target, const SecretBytes& password);
    void finish();

    AppContext* m_context;
    DatabaseTarget m_target;
    Loads* m_opens; // only the newest open() may answer
    quint64 m_longGeneration = 0;
    quint64 m_standbyGeneration = 0;
};

} // namespace fusion
