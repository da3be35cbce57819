// The tenant portal offscreen against a real PostgreSQL server, signed in as a real tenant-admin login: the
// window opens into the portal, which lists only its tenant's invoices and support requests (the superuser's
// rows filtered by hand agree), the owner-only panes are hidden and cannot be reached; Pause, Resume, Rebuild
// and Open request… each ask first — Cancel changes nothing, OK changes it, audited as that login. An owner
// sees the portal labelled as a preview.
#include "models/audit/WriteExecutor.h"
#include "models/roles/RoleService.h"
#include "models/tenants/Tenant.h"
#include "tests/common/TestSupport.h"
#include "tests/gui/ClickWrite.h"
#include "tests/gui/ConfirmAnswer.h"
#include "ui/MainWindow.h"
#include "ui/common/AppContext.h"
#include "ui/common/SaveFile.h"
#include "ui/connection/Connector.h"
#include "ui/portal/PortalPane.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace fusion;

class TestGuiPortal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_pg.ok(), qPrintable(m_pg.error()));
        test::prepare(m_admin, m_pg.target(), 4);
        m_slugA = m_admin.scalar(QStringLiteral("SELECT slug FROM tenants ORDER BY id LIMIT 1")).toString();
        m_slugB = m_admin.scalar(QStringLiteral("SELECT slug FROM tenants ORDER BY id LIMIT 1 OFFSET 1"))
                      .toString();
        m_tadmin = m_pg.createLogin(QStringLiteral("tadmin"));
        m_owner = m_pg.createLogin(QStringLiteral("owner"));
        RoleService roles(m_admin);
        WriteExecutor::execute(m_admin, roles.planGrant(m_tadmin, Roles::TenantAdmin, m_slugA));
        WriteExecutor::execute(m_admin, roles.planGrant(m_owner, Roles::Owner));
        // A request of each tenant, and A running, so that Pause is offered.
        for (const QString& slug : {m_slugA, m_slugB})
            m_admin.exec(QStringLiteral("INSERT INTO support_requests (tenant_id, subject, body, created_by) "
                                        "SELECT id, 'Printing is slow', 'Since Monday.', 'seed' FROM tenants "
                                        "WHERE slug = ?"),
                         {slug});
        // An operator's reply on each: A's admin reads its own conversation and never B's.
        for (const QString& slug : {m_slugA, m_slugB})
            m_admin.exec(
                QStringLiteral("INSERT INTO support_messages (request_id, author, author_role, body) "
                               "SELECT s.id, 'jon.reyes', 'staff', 'Which printer, ' || t.slug || '?' "
                               "FROM support_requests s JOIN tenants t ON t.id = s.tenant_id WHERE "
                               "t.slug = ?"),
                {slug});
        m_admin.exec(QStringLiteral("UPDATE tenants SET status = 'active' WHERE slug = ?"), {m_slugA});
    }

    void tenantAdminOpensIntoItsOwnPortal()
    {
        AppContext context;
        MainWindow window(&context);
        openAs(window, m_tadmin);
        PortalPane* portal = window.portalPane();
        QTRY_COMPARE_WITH_TIMEOUT(
            window.findChild<QStackedWidget*>(QStringLiteral("paneStack"))->currentWidget(),
            static_cast<QWidget*>(portal), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(portal->view().slug, m_slugA, 10000);
        QCOMPARE(portal->view().tenants.size(), 1);
        QVERIFY(!portal->findChild<QComboBox*>(QStringLiteral("portalTenantCombo"))->isVisible());
        QVERIFY(!portal->findChild<QLabel*>(QStringLiteral("portalPreviewLabel"))->isVisible());

        // Its invoices and requests only: the superuser's rows of its tenant, and none of B's.
        const qint64 invoices =
            m_admin
                .scalar(QStringLiteral("SELECT count(*) FROM invoices i JOIN tenants t ON "
                                       "t.id = i.tenant_id WHERE t.slug = ? AND i.state <> "
                                       "'draft'"),
                        {m_slugA})
                .toLongLong();
        QCOMPARE(qint64(portal->view().invoices.size()), invoices);
        for (const Invoice& i : portal->view().invoices)
            QCOMPARE(i.tenantSlug, m_slugA);
        QVERIFY(invoices > 0);
        // Save PDF… of its first invoice: the file is a PDF naming the invoice.
        auto* invoiceTree = portal->findChild<QTreeWidget*>(QStringLiteral("portalInvoicesTree"));
        invoiceTree->setCurrentItem(invoiceTree->topLevelItem(0));
        const QString pdfPath = m_dir.filePath(QStringLiteral("invoice.pdf"));
        SaveFile::setAnswer([pdfPath](const SaveFile::Request&) { return pdfPath; });
        portal->findChild<QPushButton*>(QStringLiteral("portalSavePdfButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(pdfPath).size() > 0, 10000);
        SaveFile::setAnswer({});
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.contains(portal->view().invoices.first().number.toLatin1()));
        QCOMPARE(portal->view().requests.size(), 1);
        QCOMPARE(portal->view().requests.first().tenantSlug, m_slugA);
        QCOMPARE(portal->findChild<QTreeWidget*>(QStringLiteral("portalRequestsTree"))->topLevelItemCount(),
                 1);

        // The sidebar keeps the portal, Support and Audit; an owner's pane cannot be reached even by asking.
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navList"));
        QVERIFY(nav->item(int(MainWindow::PaneId::Tenants))->isHidden());
        QVERIFY(nav->item(int(MainWindow::PaneId::Settings))->isHidden());
        QVERIFY(!nav->item(int(MainWindow::PaneId::Support))->isHidden());
        window.showPane(MainWindow::PaneId::Settings);
        QCOMPARE(window.findChild<QStackedWidget*>(QStringLiteral("paneStack"))->currentWidget(),
                 static_cast<QWidget*>(portal));

        // Pause: Cancel changes nothing; OK pauses, audited as this login. Then Resume and Rebuild alike.
        const struct {
            const char* button;
            const char* action;
            QString after;
        } steps[] = {{"portalPauseButton", "tenant.pause", TenantStatus::Paused},
                     {"portalResumeButton", "tenant.resume", TenantStatus::Active},
                     {"portalRebuildButton", "tenant.rebuild", TenantStatus::Active}};
        for (const auto& step : steps) {
            auto* button = portal->findChild<QPushButton*>(QLatin1String(step.button));
            QTRY_VERIFY2_WITH_TIMEOUT(button->isEnabled(), step.button, 10000);
            const QString status = statusOfA();
            const QString before = test::fingerprint(m_admin);
            button->click();
            QVERIFY2(test::answerConfirmation(false), step.button);
            QTest::qWait(200);
            QCOMPARE(test::fingerprint(m_admin), before);
            QCOMPARE(statusOfA(), status);
            button->click();
            QVERIFY2(test::answerConfirmation(true), step.button);
            QTRY_COMPARE_WITH_TIMEOUT(auditCount(QLatin1String(step.action)), qint64(1), 10000);
            QCOMPARE(statusOfA(), step.after);
        }

        // Its request's conversation: the operator's reply is there, B's thread nowhere. Reply… asks first:
        // Cancel writes nothing, OK writes the reply as this login and the answered request is open again.
        auto* thread = portal->findChild<QTextBrowser*>(QStringLiteral("portalThreadBrowser"));
        QTRY_VERIFY_WITH_TIMEOUT(
            thread->toPlainText().contains(QStringLiteral("Which printer, %1?").arg(m_slugA)), 10000);
        QVERIFY(!thread->toPlainText().contains(m_slugB));
        QCOMPARE(portal->view().threads.size(), 1);
        auto* replyEdit = portal->findChild<QPlainTextEdit*>(QStringLiteral("supportReplyEdit"));
        replyEdit->setPlainText(QStringLiteral("The one in the warehouse."));
        {
            const QString was = test::fingerprint(m_admin);
            QVERIFY(test::clickWrite(portal, QStringLiteral("portalReplyButton"), {}, nullptr, false));
            QTest::qWait(200);
            QCOMPARE(test::fingerprint(m_admin), was);
            QVERIFY(test::clickWrite(portal, QStringLiteral("portalReplyButton"), {}, nullptr, true));
            QTRY_COMPARE_WITH_TIMEOUT(auditCount(QStringLiteral("support.reply")), qint64(1), 10000);
            QCOMPARE(
                m_admin
                    .scalar(QStringLiteral("SELECT s.state || ' ' || m.author || ' ' || m.author_role FROM "
                                           "support_messages m JOIN support_requests s ON s.id = "
                                           "m.request_id JOIN tenants t ON t.id = s.tenant_id WHERE t.slug "
                                           "= ? ORDER BY m.id DESC LIMIT 1"),
                            {m_slugA})
                    .toString(),
                QStringLiteral("open %1 tenant").arg(m_tadmin));
            QTRY_VERIFY_WITH_TIMEOUT(
                thread->toPlainText().contains(QStringLiteral("The one in the warehouse.")), 10000);
        }

        // Open request…: the dialog, then the confirmation; Cancel writes nothing, OK opens it as this login.
        const auto fill = [](QDialog* d) {
            d->findChild<QLineEdit*>(QStringLiteral("requestSubjectEdit"))
                ->setText(QStringLiteral("Backups?"));
            d->findChild<QPlainTextEdit*>(QStringLiteral("requestBodyEdit"))
                ->setPlainText(QStringLiteral("When did the last one run?"));
        };
        const QString before = test::fingerprint(m_admin);
        QVERIFY(test::clickWrite(portal, QStringLiteral("portalOpenRequestButton"),
                                 QStringLiteral("openRequestDialog"), fill, false));
        QTest::qWait(200);
        QCOMPARE(test::fingerprint(m_admin), before);
        QVERIFY(test::clickWrite(portal, QStringLiteral("portalOpenRequestButton"),
                                 QStringLiteral("openRequestDialog"), fill, true));
        QTRY_COMPARE_WITH_TIMEOUT(portal->view().requests.size(), 2, 10000);
        QCOMPARE(
            m_admin
                .scalar(QStringLiteral("SELECT count(*) FROM support_requests s JOIN tenants t ON t.id = "
                                       "s.tenant_id WHERE t.slug = ? AND s.created_by = ?"),
                        {m_slugA, m_tadmin})
                .toLongLong(),
            qint64(1));
        QCOMPARE(auditCount(QStringLiteral("support.open")), qint64(1));
    }

    void ownerSeesAPreview()
    {
        AppContext context;
        MainWindow window(&context);
        openAs(window, m_owner);
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navList"));
        QVERIFY(!nav->item(int(MainWindow::PaneId::Tenants))->isHidden());
        window.showPane(MainWindow::PaneId::Portal);
        PortalPane* portal = window.portalPane();
        QTRY_VERIFY_WITH_TIMEOUT(portal->view().tenants.size() >= 4, 10000);
        QVERIFY(portal->findChild<QLabel*>(QStringLiteral("portalPreviewLabel"))->isVisible());
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
    QString statusOfA() const
    {
        return m_admin.scalar(QStringLiteral("SELECT status FROM tenants WHERE slug = ?"), {m_slugA})
            .toString();
    }
    qint64 auditCount(const QString& action) const
    {
        return m_admin
            .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND actor = ?"),
                    {action, m_tadmin})
            .toLongLong();
    }

    QTemporaryDir m_dir;
    test::PgTestDatabase m_pg{QStringLiteral("guiportal")};
    Database m_admin;
    QString m_tadmin, m_owner, m_slugA, m_slugB;
};

QTEST_MAIN(TestGuiPortal)
#include "tst_gui_portal.moc"
