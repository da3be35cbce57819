// Keyset paging of the operations list (TenantRepository::operationPage), on SQLite and on the throwaway
// PostgreSQL server, over 3,000 operations with long runs of equal created_at: walking every page forward
// from First and backward from Last under each filter (none, a status, a rare status, a tenant, both) gives
// each matching operation exactly once, newest first, as the plain ORDER BY does; the row numbers a pane
// shows (operationsBeforeUpTo) and the page that opens on one operation (operationPageStart) are right; a
// cursor survives its token, and a hostile one is refused in words before the database sees it. On
// PostgreSQL, row security shapes the pages: a tenant admin's are its tenant's operations, an operator's all.
#include "models/audit/WriteExecutor.h"
#include "models/roles/Capabilities.h"
#include "models/roles/RoleService.h"
#include "models/storage/Database.h"
#include "models/tenants/TenantRepository.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QSet>
#include <QTest>

#include <utility>

using namespace fusion;

namespace {
constexpr int kOperations = 3000;
constexpr int kPage = 50;

QList<qint64> idsOf(const QList<Operation>& rows)
{
    QList<qint64> ids;
    for (const Operation& o : rows)
        ids << o.id;
    return ids;
}

// Three tenants and 3,000 operations: created_at repeats in runs of up to 40 (on PostgreSQL some apart by a
// microsecond only, which a cursor rounded to milliseconds would lose), statuses mostly succeeded, every 7th
// failed, every 250th running.
void seed(Database& db)
{
    Transaction tx(db);
    db.execRaw(
        QStringLiteral("INSERT INTO tenants (slug, name) VALUES ('ops-a', 'Ops A'), ('ops-b', 'Ops B'), "
                       "('ops-c', 'Ops C')"));
    const QList<qint64> tenants = [&] {
        QList<qint64> ids;
        QSqlQuery r = db.exec(QStringLiteral("SELECT id FROM tenants ORDER BY id"));
        while (r.next())
            ids << r.value(0).toLongLong();
        return ids;
    }();
    for (int i = 0; i < kOperations; ++i) {
        const int minute = i / 40;
        const QString stamp = db.isPostgres() ? QStringLiteral("2026-03-%1 %2:%3:00.00000%4+00")
                                                    .arg(1 + minute / 60 % 28, 2, 10, QLatin1Char('0'))
                                                    .arg(minute / 10 % 24, 2, 10, QLatin1Char('0'))
                                                    .arg(minute % 60, 2, 10, QLatin1Char('0'))
                                                    .arg(i % 2)
                                              : QStringLiteral("2026-03-%1T%2:%3:00.000Z")
                                                    .arg(1 + minute / 60 % 28, 2, 10, QLatin1Char('0'))
                                                    .arg(minute / 10 % 24, 2, 10, QLatin1Char('0'))
                                                    .arg(minute % 60, 2, 10, QLatin1Char('0'));
        const QString status = i % 250 == 0 ? QStringLiteral("running")
                               : i % 7 == 0 ? QStringLiteral("failed")
                                            : QStringLiteral("succeeded");
        db.exec(QStringLiteral(
                    "INSERT INTO operations (tenant_id, type, status, created_at) VALUES (?, 'backup', "
                    "?, ?)"),
                {tenants.at(i % 3), status, stamp});
    }
    tx.commit();
}

// Every match newest first, straight from SQL: what the pages must add up to.
QList<qint64> reference(Database& db, const OperationQuery& q)
{
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList params;
    if (q.tenantId) {
        where << QStringLiteral("tenant_id = ?");
        params << *q.tenantId;
    }
    if (!q.status.isEmpty()) {
        where << QStringLiteral("status = ?");
        params << q.status;
    }
    QSqlQuery r =
        db.exec(QStringLiteral("SELECT id FROM operations WHERE ") + where.join(QStringLiteral(" AND ")) +
                    QStringLiteral(" ORDER BY created_at DESC, id DESC"),
                params);
    QList<qint64> ids;
    while (r.next())
        ids << r.value(0).toLongLong();
    return ids;
}

QList<OperationQuery> filters(Database& db)
{
    const qint64 tenantB =
        db.scalar(QStringLiteral("SELECT id FROM tenants WHERE slug = 'ops-b'")).toLongLong();
    QList<OperationQuery> out;
    out << OperationQuery();
    OperationQuery q;
    q.status = QStringLiteral("failed");
    out << q;
    q.status = QStringLiteral("running"); // 12 rows: less than one page
    out << q;
    q = OperationQuery();
    q.tenantId = tenantB;
    out << q;
    q.status = QStringLiteral("failed");
    out << q;
    for (OperationQuery& f : out)
        f.limit = kPage;
    return out;
}

// Every page from First, then After the last row shown: the ids in the order shown.
QList<qint64> walkForward(const TenantRepository& repo, OperationQuery q)
{
    q.from = TenantPageFrom::First;
    OperationPage page = repo.operationPage(q);
    QList<qint64> ids = idsOf(page.rows);
    for (int guard = 0; page.hasNext && guard < 500; ++guard) {
        q.from = TenantPageFrom::After;
        q.cursor = page.last;
        page = repo.operationPage(q);
        ids += idsOf(page.rows);
    }
    return ids;
}

QString describe(const OperationQuery& q)
{
    return QStringLiteral("tenant %1 status '%2'").arg(q.tenantId.value_or(0)).arg(q.status);
}
} // namespace

