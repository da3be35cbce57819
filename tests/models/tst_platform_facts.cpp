// The platform's facts and the dashboard's recommendations as a person meets them: a tenant in error with a
// failed rebuild is one "Rebuild" for that tenant; budgets count from 80 %; an expired key needs action and
// its secret, fingerprint and keychain item never show; old or since-fixed failures drop out; one tenant's
// question gets only that tenant's facts; the evidence text is numbered and fits; nothing is written. On
// PostgreSQL a tenant admin's facts are only those of its own tenants.
#include "models/ai/PlatformFacts.h"
#include "models/audit/WriteExecutor.h"
#include "models/bundles/BundleCatalog.h"
#include "models/roles/RoleService.h"
#include "models/usage/Periods.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QSet>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace fusion;

namespace {

PlatformFacts::Query everything()
{
    PlatformFacts::Query q;
    q.limit = 1000;
    return q;
}

QList<PlatformFact> ofKind(const QList<PlatformFact>& facts, PlatformFact::Kind kind)
{
    QList<PlatformFact> out;
    for (const PlatformFact& f : facts) {
        if (f.kind == kind)
            out << f;
    }
    return out;
}

QList<PlatformFact> aboutTenant(const QList<PlatformFact>& facts, const QString& slug)
{
    QList<PlatformFact> out;
    for (const PlatformFact& f : facts) {
        if (f.tenantSlug == slug)
            out << f;
    }
    return out;
}

const PlatformFact* bySource(const QList<PlatformFact>& facts, PlatformFact::Kind kind, const QString& id)
{
    for (const PlatformFact& f : facts) {
        if (f.kind == kind && f.sourceId == id)
            return &f;
    }
    return nullptr;
}

qint64 addOperation(Database& db, const QString& slug, const QString& type, const QString& status,
                    const QDateTime& at, const QString& payload = QStringLiteral("{}"))
{
    db.exec(QStringLiteral(
                "INSERT INTO operations (tenant_id, type, status, payload, logs_url, trigger_source, "
                "actor, created_at, tested_tag_id) VALUES ((SELECT id FROM tenants WHERE slug = ?), ?, ?, ?, "
                "?, 'ui', 'tester', ?, CASE WHEN ? = 'upgrade_image' THEN (SELECT min(id) FROM "
                "tested_image_tags WHERE retired_at IS NULL AND component = 'odoo') END)"),
            {slug, type, status, payload, QStringLiteral("https://logs.example.com/ops/%1").arg(slug),
             Periods::key(at), type});
    return db.scalar(QStringLiteral("SELECT max(id) FROM operations")).toLongLong();
}

// An access rule of a consumer (of no tenant, or of `slug`) at OpenAI with these budgets and this much used.
void addRule(Database& db, const QString& consumer, const QDateTime& now, std::optional<qint64> monthly,
             qint64 monthSpent, qint64 monthReserved, std::optional<qint64> daily = std::nullopt,
             qint64 daySpent = 0, const QString& slug = {})
{
    db.exec(QStringLiteral("INSERT INTO consumers (code, tenant_id) VALUES (?, (SELECT id FROM tenants WHERE "
                           "slug = ?))"),
            {consumer, slug});
    const QString consumerId = QStringLiteral("(SELECT id FROM consumers WHERE code = ?)");
    const QString openai = QStringLiteral("(SELECT id FROM providers WHERE code = 'openai')");
    db.exec(QStringLiteral("INSERT INTO access_rules (consumer_id, provider_id, monthly_budget_micros, "
                           "daily_budget_micros) VALUES (") +
                consumerId + QStringLiteral(", ") + openai + QStringLiteral(", ?, ?)"),
            {consumer, monthly ? QVariant(*monthly) : QVariant(), daily ? QVariant(*daily) : QVariant()});
    const QString counter = QStringLiteral("INSERT INTO usage_counters (consumer_id, provider_id, user_name, "
                                           "period, period_start, requests, spent_micros, reserved_micros) "
                                           "VALUES (") +
                            consumerId + QStringLiteral(", ") + openai +
                            QStringLiteral(", '', ?, ?, 1, ?, ?)");
    db.exec(counter, {consumer, QStringLiteral("month"), Periods::key(Periods::monthStart(now)), monthSpent,
                      monthReserved});
    db.exec(counter, {consumer, QStringLiteral("day"), Periods::key(Periods::dayStart(now)), daySpent, 0});
}

struct TestKey {
    QString label;
    QString ref;
};

// A key row as the vault writes it; the secret itself would be in the keychain under `ref`.
TestKey addKey(Database& db, const QString& label, const QDateTime& created, const QVariant& expires,
               const QVariant& lastUsed)
{
    const TestKey k{label, QStringLiteral("vault/") + QUuid::createUuid().toString(QUuid::WithoutBraces)};
    db.exec(
        QStringLiteral("INSERT INTO api_keys (provider_id, label, notes, kind, keychain_ref, "
                       "fingerprint_last4, fingerprint_hash, status, created_at, expires_at, last_used_at) "
                       "VALUES ((SELECT id FROM providers WHERE code = 'openai'), ?, "
                       "'billing account sk-notes-hint', 'api_key', ?, 'Wq9z', 'abcdef012345', 'active', ?, "
                       "?, ?)"),
        {label, k.ref, Periods::key(created), expires, lastUsed});
    return k;
}

} // namespace

