// A tenant's local settings from the portal, offscreen against a real PostgreSQL server as a real
// tenant-admin login: Edit local settings… shows the current values with the platform's part read-only; a bad
// value is said in words before anything is asked; Cancel (at the confirmation, then in the dialog) changes
// nothing; OK changes exactly those fields, audited as that login in the same transaction; a change someone
// else made meanwhile is refused in the dialog, not overwritten. As that login, another tenant's settings are
// refused by the database whichever way they are tried. The heading is "Your tenant", or "Your tenants" with
// several.
#include "models/audit/WriteExecutor.h"
#include "models/portal/PortalSettings.h"
#include "models/roles/RoleService.h"
#include "tests/common/TestSupport.h"
#include "tests/gui/ConfirmAnswer.h"
#include "tests/gui/GuiWait.h"
#include "ui/MainWindow.h"
#include "ui/common/AppContext.h"
#include "ui/connection/Connector.h"
#include "ui/portal/PortalPane.h"
#include "ui/portal/PortalSettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace fusion;

class TestGuiPortalSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_pg.ok(), qPrintable(m_pg.error()));
        test::prepare(m_admin, m_pg.target(), 4);
        QSqlQuery q = m_admin.exec(QStringLiteral("SELECT id, slug FROM tenants ORDER BY id LIMIT 3"));
        while (q.next()) {
            m_ids << q.value(0).toLongLong();
            m_slugs << q.value(1).toString();
        }
        QCOMPARE(m_slugs.size(), 3);
        // A and B with SSO and analytics records in a known state; C without an analytics record.
        for (int i = 0; i < 2; ++i) {
            m_admin.exec(QStringLiteral("DELETE FROM sso_configs WHERE tenant_id = ?"), {m_ids[i]});
            m_admin.exec(QStringLiteral("DELETE FROM analytics_configs WHERE tenant_id = ?"), {m_ids[i]});
            m_admin.exec(
                QStringLiteral("INSERT INTO sso_configs (tenant_id, keycloak_realm, keycloak_client_id, "
                               "redirect_uris, status) VALUES (?, ?, 'odoo', ?, 'active')"),
                {m_ids[i], m_slugs[i], QStringLiteral("https://%1.example.com/*").arg(m_slugs[i])});
            m_admin.exec(
                QStringLiteral("INSERT INTO analytics_configs (tenant_id, supabase_project, schema_name, "
                               "sync_mode) VALUES (?, 'proj', 'analytics', 'none')"),
                {m_ids[i]});
        }
        m_admin.exec(QStringLiteral("DELETE FROM analytics_configs WHERE tenant_id = ?"), {m_ids[2]});
        m_tadmin = m_pg.createLogin(QStringLiteral("tadmin"));
        m_tadmin2 = m_pg.createLogin(QStringLiteral("tadmin2"));
        RoleService roles(m_admin);
        WriteExecutor::execute(m_admin, roles.planGrant(m_tadmin, Roles::TenantAdmin, m_slugs[0]));
        WriteExecutor::execute(m_admin, roles.planGrant(m_tadmin2, Roles::TenantAdmin, m_slugs[0]));
        WriteExecutor::execute(m_admin, roles.planGrant(m_tadmin2, Roles::TenantAdmin, m_slugs[1]));
    }

    void tenantAdminEditsItsLocalSettings()
    {
        AppContext context;
        MainWindow window(&context);
        openAs(window, m_tadmin);
        PortalPane* portal = window.portalPane();
        QTRY_COMPARE_WITH_TIMEOUT(portal->view().slug, m_slugs[0], 10000);
        QCOMPARE(portal->findChild<QLabel*>(QStringLiteral("portalHeadingLabel"))->text(),
                 QStringLiteral("Your tenant"));
        auto* summary = portal->findChild<QLabel*>(QStringLiteral("portalSettingsLabel"));
        QVERIFY2(summary->text().contains(m_slugs[0]), qPrintable(summary->text())); // its realm

        // The dialog: the current values; only the local settings can be edited; Save… waits for a change.
        PortalSettingsDialog* dialog = openDialog(portal);
        QVERIFY(dialog);
        auto* uris = dialog->findChild<QPlainTextEdit*>(QStringLiteral("portalRedirectUrisEdit"));
        auto* sync = dialog->findChild<QComboBox*>(QStringLiteral("portalSyncModeCombo"));
        auto* url = dialog->findChild<QLineEdit*>(QStringLiteral("portalSupersetUrlEdit"));
        QCOMPARE(uris->toPlainText(), QStringLiteral("https://%1.example.com/*").arg(m_slugs[0]));
        QCOMPARE(sync->currentData().toString(), QStringLiteral("none"));
        QCOMPARE(dialog->findChildren<QLineEdit*>().size(), 1);
        QCOMPARE(dialog->findChildren<QPlainTextEdit*>().size(), 1);
        QCOMPARE(dialog->findChildren<QComboBox*>().size(), 1);
        QStringList shown;
        for (const QLabel* l : dialog->findChildren<QLabel*>())
            shown << l->text();
        QVERIFY2(shown.contains(QStringLiteral("odoo")),
                 qPrintable(shown.join(u'|'))); // client id, read-only
        QVERIFY2(shown.contains(QStringLiteral("Active")), qPrintable(shown.join(u'|')));
        QPushButton* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!save->isEnabled());
        // For looking at it: FUSION_GRAB_DIR=/some/dir keeps a picture of the dialog as it opened.
        if (const QString grabDir = qEnvironmentVariable("FUSION_GRAB_DIR"); !grabDir.isEmpty())
            QVERIFY(dialog->grab().save(grabDir + QStringLiteral("/portal-settings-dialog.png")));

        // A bad address is said in words, and cannot be saved.
        url->setText(QStringLiteral("dashboard twelve"));
        auto* problem = dialog->findChild<QLabel*>(QStringLiteral("portalSettingsProblemLabel"));
        QVERIFY2(problem->text().startsWith(QStringLiteral("Superset dashboard: ")),
                 qPrintable(problem->text()));
        QVERIFY(!save->isEnabled());

        const QString newUris =
            QStringLiteral("https://%1.example.com/*\nhttps://erp.%1.example.com/*").arg(m_slugs[0]);
        const QString newUrl = QStringLiteral("https://superset.example.com/superset/dashboard/7/");
        uris->setPlainText(newUris);
        sync->setCurrentIndex(sync->findData(QStringLiteral("batch")));
        url->setText(newUrl);
        QVERIFY(problem->text().isEmpty());
        QVERIFY(save->isEnabled());

        // Save…, then Cancel at the confirmation, which shows old → new: nothing written, the edits kept.
        const QString before = test::fingerprint(m_admin);
        save->click();
        auto* confirm = test::waitForTop<QDialog>(QStringLiteral("confirmWriteDialog"));
        QVERIFY(confirm);
        auto* changes = confirm->findChild<QTableWidget*>(QStringLiteral("changesTable"));
        QCOMPARE(changes->rowCount(), 3);
        QStringList rows;
        for (int r = 0; r < changes->rowCount(); ++r)
            rows << changes->item(r, 0)->text() + QStringLiteral(": ") + changes->item(r, 1)->text() +
                        QStringLiteral(" → ") + changes->item(r, 2)->text();
        QVERIFY2(rows.contains(QStringLiteral("Sync mode: none → batch")), qPrintable(rows.join(u'|')));
        QVERIFY2(rows.contains(QStringLiteral("Superset dashboard: (empty) → ") + newUrl),
                 qPrintable(rows.join(u'|')));
        QVERIFY(test::answerConfirmation(false));
        QTest::qWait(200);
        QCOMPARE(test::fingerprint(m_admin), before);
        QVERIFY(dialog->isVisible());
        QCOMPARE(url->text(), newUrl);
        // Cancel in the dialog: closed, still nothing written.
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY(!test::waitForTop<QDialog>(QStringLiteral("portalSettingsDialog"), 0));
        QCOMPARE(test::fingerprint(m_admin), before);

        // Again, confirmed: exactly those three fields change, audited as this login, in one row.
        dialog = openDialog(portal);
        QVERIFY(dialog);
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("portalRedirectUrisEdit"))->setPlainText(newUris);
        sync = dialog->findChild<QComboBox*>(QStringLiteral("portalSyncModeCombo"));
        sync->setCurrentIndex(sync->findData(QStringLiteral("batch")));
        dialog->findChild<QLineEdit*>(QStringLiteral("portalSupersetUrlEdit"))->setText(newUrl);
        const QString ssoBefore = row(QStringLiteral("sso_configs"), m_ids[0]);
        const QString otherBefore =
            row(QStringLiteral("sso_configs"), m_ids[1]) + row(QStringLiteral("analytics_configs"), m_ids[1]);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(test::answerConfirmation(true));
        QTRY_VERIFY_WITH_TIMEOUT(!test::waitForTop<QDialog>(QStringLiteral("portalSettingsDialog"), 0),
                                 10000);
        QCOMPARE(row(QStringLiteral("sso_configs"), m_ids[0]),
                 QStringLiteral("%1|odoo|%2|active").arg(m_slugs[0], newUris));
        QCOMPARE(row(QStringLiteral("analytics_configs"), m_ids[0]),
                 QStringLiteral("proj|analytics|batch|%1").arg(newUrl));
        QVERIFY(ssoBefore != row(QStringLiteral("sso_configs"), m_ids[0]));
        QCOMPARE(row(QStringLiteral("sso_configs"), m_ids[1]) +
                     row(QStringLiteral("analytics_configs"), m_ids[1]),
                 otherBefore);
        QCOMPARE(m_admin
                     .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                            "'tenant.local_settings.edit' AND actor = ? AND tenant_id = ?"),
                             {m_tadmin, m_ids[0]})
                     .toLongLong(),
                 qint64(1));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(newUrl), 10000);

        // Someone else changes the analytics meanwhile: Save… is refused in words in the dialog, which stays.
        dialog = openDialog(portal);
        QVERIFY(dialog);
        m_admin.exec(QStringLiteral("UPDATE analytics_configs SET schema_name = 'analytics2', row_version = "
                                    "row_version + 1 WHERE tenant_id = ?"),
                     {m_ids[0]});
        sync = dialog->findChild<QComboBox*>(QStringLiteral("portalSyncModeCombo"));
        sync->setCurrentIndex(sync->findData(QStringLiteral("realtime")));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        problem = dialog->findChild<QLabel*>(QStringLiteral("portalSettingsProblemLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(QStringLiteral("Someone else changed")), 10000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_admin
                     .scalar(QStringLiteral("SELECT sync_mode FROM analytics_configs WHERE tenant_id = ?"),
                             {m_ids[0]})
                     .toString(),
                 QStringLiteral("batch"));
        dialog->reject();
    }

    void anotherTenantsSettingsAreRefusedByTheDatabase()
    {
        Database db;
        db.open(m_pg.target(m_tadmin));
        const QString before = test::fingerprint(m_admin);
        const QVariantMap change{{QStringLiteral("sync_mode"), QStringLiteral("realtime")}};
        // Through the planner with B's id: B does not exist for this login.
        try {
            LocalSettings::plan(db, m_ids[1], 1, 1, change, QStringLiteral("ui"));
            QFAIL("B's settings were planned for A's admin");
        } catch (const Failure& f) {
            QCOMPARE(f.error().kind, ErrorKind::NotFound);
        }
        // A write planned by someone who sees B, run as this login: the update finds no row of B.
        const PortalSettings b = LocalSettings::load(m_admin, m_ids[1]);
        const PendingWrite write = LocalSettings::plan(m_admin, m_ids[1], b.ssoVersion, b.analyticsVersion,
                                                       change, QStringLiteral("ui"));
        QVERIFY(write.apply);
        QVERIFY_THROWS_EXCEPTION(Failure, WriteExecutor::execute(db, write));
        // Plain SQL: updating B's record changes no row; creating C's is refused by row-level security.
        QCOMPARE(
            db.exec(QStringLiteral("UPDATE analytics_configs SET sync_mode = 'realtime' WHERE tenant_id = ?"),
                    {m_ids[1]})
                .numRowsAffected(),
            0);
        QVERIFY_THROWS_EXCEPTION(
            Failure,
            db.exec(QStringLiteral("INSERT INTO analytics_configs (tenant_id) VALUES (?)"), {m_ids[2]}));
        QCOMPARE(test::fingerprint(m_admin), before);

        // Its own tenant: the platform's part of the records is not a local setting.
        const PortalSettings a = LocalSettings::load(db, m_ids[0]);
        try {
            LocalSettings::plan(db, m_ids[0], a.ssoVersion, a.analyticsVersion,
                                {{QStringLiteral("keycloak_realm"), QStringLiteral("other")}},
                                QStringLiteral("ui"));
            QFAIL("the realm was planned as a local setting");
        } catch (const Failure& f) {
            QCOMPARE(f.error().kind, ErrorKind::InvalidInput);
            QVERIFY2(f.error().message.startsWith(QStringLiteral("Keycloak realm is set by the platform's")),
                     qPrintable(f.error().message));
        }
    }

    void headingSaysTenantsForSeveral()
    {
        AppContext context;
        MainWindow window(&context);
        openAs(window, m_tadmin2);
        PortalPane* portal = window.portalPane();
        QTRY_COMPARE_WITH_TIMEOUT(portal->view().tenants.size(), 2, 10000);
        QCOMPARE(portal->findChild<QLabel*>(QStringLiteral("portalHeadingLabel"))->text(),
                 QStringLiteral("Your tenants"));
        QVERIFY(!portal->findChild<QLabel*>(QStringLiteral("portalPreviewLabel"))->isVisible());
        QVERIFY(portal->findChild<QComboBox*>(QStringLiteral("portalTenantCombo"))->isVisible());
    }

