#include "models/odoo/ProposalRunner.h"

#include "models/odoo/OdooClient.h"

#include <QJsonObject>

#include <memory>

namespace fusion {

void ProposalRunner::run(OdooClient* client, const Proposal& proposal, QObject* context,
                         const std::function<void(const Outcome&)>& done)
{
    auto outcome = std::make_shared<Outcome>();
    auto next = std::make_shared<std::function<void(int)>>();
    const QList<ProposalStep> steps = proposal.steps;
    // `next` refers to itself through a weak pointer, so the chain frees itself when it ends.
    std::weak_ptr<std::function<void(int)>> self = next;
    *next = [client, steps, context, done, outcome, self](int i) {
        if (i >= steps.size()) {
            outcome->succeeded = true;
            done(*outcome);
            return;
        }
        const ProposalStep& step = steps.at(i);
        QJsonObject result{{QStringLiteral("step"), i + 1},
                           {QStringLiteral("op"), step.op},
                           {QStringLiteral("model"), step.model},
                           {QStringLiteral("method"), step.method}};
        const auto keepGoing = self.lock();
        const auto stepDone = [i, steps, outcome, done, keepGoing,
                               result](const Result<QVariant>& r) mutable {
            if (!r) {
                result.insert(QStringLiteral("success"), false);
                result.insert(QStringLiteral("error"), r.error().message);
                result.insert(QStringLiteral("error_kind"), r.error().kindName());
                outcome->results.append(result);
                for (qsizetype k = i + 1; k < steps.size(); ++k)
                    outcome->results.append(QJsonObject{{QStringLiteral("step"), int(k + 1)},
                                                        {QStringLiteral("op"), steps.at(k).op},
                                                        {QStringLiteral("success"), false},
                                                        {QStringLiteral("skipped"), true}});
                outcome->succeeded = false;
                done(*outcome);
                return;
            }
            result.insert(QStringLiteral("success"), true);
            if (r.value().typeId() == QMetaType::Int)
                result.insert(QStringLiteral("record_id"), r.value().toInt());
            else if (steps.at(i).recordId > 0)
                result.insert(QStringLiteral("record_id"), steps.at(i).recordId);
            outcome->results.append(result);
            if (keepGoing)
                (*keepGoing)(i + 1);
        };
        const QVariantList args =
            step.method == QLatin1String("write")
                ? QVariantList{QVariant(QVariantList{step.recordId}), QVariant(step.values)}
                : QVariantList{QVariant(step.values)};
        client->executeKw(step.model, step.method, args, {}, OdooClient::CallKind::Write, context, stepDone);
    };
    (*next)(0);
    // Keep the chain alive until its last step answers: each pending call holds `keepGoing`.
}

} // namespace fusion
