#pragma once

#include "models/usage/UsageSeries.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

class Database;

// What the Usage pane filters on. Empty strings match everything; the dates are UTC days, both included.
struct UsageFilter {
    QDate from;
    QDate to;
    QString tenant; // slug
    QString consumer;
    QString provider; // code
    QString model;
    QString feature;
    QString user;
};

enum class UsageDimension { Consumer, Tenant, Provider, Model, Feature, User, Day };

// The Usage pane's and the dashboard's reads: charts and the aggregated table from the daily aggregates
// (never the raw log), the raw log itself page by page (keyset paging, newest first), and a tenant's monthly
// report.
class UsageQuery {
    Q_DECLARE_TR_FUNCTIONS(fusion::UsageQuery)

public:
    struct AggregateRow {
        QString key; // the dimension's value ("" shown as "(none)")
        qint64 requests = 0, errors = 0, denied = 0;
        qint64 tokensIn = 0, tokensOut = 0, tokensCached = 0;
        qint64 costMicros = 0, unpriced = 0;
        std::optional<double> p50Ms, p95Ms;
    };
    struct RawRow {
        qint64 id = 0;
        QDateTime occurredAt;
        QString consumer, tenant, provider, user, feature, model, status, error, source;
        qint64 tokensIn = 0, tokensOut = 0, tokensCached = 0, costMicros = 0;
        bool priced = true;
        std::optional<qint64> latencyMs;
        std::optional<int> httpStatus;
    };
    struct Cursor {
        QDateTime occurredAt;
        qint64 id = 0;
    };
    struct RawPage {
        QList<RawRow> rows;
        std::optional<Cursor> next; // set when there are more rows
    };

    static QString dimensionName(UsageDimension d); // translated, for combo boxes and headers
    // The values a filter can take, for its combo box: known consumers, tenants with consumers, providers,
    // and the models, features and users seen in the aggregates.
    static QStringList values(Database& db, UsageDimension d);

    static StackedDailyCost dailyCost(Database& db, const UsageFilter& f, UsageDimension by,
                                      int maxSeries = 8);
    static DailyActivity activity(Database& db, const UsageFilter& f);
    static BudgetBurn budgetBurn(Database& db, const UsageFilter& f, const QDate& asOf);
    static QList<AggregateRow> table(Database& db, const UsageFilter& f, UsageDimension by);
    static RawPage rawLog(Database& db, const UsageFilter& f, const std::optional<Cursor>& after,
                          int pageSize = 200);
    static TenantSpendReport tenantReport(Database& db, const QString& tenantSlug, const QDate& month);
    // Usage that used tokens of a model without a known price, per provider and model, most rows first.
    struct Unpriced {
        QString provider;
        QString model;
        qint64 rows = 0, tokensIn = 0, tokensOut = 0;
        QDateTime first, last;
    };
    static QList<Unpriced> unpriced(Database& db);
    // This month's spend and the monthly budgets, for the dashboard: total, budget sum, top consumers.
    struct MonthSummary {
        qint64 spentMicros = 0;
        std::optional<qint64> budgetMicros;
        QList<QPair<QString, qint64>> topConsumers; // by spend this month, at most 5
    };
    static MonthSummary monthSummary(Database& db, const QDate& today);
    // How far the daily aggregates reach: the last log id folded in, and when (invalid: never aggregated).
    struct Freshness {
        qint64 watermark = 0;
        QDateTime aggregatedAt;
    };
    static Freshness freshness(Database& db);

    // The latency at quantile `q` (0..1) from a day's histogram (UsageAggregator's buckets), interpolated
    // within the bucket; the last bucket reaches up to the largest latency seen.
    static std::optional<double> percentile(const QList<qint64>& buckets, qint64 maxMs, double q);
};

} // namespace fusion
