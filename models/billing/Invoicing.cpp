#include "models/billing/Invoicing.h"

#include "models/core/Csv.h"
#include "models/core/Error.h"
#include "models/usage/Money.h"
#include "models/usage/Periods.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

namespace fusion {

namespace {

const QString kInvoiceSelect = QStringLiteral(
    "SELECT i.id, coalesce(i.number, ''), i.tenant_id, t.slug, t.name, coalesce(p.code, ''), i.period_start, "
    "i.period_end, i.state, i.currency, i.subtotal_micros, i.total_micros, i.credit_of, coalesce(o.number, "
    "''), "
    "i.reason, i.created_by, i.created_at, i.issued_at, i.paid_at, i.voided_at, i.row_version, "
    "coalesce(cr.credited, 0) "
    "FROM invoices i JOIN tenants t ON t.id = i.tenant_id LEFT JOIN plans p ON p.id = i.plan_id "
    "LEFT JOIN invoices o ON o.id = i.credit_of "
    // The credit notes against each invoice, summed once for the list rather than once per row: a month of
    // 10,000 invoices lists in half the time, and without the planner's guess of how many there are.
    "LEFT JOIN (SELECT credit_of, sum(total_micros) AS credited FROM invoices WHERE credit_of IS NOT NULL "
    "AND state <> 'void' GROUP BY credit_of) cr ON cr.credit_of = i.id");

QDate invoicingDate(const QVariant& v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

Invoice invoiceFrom(const QSqlQuery& q)
{
    Invoice i;
    i.id = q.value(0).toLongLong();
    i.number = q.value(1).toString();
    i.tenantId = q.value(2).toLongLong();
    i.tenantSlug = q.value(3).toString();
    i.tenantName = q.value(4).toString();
    i.planCode = q.value(5).toString();
    i.periodStart = invoicingDate(q.value(6));
    i.periodEnd = invoicingDate(q.value(7));
    i.state = q.value(8).toString();
    i.currency = q.value(9).toString();
    i.subtotalMicros = q.value(10).toLongLong();
    i.totalMicros = q.value(11).toLongLong();
    i.creditOf = Database::toOptionalInt(q.value(12));
    i.creditOfNumber = q.value(13).toString();
    i.reason = q.value(14).toString();
    i.createdBy = q.value(15).toString();
    i.createdAt = Database::toDateTime(q.value(16));
    i.issuedAt = Database::toDateTime(q.value(17));
    i.paidAt = Database::toDateTime(q.value(18));
    i.voidedAt = Database::toDateTime(q.value(19));
    i.rowVersion = q.value(20).toInt();
    i.creditedMicros = q.value(21).toLongLong();
    return i;
}

// Parameters that land in date and time columns from a SELECT list: PostgreSQL types an untyped parameter
// there as text, SQLite would turn CAST(… AS date) into a number.
QString invoicingDateParam(const Database& db)
{
    return db.isPostgres() ? QStringLiteral("CAST(? AS date)") : QStringLiteral("?");
}
QString invoicingTimeParam(const Database& db)
{
    return db.isPostgres() ? QStringLiteral("CAST(? AS timestamptz)") : QStringLiteral("?");
}
// The month of the year a yearly subscription's period started (it is charged in that month).
QString invoicingAnniversaryMonth(const Database& db)
{
    return db.isPostgres()
               ? QStringLiteral(
                     "CAST(extract(month FROM coalesce(s.current_period_start, s.created_at::date)) AS "
                     "integer)")
               : QStringLiteral(
                     "CAST(strftime('%m', coalesce(s.current_period_start, s.created_at)) AS INTEGER)");
}

// The subscriptions of the month that have no invoice for it yet, with what each owes: the plan's charge,
// the AI cost from the daily aggregates and the allowance. Parameters: start, end, month, start.
// Subscriptions keep their current status only, so the month is billed to those active or past due when it is
// invoiced.
QString invoicingDueSql(const Database& db)
{
    return QStringLiteral(
               "WITH tenant_usage AS (SELECT c.tenant_id, sum(d.cost_micros) AS cost FROM usage_daily d "
               "JOIN consumers c ON c.id = d.consumer_id WHERE d.day >= ? AND d.day < ? AND c.tenant_id IS "
               "NOT "
               "NULL GROUP BY c.tenant_id), "
               "due AS (SELECT s.tenant_id, s.plan_id, pl.currency, "
               "CASE WHEN pl.billing_period = 'monthly' OR %1 = ? THEN pl.price_micros ELSE 0 END AS charge, "
               "coalesce(u.cost, 0) AS ai_cost, pl.ai_allowance_micros AS allowance FROM subscriptions s "
               "JOIN plans pl ON pl.id = s.plan_id LEFT JOIN tenant_usage u ON u.tenant_id = s.tenant_id "
               "WHERE s.status IN ('active', 'past_due') AND NOT EXISTS (SELECT 1 FROM invoices i WHERE "
               "i.tenant_id = "
               "s.tenant_id AND i.period_start = ? AND i.credit_of IS NULL)) ")
        .arg(invoicingAnniversaryMonth(db));
}

QVariantList invoicingDueParams(const QDate& start, const QDate& end)
{
    const QString s = start.toString(Qt::ISODate);
    const QString e = end.toString(Qt::ISODate);
    return {s, e, start.month(), s};
}

const QString kInvoiceTotalExpr =
    QStringLiteral("charge + ai_cost - CASE WHEN ai_cost < allowance THEN ai_cost ELSE allowance END");

std::optional<Invoice> invoicingRequire(Database& db, qint64 id)
{
    auto i = Invoicing::find(db, id);
    if (!i)
        throw Failure(ErrorKind::NotFound, Invoicing::tr("There is no invoice %1.").arg(id));
    return i;
}

QString invoicingName(const Invoice& i)
{
    const QString what = i.isCreditNote() ? Invoicing::tr("credit note") : Invoicing::tr("invoice");
    return i.number.isEmpty()
               ? Invoicing::tr("draft %1 %2 (%3, %4)").arg(what).arg(i.id).arg(i.tenantSlug, i.periodText())
               : QStringLiteral("%1 %2 (%3, %4)").arg(what, i.number, i.tenantSlug, i.periodText());
}

// The next number of this year's series, under the counter row's lock (gap-free: the transaction that takes a
// number either issues with it or rolls the counter back).
QString invoicingNextNumber(Database& d)
{
    const int year = QDateTime::currentDateTimeUtc().date().year();
    d.exec(
        QStringLiteral("INSERT INTO invoice_numbers (year, last_number) VALUES (?, 0) ON CONFLICT (year) DO "
                       "NOTHING"),
        {year});
    d.exec(QStringLiteral("UPDATE invoice_numbers SET last_number = last_number + 1 WHERE year = ?"), {year});
    const int n =
        d.scalar(QStringLiteral("SELECT last_number FROM invoice_numbers WHERE year = ?"), {year}).toInt();
    return QStringLiteral("INV-%1-%2").arg(year).arg(n, 5, 10, QLatin1Char('0'));
}

// Moves an invoice on from `from` to `to` if nobody else did meanwhile.
void invoicingMove(Database& d, const Invoice& i, const QString& to, const QString& extraSet,
                   const QVariantList& extra)
{
    QVariantList params = extra;
    params << i.id << i.rowVersion << i.state;
    const int n = d.exec(QStringLiteral("UPDATE invoices SET state = '%1', %2, row_version = row_version + 1 "
                                        "WHERE id = ? AND row_version = ? AND state = ?")
                             .arg(to, extraSet),
                         params)
                      .numRowsAffected();
    if (n != 1)
        throw Failure(
            ErrorKind::Conflict,
            Invoicing::tr("The %1 was changed by someone else meanwhile; look again.").arg(invoicingName(i)));
}

} // namespace

QList<Invoice> Invoicing::list(Database& db, const Filter& filter)
{
    QStringList where;
    QVariantList params;
    if (filter.period.isValid()) {
        where << QStringLiteral("i.period_start = ?");
        params << filter.period.toString(Qt::ISODate);
    }
    if (!filter.state.isEmpty()) {
        where << QStringLiteral("i.state = ?");
        params << filter.state;
    }
    if (!filter.tenant.isEmpty()) {
        where << QStringLiteral("t.slug = ?");
        params << filter.tenant;
    }
    QList<Invoice> out;
    QSqlQuery q = db.exec(
        kInvoiceSelect +
            (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
            QStringLiteral(" ORDER BY i.period_start DESC, t.slug, i.id"),
        params);
    while (q.next())
        out << invoiceFrom(q);
    return out;
}

std::optional<Invoice> Invoicing::find(Database& db, qint64 id)
{
    QSqlQuery q = db.exec(kInvoiceSelect + QStringLiteral(" WHERE i.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    Invoice i = invoiceFrom(q);
    q.finish();
    QSqlQuery l =
        db.exec(QStringLiteral("SELECT l.id, l.position, l.kind, l.consumer_id, l.provider_id, "
                               "coalesce(c.code, ''), coalesce(p.code, ''), l.description, l.quantity, "
                               "l.unit_micros, l.amount_micros FROM invoice_lines l LEFT JOIN consumers c "
                               "ON c.id = l.consumer_id LEFT JOIN providers p ON p.id = l.provider_id "
                               "WHERE l.invoice_id = ? ORDER BY l.position"),
                {id});
    while (l.next()) {
        InvoiceLine line;
        line.id = l.value(0).toLongLong();
        line.position = l.value(1).toInt();
        line.kind = l.value(2).toString();
        line.consumerId = Database::toOptionalInt(l.value(3));
        line.providerId = Database::toOptionalInt(l.value(4));
        line.consumerCode = l.value(5).toString();
        line.providerCode = l.value(6).toString();
        line.description = l.value(7).toString();
        line.quantity = l.value(8).toLongLong();
        line.unitMicros = l.value(9).toLongLong();
        line.amountMicros = l.value(10).toLongLong();
        i.lines << line;
    }
    return i;
}

QDate Invoicing::parsePeriod(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = pattern.match(text.trimmed());
    const QDate d = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!d.isValid() || d.year() < 2000)
        throw Failure(ErrorKind::InvalidInput,
                      tr("Give the period as a month, YYYY-MM (for example 2026-11)."));
    return d;
}

qint64 Invoicing::unaggregatedRows(Database& db, const QDate& periodStart)
{
    const qint64 mark =
        db.scalar(QStringLiteral("SELECT last_id FROM usage_watermark WHERE id = 1")).toLongLong();
    return db
        .scalar(QStringLiteral(
                    "SELECT count(*) FROM api_usage WHERE occurred_at >= ? AND occurred_at < ? AND id > ?"),
                {Periods::key(QDateTime(periodStart, QTime(0, 0), Qt::UTC)),
                 Periods::key(QDateTime(periodStart.addMonths(1), QTime(0, 0), Qt::UTC)), mark})
        .toLongLong();
}

PendingWrite Invoicing::planGenerate(Database& db, const QDate& periodStart)
{
    if (!periodStart.isValid() || periodStart.day() != 1)
        throw Failure(ErrorKind::InvalidInput,
                      tr("Give the period as a month, YYYY-MM (for example 2026-11)."));
    const QDate start = periodStart;
    const QDate end = start.addMonths(1);
    const QString month = start.toString(QStringLiteral("yyyy-MM"));
    if (QDateTime(end, QTime(0, 0), Qt::UTC) > QDateTime::currentDateTimeUtc())
        throw Failure(ErrorKind::InvalidInput,
                      tr("%1 is not over yet: invoices are generated once the month has ended.").arg(month));
    const qint64 pending = unaggregatedRows(db, start);
    if (pending > 0)
        throw Failure(
            ErrorKind::Conflict,
            tr("The usage of %1 is not fully aggregated: %n usage row(s) are not in the daily totals "
               "yet. Run \"fusionctl usage aggregate\" (or Aggregate now in the Usage pane) first.",
               nullptr, int(qMin<qint64>(pending, INT_MAX)))
                .arg(month));
    QSqlQuery q =
        db.exec(invoicingDueSql(db) +
                    QStringLiteral("SELECT count(*), coalesce(sum(%1), 0) FROM due").arg(kInvoiceTotalExpr),
                invoicingDueParams(start, end));
    q.next();
    const qint64 count = q.value(0).toLongLong();
    const qint64 total = q.value(1).toLongLong();
    q.finish();
    PendingWrite w;
    w.plan.action = QStringLiteral("invoice.generate");
    w.plan.targetType = QStringLiteral("billing_period");
    w.plan.target = month;
    if (count == 0) {
        const qint64 existing =
            db.scalar(QStringLiteral(
                          "SELECT count(*) FROM invoices WHERE period_start = ? AND credit_of IS NULL"),
                      {start.toString(Qt::ISODate)})
                .toLongLong();
        w.plan.title =
            tr("Nothing to generate: %n invoice(s) already exist for %1.", nullptr, int(existing)).arg(month);
        return w;
    }
    w.plan.title = tr("Generate the invoices of %1").arg(month);
    w.plan.verb = tr("Generate");
    w.plan.rowsAffected = count;
    w.plan.effects
        << tr("Creates %n draft invoice(s) totalling %1: each plan's price for the whole month plus AI "
              "usage beyond its allowance, from the daily aggregates.",
              nullptr, int(qMin<qint64>(count, INT_MAX)))
               .arg(Money::display(total));
    w.plan.effects << tr("Drafts get a number when they are issued; until then they can be reviewed.");
    const QDate nextInvoice = end.addMonths(1);
    w.plan.effects << tr("Each invoiced subscription's next invoice date becomes %1 (the invoice of %2).")
                          .arg(nextInvoice.toString(Qt::ISODate), end.toString(QStringLiteral("yyyy-MM")));
    const QString planWord = tr("Plan ");
    const QString yearlyText = tr(" (yearly), year from ");
    const QString monthlyText = tr(" (monthly), ");
    const QString usageWord = tr("AI usage: ");
    const QString atWord = tr(" at ");
    const QString requestsOpen = tr(" (");
    const QString requestsClose = tr(" requests)");
    const QString allowanceText = tr("AI usage included in the plan");
    const QString monthText = QLocale::c().toString(start, QStringLiteral("MMMM yyyy"));
    w.apply = [=](Database& d) {
        // Two people generating the same month at once: the second waits here for the first to commit
        // (SQLite's writer lock does the same), then finds nothing left to generate and says so.
        if (d.isPostgres())
            d.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('fusion.invoice.generate'), ?)"),
                   {start.year() * 100 + start.month()});
        if (unaggregatedRows(d, start) > 0)
            throw Failure(ErrorKind::Conflict,
                          tr("New usage of %1 arrived meanwhile; aggregate it and look again.").arg(month));
        const qint64 stillDue = d.scalar(invoicingDueSql(d) + QStringLiteral("SELECT count(*) FROM due"),
                                         invoicingDueParams(start, end))
                                    .toLongLong();
        if (stillDue == 0)
            throw Failure(ErrorKind::Conflict,
                          tr("The invoices of %1 were generated by someone else meanwhile; this run created "
                             "nothing. Look again.")
                              .arg(month));
        const qint64 before =
            d.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM invoices")).toLongLong();
        const QString now = Database::nowText();
        const QString dp = invoicingDateParam(d);
        const int made =
            d.exec(
                 QStringLiteral("INSERT INTO invoices (tenant_id, plan_id, period_start, period_end, state, "
                                "currency, subtotal_micros, total_micros, created_by, created_at) ") +
                     invoicingDueSql(d) +
                     QStringLiteral("SELECT tenant_id, plan_id, %1, %1, 'draft', currency, charge + ai_cost, "
                                    "%2, ?, %3 FROM due")
                         .arg(dp, kInvoiceTotalExpr, invoicingTimeParam(d)),
                 invoicingDueParams(start, end)
                     << start.toString(Qt::ISODate) << end.toString(Qt::ISODate) << d.actor() << now)
                .numRowsAffected();
        if (made != count)
            throw Failure(
                ErrorKind::Conflict,
                tr("The subscriptions or invoices of %1 changed meanwhile; look again.").arg(month));
        const QString fresh = QStringLiteral("i.id > ? AND i.period_start = ? AND i.credit_of IS NULL");
        const QVariantList freshParams{before, start.toString(Qt::ISODate)};
        // The plan's line, where the plan charges this month.
        d.exec(QStringLiteral(
                   "INSERT INTO invoice_lines (invoice_id, position, kind, description, quantity, "
                   "unit_micros, amount_micros) SELECT i.id, 1, 'plan', ? || pl.name || CASE WHEN "
                   "pl.billing_period = 'yearly' THEN ? ELSE ? END || ?, 1, "
                   "pl.price_micros, pl.price_micros FROM invoices i JOIN plans pl ON pl.id = i.plan_id "
                   "WHERE %1 AND pl.price_micros > 0 AND i.subtotal_micros >= pl.price_micros AND "
                   "(pl.billing_period = 'monthly' OR EXISTS (SELECT 1 FROM subscriptions s WHERE "
                   "s.tenant_id = i.tenant_id AND %2 = ?))")
                   .arg(fresh, invoicingAnniversaryMonth(d)),
               QVariantList{planWord, yearlyText, monthlyText, monthText} << freshParams << start.month());
        // One line per consumer and provider with usage this month.
        d.exec(QStringLiteral(
                   "INSERT INTO invoice_lines (invoice_id, position, kind, consumer_id, provider_id, "
                   "description, quantity, unit_micros, amount_micros) SELECT i.id, 1 + row_number() OVER "
                   "(PARTITION BY i.id ORDER BY c.code, p.code), 'ai_overage', c.id, p.id, ? || c.code || ? "
                   "|| p.code || ? || CAST(sum(u.requests) AS text) || ?, 1, sum(u.cost_micros), "
                   "sum(u.cost_micros) FROM invoices i JOIN consumers c ON c.tenant_id = i.tenant_id JOIN "
                   "usage_daily u ON u.consumer_id = c.id AND u.day >= ? AND u.day < ? JOIN providers p ON "
                   "p.id = u.provider_id WHERE %1 GROUP BY i.id, c.id, c.code, p.id, p.code HAVING "
                   "sum(u.cost_micros) > 0")
                   .arg(fresh),
               QVariantList{usageWord, atWord, requestsOpen, requestsClose, start.toString(Qt::ISODate),
                            end.toString(Qt::ISODate)}
                   << freshParams);
        // The allowance: what the plan includes, up to what was used.
        d.exec(QStringLiteral(
                   "INSERT INTO invoice_lines (invoice_id, position, kind, description, quantity, "
                   "unit_micros, amount_micros) SELECT i.id, (SELECT coalesce(max(l.position), 1) + 1 FROM "
                   "invoice_lines l WHERE l.invoice_id = i.id), 'discount', ?, 1, i.total_micros - "
                   "i.subtotal_micros, i.total_micros - i.subtotal_micros FROM invoices i WHERE %1 AND "
                   "i.subtotal_micros > i.total_micros")
                   .arg(fresh),
               QVariantList{allowanceText} << freshParams);
        // The month is invoiced: each subscription's next invoice is the next month's, due once it ends.
        d.exec(
            QStringLiteral("UPDATE subscriptions SET next_invoice_date = %1, updated_at = %2, row_version = "
                           "row_version + 1 WHERE (next_invoice_date IS NULL OR next_invoice_date < %1) AND "
                           "tenant_id IN (SELECT i.tenant_id FROM invoices i WHERE %3)")
                .arg(dp, invoicingTimeParam(d), fresh),
            QVariantList{nextInvoice.toString(Qt::ISODate), now, nextInvoice.toString(Qt::ISODate)}
                << freshParams);
        const qint64 sum =
            d.scalar(QStringLiteral("SELECT coalesce(sum(total_micros), 0) FROM invoices i WHERE ") + fresh,
                     freshParams)
                .toLongLong();
        return QJsonObject{{QStringLiteral("period"), month},
                           {QStringLiteral("invoices"), made},
                           {QStringLiteral("total_micros"), sum}};
    };
    return w;
}

PendingWrite Invoicing::planIssue(Database& db, qint64 id)
{
    const Invoice i = *invoicingRequire(db, id);
    if (i.state != QLatin1String("draft"))
        throw Failure(ErrorKind::Conflict,
                      tr("The %1 is already %2.").arg(invoicingName(i), stateLabel(i.state)));
    PendingWrite w;
    w.plan.action = QStringLiteral("invoice.issue");
    w.plan.title = tr("Issue the %1").arg(invoicingName(i));
    w.plan.verb = tr("Issue");
    w.plan.targetType = QStringLiteral("invoice");
    w.plan.target = QString::number(i.id);
    w.plan.tenantId = i.tenantId;
    FieldChange state{QStringLiteral("state"), tr("State"), i.state, QStringLiteral("issued")};
    state.beforeText = stateLabel(i.state);
    state.afterText = stateLabel(QStringLiteral("issued"));
    w.plan.changes << state;
    w.plan.effects << tr("Gives it the next invoice number of the year; its total is %1.")
                          .arg(Money::display(i.totalMicros));
    w.plan.effects << tr("Once issued it cannot be edited or deleted: corrections are credit notes.");
    w.apply = [i](Database& d) {
        const QString number = invoicingNextNumber(d);
        invoicingMove(d, i, QStringLiteral("issued"),
                      QStringLiteral("number = ?, issued_at = ?, issued_by = ?"),
                      {number, Database::nowText(), d.actor()});
        return QJsonObject{{QStringLiteral("invoice_id"), i.id}, {QStringLiteral("number"), number}};
    };
    return w;
}

PendingWrite Invoicing::planPay(Database& db, qint64 id)
{
    const Invoice i = *invoicingRequire(db, id);
    if (i.state != QLatin1String("issued"))
        throw Failure(ErrorKind::Conflict,
                      i.state == QLatin1String("draft")
                          ? tr("The %1 is a draft: issue it before it is paid.").arg(invoicingName(i))
                          : tr("The %1 is already %2.").arg(invoicingName(i), stateLabel(i.state)));
    PendingWrite w;
    w.plan.action = QStringLiteral("invoice.pay");
    w.plan.title = tr("Mark the %1 as paid").arg(invoicingName(i));
    w.plan.verb = tr("Mark paid");
    w.plan.targetType = QStringLiteral("invoice");
    w.plan.target = i.number;
    w.plan.tenantId = i.tenantId;
    FieldChange state{QStringLiteral("state"), tr("State"), i.state, QStringLiteral("paid")};
    state.beforeText = stateLabel(i.state);
    state.afterText = stateLabel(QStringLiteral("paid"));
    w.plan.changes << state;
    w.plan.effects << tr("Records %1 received.").arg(Money::display(i.balanceMicros()));
    w.apply = [i](Database& d) {
        invoicingMove(d, i, QStringLiteral("paid"), QStringLiteral("paid_at = ?, paid_by = ?"),
                      {Database::nowText(), d.actor()});
        return QJsonObject{{QStringLiteral("invoice_id"), i.id}, {QStringLiteral("number"), i.number}};
    };
    return w;
}

PendingWrite Invoicing::planVoid(Database& db, qint64 id)
{
    const Invoice i = *invoicingRequire(db, id);
    if (i.state != QLatin1String("issued"))
        throw Failure(
            ErrorKind::Conflict,
            i.state == QLatin1String("draft")
                ? tr("The %1 is a draft: only issued invoices are voided (a draft is simply not issued).")
                      .arg(invoicingName(i))
                : tr("The %1 is already %2.").arg(invoicingName(i), stateLabel(i.state)));
    PendingWrite w;
    w.plan.action = QStringLiteral("invoice.void");
    w.plan.title = tr("Void the %1").arg(invoicingName(i));
    w.plan.verb = tr("Void");
    w.plan.targetType = QStringLiteral("invoice");
    w.plan.target = i.number;
    w.plan.tenantId = i.tenantId;
    w.plan.destructive = true;
    w.plan.confirmPhrase = i.number;
    FieldChange state{QStringLiteral("state"), tr("State"), i.state, QStringLiteral("void")};
    state.beforeText = stateLabel(i.state);
    state.afterText = stateLabel(QStringLiteral("void"));
    w.plan.changes << state;
    w.plan.effects << tr("The tenant no longer owes %1; the invoice and its number stay on record.")
                          .arg(Money::display(i.balanceMicros()));
    w.apply = [i](Database& d) {
        invoicingMove(d, i, QStringLiteral("void"), QStringLiteral("voided_at = ?, voided_by = ?"),
                      {Database::nowText(), d.actor()});
        return QJsonObject{{QStringLiteral("invoice_id"), i.id}, {QStringLiteral("number"), i.number}};
    };
    return w;
}

PendingWrite Invoicing::planCredit(Database& db, qint64 id, qint64 amountMicros, const QString& reason)
{
    const Invoice i = *invoicingRequire(db, id);
    if (i.isCreditNote())
        throw Failure(ErrorKind::InvalidInput, tr("The %1 is itself a credit note.").arg(invoicingName(i)));
    if (i.state != QLatin1String("issued") && i.state != QLatin1String("paid"))
        throw Failure(ErrorKind::Conflict, tr("Only an issued or paid invoice is credited; the %1 is %2.")
                                               .arg(invoicingName(i), stateLabel(i.state)));
    const QString why = reason.trimmed();
    if (why.isEmpty() || why.size() > 500)
        throw Failure(ErrorKind::InvalidInput, tr("Say why the credit is given (1 to 500 characters)."));
    if (amountMicros <= 0)
        throw Failure(ErrorKind::InvalidInput, tr("A credit is an amount above zero."));
    if (amountMicros > i.creditableMicros())
        throw Failure(
            ErrorKind::InvalidInput,
            tr("The credit %1 is more than the %2 still credited to %3.")
                .arg(Money::display(amountMicros), Money::display(i.creditableMicros()), invoicingName(i)));
    PendingWrite w;
    w.plan.action = QStringLiteral("invoice.credit");
    w.plan.title = tr("Credit %1 against the %2").arg(Money::display(amountMicros), invoicingName(i));
    w.plan.verb = tr("Issue credit note");
    w.plan.targetType = QStringLiteral("invoice");
    w.plan.target = i.number;
    w.plan.tenantId = i.tenantId;
    w.plan.changes << FieldChange{QStringLiteral("amount_micros"), tr("Credit"), QVariant(), -amountMicros}
                   << FieldChange{QStringLiteral("reason"), tr("Reason"), QVariant(), why};
    w.plan.changes.first().afterText = Money::display(-amountMicros);
    w.plan.effects
        << tr("Issues a credit note with its own number; %1 stays as it was issued.").arg(i.number);
    w.plan.effects << tr("The balance of %1 becomes %2.")
                          .arg(i.number, Money::display(i.creditableMicros() - amountMicros));
    const QString line = tr("Credit on %1: %2").arg(i.number, why).left(300);
    w.apply = [i, amountMicros, why, line](Database& d) {
        // Still what the plan was computed from: issued or paid, and no other credit meanwhile.
        const auto now = Invoicing::find(d, i.id);
        if (!now || now->rowVersion != i.rowVersion || now->creditedMicros != i.creditedMicros)
            throw Failure(
                ErrorKind::Conflict,
                Invoicing::tr("The %1 was changed or credited meanwhile; look again.").arg(invoicingName(i)));
        const qint64 note = d.insertReturningId(
            QStringLiteral(
                "INSERT INTO invoices (tenant_id, plan_id, period_start, period_end, state, currency, "
                "subtotal_micros, total_micros, credit_of, reason, created_by, created_at) SELECT tenant_id, "
                "plan_id, period_start, period_end, 'draft', currency, ?, ?, id, ?, ?, ? FROM invoices WHERE "
                "id = ?"),
            {-amountMicros, -amountMicros, why, d.actor(), Database::nowText(), i.id});
        d.exec(
            QStringLiteral(
                "INSERT INTO invoice_lines (invoice_id, position, kind, description, quantity, unit_micros, "
                "amount_micros) VALUES (?, 1, 'credit', ?, 1, ?, ?)"),
            {note, line, -amountMicros, -amountMicros});
        const QString number = invoicingNextNumber(d);
        d.exec(QStringLiteral("UPDATE invoices SET state = 'issued', number = ?, issued_at = ?, issued_by = "
                              "? WHERE id = ?"),
               {number, Database::nowText(), d.actor(), note});
        return QJsonObject{{QStringLiteral("credit_note_id"), note},
                           {QStringLiteral("number"), number},
                           {QStringLiteral("credit_of"), i.number},
                           {QStringLiteral("amount_micros"), -amountMicros}};
    };
    return w;
}

QString Invoicing::issuer(Database& db)
{
    return db.scalar(QStringLiteral("SELECT invoice_issuer FROM platform_settings WHERE id = 1")).toString();
}

PendingWrite Invoicing::planSetIssuer(Database& db, const QString& issuer)
{
    const QString text = issuer.trimmed();
    if (text.size() > 1000)
        throw Failure(ErrorKind::InvalidInput, tr("The issuer's details are longer than 1,000 characters."));
    const QString before = Invoicing::issuer(db);
    PendingWrite w;
    w.plan.action = QStringLiteral("invoice.issuer");
    w.plan.title = tr("Set who issues the invoices");
    w.plan.verb = tr("Save");
    w.plan.targetType = QStringLiteral("platform_settings");
    w.plan.target = QStringLiteral("invoice_issuer");
    if (text != before)
        w.plan.changes << FieldChange{QStringLiteral("invoice_issuer"), tr("Issuer"), before, text};
    w.plan.effects << tr(
        "Printed at the top of every invoice PDF from now on; issued invoices keep their amounts.");
    if (text == before)
        w.plan.effects.clear();
    w.apply = [text, before](Database& d) {
        const int n =
            d.exec(QStringLiteral("UPDATE platform_settings SET invoice_issuer = ?, updated_by = ?, "
                                  "updated_at = ?, row_version = row_version + 1 WHERE id = 1 AND "
                                  "invoice_issuer = ?"),
                   {text, d.actor(), Database::nowText(), before})
                .numRowsAffected();
        if (n != 1)
            throw Failure(ErrorKind::Conflict,
                          tr("The issuer was changed by someone else meanwhile; look again."));
        return QJsonObject{{QStringLiteral("invoice_issuer"), text}};
    };
    return w;
}

QString Invoicing::stateLabel(const QString& state)
{
    if (state == QLatin1String("draft"))
        return tr("draft");
    if (state == QLatin1String("issued"))
        return tr("issued");
    if (state == QLatin1String("paid"))
        return tr("paid");
    if (state == QLatin1String("void"))
        return tr("void");
    return state;
}

QByteArray Invoicing::csv(const QList<Invoice>& invoices)
{
    QList<QStringList> rows{{QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("tenant"),
                             QStringLiteral("period"), QStringLiteral("state"), QStringLiteral("currency"),
                             QStringLiteral("subtotal"), QStringLiteral("total"), QStringLiteral("credited"),
                             QStringLiteral("balance"), QStringLiteral("credit_of"),
                             QStringLiteral("issued_at"), QStringLiteral("paid_at"),
                             QStringLiteral("voided_at")}};
    const auto time = [](const QDateTime& t) { return t.isValid() ? Database::timeText(t) : QString(); };
    for (const Invoice& i : invoices)
        rows << QStringList{QString::number(i.id),
                            i.number,
                            i.tenantSlug,
                            i.periodText(),
                            i.state,
                            i.currency,
                            Money::format(i.subtotalMicros),
                            Money::format(i.totalMicros),
                            Money::format(i.creditedMicros),
                            Money::format(i.balanceMicros()),
                            i.creditOfNumber,
                            time(i.issuedAt),
                            time(i.paidAt),
                            time(i.voidedAt)};
    return Csv::document(rows);
}

} // namespace fusion
