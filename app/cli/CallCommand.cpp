// fusionctl call: one chat call through the service layer — decided by the access rules, paid from the
// budget, made with the provider's default key from the keychain, logged with its tokens and cost.
#include "app/cli/Cli.h"
#include "app/cli/CliJobs.h"
#include "app/cli/CommandRegistry.h"
#include "models/policy/ServiceCall.h"
#include "models/usage/Money.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace fusion::cli {

namespace {
int call(Context& c)
{
    const QString provider = c.args.positional().value_or(QString());
    ServiceCall::Request request;
    request.provider = provider;
    request.consumer = c.args.option(QStringLiteral("consumer")).value_or(QString());
    request.user = c.args.option(QStringLiteral("user")).value_or(QString());
    request.feature = c.args.option(QStringLiteral("feature")).value_or(QString());
    request.chat.model = c.args.option(QStringLiteral("model")).value_or(QString());
    request.chat.system = c.args.option(QStringLiteral("system")).value_or(QString());
    const auto prompt = c.args.option(QStringLiteral("prompt"));
    const bool promptStdin = c.args.flag(QStringLiteral("prompt-stdin"));
    if (const auto maxTokens = c.args.intOption(QStringLiteral("max-tokens"), kPositive))
        request.chat.maxTokens = int(*maxTokens);
    if (const auto seconds = c.args.intOption(QStringLiteral("timeout"), {1, 3600}))
        request.timeoutMs = int(*seconds) * 1000;
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (provider.isEmpty() || request.consumer.isEmpty() || request.chat.model.isEmpty() ||
        (!prompt && !promptStdin) || (prompt && promptStdin))
        return c.usage(
            tr("call openai|anthropic --consumer C --model M (--prompt TEXT | --prompt-stdin) [--feature F] "
               "[--user U] [--system TEXT] [--max-tokens N] [--timeout S]"));
    request.chat.prompt = prompt ? *prompt : QString::fromUtf8(c.console.readAllStdin());
    auto* call = new ServiceCall(jobHost(c));
    call->start(request, [&c, call](const ServiceCall::Result& r) {
        call->deleteLater();
        if (r.error) {
            c.done(c.fail(*r.error));
            return;
        }
        const QJsonObject json{
            {QStringLiteral("status"), r.status},
            {QStringLiteral("decision"),
             r.decision.allowed ? QStringLiteral("allow") : QStringLiteral("deny")},
            {QStringLiteral("reason"), r.decision.reasonCode()},
            {QStringLiteral("message"), r.decision.allowed ? r.reply.error : r.decision.message},
            {QStringLiteral("http_status"), r.reply.httpStatus},
            {QStringLiteral("text"), r.reply.text},
            {QStringLiteral("model"), r.reply.model},
            {QStringLiteral("tokens_in"), double(r.reply.tokens.in)},
            {QStringLiteral("tokens_out"), double(r.reply.tokens.out)},
            {QStringLiteral("tokens_cached"), double(r.reply.tokens.cached)},
            {QStringLiteral("cost"), r.costMicros ? QJsonValue(Money::format(*r.costMicros)) : QJsonValue()},
            {QStringLiteral("latency_ms"), double(r.latencyMs)}};
        // The JSON says how it went in every case; a person gets the reply, or why there is none, on stderr.
        if (r.status == QLatin1String("denied")) {
            c.report(json, std::nullopt,
                     tr("fusionctl: denied (%1): %2")
                         .arg(PolicyEngine::reasonText(r.decision.reason), r.decision.message));
            c.done(ExitNotConfirmed);
            return;
        }
        if (r.status != QLatin1String("ok")) {
            QString note = tr("fusionctl: the call failed: %1").arg(r.reply.error);
            if (!r.reply.errorBody.isEmpty())
                note += QLatin1Char('\n') + tr("Details: %1").arg(c.remoteText(r.reply.errorBody));
            c.report(json, std::nullopt, note);
            c.done(ExitError);
            return;
        }
        c.report(json, r.reply.text,
                 tr("%1: %2 tokens in (%3 cached), %4 out, %5, %6 ms")
                     .arg(r.reply.model)
                     .arg(r.reply.tokens.in)
                     .arg(r.reply.tokens.cached)
                     .arg(r.reply.tokens.out)
                     .arg(r.costMicros ? Money::display(*r.costMicros) : tr("no price known"))
                     .arg(r.latencyMs));
        c.done(ExitOk);
    });
    return ExitPending;
}

} // namespace

void registerCallCommand(CommandRegistry& r)
{
    r.add({QStringLiteral("call"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "openai|anthropic --consumer C --model M (--prompt "
                                                      "TEXT|--prompt-stdin) [--feature F] [--user U]\n"
                                                      "[--system TEXT] [--max-tokens N] [--timeout S]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "checked, paid from the budget, logged"),
           {QStringLiteral("prompt-stdin")},
           call});
}

} // namespace fusion::cli
