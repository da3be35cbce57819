#pragma once

#include "models/core/Error.h"
#include "models/core/WritePlan.h"
#include "models/secrets/SecretStore.h"

#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace fusion {

class Database;

// What a job needs from whoever presents it, and the only things that differ between the app and fusionctl:
// where database work runs, how the person is asked, the keychain, and what to do after a write. The app runs
// database work on its database workers and asks in a ConfirmDialog; fusionctl runs it at once on its own
// connection and asks on the terminal. A job never knows which.
struct JobHost {
    // Runs `work` against the store, then `done` on the caller's thread with the error `work` raised, if any
    // — but only while `context` exists.
    using DatabaseRunner = std::function<void(QObject* context, std::function<void(Database&)> work,
                                              std::function<void(std::optional<Error>)> done)>;
    // Shows `plan` and asks; `answer` gets true only when the person confirmed. Never called for an empty
    // plan.
    using Confirmer =
        std::function<void(const WritePlan& plan, QObject* context, std::function<void(bool)> answer)>;

    DatabaseRunner database;
    // Long jobs (aggregation, import, sync) run here so that short reads keep answering; empty: `database`.
    DatabaseRunner longDatabase;
    Confirmer confirm;
    QPointer<SecretStore> secrets;
    QString source; // "ui" or "cli": recorded on operations and usage rows as who started them
    // After every write a job made: the app refreshes what shows the data (SQLite has no notifications).
    std::function<void()> afterWrite;
    // Says how to set up what is missing, in the presenter's own terms (a menu item or a command).
    std::function<QString(const QString& what)> remedy;
};

} // namespace fusion
