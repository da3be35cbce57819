// Usage → Import Usage… on the real main window, offscreen, with the file dialog answered by the test: the
// file is read and checked on the long-job worker with progress in the pane, the plan confirmed in the
// ConfirmDialog, the rows stored and shown in the pane (refreshed, aggregated) with "Imported N rows, skipped
// M already imported, K rejected."; rejected rows are listed, every line with its reasons, in a dialog from
// the message's Details… link; declining stores nothing; Stop Importing stops a large file while it is read;
// a role that may not record usage finds the button disabled, saying why. The pane and the dialog are
// rendered to PNG (into $FUSION_SCREENSHOT_DIR when set) for people to look at.
#include "models/storage/Database.h"
#include "tests/common/TestSupport.h"
#include "tests/gui/GuiWait.h"
#include "tests/gui/GuiWindow.h"
#include "ui/MainWindow.h"
#include "ui/common/AppContext.h"
#include "ui/common/ConfirmDialog.h"
#include "ui/common/MessageBar.h"
#include "ui/common/OpenFile.h"
#include "ui/usage/RejectedRowsDialog.h"
#include "ui/usage/UsageImportAction.h"
#include "ui/usage/UsagePane.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace fusion;
using fusion::test::waitForTop;

class TestGuiUsageImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseTarget m_target;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    Database m_db; // the test's own look at the store
    QString m_shots;
    OpenFile::Request m_asked;

    UsagePane* pane() const { return m_window->usagePane(); }
    UsageImportAction* action() const { return pane()->importAction(); }
    QPushButton* button() const
    {
        return pane()->findChild<QPushButton*>(QStringLiteral("importUsageButton"));
    }
    qint64 scalar(const QString& sql) { return m_db.scalar(sql).toLongLong(); }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // The person picks `path` in the file dialog the button opens.
    void answerWith(const QString& path)
    {
        OpenFile::setAnswer([this, path](const OpenFile::Request& request) {
            m_asked = request;
            return path;
        });
    }

    bool tableShows(const QString& consumer) const
    {
        const QStandardItemModel* table = pane()->tableModel();
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == consumer)
                return true;
        }
        return false;
    }

    void save(QWidget* widget, const QString& name)
    {
        const QString path = QDir(m_shots).filePath(name + QStringLiteral(".png"));
        QVERIFY2(widget->grab().save(path), qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR", m_dir.filePath(QStringLiteral("shots")));
        QDir().mkpath(m_shots);
        QVERIFY(test::startMainWindow(m_dir, QStringLiteral("usage-import-gui.db"), 6, m_target, m_context,
                                      m_window, MainWindow::PaneId::Usage));
        m_db.open(m_target);
        // The last 30 days, whatever day of the month it is: the rows imported below are from today.
        UsageFilter f;
        f.from = QDateTime::currentDateTimeUtc().date().addDays(-29);
        f.to = QDateTime::currentDateTimeUtc().date();
        QSignalSpy loaded(pane(), &Pane::loaded);
        pane()->setFilter(f);
        QVERIFY(loaded.wait(15000));
    }

    void cleanupTestCase()
    {
        OpenFile::setAnswer(nullptr);
        m_window.reset();
        m_context.reset();
    }

    void importStoresTheFileOnceConfirmedAndShowsIt()
    {
        QVERIFY(button()->isEnabled());
        QCOMPARE(button()->text(), QStringLiteral("&Import Usage…"));
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-600);
        QByteArray csv = "occurred_at,consumer,provider,model,tokens_in,tokens_out,cost,request_id\n";
        for (int i = 0; i < 3; ++i)
            csv += QStringLiteral("%1,imported/gui,openai,gpt-4o,100,10,1.25,gui-%2\n")
                       .arg(now.addSecs(i).toString(Qt::ISODate))
                       .arg(i)
                       .toUtf8();
        const QString path = write(QStringLiteral("gui.csv"), csv);
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM api_usage"));

        // Declined: nothing stored, nothing said.
        answerWith(path);
        button()->click();
        QPointer<ConfirmDialog> confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->plan().action, QStringLiteral("usage.import"));
        QCOMPARE(confirm->plan().rowsAffected, qint64(3));
        // While the person is asked, the import cannot be started again or stopped from the pane.
        QVERIFY(action()->isRunning());
        QVERIFY(!button()->isEnabled());
        QSignalSpy finished(action(), &UsageImportAction::finished);
        confirm->reject();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM api_usage")), before);
        QVERIFY(!action()->isRunning());
        QVERIFY(button()->isEnabled());
        // The file dialog offers the formats the import reads.
        for (const char* pattern : {"*.csv", "*.jsonl", "*.ndjson", "*.json"})
            QVERIFY2(m_asked.filter.contains(QLatin1String(pattern)), qPrintable(m_asked.filter));

        // Confirmed: stored, said, and shown once the pane refreshed (and aggregated).
        QSignalSpy aggregated(pane(), &UsagePane::aggregated);
        button()->click();
        confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        save(confirm, QStringLiteral("usage-import-confirm"));
        confirm->accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM api_usage")), before + 3);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'usage.import'")),
                 qint64(1));
        const QString said = pane()->messageBar()->text();
        // (Plurals as written until the English translation has these messages.)
        QVERIFY2(said.startsWith(QStringLiteral("Imported 3 row")) &&
                     said.contains(QStringLiteral(", skipped 0 already imported, 0 rejected.")),
                 qPrintable(said));
        QCOMPARE(pane()->messageBar()->kind(), MessageBar::Success);
        QVERIFY(aggregated.wait(15000) || aggregated.size() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(tableShows(QStringLiteral("imported/gui")), 15000);
    }

    void rejectedRowsAreListedLineByLineInDetails()
    {
        const QString path = QStringLiteral(FUSION_TEST_DATA_DIR "/usage/mixed.csv");
        answerWith(path);
        QSignalSpy finished(action(), &UsageImportAction::finished);
        button()->click();
        QPointer<ConfirmDialog> confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->plan().rowsAffected, qint64(3));
        confirm->accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const QString said = pane()->messageBar()->text();
        QVERIFY2(said.startsWith(QStringLiteral("Imported 3 row")) &&
                     said.contains(QStringLiteral("5 rejected.")) &&
                     said.contains(QStringLiteral("Details…")),
                 qPrintable(said));
        QCOMPARE(pane()->messageBar()->kind(), MessageBar::Warning); // stays until dismissed
        save(m_window.get(), QStringLiteral("usage-import-message"));

        // Details… opens the list.
        auto* label = pane()->messageBar()->findChild<QLabel*>(QStringLiteral("messageText"));
        QVERIFY(label);
        Q_EMIT label->linkActivated(QStringLiteral("#action"));
        QPointer<RejectedRowsDialog> dialog = waitForTop<RejectedRowsDialog>();
        QVERIFY(dialog);
        const QAbstractItemModel* rows = dialog->view()->model();
        QCOMPARE(rows->rowCount(), 5);
        const QList<QPair<int, QString>> expected{{3, QStringLiteral("no time zone")},
                                                  {4, QStringLiteral("tokens_in is negative")},
                                                  {5, QStringLiteral("there is no provider \"nosuch\"")},
                                                  {7, QStringLiteral("5 fields where the header names 9")},
                                                  {8, QStringLiteral("not a consumer name")}};
        for (int r = 0; r < rows->rowCount(); ++r) {
            QCOMPARE(rows->index(r, 0).data().toInt(), expected[r].first);
            QVERIFY2(rows->index(r, 1).data().toString().contains(expected[r].second),
                     qPrintable(rows->index(r, 1).data().toString()));
        }
        QVERIFY(
            rows->index(4, 1).data().toString().contains(QStringLiteral("tokens_in is not a whole number")));
        // Copyable as text, every line.
        dialog->findChild<QPushButton*>(QStringLiteral("copyAllButton"))->click();
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, dialog->allText());
        QCOMPARE(copied.count(QLatin1Char('\n')), 5);
        QVERIFY2(copied.contains(QStringLiteral("line 4: tokens_in is negative\n")), qPrintable(copied));
        save(dialog, QStringLiteral("usage-import-rejected"));
        dialog->reject();
        QTRY_VERIFY(!dialog);

        // The same file again: nothing new, nobody asked, the rejected rows still listed.
        button()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
        QVERIFY(!waitForTop<ConfirmDialog>({}, 200));
        const QString again = pane()->messageBar()->text();
        QVERIFY2(again.startsWith(QStringLiteral("Imported 0 row")) &&
                     again.contains(QStringLiteral("skipped 3 already imported")) &&
                     again.contains(QStringLiteral("5 rejected.")),
                 qPrintable(again));
        QCOMPARE(action()->lastRejected().size(), 5);
    }

    void stopImportingWhileAFileIsReadStoresNothing()
    {
        QByteArray csv = "occurred_at,consumer,provider,model,tokens_in,request_id\n";
        const int rows = 150000;
        csv.reserve(rows * 70);
        for (int i = 0; i < rows; ++i)
            csv += QStringLiteral("2026-10-01T00:00:00Z,imported/big,openai,gpt-4o,%1,stop-%2\n")
                       .arg(i)
                       .arg(i)
                       .toUtf8();
        const QString path = write(QStringLiteral("big.csv"), csv);
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM api_usage"));
        answerWith(path);
        QSignalSpy finished(action(), &UsageImportAction::finished);
        button()->click();
        auto* progress = pane()->findChild<QProgressBar*>(QStringLiteral("importProgress"));
        auto* status = pane()->findChild<QLabel*>(QStringLiteral("importStatus"));
        // Reading, and saying how far.
        QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible() && progress->maximum() == 100 && progress->value() > 0,
                                 30000);
        QVERIFY2(status->text().startsWith(QStringLiteral("Reading big.csv")), qPrintable(status->text()));
        QCOMPARE(button()->text(), QStringLiteral("Stop &Importing"));
        QVERIFY(button()->isEnabled());
        save(m_window.get(), QStringLiteral("usage-import-progress"));
        button()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QVERIFY(!waitForTop<ConfirmDialog>({}, 200));
        QVERIFY2(pane()->messageBar()->text().contains(QStringLiteral("Stopped importing big.csv")),
                 qPrintable(pane()->messageBar()->text()));
        QVERIFY(!progress->isVisible());
        QCOMPARE(button()->text(), QStringLiteral("&Import Usage…"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM api_usage")), before);
    }

    void aRoleThatMayNotRecordUsageCannotImport()
    {
        // The capabilities a fusion_finance login gets: sees usage, may not record it.
        AppContext finance;
        Capabilities caps;
        caps.login = QStringLiteral("fiona");
        caps.roles = {Roles::Finance};
        finance.setConnected(m_target, caps);
        UsagePane restricted(&finance);
        auto* importButton = restricted.findChild<QPushButton*>(QStringLiteral("importUsageButton"));
        QVERIFY(importButton);
        QVERIFY(!importButton->isEnabled());
        QVERIFY2(importButton->toolTip().contains(QStringLiteral("fusion_finance")),
                 qPrintable(importButton->toolTip()));
        // Nor does asking for a file directly start anything.
        restricted.importAction()->importFile(QStringLiteral(FUSION_TEST_DATA_DIR "/usage/good.csv"));
        QVERIFY(!restricted.importAction()->isRunning());
    }
};

QTEST_MAIN(TestGuiUsageImport)
#include "tst_gui_usage_import.moc"