private:
    void openAs(MainWindow& window, const QString& login)
    {
        window.resize(1280, 800);
        window.show();
        QSignalSpy ready(window.connector(), &Connector::ready);
        window.connector()->open(m_pg.target(login));
        QVERIFY(ready.wait(15000));
    }
    PortalSettingsDialog* openDialog(PortalPane* portal)
    {
        auto* button = portal->findChild<QPushButton*>(QStringLiteral("portalEditSettingsButton"));
        if (!QTest::qWaitFor([button] { return button->isEnabled(); }, 10000))
            return nullptr;
        button->click();
        return test::waitForTop<PortalSettingsDialog>(QStringLiteral("portalSettingsDialog"));
    }
    QString row(const QString& table, qint64 tenantId) const
    {
        const QString columns =
            table == QLatin1String("sso_configs")
                ? QStringLiteral("keycloak_realm, keycloak_client_id, redirect_uris, status")
                : QStringLiteral("supabase_project, schema_name, sync_mode, "
                                 "superset_dashboard_url");
        QSqlQuery q = m_admin.exec(
            QStringLiteral("SELECT %1 FROM %2 WHERE tenant_id = ?").arg(columns, table), {tenantId});
        QStringList values;
        if (q.next()) {
            for (int i = 0; i < 4; ++i)
                values << q.value(i).toString();
        }
        return values.join(u'|');
    }

    test::PgTestDatabase m_pg{QStringLiteral("guiportalset")};
    Database m_admin;
    QString m_tadmin, m_tadmin2;
    QList<qint64> m_ids;
    QStringList m_slugs;
};

QTEST_MAIN(TestGuiPortalSettings)
#include "tst_gui_portal_settings.moc"
