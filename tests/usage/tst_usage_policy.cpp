// The policy engine on both stores: every reason a call is refused, in the order they are checked; reserving
// and settling (counters, the log, the cost); reservations that expire; prices by model, date and dated model
// names; budget alerts fired once per window and acknowledged.
#include "models/audit/WriteExecutor.h"
#include "models/policy/AccessProposals.h"
#include "models/policy/AccessRules.h"
#include "models/policy/BudgetAlerts.h"
#include "models/policy/BudgetCounters.h"
#include "models/policy/Consumers.h"
#include "models/policy/PolicyEngine.h"
#include "models/usage/Money.h"
#include "models/usage/PriceTable.h"
#include "models/usage/UsageImport.h"
#include "models/usage/UsageWriter.h"
#include "tests/common/TestSupport.h"

#include <QTest>

#include <memory>

using namespace fusion;

class TestUsagePolicy : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::PgTestDatabase> m_pg;
    Database m_sqlite;
    Database m_postgres;
    int m_n = 0;
    // A fixed moment, so that every request of a test falls in the same minute.
    const QDateTime m_now = QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(12, 0, 30), Qt::UTC);

    Database& store()
    {
        QFETCH(QString, store);
        ++m_n;
        if (store == QLatin1String("postgresql"))
            return m_postgres;
        m_sqlite.close();
        test::prepare(m_sqlite, test::sqliteTarget(m_dir, QStringLiteral("p%1.db").arg(m_n)));
        return m_sqlite;
    }
    QString consumer(const char* base) const
    {
        return QStringLiteral("t%1/%2").arg(m_n).arg(QLatin1String(base));
    }

    static void stores()
    {
        QTest::addColumn<QString>("store");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void setRule(Database& db, const QString& c, const QString& p, const RuleChange& base)
    {
        RuleChange change = base;
        change.consumer = c;
        change.provider = p;
        WriteExecutor::execute(db, AccessRules::planSetRule(db, change));
    }

    void record(Database& db, const QString& c, qint64 costMicros, const QString& user = {})
    {
        UsageRecord r;
        r.occurredAt = m_now;
        r.consumer = c;
        r.provider = QStringLiteral("openai");
        r.user = user;
        r.model = QStringLiteral("gpt-4o");
        r.costMicros = costMicros;
        r.requestId = QStringLiteral("r%1-%2").arg(m_n).arg(QDateTime::currentMSecsSinceEpoch()) +
                      QString::number(qrand());
        WriteExecutor::execute(db, UsageImport::planRecord(db, r));
    }

    static int qrand()
    {
        static int n = 0;
        return ++n;
    }

    CallIntent intent(const QString& c, qint64 estimate = 100, const QString& user = {})
    {
        CallIntent i;
        i.consumer = c;
        i.provider = QStringLiteral("openai");
        i.user = user;
        i.model = QStringLiteral("gpt-4o");
        i.estimateMicros = estimate;
        return i;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::pgHost().isEmpty())
            QFAIL("FUSION_TEST_PGHOST is not set: this test needs the PostgreSQL fixture");
        m_pg = std::make_unique<test::PgTestDatabase>(QStringLiteral("policy"));
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        test::prepare(m_postgres, m_pg->target());
    }

    void money()
    {
        QCOMPARE(Money::parse(QStringLiteral("12.5")), std::optional<qint64>(12500000));
        QCOMPARE(Money::parse(QStringLiteral("$1,000.000001")), std::optional<qint64>(1000000001));
        QVERIFY(!Money::parse(QStringLiteral("-1")));
        QVERIFY(!Money::parse(QStringLiteral("0.0000001")));
        QVERIFY(!Money::parse(QStringLiteral("1e3")));
        QVERIFY(!Money::parse(QStringLiteral("99999999999")));
        // A German "12,50" is twelve and a half, not 1,250; thousands separators of either kind are
        // understood.
        QCOMPARE(Money::parse(QStringLiteral("12,50")), std::optional<qint64>(12500000));
        QCOMPARE(Money::parse(QStringLiteral("0,000015")), std::optional<qint64>(15));
        QCOMPARE(Money::parse(QStringLiteral("1.000,5")), std::optional<qint64>(1000500000));
        QCOMPARE(Money::parse(QStringLiteral("1,000")), std::optional<qint64>(1000000000));
        QCOMPARE(Money::parse(QStringLiteral("1.000.000")), std::optional<qint64>(qint64(1000000) * 1000000));
        QVERIFY(!Money::parse(QStringLiteral("1,00,0")));
        QVERIFY(!Money::parse(QStringLiteral("12.5.0")));
        QCOMPARE(Money::format(2500000), QStringLiteral("2.50"));
        QCOMPARE(Money::format(150), QStringLiteral("0.00015"));
    }

    void prices_data() { stores(); }
    void prices()
    {
        Database& db = store();
        const qint64 openai =
            db.scalar(QStringLiteral("SELECT id FROM providers WHERE code = 'openai'")).toLongLong();
        ModelPrice later;
        later.providerCode = QStringLiteral("openai");
        later.model = QStringLiteral("gpt-4o");
        later.effectiveFrom = QDate(2030, 1, 1);
        later.inputMicros = 1000000;
        later.outputMicros = 4000000;
        later.cachedInputMicros = 500000;
        WriteExecutor::execute(db, PriceTable::planSet(db, later));
        const PriceTable table = PriceTable::fromDatabase(db);
        // The dated name the API answers with is priced as its base model, not as the shorter "gpt-4o".
        const auto mini = table.find(openai, QStringLiteral("gpt-4o-mini-2024-07-18"), QDate(2026, 1, 1));
        QVERIFY(mini);
        QCOMPARE(mini->model, QStringLiteral("gpt-4o-mini"));
        QVERIFY(!table.find(openai, QStringLiteral("gpt-4o"), QDate(2024, 1, 1))); // before its first price
        QVERIFY(!table.find(openai, QStringLiteral("gpt-4oz"), QDate(2026, 1, 1)));
        const auto now = table.find(openai, QStringLiteral("gpt-4o"), QDate(2026, 1, 1));
        const auto then = table.find(openai, QStringLiteral("gpt-4o-2030-05-01"), QDate(2030, 6, 1));
        QVERIFY(now && then);
        // 1M in of which 400k cached, 200k out: 600k × 2.50 + 400k × 1.25 + 200k × 10 = 1.5 + 0.5 + 2.0 = $4.
        QCOMPARE(PriceTable::cost(*now, {1000000, 200000, 400000}), qint64(4000000));
        QCOMPARE(PriceTable::cost(*then, {1000000, 200000, 400000}), qint64(600000 + 200000 + 800000));
        // Rounded half up to the micro-dollar: 1 token at $2.50/M is 2.5 micro-dollars.
        QCOMPARE(PriceTable::cost(*now, {1, 0, 0}), qint64(3));
        // A billion tokens each at the highest price still computes exactly.
        ModelPrice top = *now;
        top.inputMicros = top.outputMicros = top.cachedInputMicros = qint64(10000) * 1000000;
        QCOMPARE(PriceTable::cost(top, {1000000000, 1000000000, 0}), qint64(20000000000000));
    }

    void refusalsInOrder_data() { stores(); }
    void refusalsInOrder()
    {
        Database& db = store();
        const QString c = consumer("ai");
        auto reason = [&](const CallIntent& i) {
            const Decision checked = PolicyEngine::check(db, i, m_now);
            return checked.reasonCode();
        };
        QCOMPARE(reason(intent(c)), QStringLiteral("unknown_consumer"));
        CallIntent unknownProvider = intent(c);
        unknownProvider.provider = QStringLiteral("nope");
        QCOMPARE(reason(unknownProvider), QStringLiteral("unknown_provider"));
        // The first call registers the consumer — and is refused: no rule yet.
        const Decision first = PolicyEngine::reserve(db, intent(c), m_now, 60);
        QCOMPARE(first.reasonCode(), QStringLiteral("no_rule"));
        QVERIFY(Consumers::find(db, c));
        QCOMPARE(reason(intent(c)), QStringLiteral("no_rule"));

        RuleChange off;
        off.enabled = false;
        setRule(db, c, QStringLiteral("openai"), off);
        QCOMPARE(reason(intent(c)), QStringLiteral("rule_disabled"));
        RuleChange on;
        on.enabled = true;
        on.rpm = std::optional<qint64>(3);
        on.dailyBudget = std::optional<qint64>(1000);
        on.monthlyBudget = std::optional<qint64>(5000);
        setRule(db, c, QStringLiteral("openai"), on);
        QVERIFY(PolicyEngine::check(db, intent(c), m_now).allowed);

        WriteExecutor::execute(db, Consumers::planKill(db, c, true, QStringLiteral("runaway loop")));
        const Decision killed = PolicyEngine::check(db, intent(c), m_now);
        QCOMPARE(killed.reasonCode(), QStringLiteral("consumer_killed"));
        QVERIFY(killed.message.contains(QStringLiteral("runaway loop")));
        WriteExecutor::execute(db, Consumers::planKill(db, c, false, {}));

        UserLimitChange block;
        block.user = QStringLiteral("mallory%1").arg(m_n);
        block.blocked = true;
        WriteExecutor::execute(db, AccessRules::planSetUserLimit(db, block));
        QCOMPARE(reason(intent(c, 100, block.user)), QStringLiteral("user_blocked"));

        // Requests per minute: three are reserved, the fourth is refused; check and reserve agree.
        for (int i = 0; i < 3; ++i)
            QVERIFY(PolicyEngine::reserve(db, intent(c, 10), m_now, 60).allowed);
        QCOMPARE(reason(intent(c, 10)), QStringLiteral("rpm"));
        QCOMPARE(PolicyEngine::reserve(db, intent(c, 10), m_now, 60).reasonCode(), QStringLiteral("rpm"));
        // The next minute the budget decides: 30 of 1000 reserved today, a call of up to 980 fits, 971 does
        // not.
        const QDateTime later = m_now.addSecs(60);
        QVERIFY(PolicyEngine::check(db, intent(c, 970), later).allowed);
        const Decision daily = PolicyEngine::check(db, intent(c, 971), later);
        QCOMPARE(daily.reasonCode(), QStringLiteral("daily_budget"));
        QCOMPARE(daily.dayUsed, qint64(30));
        // The month's budget counts recorded usage too: 4,000 recorded leaves 1,000.
        const QString monthly = consumer("monthly");
        RuleChange capped;
        capped.monthlyBudget = std::optional<qint64>(5000);
        setRule(db, monthly, QStringLiteral("openai"), capped);
        record(db, monthly, 4000);
        QVERIFY(PolicyEngine::check(db, intent(monthly, 1000), m_now).allowed);
        const Decision overMonth = PolicyEngine::check(db, intent(monthly, 1001), m_now);
        QCOMPARE(overMonth.reasonCode(), QStringLiteral("monthly_budget"));
        QCOMPARE(overMonth.monthUsed, qint64(4000));
        // A user's own monthly budget, across consumers.
        UserLimitChange carol;
        carol.user = QStringLiteral("carol%1").arg(m_n);
        carol.monthlyBudget = std::optional<qint64>(50);
        WriteExecutor::execute(db, AccessRules::planSetUserLimit(db, carol));
        RuleChange open;
        open.enabled = true;
        const QString other = consumer("other");
        setRule(db, other, QStringLiteral("openai"), open);
        QVERIFY(PolicyEngine::reserve(db, intent(other, 40, carol.user), m_now, 60).allowed);
        QCOMPARE(PolicyEngine::check(db, intent(other, 20, carol.user), m_now).reasonCode(),
                 QStringLiteral("user_monthly_budget"));
        // No price for the model: refused when a budget applies, allowed (and flagged later) when none does.
        CallIntent unpriced = intent(c, 0);
        unpriced.priceKnown = false;
        QCOMPARE(PolicyEngine::check(db, unpriced, later).reasonCode(), QStringLiteral("no_price"));
        unpriced.consumer = other;
        QVERIFY(PolicyEngine::check(db, unpriced, later).allowed);
        // Refused calls are in the log with their reason, and counted nowhere.
        QVERIFY(
            db.scalar(QStringLiteral(
                          "SELECT count(*) FROM api_usage WHERE status = 'denied' AND error LIKE 'rpm:%'"))
                .toLongLong() >= 1);
    }

    void reserveAndSettle_data() { stores(); }
    void reserveAndSettle()
    {
        Database& db = store();
        const QString c = consumer("settle");
        RuleChange rule;
        rule.monthlyBudget = std::optional<qint64>(1000000);
        setRule(db, c, QStringLiteral("openai"), rule);
        const PriceTable prices = PriceTable::fromDatabase(db);
        CallIntent i = intent(c, 5000, QStringLiteral("dave"));
        i.feature = QStringLiteral("summary");
        const Decision d = PolicyEngine::reserve(db, i, m_now, 60);
        QVERIFY(d.allowed);
        auto pair = BudgetCounters::pair(db, d.consumerId, d.providerId, m_now);
        QCOMPARE(pair.month.reserved, qint64(5000));
        QCOMPARE(pair.month.requests, qint64(1));
        PolicyEngine::Outcome ok;
        ok.model = QStringLiteral("gpt-4o-2024-08-06");
        ok.tokens = {1000, 100, 200};
        ok.httpStatus = 200;
        ok.latencyMs = 321;
        // 800 × 2.5 + 200 × 1.25 + 100 × 10 = 2000 + 250 + 1000 micro-dollars.
        QCOMPARE(PolicyEngine::settle(db, d, i, ok, prices, m_now), std::optional<qint64>(3250));
        pair = BudgetCounters::pair(db, d.consumerId, d.providerId, m_now);
        QCOMPARE(pair.month.reserved, qint64(0));
        QCOMPARE(pair.month.spent, qint64(3250));
        QCOMPARE(BudgetCounters::user(db, QStringLiteral("dave"), m_now).month.spent, qint64(3250));
        QSqlQuery row =
            db.exec(QStringLiteral("SELECT status, model, tokens_in, tokens_out, tokens_cached, cost_micros, "
                                   "latency_ms, feature, user_name, http_status FROM api_usage WHERE "
                                   "consumer_id = ? AND status <> 'denied'"),
                    {d.consumerId});
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), QStringLiteral("ok"));
        QCOMPARE(row.value(1).toString(), QStringLiteral("gpt-4o-2024-08-06"));
        QCOMPARE(row.value(5).toLongLong(), qint64(3250));
        QCOMPARE(row.value(6).toInt(), 321);
        QCOMPARE(row.value(7).toString(), QStringLiteral("summary"));
        QCOMPARE(row.value(9).toInt(), 200);
        row.finish();

        // A failed call costs nothing but stays in the log with its status.
        const Decision d2 = PolicyEngine::reserve(db, i, m_now, 60);
        PolicyEngine::Outcome failed;
        failed.status = QStringLiteral("error");
        failed.httpStatus = 429;
        failed.error = QStringLiteral("Rate limit reached");
        QCOMPARE(PolicyEngine::settle(db, d2, i, failed, prices, m_now), std::optional<qint64>(0));
        pair = BudgetCounters::pair(db, d.consumerId, d.providerId, m_now);
        QCOMPARE(pair.month.spent, qint64(3250));
        QCOMPARE(pair.month.reserved, qint64(0));
        QCOMPARE(
            db.scalar(QStringLiteral(
                          "SELECT count(*) FROM api_usage WHERE consumer_id = ? AND status = 'error' AND "
                          "http_status = 429"),
                      {d.consumerId})
                .toLongLong(),
            qint64(1));
    }

    void expiredReservationsAreReleased_data() { stores(); }
    void expiredReservationsAreReleased()
    {
        Database& db = store();
        const QString c = consumer("crash");
        RuleChange rule;
        rule.monthlyBudget = std::optional<qint64>(10000);
        setRule(db, c, QStringLiteral("openai"), rule);
        // A process reserves 9,000 and dies: the next call is refused until the reservation expires.
        const Decision lost = PolicyEngine::reserve(db, intent(c, 9000), m_now, 30);
        QVERIFY(lost.allowed);
        QCOMPARE(PolicyEngine::reserve(db, intent(c, 2000), m_now.addSecs(10), 30).reasonCode(),
                 QStringLiteral("monthly_budget"));
        const Decision after = PolicyEngine::reserve(db, intent(c, 2000), m_now.addSecs(31), 30);
        QVERIFY2(after.allowed, qPrintable(after.message));
        QCOMPARE(db.scalar(QStringLiteral(
                               "SELECT count(*) FROM api_usage WHERE consumer_id = ? AND status = 'expired'"),
                           {lost.consumerId})
                     .toLongLong(),
                 qint64(1));
        // A late settlement of the expired call still counts what it cost, once.
        PolicyEngine::Outcome ok;
        ok.tokens = {100, 10, 0};
        PolicyEngine::settle(db, lost, intent(c, 9000), ok, PriceTable::fromDatabase(db), m_now.addSecs(40));
        const auto pair = BudgetCounters::pair(db, lost.consumerId, lost.providerId, m_now);
        QCOMPARE(pair.month.reserved, qint64(2000));
        QCOMPARE(pair.month.spent, qint64(350));
    }

    void alertsFireOncePerWindow_data() { stores(); }
    void alertsFireOncePerWindow()
    {
        Database& db = store();
        const QString c = consumer("alerts");
        RuleChange rule;
        rule.monthlyBudget = std::optional<qint64>(100000);
        setRule(db, c, QStringLiteral("openai"), rule);
        const int before = int(BudgetAlerts::list(db, true).size());
        record(db, c, 55000);
        QList<BudgetAlert> open = BudgetAlerts::list(db, false);
        QCOMPARE(int(BudgetAlerts::list(db, true).size()), before + 1);
        QCOMPARE(open.first().threshold, 50);
        QCOMPARE(open.first().consumer, c);
        QVERIFY(open.first().text().contains(QStringLiteral("50 %")));
        record(db, c, 1000); // still over 50 %: nothing new
        QCOMPARE(int(BudgetAlerts::list(db, true).size()), before + 1);
        record(db, c, 50000); // 106 %: 80 and 100 fire, once each
        QCOMPARE(int(BudgetAlerts::list(db, true).size()), before + 3);
        QList<qint64> ids;
        for (const BudgetAlert& a : BudgetAlerts::list(db, false))
            ids << a.id;
        const qint64 audits = db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
        WriteExecutor::execute(db, BudgetAlerts::planAcknowledge(db, ids));
        QVERIFY(BudgetAlerts::list(db, false).isEmpty());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), audits + 1);
        record(db, c, 1000);
        QVERIFY(BudgetAlerts::list(db, false).isEmpty());
    }

    void ruleEditsAreConfirmedWrites_data() { stores(); }
    void ruleEditsAreConfirmedWrites()
    {
        Database& db = store();
        const QString c = consumer("edit");
        RuleChange change;
        change.consumer = c;
        change.provider = QStringLiteral("openai");
        change.monthlyBudget = std::optional<qint64>(25000000);
        const PendingWrite create = AccessRules::planSetRule(db, change);
        QCOMPARE(create.plan.action, QStringLiteral("access_rule.create"));
        QVERIFY(!Consumers::find(db, c)); // nothing written by planning
        WriteExecutor::execute(db, create);
        QCOMPARE(
            db.scalar(QStringLiteral(
                          "SELECT count(*) FROM audit_log WHERE action = 'access_rule.create' AND target "
                          "LIKE ?"),
                      {QString(c + QStringLiteral("%"))})
                .toLongLong(),
            qint64(1));
        // Two people edit the same rule: the second, planned on the old version, is refused.
        RuleChange a = change;
        a.monthlyBudget = std::optional<qint64>(30000000);
        RuleChange b = change;
        b.rpm = std::optional<qint64>(60);
        const PendingWrite first = AccessRules::planSetRule(db, a);
        const PendingWrite second = AccessRules::planSetRule(db, b);
        WriteExecutor::execute(db, first);
        try {
            WriteExecutor::execute(db, second);
            QFAIL("a stale edit was saved");
        } catch (const Failure& f) {
            QCOMPARE(f.error().kind, ErrorKind::Conflict);
        }
        const auto r = AccessRules::rule(db, c, QStringLiteral("openai"), m_now);
        QVERIFY(r);
        QCOMPARE(r->monthlyBudget, std::optional<qint64>(30000000));
        QVERIFY(!r->rpm);
        // Clearing a limit: "none".
        RuleChange clear = change;
        clear.monthlyBudget = std::optional<qint64>();
        WriteExecutor::execute(db, AccessRules::planSetRule(db, clear));
        QVERIFY(!AccessRules::rule(db, c, QStringLiteral("openai"), m_now)->monthlyBudget);
    }

    // PostgreSQL: the database, not the app, keeps finance to proposing; an owner's approval applies the
    // change.
    void financeProposesOwnerApproves()
    {
        const QString finance = m_pg->createLogin(QStringLiteral("fin"));
        const QString apiUser = m_pg->createLogin(QStringLiteral("apiuser"));
        QVERIFY(m_pg->superuserExec(
            QStringLiteral("GRANT fusion_finance TO \"%1\"; GRANT fusion_api_user TO \"%2\"")
                .arg(finance, apiUser)));
        const QString c = QStringLiteral("fin/ai");
        RuleChange initial;
        initial.monthlyBudget = std::optional<qint64>(10000000);
        setRule(m_postgres, c, QStringLiteral("openai"), initial);

        Database fin;
        fin.open(m_pg->target(finance));
        RuleChange raise;
        raise.consumer = c;
        raise.provider = QStringLiteral("openai");
        raise.monthlyBudget = std::optional<qint64>(50000000);
        try {
            WriteExecutor::execute(fin, AccessRules::planSetRule(fin, raise));
            QFAIL("finance changed a rule directly");
        } catch (const Failure& f) {
            QCOMPARE(f.error().kind, ErrorKind::PermissionDenied);
        }
        const QJsonObject proposed = WriteExecutor::execute(
            fin, AccessProposals::planPropose(fin, raise, QStringLiteral("Q4 campaign")));
        const qint64 id = qint64(proposed.value(QStringLiteral("proposal")).toDouble());
        QVERIFY(id > 0);
        QCOMPARE(AccessRules::rule(m_postgres, c, QStringLiteral("openai"), m_now)->monthlyBudget,
                 std::optional<qint64>(10000000));
        // Finance cannot approve its own proposal either.
        try {
            WriteExecutor::execute(fin, AccessProposals::planDecide(fin, id, true));
            QFAIL("finance approved a proposal");
        } catch (const Failure& f) {
            QCOMPARE(f.error().kind, ErrorKind::PermissionDenied);
        }
        const PendingWrite approve = AccessProposals::planDecide(m_postgres, id, true);
        QVERIFY(approve.plan.title.contains(finance));
        QVERIFY(approve.plan.effects.join(QLatin1Char(' ')).contains(QStringLiteral("Q4 campaign")));
        WriteExecutor::execute(m_postgres, approve);
        QCOMPARE(AccessRules::rule(m_postgres, c, QStringLiteral("openai"), m_now)->monthlyBudget,
                 std::optional<qint64>(50000000));
        QVERIFY(AccessProposals::list(m_postgres, true).isEmpty());
        try {
            AccessProposals::planDecide(m_postgres, id, false);
            QFAIL("a decided proposal was decided again");
        } catch (const Failure& f) {
            QCOMPARE(f.error().kind, ErrorKind::Conflict);
        }
        // An API user (a consumer's login) reads rules and calls, but changes none.
        Database api;
        api.open(m_pg->target(apiUser));
        QVERIFY(PolicyEngine::reserve(api, intent(c, 100), m_now, 60).allowed);
        RuleChange throttle = raise;
        throttle.rpm = std::optional<qint64>(5);
        try {
            WriteExecutor::execute(api, AccessRules::planSetRule(api, throttle));
            QFAIL("an API user changed a rule");
        } catch (const Failure& f) {
            QCOMPARE(f.error().kind, ErrorKind::PermissionDenied);
        }
    }
};

QTEST_GUILESS_MAIN(TestUsagePolicy)
#include "tst_usage_policy.moc"
