// fusionctl kb sync|embed|search|stats: the knowledge base, synced from each tenant's Odoo, embedded, and
// searched by words, by meaning or both; kb source show|set|remove: a tenant whose knowledge lives in a
// Supabase project is searched there instead.
#include "app/cli/Cli.h"
#include "app/cli/CliJobs.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Fields.h"
#include "app/cli/ListView.h"
#include "models/ai/KbSources.h"
#include "models/ai/KnowledgeBase.h"
#include "models/jobs/KnowledgeEmbed.h"
#include "models/jobs/KnowledgeSearch.h"
#include "models/jobs/KnowledgeSync.h"
#include "models/usage/Money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fusion::cli {

namespace {

QJsonValue kbTimeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString kbTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

const ListView<KbHit>& hitsView()
{
    using H = KbHit;
    static const ListView<KbHit> view({
        {tr("TENANT"), QStringLiteral("tenant"), &H::tenant},
        {tr("SOURCE"), QStringLiteral("source_ref"), &H::sourceRef},
        {tr("TITLE"), QStringLiteral("title"), &H::title},
        {{}, QStringLiteral("id"), {}, [](const H& h) { return QJsonValue(h.id); }},
        {{}, QStringLiteral("source_type"), {}, [](const H& h) { return QJsonValue(h.sourceType); }},
        {{},
         QStringLiteral("url"),
         {},
         [](const H& h) { return h.url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(h.url); }},
        {{}, QStringLiteral("snippet"), {}, [](const H& h) { return QJsonValue(h.snippet); }},
        {{}, QStringLiteral("score"), {}, [](const H& h) { return QJsonValue(h.score); }},
    });
    return view;
}

const ListView<KbStats>& statsView()
{
    using S = KbStats;
    static const ListView<KbStats> view({
        {tr("TENANT"), QStringLiteral("tenant"), &S::tenant},
        {tr("CHUNKS"), QStringLiteral("chunks"), [](const S& s) { return QString::number(s.chunks); },
         [](const S& s) { return QJsonValue(s.chunks); }},
        {tr("PROJECTS"), QStringLiteral("projects"), [](const S& s) { return QString::number(s.projects); },
         [](const S& s) { return QJsonValue(s.projects); }},
        {tr("TASKS"), QStringLiteral("tasks"), [](const S& s) { return QString::number(s.tasks); },
         [](const S& s) { return QJsonValue(s.tasks); }},
        {tr("EMBEDDED"), QStringLiteral("embedded"), [](const S& s) { return QString::number(s.embedded); },
         [](const S& s) { return QJsonValue(s.embedded); }},
        {tr("ODOO CHANGES UP TO (UTC)"), QStringLiteral("source_updated"),
         [](const S& s) { return kbTime(s.sourceUpdated); },
         [](const S& s) { return kbTimeJson(s.sourceUpdated); }},
        {tr("LAST SYNC (UTC)"), QStringLiteral("synced_at"), [](const S& s) { return kbTime(s.syncedAt); },
         [](const S& s) { return kbTimeJson(s.syncedAt); }},
    });
    return view;
}

int kbSync(Context& c)
{
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    const bool full = c.args.flag(QStringLiteral("full"));
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    auto* job = new KnowledgeSync(jobHost(c), nullptr, QCoreApplication::instance());
    job->setFullRead(full);
    showProgress(c, job);
    job->start(slug, [&c, slug, job](const Result<KnowledgeSync::Outcome>& result) {
        job->deleteLater();
        if (!result)
            return c.done(jobFailed(c, result.error()));
        const KnowledgeSync::Outcome& o = result.value();
        if (o.unchanged) {
            printUnchanged(c, o.plan);
            return c.done(ExitOk);
        }
        c.report(o.recorded, tr("Knowledge base of %1: %2 new, %3 changed, %4 removed chunks (from %n Odoo "
                                "record(s)).",
                                nullptr, o.records)
                                 .arg(slug)
                                 .arg(o.added)
                                 .arg(o.changed)
                                 .arg(o.removed));
        c.done(ExitOk);
    });
    return ExitPending;
}

// Says where the hits came from: "source" on every JSON row, a line on standard error for a person.
void printHits(Context& c, const QList<KbHit>& hits, KnowledgeSearch::Mode mode, const QString& origin,
               const QString& from)
{
    if (c.json) {
        QJsonArray rows = hitsView().json(hits);
        for (QJsonValueRef row : rows) {
            QJsonObject o = row.toObject();
            o.insert(QStringLiteral("source"), origin);
            row = o;
        }
        c.console.json(rows);
        return;
    }
    if (hits.isEmpty()) {
        c.console.err((mode == KnowledgeSearch::Mode::Words ? tr("No chunk holds every one of these words.")
                                                            : tr("Nothing found.")) +
                      QLatin1Char(' ') + from);
        return;
    }
    // A result is read, not scanned: the title and where it is, then the words found in their context.
    QStringList lines;
    for (int i = 0; i < hits.size(); ++i) {
        const KbHit& h = hits.at(i);
        if (i > 0)
            lines << QString();
        lines << QStringLiteral("%1. %2  (%3, %4)").arg(i + 1).arg(h.title, h.tenant, h.sourceRef);
        lines << QStringLiteral("   ") + QString(h.snippet).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (!h.url.isEmpty())
            lines << QStringLiteral("   ") + h.url;
    }
    c.report(QJsonValue(), lines.join(QLatin1Char('\n')), from);
}

int kbEmbed(Context& c)
{
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    const QString provider = c.args.option(QStringLiteral("provider")).value_or(QStringLiteral("openai"));
    KbEmbedModel model = KbEmbedModel::defaultFor(provider);
    if (const auto name = c.args.option(QStringLiteral("model")))
        model.model = *name;
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    auto* job = new KnowledgeEmbed(jobHost(c), QCoreApplication::instance());
    showProgress(c, job);
    job->start(slug, model, [&c, slug, job](const Result<KnowledgeEmbed::Outcome>& result) {
        job->deleteLater();
        if (!result)
            return c.done(jobFailed(c, result.error()));
        const KnowledgeEmbed::Outcome& o = result.value();
        if (o.unchanged) {
            printUnchanged(c, o.plan);
            return c.done(ExitOk);
        }
        QJsonObject recorded = o.recorded;
        recorded.insert(QStringLiteral("chunks"), o.chunks);
        recorded.insert(QStringLiteral("calls"), o.calls);
        recorded.insert(QStringLiteral("cost"), o.costMicros ? QJsonValue(Money::format(*o.costMicros))
                                                             : QJsonValue(QJsonValue::Null));
        recorded.insert(QStringLiteral("stopped_by"),
                        o.stoppedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.stoppedBy));
        QString text =
            tr("Knowledge base of %1: %2 of %n chunk(s) embedded in %3 request(s), %4 tokens (%5).", nullptr,
               o.chunks)
                .arg(slug)
                .arg(o.embedded)
                .arg(o.calls)
                .arg(o.tokens)
                .arg(o.costMicros ? Money::display(*o.costMicros) : tr("no price known"));
        if (o.skipped > 0)
            text += QLatin1Char(' ') +
                    tr("%n changed while being embedded and wait(s) for the next run.", nullptr, o.skipped);
        if (!o.stoppedBy.isEmpty())
            text += QLatin1Char('\n') + tr("Stopped before the rest: %1").arg(o.stoppedBy);
        c.report(recorded, text);
        // Partly done is not done: a script sees it in the exit code.
        c.done(o.stoppedBy.isEmpty() ? ExitOk : ExitError);
    });
    return ExitPending;
}

