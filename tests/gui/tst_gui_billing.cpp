// The Billing pane offscreen on a real SQLite database with demo data: its figures equal a hand sum of the
// database's rows; each write (Generate, Issue, Mark paid, Void, Credit note, Propose, Approve, Reject) asks
// first — Cancel changes nothing, OK writes once and audits; finance sees amounts and may propose but not
// issue, pay or decide; operators see no amounts and the pane says so.
#include "models/billing/BillingOverview.h"
#include "models/usage/Money.h"
#include "tests/gui/ClickWrite.h"
#include "tests/gui/MainWindowTest.h"
#include "ui/billing/BillingPane.h"
#include "ui/common/MessageBar.h"
#include "ui/common/SaveFile.h"
#include "ui/tenants/TenantDetailView.h"
#include "ui/tenants/TenantsPane.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace fusion;
using namespace fusion::test;

class TestGuiBilling : public QObject, protected MainWindowFixture {
    Q_OBJECT

    BillingPane* pane() const { return m_window->billingPane(); }
    template <typename T>
    T* child(const char* name) const
    {
        return pane()->findChild<T*>(QLatin1String(name));
    }
    QTreeWidget* list(const char* name) const { return child<QTreeWidget>(name); }
    qint64 scalar(const QString& sql, const QVariantList& params = {})
    {
        Database db;
        db.open(m_target);
        return db.scalar(sql, params).toLongLong();
    }
    void openBilling(int periodIndex = 1)
    {
        m_window->showPane(MainWindow::PaneId::Billing);
        QTRY_VERIFY_WITH_TIMEOUT(pane()->hasLoadedOnce(), 10000);
        if (child<QComboBox>("billingPeriodCombo")->currentIndex() != periodIndex) {
            QSignalSpy loaded(pane(), &Pane::loaded);
            child<QComboBox>("billingPeriodCombo")->setCurrentIndex(periodIndex);
            QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
        }
    }
    // Selects the first row of `name` whose column `column` reads `text` (or starts with it).
    bool select(const char* name, int column, const QString& text)
    {
        QTreeWidget* l = list(name);
        for (int r = 0; r < l->topLevelItemCount(); ++r) {
            if (l->topLevelItem(r)->text(column).startsWith(text)) {
                l->setCurrentItem(l->topLevelItem(r));
                return true;
            }
        }
        return false;
    }
    void refreshed()
    {
        QSignalSpy loaded(pane(), &Pane::loaded);
        pane()->reload();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
    }
    qint64 audited(const QString& action)
    {
        return scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action});
    }
    // Cancel first (nothing changes), then OK (one audited change, `check` sees it).
    void cancelThenOk(const char* button, const QString& dialog, const std::function<void(QDialog*)>& fill,
                      const QString& action, const std::function<bool()>& selectFirst,
                      bool typePhrase = false)
    {
        if (selectFirst)
            QVERIFY2(selectFirst(), button);
        const QString before = dbSnapshot();
        QVERIFY2(clickWrite(m_window.get(), QLatin1String(button), dialog, fill, false), button);
        QTest::qWait(100);
        QCOMPARE(dbSnapshot(), before);
        const qint64 audits = audited(action);
        if (selectFirst)
            QVERIFY2(selectFirst(), button);
        if (typePhrase) {
            // Voiding is destructive: the confirmation wants the invoice's number typed.
            const QString number = list("billingInvoiceList")->currentItem()->text(0);
            child<QPushButton>(button)->click();
            auto* confirm = waitForTop<ConfirmDialog>(QString(), 10000);
            QVERIFY2(confirm, button);
            QVERIFY(!confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->isEnabled());
            confirm->findChild<QLineEdit*>(QStringLiteral("confirmPhraseEdit"))->setText(number);
            confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        } else {
            QVERIFY2(clickWrite(m_window.get(), QLatin1String(button), dialog, fill, true), button);
        }
        QTRY_COMPARE_WITH_TIMEOUT(audited(action), audits + 1, 10000);
        // The audit row commits with the change, so the change is there once the row is.
        QVERIFY(dbSnapshot() != before);
        refreshed();
    }

