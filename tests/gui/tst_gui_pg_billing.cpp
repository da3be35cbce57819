// The Billing pane offscreen against a real PostgreSQL server, signed in as real logins of each role (the
// database, not the app, decides what each reads and writes): the owner's figures equal the superuser's rows
// summed by hand, and Generate asks first — Cancel changes nothing, OK invoices the month as that login and
// moves the subscriptions' next invoice date; finance sees the same amounts and proposes a credit (asked,
// then recorded as its own) while every owner action stays disabled; an operator, whom the database refuses
// every invoice row, gets the pane's explanation and no error; a tenant admin never reaches the pane.
#include "models/audit/WriteExecutor.h"
#include "models/roles/RoleService.h"
#include "models/usage/Money.h"
#include "tests/common/TestSupport.h"
#include "tests/gui/ClickWrite.h"
#include "ui/MainWindow.h"
#include "ui/billing/BillingPane.h"
#include "ui/common/AppContext.h"
#include "ui/common/MessageBar.h"
#include "ui/connection/Connector.h"
#include "ui/portal/PortalPane.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace fusion;

class TestGuiPgBilling : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_pg.ok(), qPrintable(m_pg.error()));
        test::prepare(m_admin, m_pg.target(), 4);
        RoleService roles(m_admin);
        m_owner = m_pg.createLogin(QStringLiteral("owner"));
        m_finance = m_pg.createLogin(QStringLiteral("finance"));
        m_operator = m_pg.createLogin(QStringLiteral("operator"));
        m_tadmin = m_pg.createLogin(QStringLiteral("tadmin"));
        const QString slug =
            m_admin.scalar(QStringLiteral("SELECT slug FROM tenants ORDER BY id LIMIT 1")).toString();
        WriteExecutor::execute(m_admin, roles.planGrant(m_owner, Roles::Owner));
        WriteExecutor::execute(m_admin, roles.planGrant(m_finance, Roles::Finance));
        WriteExecutor::execute(m_admin, roles.planGrant(m_operator, Roles::Operator));
        WriteExecutor::execute(m_admin, roles.planGrant(m_tadmin, Roles::TenantAdmin, slug));
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM invoices")) > 0);
    }

    // Last month's figures as the owner sees them equal the rows summed here; two months back nothing is
    // invoiced yet, and Generate asks first.
    void ownerSeesTheFiguresAndGenerates()
    {
        AppContext context;
        MainWindow window(&context);
        BillingPane* pane = openBillingAs(window, m_owner, 1);
        QVERIFY(pane);
        const QDate month = pane->period();
        QSqlQuery q =
            m_admin.exec(QStringLiteral("SELECT state, total_micros FROM invoices WHERE period_start = ?"),
                         {month.toString(Qt::ISODate)});
        int rows = 0;
        qint64 invoiced = 0;
        while (q.next()) {
            ++rows;
            invoiced += q.value(0).toString() == QLatin1String("void") ? 0 : q.value(1).toLongLong();
        }
        QVERIFY(rows > 0);
        QCOMPARE(list(pane, "billingInvoiceList")->topLevelItemCount(), rows);
        const QString summary = pane->findChild<QLabel*>(QStringLiteral("billingSummaryLabel"))->text();
        QVERIFY2(summary.contains(Money::display(invoiced) + QStringLiteral(" invoiced")),
                 qPrintable(summary));
        QVERIFY2(pane->messageBar()->text().isEmpty(), qPrintable(pane->messageBar()->text()));

        choosePeriod(pane, 2);
        const QDate earlier = pane->period();
        QCOMPARE(list(pane, "billingInvoiceList")->topLevelItemCount(), 0);
        const QString before = test::fingerprint(m_admin);
        QVERIFY(test::clickWrite(&window, QStringLiteral("billingGenerateButton"), {}, nullptr, false));
        QTest::qWait(100);
        QCOMPARE(test::fingerprint(m_admin), before);
        QVERIFY(test::clickWrite(&window, QStringLiteral("billingGenerateButton"), {}, nullptr, true));
        QTRY_COMPARE_WITH_TIMEOUT(
            count(QStringLiteral(
                      "SELECT count(*) FROM audit_log WHERE action = 'invoice.generate' AND actor = ?"),
                  {m_owner}),
            1, 15000);
        const qint64 made = count(QStringLiteral("SELECT count(*) FROM invoices WHERE period_start = ?"),
                                  {earlier.toString(Qt::ISODate)});
        QVERIFY(made > 0);
        QTRY_COMPARE_WITH_TIMEOUT(qint64(list(pane, "billingInvoiceList")->topLevelItemCount()), made, 15000);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM invoices WHERE period_start = ? AND created_by = ?"),
                  {earlier.toString(Qt::ISODate), m_owner}),
            made);
        // Generating an older month never moves a later next invoice date back.
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM subscriptions s JOIN invoices i ON i.tenant_id = "
                                 "s.tenant_id AND i.period_start = ? WHERE s.next_invoice_date IS NULL OR "
                                 "s.next_invoice_date < ?"),
                  {earlier.toString(Qt::ISODate), earlier.addMonths(2).toString(Qt::ISODate)}),
            0);
    }

    // Finance reads the same amounts; its only write is a proposal, asked first and recorded as its own.
    void financeSeesAmountsAndProposes()
    {
        AppContext context;
        MainWindow window(&context);
        BillingPane* pane = openBillingAs(window, m_finance, 1);
        QVERIFY(pane);
        QCOMPARE(qint64(list(pane, "billingInvoiceList")->topLevelItemCount()),
                 count(QStringLiteral("SELECT count(*) FROM invoices WHERE period_start = ?"),
                       {pane->period().toString(Qt::ISODate)}));
        QVERIFY(!pane->findChild<QLabel*>(QStringLiteral("billingRoleNote"))->isVisible());
        QVERIFY2(pane->messageBar()->text().isEmpty(), qPrintable(pane->messageBar()->text()));
        pane->findChild<QTabWidget*>(QStringLiteral("billingTabs"))->setCurrentIndex(1);
        QVERIFY(selectIssuedWithBalance(pane));
        for (const char* name : {"billingGenerateButton", "billingIssueButton", "billingPayButton",
                                 "billingVoidButton", "billingCreditButton"})
            QVERIFY2(!pane->findChild<QPushButton*>(QLatin1String(name))->isEnabled(), name);

        const auto fill = [](QDialog* d) {
            d->findChild<QLineEdit*>(QStringLiteral("billingAmountEdit"))->setText(QStringLiteral("4.25"));
            d->findChild<QLineEdit*>(QStringLiteral("billingReasonEdit"))->setText(QStringLiteral("Outage"));
        };
        const QString before = test::fingerprint(m_admin);
        QVERIFY(test::clickWrite(&window, QStringLiteral("billingProposeButton"),
                                 QStringLiteral("billingProposeDialog"), fill, false));
        QTest::qWait(100);
        QCOMPARE(test::fingerprint(m_admin), before);
        QVERIFY(selectIssuedWithBalance(pane));
        QVERIFY(test::clickWrite(&window, QStringLiteral("billingProposeButton"),
                                 QStringLiteral("billingProposeDialog"), fill, true));
        QTRY_COMPARE_WITH_TIMEOUT(
            count(QStringLiteral("SELECT count(*) FROM billing_proposals WHERE created_by = ? AND state = "
                                 "'pending' AND amount_micros = 4250000"),
                  {m_finance}),
            1, 15000);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'billing_proposal.create' "
                                 "AND actor = ?"),
                  {m_finance}),
            1);
    }

    // The database refuses an operator every invoice row: the pane explains instead of failing.
    void anOperatorGetsTheExplanationNotAnError()
    {
        AppContext context;
        MainWindow window(&context);
        BillingPane* pane = openBillingAs(window, m_operator, -1);
        QVERIFY(pane);
        auto* note = pane->findChild<QLabel*>(QStringLiteral("billingRoleNote"));
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 10000);
        QVERIFY(note->text().contains(QStringLiteral("does not see billing amounts")));
        QVERIFY(!pane->findChild<QTabWidget*>(QStringLiteral("billingTabs"))->isEnabled());
        QTest::qWait(300);
        QVERIFY2(pane->messageBar()->text().isEmpty(), qPrintable(pane->messageBar()->text()));
        QCOMPARE(list(pane, "billingInvoiceList")->topLevelItemCount(), 0);
    }

    void aTenantAdminNeverReachesThePane()
    {
        AppContext context;
        MainWindow window(&context);
        openAs(window, m_tadmin);
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("paneStack"));
        QTRY_COMPARE_WITH_TIMEOUT(stack->currentWidget(), static_cast<QWidget*>(window.portalPane()), 10000);
        window.showPane(MainWindow::PaneId::Billing);
        QCOMPARE(stack->currentWidget(), static_cast<QWidget*>(window.portalPane()));
        QVERIFY(!window.billingPane()->hasLoadedOnce());
    }

