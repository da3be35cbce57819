#pragma once

#include "models/jobs/Job.h"

#include <QJsonObject>
#include <QPointer>

#include <functional>

namespace fusion {

class OdooClient;

// Recording the modules of a tenant's Odoo: the tenant's Odoo made ready, its module list read, what will be
// recorded shown and confirmed, then stored with its audit row.
class ModuleSync : public Job {
    Q_OBJECT

public:
    struct Outcome {
        bool unchanged = false; // Odoo's modules are as recorded: nothing was asked or written
        WritePlan plan;
        int modules = 0;
        int installed = 0;
        QJsonObject recorded; // the write's outcome as audited
    };
    using Done = std::function<void(const Result<Outcome>&)>;

    ModuleSync(JobHost host, OdooClient* client = nullptr, QObject* parent = nullptr);

    void start(const QString& slug, Done done);

private:
    void finish(const Result<Outcome>& result);

    QPointer<OdooClient> m_client;
    Done m_done;
};

} // namespace fusion
