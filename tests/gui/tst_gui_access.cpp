// The Access pane driven as a person drives it, offscreen, with a real keychain and the Python provider
// server: adding a rule asks first (and a cancelled confirmation changes nothing), a Test call goes through
// the service layer and shows up in the rule's usage, a budget refuses the next call, the kill switch stops a
// consumer, budget alerts are acknowledged, a user's limits are set.
#include "models/audit/WriteExecutor.h"
#include "models/itemmodels/AccessRuleModel.h"
#include "models/usage/UsageImport.h"
#include "tests/common/FakeProviders.h"
#include "tests/common/KeychainControl.h"
#include "tests/common/TestSupport.h"
#include "tests/gui/GuiWait.h"
#include "tests/gui/GuiWindow.h"
#include "ui/MainWindow.h"
#include "ui/access/AccessPane.h"
#include "ui/access/RuleDialog.h"
#include "ui/access/TestCallDialog.h"
#include "ui/access/UserLimitDialog.h"
#include "ui/common/AppContext.h"
#include "ui/common/ConfirmDialog.h"
#include "ui/connection/Connector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDBusConnection>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace fusion;
using fusion::test::waitForTop;

namespace {
const char Key[] = "sk-gui-access-0123456789abcdef";
} // namespace

// Plays the desktop's notification service on the test's private session bus and keeps what it is shown.
class FakeNotifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList bodies;

public Q_SLOTS:
    uint Notify(const QString& app, uint replaces, const QString& icon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints, int timeout)
    {
        Q_UNUSED(app)
        Q_UNUSED(replaces)
        Q_UNUSED(icon)
        Q_UNUSED(actions)
        Q_UNUSED(hints)
        Q_UNUSED(timeout)
        bodies << summary + QStringLiteral(": ") + body;
        return uint(bodies.size());
    }
};

