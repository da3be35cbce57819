// Support conversations on the embedded SQLite file (issue 14, migration 0019): a request's thread lists its
// messages oldest first; a staff reply answers an open request and becomes its answer, a tenant admin's reply
// on an answered request opens it again, each through the models with its audit row; a closed request takes
// no message (the models say so, the database refuses SQL around them); messages never change; a reply
// planned on a request that moved meanwhile is refused; answers given before 0019 become the first staff
// message; the demo seeds requests with conversations in every state.
#include "models/audit/WriteExecutor.h"
#include "models/demo/DemoSeeder.h"
#include "models/storage/Migrator.h"
#include "models/support/SupportRequests.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace fusion;

class TestSupportThread : public QObject {
    Q_OBJECT

    test::FreshSqliteCopies m_copies;
    Database m_db;

    qint64 count(const QString& sql, const QVariantList& params = {})
    {
        return m_db.scalar(sql, params).toLongLong();
    }
    qint64 openRequest()
    {
        const QString slug =
            m_db.scalar(QStringLiteral("SELECT slug FROM tenants ORDER BY id LIMIT 1")).toString();
        return WriteExecutor::execute(m_db,
                                      SupportRequests::planOpen(m_db, slug, QStringLiteral("Odoo is slow"),
                                                                QStringLiteral("Every page takes 20 s."),
                                                                QStringLiteral("high")))
            .value(QStringLiteral("request_id"))
            .toInteger();
    }
    void reply(qint64 id, const QString& text)
    {
        WriteExecutor::execute(m_db, SupportRequests::planReply(m_db, id, text));
    }
    // What a tenant admin's reply is on an embedded file (no roles here: the portal's login writes as
    // tenant).
    std::optional<Error> tenantSays(qint64 id, const QString& text)
    {
        return sql(
            QStringLiteral("INSERT INTO support_messages (request_id, author, author_role, body) VALUES "
                           "(?, 'lena.fischer', 'tenant', ?)"),
            {id, text});
    }
    QString stateOf(qint64 id)
    {
        return m_db.scalar(QStringLiteral("SELECT state FROM support_requests WHERE id = ?"), {id})
            .toString();
    }
    std::optional<Error> sql(const QString& statement, const QVariantList& params = {})
    {
        return test::failureOf([&] { m_db.exec(statement, params); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::guarded([&] { m_copies.prepare(4); });
    }
    void init()
    {
        test::guarded([&] { m_copies.openCopy(m_db); });
    }

    // Staff reply → answered, the reply is the answer; staff again → still answered, the newest is the
    // answer; the tenant admin replies → open again. The thread reads oldest first, each reply audited once.
    void theThreadMovesTheRequest()
    {
        test::guarded([&] {
            const qint64 id = openRequest();
            QCOMPARE(SupportRequests::replyRole(m_db), QStringLiteral("staff"));
            reply(id, QStringLiteral("We restarted the workers; better?"));
            QCOMPARE(stateOf(id), QStringLiteral("answered"));
            QCOMPARE(SupportRequests::read(m_db, id).answer,
                     QStringLiteral("We restarted the workers; better?"));
            QVERIFY(!tenantSays(id, QStringLiteral("Still slow on the invoice list.")));
            QCOMPARE(stateOf(id), QStringLiteral("open"));
            reply(id, QStringLiteral("The invoice list had a missing index; added."));
            QCOMPARE(stateOf(id), QStringLiteral("answered"));
            reply(id, QStringLiteral("And the report cache is warm again."));
            QCOMPARE(stateOf(id), QStringLiteral("answered"));
            const SupportRequest r = SupportRequests::read(m_db, id);
            QCOMPARE(r.answer, QStringLiteral("And the report cache is warm again."));
            const QList<SupportMessage> thread = SupportRequests::messages(m_db, id);
            QCOMPARE(thread.size(), 4);
            QCOMPARE(thread[0].body, QStringLiteral("We restarted the workers; better?"));
            QCOMPARE(thread[1].authorRole, QStringLiteral("tenant"));
            QCOMPARE(thread[1].author, QStringLiteral("lena.fischer"));
            QCOMPARE(thread[3].body, QStringLiteral("And the report cache is warm again."));
            QVERIFY(thread[0].isStaff() && !thread[1].isStaff());
            QCOMPARE(thread[0].author, m_db.actor());
            for (int i = 1; i < thread.size(); ++i)
                QVERIFY(thread[i - 1].createdAt <= thread[i].createdAt);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'support.reply' AND "
                                          "tenant_id = ? AND target = ?"),
                           {r.tenantId, QString::number(id)}),
                     3);
            // The list's threads are the same, keyed by request.
            const auto threads = SupportRequests::threads(m_db, {id, 999999});
            QCOMPARE(threads.value(id).size(), 4);
            QVERIFY(!threads.contains(999999));
            // `support answer` is the first answer only.
            QCOMPARE(
                test::failureOf([&] { SupportRequests::planAnswer(m_db, id, QStringLiteral("x")); })->kind,
                ErrorKind::Conflict);
        });
    }

    // Closed: the models refuse before anything is written, SQL around them is refused by the database;
    // reopened, the thread goes on.
    void aClosedRequestTakesNoMessage()
    {
        test::guarded([&] {
            const qint64 id = openRequest();
            reply(id, QStringLiteral("Fixed."));
            WriteExecutor::execute(m_db, SupportRequests::planClose(m_db, id));
            const QString before = test::snapshot(m_db);
            const auto e =
                test::failureOf([&] { SupportRequests::planReply(m_db, id, QStringLiteral("one more")); });
            QVERIFY(e && e->kind == ErrorKind::Conflict && e->message.contains(QStringLiteral("reopen")));
            const auto viaSql = tenantSays(id, QStringLiteral("Thanks!"));
            QVERIFY2(viaSql && viaSql->message.contains(QStringLiteral("closed")),
                     qPrintable(viaSql->message));
            QVERIFY(sql(QStringLiteral("INSERT INTO support_messages (request_id, author, author_role, body) "
                                       "VALUES (?, 'op', 'staff', 'x')"),
                        {id}));
            QCOMPARE(test::snapshot(m_db), before);
            WriteExecutor::execute(m_db, SupportRequests::planReopen(m_db, id));
            reply(id, QStringLiteral("Reopened: what else?"));
            QCOMPARE(stateOf(id), QStringLiteral("answered"));
            QCOMPARE(SupportRequests::messages(m_db, id).size(), 2);
        });
    }

    // Written once: no update and no delete of a message; the answer cannot be set around the thread;
    // empty and oversized messages are refused.
    void messagesNeverChange()
    {
        qint64 id = 0;
        test::guarded([&] {
            id = openRequest();
            reply(id, QStringLiteral("We are on it."));
        });
        const QString before = test::snapshot(m_db);
        const auto update = sql(QStringLiteral("UPDATE support_messages SET body = 'We never said that.'"));
        QVERIFY2(update && update->message.contains(QStringLiteral("cannot be changed")),
                 qPrintable(update ? update->message : QString()));
        QVERIFY(sql(QStringLiteral("UPDATE support_messages SET author = 'someone.else'")));
        QVERIFY(sql(QStringLiteral("DELETE FROM support_messages")));
        const auto forged =
            sql(QStringLiteral("UPDATE support_requests SET answer = 'forged' WHERE id = ?"), {id});
        QVERIFY2(forged && forged->message.contains(QStringLiteral("reply in its thread")),
                 qPrintable(forged ? forged->message : QString()));
        QVERIFY(
            sql(QStringLiteral("INSERT INTO support_messages (request_id, author, author_role, body) VALUES "
                               "(?, 'op', 'staff', '   ')"),
                {id}));
        QVERIFY(
            sql(QStringLiteral("INSERT INTO support_messages (request_id, author, author_role, body) VALUES "
                               "(?, 'op', 'robot', 'x')"),
                {id}));
        QCOMPARE(test::failureOf([&] {
                     SupportRequests::planReply(m_db, id, QString(10001, QLatin1Char('x')));
                 })->kind,
                 ErrorKind::InvalidInput);
        QCOMPARE(test::snapshot(m_db), before);
        // Only a request that no longer exists takes its messages along.
        QVERIFY(!sql(QStringLiteral("DELETE FROM support_requests WHERE id = ?"), {id}));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM support_messages WHERE request_id = ?"), {id}),
                 0);
    }

    // A reply planned on what the person saw is refused once the request moved; nothing is written for it.
    void aStaleReplyIsRefused()
    {
        test::guarded([&] {
            const qint64 id = openRequest();
            const PendingWrite late = SupportRequests::planReply(m_db, id, QStringLiteral("Restarted."));
            reply(id, QStringLiteral("Someone else answered first."));
            const auto e = test::failureOf([&] { WriteExecutor::execute(m_db, late); });
            QVERIFY(e);
            QCOMPARE(e->kind, ErrorKind::Conflict);
            QVERIFY2(e->message.contains(QStringLiteral("changed meanwhile")), qPrintable(e->message));
            QCOMPARE(SupportRequests::messages(m_db, id).size(), 1);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'support.reply'")),
                     1);
            // The database says the same to SQL that names the version it saw.
            const auto viaSql =
                sql(QStringLiteral("INSERT INTO support_messages (request_id, author, author_role, body, "
                                   "seen_version) VALUES (?, 'op', 'staff', 'x', 1)"),
                    {id});
            QVERIFY2(viaSql && viaSql->message.contains(QStringLiteral("changed meanwhile")),
                     qPrintable(viaSql ? viaSql->message : QString()));
        });
    }

    // A file from before 0019 with an answered request: after the upgrade the answer is the thread's first
    // staff message, by whoever answered, when they answered; the request is unchanged.
    void olderAnswersBecomeTheFirstMessage()
    {
        qint64 id = 0;
        test::guarded([&] { id = openRequest(); });
        const QString path = m_db.target().sqlitePath;
        m_db.close();
        QString error;
        QVERIFY2(test::sqliteExec(path,
                                  test::sqliteBefore19() +
                                      QStringList{QStringLiteral("UPDATE support_requests SET state = "
                                                                 "'answered', answer = 'Restarted the pod.', "
                                                                 "answered_by = 'jon.reyes', answered_at = "
                                                                 "'2026-11-30T10:00:00.000Z' WHERE id = %1")
                                                      .arg(id)},
                                  &error),
                 qPrintable(error));
        test::guarded([&] {
            m_db.open(test::sqliteTarget(m_copies.dir(), QFileInfo(path).fileName()));
            QCOMPARE(count(QStringLiteral("SELECT max(version) FROM schema_version")), 18);
            WriteExecutor::execute(m_db, Migrator::planUpgrade(m_db));
            const QList<SupportMessage> thread = SupportRequests::messages(m_db, id);
            QCOMPARE(thread.size(), 1);
            QCOMPARE(thread[0].body, QStringLiteral("Restarted the pod."));
            QCOMPARE(thread[0].author, QStringLiteral("jon.reyes"));
            QVERIFY(thread[0].isStaff());
            QCOMPARE(thread[0].createdAt, QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC));
            QCOMPARE(stateOf(id), QStringLiteral("answered"));
        });
    }

    // `fusionctl demo seed`'s requests: five across tenants and severities, open, answered and closed, with
    // short conversations the database moved as they were written.
    void theDemoSeedsConversations()
    {
        const DatabaseTarget target = test::sqliteTarget(m_copies.dir(), QStringLiteral("demo.db"));
        Database db;
        test::guarded([&] {
            db.open(target);
            WriteExecutor::execute(db, Migrator::planUpgrade(db));
            DemoOptions options;
            options.tenants = 6;
            options.aiConsole = false;
            WriteExecutor::execute(db, DemoSeeder::plan(db, options));
            const QList<SupportRequest> all = SupportRequests::list(db);
            QCOMPARE(all.size(), 5);
            QMap<QString, int> states;
            QSet<qint64> tenants;
            QSet<QString> severities;
            for (const SupportRequest& r : all) {
                ++states[r.state];
                tenants << r.tenantId;
                severities << r.severity;
                const QList<SupportMessage> thread = SupportRequests::messages(db, r.id);
                if (r.state == QLatin1String("answered"))
                    QCOMPARE(thread.last().body, r.answer); // the newest is staff's, and it is the answer
            }
            QCOMPARE(states.value(QStringLiteral("open")), 2);
            QCOMPARE(states.value(QStringLiteral("answered")), 2);
            QCOMPARE(states.value(QStringLiteral("closed")), 1);
            QVERIFY(tenants.size() >= 3);
            QVERIFY(severities.size() >= 3);
            QVERIFY(db.scalar(QStringLiteral(
                                  "SELECT count(*) FROM support_messages WHERE author_role = 'tenant'"))
                        .toInt() >= 2);
            QCOMPARE(
                db.scalar(QStringLiteral("SELECT count(*) FROM support_requests WHERE subject = 'Odoo slow "
                                         "since yesterday' AND state = 'answered'"))
                    .toInt(),
                1);
        });
    }
};

QTEST_GUILESS_MAIN(TestSupportThread)
#include "tst_support_thread.moc"
