#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

struct InvoiceLine {
    qint64 id = 0;
    int position = 0;
    QString kind; // plan | ai_overage | discount | credit
    std::optional<qint64> consumerId;
    std::optional<qint64> providerId;
    QString consumerCode;
    QString providerCode;
    QString description;
    qint64 quantity = 1;
    qint64 unitMicros = 0;
    qint64 amountMicros = 0;
};

// An invoice or a credit note (creditOf set, negative total). Money in micro-dollars.
struct Invoice {
    qint64 id = 0;
    QString number; // empty while a draft: numbers are given at issue, gap-free per year
    qint64 tenantId = 0;
    QString tenantSlug;
    QString tenantName;
    QString planCode;
    QDate periodStart; // first day of the month
    QDate periodEnd;   // first day of the next month (exclusive)
    QString state;     // draft | issued | paid | void
    QString currency;
    qint64 subtotalMicros = 0;
    qint64 totalMicros = 0;
    std::optional<qint64> creditOf;
    QString creditOfNumber;
    QString reason;
    QString createdBy;
    QDateTime createdAt;
    QDateTime issuedAt;
    QDateTime paidAt;
    QDateTime voidedAt;
    qint64 creditedMicros = 0; // the credit notes against it (negative or 0)
    int rowVersion = 0;
    QList<InvoiceLine> lines; // filled by find()

    bool isCreditNote() const { return creditOf.has_value(); }
    // What can still be credited: the total less the credit notes against it (nothing for void invoices or
    // for credit notes themselves, whose amount counts against their original).
    qint64 creditableMicros() const
    {
        return state == QLatin1String("void") || isCreditNote() ? 0 : totalMicros + creditedMicros;
    }
    // What is still owed: for a draft or issued invoice, what can be credited; a paid one is settled (a
    // credit after payment is a refund, paid outside the app).
    qint64 balanceMicros() const
    {
        return state == QLatin1String("draft") || state == QLatin1String("issued") ? creditableMicros() : 0;
    }
    QString periodText() const { return periodStart.toString(QStringLiteral("yyyy-MM")); }
};

// Invoices per calendar month (UTC) and tenant: the plan's price for the whole month (no proration: a
// subscription active or past due when the month is invoiced pays the month; a yearly plan is charged in the
// month its period started) plus the tenant's AI spend beyond the plan's monthly allowance, read from the
// daily aggregates — one line per consumer and provider, then the allowance as a discount line.
class Invoicing {
    Q_DECLARE_TR_FUNCTIONS(fusion::Invoicing)

public:
    struct Filter {
        QDate period; // a month's first day; invalid: every period
        QString state;
        QString tenant; // slug
    };
    static QList<Invoice> list(Database& db, const Filter& filter = {});
    static std::optional<Invoice> find(Database& db, qint64 id); // with its lines

    // "2026-11" → 2026-11-01; throws InvalidInput otherwise.
    static QDate parsePeriod(const QString& text);
    // Rows of api_usage in the month not yet folded into usage_daily (the watermark says how far it went).
    static qint64 unaggregatedRows(Database& db, const QDate& periodStart);

    // Draft invoices for every tenant of the month that has none yet, in one transaction. Refuses a month
    // that is not over or whose usage is not fully aggregated; with nothing to do the plan changes nothing
    // and says how many invoices already exist.
    static PendingWrite planGenerate(Database& db, const QDate& periodStart);
    static PendingWrite planIssue(Database& db, qint64 id);
    static PendingWrite planPay(Database& db, qint64 id);
    static PendingWrite planVoid(Database& db, qint64 id);
    // A credit note of `amountMicros` (> 0, at most what is still owed) against an issued or paid invoice,
    // issued at once with its own number; the original stays as it was.
    static PendingWrite planCredit(Database& db, qint64 id, qint64 amountMicros, const QString& reason);

    // Who issues the invoices (the PDF's heading): name, address, tax number, contact, one per line.
    static QString issuer(Database& db);
    static PendingWrite planSetIssuer(Database& db, const QString& issuer);

    static QString stateLabel(const QString& state);
    // The list as CSV (RFC 4180, amounts as decimal dollars) for a spreadsheet.
    static QByteArray csv(const QList<Invoice>& invoices);
};

} // namespace fusion
