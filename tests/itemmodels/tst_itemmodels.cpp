// Every item model under QAbstractItemModelTester, fed with real rows from a demo database, and checked for
// the precise change signals a view relies on (a refresh of the same rows is dataChanged, not a reset).
#include "models/audit/AuditLog.h"
#include "models/audit/WriteExecutor.h"
#include "models/bundles/BundleCatalog.h"
#include "models/itemmodels/AuditListModel.h"
#include "models/itemmodels/BundleListModel.h"
#include "models/itemmodels/ModuleStateModel.h"
#include "models/itemmodels/OdooRecordModel.h"
#include "models/itemmodels/OperationListModel.h"
#include "models/itemmodels/ProposalListModel.h"
#include "models/itemmodels/TenantDriftModel.h"
#include "models/itemmodels/TenantHealthModel.h"
#include "models/itemmodels/TenantListModel.h"
#include "models/odoo/OdooProposals.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantService.h"
#include "tests/common/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fusion;

class TestItemModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_target = test::sqliteTarget(m_dir);
        test::prepare(m_db, m_target, 48);
    }

    void tenantListModel()
    {
        TenantListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TenantRepository repo(m_db);
        TenantQuery q;
        const TenantPage page = repo.list(q);
        model.setRows(page.rows);
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.columnCount(), int(TenantListModel::ColumnCount));
        QCOMPARE(model.index(0, TenantListModel::SlugColumn).data().toString(), page.rows[0].slug);
        QCOMPARE(model.index(0, TenantListModel::StatusColumn).data(TenantListModel::StatusRole).toString(),
                 page.rows[0].status);
        QCOMPARE(model.index(0, TenantListModel::StatusColumn).data().toString(),
                 TenantStatus::label(page.rows[0].status));
        QCOMPARE(model.headerData(TenantListModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));

        // One tenant changes elsewhere; the same page comes back: one dataChanged for that row, no reset.
        const Tenant& target = page.rows[3];
        const QString newStatus =
            target.status == TenantStatus::Paused ? TenantStatus::Active : TenantStatus::Paused;
        const TenantAction action =
            target.status == TenantStatus::Paused ? TenantAction::Resume : TenantAction::Pause;
        if (!TenantService::targetStatus(action, target.status).isEmpty())
            WriteExecutor::execute(m_db,
                                   TenantService(m_db, QStringLiteral("ui")).planAction(target.slug, action));
        else
            WriteExecutor::execute(
                m_db, TenantService(m_db, QStringLiteral("ui"))
                          .planEditTenant(target.id, target.rowVersion,
                                          {{QStringLiteral("name"), QStringLiteral("Renamed")}}));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setRows(repo.list(q).rows);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);

        // Another page: rows are replaced (removed, then inserted).
        q.offset = 20;
        model.setRows(repo.list(q).rows);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 20);
        q.offset = 40;
        model.setRows(repo.list(q).rows);
        QCOMPARE(model.rowCount(), 8);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.index(0, 0).isValid());
    }

    void sortColumnsMapBothWays()
    {
        for (int c = 0; c < TenantListModel::ColumnCount; ++c) {
            if (c == TenantListModel::NameColumn)
                continue;
            QCOMPARE(TenantListModel::columnFor(TenantListModel::sortFor(c)), c);
        }
        QCOMPARE(TenantListModel::sortFor(TenantListModel::NameColumn), TenantSort::Name);
    }

    void proposalListModel()
    {
        ProposalListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const char* name : {"First", "Second", "Third"})
            WriteExecutor::execute(m_db,
                                   OdooProposals::planStore(
                                       m_db, QStringLiteral("acme-finance-ph"),
                                       OdooProposals::buildLead(QStringLiteral("model-test"),
                                                                {QLatin1String(name), {}, {}, {}, {}, {}})));
        QList<Proposal> rows = OdooProposals::list(m_db);
        QCOMPARE(rows.size(), 3);
        model.setRows(rows);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ProposalListModel::SummaryColumn).data().toString(),
                 QStringLiteral("Create lead Third"));
        QCOMPARE(model.index(0, ProposalListModel::StateColumn).data(ProposalListModel::StateRole).toString(),
                 QStringLiteral("pending"));
        // A cancelled one changes in place; a shorter list removes rows.
        WriteExecutor::execute(m_db, OdooProposals::planCancel(m_db, rows.first().id));
        model.setRows(OdooProposals::list(m_db, {}));
        QCOMPARE(model.index(0, ProposalListModel::StateColumn).data(ProposalListModel::StateRole).toString(),
                 QStringLiteral("cancelled"));
        model.setRows(OdooProposals::list(m_db));
        QCOMPARE(model.rowCount(), 2);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void bundleListModel()
    {
        BundleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<BundleInfo> bundles = BundleCatalog::list(m_db);
        QVERIFY(bundles.size() >= 3);
        model.setRows(bundles);
        const int row = model.rowOf(QStringLiteral("crm-sales"));
        QVERIFY(row >= 0);
        const BundleInfo& crm = *model.rowAt(row);
        QCOMPARE(model.index(row, BundleListModel::ModulesColumn).data().toInt(),
                 int(crm.bundle.modules.size()));
        QCOMPARE(model.index(row, BundleListModel::TenantsColumn).data().toInt(), crm.tenantCount);
        QCOMPARE(model.index(row, BundleListModel::NameColumn).data(BundleListModel::CodeRole).toString(),
                 QStringLiteral("crm-sales"));
        QCOMPARE(model.rowOf(QStringLiteral("no-such-bundle")), -1);
        // An edit elsewhere shows in place: the same rows, one changed.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        BundleDraft d{crm.bundle.code,        QStringLiteral("CRM & Sales 2"),
                      crm.bundle.description, crm.bundle.type,
                      crm.bundle.version,     crm.bundle.modules};
        WriteExecutor::execute(m_db, BundleCatalog::planEdit(m_db, crm.bundle.code, crm.rowVersion, d));
        model.setRows(BundleCatalog::list(m_db));
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(model.rowOf(QStringLiteral("crm-sales")), BundleListModel::NameColumn)
                     .data()
                     .toString(),
                 QStringLiteral("CRM & Sales 2"));
    }

    void tenantDriftModel()
    {
        TenantDriftModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TenantDrift synced{1,
                           QStringLiteral("a"),
                           QStringLiteral("A"),
                           {QStringLiteral("crm-sales")},
                           {QStringLiteral("crm"), QStringLiteral("sale_management")},
                           {},
                           12};
        TenantDrift never{2,
                          QStringLiteral("b"),
                          QStringLiteral("B"),
                          {QStringLiteral("crm-sales")},
                          {QStringLiteral("crm")},
                          {},
                          0};
        TenantDrift extra{3, QStringLiteral("c"), QStringLiteral("C"), {}, {}, {QStringLiteral("auditlog")},
                          30};
        TenantDrift clean{4, QStringLiteral("d"), QStringLiteral("D"), {QStringLiteral("hr-core")}, {}, {},
                          9};
        model.setRows({synced, never, extra, clean});
        QCOMPARE(model.index(0, TenantDriftModel::MissingColumn).data().toString(),
                 QStringLiteral("2 — crm, sale_management"));
        // Never synced: not "missing everything" but "not synced yet", with the way out in the tooltip.
        QCOMPARE(model.index(1, TenantDriftModel::MissingColumn).data().toString(),
                 QStringLiteral("not synced yet"));
        QVERIFY(model.index(1, TenantDriftModel::MissingColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("sync")));
        QCOMPARE(model.index(2, TenantDriftModel::UnwantedColumn).data().toString(),
                 QStringLiteral("1 — auditlog"));
        QCOMPARE(model.index(3, TenantDriftModel::MissingColumn).data().toString(), QStringLiteral("none"));
        QCOMPARE(model.rowOf(QStringLiteral("c")), 2);
    }

    void odooRecordModel()
    {
        OdooRecordModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList fields{QStringLiteral("name"), QStringLiteral("parent_id"),
                                 QStringLiteral("is_company"), QStringLiteral("partner_ids")};
        const QVariantList records{
            QVariantMap{{QStringLiteral("id"), 7},
                        {QStringLiteral("name"), QStringLiteral("Andrea Santos")},
                        {QStringLiteral("parent_id"), QVariantList{14, QStringLiteral("Azure Interior")}},
                        {QStringLiteral("is_company"), false},
                        {QStringLiteral("partner_ids"), QVariantList{3, 14}}},
            QVariantMap{{QStringLiteral("id"), 14},
                        {QStringLiteral("name"), QStringLiteral("Azure Interior")},
                        {QStringLiteral("parent_id"), false},
                        {QStringLiteral("is_company"), true},
                        {QStringLiteral("partner_ids"), QVariantList{}}}};
        model.setRecords(fields, records);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Azure Interior")); // many2one: the name
        QCOMPARE(model.index(1, 1).data().toString(), QString());                        // False: empty
        QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("yes"));
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("3, 14"));
        QCOMPARE(model.index(1, 0).data(OdooRecordModel::IdRole).toInt(), 14);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Works for"));
        model.setRecords(fields, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void operationListModel()
    {
        OperationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OperationQuery q;
        q.limit = 100;
        const auto ops = TenantRepository(m_db).operations(q);
        QVERIFY(ops.size() == 100);
        model.setRows(ops);
        QCOMPARE(model.rowCount(), 100);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.rowAt(row - 1)->createdAt >= model.rowAt(row)->createdAt); // newest first
        QCOMPARE(model.index(0, OperationListModel::IdColumn).data().toLongLong(), ops[0].id);
        QCOMPARE(
            model.index(0, OperationListModel::StatusColumn).data(OperationListModel::StatusRole).toString(),
            ops[0].status);
        QCOMPARE(OperationListModel::typeLabel(QStringLiteral("module_apply")),
                 QStringLiteral("Apply modules"));
    }

    void healthModel()
    {
        TenantHealthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto health = TenantRepository(m_db).health(25);
        model.setRows(health);
        QCOMPARE(model.rowCount(), int(health.size()));
        int previous = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            const int severity = model.index(row, 0).data(TenantHealthModel::SeverityRole).toInt();
            QVERIFY(severity >= previous); // worst first
            previous = severity;
            QVERIFY(model.index(row, TenantHealthModel::StatusColumn)
                        .data(TenantHealthModel::StatusRole)
                        .toString() != TenantStatus::Decommissioned);
        }
        QCOMPARE(model.index(0, TenantHealthModel::SeverityColumn).data().toString(),
                 QStringLiteral("Critical"));
    }

    void auditListModel()
    {
        AuditListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TenantQuery active;
        active.status = TenantStatus::Active;
        const QString slug = TenantRepository(m_db).list(active).rows.first().slug;
        WriteExecutor::execute(
            m_db, TenantService(m_db, QStringLiteral("ui")).planAction(slug, TenantAction::Pause));
        AuditQuery q;
        const auto rows = AuditLog::list(m_db, q);
        QVERIFY(rows.size() >= 2);
        model.setRows(rows);
        QCOMPARE(model.rowCount(), int(rows.size()));
        // The pause reads "status: active → paused" in the Changes column.
        bool sawStatusChange = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString changes = model.index(row, AuditListModel::ChangesColumn).data().toString();
            if (changes == QStringLiteral("status: active → paused"))
                sawStatusChange = true;
        }
        QVERIFY(sawStatusChange);
    }

    void moduleStateModel()
    {
        ModuleStateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Tenant t = TenantRepository(m_db).requireBySlug(QStringLiteral("acme-finance-ph"));
        const TenantDetail d = TenantRepository(m_db).detail(t.id, true);
        QVERIFY(!d.modules.isEmpty());
        model.setRows(d.modules);
        QCOMPARE(model.rowCount(), int(d.modules.size()));
        QCOMPARE(model.index(0, ModuleStateModel::NameColumn).data().toString(),
                 d.modules.first().moduleName);
        const QString state = model.index(0, 0).data(ModuleStateModel::StateRole).toString();
        QVERIFY(state == QLatin1String("installed") || state == QLatin1String("pending") ||
                state == QLatin1String("removed"));
    }

private:
    QTemporaryDir m_dir;
    DatabaseTarget m_target;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
