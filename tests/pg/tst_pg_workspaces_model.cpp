// Workspaces through the model (models/ai/Workspaces) as real logins on PostgreSQL, where row-level security
// and the schema's triggers decide: what each login is refused is said clearly, by the model, whether its
// own checks see it coming or the database refuses a change that another session made stale meanwhile. The
// rules themselves, in SQL, are tst_pg_workspaces.cpp's.
#include "models/ai/Workspaces.h"
#include "models/audit/WriteExecutor.h"
#include "models/odoo/OdooProposals.h"
#include "models/roles/Capabilities.h"
#include "models/roles/RoleService.h"
#include "tests/common/Failures.h"
#include "tests/common/PgLogins.h"
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace fusion;

class TestPgWorkspacesModel : public QObject, protected test::PgLogins {
    Q_OBJECT

    QString m_slugA, m_slugB, m_member;

    qint64 create(const QString& login, const QString& name, const QString& visibility, const QString& slug)
    {
        auto db = as(login);
        return WriteExecutor::execute(*db, Workspaces::planCreate(*db, slug, name, {}, visibility))
            .value(QStringLiteral("workspace_id"))
            .toInteger();
    }

    static ErrorKind kindOf(const std::optional<Error>& e) { return e ? e->kind : ErrorKind::Internal; }

