#pragma once
// The Odoo side of the suites that execute proposals against the Python Odoo test server (FakeOdoo): a client
// signed in to it, and running a proposal's steps to the end. Header-only, so that only those suites see it.
#include "models/odoo/OdooClient.h"
#include "models/odoo/OdooProposals.h"
#include "models/odoo/ProposalRunner.h"
#include "tests/common/FakeOdoo.h"

#include <QTest>

#include <memory>
#include <optional>

namespace fusion::test {

// A client signed in to `server` as its admin on its database "odoopeer", allowed 600 reads and 600 writes a
// minute: the suites measure Odoo's answers, not the client's own limiter.
inline std::unique_ptr<OdooClient> fakeOdooAdminClient(const FakeOdoo& server)
{
    auto client = std::make_unique<OdooClient>();
    OdooEndpoint e;
    e.url = server.url();
    e.database = QStringLiteral("odoopeer");
    e.login = QStringLiteral("admin");
    client->setCredentials(e, SecretBytes(QByteArray("admin")));
    OdooLimits limits;
    limits.readsPerMinute = 600;
    limits.writesPerMinute = 600;
    client->setLimits(limits);
    return client;
}

// Runs proposal `p`'s steps with `client` (callbacks bound to `context`) and waits for the outcome; a run
// that does not finish in 30 s stops the suite, as nothing after it would mean anything.
inline ProposalRunner::Outcome runProposalSteps(OdooClient* client, const Proposal& p, QObject* context)
{
    auto slot = std::make_shared<std::optional<ProposalRunner::Outcome>>();
    ProposalRunner::run(client, p, context, [slot](const ProposalRunner::Outcome& o) { slot->emplace(o); });
    if (!QTest::qWaitFor([slot] { return slot->has_value(); }, 30000))
        qFatal("the proposal did not finish");
    return **slot;
}

} // namespace fusion::test
