// Keycloak realm templates on SQLite with the demo data: the two seeded ones render a tenant's realm, client
// id and redirect URIs; a template whose patterns would give a bad realm, an unknown placeholder or an
// invalid redirect URI is refused with the reason; created, edited (only what differs) and deleted, each
// audited; and every tenant's SSO record as the SSO pane lists it.
#include "models/audit/WriteExecutor.h"
#include "models/controlplane/RealmTemplates.h"
#include "models/tenants/SsoRecords.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QTest>

using namespace fusion;

class TestRealmTemplates : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;

    static ErrorKind kindOf(const std::optional<Error>& e) { return e ? e->kind : ErrorKind::Internal; }
    qint64 audits(const QString& action)
    {
        return m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action})
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::prepare(m_db, test::sqliteTarget(m_dir, QStringLiteral("realms.db")), 24);
    }

    void theDemoTemplatesRenderATenantsRecord()
    {
        test::guarded([&] {
            const QList<RealmTemplate> all = RealmTemplates::list(m_db);
            QCOMPARE(all.size(), 2);
            QCOMPARE(all[0].values.name, QStringLiteral("Realm per tenant")); // by name
            QCOMPARE(all[1].values.name, QStringLiteral("Shared realm"));
            const RenderedSso shared = RealmTemplates::render(all[1].values, QStringLiteral("acme-finance"),
                                                              QStringLiteral("https://acme.example.com//"));
            QCOMPARE(shared.realm, QStringLiteral("fusion"));
            QCOMPARE(shared.clientId, QStringLiteral("odoo-acme-finance"));
            QCOMPARE(shared.redirectUris, QStringLiteral("https://acme.example.com/auth_oauth/signin"));
            const RenderedSso own = RealmTemplates::render(all[0].values, QStringLiteral("globex"),
                                                           QStringLiteral("https://globex.example.com"));
            QCOMPARE(own.realm, QStringLiteral("globex"));
            QCOMPARE(own.clientId, QStringLiteral("odoo"));
            QCOMPARE(own.redirectUris, QStringLiteral("https://globex.example.com/auth_oauth/signin"));
        });
    }

    void badPatternsAreRefusedWithTheReason()
    {
        RealmTemplateInput good{QStringLiteral("Per agency"),
                                QStringLiteral("agency-{slug}"),
                                QStringLiteral("odoo"),
                                QStringLiteral("{odoo_url}/auth_oauth/signin\n"),
                                {}};
        QVERIFY2(RealmTemplates::validate(good).isEmpty(),
                 qPrintable(RealmTemplates::validate(good).join(QLatin1Char('\n'))));
        const QList<QPair<RealmTemplateInput, QString>> bad{
            {{good.name, QStringLiteral("bad realm/{slug}"), good.clientIdPattern, good.redirectUris, {}},
             QStringLiteral("Realm")},
            {{good.name, good.realmPattern, QStringLiteral("odoo-{tenant}"), good.redirectUris, {}},
             QStringLiteral("{tenant}")},
            {{good.name, good.realmPattern, good.clientIdPattern, QStringLiteral("not a uri"), {}},
             QStringLiteral("Redirect URIs")},
            {{QString(), good.realmPattern, good.clientIdPattern, good.redirectUris, {}},
             QStringLiteral("Name")},
            {{good.name, QString(), good.clientIdPattern, good.redirectUris, {}}, QStringLiteral("Realm")},
        };
        for (const auto& [input, says] : bad) {
            const auto refused = test::failureOf([&] { RealmTemplates::planCreate(m_db, input); });
            QCOMPARE(kindOf(refused), ErrorKind::InvalidInput);
            QVERIFY2(refused->message.contains(says), qPrintable(refused->message));
        }
        QCOMPARE(RealmTemplates::list(m_db).size(), 2); // nothing was written
    }

    void createdEditedAndDeletedEachAudited()
    {
        test::guarded([&] {
            RealmTemplateInput in{QStringLiteral("  Per agency "), QStringLiteral("agency-{slug}"),
                                  QStringLiteral("odoo"),
                                  QStringLiteral("{odoo_url}/auth_oauth/signin\n\n  {odoo_url}/web  \n"),
                                  QStringLiteral("One realm per agency group.")};
            const PendingWrite create = RealmTemplates::planCreate(m_db, in);
            QCOMPARE(create.plan.target, QStringLiteral("Per agency"));
            WriteExecutor::execute(m_db, create);
            auto stored = RealmTemplates::find(m_db, QStringLiteral("Per agency"));
            QVERIFY(stored);
            QCOMPARE(stored->values.redirectUris,
                     QStringLiteral("{odoo_url}/auth_oauth/signin\n{odoo_url}/web")); // one a line, trimmed
            QCOMPARE(kindOf(test::failureOf([&] { RealmTemplates::planCreate(m_db, in); })),
                     ErrorKind::Conflict);

            // The same values again: nothing to write; a new client id: that one change.
            RealmTemplateInput edit = stored->values;
            QVERIFY(!RealmTemplates::planEdit(m_db, edit.name, edit).plan.hasChanges());
            edit.clientIdPattern = QStringLiteral("odoo-{slug}");
            const PendingWrite change = RealmTemplates::planEdit(m_db, edit.name, edit);
            QCOMPARE(change.plan.changes.size(), 1);
            QCOMPARE(change.plan.changes.first().field, QStringLiteral("client_id_pattern"));
            QCOMPARE(change.plan.changes.first().before.toString(), QStringLiteral("odoo"));
            WriteExecutor::execute(m_db, change);
            QCOMPARE(RealmTemplates::find(m_db, edit.name)->values.clientIdPattern,
                     QStringLiteral("odoo-{slug}"));
            // Planned against the version before: refused once another change got in first.
            edit.description = QStringLiteral("stale");
            const PendingWrite stale = RealmTemplates::planEdit(m_db, edit.name, edit);
            edit.description = QStringLiteral("fresh");
            WriteExecutor::execute(m_db, RealmTemplates::planEdit(m_db, edit.name, edit));
            QCOMPARE(kindOf(test::failureOf([&] { WriteExecutor::execute(m_db, stale); })),
                     ErrorKind::Conflict);

            WriteExecutor::execute(m_db, RealmTemplates::planDelete(m_db, edit.name));
            QVERIFY(!RealmTemplates::find(m_db, edit.name));
            QCOMPARE(kindOf(test::failureOf([&] { RealmTemplates::planDelete(m_db, edit.name); })),
                     ErrorKind::NotFound);
            QCOMPARE(audits(QStringLiteral("sso_realm_template.create")), 1);
            QCOMPARE(audits(QStringLiteral("sso_realm_template.edit")), 2);
            QCOMPARE(audits(QStringLiteral("sso_realm_template.delete")), 1);
        });
    }

    // The SSO pane's table: every live tenant with a realm and a client id, and nobody else.
    void everyTenantsSsoRecordIsListed()
    {
        test::guarded([&] {
            const QList<SsoRecordRow> rows = SsoRecords::list(m_db);
            const qint64 expected =
                m_db.scalar(QStringLiteral("SELECT count(*) FROM sso_configs s JOIN tenants t ON t.id = "
                                           "s.tenant_id WHERE s.keycloak_realm <> '' AND "
                                           "s.keycloak_client_id <> '' AND t.status <> 'decommissioned'"))
                    .toLongLong();
            QVERIFY(expected > 0);
            QCOMPARE(rows.size(), expected);
            const SsoRecordRow& first = rows.first();
            QCOMPARE(first.realm, first.slug); // the demo's realm per tenant
            QCOMPARE(first.clientId, QStringLiteral("odoo-") + first.slug);
            QCOMPARE(first.redirectUriCount(), 1);
            m_db.exec(QStringLiteral("UPDATE sso_configs SET keycloak_client_id = '' WHERE tenant_id = ?"),
                      {first.tenantId});
            QCOMPARE(SsoRecords::list(m_db).size(), expected - 1);
        });
    }
};

QTEST_GUILESS_MAIN(TestRealmTemplates)
#include "tst_realm_templates.moc"
