// The Access pane's and the Keys pane's item models under QAbstractItemModelTester, fed with the demo
// database's access rules and user limits and with keys added to the vault: what each row shows, and the
// precise change signals a view relies on (a refresh of the same rows is dataChanged for the changed row
// only, never a reset; other rows are removed and inserted). A key's row never holds its secret.
#include "models/audit/WriteExecutor.h"
#include "models/itemmodels/AccessRuleModel.h"
#include "models/itemmodels/ApiKeyListModel.h"
#include "models/policy/AccessRules.h"
#include "models/secrets/SecretBytes.h"
#include "models/usage/Money.h"
#include "models/vault/KeyVault.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fusion;

namespace {
// Every signal a view reacts to, counted from construction.
struct Spies {
    explicit Spies(QAbstractItemModel* model)
        : changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , inserted(model, &QAbstractItemModel::rowsInserted)
    {
    }
    void clear()
    {
        changed.clear();
        reset.clear();
        removed.clear();
        inserted.clear();
    }
    QSignalSpy changed;
    QSignalSpy reset;
    QSignalSpy removed;
    QSignalSpy inserted;
};

int rowOfUser(const UserLimitModel& model, const QString& user)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.rowAt(row)->user == user)
            return row;
    }
    return -1;
}

const char AlphaSecret[] = "sk-itemmodels-alpha-0123456789abcdefWXYZ";
const char BetaSecret[] = "sk-itemmodels-beta-0123456789abcdefQRST";
const char SpareSecret[] = "sk-ant-itemmodels-spare-0123456789abcdef";
} // namespace

