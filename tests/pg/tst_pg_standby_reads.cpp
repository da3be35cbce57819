// Read-only panes on a standby (issue 15, docs/scaling.md §5), against a real primary and a synchronous
// streaming standby (tests/fixtures/pg-pair.sh), each reached through the same multi-host address as a
// profile would name it (target_session_attrs=read-write).
//
// With the profile's "read-only panes may read from a standby" on, the Dashboard, Usage and Audit panes read
// on the standby and say so, while the Tenants pane reads on the primary (a write the standby has not
// replayed shows in Tenants and not on the Dashboard); a change made in the app itself is on the Dashboard
// and in Audit at once even while the standby's replay is paused (read-your-writes: that read went to the
// primary); without the option every pane reads on the primary; a standby that stops sends the reads to the
// primary and the status bar says so once; and a lost primary shows "reconnecting…" in the status bar before
// the "reconnected" notice.
#include "models/audit/WriteExecutor.h"
#include "models/itemmodels/TenantListModel.h"
#include "models/tenants/TenantService.h"
#include "tests/common/PgPair.h"
#include "tests/common/TestSupport.h"
#include "tests/gui/ConfirmAnswer.h"
#include "ui/MainWindow.h"
#include "ui/audit/AuditPane.h"
#include "ui/common/AppContext.h"
#include "ui/common/WriteRunner.h"
#include "ui/connection/Connector.h"
#include "ui/dashboard/DashboardPane.h"
#include "ui/dashboard/KpiCard.h"
#include "ui/tenants/TenantsPane.h"
#include "ui/usage/UsagePane.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace fusion;

class TestPgStandbyReads : public QObject {
    Q_OBJECT

    QString m_dir;
    bool m_started = false;
    QString m_error;
    DatabaseTarget m_target;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    bool pair(const QString& action) { return test::pgPair(action, m_dir, &m_error); }

    // As the fixture's superuser, on one of the two servers ("a": the primary, "b": the standby).
    bool psql(const QString& server, const QString& sql, const QString& database = QStringLiteral("postgres"))
    {
        return test::pgPairSql(m_dir + QLatin1Char('/') + server, sql, &m_error, database);
    }

