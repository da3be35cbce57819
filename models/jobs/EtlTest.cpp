#include "models/jobs/EtlTest.h"

#include "models/audit/WriteExecutor.h"
#include "models/integrations/IntegrationEndpoints.h"
#include "models/integrations/N8n.h"
#include "models/integrations/N8nClient.h"
#include "models/net/HttpRequest.h"
#include "models/roles/RoleService.h"
#include "models/tenants/TenantRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <memory>

namespace fusion {

namespace {

constexpr qint64 kEtlMaxBytes = 4 * 1024 * 1024;
constexpr int kEtlSummaryChars = 200;

QString etlCompact(const QJsonValue& v)
{
    QString text;
    if (v.isObject())
        text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else if (v.isArray())
        text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    else if (v.isString())
        text = v.toString();
    else if (v.isBool())
        text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (v.isDouble())
        text = QString::number(v.toDouble(), 'g', 15);
    else
        text = QStringLiteral("null");
    text = text.simplified();
    return text.size() <= kEtlSummaryChars ? text : text.left(kEtlSummaryChars - 1) + QChar(0x2026);
}

} // namespace

struct EtlTest::Plan {
    QString slug;
    QString kind;
    QString target;
    QString schema;
    QString project; // supabase_rpc: the project's address as the person reads it
    IntegrationEndpoint endpoint;
    QUrl url;
    PendingWrite claim;
    SecretBytes secret;
    qint64 tenantId = 0;
};

QJsonObject EtlTest::Outcome::json() const
{
    QJsonObject o{{QStringLiteral("tenant"), tenantSlug},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("target"), target},
                  {QStringLiteral("url"), url.toString()},
                  {QStringLiteral("ok"), ok},
                  {QStringLiteral("http_status"), httpStatus == 0 ? QJsonValue() : QJsonValue(httpStatus)},
                  {QStringLiteral("duration_ms"), durationMs}};
    if (!schema.isEmpty())
        o.insert(QStringLiteral("schema"), schema);
    if (!executionId.isEmpty())
        o.insert(QStringLiteral("execution_id"), executionId);
    if (!summary.isEmpty())
        o.insert(QStringLiteral("summary"), summary);
    if (!failure.isEmpty())
        o.insert(QStringLiteral("error"), failure);
    return o;
}

QString EtlTest::summarise(const QByteArray& body, QString* error)
{
    if (body.trimmed().isEmpty())
        return tr("no result (the function returns nothing)");
    QJsonParseError pe{};
    // PostgREST answers a scalar function with a bare JSON value: wrapped so that any value parses.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + body + "]", &pe);
    if (pe.error != QJsonParseError::NoError || doc.array().size() != 1) {
        QJsonParseError own{};
        QJsonDocument::fromJson(body, &own);
        *error = tr("The answer is not valid JSON (%1 at byte %2).")
                     .arg(own.error != QJsonParseError::NoError ? own.errorString() : pe.errorString())
                     .arg(own.error != QJsonParseError::NoError ? own.offset : pe.offset);
        return {};
    }
    const QJsonValue v = doc.array().first();
    if (v.isArray())
        return tr("%n row(s): %1", nullptr, int(v.toArray().size())).arg(etlCompact(v));
    if (v.isObject())
        return tr("an object: %1").arg(etlCompact(v));
    if (v.isNull())
        return tr("null");
    return etlCompact(v);
}

QString EtlTest::rpcFailure(const QString& project, const QString& schema, const QString& function,
                            int status, const QByteArray& body)
{
    const QJsonObject e = QJsonDocument::fromJson(body).object();
    const QString code = e.value(QStringLiteral("code")).toString().left(20);
    const QString message = e.value(QStringLiteral("message")).toString().simplified().left(300);
    const QString said = message.isEmpty() ? QString()
                         : code.isEmpty()  ? QStringLiteral(": ") + message
                                           : QStringLiteral(": %1 (%2)").arg(message, code);
    if (status == 401 || status == 403)
        return tr("The Supabase project %1 refused the key (HTTP %2%3): check that the supabase vault key "
                  "holds this project's API key.")
            .arg(project)
            .arg(status)
            .arg(said);
    if (status == 406)
        return tr("The Supabase project %1 does not expose the schema \"%2\" (HTTP 406): add it to the "
                  "exposed "
                  "schemas of the project's API settings.")
            .arg(project, schema);
    if (status == 404)
        return tr("The Supabase project %1 has no function %2.%3 (HTTP 404%4): check the ETL target in the "
                  "tenant's Analytics tab.")
            .arg(project, schema, function, said);
    return tr("The Supabase project %1 answered HTTP %2%3.").arg(project).arg(status).arg(said);
}

