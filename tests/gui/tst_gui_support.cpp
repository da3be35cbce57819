// The Support pane, the runbook viewer and their links, offscreen on a real SQLite database with demo data,
// with a tenant's Mattermost webhook in a real private keychain and the Mattermost stand-in: every write asks
// first, Cancel changes (and sends) nothing, OK writes and audits; a request opened, replied to in its
// conversation, closed (no more replies) and reopened; a long conversation scrolled to its newest message; a
// post sent once with its result shown ("posted", or Mattermost's refusal); a runbook rendered, edited with
// its preview, saved and reset; the operation drawer's "Runbook: …" and the dashboard's "Runbooks…" open
// them.
#include "models/support/Runbooks.h"
#include "tests/gui/ClickWrite.h"
#include "tests/gui/MainWindowTest.h"
#include "tests/integrations/FakeMattermost.h"
#include "ui/common/DetailsDialog.h"
#include "ui/common/MessageBar.h"
#include "ui/dashboard/DashboardPane.h"
#include "ui/operations/OperationDrawer.h"
#include "ui/operations/OperationsPane.h"
#include "ui/support/RunbookViewer.h"
#include "ui/support/SupportPane.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace fusion;
using namespace fusion::test;

namespace {
const QString kSlug = QStringLiteral("acme-finance-ph");
const QString kHook = QStringLiteral("gu1supp0rthook000000000001");
const QString kOffHook = QStringLiteral("gu1supp0rthook0000000000ff");
} // namespace

class TestGuiSupport : public QObject, protected MainWindowFixture {
    Q_OBJECT

    std::unique_ptr<FakeMattermost> m_mm;