int kbSearch(Context& c)
{
    KnowledgeSearch::Request request;
    request.tenantSlug = c.args.option(QStringLiteral("tenant")).value_or(QString());
    request.limit =
        int(c.args.intOption(QStringLiteral("limit"), {1, KnowledgeBase::kMaxLimit}).value_or(10));
    const QString modeName = c.args.option(QStringLiteral("mode")).value_or(QStringLiteral("words"));
    QStringList words;
    while (const auto word = c.args.positional())
        words << *word;
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    const auto mode = KnowledgeSearch::parseMode(modeName);
    if (!mode)
        return c.usage(tr("--mode is words, vector or hybrid, not \"%1\"").arg(modeName));
    if (words.isEmpty())
        return c.usage(tr("kb search needs the words to search for"));
    request.mode = *mode;
    request.query = words.join(QLatin1Char(' '));
    auto* job = new KnowledgeSearch(jobHost(c), QCoreApplication::instance());
    job->start(request, [&c, job](const Result<KnowledgeSearch::Outcome>& result) {
        job->deleteLater();
        if (!result)
            return c.done(jobFailed(c, result.error()));
        const KnowledgeSearch::Outcome& o = result.value();
        if (o.capped)
            c.console.err(KnowledgeSearch::cappedNote());
        if (const auto& s = o.remote)
            printHits(c, o.hits, o.mode, QStringLiteral("supabase"),
                      tr("From the Supabase project %1 (schema %2, tenant %3).")
                          .arg(s->projectUrl, s->schema, s->tenantRef));
        else
            printHits(c, o.hits, o.mode, QStringLiteral("local"), tr("From the local knowledge base."));
        c.done(ExitOk);
    });
    return ExitPending;
}

