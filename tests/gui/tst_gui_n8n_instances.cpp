// The Automation pane with several n8n instances, offscreen, on a real SQLite database with demo tenants,
// against two n8n stand-ins at once with their keys in a real private keychain: with one instance there is
// no choice to make (the pane looks as it did); with a second one ("n8n-eu", added the way a person adds it)
// a choice appears at the top, names the chosen instance in the heading and is remembered; switching shows
// the other instance's workflows and never a stale row from the previous one, even when the previous one
// answers late; Activate on the second instance asks first (Cancel sends nothing to either), then sends to
// the chosen instance only.
#include "tests/gui/ConfirmAnswer.h"
#include "tests/gui/MainWindowTest.h"
#include "tests/integrations/FakeN8n.h"
#include "ui/automation/AutomationPane.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace fusion;
using namespace fusion::test;

namespace {
const QString kKeyA = QStringLiteral("n8n-api-GuiInstanceA000000000000000011");
const QString kKeyB = QStringLiteral("n8n-api-GuiInstanceB000000000000000022");

QJsonObject instanceWorkflow(const QString& name, bool active)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("active"), active},
            {QStringLiteral("tags"), QJsonArray()}};
}
} // namespace

class TestGuiN8nInstances : public QObject, protected MainWindowFixture {
    Q_OBJECT

    std::unique_ptr<FakeN8n> m_a; // "n8n"
    std::unique_ptr<FakeN8n> m_b; // "n8n-eu"
    QStringList m_idsB;

    AutomationPane* pane() const { return m_window->automationPane(); }
    template <typename T>
    T* child(const char* name) const
    {
        return pane()->findChild<T*>(QLatin1String(name));
    }
    QTreeWidget* workflows() const { return child<QTreeWidget>("workflowsList"); }
    QComboBox* choice() const { return child<QComboBox>("n8nInstanceChoice"); }
    QString heading() const { return child<QLabel>("automationHeading")->text(); }
    QStringList shownNames() const
    {
        QStringList out;
        for (int i = 0; i < workflows()->topLevelItemCount(); ++i)
            out << workflows()->topLevelItem(i)->text(0);
        out.sort();
        return out;
    }

