// Keyset paging of the tenants and operations lists (TenantPageFrom), on SQLite and on the throwaway
// PostgreSQL server: under every sort in both directions, with ties on every key, with each filter, walking
// all pages forward from First and backward from Last gives each row exactly once and in the order the plain
// ORDER BY gives; a row removed or added between page turns neither repeats nor skips another; a cursor
// survives its token.
#include "models/storage/Database.h"
#include "models/tenants/TenantRepository.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QSet>
#include <QTest>

using namespace fusion;

namespace {
QList<qint64> idsOf(const QList<Tenant>& rows)
{
    QList<qint64> ids;
    for (const Tenant& t : rows)
        ids << t.id;
    return ids;
}

// Every match in the list's order, by the plain ORDER BY (one offset page of all of them).
QList<qint64> reference(const TenantRepository& repo, TenantQuery q)
{
    q.from = TenantPageFrom::Offset;
    q.offset = 0;
    q.limit = 1000;
    return idsOf(repo.list(q).rows);
}

// 150 tenants whose every sort key repeats: 12 names, 4 statuses, 3 plans (two of them named alike) and none,
// 3 agency groups, 2 regions, and timestamps shared by five tenants each — on PostgreSQL apart by
// microseconds only for some, which a cursor rounded to milliseconds would lose.
void seed(Database& db)
{
    Transaction tx(db);
    db.execRaw(
        QStringLiteral("INSERT INTO plans (code, name, monthly_price_cents) VALUES ('starter', 'Starter', "
                       "100), ('growth', 'Growth', 200), ('growth2', 'Growth', 300)"));
    const QStringList statuses = TenantStatus::all();
    for (int i = 1; i <= 150; ++i) {
        const QString stamp =
            db.isPostgres()
                ? QStringLiteral("2026-01-%1 10:00:00.%2+00")
                      .arg(1 + i / 5 % 20, 2, 10, QLatin1Char('0'))
                      .arg(i % 10 == 0 ? 123457 : 123456, 6, 10, QLatin1Char('0'))
                : QStringLiteral("2026-01-%1T10:00:00.123Z").arg(1 + i / 5 % 20, 2, 10, QLatin1Char('0'));
        db.exec(
            QStringLiteral("INSERT INTO tenants (slug, name, agency_group, status, plan_id, region, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, (SELECT id FROM plans WHERE code = "
                           "?), ?, ?, ?)"),
            {QStringLiteral("t%1").arg(1000 - i), QStringLiteral("Name %1").arg(i % 12),
             QStringList{QStringLiteral("Lumen"), QStringLiteral("Harbor"), QString()}.at(i % 3),
             statuses.at(i % 4),
             i % 4 == 3 ? QVariant()
                        : QVariant(QStringList{QStringLiteral("starter"), QStringLiteral("growth"),
                                               QStringLiteral("growth2")}
                                       .at(i % 3)),
             i % 2 ? QStringLiteral("fra1") : QStringLiteral("sgp1"), stamp,
             i % 7 ? stamp : QStringLiteral("2026-02-01T00:00:00.000Z")});
    }
    tx.commit();
}

const QList<TenantSort> kSorts = {TenantSort::Name,    TenantSort::Slug,        TenantSort::Status,
                                  TenantSort::Plan,    TenantSort::AgencyGroup, TenantSort::Region,
                                  TenantSort::Updated, TenantSort::Created};

QList<TenantQuery> queriesToWalk()
{
    QList<TenantQuery> out;
    for (const TenantSort sort : kSorts) {
        for (const bool desc : {false, true}) {
            TenantQuery q;
            q.sort = sort;
            q.descending = desc;
            q.limit = 7;
            q.withTotal = false;
            out << q;
            TenantQuery f = q;
            f.status = TenantStatus::Active;
            out << f;
            f = q;
            f.search = QStringLiteral("name 1"); // "Name 1", "Name 10", "Name 11"
            out << f;
            f = q;
            f.planCode = QStringLiteral("growth");
            f.agencyGroup = QStringLiteral("Harbor");
            out << f;
        }
    }
    return out;
}

QString describe(const TenantQuery& q)
{
    return QStringLiteral("sort %1%2 status '%3' search '%4' plan '%5' agency '%6'")
        .arg(int(q.sort))
        .arg(q.descending ? QStringLiteral(" desc") : QString())
        .arg(q.status, q.search, q.planCode, q.agencyGroup);
}
} // namespace

