// The real main window, offscreen, on a real SQLite database with demo data: what a person does with the
// mouse and keyboard, and what ends up in the database.
// (Every write action asking first: tst_gui_write_actions.cpp.)
#include "models/audit/AuditLog.h"
#include "models/audit/WriteExecutor.h"
#include "models/itemmodels/TenantListModel.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantService.h"
#include "tests/common/TestSupport.h"
#include "tests/gui/GuiWindow.h"
#include "tests/gui/MainWindowTest.h"
#include "ui/MainWindow.h"
#include "ui/common/ConfirmDialog.h"
#include "ui/common/MessageBar.h"
#include "ui/tenants/CreateTenantWizard.h"
#include "ui/tenants/TenantDetailView.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QWizard>

using namespace fusion;
using namespace fusion::test;

class TestGuiMainWindow : public QObject, protected MainWindowFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initFixture(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }
    void searchAndFilterTheList();
    void kpiCardFiltersTheList();
    void createTenantThroughTheWizard();
    void wizardRejectsBadAndTakenSlugs();
    void pauseAsksFirstThenPauses();
    void cancelledDecommissionChangesNothing();
    void staleEditShowsConflictAndKeepsEdits();
    void changeElsewhereAppearsAfterRefresh();
    void pagerWalksFirstPreviousNextLast();
};

void TestGuiMainWindow::searchAndFilterTheList()
{
    auto* search = tenants()->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* result = tenants()->findChild<QLabel*>(QStringLiteral("resultLabel"));
    QVERIFY(result->text().contains(QStringLiteral("48")));

    // Typing searches after a short pause, in the database: "lumen" matches the agency group.
    QTest::keyClicks(search, QStringLiteral("Lumen"));
    Database db;
    db.open(m_target);
    TenantQuery q;
    q.search = QStringLiteral("Lumen");
    const qint64 expected = TenantRepository(db).list(q).total;
    QVERIFY(expected > 0 && expected < 48);
    // The total and the page are two loads and the count answers first; the pager says "of N" of the new
    // search only once its rows are shown, never over the previous search's rows. Looked at after every
    // event, not every 50 ms, so that the moment between the two answers is not missed.
    const auto everyRowMatches = [this] {
        for (int row = 0; row < tenants()->model()->rowCount(); ++row) {
            if (!tenants()->model()->rowAt(row)->agencyGroup.contains(QStringLiteral("Lumen")) &&
                !tenants()->model()->rowAt(row)->name.contains(QStringLiteral("Lumen"), Qt::CaseInsensitive))
                return false;
        }
        return tenants()->model()->rowCount() > 0;
    };
    QElapsedTimer waited;
    waited.start();
    while (!result->text().contains(QStringLiteral(" of %1 ").arg(expected))) {
        QVERIFY2(waited.elapsed() < 5000, qPrintable(result->text()));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    QVERIFY(everyRowMatches());

    // The status filter narrows further; every row shown is in error.
    auto* status = tenants()->findChild<QComboBox*>(QStringLiteral("statusCombo"));
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    status->setCurrentIndex(status->findData(TenantStatus::Error));
    Q_EMIT status->activated(status->currentIndex());
    q = TenantQuery();
    q.status = TenantStatus::Error;
    const qint64 errors = TenantRepository(db).list(q).total;
    QTRY_VERIFY_WITH_TIMEOUT(tenants()->model()->rowCount() == errors, 5000);
    for (int row = 0; row < tenants()->model()->rowCount(); ++row)
        QCOMPARE(tenants()->model()->rowAt(row)->status, TenantStatus::Error);

    // An injection string is just text: nothing matches, nothing breaks.
    status->setCurrentIndex(0);
    Q_EMIT status->activated(0);
    search->setText(QStringLiteral("'; DROP TABLE tenants; --"));
    QTest::keyClick(search, Qt::Key_Return);
    auto* empty = tenants()->findChild<QLabel*>(QStringLiteral("emptyTitleLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible() && empty->text().contains(QStringLiteral("No tenants match")),
                             5000);
    QCOMPARE(TenantRepository(db).counts().total, qint64(48));

    // Paging: page 3 of 48 rows holds the last 8.
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(tenants()->model()->rowCount(), 20, 5000);
    auto* next = tenants()->findChild<QToolButton*>(QStringLiteral("nextPageButton"));
    next->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("21")), 5000);
    next->click();
    QTRY_COMPARE_WITH_TIMEOUT(tenants()->model()->rowCount(), 8, 5000);
    QVERIFY(!next->isEnabled());
}

