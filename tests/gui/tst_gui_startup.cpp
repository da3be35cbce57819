// Opening a store in the app: a new file is created only after the person confirms (empty or with demo data);
// a damaged file, a file from a newer version or a foreign database is refused with a clear message and left
// exactly as it was.
#include "models/audit/AuditLog.h"
#include "models/itemmodels/TenantListModel.h"
#include "models/storage/Migrator.h"
#include "models/tenants/TenantRepository.h"
#include "tests/common/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/bundles/BundlesPane.h"
#include "ui/common/AppContext.h"
#include "ui/common/ConfirmDialog.h"
#include "ui/connection/Connector.h"
#include "ui/tenants/TenantsPane.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace fusion;

namespace {
ConfirmDialog* waitForConfirm()
{
    ConfirmDialog* found = nullptr;
    const bool ok = QTest::qWaitFor(
        [&] {
            const auto tops = QApplication::topLevelWidgets();
            for (QWidget* top : tops) {
                const auto dialogs = top->findChildren<ConfirmDialog*>();
                for (ConfirmDialog* d : dialogs) {
                    if (d->isVisible())
                        found = d;
                }
            }
            return found != nullptr;
        },
        10000);
    Q_UNUSED(ok);
    return found;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestGuiStartup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newFileIsCreatedOnlyAfterConfirmation()
    {
        const DatabaseTarget target = test::sqliteTarget(m_dir, QStringLiteral("new.db"));
        AppContext context;
        MainWindow window(&context);
        window.show();
        QSignalSpy setup(window.connector(), &Connector::setupNeeded);
        window.connector()->open(target);
        QVERIFY(setup.wait(60000));
        auto* title = window.findChild<QLabel*>(QStringLiteral("problemTitleLabel"));
        QVERIFY(title->text().contains(QStringLiteral("Welcome")));

        // Cancel: back to the welcome page, no schema written.
        window.findChild<QPushButton*>(QStringLiteral("problemPrimaryButton"))->click();
        ConfirmDialog* confirm = waitForConfirm();
        QVERIFY(confirm);
        QVERIFY(confirm->plan().effects.join(QLatin1Char('\n')).contains(QStringLiteral("core schema")));
        setup.clear();
        confirm->findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
        QVERIFY(setup.wait(60000));
        {
            Database db;
            db.open(target);
            QCOMPARE(Migrator::status(db).current, 0);
        }

        // Confirm: the schema exists, the window is ready and shows the empty state.
        QSignalSpy ready(window.connector(), &Connector::ready);
        window.findChild<QPushButton*>(QStringLiteral("problemPrimaryButton"))->click();
        confirm = waitForConfirm();
        QVERIFY(confirm);
        confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        QVERIFY(ready.wait(60000));
        window.showPane(MainWindow::PaneId::Tenants);
        auto* empty = window.findChild<QLabel*>(QStringLiteral("emptyTitleLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(
            empty->isVisible() && empty->text().contains(QStringLiteral("No tenants yet")), 5000);
        auto* createFirst = window.findChild<QPushButton*>(QStringLiteral("emptyActionButton"));
        QVERIFY(createFirst->isEnabled());
        Database db;
        db.open(target);
        QCOMPARE(Migrator::status(db).current, Migrator::latestVersion(Dialect::Sqlite));
        QCOMPARE(AuditLog::count(db, {}), qint64(1));

        // No bundles either: the Bundles pane explains them and starts from a recommended one, saved only
        // after confirmation.
        window.showPane(MainWindow::PaneId::Bundles);
        auto* bundlesEmpty = window.findChild<QWidget*>(QStringLiteral("bundlesEmptyState"));
        QTRY_VERIFY_WITH_TIMEOUT(bundlesEmpty && bundlesEmpty->isVisible(), 5000);
        auto* ppm = bundlesEmpty->findChild<QPushButton*>(QStringLiteral("starter-finance-ppm"));
        QVERIFY(ppm && ppm->isEnabled());
        QVERIFY(bundlesEmpty->findChild<QPushButton*>(QStringLiteral("starter-crm-sales")));
        ppm->click();
        auto* pane = window.bundlesPane();
        QCOMPARE(pane->findChild<QLineEdit*>(QStringLiteral("codeEdit"))->text(),
                 QStringLiteral("finance-ppm"));
        QVERIFY(pane->findChild<QListWidget*>(QStringLiteral("modulesList"))->count() >= 5);
        auto* save = pane->findChild<QPushButton*>(QStringLiteral("saveButton"));
        QVERIFY(save->isEnabled());
        save->click();
        confirm = waitForConfirm();
        QVERIFY(confirm);
        confirm->findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM bundles")).toInt(), 0);
        QTRY_VERIFY(save->isEnabled());
        save->click();
        confirm = waitForConfirm();
        QVERIFY(confirm);
        confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!bundlesEmpty->isVisible(), 10000);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM bundles WHERE code = 'finance-ppm'")).toInt(),
                 1);
    }

