// A tenant's knowledge in Supabase (models/ai/KbSources, models/ai/SupabaseKb) against the PostgREST stand-in
// (tests/fixtures/fake_postgrest.py), with the project's key in a private keychain: the source is a
// confirmed, audited write naming a vault key (never its secret) and refused when malformed, both on the
// model and by SQLite's own checks; a text and a vector search return the project's rows in its order; every
// way the project can fail (a wrong key, a schema not exposed, a missing function, a 500, a body that is not
// JSON or not a list, rows of the wrong types or missing fields, no answer in time, a dropped or cut
// connection) is one clear error and no hit; the secret is nowhere in an error, an audit row or the database.
#include "models/ai/KbSources.h"
#include "models/ai/SupabaseKb.h"
#include "models/audit/WriteExecutor.h"
#include "models/secrets/SecretStore.h"
#include "models/storage/Database.h"
#include "models/vault/KeyVault.h"
#include "tests/common/Failures.h"
#include "tests/common/FakePostgrest.h"
#include "tests/common/JobTestHost.h"
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace fusion;

namespace {
const char kSecret[] = "sb-secret-SupabaseKbTest0000000000000042";
const QString kRef = QStringLiteral("odoo_company:1");

QJsonObject chunk(int id, const QString& title, const QString& content, const QJsonValue& url,
                  const QJsonArray& embedding)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("source_type"), QStringLiteral("odoo_task")},
            {QStringLiteral("source_ref"), QStringLiteral("project.task:%1").arg(id)},
            {QStringLiteral("title"), title},
            {QStringLiteral("url"), url},
            {QStringLiteral("content"), content},
            {QStringLiteral("updated_at"), QStringLiteral("2026-11-02T10:00:00+00:00")},
            {QStringLiteral("embedding"), embedding}};
}
} // namespace

