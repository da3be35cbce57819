#pragma once

#include "models/core/Error.h"
#include "models/core/WritePlan.h"

#include <QJsonObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace fusion {

class AppContext;
class Database;

// The one path every write in the app takes (the PlannedWrite job, as fusionctl runs it): plan it on the
// database thread, show the plan in a
// ConfirmDialog, and only if the person confirms, run it with its audit row in one transaction. The result
// arrives in `done` on the GUI thread: the write's outcome, an error (ErrorKind::NotConfirmed when the person
// cancelled), or an outcome with "_unchanged": true when there was nothing to write.
class WriteRunner {
public:
    using Planner = std::function<PendingWrite(Database&)>;
    using Done = std::function<void(Result<QJsonObject>)>;

    // Runs after the person confirmed and before the database write (e.g. storing a secret in the keychain);
    // the write happens only if it calls `proceed` with success.
    using BeforeWrite = std::function<void(const std::function<void(Result<Unit>)>& proceed)>;

    static void run(AppContext* context, QWidget* parent, Planner planner, const Done& done);
    static void run(AppContext* context, QWidget* parent, Planner planner, const BeforeWrite& before,
                    const Done& done);
    static bool unchanged(const QJsonObject& outcome)
    {
        return outcome.value(QStringLiteral("_unchanged")).toBool();
    }
};

} // namespace fusion
