// What every pane inherits from the Pane base, as a person notices it: an answer that arrives after a newer
// request never overwrites what that newer request shows; a failed load says so in the pane's message bar; a
// cancelled confirmation leaves the bar silent; and "Export…" saves where it was told — here by the test,
// through the save helper's seam, with no native dialog and no nested event loop.
#include "models/core/WritePlan.h"
#include "tests/common/TestSupport.h"
#include "tests/gui/GuiWait.h"
#include "tests/gui/GuiWindow.h"
#include "ui/MainWindow.h"
#include "ui/access/AccessPane.h"
#include "ui/common/AppContext.h"
#include "ui/common/ConfirmDialog.h"
#include "ui/common/MessageBar.h"
#include "ui/common/Pane.h"
#include "ui/common/SaveFile.h"
#include "ui/common/WriteRunner.h"
#include "ui/usage/UsagePane.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

using namespace fusion;

namespace {

// A pane with nothing of its own: it exposes the base's loading, failure and confirmation handling so a test
// can make requests whose answers it controls, on the real database worker.
class ProbePane : public Pane {
public:
    explicit ProbePane(AppContext* context)
        : Pane(context)
    {
        auto* layout = new QVBoxLayout(this);
        placeMessageBar(layout);
        m_view = new QWidget(this);
        layout->addWidget(m_view, 1);
        coverWhileLoading(m_view);
    }
    void reload() override {}

    // Asks for `value`; the answer comes after `delayMs` on the worker thread.
    void request(const QString& key, const QString& value, int delayMs = 0)
    {
        load(
            key,
            [value, delayMs](Database&) {
                QThread::msleep(static_cast<unsigned long>(delayMs));
                return value;
            },
            [this, key](const QString& v) { shown << key + QLatin1Char('=') + v; });
    }
    void requestFailing(const QString& message)
    {
        load([message](Database&) -> QString { throw Failure(ErrorKind::NotFound, message); },
             [this](const QString& v) { shown << v; });
    }
    void write()
    {
        WriteRunner::run(
            m_context, this,
            [](Database&) {
                PendingWrite w;
                w.plan.action = QStringLiteral("probe.write");
                w.plan.title = QStringLiteral("Probe write");
                w.plan.verb = QStringLiteral("Write");
                w.plan.effects << QStringLiteral("Nothing is written: the test cancels.");
                w.apply = [](Database&) { return QJsonObject{}; };
                return w;
            },
            [this](const Result<QJsonObject>& result) {
                ++answers;
                if (!result)
                    showFailure(result.error());
            });
    }
    bool loading() const { return loads()->isLoading(); }

    QStringList shown;
    int answers = 0;

private:
    QWidget* m_view;
};

} // namespace

