// README.md's fusionctl reference against the program: every command `fusionctl --help` lists is in the
// reference, and the reference names no command that --help does not list. The reference is copied by hand
// from --help, so a new, renamed or removed command fails here, by name, until README follows.
#include "app/cli/CommandRegistry.h"
#include "tests/common/TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace fusion;

namespace {
// The command a usage line starts with: the longest registered path it begins with, else its leading
// lower-case words (so that a command the registry does not know is still named).
QString commandOf(const QString& line)
{
    QString best;
    for (const cli::CommandSpec& spec : cli::commands().all()) {
        if ((line == spec.path || line.startsWith(spec.path + QLatin1Char(' '))) &&
            spec.path.size() > best.size())
            best = spec.path;
    }
    if (!best.isEmpty())
        return best;
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z0-9-]*$"));
    QStringList words;
    for (const QString& w : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!word.match(w).hasMatch())
            break;
        words << w;
    }
    return words.isEmpty() ? line.section(QLatin1Char(' '), 0, 0) : words.join(QLatin1Char(' '));
}

// `fusionctl --help`: the commands of its "Commands" list, whose lines start two spaces in (continuation
// lines and summaries are indented further).
QStringList helpCommands(const QString& help)
{
    QStringList found;
    bool inList = false;
    for (const QString& line : help.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Commands"))) {
            inList = true;
            continue;
        }
        if (!inList)
            continue;
        if (line.trimmed().isEmpty())
            break;
        if (line.startsWith(QLatin1String("  ")) && line.size() > 2 && line[2] != QLatin1Char(' '))
            found << commandOf(line.mid(2));
    }
    return found;
}

// README.md: the first code block under "## fusionctl reference", the same list without the indent; its
// first line is the "fusionctl [options] COMMAND" synopsis.
QStringList readmeCommands(const QString& readme)
{
    QStringList found;
    const QStringList lines = readme.split(QLatin1Char('\n'));
    qsizetype i = lines.indexOf(QStringLiteral("## fusionctl reference"));
    if (i < 0)
        return found;
    while (++i < lines.size() && !lines[i].startsWith(QLatin1String("```")))
        ;
    while (++i < lines.size() && !lines[i].startsWith(QLatin1String("```"))) {
        const QString& line = lines[i];
        if (line.isEmpty() || line[0] == QLatin1Char(' ') || line.startsWith(QLatin1String("fusionctl ")))
            continue;
        found << commandOf(line);
    }
    return found;
}
} // namespace

class TestReadmeReference : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QStringList m_help;
    QStringList m_readme;
    QString m_helpSynopsis;   // --help's first line without "Usage: "
    QString m_readmeSynopsis; // the reference block's "fusionctl [options] COMMAND" line

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        const test::CliResult help = test::runCli(m_home.path(), {QStringLiteral("--help")});
        QVERIFY2(help.code == 0, qPrintable(help.err));
        m_help = helpCommands(help.out);
        m_helpSynopsis = help.out.section(QLatin1Char('\n'), 0, 0).remove(QStringLiteral("Usage: "));
        QVERIFY2(m_help.size() > 10, qPrintable(QStringLiteral("no command list in:\n") + help.out));
        QFile readme(QStringLiteral(FUSION_README));
        QVERIFY2(readme.open(QIODevice::ReadOnly), FUSION_README);
        const QString text = QString::fromUtf8(readme.readAll());
        m_readme = readmeCommands(text);
        const qsizetype block = text.indexOf(QStringLiteral("## fusionctl reference"));
        const qsizetype at = text.indexOf(QStringLiteral("\nfusionctl ["), block);
        if (block >= 0 && at >= 0)
            m_readmeSynopsis = text.mid(at + 1).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(!m_readme.isEmpty(), "README.md has no \"## fusionctl reference\" code block");
    }

    void everyCommandIsInTheReadme_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString& command : m_help)
            QTest::newRow(qPrintable(command)) << command;
    }
    void everyCommandIsInTheReadme()
    {
        QFETCH(QString, command);
        QVERIFY2(m_readme.contains(command),
                 qPrintable(QStringLiteral("README.md's fusionctl reference lacks \"%1\", which fusionctl "
                                           "--help lists; copy its lines from --help")
                                .arg(command)));
    }

    // The options every command takes (--json, --yes, --verbose, …) read the same in both.
    void theSynopsisMatchesHelp()
    {
        QVERIFY2(m_helpSynopsis.startsWith(QStringLiteral("fusionctl [")), qPrintable(m_helpSynopsis));
        QCOMPARE(m_readmeSynopsis, m_helpSynopsis);
    }

    void theReadmeNamesOnlyCommands_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString& command : m_readme)
            QTest::newRow(qPrintable(command)) << command;
    }
    void theReadmeNamesOnlyCommands()
    {
        QFETCH(QString, command);
        QVERIFY2(m_help.contains(command),
                 qPrintable(QStringLiteral("README.md's fusionctl reference names \"%1\", which fusionctl "
                                           "--help does not list")
                                .arg(command)));
    }
};

QTEST_GUILESS_MAIN(TestReadmeReference)
#include "tst_readme_reference.moc"
