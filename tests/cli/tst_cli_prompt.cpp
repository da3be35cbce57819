// fusionctl's confirmation prompt on a real pseudo-terminal (util-linux `script` allocates it): the answer
// decides, No is the default, and a destructive action needs the tenant's slug typed exactly.
#include "tests/common/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace fusion;

namespace {
QString shellQuote(const QString& s)
{
    QString quoted = s;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

struct TerminalRun {
    int code = -1;
    bool prompted = false;
    QString output; // everything the terminal showed: summary, prompt, echoed answer, result
};

// Runs fusionctl with its standard streams on a pseudo-terminal, waits for the prompt, types `answer`.
TerminalRun runOnTerminal(const QString& home, const QStringList& args, const QByteArray& prompt,
                          const QByteArray& answer)
{
    QProcessEnvironment env = test::cliEnvironment(home);
    env.insert(QStringLiteral("TERM"), QStringLiteral("dumb"));

    QStringList words{shellQuote(test::fusionctlPath())};
    for (const QString& a : args)
        words << shellQuote(a);

    TerminalRun run;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("script"), {QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-c"),
                                       words.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
    if (!p.waitForStarted(10000)) {
        run.output = QStringLiteral("cannot start script: ") + p.errorString();
        return run;
    }
    QByteArray shown;
    QElapsedTimer timer;
    timer.start();
    while (!shown.contains(prompt) && timer.elapsed() < 15000 && p.state() == QProcess::Running) {
        p.waitForReadyRead(100);
        shown += p.readAll();
    }
    run.prompted = shown.contains(prompt);
    if (run.prompted)
        p.write(answer);
    if (!p.waitForFinished(15000)) {
        p.kill();
        p.waitForFinished();
        run.output = QString::fromUtf8(shown + p.readAll()) + QStringLiteral("\n[timed out]");
        return run;
    }
    shown += p.readAll();
    run.output = QString::fromUtf8(shown);
    run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return run;
}

QJsonObject jsonOf(const test::CliResult& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}
} // namespace

class TestCliPrompt : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_seeded;
    int m_copies = 0;

    QString freshCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy-%1.db").arg(++m_copies));
        if (!QFile::copy(m_seeded, path))
            qWarning("cannot copy %s", qPrintable(m_seeded));
        return path;
    }

    static QStringList withDb(const QString& path, const QStringList& args)
    {
        return QStringList{QStringLiteral("--db"), QString(QStringLiteral("sqlite://") + path)} + args;
    }

    QJsonObject show(const QString& db, const QString& slug)
    {
        return jsonOf(test::runCli(
            m_home.path(),
            withDb(db, {QStringLiteral("tenants"), QStringLiteral("show"), slug, QStringLiteral("--json")})));
    }

