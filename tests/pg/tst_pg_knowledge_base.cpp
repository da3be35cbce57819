// The knowledge base on PostgreSQL, as real logins: the same chunks found by the same searches as on SQLite
// (the tsvector column and the FTS5 index agree on what a word is and that every word is required); hostile
// searches give results or a clear message and change nothing; syncing the same records again plans nothing
// (write_date survives timestamptz); an operator may sync; a tenant admin finds only its own tenants' chunks;
// a word in more chunks than PostgreSQL ranks gives the best of the first ones found, and says so.
#include "models/ai/KnowledgeBase.h"
#include "models/audit/WriteExecutor.h"
#include "tests/ai/KnowledgeCorpus.h"
#include "tests/common/Failures.h"
#include "tests/common/PgLogins.h"

#include <QSet>
#include <QTest>

using namespace fusion;

namespace {
const QString kBase = QStringLiteral("https://erp.acme.example");

QSet<QString> refs(const QList<KbHit>& hits)
{
    QSet<QString> out;
    for (const KbHit& h : hits)
        out.insert(h.sourceRef);
    return out;
}

QString listed(const QSet<QString>& s)
{
    QStringList l(s.cbegin(), s.cend());
    l.sort();
    return l.join(QLatin1Char(' '));
}
} // namespace

