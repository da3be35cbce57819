#pragma once
// How the GUI suites start the app: the main window as a person sees it, and the start-up they share (a fresh
// embedded store, the window connected to it, a pane loaded), so that every suite starts the app alike.
#include "models/storage/Database.h"
#include "models/storage/DatabaseTarget.h"
#include "tests/common/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/AppContext.h"
#include "ui/common/Pane.h"
#include "ui/connection/Connector.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace fusion::test {

// The app's main window as a person sees it: shown at 1280 × 800 and connected to `target`. False when it did
// not connect in time.
inline bool openMainWindow(std::unique_ptr<AppContext>& context, std::unique_ptr<MainWindow>& window,
                           const DatabaseTarget& target, int timeoutMs = 60000)
{
    context = std::make_unique<AppContext>();
    window = std::make_unique<MainWindow>(context.get());
    window->resize(1280, 800);
    window->show();
    QSignalSpy ready(window->connector(), &Connector::ready);
    window->connector()->open(target);
    return ready.wait(timeoutMs);
}

// The start-up of a GUI suite on the embedded store: QStandardPaths' test mode (so a run never reads or
// writes the person's own settings), a fresh SQLite store `file` in `dir` with `demoTenants` demo tenants (0:
// the schema alone) put in `target`, and the main window connected to it; given `pane`, that pane shown and
// loaded once. False, saying which step failed, when a step did not finish in time.
[[nodiscard]] inline bool startMainWindow(const QTemporaryDir& dir, const QString& file, int demoTenants,
                                          DatabaseTarget& target, std::unique_ptr<AppContext>& context,
                                          std::unique_ptr<MainWindow>& window,
                                          std::optional<MainWindow::PaneId> pane = std::nullopt,
                                          int paneTimeoutMs = 15000)
{
    QStandardPaths::setTestModeEnabled(true);
    target = sqliteTarget(dir, file);
    {
        Database db;
        prepare(db, target, demoTenants);
    }
    if (!openMainWindow(context, window, target)) {
        qWarning("the main window did not connect to %s in time", qPrintable(target.displayName()));
        return false;
    }
    if (!pane)
        return true;
    window->showPane(*pane);
    Pane* shown = window->pane(*pane);
    if (!shown || !QTest::qWaitFor([shown] { return shown->hasLoadedOnce(); }, paneTimeoutMs)) {
        qWarning("the pane did not load within %d ms", paneTimeoutMs);
        return false;
    }
    return true;
}

} // namespace fusion::test
