// "View as tenant portal" from a tenant's detail, offscreen on a real SQLite file with demo data (where the
// local user is the owner): the click shows the Portal pane on that tenant — the selector on it, the heading
// naming it as a preview, not "Your tenant" — with what its admins see and every action of theirs disabled,
// saying where staff act instead. Choosing another tenant in the selector moves the preview and its heading.
#include "tests/gui/MainWindowTest.h"
#include "ui/portal/PortalPane.h"
#include "ui/tenants/TenantDetailView.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QToolButton>

using namespace fusion;
using namespace fusion::test;

class TestGuiPortalPreview : public QObject, protected MainWindowFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initFixture(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void viewAsTenantPortalOpensThatTenantsPreview()
    {
        // Not the first tenant by name, which the portal would show anyway.
        Database db;
        db.open(m_target);
        const QString slug =
            db.scalar(QStringLiteral("SELECT slug FROM tenants ORDER BY name, slug LIMIT 1 OFFSET 5"))
                .toString();
        const QString name =
            db.scalar(QStringLiteral("SELECT name FROM tenants WHERE slug = ?"), {slug}).toString();
        const Tenant t = tenant(slug);
        tenants()->openTenant(t.id);
        auto* button = tenants()->detailView()->findChild<QToolButton*>(QStringLiteral("viewAsPortalButton"));
        QVERIFY(button);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled() && tenants()->detailView()->tenantId() == t.id, 10000);
        QSignalSpy asked(tenants()->detailView(), &TenantDetailView::portalPreviewRequested);
        button->click();
        QCOMPARE(asked.size(), 1);

        PortalPane* portal = m_window->portalPane();
        QCOMPARE(m_window->findChild<QStackedWidget*>(QStringLiteral("paneStack"))->currentWidget(),
                 static_cast<QWidget*>(portal));
        QTRY_COMPARE_WITH_TIMEOUT(portal->view().slug, slug, 10000);
        auto* combo = portal->findChild<QComboBox*>(QStringLiteral("portalTenantCombo"));
        QCOMPARE(combo->currentData().toString(), slug);
        QVERIFY(combo->isVisible());
        auto* heading = portal->findChild<QLabel*>(QStringLiteral("portalHeadingLabel"));
        QCOMPARE(heading->text(), QStringLiteral("Tenant portal — %1").arg(name));
        QVERIFY(!heading->text().contains(QStringLiteral("Your")));
        QVERIFY(portal->findChild<QLabel*>(QStringLiteral("portalPreviewLabel"))->isVisible());
        QVERIFY(portal->findChild<QLabel*>(QStringLiteral("portalSummaryLabel"))->text().contains(slug));

        // What the tenant admin could do is shown but disabled, saying where staff act.
        for (const char* object : {"portalPauseButton", "portalResumeButton", "portalRebuildButton",
                                   "portalOpenRequestButton", "portalEditSettingsButton"}) {
            auto* b = portal->findChild<QPushButton*>(QLatin1String(object));
            QVERIFY2(b->isVisible() && !b->isEnabled(), object);
            QVERIFY2(
                b->toolTip().startsWith(QStringLiteral("Preview: act on this tenant from the Tenants pane")),
                qPrintable(b->toolTip()));
        }

        // Another tenant in the selector: the preview and its heading follow.
        const int other = combo->currentIndex() == 0 ? 1 : 0;
        const QString otherSlug = combo->itemData(other).toString();
        combo->setCurrentIndex(other);
        Q_EMIT combo->activated(other);
        QTRY_COMPARE_WITH_TIMEOUT(portal->view().slug, otherSlug, 10000);
        QCOMPARE(heading->text(), QStringLiteral("Tenant portal — %1").arg(portal->view().name));
        QCOMPARE(combo->currentData().toString(), otherSlug);
    }
};

QTEST_MAIN(TestGuiPortalPreview)
#include "tst_gui_portal_preview.moc"