class TestItemModelsAccess : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    const QDateTime m_now = QDateTime::currentDateTimeUtc();

    void addKey(const QString& provider, const QString& label, const char* secret,
                std::optional<QDate> expires = std::nullopt)
    {
        NewKey k;
        k.providerCode = provider;
        k.label = label;
        k.expires = expires;
        const Fingerprint fp = Fingerprint::of(SecretBytes(QByteArray(secret)));
        WriteExecutor::execute(m_db, KeyVault::planAdd(m_db, k, KeyVault::newKeychainRef(), fp));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::guarded([&] { test::prepare(m_db, test::sqliteTarget(m_dir), 48); });
    }

    void accessRuleModel()
    {
        test::guarded([&] {
            AccessRuleModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            Spies spies(&model);
            const QList<AccessRule> rules = AccessRules::rules(m_db, m_now);
            QVERIFY2(rules.size() >= 2, "the demo data has fewer than two access rules");
            model.setRows(rules);
            QCOMPARE(spies.inserted.count(), 1);
            QCOMPARE(spies.reset.count(), 0);
            QCOMPARE(model.rowCount(), int(rules.size()));
            QCOMPARE(model.columnCount(), int(AccessRuleModel::ColumnCount));
            QCOMPARE(model.headerData(AccessRuleModel::ConsumerColumn, Qt::Horizontal).toString(),
                     QStringLiteral("Consumer"));
            QCOMPARE(model.headerData(AccessRuleModel::MonthPercentColumn, Qt::Horizontal).toString(),
                     QStringLiteral("Monthly budget"));

            // What a row shows: who, which provider, its state, this month's use against its budget.
            for (int row = 0; row < rules.size(); ++row) {
                const AccessRule& r = rules[row];
                QCOMPARE(model.index(row, AccessRuleModel::ConsumerColumn).data().toString(), r.consumer);
                QCOMPARE(model.index(row, AccessRuleModel::ProviderColumn).data().toString(), r.providerName);
                QCOMPARE(model.index(row, AccessRuleModel::ConsumerColumn)
                             .data(AccessRuleModel::IdRole)
                             .toLongLong(),
                         r.id);
                QCOMPARE(model.index(row, 0).data(AccessRuleModel::ProviderRole).toString(), r.provider);
                QCOMPARE(model.rowOf(r.consumer, r.provider), row);
                QCOMPARE(model.index(row, AccessRuleModel::StateColumn).data().toString(),
                         r.consumerKilled ? QStringLiteral("stopped")
                         : r.enabled      ? QStringLiteral("enabled")
                                          : QStringLiteral("disabled"));
                const qint64 month = r.monthSpent + r.monthReserved;
                const QVariant percent =
                    model.index(row, AccessRuleModel::MonthPercentColumn).data(AccessRuleModel::PercentRole);
                if (r.monthlyBudget) {
                    QCOMPARE(model.index(row, AccessRuleModel::MonthColumn).data().toString(),
                             QStringLiteral("%1 of %2")
                                 .arg(Money::display(month), Money::display(*r.monthlyBudget)));
                    QVERIFY(percent.isValid());
                    if (*r.monthlyBudget > 0)
                        QCOMPARE(percent.toDouble(), 100.0 * double(month) / double(*r.monthlyBudget));
                } else {
                    QCOMPARE(model.index(row, AccessRuleModel::MonthColumn).data().toString(),
                             Money::display(month));
                    QVERIFY(!percent.isValid()); // no budget: no bar
                }
            }
            QCOMPARE(model.rowOf(QStringLiteral("nobody/at-all"), rules[0].provider), -1);

            // The first rule's monthly budget changes elsewhere; the same rules come back: one dataChanged,
            // for that row's every column, nothing removed, inserted or reset.
            const AccessRule& first = rules[0];
            RuleChange change;
            change.consumer = first.consumer;
            change.provider = first.provider;
            const qint64 budget = qint64(123) * Money::kMicrosPerUnit;
            change.monthlyBudget = std::optional<qint64>(budget);
            WriteExecutor::execute(m_db, AccessRules::planSetRule(m_db, change));
            spies.clear();
            model.setRows(AccessRules::rules(m_db, m_now));
            QCOMPARE(spies.changed.count(), 1);
            QCOMPARE(spies.changed[0][0].toModelIndex(), model.index(0, 0));
            QCOMPARE(spies.changed[0][1].toModelIndex(), model.index(0, AccessRuleModel::ColumnCount - 1));
            QCOMPARE(spies.reset.count() + spies.removed.count() + spies.inserted.count(), 0);
            QCOMPARE(
                model.index(0, AccessRuleModel::MonthColumn).data().toString(),
                QStringLiteral("%1 of %2")
                    .arg(Money::display(first.monthSpent + first.monthReserved), Money::display(budget)));

            // The same rows again: nothing at all.
            spies.clear();
            model.setRows(AccessRules::rules(m_db, m_now));
            QCOMPARE(spies.changed.count() + spies.reset.count() + spies.removed.count() +
                         spies.inserted.count(),
                     0);

            // One consumer's rules only: the rows are replaced (removed, then inserted), not reset.
            const QList<AccessRule> one = AccessRules::rules(m_db, m_now, first.consumer);
            QVERIFY(!one.isEmpty() && one.size() < rules.size());
            model.setRows(one);
            QCOMPARE(spies.removed.count(), 1);
            QCOMPARE(spies.inserted.count(), 1);
            QCOMPARE(spies.reset.count(), 0);
            QCOMPARE(model.rowCount(), int(one.size()));
            QCOMPARE(model.rowOf(first.consumer, first.provider), 0);
            model.setRows({});
            QCOMPARE(model.rowCount(), 0);
        });
    }

    void userLimitModel()
    {
        test::guarded([&] {
            UserLimitModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            Spies spies(&model);
            const QList<UserLimit> limits = AccessRules::userLimits(m_db, m_now);
            model.setRows(limits);
            QCOMPARE(model.rowCount(), int(limits.size()));
            QCOMPARE(model.columnCount(), int(UserLimitModel::ColumnCount));
            QCOMPARE(model.headerData(UserLimitModel::RequestsColumn, Qt::Horizontal).toString(),
                     QStringLiteral("Requests today"));

            // The demo's two users with limits: anna (5.00 a month, 150 requests a day), eva (blocked).
            const int anna = rowOfUser(model, QStringLiteral("anna"));
            const int eva = rowOfUser(model, QStringLiteral("eva"));
            QVERIFY2(anna >= 0 && eva >= 0, "the demo data has no limits for anna and eva");
            const UserLimit a = *model.rowAt(anna);
            QCOMPARE(model.index(anna, UserLimitModel::UserColumn).data().toString(), QStringLiteral("anna"));
            QCOMPARE(model.index(anna, UserLimitModel::MonthColumn).data().toString(),
                     QStringLiteral("%1 of %2")
                         .arg(Money::display(a.monthSpent + a.monthReserved),
                              Money::display(5 * Money::kMicrosPerUnit)));
            QCOMPARE(model.index(anna, UserLimitModel::RequestsColumn).data().toString(),
                     QStringLiteral("%1 of 150").arg(a.dayRequests));
            QCOMPARE(model.index(anna, UserLimitModel::MonthPercentColumn)
                         .data(AccessRuleModel::PercentRole)
                         .toDouble(),
                     100.0 * double(a.monthSpent + a.monthReserved) / double(5 * Money::kMicrosPerUnit));
            QCOMPARE(model.index(anna, UserLimitModel::BlockedColumn).data().toString(), QString());
            QCOMPARE(model.index(anna, UserLimitModel::NotesColumn).data().toString(),
                     QStringLiteral("Team lead"));
            QCOMPARE(model.index(eva, UserLimitModel::BlockedColumn).data().toString(),
                     QStringLiteral("blocked"));
            QVERIFY(!model.index(eva, UserLimitModel::MonthPercentColumn)
                         .data(AccessRuleModel::PercentRole)
                         .isValid()); // no budget

            // anna is blocked elsewhere; the same users come back: one dataChanged, for her row.
            UserLimitChange block;
            block.user = QStringLiteral("anna");
            block.blocked = true;
            WriteExecutor::execute(m_db, AccessRules::planSetUserLimit(m_db, block));
            spies.clear();
            model.setRows(AccessRules::userLimits(m_db, m_now));
            QCOMPARE(spies.changed.count(), 1);
            QCOMPARE(spies.changed[0][0].toModelIndex(), model.index(anna, 0));
            QCOMPARE(spies.changed[0][1].toModelIndex(), model.index(anna, UserLimitModel::ColumnCount - 1));
            QCOMPARE(spies.reset.count() + spies.removed.count() + spies.inserted.count(), 0);
            QCOMPARE(model.index(anna, UserLimitModel::BlockedColumn).data().toString(),
                     QStringLiteral("blocked"));

            // A user gets a limit: one more row, the rows replaced (removed, then inserted), not reset.
            UserLimitChange zoe;
            zoe.user = QStringLiteral("zoe");
            zoe.dailyRequests = std::optional<qint64>(qint64(7));
            WriteExecutor::execute(m_db, AccessRules::planSetUserLimit(m_db, zoe));
            spies.clear();
            model.setRows(AccessRules::userLimits(m_db, m_now));
            QCOMPARE(spies.removed.count(), 1);
            QCOMPARE(spies.inserted.count(), 1);
            QCOMPARE(spies.reset.count(), 0);
            QCOMPARE(model.rowCount(), int(limits.size()) + 1);
            const int z = rowOfUser(model, QStringLiteral("zoe"));
            QVERIFY(z >= 0);
            QCOMPARE(model.index(z, UserLimitModel::RequestsColumn).data().toString(),
                     QStringLiteral("0 of 7"));
        });
    }

    void apiKeyListModel()
    {
        test::guarded([&] {
            addKey(QStringLiteral("openai"), QStringLiteral("alpha"), AlphaSecret);
            addKey(QStringLiteral("openai"), QStringLiteral("beta"), BetaSecret);
            addKey(QStringLiteral("anthropic"), QStringLiteral("spare"), SpareSecret,
                   m_now.date().addDays(10));

            ApiKeyListModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            Spies spies(&model);
            const QList<ApiKey> keys = KeyVault::keys(m_db, {}, true);
            QCOMPARE(keys.size(), 3);
            model.setRows(keys);
            QCOMPARE(spies.inserted.count(), 1);
            QCOMPARE(model.rowCount(), 3);
            QCOMPARE(model.columnCount(), int(ApiKeyListModel::ColumnCount));
            QCOMPARE(model.headerData(ApiKeyListModel::FingerprintColumn, Qt::Horizontal).toString(),
                     QStringLiteral("Fingerprint"));

            const int alpha = model.rowOfId(
                KeyVault::requireKey(m_db, QStringLiteral("openai"), QStringLiteral("alpha")).id);
            const int beta = model.rowOfId(
                KeyVault::requireKey(m_db, QStringLiteral("openai"), QStringLiteral("beta")).id);
            const int spare = model.rowOfId(
                KeyVault::requireKey(m_db, QStringLiteral("anthropic"), QStringLiteral("spare")).id);
            QVERIFY(alpha >= 0 && beta >= 0 && spare >= 0);
            QCOMPARE(model.rowOfId(-1), -1);

            // A key is shown by label and fingerprint, with its state; the first of a provider is its
            // default.
            QCOMPARE(model.index(alpha, ApiKeyListModel::LabelColumn).data().toString(),
                     QStringLiteral("alpha"));
            QCOMPARE(model.index(alpha, ApiKeyListModel::FingerprintColumn).data().toString(),
                     Fingerprint::of(SecretBytes(QByteArray(AlphaSecret))).text());
            QCOMPARE(model.index(alpha, ApiKeyListModel::DefaultColumn).data().toString(),
                     QStringLiteral("default"));
            QCOMPARE(model.index(beta, ApiKeyListModel::DefaultColumn).data().toString(), QString());
            QCOMPARE(model.index(alpha, ApiKeyListModel::StatusColumn).data().toString(),
                     QStringLiteral("Active"));
            QCOMPARE(model.index(alpha, ApiKeyListModel::StatusColumn)
                         .data(ApiKeyListModel::StatusRole)
                         .toString(),
                     QStringLiteral("succeeded"));
            QCOMPARE(model.index(alpha, ApiKeyListModel::ValidationColumn).data().toString(),
                     QStringLiteral("Not checked"));
            QCOMPARE(model.index(alpha, ApiKeyListModel::LastUsedColumn).data().toString(),
                     QStringLiteral("never"));
            QCOMPARE(model.index(alpha, ApiKeyListModel::AttentionColumn).data().toString(), QString());
            // The key that expires in ten days needs attention.
            QVERIFY2(model.index(spare, ApiKeyListModel::AttentionColumn)
                         .data()
                         .toString()
                         .contains(QStringLiteral("expires in")),
                     qPrintable(model.index(spare, ApiKeyListModel::AttentionColumn).data().toString()));
            QVERIFY(!model.index(spare, ApiKeyListModel::ExpiresColumn).data().toString().isEmpty());

            // Never the secret, in any column or role.
            for (int row = 0; row < model.rowCount(); ++row) {
                for (int column = 0; column < model.columnCount(); ++column) {
                    for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole),
                                     int(ApiKeyListModel::IdRole), int(ApiKeyListModel::StatusRole),
                                     int(ApiKeyListModel::AttentionRole)}) {
                        const QVariant v = model.index(row, column).data(role);
                        const QString text = v.toString() + v.toStringList().join(QLatin1Char(' '));
                        for (const char* secret : {AlphaSecret, BetaSecret, SpareSecret})
                            QVERIFY2(!text.contains(QLatin1String(secret)),
                                     qPrintable(QStringLiteral("row %1 column %2 role %3")
                                                    .arg(row)
                                                    .arg(column)
                                                    .arg(role)));
                    }
                }
            }

            // The provider rejects beta: the same keys come back, one dataChanged for beta's row.
            const ApiKey betaKey = *model.rowAt(beta);
            WriteExecutor::execute(m_db, KeyVault::planRecordValidation(betaKey, QStringLiteral("rejected"),
                                                                        QStringLiteral("invalid key"),
                                                                        QDateTime()));
            spies.clear();
            model.setRows(KeyVault::keys(m_db, {}, true));
            QCOMPARE(spies.changed.count(), 1);
            QCOMPARE(spies.changed[0][0].toModelIndex(), model.index(beta, 0));
            QCOMPARE(spies.changed[0][1].toModelIndex(), model.index(beta, ApiKeyListModel::ColumnCount - 1));
            QCOMPARE(spies.reset.count() + spies.removed.count() + spies.inserted.count(), 0);
            QCOMPARE(model.index(beta, ApiKeyListModel::ValidationColumn).data().toString(),
                     QStringLiteral("Rejected"));
            QCOMPARE(model.index(beta, ApiKeyListModel::ValidationColumn).data(Qt::ToolTipRole).toString(),
                     QStringLiteral("invalid key"));
            QVERIFY(model.index(beta, ApiKeyListModel::AttentionColumn)
                        .data(ApiKeyListModel::AttentionRole)
                        .toStringList()
                        .contains(QStringLiteral("rejected by the provider")));

            // beta is revoked: listed with the revoked keys it changes in place; among the live ones it is
            // gone.
            WriteExecutor::execute(
                m_db, KeyVault::planRevoke(m_db, QStringLiteral("openai"), QStringLiteral("beta")));
            spies.clear();
            model.setRows(KeyVault::keys(m_db, {}, true));
            QCOMPARE(spies.changed.count(), 1);
            QCOMPARE(spies.changed[0][0].toModelIndex().row(), beta);
            QCOMPARE(model.index(beta, ApiKeyListModel::StatusColumn).data().toString(),
                     QStringLiteral("Revoked"));
            QCOMPARE(
                model.index(beta, ApiKeyListModel::StatusColumn).data(ApiKeyListModel::StatusRole).toString(),
                QStringLiteral("cancelled"));
            QVERIFY(model.index(beta, ApiKeyListModel::AttentionColumn)
                        .data(ApiKeyListModel::AttentionRole)
                        .toStringList()
                        .isEmpty()); // a revoked key needs nothing more
            spies.clear();
            model.setRows(KeyVault::keys(m_db));
            QCOMPARE(spies.removed.count(), 1);
            QCOMPARE(spies.inserted.count(), 1);
            QCOMPARE(spies.reset.count(), 0);
            QCOMPARE(model.rowCount(), 2);
            QCOMPARE(model.rowOfId(betaKey.id), -1);
        });
    }
};

QTEST_GUILESS_MAIN(TestItemModelsAccess)
#include "tst_itemmodels_access.moc"