    void cli(const QStringList& args, const QByteArray& input = {})
    {
        const CliResult r =
            runCli(m_home.path(), QStringList{QStringLiteral("--db"), m_target.toUrl()} + args, input);
        QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.out + r.err));
    }
    void addKey(const QString& provider, const QString& secret)
    {
        cli({QStringLiteral("keys"), QStringLiteral("add"), provider, QStringLiteral("--label"),
             QStringLiteral("default"), QStringLiteral("--secret-stdin"), QStringLiteral("--yes")},
            secret.toUtf8() + '\n');
    }
    void setUpFirst()
    {
        cli({QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("n8n"),
             QStringLiteral("--base-url"), m_a->url().toString(), QStringLiteral("--yes")});
        addKey(QStringLiteral("n8n"), kKeyA);
    }
    void addSecond()
    {
        cli({QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("add"),
             QStringLiteral("n8n-eu"), QStringLiteral("--name"), QStringLiteral("n8n EU"),
             QStringLiteral("--base-url"), m_b->url().toString(), QStringLiteral("--yes")});
        addKey(QStringLiteral("n8n-eu"), kKeyB);
    }
    void showAutomation()
    {
        m_window->showPane(MainWindow::PaneId::Automation);
        QTRY_VERIFY_WITH_TIMEOUT(pane()->hasLoadedOnce(), 10000);
    }
    void choose(const QString& code)
    {
        const int index = choice()->findData(code);
        QVERIFY(index >= 0);
        choice()->setCurrentIndex(index);
    }
    int callsTo(FakeN8n& n8n, const QString& pathPart)
    {
        int n = 0;
        for (const QJsonValue& v : n8n.calls())
            n += v.toObject().value(QStringLiteral("path")).toString().contains(pathPart);
        return n;
    }
    void shot(const QString& name)
    {
        const QString dir = qEnvironmentVariable("FUSION_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(QDir(dir).filePath(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        initFixture();
        m_a = std::make_unique<FakeN8n>();
        m_b = std::make_unique<FakeN8n>();
        QVERIFY2(m_a->ok(), qPrintable(m_a->error()));
        QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    }

    void init()
    {
        QSettings().remove(QStringLiteral("automation/instance"));
        openWindow();
        m_a->reset();
        m_b->reset();
        m_a->setKey(kKeyA);
        m_b->setKey(kKeyB);
        m_a->seedWorkflows({instanceWorkflow(QStringLiteral("Alpha provision"), true),
                            instanceWorkflow(QStringLiteral("Alpha cleanup"), false)});
        m_idsB = m_b->seedWorkflows({instanceWorkflow(QStringLiteral("Euro backup"), true),
                                     instanceWorkflow(QStringLiteral("Euro nightly"), false),
                                     instanceWorkflow(QStringLiteral("Euro report"), true)});
        QCOMPARE(m_idsB.size(), 3);
    }
    void cleanup() { closeWindow(); }

    void oneInstanceLooksAsBefore()
    {
        setUpFirst();
        showAutomation();
        QTRY_COMPARE_WITH_TIMEOUT(workflows()->topLevelItemCount(), 2, 15000);
        QVERIFY(!choice()->isVisible());
        QCOMPARE(heading(), QStringLiteral("Automation (n8n)"));
    }

    void switchingShowsTheOtherInstanceAndIsRemembered()
    {
        setUpFirst();
        addSecond();
        showAutomation();
        QTRY_VERIFY_WITH_TIMEOUT(choice()->isVisible(), 10000);
        QCOMPARE(choice()->count(), 2);
        QCOMPARE(choice()->currentData().toString(), QStringLiteral("n8n")); // the default one first
        QTRY_COMPARE_WITH_TIMEOUT(
            shownNames(), (QStringList{QStringLiteral("Alpha cleanup"), QStringLiteral("Alpha provision")}),
            15000);

        choose(QStringLiteral("n8n-eu"));
        QVERIFY(heading().contains(QStringLiteral("n8n EU")));
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(),
                                  (QStringList{QStringLiteral("Euro backup"), QStringLiteral("Euro nightly"),
                                               QStringLiteral("Euro report")}),
                                  15000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("n8nInstanceLabel")->text().contains(m_b->url().toString()),
                                 10000);
        QCOMPARE(QSettings().value(QStringLiteral("automation/instance")).toString(),
                 QStringLiteral("n8n-eu"));
        shot(QStringLiteral("automation-two-instances.png"));

        // A new window (the next start) opens on the remembered instance.
        closeWindow();
        openWindow();
        setUpFirst();
        addSecond();
        showAutomation();
        QTRY_VERIFY_WITH_TIMEOUT(choice()->isVisible(), 10000);
        QCOMPARE(choice()->currentData().toString(), QStringLiteral("n8n-eu"));
        QTRY_COMPARE_WITH_TIMEOUT(workflows()->topLevelItemCount(), 3, 15000);
    }

    void aLateAnswerOfThePreviousInstanceIsDropped()
    {
        setUpFirst();
        addSecond();
        showAutomation();
        QTRY_COMPARE_WITH_TIMEOUT(workflows()->topLevelItemCount(), 2, 15000);
        // n8n EU answers (workflows and executions) only after two seconds; once it has been asked, the
        // person goes back to n8n.
        m_b->misbehave(QStringLiteral("timeout"), 2, QStringLiteral("api"), 2);
        choose(QStringLiteral("n8n-eu"));
        QTRY_VERIFY_WITH_TIMEOUT(callsTo(*m_b, QStringLiteral("/workflows")) >= 1, 10000);
        choose(QStringLiteral("n8n"));
        QTRY_COMPARE_WITH_TIMEOUT(
            shownNames(), (QStringList{QStringLiteral("Alpha cleanup"), QStringLiteral("Alpha provision")}),
            15000);
        QTest::qWait(2500); // n8n EU's late answer arrives (or its failure): neither shows
        QCOMPARE(shownNames(),
                 (QStringList{QStringLiteral("Alpha cleanup"), QStringLiteral("Alpha provision")}));
        QVERIFY2(!child<QLabel>("n8nInstanceLabel")->text().contains(m_b->url().toString()),
                 qPrintable(child<QLabel>("n8nInstanceLabel")->text()));
    }

    void activateOnTheChosenInstanceAsksAndSendsThereOnly()
    {
        setUpFirst();
        addSecond();
        showAutomation();
        QTRY_VERIFY_WITH_TIMEOUT(choice()->isVisible(), 10000);
        choose(QStringLiteral("n8n-eu"));
        QTRY_COMPARE_WITH_TIMEOUT(workflows()->topLevelItemCount(), 3, 15000);
        const auto found = workflows()->findItems(QStringLiteral("Euro nightly"), Qt::MatchExactly, 0);
        QVERIFY(!found.isEmpty());
        workflows()->setCurrentItem(found.first());
        found.first()->setSelected(true);
        auto* activate = child<QPushButton>("activateWorkflowButton");
        QTRY_VERIFY(activate->isEnabled());
        m_a->clearCalls();
        m_b->clearCalls();

        activate->click();
        auto* confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        bool namesInstance = false;
        for (const FieldChange& c : confirm->plan().changes)
            namesInstance |= c.after.toString() == QLatin1String("n8n-eu");
        QVERIFY(namesInstance);
        QVERIFY(answerConfirmation(false));
        QTest::qWait(300);
        QCOMPARE(callsTo(*m_a, QStringLiteral("activate")) + callsTo(*m_b, QStringLiteral("activate")), 0);

        QTRY_VERIFY(activate->isEnabled());
        activate->click();
        QVERIFY(answerConfirmation(true));
        QTRY_COMPARE_WITH_TIMEOUT(callsTo(*m_b, m_idsB.value(1) + QStringLiteral("/activate")), 1, 10000);
        QCOMPARE(callsTo(*m_a, QStringLiteral("activate")), 0);
        // The audit row is written once n8n has answered, a moment after the stand-in counted the call.
        Database db;
        db.open(m_target);
        const auto audited = [&db] {
            return db
                .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'automation.activate' "
                                       "AND after_json LIKE '%n8n-eu%'"))
                .toLongLong();
        };
        QTRY_COMPARE_WITH_TIMEOUT(audited(), 1, 10000);
    }
};

QTEST_MAIN(TestGuiN8nInstances)
#include "tst_gui_n8n_instances.moc"
