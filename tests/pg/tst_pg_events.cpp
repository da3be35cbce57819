// The events inbox on a real PostgreSQL server, as the logins that use it: 16 senders at once, each on its
// own connection as a login that has only fusion_event_intake, store exactly one row per (source, ref) —
// their retries of each other's events stored once — and the real fusionctl does the same from concurrent
// processes; an operator marks events processed, which the intake login cannot.
#include "models/ai/EventsInbox.h"
#include "models/audit/WriteExecutor.h"
#include "models/roles/Capabilities.h"
#include "models/roles/RoleService.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <mutex>
#include <thread>

using namespace fusion;

class TestPgEvents : public QObject {
    Q_OBJECT

    std::unique_ptr<test::PgTestDatabase> m_pg;
    Database m_admin; // the superuser: set-up and counting, never the code under test
    QString m_intake, m_operator;
    QTemporaryDir m_home;

    qint64 count(const QString& sql, const QVariantList& params = {}) const
    {
        return m_admin.scalar(sql, params).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::pgHost().isEmpty())
            QFAIL("FUSION_TEST_PGHOST is not set: run this test through CTest (fixture \"pg\")");
        QVERIFY(m_home.isValid());
        m_pg = std::make_unique<test::PgTestDatabase>(QStringLiteral("events"));
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        test::guarded([&] {
            test::prepare(m_admin, m_pg->target(), 0);
            m_intake = m_pg->createLogin(QStringLiteral("intake"));
            m_operator = m_pg->createLogin(QStringLiteral("operator"));
            RoleService roles(m_admin);
            WriteExecutor::execute(m_admin, roles.planGrant(m_operator, Roles::Operator));
        });
        QString error;
        QVERIFY2(
            m_pg->superuserExec(QStringLiteral("GRANT fusion_event_intake TO \"%1\"").arg(m_intake), &error),
            qPrintable(error));
    }

    // 16 senders × 100 events; each sender also retries the first 10 events of its neighbour while the
    // neighbour sends them, so 160 references arrive twice at about the same moment.
    void sixteenConcurrentSendersStoreEachEventOnce()
    {
        constexpr int kSenders = 16;
        constexpr int kEvents = 100;
        constexpr int kRetried = 10;
        std::mutex lock;
        QList<qint64> newIds;
        int duplicates = 0;
        int duplicatesWithId = 0;
        QStringList errors;
        std::vector<std::thread> senders;
        for (int s = 0; s < kSenders; ++s) {
            senders.emplace_back([&, s] {
                try {
                    Database db; // a connection of its own, in its own thread
                    db.open(m_pg->target(m_intake));
                    const auto send = [&](int sender, int i) {
                        const QString ref = QStringLiteral("s%1-e%2").arg(sender).arg(i);
                        const QByteArray payload =
                            QJsonDocument(
                                QJsonObject{{QStringLiteral("sender"), sender}, {QStringLiteral("n"), i}})
                                .toJson(QJsonDocument::Compact);
                        const ReceivedEvent r = EventsInbox::receive(
                            db, QStringLiteral("n8n"), QStringLiteral("workflow.done"), ref, payload);
                        const std::lock_guard<std::mutex> guard(lock);
                        if (r.duplicate) {
                            ++duplicates;
                            duplicatesWithId += r.id.has_value() ? 1 : 0;
                        } else {
                            newIds << r.id.value_or(0);
                        }
                    };
                    for (int i = 0; i < kEvents; ++i) {
                        send(s, i);
                        if (i < kRetried)
                            send((s + 1) % kSenders, i);
                    }
                } catch (const Failure& f) {
                    const std::lock_guard<std::mutex> guard(lock);
                    errors << f.error().message + QLatin1Char(' ') + f.error().detail;
                } catch (const std::exception& e) {
                    const std::lock_guard<std::mutex> guard(lock);
                    errors << QString::fromUtf8(e.what());
                }
            });
        }
        for (std::thread& t : senders)
            t.join();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

        test::guarded([&] {
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_events")), kSenders * kEvents);
            QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT (source, ref)) FROM ai_events")),
                     kSenders * kEvents);
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM ai_events WHERE received_by = ?"), {m_intake}),
                kSenders * kEvents);
            // Every retry arrived as a duplicate and stored nothing; the intake role may not read ids back.
            QCOMPARE(duplicates, kSenders * kRetried);
            QCOMPARE(duplicatesWithId, 0);
            // Each new event was told its own id.
            QCOMPARE(newIds.size(), kSenders * kEvents);
            const QSet<qint64> distinct(newIds.cbegin(), newIds.cend());
            QCOMPARE(distinct.size(), kSenders * kEvents);
            QVERIFY(!distinct.contains(0));
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM ai_events WHERE id = ANY (CAST(? AS bigint[]))"),
                      {[&] {
                          QStringList ids;
                          for (const qint64 id : newIds)
                              ids << QString::number(id);
                          return QStringLiteral("{%1}").arg(ids.join(QLatin1Char(',')));
                      }()}),
                kSenders * kEvents);
            // Nothing went to the hash-chained audit log for the intake.
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'ai_event%'")),
                     0);
        });
    }

    // fusionctl events receive from 8 processes at once, as the intake login, with one reference.
    void concurrentFusionctlRetriesStoreOneRow()
    {
        constexpr int kProcesses = 8;
        const qint64 before = count(QStringLiteral("SELECT count(*) FROM ai_events"));
        QList<QProcess*> processes;
        for (int i = 0; i < kProcesses; ++i) {
            auto* p = new QProcess(this);
            p->setProcessEnvironment(test::cliEnvironment(m_home.path()));
            p->start(test::fusionctlPath(),
                     {QStringLiteral("--db"), m_pg->url(m_intake), QStringLiteral("--json"),
                      QStringLiteral("events"), QStringLiteral("receive"), QStringLiteral("--source"),
                      QStringLiteral("github"), QStringLiteral("--type"), QStringLiteral("push"),
                      QStringLiteral("--ref"), QStringLiteral("delivery-72d4")});
            processes << p;
        }
        for (QProcess* p : processes) {
            QVERIFY(p->waitForStarted());
            p->write(R"({"ref":"refs/heads/main","commits":[{"id":"9f1c"}]})");
            p->closeWriteChannel();
        }
        int fresh = 0;
        int repeated = 0;
        for (QProcess* p : processes) {
            QVERIFY(p->waitForFinished(120000));
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, qPrintable(err));
            const QJsonObject o = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
            if (o.value(QStringLiteral("duplicate")).toBool()) {
                ++repeated;
                QVERIFY(o.value(QStringLiteral("id")).isNull());
            } else {
                ++fresh;
                QVERIFY(o.value(QStringLiteral("id")).toInteger() > 0);
            }
            delete p;
        }
        QCOMPARE(fresh, 1);
        QCOMPARE(repeated, kProcesses - 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_events")), before + 1);
    }

    void badInputFromTheIntakeStoresNothing()
    {
        const qint64 before = count(QStringLiteral("SELECT count(*) FROM ai_events"));
        const QStringList args{QStringLiteral("--db"),     m_pg->url(m_intake),
                               QStringLiteral("events"),   QStringLiteral("receive"),
                               QStringLiteral("--source"), QStringLiteral("n8n"),
                               QStringLiteral("--type"),   QStringLiteral("t")};
        for (const QByteArray& body : {QByteArray(R"({"a":)"), QByteArray(R"({"a":"\u0000"})"),
                                       QByteArray(R"({"a":"\ud800"})"), QByteArray(1024 * 1024 + 1, ' ')}) {
            const test::CliResult r = test::runCli(m_home.path(), args, body);
            QVERIFY2(r.code == 1, qPrintable(r.err));
            // Refused as the sender's mistake, by the check or by jsonb, never as a database failure.
            QVERIFY2(r.err.contains(QStringLiteral("stored")), qPrintable(r.err));
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_events")), before);
    }

    void theOperatorProcessesAndTheIntakeCannot()
    {
        const qint64 a = count(QStringLiteral("SELECT id FROM ai_events WHERE ref = 's0-e0'"));
        const qint64 b = count(QStringLiteral("SELECT id FROM ai_events WHERE ref = 's1-e0'"));
        QVERIFY(a > 0 && b > 0);
        const auto cli = [&](const QString& login, const QStringList& args) {
            return test::runCli(m_home.path(), QStringList{QStringLiteral("--db"), m_pg->url(login)} + args);
        };
        const QStringList process{
            QStringLiteral("events"),  QStringLiteral("process"), QString::number(a),     QString::number(b),
            QStringLiteral("--notes"), QStringLiteral("checked"), QStringLiteral("--yes")};
        const test::CliResult denied = cli(m_intake, process);
        QVERIFY2(denied.code == 4, qPrintable(denied.err));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_events WHERE processed")), 0);
        QCOMPARE(cli(m_intake, {QStringLiteral("events"), QStringLiteral("list")}).code, 4);

        const test::CliResult done = cli(m_operator, process);
        QVERIFY2(done.code == 0, qPrintable(done.err));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM ai_events WHERE processed AND processed_by = ? AND "
                                 "notes = 'checked' AND row_version = 2"),
                  {m_operator}),
            2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ai_event.process'")),
                 1);
        // A second time: refused by id, nothing changed.
        const test::CliResult again = cli(m_operator, process);
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QString::number(a)), qPrintable(again.err));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ai_event.process'")),
                 1);
        const test::CliResult listed =
            cli(m_operator, {QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--processed"),
                             QStringLiteral("yes"), QStringLiteral("--json")});
        QCOMPARE(listed.code, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPgEvents)
#include "tst_pg_events.moc"
