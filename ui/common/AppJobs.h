#pragma once

#include "models/jobs/JobHost.h"

#include <QCoreApplication>

class QWidget;

namespace fusion {

class AppContext;

// How the app hosts a job: database work on the database workers (a long job on its own worker, so that
// panes keep answering), the confirmation in a ConfirmDialog over `parent` (opened, never exec()'d), the
// keychain, a refresh of what shows the data after every write, remedies named as menu items.
class AppJobs {
    Q_DECLARE_TR_FUNCTIONS(fusion::AppJobs)

public:
    static JobHost host(AppContext* context, QWidget* parent);
};

} // namespace fusion
