// Support and runbooks on PostgreSQL as real logins (migration 0016): only owners edit and reset runbooks,
// everyone reads them; a tenant admin sees and opens support requests of its own tenants only — another
// tenant's are refused by the database, not by the models; operators answer, close and reopen, finance reads;
// the state machine holds for every role, also when SQL goes around the models.
#include "models/audit/WriteExecutor.h"
#include "models/roles/Capabilities.h"
#include "models/roles/RoleService.h"
#include "models/support/Runbooks.h"
#include "models/support/SupportRequests.h"
#include "tests/common/Failures.h"
#include "tests/common/PgLogins.h"
#include "tests/common/TestSupport.h"

#include <QTest>

using namespace fusion;

class TestPgSupport : public QObject, protected test::PgLogins {
    Q_OBJECT

    QString m_finance;
    QString m_slugA, m_slugB;

    std::optional<Error> sqlAs(const QString& login, const QString& sql, const QVariantList& params = {})
    {
        auto db = as(login);
        return test::failureOf([&] { db->exec(sql, params); });
    }
    std::optional<Error> writeAs(const QString& login, const std::function<PendingWrite(Database&)>& plan)
    {
        auto db = as(login);
        return test::failureOf([&] { WriteExecutor::execute(*db, plan(*db)); });
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

private Q_SLOTS:
    void initTestCase()
    {
        const QString setUp = setUpLogins(QStringLiteral("support"));
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

    // Everyone reads the runbooks; only an owner's edit and reset go through, each audited as the owner.
    void onlyOwnersEditRunbooks()
    {
        const QString text = QStringLiteral("# Pausing at ACME\n\nAsk the account manager first.\n");
        for (const QString& login : {m_operator, m_finance, m_tadminA}) {
            test::guarded([&] {
                auto db = as(login);
                QVERIFY(!Runbooks::read(*db, QStringLiteral("pause")).overridden);
            });
            const auto e = writeAs(
                login, [&](Database& d) { return Runbooks::planEdit(d, QStringLiteral("pause"), text); });
            QVERIFY2(e && e->kind == ErrorKind::PermissionDenied,
                     qPrintable(login + QLatin1Char(' ') + messageOf(e)));
            QVERIFY(sqlAs(login, QStringLiteral(
                                     "INSERT INTO runbooks (type, title, body) VALUES ('pause', 't', 'b')")));
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM runbooks")), 0);
        QVERIFY(!writeAs(m_owner,
                         [&](Database& d) { return Runbooks::planEdit(d, QStringLiteral("pause"), text); }));
        test::guarded([&] {
            auto db = as(m_operator);
            const Runbook r = Runbooks::read(*db, QStringLiteral("pause"));
            QVERIFY(r.overridden);
            QCOMPARE(r.title, QStringLiteral("Pausing at ACME"));
            QCOMPARE(r.updatedBy, m_owner);
        });
        // Nobody but an owner deletes the override.
        QVERIFY(sqlAs(m_operator, QStringLiteral("DELETE FROM runbooks")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM runbooks")), 1);
        QVERIFY(
            !writeAs(m_owner, [&](Database& d) { return Runbooks::planReset(d, QStringLiteral("pause")); }));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM runbooks")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('runbook.edit', "
                                      "'runbook.reset') AND actor = ?"),
                       {m_owner}),
                 2);
    }

    // A tenant admin opens requests for its tenant and sees those only; another tenant's is invisible to it
    // and opening one there is refused by the database's row-level security, even in plain SQL.
    void tenantAdminsSeeAndOpenOnlyTheirOwn()
    {
        qint64 mine = 0, theirs = 0;
        test::guarded([&] {
            mine = openAs(m_tadminA, m_slugA);
            theirs = openAs(m_tadminB, m_slugB);
        });
        QVERIFY(mine > 0 && theirs > 0);
        QCOMPARE(
            m_admin.scalar(QStringLiteral("SELECT created_by FROM support_requests WHERE id = ?"), {mine})
                .toString(),
            m_tadminA);
        test::guarded([&] {
            auto a = as(m_tadminA);
            const QList<SupportRequest> seen = SupportRequests::list(*a);
            QVERIFY(!seen.isEmpty());
            for (const SupportRequest& r : seen)
                QCOMPARE(r.tenantId, m_tenantA);
            QVERIFY(!SupportRequests::find(*a, theirs));
            QCOMPARE(a->scalar(QStringLiteral("SELECT count(*) FROM support_requests WHERE tenant_id = ?"),
                               {m_tenantB})
                         .toInt(),
                     0);
        });
        // Through the model: the other tenant does not exist for it.
        const auto viaModel = writeAs(m_tadminA, [&](Database& d) {
            return SupportRequests::planOpen(d, m_slugB, QStringLiteral("s"), QStringLiteral("b"),
                                             QStringLiteral("low"));
        });
        QVERIFY(viaModel && viaModel->kind == ErrorKind::NotFound);
        // Around the model: the database refuses the row.
        const auto viaSql =
            sqlAs(m_tadminA,
                  QStringLiteral("INSERT INTO support_requests (tenant_id, subject, body) VALUES (?, "
                                 "'s', 'b')"),
                  {m_tenantB});
        QVERIFY2(viaSql && messageOf(viaSql).contains(QLatin1String("row-level security")),
                 qPrintable(messageOf(viaSql)));
        // Not in someone else's name either.
        QVERIFY(sqlAs(
            m_tadminA,
            QStringLiteral("INSERT INTO support_requests (tenant_id, subject, body, created_by) VALUES (?, "
                           "'s', 'b', ?)"),
            {m_tenantA, m_tadminB}));
        // It cannot answer, close or reopen (operators do), nor delete.
        for (const auto& plan : {std::function<PendingWrite(Database&)>([&](Database& d) {
                                     return SupportRequests::planAnswer(d, mine,
                                                                        QStringLiteral("solved it myself"));
                                 }),
                                 std::function<PendingWrite(Database&)>(
                                     [&](Database& d) { return SupportRequests::planClose(d, mine); })}) {
            const auto e = writeAs(m_tadminA, plan);
            QVERIFY2(e && e->kind == ErrorKind::PermissionDenied, qPrintable(messageOf(e)));
        }
        QVERIFY(sqlAs(m_tadminA, QStringLiteral("DELETE FROM support_requests WHERE id = ?"), {mine}));
        QCOMPARE(stateOf(mine), QStringLiteral("open"));
    }

    // Operators answer, close and reopen; finance reads every request and changes none; the database refuses
    // an illegal move whoever asks.
    void operatorsAnswerFinanceReads()
    {
        qint64 id = 0;
        test::guarded([&] { id = openAs(m_tadminA, m_slugA); });
        QVERIFY(!writeAs(m_operator, [&](Database& d) {
            return SupportRequests::planAnswer(d, id, QStringLiteral("Fixed: the sync job was paused."));
        }));
        QCOMPARE(stateOf(id), QStringLiteral("answered"));
        QCOMPARE(m_admin.scalar(QStringLiteral("SELECT answered_by FROM support_requests WHERE id = ?"), {id})
                     .toString(),
                 m_operator);
        test::guarded([&] {
            auto a = as(m_tadminA);
            QCOMPARE(SupportRequests::read(*a, id).answer, QStringLiteral("Fixed: the sync job was paused."));
            auto f = as(m_finance);
            QVERIFY(SupportRequests::list(*f).size() >= 2);
        });
        const auto byFinance =
            writeAs(m_finance, [&](Database& d) { return SupportRequests::planClose(d, id); });
        QVERIFY2(byFinance && byFinance->kind == ErrorKind::PermissionDenied,
                 qPrintable(messageOf(byFinance)));
        QVERIFY(sqlAs(m_finance,
                      QStringLiteral("INSERT INTO support_requests (tenant_id, subject, body) VALUES (?, "
                                     "'s', 'b')"),
                      {m_tenantA}));
        QVERIFY(!writeAs(m_operator, [&](Database& d) { return SupportRequests::planClose(d, id); }));
        QCOMPARE(stateOf(id), QStringLiteral("closed"));
        // closed → answered is no move, for an operator as for an owner.
        for (const QString& login : {m_operator, m_owner}) {
            const auto e =
                sqlAs(login,
                      QStringLiteral("UPDATE support_requests SET state = 'answered', answer = 'x', "
                                     "answered_at = now() WHERE id = ?"),
                      {id});
            QVERIFY2(e && messageOf(e).contains(QLatin1String("cannot go from closed to answered")),
                     qPrintable(messageOf(e)));
        }
        // Operators change the state, never what the tenant admin wrote.
        QVERIFY(
            sqlAs(m_operator, QStringLiteral("UPDATE support_requests SET body = 'x' WHERE id = ?"), {id}));
        QVERIFY(sqlAs(m_owner, QStringLiteral("UPDATE support_requests SET body = 'x' WHERE id = ?"), {id}));
        QVERIFY(!writeAs(m_operator, [&](Database& d) { return SupportRequests::planReopen(d, id); }));
        QCOMPARE(stateOf(id), QStringLiteral("open"));
        QCOMPARE(count(QStringLiteral(
                           "SELECT count(*) FROM audit_log WHERE action LIKE 'support.%' AND tenant_id = ? "
                           "AND actor = ?"),
                       {m_tenantA, m_operator}),
                 3);
    }
};

QTEST_GUILESS_MAIN(TestPgSupport)
#include "tst_pg_support.moc"