    void newFileWithDemoData()
    {
        const DatabaseTarget target = test::sqliteTarget(m_dir, QStringLiteral("demo.db"));
        AppContext context;
        MainWindow window(&context);
        window.show();
        QSignalSpy setup(window.connector(), &Connector::setupNeeded);
        window.connector()->open(target);
        QVERIFY(setup.wait(60000));
        QSignalSpy ready(window.connector(), &Connector::ready);
        window.findChild<QPushButton*>(QStringLiteral("problemDemoButton"))->click();
        ConfirmDialog* confirm = waitForConfirm();
        QVERIFY(confirm);
        QVERIFY(confirm->plan().effects.join(QLatin1Char('\n')).contains(QStringLiteral("48")));
        confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        QVERIFY(ready.wait(60000));
        Database db;
        db.open(target);
        QCOMPARE(TenantRepository(db).counts().total, qint64(48));
    }

    void damagedFileIsRefusedAndUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.db"));
        {
            // A real database whose header was overwritten, as a disk error or a bad copy would leave it.
            Database db;
            test::prepare(db, test::sqliteTarget(m_dir, QStringLiteral("damaged.db")), 3);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(0);
        file.write("this is not SQLite");
        file.close();
        const QByteArray before = fileHash(path);
        expectProblem(test::sqliteTarget(m_dir, QStringLiteral("damaged.db")), QStringLiteral("damaged"));
        QCOMPARE(fileHash(path), before);
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        const DatabaseTarget target = test::sqliteTarget(m_dir, QStringLiteral("newer.db"));
        {
            Database db;
            test::prepare(db, target, 2);
            db.execRaw(QStringLiteral(
                "INSERT INTO schema_version VALUES (99, 'from the future', '2030-01-01', 'x')"));
        }
        const QByteArray before = fileHash(target.sqlitePath);
        expectProblem(target, QStringLiteral("newer Fusion Console"));
        QCOMPARE(fileHash(target.sqlitePath), before);
    }

    void foreignDatabaseIsRefusedAndUntouched()
    {
        const DatabaseTarget target = test::sqliteTarget(m_dir, QStringLiteral("foreign.db"));
        {
            Database db;
            db.open(target);
            db.execRaw(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"));
        }
        const QByteArray before = fileHash(target.sqlitePath);
        expectProblem(target, QStringLiteral("do not belong to Fusion Console"));
        QCOMPARE(fileHash(target.sqlitePath), before);
    }

private:
    void expectProblem(const DatabaseTarget& target, const QString& text)
    {
        AppContext context;
        MainWindow window(&context);
        window.show();
        QSignalSpy failed(window.connector(), &Connector::failed);
        window.connector()->open(target);
        QVERIFY(failed.wait(60000));
        auto* message = window.findChild<QLabel*>(QStringLiteral("problemTextLabel"));
        QVERIFY2(message->text().contains(text), qPrintable(message->text()));
        QVERIFY(!context.isReady());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionNewTenant"))->isEnabled());
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiStartup)
#include "tst_gui_startup.moc"
