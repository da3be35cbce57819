#pragma once

#include "models/odoo/OdooProposals.h"

#include <QJsonArray>

#include <functional>

namespace fusion {

class OdooClient;

// Makes a claimed proposal's Odoo calls, one after the other. The first failure stops the rest; nothing is
// retried. The results say for every step whether it ran (and the record it made or changed), failed (and
// why) or was skipped, so a person knows exactly what is in Odoo now.
class ProposalRunner {
public:
    struct Outcome {
        QJsonArray results;
        bool succeeded = false;
    };
    static void run(OdooClient* client, const Proposal& proposal, QObject* context,
                    const std::function<void(const Outcome&)>& done);
};

} // namespace fusion