private Q_SLOTS:
    void initTestCase() { initFixture(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    // The figures against the rows themselves, summed here: last month's invoices, the open ones, recurring
    // revenue per plan.
    void figuresEqualAHandSum()
    {
        openBilling(1);
        const QDate month = pane()->period();
        Database db;
        db.open(m_target);
        QSqlQuery q =
            db.exec(QStringLiteral("SELECT state, total_micros FROM invoices WHERE period_start = ?"),
                    {month.toString(Qt::ISODate)});
        int rows = 0;
        qint64 invoiced = 0;
        while (q.next()) {
            ++rows;
            invoiced += q.value(0).toString() == QLatin1String("void") ? 0 : q.value(1).toLongLong();
        }
        QVERIFY(rows > 0);
        QCOMPARE(list("billingInvoiceList")->topLevelItemCount(), rows);
        const QString summary = child<QLabel>("billingSummaryLabel")->text();
        QVERIFY2(summary.contains(Money::display(invoiced) + QStringLiteral(" invoiced")),
                 qPrintable(summary));
        // Recurring revenue by plan: each subscription's monthly price, added up per plan here.
        QSqlQuery s = db.exec(QStringLiteral("SELECT p.name, p.billing_period, p.price_micros FROM "
                                             "subscriptions s JOIN plans p ON p.id = s.plan_id "
                                             "WHERE s.status IN ('active', 'past_due')"));
        QMap<QString, qint64> byPlan;
        qint64 all = 0;
        while (s.next()) {
            const qint64 monthly = s.value(1).toString() == QLatin1String("yearly")
                                       ? s.value(2).toLongLong() / 12
                                       : s.value(2).toLongLong();
            byPlan[s.value(0).toString()] += monthly;
            all += monthly;
        }
        QTreeWidget* plans = list("billingPlanRevenueList");
        QCOMPARE(plans->topLevelItemCount(), byPlan.size());
        for (int r = 0; r < plans->topLevelItemCount(); ++r)
            QCOMPARE(plans->topLevelItem(r)->text(2),
                     Money::display(byPlan.value(plans->topLevelItem(r)->text(0))));
        QVERIFY2(summary.contains(QStringLiteral("Recurring revenue %1 a month").arg(Money::display(all))),
                 qPrintable(summary));
        // Due and overdue: every issued invoice with something owed, no other.
        QCOMPARE(qint64(list("billingDueList")->topLevelItemCount()),
                 scalar(QStringLiteral(
                     "SELECT count(*) FROM invoices i WHERE state = 'issued' AND credit_of IS NULL "
                     "AND total_micros + coalesce((SELECT sum(total_micros) FROM invoices c WHERE "
                     "c.credit_of = i.id AND c.state <> 'void'), 0) > 0")));
        // AI spend: one row per tenant with spend in the month.
        QCOMPARE(qint64(list("billingAiList")->topLevelItemCount()),
                 scalar(QStringLiteral(
                            "SELECT count(DISTINCT c.tenant_id) FROM usage_daily u JOIN consumers c ON "
                            "c.id = u.consumer_id WHERE u.day >= ? AND u.day < ? AND u.cost_micros > 0"),
                        {month.toString(Qt::ISODate), month.addMonths(1).toString(Qt::ISODate)}));
        QVERIFY(!child<QLabel>("billingRoleNote")->isVisible());
    }

    // Any list exports as it is shown: the AI spend list's context menu saves every row under its headers
    // (a spreadsheet-safe CSV with a byte order mark) and copies the selected rows as tab-separated text.
    void anyListExportsAsCsvAndCopies()
    {
        openBilling(1);
        QTreeWidget* ai = list("billingAiList");
        QVERIFY(ai->topLevelItemCount() > 1);
        QTemporaryDir out;
        const QString path = QDir(out.path()).filePath(QStringLiteral("ai.csv"));
        SaveFile::setAnswer([path](const SaveFile::Request& r) {
            return r.suggestedName.startsWith(QStringLiteral("billingAi-")) ? path : QString();
        });
        ai->findChild<QAction*>(QStringLiteral("listExportCsvAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
        SaveFile::setAnswer({});
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), ai->topLevelItemCount() + 1);
        QCOMPARE(lines[0], QStringLiteral("Tenant,Plan,Spent,Allowance,Over allowance"));
        QVERIFY2(lines[1].startsWith(ai->topLevelItem(0)->text(0) + QLatin1Char(',')), qPrintable(lines[1]));
        // "5 rows saved" where the English plurals are loaded (the app), "5 row(s) saved" without.
        QTRY_VERIFY2_WITH_TIMEOUT(
            pane()->messageBar()->text().contains(QStringLiteral("%1 row").arg(ai->topLevelItemCount())) &&
                pane()->messageBar()->text().contains(path),
            qPrintable(pane()->messageBar()->text()), 5000);

        ai->clearSelection();
        ai->topLevelItem(1)->setSelected(true);
        ai->findChild<QAction*>(QStringLiteral("listCopyAction"))->trigger();
        const QStringList copied = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'));
        QCOMPARE(copied.size(), 2);
        QCOMPARE(copied[0], QStringLiteral("Tenant\tPlan\tSpent\tAllowance\tOver allowance"));
        QVERIFY2(copied[1].startsWith(ai->topLevelItem(1)->text(0) + QLatin1Char('\t')),
                 qPrintable(copied[1]));
    }

    // Every write asks first: Cancel changes nothing, OK writes once and audits.
    void everyWriteCancelsThenWrites()
    {
        openBilling(2); // two months back: nothing invoiced yet
        QCOMPARE(list("billingInvoiceList")->topLevelItemCount(), 0);
        child<QTabWidget>("billingTabs")->setCurrentIndex(1);
        cancelThenOk("billingGenerateButton", {}, nullptr, QStringLiteral("invoice.generate"), nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(list("billingInvoiceList")->topLevelItemCount() > 3, 10000);
        const auto firstDraft = [this] { return select("billingInvoiceList", 2, QStringLiteral("draft")); };
        for (int n = 0; n < 6; ++n) // enough issued invoices to pay, void, credit and propose on
            cancelThenOk("billingIssueButton", {}, nullptr, QStringLiteral("invoice.issue"), firstDraft);
        const auto firstIssued = [this] { return select("billingInvoiceList", 2, QStringLiteral("issued")); };
        cancelThenOk("billingPayButton", {}, nullptr, QStringLiteral("invoice.pay"), firstIssued);
        cancelThenOk("billingVoidButton", {}, nullptr, QStringLiteral("invoice.void"), firstIssued, true);
        const auto fill = [](const QString& amount, const QString& reason) {
            return [amount, reason](QDialog* d) {
                if (auto* a = d->findChild<QLineEdit*>(QStringLiteral("billingAmountEdit")))
                    a->setText(amount);
                d->findChild<QLineEdit*>(QStringLiteral("billingReasonEdit"))->setText(reason);
            };
        };
        const auto firstPaid = [this] { return select("billingInvoiceList", 2, QStringLiteral("paid")); };
        cancelThenOk("billingCreditButton", QStringLiteral("billingCreditDialog"),
                     fill(QStringLiteral("1.50"), QStringLiteral("Late delivery")),
                     QStringLiteral("invoice.credit"), firstPaid);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM invoices WHERE total_micros = -1500000")), 1);
        // Two proposals (credits on the remaining issued invoice), one approved and one rejected.
        const auto issuedWithBalance = [this] {
            QTreeWidget* l = list("billingInvoiceList");
            for (int r = 0; r < l->topLevelItemCount(); ++r)
                if (l->topLevelItem(r)->text(2) == QLatin1String("issued") &&
                    l->topLevelItem(r)->text(4) != Money::display(0)) {
                    l->setCurrentItem(l->topLevelItem(r));
                    return true;
                }
            return false;
        };
        cancelThenOk("billingProposeButton", QStringLiteral("billingProposeDialog"),
                     fill(QStringLiteral("2"), QStringLiteral("Goodwill")),
                     QStringLiteral("billing_proposal.create"), issuedWithBalance);
        cancelThenOk("billingProposeButton", QStringLiteral("billingProposeDialog"),
                     fill(QStringLiteral("3"), QStringLiteral("Second thoughts")),
                     QStringLiteral("billing_proposal.create"), issuedWithBalance);
        child<QTabWidget>("billingTabs")->setCurrentIndex(3);
        QCOMPARE(list("billingProposalList")->topLevelItemCount(), 2);
        const auto pending = [this] { return select("billingProposalList", 1, QStringLiteral("pending")); };
        cancelThenOk("billingApproveButton", {}, nullptr, QStringLiteral("billing_proposal.approve"),
                     pending);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM invoices WHERE total_micros IN (-2000000, -3000000)")),
                 1);
        cancelThenOk(
            "billingRejectButton", QStringLiteral("billingRejectDialog"),
            [](QDialog* d) {
                d->findChild<QLineEdit*>(QStringLiteral("billingReasonEdit"))->setText(QStringLiteral("No"));
            },
            QStringLiteral("billing_proposal.reject"), pending);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM billing_proposals WHERE state = 'pending'")), 0);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM invoices WHERE total_micros IN (-2000000, -3000000)")),
                 1);
    }

    // Finance: amounts and Propose…, never Generate, Issue, Pay, Void, Credit note, Approve or Reject.
    void financeProposesButNeverIssuesOrPays()
    {
        openBilling(1);
        const Capabilities owner = m_context->capabilities();
        Capabilities caps;
        caps.login = QStringLiteral("fiona");
        caps.roles = {Roles::Finance};
        QSignalSpy loaded(pane(), &Pane::loaded);
        m_context->setConnected(m_target, caps);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 15000);
        QVERIFY(list("billingInvoiceList")->topLevelItemCount() > 0);
        QVERIFY(!child<QLabel>("billingRoleNote")->isVisible());
        QVERIFY(select("billingInvoiceList", 2, QStringLiteral("issued")));
        QVERIFY(child<QPushButton>("billingProposeButton")->isEnabled());
        for (const char* name :
             {"billingGenerateButton", "billingIssueButton", "billingPayButton", "billingVoidButton",
              "billingCreditButton", "billingApproveButton", "billingRejectButton"}) {
            QVERIFY2(!child<QPushButton>(name)->isEnabled(), name);
            QVERIFY2(child<QPushButton>(name)->toolTip().contains(QStringLiteral("owners")),
                     qPrintable(child<QPushButton>(name)->toolTip()));
        }
        m_context->setConnected(m_target, owner);
    }

    // Operators see no amounts: nothing loaded, the tabs disabled, the pane says why.
    void operatorsSeeNoAmounts()
    {
        openBilling(1);
        const Capabilities owner = m_context->capabilities();
        Capabilities caps;
        caps.login = QStringLiteral("otto");
        caps.roles = {Roles::Operator};
        QSignalSpy loaded(pane(), &Pane::loaded);
        m_context->setConnected(m_target, caps);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 15000);
        QVERIFY(child<QLabel>("billingRoleNote")->isVisible());
        QVERIFY(child<QLabel>("billingRoleNote")
                    ->text()
                    .contains(QStringLiteral("does not see billing amounts")));
        QVERIFY(!child<QTabWidget>("billingTabs")->isEnabled());
        QCOMPARE(list("billingInvoiceList")->topLevelItemCount(), 0);
        QVERIFY(child<QLabel>("billingSummaryLabel")->text().isEmpty());
        m_context->setConnected(m_target, owner);
    }

    // A tenant's Billing tab: its own invoices only (and Save PDF… writes one), its AI spend this month.
    void theTenantTabListsOnlyItsInvoices()
    {
        const Tenant t = tenant(QStringLiteral("alon-surf-shop"));
        const qint64 own =
            scalar(QStringLiteral("SELECT count(*) FROM invoices WHERE tenant_id = ?"), {t.id});
        QVERIFY(own > 0);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM invoices WHERE tenant_id <> ?"), {t.id}) > own);
        m_window->showPane(MainWindow::PaneId::Tenants);
        tenants()->openTenant(t.id);
        auto* detail = tenants()->detailView();
        auto* tabs = detail->findChild<QTabWidget*>(QStringLiteral("tabs"));
        tabs->setCurrentWidget(detail->findChild<QWidget*>(QStringLiteral("billingTab")));
        auto* invoices = detail->findChild<QTreeWidget*>(QStringLiteral("tenantInvoiceList"));
        QTRY_COMPARE_WITH_TIMEOUT(qint64(invoices->topLevelItemCount()), own, 10000);
        Database db;
        db.open(m_target);
        for (int r = 0; r < invoices->topLevelItemCount(); ++r)
            QCOMPARE(db.scalar(QStringLiteral("SELECT tenant_id FROM invoices WHERE number = ?"),
                               {invoices->topLevelItem(r)->text(0)})
                         .toLongLong(),
                     t.id);
        const QString ai = detail->findChild<QLabel*>(QStringLiteral("tenantAiSpendLabel"))->text();
        QVERIFY2(ai.startsWith(QStringLiteral("AI spend in ")), qPrintable(ai));
        const QString dir = qEnvironmentVariable("FUSION_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("tenant-billing.png"))));
        // Save PDF… of its first invoice: a PDF file.
        QTemporaryDir out;
        const QString path = QDir(out.path()).filePath(QStringLiteral("inv.pdf"));
        SaveFile::setAnswer([path](const SaveFile::Request&) { return path; });
        invoices->setCurrentItem(invoices->topLevelItem(0));
        detail->findChild<QPushButton*>(QStringLiteral("tenantInvoicePdfButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path) && QFileInfo(path).size() > 500, 10000);
        SaveFile::setAnswer({});
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
    }
};

QTEST_MAIN(TestGuiBilling)
#include "tst_gui_billing.moc"
