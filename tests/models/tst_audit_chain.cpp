// The audit log is hash-chained: after real writes it verifies; an attacker who edits the file directly
// (first dropping the guard triggers) is caught at the first bad row; the app itself cannot change or
// remove audit rows; and `fusionctl audit verify` reports tampering with exit code 1.
#include "models/audit/AuditLog.h"
#include "models/audit/WriteExecutor.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantService.h"
#include "tests/common/TestSupport.h"

#include <QJsonObject>
#include <QTest>

using namespace fusion;

namespace {
const QString kDropUpdateGuard = QStringLiteral("DROP TRIGGER audit_log_no_update");
const QString kDropDeleteGuard = QStringLiteral("DROP TRIGGER audit_log_no_delete");
} // namespace

class TestAuditChain : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatabaseTarget m_target;
    Database m_db;
    QList<qint64> m_ids; // audit row ids, oldest first

    // A fresh database with a handful of real, audited writes: migrate, seed, create, pause, edit, resume.
    void writeHistory()
    {
        m_db.close();
        QFile::remove(m_target.sqlitePath);
        test::prepare(m_db, m_target, 6);
        TenantService service(m_db, QStringLiteral("ui"));
        NewTenant t;
        t.slug = QStringLiteral("audit-me");
        t.name = QStringLiteral("Audit Me");
        t.planCode = QStringLiteral("starter");
        WriteExecutor::execute(m_db, service.planCreate(t));
        WriteExecutor::execute(m_db, service.planAction(t.slug, TenantAction::Pause));
        const Tenant created = TenantRepository(m_db).requireBySlug(t.slug);
        WriteExecutor::execute(m_db,
                               service.planEditTenant(created.id, created.rowVersion,
                                                      {{QStringLiteral("name"), QStringLiteral("Audited")}}));
        WriteExecutor::execute(m_db, service.planAction(t.slug, TenantAction::Resume));
        m_ids.clear();
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM audit_log ORDER BY id"));
        while (q.next())
            m_ids << q.value(0).toLongLong();
    }

    void tamper(const QStringList& statements)
    {
        QString error;
        QVERIFY2(test::sqliteExec(m_target.sqlitePath, statements, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_target = test::sqliteTarget(m_dir);
    }

    void init() { writeHistory(); }
    void cleanup() { m_db.close(); }

    void intactLogVerifiesAndCountsRows()
    {
        QCOMPARE(m_ids.size(), 6); // migrate, demo seed, create, pause, edit, resume
        const AuditVerification v = AuditLog::verify(m_db);
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.rowsChecked, qint64(m_ids.size()));
        QCOMPARE(v.firstBadId, qint64(0));
        const QList<AuditEntry> entries = AuditLog::list(m_db, AuditQuery{});
        QStringList actions;
        for (const AuditEntry& e : entries)
            actions.prepend(e.action);
        QCOMPARE(actions, (QStringList{QStringLiteral("database.migrate"), QStringLiteral("demo.seed"),
                                       QStringLiteral("tenant.create"), QStringLiteral("tenant.pause"),
                                       QStringLiteral("tenant.edit"), QStringLiteral("tenant.resume")}));
    }

    void alteredRowIsNamed()
    {
        const qint64 victim = m_ids[3];
        tamper({kDropUpdateGuard, kDropDeleteGuard,
                QStringLiteral("UPDATE audit_log SET after_json = '{\"status\":\"active\"}' WHERE id = %1")
                    .arg(victim)});
        const AuditVerification v = AuditLog::verify(m_db);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadId, victim);
        QVERIFY2(v.problem.contains(QString::number(victim)), qPrintable(v.problem));
    }

    void alteredActorIsNamed()
    {
        const qint64 victim = m_ids[1];
        tamper({kDropUpdateGuard,
                QStringLiteral("UPDATE audit_log SET actor = 'someone-else' WHERE id = %1").arg(victim)});
        const AuditVerification v = AuditLog::verify(m_db);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadId, victim);
    }

    void removedMiddleRowNamesTheRowAfterIt()
    {
        const qint64 victim = m_ids[2];
        tamper({kDropDeleteGuard, QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(victim)});
        const AuditVerification v = AuditLog::verify(m_db);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadId, m_ids[3]);
        QVERIFY2(v.problem.contains(QString::number(m_ids[3])), qPrintable(v.problem));
    }

    void removedFirstRowIsDetected()
    {
        tamper({kDropDeleteGuard, QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(m_ids[0])});
        const AuditVerification v = AuditLog::verify(m_db);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadId, m_ids[1]);
    }

    void removedLastRowIsReportedAsRowsRemovedAtTheEnd()
    {
        const qint64 last = m_ids.last();
        const qint64 remaining = m_ids[m_ids.size() - 2];
        tamper({kDropDeleteGuard, QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(last)});
        const AuditVerification v = AuditLog::verify(m_db);
        QVERIFY(!v.ok);
        QCOMPARE(v.rowsChecked, qint64(m_ids.size() - 1)); // every remaining row is fine on its own
        QVERIFY2(v.problem.contains(QStringLiteral("removed")), qPrintable(v.problem));
        QVERIFY2(v.problem.contains(QString::number(remaining)), qPrintable(v.problem));
    }

    void removingEveryRowIsDetected()
    {
        tamper({kDropDeleteGuard, QStringLiteral("DELETE FROM audit_log")});
        const AuditVerification v = AuditLog::verify(m_db);
        QVERIFY(!v.ok);
        QCOMPARE(v.rowsChecked, qint64(0));
    }

    void writesAfterTamperingStillFailVerification()
    {
        tamper({kDropDeleteGuard, QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(m_ids.last())});
        WriteExecutor::execute(m_db, TenantService(m_db, QStringLiteral("ui"))
                                         .planAction(QStringLiteral("audit-me"), TenantAction::Pause));
        const AuditVerification v = AuditLog::verify(m_db);
        QVERIFY(!v.ok);
    }

    // Through the app's own connection the guard triggers refuse to change or remove audit rows, and an
    // appended row that does not link to the chain is refused too.
    void appCannotChangeOrRemoveAuditRows()
    {
        const QString before = test::snapshot(m_db);
        const QStringList attempts = {
            QStringLiteral("UPDATE audit_log SET after_json = '{}' WHERE id = %1").arg(m_ids[2]),
            QStringLiteral("UPDATE audit_log SET actor = 'x'"),
            QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(m_ids.last()),
            QStringLiteral("DELETE FROM audit_log"),
            QStringLiteral("INSERT INTO audit_log (at, actor, action, prev_hash, hash) VALUES "
                           "('2030-01-01T00:00:00.000Z', 'x', 'forged', 'not-the-head', 'abc')"),
        };
        for (const QString& sql : attempts) {
            bool refused = false;
            try {
                Transaction tx(m_db);
                m_db.exec(sql);
                tx.commit();
            } catch (const Failure& f) {
                refused = true;
                QVERIFY2(!f.error().message.isEmpty(), qPrintable(sql));
            }
            QVERIFY2(refused, qPrintable(sql));
        }
        QCOMPARE(test::snapshot(m_db), before);
        QVERIFY(AuditLog::verify(m_db).ok);
    }

    void cliVerifyPassesOnAnIntactLog()
    {
        m_db.close();
        QTemporaryDir home;
        const test::CliResult r =
            test::runCli(home.path(), {QStringLiteral("--db"), m_target.toUrl(), QStringLiteral("audit"),
                                       QStringLiteral("verify"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(doc.object().value(QStringLiteral("rows_checked")).toInteger(), qint64(m_ids.size()));
    }

    void cliVerifyFailsNamingTheBadRow()
    {
        const qint64 victim = m_ids[4];
        m_db.close();
        tamper({kDropUpdateGuard,
                QStringLiteral("UPDATE audit_log SET before_json = '{}' WHERE id = %1").arg(victim)});
        QTemporaryDir home;
        const test::CliResult r =
            test::runCli(home.path(), {QStringLiteral("--db"), m_target.toUrl(), QStringLiteral("audit"),
                                       QStringLiteral("verify")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QString::number(victim)), qPrintable(r.err));

        const test::CliResult j =
            test::runCli(home.path(), {QStringLiteral("--db"), m_target.toUrl(), QStringLiteral("audit"),
                                       QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(j.code, 1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(j.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(doc.object().value(QStringLiteral("first_bad_id")).toInteger(), victim);
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_audit_chain.moc"
