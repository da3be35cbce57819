#pragma once

#include "models/storage/DatabaseTarget.h"
#include "ui/MainWindow.h"
#include "ui/common/AppContext.h"
#include "ui/connection/Connector.h"

#include <QSignalSpy>

#include <memory>

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

} // namespace fusion::test
