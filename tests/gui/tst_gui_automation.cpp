// The Automation pane, offscreen, on a real SQLite database with demo tenants, against the n8n stand-in
// (tests/fixtures/fake_n8n.py) with its API key and webhook secret in a real private keychain: workflows
// listed with the tenants their tags link (a click opens the tenant) and filtered; Activate and Deactivate
// ask first, Cancel sends nothing to n8n, OK sends once and is audited; executions filtered by status and
// workflow and paged by n8n's cursor with Load more (never all at once); Run for tenant records an operation
// with n8n's execution id and opens it in the Operations pane; a refused key or an unreachable n8n is said
// with its fix while the rest of the app keeps working. No secret ever shows in the pane.
#include "tests/gui/ConfirmAnswer.h"
#include "tests/gui/MainWindowTest.h"
#include "tests/integrations/FakeN8n.h"
#include "ui/automation/AutomationPane.h"
#include "ui/operations/OperationDrawer.h"
#include "ui/operations/OperationsPane.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace fusion;
using namespace fusion::test;

namespace {
const QString kApiKey = QStringLiteral("n8n-api-GuiAutomation00000000000000042");
const QString kHeader = QStringLiteral("X-Fusion-Token");
const QString kHookValue = QStringLiteral("hook-secret-GuiAutomation0000000000077");

QJsonObject automationWorkflow(const QString& name, bool active, const QStringList& tags)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("active"), active},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}};
}
} // namespace

class TestGuiAutomation : public QObject, protected MainWindowFixture {
    Q_OBJECT

    std::unique_ptr<FakeN8n> m_n8n;
    QStringList m_ids;
    QString m_slug;  // linked by a "tenant:" tag
    QString m_slug2; // linked by a tag equal to its slug
    QString m_path;

    AutomationPane* pane() const { return m_window->automationPane(); }
    template <typename T>
    T* child(const char* name) const
    {
        return pane()->findChild<T*>(QLatin1String(name));
    }
    QTreeWidget* workflows() const { return child<QTreeWidget>("workflowsList"); }
    QTreeWidget* executions() const { return child<QTreeWidget>("executionsList"); }
    QString instanceText() const { return child<QLabel>("n8nInstanceLabel")->text(); }