class TestSupabaseKb : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    SecretStore m_secrets;
    test::TestPerson m_person;
    std::unique_ptr<test::FakePostgrest> m_server;
    QString m_slug;

    Result<SupabaseSearch> search(const QString& words, int timeoutMs = 20000)
    {
        SupabaseKb kb(test::syncJobHost(m_db, m_person, &m_secrets));
        kb.setTimeoutMs(timeoutMs);
        std::optional<Result<SupabaseSearch>> got;
        kb.searchText(m_slug, words, 10, [&got](const Result<SupabaseSearch>& r) { got = r; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 30000))
            return Error::make(ErrorKind::Internal, QStringLiteral("no result"));
        return *got;
    }
    Result<SupabaseSearch> searchVector(const QList<float>& v)
    {
        SupabaseKb kb(test::syncJobHost(m_db, m_person, &m_secrets));
        std::optional<Result<SupabaseSearch>> got;
        kb.searchVector(m_slug, v, 10, [&got](const Result<SupabaseSearch>& r) { got = r; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 30000))
            return Error::make(ErrorKind::Internal, QStringLiteral("no result"));
        return *got;
    }
    void setSource(const QString& schema)
    {
        test::guarded([&] {
            KbSourceInput in;
            in.tenantSlug = m_slug;
            in.schema = schema;
            const PendingWrite w = KbSources::planSet(m_db, in);
            if (w.apply)
                WriteExecutor::execute(m_db, w);
        });
    }
    static QList<qint64> ids(const QList<KbHit>& hits)
    {
        QList<qint64> out;
        for (const KbHit& h : hits)
            out << h.id;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::FakePostgrest>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_server->reset();
        m_server->setKey(QString::fromLatin1(kSecret));
        const QString longText = QStringLiteral("invoice ") + QString(900, QLatin1Char('x'));
        m_server->setChunks(kRef,
                            {chunk(10, QStringLiteral("Invoice payment"),
                                   QStringLiteral("Pay the invoice; the invoice is late."),
                                   QStringLiteral("https://odoo.example.com/odoo/task/10"), {1.0, 0.0, 0.0}),
                             chunk(11, QStringLiteral("Onboarding"), longText,
                                   QStringLiteral("javascript:alert(1)"), {0.6, 0.8, 0.0}),
                             chunk(12, QStringLiteral("Roadmap"), QStringLiteral("Nothing about money."),
                                   QJsonValue(), {0.0, 0.0, 1.0})});
        m_server->setChunks(QStringLiteral("odoo_company:2"),
                            {chunk(20, QStringLiteral("Invoice of another"), QStringLiteral("invoice"),
                                   QJsonValue(), {1.0, 0.0, 0.0})});
        test::guarded([&] {
            test::prepare(m_db, test::sqliteTarget(m_dir), 2);
            m_slug = m_db.scalar(QStringLiteral("SELECT slug FROM tenants ORDER BY slug LIMIT 1")).toString();
            Provider p;
            p.code = QStringLiteral("supabase");
            p.name = QStringLiteral("Supabase");
            p.kind = QStringLiteral("api_key");
            p.baseUrl = QStringLiteral("https://supabase.com");
            p.validation = QStringLiteral("none");
            WriteExecutor::execute(m_db, KeyVault::planAddProvider(m_db, p));
            NewKey k;
            k.providerCode = QStringLiteral("supabase");
            k.label = QStringLiteral("kb-service");
            const QString ref = KeyVault::newKeychainRef();
            const SecretBytes secret{QByteArray(kSecret)};
            WriteExecutor::execute(m_db, KeyVault::planAdd(m_db, k, ref, Fingerprint::of(secret)));
            std::optional<Result<Unit>> stored;
            m_secrets.write(ref, secret, this, [&stored](const Result<Unit>& r) { stored = r; });
            QVERIFY(QTest::qWaitFor([&stored] { return stored.has_value(); }, 30000));
            QVERIFY2(stored->ok(), stored->ok() ? "" : qPrintable(stored->error().message));
        });
    }

    void aSourceIsAConfirmedAuditedWriteNamingTheKey()
    {
        QVERIFY(!KbSources::find(m_db, m_slug).has_value());
        const auto refused = [&](const KbSourceInput& in, ErrorKind kind) {
            try {
                KbSources::planSet(m_db, in);
                QFAIL("accepted");
            } catch (const Failure& f) {
                QCOMPARE(f.error().kind, kind);
            }
        };
        KbSourceInput in{
            m_slug, m_server->url().toString() + QStringLiteral("/"), {}, kRef, QStringLiteral("kb-service")};
        refused({m_slug, QStringLiteral("javascript:alert(1)"), {}, kRef, QStringLiteral("kb-service")},
                ErrorKind::InvalidInput);
        refused({m_slug, QStringLiteral("ftp://x"), {}, kRef, QStringLiteral("kb-service")},
                ErrorKind::InvalidInput);
        refused({m_slug, in.projectUrl, QStringLiteral("Bad-Schema"), kRef, QStringLiteral("kb-service")},
                ErrorKind::InvalidInput);
        refused({m_slug, in.projectUrl, {}, QStringLiteral("a\nb"), QStringLiteral("kb-service")},
                ErrorKind::InvalidInput);
        refused({m_slug, in.projectUrl, {}, kRef, QStringLiteral("nope")}, ErrorKind::NotFound);
        refused({m_slug, in.projectUrl, {}, {}, QStringLiteral("kb-service")}, ErrorKind::InvalidInput);
        refused({QStringLiteral("no-such-tenant"), in.projectUrl, {}, kRef, QStringLiteral("kb-service")},
                ErrorKind::NotFound);

        test::guarded([&] {
            const PendingWrite w = KbSources::planSet(m_db, in);
            QCOMPARE(w.plan.action, QStringLiteral("kb_source.set"));
            QString shown = w.plan.summaryText();
            QVERIFY2(shown.contains(QStringLiteral("supabase/kb-service")), qPrintable(shown));
            QVERIFY(!shown.contains(QLatin1String(kSecret)));
            WriteExecutor::execute(m_db, w);
            const std::optional<KbSource> s = KbSources::find(m_db, m_slug);
            QVERIFY(s.has_value());
            QCOMPARE(s->projectUrl, m_server->url().toString()); // the trailing slash dropped
            QCOMPARE(s->schema, QStringLiteral("kb"));
            QCOMPARE(s->tenantRef, kRef);
            QCOMPARE(s->apiKeyLabel, QStringLiteral("kb-service"));
            QCOMPARE(
                m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'kb_source.set' "
                                           "AND target = ?"),
                            {m_slug})
                    .toInt(),
                1);
            // The same again changes nothing; another schema is a change with its before and after.
            QVERIFY(!KbSources::planSet(m_db, in).plan.hasChanges());
            KbSourceInput other = in;
            other.schema = QStringLiteral("kb_other");
            const PendingWrite change = KbSources::planSet(m_db, other);
            QCOMPARE(change.plan.changes.size(), 1);
            QCOMPARE(change.plan.changes.first().before.toString(), QStringLiteral("kb"));
            // SQLite's own checks refuse what the model refuses, whoever writes.
            QVERIFY_THROWS_EXCEPTION(Failure, m_db.exec(QStringLiteral("UPDATE kb_sources SET project_url = "
                                                                       "'javascript:alert(1)'")));
            QVERIFY_THROWS_EXCEPTION(Failure,
                                     m_db.exec(QStringLiteral("INSERT INTO kb_sources (tenant_id, "
                                                              "project_url, tenant_ref, api_key_id) "
                                                              "SELECT tenant_id, project_url, tenant_ref, "
                                                              "api_key_id FROM kb_sources")));
            QVERIFY(!test::snapshot(m_db).contains(QLatin1String(kSecret)));
        });
    }

    void textSearchReturnsTheProjectsRowsInOrder()
    {
        m_server->misbehave(QStringLiteral("none"));
        const Result<SupabaseSearch> r = search(QStringLiteral("INVOICE"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const QList<KbHit>& hits = r.value().hits;
        QCOMPARE(ids(hits), (QList<qint64>{10, 11})); // never tenant 2's row
        QCOMPARE(hits[0].tenant, m_slug);
        QCOMPARE(hits[0].title, QStringLiteral("Invoice payment"));
        QCOMPARE(hits[0].url, QStringLiteral("https://odoo.example.com/odoo/task/10"));
        QCOMPARE(hits[1].url, QString()); // not a web address
        QVERIFY(hits[1].snippet.size() <= SupabaseKb::kMaxSnippet);
        QVERIFY(hits[0].score > hits[1].score);
        const QJsonArray calls = m_server->calls();
        const QJsonObject last = calls.last().toObject();
        QCOMPARE(last.value(QStringLiteral("function")).toString(), QStringLiteral("search_chunks_text"));
        QCOMPARE(last.value(QStringLiteral("profile")).toString(), QStringLiteral("kb"));
        QCOMPARE(last.value(QStringLiteral("auth")).toString(), QStringLiteral("ok"));
        QVERIFY(search(QStringLiteral("zeppelin")).value().hits.isEmpty());
    }

    void vectorSearchReturnsTheBestFirst()
    {
        const Result<SupabaseSearch> r = searchVector({0.0F, 1.0F, 0.0F});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(ids(r.value().hits), (QList<qint64>{11, 10, 12}));
        QCOMPARE(r.value().hits[0].score, 0.8);
        const Result<SupabaseSearch> wrong = searchVector({1.0F, 0.0F});
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().message.contains(QStringLiteral("HTTP 400")),
                 qPrintable(wrong.error().message));
    }

    void everyMisbehaviourIsOneClearErrorAndNoHit_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("said");
        QTest::newRow("500") << QStringLiteral("500")
                             << QStringLiteral("answered HTTP 500: internal error while searching (XX000)");
        QTest::newRow("malformed") << QStringLiteral("malformed") << QStringLiteral("not valid JSON");
        QTest::newRow("not_array") << QStringLiteral("not_array") << QStringLiteral("not a list of rows");
        QTest::newRow("wrong_types") << QStringLiteral("wrong_types")
                                     << QStringLiteral(
                                            "Row 1 of the Supabase answer: \"id\" is missing or not");
        QTest::newRow("missing_fields")
            << QStringLiteral("missing_fields") << QStringLiteral("\"content\" is missing or not text");
        QTest::newRow("timeout") << QStringLiteral("timeout") << QStringLiteral("did not answer within 1 s");
        QTest::newRow("drop") << QStringLiteral("drop") << QStringLiteral("closed before the whole answer");
        QTest::newRow("cut") << QStringLiteral("cut") << QStringLiteral("closed before the whole answer");
    }
    void everyMisbehaviourIsOneClearErrorAndNoHit()
    {
        QFETCH(QString, mode);
        QFETCH(QString, said);
        m_server->misbehave(mode, 1, 4);
        const Result<SupabaseSearch> r = search(QStringLiteral("invoice"), 1500);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(said), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(QLatin1String(kSecret)));
        m_server->misbehave(QStringLiteral("none"));
        QVERIFY(search(QStringLiteral("invoice")).ok()); // nothing stuck
    }

    void theProjectsRefusalsSayWhatToFix()
    {
        m_server->setKey(QStringLiteral("sb-another-key"));
        Result<SupabaseSearch> r = search(QStringLiteral("invoice"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("refused the key (HTTP 401)")) &&
                     r.error().message.contains(QStringLiteral("kb-service")),
                 qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(QLatin1String(kSecret)));
        m_server->setKey(QString::fromLatin1(kSecret));

        m_server->setExposedSchemas({QStringLiteral("public")});
        r = search(QStringLiteral("invoice"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("does not expose the schema \"kb\" (HTTP 406)")),
                 qPrintable(r.error().message));

        m_server->setExposedSchemas(
            {QStringLiteral("public"), QStringLiteral("kb"), QStringLiteral("kb_other")});
        setSource(QStringLiteral("kb_other"));
        r = search(QStringLiteral("invoice"));
        QVERIFY(!r.ok());
        QVERIFY2(
            r.error().message.contains(QStringLiteral("no search function in the schema \"kb_other\"")) &&
                r.error().message.contains(QStringLiteral("PGRST202")),
            qPrintable(r.error().message));
        setSource(QStringLiteral("kb"));
        QVERIFY(search(QStringLiteral("invoice")).ok());
    }

    void removingTheSourceIsAuditedAndTheSecretIsNowhere()
    {
        test::guarded([&] {
            WriteExecutor::execute(m_db, KbSources::planRemove(m_db, m_slug));
            QVERIFY(!KbSources::find(m_db, m_slug).has_value());
            QVERIFY_THROWS_EXCEPTION(Failure, KbSources::planRemove(m_db, m_slug));
            QCOMPARE(
                m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE target_type = 'kb_source'"))
                    .toInt(),
                4); // set, change to kb_other, back to kb, remove
            QVERIFY(!test::snapshot(m_db).contains(QLatin1String(kSecret)));
        });
        const Result<SupabaseSearch> r = search(QStringLiteral("invoice"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSupabaseKb)
#include "tst_supabase_kb.moc"
