#include "models/jobs/WorkflowToggle.h"

#include "models/integrations/IntegrationEndpoints.h"
#include "models/integrations/N8nClient.h"

#include <QRegularExpression>

namespace fusion {

struct WorkflowToggle::State {
    Request request;
    QUrl base;
    CallKey key;
    PendingWrite write;
    SecretBytes secret;
};

bool WorkflowToggle::isValidWorkflowId(const QString& id)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return valid.match(id).hasMatch();
}

WritePlan WorkflowToggle::plan(const Request& request, const QString& instance)
{
    WritePlan p;
    const QString& id = request.workflowId;
    p.action =
        request.active ? QStringLiteral("automation.activate") : QStringLiteral("automation.deactivate");
    // The id first: it is what a person typed in fusionctl; the name when the caller knows it.
    const QString named = request.name.isEmpty() ? id : tr("%1 (\"%2\")").arg(id, request.name);
    p.title = request.active ? tr("Activate n8n workflow %1").arg(named)
                             : tr("Deactivate n8n workflow %1").arg(named);
    p.verb = request.active ? tr("Activate") : tr("Deactivate");
    p.targetType = QStringLiteral("n8n_workflow");
    p.target = id;
    p.changes << FieldChange{QStringLiteral("active"), tr("Active"), QVariant(), request.active};
    p.changes << FieldChange{QStringLiteral("n8n_instance"), tr("n8n instance"), QVariant(),
                             request.instance};
    if (!request.tenants.isEmpty())
        p.changes << FieldChange{QStringLiteral("tenants"), tr("Tenants"), QVariant(),
                                 request.tenants.join(QStringLiteral(", "))};
    p.effects << (request.active ? tr("Its triggers and production webhook start answering in %1.")
                                 : tr("Its triggers and production webhook stop in %1."))
                     .arg(instance);
    if (!request.tenants.isEmpty())
        p.effects << tr("It runs the automation of %n tenant(s): %1.", nullptr, int(request.tenants.size()))
                         .arg(request.tenants.join(QStringLiteral(", ")));
    return p;
}

WorkflowToggle::WorkflowToggle(JobHost host, QObject* parent)
    : Job(std::move(host), parent)
{
}

WorkflowToggle::~WorkflowToggle() = default;

void WorkflowToggle::start(const Request& request, Done done)
{
    begin();
    m_done = std::move(done);
    if (!isValidWorkflowId(request.workflowId))
        return finish(Error::make(ErrorKind::InvalidInput,
                                  tr("\"%1\" is not an n8n workflow id").arg(request.workflowId)));
    onDatabase<std::shared_ptr<State>>(
        [request](Database& db) {
            auto state = std::make_shared<State>();
            state->request = request;
            const IntegrationEndpoint api = IntegrationEndpoints::n8nApi(db, request.instance);
            state->base = api.baseUrl;
            state->key = api.key;
            state->write.plan = plan(request, N8n::instanceName(api.baseUrl));
            return state;
        },
        [this](const Result<std::shared_ptr<State>>& planned) {
            if (!planned)
                return finish(planned.error());
            const std::shared_ptr<State> state = planned.value();
            confirmThenReadKey(state->write.plan, state->key, [this, state](Result<SecretBytes> secret) {
                if (!secret)
                    return finish(secret.error());
                state->secret = secret.value();
                call(state);
            });
        });
}

void WorkflowToggle::call(const std::shared_ptr<State>& state)
{
    const bool active = state->request.active;
    report(0, 0,
           (active ? tr("Activating workflow %1 in n8n…") : tr("Deactivating workflow %1 in n8n…"))
               .arg(state->request.workflowId));
    auto* client = new N8nClient(state->base, this);
    client->setTimeoutMs(m_timeoutMs);
    m_client = client;
    client->setActive(state->request.workflowId, active, state->secret,
                      [this, state, client](const Result<N8nWorkflow>& result) {
                          client->deleteLater();
                          state->secret = SecretBytes(); // not needed any more, whatever happened
                          if (!result)
                              return finish(result.error());
                          audit(state, result.value());
                      });
}

void WorkflowToggle::audit(const std::shared_ptr<State>& state, const N8nWorkflow& workflow)
{
    // n8n changed it: the audit row records what was done there (nothing changes in our store).
    PendingWrite audited = state->write;
    audited.apply = [workflow, instance = state->request.instance](Database&) {
        return QJsonObject{{QStringLiteral("workflow_id"), workflow.id},
                           {QStringLiteral("n8n_instance"), instance},
                           {QStringLiteral("name"), workflow.name},
                           {QStringLiteral("active"), workflow.active}};
    };
    write(audited, [this, workflow](const Result<QJsonObject>& recorded) {
        if (host().afterWrite)
            host().afterWrite();
        if (!recorded) {
            Error e = recorded.error();
            e.message = tr("n8n made the change, but it could not be audited: %1").arg(e.message);
            return finish(e);
        }
        finish(Outcome{workflow, recorded.value()});
    });
}

void WorkflowToggle::finish(const Result<Outcome>& result)
{
    Done done = std::exchange(m_done, nullptr);
    end();
    if (done)
        done(result);
}

} // namespace fusion