class TestTenantKeyset : public QObject {
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
        m_pg = std::make_unique<test::PgTestDatabase>(QStringLiteral("keyset"));
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        test::guarded([&] {
            test::prepare(m_sqlite, test::sqliteTarget(m_dir));
            test::prepare(m_postgres, m_pg->target());
            seed(m_sqlite);
            seed(m_postgres);
        });
    }

    void everySortWalksForwardAndBackOnce_data() { stores(); }
    void everySortWalksForwardAndBackOnce()
    {
        QFETCH(bool, postgres);
        TenantRepository repo(db(postgres));
        test::guarded([&] {
            int walked = 0;
            for (TenantQuery q : queriesToWalk()) {
                const QList<qint64> expected = reference(repo, q);
                QVERIFY2(expected.size() >= 3, qPrintable(describe(q))); // every walk crosses pages
                // Forward: First, then After the last row shown until there is no next page.
                q.from = TenantPageFrom::First;
                TenantPage page = repo.list(q);
                QVERIFY(!page.hasPrevious);
                QCOMPARE(page.total, qint64(-1)); // not counted: the pane counts once per filter
                QList<qint64> forward = idsOf(page.rows);
                for (int guard = 0; page.hasNext && guard < 200; ++guard) {
                    q.from = TenantPageFrom::After;
                    q.cursor = page.last;
                    page = repo.list(q);
                    QVERIFY2(page.hasPrevious, qPrintable(describe(q)));
                    QVERIFY(page.rows.size() == 7 || !page.hasNext);
                    forward += idsOf(page.rows);
                }
                QCOMPARE(forward, expected);
                // Backward: Last (shown in the list's order), then Before the first row shown.
                q.from = TenantPageFrom::Last;
                page = repo.list(q);
                QVERIFY(!page.hasNext);
                QCOMPARE(idsOf(page.rows), expected.mid(expected.size() - page.rows.size()));
                QList<qint64> backward = idsOf(page.rows);
                for (int guard = 0; page.hasPrevious && guard < 200; ++guard) {
                    q.from = TenantPageFrom::Before;
                    q.cursor = page.first;
                    page = repo.list(q);
                    QVERIFY2(page.hasNext, qPrintable(describe(q)));
                    QCOMPARE(page.rows.size(), 7);
                    if (page.from == TenantPageFrom::First) {
                        // Less than a page was left before: the first page, full, overlapping the one shown.
                        QVERIFY(!page.hasPrevious);
                        const qsizetype fresh = expected.size() - backward.size();
                        QVERIFY(fresh > 0 && fresh < 7);
                        QCOMPARE(idsOf(page.rows).mid(fresh), backward.mid(0, 7 - fresh));
                        backward = idsOf(page.rows).mid(0, fresh) + backward;
                    } else {
                        backward = idsOf(page.rows) + backward;
                    }
                }
                QCOMPARE(backward, expected);
                ++walked;
            }
            QCOMPARE(walked, int(kSorts.size()) * 2 * 4);
        });
    }

    // The rows change between two page turns: the removed cursor row's successor still comes next, a row
    // added just after the cursor appears at the top of the next page, none shows twice.
    void changesBetweenPageTurns_data() { stores(); }
    void changesBetweenPageTurns()
    {
        QFETCH(bool, postgres);
        Database& d = db(postgres);
        TenantRepository repo(d);
        test::guarded([&] {
            for (const TenantSort sort : kSorts) {
                Transaction tx(d); // rolled back at the end of each sort: every sort starts from the seed
                TenantQuery q;
                q.sort = sort;
                q.limit = 10;
                q.from = TenantPageFrom::First;
                const TenantPage first = repo.list(q);
                const QList<qint64> before = reference(repo, q);
                d.exec(QStringLiteral("DELETE FROM tenants WHERE id = ?"), {first.last.id});
                q.from = TenantPageFrom::After;
                q.cursor = first.last;
                TenantPage next = repo.list(q);
                QCOMPARE(idsOf(next.rows), before.mid(10, 10));
                // A copy of the second page's first row (same keys, a higher id) comes after the cursor, in
                // its place among its ties; the rows before the cursor stay before it.
                const qint64 copy = d.insertReturningId(
                    QStringLiteral("INSERT INTO tenants (slug, name, agency_group, status, plan_id, region, "
                                   "created_at, updated_at) SELECT 'zz' || slug, name, agency_group, status, "
                                   "plan_id, region, created_at, updated_at FROM tenants WHERE id = ?"),
                    {next.rows.first().id});
                QList<qint64> expected = reference(repo, q);
                for (const qint64 id : before.mid(0, 9))
                    expected.removeOne(id);
                QVERIFY(expected.contains(copy));
                next = repo.list(q);
                QCOMPARE(idsOf(next.rows), expected.mid(0, 10));
                // Everything after the cursor removed: After comes back as the last page that exists.
                const QList<qint64> after = reference(repo, q).mid(9);
                for (const qint64 id : after)
                    d.exec(QStringLiteral("DELETE FROM tenants WHERE id = ?"), {id});
                next = repo.list(q);
                QCOMPARE(next.from, TenantPageFrom::Last);
                QCOMPARE(idsOf(next.rows), before.mid(0, 9));
                QVERIFY(!next.hasNext);
            }
        });
    }

    void cursorTokens_data() { stores(); }
    void cursorTokens()
    {
        QFETCH(bool, postgres);
        TenantRepository repo(db(postgres));
        test::guarded([&] {
            for (const TenantSort sort : kSorts) {
                TenantQuery q;
                q.sort = sort;
                q.limit = 5;
                q.from = TenantPageFrom::First;
                const TenantPage page = repo.list(q);
                const auto back = TenantCursor::fromToken(page.last.token());
                QVERIFY(back);
                QVERIFY(TenantRepository::cursorFits(*back, sort));
                q.from = TenantPageFrom::After;
                q.cursor = *back;
                const TenantPage viaToken = repo.list(q);
                q.cursor = page.last;
                QCOMPARE(idsOf(viaToken.rows), idsOf(repo.list(q).rows));
            }
            TenantQuery q;
            q.sort = TenantSort::Status;
            q.from = TenantPageFrom::First;
            const TenantCursor byStatus = repo.list(q).last;
            QVERIFY(!TenantRepository::cursorFits(byStatus, TenantSort::Name));
            QVERIFY(!TenantCursor::fromToken(QStringLiteral("not a cursor")));
            QVERIFY(!TenantCursor::fromToken(QStringLiteral("WzAsMV0"))); // [0,1]: no row has id 0
        });
    }

    // Operations, newest first, with runs of equal created_at: forward and backward walks give each once.
    void operationsWalk_data() { stores(); }
    void operationsWalk()
    {
        QFETCH(bool, postgres);
        Database& d = db(postgres);
        TenantRepository repo(d);
        test::guarded([&] {
            Transaction tx(d);
            const qint64 tenant = d.scalar(QStringLiteral("SELECT min(id) FROM tenants")).toLongLong();
            for (int i = 0; i < 53; ++i)
                d.exec(
                    QStringLiteral("INSERT INTO operations (tenant_id, type, status, created_at) VALUES (?, "
                                   "'backup', ?, ?)"),
                    {tenant, i % 5 ? QStringLiteral("succeeded") : QStringLiteral("failed"),
                     postgres ? QStringLiteral("2026-03-0%1 08:00:00.00000%2+00").arg(1 + i % 4).arg(i % 3)
                              : QStringLiteral("2026-03-0%1T08:00:00.000Z").arg(1 + i % 4)});
            for (const QString& status : {QString(), QStringLiteral("failed")}) {
                OperationQuery q;
                q.status = status;
                q.limit = 1000;
                QList<qint64> expected;
                for (const Operation& o : repo.operations(q))
                    expected << o.id;
                QVERIFY(expected.size() >= 10);
                q.limit = 6;
                q.from = TenantPageFrom::First;
                OperationPage page = repo.operationPage(q);
                QList<qint64> forward;
                for (const Operation& o : page.rows)
                    forward << o.id;
                while (page.hasNext) {
                    q.from = TenantPageFrom::After;
                    q.cursor = page.last;
                    page = repo.operationPage(q);
                    QVERIFY(page.hasPrevious);
                    for (const Operation& o : page.rows)
                        forward << o.id;
                }
                QCOMPARE(forward, expected);
                q.from = TenantPageFrom::Last;
                page = repo.operationPage(q);
                QList<qint64> backward;
                for (;;) {
                    QList<qint64> ids;
                    for (const Operation& o : page.rows)
                        ids << o.id;
                    if (page.from == TenantPageFrom::First) // the start reached: a full first page
                        ids = ids.mid(0, expected.size() - backward.size());
                    backward = ids + backward;
                    if (!page.hasPrevious)
                        break;
                    q.from = TenantPageFrom::Before;
                    q.cursor = page.first;
                    page = repo.operationPage(q);
                }
                QCOMPARE(backward, expected);
                QCOMPARE(repo.operationCountUpTo(q, 10), qint64(10));
                QCOMPARE(repo.operationCountUpTo(q, 100000), repo.operationCount(q));
            }
        });
    }
};

QTEST_GUILESS_MAIN(TestTenantKeyset)
#include "tst_tenant_keyset.moc"
