// Runbooks and support requests on the embedded SQLite file (issue 14): every shipped runbook loads and
// renders as a document with its sections; an owner's edit overrides the shipped text for everyone and a
// reset brings it back, each confirmed write audited; a failed operation names its runbook; a support request
// moves open → answered → closed → reopened through the models, and the database itself refuses every other
// move.
#include "models/audit/WriteExecutor.h"
#include "models/controlplane/OperationLog.h"
#include "models/support/Runbooks.h"
#include "models/support/SupportRequests.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace fusion;

class TestSupport : public QObject {
    Q_OBJECT

    test::FreshSqliteCopies m_copies;
    Database m_db;

    qint64 count(const QString& sql, const QVariantList& params = {})
    {
        return m_db.scalar(sql, params).toLongLong();
    }
    qint64 audits(const QString& action)
    {
        return count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action});
    }
    QString tenantSlug()
    {
        return m_db.scalar(QStringLiteral("SELECT slug FROM tenants ORDER BY id LIMIT 1")).toString();
    }
    qint64 openRequest()
    {
        return WriteExecutor::execute(
                   m_db, SupportRequests::planOpen(m_db, tenantSlug(), QStringLiteral("Odoo is slow"),
                                                   QStringLiteral("Since 9:00 every page takes 20 s."),
                                                   QStringLiteral("high")))
            .value(QStringLiteral("request_id"))
            .toInteger();
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
        test::guarded([&] { m_copies.prepare(8); });
    }
    void init()
    {
        test::guarded([&] { m_copies.openCopy(m_db); });
    }

    // One runbook per operation type the database knows, each a document with a title, its four sections
    // and at least one fusionctl command to run.
    void shippedRunbooksLoadAndRender()
    {
        const QStringList types{QStringLiteral("provision"),     QStringLiteral("pause"),
                                QStringLiteral("resume"),        QStringLiteral("rebuild"),
                                QStringLiteral("decommission"),  QStringLiteral("module_apply"),
                                QStringLiteral("upgrade_image"), QStringLiteral("backup")};
        for (const QString& type : types) {
            // The operation type exists: the database accepts an operation of it.
            QVERIFY2(!sql(QStringLiteral(
                              "INSERT INTO operations (tenant_id, type, status) VALUES (1, ?, 'cancelled')"),
                          {type})
                             .has_value() ||
                         type == QLatin1String("upgrade_image"),
                     qPrintable(type));
            const auto r = Runbooks::shipped(type);
            QVERIFY2(r.has_value(), qPrintable(type));
            QVERIFY2(!r->title.isEmpty(), qPrintable(type));
            QTextDocument doc;
            doc.setMarkdown(r->body);
            QStringList headings;
            for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
                if (b.blockFormat().headingLevel() > 0)
                    headings << b.text();
            QCOMPARE(headings.value(0), r->title);
            for (const char* section : {"Symptoms", "Checks", "Fixes", "Escalation"})
                QVERIFY2(headings.contains(QLatin1String(section)),
                         qPrintable(type + QStringLiteral(": no section ") + QLatin1String(section)));
            QVERIFY2(doc.toPlainText().contains(QStringLiteral("fusionctl ")), qPrintable(type));
            QVERIFY2(!doc.toPlainText().contains(QLatin1Char('`')), qPrintable(type)); // code spans rendered
        }
        QVERIFY(Runbooks::shippedTypes().size() >= types.size());
        test::guarded([&] { QCOMPARE(Runbooks::list(m_db).size(), Runbooks::shippedTypes().size()); });
    }

    // An owner's text replaces the shipped one for everyone, audited; a second edit needs the row it read;
    // a reset deletes the override and the shipped text is back.
    void anEditOverridesAndResetRestores()
    {
        test::guarded([&] {
            const QString mine = QStringLiteral("# Backups at ACME\n\nCall Ana first: +63 555 0100.\n");
            const PendingWrite edit = Runbooks::planEdit(m_db, QStringLiteral("backup"), mine);
            QCOMPARE(edit.plan.action, QStringLiteral("runbook.edit"));
            WriteExecutor::execute(m_db, edit);
            Runbook now = Runbooks::read(m_db, QStringLiteral("backup"));
            QVERIFY(now.overridden);
            QCOMPARE(now.title, QStringLiteral("Backups at ACME"));
            QCOMPARE(now.body, mine);
            QCOMPARE(audits(QStringLiteral("runbook.edit")), 1);
            // The operation drawer names the edited runbook.
            const qint64 op = m_db.insertReturningId(QStringLiteral(
                "INSERT INTO operations (tenant_id, type, status) VALUES (1, 'backup', 'failed')"));
            QCOMPARE(OperationLog::detail(m_db, op, {}).runbookTitle, QStringLiteral("Backups at ACME"));
            // A plan computed before someone else's save does not overwrite it.
            const PendingWrite stale =
                Runbooks::planEdit(m_db, QStringLiteral("backup"), mine + QStringLiteral("v2\n"));
            WriteExecutor::execute(
                m_db, Runbooks::planEdit(m_db, QStringLiteral("backup"), mine + QStringLiteral("v3\n")));
            QCOMPARE(test::failureOf([&] { WriteExecutor::execute(m_db, stale); })->kind,
                     ErrorKind::Conflict);
            QVERIFY(Runbooks::read(m_db, QStringLiteral("backup")).body.endsWith(QStringLiteral("v3\n")));

            WriteExecutor::execute(m_db, Runbooks::planReset(m_db, QStringLiteral("backup")));
            now = Runbooks::read(m_db, QStringLiteral("backup"));
            QVERIFY(!now.overridden);
            QCOMPARE(now.body, Runbooks::shipped(QStringLiteral("backup"))->body);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM runbooks")), 0);
            QCOMPARE(audits(QStringLiteral("runbook.reset")), 1);
            QCOMPARE(OperationLog::detail(m_db, op, {}).runbookTitle,
                     Runbooks::shipped(QStringLiteral("backup"))->title);
        });
        // What cannot be saved is said before anything is written.
        const QString before = test::snapshot(m_db);
        QCOMPARE(test::failureOf([&] {
                     Runbooks::planEdit(m_db, QStringLiteral("backup"), QStringLiteral("no title"));
                 })->kind,
                 ErrorKind::InvalidInput);
        QCOMPARE(test::failureOf([&] { Runbooks::planReset(m_db, QStringLiteral("backup")); })->kind,
                 ErrorKind::InvalidInput);
        QCOMPARE(test::failureOf([&] { Runbooks::read(m_db, QStringLiteral("nonsense")); })->kind,
                 ErrorKind::NotFound);
        QCOMPARE(test::snapshot(m_db), before);
    }

    // The whole life of a request through the models, each step audited with its tenant.
    void aRequestMovesThroughItsStates()
    {
        test::guarded([&] {
            const qint64 id = openRequest();
            QCOMPARE(stateOf(id), QStringLiteral("open"));
            WriteExecutor::execute(m_db, SupportRequests::planAnswer(m_db, id,
                                                                     QStringLiteral("We restarted the "
                                                                                    "workers; fine now?")));
            QCOMPARE(stateOf(id), QStringLiteral("answered"));
            const SupportRequest r = SupportRequests::read(m_db, id);
            QCOMPARE(r.answer, QStringLiteral("We restarted the workers; fine now?"));
            QVERIFY(r.answeredAt.isValid());
            WriteExecutor::execute(m_db, SupportRequests::planClose(m_db, id));
            QCOMPARE(stateOf(id), QStringLiteral("closed"));
            WriteExecutor::execute(m_db, SupportRequests::planReopen(m_db, id));
            QCOMPARE(stateOf(id), QStringLiteral("open"));
            for (const char* action : {"support.open", "support.answer", "support.close", "support.reopen"})
                QCOMPARE(
                    count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND tenant_id = ?"),
                          {QLatin1String(action), r.tenantId}),
                    1);
            // The filters.
            SupportFilter f;
            f.state = QStringLiteral("open");
            f.severity = QStringLiteral("high");
            f.tenant = tenantSlug();
            QCOMPARE(SupportRequests::list(m_db, f).size(), 1);
            f.severity = QStringLiteral("low");
            QCOMPARE(SupportRequests::list(m_db, f).size(), 0);
        });
        // The models say what is not possible before anything is written.
        test::guarded([&] {
            const qint64 id = openRequest();
            WriteExecutor::execute(m_db, SupportRequests::planClose(m_db, id));
            QCOMPARE(
                test::failureOf([&] { SupportRequests::planAnswer(m_db, id, QStringLiteral("x")); })->kind,
                ErrorKind::Conflict);
            QCOMPARE(test::failureOf([&] { SupportRequests::planClose(m_db, id); })->kind,
                     ErrorKind::Conflict);
            QCOMPARE(test::failureOf([&] {
                         SupportRequests::planOpen(m_db, tenantSlug(), QString(201, QLatin1Char('s')),
                                                   QStringLiteral("b"), QStringLiteral("low"));
                     })->kind,
                     ErrorKind::InvalidInput);
            QCOMPARE(test::failureOf([&] {
                         SupportRequests::planOpen(m_db, tenantSlug(), QStringLiteral("s"),
                                                   QStringLiteral("b"), QStringLiteral("critical"));
                     })->kind,
                     ErrorKind::InvalidInput);
        });
    }

    // SQL that goes around the models: the database refuses every move the state machine does not have, and
    // changes to what the tenant admin wrote.
    void theDatabaseRefusesIllegalMoves()
    {
        qint64 id = 0;
        test::guarded([&] { id = openRequest(); });
        const QString now = Database::nowText();
        // A new request is open and unanswered.
        QVERIFY(
            sql(QStringLiteral("INSERT INTO support_requests (tenant_id, subject, body, state, closed_at) "
                               "VALUES (1, 's', 'b', 'closed', ?)"),
                {now}));
        // Answered without an answer; closed without a time.
        QVERIFY(sql(
            QStringLiteral("UPDATE support_requests SET state = 'answered', answered_at = ? WHERE id = ?"),
            {now, id}));
        QVERIFY(sql(QStringLiteral("UPDATE support_requests SET state = 'closed' WHERE id = ?"), {id}));
        // Closed → answered is not a move.
        QVERIFY(
            !sql(QStringLiteral("UPDATE support_requests SET state = 'closed', closed_at = ? WHERE id = ?"),
                 {now, id}));
        QVERIFY(sql(
            QStringLiteral("UPDATE support_requests SET state = 'answered', answer = 'a', answered_at = ? "
                           "WHERE id = ?"),
            {now, id}));
        QVERIFY(sql(QStringLiteral("UPDATE support_requests SET answer = 'late' WHERE id = ?"), {id}));
        QCOMPARE(stateOf(id), QStringLiteral("closed"));
        // The text, the tenant and the author never change.
        QVERIFY(sql(QStringLiteral("UPDATE support_requests SET body = 'edited' WHERE id = ?"), {id}));
        QVERIFY(sql(QStringLiteral("UPDATE support_requests SET tenant_id = 2 WHERE id = ?"), {id}));
        QVERIFY(sql(QStringLiteral("UPDATE support_requests SET created_by = 'mallory' WHERE id = ?"), {id}));
        // Limits.
        QVERIFY(
            sql(QStringLiteral("INSERT INTO support_requests (tenant_id, subject, body) VALUES (1, ?, 'b')"),
                {QString(201, QLatin1Char('s'))}));
        QVERIFY(
            sql(QStringLiteral("INSERT INTO support_requests (tenant_id, subject, body) VALUES (1, 's', ?)"),
                {QString(10001, QLatin1Char('b'))}));
        QVERIFY(sql(QStringLiteral("INSERT INTO support_requests (tenant_id, subject, body, severity) VALUES "
                                   "(1, 's', 'b', 'critical')")));
        QVERIFY(
            sql(QStringLiteral("INSERT INTO runbooks (type, title, body) VALUES ('Bad Type', 't', 'b')")));
        QVERIFY(!sql(QStringLiteral("INSERT INTO runbooks (type, title, body) VALUES ('backup', 't', 'b')")));
    }
};

QTEST_MAIN(TestSupport) // a QGuiApplication: QTextDocument lays the Markdown out with fonts
#include "tst_support.moc"
