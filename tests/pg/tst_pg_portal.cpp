// The tenant portal's data as PostgreSQL shows it to two real tenant-admin logins (A and B, one demo tenant
// each): every table the portal reads carries row-level security, every list and count a login reads equals
// the superuser's view filtered by hand to that login's tenants, and what it would do to another tenant
// (pause it, start an operation, open a support request, change its SSO or analytics settings) is refused
// by the database while the same action on its own tenant goes through and is audited in its name.
#include "models/audit/WriteExecutor.h"
#include "models/tenants/Tenant.h"
#include "models/tenants/TenantService.h"
#include "tests/common/Failures.h"
#include "tests/common/PgLogins.h"
#include "tests/common/TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace fusion;

namespace {

// What the portal reads, and which of the superuser's rows belong to a set of tenants (":ids" is replaced by
// the comma-separated ids). Invoices: tenant admins see them once issued (0015).
struct PortalTable {
    const char* table;
    const char* mine;
};
const PortalTable kPortalTables[] = {
    {"tenants", "id IN (:ids)"},
    {"subscriptions", "tenant_id IN (:ids)"},
    {"tenant_bundles", "tenant_id IN (:ids)"},
    {"tenant_module_states", "tenant_id IN (:ids)"},
    {"operations", "tenant_id IN (:ids)"},
    {"operation_events", "operation_id IN (SELECT id FROM operations WHERE tenant_id IN (:ids))"},
    {"sso_configs", "tenant_id IN (:ids)"},
    {"analytics_configs", "tenant_id IN (:ids)"},
    {"invoices", "tenant_id IN (:ids) AND state <> 'draft'"},
    {"invoice_lines",
     "invoice_id IN (SELECT id FROM invoices WHERE tenant_id IN (:ids) AND state <> 'draft')"},
    {"consumers", "tenant_id IN (:ids)"},
    {"access_rules", "consumer_id IN (SELECT id FROM consumers WHERE tenant_id IN (:ids))"},
    {"usage_daily", "consumer_id IN (SELECT id FROM consumers WHERE tenant_id IN (:ids))"},
    {"usage_counters", "consumer_id IN (SELECT id FROM consumers WHERE tenant_id IN (:ids))"},
    {"budget_alerts", "consumer_id IN (SELECT id FROM consumers WHERE tenant_id IN (:ids))"},
    {"api_usage", "consumer_id IN (SELECT id FROM consumers WHERE tenant_id IN (:ids))"},
    {"support_requests", "tenant_id IN (:ids)"},
    {"support_messages", "request_id IN (SELECT id FROM support_requests WHERE tenant_id IN (:ids))"},
    {"audit_log", "tenant_id IN (:ids)"},
};

} // namespace

class TestPgPortal : public QObject, protected test::PgLogins {
    Q_OBJECT

    QString m_slugA, m_slugB;

    QString idsOf(const QString& login) const
    {
        QStringList ids;
        QSqlQuery q = m_admin.exec(
            QStringLiteral("SELECT tenant_id FROM tenant_admins WHERE login = ? ORDER BY tenant_id"),
            {login});
        while (q.next())
            ids << q.value(0).toString();
        return ids.join(QLatin1Char(','));
    }

