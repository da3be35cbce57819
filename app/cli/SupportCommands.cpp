// fusionctl runbooks and support: the runbooks shipped with the app and owners' edits of them, and the
// support requests tenant admins open and operators answer — the Support pane's flows.
#include "app/cli/Cli.h"
#include "app/cli/CliJobs.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Fields.h"
#include "app/cli/ListView.h"
#include "app/cli/TimeText.h"
#include "models/jobs/ChannelPost.h"
#include "models/support/Runbooks.h"
#include "models/support/StatusCheck.h"
#include "models/support/StatusLinks.h"
#include "models/support/SupportRequests.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace fusion::cli {

namespace {

// A text given as --NAME FILE: read as UTF-8, verbatim, so what is stored is what was written. nullopt (with
// the usage error recorded) when the option is missing or the file cannot be read.
std::optional<QString> textFile(Context& c, const QString& option, qsizetype maxChars)
{
    const std::optional<QString> path = c.args.option(option);
    if (!path) {
        c.usage(tr("--%1 FILE is required").arg(option));
        return std::nullopt;
    }
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.usage(tr("cannot read %1: %2").arg(*path, file.errorString()));
        return std::nullopt;
    }
    // Read one character more than allowed, so that the model says "too long" rather than storing a cut.
    const QByteArray bytes = file.read(maxChars * 4 + 4);
    return QString::fromUtf8(bytes);
}

// ---- runbooks -------------------------------------------------------------------------------------------

QJsonObject runbookJson(const Runbook& r, bool withBody)
{
    QJsonObject o{{QStringLiteral("type"), r.type},
                  {QStringLiteral("title"), r.title},
                  {QStringLiteral("shipped"), r.shipped},
                  {QStringLiteral("overridden"), r.overridden},
                  {QStringLiteral("updated_by"), r.updatedBy},
                  {QStringLiteral("updated_at"), timeJson(r.updatedAt)}};
    if (withBody)
        o.insert(QStringLiteral("body"), r.body);
    return o;
}

int runbooksList(Context& c)
{
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    using R = Runbook;
    const ListView<Runbook> view({
        {tr("TYPE"), QStringLiteral("type"), &R::type},
        {tr("TITLE"), QStringLiteral("title"), &R::title},
        {tr("TEXT"), QStringLiteral("overridden"),
         [](const R& r) {
             return r.overridden ? tr("edited by %1 %2").arg(r.updatedBy, timeText(r.updatedAt))
                                 : tr("shipped");
         },
         [](const R& r) { return QJsonValue(r.overridden); }},
        {{}, QStringLiteral("shipped"), {}, [](const R& r) { return QJsonValue(r.shipped); }},
        {{}, QStringLiteral("updated_by"), {}, [](const R& r) { return QJsonValue(r.updatedBy); }},
        {{}, QStringLiteral("updated_at"), {}, [](const R& r) { return timeJson(r.updatedAt); }},
    });
    view.print(c, Runbooks::list(c.db), ListText().ifEmpty(tr("No runbooks.")));
    return ExitOk;
}

