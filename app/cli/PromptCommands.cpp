// fusionctl ai prompts and ai prompt show|add|edit|publish|activate|deactivate|history|diff|render.
#include "app/cli/Cli.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Fields.h"
#include "app/cli/ListView.h"
#include "models/ai/PromptLibrary.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fusion::cli {

namespace {

QString promptCmdVersionText(const std::optional<int>& v)
{
    return v ? QString::number(*v) : QStringLiteral("-");
}

QJsonValue promptCmdVersionJson(const std::optional<int>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

const ListView<Prompt>& promptCmdView()
{
    using P = Prompt;
    static const ListView<Prompt> view({
        {tr("CODE"), QStringLiteral("code"), &P::code},
        {tr("NAME"), QStringLiteral("name"), &P::name},
        {tr("SCOPE"), QStringLiteral("scope"), &P::scopeText},
        {tr("PUBLISHED"), QStringLiteral("published_version"),
         [](const P& p) { return promptCmdVersionText(p.publishedVersion); },
         [](const P& p) { return promptCmdVersionJson(p.publishedVersion); }},
        {tr("LATEST"), QStringLiteral("latest_version"),
         [](const P& p) { return QString::number(p.latestVersion); },
         [](const P& p) { return QJsonValue(p.latestVersion); }},
        {tr("ACTIVE"), QStringLiteral("active"), [](const P& p) { return p.active ? tr("yes") : tr("no"); },
         [](const P& p) { return QJsonValue(p.active); }},
        {{}, QStringLiteral("id"), {}, [](const P& p) { return QJsonValue(p.id); }},
        {{},
         QStringLiteral("tenant_id"),
         {},
         [](const P& p) { return p.tenantId ? QJsonValue(*p.tenantId) : QJsonValue(QJsonValue::Null); }},
        {{}, QStringLiteral("created_by"), {}, [](const P& p) { return QJsonValue(p.createdBy); }},
    });
    return view;
}

const ListView<PromptVersion>& promptCmdHistoryView()
{
    using V = PromptVersion;
    static const ListView<PromptVersion> view({
        {tr("VERSION"), QStringLiteral("version"), [](const V& v) { return QString::number(v.version); },
         [](const V& v) { return QJsonValue(v.version); }},
        {tr("CREATED"), QStringLiteral("created_at"),
         [](const V& v) { return v.createdAt.toString(Qt::ISODate); },
         [](const V& v) { return QJsonValue(v.createdAt.toString(Qt::ISODateWithMs)); }},
        {tr("BY"), QStringLiteral("created_by"), &V::createdBy},
        {tr("VARIABLES"), QStringLiteral("variables"),
         [](const V& v) {
             return v.variables.size() > 5 ? tr("%n variable(s)", nullptr, int(v.variables.size()))
                                           : v.variables.join(QStringLiteral(", "));
         },
         [](const V& v) { return QJsonValue(QJsonArray::fromStringList(v.variables)); }},
        {tr("NOTE"), QStringLiteral("note"), &V::note},
    });
    return view;
}

// The template is a file's content, piped in: read verbatim, so what is stored is what was written.
std::optional<QString> promptCmdTemplate(Context& c)
{
    if (c.console.stdinIsTerminal()) {
        c.usage(tr("the template is read from standard input, for example: < template.txt"));
        return std::nullopt;
    }
    return QString::fromUtf8(c.console.readAllStdin());
}

int promptsList(Context& c)
{
    const bool all = c.args.flag(QStringLiteral("all"));
    const auto tenant = c.args.option(QStringLiteral("tenant"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    promptCmdView().print(
        c, PromptLibrary::list(c.db, all, tenant),
        ListText().ifEmpty(
            tr("No prompts yet. Add one with \"fusionctl ai prompt add CODE --name NAME\", the "
               "template on standard input.")));
    return ExitOk;
}

int promptShow(Context& c)
{
    const auto number = c.args.intOption(QStringLiteral("version"), kPositive);
    const QString code = c.args.requirePositional(tr("prompt code"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    const Prompt p = PromptLibrary::require(c.db, code);
    const PromptVersion v =
        PromptLibrary::version(c.db, p, number ? int(*number) : p.publishedVersion.value_or(p.latestVersion));
    Fields f;
    f.add(tr("Code"), QStringLiteral("code"), p.code)
        .add(tr("Name"), QStringLiteral("name"), p.name)
        .add(tr("Scope"), QStringLiteral("scope"), p.scopeText())
        .add(tr("Active"), QStringLiteral("active"), p.active ? tr("yes") : tr("no"), p.active)
        .add(tr("Published version"), QStringLiteral("published_version"),
             promptCmdVersionText(p.publishedVersion), promptCmdVersionJson(p.publishedVersion))
        .add(tr("Latest version"), QStringLiteral("latest_version"), QString::number(p.latestVersion),
             p.latestVersion)
        .add(tr("Version shown"), QStringLiteral("version"), QString::number(v.version), v.version)
        .add(tr("Variables"), QStringLiteral("variables"),
             v.variables.isEmpty() ? tr("(none)") : v.variables.join(QStringLiteral(", ")),
             QJsonArray::fromStringList(v.variables))
        .add(tr("Note"), QStringLiteral("note"), v.note)
        .add(tr("Saved by"), QStringLiteral("created_by"), v.createdBy)
        .add(tr("Saved at"), QStringLiteral("created_at"), v.createdAt.toString(Qt::ISODate))
        .json(QStringLiteral("template"), v.templateText);
    c.show(f, [&c, &v] {
        c.console.out(QString());
        QString text = v.templateText;
        if (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        c.console.out(text);
    });
    return ExitOk;
}

int promptAdd(Context& c)
{
    const QString name = c.args.option(QStringLiteral("name")).value_or(QString());
    const QString tenant = c.args.option(QStringLiteral("tenant")).value_or(QString());
    const QStringList vars = c.args.options(QStringLiteral("var"));
    const QString note = c.args.option(QStringLiteral("note")).value_or(QString());
    const QString code = c.args.requirePositional(tr("prompt code"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    if (name.isEmpty())
        return c.usage(tr("--name is required"));
    const auto text = promptCmdTemplate(c);
    if (!text)
        return ExitUsage;
    return c.confirmAndExecute(
        PromptLibrary::planCreate(c.db, code, name, tenant, *text, vars, note),
        [&c, &code](const QJsonObject& outcome) {
            c.report(outcome, tr("Added prompt \"%1\"; version 1 is published.").arg(code.trimmed()));
        });
}

int promptEdit(Context& c)
{
    const QStringList vars = c.args.options(QStringLiteral("var"));
    const QString note = c.args.option(QStringLiteral("note")).value_or(QString());
    const bool publish = c.args.flag(QStringLiteral("publish"));
    const QString code = c.args.requirePositional(tr("prompt code"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    const auto text = promptCmdTemplate(c);
    if (!text)
        return ExitUsage;
    const Prompt p = PromptLibrary::require(c.db, code);
    // Without --var the variables stay those of the latest version: an edit of the wording alone is the
    // common case, and retyping every name invites a typo.
    const QStringList declared =
        vars.isEmpty() ? PromptLibrary::version(c.db, p, p.latestVersion).variables : vars;
    return c.confirmAndExecute(
        PromptLibrary::planNewVersion(c.db, p, *text, declared, note, publish),
        [&c, &p, publish](const QJsonObject& outcome) {
            const qint64 v = outcome.value(QStringLiteral("version")).toInteger();
            c.report(outcome, publish ? tr("Saved and published version %1 of \"%2\".").arg(v).arg(p.code)
                                      : tr("Saved version %1 of \"%2\"; version %3 stays published.")
                                            .arg(v)
                                            .arg(p.code)
                                            .arg(p.publishedVersion.value_or(0)));
        });
}

int promptPublish(Context& c)
{
    const QString code = c.args.requirePositional(tr("prompt code"));
    const auto number = c.args.idPositional(tr("version"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    const Prompt p = PromptLibrary::require(c.db, code);
    const PendingWrite write = PromptLibrary::planPublish(c.db, p, int(*number));
    return c.confirmAndExecute(write, [&c, &write](const QJsonObject& outcome) {
        c.report(outcome, tr("Done: %1.").arg(write.plan.title));
    });
}

int promptSetActive(Context& c, bool active)
{
    const QString code = c.args.requirePositional(tr("prompt code"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    const Prompt p = PromptLibrary::require(c.db, code);
    const PendingWrite write = PromptLibrary::planSetActive(c.db, p, active);
    return c.confirmAndExecute(write, [&c, &write](const QJsonObject& outcome) {
        c.report(outcome, tr("Done: %1.").arg(write.plan.title));
    });
}

int promptHistory(Context& c)
{
    const QString code = c.args.requirePositional(tr("prompt code"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    const Prompt p = PromptLibrary::require(c.db, code);
    promptCmdHistoryView().print(
        c, PromptLibrary::versions(c.db, p),
        ListText().footer(tr("Published: version %1.").arg(promptCmdVersionText(p.publishedVersion)),
                          Stream::Err));
    return ExitOk;
}

QJsonObject promptCmdHunkJson(const TextDiff::Hunk& h)
{
    QJsonArray lines;
    for (const TextDiff::Line& l : h.lines) {
        const QString kind = l.kind == TextDiff::Line::Kind::Added     ? QStringLiteral("added")
                             : l.kind == TextDiff::Line::Kind::Removed ? QStringLiteral("removed")
                                                                       : QStringLiteral("context");
        lines.append(QJsonObject{{QStringLiteral("kind"), kind},
                                 {QStringLiteral("text"), l.text},
                                 {QStringLiteral("old_line"), l.oldLine},
                                 {QStringLiteral("new_line"), l.newLine},
                                 {QStringLiteral("no_newline"), l.noNewline}});
    }
    return QJsonObject{{QStringLiteral("old_start"), h.oldStart}, {QStringLiteral("old_count"), h.oldCount},
                       {QStringLiteral("new_start"), h.newStart}, {QStringLiteral("new_count"), h.newCount},
                       {QStringLiteral("header"), h.header()},    {QStringLiteral("lines"), lines}};
}

int promptDiff(Context& c)
{
    const QString code = c.args.requirePositional(tr("prompt code"));
    const auto from = c.args.idPositional(tr("version to compare from"));
    const std::optional<QString> toText = c.args.positional();
    std::optional<qint64> to;
    if (toText) {
        to = Args::wholeNumber(*toText, kPositive);
        if (!to)
            return c.usage(tr("the version to compare with is a whole number, not \"%1\"").arg(*toText));
    }
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    const Prompt p = PromptLibrary::require(c.db, code);
    const int toVersion = to ? int(*to) : p.latestVersion;
    const TextDiff d = PromptLibrary::diff(c.db, p, int(*from), toVersion);
    if (c.json) {
        QJsonArray hunks;
        for (const TextDiff::Hunk& h : d.hunks())
            hunks.append(promptCmdHunkJson(h));
        c.console.json(QJsonObject{{QStringLiteral("code"), p.code},
                                   {QStringLiteral("from"), int(*from)},
                                   {QStringLiteral("to"), toVersion},
                                   {QStringLiteral("added"), d.addedCount()},
                                   {QStringLiteral("removed"), d.removedCount()},
                                   {QStringLiteral("approximate"), d.isApproximate()},
                                   {QStringLiteral("hunks"), hunks}});
        return ExitOk;
    }
    if (d.isIdentical()) {
        c.console.err(tr("Versions %1 and %2 have the same template.").arg(*from).arg(toVersion));
        return ExitOk;
    }
    QString text =
        QStringLiteral("--- %1 v%2\n+++ %1 v%3\n").arg(p.code).arg(*from).arg(toVersion) + d.unified();
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    c.console.out(text);
    return ExitOk;
}

int promptRender(Context& c)
{
    const auto number = c.args.intOption(QStringLiteral("version"), kPositive);
    const QStringList sets = c.args.options(QStringLiteral("set"));
    const QString code = c.args.requirePositional(tr("prompt code"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    QHash<QString, QString> values;
    values.reserve(sets.size());
    for (const QString& s : sets) {
        const qsizetype eq = s.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return c.usage(tr("--set takes NAME=VALUE, not \"%1\"").arg(s));
        // Everything after the first "=" is the value, verbatim: it may hold "=" and "{{…}}".
        values.insert(s.left(eq), s.mid(eq + 1));
    }
    const PromptTemplate::Rendered r =
        PromptLibrary::render(c.db, code, values, number ? std::optional<int>(int(*number)) : std::nullopt);
    if (!r.ok())
        return c.fail(r.problem.toError());
    if (c.json) {
        c.console.json(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("text"), r.text}});
        return ExitOk;
    }
    QString text = r.text;
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    c.console.out(text);
    return ExitOk;
}

} // namespace

void registerPromptCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("ai prompts"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--tenant SLUG] [--all]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "prompts with their published and latest versions (--all: inactive too)"),
           {QStringLiteral("all")},
           promptsList});
    r.add({QStringLiteral("ai prompt show"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "CODE [--version N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "a prompt's template and variables (the published version unless named)"),
           {},
           promptShow});
    r.add({QStringLiteral("ai prompt add"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "CODE --name NAME [--tenant SLUG] [--var NAME]... [--note TEXT] < TEMPLATE"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "add a prompt; its version 1 is published"),
           {},
           promptAdd});
    r.add(
        {QStringLiteral("ai prompt edit"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands",
                           "CODE [--var NAME]... [--note TEXT] [--publish] < TEMPLATE"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands",
                           "save a new version of a prompt (without --var: the latest version's variables)"),
         {QStringLiteral("publish")},
         promptEdit});
    r.add({QStringLiteral("ai prompt publish"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "CODE VERSION"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "make a version of a prompt the published one"),
           {},
           promptPublish});
    r.add({QStringLiteral("ai prompt activate"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "CODE"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "offer an inactive prompt again"),
           {},
           [](Context& c) { return promptSetActive(c, true); }});
    r.add({QStringLiteral("ai prompt deactivate"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "CODE"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "stop offering a prompt, keeping its versions"),
           {},
           [](Context& c) { return promptSetActive(c, false); }});
    r.add({QStringLiteral("ai prompt history"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "CODE"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "every version of a prompt, who saved it and when"),
           {},
           promptHistory});
    r.add(
        {QStringLiteral("ai prompt diff"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "CODE FROM [TO]"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands",
                           "a unified diff between two versions' templates (TO: the latest; --json: hunks)"),
         {},
         promptDiff});
    r.add({QStringLiteral("ai prompt render"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "CODE [--version N] [--set NAME=VALUE]..."),
           QT_TRANSLATE_NOOP(
               "fusion::cli::Commands",
               "a prompt's text with its variables filled in (the published version unless named)"),
           {},
           promptRender});
}

} // namespace fusion::cli
