#include "models/jobs/AutomationRun.h"

#include "models/audit/WriteExecutor.h"
#include "models/controlplane/OperationLog.h"
#include "models/controlplane/PlatformSettings.h"
#include "models/core/BoundedText.h"
#include "models/integrations/IntegrationEndpoints.h"
#include "models/integrations/N8nClient.h"
#include "models/itemmodels/OperationListModel.h"
#include "models/tenants/TenantRepository.h"

#include <QJsonDocument>

namespace fusion {

struct AutomationRun::Plan {
    Request request;
    QString type;
    N8nWebhookTarget target;
    QUrl base;
    CallKey headerKey;
    CallKey apiKey; // null: the execution id is only what the workflow answers
    PendingWrite claim;
    SecretBytes headerValue;
    SecretBytes apiSecret;
    qint64 operationId = 0;
    QJsonObject recorded;
};

QString AutomationRun::operationTypeFor(const QString& webhookPath, const QString& explicitType, QString* why)
{
    // Every type but an image upgrade, which must name a tested tag and is scheduled on its own.
    static const QStringList types{QStringLiteral("provision"),    QStringLiteral("pause"),
                                   QStringLiteral("resume"),       QStringLiteral("rebuild"),
                                   QStringLiteral("decommission"), QStringLiteral("module_apply"),
                                   QStringLiteral("backup")};
    const QString type = explicitType.isEmpty() ? webhookPath.section(QLatin1Char('/'), -1) : explicitType;
    if (types.contains(type))
        return type;
    if (why)
        *why = explicitType.isEmpty()
                   ? tr("The webhook path \"%1\" does not end in an operation type; say which operation the "
                        "workflow carries out (%2).")
                         .arg(webhookPath, types.join(QStringLiteral(", ")))
                   : tr("A workflow can carry out %1, not \"%2\".")
                         .arg(types.join(QStringLiteral(", ")), explicitType);
    return {};
}

AutomationRun::AutomationRun(JobHost host, QObject* parent)
    : Job(std::move(host), parent)
{
}

AutomationRun::~AutomationRun() = default;

void AutomationRun::start(const Request& request, Done done)
{
    begin();
    m_done = std::move(done);
    const QString source = host().source.isEmpty() ? QStringLiteral("ui") : host().source;
    onDatabase<std::shared_ptr<Plan>>(
        [request, source](Database& db) {
            auto plan = std::make_shared<Plan>();
            plan->request = request;
            QString why;
            plan->type = operationTypeFor(request.webhookPath, request.operationType, &why);
            if (plan->type.isEmpty())
                throw Failure(ErrorKind::InvalidInput, why);
            if (!N8n::webhookUrl(QUrl(QStringLiteral("http://n8n")), request.webhookPath).isValid())
                throw Failure(ErrorKind::InvalidInput,
                              tr("\"%1\" is not a webhook path (letters, digits and ._~:/- only).")
                                  .arg(request.webhookPath));
            const Tenant tenant = TenantRepository(db).requireBySlug(request.tenantSlug);
            if (const QString frozen = PlatformSettings::freezeProblem(PlatformSettings::read(db));
                !frozen.isEmpty())
                throw Failure(ErrorKind::Conflict, frozen);
            const IntegrationEndpoint hook =
                IntegrationEndpoints::n8nWebhook(db, request.webhookPath, request.instance);
            plan->base = hook.baseUrl;
            plan->headerKey = hook.key;
            plan->target = {request.workflowId, request.webhookPath, hook.clientId};
            // The execution id is looked up through the API only on the same n8n: the API key belongs there.
            try {
                const IntegrationEndpoint api = IntegrationEndpoints::n8nApi(db, request.instance);
                if (api.baseUrl == hook.baseUrl)
                    plan->apiKey = api.key;
            } catch (const Failure&) {
                // No API key: the workflow's own answer is the only source of its execution id.
            }
            const QUrl url = N8n::webhookUrl(hook.baseUrl, request.webhookPath);
            const QJsonObject payload{{QStringLiteral("workflow_id"), request.workflowId},
                                      {QStringLiteral("webhook_path"), request.webhookPath},
                                      {QStringLiteral("n8n"), N8n::instanceName(hook.baseUrl)},
                                      // Which instance ran it: OperationLog links the execution there.
                                      {QStringLiteral("n8n_instance"), request.instance}};
            const QString payloadText =
                QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
            WritePlan& w = plan->claim.plan;
            w.action = QStringLiteral("automation.run");
            w.title = tr("Run n8n workflow %1 for %2").arg(request.workflowId, tenant.slug);
            w.verb = tr("Run");
            w.targetType = QStringLiteral("tenant");
            w.target = tenant.slug;
            w.tenantId = tenant.id;
            w.changes << FieldChange{QStringLiteral("type"), tr("Operation"), QVariant(),
                                     OperationListModel::typeLabel(plan->type)}
                      << FieldChange{QStringLiteral("n8n_instance"), tr("n8n instance"), QVariant(),
                                     request.instance}
                      << FieldChange{QStringLiteral("payload"), tr("Payload"), QVariant(), payloadText};
            w.effects
                << tr("Records a queued operation, then calls the webhook %1 once (it is never resent).")
                       .arg(url.toString())
                << tr("The operation then says whether the workflow started, with n8n's execution id.");
            const qint64 tenantId = tenant.id;
            const QString type = plan->type;
            plan->claim.apply = [tenantId, type, payloadText, source](Database& d) {
                const qint64 id = d.insertReturningId(
                    QStringLiteral(
                        "INSERT INTO operations (tenant_id, type, status, payload, trigger_source, "
                        "actor, created_at) VALUES (?, ?, 'queued', ?, ?, ?, ?)"),
                    {tenantId, type, payloadText, source, d.actor(), Database::nowText()});
                return QJsonObject{{QStringLiteral("operation_id"), id}};
            };
            return plan;
        },
        [this](const Result<std::shared_ptr<Plan>>& planned) {
            if (!planned)
                return finish(planned.error());
            const std::shared_ptr<Plan> plan = planned.value();
            confirm(plan->claim.plan, [this, plan](bool yes) {
                if (!yes)
                    return finish(notConfirmedError());
                confirmed(plan);
            });
        });
}

void AutomationRun::confirmed(const std::shared_ptr<Plan>& plan)
{
    if (isCancelled())
        return finish(cancelledError());
    // The secrets before the claim: a locked keychain or a missing item records nothing.
    plan->headerKey.read(host().secrets.data(), this, [this, plan](Result<KeySecret> header) {
        if (!header)
            return finish(header.error());
        plan->headerValue = header.value().key;
        const auto claim = [this, plan] {
            if (isCancelled())
                return finish(cancelledError());
            write(plan->claim, [this, plan](const Result<QJsonObject>& claimed) {
                if (!claimed)
                    return finish(claimed.error());
                plan->recorded = claimed.value();
                plan->operationId = claimed.value().value(QStringLiteral("operation_id")).toInteger();
                call(plan);
            });
        };
        if (plan->apiKey.isNull())
            return claim();
        plan->apiKey.read(host().secrets.data(), this, [this, plan, claim](Result<KeySecret> api) {
            if (!api)
                return finish(api.error());
            plan->apiSecret = api.value().key;
            claim();
        });
    });
}

void AutomationRun::call(const std::shared_ptr<Plan>& plan)
{
    report(0, 0,
           tr("Calling n8n's webhook %1 for %2…").arg(plan->request.webhookPath, plan->request.tenantSlug));
    auto* client = new N8nClient(plan->base, this);
    client->setTimeoutMs(m_timeoutMs);
    m_client = client;
    client->runWebhook(plan->target, plan->request.tenantSlug, plan->headerValue, plan->apiSecret,
                       [this, plan, client](const Result<N8nWebhookRun>& run) {
                           client->deleteLater();
                           // The secrets are not needed any more, whatever happened.
                           plan->headerValue = SecretBytes();
                           plan->apiSecret = SecretBytes();
                           record(plan, run);
                       });
}

void AutomationRun::record(const std::shared_ptr<Plan>& plan, const Result<N8nWebhookRun>& run)
{
    Outcome outcome;
    outcome.operationId = plan->operationId;
    outcome.recorded = plan->recorded;
    OperationLog::Report r;
    r.operationId = plan->operationId;
    if (run) {
        const N8nWebhookRun& ran = run.value();
        outcome.started = true;
        outcome.executionId = ran.executionId;
        r.status = QStringLiteral("running");
        if (!ran.executionId.isEmpty()) {
            outcome.executionUrl =
                N8n::executionPageUrl(plan->base, plan->request.workflowId, ran.executionId);
            r.externalRef = ran.executionId;
            r.message =
                tr("n8n started workflow %1 (execution %2).").arg(plan->request.workflowId, ran.executionId);
        } else {
            outcome.note = ran.lookupError.isEmpty() ? tr("n8n did not say which execution it started.")
                                                     : ran.lookupError;
            r.severity = QStringLiteral("warning");
            r.message = tr("n8n started workflow %1; its execution is not known: %2")
                            .arg(plan->request.workflowId, outcome.note);
        }
    } else {
        outcome.failure = run.error().message;
        r.status = QStringLiteral("failed");
        r.severity = QStringLiteral("error");
        // The operation's log keeps it: bounded, never a whole error page.
        r.message = BoundedText::of(outcome.failure, {40, 500, 2000});
    }
    onDatabase<QJsonObject>(
        [r](Database& db) { return WriteExecutor::execute(db, OperationLog::planReport(db, r)); },
        [this, outcome](const Result<QJsonObject>& reported) {
            if (host().afterWrite)
                host().afterWrite();
            if (!reported) {
                Error e = reported.error();
                e.message = tr("n8n was called for operation %1, but its outcome could not be recorded: %2")
                                .arg(outcome.operationId)
                                .arg(e.message);
                return finish(e);
            }
            finish(outcome);
        });
}

void AutomationRun::finish(const Result<Outcome>& result)
{
    Done done = std::exchange(m_done, nullptr);
    end();
    if (done)
        done(result);
}

} // namespace fusion
