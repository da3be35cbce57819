// Two admins choosing different default keys for the same provider at the same moment, on a real PostgreSQL:
// the second one's write waits for the first's transaction and is then refused, so the provider ends with
// exactly one default — with and without a previous default. No secret is involved (the keys' keychain items
// are never read here).
#include "models/audit/AuditLog.h"
#include "models/audit/WriteExecutor.h"
#include "models/storage/DbWorker.h"
#include "models/vault/KeyVault.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QTest>

#include <memory>
#include <optional>

using namespace fusion;

class TestPgKeyVault : public QObject {
    Q_OBJECT

    std::unique_ptr<test::PgTestDatabase> m_pg;
    Database m_a;
    Database m_monitor;

    void addKey(const QString& provider, const QString& label, bool makeDefault)
    {
        NewKey k;
        k.providerCode = provider;
        k.label = label;
        k.makeDefault = makeDefault;
        const Fingerprint fp =
            Fingerprint::of(SecretBytes(QByteArray("not-a-real-secret-") + label.toUtf8()));
        WriteExecutor::execute(m_a, KeyVault::planAdd(m_a, k, KeyVault::newKeychainRef(), fp));
    }

    QStringList defaults(const QString& provider)
    {
        QStringList labels;
        for (const ApiKey& k : KeyVault::keys(m_a, provider, true)) {
            if (k.isDefault)
                labels << k.label;
        }
        return labels;
    }

    // A holds its transaction with "first" made the default; meanwhile a second session makes "second" the
    // default. Returns the second session's result once A has committed.
    std::optional<Result<QJsonObject>> race(const QString& provider, const QString& first,
                                            const QString& second)
    {
        DbWorker worker;
        std::optional<Result<Unit>> opened;
        const DatabaseTarget target = m_pg->target();
        worker.run<Unit>(
            this,
            [target](Database& db) {
                db.open(target);
                return Unit{};
            },
            [&opened](Result<Unit> r) { opened = std::move(r); });
        if (!QTest::qWaitFor([&] { return opened.has_value(); }, 15000) || !opened->ok())
            return std::nullopt;
        const PendingWrite mine = KeyVault::planSetDefault(m_a, provider, first);
        std::optional<Result<QJsonObject>> theirs;
        {
            Transaction tx(m_a);
            const QJsonObject outcome = mine.apply(m_a);
            worker.run<QJsonObject>(
                this,
                [provider, second](Database& db) {
                    return WriteExecutor::execute(db, KeyVault::planSetDefault(db, provider, second));
                },
                [&theirs](Result<QJsonObject> r) { theirs = std::move(r); });
            if (!test::waitForLockWaiters(m_monitor))
                return std::nullopt; // the second write did not wait: the race was not a race
            AuditLog::append(m_a, mine.plan, outcome);
            tx.commit();
        }
        if (!QTest::qWaitFor([&] { return theirs.has_value(); }, 15000))
            return std::nullopt;
        return theirs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::pgHost().isEmpty())
            QFAIL("FUSION_TEST_PGHOST is not set: run this test through CTest (fixture \"pg\")");
        m_pg = std::make_unique<test::PgTestDatabase>(QStringLiteral("keyvault"));
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        test::guarded([&] {
            test::prepare(m_a, m_pg->target(), 0);
            m_monitor.open(m_pg->target());
        });
    }

    void twoNewDefaultsAtOnceEndWithExactlyOne()
    {
        test::guarded([&] {
            addKey(QStringLiteral("openai"), QStringLiteral("old"), true);
            addKey(QStringLiteral("openai"), QStringLiteral("a"), false);
            addKey(QStringLiteral("openai"), QStringLiteral("b"), false);
            QCOMPARE(defaults(QStringLiteral("openai")), QStringList{QStringLiteral("old")});
            const auto second = race(QStringLiteral("openai"), QStringLiteral("a"), QStringLiteral("b"));
            QVERIFY2(second.has_value(), "the second session never finished or never waited");
            QVERIFY2(!second->ok(), "both defaults were accepted");
            QCOMPARE(second->error().kind, ErrorKind::Conflict);
            QCOMPARE(defaults(QStringLiteral("openai")), QStringList{QStringLiteral("a")});
        });
    }

    void withoutAPreviousDefaultTheSecondWaitsOnTheIndex()
    {
        test::guarded([&] {
            addKey(QStringLiteral("anthropic"), QStringLiteral("x"), true);
            addKey(QStringLiteral("anthropic"), QStringLiteral("y"), false);
            addKey(QStringLiteral("anthropic"), QStringLiteral("z"), false);
            // The default revoked: the provider has live keys and none is the default.
            m_a.exec(QStringLiteral(
                "UPDATE api_keys SET is_default = false, status = 'revoked' WHERE label = 'x'"));
            QCOMPARE(defaults(QStringLiteral("anthropic")), QStringList{});
            const auto second = race(QStringLiteral("anthropic"), QStringLiteral("y"), QStringLiteral("z"));
            QVERIFY2(second.has_value(), "the second session never finished or never waited");
            QVERIFY2(!second->ok(), "both defaults were accepted");
            QCOMPARE(second->error().kind, ErrorKind::Conflict);
            QVERIFY2(second->error().message.contains(QStringLiteral("same moment")),
                     qPrintable(second->error().message));
            QCOMPARE(defaults(QStringLiteral("anthropic")), QStringList{QStringLiteral("y")});
            QVERIFY(AuditLog::verify(m_a).ok);
        });
    }
};

QTEST_GUILESS_MAIN(TestPgKeyVault)
#include "tst_pg_key_vault.moc"