int kbStats(Context& c)
{
    const QString tenant = c.args.option(QStringLiteral("tenant")).value_or(QString());
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    statsView().print(
        c, KnowledgeBase::stats(c.db, tenant),
        ListText().ifEmpty(tr("The knowledge base is empty; fill it with \"fusionctl kb sync SLUG\".")));
    return ExitOk;
}

Fields sourceFields(const QString& slug, const std::optional<KbSource>& s)
{
    Fields f;
    f.add(tr("Tenant"), QStringLiteral("tenant"), slug);
    if (!s)
        return f.add(tr("Knowledge"), QStringLiteral("kind"), tr("local (kb sync)"), QStringLiteral("local"));
    return f.add(tr("Knowledge"), QStringLiteral("kind"), tr("Supabase"), s->kind)
        .add(tr("Project URL"), QStringLiteral("project_url"), s->projectUrl)
        .add(tr("Schema"), QStringLiteral("schema"), s->schema)
        .add(tr("Tenant reference"), QStringLiteral("tenant_ref"), s->tenantRef)
        // A login that may not read key labels sees which key by its id.
        .add(tr("Key"), QStringLiteral("key"),
             s->apiKeyLabel.isEmpty() ? QStringLiteral("%1 #%2").arg(s->apiKeyProvider).arg(s->apiKeyId)
                                      : s->apiKeyProvider + QLatin1Char('/') + s->apiKeyLabel)
        .json(QStringLiteral("api_key_id"), s->apiKeyId)
        .add(tr("Set by"), QStringLiteral("created_by"), s->createdBy)
        .add(tr("Changed (UTC)"), QStringLiteral("updated_at"), kbTime(s->updatedAt),
             kbTimeJson(s->updatedAt));
}

int kbSourceShow(Context& c)
{
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    c.show(sourceFields(slug, KbSources::find(c.db, slug)));
    return ExitOk;
}

int kbSourceSet(Context& c)
{
    KbSourceInput in;
    in.projectUrl = c.args.option(QStringLiteral("url")).value_or(QString());
    in.key = c.args.option(QStringLiteral("key")).value_or(QString());
    in.tenantRef = c.args.option(QStringLiteral("tenant-ref")).value_or(QString());
    in.schema = c.args.option(QStringLiteral("schema")).value_or(QString());
    in.tenantSlug = c.args.requirePositional(tr("tenant slug"));
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    const PendingWrite write = KbSources::planSet(c.db, in);
    return c.confirmAndExecute(write, [&c, slug = in.tenantSlug](const QJsonObject& outcome) {
        c.report(outcome, tr("The knowledge of %1 is now read from Supabase.").arg(slug));
    });
}

int kbSourceRemove(Context& c)
{
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    return c.confirmAndExecute(KbSources::planRemove(c.db, slug), [&c, slug](const QJsonObject& outcome) {
        c.report(outcome, tr("The knowledge of %1 is the local knowledge base again.").arg(slug));
    });
}

} // namespace

void registerKnowledgeCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("kb sync"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG [--full]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "read the projects and tasks changed in a tenant's Odoo into the "
                             "knowledge base (--full: all, dropping those deleted there; asks)"),
           {QStringLiteral("full")},
           kbSync});
    r.add({QStringLiteral("kb embed"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG [--provider openai|ollama] [--model M]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "embed a tenant's chunks that have no vector of the model, through the metered "
                             "service layer as the consumer ai-knowledge (asks)"),
           {},
           kbEmbed});
    r.add({QStringLiteral("kb search"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "QUERY… [--tenant SLUG] [--limit N] [--mode words|vector|hybrid]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "knowledge-base chunks holding every word (or nearest in meaning, or both "
                             "fused), best first"),
           {},
           kbSearch});
    r.add({QStringLiteral("kb stats"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--tenant SLUG]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "chunks, projects and tasks per tenant, and how far each was synced"),
           {},
           kbStats});
    r.add({QStringLiteral("kb source show"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "where a tenant's knowledge is searched: the local knowledge base or a Supabase "
                             "project"),
           {},
           kbSourceShow});
    r.add({QStringLiteral("kb source set"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "SLUG --url URL --key KEY --tenant-ref REF [--schema kb]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "search a tenant's knowledge in its Supabase project (the seed's kb RPCs), with "
                             "a vault key; or change it (asks)"),
           {},
           kbSourceSet});
    r.add({QStringLiteral("kb source remove"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "search a tenant's knowledge locally again (asks)"),
           {},
           kbSourceRemove});
}

} // namespace fusion::cli
