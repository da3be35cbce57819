// Support conversations on PostgreSQL as real logins (migration 0019): a tenant admin reads and writes the
// threads of its own tenants' requests only, in its own name and as a tenant admin — another tenant's thread
// does not exist for it, and SQL around the models is refused by row-level security; its reply on an answered
// request opens it again; finance reads every thread and writes none; operators' replies answer; a closed
// request takes no message from anyone; no login, not even the superuser, changes or deletes a message.
#include "models/audit/WriteExecutor.h"
#include "models/roles/Capabilities.h"
#include "models/roles/RoleService.h"
#include "models/support/SupportRequests.h"
#include "tests/common/Failures.h"
#include "tests/common/PgLogins.h"
#include "tests/common/TestSupport.h"

#include <QTest>

using namespace fusion;

class TestPgSupportThread : public QObject, protected test::PgLogins {
    Q_OBJECT

    QString m_finance;
    QString m_slugA, m_slugB;

    std::optional<Error> sqlAs(const QString& login, const QString& sql, const QVariantList& params = {})
    {
        auto db = as(login);
        return test::failureOf([&] { db->exec(sql, params); });
    }
    std::optional<Error> replyAs(const QString& login, qint64 id, const QString& text)
    {
        auto db = as(login);
        return test::failureOf(
            [&] { WriteExecutor::execute(*db, SupportRequests::planReply(*db, id, text)); });
    }
    qint64 openAs(const QString& login, const QString& slug)
    {
        auto db = as(login);
        return WriteExecutor::execute(*db,
                                      SupportRequests::planOpen(*db, slug, QStringLiteral("Invoices missing"),
                                                                QStringLiteral("The December invoices are "
                                                                               "not in Odoo."),
                                                                QStringLiteral("normal")))
            .value(QStringLiteral("request_id"))
            .toInteger();
    }
    QString stateOf(qint64 id)
    {
        return m_admin.scalar(QStringLiteral("SELECT state FROM support_requests WHERE id = ?"), {id})
            .toString();
    }
    qint64 messagesOf(qint64 id)
    {
        return count(QStringLiteral("SELECT count(*) FROM support_messages WHERE request_id = ?"), {id});
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString setUp = setUpLogins(QStringLiteral("thread"));
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
        test::guarded([&] {
            m_finance = m_pg->createLogin(QStringLiteral("finance"));
            WriteExecutor::execute(m_admin, RoleService(m_admin).planGrant(m_finance, Roles::Finance));
            m_slugA = m_admin.scalar(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"), {m_tenantA})
                          .toString();
            m_slugB = m_admin.scalar(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"), {m_tenantB})
                          .toString();
        });
    }

    // A's admin and B's admin each have a request the operator answered. A's admin reads its thread only,
    // cannot write on B's (neither through the models nor around them), nor as someone else or as staff; its
    // own reply opens the answered request again, audited as it.
    void tenantAdminsWriteOnTheirOwnThreadsOnly()
    {
        qint64 mine = 0, theirs = 0;
        test::guarded([&] {
            mine = openAs(m_tadminA, m_slugA);
            theirs = openAs(m_tadminB, m_slugB);
        });
        for (const qint64 id : {mine, theirs}) {
            QVERIFY(!replyAs(m_operator, id, QStringLiteral("Looking into it: the sync job was paused.")));
            QCOMPARE(stateOf(id), QStringLiteral("answered"));
        }
        test::guarded([&] {
            auto a = as(m_tadminA);
            QCOMPARE(SupportRequests::replyRole(*a), QStringLiteral("tenant"));
            QCOMPARE(SupportRequests::messages(*a, mine).size(), 1);
            QCOMPARE(SupportRequests::messages(*a, mine).at(0).author, m_operator);
            QVERIFY(SupportRequests::messages(*a, theirs).isEmpty());
            QCOMPARE(a->scalar(QStringLiteral("SELECT count(*) FROM support_messages WHERE request_id = ?"),
                               {theirs})
                         .toLongLong(),
                     0);
            QVERIFY(SupportRequests::threads(*a, {mine, theirs}).keys() == QList<qint64>{mine});
        });
        // B's request: the models do not find it; SQL is refused by row-level security.
        const qint64 before = messagesOf(theirs);
        const auto viaModels = replyAs(m_tadminA, theirs, QStringLiteral("Me too"));
        QVERIFY2(viaModels && viaModels->kind == ErrorKind::NotFound, qPrintable(messageOf(viaModels)));
        const auto viaSql =
            sqlAs(m_tadminA,
                  QStringLiteral("INSERT INTO support_messages (request_id, author, author_role, "
                                 "body) VALUES (?, session_user, 'tenant', 'Me too')"),
                  {theirs});
        QVERIFY2(viaSql && messageOf(viaSql).contains(QLatin1String("row-level security")),
                 qPrintable(messageOf(viaSql)));
        QCOMPARE(messagesOf(theirs), before);
        QCOMPARE(stateOf(theirs), QStringLiteral("answered"));
        // On its own request: not in someone else's name, not as staff.
        QVERIFY(sqlAs(
            m_tadminA,
            QStringLiteral("INSERT INTO support_messages (request_id, author, author_role, body) VALUES "
                           "(?, ?, 'tenant', 'x')"),
            {mine, m_tadminB}));
        QVERIFY(sqlAs(
            m_tadminA,
            QStringLiteral("INSERT INTO support_messages (request_id, author, author_role, body) VALUES "
                           "(?, session_user, 'staff', 'x')"),
            {mine}));
        // Its reply on the answered request opens it again for the operators.
        QVERIFY(!replyAs(m_tadminA, mine, QStringLiteral("Still missing for December 3.")));
        QCOMPARE(stateOf(mine), QStringLiteral("open"));
        QCOMPARE(m_admin
                     .scalar(QStringLiteral("SELECT author_role FROM support_messages WHERE request_id = ? "
                                            "ORDER BY id DESC LIMIT 1"),
                             {mine})
                     .toString(),
                 QStringLiteral("tenant"));
        QCOMPARE(count(QStringLiteral(
                           "SELECT count(*) FROM audit_log WHERE action = 'support.reply' AND actor = ? "
                           "AND tenant_id = ?"),
                       {m_tadminA, m_tenantA}),
                 1);
        // The operator's next reply answers it again; the answer is that reply.
        QVERIFY(!replyAs(m_operator, mine, QStringLiteral("Re-imported December 3.")));
        QCOMPARE(stateOf(mine), QStringLiteral("answered"));
        QCOMPARE(m_admin.scalar(QStringLiteral("SELECT answer FROM support_requests WHERE id = ?"), {mine})
                     .toString(),
                 QStringLiteral("Re-imported December 3."));
    }

    // Finance reads every thread and writes none: the database refuses, through the models and around them.
    void financeReadsAndCannotWrite()
    {
        qint64 id = 0;
        test::guarded([&] { id = openAs(m_tadminA, m_slugA); });
        QVERIFY(!replyAs(m_operator, id, QStringLiteral("Done.")));
        test::guarded([&] {
            auto f = as(m_finance);
            QCOMPARE(SupportRequests::messages(*f, id).size(), 1);
        });
        const auto e = replyAs(m_finance, id, QStringLiteral("Credit note issued."));
        QVERIFY2(e && e->kind == ErrorKind::PermissionDenied, qPrintable(messageOf(e)));
        QVERIFY(sqlAs(
            m_finance,
            QStringLiteral("INSERT INTO support_messages (request_id, author, author_role, body) VALUES "
                           "(?, session_user, 'staff', 'x')"),
            {id}));
        QCOMPARE(messagesOf(id), 1);
    }

    // Closed: nobody writes, whatever the role and whichever way; reopened, the thread goes on.
    void aClosedRequestTakesNoMessageFromAnyone()
    {
        qint64 id = 0;
        test::guarded([&] { id = openAs(m_tadminA, m_slugA); });
        QVERIFY(!replyAs(m_operator, id, QStringLiteral("Fixed.")));
        test::guarded([&] {
            auto o = as(m_operator);
            WriteExecutor::execute(*o, SupportRequests::planClose(*o, id));
        });
        for (const QString& login : {m_tadminA, m_operator, m_owner}) {
            const auto viaModels = replyAs(login, id, QStringLiteral("one more"));
            QVERIFY2(viaModels && viaModels->kind == ErrorKind::Conflict,
                     qPrintable(login + messageOf(viaModels)));
            const auto viaSql = sqlAs(
                login,
                QStringLiteral("INSERT INTO support_messages (request_id, author, author_role, body) VALUES "
                               "(?, session_user, ?, 'x')"),
                {id, login == m_tadminA ? QStringLiteral("tenant") : QStringLiteral("staff")});
            QVERIFY2(viaSql && messageOf(viaSql).contains(QLatin1String("closed")),
                     qPrintable(login + messageOf(viaSql)));
        }
        QCOMPARE(messagesOf(id), 1);
        QCOMPARE(stateOf(id), QStringLiteral("closed"));
    }

    // No login changes or deletes a message: not the owner, not the superuser (triggers hold for it too);
    // the answer is set by a reply only.
    void messagesAreWrittenOnce()
    {
        qint64 id = 0;
        test::guarded([&] { id = openAs(m_tadminA, m_slugA); });
        QVERIFY(!replyAs(m_operator, id, QStringLiteral("We are on it.")));
        for (const QString& login : {m_owner, m_operator}) {
            QVERIFY(sqlAs(
                login, QStringLiteral("UPDATE support_messages SET body = 'x' WHERE request_id = ?"), {id}));
            QVERIFY(sqlAs(login, QStringLiteral("DELETE FROM support_messages WHERE request_id = ?"), {id}));
        }
        const auto update = test::failureOf([&] {
            m_admin.exec(QStringLiteral(
                             "UPDATE support_messages SET body = 'We never said that.' WHERE request_id = ?"),
                         {id});
        });
        QVERIFY2(update && messageOf(update).contains(QLatin1String("cannot be changed")),
                 qPrintable(messageOf(update)));
        const auto remove = test::failureOf(
            [&] { m_admin.exec(QStringLiteral("DELETE FROM support_messages WHERE request_id = ?"), {id}); });
        QVERIFY2(remove && messageOf(remove).contains(QLatin1String("cannot be changed")),
                 qPrintable(messageOf(remove)));
        const auto forged = sqlAs(
            m_owner, QStringLiteral("UPDATE support_requests SET answer = 'forged' WHERE id = ?"), {id});
        QVERIFY2(forged && messageOf(forged).contains(QLatin1String("reply in its thread")),
                 qPrintable(messageOf(forged)));
        QCOMPARE(
            m_admin.scalar(QStringLiteral("SELECT body FROM support_messages WHERE request_id = ?"), {id})
                .toString(),
            QStringLiteral("We are on it."));
    }

    // Two operators reply to what they both saw: one reply is written, the other is refused as stale.
    void twoRepliesToTheSameVersion()
    {
        qint64 id = 0;
        test::guarded([&] { id = openAs(m_tadminA, m_slugA); });
        auto first = as(m_operator);
        auto second = as(m_owner);
        std::optional<Error> e;
        test::guarded([&] {
            const PendingWrite a = SupportRequests::planReply(*first, id, QStringLiteral("Restarted."));
            const PendingWrite b = SupportRequests::planReply(*second, id, QStringLiteral("Rebuilt."));
            WriteExecutor::execute(*first, a);
            e = test::failureOf([&] { WriteExecutor::execute(*second, b); });
        });
        QVERIFY2(e && e->kind == ErrorKind::Conflict &&
                     e->message.contains(QLatin1String("changed meanwhile")),
                 qPrintable(messageOf(e)));
        QCOMPARE(messagesOf(id), 1);
    }
};

QTEST_GUILESS_MAIN(TestPgSupportThread)
#include "tst_pg_support_thread.moc"