class TestGuiAccess : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    DatabaseTarget m_target;
    std::unique_ptr<test::FakeProviders> m_server;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    FakeNotifications m_notifications;

    AccessPane* pane() const { return m_window->accessPane(); }
    QPushButton* button(const char* name) const
    {
        return pane()->findChild<QPushButton*>(QLatin1String(name));
    }
    QTableView* rules() const { return pane()->findChild<QTableView*>(QStringLiteral("ruleTable")); }
    qint64 scalar(const QString& sql)
    {
        Database db;
        db.open(m_target);
        return db.scalar(sql).toLongLong();
    }
    QString cell(int row, int column) const { return rules()->model()->index(row, column).data().toString(); }
    int rowOf(const QString& consumer) const
    {
        for (int r = 0; r < rules()->model()->rowCount(); ++r) {
            if (cell(r, AccessRuleModel::ConsumerColumn) == consumer)
                return r;
        }
        return -1;
    }

    // Opens the rule editor (add, or edit of the selected rule), fills it, presses Save.
    void saveRule(bool add, const QString& consumer, const QString& monthly)
    {
        button(add ? "addRuleButton" : "editRuleButton")->click();
        QPointer<RuleDialog> dialog = waitForTop<RuleDialog>(QStringLiteral("ruleDialog"));
        QVERIFY(dialog);
        if (add) {
            dialog->findChild<QComboBox*>(QStringLiteral("consumerCombo"))->setCurrentText(consumer);
            dialog->findChild<QComboBox*>(QStringLiteral("providerCombo"))
                ->setCurrentText(QStringLiteral("openai"));
        }
        dialog->findChild<QCheckBox*>(QStringLiteral("monthlyBudgetCheck"))->setChecked(true);
        dialog->findChild<QLineEdit*>(QStringLiteral("monthlyBudgetEdit"))->setText(monthly);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_VERIFY(!dialog);
    }

    QString testCall(const QString& consumer)
    {
        rules()->selectRow(rowOf(consumer));
        button("testCallButton")->click();
        QPointer<TestCallDialog> dialog = waitForTop<TestCallDialog>(QStringLiteral("testCallDialog"));
        if (!dialog)
            return QStringLiteral("no dialog");
        QSignalSpy done(dialog.data(), &TestCallDialog::callDone);
        dialog->findChild<QComboBox*>(QStringLiteral("callModelCombo"))
            ->setCurrentText(QStringLiteral("gpt-4o"));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("promptEdit"))
            ->setPlainText(QStringLiteral("hello there world"));
        dialog->findChild<QPushButton*>(QStringLiteral("callButton"))->click();
        if (!done.wait(20000))
            return QStringLiteral("no answer");
        const QString text = dialog->findChild<QLabel*>(QStringLiteral("callResultLabel"))->text();
        dialog->reject();
        if (!QTest::qWaitFor([&dialog] { return dialog.isNull(); }, 5000))
            return QStringLiteral("dialog still open");
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(test::secretServicePid() > 0, "no Secret Service: run through CTest (with-keychain.sh)");
        m_server = std::make_unique<test::FakeProviders>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_server->setValidKeys(QStringLiteral("openai"), {QString::fromLatin1(Key)});
        m_target = test::sqliteTarget(m_dir, QStringLiteral("access-gui.db"));
        {
            Database db;
            test::prepare(db, m_target, 0);
        }
        const QStringList db{QStringLiteral("--db"), m_target.toUrl()};
        auto r = test::runCli(m_home.path(),
                              db + QStringList{QStringLiteral("keys"), QStringLiteral("provider"),
                                               QStringLiteral("set"), QStringLiteral("openai"),
                                               QStringLiteral("--base-url"), m_server->url().toString(),
                                               QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = test::runCli(m_home.path(),
                         db + QStringList{QStringLiteral("keys"), QStringLiteral("add"),
                                          QStringLiteral("openai"), QStringLiteral("--label"),
                                          QStringLiteral("main"), QStringLiteral("--secret-stdin"),
                                          QStringLiteral("--yes")},
                         Key);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY(bus.isConnected());
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_notifications,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));
        QVERIFY(test::openMainWindow(m_context, m_window, m_target));
        m_window->showPane(MainWindow::PaneId::Access);
        QTRY_VERIFY_WITH_TIMEOUT(pane()->hasLoadedOnce(), 10000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    void addingARuleAsksFirst()
    {
        // Cancelled at the confirmation: nothing is written.
        button("addRuleButton")->click();
        {
            QPointer<RuleDialog> dialog = waitForTop<RuleDialog>(QStringLiteral("ruleDialog"));
            QVERIFY(dialog);
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            auto* consumer = dialog->findChild<QComboBox*>(QStringLiteral("consumerCombo"));
            consumer->setCurrentText(QStringLiteral("Not Valid!"));
            QVERIFY(!ok->isEnabled());
            consumer->setCurrentText(QStringLiteral("gui/ai"));
            dialog->findChild<QCheckBox*>(QStringLiteral("monthlyBudgetCheck"))->setChecked(true);
            dialog->findChild<QLineEdit*>(QStringLiteral("monthlyBudgetEdit"))
                ->setText(QStringLiteral("twelve"));
            QVERIFY(!ok->isEnabled());
            dialog->findChild<QLineEdit*>(QStringLiteral("monthlyBudgetEdit"))
                ->setText(QStringLiteral("12.50"));
            QVERIFY(ok->isEnabled());
            ok->click();
        }
        QPointer<ConfirmDialog> confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->plan().action, QStringLiteral("access_rule.create"));
        confirm->reject();
        QTRY_VERIFY(!confirm);
        QTest::qWait(200);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM access_rules")), qint64(0));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM consumers")), qint64(0));

        saveRule(true, QStringLiteral("gui/ai"), QStringLiteral("12.50"));
        confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        confirm->accept();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("gui/ai")) >= 0, 10000);
        const int row = rowOf(QStringLiteral("gui/ai"));
        QCOMPARE(cell(row, AccessRuleModel::MonthColumn), QStringLiteral("$0.00 of $12.50"));
        QCOMPARE(cell(row, AccessRuleModel::StateColumn), QStringLiteral("enabled"));
    }

    void testCallIsMeteredAndShown()
    {
        const QString result = testCall(QStringLiteral("gui/ai"));
        QVERIFY2(result.contains(QStringLiteral("answered")), qPrintable(result));
        // 6 tokens in, 4 out at gpt-4o prices: 55 micro-dollars, shown to the micro-dollar under a cent.
        QVERIFY2(result.contains(QStringLiteral("$0.000055")), qPrintable(result));
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM api_usage WHERE status = 'ok' AND feature = 'test-call'")),
                 qint64(1));
        QCOMPARE(m_server->chatCalls(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(cell(rowOf(QStringLiteral("gui/ai")), AccessRuleModel::MonthColumn),
                                  QStringLiteral("$0.000055 of $12.50"), 10000);
    }

    void aBudgetRefusesTheNextCall()
    {
        rules()->selectRow(rowOf(QStringLiteral("gui/ai")));
        saveRule(false, {}, QStringLiteral("0.0001"));
        auto* confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->plan().action, QStringLiteral("access_rule.update"));
        confirm->accept();
        QTRY_COMPARE_WITH_TIMEOUT(cell(rowOf(QStringLiteral("gui/ai")), AccessRuleModel::MonthColumn),
                                  QStringLiteral("$0.000055 of $0.0001"), 10000);
        const QString result = testCall(QStringLiteral("gui/ai"));
        QVERIFY2(result.startsWith(QStringLiteral("Refused:")) &&
                     result.contains(QStringLiteral("Monthly budget")),
                 qPrintable(result));
        QCOMPARE(m_server->chatCalls(), 1);
    }

    void killSwitchStopsTheConsumer()
    {
        rules()->selectRow(rowOf(QStringLiteral("gui/ai")));
        QCOMPARE(button("killButton")->text().remove(QLatin1Char('&')), QStringLiteral("Stop Consumer…"));
        button("killButton")->click();
        auto* confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->plan().action, QStringLiteral("consumer.kill"));
        confirm->accept();
        QTRY_COMPARE_WITH_TIMEOUT(cell(rowOf(QStringLiteral("gui/ai")), AccessRuleModel::StateColumn),
                                  QStringLiteral("stopped"), 10000);
        rules()->selectRow(rowOf(QStringLiteral("gui/ai")));
        QTRY_COMPARE(button("killButton")->text().remove(QLatin1Char('&')), QStringLiteral("Allow Calls…"));
        QCOMPARE(scalar(QStringLiteral("SELECT killed FROM consumers WHERE code = 'gui/ai'")), qint64(1));
    }

    void alertsAreAcknowledged()
    {
        // Usage recorded elsewhere crosses 50 and 80 % of another rule's budget.
        saveRule(true, QStringLiteral("gui/crm"), QStringLiteral("1"));
        auto* confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        confirm->accept();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("gui/crm")) >= 0, 10000);
        {
            Database db;
            db.open(m_target);
            UsageRecord r;
            r.occurredAt = QDateTime::currentDateTimeUtc();
            r.consumer = QStringLiteral("gui/crm");
            r.provider = QStringLiteral("openai");
            r.costMicros = 850000;
            WriteExecutor::execute(db, UsageImport::planRecord(db, r));
        }
        Q_EMIT m_context->dataChanged(QStringLiteral("budget_alerts"));
        // Each new alert also reaches the desktop as a notification.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_notifications.bodies.join(QLatin1Char('\n')).contains(QStringLiteral("gui/crm")), 10000);
        QCOMPARE(m_notifications.bodies.filter(QStringLiteral("gui/crm")).size(), 2);
        auto* tabs = pane()->findChild<QTabWidget*>(QStringLiteral("accessTabs"));
        QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(2), QStringLiteral("Alerts (2)"), 10000);
        tabs->setCurrentIndex(2);
        auto* alerts = pane()->findChild<QTableWidget*>(QStringLiteral("alertTable"));
        QVERIFY(alerts->item(0, 1)->text().contains(QStringLiteral("gui/crm")));
        alerts->selectAll();
        QVERIFY(button("acknowledgeButton")->isEnabled());
        button("acknowledgeButton")->click();
        confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->plan().effects.size(), 2);
        confirm->accept();
        QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(2), QStringLiteral("Alerts"), 10000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM budget_alerts WHERE acknowledged_at IS NULL")),
                 qint64(0));
        tabs->setCurrentIndex(0);
    }

    void rulesExportAsCsv()
    {
        const QString path = m_dir.filePath(QStringLiteral("rules.csv"));
        QString error;
        QVERIFY2(pane()->exportTable(false, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.contains("Consumer,Tenant,Provider,State"));
        QVERIFY(csv.contains("gui/crm"));
        QCOMPARE(csv.count('\n'), qsizetype(rules()->model()->rowCount() + 1));
    }

    void userLimitsAreSet()
    {
        auto* tabs = pane()->findChild<QTabWidget*>(QStringLiteral("accessTabs"));
        tabs->setCurrentIndex(1);
        button("addUserButton")->click();
        QPointer<UserLimitDialog> dialog = waitForTop<UserLimitDialog>(QStringLiteral("userLimitDialog"));
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(QStringLiteral("mallory"));
        dialog->findChild<QCheckBox*>(QStringLiteral("blockedCheck"))->setChecked(true);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        auto* confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->plan().action, QStringLiteral("user_limit.create"));
        confirm->accept();
        auto* users = pane()->findChild<QTableView*>(QStringLiteral("userTable"));
        QTRY_COMPARE_WITH_TIMEOUT(users->model()->rowCount(), 1, 10000);
        QCOMPARE(users->model()->index(0, 4).data().toString(), QStringLiteral("blocked"));
        tabs->setCurrentIndex(0);
    }
};

QTEST_MAIN(TestGuiAccess)
#include "tst_gui_access.moc"
