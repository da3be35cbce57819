// fusionctl runbooks, support and support post as a user runs them, against the Mattermost stand-in and a
// private keychain: the shipped runbooks listed and shown, an owner's edit and reset asked and audited; a
// request opened, answered, closed and reopened, an illegal move refused with exit 1 and nothing written,
// unknown ids exit 5; a post to a tenant's channel asked first (no terminal, no --yes: exit 3, nothing sent),
// then sent once with the webhook address from the keychain and audited: "posted", or exactly what failed —
// Mattermost's 400, 403 or 404 with its error id, a timeout (never resent). The webhook address and its hook
// id never appear in any output, the audit rows, the database file or the stand-in's log.
#include "tests/common/BoundedOutput.h"
#include "tests/common/FakeOdoo.h"
#include "tests/integrations/FakeKeycloak.h"
#include "tests/integrations/FakeMattermost.h"
#include "tests/integrations/IntegrationCli.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

#include <memory>

using namespace fusion;

namespace {
const QString kSlug = QStringLiteral("acme-finance-ph");
const QString kHook = QStringLiteral("k3x9mfwq1bdo8ruw6pyz4htn7c");
const QString kOffHook = QStringLiteral("dis4bled9hook0000000000000");
const QString kGoneHook = QStringLiteral("g0nehook000000000000000000");
const QString kNoHostHook = QStringLiteral("n0h0sth00k0000000000000000");
const QString kTlsHook = QStringLiteral("t1sh00k0000000000000000000");
} // namespace

class TestCliSupport : public QObject {
    Q_OBJECT

    test::IntegrationCli m_cli;
    std::unique_ptr<test::FakeMattermost> m_mm;
    QString m_other, m_third, m_fourth, m_fifth;
    QTemporaryDir m_files;

