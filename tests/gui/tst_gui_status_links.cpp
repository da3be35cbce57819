// The Support pane's Status tab, offscreen on a real SQLite file with demo data and real servers (the status
// stand-in): nothing is checked until the tab is shown; then every link is checked at once and the list fills
// in without the window ever waiting — up with its HTTP code and latency, down with exactly what failed
// (HTTP 503, DNS), a coloured dot and words; Check now checks again; a double-click opens the link in the
// browser; an owner's Add…, Edit…, Move up…/down… and Remove… each ask first: Cancel changes nothing, OK
// writes once with its audit row.
#include "models/roles/Capabilities.h"
#include "models/support/StatusLinks.h"
#include "tests/common/FixtureServer.h"
#include "tests/gui/ClickWrite.h"
#include "tests/gui/MainWindowTest.h"
#include "ui/support/StatusLinksPanel.h"
#include "ui/support/SupportPane.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace fusion;
using namespace fusion::test;

class TestGuiStatusLinks : public QObject, protected MainWindowFixture {
    Q_OBJECT

    std::unique_ptr<FixtureServer> m_pages;

    StatusLinksPanel* panel() const { return m_window->supportPane()->findChild<StatusLinksPanel*>(); }
    QTreeWidget* list() const { return panel()->findChild<QTreeWidget*>(QStringLiteral("statusLinksList")); }
    QTabWidget* tabs() const
    {
        return m_window->supportPane()->findChild<QTabWidget*>(QStringLiteral("supportTabs"));
    }
    QString cell(int row, int column) const
    {
        const QTreeWidgetItem* item = list()->topLevelItem(row);
        return item ? item->text(column) : QString();
    }
    qint64 scalar(const QString& sql, const QVariantList& params = {})
    {
        Database db;
        db.open(m_target);
        return db.scalar(sql, params).toLongLong();
    }
    // The demo's links point at example hosts; these point at the stand-in (and one name that never
    // resolves).
    void useStandInLinks()
    {
        Database db;
        db.open(m_target);
        db.exec(QStringLiteral("DELETE FROM status_links"));
        const QString base = m_pages->url().toString();
        const QString insert =
            QStringLiteral("INSERT INTO status_links (name, url, description, position) VALUES (?, ?, ?, ?)");
        db.exec(insert, {QStringLiteral("Platform status page"), QString(base + QStringLiteral("/up")),
                         QStringLiteral("What customers see."), 0});
        db.exec(insert,
                {QStringLiteral("Grafana"), QString(base + QStringLiteral("/status/503")), QString(), 1});
        db.exec(insert, {QStringLiteral("Keycloak admin"), QStringLiteral("https://nohost.invalid/admin/"),
                         QString(), 2});
    }
    void showStatus()
    {
        m_window->showPane(MainWindow::PaneId::Support);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->supportPane()->hasLoadedOnce(), 10000);
        tabs()->setCurrentWidget(panel());
        QTRY_VERIFY_WITH_TIMEOUT(panel()->hasLoadedOnce(), 10000);
    }
    bool checked() const
    {
        for (int i = 0; i < list()->topLevelItemCount(); ++i)
            if (cell(i, 1).startsWith(QStringLiteral("checking")) ||
                cell(i, 1).startsWith(QStringLiteral("not")))
                return false;
        return list()->topLevelItemCount() > 0 && !panel()->isChecking();
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
        m_pages = std::make_unique<FixtureServer>(QStringLiteral("fake_status.py"), QStringList());
        QVERIFY2(m_pages->ok(), qPrintable(m_pages->error()));
    }
    void init()
    {
        openWindow();
        useStandInLinks();
        m_pages->control("DELETE", QStringLiteral("/_calls"));
    }
    void cleanup() { closeWindow(); }

    // Shown, checked at once, each state in words with its colour; the window never waits meanwhile.
    void theTabChecksEveryLinkWhenShown()
    {
        m_window->showPane(MainWindow::PaneId::Support);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->supportPane()->hasLoadedOnce(), 10000);
        QTest::qWait(300);
        QVERIFY(!panel()->hasLoadedOnce()); // the tab is not shown: nothing loaded, nothing checked
        QCOMPARE(m_pages->control("GET", QStringLiteral("/_calls")), QByteArray("[]"));

        showStatus();
        QCOMPARE(list()->topLevelItemCount(), 3);
        QCOMPARE(cell(0, 0), QStringLiteral("Platform status page"));
        QTRY_VERIFY_WITH_TIMEOUT(checked(), 10000);
        QCOMPARE(cell(0, 1), QStringLiteral("up (HTTP 200)"));
        QCOMPARE(cell(1, 1), QStringLiteral("down (HTTP 503)"));
        QCOMPARE(cell(2, 1), QStringLiteral("down (DNS)"));
        QCOMPARE(list()->topLevelItem(0)->foreground(1).color(), QColor(0x2e, 0x7d, 0x32));
        QCOMPARE(list()->topLevelItem(1)->foreground(1).color(), QColor(0xc6, 0x28, 0x28));
        QVERIFY(!list()->topLevelItem(0)->icon(1).isNull());
        QVERIFY(cell(0, 2).endsWith(QStringLiteral(" ms")));
        QVERIFY(!cell(0, 3).isEmpty());
        QVERIFY(list()->topLevelItem(2)->toolTip(1).contains(
            QStringLiteral("nohost.invalid does not resolve (DNS)")));
        auto* summary = panel()->findChild<QLabel*>(QStringLiteral("statusSummary"));
        QCOMPARE(summary->text(), QStringLiteral("Down: 2 of 3."));
        // The selected link's whole result below the list.
        list()->setCurrentItem(list()->topLevelItem(1));
        QVERIFY(panel()
                    ->findChild<QLabel*>(QStringLiteral("statusDetail"))
                    ->text()
                    .contains(QStringLiteral("503")));
        shot(QStringLiteral("support-status.png"));

        // A slow server: the list says "checking…" while the window goes on (a timer fires, the tab changes).
        {
            Database db;
            db.open(m_target);
            db.exec(QStringLiteral("UPDATE status_links SET url = ? WHERE name = 'Grafana'"),
                    {QString(m_pages->url().toString() + QStringLiteral("/slow/5"))});
        }
        panel()->setCheckTimeoutMs(1500);
        panel()->reload();
        QTRY_COMPARE_WITH_TIMEOUT(cell(1, 1), QStringLiteral("checking…"), 5000);
        bool ticked = false;
        QTimer::singleShot(50, this, [&] { ticked = true; });
        QTRY_VERIFY_WITH_TIMEOUT(ticked, 1000);
        QVERIFY(panel()->isChecking());
        QTRY_COMPARE_WITH_TIMEOUT(cell(1, 1), QStringLiteral("down (timeout)"), 5000);
    }

    // Check now asks every server again; a double-click opens the link in the browser.
    void checkNowAndOpen()
    {
        showStatus();
        QTRY_VERIFY_WITH_TIMEOUT(checked(), 10000);
        const int before = int(m_pages->control("GET", QStringLiteral("/_calls")).count("\"GET\""));
        QCOMPARE(before, 2);
        panel()->findChild<QPushButton*>(QStringLiteral("statusCheckButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(checked(), 10000);
        QCOMPARE(int(m_pages->control("GET", QStringLiteral("/_calls")).count("\"GET\"")), 4);

        QUrl opened;
        panel()->setUrlOpener([&](const QUrl& url) { opened = url; });
        QTreeWidgetItem* item = list()->topLevelItem(0);
        const QRect rect = list()->visualItemRect(item);
        // As a person double-clicks: a click, then the double-click (which alone QTest sends without a
        // press).
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(list()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(opened, QUrl(m_pages->url().toString() + QStringLiteral("/up")));
    }

    // Every write of an owner: Cancel changes nothing, OK writes once and audits.
    void anOwnersWritesAskFirst()
    {
        showStatus();
        QTRY_VERIFY_WITH_TIMEOUT(checked(), 10000);
        const auto fill = [this](QDialog* d) {
            d->findChild<QLineEdit*>(QStringLiteral("statusLinkNameEdit"))
                ->setText(QStringLiteral("Prometheus"));
            d->findChild<QLineEdit*>(QStringLiteral("statusLinkUrlEdit"))
                ->setText(m_pages->url().toString() + QStringLiteral("/status/204"));
        };
        const QString before = dbSnapshot();
        QVERIFY(clickWrite(panel(), QStringLiteral("statusAddButton"), QStringLiteral("statusLinkDialog"),
                           fill, false));
        QTest::qWait(200);
        QCOMPARE(dbSnapshot(), before);
        QVERIFY(clickWrite(panel(), QStringLiteral("statusAddButton"), QStringLiteral("statusLinkDialog"),
                           fill, true));
        QTRY_COMPARE_WITH_TIMEOUT(list()->topLevelItemCount(), 4, 10000);
        QCOMPARE(cell(3, 0), QStringLiteral("Prometheus"));
        QTRY_COMPARE_WITH_TIMEOUT(cell(3, 1), QStringLiteral("up (HTTP 204)"), 10000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'status_link.add'")),
                 1);

        // The new link is selected: edit it, move it up, then down again, then remove it.
        QTRY_COMPARE_WITH_TIMEOUT(list()->currentItem(), list()->topLevelItem(3), 5000);
        const auto rename = [](QDialog* d) {
            d->findChild<QLineEdit*>(QStringLiteral("statusLinkNameEdit"))
                ->setText(QStringLiteral("Prometheus EU"));
        };
        QString snap = dbSnapshot();
        QVERIFY(clickWrite(panel(), QStringLiteral("statusEditButton"), QStringLiteral("statusLinkDialog"),
                           rename, false));
        QTest::qWait(200);
        QCOMPARE(dbSnapshot(), snap);
        QVERIFY(clickWrite(panel(), QStringLiteral("statusEditButton"), QStringLiteral("statusLinkDialog"),
                           rename, true));
        QTRY_COMPARE_WITH_TIMEOUT(cell(3, 0), QStringLiteral("Prometheus EU"), 10000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'status_link.edit'")),
                 1);

        snap = dbSnapshot();
        QVERIFY(clickWrite(panel(), QStringLiteral("statusUpButton"), QString(), nullptr, false));
        QTest::qWait(200);
        QCOMPARE(dbSnapshot(), snap);
        QVERIFY(clickWrite(panel(), QStringLiteral("statusUpButton"), QString(), nullptr, true));
        QTRY_COMPARE_WITH_TIMEOUT(cell(2, 0), QStringLiteral("Prometheus EU"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(list()->currentItem(), list()->topLevelItem(2), 5000);
        snap = dbSnapshot();
        QVERIFY(clickWrite(panel(), QStringLiteral("statusDownButton"), QString(), nullptr, false));
        QTest::qWait(200);
        QCOMPARE(dbSnapshot(), snap);
        QVERIFY(clickWrite(panel(), QStringLiteral("statusDownButton"), QString(), nullptr, true));
        QTRY_COMPARE_WITH_TIMEOUT(cell(3, 0), QStringLiteral("Prometheus EU"), 10000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'status_link.move'")),
                 2);

        QTRY_COMPARE_WITH_TIMEOUT(list()->currentItem(), list()->topLevelItem(3), 5000);
        snap = dbSnapshot();
        QVERIFY(clickWrite(panel(), QStringLiteral("statusRemoveButton"), QString(), nullptr, false));
        QTest::qWait(200);
        QCOMPARE(dbSnapshot(), snap);
        QVERIFY(clickWrite(panel(), QStringLiteral("statusRemoveButton"), QString(), nullptr, true));
        QTRY_COMPARE_WITH_TIMEOUT(list()->topLevelItemCount(), 3, 10000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'status_link.remove'")),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM status_links")), 3);
    }

    // The demo's own links (example hosts) are listed in their order, the tenant's Odoo among them, and each
    // gets a state once checked, whatever the network here says about example hosts.
    void theDemosLinksAreCheckedToo()
    {
        {
            Database db;
            db.open(m_target);
            db.exec(QStringLiteral("DELETE FROM status_links"));
            QCOMPARE(StatusLinks::seedDemo(db), 4);
        }
        showStatus();
        QTRY_COMPARE_WITH_TIMEOUT(list()->topLevelItemCount(), 4, 10000);
        QCOMPARE(cell(0, 0), QStringLiteral("Platform status page"));
        QCOMPARE(cell(0, 4), QStringLiteral("everyone"));
        QVERIFY(cell(3, 0).startsWith(QStringLiteral("Odoo of ")));
        QVERIFY(cell(3, 4) != QStringLiteral("everyone"));
        QTRY_VERIFY_WITH_TIMEOUT(checked(), 15000);
        for (int i = 0; i < 4; ++i)
            QVERIFY2(cell(i, 1).startsWith(QStringLiteral("up")) ||
                         cell(i, 1).startsWith(QStringLiteral("down")),
                     qPrintable(cell(i, 1)));
        list()->setCurrentItem(list()->topLevelItem(0));
        shot(QStringLiteral("support-status-demo.png"));
    }

    // An operator sees the links checked but cannot change them: each write button disabled, saying why.
    void othersCannotChangeTheList()
    {
        showStatus();
        QTRY_VERIFY_WITH_TIMEOUT(checked(), 10000);
        const Capabilities owner = m_context->capabilities();
        Capabilities caps;
        caps.login = QStringLiteral("oscar");
        caps.roles = {Roles::Operator};
        QSignalSpy loaded(panel(), &Pane::loaded);
        m_context->setConnected(m_target, caps);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 15000);
        list()->setCurrentItem(list()->topLevelItem(1));
        QVERIFY(panel()->findChild<QPushButton*>(QStringLiteral("statusCheckButton"))->isEnabled());
        QVERIFY(panel()->findChild<QPushButton*>(QStringLiteral("statusOpenButton"))->isEnabled());
        for (const char* name : {"statusAddButton", "statusEditButton", "statusRemoveButton",
                                 "statusUpButton", "statusDownButton"}) {
            auto* b = panel()->findChild<QPushButton*>(QLatin1String(name));
            QVERIFY2(!b->isEnabled(), name);
            QVERIFY2(b->toolTip().contains(QStringLiteral("Only owners")), qPrintable(b->toolTip()));
        }
        QVERIFY(panel()
                    ->findChild<QLabel*>(QStringLiteral("statusScopeLabel"))
                    ->text()
                    .contains(QStringLiteral("Owners")));
        m_context->setConnected(m_target, owner);
    }

    // No links: the tab says what to do next instead of an empty table.
    void noLinksSaysWhatToDo()
    {
        {
            Database db;
            db.open(m_target);
            db.exec(QStringLiteral("DELETE FROM status_links"));
        }
        showStatus();
        auto* empty = panel()->findChild<QLabel*>(QStringLiteral("statusEmptyLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), 5000);
        QVERIFY(empty->text().contains(QStringLiteral("Add…")));
        QVERIFY(!list()->isVisible());
    }
};

QTEST_MAIN(TestGuiStatusLinks)
#include "tst_gui_status_links.moc"
