// The Odoo connection dialog, offscreen, on the real main window with a real keychain and the Python Odoo
// test server: test the connection (refused, then accepted), Save asks first and Cancel stores nothing,
// confirming stores the secret in the keychain and the settings in the database.
#include "models/audit/WriteExecutor.h"
#include "models/bundles/BundleCatalog.h"
#include "models/itemmodels/OdooRecordModel.h"
#include "models/itemmodels/TenantDriftModel.h"
#include "models/odoo/OdooClient.h"
#include "models/odoo/OdooConnection.h"
#include "models/odoo/OdooModules.h"
#include "models/odoo/OdooProposals.h"
#include "models/vault/KeyVault.h"
#include "tests/common/FakeOdoo.h"
#include "tests/common/TestSupport.h"
#include "tests/gui/GuiWait.h"
#include "tests/gui/GuiWindow.h"
#include "ui/MainWindow.h"
#include "ui/bundles/BundlesPane.h"
#include "ui/common/AppContext.h"
#include "ui/common/ConfirmDialog.h"
#include "ui/common/MessageBar.h"
#include "ui/connection/Connector.h"
#include "ui/keys/KeysPane.h"
#include "ui/keys/SprawlScanDialog.h"
#include "ui/odoo/OdooConnectionDialog.h"
#include "ui/odoo/OdooPane.h"
#include "ui/proposals/ProposalsPane.h"
#include "ui/proposals/ProposeDialog.h"
#include "ui/tenants/TenantDetailView.h"
#include "ui/tenants/TenantsPane.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace fusion;
using fusion::test::waitForTop;

namespace {

bool keychainHas(const QString& key)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                            QStringLiteral("server"), QStringLiteral("fusion-console")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAll()).contains(QStringLiteral("attribute.user = ") + key);
}
} // namespace

