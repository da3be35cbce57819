#pragma once

#include "models/jobs/Job.h"
#include "models/odoo/OdooConnection.h"
#include "models/odoo/OdooProposals.h"

#include <QJsonArray>
#include <QPointer>

#include <functional>

namespace fusion {

class OdooClient;

// Executing a proposal in its tenant's Odoo: the claim planned (a proposal that is not pending is refused
// first) and the tenant's Odoo settings checked; the confirmation; the secret from the keychain (a locked or
// empty keychain leaves the proposal pending); the claim written with its audit row; the calls, the first
// failure stopping the rest; every step's result recorded on the proposal. Nothing is retried.
class ProposalExecute : public Job {
    Q_OBJECT

public:
    struct Outcome {
        Proposal proposal; // as recorded afterwards, its steps saying what is in Odoo now
        QJsonArray results;
        bool succeeded = false;
    };
    using Done = std::function<void(const Result<Outcome>&)>;

    ProposalExecute(JobHost host, OdooClient* client = nullptr, QObject* parent = nullptr);

    void start(qint64 proposalId, Done done);

private:
    struct Plan {
        Proposal proposal;
        PendingWrite claim;
        OdooSettings settings;
    };
    void confirmed(const Plan& plan);
    void run();
    void finish(const Result<Outcome>& result);

    QPointer<OdooClient> m_client;
    Proposal m_proposal;
    Done m_done;
};

} // namespace fusion