void TestGuiMainWindow::kpiCardFiltersTheList()
{
    m_window->showPane(MainWindow::PaneId::Dashboard);
    auto* paused = m_window->findChild<QWidget*>(QStringLiteral("pausedCard"));
    QVERIFY(paused);
    QTRY_VERIFY_WITH_TIMEOUT(
        paused->findChild<QLabel*>(QStringLiteral("kpiValue"))->text() != QStringLiteral("–"), 5000);
    const int shown = paused->findChild<QLabel*>(QStringLiteral("kpiValue"))->text().toInt();
    QVERIFY(shown > 0);
    QTest::mouseClick(paused, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tenants()->isVisible() && tenants()->query().status == TenantStatus::Paused,
                             5000);
    QTRY_COMPARE_WITH_TIMEOUT(tenants()->model()->rowCount(), shown, 5000);
}

void TestGuiMainWindow::createTenantThroughTheWizard()
{
    action(QStringLiteral("actionNewTenant"))->trigger();
    QPointer<CreateTenantWizard> wizard = waitForVisible<CreateTenantWizard>();
    QVERIFY(wizard);
    QSignalSpy choices(wizard, &CreateTenantWizard::choicesLoaded);
    QVERIFY(choices.wait(5000));

    auto* name = wizard->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    auto* slug = wizard->findChild<QLineEdit*>(QStringLiteral("slugEdit"));
    auto* slugStatus = wizard->findChild<QLabel*>(QStringLiteral("slugStatusLabel"));
    QTest::keyClicks(name, QStringLiteral("Mabini Logistics (PH)"));
    QCOMPARE(slug->text(), QStringLiteral("mabini-logistics-ph")); // suggested from the name
    QTRY_VERIFY_WITH_TIMEOUT(slugStatus->text().contains(QStringLiteral("available")), 5000);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next(); // Plan
    auto* plan = wizard->findChild<QComboBox*>(QStringLiteral("planCombo"));
    plan->setCurrentIndex(plan->findData(QStringLiteral("growth")));
    wizard->next(); // Bundles
    auto* bundles = wizard->findChild<QListWidget*>(QStringLiteral("bundleList"));
    for (int i = 0; i < bundles->count(); ++i) {
        if (bundles->item(i)->data(Qt::UserRole).toString() == QLatin1String("crm-sales"))
            bundles->item(i)->setCheckState(Qt::Checked);
    }
    wizard->next(); // Infra
    wizard->findChild<QLineEdit*>(QStringLiteral("odooUrlEdit"))
        ->setText(QStringLiteral("https://mabini.erp.example.com"));
    wizard->next(); // SSO
    wizard->findChild<QAbstractButton*>(QStringLiteral("ssoCheck"))->setChecked(true);
    QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("realmEdit"))->text(),
             QStringLiteral("mabini-logistics-ph"));
    wizard->next(); // Review
    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());

    const QString before = dbSnapshot();
    wizard->button(QWizard::FinishButton)->click();
    auto* confirm = waitForVisible<ConfirmDialog>();
    QVERIFY(confirm);
    QVERIFY(confirm->plan().title.contains(QStringLiteral("mabini-logistics-ph")));
    QVERIFY(confirm->findChild<QPushButton*>(QStringLiteral("cancelButton"))->isDefault());
    QCOMPARE(dbSnapshot(), before); // nothing is written while the person reads the plan
    confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard || !wizard->isVisible(), 10000);

    const Tenant created = tenant(QStringLiteral("mabini-logistics-ph"));
    QCOMPARE(created.name, QStringLiteral("Mabini Logistics (PH)"));
    QCOMPARE(created.planCode, QStringLiteral("growth"));
    QCOMPARE(created.odooUrl, QStringLiteral("https://mabini.erp.example.com"));
    Database db;
    db.open(m_target);
    TenantRepository repo(db);
    const TenantDetail detail = repo.detail(created.id, true);
    QCOMPARE(detail.operations.size(), 1);
    QCOMPARE(detail.operations.first().type, QStringLiteral("provision"));
    QCOMPARE(detail.operations.first().triggerSource, QStringLiteral("ui"));
    QCOMPARE(detail.bundles.size(), 1);
    QCOMPARE(detail.sso.keycloakRealm, QStringLiteral("mabini-logistics-ph"));
    QCOMPARE(detail.subscription.status, QStringLiteral("trialing"));
    AuditQuery aq;
    aq.action = QStringLiteral("tenant.create");
    QCOMPARE(AuditLog::count(db, aq), qint64(1));
    // The app shows the new tenant's detail.
    QTRY_VERIFY_WITH_TIMEOUT(
        tenants()->isShowingDetail() && tenants()->detailView()->tenantId() == created.id, 5000);
}