    QStringList a(const QString& args) const { return args.split(QLatin1Char(' '), Qt::SkipEmptyParts); }
    QString file(const QString& name, const QString& text)
    {
        const QString path = m_files.filePath(name);
        test::writeFile(path, text.toUtf8());
        return path;
    }
    QStringList postArgs(const QString& slug, const QString& message)
    {
        return {QStringLiteral("support"),        QStringLiteral("post"),
                QStringLiteral("--tenant"),       slug,
                QStringLiteral("--message-file"), file(QStringLiteral("message.txt"), message)};
    }
    // The facts the last audit row of `action` recorded, as `fusionctl audit list` shows them (a connection
    // of this process could hold an older SQLite snapshot).
    QJsonObject lastAudit(const QString& action)
    {
        const test::CliResult r = m_cli.run(
            QStringList{QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                        QStringLiteral("--action"), action, QStringLiteral("--limit"), QStringLiteral("1")});
        return r.json()
            .array()
            .at(0)
            .toObject()
            .value(QStringLiteral("after"))
            .toObject()
            .value(QStringLiteral("_result"))
            .toObject();
    }
    // Neither the webhook address nor its hook id is in an audit row, the database (and its journal) or the
    // stand-in's log; every fusionctl output is checked by IntegrationCli::run (the ids are registered
    // secrets).
    void neverTheAddress()
    {
        const test::CliResult audit =
            m_cli.run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                       QStringLiteral("--limit"), QStringLiteral("500")});
        QCOMPARE(audit.code, 0);
        QVERIFY(audit.out.contains(QStringLiteral("support.channel_post")));
        QVERIFY(!audit.out.contains(QStringLiteral("/hooks/")));
        const QByteArray files =
            test::readFile(m_cli.dbPath) + test::readFile(m_cli.dbPath + QStringLiteral("-wal"));
        for (const QString& hook : {kHook, kOffHook, kGoneHook, kNoHostHook, kTlsHook}) {
            QVERIFY2(!files.contains(hook.toUtf8()), qPrintable(hook));
            QVERIFY(!m_mm->callsJson().contains(hook.toUtf8()));
        }
        QVERIFY(!files.contains("/hooks/"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        QVERIFY(m_cli.setUp());
        m_cli.secrets << kHook << kOffHook << kGoneHook << kNoHostHook << kTlsHook; // never in any output
        m_mm = std::make_unique<test::FakeMattermost>();
        QVERIFY2(m_mm->ok(), qPrintable(m_mm->error()));
        test::guarded([&] {
            QSqlQuery q = m_cli.store.exec(
                QStringLiteral("SELECT slug FROM tenants WHERE slug <> ? ORDER BY id LIMIT 4"), {kSlug});
            QStringList slugs;
            while (q.next()) // to the end: a statement left open would pin this connection's snapshot
                slugs << q.value(0).toString();
            QCOMPARE(slugs.size(), 4);
            m_other = slugs.at(0);
            m_third = slugs.at(1);
            m_fourth = slugs.at(2);
            m_fifth = slugs.at(3);
        });
    }

    void init()
    {
        m_mm->reset();
        m_mm->addHook(kHook, kSlug);
        m_mm->addHook(kOffHook, m_other, false);
    }

    void runbooksListShowEditReset()
    {
        const test::CliResult list = m_cli.run(a(QStringLiteral("--json runbooks list")));
        QVERIFY2(list.code == 0, qPrintable(m_cli.describe(list)));
        QStringList types;
        for (const QJsonValue& v : list.json().array())
            types << v.toObject().value(QStringLiteral("type")).toString();
        for (const char* t : {"provision", "pause", "resume", "rebuild", "backup", "module_apply",
                              "upgrade_image", "decommission"})
            QVERIFY2(types.contains(QLatin1String(t)), qPrintable(types.join(QLatin1Char(','))));

        const test::CliResult show = m_cli.run(a(QStringLiteral("runbooks show upgrade_image")));
        QCOMPARE(show.code, 0);
        QVERIFY(show.out.startsWith(QStringLiteral("# An image upgrade failed")));
        QVERIFY(show.out.contains(QStringLiteral("## Escalation")));
        QCOMPARE(m_cli.run(a(QStringLiteral("runbooks show nonsense"))).code, 5);

        const QString path =
            file(QStringLiteral("rb.md"), QStringLiteral("# Upgrades at ACME\n\nPage Ana.\n"));
        // No terminal and no --yes: nothing is saved.
        QCOMPARE(m_cli.run(a(QStringLiteral("runbooks edit upgrade_image --file ")) << path).code, 3);
        QCOMPARE(m_cli.count(QStringLiteral("SELECT count(*) FROM runbooks")), 0);
        const test::CliResult edit =
            m_cli.run(a(QStringLiteral("runbooks edit upgrade_image --yes --file ")) << path);
        QVERIFY2(edit.code == 0, qPrintable(m_cli.describe(edit)));
        const test::CliResult edited = m_cli.run(a(QStringLiteral("--json runbooks show upgrade_image")));
        QCOMPARE(edited.json().object().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Upgrades at ACME"));
        QVERIFY(edited.json().object().value(QStringLiteral("overridden")).toBool());
        QCOMPARE(m_cli.run(a(QStringLiteral("runbooks reset upgrade_image --yes"))).code, 0);
        QVERIFY(m_cli.run(a(QStringLiteral("runbooks show upgrade_image")))
                    .out.startsWith(QStringLiteral("# An image upgrade failed")));
        QCOMPARE(m_cli.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('runbook.edit', "
                                            "'runbook.reset')")),
                 2);
        QCOMPARE(m_cli.run(a(QStringLiteral("runbooks edit upgrade_image --yes"))).code, 2); // --file missing
    }

    void aRequestsLife()
    {
        const QString body =
            file(QStringLiteral("body.txt"), QStringLiteral("Odoo answers 502 since 09:00."));
        const test::CliResult open = m_cli.run(
            QStringList{QStringLiteral("--json"), QStringLiteral("support"), QStringLiteral("open"),
                        QStringLiteral("--tenant"), kSlug, QStringLiteral("--subject"),
                        QStringLiteral("Odoo down"), QStringLiteral("--severity"), QStringLiteral("urgent"),
                        QStringLiteral("--body-file"), body, QStringLiteral("--yes")});
        QVERIFY2(open.code == 0, qPrintable(m_cli.describe(open)));
        const QString id =
            QString::number(open.json().object().value(QStringLiteral("request_id")).toInteger());
        const QString answer = file(QStringLiteral("answer.txt"), QStringLiteral("Restarted; fine now."));
        QCOMPARE(m_cli.run(a(QStringLiteral("support answer %1 --yes --body-file ").arg(id)) << answer).code,
                 0);
        const test::CliResult show = m_cli.run(a(QStringLiteral("--json support show ") + id));
        QCOMPARE(show.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("answered"));
        QCOMPARE(show.json().object().value(QStringLiteral("answer")).toString(),
                 QStringLiteral("Restarted; fine now."));
        QCOMPARE(m_cli.run(a(QStringLiteral("support close %1 --yes").arg(id))).code, 0);
        // Closed: answering is refused and nothing changes.
        const test::CliResult again =
            m_cli.run(a(QStringLiteral("support answer %1 --yes --body-file ").arg(id)) << answer);
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("reopen")), qPrintable(m_cli.describe(again)));
        QCOMPARE(m_cli.run(a(QStringLiteral("support reopen %1 --yes").arg(id))).code, 0);
        const test::CliResult list =
            m_cli.run(a(QStringLiteral("--json support list --state open --severity urgent")));
        QCOMPARE(list.json().array().size(), 1);
        QCOMPARE(m_cli.run(a(QStringLiteral("support show 99999"))).code, 5);
        QCOMPARE(m_cli.run(a(QStringLiteral("support list --state nonsense"))).code, 1);
        QCOMPARE(m_cli.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'support.%'")),
                 4);
    }

    // A conversation: `support reply` asks first (answered No at a terminal's prompt, nothing is written),
    // with --yes writes the reply, which answers the request; a tenant admin's reply opens it again;
    // `support show` prints the thread oldest first with who wrote as what and when, `--json` lists it; a
    // closed request takes no reply (exit 1), a missing --message is a usage error (exit 2).
    void aConversation()
    {
        const QString body = file(QStringLiteral("thread.txt"), QStringLiteral("Printing takes minutes."));
        const test::CliResult open =
            m_cli.run(QStringList{QStringLiteral("--json"), QStringLiteral("support"), QStringLiteral("open"),
                                  QStringLiteral("--tenant"), m_other, QStringLiteral("--subject"),
                                  QStringLiteral("Printing is slow"), QStringLiteral("--body-file"), body,
                                  QStringLiteral("--yes")});
        QVERIFY2(open.code == 0, qPrintable(m_cli.describe(open)));
        const QString id =
            QString::number(open.json().object().value(QStringLiteral("request_id")).toInteger());
        const QString messages =
            QStringLiteral("SELECT count(*) FROM support_messages WHERE request_id = ") + id;

        // At a terminal, answered No: the plan was shown, nothing is written.
        QProcessEnvironment env = test::cliEnvironment(m_cli.home.path());
        env.insert(QStringLiteral("FUSION_DB"), QStringLiteral("sqlite://") + m_cli.dbPath);
        env.insert(QStringLiteral("TERM"), QStringLiteral("dumb"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("script"),
                {QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-c"),
                 QStringLiteral("'%1' support reply %2 --message 'Restarted the print server.'")
                     .arg(test::fusionctlPath(), id),
                 QStringLiteral("/dev/null")});
        QVERIFY(p.waitForStarted(10000));
        QByteArray shown;
        QElapsedTimer timer;
        timer.start();
        while (!shown.contains("[y/N]") && timer.elapsed() < 15000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(100);
            shown += p.readAll();
        }
        QVERIFY2(shown.contains("[y/N]"), shown.constData());
        const QByteArray title = QByteArray("Reply to support request ") + id.toUtf8();
        QVERIFY2(shown.contains(title), shown.constData());
        p.write("n\n");
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 3);
        QCOMPARE(m_cli.count(messages), 0);
        QCOMPARE(m_cli.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'support.reply'")),
                 0);

        const test::CliResult first =
            m_cli.run({QStringLiteral("support"), QStringLiteral("reply"), id, QStringLiteral("--message"),
                       QStringLiteral("Restarted the print server."), QStringLiteral("--yes")});
        QVERIFY2(first.code == 0, qPrintable(m_cli.describe(first)));
        QVERIFY(first.out.contains(QStringLiteral("answered")));
        QCOMPARE(m_cli.count(messages), 1);
        // The tenant admin answers from the portal (an embedded file has no tenant-admin login: as SQL).
        test::guarded([&] {
            m_cli.store.exec(
                QStringLiteral("INSERT INTO support_messages (request_id, author, author_role, body) "
                               "VALUES (?, 'lena.fischer', 'tenant', 'Still slow on the second floor.')"),
                {id.toLongLong()});
        });
        const test::CliResult reopened = m_cli.run(a(QStringLiteral("--json support show ") + id));
        QCOMPARE(reopened.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QCOMPARE(
            m_cli
                .run({QStringLiteral("support"), QStringLiteral("reply"), id, QStringLiteral("--message"),
                      QStringLiteral("Replaced its network card."), QStringLiteral("--yes")})
                .code,
            0);

        const test::CliResult show = m_cli.run(a(QStringLiteral("support show ") + id));
        QCOMPARE(show.code, 0);
        const qsizetype asked = show.out.indexOf(QStringLiteral("Printing takes minutes."));
        const qsizetype restarted = show.out.indexOf(QStringLiteral("Restarted the print server."));
        const qsizetype still = show.out.indexOf(QStringLiteral("lena.fischer (tenant)"));
        const qsizetype replaced = show.out.indexOf(QStringLiteral("Replaced its network card."));
        QVERIFY2(asked >= 0 && asked < restarted && restarted < still && still < replaced,
                 qPrintable(show.out));
        QVERIFY(show.out.contains(QStringLiteral("(staff)")));
        const QJsonObject json = m_cli.run(a(QStringLiteral("--json support show ") + id)).json().object();
        const QJsonArray thread = json.value(QStringLiteral("messages")).toArray();
        QCOMPARE(thread.size(), 3);
        QCOMPARE(thread[0].toObject().value(QStringLiteral("author_role")).toString(),
                 QStringLiteral("staff"));
        QCOMPARE(thread[1].toObject().value(QStringLiteral("author")).toString(),
                 QStringLiteral("lena.fischer"));
        QCOMPARE(thread[2].toObject().value(QStringLiteral("body")).toString(),
                 QStringLiteral("Replaced its network card."));
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("answered"));
        QCOMPARE(json.value(QStringLiteral("answer")).toString(),
                 QStringLiteral("Replaced its network card."));
        QCOMPARE(m_cli.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'support.reply'")),
                 2);

        QCOMPARE(m_cli.run(a(QStringLiteral("support close %1 --yes").arg(id))).code, 0);
        const test::CliResult closed =
            m_cli.run({QStringLiteral("support"), QStringLiteral("reply"), id, QStringLiteral("--message"),
                       QStringLiteral("One more thing"), QStringLiteral("--yes")});
        QCOMPARE(closed.code, 1);
        QVERIFY2(closed.err.contains(QStringLiteral("reopen")), qPrintable(m_cli.describe(closed)));
        QCOMPARE(m_cli.run(a(QStringLiteral("support reply %1 --yes").arg(id))).code, 2);
        QCOMPARE(m_cli.count(messages), 3);
    }

    void aPostIsAskedSentOnceAndAudited()
    {
        // No channel stored yet: the exact command to store one.
        const test::CliResult none =
            m_cli.run(postArgs(kSlug, QStringLiteral("Hello")) << QStringLiteral("--yes"));
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains(QStringLiteral("fusionctl keys add mattermost --label %1").arg(kSlug)),
                 qPrintable(m_cli.describe(none)));
        QVERIFY(m_cli.addKey(QStringLiteral("mattermost"), kSlug, m_mm->hookUrl(kHook)));
        QVERIFY(m_cli.addKey(QStringLiteral("mattermost"), m_other, m_mm->hookUrl(kOffHook)));
        QVERIFY(m_cli.addKey(QStringLiteral("mattermost"), m_third, m_mm->hookUrl(kGoneHook)));

        // Not confirmed: nothing is sent.
        QCOMPARE(m_cli.run(postArgs(kSlug, QStringLiteral("Maintenance tonight 22:00 UTC"))).code, 3);
        QVERIFY(m_mm->calls().isEmpty());

        const test::CliResult ok = m_cli.run(postArgs(kSlug, QStringLiteral("Maintenance tonight 22:00 UTC"))
                                             << QStringLiteral("--yes"));
        QVERIFY2(ok.code == 0, qPrintable(m_cli.describe(ok)));
        QVERIFY(ok.out.contains(QStringLiteral("Posted")));
        QCOMPARE(m_mm->posts().size(), 1);
        QCOMPARE(m_mm->posts().at(0).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Maintenance tonight 22:00 UTC"));
        QCOMPARE(
            lastAudit(QStringLiteral("support.channel_post")).value(QStringLiteral("outcome")).toString(),
            QStringLiteral("posted"));
        neverTheAddress();
    }

    void refusalsAreSaidExactly_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("misbehave");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorId");
        QTest::newRow("400 payload") << kSlug << QStringLiteral("400") << 400
                                     << QStringLiteral("web.incoming_webhook.parse.app_error");
        QTest::newRow("403 disabled")
            << m_other << QString() << 403 << QStringLiteral("web.incoming_webhook.disabled.app_error");
        QTest::newRow("404 unknown") << m_third << QString() << 404
                                     << QStringLiteral("web.incoming_webhook.invalid.app_error");
    }
    void refusalsAreSaidExactly()
    {
        QFETCH(QString, slug);
        QFETCH(QString, misbehave);
        QFETCH(int, status);
        QFETCH(QString, errorId);
        if (!misbehave.isEmpty())
            m_mm->misbehave(misbehave);
        const test::CliResult r =
            m_cli.run(postArgs(slug, QStringLiteral("Status: degraded")) << QStringLiteral("--yes"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QString::number(status)) && r.err.contains(errorId),
                 qPrintable(m_cli.describe(r)));
        QCOMPARE(m_mm->calls().size(), 1); // one request, never resent
        QVERIFY(m_mm->posts().isEmpty());
        const QJsonObject audit = lastAudit(QStringLiteral("support.channel_post"));
        QCOMPARE(audit.value(QStringLiteral("outcome")).toString(), QStringLiteral("refused"));
        QCOMPARE(audit.value(QStringLiteral("http_status")).toInt(), status);
        QCOMPARE(audit.value(QStringLiteral("error_id")).toString(), errorId);
        neverTheAddress();
    }

    // Mattermost answering with a 20,000-line trace: stderr shows its first lines and how many more there
    // are,
    // --verbose all of them; the audit row keeps one line.
    void aHugeErrorIsBoundedUnlessVerbose()
    {
        m_mm->misbehave(QStringLiteral("huge_error"));
        const test::CliResult bounded =
            m_cli.run(postArgs(kSlug, QStringLiteral("Status: degraded")) << QStringLiteral("--yes"));
        const QJsonObject audit = lastAudit(QStringLiteral("support.channel_post"));
        m_mm->misbehave(QStringLiteral("huge_error"));
        const test::CliResult whole = m_cli.run(
            QStringList{QStringLiteral("--verbose")} + postArgs(kSlug, QStringLiteral("Status: degraded"))
            << QStringLiteral("--yes"));
        const QString problem = test::boundedOutputProblem(
            bounded, whole, QStringLiteral("panic: runtime error: invalid memory address"), 20000);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(bounded.err.contains(QStringLiteral("answered 500")), qPrintable(bounded.err.left(600)));
        // The trace's first line ends without a full stop; the sentence that follows it starts anew.
        QVERIFY2(audit.value(QStringLiteral("error"))
                     .toString()
                     .contains(QStringLiteral("dereference. Mattermost failed; try again later.")),
                 qPrintable(audit.value(QStringLiteral("error")).toString()));
        QCOMPARE(audit.value(QStringLiteral("http_status")).toInt(), 500);
        QVERIFY(audit.value(QStringLiteral("error")).toString().size() < 1000); // one line, not the trace
        QVERIFY(m_mm->posts().isEmpty());
        neverTheAddress();
    }

    void aTimeoutIsNotResent()
    {
        m_mm->misbehave(QStringLiteral("timeout"), 1, 4);
        const test::CliResult r =
            m_cli.run(postArgs(kSlug, QStringLiteral("Slow"))
                      << QStringLiteral("--yes") << QStringLiteral("--timeout") << QStringLiteral("1"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("did not answer within 1 s")), qPrintable(m_cli.describe(r)));
        QCOMPARE(m_mm->calls().size(), 1);
        const QJsonObject audit = lastAudit(QStringLiteral("support.channel_post"));
        QCOMPARE(audit.value(QStringLiteral("outcome")).toString(), QStringLiteral("timeout"));
        QVERIFY(audit.value(QStringLiteral("maybe_sent")).toBool());
        QTest::qWait(3500);
        QCOMPARE(m_mm->calls().size(), 1); // still one: nothing was resent meanwhile
        neverTheAddress();
    }

    // A webhook whose host does not resolve: the name is said, nothing was sent, the attempt audited as a
    // DNS failure; never the address.
    void aNameThatDoesNotResolveSendsNothing()
    {
        QVERIFY(m_cli.addKey(QStringLiteral("mattermost"), m_fourth,
                             QStringLiteral("http://nohost.invalid/hooks/") + kNoHostHook));
        const test::CliResult r =
            m_cli.run(postArgs(m_fourth, QStringLiteral("Hello")) << QStringLiteral("--yes"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nohost.invalid does not resolve (DNS)")) &&
                     r.err.contains(QStringLiteral("Nothing was sent")),
                 qPrintable(m_cli.describe(r)));
        QVERIFY(!r.err.contains(QStringLiteral("/hooks/")) && !r.out.contains(QStringLiteral("/hooks/")));
        const QJsonObject audit = lastAudit(QStringLiteral("support.channel_post"));
        QCOMPARE(audit.value(QStringLiteral("outcome")).toString(), QStringLiteral("dns"));
        QVERIFY(!audit.value(QStringLiteral("posted")).toBool());
        QVERIFY(!audit.value(QStringLiteral("maybe_sent")).toBool());
        QVERIFY(m_mm->calls().isEmpty());
        neverTheAddress();
    }

    // A server whose certificate nobody vouches for: TLS failed, its SHA-256 fingerprint and how to trust it
    // are said, the message never left (the server saw no HTTP request), the attempt audited as "tls".
    void aSelfSignedCertificateSendsNothing()
    {
        QTemporaryDir certDir;
        const test::SelfSignedCertificate cert = test::makeSelfSignedCertificate(certDir);
        QVERIFY2(cert.ok, "openssl could not make a certificate");
        test::FakeKeycloak https(cert.certPath, cert.keyPath);
        QVERIFY2(https.ok(), qPrintable(https.error()));
        QVERIFY(m_cli.addKey(QStringLiteral("mattermost"), m_fifth,
                             https.url().toString() + QStringLiteral("/hooks/") + kTlsHook));
        const test::CliResult r =
            m_cli.run(postArgs(m_fifth, QStringLiteral("Hello")) << QStringLiteral("--yes"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is not trusted")) && r.err.contains(cert.sha256.toLower()) &&
                     r.err.contains(QStringLiteral("Nothing was sent")),
                 qPrintable(m_cli.describe(r)));
        QVERIFY(!r.err.contains(QStringLiteral("/hooks/")) && !r.out.contains(QStringLiteral("/hooks/")));
        QVERIFY(https.calls().isEmpty());
        const QJsonObject audit = lastAudit(QStringLiteral("support.channel_post"));
        QCOMPARE(audit.value(QStringLiteral("outcome")).toString(), QStringLiteral("tls"));
        QVERIFY(!audit.value(QStringLiteral("posted")).toBool());
        QVERIFY(!audit.value(QStringLiteral("maybe_sent")).toBool());
        QVERIFY(!https.rawCalls().contains(kTlsHook.toUtf8()));
        neverTheAddress();
    }
};

QTEST_GUILESS_MAIN(TestCliSupport)
#include "tst_cli_support.moc"