    SupportPane* pane() const { return m_window->supportPane(); }
    template <typename T>
    T* child(const char* name) const
    {
        return pane()->findChild<T*>(QLatin1String(name));
    }
    QTreeWidget* requests() const { return child<QTreeWidget>("supportRequestsList"); }
    qint64 scalar(const QString& sql, const QVariantList& params = {})
    {
        Database db;
        db.open(m_target);
        return db.scalar(sql, params).toLongLong();
    }
    QString text(const QString& sql, const QVariantList& params = {})
    {
        Database db;
        db.open(m_target);
        return db.scalar(sql, params).toString();
    }
    void cli(const QStringList& args, const QByteArray& input = {})
    {
        const CliResult r =
            runCli(m_home.path(), QStringList{QStringLiteral("--db"), m_target.toUrl()} + args, input);
        QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.out + r.err));
    }
    void showSupport()
    {
        m_window->showPane(MainWindow::PaneId::Support);
        QTRY_VERIFY_WITH_TIMEOUT(pane()->hasLoadedOnce(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QListWidget>("runbooksList")->count() >= 8, 10000);
    }
    bool write(QWidget* root, const QString& button, const QString& dialog,
               const std::function<void(QDialog*)>& fill, bool confirm)
    {
        return clickWrite(root, button, dialog, fill, confirm);
    }
    QString stateOfOnly()
    {
        return text(QStringLiteral("SELECT state FROM support_requests ORDER BY id DESC LIMIT 1"));
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
    void initTestCase()
    {
        initFixture();
        m_mm = std::make_unique<FakeMattermost>();
        QVERIFY2(m_mm->ok(), qPrintable(m_mm->error()));
    }
    void init()
    {
        openWindow();
        m_mm->reset();
        m_mm->addHook(kHook, kSlug);
    }
    void cleanup() { closeWindow(); }

    void aRequestsLifeAsksFirstEveryTime()
    {
        showSupport();
        QCOMPARE(requests()->topLevelItemCount(), 0);
        QVERIFY(child<QTextBrowser>("supportDetail")->toPlainText().contains(QStringLiteral("Open request")));
        const QString before = dbSnapshot();
        const auto fillOpen = [](QDialog* d) {
            auto* tenant = d->findChild<QComboBox*>(QStringLiteral("requestTenantCombo"));
            tenant->setCurrentIndex(tenant->findText(kSlug));
            d->findChild<QLineEdit*>(QStringLiteral("requestSubjectEdit"))
                ->setText(QStringLiteral("Odoo is slow"));
            d->findChild<QPlainTextEdit*>(QStringLiteral("requestBodyEdit"))
                ->setPlainText(QStringLiteral("Every page takes 20 s since 09:00."));
        };
        QVERIFY(write(m_window.get(), QStringLiteral("supportOpenButton"),
                      QStringLiteral("openRequestDialog"), fillOpen, false));
        QTest::qWait(200);
        QCOMPARE(dbSnapshot(), before);
        QVERIFY(write(m_window.get(), QStringLiteral("supportOpenButton"),
                      QStringLiteral("openRequestDialog"), fillOpen, true));
        QTRY_COMPARE_WITH_TIMEOUT(requests()->topLevelItemCount(), 1, 10000);
        QCOMPARE(requests()->topLevelItem(0)->text(1), kSlug);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'support.open'")), 1);
        QTRY_VERIFY_WITH_TIMEOUT(child<QTextBrowser>("supportDetail")
                                     ->toPlainText()
                                     .contains(QStringLiteral("Every page takes 20 s")),
                                 5000);

        // Reply, close, reopen: each cancelled first (nothing changes), then confirmed (changed and
        // audited). Every state is listed, so that the closed request stays selected for Reopen.
        auto* filter = child<QComboBox>("supportStateFilter");
        filter->setCurrentIndex(filter->findData(QString()));
        QTRY_COMPARE_WITH_TIMEOUT(requests()->topLevelItemCount(), 1, 10000);
        // The reply is written in the box under the conversation; Cancel keeps the draft and writes nothing.
        auto* replyEdit = child<QPlainTextEdit>("supportReplyEdit");
        auto* replyButton = child<QPushButton>("supportReplyButton");
        QVERIFY(!replyButton->isEnabled()); // nothing written yet
        replyEdit->setPlainText(QStringLiteral("We restarted the workers."));
        {
            const QString was = dbSnapshot();
            QVERIFY(write(m_window.get(), QStringLiteral("supportReplyButton"), {}, nullptr, false));
            QTest::qWait(200);
            QCOMPARE(dbSnapshot(), was);
            QCOMPARE(replyEdit->toPlainText(), QStringLiteral("We restarted the workers."));
            QVERIFY(write(m_window.get(), QStringLiteral("supportReplyButton"), {}, nullptr, true));
            QTRY_COMPARE_WITH_TIMEOUT(stateOfOnly(), QStringLiteral("answered"), 10000);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'support.reply'")),
                     1);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM support_messages")), 1);
            // The conversation: the request's text first, the reply under it, marked as staff's.
            QTRY_VERIFY_WITH_TIMEOUT(child<QTextBrowser>("supportDetail")
                                         ->toPlainText()
                                         .contains(QStringLiteral("We restarted the workers.")),
                                     5000);
            const QString conversation = child<QTextBrowser>("supportDetail")->toPlainText();
            QVERIFY(conversation.indexOf(QStringLiteral("Every page takes 20 s")) <
                    conversation.indexOf(QStringLiteral("We restarted the workers.")));
            QVERIFY(conversation.contains(QStringLiteral("Staff")));
            QVERIFY(replyEdit->toPlainText().isEmpty());
        }
        const QList<std::tuple<QString, QString, std::function<void(QDialog*)>, QString, QString>> steps{
            {QStringLiteral("supportCloseButton"), QString(), nullptr, QStringLiteral("closed"),
             QStringLiteral("support.close")},
            {QStringLiteral("supportReopenButton"), QString(), nullptr, QStringLiteral("open"),
             QStringLiteral("support.reopen")}};
        for (const auto& [button, dialog, fill, state, action] : steps) {
            const QString was = dbSnapshot();
            QVERIFY2(write(m_window.get(), button, dialog, fill, false), qPrintable(button));
            QTest::qWait(200);
            QCOMPARE(dbSnapshot(), was);
            QVERIFY2(write(m_window.get(), button, dialog, fill, true), qPrintable(button));
            QTRY_COMPARE_WITH_TIMEOUT(stateOfOnly(), state, 10000);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action}), 1);
            if (state == QLatin1String("closed")) {
                // A closed request takes no reply: the box and the button say so.
                QTRY_VERIFY_WITH_TIMEOUT(!replyEdit->isEnabled(), 5000);
                replyEdit->setPlainText(QStringLiteral("one more thing"));
                QVERIFY(!replyButton->isEnabled());
                QVERIFY(replyButton->toolTip().contains(QStringLiteral("reopen")));
            }
        }
        // Closed requests leave the default view ("open and answered") but stay under "All states".
        filter->setCurrentIndex(filter->findData(QStringLiteral("active")));
        QTRY_VERIFY_WITH_TIMEOUT(requests()->currentItem() && requests()->currentItem()->isSelected(), 10000);
        QVERIFY(write(m_window.get(), QStringLiteral("supportCloseButton"), {}, nullptr, true));
        QTRY_COMPARE_WITH_TIMEOUT(requests()->topLevelItemCount(), 0, 10000);
        filter->setCurrentIndex(filter->findData(QString()));
        QTRY_COMPARE_WITH_TIMEOUT(requests()->topLevelItemCount(), 1, 10000);
    }

    // A long conversation reads oldest first with the newest in view at the bottom; the tenant admin's and
    // the staff's messages sit in different colours.
    void aLongThreadScrollsToTheNewest()
    {
        {
            Database db;
            db.open(m_target);
            const qint64 id = db.insertReturningId(
                QStringLiteral(
                    "INSERT INTO support_requests (tenant_id, subject, body, created_by) SELECT id, "
                    "'Printing is slow', 'Since Monday.', 'lena.fischer' FROM tenants WHERE slug = ?"),
                {kSlug});
            for (int i = 1; i <= 30; ++i)
                db.exec(QStringLiteral("INSERT INTO support_messages (request_id, author, author_role, body) "
                                       "VALUES (?, ?, ?, ?)"),
                        {id, i % 2 ? QStringLiteral("jon.reyes") : QStringLiteral("lena.fischer"),
                         i % 2 ? QStringLiteral("staff") : QStringLiteral("tenant"),
                         QStringLiteral("Message number %1 of the thread.").arg(i)});
        }
        showSupport();
        QTRY_COMPARE_WITH_TIMEOUT(requests()->topLevelItemCount(), 1, 10000);
        requests()->setCurrentItem(requests()->topLevelItem(0));
        auto* browser = child<QTextBrowser>("supportDetail");
        QTRY_VERIFY_WITH_TIMEOUT(browser->toPlainText().contains(QStringLiteral("Message number 30 ")), 5000);
        const QString plain = browser->toPlainText();
        QVERIFY(plain.indexOf(QStringLiteral("Message number 1 ")) <
                plain.indexOf(QStringLiteral("Message number 30 ")));
        QScrollBar* bar = browser->verticalScrollBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() == bar->maximum(), 5000);
        QSet<QString> fills;
        const QString html = browser->toHtml();
        for (qsizetype at = html.indexOf(QStringLiteral("bgcolor=\"")); at >= 0;
             at = html.indexOf(QStringLiteral("bgcolor=\""), at + 1))
            fills << html.mid(at + 9, 7);
        QCOMPARE(fills.size(), 2); // staff and tenant
        shot(QStringLiteral("support-thread.png"));
    }

    void aPostIsAskedSentOnceAndItsResultShown()
    {
        cli({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("mattermost"),
             QStringLiteral("--label"), kSlug, QStringLiteral("--secret-stdin"), QStringLiteral("--yes")},
            m_mm->hookUrl(kHook).toUtf8() + '\n');
        showSupport();
        const auto fill = [](const QString& slug, const QString& message) {
            return [slug, message](QDialog* d) {
                auto* tenant = d->findChild<QComboBox*>(QStringLiteral("postTenantCombo"));
                tenant->setCurrentIndex(tenant->findText(slug));
                d->findChild<QPlainTextEdit*>(QStringLiteral("postMessageEdit"))->setPlainText(message);
            };
        };
        const QString before = dbSnapshot();
        QVERIFY(write(m_window.get(), QStringLiteral("supportPostButton"), QStringLiteral("postDialog"),
                      fill(kSlug, QStringLiteral("Maintenance tonight")), false));
        QTest::qWait(300);
        QCOMPARE(dbSnapshot(), before);
        QVERIFY(m_mm->calls().isEmpty());

        QVERIFY(write(m_window.get(), QStringLiteral("supportPostButton"), QStringLiteral("postDialog"),
                      fill(kSlug, QStringLiteral("Maintenance tonight")), true));
        auto* result = child<QLabel>("supportPostResult");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Posted")), 10000);
        QCOMPARE(m_mm->posts().size(), 1);
        QCOMPARE(m_mm->posts().at(0).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Maintenance tonight"));
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'support.channel_post'")), 1,
            5000);
        shot(QStringLiteral("support-pane.png"));

        // A hook Mattermost has disabled: its refusal, in words, sent once.
        const QString other =
            text(QStringLiteral(
                     "SELECT slug FROM tenants WHERE slug <> ? AND status <> 'decommissioned' ORDER BY id "
                     "LIMIT 1"),
                 {kSlug});
        m_mm->addHook(kOffHook, other, false);
        cli({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("mattermost"),
             QStringLiteral("--label"), other, QStringLiteral("--secret-stdin"), QStringLiteral("--yes")},
            m_mm->hookUrl(kOffHook).toUtf8() + '\n');
        QVERIFY(write(m_window.get(), QStringLiteral("supportPostButton"), QStringLiteral("postDialog"),
                      fill(other, QStringLiteral("Status: degraded")), true));
        auto* bar = pane()->findChild<MessageBar*>(QStringLiteral("messageBar"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(QStringLiteral("403")), 10000);
        QVERIFY(bar->text().contains(QStringLiteral("disabled")));
        // Under the buttons one line says so, in full (not squeezed), and points at the bar.
        QCOMPARE(result->text(),
                 QStringLiteral("Not posted to the channel of %1: see the message above.").arg(other));
        QVERIFY(result->height() >= result->heightForWidth(result->width()));
        QCOMPARE(m_mm->calls().size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'support.channel_post'")), 2,
            5000);

        // Mattermost answering with a 20,000-line trace: the bar shows the refusal in a line, Details… all of
        // the trace.
        m_mm->misbehave(QStringLiteral("huge_error"));
        QVERIFY(write(m_window.get(), QStringLiteral("supportPostButton"), QStringLiteral("postDialog"),
                      fill(kSlug, QStringLiteral("Status: degraded")), true));
        const QString lastLine = QStringLiteral("end of trace (line 20000)");
        QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(QStringLiteral("answered 500")), 10000);
        QVERIFY(result->text().startsWith(QStringLiteral("Not posted to the channel of %1").arg(kSlug)));
        QVERIFY2(bar->text().contains(QStringLiteral("Details…")), qPrintable(bar->text()));
        QVERIFY(!bar->text().contains(lastLine) && !result->text().contains(lastLine));
        QVERIFY2(bar->text().size() < 1500, qPrintable(bar->text().left(2000)));
        QVERIFY(bar->height() < 200);
        QVERIFY(bar->details().contains(lastLine));
        DetailsDialog* details = bar->openDetails();
        QVERIFY(details);
        QVERIFY(details->text().contains(lastLine));
        QVERIFY(details->text().count(QLatin1Char('\n')) >= 19999);
        shot(QStringLiteral("support-huge-error.png"));
        details->close();
        QVERIFY(m_mm->posts().size() == 1); // still only the first post

        // The webhook's address is in no audit row and nowhere in the database.
        const QString all = dbSnapshot();
        QVERIFY(!all.contains(kHook) && !all.contains(kOffHook) && !all.contains(QStringLiteral("/hooks/")));
    }

    void aRunbookRendersAndOwnersEditAndResetIt()
    {
        showSupport();
        RunbookViewer* viewer = pane()->openRunbook(QStringLiteral("backup"));
        auto* browser = viewer->findChild<QTextBrowser*>(QStringLiteral("runbookBrowser"));
        QTRY_VERIFY_WITH_TIMEOUT(browser->toPlainText().contains(QStringLiteral("Escalation")), 10000);
        QCOMPARE(viewer->windowTitle(), QStringLiteral("Runbook: A backup failed"));
        QVERIFY(!browser->toPlainText().contains(QStringLiteral("## "))); // rendered, not raw Markdown
        QVERIFY(browser->toHtml().contains(QStringLiteral("<h2")));
        shot(QStringLiteral("runbook-viewer.png"), viewer);

        viewer->findChild<QPushButton*>(QStringLiteral("runbookEditButton"))->click();
        auto* editor = viewer->findChild<QPlainTextEdit*>(QStringLiteral("runbookEditor"));
        QVERIFY(editor->isVisible());
        editor->setPlainText(QStringLiteral("# Backups at ACME\n\n## Checks\n\nCall Ana first.\n"));
        QVERIFY(viewer->findChild<QTextBrowser*>(QStringLiteral("runbookPreview"))
                    ->toPlainText()
                    .contains(QStringLiteral("Backups at ACME")));
        shot(QStringLiteral("runbook-editor.png"), viewer);
        QVERIFY(write(viewer, QStringLiteral("runbookSaveButton"), {}, nullptr, false));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM runbooks")), 0);
        QVERIFY(write(viewer, QStringLiteral("runbookSaveButton"), {}, nullptr, true));
        QTRY_VERIFY_WITH_TIMEOUT(
            browser->isVisible() && browser->toPlainText().contains(QStringLiteral("Call Ana")), 10000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'runbook.edit'")), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            !child<QListWidget>("runbooksList")
                 ->findItems(QStringLiteral("Backups at ACME (edited)"), Qt::MatchExactly)
                 .isEmpty(),
            10000);

        QVERIFY(write(viewer, QStringLiteral("runbookResetButton"), {}, nullptr, false));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM runbooks")), 1);
        QVERIFY(write(viewer, QStringLiteral("runbookResetButton"), {}, nullptr, true));
        QTRY_VERIFY_WITH_TIMEOUT(browser->toPlainText().contains(QStringLiteral("A backup failed")), 10000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM runbooks")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'runbook.reset'")), 1);
        viewer->reject();
    }

    void theDrawerAndTheDashboardLeadToTheRunbooks()
    {
        m_window->showPane(MainWindow::PaneId::Operations);
        auto* ops = m_window->findChild<OperationsPane*>();
        const qint64 failed =
            scalar(QStringLiteral("SELECT max(id) FROM operations WHERE status = 'failed'"));
        QVERIFY(failed > 0);
        ops->showOperation(failed);
        OperationDrawer* drawer = ops->drawer();
        QTRY_COMPARE_WITH_TIMEOUT(drawer->detail().operation.id, failed, 10000);
        auto* link = drawer->findChild<QPushButton*>(QStringLiteral("drawerRunbookButton"));
        const QString title = Runbooks::shipped(drawer->detail().operation.type)->title;
        QTRY_VERIFY_WITH_TIMEOUT(link->isVisible(), 5000);
        QCOMPARE(link->text(), QStringLiteral("Runbook: %1").arg(title));
        link->click();
        auto* viewer = waitForVisible<RunbookViewer>();
        QVERIFY(viewer);
        QTRY_COMPARE_WITH_TIMEOUT(viewer->windowTitle(), QStringLiteral("Runbook: %1").arg(title), 10000);
        QVERIFY(pane()->isVisible());
        viewer->reject();

        m_window->showPane(MainWindow::PaneId::Dashboard);
        auto* runbooks =
            m_window->dashboardPane()->findChild<QPushButton*>(QStringLiteral("dashboardRunbooksButton"));
        QVERIFY(runbooks);
        runbooks->click();
        QTRY_VERIFY_WITH_TIMEOUT(pane()->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QListWidget>("runbooksList")->count() >= 8, 10000);
    }
};

QTEST_MAIN(TestGuiSupport)
#include "tst_gui_support.moc"