class TestPlatformFacts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
    QDateTime m_now;

    // A database of its own for each test: demo data of `tenants` tenants, or empty.
    Database& fresh(int tenants)
    {
        m_db = std::make_unique<Database>();
        test::prepare(*m_db,
                      test::sqliteTarget(m_dir, QStringLiteral("facts-%1-%2.db").arg(tenants).arg(++m_n)),
                      tenants);
        return *m_db;
    }

    static QString firstWith(Database& db, const QString& status)
    {
        return db
            .scalar(QStringLiteral("SELECT slug FROM tenants WHERE status = ? ORDER BY id LIMIT 1"), {status})
            .toString();
    }

    static void verifyOrdered(const QList<PlatformFact>& facts)
    {
        for (qsizetype i = 1; i < facts.size(); ++i) {
            const PlatformFact& a = facts[i - 1];
            const PlatformFact& b = facts[i];
            QVERIFY2(a.severity >= b.severity, qPrintable(a.title + QStringLiteral(" before ") + b.title));
            if (a.severity == b.severity && a.at.isValid() && b.at.isValid())
                QVERIFY2(a.at >= b.at, qPrintable(a.title + QStringLiteral(" before ") + b.title));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_now = QDateTime::currentDateTimeUtc();
    }

    void healthyDatabaseHasNoFacts()
    {
        test::guarded([&] {
            Database& db = fresh(0);
            QVERIFY(PlatformFacts::gather(db, m_now, everything()).isEmpty());
            QVERIFY(PlatformFacts::recommendations(db, m_now, everything()).isEmpty());
            QCOMPARE(PlatformFacts::evidenceText({}), QString());
        });
    }

    void tenantInErrorWithFailedRebuildIsOneRecommendation()
    {
        test::guarded([&] {
            Database& db = fresh(12);
            const QString slug = firstWith(db, QStringLiteral("error"));
            QVERIFY(!slug.isEmpty());
            const qint64 rebuild = addOperation(
                db, slug, QStringLiteral("rebuild"), QStringLiteral("failed"), m_now.addSecs(-600),
                QStringLiteral(R"({"error": "pod odoo-0 CrashLoopBackOff\nexit code 3"})"));

            const QList<PlatformFact> facts = PlatformFacts::gather(db, m_now, everything());
            const PlatformFact* tenant = bySource(facts, PlatformFact::Kind::Tenant, slug);
            QVERIFY(tenant);
            QCOMPARE(tenant->severity, 2);
            QCOMPARE(tenant->action, QStringLiteral("tenant.rebuild"));
            QVERIFY2(tenant->title.contains(slug), qPrintable(tenant->title));
            // Its last failed operation, with what the payload said.
            QVERIFY2(tenant->detail.contains(QStringLiteral("#%1").arg(rebuild)), qPrintable(tenant->detail));
            QVERIFY2(tenant->detail.contains(QStringLiteral("CrashLoopBackOff")), qPrintable(tenant->detail));
            // The failed rebuild is a fact of its own as evidence…
            const PlatformFact* op = bySource(facts, PlatformFact::Kind::Operation, QString::number(rebuild));
            QVERIFY(op);
            QCOMPARE(op->tenantSlug, slug);
            QVERIFY2(op->detail.contains(QStringLiteral("exit code 3")), qPrintable(op->detail));

            // …but one problem, so one recommendation: Rebuild that tenant.
            const QList<PlatformFact> recs =
                aboutTenant(PlatformFacts::recommendations(db, m_now, everything()), slug);
            QCOMPARE(recs.size(), 1);
            QCOMPARE(recs[0].action, QStringLiteral("tenant.rebuild"));
            QCOMPARE(recs[0].actionText, PlatformFacts::actionText(QStringLiteral("tenant.rebuild")));
            QCOMPARE(recs[0].title, QStringLiteral("Rebuild %1").arg(slug));
            QCOMPARE(recs[0].severity, 2);
            QVERIFY(recs[0].detail.size() <= PlatformFacts::kMaxDetail);
        });
    }

    void repeatedFailuresAreOneRecommendation()
    {
        test::guarded([&] {
            Database& db = fresh(12);
            const QString slug = firstWith(db, QStringLiteral("active"));
            const qint64 older = addOperation(db, slug, QStringLiteral("backup"), QStringLiteral("failed"),
                                              m_now.addSecs(-1200));
            const qint64 newer = addOperation(db, slug, QStringLiteral("backup"), QStringLiteral("failed"),
                                              m_now.addSecs(-300));
            const QList<PlatformFact> facts = PlatformFacts::gather(db, m_now, everything());
            QVERIFY(bySource(facts, PlatformFact::Kind::Operation, QString::number(older)));
            QVERIFY(bySource(facts, PlatformFact::Kind::Operation, QString::number(newer)));

            // The demo's own failed backups of the week (if any) fold in too.
            int failures = 0;
            for (const PlatformFact& f : aboutTenant(ofKind(facts, PlatformFact::Kind::Operation), slug)) {
                if (f.title.startsWith(QStringLiteral("Backup of")))
                    ++failures;
            }
            QVERIFY(failures >= 2);
            QList<PlatformFact> backups;
            for (const PlatformFact& r :
                 aboutTenant(PlatformFacts::recommendations(db, m_now, everything()), slug)) {
                if (r.kind == PlatformFact::Kind::Operation && r.title.contains(QStringLiteral("Backup")))
                    backups << r;
            }
            QCOMPARE(backups.size(), 1);
            QCOMPARE(backups[0].sourceId, QString::number(newer)); // the newest stands for both
            QCOMPARE(backups[0].action, QStringLiteral("operation.rerun"));
            QVERIFY2(backups[0].detail.contains(QStringLiteral("Failed %1 times").arg(failures)),
                     qPrintable(backups[0].detail));
        });
    }

    void onlyRecentUnresolvedFailuresCount()
    {
        test::guarded([&] {
            Database& db = fresh(12);
            const QString slug = firstWith(db, QStringLiteral("active"));
            const qint64 old = addOperation(db, slug, QStringLiteral("upgrade_image"),
                                            QStringLiteral("failed"), m_now.addDays(-8));
            // A kind the demo history never has, so no success of the demo's comes after it.
            const QDateTime twoDaysAgo = m_now.addDays(-2).addSecs(-3600);
            const qint64 recent =
                addOperation(db, slug, QStringLiteral("resume"), QStringLiteral("failed"), twoDaysAgo);
            // A failed backup that a later backup made good.
            const qint64 fixed = addOperation(db, slug, QStringLiteral("backup"), QStringLiteral("failed"),
                                              m_now.addSecs(-7200));
            addOperation(db, slug, QStringLiteral("backup"), QStringLiteral("succeeded"),
                         m_now.addSecs(-3600));

            const QList<PlatformFact> facts = PlatformFacts::gather(db, m_now, everything());
            QVERIFY(!bySource(facts, PlatformFact::Kind::Operation, QString::number(old)));
            QVERIFY(!bySource(facts, PlatformFact::Kind::Operation, QString::number(fixed)));
            const PlatformFact* listed =
                bySource(facts, PlatformFact::Kind::Operation, QString::number(recent));
            QVERIFY(listed);
            QCOMPARE(listed->severity, 1);
            QCOMPARE(listed->action, QStringLiteral("operation.rerun"));
            QCOMPARE(listed->at, Database::toDateTime(Periods::key(twoDaysAgo)));
            QVERIFY2(listed->title.contains(QStringLiteral("2 d ago")), qPrintable(listed->title));
            // Every operation fact is a failure of the last 7 days.
            for (const PlatformFact& f : ofKind(facts, PlatformFact::Kind::Operation))
                QVERIFY2(f.at >= m_now.addDays(-PlatformFacts::kRecentDays), qPrintable(f.title));
        });
    }

    void payloadSecretsAreRedacted()
    {
        test::guarded([&] {
            Database& db = fresh(12);
            const QString slug = firstWith(db, QStringLiteral("active"));
            const qint64 id = addOperation(
                db, slug, QStringLiteral("module_apply"), QStringLiteral("failed"), m_now.addSecs(-60),
                QStringLiteral(
                    R"({"modules": ["sale"], "log": ["step 1 ok", "connecting with password=hunter2secret",)"
                    R"( "psycopg2.OperationalError: connection refused"]})"));
            const QList<PlatformFact> facts = PlatformFacts::gather(db, m_now, everything());
            const PlatformFact* f = bySource(facts, PlatformFact::Kind::Operation, QString::number(id));
            QVERIFY(f);
            QVERIFY2(f->detail.contains(QStringLiteral("connection refused")), qPrintable(f->detail));
            QVERIFY2(!f->detail.contains(QStringLiteral("hunter2secret")), qPrintable(f->detail));
            QVERIFY2(f->detail.contains(QStringLiteral("https://logs.example.com/ops/")),
                     qPrintable(f->detail));
        });
    }

    void budgetsCountFromEightyPercent()
    {
        test::guarded([&] {
            Database& db = fresh(0);
            const qint64 ten = 10000000;                                         // $10
            addRule(db, QStringLiteral("near/ai"), m_now, ten, 8000000, 500000); // 85 %, reserved included
            addRule(db, QStringLiteral("half/ai"), m_now, ten, 5000000, 0);      // 50 %
            addRule(db, QStringLiteral("over/ai"), m_now, ten, 10500000, 0);     // 105 %
            addRule(db, QStringLiteral("daily/ai"), m_now, std::nullopt, 0, 0, 1000000,
                    900000); // 90 % of a day
            addRule(db, QStringLiteral("uncapped/ai"), m_now, std::nullopt, 99000000, 0);
            addRule(db, QStringLiteral("zero/ai"), m_now, 0, 0, 0); // blocked on purpose

            const QList<PlatformFact> budgets =
                ofKind(PlatformFacts::gather(db, m_now, everything()), PlatformFact::Kind::Budget);
            QSet<QString> ids;
            for (const PlatformFact& f : budgets)
                ids.insert(f.sourceId);
            QCOMPARE(ids, (QSet<QString>{QStringLiteral("near/ai/openai"), QStringLiteral("over/ai/openai"),
                                         QStringLiteral("daily/ai/openai")}));
            const PlatformFact* near =
                bySource(budgets, PlatformFact::Kind::Budget, QStringLiteral("near/ai/openai"));
            QVERIFY(near);
            QCOMPARE(near->severity, 1);
            QCOMPARE(near->action, QStringLiteral("budget.raise"));
            QVERIFY2(near->title.contains(QStringLiteral("85 %")), qPrintable(near->title));
            QVERIFY2(near->detail.contains(QStringLiteral("$0.50")), qPrintable(near->detail)); // reserved
            const PlatformFact* over =
                bySource(budgets, PlatformFact::Kind::Budget, QStringLiteral("over/ai/openai"));
            QVERIFY(over);
            QCOMPARE(over->severity, 2);
            const PlatformFact* daily =
                bySource(budgets, PlatformFact::Kind::Budget, QStringLiteral("daily/ai/openai"));
            QVERIFY(daily);
            QVERIFY2(daily->title.contains(QStringLiteral("daily")), qPrintable(daily->title));
            // Over budget needs action first.
            QCOMPARE(PlatformFacts::gather(db, m_now, everything()).first().sourceId,
                     QStringLiteral("over/ai/openai"));
        });
    }

    void keysNeedingAttentionNeverShowTheirSecrets()
    {
        test::guarded([&] {
            Database& db = fresh(0);
            const TestKey expired = addKey(db, QStringLiteral("prod"), m_now.addDays(-20),
                                           Periods::key(m_now.addDays(-3)), Periods::key(m_now.addDays(-4)));
            const TestKey expiring = addKey(db, QStringLiteral("staging"), m_now.addDays(-20),
                                            Periods::key(m_now.addDays(10)), Periods::key(m_now.addDays(-1)));
            const TestKey unused =
                addKey(db, QStringLiteral("old-batch"), m_now.addDays(-200), QVariant(), QVariant());
            addKey(db, QStringLiteral("healthy"), m_now.addDays(-20), QVariant(),
                   Periods::key(m_now.addDays(-1)));

            const QList<PlatformFact> keys =
                ofKind(PlatformFacts::gather(db, m_now, everything()), PlatformFact::Kind::Key);
            QCOMPARE(keys.size(), 3);
            const auto byLabel = [&](const QString& label) -> const PlatformFact* {
                for (const PlatformFact& f : keys) {
                    if (f.title.contains(QLatin1Char('"') + label + QLatin1Char('"')))
                        return &f;
                }
                return nullptr;
            };
            const PlatformFact* e = byLabel(expired.label);
            QVERIFY(e);
            QCOMPARE(e->severity, 2);
            QCOMPARE(e->action, QStringLiteral("key.rotate"));
            QVERIFY2(e->title.contains(QStringLiteral("expired")), qPrintable(e->title));
            QVERIFY2(e->detail.contains(QStringLiteral("OpenAI")), qPrintable(e->detail));
            const PlatformFact* soon = byLabel(expiring.label);
            QVERIFY(soon);
            QCOMPARE(soon->severity, 1);
            QCOMPARE(soon->action, QStringLiteral("key.rotate"));
            const PlatformFact* idle = byLabel(unused.label);
            QVERIFY(idle);
            QCOMPARE(idle->severity, 1);
            QCOMPARE(idle->action, QStringLiteral("key.revoke"));
            QVERIFY(e->sourceId.toLongLong() > 0);

            // Nothing that leads to the secret: not the keychain item, the fingerprint or the notes.
            const QString everythingShown =
                PlatformFacts::evidenceText(keys, 100000) +
                PlatformFacts::evidenceText(PlatformFacts::recommendations(db, m_now, everything()), 100000);
            for (const QString& hidden :
                 {expired.ref, expiring.ref, unused.ref, QStringLiteral("vault/"),
                  QStringLiteral("abcdef012345"), QStringLiteral("Wq9z"), QStringLiteral("sk-notes-hint")})
                QVERIFY2(!everythingShown.contains(hidden), qPrintable(hidden));
        });
    }

    void driftMatchesTheBundleCatalog()
    {
        test::guarded([&] {
            Database& db = fresh(12);
            const QList<PlatformFact> drift =
                ofKind(PlatformFacts::gather(db, m_now, everything()), PlatformFact::Kind::Drift);
            DriftQuery dq;
            QSet<QString> expected;
            for (const TenantDrift& d : BundleCatalog::drift(db, dq)) {
                if (d.installedCount > 0) // never synced: nothing is known, so no fact
                    expected.insert(d.slug);
            }
            QSet<QString> got;
            for (const PlatformFact& f : drift) {
                got.insert(f.sourceId);
                QCOMPARE(f.tenantSlug, f.sourceId);
                QCOMPARE(f.action, QStringLiteral("bundle.apply"));
                DriftQuery one;
                one.slug = f.tenantSlug;
                const TenantDrift d = BundleCatalog::drift(db, one).value(0);
                QVERIFY2(f.title.contains(QStringLiteral(": %1 missing, %2 not in any bundle")
                                              .arg(d.missing.size())
                                              .arg(d.unwanted.size())),
                         qPrintable(f.title));
                if (!d.missing.isEmpty() && !f.detail.endsWith(QChar(0x2026)))
                    QVERIFY2(
                        f.detail.contains(QStringLiteral("Missing: ") + d.missing.join(QStringLiteral(", "))),
                        qPrintable(f.detail));
            }
            QVERIFY(!expected.isEmpty());
            QCOMPARE(got, expected);
        });
    }

    void tenantFilterKeepsToThatTenant()
    {
        test::guarded([&] {
            Database& db = fresh(12);
            const QString slug = firstWith(db, QStringLiteral("error"));
            addKey(db, QStringLiteral("prod"), m_now.addDays(-20), Periods::key(m_now.addDays(-3)),
                   QVariant());
            addRule(db, QStringLiteral("facts-test/ai"), m_now, 1000000, 950000, 0, std::nullopt, 0, slug);
            PlatformFacts::Query q = everything();
            q.tenantSlug = slug;
            const QList<PlatformFact> facts = PlatformFacts::gather(db, m_now, q);
            QVERIFY(bySource(facts, PlatformFact::Kind::Tenant, slug));
            QVERIFY(bySource(facts, PlatformFact::Kind::Budget, QStringLiteral("facts-test/ai/openai")));
            for (const PlatformFact& f : facts)
                QCOMPARE(f.tenantSlug, slug); // no key: keys belong to no tenant
            const QList<PlatformFact> recs = PlatformFacts::recommendations(db, m_now, q);
            QVERIFY(!recs.isEmpty());
            for (const PlatformFact& f : recs)
                QCOMPARE(f.tenantSlug, slug);
            // The whole fleet has more.
            QVERIFY(PlatformFacts::gather(db, m_now, everything()).size() > facts.size());
            q.tenantSlug = QStringLiteral("no-such-tenant");
            QVERIFY(PlatformFacts::gather(db, m_now, q).isEmpty());
        });
    }

    void mostSevereAndMostRecentFirstWithinTheLimit()
    {
        test::guarded([&] {
            Database& db = fresh(48);
            addKey(db, QStringLiteral("prod"), m_now.addDays(-20), Periods::key(m_now.addDays(-3)),
                   QVariant());
            // Whether the demo's own budgets are near their cap depends on the day of the month: one that is.
            addRule(db, QStringLiteral("facts-test/ai"), m_now, 1000000, 900000, 0);
            const QList<PlatformFact> all = PlatformFacts::gather(db, m_now, everything());
            QVERIFY(all.size() > 10);
            verifyOrdered(all);
            QCOMPARE(all.first().severity, 2);
            QSet<PlatformFact::Kind> kinds;
            for (const PlatformFact& f : all) {
                kinds.insert(f.kind);
                QVERIFY(!f.title.isEmpty());
                QVERIFY(!f.action.isEmpty());
                QVERIFY(!f.actionText.isEmpty());
                QVERIFY(f.detail.size() <= PlatformFacts::kMaxDetail);
                QVERIFY(f.severity == 1 || f.severity == 2);
            }
            // The demo fleet has every kind: tenants in error, failed operations, budgets, drift (and our
            // key).
            QCOMPARE(kinds.size(), 5);
            verifyOrdered(PlatformFacts::recommendations(db, m_now, everything()));

            PlatformFacts::Query q;
            q.limit = 5;
            const QList<PlatformFact> five = PlatformFacts::gather(db, m_now, q);
            QCOMPARE(five.size(), 5);
            // The most severe and most recent of all (ties may come in another order).
            for (int i = 0; i < 5; ++i) {
                QCOMPARE(five[i].severity, all[i].severity);
                QCOMPARE(five[i].at, all[i].at);
            }
            QCOMPARE(PlatformFacts::recommendations(db, m_now, q).size(), 5);
        });
    }

    void readsOnly()
    {
        test::guarded([&] {
            Database& db = fresh(12);
            const QString before = test::snapshot(db);
            PlatformFacts::gather(db, m_now, everything());
            PlatformFacts::recommendations(db, m_now, everything());
            QCOMPARE(test::snapshot(db), before);
        });
    }

    void evidenceIsNumberedAndFits()
    {
        QList<PlatformFact> facts;
        for (int i = 0; i < 6; ++i) {
            PlatformFact f;
            f.title = QStringLiteral("fact %1").arg(i + 1);
            f.detail = QString(60, QLatin1Char('x')) + QStringLiteral("\nsecond line");
            facts << f;
        }
        const QString full = PlatformFacts::evidenceText(facts, 100000);
        const QStringList lines = full.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 6); // a detail's own lines stay on its fact's line
        for (int i = 0; i < 6; ++i)
            QVERIFY2(lines[i].startsWith(QStringLiteral("[%1] fact %1 \u2014 ").arg(i + 1)),
                     qPrintable(lines[i]));

        const int max = lines[0].size() * 2 + 1 + 10; // two lines and a bit of the third
        const QString cut = PlatformFacts::evidenceText(facts, max);
        QVERIFY(cut.size() <= max);
        QCOMPARE(cut, lines.mid(0, 2).join(QLatin1Char('\n'))); // cut at a line boundary
        QCOMPARE(PlatformFacts::evidenceText(facts, lines[0].size()), lines[0]);
        QCOMPARE(PlatformFacts::evidenceText(facts, lines[0].size() - 1), QString());
        QCOMPARE(PlatformFacts::evidenceText(facts, 0), QString());
    }

    void kindKeys()
    {
        QCOMPARE(PlatformFacts::kindKey(PlatformFact::Kind::Tenant), QStringLiteral("tenant"));
        QCOMPARE(PlatformFacts::kindKey(PlatformFact::Kind::Operation), QStringLiteral("operation"));
        QCOMPARE(PlatformFacts::kindKey(PlatformFact::Kind::Key), QStringLiteral("key"));
        QCOMPARE(PlatformFacts::kindKey(PlatformFact::Kind::Budget), QStringLiteral("budget"));
        QCOMPARE(PlatformFacts::kindKey(PlatformFact::Kind::Drift), QStringLiteral("drift"));
    }

    // Row-level security decides what a tenant admin's facts are about: its own tenants only, and no keys
    // (its role may not read them).
    void postgresTenantAdminSeesOnlyItsTenants()
    {
        test::guarded([&] {
            if (test::pgHost().isEmpty())
                QFAIL("FUSION_TEST_PGHOST is not set: run this test through CTest (fixture \"pg\")");
            test::PgTestDatabase pg(QStringLiteral("facts"));
            QVERIFY2(pg.ok(), qPrintable(pg.error()));
            Database admin;
            test::prepare(admin, pg.target(), 12);
            const QString own = firstWith(admin, QStringLiteral("error"));
            const QString other = firstWith(admin, QStringLiteral("active"));
            admin.exec(QStringLiteral("UPDATE tenants SET status = 'error' WHERE slug = ?"), {other});
            addOperation(admin, own, QStringLiteral("rebuild"), QStringLiteral("failed"),
                         m_now.addSecs(-600));
            addOperation(admin, other, QStringLiteral("rebuild"), QStringLiteral("failed"),
                         m_now.addSecs(-300));
            addKey(admin, QStringLiteral("prod"), m_now.addDays(-20), Periods::key(m_now.addDays(-3)),
                   QVariant());
            addRule(admin, QStringLiteral("facts-own/ai"), m_now, 1000000, 990000, 0, std::nullopt, 0, own);
            addRule(admin, QStringLiteral("facts-other/ai"), m_now, 1000000, 990000, 0, std::nullopt, 0,
                    other);

            // The owner sees the whole platform.
            const QList<PlatformFact> all = PlatformFacts::gather(admin, m_now, everything());
            QVERIFY(bySource(all, PlatformFact::Kind::Tenant, own));
            QVERIFY(bySource(all, PlatformFact::Kind::Tenant, other));
            QVERIFY(bySource(all, PlatformFact::Kind::Budget, QStringLiteral("facts-other/ai/openai")));
            QCOMPARE(ofKind(all, PlatformFact::Kind::Key).size(), 1);
            verifyOrdered(all);

            const QString login = pg.createLogin(QStringLiteral("tadmin"));
            RoleService roles(admin);
            WriteExecutor::execute(admin, roles.planGrant(login, Roles::TenantAdmin, own));
            Database tenantAdmin;
            tenantAdmin.open(pg.target(login));
            const QList<PlatformFact> mine = PlatformFacts::gather(tenantAdmin, m_now, everything());
            QVERIFY(bySource(mine, PlatformFact::Kind::Tenant, own));
            QVERIFY(bySource(mine, PlatformFact::Kind::Budget, QStringLiteral("facts-own/ai/openai")));
            for (const PlatformFact& f : mine)
                QVERIFY2(f.tenantSlug == own,
                         qPrintable(PlatformFacts::kindKey(f.kind) + QLatin1Char(' ') + f.title));
            const QList<PlatformFact> recs = PlatformFacts::recommendations(tenantAdmin, m_now, everything());
            QVERIFY(!recs.isEmpty());
            for (const PlatformFact& f : recs)
                QCOMPARE(f.tenantSlug, own);
            // Asking about someone else's tenant finds nothing rather than failing.
            PlatformFacts::Query q = everything();
            q.tenantSlug = other;
            QVERIFY(PlatformFacts::gather(tenantAdmin, m_now, q).isEmpty());
            tenantAdmin.close();
        });
    }
};

QTEST_GUILESS_MAIN(TestPlatformFacts)
#include "tst_platform_facts.moc"