    bool startPair()
    {
        m_dir = QStringLiteral("/tmp/fusion-standby-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        if (!pair(QStringLiteral("start")))
            return false;
        m_started = true;
        if (!psql(QStringLiteral("a"), QStringLiteral("CREATE DATABASE fusion")))
            return false;
        m_target =
            DatabaseTarget::parse(
                QStringLiteral("postgresql://postgres@/fusion?host=%1/a,%1/b&target_session_attrs=read-write")
                    .arg(m_dir))
                .value();
        Database db;
        test::prepare(db, m_target, 6);
        return true;
    }

    void openApp(bool standbyReads)
    {
        m_window.reset();
        m_context = std::make_unique<AppContext>();
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->resize(1280, 800);
        m_window->show();
        QSignalSpy ready(m_window->connector(), &Connector::ready);
        DatabaseTarget target = m_target;
        target.standbyReads = standbyReads;
        m_window->connector()->open(target);
        QVERIFY(ready.wait(20000));
    }

    // Shows `pane` and waits for a load of it that begins now (a refresh of the one shown).
    bool freshLoad(MainWindow::PaneId id)
    {
        Pane* pane = m_window->pane(id);
        QSignalSpy loaded(pane, &Pane::loaded);
        if (m_window->pane(id)->isVisible())
            m_window->findChild<QAction*>(QStringLiteral("actionRefresh"))->trigger();
        else
            m_window->showPane(id);
        return loaded.wait(20000);
    }

    QString dashboardTotal() const
    {
        return m_window->dashboardPane()->findChild<KpiCard*>(QStringLiteral("totalCard"))->valueText();
    }
    // The pane's "Read from standby …" line: its text when shown, empty when the primary answered.
    static QString readSource(Pane* pane)
    {
        auto* label = pane->findChild<QLabel*>(QStringLiteral("readSourceLabel"));
        return label && label->isVisible() ? label->text() : QString();
    }
    QString standbyServer() const { return m_dir + QStringLiteral("/b"); }

    bool externalTenant(const QString& slug)
    {
        // Another session's confirmed write: the app's read-your-writes mark does not know of it.
        const auto created = capture([&] {
            Database db;
            db.open(m_target);
            NewTenant t;
            t.slug = slug;
            t.name = QStringLiteral("Elsewhere");
            t.planCode = QStringLiteral("growth");
            WriteExecutor::execute(db, TenantService(db, QStringLiteral("cli")).planCreate(t));
            return Unit{};
        });
        if (!created)
            m_error = created.error().message;
        return created.ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Database::setStandbyRetryInterval(1000);
        QVERIFY2(startPair(), qPrintable(m_error));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
        if (m_started)
            pair(QStringLiteral("stop"));
    }

    void withoutTheOptionEveryPaneReadsOnThePrimary()
    {
        openApp(false);
        QVERIFY(freshLoad(MainWindow::PaneId::Dashboard));
        QCOMPARE(dashboardTotal(), QStringLiteral("6"));
        QCOMPARE(readSource(m_window->dashboardPane()), QString());
        QVERIFY(!m_context->standbyReadWorker());
        QVERIFY(freshLoad(MainWindow::PaneId::Usage));
        QCOMPARE(readSource(m_window->usagePane()), QString());
    }

    void optedInDashboardAndUsageReadOnTheStandby()
    {
        openApp(true);
        QTRY_VERIFY_WITH_TIMEOUT(m_context->standbyReadWorker() != nullptr, 20000);
        QVERIFY(freshLoad(MainWindow::PaneId::Dashboard));
        QCOMPARE(dashboardTotal(), QStringLiteral("6"));
        QVERIFY2(readSource(m_window->dashboardPane()).contains(standbyServer()),
                 qPrintable(readSource(m_window->dashboardPane())));
        // For a person to look at: FUSION_SCREENSHOT_DIR.
        if (const QString dir = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/dashboard-standby.png")));
        QVERIFY(freshLoad(MainWindow::PaneId::Usage));
        QVERIFY2(readSource(m_window->usagePane()).contains(standbyServer()),
                 qPrintable(readSource(m_window->usagePane())));
        QVERIFY(freshLoad(MainWindow::PaneId::Audit));
        QVERIFY2(readSource(m_window->auditPane()).contains(standbyServer()),
                 qPrintable(readSource(m_window->auditPane())));

        // A tenant written by another session while the standby's replay is paused: the Tenants pane (the
        // primary) lists it, the Dashboard (the standby) does not count it yet.
        QVERIFY2(psql(QStringLiteral("b"), QStringLiteral("SELECT pg_wal_replay_pause()")),
                 qPrintable(m_error));
        QVERIFY2(externalTenant(QStringLiteral("elsewhere-1")), qPrintable(m_error));
        QVERIFY(freshLoad(MainWindow::PaneId::Tenants));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tenantsPane()->model()->rowCount(), 7, 10000);
        QVERIFY(!m_window->tenantsPane()->findChild<QLabel*>(QStringLiteral("readSourceLabel")));
        QVERIFY(freshLoad(MainWindow::PaneId::Dashboard));
        QCOMPARE(dashboardTotal(), QStringLiteral("6"));
        QVERIFY(readSource(m_window->dashboardPane()).contains(standbyServer()));

        QVERIFY2(psql(QStringLiteral("b"), QStringLiteral("SELECT pg_wal_replay_resume()")),
                 qPrintable(m_error));
        QTRY_VERIFY_WITH_TIMEOUT(
            freshLoad(MainWindow::PaneId::Dashboard) && dashboardTotal() == QLatin1String("7"), 10000);
    }

    void aChangeMadeInTheAppIsShownAtOnce()
    {
        openApp(true);
        QTRY_VERIFY_WITH_TIMEOUT(m_context->standbyReadWorker() != nullptr, 20000);
        QVERIFY(freshLoad(MainWindow::PaneId::Dashboard));
        QCOMPARE(dashboardTotal(), QStringLiteral("7"));
        QVERIFY(readSource(m_window->dashboardPane()).contains(standbyServer()));

        QVERIFY2(psql(QStringLiteral("b"), QStringLiteral("SELECT pg_wal_replay_pause()")),
                 qPrintable(m_error));
        bool written = false;
        QString why;
        WriteRunner::run(
            m_context.get(), m_window.get(),
            [](Database& db) {
                NewTenant t;
                t.slug = QStringLiteral("mine-1");
                t.name = QStringLiteral("Mine");
                t.planCode = QStringLiteral("growth");
                return TenantService(db, QStringLiteral("ui")).planCreate(t);
            },
            [&written, &why](const Result<QJsonObject>& result) {
                written = result.ok();
                why = result.ok() ? QString() : result.error().message;
            });
        QVERIFY(test::answerConfirmation(true));
        QTRY_VERIFY2_WITH_TIMEOUT(written, qPrintable(why), 10000);

        // The standby has not replayed it: this read went to the primary, and says nothing of a standby.
        QVERIFY(freshLoad(MainWindow::PaneId::Dashboard));
        QCOMPARE(dashboardTotal(), QStringLiteral("8"));
        QCOMPARE(readSource(m_window->dashboardPane()), QString());
        // The Audit pane too: the write's audit row is there at once.
        QVERIFY(freshLoad(MainWindow::PaneId::Audit));
        QCOMPARE(readSource(m_window->auditPane()), QString());
        QAbstractItemModel* audit =
            m_window->auditPane()->findChild<QTableView*>(QStringLiteral("tableView"))->model();
        bool listed = false;
        for (int r = 0; r < audit->rowCount() && !listed; ++r)
            for (int c = 0; c < audit->columnCount() && !listed; ++c)
                listed = audit->index(r, c).data().toString().contains(QStringLiteral("mine-1"));
        QVERIFY(listed);

        QVERIFY2(psql(QStringLiteral("b"), QStringLiteral("SELECT pg_wal_replay_resume()")),
                 qPrintable(m_error));
        QTRY_VERIFY_WITH_TIMEOUT(freshLoad(MainWindow::PaneId::Dashboard) &&
                                     readSource(m_window->dashboardPane()).contains(standbyServer()),
                                 10000);
        QCOMPARE(dashboardTotal(), QStringLiteral("8"));
    }

    void aStoppedStandbySendsReadsToThePrimary()
    {
        openApp(true);
        QTRY_VERIFY_WITH_TIMEOUT(m_context->standbyReadWorker() != nullptr, 20000);
        QVERIFY(freshLoad(MainWindow::PaneId::Dashboard));
        QVERIFY(readSource(m_window->dashboardPane()).contains(standbyServer()));
        QSignalSpy notices(m_context.get(), &AppContext::standbyNotice);

        QVERIFY2(pair(QStringLiteral("stop-standby")), qPrintable(m_error));
        QVERIFY(freshLoad(MainWindow::PaneId::Dashboard));
        QCOMPARE(dashboardTotal(), QStringLiteral("8"));
        QCOMPARE(readSource(m_window->dashboardPane()), QString());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("read from the primary")), 5000);
        QVERIFY(freshLoad(MainWindow::PaneId::Dashboard));
        QVERIFY(freshLoad(MainWindow::PaneId::Usage));
        QCOMPARE(notices.count(), 1); // once, not at every read
        QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("problemTitleLabel"))->isVisible());

        // The standby back in service takes the reads again by itself (here after a second on the primary
        // instead of 30), and the status bar says so once.
        QVERIFY2(pair(QStringLiteral("start-standby")), qPrintable(m_error));
        QTRY_VERIFY_WITH_TIMEOUT(freshLoad(MainWindow::PaneId::Dashboard) &&
                                     readSource(m_window->dashboardPane()).contains(standbyServer()),
                                 20000);
        QCOMPARE(dashboardTotal(), QStringLiteral("8"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(QStringLiteral("again")),
                                 5000);
        QCOMPARE(notices.count(), 2);
        m_window->showPane(MainWindow::PaneId::Usage); // shown before and unchanged since: Refresh reads it
        QVERIFY(freshLoad(MainWindow::PaneId::Usage));
        QVERIFY(readSource(m_window->usagePane()).contains(standbyServer()));
        QCOMPARE(notices.count(), 2);
    }

    void aLostPrimaryShowsReconnecting()
    {
        m_window.reset();
        m_context.reset();
        QVERIFY(pair(QStringLiteral("stop")));
        QVERIFY2(startPair(), qPrintable(m_error));
        openApp(false);
        QVERIFY(freshLoad(MainWindow::PaneId::Tenants));
        QSignalSpy messages(m_window->statusBar(), &QStatusBar::messageChanged); // in order
        const auto seen = [&messages] {
            QStringList texts;
            for (const QList<QVariant>& m : std::as_const(messages))
                texts << m.first().toString();
            return texts;
        };

        QVERIFY2(pair(QStringLiteral("stop-primary")), qPrintable(m_error));
        QTest::qWait(1100); // past the idle check: the next job probes the connection first
        m_window->findChild<QAction*>(QStringLiteral("actionRefresh"))->trigger();
        // Names the server that was lost (a socket directory here), and says what is happening.
        const auto isReconnecting = [this](const QString& message) {
            return message.contains(QStringLiteral("Connection to PostgreSQL at %1/a").arg(m_dir)) &&
                   message.endsWith(QStringLiteral("lost — reconnecting…"));
        };
        // One list per look: begin and end of two separately built lists would make any_of compare pointers
        // into two allocations (it returned false without looking whenever the second lay below the first).
        const auto reconnectingSeen = [&] {
            const QStringList shown = seen();
            return std::any_of(shown.cbegin(), shown.cend(), isReconnecting);
        };
        QTRY_VERIFY2_WITH_TIMEOUT(reconnectingSeen(), qPrintable(seen().join(QLatin1Char('\n'))), 10000);
        QVERIFY2(isReconnecting(m_window->statusBar()->currentMessage()),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY2(pair(QStringLiteral("promote")), qPrintable(m_error));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("reconnected")), 15000);
        // "reconnecting…" came first and was replaced by the notice.
        const QStringList shown = seen();
        const auto first = std::find_if(shown.cbegin(), shown.cend(), isReconnecting);
        QVERIFY2(first != shown.cend() &&
                     std::any_of(first, shown.cend(),
                                 [](const QString& m) { return m.contains(QStringLiteral("reconnected")); }),
                 qPrintable(shown.join(QLatin1Char('\n'))));
        QVERIFY(m_context->isReady());
    }
};

QTEST_MAIN(TestPgStandbyReads)
#include "tst_pg_standby_reads.moc"