int runbooksShow(Context& c)
{
    const QString type = c.args.requirePositional(tr("runbook type"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const Runbook r = Runbooks::read(c.db, type);
    if (c.json) {
        c.report(runbookJson(r, true), std::nullopt);
        return ExitOk;
    }
    // The Markdown as it is: it is written to be read as text too.
    c.console.out(r.body.trimmed());
    c.console.err(r.overridden ? tr("(edited by %1 on %2; \"fusionctl runbooks reset %3\" brings the shipped "
                                    "text back)")
                                     .arg(r.updatedBy, timeText(r.updatedAt), r.type)
                               : tr("(the shipped text)"));
    return ExitOk;
}

int runbooksEdit(Context& c)
{
    const QString type = c.args.requirePositional(tr("runbook type"));
    const std::optional<QString> text = textFile(c, QStringLiteral("file"), Runbooks::kMaxBody);
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!text)
        return ExitUsage;
    return c.confirmAndExecute(Runbooks::planEdit(c.db, type, *text), [&c, type](const QJsonObject& o) {
        c.report(o, tr("The runbook %1 now reads \"%2\" for everyone.")
                        .arg(type, o.value(QStringLiteral("title")).toString()));
    });
}

int runbooksReset(Context& c)
{
    const QString type = c.args.requirePositional(tr("runbook type"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    return c.confirmAndExecute(Runbooks::planReset(c.db, type), [&c, type](const QJsonObject& o) {
        c.report(o, tr("The runbook %1 shows the shipped text again.").arg(type));
    });
}

// ---- support requests -----------------------------------------------------------------------------------

QJsonObject supportJson(const SupportRequest& r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("tenant"), r.tenantSlug},
                       {QStringLiteral("subject"), r.subject},
                       {QStringLiteral("body"), r.body},
                       {QStringLiteral("severity"), r.severity},
                       {QStringLiteral("state"), r.state},
                       {QStringLiteral("created_by"), r.createdBy},
                       {QStringLiteral("created_at"), timeJson(r.createdAt)},
                       {QStringLiteral("answer"), r.answer},
                       {QStringLiteral("answered_by"), r.answeredBy},
                       {QStringLiteral("answered_at"), timeJson(r.answeredAt)},
                       {QStringLiteral("closed_by"), r.closedBy},
                       {QStringLiteral("closed_at"), timeJson(r.closedAt)},
                       {QStringLiteral("row_version"), r.rowVersion}};
}

int supportList(Context& c)
{
    SupportFilter filter;
    filter.state = c.args.option(QStringLiteral("state")).value_or(QString());
    filter.tenant = c.args.option(QStringLiteral("tenant")).value_or(QString());
    filter.severity = c.args.option(QStringLiteral("severity")).value_or(QString());
    if (const auto limit = c.args.intOption(QStringLiteral("limit"), {1, 10000}))
        filter.limit = int(*limit);
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    using R = SupportRequest;
    const ListView<SupportRequest> view({
        {tr("ID"), QStringLiteral("id"), [](const R& r) { return QString::number(r.id); },
         [](const R& r) { return QJsonValue(r.id); }},
        {tr("TENANT"), QStringLiteral("tenant"), &R::tenantSlug},
        {tr("SEVERITY"), QStringLiteral("severity"), [](const R& r) { return r.severity; }},
        {tr("STATE"), QStringLiteral("state"), [](const R& r) { return r.state; }},
        {tr("OPENED (UTC)"), QStringLiteral("created_at"), [](const R& r) { return timeText(r.createdAt); },
         [](const R& r) { return timeJson(r.createdAt); }},
        {tr("BY"), QStringLiteral("created_by"), &R::createdBy},
        {tr("SUBJECT"), QStringLiteral("subject"), &R::subject},
        {{}, QStringLiteral("answered_by"), {}, [](const R& r) { return QJsonValue(r.answeredBy); }},
    });
    view.print(c, SupportRequests::list(c.db, filter),
               ListText().ifEmpty(
                   tr("No support requests%1. A tenant admin opens one with \"fusionctl support "
                      "open --tenant SLUG --subject S --body-file F\".")
                       .arg(filter.state.isEmpty() ? QString() : tr(" in state %1").arg(filter.state))));
    return ExitOk;
}

int supportShow(Context& c)
{
    const qint64 id = c.args.idPositional(tr("request id")).value_or(0);
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const SupportRequest r = SupportRequests::read(c.db, id);
    Fields f(supportJson(r));
    f.add(tr("Request"), QStringLiteral("id"), QString::number(r.id), r.id)
        .add(tr("Tenant"), QStringLiteral("tenant"),
             QStringLiteral("%1 (%2)").arg(r.tenantSlug, r.tenantName), r.tenantSlug)
        .add(tr("Subject"), QStringLiteral("subject"), r.subject)
        .add(tr("Severity"), QStringLiteral("severity"), SupportRequests::severityLabel(r.severity),
             r.severity)
        .add(tr("State"), QStringLiteral("state"), SupportRequests::stateLabel(r.state), r.state)
        .add(tr("Opened"), QStringLiteral("created_at"),
             tr("%1 by %2").arg(timeText(r.createdAt), r.createdBy), timeJson(r.createdAt))
        .add(tr("Answered"), QStringLiteral("answered_at"),
             r.answeredAt.isValid() ? tr("%1 by %2").arg(timeText(r.answeredAt), r.answeredBy)
                                    : QStringLiteral("-"),
             timeJson(r.answeredAt))
        .add(tr("Closed"), QStringLiteral("closed_at"),
             r.closedAt.isValid() ? tr("%1 by %2").arg(timeText(r.closedAt), r.closedBy)
                                  : QStringLiteral("-"),
             timeJson(r.closedAt));
    const QList<SupportMessage> thread = SupportRequests::messages(c.db, id);
    QJsonArray messages;
    for (const SupportMessage& m : thread)
        messages << QJsonObject{{QStringLiteral("id"), m.id},
                                {QStringLiteral("author"), m.author},
                                {QStringLiteral("author_role"), m.authorRole},
                                {QStringLiteral("created_at"), timeJson(m.createdAt)},
                                {QStringLiteral("body"), m.body}};
    f.add(tr("Messages"), QStringLiteral("messages"), QString::number(thread.size()), messages);
    c.show(f, [&] {
        c.console.out(QString());
        c.console.out(tr("%1 (opened the request):").arg(r.createdBy));
        c.console.out(r.body.trimmed());
        // The thread, oldest first: who wrote, as what, when; then the text.
        for (const SupportMessage& m : thread) {
            c.console.out(QString());
            c.console.out(
                tr("%1 (%2) %3:")
                    .arg(m.author, m.isStaff() ? tr("staff") : tr("tenant"), timeText(m.createdAt)));
            c.console.out(m.body.trimmed());
        }
        if (thread.isEmpty()) {
            c.console.out(QString());
            c.console.out(tr("No replies yet."));
        }
    });
    return ExitOk;
}

int supportOpen(Context& c)
{
    const QString tenant = c.args.option(QStringLiteral("tenant")).value_or(QString());
    const QString subject = c.args.option(QStringLiteral("subject")).value_or(QString());
    const QString severity = c.args.option(QStringLiteral("severity")).value_or(QStringLiteral("normal"));
    const std::optional<QString> body = textFile(c, QStringLiteral("body-file"), SupportRequests::kMaxBody);
    if (tenant.isEmpty())
        c.usage(tr("--tenant SLUG is required"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!body || tenant.isEmpty())
        return ExitUsage;
    return c.confirmAndExecute(
        SupportRequests::planOpen(c.db, tenant, subject, *body, severity), [&c](const QJsonObject& o) {
            c.report(o,
                     tr("Opened support request %1.").arg(o.value(QStringLiteral("request_id")).toInteger()));
        });
}

int supportAnswer(Context& c)
{
    const qint64 id = c.args.idPositional(tr("request id")).value_or(0);
    const std::optional<QString> body = textFile(c, QStringLiteral("body-file"), SupportRequests::kMaxBody);
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!body)
        return ExitUsage;
    return c.confirmAndExecute(SupportRequests::planAnswer(c.db, id, *body), [&c, id](const QJsonObject& o) {
        c.report(o, tr("Request %1 is answered.").arg(id));
    });
}

int supportReply(Context& c)
{
    const qint64 id = c.args.idPositional(tr("request id")).value_or(0);
    const std::optional<QString> message = c.args.option(QStringLiteral("message"));
    if (!message)
        c.usage(tr("--message TEXT is required"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!message)
        return ExitUsage;
    return c.confirmAndExecute(
        SupportRequests::planReply(c.db, id, *message), [&c, id](const QJsonObject& o) {
            c.report(o, o.value(QStringLiteral("state")).toString() == QLatin1String("answered")
                            ? tr("Replied to request %1; it is answered.").arg(id)
                            : tr("Replied to request %1; it is open for the operators.").arg(id));
        });
}

int supportMove(Context& c, const std::function<PendingWrite(Database&, qint64)>& plan, const char* done)
{
    const qint64 id = c.args.idPositional(tr("request id")).value_or(0);
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    return c.confirmAndExecute(plan(c.db, id),
                               [&c, id, done](const QJsonObject& o) { c.report(o, tr(done).arg(id)); });
}

int supportClose(Context& c)
{
    return supportMove(c, &SupportRequests::planClose,
                       QT_TRANSLATE_NOOP("fusion::cli", "Request %1 is closed."));
}

int supportReopen(Context& c)
{
    return supportMove(c, &SupportRequests::planReopen,
                       QT_TRANSLATE_NOOP("fusion::cli", "Request %1 is open again."));
}

// One post to the tenant's Mattermost channel: exit 0 when Mattermost took it, 1 with what failed otherwise
// (the attempt is audited either way).
int supportPost(Context& c)
{
    ChannelPost::Request request;
    request.tenantSlug = c.args.option(QStringLiteral("tenant")).value_or(QString());
    const std::optional<QString> message =
        textFile(c, QStringLiteral("message-file"), MattermostClient::kMaxText);
    const auto timeout = c.args.intOption(QStringLiteral("timeout"), {1, 300});
    if (request.tenantSlug.isEmpty())
        c.usage(tr("--tenant SLUG is required"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!message || request.tenantSlug.isEmpty())
        return ExitUsage;
    request.message = message->trimmed();
    auto* job = new ChannelPost(jobHost(c), QCoreApplication::instance());
    if (timeout)
        job->setTimeoutMs(int(*timeout) * 1000);
    showProgress(c, job);
    job->start(request, [&c, job](const Result<ChannelPost::Outcome>& result) {
        job->deleteLater();
        if (!result)
            return c.done(jobFailed(c, result.error()));
        const MattermostPostResult& r = result.value().result;
        QJsonObject o = result.value().recorded;
        o.insert(QStringLiteral("message"), r.message);
        if (r.posted) {
            c.report(o, r.message);
            return c.done(ExitOk);
        }
        // What Mattermost sent with the refusal, bounded (whole with --verbose); never in the JSON, which is
        // what was audited.
        c.report(o, std::nullopt,
                 r.body.trimmed().isEmpty()
                     ? r.message
                     : r.message + QLatin1Char('\n') + tr("Details: %1").arg(c.remoteText(r.body)));
        c.done(ExitError);
    });
    return ExitPending;
}

// ---- status links ---------------------------------------------------------------------------------------

QString statusLinkTenantText(const StatusLink& l)
{
    return l.tenantSlug.isEmpty() ? tr("(platform)") : l.tenantSlug;
}

int linksList(Context& c)
{
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    using L = StatusLink;
    const ListView<StatusLink> view({
        {tr("ID"), QStringLiteral("id"), [](const L& l) { return QString::number(l.id); },
         [](const L& l) { return QJsonValue(l.id); }},
        {tr("NAME"), QStringLiteral("name"), &L::name},
        {tr("TENANT"), QStringLiteral("tenant"), statusLinkTenantText,
         [](const L& l) { return l.tenantSlug.isEmpty() ? QJsonValue() : QJsonValue(l.tenantSlug); }},
        {tr("URL"), QStringLiteral("url"), &L::url},
        {{}, QStringLiteral("description"), {}, [](const L& l) { return QJsonValue(l.description); }},
        {{}, QStringLiteral("updated_by"), {}, [](const L& l) { return QJsonValue(l.updatedBy); }},
    });
    view.print(c, StatusLinks::list(c.db),
               ListText().ifEmpty(tr("No status links. An owner adds one with \"fusionctl support links add "
                                     "--name N --url URL\".")));
    return ExitOk;
}

// The options of add and edit; for edit, what is not given stays as it is.
std::optional<StatusLinkInput> linkInput(Context& c, const std::optional<StatusLink>& was)
{
    StatusLinkInput in;
    if (was)
        in = StatusLinkInput{was->name, was->url, was->tenantSlug, was->description};
    if (const auto v = c.args.option(QStringLiteral("name")))
        in.name = *v;
    if (const auto v = c.args.option(QStringLiteral("url")))
        in.url = *v;
    if (const auto v = c.args.option(QStringLiteral("description")))
        in.description = *v;
    const std::optional<QString> tenant = c.args.option(QStringLiteral("tenant"));
    const bool platform = c.args.flag(QStringLiteral("platform"));
    if (tenant && platform) {
        c.usage(tr("--tenant and --platform exclude each other"));
        return std::nullopt;
    }
    if (tenant)
        in.tenantSlug = *tenant;
    if (platform)
        in.tenantSlug.clear();
    return in;
}

int linksAdd(Context& c)
{
    const std::optional<StatusLinkInput> in = linkInput(c, std::nullopt);
    if (in && (in->name.isEmpty() || in->url.isEmpty()))
        c.usage(tr("--name N and --url URL are required"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!in || in->name.isEmpty() || in->url.isEmpty())
        return ExitUsage;
    return c.confirmAndExecute(StatusLinks::planAdd(c.db, *in), [&c](const QJsonObject& o) {
        c.report(o, tr("Added status link %1.").arg(o.value(QStringLiteral("link_id")).toInteger()));
    });
}

int linksEdit(Context& c)
{
    const qint64 id = c.args.idPositional(tr("link id")).value_or(0);
    const std::optional<StatusLink> was = id ? StatusLinks::find(c.db, id) : std::nullopt;
    const std::optional<StatusLinkInput> in = linkInput(c, was);
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!in)
        return ExitUsage;
    if (!was)
        StatusLinks::read(c.db, id); // says NotFound
    return c.confirmAndExecute(StatusLinks::planEdit(c.db, id, *in), [&c, id](const QJsonObject& o) {
        c.report(o, tr("Status link %1 is saved.").arg(id));
    });
}

int linksRemove(Context& c)
{
    const qint64 id = c.args.idPositional(tr("link id")).value_or(0);
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    return c.confirmAndExecute(StatusLinks::planRemove(c.db, id), [&c, id](const QJsonObject& o) {
        c.report(o, tr("Status link %1 is removed.").arg(id));
    });
}

int linksMove(Context& c)
{
    const qint64 id = c.args.idPositional(tr("link id")).value_or(0);
    const auto to = c.args.intOption(QStringLiteral("to"), {1, 10000});
    if (!to)
        c.usage(tr("--to PLACE is required"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!to)
        return ExitUsage;
    return c.confirmAndExecute(StatusLinks::planMove(c.db, id, int(*to)), [&c, id, to](const QJsonObject& o) {
        c.report(o, tr("Status link %1 is at place %2.").arg(id).arg(*to));
    });
}

// Every status link checked at once: exit 0 when all are up, 1 when any is down (each said exactly).
int supportStatus(Context& c)
{
    const auto timeout = c.args.intOption(QStringLiteral("timeout"), {1, 60});
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const QList<StatusLink> links = StatusLinks::list(c.db);
    auto* check = new StatusCheck(QCoreApplication::instance());
    if (timeout)
        check->setTimeoutMs(int(*timeout) * 1000);
    check->start(links, [&c, check](const QList<StatusCheckResult>& results) {
        check->deleteLater();
        int down = 0;
        for (const StatusCheckResult& r : results)
            if (!r.up)
                ++down;
        if (results.isEmpty()) {
            c.report(QJsonArray(), tr("No status links. An owner adds one with \"fusionctl support links add "
                                      "--name N --url URL\"."));
            return c.done(ExitOk);
        }
        using R = StatusCheckResult;
        const ListView<StatusCheckResult> view({
            {tr("NAME"), QStringLiteral("name"), &R::name},
            {tr("STATE"), QStringLiteral("state"), [](const R& r) { return StatusCheck::stateText(r); },
             [](const R& r) { return QJsonValue(r.up ? QStringLiteral("up") : QStringLiteral("down")); }},
            {tr("HTTP"), QStringLiteral("http_status"),
             [](const R& r) { return r.httpStatus ? QString::number(r.httpStatus) : QStringLiteral("-"); },
             [](const R& r) { return r.httpStatus ? QJsonValue(r.httpStatus) : QJsonValue(); }},
            {tr("LATENCY"), QStringLiteral("latency_ms"),
             [](const R& r) { return tr("%1 ms").arg(r.latencyMs); },
             [](const R& r) { return QJsonValue(r.latencyMs); }},
            {tr("DETAIL"), QStringLiteral("message"), &R::message},
            {{}, QStringLiteral("id"), {}, [](const R& r) { return QJsonValue(r.linkId); }},
            {{}, QStringLiteral("url"), {}, [](const R& r) { return QJsonValue(r.url); }},
            {{}, QStringLiteral("outcome"), {}, [](const R& r) { return QJsonValue(r.outcome); }},
            {{}, QStringLiteral("sha256"), {}, [](const R& r) { return QJsonValue(r.fingerprint); }},
            {{}, QStringLiteral("checked_at"), {}, [](const R& r) { return timeJson(r.checkedAt); }},
        });
        view.print(c, results, ListText());
        if (!c.json)
            c.console.err(down ? tr("Down: %1 of %2.").arg(down).arg(results.size())
                               : tr("All up: %1 of %1.").arg(results.size()));
        c.done(down ? ExitError : ExitOk);
    });
    return ExitPending;
}

} // namespace

void registerSupportCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("runbooks list"),
           "",
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "the runbooks, shipped or edited by an owner"),
           {},
           runbooksList});
    r.add({QStringLiteral("runbooks show"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "TYPE"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "a runbook's text (Markdown)"),
           {},
           runbooksShow});
    r.add({QStringLiteral("runbooks edit"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "TYPE --file F"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "replace a runbook's text for everyone (owners)"),
           {},
           runbooksEdit});
    r.add({QStringLiteral("runbooks reset"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "TYPE"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "show the shipped text of a runbook again (owners)"),
           {},
           runbooksReset});
    r.add(
        {QStringLiteral("support list"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--state S] [--tenant SLUG] [--severity S] [--limit N]"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "support requests you may see, newest first"),
         {},
         supportList});
    r.add({QStringLiteral("support show"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "a support request with its thread, oldest first"),
           {},
           supportShow});
    r.add({QStringLiteral("support open"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "--tenant SLUG --subject S --body-file F [--severity low|normal|high|urgent]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ask for help about a tenant"),
           {},
           supportOpen});
    r.add({QStringLiteral("support answer"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID --body-file F"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "answer an open request (operators, owners)"),
           {},
           supportAnswer});
    r.add(
        {QStringLiteral("support reply"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID --message TEXT"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "write in a request's thread (staff, its tenant admins)"),
         {},
         supportReply});
    r.add({QStringLiteral("support close"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "close a request (operators, owners)"),
           {},
           supportClose});
    r.add({QStringLiteral("support reopen"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "open an answered or closed request again"),
           {},
           supportReopen});
    r.add({QStringLiteral("support post"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "--tenant SLUG --message-file F [--timeout S]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "post to a tenant's Mattermost channel (asks; sent once)"),
           {},
           supportPost});
    r.add({QStringLiteral("support status"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--timeout S]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "check every status link now: exit 0 all up, 1 when any is down"),
           {},
           supportStatus});
    r.add({QStringLiteral("support links list"),
           "",
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "the status links you may see, in their order"),
           {},
           linksList});
    r.add({QStringLiteral("support links add"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "--name N --url URL [--tenant SLUG] [--description D]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "add a status link, platform-wide or a tenant's (owners)"),
           {},
           linksAdd});
    r.add({QStringLiteral("support links edit"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "ID [--name N] [--url URL] [--tenant SLUG|--platform] [--description D]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "change a status link (owners)"),
           {},
           linksEdit});
    r.add({QStringLiteral("support links move"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID --to PLACE"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "put a status link at another place (owners)"),
           {},
           linksMove});
    r.add({QStringLiteral("support links remove"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "remove a status link (owners)"),
           {},
           linksRemove});
}

} // namespace fusion::cli
