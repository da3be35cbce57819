// fusionctl ai providers and ai provider add|show|default|activate|deactivate|delete.
#include "app/cli/Cli.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Fields.h"
#include "app/cli/ListView.h"
#include "models/ai/AiProviders.h"
#include "models/ai/AiRetention.h"

#include <QJsonObject>

namespace fusion::cli {

namespace {

QString aiLatencyText(const AiProvider& p)
{
    return p.averageLatencyMs ? QStringLiteral("%1 ms").arg(qRound64(*p.averageLatencyMs))
                              : QStringLiteral("-");
}

QJsonValue aiOptionalId(const std::optional<qint64>& id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

const ListView<AiProvider>& aiProvidersView()
{
    using P = AiProvider;
    static const ListView<AiProvider> view({
        {tr("ID"), QStringLiteral("id"), [](const P& p) { return QString::number(p.id); },
         [](const P& p) { return QJsonValue(p.id); }},
        {tr("SCOPE"), QStringLiteral("scope"), &P::scopeText},
        {tr("NAME"), QStringLiteral("name"), &P::name},
        {tr("TYPE"), QStringLiteral("type"), &P::type},
        {tr("MODEL"), QStringLiteral("model"),
         [](const P& p) { return p.model.isEmpty() ? QStringLiteral("-") : p.model; },
         [](const P& p) { return QJsonValue(p.model); }},
        {tr("DEFAULT"), QStringLiteral("default"),
         [](const P& p) { return p.isDefault ? tr("yes") : QString(); },
         [](const P& p) { return QJsonValue(p.isDefault); }},
        {tr("ACTIVE"), QStringLiteral("active"), [](const P& p) { return p.active ? tr("yes") : tr("no"); },
         [](const P& p) { return QJsonValue(p.active); }},
        {tr("REQUESTS"), QStringLiteral("requests"), [](const P& p) { return QString::number(p.requests); },
         [](const P& p) { return QJsonValue(p.requests); }},
        {tr("TOKENS"), QStringLiteral("tokens"), [](const P& p) { return QString::number(p.tokens); },
         [](const P& p) { return QJsonValue(p.tokens); }},
        {tr("AVG LATENCY"), QStringLiteral("avg_latency_ms"), aiLatencyText,
         [](const P& p) {
             return p.averageLatencyMs ? QJsonValue(*p.averageLatencyMs) : QJsonValue(QJsonValue::Null);
         }},
        {{}, QStringLiteral("errors"), {}, [](const P& p) { return QJsonValue(p.errors); }},
        {{}, QStringLiteral("threads"), {}, [](const P& p) { return QJsonValue(p.threads); }},
        {{}, QStringLiteral("tenant_id"), {}, [](const P& p) { return aiOptionalId(p.tenantId); }},
        {{}, QStringLiteral("sequence"), {}, [](const P& p) { return QJsonValue(p.sequence); }},
        {{}, QStringLiteral("key"), {}, [](const P& p) { return QJsonValue(p.apiKeyLabel); }},
        {{}, QStringLiteral("base_url"), {}, [](const P& p) { return QJsonValue(p.baseUrl); }},
        {{}, QStringLiteral("kapa_project_id"), {}, [](const P& p) { return QJsonValue(p.kapaProjectId); }},
        {{}, QStringLiteral("embedding_model"), {}, [](const P& p) { return QJsonValue(p.embeddingModel); }},
    });
    return view;
}

int aiProvidersList(Context& c)
{
    const bool all = c.args.flag(QStringLiteral("all"));
    const auto tenant = c.args.option(QStringLiteral("tenant"));
    const bool platform = c.args.flag(QStringLiteral("platform"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    const std::optional<QString> scope = platform ? std::optional(QString()) : tenant;
    aiProvidersView().print(
        c, AiProviders::list(c.db, all, scope),
        ListText().ifEmpty(
            tr("No AI providers yet. Add one with \"fusionctl ai provider add NAME --type TYPE …\".")));
    return ExitOk;
}

int aiProviderShow(Context& c)
{
    const QString tenant = c.args.option(QStringLiteral("tenant")).value_or(QString());
    const QString which = c.args.requirePositional(tr("provider name or id"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    const AiProvider p = AiProviders::require(c.db, which, tenant);
    Fields f;
    f.add(tr("Name"), QStringLiteral("name"), p.name)
        .add(tr("ID"), QStringLiteral("id"), QString::number(p.id), p.id)
        .add(tr("Scope"), QStringLiteral("scope"), p.scopeText())
        .add(tr("Type"), QStringLiteral("type"), p.type)
        .add(tr("Model"), QStringLiteral("model"), p.model.isEmpty() ? QStringLiteral("-") : p.model, p.model)
        .add(tr("Embedding model"), QStringLiteral("embedding_model"),
             p.embeddingModel.isEmpty() ? QStringLiteral("-") : p.embeddingModel, p.embeddingModel)
        .add(tr("Key"), QStringLiteral("key"), p.apiKeyLabel.isEmpty() ? tr("(none)") : p.apiKeyLabel,
             p.apiKeyLabel)
        .add(tr("Base URL"), QStringLiteral("base_url"),
             p.baseUrl.isEmpty() ? tr("(the provider's)") : p.baseUrl, p.baseUrl)
        .add(tr("Kapa project"), QStringLiteral("kapa_project_id"),
             p.kapaProjectId.isEmpty() ? QStringLiteral("-") : p.kapaProjectId, p.kapaProjectId)
        .add(tr("Default"), QStringLiteral("default"), p.isDefault ? tr("yes") : tr("no"), p.isDefault)
        .add(tr("Active"), QStringLiteral("active"), p.active ? tr("yes") : tr("no"), p.active)
        .add(tr("Sequence"), QStringLiteral("sequence"), QString::number(p.sequence), p.sequence)
        .add(tr("Requests"), QStringLiteral("requests"), tr("%1 (%2 failed)").arg(p.requests).arg(p.errors),
             p.requests)
        .json(QStringLiteral("errors"), p.errors)
        .add(tr("Tokens"), QStringLiteral("tokens"), QString::number(p.tokens), p.tokens)
        .add(tr("Average latency"), QStringLiteral("avg_latency_ms"), aiLatencyText(p),
             p.averageLatencyMs ? QJsonValue(*p.averageLatencyMs) : QJsonValue(QJsonValue::Null))
        .add(tr("Threads"), QStringLiteral("threads"), QString::number(p.threads), p.threads)
        .add(tr("Created by"), QStringLiteral("created_by"), p.createdBy);
    c.show(f);
    return ExitOk;
}

int aiProviderAdd(Context& c)
{
    NewAiProvider in;
    in.type = c.args.option(QStringLiteral("type")).value_or(QString());
    in.tenantSlug = c.args.option(QStringLiteral("tenant")).value_or(QString());
    in.model = c.args.option(QStringLiteral("model")).value_or(QString());
    in.embeddingModel = c.args.option(QStringLiteral("embedding-model")).value_or(QString());
    in.keyLabel = c.args.option(QStringLiteral("key")).value_or(QString());
    in.baseUrl = c.args.option(QStringLiteral("base-url")).value_or(QString());
    in.kapaProjectId = c.args.option(QStringLiteral("project")).value_or(QString());
    in.sequence = int(c.args.intOption(QStringLiteral("sequence"), {0, 10000}).value_or(10));
    in.makeDefault = c.args.flag(QStringLiteral("default"));
    in.name = c.args.requirePositional(tr("name"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    if (in.type.isEmpty()) {
        c.console.err(
            QStringLiteral("fusionctl: ") +
            tr("--type is required: one of %1").arg(AiProviders::types().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    return c.confirmAndExecute(AiProviders::planAdd(c.db, in), [&c, &in](const QJsonObject& outcome) {
        c.report(outcome, tr("Added AI provider \"%1\" (id %2).")
                              .arg(in.name.trimmed())
                              .arg(outcome.value(QStringLiteral("ai_provider_id")).toInteger()));
    });
}

int aiProviderChange(Context& c, const QString& what)
{
    const QString tenant = c.args.option(QStringLiteral("tenant")).value_or(QString());
    const QString which = c.args.requirePositional(tr("provider name or id"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    // An id, or a name within --tenant's scope (the platform's without it).
    const AiProvider p = AiProviders::require(c.db, which, tenant);
    const PendingWrite write = what == QLatin1String("default")    ? AiProviders::planSetDefault(c.db, p)
                               : what == QLatin1String("activate") ? AiProviders::planSetActive(c.db, p, true)
                               : what == QLatin1String("deactivate")
                                   ? AiProviders::planSetActive(c.db, p, false)
                                   : AiProviders::planDelete(c.db, p);
    return c.confirmAndExecute(write, [&c, &write](const QJsonObject& outcome) {
        c.report(outcome, tr("Done: %1.").arg(write.plan.title));
    });
}

int aiSettings(Context& c)
{
    const auto retention = c.args.intOption(QStringLiteral("audit-retention-days"), {1, 3650});
    const auto idle = c.args.intOption(QStringLiteral("thread-idle-days"), {1, 3650});
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    if (!retention && !idle) {
        const AiSettings s = AiRetention::settings(c.db);
        Fields f;
        f.add(tr("AI audit kept for"), QStringLiteral("audit_retention_days"),
              tr("%n day(s)", nullptr, s.auditRetentionDays), s.auditRetentionDays)
            .add(tr("Threads closed after"), QStringLiteral("thread_idle_days"),
                 tr("%n day(s) without a message", nullptr, s.threadIdleDays), s.threadIdleDays)
            .add(tr("Changed by"), QStringLiteral("updated_by"),
                 s.updatedBy.isEmpty() ? tr("(never changed)") : s.updatedBy, s.updatedBy);
        c.show(f);
        return ExitOk;
    }
    return c.confirmAndExecute(
        AiRetention::planSettings(c.db, retention ? std::optional(int(*retention)) : std::nullopt,
                                  idle ? std::optional(int(*idle)) : std::nullopt),
        [&c](const QJsonObject&) {
            c.report(QJsonObject{{QStringLiteral("changed"), true}},
                     tr("Saved the AI platform's retention."));
        });
}

int aiPrune(Context& c)
{
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    return c.confirmAndExecute(
        AiRetention::planPrune(c.db, QDateTime::currentDateTimeUtc()), [&c](const QJsonObject& outcome) {
            c.report(outcome, tr("AI audit rows deleted: %1; idle threads closed: %2.")
                                  .arg(outcome.value(QStringLiteral("audit_pruned")).toInteger())
                                  .arg(outcome.value(QStringLiteral("threads_closed")).toInteger()));
        });
}

} // namespace

void registerAiCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("ai providers"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--tenant SLUG | --platform] [--all]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "AI providers with their statistics from the usage log (--all: inactive too)"),
           {QStringLiteral("all"), QStringLiteral("platform")},
           aiProvidersList});
    r.add({QStringLiteral("ai provider show"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "NAME|ID [--tenant SLUG]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "one AI provider, its settings and statistics"),
           {},
           aiProviderShow});
    r.add(
        {QStringLiteral("ai provider add"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands",
                           "NAME --type openai|anthropic|ollama|kapa [--tenant SLUG] [--model M]\n"
                           "[--key LABEL] [--base-url URL] [--project ID] [--embedding-model M]\n"
                           "[--sequence N] [--default]"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands",
                           "add an AI provider for the platform or a tenant (its secret is a key-vault key)"),
         {QStringLiteral("default")},
         aiProviderAdd});
    r.add({QStringLiteral("ai provider default"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "NAME|ID [--tenant SLUG]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "make an AI provider its scope's default"),
           {},
           [](Context& c) { return aiProviderChange(c, QStringLiteral("default")); }});
    r.add({QStringLiteral("ai provider activate"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "NAME|ID [--tenant SLUG]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "let an inactive AI provider answer again"),
           {},
           [](Context& c) { return aiProviderChange(c, QStringLiteral("activate")); }});
    r.add({QStringLiteral("ai provider deactivate"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "NAME|ID [--tenant SLUG]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "stop sending questions to an AI provider, keeping its history"),
           {},
           [](Context& c) { return aiProviderChange(c, QStringLiteral("deactivate")); }});
    r.add({QStringLiteral("ai provider delete"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "NAME|ID [--tenant SLUG]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "delete an AI provider that no thread uses"),
           {},
           [](Context& c) { return aiProviderChange(c, QStringLiteral("delete")); }});
    r.add({QStringLiteral("ai settings"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--audit-retention-days N] [--thread-idle-days N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "how long AI audit rows are kept and threads stay open (asks before a change)"),
           {},
           aiSettings});
    r.add({QStringLiteral("ai prune"),
           "",
           QT_TRANSLATE_NOOP(
               "fusion::cli::Commands",
               "delete AI audit rows past their retention and close idle threads (the timer runs it)"),
           {},
           aiPrune});
}

} // namespace fusion::cli