class TestGuiOdoo : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseTarget m_target;
    std::unique_ptr<test::FakeOdoo> m_server;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::FakeOdoo>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        QVERIFY(
            test::startMainWindow(m_dir, QStringLiteral("odoo-gui.db"), 48, m_target, m_context, m_window));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    void testSaveCancelThenConfirm()
    {
        const QString slug = QStringLiteral("acme-finance-ph");
        m_window->openTenantBySlug(slug);
        TenantDetailView* detail = m_window->tenantsPane()->detailView();
        QTRY_VERIFY_WITH_TIMEOUT(detail->tenant() && detail->tenant()->slug == slug, 10000);
        auto* open = detail->findChild<QToolButton*>(QStringLiteral("odooConnectionButton"));
        QVERIFY(open && open->isEnabled());
        open->click();
        auto* dialog = waitForTop<OdooConnectionDialog>(QStringLiteral("odooConnectionDialog"));
        QVERIFY(dialog);
        auto* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000); // loaded

        dialog->findChild<QLineEdit*>(QStringLiteral("urlEdit"))->setText(m_server->url().toString());
        dialog->findChild<QLineEdit*>(QStringLiteral("databaseEdit"))->setText(QStringLiteral("odoopeer"));
        dialog->findChild<QLineEdit*>(QStringLiteral("loginEdit"))->setText(QStringLiteral("admin"));
        auto* secret = dialog->findChild<QLineEdit*>(QStringLiteral("secretEdit"));
        auto* result = dialog->findChild<QLabel*>(QStringLiteral("testResultLabel"));
        auto* test = dialog->findChild<QPushButton*>(QStringLiteral("testButton"));

        // A wrong password: refused, and said so.
        secret->setText(QStringLiteral("wrong"));
        QSignalSpy tested(dialog, &OdooConnectionDialog::testFinished);
        test->click();
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.takeFirst().at(0).toBool(), false);
        QVERIFY2(result->text().contains(QStringLiteral("refused")), qPrintable(result->text()));

        // An API key works in place of the password (and is what gets stored).
        secret->setText(QStringLiteral("fake-admin-api-key-0123456789abcdef"));
        test->click();
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.takeFirst().at(0).toBool(), true);
        QVERIFY2(result->text().contains(QStringLiteral("Odoo 17.0")), qPrintable(result->text()));
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog->grab().save(QDir(shots).filePath(QStringLiteral("odoo-connection.png")));

        // Save tests again, then asks; Cancel stores nothing anywhere.
        const QString before = [&] {
            Database db;
            db.open(m_target);
            return test::snapshot(db);
        }();
        save->click();
        auto* confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        confirm->reject();
        QTest::qWait(300);
        {
            Database db;
            db.open(m_target);
            QCOMPARE(test::snapshot(db), before);
        }
        QVERIFY(!keychainHas(OdooConnection::secretKey(slug)));
        QVERIFY(dialog->isVisible());

        // Confirmed: the secret in the keychain, the settings in the database, the dialog closed.
        QSignalSpy saved(dialog, &OdooConnectionDialog::saved);
        save->click();
        confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        confirm->accept();
        QVERIFY(saved.wait(15000));
        QVERIFY(keychainHas(OdooConnection::secretKey(slug)));
        Database db;
        db.open(m_target);
        const OdooSettings stored = OdooConnection::load(db, slug);
        QCOMPARE(stored.url, m_server->url().toString());
        QCOMPARE(stored.database, QStringLiteral("odoopeer"));
        QCOMPARE(stored.login, QStringLiteral("admin"));
        // The API key is nowhere in the database.
        QVERIFY(!test::snapshot(db).contains(QStringLiteral("fake-admin-api-key")));
        QFile file(m_target.sqlitePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("fake-admin-api-key"));
    }

    // Runs after testSaveCancelThenConfirm, which connected acme-finance-ph to the test server.
    void proposalExecutesOnlyAfterConfirmation()
    {
        qint64 id = 0;
        {
            Database db;
            db.open(m_target);
            const Proposal p = OdooProposals::buildLead(QStringLiteral("gui-case-1"),
                                                        {QStringLiteral("Lead from the GUI test"),
                                                         {},
                                                         {},
                                                         QStringLiteral("spotted at a trade fair"),
                                                         {},
                                                         {}});
            id =
                WriteExecutor::execute(db, OdooProposals::planStore(db, QStringLiteral("acme-finance-ph"), p))
                    .value(QStringLiteral("proposal_id"))
                    .toInteger();
        }
        QVERIFY(id > 0);
        m_window->showPane(MainWindow::PaneId::Proposals);
        ProposalsPane* pane = m_window->proposalsPane();
        pane->selectProposal(id);
        auto* steps = pane->findChild<QTreeWidget*>(QStringLiteral("stepsTree"));
        QTRY_VERIFY_WITH_TIMEOUT(steps->topLevelItemCount() == 1, 10000);
        QVERIFY(steps->topLevelItem(0)->text(0).contains(QStringLiteral("crm.lead")));
        bool tagged = false;
        for (int i = 0; i < steps->topLevelItem(0)->childCount(); ++i)
            tagged = tagged || steps->topLevelItem(0)->child(i)->text(2).contains(
                                   QStringLiteral("[Fusion Case: gui-case-1]"));
        QVERIFY(tagged);
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            m_window->grab().save(QDir(shots).filePath(QStringLiteral("proposals.png")));

        auto* execute = pane->findChild<QPushButton*>(QStringLiteral("executeButton"));
        QVERIFY(execute->isEnabled());
        m_server->clearCalls();
        execute->click();
        auto* confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        confirm->reject();
        QTRY_VERIFY_WITH_TIMEOUT(execute->isEnabled(), 10000);
        QCOMPARE(m_server->countCalls(QStringLiteral("create")), 0);
        {
            Database db;
            db.open(m_target);
            QCOMPARE(OdooProposals::load(db, id).state, QStringLiteral("pending"));
        }

        QSignalSpy finished(pane, &ProposalsPane::executionFinished);
        execute->click();
        confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        confirm->accept();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(m_server->countCalls(QStringLiteral("create")), 1);
        Database db;
        db.open(m_target);
        const Proposal done = OdooProposals::load(db, id);
        QCOMPARE(done.state, QStringLiteral("executed"));
        const int leadId = done.results.first().toObject().value(QStringLiteral("record_id")).toInt();
        bool inOdoo = false;
        for (const auto& l : m_server->state(QStringLiteral("crm.lead")))
            inOdoo = inOdoo || l.toObject().value(QStringLiteral("id")).toInt() == leadId;
        QVERIFY(inOdoo);
        QTRY_VERIFY_WITH_TIMEOUT(!execute->isEnabled(), 10000); // executed: not again
    }

    // Proposing from the app: a refusal keeps what was typed; a partner with a known email becomes an update
    // of only the changed field, stored as pending after the confirmation and shown for review; Cancel
    // Proposal drops it with nothing sent to Odoo.
    void proposeFromTheAppReviewThenCancel()
    {
        QJsonObject known;
        for (const auto& p : m_server->state(QStringLiteral("res.partner"))) {
            const QJsonObject o = p.toObject();
            if (o.value(QStringLiteral("email")).isString() &&
                !o.value(QStringLiteral("email")).toString().isEmpty()) {
                known = o;
                break;
            }
        }
        QVERIFY(!known.isEmpty());
        m_window->showPane(MainWindow::PaneId::Proposals);
        ProposalsPane* pane = m_window->proposalsPane();
        pane->propose(QStringLiteral("acme-finance-ph"));
        auto* dialog = waitForTop<ProposeDialog>(QStringLiteral("proposeDialog"));
        QVERIFY(dialog);
        auto* review = dialog->findChild<QPushButton*>(QStringLiteral("reviewButton"));
        QTRY_VERIFY_WITH_TIMEOUT(review->isEnabled(), 10000);
        QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("tenantCombo"))->currentData().toString(),
                 QStringLiteral("acme-finance-ph"));

        // A lead without a title: refused in the dialog, nothing stored, the case id still there.
        dialog->findChild<QLineEdit*>(QStringLiteral("caseEdit"))->setText(QStringLiteral("GUI-77"));
        dialog->setKind(QStringLiteral("lead"));
        review->click();
        auto* status = dialog->findChild<MessageBar*>(QStringLiteral("statusBar"));
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible() && status->kind() == MessageBar::Failure, 5000);
        QVERIFY2(status->text().contains(QStringLiteral("name")), qPrintable(status->text()));
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("caseEdit"))->text(), QStringLiteral("GUI-77"));

        // The known partner with a new phone number.
        dialog->setKind(QStringLiteral("partner"));
        dialog->findChild<QLineEdit*>(QStringLiteral("partnerEmail"))
            ->setText(known.value(QStringLiteral("email")).toString());
        const QList<QLineEdit*> edits = dialog->findChildren<QLineEdit*>();
        QLineEdit* phone = nullptr;
        for (QLineEdit* e : edits) {
            const auto* form = qobject_cast<QFormLayout*>(e->parentWidget()->layout());
            if (form && form->labelForField(e) &&
                qobject_cast<QLabel*>(form->labelForField(e))->text() == QLatin1String("Phone:") &&
                e->parentWidget()->isVisible())
                phone = e;
        }
        QVERIFY(phone);
        phone->setText(QStringLiteral("+63 2 8555 0100"));
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog->grab().save(QDir(shots).filePath(QStringLiteral("propose-dialog.png")));
        QSignalSpy proposed(dialog, &ProposeDialog::proposed);
        m_server->clearCalls();
        review->click();
        auto* confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->plan().action, QStringLiteral("odoo.proposal.create"));
        QCOMPARE(m_server->countCalls(QStringLiteral("write")), 0);
        confirm->accept();
        QVERIFY(proposed.wait(10000));
        const qint64 id = proposed.first().at(0).toLongLong();
        Proposal stored;
        {
            Database db;
            db.open(m_target);
            stored = OdooProposals::load(db, id);
        }
        QCOMPARE(stored.state, QStringLiteral("pending"));
        QCOMPARE(stored.caseId, QStringLiteral("GUI-77"));
        QCOMPARE(stored.steps.size(), 1);
        QCOMPARE(stored.steps.first().method, QStringLiteral("write"));
        QCOMPARE(stored.steps.first().recordId, known.value(QStringLiteral("id")).toInt());
        QVERIFY(stored.steps.first().values.contains(QStringLiteral("phone")));
        QVERIFY(!stored.steps.first().values.contains(QStringLiteral("email"))); // unchanged: not written

        // The pane selects it and shows the field before → after.
        auto* steps = pane->findChild<QTreeWidget*>(QStringLiteral("stepsTree"));
        QTRY_VERIFY_WITH_TIMEOUT(steps->topLevelItemCount() == 1 &&
                                     steps->topLevelItem(0)->text(0).contains(QStringLiteral("res.partner")),
                                 10000);
        bool phoneShown = false;
        for (int i = 0; i < steps->topLevelItem(0)->childCount(); ++i) {
            const QTreeWidgetItem* field = steps->topLevelItem(0)->child(i);
            phoneShown = phoneShown || (field->text(0) == QLatin1String("phone") &&
                                        field->text(2) == QLatin1String("+63 2 8555 0100"));
        }
        QVERIFY(phoneShown);
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            m_window->grab().save(QDir(shots).filePath(QStringLiteral("proposal-update.png")));

        auto* cancel = pane->findChild<QPushButton*>(QStringLiteral("cancelProposalButton"));
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isEnabled(), 10000);
        cancel->click();
        confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        confirm->accept();
        QTRY_COMPARE_WITH_TIMEOUT(
            [&] {
                Database db;
                db.open(m_target);
                return OdooProposals::load(db, id).state;
            }(),
            QStringLiteral("cancelled"), 10000);
        QCOMPARE(m_server->countCalls(QStringLiteral("write")), 0);
    }

    // A proposal another session claimed and never finished (it crashed): the pane offers only to close it
    // as failed — Execute stays off, nothing goes to Odoo.
    void aStuckProposalIsClosedNeverRerun()
    {
        qint64 id = 0;
        {
            Database db;
            db.open(m_target);
            const Proposal p = OdooProposals::buildLead(QStringLiteral("gui-stuck"),
                                                        {QStringLiteral("Stuck lead"), {}, {}, {}, {}, {}});
            id =
                WriteExecutor::execute(db, OdooProposals::planStore(db, QStringLiteral("acme-finance-ph"), p))
                    .value(QStringLiteral("proposal_id"))
                    .toInteger();
            WriteExecutor::execute(db,
                                   OdooProposals::planExecute(db, id)); // claimed, then the session "died"
        }
        m_window->showPane(MainWindow::PaneId::Proposals);
        ProposalsPane* pane = m_window->proposalsPane();
        pane->selectProposal(id);
        auto* abandon = pane->findChild<QPushButton*>(QStringLiteral("abandonButton"));
        auto* execute = pane->findChild<QPushButton*>(QStringLiteral("executeButton"));
        QTRY_VERIFY_WITH_TIMEOUT(abandon->isVisible(), 10000);
        QVERIFY(!execute->isEnabled());
        m_server->clearCalls();
        abandon->click();
        auto* confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        confirm->accept();
        const auto state = [&] {
            Database db;
            db.open(m_target);
            return OdooProposals::load(db, id).state;
        };
        QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("failed"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!abandon->isVisible(), 10000);
        QVERIFY(!execute->isEnabled());
        QCOMPARE(m_server->countCalls(QStringLiteral("create")), 0);
    }

    // Also after the connection test: the tenant's partners, sortable, and a partner's history.
    void odooPaneSearchesAndShowsHistory()
    {
        QVERIFY(keychainHas(OdooConnection::secretKey(QStringLiteral("acme-finance-ph"))));
        m_window->showPane(MainWindow::PaneId::Odoo);
        OdooPane* pane = m_window->odooPane();
        pane->setTenant(QStringLiteral("acme-finance-ph"));
        auto* status = pane->findChild<QLabel*>(QStringLiteral("statusLabel"));
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QStringLiteral("odoopeer")),
                                  qPrintable(status->text()), 15000);

        pane->findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(QStringLiteral("azure"));
        QSignalSpy shown(pane, &OdooPane::resultsShown);
        pane->findChild<QPushButton*>(QStringLiteral("searchButton"))->click();
        QVERIFY(shown.wait(15000));
        auto* view = pane->findChild<QTableView*>(QStringLiteral("resultsView"));
        QVERIFY(view->model()->rowCount() > 0);
        QSet<int> expected;
        for (const auto& p : m_server->state(QStringLiteral("res.partner"))) {
            const QJsonObject o = p.toObject();
            const QString text =
                o.value(QStringLiteral("name")).toString() + o.value(QStringLiteral("email")).toString() +
                o.value(QStringLiteral("phone")).toString() + o.value(QStringLiteral("website")).toString();
            if (text.contains(QStringLiteral("azure"), Qt::CaseInsensitive) &&
                !(o.value(QStringLiteral("active")).isBool() && !o.value(QStringLiteral("active")).toBool()))
                expected.insert(o.value(QStringLiteral("id")).toInt());
        }
        QSet<int> got;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            got.insert(view->model()->index(row, 0).data(OdooRecordModel::IdRole).toInt());
        QCOMPARE(got, expected);

        // Sorting by a column is local and keeps every row.
        view->sortByColumn(0, Qt::DescendingOrder);
        QCOMPARE(view->model()->rowCount(), int(expected.size()));
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            m_window->grab().save(QDir(shots).filePath(QStringLiteral("odoo-pane.png")));

        const int partner = view->model()->index(0, 0).data(OdooRecordModel::IdRole).toInt();
        QSignalSpy history(pane, &OdooPane::historyShown);
        pane->showHistory(partner);
        QVERIFY(history.wait(15000));
        auto* tree = pane->findChild<QTreeWidget*>(QStringLiteral("historyTree"));
        QCOMPARE(tree->topLevelItemCount(), 5);
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            m_window->grab().save(QDir(shots).filePath(QStringLiteral("odoo-history.png")));
    }

    // Also after the connection test: Odoo answers the search with a 20,000-line traceback. The bar says what
    // failed in one line, its tooltip shows the traceback's first lines, and Details… opens all of it.
    void aHugeOdooFaultIsBoundedWithDetails()
    {
        m_window->showPane(MainWindow::PaneId::Odoo);
        OdooPane* pane = m_window->odooPane();
        pane->setTenant(QStringLiteral("acme-finance-ph"));
        auto* status = pane->findChild<QLabel*>(QStringLiteral("statusLabel"));
        // Connected: the connection's line, or (when the search above ran) its result's.
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QStringLiteral("odoopeer")) ||
                                      status->text().contains(QStringLiteral("record")),
                                  qPrintable(status->text()), 15000);
        m_server->misbehave(QStringLiteral("huge_fault"),
                            {{QStringLiteral("match"), QStringLiteral("search_read")},
                             {QStringLiteral("lines"), 20000},
                             {QStringLiteral("count"), 1}});
        pane->findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(QStringLiteral("azure"));
        pane->findChild<QPushButton*>(QStringLiteral("searchButton"))->click();
        auto* bar = pane->findChild<MessageBar*>(QStringLiteral("messageBar"));
        QVERIFY(bar);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == MessageBar::Failure, 15000);
        const QString shown = bar->text();
        QVERIFY2(shown.contains(QStringLiteral("maximum recursion depth exceeded")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Details")), qPrintable(shown));
        QVERIFY2(shown.size() < 1000, qPrintable(QString::number(shown.size())));
        QVERIFY(!shown.contains(QStringLiteral("_run_action_code")));
        auto* label = bar->findChild<QLabel*>(QStringLiteral("messageText"));
        const QString tip = label->toolTip();
        QVERIFY2(tip.startsWith(QStringLiteral("Traceback (most recent call last):")),
                 qPrintable(tip.left(300)));
        QVERIFY2(tip.count(QLatin1Char('\n')) <= 12, qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("19,988 more line")),
                 qPrintable(tip.section(QLatin1Char('\n'), -1)));
        QVERIFY(bar->height() < 200); // the bar did not grow with the traceback
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            m_window->grab().save(QDir(shots).filePath(QStringLiteral("odoo-huge-fault-bar.png")));

        // The link opens the whole traceback, beside the pane (not modal), in a fixed-width, unwrapped view.
        Q_EMIT label->linkActivated(QStringLiteral("#details"));
        auto* dialog = waitForTop<QDialog>(QStringLiteral("detailsDialog"));
        QVERIFY(dialog);
        QVERIFY(!dialog->isModal());
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        auto* text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("detailsText"));
        QVERIFY(text && text->isReadOnly());
        QCOMPARE(text->lineWrapMode(), QPlainTextEdit::NoWrap);
        const QString whole = text->toPlainText();
        QCOMPARE(whole, bar->details());
        QCOMPARE(whole.trimmed().count(QLatin1Char('\n')) + 1, 20000);
        QVERIFY(whole.contains(QStringLiteral("# frame 9999\n")));
        QVERIFY(whole.trimmed().endsWith(QStringLiteral("while calling a Python object")));
        auto* summary = dialog->findChild<QLabel*>(QStringLiteral("detailsSummaryLabel"));
        QVERIFY(summary && summary->text().contains(QStringLiteral("maximum recursion depth")));
        auto* copy = dialog->findChild<QPushButton*>(QStringLiteral("copyDetailsButton"));
        QVERIFY(copy);
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), whole);
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog->grab().save(QDir(shots).filePath(QStringLiteral("odoo-huge-fault-details.png")));
        // The pane still works while it is open; closing it frees it.
        pane->findChild<QPushButton*>(QStringLiteral("searchButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 15000);
        QPointer<QDialog> gone(dialog);
        dialog->close();
        QTRY_VERIFY(gone.isNull());
    }

    // After the connection test: a bundle defined in the Bundles pane, the tenant's modules synced from its
    // Odoo, then the bundle applied — nothing installed while unconfirmed, installed once confirmed, with the
    // operation and the drift telling the truth afterwards.
    void bundleDefinedSyncedAndApplied()
    {
        const QString slug = QStringLiteral("acme-finance-ph");
        m_window->showPane(MainWindow::PaneId::Bundles);
        BundlesPane* pane = m_window->bundlesPane();
        QTRY_VERIFY_WITH_TIMEOUT(pane->hasLoadedOnce(), 10000);
        const auto child = [pane](const char* name) {
            return pane->findChild<QWidget*>(QLatin1String(name));
        };
        const auto button = [pane](const char* name) {
            return pane->findChild<QPushButton*>(QLatin1String(name));
        };
        const auto db = [this] {
            auto d = std::make_unique<Database>();
            d->open(m_target);
            return d;
        };

        // Define it: the Save button waits for a valid form; Save shows the plan and creates on confirm.
        button("newButton")->click();
        auto* save = button("saveButton");
        qobject_cast<QLineEdit*>(child("codeEdit"))->setText(QStringLiteral("gui-people"));
        qobject_cast<QLineEdit*>(child("nameEdit"))->setText(QStringLiteral("People (GUI)"));
        qobject_cast<QComboBox*>(child("typeCombo"))->setCurrentText(QStringLiteral("hr"));
        QVERIFY(!save->isEnabled()); // no modules yet
        qobject_cast<QLineEdit*>(child("moduleEdit"))->setText(QStringLiteral("hr, web_responsive"));
        button("addModuleButton")->click();
        QCOMPARE(qobject_cast<QListWidget*>(child("modulesList"))->count(), 2);
        QVERIFY(save->isEnabled());
        QVERIFY(!child("bundleTable")->isEnabled()); // unsaved edits pin the selection
        save->click();
        auto* confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->plan().action, QStringLiteral("bundle.create"));
        confirm->accept();
        QTRY_VERIFY_WITH_TIMEOUT(BundleCatalog::find(*db(), QStringLiteral("gui-people")).has_value(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(child("bundleTable")->isEnabled(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(qobject_cast<QLineEdit*>(child("codeEdit"))->text(),
                                  QStringLiteral("gui-people"), 10000);

        // Sync the tenant's modules from its Odoo.
        qobject_cast<QTabWidget*>(child("tabs"))->setCurrentIndex(1);
        pane->setTenant(slug);
        QTRY_VERIFY_WITH_TIMEOUT(button("syncButton")->isEnabled(), 10000);
        const auto snapshot = [&] { return test::snapshot(*db()); };
        // Cancelled, from the pane and from the tenant's Modules tab: nothing recorded.
        const QString before = snapshot();
        button("syncButton")->click();
        confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->plan().action, QStringLiteral("tenant.modules.sync"));
        confirm->reject();
        QTRY_VERIFY_WITH_TIMEOUT(button("syncButton")->isEnabled(), 10000);
        QCOMPARE(snapshot(), before);
        m_window->openTenantBySlug(slug);
        TenantDetailView* detail = m_window->tenantsPane()->detailView();
        QTRY_VERIFY_WITH_TIMEOUT(detail->tenant() && detail->tenant()->slug == slug, 10000);
        auto* detailSync = detail->findChild<QPushButton*>(QStringLiteral("syncModulesButton"));
        QVERIFY(detailSync->isEnabled());
        detailSync->click();
        confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->plan().action, QStringLiteral("tenant.modules.sync"));
        confirm->reject();
        QTRY_VERIFY_WITH_TIMEOUT(detailSync->isEnabled(), 10000);
        QCOMPARE(snapshot(), before);
        m_window->showPane(MainWindow::PaneId::Bundles);

        // Confirmed from the pane: recorded.
        button("syncButton")->click();
        confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->plan().action, QStringLiteral("tenant.modules.sync"));
        confirm->accept();
        QTRY_VERIFY_WITH_TIMEOUT(
            db()->scalar(
                    QStringLiteral("SELECT count(*) FROM tenant_module_states s JOIN tenants t ON t.id = "
                                   "s.tenant_id WHERE t.slug = ? AND s.module_name = 'crm' AND s.state = "
                                   "'installed'"),
                    {slug})
                    .toInt() == 1,
            15000);
        QTRY_VERIFY_WITH_TIMEOUT(button("applyButton")->isEnabled(), 10000);

        // Apply: the plan names both modules; cancelled, nothing is recorded or installed.
        m_server->clearCalls();
        const auto applies = [&] {
            return db()
                ->scalar(QStringLiteral("SELECT count(*) FROM operations WHERE type = 'module_apply' AND "
                                        "trigger_source = 'ui'"))
                .toInt();
        };
        const int appliesBefore = applies();
        const QString beforeApply = snapshot();
        button("applyButton")->click();
        confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->plan().action, QStringLiteral("tenant.bundle.apply"));
        const QString effects = confirm->plan().effects.join(QLatin1Char('\n'));
        QVERIFY2(effects.contains(QStringLiteral("hr, web_responsive")), qPrintable(effects));
        QVERIFY2(effects.contains(QStringLiteral("Assigns bundle gui-people")), qPrintable(effects));
        confirm->reject();
        QTRY_VERIFY_WITH_TIMEOUT(button("applyButton")->isEnabled(), 10000);
        QCOMPARE(m_server->countCalls(QStringLiteral("button_immediate_install")), 0);
        QCOMPARE(m_server->countCalls(QStringLiteral("update_list")), 0);
        QCOMPARE(applies(), appliesBefore);
        QCOMPARE(snapshot(), beforeApply);

        // An earlier apply of this bundle to this tenant still recorded as running (another person's, or one
        // a killed fusionctl left): refused before anything is sent to Odoo and before any confirmation, with
        // a message naming the operation and how to close it.
        const qint64 running = db()->insertReturningId(
            QStringLiteral(
                "INSERT INTO operations (tenant_id, type, status, payload, trigger_source, actor, "
                "started_at) SELECT id, 'module_apply', 'running', ?, 'cli', 'dana', ? FROM tenants "
                "WHERE slug = ?"),
            {QStringLiteral("{\"bundle\":\"gui-people\",\"modules\":[\"hr\",\"web_responsive\"]}"),
             QStringLiteral("2026-03-04T05:06:07Z"), slug});
        QTRY_VERIFY_WITH_TIMEOUT(button("applyButton")->isEnabled(), 10000);
        const QString beforeRefused = snapshot();
        button("applyButton")->click();
        auto* refusedBar = pane->findChild<MessageBar*>(QStringLiteral("messageBar"));
        QTRY_VERIFY_WITH_TIMEOUT(refusedBar->isVisible() && refusedBar->kind() == MessageBar::Failure &&
                                     refusedBar->text().contains(QStringLiteral("already being applied")),
                                 10000);
        const QString refusal = refusedBar->text();
        QVERIFY2(refusal.contains(QStringLiteral("operation %1 has been running since 2026-03-04 05:06 UTC, "
                                                 "started by dana")
                                      .arg(running)),
                 qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("Operations pane")), qPrintable(refusal));
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            m_window->grab().save(QDir(shots).filePath(QStringLiteral("bundles-apply-refused.png")));
        QVERIFY(!test::waitForTop<ConfirmDialog>(QString(), 300)); // nothing to confirm
        QTRY_VERIFY_WITH_TIMEOUT(button("applyButton")->isEnabled(), 10000);
        QCOMPARE(m_server->countCalls(QStringLiteral("button_immediate_install")), 0);
        QCOMPARE(m_server->countCalls(QStringLiteral("update_list")), 0);
        QCOMPARE(snapshot(), beforeRefused);
        // Closed as failed (as the Operations pane does): the bundle can be applied again.
        WriteExecutor::execute(*db(), OdooModules::planAbandonApply(*db(), running));

        // Confirmed: installed, with progress while Odoo works, recorded as a succeeded operation.
        QSignalSpy finished(pane, &BundlesPane::applyFinished);
        button("applyButton")->click();
        confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        confirm->accept();
        // The test server takes a second to install: meanwhile the pane says what Odoo is doing.
        auto* progress = pane->findChild<QProgressBar*>(QStringLiteral("progressBar"));
        auto* progressText = pane->findChild<QLabel*>(QStringLiteral("progressLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(
            progressText->text().startsWith(QStringLiteral("Installing hr, web_responsive")), 10000);
        QVERIFY(progress->isVisible());
        QVERIFY(!button("applyButton")->isEnabled()); // one apply at a time
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            m_window->grab().save(QDir(shots).filePath(QStringLiteral("bundles-applying.png")));
        QVERIFY(finished.wait(60000) || !finished.isEmpty());
        QCOMPARE(finished.first().at(1).toBool(), true);
        QVERIFY(!progress->isVisible());
        QCOMPARE(m_server->countCalls(QStringLiteral("update_list")), 1);
        QCOMPARE(m_server->countCalls(QStringLiteral("button_immediate_install")), 1);
        QCOMPARE(applies(), appliesBefore + 1);
        QCOMPARE(db()->scalar(QStringLiteral("SELECT status FROM operations WHERE type = 'module_apply' AND "
                                             "trigger_source = 'ui' ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("succeeded"));
        DriftQuery q;
        q.slug = slug;
        q.bundleCode = QStringLiteral("gui-people");
        QCOMPARE(BundleCatalog::drift(*db(), q).first().missing, QStringList{});
        for (const auto& m : m_server->state(QStringLiteral("ir.module.module"))) {
            const QJsonObject o = m.toObject();
            if (o.value(QStringLiteral("name")).toString() == QLatin1String("web_responsive"))
                QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("installed"));
        }
        // The pane shows it too, once its drift is read again: nothing missing for the tenant any more.
        auto* drift = pane->findChild<QTableView*>(QStringLiteral("driftTable"));
        qobject_cast<QCheckBox*>(child("inSyncCheck"))->setChecked(true); // list tenants in sync too
        QTRY_VERIFY_WITH_TIMEOUT(
            drift->model()->rowCount() == 1 &&
                drift->model()->index(0, TenantDriftModel::MissingColumn).data().toString() ==
                    QStringLiteral("none"),
            10000);
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            m_window->grab().save(QDir(shots).filePath(QStringLiteral("bundles-applied.png")));
    }

    // After the connection test: the Keys pane scans the tenant's Odoo system parameters for credentials and
    // lists them by fingerprint, telling copies of vault keys from unknown ones.
    void keysPaneScansATenantForCredentials()
    {
        const QString inVault = QStringLiteral("sk-proj-GuiScanCopyOfVaultKey000000000001");
        const QString unknown = QStringLiteral("sk-ant-api03-GuiScanUnknownKey0000000002");
        {
            Database db;
            db.open(m_target);
            NewKey k;
            k.providerCode = QStringLiteral("openai");
            k.label = QStringLiteral("scanned");
            WriteExecutor::execute(db, KeyVault::planAdd(db, k, KeyVault::newKeychainRef(),
                                                         Fingerprint::of(SecretBytes(inVault))));
        }
        OdooClient client;
        OdooEndpoint endpoint;
        endpoint.url = m_server->url();
        endpoint.database = QStringLiteral("odoopeer");
        endpoint.login = QStringLiteral("admin");
        client.setCredentials(endpoint, SecretBytes(QByteArray("fake-admin-api-key-0123456789abcdef")));
        int planted = 0;
        for (const auto& [key, value] : {std::pair{QStringLiteral("ai.openai_key"), inVault},
                                         std::pair{QStringLiteral("ai.claude_key"), unknown}})
            client.create(QStringLiteral("ir.config_parameter"),
                          {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}}, &client,
                          [&planted](const Result<int>& r) { planted += r ? 1 : 100; });
        QTRY_COMPARE_WITH_TIMEOUT(planted, 2, 15000);

        m_window->showPane(MainWindow::PaneId::Keys);
        KeysPane* keys = m_window->keysPane();
        QTRY_VERIFY_WITH_TIMEOUT(keys->hasLoadedOnce(), 10000);
        keys->findChild<QPushButton*>(QStringLiteral("scanTenantButton"))->click();
        auto* dialog = waitForTop<SprawlScanDialog>(QStringLiteral("sprawlScanDialog"));
        QVERIFY(dialog);
        auto* scan = dialog->findChild<QPushButton*>(QStringLiteral("scanButton"));
        QTRY_VERIFY_WITH_TIMEOUT(scan->isEnabled(), 10000);
        dialog->setTenant(QStringLiteral("acme-finance-ph"));
        QSignalSpy scanned(dialog, &SprawlScanDialog::scanned);
        scan->click();
        QVERIFY(scanned.wait(15000));
        QCOMPARE(scanned.first().at(0).toInt(), 2);
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("resultsTable"));
        QHash<QString, QString> inTheVault;
        for (int row = 0; row < table->rowCount(); ++row) {
            inTheVault.insert(table->item(row, 0)->text(), table->item(row, 3)->text());
            for (int col = 0; col < table->columnCount(); ++col)
                QVERIFY(!table->item(row, col)->text().contains(QStringLiteral("GuiScan")));
        }
        QCOMPARE(inTheVault.value(QStringLiteral("ai.openai_key")), QStringLiteral("openai/scanned"));
        QCOMPARE(inTheVault.value(QStringLiteral("ai.claude_key")), QStringLiteral("unknown to the vault"));
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog->grab().save(QDir(shots).filePath(QStringLiteral("keys-scan.png")));
        dialog->reject();
    }
};

QTEST_MAIN(TestGuiOdoo)
#include "tst_gui_odoo.moc"