    // Claims proposal `proposal` as `db`'s login, records Odoo's answer (id `odooId`, given here: the calls
    // themselves are tst_workspaces') and returns what the link-back said.
    static QJsonObject finish(Database& db, qint64 proposal, int odooId)
    {
        WriteExecutor::execute(db, OdooProposals::planExecute(db, proposal));
        const QJsonArray results{QJsonObject{{QStringLiteral("step"), 1},
                                             {QStringLiteral("success"), true},
                                             {QStringLiteral("record_id"), odooId}}};
        return WriteExecutor::execute(db, OdooProposals::planFinish(db, proposal, results, true))
            .value(QStringLiteral("links"))
            .toArray()
            .first()
            .toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString setUp = setUpLogins(QStringLiteral("wsmodel"));
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
        test::guarded([&] {
            m_slugA = m_admin.scalar(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"), {m_tenantA})
                          .toString();
            m_slugB = m_admin.scalar(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"), {m_tenantB})
                          .toString();
            m_member = m_pg->createLogin(QStringLiteral("member"));
            WriteExecutor::execute(m_admin, RoleService(m_admin).planGrant(m_member, Roles::ApiUser));
        });
    }

    // A tenant admin creates in its own tenant (and owns it, with the Odoo proposals its tenant's connection
    // brings); another tenant's admin neither sees its internal workspace nor creates in that tenant.
    void tenantAdminsStayInTheirTenant()
    {
        test::guarded([&] {
            auto a = as(m_tadminA);
            const QJsonObject outcome = WriteExecutor::execute(
                *a, Workspaces::planCreate(*a, m_slugA, QStringLiteral("Ops"), QStringLiteral("Runbooks"),
                                           QStringLiteral("internal")));
            const qint64 id = outcome.value(QStringLiteral("workspace_id")).toInteger();
            QCOMPARE(Workspaces::require(*a, id).myRole, QStringLiteral("owner"));
            QCOMPARE(outcome.value(QStringLiteral("proposal_ids")).toArray().size(), 2);
            QCOMPARE(count(QStringLiteral(
                               "SELECT count(*) FROM audit_log WHERE action = 'workspace.create' AND actor "
                               "= ?"),
                           {m_tadminA}),
                     1);

            auto b = as(m_tadminB);
            const auto hidden = test::failureOf([&] { Workspaces::require(*b, id); });
            QCOMPARE(kindOf(hidden), ErrorKind::NotFound);
            QVERIFY2(hidden->message.contains(QStringLiteral("There is no workspace %1").arg(id)),
                     qPrintable(hidden->message));
            for (const Workspace& w : Workspaces::list(*b))
                QVERIFY(w.id != id);
            // Staff see it; an API user (no staff, no admin of the tenant) does not.
            QCOMPARE(Workspaces::require(*as(m_operator), id).myRole, QString());
            QCOMPARE(kindOf(test::failureOf([&] { Workspaces::require(*as(m_apiUser), id); })),
                     ErrorKind::NotFound);

            const auto otherTenant = test::failureOf([&] {
                Workspaces::planCreate(*b, m_slugA, QStringLiteral("Intrusion"), {},
                                       QStringLiteral("public"));
            });
            QCOMPARE(kindOf(otherTenant), ErrorKind::NotFound);
            QVERIFY2(otherTenant->message.contains(m_slugA), qPrintable(otherTenant->message));
            auto api = as(m_apiUser);
            const auto notStaff = test::failureOf([&] {
                Workspaces::planCreate(*api, m_slugA, QStringLiteral("Mine"), {}, QStringLiteral("public"));
            });
            QCOMPARE(kindOf(notStaff), ErrorKind::PermissionDenied);
            QVERIFY2(notStaff->message.contains(QStringLiteral("platform staff role")),
                     qPrintable(notStaff->message));
        });
    }

    // What an executed proposal created is linked into the workspace by whoever records the result (migration
    // 0011's fusion_workspace_link): a member, and staff outside it too, also outside a private one, which
    // row-level security hides from them (the bug 0011 fixes). The owner then sees both Odoo ids; the
    // channel's proposal is filed as a channel.
    void executedProposalsLinkBackWhoeverExecutesThem_data()
    {
        QTest::addColumn<QString>("visibility");
        QTest::addColumn<bool>("ownerRunsChannel");
        QTest::newRow("internal: staff the project, its owner the channel")
            << QStringLiteral("internal") << true;
        QTest::newRow("private: staff, no member, both") << QStringLiteral("private") << false;
    }
    void executedProposalsLinkBackWhoeverExecutesThem()
    {
        QFETCH(QString, visibility);
        QFETCH(bool, ownerRunsChannel);
        test::guarded([&] {
            auto a = as(m_tadminA);
            const QJsonObject outcome = WriteExecutor::execute(
                *a,
                Workspaces::planCreate(*a, m_slugA, QStringLiteral("Linked ") + visibility, {}, visibility));
            const qint64 id = outcome.value(QStringLiteral("workspace_id")).toInteger();
            const QJsonArray proposals = outcome.value(QStringLiteral("proposal_ids")).toArray();
            QCOMPARE(proposals.size(), 2);
            QCOMPARE(OdooProposals::load(*a, proposals.at(0).toInteger()).kind, QStringLiteral("project"));
            QCOMPARE(OdooProposals::load(*a, proposals.at(1).toInteger()).kind, QStringLiteral("channel"));

            auto op = as(m_operator);
            const bool hidden = visibility == QLatin1String("private");
            const auto opSees = [&] { return !test::failureOf([&] { Workspaces::require(*op, id); }); };
            QCOMPARE(opSees(), !hidden);
            const QJsonObject byStaff = finish(*op, proposals.at(0).toInteger(), 77);
            QCOMPARE(byStaff.value(QStringLiteral("linked")), QJsonValue(true));
            QCOMPARE(byStaff.value(QStringLiteral("link")).toString(),
                     QStringLiteral("workspace:%1:project").arg(id));
            const QJsonObject channel = finish(ownerRunsChannel ? *a : *op, proposals.at(1).toInteger(), 78);
            QCOMPARE(channel.value(QStringLiteral("linked")), QJsonValue(true));
            // Linking gave the operator no view of a workspace it could not see.
            QCOMPARE(opSees(), !hidden);
            const Workspace w = Workspaces::require(*a, id);
            QCOMPARE(w.odooProjectId.value_or(0), 77);
            QCOMPARE(w.odooChannelId.value_or(0), 78);
        });
    }

    void refusalsAreSaidByTheModel()
    {
        test::guarded([&] {
            const qint64 id = create(m_owner, QStringLiteral("Team"), QStringLiteral("private"), m_slugB);
            auto owner = as(m_owner);
            WriteExecutor::execute(*owner,
                                   Workspaces::planAddMember(*owner, id, m_member, QStringLiteral("member")));
            WriteExecutor::execute(*owner,
                                   Workspaces::planAddMember(*owner, id, m_apiUser, QStringLiteral("admin")));

            auto member = as(m_member);
            auto refused = test::failureOf(
                [&] { Workspaces::planAddMember(*member, id, m_operator, QStringLiteral("member")); });
            QCOMPARE(kindOf(refused), ErrorKind::PermissionDenied);
            QVERIFY2(refused->message.contains(QStringLiteral("admin or owner role")),
                     qPrintable(refused->message));
            auto admin = as(m_apiUser);
            refused = test::failureOf(
                [&] { Workspaces::planSetRole(*admin, id, m_member, QStringLiteral("owner")); });
            QCOMPARE(kindOf(refused), ErrorKind::PermissionDenied);
            QCOMPARE(kindOf(test::failureOf([&] { Workspaces::planDelete(*admin, id); })),
                     ErrorKind::PermissionDenied);
            // A login that does not exist on the server is named.
            refused = test::failureOf([&] {
                Workspaces::planAddMember(*owner, id, QStringLiteral("nobody_here"),
                                          QStringLiteral("member"));
            });
            QCOMPARE(kindOf(refused), ErrorKind::NotFound);

            // The last owner may not leave: said before anything is asked.
            refused = test::failureOf([&] { Workspaces::planLeave(*owner, id); });
            QCOMPARE(kindOf(refused), ErrorKind::Conflict);
            QVERIFY2(refused->message.contains(QStringLiteral("at least one owner")),
                     qPrintable(refused->message));

            // Two owners each planning to leave: the second plan, stale once the first ran, is refused by the
            // trigger, and the model says so in its own words.
            WriteExecutor::execute(*owner,
                                   Workspaces::planSetRole(*owner, id, m_member, QStringLiteral("owner")));
            const PendingWrite ownerLeaves = Workspaces::planLeave(*owner, id);
            const PendingWrite memberLeaves = Workspaces::planLeave(*member, id);
            WriteExecutor::execute(*member, memberLeaves);
            refused = test::failureOf([&] { WriteExecutor::execute(*owner, ownerLeaves); });
            QCOMPARE(kindOf(refused), ErrorKind::Conflict);
            QVERIFY2(refused->message.startsWith(
                         QStringLiteral("Workspace Team (%1) must keep at least one owner").arg(id)),
                     qPrintable(refused->message));
            QCOMPARE(count(QStringLiteral(
                               "SELECT count(*) FROM workspace_members WHERE workspace_id = ? AND role = "
                               "'owner'"),
                           {id}),
                     1);

            // An admin's plan made stale by its demotion is refused by row-level security: said clearly too.
            const PendingWrite adds =
                Workspaces::planAddMember(*admin, id, m_operator, QStringLiteral("member"));
            WriteExecutor::execute(*owner,
                                   Workspaces::planSetRole(*owner, id, m_apiUser, QStringLiteral("member")));
            refused = test::failureOf([&] { WriteExecutor::execute(*admin, adds); });
            QCOMPARE(kindOf(refused), ErrorKind::PermissionDenied);
            QVERIFY2(refused->message.contains(
                         QStringLiteral("The database refused this change to workspace Team")),
                     qPrintable(refused->message));
            QCOMPARE(count(QStringLiteral(
                               "SELECT count(*) FROM workspace_members WHERE workspace_id = ? AND login = ?"),
                           {id, m_operator}),
                     0);

            WriteExecutor::execute(*owner, Workspaces::planDelete(*owner, id));
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM workspaces WHERE id = ?"), {id}), 0);
        });
    }
};

QTEST_GUILESS_MAIN(TestPgWorkspacesModel)
#include "tst_pg_workspaces_model.moc"