    void cli(const QStringList& args, const QByteArray& input = {})
    {
        const CliResult r =
            runCli(m_home.path(), QStringList{QStringLiteral("--db"), m_target.toUrl()} + args, input);
        QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.out + r.err));
    }
    void pointAt(const QString& provider, const QString& url)
    {
        cli({QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("set"), provider,
             QStringLiteral("--base-url"), url, QStringLiteral("--yes")});
    }
    // n8n's address and API key, and the webhook's Header Auth, as a person sets them up with fusionctl.
    void setUpN8n(bool withKey = true)
    {
        pointAt(QStringLiteral("n8n"), m_n8n->url().toString());
        pointAt(QStringLiteral("n8n_webhook"), m_n8n->url().toString());
        if (withKey)
            cli({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("n8n"),
                 QStringLiteral("--label"), QStringLiteral("default"), QStringLiteral("--secret-stdin"),
                 QStringLiteral("--yes")},
                kApiKey.toUtf8() + '\n');
        cli({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("n8n_webhook"),
             QStringLiteral("--label"), m_path, QStringLiteral("--client-id"), kHeader,
             QStringLiteral("--secret-stdin"), QStringLiteral("--yes")},
            kHookValue.toUtf8() + '\n');
    }
    void showAutomation()
    {
        m_window->showPane(MainWindow::PaneId::Automation);
        QTRY_VERIFY_WITH_TIMEOUT(pane()->hasLoadedOnce(), 10000);
    }
    void waitForWorkflows()
    {
        showAutomation();
        QTRY_COMPARE_WITH_TIMEOUT(workflows()->topLevelItemCount(), 4, 15000);
    }
    QTreeWidgetItem* row(const QString& name) const
    {
        const auto found = workflows()->findItems(name, Qt::MatchExactly, 0);
        return found.isEmpty() ? nullptr : found.first();
    }
    // "active" or "inactive"; empty while the list is being refreshed.
    QString stateOf(const QString& name) const
    {
        const QTreeWidgetItem* item = row(name);
        return item ? item->text(1) : QString();
    }
    void select(QTreeWidgetItem* item)
    {
        workflows()->setCurrentItem(item);
        item->setSelected(true);
    }
    int callsTo(const QString& method, const QString& pathEnd)
    {
        int n = 0;
        for (const QJsonValue& v : m_n8n->calls()) {
            const QJsonObject c = v.toObject();
            n += c.value(QStringLiteral("method")).toString() == method &&
                 c.value(QStringLiteral("path")).toString().endsWith(pathEnd);
        }
        return n;
    }
    qint64 scalar(const QString& sql, const QVariantList& params = {})
    {
        Database db;
        db.open(m_target);
        return db.scalar(sql, params).toLongLong();
    }
    void shot(const QString& name)
    {
        const QString dir = qEnvironmentVariable("FUSION_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(QDir(dir).filePath(name)));
    }
    void noSecretShown()
    {
        for (const QLabel* l : pane()->findChildren<QLabel*>())
            QVERIFY(!l->text().contains(kApiKey) && !l->text().contains(kHookValue));
    }

private Q_SLOTS:
    void initTestCase()
    {
        initFixture();
        m_n8n = std::make_unique<FakeN8n>();
        QVERIFY2(m_n8n->ok(), qPrintable(m_n8n->error()));
    }

    void init()
    {
        openWindow();
        Database db;
        db.open(m_target);
        m_slug = db.scalar(QStringLiteral("SELECT slug FROM tenants ORDER BY slug LIMIT 1")).toString();
        m_slug2 =
            db.scalar(QStringLiteral("SELECT slug FROM tenants ORDER BY slug LIMIT 1 OFFSET 1")).toString();
        QVERIFY(!m_slug.isEmpty() && !m_slug2.isEmpty());
        m_path = m_slug + QStringLiteral("/provision");
        m_n8n->reset();
        m_n8n->setKey(kApiKey);
        QJsonObject hook =
            automationWorkflow(QStringLiteral("Provision"), true, {QStringLiteral("tenant:") + m_slug});
        hook.insert(QStringLiteral("webhook"), QJsonObject{{QStringLiteral("path"), m_path},
                                                           {QStringLiteral("header"), kHeader},
                                                           {QStringLiteral("value"), kHookValue}});
        m_ids = m_n8n->seedWorkflows(
            {hook,
             automationWorkflow(QStringLiteral("Nightly backup"), false, {m_slug2, QStringLiteral("ops")}),
             automationWorkflow(QStringLiteral("Other tenant"), true, {QStringLiteral("tenant:globex-none")}),
             automationWorkflow(QStringLiteral("Cleanup"), true, {})});
        QCOMPARE(m_ids.size(), 4);
    }
    void cleanup() { closeWindow(); }

    void workflowsShowTheirTenantsAndAClickOpensOne()
    {
        setUpN8n();
        waitForWorkflows();
        QTRY_VERIFY_WITH_TIMEOUT(instanceText().contains(QStringLiteral("reachable")), 10000);
        QVERIFY(instanceText().contains(m_n8n->url().toString()));
        QVERIFY(instanceText().contains(QStringLiteral("API key set")));
        QCOMPARE(row(QStringLiteral("Provision"))->text(3), m_slug);
        QCOMPARE(row(QStringLiteral("Nightly backup"))->text(3), m_slug2); // a tag equal to the slug
        QCOMPARE(stateOf(QStringLiteral("Nightly backup")), QStringLiteral("inactive"));
        QCOMPARE(row(QStringLiteral("Cleanup"))->text(3), QString());
        noSecretShown();
        shot(QStringLiteral("automation-pane.png"));

        // Filter by tenant, then by text.
        auto* tenantFilter = child<QComboBox>("workflowTenantFilter");
        tenantFilter->setCurrentIndex(tenantFilter->findData(m_slug2));
        QVERIFY(row(QStringLiteral("Provision"))->isHidden());
        QVERIFY(!row(QStringLiteral("Nightly backup"))->isHidden());
        tenantFilter->setCurrentIndex(0);
        child<QLineEdit>("workflowTextFilter")->setText(QStringLiteral("clean"));
        QVERIFY(!row(QStringLiteral("Cleanup"))->isHidden());
        QVERIFY(row(QStringLiteral("Provision"))->isHidden());
        child<QLineEdit>("workflowTextFilter")->setText(QStringLiteral("no such workflow"));
        QVERIFY(child<QLabel>("workflowsEmptyLabel")->isVisible());
        child<QLineEdit>("workflowTextFilter")->clear();

        // A click on the tenant cell opens that tenant.
        QTreeWidgetItem* item = row(QStringLiteral("Provision"));
        const QRect rect = workflows()->visualItemRect(item);
        const int x = workflows()->header()->sectionViewportPosition(3) + 5;
        QTest::mouseClick(workflows()->viewport(), Qt::LeftButton, {}, QPoint(x, rect.center().y()));
        QTRY_VERIFY_WITH_TIMEOUT(tenants()->isVisible() && tenants()->isShowingDetail(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(tenants()->currentTenant() && tenants()->currentTenant()->slug == m_slug,
                                 10000);
    }

    void activateAndDeactivateAskFirstAndAreAudited()
    {
        setUpN8n();
        waitForWorkflows();
        const QString id = m_ids.value(1); // Nightly backup, inactive
        auto* activate = child<QPushButton>("activateWorkflowButton");
        auto* deactivate = child<QPushButton>("deactivateWorkflowButton");
        QVERIFY(!activate->isEnabled()); // nothing chosen yet
        select(row(QStringLiteral("Nightly backup")));
        QTRY_VERIFY(activate->isEnabled());
        QVERIFY(!deactivate->isEnabled()); // it is inactive already
        m_n8n->clearCalls();

        activate->click();
        auto* confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QVERIFY(confirm->plan().title.contains(QStringLiteral("Nightly backup")));
        QVERIFY(confirm->plan().effects.join(QLatin1Char(' ')).contains(m_slug2)); // names its tenants
        QVERIFY(answerConfirmation(false));
        QTest::qWait(300);
        QCOMPARE(callsTo(QStringLiteral("POST"), QStringLiteral("/activate")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'automation.%'")),
                 0);
        QCOMPARE(stateOf(QStringLiteral("Nightly backup")), QStringLiteral("inactive"));

        QTRY_VERIFY(activate->isEnabled());
        activate->click();
        QVERIFY(answerConfirmation(true));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("Nightly backup")), QStringLiteral("active"), 10000);
        QCOMPARE(callsTo(QStringLiteral("POST"), id + QStringLiteral("/activate")), 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'automation.activate' AND "
                                  "target = ?"),
                   {id}),
            1);

        // Deactivate: Cancel sends nothing, OK once.
        QTRY_VERIFY(row(QStringLiteral("Nightly backup")));
        select(row(QStringLiteral("Nightly backup")));
        QTRY_VERIFY(deactivate->isEnabled());
        deactivate->click();
        QVERIFY(answerConfirmation(false));
        QTest::qWait(300);
        QCOMPARE(callsTo(QStringLiteral("POST"), QStringLiteral("/deactivate")), 0);
        deactivate->click();
        QVERIFY(answerConfirmation(true));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("Nightly backup")), QStringLiteral("inactive"),
                                  10000);
        QCOMPARE(callsTo(QStringLiteral("POST"), id + QStringLiteral("/deactivate")), 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'automation.deactivate'")),
            1);
        noSecretShown();
    }

    void executionsAreFilteredAndPagedByCursor()
    {
        setUpN8n();
        m_n8n->seedExecutions(
            {{QStringLiteral("workflowId"), m_ids.value(0)},
             {QStringLiteral("count"), 120},
             {QStringLiteral("status"), QJsonArray{QStringLiteral("success"), QStringLiteral("error")}}});
        m_n8n->seedExecutions({{QStringLiteral("workflowId"), m_ids.value(3)}, {QStringLiteral("count"), 3}});
        waitForWorkflows();
        const int page = AutomationPane::kExecutionPage;
        QTRY_COMPARE_WITH_TIMEOUT(executions()->topLevelItemCount(), page, 10000);
        auto* more = child<QPushButton>("loadMoreExecutionsButton");
        QVERIFY(more->isEnabled());
        more->click();
        QTRY_COMPARE_WITH_TIMEOUT(executions()->topLevelItemCount(), 2 * page, 10000);
        more->click();
        QTRY_COMPARE_WITH_TIMEOUT(executions()->topLevelItemCount(), 123, 10000);
        QVERIFY(!more->isEnabled()); // the last page: no cursor
        shot(QStringLiteral("automation-executions.png"));
        // Every page asked for one page's rows, never everything.
        for (const QJsonValue& v : m_n8n->calls()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("path")).toString().endsWith(QLatin1String("/executions")))
                QVERIFY(c.value(QStringLiteral("query"))
                            .toString()
                            .contains(QStringLiteral("limit=%1").arg(page)));
        }

        auto* status = child<QComboBox>("executionStatusFilter");
        status->setCurrentIndex(status->findData(QStringLiteral("error")));
        QTRY_COMPARE_WITH_TIMEOUT(executions()->topLevelItemCount(), page, 10000);
        for (int i = 0; i < executions()->topLevelItemCount(); ++i)
            QCOMPARE(executions()->topLevelItem(i)->text(2), QStringLiteral("error"));
        more->click();
        QTRY_COMPARE_WITH_TIMEOUT(executions()->topLevelItemCount(), 60, 10000);

        status->setCurrentIndex(0);
        auto* workflow = child<QComboBox>("executionWorkflowFilter");
        workflow->setCurrentIndex(workflow->findData(m_ids.value(3)));
        QTRY_COMPARE_WITH_TIMEOUT(executions()->topLevelItemCount(), 3, 10000);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(executions()->topLevelItem(i)->text(1), QStringLiteral("Cleanup"));
        QVERIFY(!more->isEnabled());
        // Waiting: none here, said as such.
        status->setCurrentIndex(status->findData(QStringLiteral("waiting")));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("executionsEmptyLabel")->isVisible(), 10000);
        QCOMPARE(executions()->topLevelItemCount(), 0);
    }

    void runForTenantRecordsTheOperationWithItsExecution()
    {
        setUpN8n();
        waitForWorkflows();
        select(row(QStringLiteral("Provision")));
        auto* run = child<QPushButton>("runWorkflowButton");
        const auto openDialog = [&]() -> QDialog* {
            if (!QTest::qWaitFor([run] { return run->isEnabled(); }, 10000))
                return nullptr;
            run->click();
            QDialog* dialog = waitForTop<QDialog>(QStringLiteral("runForTenantDialog"));
            if (!dialog)
                return nullptr;
            auto* tenant = dialog->findChild<QComboBox*>(QStringLiteral("runTenantCombo"));
            if (tenant->currentText() != m_slug) // the workflow's tenant is proposed
                return nullptr;
            dialog->findChild<QLineEdit*>(QStringLiteral("runPathEdit"))->setText(m_path);
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            return dialog;
        };
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM operations"));
        QVERIFY(openDialog());
        QVERIFY(answerConfirmation(false));
        QTest::qWait(300);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM operations")), before);
        QCOMPARE(callsTo(QStringLiteral("POST"), m_path), 0);

        QVERIFY(openDialog());
        QVERIFY(answerConfirmation(true));
        auto* result = child<QLabel>("runResultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible() && result->text().contains(QStringLiteral("execution")),
                                 15000);
        QCOMPARE(callsTo(QStringLiteral("POST"), m_path), 1);
        const qint64 id = scalar(QStringLiteral("SELECT max(id) FROM operations"));
        Database db;
        db.open(m_target);
        const QString ref =
            db.scalar(QStringLiteral("SELECT external_ref FROM operations WHERE id = ?"), {id}).toString();
        QVERIFY(!ref.isEmpty());
        QVERIFY2(result->text().contains(ref) && result->text().contains(QString::number(id)),
                 qPrintable(result->text()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT status FROM operations WHERE id = ?"), {id}).toString(),
                 QStringLiteral("running"));
        noSecretShown();
        // The new execution is listed.
        QTRY_VERIFY_WITH_TIMEOUT(!executions()->findItems(ref, Qt::MatchExactly, 0).isEmpty(), 10000);
        shot(QStringLiteral("automation-run.png"));

        child<QPushButton>("openOperationButton")->click();
        auto* operations = qobject_cast<OperationsPane*>(m_window->pane(MainWindow::PaneId::Operations));
        QTRY_VERIFY_WITH_TIMEOUT(operations->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            operations->drawer()->isVisible() && operations->drawer()->operationId() == id, 10000);
    }

    void aRefusedKeyOrAnUnreachableN8nIsSaidAndTheRestWorks()
    {
        // Not set up: no key in the vault.
        setUpN8n(false);
        showAutomation();
        QTRY_VERIFY_WITH_TIMEOUT(instanceText().contains(QStringLiteral("fusionctl keys add n8n")), 10000);
        QVERIFY(child<QPushButton>("automationKeysButton")->isVisible());
        QVERIFY(!child<QPushButton>("runWorkflowButton")->isEnabled());
        shot(QStringLiteral("automation-not-set-up.png"));
        child<QPushButton>("automationKeysButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->pane(MainWindow::PaneId::Keys)->isVisible(), 5000);

        // A key n8n refuses (401).
        cli({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("n8n"), QStringLiteral("--label"),
             QStringLiteral("default"), QStringLiteral("--secret-stdin"), QStringLiteral("--yes")},
            QByteArrayLiteral("n8n-api-wrong-key-GuiAutomation0000000\n"));
        showAutomation();
        pane()->reload();
        QTRY_VERIFY_WITH_TIMEOUT(instanceText().contains(QStringLiteral("401")), 10000);
        QVERIFY(instanceText().contains(QStringLiteral("fusionctl keys add n8n")));
        QCOMPARE(workflows()->topLevelItemCount(), 0);
        QVERIFY(child<QLabel>("workflowsEmptyLabel")->isVisible());

        // The rest of the app still answers.
        m_window->showPane(MainWindow::PaneId::Tenants);
        tenants()->reload();
        QTRY_COMPARE_WITH_TIMEOUT(tenants()->model()->rowCount(), 20, 10000);

        // n8n away: the reason and the address to fix.
        pointAt(QStringLiteral("n8n"), QStringLiteral("http://127.0.0.1:9"));
        showAutomation();
        pane()->reload();
        QTRY_VERIFY_WITH_TIMEOUT(instanceText().contains(QStringLiteral("127.0.0.1:9")) &&
                                     instanceText().contains(QStringLiteral("--base-url")),
                                 15000);
        m_window->showPane(MainWindow::PaneId::Dashboard);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->pane(MainWindow::PaneId::Dashboard)->hasLoadedOnce(), 10000);
    }
};

QTEST_MAIN(TestGuiAutomation)
#include "tst_gui_automation.moc"