private:
    qint64 count(const QString& sql, const QVariantList& params = {}) const
    {
        return m_admin.scalar(sql, params).toLongLong();
    }
    static QTreeWidget* list(BillingPane* pane, const char* name)
    {
        return pane->findChild<QTreeWidget*>(QLatin1String(name));
    }
    void openAs(MainWindow& window, const QString& login)
    {
        window.resize(1280, 800);
        window.show();
        QSignalSpy ready(window.connector(), &Connector::ready);
        window.connector()->open(m_pg.target(login));
        QVERIFY(ready.wait(15000));
    }
    // Signed in as `login`, the Billing pane open on the month `periodIndex` back (-1: as it opens).
    BillingPane* openBillingAs(MainWindow& window, const QString& login, int periodIndex)
    {
        openAs(window, login);
        window.showPane(MainWindow::PaneId::Billing);
        BillingPane* pane = window.billingPane();
        if (!QTest::qWaitFor([pane] { return pane->hasLoadedOnce(); }, 15000))
            return nullptr;
        if (periodIndex >= 0)
            choosePeriod(pane, periodIndex);
        return pane;
    }
    static void choosePeriod(BillingPane* pane, int index)
    {
        auto* combo = pane->findChild<QComboBox*>(QStringLiteral("billingPeriodCombo"));
        if (combo->currentIndex() == index)
            return;
        QSignalSpy loaded(pane, &Pane::loaded);
        combo->setCurrentIndex(index);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 15000);
    }
    static bool selectIssuedWithBalance(BillingPane* pane)
    {
        QTreeWidget* l = list(pane, "billingInvoiceList");
        for (int r = 0; r < l->topLevelItemCount(); ++r)
            if (l->topLevelItem(r)->text(2) == QLatin1String("issued") &&
                l->topLevelItem(r)->text(4) != Money::display(0)) {
                l->setCurrentItem(l->topLevelItem(r));
                return true;
            }
        return false;
    }

    test::PgTestDatabase m_pg{QStringLiteral("guibilling")};
    Database m_admin;
    QString m_owner, m_finance, m_operator, m_tadmin;
};

QTEST_MAIN(TestGuiPgBilling)
#include "tst_gui_pg_billing.moc"