void TestGuiMainWindow::wizardRejectsBadAndTakenSlugs()
{
    action(QStringLiteral("actionNewTenant"))->trigger();
    auto* wizard = waitForVisible<CreateTenantWizard>();
    QVERIFY(wizard);
    auto* name = wizard->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    auto* slug = wizard->findChild<QLineEdit*>(QStringLiteral("slugEdit"));
    auto* slugStatus = wizard->findChild<QLabel*>(QStringLiteral("slugStatusLabel"));
    QTest::keyClicks(name, QStringLiteral("Something"));
    slug->clear();
    QTest::keyClicks(slug, QStringLiteral("Bad_Slug"));
    QTRY_VERIFY_WITH_TIMEOUT(slugStatus->text().contains(QStringLiteral("lowercase")), 5000);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    slug->clear();
    QTest::keyClicks(slug, QStringLiteral("admin"));
    QTRY_VERIFY_WITH_TIMEOUT(slugStatus->text().contains(QStringLiteral("reserved")), 5000);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    slug->clear();
    QTest::keyClicks(slug, QStringLiteral("acme-finance-ph")); // a demo tenant
    QTRY_VERIFY_WITH_TIMEOUT(slugStatus->text().contains(QStringLiteral("taken")), 5000);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    slug->clear();
    QTest::keyClicks(slug, QStringLiteral("acme-finance-ph-2"));
    QTRY_VERIFY_WITH_TIMEOUT(slugStatus->text().contains(QStringLiteral("available")), 5000);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->reject();
}

void TestGuiMainWindow::pauseAsksFirstThenPauses()
{
    Database db;
    db.open(m_target);
    TenantQuery q;
    q.status = TenantStatus::Active;
    const QString slug = TenantRepository(db).list(q).rows.first().slug;
    QVERIFY(selectTenant(slug));
    QAction* pause = action(QStringLiteral("actionPause"));
    QTRY_VERIFY_WITH_TIMEOUT(pause->isEnabled(), 5000);
    QVERIFY(!action(QStringLiteral("actionResume"))->isEnabled()); // an active tenant cannot be resumed
    pause->trigger();
    auto* confirm = waitForVisible<ConfirmDialog>();
    QVERIFY(confirm);
    auto* changes = confirm->findChild<QTableWidget*>(QStringLiteral("changesTable"));
    QCOMPARE(changes->rowCount(), 1);
    QCOMPARE(changes->item(0, 1)->text(), TenantStatus::label(TenantStatus::Active));
    QCOMPARE(changes->item(0, 2)->text(), TenantStatus::label(TenantStatus::Paused));
    QCOMPARE(tenant(slug).status, TenantStatus::Active);
    confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(tenant(slug).status, TenantStatus::Paused, 10000);
    OperationQuery oq;
    oq.tenantId = tenant(slug).id;
    const auto ops = TenantRepository(db).operations(oq);
    QCOMPARE(ops.first().type, QStringLiteral("pause"));
    QCOMPARE(ops.first().status, QStringLiteral("queued"));
    QTRY_VERIFY_WITH_TIMEOUT(tenants()->messageBar()->text().contains(slug), 5000);
    // The list shows the new status without a manual refresh.
    QTRY_VERIFY_WITH_TIMEOUT(tenants()->model()->rowAt(0)->status == TenantStatus::Paused, 5000);
}

