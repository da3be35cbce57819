// The Operations pane's pager, offscreen, on a real SQLite database with demo data and 260 more operations
// (runs of equal creation times): First, Previous, Next and Last (and Alt+Right) show exactly the rows the
// plain ORDER BY puts on that page, "X–Y of N operations" says where they are, the buttons at an end are
// disabled; the status filter and the page size start again from the first page; a citation opens the page
// starting at an old operation and selects it; past 10,000 operations the label says "more than 10,000" and
// the last page comes all the same.
#include "models/itemmodels/OperationListModel.h"
#include "models/storage/Database.h"
#include "tests/common/Failures.h"
#include "tests/gui/MainWindowTest.h"
#include "ui/operations/OperationDrawer.h"
#include "ui/operations/OperationsPane.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace fusion;
using namespace fusion::test;

class TestGuiOperationsPaging : public QObject, protected MainWindowFixture {
    Q_OBJECT

    OperationsPane* ops() const
    {
        return qobject_cast<OperationsPane*>(m_window->pane(MainWindow::PaneId::Operations));
    }
    template <typename T>
    T* part(const char* name) const
    {
        return ops()->findChild<T*>(QLatin1String(name));
    }
    QList<qint64> shownIds() const
    {
        QList<qint64> ids;
        QAbstractItemModel* model = part<QTableView>("tableView")->model();
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->index(row, OperationListModel::IdColumn).data().toLongLong();
        return ids;
    }
    QString resultText() const { return part<QLabel>("resultLabel")->text(); }
    // `count` operations on two tenants, created in runs of 20 at the same instant.
    void addOperations(int count, const QString& day)
    {
        test::guarded([&] {
            Database db;
            db.open(m_target);
            Transaction tx(db);
            const qint64 a = db.scalar(QStringLiteral("SELECT min(id) FROM tenants")).toLongLong();
            const qint64 b = db.scalar(QStringLiteral("SELECT max(id) FROM tenants")).toLongLong();
            for (int i = 0; i < count; ++i)
                db.exec(QStringLiteral("INSERT INTO operations (tenant_id, type, status, trigger_source, "
                                       "created_at) VALUES (?, 'backup', ?, 'cli', ?)"),
                        {i % 2 ? a : b, i % 5 ? QStringLiteral("succeeded") : QStringLiteral("failed"),
                         QStringLiteral("%1T%2:%3:00.000Z")
                             .arg(day)
                             .arg(i / 1200 % 24, 2, 10, QLatin1Char('0'))
                             .arg(i / 20 % 60, 2, 10, QLatin1Char('0'))});
            tx.commit();
        });
    }
    // Every operation (of one status), newest first, as the plain ORDER BY gives them.
    QList<qint64> expectedIds(const QString& status = {})
    {
        Database db;
        db.open(m_target);
        QSqlQuery r =
            status.isEmpty()
                ? db.exec(QStringLiteral("SELECT id FROM operations ORDER BY created_at DESC, id DESC"))
                : db.exec(QStringLiteral("SELECT id FROM operations WHERE status = ? ORDER BY "
                                         "created_at DESC, id DESC"),
                          {status});
        QList<qint64> ids;
        while (r.next())
            ids << r.value(0).toLongLong();
        return ids;
    }
    QString rows(qsizetype from, qsizetype to, qsizetype of) const
    {
        return QStringLiteral("%1–%2 of %3 operations")
            .arg(QLocale().toString(from))
            .arg(QLocale().toString(to))
            .arg(QLocale().toString(of));
    }

private Q_SLOTS:
    void initTestCase() { initFixture(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void pagerWalksFirstPreviousNextLast()
    {
        addOperations(260, QStringLiteral("2026-01-15"));
        const QList<qint64> all = expectedIds();
        const qsizetype n = all.size();
        QVERIFY(n > 260);
        m_window->showPane(MainWindow::PaneId::Operations);
        auto* first = part<QToolButton>("firstPageButton");
        auto* previous = part<QToolButton>("previousPageButton");
        auto* next = part<QToolButton>("nextPageButton");
        auto* last = part<QToolButton>("lastPageButton");
        QVERIFY(first && previous && next && last);
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(), all.mid(0, 50), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(resultText(), rows(1, 50, n), 5000);
        QVERIFY(!first->isEnabled() && !previous->isEnabled() && next->isEnabled() && last->isEnabled());

        next->click();
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(), all.mid(50, 50), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(resultText(), rows(51, 100, n), 5000);
        QVERIFY(first->isEnabled() && previous->isEnabled());
        // Alt+Right, the main window's Next page, turns this pager too.
        action(QStringLiteral("actionNextPage"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(), all.mid(100, 50), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(resultText(), rows(101, 150, n), 5000);

        // Last: the oldest 50, newest first, numbered from the end.
        last->click();
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(), all.mid(n - 50), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(resultText(), rows(n - 49, n, n), 5000);
        QVERIFY(!next->isEnabled() && !last->isEnabled() && previous->isEnabled());
        previous->click();
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(), all.mid(n - 100, 50), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(resultText(), rows(n - 99, n - 50, n), 5000);
        first->click();
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(), all.mid(0, 50), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(resultText(), rows(1, 50, n), 5000);

        // The status filter starts again from its own first page; every row shown is failed.
        next->click();
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(), all.mid(50, 50), 5000);
        auto* status = part<QComboBox>("statusCombo");
        status->setCurrentIndex(status->findData(QStringLiteral("failed")));
        Q_EMIT status->activated(status->currentIndex());
        const QList<qint64> failed = expectedIds(QStringLiteral("failed"));
        QVERIFY(failed.size() > 50);
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(), failed.mid(0, 50), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(resultText(), rows(1, 50, failed.size()), 5000);
        last->click();
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(), failed.mid(failed.size() - 50), 5000);

        // A bigger page, from the first page again.
        status->setCurrentIndex(0);
        Q_EMIT status->activated(0);
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(), all.mid(0, 50), 5000);
        auto* size = part<QComboBox>("pageSizeCombo");
        size->setCurrentIndex(size->findData(100));
        Q_EMIT size->activated(size->currentIndex());
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(), all.mid(0, 100), 5000);
        next->click();
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(), all.mid(100, 100), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(resultText(), rows(101, 200, n), 5000);
    }

