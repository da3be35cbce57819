#include "models/demo/DemoUsage.h"

#include "models/policy/Consumers.h"
#include "models/storage/Database.h"
#include "models/usage/PriceTable.h"
#include "models/usage/UsageAggregator.h"
#include "models/usage/UsageWriter.h"

#include <QSet>

#include <cmath>

namespace fusion {

namespace {
struct DemoConsumer {
    QString code;
    QString provider;
    QStringList models;
    int callsPerDay;
    std::optional<qint64> monthly; // micro-units
    std::optional<qint64> daily;
    std::optional<qint64> rpm;
};
} // namespace

QJsonObject DemoUsage::seed(Database& db, QRandomGenerator& rng, const QDateTime& now,
                            const QList<QPair<qint64, QString>>& tenants)
{
    const QStringList openai{QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o"),
                             QStringLiteral("gpt-4.1-mini")};
    const QStringList anthropic{QStringLiteral("claude-haiku-4-5"), QStringLiteral("claude-sonnet-4-5")};
    QList<DemoConsumer> consumers;
    const int tenantCount = int(qMin<qsizetype>(tenants.size(), 8));
    for (int i = 0; i < tenantCount; ++i) {
        const QString slug = tenants[i].second;
        // Budgets chosen so that some consumers sit comfortably, some near and some over theirs this month.
        const qint64 monthly = qint64(i == 0       ? 1
                                      : i % 4 == 0 ? 2
                                      : i % 4 == 1 ? 8
                                      : i % 4 == 2 ? 20
                                                   : 50) *
                               1000000;
        consumers << DemoConsumer{slug + QStringLiteral("/fusion_ai"),
                                  QStringLiteral("openai"),
                                  openai,
                                  10 + int(rng.bounded(20u)),
                                  monthly,
                                  std::nullopt,
                                  qint64(120)};
        if (i % 2 == 0)
            consumers << DemoConsumer{slug + QStringLiteral("/fusion_helpdesk"),
                                      QStringLiteral("anthropic"),
                                      anthropic,
                                      4 + int(rng.bounded(10u)),
                                      qint64(14) * 1000000,
                                      i == 0 ? std::optional<qint64>(qint64(1) * 1000000) : std::nullopt,
                                      std::nullopt};
    }
    // A model missing from the price table: its usage shows up as unpriced, waiting for a price.
    consumers << DemoConsumer{
        QStringLiteral("nightly-report"),
        QStringLiteral("openai"),
        {QStringLiteral("gpt-4.1"), QStringLiteral("gpt-4.1"), QStringLiteral("o3-pro")},
        2,
        qint64(7) * 1000000,
        std::nullopt,
        std::nullopt};
    consumers << DemoConsumer{QStringLiteral("crm-enrichment"),
                              QStringLiteral("anthropic"),
                              {QStringLiteral("claude-haiku-4-5")},
                              8,
                              std::nullopt,
                              std::nullopt,
                              qint64(60)};

    QSet<QDate> months;
    for (int d = 0; d <= 45; ++d)
        months.insert(now.addDays(-d).date());
    UsageWriter::preparePartitions(db, months);

    const QStringList users{QStringLiteral("anna"),   QStringLiteral("ben"), QStringLiteral("chloe"),
                            QStringLiteral("dmitri"), QStringLiteral("eva"), QString()};
    const QStringList features{QStringLiteral("chat"), QStringLiteral("summary"), QStringLiteral("autofill"),
                               QStringLiteral("translate")};
    QList<UsageRecord> rows;
    for (const DemoConsumer& c : std::as_const(consumers)) {
        const qint64 id = Consumers::ensure(db, c.code);
        const qint64 provider =
            db.scalar(QStringLiteral("SELECT id FROM providers WHERE code = ?"), {c.provider}).toLongLong();
        db.exec(QStringLiteral(
                    "INSERT INTO access_rules (consumer_id, provider_id, enabled, monthly_budget_micros, "
                    "daily_budget_micros, rpm, notes) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {id, provider, true, c.monthly ? QVariant(*c.monthly) : QVariant(),
                 c.daily ? QVariant(*c.daily) : QVariant(), c.rpm ? QVariant(*c.rpm) : QVariant(),
                 QString()});
        for (int day = 45; day >= 0; --day) {
            const QDate date = now.date().addDays(-day);
            // Weekdays are busier, and usage grows over the weeks.
            const double weekday = date.dayOfWeek() >= 6 ? 0.45 : 1.0;
            const double growth = 0.7 + 0.6 * double(45 - day) / 45.0;
            const int calls = int(double(c.callsPerDay) * weekday * growth) + int(rng.bounded(5u));
            for (int k = 0; k < calls; ++k) {
                UsageRecord r;
                const int seconds =
                    day == 0 ? int(rng.bounded(quint32(qMax(1, now.time().msecsSinceStartOfDay() / 1000))))
                             : int(rng.bounded(86400u));
                r.occurredAt = QDateTime(date, QTime(0, 0), Qt::UTC).addSecs(seconds);
                r.consumer = c.code;
                r.provider = c.provider;
                r.model = c.models[int(rng.bounded(quint32(c.models.size())))];
                r.user = users[int(rng.bounded(quint32(users.size())))];
                r.feature = features[int(rng.bounded(quint32(features.size())))];
                const quint32 roll = rng.bounded(100u);
                r.status = roll < 3 ? QStringLiteral("error") : QStringLiteral("ok");
                if (roll < 3) {
                    r.httpStatus = roll == 0 ? 500 : 429;
                    r.error =
                        roll == 0 ? QStringLiteral("HTTP status 500") : QStringLiteral("Rate limit reached");
                } else {
                    r.httpStatus = 200;
                    r.tokens.in = 200 + rng.bounded(4000u);
                    r.tokens.cached = rng.bounded(3u) == 0 ? r.tokens.in / 2 : 0;
                    r.tokens.out = 50 + rng.bounded(900u);
                }
                // Mostly under a second or two, with a long tail (exponential above a floor).
                r.latencyMs = qint64(250 + 700 * -std::log(1.0 - rng.generateDouble() * 0.9999));
                r.requestId = QStringLiteral("demo-%1-%2-%3").arg(c.code).arg(day).arg(k);
                rows << r;
            }
        }
    }
    // A few users with limits of their own; one of them blocked.
    db.exec(QStringLiteral(
                "INSERT INTO user_limits (user_name, monthly_budget_micros, daily_requests, blocked, notes) "
                "VALUES ('anna', 5000000, 150, ?, 'Team lead'), ('eva', NULL, NULL, ?, 'Left the company')"),
            {false, true});
    const UsageWriter::Outcome o =
        UsageWriter::write(db, rows, QStringLiteral("import"), PriceTable::fromDatabase(db));
    UsageAggregator::run(db);
    return QJsonObject{{QStringLiteral("consumers"), int(consumers.size())},
                       {QStringLiteral("usage_rows"), o.stored}};
}

} // namespace fusion
