#include "app/cli/CommandRegistry.h"

#include <QCoreApplication>

#include <algorithm>

namespace fusion::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fusion::cli::Commands", text);
}

// Summaries start in this column of the usage text, as they always have.
constexpr qsizetype kSummaryColumn = 46;

QString group(const QString& path)
{
    return path.section(QLatin1Char(' '), 0, 0);
}

// "  tenants list [--status S]   summary", continuation lines under the first option, the summary in its
// column when the synopsis is one short line, otherwise on a line of its own.
QString listing(const CommandSpec& spec)
{
    QString lines = QStringLiteral("  ") + CommandRegistry::usageLines(spec);
    lines.replace(QLatin1Char('\n'), QStringLiteral("\n  "));
    const QString summary = tr(spec.summary);
    if (summary.isEmpty())
        return lines;
    if (!lines.contains(QLatin1Char('\n')) && lines.size() < kSummaryColumn - 1)
        return lines.leftJustified(kSummaryColumn) + summary;
    return lines + QLatin1Char('\n') + QString(kSummaryColumn, QLatin1Char(' ')) + summary;
}
} // namespace

void CommandRegistry::add(CommandSpec spec)
{
    m_specs << std::move(spec);
}

const CommandSpec* CommandRegistry::find(const QStringList& words, qsizetype* used) const
{
    const CommandSpec* best = nullptr;
    qsizetype bestLength = 0;
    for (const CommandSpec& spec : m_specs) {
        const QStringList path = spec.path.split(QLatin1Char(' '));
        if (path.size() <= bestLength || path.size() > words.size())
            continue;
        if (words.mid(0, path.size()) == path) {
            best = &spec;
            bestLength = path.size();
        }
    }
    if (used)
        *used = bestLength;
    return best;
}

bool CommandRegistry::isGroup(const QString& word) const
{
    return std::any_of(m_specs.cbegin(), m_specs.cend(),
                       [&word](const CommandSpec& spec) { return group(spec.path) == word; });
}

QStringList CommandRegistry::pathsIn(const QString& groupName) const
{
    QStringList paths;
    for (const CommandSpec& spec : m_specs) {
        if (group(spec.path) == groupName)
            paths << spec.path;
    }
    return paths;
}

QSet<QString> CommandRegistry::allFlags() const
{
    QSet<QString> flags = globalFlags();
    for (const CommandSpec& spec : m_specs) {
        for (const QString& flag : spec.flags)
            flags.insert(flag);
    }
    return flags;
}

QString CommandRegistry::usageLines(const CommandSpec& spec)
{
    const QString synopsis = tr(spec.synopsis);
    if (synopsis.isEmpty())
        return spec.path;
    const QString indent(spec.path.size() + 1, QLatin1Char(' '));
    QStringList lines = synopsis.split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i)
        lines[i] = indent + lines[i];
    return spec.path + QLatin1Char(' ') + lines.join(QLatin1Char('\n'));
}

QString CommandRegistry::usageText() const
{
    QStringList text{
        tr("Usage: fusionctl [--db URL | --profile NAME] [--json] [--yes] [--verbose] [--lang LANG] "
           "COMMAND ...\n"
           "\n"
           "Store: --db sqlite:///path/file.db or postgresql://user@host:port/db, else "
           "$FUSION_DB, else the\n"
           "default profile (fusionctl profiles use NAME), else the embedded SQLite file.\n"
           "\n"
           "Commands (\"fusionctl COMMAND --help\" explains one):")};
    for (const CommandSpec& spec : m_specs)
        text << listing(spec);
    text
        << QString()
        << tr("Every write shows what will change and asks; without a terminal it needs --yes.\n"
              "A server's long error (a traceback, an error page) shows its first lines; --verbose shows all "
              "of it.\n"
              "Exit codes: 0 ok, 1 error, 2 usage error, 3 not confirmed, 4 permission denied, 5 not found.");
    return text.join(QLatin1Char('\n'));
}

QString CommandRegistry::helpFor(const CommandSpec& spec) const
{
    const QString prefix = tr("Usage: fusionctl ");
    QString lines = usageLines(spec);
    lines.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(prefix.size(), QLatin1Char(' ')));
    QString text = prefix + lines;
    if (const QString summary = tr(spec.summary); !summary.isEmpty())
        text += QStringLiteral("\n\n") + summary;
    // A group that is a command itself ("workspaces") also names the group's other commands.
    if (!spec.path.contains(QLatin1Char(' '))) {
        QStringList others;
        for (const CommandSpec& other : m_specs) {
            if (&other != &spec && group(other.path) == spec.path)
                others << listing(other);
        }
        if (!others.isEmpty())
            text += QStringLiteral("\n\n") + tr("Its other commands:") + QLatin1Char('\n') +
                    others.join(QLatin1Char('\n'));
    }
    return text + QStringLiteral("\n\n") +
           tr("Options for every command: --db URL | --profile NAME, --json, --yes, --verbose, --lang LANG.");
}

QString CommandRegistry::helpForGroup(const QString& groupName) const
{
    QStringList text{tr("Usage: fusionctl %1 ACTION ...").arg(groupName), QString()};
    for (const CommandSpec& spec : m_specs) {
        if (group(spec.path) == groupName)
            text << listing(spec);
    }
    text << QString() << tr("\"fusionctl %1 ACTION --help\" explains one.").arg(groupName);
    return text.join(QLatin1Char('\n'));
}

} // namespace fusion::cli
