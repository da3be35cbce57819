#include "models/jobs/ProposalExecute.h"

#include "models/audit/WriteExecutor.h"
#include "models/jobs/OdooSession.h"
#include "models/odoo/OdooClient.h"
#include "models/odoo/ProposalRunner.h"

namespace fusion {

ProposalExecute::ProposalExecute(JobHost host, OdooClient* client, QObject* parent)
    : Job(std::move(host), parent)
    , m_client(client ? client : new OdooClient(this))
{
}

void ProposalExecute::start(qint64 proposalId, Done done)
{
    begin();
    m_done = std::move(done);
    const QString remedy = OdooSession::connectionRemedy(host());
    onDatabase<Plan>(
        [proposalId, remedy](Database& db) {
            Plan plan;
            plan.proposal = OdooProposals::load(db, proposalId);
            plan.claim = OdooProposals::planExecute(db, proposalId);
            plan.settings = OdooSession::loadConfigured(db, plan.proposal.slug, remedy);
            return plan;
        },
        [this](const Result<Plan>& planned) {
            if (!planned)
                return finish(planned.error());
            const Plan plan = planned.value();
            m_proposal = plan.proposal;
            confirm(plan.claim.plan, [this, plan](bool yes) {
                if (!yes)
                    return finish(notConfirmedError());
                confirmed(plan);
            });
        });
}

void ProposalExecute::confirmed(const Plan& plan)
{
    if (isCancelled())
        return finish(cancelledError());
    // The secret before the claim: a locked or empty keychain leaves the proposal pending.
    OdooSession::unlock(host(), m_client, plan.settings, this,
                        [this, plan](const Result<OdooSettings>& ready) {
                            if (!ready)
                                return finish(ready.error());
                            if (isCancelled())
                                return finish(cancelledError());
                            write(plan.claim, [this](const Result<QJsonObject>& claimed) {
                                if (!claimed)
                                    return finish(claimed.error());
                                run();
                            });
                        });
}

void ProposalExecute::run()
{
    report(0, 0, tr("Executing proposal %1 in %2's Odoo…").arg(m_proposal.id).arg(m_proposal.slug));
    ProposalRunner::run(m_client, m_proposal, this, [this](const ProposalRunner::Outcome& ran) {
        onDatabase<Proposal>(
            [id = m_proposal.id, ran](Database& db) {
                WriteExecutor::execute(db, OdooProposals::planFinish(db, id, ran.results, ran.succeeded));
                return OdooProposals::load(db, id);
            },
            [this, ran](const Result<Proposal>& recorded) {
                if (!recorded)
                    return finish(recorded.error());
                if (host().afterWrite)
                    host().afterWrite();
                finish(Outcome{recorded.value(), ran.results, ran.succeeded});
            });
    });
}

void ProposalExecute::finish(const Result<Outcome>& result)
{
    Done done = std::exchange(m_done, nullptr);
    end();
    if (done)
        done(result);
}

} // namespace fusion
