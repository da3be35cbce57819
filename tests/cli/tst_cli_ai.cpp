// fusionctl ai providers and ai provider … as a user drives them on the embedded store: a scope's first
// provider becomes its default, one default per scope, what each type needs, refusals that say what to do,
// statistics computed from the usage log (and following it), and every write confirmed and audited.
#include "tests/cli/CliTest.h"
#include "tests/common/Failures.h"

using namespace fusion;

class TestCliAi : public QObject, public test::CliFixture {
    Q_OBJECT

    QString m_db;
    QString m_slug;

    test::CliResult ai(const QStringList& args)
    {
        return run(m_db, QStringList{QStringLiteral("ai")} + args);
    }
    QJsonArray providers(const QStringList& extra = {})
    {
        const test::CliResult r =
            ai(QStringList{QStringLiteral("providers"), QStringLiteral("--json")} + extra);
        if (r.code != 0)
            qWarning("%s", qPrintable(test::describe(r)));
        return test::jsonArray(r);
    }
    QJsonObject provider(const QString& name)
    {
        for (const QJsonValue& v : providers({QStringLiteral("--all")})) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }
    QStringList defaultsIn(const QString& scope)
    {
        QStringList names;
        for (const QJsonValue& v : providers({QStringLiteral("--all")})) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("scope")).toString() == scope &&
                o.value(QStringLiteral("default")).toBool())
                names << o.value(QStringLiteral("name")).toString();
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("ai.db"));
        Database db;
        test::guarded([&] {
            test::prepare(db, test::sqliteTarget(m_dir, QStringLiteral("ai.db")), 3);
            m_slug = db.scalar(QStringLiteral("SELECT slug FROM tenants ORDER BY id LIMIT 1")).toString();
        });
        QVERIFY(!m_slug.isEmpty());
        // A key for OpenAI in the vault (its secret is never read here).
        QString error;
        QVERIFY2(test::sqliteExec(
                     m_db,
                     {QStringLiteral(
                         "INSERT INTO api_keys (provider_id, label, kind, keychain_ref, fingerprint_last4, "
                         "fingerprint_hash, is_default) SELECT id, 'prod', 'api_key', "
                         "'vault/00000000-0000-4000-8000-000000000001', 'x1y2', 'abcdef012345', 1 FROM "
                         "providers WHERE code = 'openai'")},
                     &error),
                 qPrintable(error));
    }

    void anEmptyListSaysHowToStart()
    {
        const test::CliResult r = ai({QStringLiteral("providers")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("fusionctl ai provider add")), qPrintable(r.out));
        QCOMPARE(providers().size(), 0);
    }

    void nothingIsAddedWithoutConfirmation()
    {
        const test::CliResult r =
            ai({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("Local"),
                QStringLiteral("--type"), QStringLiteral("ollama"), QStringLiteral("--model"),
                QStringLiteral("llama3.1")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains(QStringLiteral("Add AI provider")) ||
                     r.err.contains(QStringLiteral("Add AI provider")),
                 qPrintable(test::describe(r)));
        QCOMPARE(providers().size(), 0);
    }

    void theFirstProviderOfAScopeBecomesItsDefault()
    {
        const test::CliResult r =
            ai({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("Local"),
                QStringLiteral("--type"), QStringLiteral("ollama"), QStringLiteral("--model"),
                QStringLiteral("llama3.1"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(test::describe(r)));
        QVERIFY2(QString(r.out + r.err).contains(QStringLiteral("becomes the default")),
                 qPrintable(test::describe(r)));
        const QJsonObject local = provider(QStringLiteral("Local"));
        QCOMPARE(local.value(QStringLiteral("default")).toBool(), true);
        QCOMPARE(local.value(QStringLiteral("scope")).toString(), QStringLiteral("platform"));
        // Ollama's own address when none is given.
        QCOMPARE(local.value(QStringLiteral("base_url")).toString(),
                 QStringLiteral("http://localhost:11434"));
    }

    void eachTypeSaysWhatItNeeds_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("openai without key")
            << QStringList{QStringLiteral("--type"), QStringLiteral("openai"), QStringLiteral("--model"),
                           QStringLiteral("gpt-4o-mini")}
            << QStringLiteral("fusionctl keys add openai");
        QTest::newRow("anthropic key not in the vault")
            << QStringList{QStringLiteral("--type"), QStringLiteral("anthropic"), QStringLiteral("--model"),
                           QStringLiteral("claude"), QStringLiteral("--key"),     QStringLiteral("prod")}
            << QStringLiteral("prod");
        QTest::newRow("no model") << QStringList{QStringLiteral("--type"), QStringLiteral("openai"),
                                                 QStringLiteral("--key"), QStringLiteral("prod")}
                                  << QStringLiteral("need a model");
        QTest::newRow("kapa without project") << QStringList{QStringLiteral("--type"), QStringLiteral("kapa"),
                                                             QStringLiteral("--key"), QStringLiteral("prod")}
                                              << QStringLiteral("project id");
        QTest::newRow("unknown type") << QStringList{QStringLiteral("--type"), QStringLiteral("gemini")}
                                      << QStringLiteral("openai, anthropic, ollama, kapa");
        QTest::newRow("javascript URL")
            << QStringList{QStringLiteral("--type"),     QStringLiteral("ollama"),
                           QStringLiteral("--model"),    QStringLiteral("m"),
                           QStringLiteral("--base-url"), QStringLiteral("javascript:alert(1)")}
            << QStringLiteral("http://");
        QTest::newRow("same name in the scope")
            << QStringList{QStringLiteral("--type"), QStringLiteral("ollama"), QStringLiteral("--model"),
                           QStringLiteral("m"), QStringLiteral("--name-is-local")}
            << QStringLiteral("already has");
    }
    void eachTypeSaysWhatItNeeds()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const bool duplicate = args.removeAll(QStringLiteral("--name-is-local")) > 0;
        const int before = providers({QStringLiteral("--all")}).size();
        const test::CliResult r =
            ai(QStringList{QStringLiteral("provider"), QStringLiteral("add"),
                           duplicate ? QStringLiteral("local") : QStringLiteral("Another")} +
               args + QStringList{QStringLiteral("--yes")});
        QVERIFY2(r.code != 0, qPrintable(test::describe(r)));
        QVERIFY2(r.err.contains(message), qPrintable(test::describe(r)));
        QCOMPARE(providers({QStringLiteral("--all")}).size(), before);
    }

    void oneDefaultPerScope()
    {
        const test::CliResult cloud =
            ai({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("Cloud"),
                QStringLiteral("--type"), QStringLiteral("openai"), QStringLiteral("--model"),
                QStringLiteral("gpt-4o-mini"), QStringLiteral("--key"), QStringLiteral("prod"),
                QStringLiteral("--default"), QStringLiteral("--yes")});
        QVERIFY2(cloud.code == 0, qPrintable(test::describe(cloud)));
        QCOMPARE(defaultsIn(QStringLiteral("platform")), QStringList{QStringLiteral("Cloud")});
        // A tenant's scope has a default of its own.
        const test::CliResult own =
            ai({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("Local"),
                QStringLiteral("--type"), QStringLiteral("ollama"), QStringLiteral("--model"),
                QStringLiteral("qwen2.5"), QStringLiteral("--tenant"), m_slug, QStringLiteral("--yes")});
        QVERIFY2(own.code == 0, qPrintable(test::describe(own)));
        QCOMPARE(defaultsIn(m_slug), QStringList{QStringLiteral("Local")});
        QCOMPARE(defaultsIn(QStringLiteral("platform")), QStringList{QStringLiteral("Cloud")});
        QCOMPARE(providers({QStringLiteral("--tenant"), m_slug}).size(), 1);
        QCOMPARE(providers({QStringLiteral("--platform")}).size(), 2);
        // Back to the local one, by name.
        const test::CliResult back = ai({QStringLiteral("provider"), QStringLiteral("default"),
                                         QStringLiteral("Local"), QStringLiteral("--yes")});
        QVERIFY2(back.code == 0, qPrintable(test::describe(back)));
        QCOMPARE(defaultsIn(QStringLiteral("platform")), QStringList{QStringLiteral("Local")});
    }

    void theDefaultStaysUntilAnotherIsChosen()
    {
        const test::CliResult r = ai({QStringLiteral("provider"), QStringLiteral("deactivate"),
                                      QStringLiteral("Local"), QStringLiteral("--yes")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("make another provider the default first")),
                 qPrintable(r.err));
        QCOMPARE(provider(QStringLiteral("Cloud")).value(QStringLiteral("active")).toBool(), true);
        const test::CliResult off = ai({QStringLiteral("provider"), QStringLiteral("deactivate"),
                                        QStringLiteral("Cloud"), QStringLiteral("--yes")});
        QVERIFY2(off.code == 0, qPrintable(test::describe(off)));
        QCOMPARE(providers({QStringLiteral("--platform")}).size(), 1);
        QCOMPARE(providers({QStringLiteral("--platform"), QStringLiteral("--all")}).size(), 2);
    }

    // Statistics are what the usage log holds for the provider, whenever it is asked.
    void statisticsComeFromTheUsageLog()
    {
        const qint64 id = provider(QStringLiteral("Cloud")).value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QString error;
        const QString add = QStringLiteral("INSERT INTO api_usage (occurred_at, consumer_id, provider_id, "
                                           "model, tokens_in, tokens_out, latency_ms, "
                                           "status, source, ai_provider_id) SELECT "
                                           "'2026-12-01T10:00:00.000Z', c.id, p.id, 'gpt-4o-mini', %1, %2, "
                                           "%3, '%4', 'record', %5 FROM consumers c, providers p WHERE "
                                           "p.code = 'openai' ORDER BY c.id LIMIT 1");
        QVERIFY2(
            test::sqliteExec(m_db,
                             {QStringLiteral("INSERT OR IGNORE INTO consumers (code) VALUES ('ai-console')"),
                              add.arg(100).arg(20).arg(400).arg(QStringLiteral("ok")).arg(id),
                              add.arg(50).arg(0).arg(800).arg(QStringLiteral("error")).arg(id)},
                             &error),
            qPrintable(error));
        QJsonObject cloud = provider(QStringLiteral("Cloud"));
        QCOMPARE(cloud.value(QStringLiteral("requests")).toInteger(), 2);
        QCOMPARE(cloud.value(QStringLiteral("errors")).toInteger(), 1);
        QCOMPARE(cloud.value(QStringLiteral("tokens")).toInteger(), 170);
        QCOMPARE(cloud.value(QStringLiteral("avg_latency_ms")).toDouble(), 600.0);
        QCOMPARE(provider(QStringLiteral("Local")).value(QStringLiteral("requests")).toInteger(), 0);
        QVERIFY2(
            test::sqliteExec(m_db, {add.arg(30).arg(30).arg(300).arg(QStringLiteral("ok")).arg(id)}, &error),
            qPrintable(error));
        cloud = provider(QStringLiteral("Cloud"));
        QCOMPARE(cloud.value(QStringLiteral("requests")).toInteger(), 3);
        QCOMPARE(cloud.value(QStringLiteral("tokens")).toInteger(), 230);
        QCOMPARE(cloud.value(QStringLiteral("avg_latency_ms")).toDouble(), 500.0);
        const test::CliResult shown =
            ai({QStringLiteral("provider"), QStringLiteral("show"), QStringLiteral("Cloud")});
        QVERIFY2(shown.out.contains(QStringLiteral("3 (1 failed)")), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QStringLiteral("500 ms")), qPrintable(shown.out));
    }

    void aProviderInUseIsDeactivatedNotDeleted()
    {
        const qint64 id = provider(QStringLiteral("Cloud")).value(QStringLiteral("id")).toInteger();
        QString error;
        QVERIFY2(test::sqliteExec(
                     m_db,
                     {QStringLiteral("INSERT INTO ai_threads (provider_id, owner) VALUES (%1, 'someone')")
                          .arg(id)},
                     &error),
                 qPrintable(error));
        const test::CliResult r = ai({QStringLiteral("provider"), QStringLiteral("delete"),
                                      QString::number(id), QStringLiteral("--yes")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("deactivate it instead")), qPrintable(r.err));
        QVERIFY(!provider(QStringLiteral("Cloud")).isEmpty());
        // One nobody uses goes, and the audit log says who added, changed and deleted what.
        const test::CliResult spare =
            ai({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("Spare"),
                QStringLiteral("--type"), QStringLiteral("ollama"), QStringLiteral("--model"),
                QStringLiteral("m"), QStringLiteral("--yes")});
        QVERIFY2(spare.code == 0, qPrintable(test::describe(spare)));
        const test::CliResult gone = ai({QStringLiteral("provider"), QStringLiteral("delete"),
                                         QStringLiteral("Spare"), QStringLiteral("--yes")});
        QVERIFY2(gone.code == 0, qPrintable(test::describe(gone)));
        QVERIFY(provider(QStringLiteral("Spare")).isEmpty());
        const test::CliResult audit =
            run(m_db, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                       QStringLiteral("200"), QStringLiteral("--json")});
        QStringList actions;
        for (const QJsonValue& v : test::jsonArray(audit))
            actions << v.toObject().value(QStringLiteral("action")).toString();
        for (const QString& action :
             {QStringLiteral("ai_provider.add"), QStringLiteral("ai_provider.set_default"),
              QStringLiteral("ai_provider.deactivate"), QStringLiteral("ai_provider.delete")})
            QVERIFY2(actions.contains(action), qPrintable(actions.join(QLatin1Char(' '))));
        QCOMPARE(run(m_db, {QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
    }

    // The retention is a confirmed setting; the prune (what the systemd timer runs with --yes) deletes AI
    // audit rows past it and closes idle threads, says so, is audited, and finds nothing the second time.
    void retentionIsSetAndPruned()
    {
        QJsonObject shown = test::jsonObject(ai({QStringLiteral("settings"), QStringLiteral("--json")}));
        QCOMPARE(shown.value(QStringLiteral("audit_retention_days")).toInt(), 90);
        const test::CliResult unconfirmed =
            ai({QStringLiteral("settings"), QStringLiteral("--audit-retention-days"), QStringLiteral("30")});
        QCOMPARE(unconfirmed.code, 3);
        QCOMPARE(test::jsonObject(ai({QStringLiteral("settings"), QStringLiteral("--json")}))
                     .value(QStringLiteral("audit_retention_days"))
                     .toInt(),
                 90);
        QCOMPARE(ai({QStringLiteral("settings"), QStringLiteral("--audit-retention-days"),
                     QStringLiteral("0"), QStringLiteral("--yes")})
                     .code,
                 2);
        const test::CliResult set = ai({QStringLiteral("settings"), QStringLiteral("--audit-retention-days"),
                                        QStringLiteral("30"), QStringLiteral("--yes")});
        QVERIFY2(set.code == 0, qPrintable(test::describe(set)));
        shown = test::jsonObject(ai({QStringLiteral("settings"), QStringLiteral("--json")}));
        QCOMPARE(shown.value(QStringLiteral("audit_retention_days")).toInt(), 30);
        QCOMPARE(shown.value(QStringLiteral("thread_idle_days")).toInt(), 30);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto ago = [&now](int days) {
            return now.addDays(-days).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        };
        const qint64 provider =
            this->provider(QStringLiteral("Local")).value(QStringLiteral("id")).toInteger();
        QString error;
        QVERIFY2(
            test::sqliteExec(
                m_db,
                {QStringLiteral(
                     "INSERT INTO ai_audit (occurred_at, operation, login, status, request_redacted) "
                     "VALUES ('%1', 'ask', 'alice', 'success', 'old'), ('%2', 'ask', 'alice', 'success', "
                     "'recent')")
                     .arg(ago(31), ago(29)),
                 QStringLiteral(
                     "INSERT INTO ai_threads (provider_id, owner, last_message_at) VALUES (%1, 'alice', "
                     "'%2'), (%1, 'bob', '%3')")
                     .arg(provider)
                     .arg(ago(40), ago(2))},
                &error),
            qPrintable(error));
        const test::CliResult asked = ai({QStringLiteral("prune")});
        QCOMPARE(asked.code, 3);
        QVERIFY2(asked.err.contains(QStringLiteral("Deletes 1 AI audit row older than 30 days")),
                 qPrintable(asked.err));
        QVERIFY2(asked.err.contains(QStringLiteral("Closes 1 thread")), qPrintable(asked.err));
        const test::CliResult pruned =
            ai({QStringLiteral("prune"), QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(pruned.code == 0, qPrintable(test::describe(pruned)));
        const QJsonObject done = test::jsonObject(pruned);
        QCOMPARE(done.value(QStringLiteral("audit_pruned")).toInteger(), 1);
        QCOMPARE(done.value(QStringLiteral("threads_closed")).toInteger(), 1);
        Database db;
        test::guarded([&] {
            db.open(test::sqliteTarget(m_dir, QStringLiteral("ai.db")));
            QCOMPARE(
                db.scalar(QStringLiteral("SELECT group_concat(request_redacted) FROM ai_audit")).toString(),
                QStringLiteral("recent"));
            QCOMPARE(
                db.scalar(QStringLiteral("SELECT count(*) FROM ai_threads WHERE state = 'active' AND owner = "
                                         "'bob'"))
                    .toInt(),
                1);
            QCOMPARE(
                db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ai.prune'")).toInt(),
                1);
        });
        const test::CliResult again = ai({QStringLiteral("prune"), QStringLiteral("--yes")});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.err.contains(QStringLiteral("Nothing to change")), qPrintable(test::describe(again)));
    }

    void anUnknownProviderIsNotFound()
    {
        const test::CliResult r =
            ai({QStringLiteral("provider"), QStringLiteral("show"), QStringLiteral("Nope")});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(QStringLiteral("\"Nope\"")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliAi)
#include "tst_cli_ai.moc"