EtlTest::EtlTest(JobHost host, QObject* parent)
    : Job(std::move(host), parent)
{
}

EtlTest::~EtlTest()
{
    if (m_http)
        m_http->abort();
}

void EtlTest::start(const QString& tenantSlug, Done done)
{
    begin();
    m_done = std::move(done);
    onDatabase<std::shared_ptr<Plan>>(
        [tenantSlug](Database& db) {
            // Refused before anything is read or asked: finance sees analytics read-only, and a check that
            // calls a tenant's pipeline is work done on it (the GUI disables the button for the same reason).
            const Capabilities caps = RoleService(db).capabilities();
            if (!caps.can(Capability::EditIntegrations))
                throw Failure(ErrorKind::PermissionDenied, caps.whyNot(Capability::EditIntegrations));
            auto plan = std::make_shared<Plan>();
            TenantRepository repo(db);
            const Tenant tenant = repo.requireBySlug(tenantSlug);
            const AnalyticsConfig a = repo.analytics(tenant.id);
            plan->slug = tenant.slug;
            plan->tenantId = tenant.id;
            plan->kind = a.etlKind;
            plan->target = a.etlTarget;
            QStringList effects;
            if (a.id == 0 || a.etlKind == QLatin1String("none") || a.etlKind.isEmpty() ||
                a.etlTarget.isEmpty())
                throw Failure(ErrorKind::InvalidInput,
                              tr("%1 has no ETL check: choose an n8n webhook workflow or a Supabase RPC "
                                 "function in the tenant's Analytics tab, or run \"fusionctl tenants edit %1 "
                                 "--set analytics.etl_kind=n8n_webhook --set analytics.etl_target=PATH\".")
                                  .arg(tenant.slug));
            if (a.etlKind == QLatin1String("n8n_webhook")) {
                // The default instance's webhooks ("n8n_webhook"): etl_target holds only the path, and
                // naming another instance there would need its own syntax that nothing else reads yet.
                plan->endpoint = IntegrationEndpoints::n8nWebhook(db, a.etlTarget);
                plan->url = N8n::webhookUrl(plan->endpoint.baseUrl, a.etlTarget);
                if (!plan->url.isValid())
                    throw Failure(ErrorKind::InvalidInput,
                                  tr("\"%1\" is not a webhook path (letters, digits and ._~:/- only).")
                                      .arg(a.etlTarget));
                effects << tr("Calls n8n's webhook %1 once with {\"tenant\": \"%2\"}: the workflow runs for "
                              "real (it is never resent).")
                               .arg(plan->url.toString(), tenant.slug);
            } else {
                plan->schema = a.schemaName;
                if (plan->schema.isEmpty())
                    throw Failure(ErrorKind::InvalidInput,
                                  tr("%1 has no analytics schema to call %2 in; set it in the tenant's "
                                     "Analytics tab.")
                                      .arg(tenant.slug, a.etlTarget));
                plan->endpoint = IntegrationEndpoints::supabaseProject(db, tenant.slug, a.supabaseProject);
                QString base = plan->endpoint.baseUrl.toString();
                while (base.endsWith(QLatin1Char('/')))
                    base.chop(1);
                plan->project = base;
                plan->url = QUrl(base + QStringLiteral("/rest/v1/rpc/") + a.etlTarget);
                effects
                    << tr("Calls the Supabase function %1.%2 once (POST %3): it runs for real (it is never "
                          "resent).")
                           .arg(plan->schema, a.etlTarget, plan->url.toString());
            }
            effects << tr("The call and its result are recorded in the audit log.");
            WritePlan& w = plan->claim.plan;
            w.action = QStringLiteral("analytics.etl_test");
            w.title = tr("Test the ETL of %1").arg(tenant.slug);
            w.verb = tr("Run");
            w.targetType = QStringLiteral("tenant");
            w.target = tenant.slug;
            w.tenantId = tenant.id;
            w.effects = effects;
            const QJsonObject claim{{QStringLiteral("stage"), QStringLiteral("calling")},
                                    {QStringLiteral("kind"), a.etlKind},
                                    {QStringLiteral("target"), a.etlTarget},
                                    {QStringLiteral("url"), plan->url.toString()}};
            // Nothing of ours changes: the row says, before the call, that it is being made.
            plan->claim.apply = [claim](Database&) { return claim; };
            return plan;
        },
        [this](const Result<std::shared_ptr<Plan>>& planned) {
            if (!planned)
                return finish(planned.error());
            const std::shared_ptr<Plan> plan = planned.value();
            // The secret before the audit row: a locked keychain or a missing item calls and records nothing.
            confirmThenReadKey(plan->claim.plan, plan->endpoint.key,
                               [this, plan](Result<SecretBytes> secret) { confirmed(plan, secret); });
        });
}

