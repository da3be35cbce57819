// The Infra pane and the operation drawer, offscreen on a real SQLite database with demo data: every write
// control asks first and Cancel changes nothing; scheduling upgrades through the dialog's live preview; the
// freeze in the window's header; an operation's log filtered by severity and its re-run.
#include "models/controlplane/ImageUpgrade.h"
#include "models/controlplane/PlatformSettings.h"
#include "models/itemmodels/OperationListModel.h"
#include "tests/gui/ClickWrite.h"
#include "tests/gui/ConfirmAnswer.h"
#include "tests/gui/MainWindowTest.h"
#include "ui/common/ConfirmDialog.h"
#include "ui/infra/InfraPane.h"
#include "ui/operations/OperationDrawer.h"
#include "ui/operations/OperationsPane.h"
#include "ui/tenants/TenantDetailView.h"
#include "ui/tenants/TenantsPane.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace fusion;
using namespace fusion::test;

class TestGuiInfra : public QObject, protected MainWindowFixture {
    Q_OBJECT

    InfraPane* infra() const { return m_window->infraPane(); }
    template <typename T>
    T* in(QWidget* parent, const QString& name) const
    {
        return parent->findChild<T*>(name);
    }
    QTreeWidget* list(const QString& name) const { return in<QTreeWidget>(infra(), name); }
    void openInfra(const QString& tab)
    {
        m_window->showPane(MainWindow::PaneId::Infra);
        infra()->showTab(tab);
        QTRY_VERIFY_WITH_TIMEOUT(list(QStringLiteral("windowsList"))->topLevelItemCount() >= 2, 10000);
    }
    // Clicks `button` (enabled first), fills the dialog `dialogName` with `fill` when given and presses its
    // OK, then answers the confirmation.
    bool write(const QString& button, const QString& dialogName, const std::function<void(QDialog*)>& fill,
               bool confirm)
    {
        return clickWrite(m_window.get(), button, dialogName, fill, confirm);
    }
    qint64 scalar(const QString& sql)
    {
        Database db;
        db.open(m_target);
        return db.scalar(sql).toLongLong();
    }
    // The window (or a dialog of it) as a PNG in $FUSION_SCREENSHOT_DIR, for a person to look at.
    void shot(const QString& name, QWidget* widget = nullptr)
    {
        const QString dir = qEnvironmentVariable("FUSION_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY((widget ? widget : static_cast<QWidget*>(m_window.get()))
                        ->grab()
                        .save(QDir(dir).filePath(name)));
    }

private Q_SLOTS:
    void initTestCase() { initFixture(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void everyInfraWriteAsksFirstAndCancelChangesNothing()
    {
        openInfra(QStringLiteral("upgrades"));
        const QString before = dbSnapshot();
        QTRY_VERIFY_WITH_TIMEOUT(list(QStringLiteral("upgradesList"))->topLevelItemCount() == 6, 10000);
        QVERIFY(write(QStringLiteral("upgradeButton"), QStringLiteral("upgradeDialog"), nullptr, false));
        list(QStringLiteral("upgradesList"))->topLevelItem(0)->setSelected(true);
        QVERIFY(write(QStringLiteral("cancelUpgradesButton"), {}, nullptr, false));
        infra()->showTab(QStringLiteral("windows"));
        QVERIFY(write(
            QStringLiteral("newWindowButton"), QStringLiteral("windowDialog"),
            [](QDialog* d) {
                d->findChild<QLineEdit*>(QStringLiteral("windowNameEdit"))->setText(QStringLiteral("Never"));
            },
            false));
        list(QStringLiteral("windowsList"))
            ->setCurrentItem(list(QStringLiteral("windowsList"))->topLevelItem(0));
        QVERIFY(write(QStringLiteral("cancelWindowButton"), {}, nullptr, false));
        infra()->showTab(QStringLiteral("tags"));
        QVERIFY(write(
            QStringLiteral("recordTagButton"), QStringLiteral("tagDialog"),
            [](QDialog* d) {
                d->findChild<QLineEdit*>(QStringLiteral("tagReferenceEdit"))
                    ->setText(QStringLiteral("registry.example.com/odoo:17.0-never"));
            },
            false));
        list(QStringLiteral("tagsList"))->setCurrentItem(list(QStringLiteral("tagsList"))->topLevelItem(0));
        QVERIFY(write(QStringLiteral("retireTagButton"), {}, nullptr, false));
        QVERIFY(write(
            QStringLiteral("freezeButton"), QStringLiteral("freezeDialog"),
            [](QDialog* d) {
                d->findChild<QLineEdit*>(QStringLiteral("freezeReasonEdit"))->setText(QStringLiteral("no"));
            },
            false));
        // Templates: new (through its dialog), edit (a changed version), retire.
        infra()->showTab(QStringLiteral("templates"));
        QTRY_VERIFY_WITH_TIMEOUT(list(QStringLiteral("templatesList"))->topLevelItemCount() == 4, 10000);
        QVERIFY(write(
            QStringLiteral("newTemplateButton"), QStringLiteral("templateDialog"),
            [](QDialog* d) {
                d->findChild<QLineEdit*>(QStringLiteral("templateNameEdit"))
                    ->setText(QStringLiteral("never"));
                d->findChild<QLineEdit*>(QStringLiteral("templateChartEdit"))
                    ->setText(QStringLiteral("charts/odoo-tenant:9"));
                d->findChild<QLineEdit*>(QStringLiteral("templatePgEdit"))
                    ->setText(QStringLiteral("postgres:16.4"));
            },
            false));
        list(QStringLiteral("templatesList"))
            ->setCurrentItem(list(QStringLiteral("templatesList"))->topLevelItem(0));
        QVERIFY(write(
            QStringLiteral("editTemplateButton"), QStringLiteral("templateDialog"),
            [](QDialog* d) {
                d->findChild<QLineEdit*>(QStringLiteral("templateVersionEdit"))
                    ->setText(QStringLiteral("9.9"));
            },
            false));
        QVERIFY(write(QStringLiteral("retireTemplateButton"), {}, nullptr, false));
        // The drawer's Re-run, on a failed operation.
        m_window->showPane(MainWindow::PaneId::Operations);
        auto* ops = m_window->findChild<OperationsPane*>();
        const qint64 failed =
            scalar(QStringLiteral("SELECT max(id) FROM operations WHERE status = 'failed' AND type <> "
                                  "'upgrade_image'"));
        ops->showOperation(failed);
        QTRY_COMPARE_WITH_TIMEOUT(ops->drawer()->detail().operation.id, failed, 10000);
        QVERIFY(write(QStringLiteral("rerunButton"), {}, nullptr, false));
        QTest::qWait(300);
        QCOMPARE(dbSnapshot(), before);
    }

    // The dialog previews who is upgraded when as the choices change, and schedules exactly that.
    void upgradesAreScheduledThroughTheDialogsPreview()
    {
        openInfra(QStringLiteral("upgrades"));
        QStringList slugs;
        {
            Database db;
            db.open(m_target);
            QSqlQuery q =
                db.exec(QStringLiteral("SELECT slug FROM tenants t WHERE status = 'active' AND NOT EXISTS "
                                       "(SELECT 1 FROM operations o WHERE o.tenant_id = t.id AND o.type = "
                                       "'upgrade_image' AND o.status = 'queued') ORDER BY slug LIMIT 3"));
            while (q.next())
                slugs << q.value(0).toString();
        }
        QCOMPARE(slugs.size(), 3);
        infra()->upgradeTenants(slugs);
        auto* dialog = waitForVisible<QDialog>(QStringLiteral("upgradeDialog"));
        QVERIFY(dialog);
        auto* preview = dialog->findChild<QTreeWidget*>(QStringLiteral("upgradePreview"));
        QTRY_COMPARE_WITH_TIMEOUT(preview->topLevelItemCount(), 1, 10000); // one wave of three
        QCOMPARE(preview->topLevelItem(0)->childCount(), 3);
        dialog->findChild<QSpinBox*>(QStringLiteral("upgradeWaveSizeSpin"))->setValue(1);
        QTRY_COMPARE_WITH_TIMEOUT(preview->topLevelItemCount(), 3, 10000);
        QVERIFY(preview->topLevelItem(2)->text(1) > preview->topLevelItem(0)->text(1));
        // A tenant that does not exist: said plainly, nothing can be scheduled.
        auto* slugsEdit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("upgradeSlugsEdit"));
        slugsEdit->setPlainText(slugs.join(QLatin1Char('\n')) + QStringLiteral("\nno-such-tenant"));
        auto* summary = dialog->findChild<QLabel*>(QStringLiteral("upgradeSummary"));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("no-such-tenant")), 10000);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        slugsEdit->setPlainText(slugs.join(QStringLiteral(", ")));
        QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled() && preview->topLevelItemCount() == 3, 10000);
        shot(QStringLiteral("infra-upgrade-dialog.png"), dialog);
        ok->click();
        QVERIFY(answerConfirmation(true));
        QTRY_COMPARE_WITH_TIMEOUT(list(QStringLiteral("upgradesList"))->topLevelItemCount(), 9, 10000);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM operations WHERE type = 'upgrade_image' AND status = "
                                  "'queued'")),
            9);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'image.upgrade_schedule'")),
            1);
        shot(QStringLiteral("infra.png"));
    }

    // Frozen shows in the header in red and on the pane; unfreezing clears it.
    void theFreezeShowsInTheHeader()
    {
        openInfra(QStringLiteral("upgrades"));
        auto* badge = m_window->findChild<QLabel*>(QStringLiteral("environmentBadge"));
        QTRY_COMPARE_WITH_TIMEOUT(badge->text(), PlatformSettings::environmentLabel(QStringLiteral("dev")),
                                  10000);
        QVERIFY(write(
            QStringLiteral("freezeButton"), QStringLiteral("freezeDialog"),
            [](QDialog* d) {
                d->findChild<QLineEdit*>(QStringLiteral("freezeReasonEdit"))
                    ->setText(QStringLiteral("Storage incident"));
            },
            true));
        QTRY_VERIFY_WITH_TIMEOUT(badge->text().contains(QStringLiteral("frozen")), 10000);
        QVERIFY(badge->toolTip().contains(QStringLiteral("Storage incident")));
        QTRY_VERIFY_WITH_TIMEOUT(in<QLabel>(infra(), QStringLiteral("infraStateLabel"))
                                     ->text()
                                     .contains(QStringLiteral("Storage incident")),
                                 10000);
        QCOMPARE(scalar(QStringLiteral("SELECT operations_frozen FROM platform_settings")), 1);
        shot(QStringLiteral("infra-frozen.png"));
        QVERIFY(write(QStringLiteral("freezeButton"), {}, nullptr, true));
        QTRY_VERIFY_WITH_TIMEOUT(!badge->text().contains(QStringLiteral("frozen")), 10000);
    }

    // The drawer: timeline, error, payload and the log; the severity filter; Re-run queues a copy and shows
    // it.
    void theDrawerShowsAnOperationsLogAndReRunsIt()
    {
        m_window->showPane(MainWindow::PaneId::Operations);
        auto* ops = m_window->findChild<OperationsPane*>();
        const qint64 failed =
            scalar(QStringLiteral("SELECT max(o.id) FROM operations o WHERE o.status = 'failed' AND "
                                  "o.type <> 'upgrade_image' AND EXISTS (SELECT 1 FROM "
                                  "operation_events e WHERE e.operation_id = o.id)"));
        QVERIFY(failed > 0);
        ops->showOperation(failed);
        OperationDrawer* drawer = ops->drawer();
        QTRY_COMPARE_WITH_TIMEOUT(drawer->detail().operation.id, failed, 10000);
        auto* events = in<QTreeWidget>(drawer, QStringLiteral("drawerEvents"));
        const int all = events->topLevelItemCount();
        QVERIFY(all >= 3);
        QVERIFY(!in<QLabel>(drawer, QStringLiteral("drawerError"))->text().isEmpty());
        // A failure links to its recommended runbook (the demo's runbook address, then the type).
        const QString links = in<QLabel>(drawer, QStringLiteral("drawerLinks"))->text();
        QVERIFY2(links.contains(QStringLiteral("href=\"https://runbooks.example.com/fusion/%1\"")
                                    .arg(drawer->detail().operation.type)) &&
                     links.contains(QStringLiteral("Recommended runbook")),
                 qPrintable(links));
        auto* severity = in<QComboBox>(drawer, QStringLiteral("drawerSeverityCombo"));
        severity->setCurrentIndex(severity->findData(QStringLiteral("error")));
        Q_EMIT severity->activated(severity->currentIndex());
        QTRY_COMPARE_WITH_TIMEOUT(events->topLevelItemCount(), 1, 10000);
        QCOMPARE(events->topLevelItem(0)->text(1), QStringLiteral("Error"));
        shot(QStringLiteral("operations-drawer.png"));
        const qint64 before = scalar(QStringLiteral("SELECT max(id) FROM operations"));
        QVERIFY(write(QStringLiteral("rerunButton"), {}, nullptr, true));
        QTRY_VERIFY_WITH_TIMEOUT(drawer->detail().operation.id > before, 10000);
        QCOMPARE(drawer->detail().rerunOf, std::optional<qint64>(failed));
        QCOMPARE(drawer->detail().operation.status, QStringLiteral("queued"));
    }

    // A scheduled upgrade in Infra and an operation in a tenant's Logs tab open the same drawer.
    void everyListOfOperationsOpensTheDrawer()
    {
        openInfra(QStringLiteral("upgrades"));
        QTRY_VERIFY_WITH_TIMEOUT(list(QStringLiteral("upgradesList"))->topLevelItemCount() == 6, 10000);
        QTreeWidgetItem* upgrade = list(QStringLiteral("upgradesList"))->topLevelItem(0);
        const qint64 upgradeId = upgrade->data(0, Qt::UserRole).toLongLong();
        Q_EMIT list(QStringLiteral("upgradesList"))->itemActivated(upgrade, 0);
        auto* ops = m_window->findChild<OperationsPane*>();
        QTRY_VERIFY_WITH_TIMEOUT(ops->isVisible(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(ops->drawer()->detail().operation.id, upgradeId, 10000);
        QVERIFY(!ops->drawer()->detail().imageReference.isEmpty());

        const Tenant t = tenant(ops->drawer()->detail().operation.tenantSlug);
        tenants()->openTenant(t.id);
        auto* view = tenants()->detailView()->findChild<QTableView*>(QStringLiteral("operationsView"));
        QTRY_VERIFY_WITH_TIMEOUT(view->isVisible() || view->model()->rowCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 10000);
        const QModelIndex row = view->model()->index(view->model()->rowCount() - 1, 0);
        const qint64 id = row.data(OperationListModel::IdRole).toLongLong();
        QVERIFY(id > 0);
        Q_EMIT view->activated(row);
        QTRY_VERIFY_WITH_TIMEOUT(ops->isVisible(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(ops->drawer()->detail().operation.id, id, 10000);
    }
};

QTEST_MAIN(TestGuiInfra)
#include "tst_gui_infra.moc"