    QString statusOf(qint64 tenant) const
    {
        return m_admin.scalar(QStringLiteral("SELECT status FROM tenants WHERE id = ?"), {tenant}).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString setUp = setUpLogins(QStringLiteral("portal"));
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
        test::guarded([&] {
            m_slugA = m_admin.scalar(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"), {m_tenantA})
                          .toString();
            m_slugB = m_admin.scalar(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"), {m_tenantB})
                          .toString();
            // Rows of both tenants in the tables whose demo data may hold none, so that a login seeing
            // another tenant's rows would show: a consumer with this month's spend, a per-user counter (no
            // tenant's), a support request and an SSO configuration each.
            for (const qint64 t : {m_tenantA, m_tenantB}) {
                const qint64 consumer =
                    m_admin
                        .scalar(
                            QStringLiteral("INSERT INTO consumers (code, tenant_id, module) VALUES (?, ?, "
                                           "'portal') RETURNING id"),
                            {QStringLiteral("portal-test-%1").arg(t), t})
                        .toLongLong();
                m_admin.exec(QStringLiteral("INSERT INTO usage_counters (consumer_id, provider_id, period, "
                                            "period_start, requests, spent_micros) VALUES (?, 0, 'month', "
                                            "date_trunc('month', now()), 3, ?)"),
                             {consumer, 1000000 * t});
                const qint64 request =
                    m_admin
                        .scalar(QStringLiteral("INSERT INTO support_requests (tenant_id, subject, body, "
                                               "created_by) VALUES (?, 'Slow invoices', 'Printing takes a "
                                               "minute.', 'seed') RETURNING id"),
                                {t})
                        .toLongLong();
                m_admin.exec(QStringLiteral("INSERT INTO support_messages (request_id, author, author_role, "
                                            "body) VALUES (?, 'jon.reyes', 'staff', 'Which printer?')"),
                             {request});
                m_admin.exec(QStringLiteral("INSERT INTO sso_configs (tenant_id, keycloak_realm) VALUES (?, "
                                            "'portal') ON CONFLICT (tenant_id) DO NOTHING"),
                             {t});
            }
            m_admin.exec(
                QStringLiteral("INSERT INTO usage_counters (user_name, period, period_start, requests, "
                               "spent_micros) VALUES ('alice', 'month', date_trunc('month', now()), 1, "
                               "5000000)"));
        });
    }

    // The catalogue's answer, not a list kept by hand: a table added later that a tenant admin may read and
    // that holds tenant-owned rows without row-level security fails here.
    void everyTenantTableItReadsHasRowSecurity()
    {
        QStringList open;
        test::guarded([&] {
            QSqlQuery q = m_admin.exec(QStringLiteral(
                "SELECT DISTINCT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
                "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relrowsecurity "
                "AND a.attname IN ('tenant_id', 'consumer_id', 'operation_id', 'invoice_id') "
                "AND (has_table_privilege('fusion_tenant_admin', c.oid, 'SELECT') "
                "     OR has_any_column_privilege('fusion_tenant_admin', c.oid, 'SELECT')) ORDER BY 1"));
            while (q.next())
                open << q.value(0).toString();
        });
        QVERIFY2(open.isEmpty(), qPrintable(open.join(QStringLiteral(", "))));
    }

    void everyListHoldsOnlyItsTenants_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("mine");
        for (const PortalTable& t : kPortalTables)
            QTest::newRow(t.table) << QString::fromLatin1(t.table) << QString::fromLatin1(t.mine);
    }

    void everyListHoldsOnlyItsTenants()
    {
        QFETCH(QString, table);
        QFETCH(QString, mine);
        test::guarded([&] {
            for (const QString& login : {m_tadminA, m_tadminB}) {
                const QString ids = idsOf(login);
                QCOMPARE(ids.split(QLatin1Char(',')).size(), 1);
                auto db = as(login);
                const qint64 seen =
                    db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
                const qint64 expected =
                    count(QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                              .arg(table, QString(mine).replace(QStringLiteral(":ids"), ids)));
                QVERIFY2(seen == expected,
                         qPrintable(QStringLiteral("%1 sees %2 rows of %3, its tenants have %4")
                                        .arg(login)
                                        .arg(seen)
                                        .arg(table)
                                        .arg(expected)));
            }
        });
    }

    // The rows set up above exist for both tenants, so each login must miss some: the comparison above
    // could not pass by both sides seeing everything.
    void theOtherTenantsRowsExist()
    {
        test::guarded([&] {
            for (const char* table : {"tenants", "consumers", "usage_counters", "support_requests",
                                      "support_messages", "sso_configs"}) {
                auto a = as(m_tadminA);
                const qint64 all = count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
                const qint64 seen =
                    a->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                        .toLongLong();
                QVERIFY2(seen > 0 && seen < all, table);
            }
        });
    }

    // The portal's budgets: this month's spend is the sum of its own consumers' counters, not the platform's.
    void theMonthsSpendIsItsOwn()
    {
        test::guarded([&] {
            auto a = as(m_tadminA);
            const QString sum = QStringLiteral(
                "SELECT coalesce(sum(spent_micros), 0) FROM usage_counters WHERE period = 'month' AND "
                "period_start = date_trunc('month', now())");
            const qint64 seen = a->scalar(sum).toLongLong();
            const qint64 expected = count(
                sum + QStringLiteral(" AND consumer_id IN (SELECT id FROM consumers WHERE tenant_id = ?)"),
                {m_tenantA});
            QCOMPARE(seen, expected);
            QVERIFY(seen >= 1000000 * m_tenantA);
            QVERIFY(count(sum) > seen);
        });
    }

    void anotherTenantCannotBeTouched()
    {
        const QString before = test::fingerprint(m_admin);
        const QString statusB = statusOf(m_tenantB);
        auto a = as(m_tadminA);
        // Through the model: the other tenant does not exist for this login.
        const auto pause = test::failureOf([&] {
            WriteExecutor::execute(
                *a, TenantService(*a, QStringLiteral("ui")).planAction(m_slugB, TenantAction::Pause));
        });
        QVERIFY(pause.has_value());
        QCOMPARE(pause->kind, ErrorKind::NotFound);
        // Straight SQL: updates find no row; inserts are refused by the policies' checks.
        test::guarded([&] {
            QCOMPARE(a->exec(QStringLiteral("UPDATE tenants SET status = 'paused' WHERE id = ?"), {m_tenantB})
                         .numRowsAffected(),
                     0);
            QCOMPARE(
                a->exec(
                     QStringLiteral(
                         "UPDATE sso_configs SET redirect_uris = 'https://x.invalid/' WHERE tenant_id = ?"),
                     {m_tenantB})
                    .numRowsAffected(),
                0);
            QCOMPARE(
                a->exec(QStringLiteral("UPDATE analytics_configs SET updated_at = now() WHERE tenant_id = ?"),
                        {m_tenantB})
                    .numRowsAffected(),
                0);
        });
        const QStringList refusedInserts{
            QStringLiteral(
                "INSERT INTO support_requests (tenant_id, subject, body) VALUES (%1, 'Hi', 'Help')"),
            QStringLiteral(
                "INSERT INTO operations (tenant_id, type, actor) VALUES (%1, 'pause', session_user)"),
            QStringLiteral("INSERT INTO analytics_configs (tenant_id) VALUES (%1)"),
        };
        for (const QString& sql : refusedInserts) {
            const auto refused = test::failureOf([&] { a->exec(sql.arg(m_tenantB)); });
            QVERIFY2(refused.has_value(), qPrintable(sql));
        }
        QCOMPARE(statusOf(m_tenantB), statusB);
        QCOMPARE(test::fingerprint(m_admin), before);
    }

    // On its own tenant too, only the local settings the portal offers change: the redirect URIs, the sync
    // mode and the dashboard; the realm, client, SSO status, ETL target, Supabase project and the tenant a
    // record belongs to are the platform's (migration 0021).
    void onItsOwnTenantOnlyTheLocalSettingsChange()
    {
        test::guarded([&] {
            m_admin.exec(QStringLiteral("INSERT INTO sso_configs (tenant_id, keycloak_realm) VALUES (?, 'a') "
                                        "ON CONFLICT (tenant_id) DO NOTHING"),
                         {m_tenantA});
            m_admin.exec(QStringLiteral("INSERT INTO analytics_configs (tenant_id) VALUES (?) ON CONFLICT "
                                        "(tenant_id) DO NOTHING"),
                         {m_tenantA});
        });
        auto a = as(m_tadminA);
        const QString before = test::fingerprint(m_admin);
        const QStringList refused{
            QStringLiteral("UPDATE sso_configs SET keycloak_realm = 'stolen' WHERE tenant_id = %1"),
            QStringLiteral("UPDATE sso_configs SET keycloak_client_id = 'stolen' WHERE tenant_id = %1"),
            QStringLiteral("UPDATE sso_configs SET status = 'active' WHERE tenant_id = %1"),
            QStringLiteral(
                "UPDATE analytics_configs SET etl_target = 'http://x.invalid/' WHERE tenant_id = %1"),
            QStringLiteral("UPDATE analytics_configs SET etl_kind = 'n8n_webhook' WHERE tenant_id = %1"),
            QStringLiteral("UPDATE analytics_configs SET supabase_project = 'stolen' WHERE tenant_id = %1"),
            QStringLiteral("UPDATE analytics_configs SET tenant_id = tenant_id WHERE tenant_id = %1"),
            QStringLiteral("INSERT INTO sso_configs (tenant_id) VALUES (%1)"),
            QStringLiteral("DELETE FROM analytics_configs WHERE tenant_id = %1"),
        };
        for (const QString& sql : refused) {
            const auto e = test::failureOf([&] { a->exec(sql.arg(m_tenantA)); });
            QVERIFY2(e && e->kind == ErrorKind::PermissionDenied,
                     qPrintable(sql + QStringLiteral(": ") + (e ? e->message : QStringLiteral("accepted"))));
        }
        QCOMPARE(test::fingerprint(m_admin), before);
        test::guarded([&] {
            QCOMPARE(a->exec(QStringLiteral("UPDATE sso_configs SET redirect_uris = 'https://a.example/cb', "
                                            "row_version = row_version + 1 WHERE tenant_id = ?"),
                             {m_tenantA})
                         .numRowsAffected(),
                     1);
            QCOMPARE(a->exec(QStringLiteral(
                                 "UPDATE analytics_configs SET sync_mode = 'batch', "
                                 "superset_dashboard_url = 'https://bi.example/d/1' WHERE tenant_id = ?"),
                             {m_tenantA})
                         .numRowsAffected(),
                     1);
        });
    }

    // The same login pauses and resumes its own tenant through the model's confirmed write, audited as
    // itself.
    void itsOwnTenantPausesAndResumes()
    {
        test::guarded([&] {
            m_admin.exec(QStringLiteral("UPDATE tenants SET status = 'active' WHERE id = ?"), {m_tenantA});
            auto a = as(m_tadminA);
            TenantService service(*a, QStringLiteral("ui"));
            WriteExecutor::execute(*a, service.planAction(m_slugA, TenantAction::Pause));
            QCOMPARE(statusOf(m_tenantA), TenantStatus::Paused);
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = ? AND tenant_id = ? AND "
                                     "action = 'tenant.pause'"),
                      {m_tadminA, m_tenantA}),
                1);
            WriteExecutor::execute(*a, service.planAction(m_slugA, TenantAction::Resume));
            QCOMPARE(statusOf(m_tenantA), TenantStatus::Active);
            // B's admin cannot resume or pause A either.
            auto b = as(m_tadminB);
            QVERIFY(test::failureOf([&] {
                        WriteExecutor::execute(
                            *b,
                            TenantService(*b, QStringLiteral("ui")).planAction(m_slugA, TenantAction::Pause));
                    }).has_value());
            QCOMPARE(statusOf(m_tenantA), TenantStatus::Active);
        });
    }
};

QTEST_GUILESS_MAIN(TestPgPortal)
#include "tst_pg_portal.moc"
