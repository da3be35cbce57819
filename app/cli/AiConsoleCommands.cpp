// fusionctl ai ask|threads|thread show|close|delete|feedback|audit: the AI console on the command line — the
// answer streams to standard output as it arrives; everything else is the console's threads and its audit.
#include "app/cli/Cli.h"
#include "app/cli/CliJobs.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Fields.h"
#include "app/cli/ListView.h"
#include "models/ai/AiAsk.h"
#include "models/ai/AiAudit.h"
#include "models/ai/AiThreads.h"
#include "models/usage/Money.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fusion::cli {

namespace {

QJsonValue consoleOptionalInt(const std::optional<qint64>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonArray citationsJson(const QList<AiCitation>& citations)
{
    QJsonArray out;
    for (const AiCitation& c : citations)
        out.append(
            QJsonObject{{QStringLiteral("rank"), c.rank},
                        {QStringLiteral("kind"), c.sourceKind},
                        {QStringLiteral("source_id"), c.sourceId},
                        {QStringLiteral("title"), c.title},
                        {QStringLiteral("url"), c.url.isEmpty() ? QJsonValue(QJsonValue::Null) : c.url},
                        {QStringLiteral("snippet"), c.snippet},
                        {QStringLiteral("score"), c.score ? QJsonValue(*c.score) : QJsonValue()}});
    return out;
}

// "[2] acme is in error (tenant acme)" — what a citation is and what it opens.
QString citationLine(const AiCitation& c)
{
    const QString target = c.url.isEmpty() ? QStringLiteral("%1 %2").arg(c.sourceKind, c.sourceId) : c.url;
    return QStringLiteral("  %1. %2 (%3)").arg(c.rank).arg(c.title, target);
}

std::optional<int> ratingOf(const QString& word)
{
    if (word == QLatin1String("up") || word == QLatin1String("+1") || word == QLatin1String("1"))
        return 1;
    if (word == QLatin1String("down") || word == QLatin1String("-1"))
        return -1;
    return std::nullopt;
}

int aiAsk(Context& c)
{
    AiAsk::Request request;
    if (const auto thread = c.args.intOption(QStringLiteral("thread"), kPositive))
        request.threadId = *thread;
    request.provider = c.args.option(QStringLiteral("provider")).value_or(QString());
    request.tenantSlug = c.args.option(QStringLiteral("tenant")).value_or(QString());
    request.promptCode = c.args.option(QStringLiteral("prompt")).value_or(QString());
    const QStringList sets = c.args.options(QStringLiteral("set"));
    request.platformEvidence = !c.args.flag(QStringLiteral("no-evidence"));
    request.knowledgeEvidence = !c.args.flag(QStringLiteral("no-knowledge"));
    const bool fromStdin = c.args.flag(QStringLiteral("question-stdin"));
    if (const auto maxTokens = c.args.intOption(QStringLiteral("max-tokens"), {1, 1000000}))
        request.maxTokens = int(*maxTokens);
    if (const auto seconds = c.args.intOption(QStringLiteral("timeout"), {1, 3600}))
        request.timeoutMs = int(*seconds) * 1000;
    QStringList words;
    while (const auto word = c.args.positional())
        words << *word;
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    for (const QString& s : sets) {
        const qsizetype eq = s.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return c.usage(tr("--set takes NAME=VALUE, not \"%1\"").arg(s));
        request.variables.insert(s.left(eq), s.mid(eq + 1));
    }
    if (fromStdin && !words.isEmpty())
        return c.usage(tr("ask takes the question as words or with --question-stdin, not both"));
    request.question = fromStdin ? QString::fromUtf8(c.console.readStdin(AiAsk::maxQuestionLength * 4 + 1))
                                 : words.join(QLatin1Char(' '));
    if (request.question.trimmed().isEmpty() && request.promptCode.isEmpty())
        return c.usage(tr("ai ask QUESTION… (or --question-stdin, or --prompt CODE)"));

    auto* ask = new AiAsk(jobHost(c));
    const bool json = c.json;
    auto streamed = std::make_shared<bool>(false);
    QObject::connect(ask, &AiAsk::textArrived, ask, [&c, json, streamed](const QString& fragment) {
        if (json)
            return;
        c.console.outPart(fragment);
        *streamed = true;
    });
    ask->start(request, [&c, ask, json, streamed](const AiAsk::Result& r) {
        ask->deleteLater();
        if (r.error) {
            if (*streamed)
                c.console.outPart(QStringLiteral("\n"));
            c.done(c.fail(*r.error));
            return;
        }
        const QJsonObject out{
            {QStringLiteral("status"), r.status},
            {QStringLiteral("provider_status"), r.providerStatus},
            {QStringLiteral("message"), r.message},
            {QStringLiteral("reason"), r.decision.reasonCode()},
            {QStringLiteral("provider"), r.provider.name},
            {QStringLiteral("provider_id"), r.provider.id},
            {QStringLiteral("model"), r.reply.model.isEmpty() ? r.provider.model : r.reply.model},
            {QStringLiteral("thread_id"),
             r.threadId > 0 ? QJsonValue(r.threadId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("question_id"), r.questionId > 0 ? QJsonValue(r.questionId) : QJsonValue()},
            {QStringLiteral("answer_id"), r.answerId > 0 ? QJsonValue(r.answerId) : QJsonValue()},
            {QStringLiteral("text"), r.text},
            {QStringLiteral("citations"), citationsJson(r.citations)},
            {QStringLiteral("tokens_in"), double(r.reply.tokens.in)},
            {QStringLiteral("tokens_out"), double(r.reply.tokens.out)},
            {QStringLiteral("cost"), r.costMicros ? QJsonValue(Money::format(*r.costMicros)) : QJsonValue()},
            {QStringLiteral("latency_ms"), double(r.latencyMs)}};
        if (json) {
            c.console.json(out);
        } else {
            if (*streamed)
                c.console.outPart(QStringLiteral("\n"));
            if (!r.citations.isEmpty()) {
                c.console.out(QString());
                c.console.out(tr("Sources:"));
                for (const AiCitation& cite : r.citations)
                    c.console.out(citationLine(cite));
            }
        }
        if (r.status == QLatin1String("refused")) {
            if (!json)
                c.console.err(tr("fusionctl: refused (%1): %2")
                                  .arg(PolicyEngine::reasonText(r.decision.reason), r.decision.message));
            c.done(ExitNotConfirmed);
            return;
        }
        const QString summary = tr("thread %1 · %2 · %3 tokens in, %4 out · %5 · %6 ms")
                                    .arg(r.threadId)
                                    .arg(r.provider.name)
                                    .arg(r.reply.tokens.in)
                                    .arg(r.reply.tokens.out)
                                    .arg(r.costMicros ? Money::display(*r.costMicros) : tr("cost not known"))
                                    .arg(r.latencyMs);
        if (!json)
            c.console.err(summary);
        if (r.status != QLatin1String("success")) {
            if (!json) {
                c.console.err(
                    tr("fusionctl: the answer is not complete (%1): %2").arg(r.providerStatus, r.message));
                if (!r.reply.errorBody.isEmpty())
                    c.console.err(tr("Details: %1").arg(c.remoteText(r.reply.errorBody)));
            }
            c.done(ExitError);
            return;
        }
        c.done(ExitOk);
    });
    return ExitPending;
}

const ListView<AiThread>& threadsView()
{
    using T = AiThread;
    static const ListView<AiThread> view({
        {tr("ID"), QStringLiteral("id"), [](const T& t) { return QString::number(t.id); },
         [](const T& t) { return QJsonValue(t.id); }},
        {tr("TITLE"), QStringLiteral("title"), &T::title},
        {tr("PROVIDER"), QStringLiteral("provider"), &T::providerName},
        {tr("SCOPE"), QStringLiteral("scope"),
         [](const T& t) { return t.tenantId ? t.tenantSlug : QStringLiteral("platform"); }},
        {tr("STATE"), QStringLiteral("state"), &T::state},
        {tr("MESSAGES"), QStringLiteral("messages"), [](const T& t) { return QString::number(t.messages); },
         [](const T& t) { return QJsonValue(t.messages); }},
        {tr("LAST MESSAGE"), QStringLiteral("last_message_at"),
         [](const T& t) { return t.lastMessageAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")); },
         [](const T& t) { return QJsonValue(t.lastMessageAt.toString(Qt::ISODateWithMs)); }},
        {{}, QStringLiteral("provider_id"), {}, [](const T& t) { return QJsonValue(t.providerId); }},
        {{},
         QStringLiteral("created_at"),
         {},
         [](const T& t) { return QJsonValue(t.createdAt.toString(Qt::ISODateWithMs)); }},
    });
    return view;
}

int aiThreads(Context& c)
{
    AiThreads::Query q;
    q.search = c.args.option(QStringLiteral("search")).value_or(QString());
    q.includeClosed = !c.args.flag(QStringLiteral("active"));
    q.limit = int(c.args.intOption(QStringLiteral("limit"), {1, 10000}).value_or(200));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    threadsView().print(
        c, AiThreads::list(c.db, q),
        ListText().ifEmpty(q.search.isEmpty()
                               ? tr("No threads yet. Ask something with \"fusionctl ai ask QUESTION\".")
                               : tr("No thread matches \"%1\".").arg(q.search)));
    return ExitOk;
}

int aiThreadShow(Context& c)
{
    const auto last = c.args.intOption(QStringLiteral("last"), kPositive);
    const auto id = c.args.requirePositional(tr("thread id")).toLongLong();
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    const AiThread t = AiThreads::require(c.db, id);
    const QList<AiMessage> messages = AiThreads::messages(c.db, t.id, last ? int(*last) : 0);
    QJsonArray list;
    for (const AiMessage& m : messages)
        list.append(QJsonObject{{QStringLiteral("id"), m.id},
                                {QStringLiteral("role"), m.role},
                                {QStringLiteral("content"), m.content},
                                {QStringLiteral("provider_status"), m.providerStatus},
                                {QStringLiteral("latency_ms"), consoleOptionalInt(m.latencyMs)},
                                {QStringLiteral("tokens_in"), m.tokensIn},
                                {QStringLiteral("tokens_out"), m.tokensOut},
                                {QStringLiteral("created_at"), m.createdAt.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("rating"), m.myRating},
                                {QStringLiteral("comment"), m.myComment},
                                {QStringLiteral("citations"), citationsJson(m.citations)}});
    Fields f;
    f.add(tr("Thread"), QStringLiteral("id"), QString::number(t.id), t.id)
        .add(tr("Title"), QStringLiteral("title"), t.title)
        .add(tr("Provider"), QStringLiteral("provider"), t.providerName)
        .add(tr("Scope"), QStringLiteral("scope"), t.tenantId ? t.tenantSlug : QStringLiteral("platform"))
        .add(tr("State"), QStringLiteral("state"), t.state)
        .add(tr("Messages"), QStringLiteral("message_count"), QString::number(t.messages), t.messages)
        .json(QStringLiteral("messages"), list);
    c.show(f, [&c, &messages] {
        for (const AiMessage& m : messages) {
            c.console.out(QString());
            QString head = QStringLiteral("#%1 %2 · %3")
                               .arg(m.id)
                               .arg(m.role == QLatin1String("user") ? tr("question") : tr("answer"),
                                    m.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            if (m.role == QLatin1String("assistant"))
                head += QStringLiteral(" · %1").arg(m.providerStatus);
            if (m.myRating != 0)
                head += QStringLiteral(" · %1").arg(m.myRating > 0 ? tr("rated up") : tr("rated down"));
            c.console.out(head);
            c.console.out(m.content.isEmpty() ? tr("(no text)") : m.content);
            for (const AiCitation& cite : m.citations)
                c.console.out(citationLine(cite));
        }
    });
    return ExitOk;
}

int aiThreadChange(Context& c, bool remove)
{
    const qint64 id = c.args.requirePositional(tr("thread id")).toLongLong();
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    const AiThread t = AiThreads::require(c.db, id);
    const PendingWrite write = remove ? AiThreads::planDelete(c.db, t) : AiThreads::planClose(c.db, t);
    return c.confirmAndExecute(write, [&c, &write](const QJsonObject& outcome) {
        c.report(outcome, tr("Done: %1.").arg(write.plan.title));
    });
}

int aiFeedback(Context& c)
{
    const QString comment = c.args.option(QStringLiteral("comment")).value_or(QString());
    const qint64 id = c.args.requirePositional(tr("answer id")).toLongLong();
    const QString word = c.args.requirePositional(tr("up or down"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    const auto rating = ratingOf(word);
    if (!rating)
        return c.usage(tr("feedback is \"up\" or \"down\", not \"%1\"").arg(word));
    return c.confirmAndExecute(AiThreads::planFeedback(c.db, id, *rating, comment),
                               [&c, id](const QJsonObject& outcome) {
                                   c.report(outcome, tr("Thank you: feedback on answer %1 saved.").arg(id));
                               });
}

const ListView<AiAuditRow>& auditView()
{
    using A = AiAuditRow;
    static const ListView<AiAuditRow> view({
        {tr("ID"), QStringLiteral("id"), [](const A& a) { return QString::number(a.id); },
         [](const A& a) { return QJsonValue(a.id); }},
        {tr("WHEN"), QStringLiteral("occurred_at"),
         [](const A& a) { return a.occurredAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")); },
         [](const A& a) { return QJsonValue(a.occurredAt.toString(Qt::ISODateWithMs)); }},
        {tr("LOGIN"), QStringLiteral("login"), &A::login},
        {tr("OPERATION"), QStringLiteral("operation"), &A::operation},
        {tr("PROVIDER"), QStringLiteral("provider"), &A::providerName},
        {tr("STATUS"), QStringLiteral("status"), &A::status},
        {tr("LATENCY"), QStringLiteral("latency_ms"),
         [](const A& a) {
             return a.latencyMs ? QStringLiteral("%1 ms").arg(*a.latencyMs) : QStringLiteral("-");
         },
         [](const A& a) { return consoleOptionalInt(a.latencyMs); }},
        {tr("REDACTED"), QStringLiteral("redactions"), &A::redactions},
        {tr("REQUEST"), QStringLiteral("request"),
         [](const A& a) { return a.request.left(60).replace(QLatin1Char('\n'), QLatin1Char(' ')); },
         [](const A& a) { return QJsonValue(a.request); }},
        {{}, QStringLiteral("response"), {}, [](const A& a) { return QJsonValue(a.response); }},
        {{}, QStringLiteral("error"), {}, [](const A& a) { return QJsonValue(a.error); }},
        {{}, QStringLiteral("thread_id"), {}, [](const A& a) { return consoleOptionalInt(a.threadId); }},
        {{}, QStringLiteral("message_id"), {}, [](const A& a) { return consoleOptionalInt(a.messageId); }},
        {{}, QStringLiteral("provider_id"), {}, [](const A& a) { return consoleOptionalInt(a.providerId); }},
    });
    return view;
}

int aiAuditList(Context& c)
{
    AiAudit::Query q;
    q.operation = c.args.option(QStringLiteral("operation")).value_or(QString());
    q.status = c.args.option(QStringLiteral("status")).value_or(QString());
    q.login = c.args.option(QStringLiteral("login")).value_or(QString());
    if (const auto thread = c.args.intOption(QStringLiteral("thread"), kPositive))
        q.threadId = *thread;
    q.limit = int(c.args.intOption(QStringLiteral("limit"), {1, 100000}).value_or(200));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    auditView().print(c, AiAudit::list(c.db, q), ListText().ifEmpty(tr("No AI audit rows match.")));
    return ExitOk;
}

} // namespace

void registerAiConsoleCommands(CommandRegistry& r)
{
    r.add(
        {QStringLiteral("ai ask"),
         QT_TRANSLATE_NOOP(
             "fusion::cli::Commands",
             "QUESTION… | --question-stdin [--thread N] [--provider NAME|ID] [--tenant SLUG]\n"
             "[--prompt CODE [--set NAME=VALUE]...] [--no-evidence] [--no-knowledge] [--max-tokens N] "
             "[--timeout S]"),
         QT_TRANSLATE_NOOP(
             "fusion::cli::Commands",
             "ask the AI console; the answer streams in, citing the platform's facts and the knowledge base"),
         {QStringLiteral("question-stdin"), QStringLiteral("no-evidence"), QStringLiteral("no-knowledge")},
         aiAsk});
    r.add({QStringLiteral("ai threads"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--search TEXT] [--active] [--limit N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "your AI console threads, most recent first"),
           {QStringLiteral("active")},
           aiThreads});
    r.add({QStringLiteral("ai thread show"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID [--last N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "a thread's questions and answers with their sources"),
           {},
           aiThreadShow});
    r.add({QStringLiteral("ai thread close"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "close a thread (it keeps its messages)"),
           {},
           [](Context& c) { return aiThreadChange(c, false); }});
    r.add({QStringLiteral("ai thread delete"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "delete a thread with its messages"),
           {},
           [](Context& c) { return aiThreadChange(c, true); }});
    r.add({QStringLiteral("ai feedback"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ANSWER_ID up|down [--comment TEXT]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "rate an answer (replaces your earlier rating)"),
           {},
           aiFeedback});
    r.add({QStringLiteral("ai audit"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "[--operation ask|search|feedback|embed|sync] [--status S] [--login L]\n"
                             "[--thread N] [--limit N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "the AI audit, redacted, newest first"),
           {},
           aiAuditList});
}

} // namespace fusion::cli