void EtlTest::confirmed(const std::shared_ptr<Plan>& plan, const Result<SecretBytes>& secret)
{
    if (!secret)
        return finish(secret.error());
    plan->secret = secret.value();
    if (isCancelled())
        return finish(cancelledError());
    write(plan->claim, [this, plan](const Result<QJsonObject>& claimed) {
        if (!claimed) {
            plan->secret = SecretBytes();
            return finish(claimed.error());
        }
        call(plan);
    });
}

void EtlTest::call(const std::shared_ptr<Plan>& plan)
{
    report(0, 0, tr("Testing the ETL of %1: calling %2…").arg(plan->slug, plan->url.toString()));
    if (plan->kind == QLatin1String("n8n_webhook"))
        callN8n(plan);
    else
        callRpc(plan);
}

void EtlTest::callN8n(const std::shared_ptr<Plan>& plan)
{
    auto* client = new N8nClient(plan->endpoint.baseUrl, this);
    client->setTimeoutMs(m_timeoutMs);
    m_n8n = client;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    // No API key: the execution id is only what the workflow answers (nothing else is called).
    client->runWebhook({QString(), plan->target, plan->endpoint.clientId}, plan->slug, plan->secret,
                       SecretBytes(), [this, plan, client, timer](const Result<N8nWebhookRun>& run) {
                           client->deleteLater();
                           plan->secret = SecretBytes();
                           Outcome o;
                           o.durationMs = timer->elapsed();
                           if (run) {
                               o.ok = true;
                               o.httpStatus = run.value().httpStatus;
                               o.executionId = run.value().executionId;
                               o.summary =
                                   o.executionId.isEmpty()
                                       ? tr("n8n started the workflow; it did not say which execution.")
                                       : tr("n8n started execution %1.").arg(o.executionId);
                           } else {
                               o.failure = run.error().message;
                               // n8n's refusal carries its status only in its words ("… (HTTP 500…").
                               static const QRegularExpression status(QStringLiteral("\\bHTTP (\\d{3})\\b"));
                               if (const QRegularExpressionMatch m = status.match(o.failure); m.hasMatch())
                                   o.httpStatus = m.captured(1).toInt();
                           }
                           record(plan, o);
                       });
}