void TestGuiMainWindow::cancelledDecommissionChangesNothing()
{
    QVERIFY(selectTenant(QStringLiteral("acme-finance-ph")));
    const QString before = dbSnapshot();
    QAction* decommission = action(QStringLiteral("actionDecommission"));
    QTRY_VERIFY_WITH_TIMEOUT(decommission->isEnabled(), 5000);
    decommission->trigger();
    auto* confirm = waitForVisible<ConfirmDialog>();
    QVERIFY(confirm);
    auto* ok = confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"));
    auto* phrase = confirm->findChild<QLineEdit*>(QStringLiteral("confirmPhraseEdit"));
    QVERIFY(phrase->isVisible());
    QVERIFY(!ok->isEnabled()); // the slug must be typed first
    QTest::keyClicks(phrase, QStringLiteral("acme-finance"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(phrase, QStringLiteral("-ph"));
    QVERIFY(ok->isEnabled());
    QVERIFY(confirm->findChild<QPushButton*>(QStringLiteral("cancelButton"))->isDefault());
    QTest::keyClick(confirm, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!visible<ConfirmDialog>(), 5000);
    QTest::qWait(300);
    QCOMPARE(dbSnapshot(), before);
    QCOMPARE(tenant(QStringLiteral("acme-finance-ph")).status, TenantStatus::Active);
}

void TestGuiMainWindow::staleEditShowsConflictAndKeepsEdits()
{
    const Tenant t = tenant(QStringLiteral("bituin-studios"));
    tenants()->openTenant(t.id);
    TenantDetailView* detail = tenants()->detailView();
    QTRY_VERIFY_WITH_TIMEOUT(detail->tenant() && detail->tenant()->id == t.id, 5000);
    auto* name = detail->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    name->setText(QStringLiteral("Bituin Studios (mine)"));

    // Someone else renames it meanwhile, through the same confirmed path.
    {
        Database other;
        other.open(m_target);
        WriteExecutor::execute(other, TenantService(other, QStringLiteral("cli"))
                                          .planEditTenant(t.id, t.rowVersion,
                                                          {{QStringLiteral("name"),
                                                            QStringLiteral("Bituin Studios (theirs)")}}));
    }
    detail->findChild<QPushButton*>(QStringLiteral("overviewSaveButton"))->click();
    auto* confirm = waitForVisible<ConfirmDialog>();
    // The plan was computed against the version the form was loaded at: refused at once, or at apply time.
    if (confirm)
        confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
    QTRY_VERIFY2_WITH_TIMEOUT(detail->messageBar()->text().contains(QStringLiteral("Someone else changed")),
                              qPrintable(detail->messageBar()->text()), 10000);
    QVERIFY(detail->messageBar()->text().contains(QStringLiteral("Bituin Studios (theirs)")));
    QCOMPARE(name->text(), QStringLiteral("Bituin Studios (mine)")); // nothing lost
    QCOMPARE(tenant(QStringLiteral("bituin-studios")).name,
             QStringLiteral("Bituin Studios (theirs)")); // nothing overwritten

    // Saving again now shows their value as "before" and applies mine only after confirmation.
    QTRY_VERIFY_WITH_TIMEOUT(
        detail->findChild<QPushButton*>(QStringLiteral("overviewSaveButton"))->isEnabled(), 5000);
    detail->findChild<QPushButton*>(QStringLiteral("overviewSaveButton"))->click();
    confirm = waitForVisible<ConfirmDialog>();
    QVERIFY(confirm);
    auto* changes = confirm->findChild<QTableWidget*>(QStringLiteral("changesTable"));
    QCOMPARE(changes->item(0, 1)->text(), QStringLiteral("Bituin Studios (theirs)"));
    QCOMPARE(changes->item(0, 2)->text(), QStringLiteral("Bituin Studios (mine)"));
    confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(tenant(QStringLiteral("bituin-studios")).name,
                              QStringLiteral("Bituin Studios (mine)"), 10000);
}

void TestGuiMainWindow::changeElsewhereAppearsAfterRefresh()
{
    // On SQLite there is no notification channel: F5 reloads the pane (PostgreSQL's live refresh is tested in
    // the PostgreSQL suite).
    QVERIFY(selectTenant(QStringLiteral("bituin-studios")));
    {
        Database other;
        other.open(m_target);
        WriteExecutor::execute(other, TenantService(other, QStringLiteral("cli"))
                                          .planAction(QStringLiteral("bituin-studios"), TenantAction::Pause));
    }
    action(QStringLiteral("actionRefresh"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(tenants()->model()->rowAt(0)->status, TenantStatus::Paused, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(action(QStringLiteral("actionResume"))->isEnabled(), 5000);
}

void TestGuiMainWindow::pagerWalksFirstPreviousNextLast()
{
    // The pager's keyset pages against the plain ORDER BY of all 48: each button shows the rows it should,
    // the label counts them, the buttons at an end are disabled.
    auto* result = tenants()->findChild<QLabel*>(QStringLiteral("resultLabel"));
    auto* first = tenants()->findChild<QToolButton*>(QStringLiteral("firstPageButton"));
    auto* previous = tenants()->findChild<QToolButton*>(QStringLiteral("previousPageButton"));
    auto* next = tenants()->findChild<QToolButton*>(QStringLiteral("nextPageButton"));
    auto* last = tenants()->findChild<QToolButton*>(QStringLiteral("lastPageButton"));
    QVERIFY(first && previous && next && last);
    Database db;
    db.open(m_target);
    const auto expectedIds = [&](TenantSort sort, bool descending) {
        TenantQuery q;
        q.sort = sort;
        q.descending = descending;
        q.limit = 1000;
        QList<qint64> ids;
        for (const Tenant& t : TenantRepository(db).list(q).rows)
            ids << t.id;
        return ids;
    };
    const auto shownIds = [this] {
        QList<qint64> ids;
        for (const Tenant& t : tenants()->model()->rows())
            ids << t.id;
        return ids;
    };
    QList<qint64> byName = expectedIds(TenantSort::Name, false);
    QCOMPARE(byName.size(), 48);
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(), byName.mid(0, 20), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(result->text(), QStringLiteral("1–20 of 48 tenants"), 5000);
    QVERIFY(!first->isEnabled() && !previous->isEnabled() && next->isEnabled() && last->isEnabled());

    // Last is the reverse order's first page: the last 20, in the list's order.
    last->click();
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(), byName.mid(28), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(result->text(), QStringLiteral("29–48 of 48 tenants"), 5000);
    QVERIFY(first->isEnabled() && previous->isEnabled() && !next->isEnabled() && !last->isEnabled());
    previous->click();
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(), byName.mid(8, 20), 5000);
    QCOMPARE(result->text(), QStringLiteral("9–28 of 48 tenants"));
    // Fewer than a page left before: the first page, whole.
    previous->click();
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(), byName.mid(0, 20), 5000);
    QCOMPARE(result->text(), QStringLiteral("1–20 of 48 tenants"));
    QVERIFY(!first->isEnabled() && !previous->isEnabled());
    next->click();
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(), byName.mid(20, 20), 5000);

    // A tenant added elsewhere before this page: a refresh shows the same rows (the page starts after the
    // row it started after), and the count takes it in.
    {
        Database other;
        other.open(m_target);
        WriteExecutor::execute(other,
                               TenantService(other, QStringLiteral("cli"))
                                   .planEditTenant(tenant(QStringLiteral("bituin-studios")).id,
                                                   tenant(QStringLiteral("bituin-studios")).rowVersion,
                                                   {{QStringLiteral("name"), QStringLiteral("Aaa first")}}));
    }
    action(QStringLiteral("actionRefresh"))->trigger();
    byName = expectedIds(TenantSort::Name, false);
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(), byName.mid(20, 20), 5000);
    first->click();
    QTRY_COMPARE_WITH_TIMEOUT(tenants()->model()->rowAt(0)->name, QStringLiteral("Aaa first"), 5000);

    // Another sort, descending, with ties (many tenants share a status): Last and back.
    QHeaderView* header = tenants()->findChild<QTableView*>(QStringLiteral("tableView"))->horizontalHeader();
    header->setSortIndicator(TenantListModel::StatusColumn, Qt::DescendingOrder);
    const QList<qint64> byStatus = expectedIds(TenantSort::Status, true);
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(), byStatus.mid(0, 20), 5000);
    last->click();
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(), byStatus.mid(28), 5000);
    previous->click();
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(), byStatus.mid(8, 20), 5000);
    first->click();
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(), byStatus.mid(0, 20), 5000);
}

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