    QString firstSlugWithStatus(const QString& db, const QString& status)
    {
        const QJsonObject o = jsonOf(test::runCli(
            m_home.path(), withDb(db, {QStringLiteral("tenants"), QStringLiteral("list"),
                                       QStringLiteral("--status"), status, QStringLiteral("--json")})));
        return o.value(QStringLiteral("items"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("slug"))
            .toString();
    }

    static QByteArray yesNo() { return QByteArrayLiteral("[y/N]"); }
    static QByteArray typeToConfirm() { return QByteArrayLiteral("to confirm:"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_dir.isValid());
        QVERIFY2(QFileInfo(test::fusionctlPath()).isExecutable(), "FUSIONCTL must point to fusionctl");
        m_seeded = m_dir.filePath(QStringLiteral("seeded.db"));
        for (const QStringList& args :
             {QStringList{QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")},
              QStringList{QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--yes")}}) {
            const test::CliResult r = test::runCli(m_home.path(), withDb(m_seeded, args));
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
    }

    void answeringNoChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("n") << QByteArrayLiteral("n\n");
        QTest::newRow("no") << QByteArrayLiteral("no\n");
        QTest::newRow("just enter (No is the default)") << QByteArrayLiteral("\n");
        QTest::newRow("anything else") << QByteArrayLiteral("sure\n");
        QTest::newRow("end of input") << QByteArrayLiteral("\x04");
    }
    void answeringNoChangesNothing()
    {
        QFETCH(QByteArray, answer);
        const QString db = freshCopy();
        const QString slug = firstSlugWithStatus(db, QStringLiteral("active"));
        QVERIFY(!slug.isEmpty());
        const QJsonObject before = show(db, slug);
        const TerminalRun r = runOnTerminal(
            m_home.path(), withDb(db, {QStringLiteral("tenants"), QStringLiteral("pause"), slug}), yesNo(),
            answer);
        QVERIFY2(r.prompted, qPrintable(r.output));
        QVERIFY2(r.output.contains(slug), qPrintable(r.output)); // the summary names the tenant
        QVERIFY2(r.code == 3, qPrintable(r.output));
        QCOMPARE(show(db, slug), before);
    }

    void answeringYesPauses_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("y") << QByteArrayLiteral("y\n");
        QTest::newRow("YES") << QByteArrayLiteral("YES\n");
    }
    void answeringYesPauses()
    {
        QFETCH(QByteArray, answer);
        const QString db = freshCopy();
        const QString slug = firstSlugWithStatus(db, QStringLiteral("active"));
        const TerminalRun r = runOnTerminal(
            m_home.path(), withDb(db, {QStringLiteral("tenants"), QStringLiteral("pause"), slug}), yesNo(),
            answer);
        QVERIFY2(r.prompted, qPrintable(r.output));
        QVERIFY2(r.code == 0, qPrintable(r.output));
        QCOMPARE(show(db, slug).value(QStringLiteral("status")).toString(), QStringLiteral("paused"));
    }

    void decommissionWithTheWrongSlugChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("y is not enough") << QByteArrayLiteral("y\n");
        QTest::newRow("another word") << QByteArrayLiteral("delete\n");
        QTest::newRow("empty") << QByteArrayLiteral("\n");
        QTest::newRow("end of input") << QByteArrayLiteral("\x04");
    }
    void decommissionWithTheWrongSlugChangesNothing()
    {
        QFETCH(QByteArray, answer);
        const QString db = freshCopy();
        const QString slug = firstSlugWithStatus(db, QStringLiteral("active"));
        const QJsonObject before = show(db, slug);
        const TerminalRun r = runOnTerminal(
            m_home.path(), withDb(db, {QStringLiteral("tenants"), QStringLiteral("decommission"), slug}),
            typeToConfirm(), answer);
        QVERIFY2(r.prompted, qPrintable(r.output));
        QVERIFY2(r.code == 3, qPrintable(r.output));
        QCOMPARE(show(db, slug), before);
    }

    void decommissionWithASimilarSlugChangesNothing()
    {
        const QString db = freshCopy();
        const QString slug = firstSlugWithStatus(db, QStringLiteral("active"));
        const QJsonObject before = show(db, slug);
        for (const QString& wrong :
             {slug.toUpper(), slug.left(slug.size() - 1), QString(slug + QStringLiteral("x"))}) {
            const TerminalRun r = runOnTerminal(
                m_home.path(), withDb(db, {QStringLiteral("tenants"), QStringLiteral("decommission"), slug}),
                typeToConfirm(), QString(wrong + QLatin1Char('\n')).toUtf8());
            QVERIFY2(r.code == 3, qPrintable(r.output));
        }
        QCOMPARE(show(db, slug), before);
    }

    void decommissionWithTheRightSlug()
    {
        const QString db = freshCopy();
        const QString slug = firstSlugWithStatus(db, QStringLiteral("active"));
        const TerminalRun r = runOnTerminal(
            m_home.path(), withDb(db, {QStringLiteral("tenants"), QStringLiteral("decommission"), slug}),
            typeToConfirm(), QString(slug + QLatin1Char('\n')).toUtf8());
        QVERIFY2(r.prompted, qPrintable(r.output));
        QVERIFY2(r.code == 0, qPrintable(r.output));
        QCOMPARE(show(db, slug).value(QStringLiteral("status")).toString(), QStringLiteral("decommissioned"));
    }

    void declinedMigrationLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        const TerminalRun r = runOnTerminal(
            m_home.path(), withDb(path, {QStringLiteral("db"), QStringLiteral("migrate")}), yesNo(), "n\n");
        QVERIFY2(r.prompted, qPrintable(r.output));
        QVERIFY2(r.code == 3, qPrintable(r.output));
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

        const TerminalRun yes = runOnTerminal(
            m_home.path(), withDb(path, {QStringLiteral("db"), QStringLiteral("migrate")}), yesNo(), "y\n");
        QVERIFY2(yes.code == 0, qPrintable(yes.output));
        QVERIFY(QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCliPrompt)
#include "tst_cli_prompt.moc"