void EtlTest::callRpc(const std::shared_ptr<Plan>& plan)
{
    HttpRequest::Options options;
    options.method = "POST";
    options.contentType = "application/json";
    options.timeoutMs = m_timeoutMs;
    options.maxBytes = kEtlMaxBytes;
    options.trustedSha256 = plan->endpoint.tlsSha256;
    // PostgREST takes the key twice: apikey for Supabase's gateway, the Bearer token for the database role.
    options.headers << qMakePair(QByteArrayLiteral("apikey"), plan->secret.bytes())
                    << qMakePair(QByteArrayLiteral("Authorization"),
                                 QByteArrayLiteral("Bearer ") + plan->secret.bytes())
                    << qMakePair(QByteArrayLiteral("Content-Profile"), plan->schema.toUtf8())
                    << qMakePair(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    auto* req = new HttpRequest(plan->url, QByteArrayLiteral("{}"), options, this);
    m_http = req;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const int timeoutS = qMax(1, m_timeoutMs / 1000);
    connect(req, &HttpRequest::finished, this, [this, plan, req, timer, timeoutS]() {
        req->deleteLater();
        Outcome o;
        o.durationMs = timer->elapsed();
        const QString project = plan->project;
        switch (req->failure()) {
        case HttpRequest::Failure::None: {
            o.httpStatus = req->status();
            if (o.httpStatus < 200 || o.httpStatus >= 300) {
                o.failure = rpcFailure(project, plan->schema, plan->target, o.httpStatus, req->body());
                break;
            }
            QString error;
            o.summary = summarise(req->body(), &error);
            if (!error.isEmpty())
                o.failure = tr("The Supabase project %1 answered HTTP %2, but: %3")
                                .arg(project)
                                .arg(o.httpStatus)
                                .arg(error);
            o.ok = error.isEmpty();
            break;
        }
        case HttpRequest::Failure::Timeout:
            o.failure = tr("The Supabase project %1 did not answer within %2 s; the function may still be "
                           "running.")
                            .arg(project)
                            .arg(timeoutS);
            break;
        case HttpRequest::Failure::Network:
            o.failure =
                req->requestSent()
                    ? tr("The connection to the Supabase project %1 was closed before the whole answer "
                         "arrived.")
                          .arg(project)
                    : tr("The Supabase project %1 cannot be reached: %2").arg(project, req->errorString());
            break;
        case HttpRequest::Failure::TooLarge:
            o.failure = tr("The Supabase answer is larger than 4 MB.");
            break;
        case HttpRequest::Failure::Untrusted:
            o.failure =
                tr("The certificate of %1 is not trusted (SHA-256 %2): trust it with \"fusionctl keys "
                   "provider set supabase --trust-sha256 %2\" if it is yours.")
                    .arg(project, req->untrustedFingerprint());
            break;
        case HttpRequest::Failure::Protocol:
            o.failure =
                tr("The Supabase project %1 did not answer in HTTP: %2").arg(project, req->errorString());
            break;
        }
        // Whatever the server echoed, the key never leaves in a message or the audit log.
        if (!plan->secret.isEmpty()) {
            const QString secret = QString::fromUtf8(plan->secret.bytes());
            o.failure.replace(secret, QStringLiteral("[key]"));
            o.summary.replace(secret, QStringLiteral("[key]"));
        }
        plan->secret = SecretBytes();
        record(plan, o);
    });
    req->start();
}

void EtlTest::record(const std::shared_ptr<Plan>& plan, Outcome outcome)
{
    outcome.tenantSlug = plan->slug;
    outcome.kind = plan->kind;
    outcome.target = plan->target;
    outcome.schema = plan->schema;
    outcome.url = plan->url;
    PendingWrite result;
    WritePlan& w = result.plan;
    w.action = QStringLiteral("analytics.etl_test");
    w.title = outcome.ok ? tr("ETL test of %1 succeeded").arg(plan->slug)
                         : tr("ETL test of %1 failed").arg(plan->slug);
    w.verb = tr("Record");
    w.targetType = QStringLiteral("tenant");
    w.target = plan->slug;
    w.tenantId = plan->tenantId;
    QJsonObject recorded = outcome.json();
    recorded.insert(QStringLiteral("stage"), QStringLiteral("result"));
    result.apply = [recorded](Database&) { return recorded; };
    onDatabase<QJsonObject>(
        [result](Database& db) { return WriteExecutor::execute(db, result); },
        [this, outcome](const Result<QJsonObject>& written) {
            if (host().afterWrite)
                host().afterWrite();
            if (!written) {
                Error e = written.error();
                e.message = tr("The ETL was called (%1), but its result could not be recorded: %2")
                                .arg(outcome.ok ? tr("it succeeded") : outcome.failure, e.message);
                return finish(e);
            }
            finish(outcome);
        });
}

void EtlTest::finish(const Result<Outcome>& result)
{
    Done done = std::exchange(m_done, nullptr);
    end();
    if (done)
        done(result);
}

} // namespace fusion
