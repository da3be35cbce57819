// The dashboard's health list (TenantRepository::health), on SQLite and on the throwaway PostgreSQL server,
// whose query differs (PostgreSQL looks the failing tenants up one by one, most failures first, so that a
// million tenants are never read to find a few thousand). Both must give exactly the list a plain sort of
// every tenant gives: in error first (most failures in the last 7 days first), then running or paused with
// recent failures, then paused, then the rest; ties newest first, then by id; never a decommissioned
// tenant; an older failure or a succeeded operation counts for nothing.
#include "models/storage/Database.h"
#include "models/tenants/TenantRepository.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace fusion;

namespace {
struct Seeded {
    QString slug;
    QString status;
    QDateTime updatedAt;
    qint64 id = 0;
    int recentFailures = 0;
};

// 64 tenants: every status, failure counts from 0 to 4 in the last 7 days, older failures and successes
// beside them, and updated_at shared by pairs so that the id decides between them.
QList<Seeded> seed(Database& db)
{
    const QStringList statuses{TenantStatus::Active, TenantStatus::Paused, TenantStatus::Error,
                               TenantStatus::Decommissioned};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Seeded> out;
    Transaction tx(db);
    for (int i = 0; i < 64; ++i) {
        Seeded s;
        s.slug = QStringLiteral("h%1").arg(i, 2, 10, QLatin1Char('0'));
        s.status = statuses.at((i * 7) % statuses.size());
        s.updatedAt = QDateTime(QDate(2026, 11, 1).addDays(i / 2), QTime(8, 0), Qt::UTC);
        s.recentFailures = (i * 5) % 11 < 5 ? (i * 5) % 11 : 0;
        db.exec(QStringLiteral("INSERT INTO tenants (slug, name, status, updated_at) VALUES (?, ?, ?, ?)"),
                {s.slug, QStringLiteral("Health %1").arg(i), s.status, s.updatedAt});
        s.id = db.scalar(QStringLiteral("SELECT id FROM tenants WHERE slug = ?"), {s.slug}).toLongLong();
        const auto operation = [&](const QString& status, const QDateTime& at) {
            db.exec(QStringLiteral("INSERT INTO operations (tenant_id, type, status, created_at) VALUES (?, "
                                   "'backup', ?, ?)"),
                    {s.id, status, at});
        };
        for (int f = 0; f < s.recentFailures; ++f)
            operation(QStringLiteral("failed"), now.addSecs(-3600 * (f + 1)));
        if (i % 3 == 0)
            operation(QStringLiteral("failed"), now.addDays(-10)); // too old to count
        if (i % 4 == 0)
            operation(QStringLiteral("succeeded"), now.addSecs(-60));
        out << s;
    }
    tx.commit();
    return out;
}

// What the list must be: every listed tenant sorted by severity, failures, newest, id.
QStringList expected(const QList<Seeded>& all, int limit)
{
    struct Row {
        int severity;
        Seeded s;
    };
    QList<Row> rows;
    for (const Seeded& s : all) {
        if (s.status == TenantStatus::Error)
            rows << Row{0, s};
        else if ((s.status == TenantStatus::Active || s.status == TenantStatus::Paused) &&
                 s.recentFailures > 0)
            rows << Row{1, s};
        else if (s.status == TenantStatus::Paused)
            rows << Row{2, s};
        else if (s.status == TenantStatus::Active)
            rows << Row{3, s};
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.s.recentFailures != b.s.recentFailures)
            return a.s.recentFailures > b.s.recentFailures;
        if (a.s.updatedAt != b.s.updatedAt)
            return a.s.updatedAt > b.s.updatedAt;
        return a.s.id < b.s.id;
    });
    QStringList out;
    for (qsizetype i = 0; i < rows.size() && i < limit; ++i)
        out << QStringLiteral("%1 sev %2 failed %3")
                   .arg(rows[i].s.slug)
                   .arg(rows[i].severity)
                   .arg(rows[i].s.recentFailures);
    return out;
}

QStringList listed(const QList<TenantHealth>& health)
{
    QStringList out;
    for (const TenantHealth& h : health)
        out << QStringLiteral("%1 sev %2 failed %3").arg(h.slug).arg(int(h.severity)).arg(h.failedOperations);
    return out;
}
} // namespace

class TestTenantHealth : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::PgTestDatabase> m_pg;
    Database m_sqlite;
    Database m_postgres;
    QList<Seeded> m_seededSqlite;
    QList<Seeded> m_seededPostgres;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!test::pgHost().isEmpty());
        m_pg = std::make_unique<test::PgTestDatabase>(QStringLiteral("health"));
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        test::guarded([&] {
            test::prepare(m_sqlite, test::sqliteTarget(m_dir));
            test::prepare(m_postgres, m_pg->target());
            m_seededSqlite = seed(m_sqlite);
            m_seededPostgres = seed(m_postgres);
        });
    }

    void theListIsThePlainSortOfEveryTenant_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<int>("limit");
        for (const int limit : {100, 25, 7, 3, 1}) {
            QTest::addRow("sqlite, %d", limit) << false << limit;
            QTest::addRow("postgresql, %d", limit) << true << limit;
        }
    }
    void theListIsThePlainSortOfEveryTenant()
    {
        QFETCH(bool, postgres);
        QFETCH(int, limit);
        Database& db = postgres ? m_postgres : m_sqlite;
        const QList<Seeded>& seeded = postgres ? m_seededPostgres : m_seededSqlite;
        const QStringList want = expected(seeded, limit);
        // The data reaches every group, so the test would notice one lost or put out of place.
        if (limit == 100) {
            for (const int severity : {0, 1, 2, 3})
                QVERIFY2(want.filter(QStringLiteral(" sev %1 ").arg(severity)).size() >= 2,
                         qPrintable(want.join(QLatin1Char('\n'))));
            QVERIFY(!want.filter(QRegularExpression(QStringLiteral(" sev 0 failed [1-9]"))).isEmpty());
            QVERIFY(!want.filter(QStringLiteral(" sev 0 failed 0")).isEmpty());
        }
        test::guarded([&] {
            const QList<TenantHealth> health = TenantRepository(db).health(limit);
            QCOMPARE(listed(health), want);
            for (const TenantHealth& h : health) {
                QVERIFY(h.status != TenantStatus::Decommissioned);
                QCOMPARE(h.lastFailureAt.isValid(), h.failedOperations > 0);
            }
        });
    }
};

QTEST_GUILESS_MAIN(TestTenantHealth)
#include "tst_tenant_health.moc"
