// Workspaces on an embedded SQLite file, which has no row-level security: the model enforces the schema's
// permission table itself, with each login being the local user that opened the file (alice, bob, carol,
// dave here). Every write is audited; planning writes nothing; a tenant with an Odoo connection gets its
// workspace's project and Discuss channel proposed, and executing those proposals against the Odoo test
// server links the ids back into the workspace.
#include "models/ai/Workspaces.h"
#include "models/audit/WriteExecutor.h"
#include "models/odoo/OdooClient.h"
#include "models/odoo/OdooProposals.h"
#include "models/odoo/ProposalRunner.h"
#include "models/storage/Migrator.h"
#include "tests/common/Failures.h"
#include "tests/common/FakeOdoo.h"
#include "tests/common/FakeOdooClient.h"
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <optional>

using namespace fusion;

class TestWorkspaces : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseTarget m_target;
    int m_files = 0;
    std::unique_ptr<test::FakeOdoo> m_odoo;
    std::unique_ptr<OdooClient> m_client;

    // A connection of its own for `login`: on SQLite the actor is the local user that opens the file.
    std::unique_ptr<Database> as(const QString& login)
    {
        const QByteArray saved = qgetenv("USER");
        qputenv("USER", login.toUtf8());
        auto db = std::make_unique<Database>();
        db->open(m_target);
        qputenv("USER", saved);
        return db;
    }

    static qint64 create(Database& db, const QString& name,
                         const QString& visibility = QStringLiteral("private"),
                         const QString& slug = QStringLiteral("acme-finance-ph"))
    {
        return WriteExecutor::execute(
                   db, Workspaces::planCreate(db, slug, name, QStringLiteral("Month-end close"), visibility))
            .value(QStringLiteral("workspace_id"))
            .toInteger();
    }

    static qint64 count(Database& db, const QString& sql, const QVariantList& params = {})
    {
        return db.scalar(sql, params).toLongLong();
    }

    static ErrorKind kindOf(const std::optional<Error>& e) { return e ? e->kind : ErrorKind::Internal; }
    static QString messageOf(const std::optional<Error>& e)
    {
        return e ? e->message : QStringLiteral("(no error)");
    }

    ProposalRunner::Outcome runSteps(const Proposal& p)
    {
        return test::runProposalSteps(m_client.get(), p, this);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_odoo = std::make_unique<test::FakeOdoo>();
        QVERIFY2(m_odoo->ok(), qPrintable(m_odoo->error()));
        m_client = test::fakeOdooAdminClient(*m_odoo);
    }

    void init()
    {
        m_target = test::sqliteTarget(m_dir, QStringLiteral("w%1.db").arg(++m_files));
        Database setUp;
        test::prepare(setUp, m_target, 4);
    }

    void creatorBecomesOwnerAndEveryWriteIsAudited()
    {
        test::guarded([&] {
            auto alice = as(QStringLiteral("alice"));
            const qint64 audits = count(*alice, QStringLiteral("SELECT count(*) FROM audit_log"));
            const qint64 id = create(*alice, QStringLiteral("Finance"));
            const Workspace w = Workspaces::require(*alice, id);
            QCOMPARE(w.myRole, QStringLiteral("owner"));
            QCOMPARE(w.memberCount, 1);
            QCOMPARE(w.createdBy, QStringLiteral("alice"));
            QCOMPARE(
                Workspaces::require(*alice, QStringLiteral("Finance"), QStringLiteral("acme-finance-ph")).id,
                id);

            WriteExecutor::execute(*alice, Workspaces::planAddMember(*alice, id, QStringLiteral("bob"),
                                                                     QStringLiteral("member")));
            WorkspaceEdit edit;
            edit.description = QStringLiteral("Closing the books");
            WriteExecutor::execute(*alice, Workspaces::planUpdate(*alice, id, edit, w.rowVersion));
            WriteExecutor::execute(
                *alice, Workspaces::planSetRole(*alice, id, QStringLiteral("bob"), QStringLiteral("admin")));
            WriteExecutor::execute(*alice, Workspaces::planRemoveMember(*alice, id, QStringLiteral("bob")));
            WriteExecutor::execute(*alice, Workspaces::planDelete(*alice, id));

            const QStringList actions = {
                QStringLiteral("workspace.create"),        QStringLiteral("workspace.member.add"),
                QStringLiteral("workspace.update"),        QStringLiteral("workspace.member.role"),
                QStringLiteral("workspace.member.remove"), QStringLiteral("workspace.delete")};
            QCOMPARE(count(*alice, QStringLiteral("SELECT count(*) FROM audit_log")),
                     audits + actions.size());
            for (const QString& action : actions)
                QVERIFY2(count(*alice,
                               QStringLiteral(
                                   "SELECT count(*) FROM audit_log WHERE action = ? AND actor = 'alice' "
                                   "AND target_type = 'workspace'"),
                               {action}) == 1,
                         qPrintable(action));
            QCOMPARE(count(*alice, QStringLiteral("SELECT count(*) FROM workspaces WHERE id = ?"), {id}), 0);
        });
    }

    void permissionTableIsEnforcedOnSqlite()
    {
        test::guarded([&] {
            auto alice = as(QStringLiteral("alice"));
            auto bob = as(QStringLiteral("bob"));
            auto carol = as(QStringLiteral("carol"));
            const qint64 id = create(*alice, QStringLiteral("Team"));
            WriteExecutor::execute(*alice, Workspaces::planAddMember(*alice, id, QStringLiteral("bob"),
                                                                     QStringLiteral("member")));
            WriteExecutor::execute(*alice, Workspaces::planAddMember(*alice, id, QStringLiteral("carol"),
                                                                     QStringLiteral("admin")));
            const QString before = test::snapshot(*alice);

            // A member reads, but neither adds members nor edits the workspace.
            QCOMPARE(Workspaces::members(*bob, id).size(), 3);
            auto refused = test::failureOf([&] {
                Workspaces::planAddMember(*bob, id, QStringLiteral("dave"), QStringLiteral("member"));
            });
            QCOMPARE(kindOf(refused), ErrorKind::PermissionDenied);
            QVERIFY2(messageOf(refused).contains(QStringLiteral("admin or owner")) &&
                         messageOf(refused).contains(QStringLiteral("you are member")),
                     qPrintable(messageOf(refused)));
            WorkspaceEdit edit;
            edit.name = QStringLiteral("Renamed");
            QCOMPARE(kindOf(test::failureOf([&] { Workspaces::planUpdate(*bob, id, edit); })),
                     ErrorKind::PermissionDenied);

            // An admin adds members but makes no owner, demotes no owner and deletes nothing.
            refused = test::failureOf([&] {
                Workspaces::planAddMember(*carol, id, QStringLiteral("dave"), QStringLiteral("owner"));
            });
            QCOMPARE(kindOf(refused), ErrorKind::PermissionDenied);
            QVERIFY2(messageOf(refused).contains(QStringLiteral("owner role")),
                     qPrintable(messageOf(refused)));
            QCOMPARE(kindOf(test::failureOf([&] {
                         Workspaces::planSetRole(*carol, id, QStringLiteral("bob"), QStringLiteral("owner"));
                     })),
                     ErrorKind::PermissionDenied);
            QCOMPARE(kindOf(test::failureOf([&] {
                         Workspaces::planSetRole(*carol, id, QStringLiteral("alice"),
                                                 QStringLiteral("member"));
                     })),
                     ErrorKind::PermissionDenied);
            QCOMPARE(kindOf(test::failureOf(
                         [&] { Workspaces::planRemoveMember(*carol, id, QStringLiteral("alice")); })),
                     ErrorKind::PermissionDenied);
            refused = test::failureOf([&] { Workspaces::planDelete(*carol, id); });
            QCOMPARE(kindOf(refused), ErrorKind::PermissionDenied);
            QVERIFY2(messageOf(refused).contains(QStringLiteral("owner role")),
                     qPrintable(messageOf(refused)));
            QCOMPARE(test::snapshot(*alice), before);
            WriteExecutor::execute(*carol, Workspaces::planAddMember(*carol, id, QStringLiteral("dave"),
                                                                     QStringLiteral("member")));

            // The last owner can neither leave nor step down; with a second owner it can.
            refused = test::failureOf([&] { Workspaces::planLeave(*alice, id); });
            QCOMPARE(kindOf(refused), ErrorKind::Conflict);
            QVERIFY2(messageOf(refused).contains(QStringLiteral("at least one owner")),
                     qPrintable(messageOf(refused)));
            refused = test::failureOf([&] {
                Workspaces::planSetRole(*alice, id, QStringLiteral("alice"), QStringLiteral("admin"));
            });
            QCOMPARE(kindOf(refused), ErrorKind::Conflict);
            QVERIFY2(messageOf(refused).contains(QStringLiteral("make someone else owner")),
                     qPrintable(messageOf(refused)));
            WriteExecutor::execute(
                *alice, Workspaces::planSetRole(*alice, id, QStringLiteral("bob"), QStringLiteral("owner")));
            WriteExecutor::execute(*alice, Workspaces::planLeave(*alice, id));
            QCOMPARE(Workspaces::require(*bob, id).myRole, QStringLiteral("owner"));
            // Only an owner deletes.
            WriteExecutor::execute(*bob, Workspaces::planDelete(*bob, id));
            QCOMPARE(count(*bob,
                           QStringLiteral("SELECT count(*) FROM workspace_members WHERE workspace_id = ?"),
                           {id}),
                     0);
        });
    }

    void privateWorkspacesAreInvisibleToNonMembers()
    {
        test::guarded([&] {
            auto alice = as(QStringLiteral("alice"));
            auto dave = as(QStringLiteral("dave"));
            const qint64 secret = create(*alice, QStringLiteral("Secret"), QStringLiteral("private"));
            const qint64 open = create(*alice, QStringLiteral("Open"), QStringLiteral("public"));
            const qint64 staff = create(*alice, QStringLiteral("Staff"), QStringLiteral("internal"));
            QList<qint64> seen;
            for (const Workspace& w : Workspaces::list(*dave))
                seen << w.id;
            // On SQLite every local user is the platform's owner (staff): internal ones are visible too.
            QCOMPARE(seen, (QList<qint64>{open, staff}));
            const auto hidden = test::failureOf([&] { Workspaces::require(*dave, secret); });
            QCOMPARE(kindOf(hidden), ErrorKind::NotFound);
            QCOMPARE(kindOf(test::failureOf([&] { Workspaces::members(*dave, secret); })),
                     ErrorKind::NotFound);
            QCOMPARE(kindOf(test::failureOf([&] {
                         Workspaces::planAddMember(*dave, secret, QStringLiteral("dave"),
                                                   QStringLiteral("owner"));
                     })),
                     ErrorKind::NotFound);
            QCOMPARE(Workspaces::list(*alice).size(), 3);
            // Once a member, it is seen.
            WriteExecutor::execute(*alice, Workspaces::planAddMember(*alice, secret, QStringLiteral("dave"),
                                                                     QStringLiteral("member")));
            QCOMPARE(Workspaces::require(*dave, secret).myRole, QStringLiteral("member"));
        });
    }

    void clearErrorsForUnknownTenantDuplicateNameAndBadInput()
    {
        test::guarded([&] {
            auto alice = as(QStringLiteral("alice"));
            auto e = test::failureOf([&] {
                Workspaces::planCreate(*alice, QStringLiteral("no-such-tenant"), QStringLiteral("X"), {},
                                       QStringLiteral("private"));
            });
            QCOMPARE(kindOf(e), ErrorKind::NotFound);
            QVERIFY2(messageOf(e).contains(QStringLiteral("no-such-tenant")), qPrintable(messageOf(e)));
            create(*alice, QStringLiteral("Finance"));
            e = test::failureOf([&] {
                Workspaces::planCreate(*alice, QStringLiteral("acme-finance-ph"), QStringLiteral("Finance"),
                                       {}, QStringLiteral("public"));
            });
            QCOMPARE(kindOf(e), ErrorKind::Conflict);
            QVERIFY2(messageOf(e).contains(QStringLiteral("already has a workspace named \"Finance\"")),
                     qPrintable(messageOf(e)));
            QCOMPARE(kindOf(test::failureOf([&] {
                         Workspaces::planCreate(*alice, QStringLiteral("acme-finance-ph"),
                                                QStringLiteral("Y"), {}, QStringLiteral("secret"));
                     })),
                     ErrorKind::InvalidInput);
            QCOMPARE(kindOf(test::failureOf([&] {
                         Workspaces::planCreate(*alice, QStringLiteral("acme-finance-ph"),
                                                QString(121, QLatin1Char('n')), {}, QStringLiteral("public"));
                     })),
                     ErrorKind::InvalidInput);
            // A stale row version is refused before anything is asked.
            const Workspace w = Workspaces::require(*alice, QStringLiteral("Finance"));
            WorkspaceEdit edit;
            edit.active = false;
            QCOMPARE(kindOf(test::failureOf(
                         [&] { Workspaces::planUpdate(*alice, w.id, edit, w.rowVersion + 1); })),
                     ErrorKind::Conflict);
        });
    }

    // A plan is only shown: declining it (never executing it) leaves every table as it was.
    void declinedPlansChangeNothing()
    {
        test::guarded([&] {
            auto alice = as(QStringLiteral("alice"));
            const qint64 id = create(*alice, QStringLiteral("Team"));
            WriteExecutor::execute(*alice, Workspaces::planAddMember(*alice, id, QStringLiteral("bob"),
                                                                     QStringLiteral("owner")));
            const QString before = test::snapshot(*alice);
            const PendingWrite created =
                Workspaces::planCreate(*alice, QStringLiteral("acme-finance-ph"), QStringLiteral("Other"), {},
                                       QStringLiteral("public"));
            QVERIFY(created.plan.hasChanges());
            QCOMPARE(created.plan.action, QStringLiteral("workspace.create"));
            Workspaces::planAddMember(*alice, id, QStringLiteral("carol"), QStringLiteral("member"));
            Workspaces::planSetRole(*alice, id, QStringLiteral("bob"), QStringLiteral("member"));
            Workspaces::planRemoveMember(*alice, id, QStringLiteral("bob"));
            Workspaces::planLeave(*alice, id);
            const PendingWrite deleted = Workspaces::planDelete(*alice, id);
            QVERIFY(deleted.plan.destructive);
            QCOMPARE(test::snapshot(*alice), before);
        });
    }

    void createProposesOdooProjectAndChannelOnlyWithAConnection()
    {
        test::guarded([&] {
            auto alice = as(QStringLiteral("alice"));
            const QString other = alice
                                      ->scalar(QStringLiteral("SELECT slug FROM tenants WHERE slug <> "
                                                              "'acme-finance-ph' ORDER BY id LIMIT 1"))
                                      .toString();
            alice->exec(QStringLiteral("UPDATE tenants SET odoo_url = '' WHERE slug = ?"), {other});

            const PendingWrite without =
                Workspaces::planCreate(*alice, other, QStringLiteral("Quiet"), {}, QStringLiteral("private"));
            QVERIFY2(
                without.plan.effects.join(QLatin1Char(' ')).contains(QStringLiteral("no Odoo connection")),
                qPrintable(without.plan.effects.join(QLatin1Char(' '))));
            const QJsonObject quiet = WriteExecutor::execute(*alice, without);
            QVERIFY(!quiet.contains(QStringLiteral("proposal_ids")));
            QCOMPARE(count(*alice, QStringLiteral("SELECT count(*) FROM odoo_proposals")), 0);

            const QJsonObject outcome = WriteExecutor::execute(
                *alice,
                Workspaces::planCreate(*alice, QStringLiteral("acme-finance-ph"), QStringLiteral("Finance"),
                                       QStringLiteral("Month-end close"), QStringLiteral("internal")));
            const qint64 id = outcome.value(QStringLiteral("workspace_id")).toInteger();
            const QJsonArray proposals = outcome.value(QStringLiteral("proposal_ids")).toArray();
            QCOMPARE(proposals.size(), 2);
            QCOMPARE(OdooProposals::list(*alice).size(), 2);
            // In the same transaction as the workspace and its one audit row.
            QCOMPARE(count(*alice, QStringLiteral(
                                       "SELECT count(*) FROM audit_log WHERE action = 'workspace.create' AND "
                                       "after_json LIKE '%proposal_ids%'")),
                     1);

            QStringList models, kinds;
            for (const QJsonValue& v : proposals) {
                const Proposal p = OdooProposals::load(*alice, v.toInteger());
                QCOMPARE(p.state, QStringLiteral("pending"));
                QCOMPARE(p.steps.size(), 1);
                QCOMPARE(p.steps.first().values.value(QStringLiteral("name")).toString(),
                         QStringLiteral("Finance"));
                models << p.steps.first().model;
                kinds << p.kind;
                // Executed as every proposal is: claimed with its audit row, run, its result recorded.
                const PendingWrite claim = OdooProposals::planExecute(*alice, p.id);
                QVERIFY2(claim.plan.effects.join(QLatin1Char(' '))
                             .contains(QStringLiteral("creates to workspace %1").arg(id)),
                         qPrintable(claim.plan.effects.join(QLatin1Char(' '))));
                WriteExecutor::execute(*alice, claim);
                const ProposalRunner::Outcome ran = runSteps(OdooProposals::load(*alice, p.id));
                QVERIFY2(ran.succeeded, qPrintable(QString::fromUtf8(QJsonDocument(ran.results).toJson())));
                const QJsonObject finished = WriteExecutor::execute(
                    *alice, OdooProposals::planFinish(*alice, p.id, ran.results, true));
                QCOMPARE(finished.value(QStringLiteral("links"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("linked")),
                         QJsonValue(true));
            }
            QCOMPARE(models,
                     (QStringList{QStringLiteral("project.project"), QStringLiteral("discuss.channel")}));
            // The channel is filed as one (migration 0011), no longer as a project.
            QCOMPARE(kinds, (QStringList{QStringLiteral("project"), QStringLiteral("channel")}));

            const Workspace w = Workspaces::require(*alice, id);
            QVERIFY(w.odooProjectId && w.odooChannelId);
            bool projectFound = false;
            for (const QJsonValue& v : m_odoo->state(QStringLiteral("project.project"))) {
                const QJsonObject r = v.toObject();
                if (r.value(QStringLiteral("id")).toInteger() == *w.odooProjectId) {
                    projectFound = r.value(QStringLiteral("name")).toString() == QStringLiteral("Finance") &&
                                   r.value(QStringLiteral("description"))
                                       .toString()
                                       .contains(QStringLiteral("Month-end close"));
                }
            }
            QVERIFY(projectFound);
            bool channelFound = false;
            for (const QJsonValue& v : m_odoo->state(QStringLiteral("discuss.channel"))) {
                const QJsonObject r = v.toObject();
                if (r.value(QStringLiteral("id")).toInteger() == *w.odooChannelId)
                    channelFound =
                        r.value(QStringLiteral("name")).toString() == QStringLiteral("Finance") &&
                        r.value(QStringLiteral("channel_type")).toString() == QStringLiteral("channel");
            }
            QVERIFY(channelFound);
        });
    }

    // Before migration 0011 a workspace's Discuss channel was proposed as kind "project": upgrading re-files
    // those as channels and leaves the project's proposal as it was.
    void earlierChannelProposalsAreRefiledAsChannels()
    {
        test::guarded([&] {
            auto alice = as(QStringLiteral("alice"));
            const QJsonArray proposals =
                WriteExecutor::execute(
                    *alice, Workspaces::planCreate(*alice, QStringLiteral("acme-finance-ph"),
                                                   QStringLiteral("Before"), {}, QStringLiteral("private")))
                    .value(QStringLiteral("proposal_ids"))
                    .toArray();
            QCOMPARE(proposals.size(), 2);
            // What the release before 0011 stored, and its schema version.
            alice->exec(QStringLiteral("UPDATE odoo_proposals SET kind = 'project'"));
            for (const QString& undo : test::sqliteBefore13())
                alice->exec(undo);
            alice->exec(QStringLiteral("DELETE FROM schema_version WHERE version >= 11"));
            WriteExecutor::execute(*alice, Migrator::planUpgrade(*alice));
            QVERIFY(Migrator::status(*alice).upToDate());
            QCOMPARE(OdooProposals::load(*alice, proposals.at(0).toInteger()).kind,
                     QStringLiteral("project"));
            QCOMPARE(OdooProposals::load(*alice, proposals.at(1).toInteger()).kind,
                     QStringLiteral("channel"));
            QCOMPARE(OdooProposals::load(*alice, proposals.at(1).toInteger()).steps.first().link,
                     QStringLiteral("workspace:%1:channel")
                         .arg(alice->scalar(QStringLiteral("SELECT id FROM workspaces WHERE name = 'Before'"))
                                  .toLongLong()));
        });
    }
};

QTEST_GUILESS_MAIN(TestWorkspaces)
#include "tst_workspaces.moc"