class TestPgKnowledgeBase : public QObject, public test::PgLogins {
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_sqlite;
    QString m_slugA, m_slugB;

private Q_SLOTS:
    void initTestCase()
    {
        if (test::pgHost().isEmpty())
            QFAIL("FUSION_TEST_PGHOST is not set: run this test through CTest (fixture \"pg\")");
        const QString problem = setUpLogins(QStringLiteral("kb"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        test::guarded([&] {
            m_slugA = m_admin.scalar(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"), {m_tenantA})
                          .toString();
            m_slugB = m_admin.scalar(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"), {m_tenantB})
                          .toString();
            // The operator syncs, as the people who run the platform do.
            auto op = as(m_operator);
            WriteExecutor::execute(*op, KnowledgeBase::planSync(*op, m_slugA, test::corpusRecords(kBase)));
            test::prepare(m_sqlite, test::sqliteTarget(m_dir), 2);
            const QString sqliteSlug =
                m_sqlite.scalar(QStringLiteral("SELECT slug FROM tenants ORDER BY id LIMIT 1")).toString();
            WriteExecutor::execute(m_sqlite,
                                   KnowledgeBase::planSync(m_sqlite, sqliteSlug, test::corpusRecords(kBase)));
        });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_audit WHERE operation = 'sync' AND login = ?"),
                       {m_operator}),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kb_chunks")),
                 m_sqlite.scalar(QStringLiteral("SELECT count(*) FROM kb_chunks")).toLongLong());
    }

    void theSameSearchesFindTheSameChunksOnBothStores()
    {
        test::guarded([&] {
            auto owner = as(m_owner);
            for (const QString& q : test::corpusQueries()) {
                const QList<KbHit> pg = KnowledgeBase::search(*owner, q, {}, 50);
                const QList<KbHit> lite = KnowledgeBase::search(m_sqlite, q, {}, 50);
                QVERIFY2(refs(pg) == refs(lite),
                         qPrintable(QStringLiteral("%1: PostgreSQL %2, SQLite %3")
                                        .arg(q, listed(refs(pg)), listed(refs(lite)))));
                for (const KbHit& h : pg) {
                    QCOMPARE(h.tenant, m_slugA);
                    QVERIFY(h.url.startsWith(kBase + QStringLiteral("/web#id=")));
                    QVERIFY(!h.snippet.isEmpty());
                }
            }
            // The better match first on both.
            QCOMPARE(KnowledgeBase::search(*owner, QStringLiteral("turbine")).first().sourceRef,
                     QStringLiteral("project.task:1"));
            const QList<KbHit> acoustic = KnowledgeBase::search(*owner, QStringLiteral("acoustic ceiling"));
            QCOMPARE(acoustic.size(), 1);
            QVERIFY2(acoustic.first().snippet.contains(QStringLiteral("[acoustic] [ceiling]")),
                     qPrintable(acoustic.first().snippet));
            QCOMPARE(KnowledgeBase::search(*owner, QStringLiteral("turbine"), m_slugA).size(),
                     KnowledgeBase::search(*owner, QStringLiteral("turbine")).size());
            QVERIFY(KnowledgeBase::search(*owner, QStringLiteral("turbine"), m_slugB).isEmpty());
        });
    }

    void hostileSearchesGiveResultsOrAClearMessageAndChangeNothing()
    {
        const QString before = test::fingerprint(m_admin);
        auto owner = as(m_owner);
        const QStringList hostile{QStringLiteral("\""),
                                  QStringLiteral("*"),
                                  QStringLiteral("NEAR("),
                                  QStringLiteral("-"),
                                  QStringLiteral("OR"),
                                  QStringLiteral("AND OR NOT"),
                                  QStringLiteral("turbine & kitchen | !x"),
                                  QStringLiteral("turbine:*"),
                                  QStringLiteral("'; DROP TABLE kb_chunks; --"),
                                  QStringLiteral("1' OR '1'='1"),
                                  QStringLiteral("<-> ( ) :A"),
                                  QStringLiteral("x").repeated(10 * 1024),
                                  QStringLiteral("a ").repeated(40),
                                  QStringLiteral("???"),
                                  QStringLiteral("\\'\\\"$1")};
        for (const QString& q : hostile) {
            try {
                KnowledgeBase::search(*owner, q);
            } catch (const Failure& f) {
                QVERIFY2(f.error().kind == ErrorKind::InvalidInput,
                         qPrintable(QStringLiteral("%1 → %2: %3")
                                        .arg(q.left(40), f.error().kindName(), f.error().message)));
            }
        }
        QCOMPARE(KnowledgeBase::search(*owner, QStringLiteral("OR gate")).size(), 1);
        QCOMPARE(test::fingerprint(m_admin), before);
    }

    void syncingTheSameRecordsAgainPlansNothing()
    {
        test::guarded([&] {
            auto op = as(m_operator);
            const PendingWrite again = KnowledgeBase::planSync(*op, m_slugA, test::corpusRecords(kBase));
            QVERIFY2(!again.apply, qPrintable(again.plan.title));
            QCOMPARE(KnowledgeBase::syncedUpTo(*op, m_slugA, KnowledgeChunker::taskModel()).value(),
                     KnowledgeChunker::fromOdooDateTime(QStringLiteral("2026-11-23 06:33:47")));
        });
    }

    void aTenantAdminFindsOnlyItsOwnTenantsChunks()
    {
        test::guarded([&] {
            auto a = as(m_tadminA);
            auto b = as(m_tadminB);
            QVERIFY(!KnowledgeBase::search(*a, QStringLiteral("turbine")).isEmpty());
            QVERIFY(KnowledgeBase::search(*b, QStringLiteral("turbine")).isEmpty());
            const QList<KbStats> statsA = KnowledgeBase::stats(*a);
            QCOMPARE(statsA.size(), 1);
            QCOMPARE(statsA.first().tasks, 8);
            QVERIFY(KnowledgeBase::stats(*b).isEmpty());
        });
        auto b = as(m_tadminB);
        const auto write = test::failureOf([&] {
            WriteExecutor::execute(*b, KnowledgeBase::planSync(*b, m_slugB, test::corpusRecords(kBase)));
        });
        QVERIFY(write && write->kind == ErrorKind::PermissionDenied);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kb_chunks WHERE tenant_ref = ?"), {m_slugB}), 0);
    }
    // A word in more chunks than are ranked: the best of the first ones found, and the search says so; a
    // rarer word is ranked over every chunk that holds it.
    void aWordInMoreChunksThanAreRankedSaysSo()
    {
        const int many = KnowledgeBase::kMaxRanked + 200;
        test::guarded([&] {
            m_admin.exec(
                QStringLiteral("INSERT INTO kb_chunks (tenant_id, tenant_ref, source_type, source_ref, "
                               "title, content) SELECT ?, ?, 'project.task', 'project.task:' || "
                               "(100000 + g), 'Drill ' || g, 'zephyr drill note ' || g FROM "
                               "generate_series(1, ?) g"),
                {m_tenantB, m_slugB, many});
            auto owner = as(m_owner);
            bool capped = false;
            const QList<KbHit> common = KnowledgeBase::search(*owner, QStringLiteral("zephyr"), {}, 20,
                                                              KnowledgeBase::Match::All, &capped);
            QCOMPARE(common.size(), 20);
            QVERIFY(capped);
            const QList<KbHit> rare = KnowledgeBase::search(*owner, QStringLiteral("turbine"), {}, 20,
                                                            KnowledgeBase::Match::All, &capped);
            QVERIFY(!rare.isEmpty());
            QVERIFY(!capped);
            // The same on SQLite: FTS5 ranks every chunk from its index, and never says so.
            const QString sqliteSlug =
                m_sqlite.scalar(QStringLiteral("SELECT slug FROM tenants ORDER BY id LIMIT 1")).toString();
            const qint64 sqliteTenant =
                m_sqlite.scalar(QStringLiteral("SELECT id FROM tenants ORDER BY id LIMIT 1")).toLongLong();
            Transaction tx(m_sqlite);
            for (int g = 1; g <= many; ++g)
                m_sqlite.exec(
                    QStringLiteral("INSERT INTO kb_chunks (tenant_id, tenant_ref, source_type, "
                                   "source_ref, title, content) VALUES (?, ?, 'project.task', ?, ?, ?)"),
                    {sqliteTenant, sqliteSlug, QStringLiteral("project.task:%1").arg(100000 + g),
                     QStringLiteral("Drill %1").arg(g), QStringLiteral("zephyr drill note %1").arg(g)});
            tx.commit();
            QCOMPARE(KnowledgeBase::search(m_sqlite, QStringLiteral("zephyr"), {}, 20,
                                           KnowledgeBase::Match::All, &capped)
                         .size(),
                     20);
            QVERIFY(!capped);
            m_admin.exec(QStringLiteral("DELETE FROM kb_chunks WHERE source_ref LIKE 'project.task:1_____'"));
        });
    }
};

QTEST_GUILESS_MAIN(TestPgKnowledgeBase)
#include "tst_pg_knowledge_base.moc"