class TestGuiPanes : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseTarget m_target;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ProbePane> m_probe;

    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(
            test::startMainWindow(m_dir, QStringLiteral("panes-gui.db"), 12, m_target, m_context, m_window));
    }

    void init()
    {
        m_probe = std::make_unique<ProbePane>(m_context.get());
        m_probe->resize(400, 300);
        m_probe->show();
    }

    void cleanup()
    {
        SaveFile::setAnswer({});
        m_probe.reset();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    void aStaleAnswerNeverOverwritesANewerOne()
    {
        // The first answer is slow and the worker runs jobs in order: it arrives first, after the newer
        // request was made, and must not show.
        m_probe->request(QString(), QStringLiteral("old"), 300);
        m_probe->request(QString(), QStringLiteral("new"));
        QVERIFY(m_probe->loading());
        QTRY_COMPARE_WITH_TIMEOUT(m_probe->shown, QStringList{QStringLiteral("=new")}, 10000);
        QVERIFY(!m_probe->loading());
        QTest::qWait(100);
        QCOMPARE(m_probe->shown, QStringList{QStringLiteral("=new")});
    }

    void namedLoadsGuardOnlyThemselves()
    {
        // A list and its detail: a newer detail request drops the older detail, never the list.
        m_probe->request(QStringLiteral("list"), QStringLiteral("rows"), 200);
        m_probe->request(QStringLiteral("detail"), QStringLiteral("first"), 100);
        m_probe->request(QStringLiteral("detail"), QStringLiteral("second"));
        QTRY_COMPARE_WITH_TIMEOUT(m_probe->shown.size(), 2, 10000);
        QCOMPARE(m_probe->shown, (QStringList{QStringLiteral("list=rows"), QStringLiteral("detail=second")}));
    }

    void aFailedLoadShowsInTheMessageBar()
    {
        m_probe->requestFailing(QStringLiteral("The probe row is gone."));
        QTRY_VERIFY_WITH_TIMEOUT(m_probe->messageBar()->isVisible(), 10000);
        QCOMPARE(m_probe->messageBar()->kind(), MessageBar::Failure);
        QVERIFY2(m_probe->messageBar()->text().contains(QStringLiteral("The probe row is gone.")),
                 qPrintable(m_probe->messageBar()->text()));
        QVERIFY(m_probe->shown.isEmpty());
        QVERIFY(!m_probe->loading());
    }

    void cancellingAConfirmationShowsNothing()
    {
        m_probe->write();
        auto* confirm = test::waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->plan().action, QStringLiteral("probe.write"));
        confirm->reject();
        QTRY_COMPARE_WITH_TIMEOUT(m_probe->answers, 1, 5000);
        QTest::qWait(50);
        QVERIFY2(!m_probe->messageBar()->isVisible(), qPrintable(m_probe->messageBar()->text()));
    }

    void theSaveSeamWritesTheFileTheTestChose()
    {
        m_window->showPane(MainWindow::PaneId::Access);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->accessPane()->hasLoadedOnce(), 15000);
        const QString path = m_dir.filePath(QStringLiteral("chosen-rules.csv"));
        SaveFile::Request asked;
        SaveFile::setAnswer([&asked, path](const SaveFile::Request& request) {
            asked = request;
            return path;
        });
        auto* button = m_window->accessPane()->findChild<QPushButton*>(QStringLiteral("exportRulesButton"));
        QVERIFY(button);
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 5000);
        QCOMPARE(asked.suffix, QStringLiteral("csv"));
        QVERIFY2(asked.suggestedName.startsWith(QStringLiteral("access-rules-")),
                 qPrintable(asked.suggestedName));
        const QByteArray csv = read(path);
        QVERIFY2(!csv.trimmed().isEmpty(), "the CSV is empty");
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->accessPane()->messageBar()->text().contains(QStringLiteral("chosen-rules.csv")), 5000);
        QVERIFY(!test::waitForTop<QFileDialog>({}, 200)); // no dialog was opened
    }

    void aCancelledSaveWritesNothing()
    {
        m_window->showPane(MainWindow::PaneId::Usage);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->usagePane()->hasLoadedOnce(), 15000);
        const auto csvFiles = [this] {
            return QDir(m_dir.path()).entryList({QStringLiteral("*.csv")}, QDir::Files);
        };
        const QStringList before = csvFiles();
        int asked = 0;
        SaveFile::setAnswer([&asked](const SaveFile::Request&) {
            ++asked;
            return QString(); // the person cancelled
        });
        m_window->usagePane()->messageBar()->hide();
        auto* button = m_window->usagePane()->findChild<QPushButton*>(QStringLiteral("exportTableButton"));
        QVERIFY(button);
        button->click();
        QTRY_COMPARE_WITH_TIMEOUT(asked, 1, 5000);
        QTest::qWait(50);
        QVERIFY(!m_window->usagePane()->messageBar()->isVisible());
        QCOMPARE(csvFiles(), before);
    }

    void theUsageTableSavesThroughTheSeam()
    {
        const QString path = m_dir.filePath(QStringLiteral("usage-table.csv"));
        SaveFile::setAnswer([path](const SaveFile::Request& request) {
            return request.title.contains(QStringLiteral("CSV")) ? path : QString();
        });
        auto* button = m_window->usagePane()->findChild<QPushButton*>(QStringLiteral("exportTableButton"));
        QVERIFY(button);
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 5000);
        QVERIFY2(read(path).contains("Cost"), read(path).left(200).constData()); // the table's header
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->usagePane()->messageBar()->text().contains(QStringLiteral("usage-table.csv")), 5000);
    }
};

QTEST_MAIN(TestGuiPanes)
#include "tst_gui_panes.moc"
