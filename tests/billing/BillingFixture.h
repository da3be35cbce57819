#pragma once
// A small usage fixture for invoicing, the same on SQLite and PostgreSQL, with its invoices computed by hand
// (amounts in micro-dollars). The month invoiced is October 2025; usage on 30 September and 1 November must
// not count.
//
//   pro    monthly 100.00, allowance 10.00   basic monthly 20.00, allowance 50.00
//   annual yearly 1200.00, allowance 5.00 (charged in the month its period started)
//
//   A pro, active:     a1@openai 2.50 + 3.50, a1@anthropic 3.50, a2@openai 4.25 = 13.75 → 100 + 13.75 − 10
//   B basic, past_due: b1@openai 7.000001, all inside the allowance           → 20 + 7.000001 − 7.000001
//   C pro, cancelled: 50.00 of usage, no invoice;  F pro, trialing: no invoice
//   D annual from March, active: d1@anthropic 8.00                            → 0 + 8 − 5
//   E annual from October, active, no usage                                   → 1200
#include "models/storage/Database.h"

#include <QDate>
#include <QString>

namespace fusion::test {

struct BillingFixture {
    qint64 a = 0, b = 0, c = 0, d = 0, e = 0, f = 0; // tenant ids
    qint64 a1 = 0, a2 = 0;                           // consumers of A
    qint64 openai = 0, anthropic = 0;
    QDate period{2025, 10, 1};

    static constexpr qint64 kM = 1000000;
    static constexpr qint64 kTotalA = 100 * kM + 13750000 - 10 * kM;
    static constexpr qint64 kTotalB = 20 * kM;
    static constexpr qint64 kTotalD = 3 * kM;
    static constexpr qint64 kTotalE = 1200 * kM;

    // `tag` keeps slugs and codes apart from whatever else the database holds.
    void seed(Database& db, const QString& tag)
    {
        openai = db.scalar(QStringLiteral("SELECT id FROM providers WHERE code = 'openai'")).toLongLong();
        anthropic =
            db.scalar(QStringLiteral("SELECT id FROM providers WHERE code = 'anthropic'")).toLongLong();
        const auto plan = [&](const QString& code, const QString& period_, qint64 price, qint64 allowance) {
            return db.insertReturningId(
                QStringLiteral("INSERT INTO plans (code, name, billing_period, price_micros, "
                               "ai_allowance_micros) VALUES (?, ?, ?, ?, ?)"),
                {QString(tag + code), code.toUpper(), period_, price, allowance});
        };
        const qint64 pro = plan(QStringLiteral("pro"), QStringLiteral("monthly"), 100 * kM, 10 * kM);
        const qint64 basic = plan(QStringLiteral("basic"), QStringLiteral("monthly"), 20 * kM, 50 * kM);
        const qint64 annual = plan(QStringLiteral("annual"), QStringLiteral("yearly"), 1200 * kM, 5 * kM);
        const auto tenant = [&](const QString& name, qint64 planId, const QString& status,
                                const QString& start) {
            const qint64 id =
                db.insertReturningId(QStringLiteral("INSERT INTO tenants (slug, name) VALUES (?, ?)"),
                                     {QString(tag + QStringLiteral("-") + name), name});
            db.exec(
                QStringLiteral("INSERT INTO subscriptions (tenant_id, plan_id, status, current_period_start) "
                               "VALUES (?, ?, ?, ?)"),
                {id, planId, status, start});
            return id;
        };
        a = tenant(QStringLiteral("alpha"), pro, QStringLiteral("active"), QStringLiteral("2026-11-01"));
        b = tenant(QStringLiteral("bravo"), basic, QStringLiteral("past_due"), QStringLiteral("2026-11-01"));
        c = tenant(QStringLiteral("charlie"), pro, QStringLiteral("cancelled"), QStringLiteral("2026-11-01"));
        d = tenant(QStringLiteral("delta"), annual, QStringLiteral("active"), QStringLiteral("2026-03-01"));
        e = tenant(QStringLiteral("echo"), annual, QStringLiteral("active"), QStringLiteral("2025-10-01"));
        f = tenant(QStringLiteral("foxtrot"), pro, QStringLiteral("trialing"), QStringLiteral("2026-11-01"));
        const auto consumer = [&](const QString& code, const QVariant& tenantId) {
            return db.insertReturningId(
                QStringLiteral("INSERT INTO consumers (code, tenant_id) VALUES (?, ?)"),
                {QString(tag + QStringLiteral("-") + code), tenantId});
        };
        a1 = consumer(QStringLiteral("a1"), a);
        a2 = consumer(QStringLiteral("a2"), a);
        const qint64 b1 = consumer(QStringLiteral("b1"), b);
        const qint64 c1 = consumer(QStringLiteral("c1"), c);
        const qint64 d1 = consumer(QStringLiteral("d1"), d);
        const qint64 loose = consumer(QStringLiteral("script"), QVariant(QMetaType::fromType<qint64>()));
        const auto usage = [&](const QString& day, qint64 consumerId, qint64 provider, qint64 requests,
                               qint64 cost) {
            db.exec(QStringLiteral(
                        "INSERT INTO usage_daily (day, consumer_id, provider_id, user_name, feature, model, "
                        "requests, cost_micros) VALUES (?, ?, ?, 'u', 'f', 'm', ?, ?)"),
                    {day, consumerId, provider, requests, cost});
        };
        usage(QStringLiteral("2025-09-30"), a1, openai, 99, 9990000);
        usage(QStringLiteral("2025-10-03"), a1, openai, 10, 2500000);
        usage(QStringLiteral("2025-10-20"), a1, openai, 5, 3500000);
        usage(QStringLiteral("2025-10-31"), a1, anthropic, 7, 3500000);
        usage(QStringLiteral("2025-10-01"), a2, openai, 3, 4250000);
        usage(QStringLiteral("2025-11-01"), a2, openai, 1, 1000000);
        usage(QStringLiteral("2025-10-15"), b1, openai, 4, 7000001);
        usage(QStringLiteral("2025-10-15"), c1, openai, 9, 50 * kM);
        usage(QStringLiteral("2025-10-09"), d1, anthropic, 2, 8 * kM);
        usage(QStringLiteral("2025-10-09"), loose, openai, 2, 77 * kM);
    }
};

} // namespace fusion::test