class TestOperationKeyset : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::PgTestDatabase> m_pg;
    Database m_sqlite;
    Database m_postgres;

    void stores()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }
    Database& db(bool postgres) { return postgres ? m_postgres : m_sqlite; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!test::pgHost().isEmpty());
        m_pg = std::make_unique<test::PgTestDatabase>(QStringLiteral("opskeyset"));
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        test::guarded([&] {
            test::prepare(m_sqlite, test::sqliteTarget(m_dir));
            test::prepare(m_postgres, m_pg->target());
            seed(m_sqlite);
            seed(m_postgres);
        });
    }

    void everyFilterWalksForwardAndBackOnce_data() { stores(); }
    void everyFilterWalksForwardAndBackOnce()
    {
        QFETCH(bool, postgres);
        Database& d = db(postgres);
        TenantRepository repo(d);
        test::guarded([&] {
            for (OperationQuery q : filters(d)) {
                const QList<qint64> expected = reference(d, q);
                QVERIFY2(!expected.isEmpty(), qPrintable(describe(q)));
                // Forward: First, then After the last row shown until there is no next page.
                q.from = TenantPageFrom::First;
                OperationPage page = repo.operationPage(q);
                QVERIFY(!page.hasPrevious);
                QList<qint64> forward = idsOf(page.rows);
                for (int guard = 0; page.hasNext && guard < 200; ++guard) {
                    q.from = TenantPageFrom::After;
                    q.cursor = page.last;
                    page = repo.operationPage(q);
                    QVERIFY2(page.hasPrevious, qPrintable(describe(q)));
                    QVERIFY(page.rows.size() == kPage || !page.hasNext);
                    // What a pane shows as "rows X–Y": the rows before this page, counted up to a cap.
                    QCOMPARE(repo.operationsBeforeUpTo(q, page.first, 100000), qint64(forward.size()));
                    forward += idsOf(page.rows);
                }
                QCOMPARE(forward.size(), expected.size());
                QCOMPARE(QSet<qint64>(forward.begin(), forward.end()).size(), forward.size()); // none twice
                QCOMPARE(forward, expected);
                for (const Operation& o : page.rows) { // the filter holds on the last page too
                    if (!q.status.isEmpty())
                        QCOMPARE(o.status, q.status);
                    if (q.tenantId)
                        QCOMPARE(o.tenantId.value_or(0), *q.tenantId);
                }

                // Backward: Last (shown newest first), then Before the first row shown.
                q.from = TenantPageFrom::Last;
                q.cursor = {};
                page = repo.operationPage(q);
                QVERIFY(!page.hasNext);
                QCOMPARE(page.hasPrevious, expected.size() > kPage);
                QCOMPARE(idsOf(page.rows), expected.mid(expected.size() - page.rows.size()));
                QCOMPARE(repo.operationsBeforeUpTo(q, page.first, 100000),
                         qint64(expected.size() - page.rows.size()));
                QList<qint64> backward = idsOf(page.rows);
                for (int guard = 0; page.hasPrevious && guard < 200; ++guard) {
                    q.from = TenantPageFrom::Before;
                    q.cursor = page.first;
                    page = repo.operationPage(q);
                    QVERIFY2(page.hasNext, qPrintable(describe(q)));
                    QCOMPARE(page.rows.size(), kPage);
                    QList<qint64> ids = idsOf(page.rows);
                    if (page.from == TenantPageFrom::First) {
                        // Less than a page was left before: the first page, whole, overlapping the one shown.
                        QVERIFY(!page.hasPrevious);
                        ids = ids.mid(0, expected.size() - backward.size());
                    }
                    backward = ids + backward;
                }
                QCOMPARE(backward, expected);
            }
        });
    }

    // The page a citation opens on: it starts at that operation, with the newer ones a Previous away.
    void pageStartsAtOneOperation_data() { stores(); }
    void pageStartsAtOneOperation()
    {
        QFETCH(bool, postgres);
        Database& d = db(postgres);
        TenantRepository repo(d);
        test::guarded([&] {
            const QList<qint64> all = reference(d, OperationQuery());
            for (const int at : {0, 1, 39, 40, 1234, kOperations - 1}) {
                const auto start = repo.operationPageStart(all.at(at));
                QVERIFY(start);
                OperationQuery q;
                q.limit = kPage;
                q.from = TenantPageFrom::After;
                q.cursor = *start;
                const OperationPage page = repo.operationPage(q);
                QCOMPARE(idsOf(page.rows), all.mid(at, kPage));
                QCOMPARE(page.hasPrevious, at > 0);
                QCOMPARE(repo.operationsBeforeUpTo(q, page.first, 100000), qint64(at));
                QCOMPARE(repo.operationsBeforeUpTo(q, page.first, 10), qint64(std::min(at, 10)));
            }
            QVERIFY(!repo.operationPageStart(987654321));
        });
    }

    // Row security decides what a login pages through (PostgreSQL: SQLite has no logins): a tenant admin of
    // ops-b walks exactly ops-b's operations, unfiltered; an operator walks every one; the Last page of each
    // is the end of what it may see.
    void rowSecurityShapesThePages()
    {
        test::guarded([&] {
            const QString admin = m_pg->createLogin(QStringLiteral("tadmin"));
            const QString operatorLogin = m_pg->createLogin(QStringLiteral("oper"));
            RoleService roles(m_postgres);
            WriteExecutor::execute(m_postgres,
                                   roles.planGrant(admin, Roles::TenantAdmin, QStringLiteral("ops-b")));
            WriteExecutor::execute(m_postgres, roles.planGrant(operatorLogin, Roles::Operator));
            OperationQuery onlyB;
            onlyB.tenantId =
                m_postgres.scalar(QStringLiteral("SELECT id FROM tenants WHERE slug = 'ops-b'")).toLongLong();
            const QList<qint64> ofB = reference(m_postgres, onlyB);
            const QList<qint64> all = reference(m_postgres, OperationQuery());
            QCOMPARE(ofB.size(), kOperations / 3);
            for (const auto& [login, expected] : {std::pair{admin, ofB}, std::pair{operatorLogin, all}}) {
                Database as;
                as.open(m_pg->target(login));
                TenantRepository repo(as);
                OperationQuery q;
                q.limit = kPage;
                QCOMPARE(walkForward(repo, q), expected);
                q.from = TenantPageFrom::Last;
                const OperationPage last = repo.operationPage(q);
                QVERIFY(!last.hasNext);
                QCOMPARE(idsOf(last.rows), expected.mid(expected.size() - kPage));
            }
        });
    }

    void cursorsSurviveTheirTokenAndHostileOnesAreRefused_data() { stores(); }
    void cursorsSurviveTheirTokenAndHostileOnesAreRefused()
    {
        QFETCH(bool, postgres);
        Database& d = db(postgres);
        TenantRepository repo(d);
        test::guarded([&] {
            OperationQuery q;
            q.limit = kPage;
            q.from = TenantPageFrom::First;
            const OperationPage first = repo.operationPage(q);
            const auto back = OperationCursor::fromToken(first.last.token());
            QVERIFY(back);
            QCOMPARE(back->createdAt, first.last.createdAt);
            QCOMPARE(back->id, first.last.id);
            q.from = TenantPageFrom::After;
            q.cursor = *back;
            const QList<qint64> viaToken = idsOf(repo.operationPage(q).rows);
            QCOMPARE(viaToken, reference(d, OperationQuery()).mid(kPage, kPage));

            // Tokens that are not an operations cursor: not base64, not JSON, a tenant cursor of two keys, a
            // created_at that is text, a number or no day at all, an id of 0.
            const auto tokenOf = [](const QByteArray& json) {
                return QString::fromLatin1(
                    json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            };
            for (const QString& hostile :
                 {QStringLiteral("not a cursor"), QStringLiteral("%%%"), tokenOf("{\"id\":1}"),
                  tokenOf("[5,\"Name 1\",\"x\"]"), tokenOf("[5,\"'; DROP TABLE operations; --\"]"),
                  tokenOf("[5,20260301]"), tokenOf("[5,\"2026-02-30 10:00:00+00\"]"),
                  tokenOf("[5,\"2026-03-01 10:00:00+00 OR 1=1\"]"),
                  tokenOf("[0,\"2026-03-01 10:00:00+00\"]")})
                QVERIFY2(!OperationCursor::fromToken(hostile), qPrintable(hostile));
            QVERIFY(OperationCursor::fromToken(tokenOf("[5,\"2026-03-01T10:00:00.000Z\"]")));

            // A cursor built by hand past the token check still never reaches the database: the error says
            // which cursor and what to do, and nothing is changed.
            q.cursor = OperationCursor{QStringLiteral("'; DROP TABLE operations; --"), 5};
            for (const TenantPageFrom from : {TenantPageFrom::After, TenantPageFrom::Before}) {
                q.from = from;
                const auto error = test::failureOf([&] { repo.operationPage(q); });
                QVERIFY(error);
                QCOMPARE(error->kind, ErrorKind::InvalidInput);
                QVERIFY2(error->message.contains(QStringLiteral("operations cursor")),
                         qPrintable(error->message));
                QVERIFY(error->message.contains(QStringLiteral("first or last page")));
            }
            QCOMPARE(d.scalar(QStringLiteral("SELECT count(*) FROM operations")).toLongLong(),
                     qint64(kOperations));
        });
    }
};

QTEST_GUILESS_MAIN(TestOperationKeyset)
#include "tst_operation_keyset.moc"