    // A citation (the AI console's, the drawer's re-run) opens the page that starts at its operation, even
    // one far from the newest, under a filter that hid it.
    void showOperationOpensThePageAtIt()
    {
        addOperations(260, QStringLiteral("2026-01-15"));
        const QList<qint64> all = expectedIds();
        m_window->showPane(MainWindow::PaneId::Operations);
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(), all.mid(0, 50), 10000);
        auto* status = part<QComboBox>("statusCombo");
        status->setCurrentIndex(status->findData(QStringLiteral("failed")));
        Q_EMIT status->activated(status->currentIndex());
        const qsizetype at = 187;
        ops()->showOperation(all.at(at));
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(), all.mid(at, 50), 5000);
        QCOMPARE(status->currentIndex(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(resultText(), rows(at + 1, at + 50, all.size()), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(ops()->drawer()->operationId(), all.at(at), 5000);
        QVERIFY(part<QToolButton>("previousPageButton")->isEnabled());
        part<QToolButton>("previousPageButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(), all.mid(at - 50, 50), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(resultText(), rows(at - 49, at, all.size()), 5000);
    }

    // Past 10,000 the pane counts no further: "more than 10,000", and the oldest page all the same.
    void moreThanTenThousand()
    {
        addOperations(10100, QStringLiteral("2025-12-01"));
        const QList<qint64> all = expectedIds();
        QVERIFY(all.size() > 10000);
        m_window->showPane(MainWindow::PaneId::Operations);
        const QString cap = QLocale().toString(10000);
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(), all.mid(0, 50), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(resultText(), QStringLiteral("1–50 of more than %1 operations").arg(cap),
                                  5000);
        part<QToolButton>("nextPageButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(resultText(), QStringLiteral("51–100 of more than %1 operations").arg(cap),
                                  5000);
        part<QToolButton>("lastPageButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(), all.mid(all.size() - 50), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            resultText(), QStringLiteral("The oldest operations, more than %1 rows down").arg(cap), 5000);
        part<QToolButton>("previousPageButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(), all.mid(all.size() - 100, 50), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(resultText(), QStringLiteral("Operations more than %1 rows down").arg(cap),
                                  5000);
    }
};

QTEST_MAIN(TestGuiOperationsPaging)
#include "tst_gui_operations_paging.moc"
