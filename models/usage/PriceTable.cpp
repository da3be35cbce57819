#include "models/usage/PriceTable.h"

#include "models/usage/Money.h"

#include <QJsonObject>

#include <algorithm>

namespace fusion {

namespace {
QString modelKey(qint64 providerId, const QString& model)
{
    return QString::number(providerId) + QLatin1Char('/') + model;
}

ModelPrice priceFrom(const QSqlQuery& q)
{
    ModelPrice p;
    p.id = q.value(0).toLongLong();
    p.providerId = q.value(1).toLongLong();
    p.providerCode = q.value(2).toString();
    p.model = q.value(3).toString();
    p.effectiveFrom = QDate::fromString(q.value(4).toString().left(10), Qt::ISODate);
    p.inputMicros = q.value(5).toLongLong();
    p.outputMicros = q.value(6).toLongLong();
    p.cachedInputMicros = q.value(7).toLongLong();
    p.source = q.value(8).toString();
    p.rowVersion = q.value(9).toInt();
    return p;
}

const QString kSelect = QStringLiteral(
    "SELECT m.id, m.provider_id, p.code, m.model, m.effective_from, m.input_micros, m.output_micros, "
    "m.cached_input_micros, m.source, m.row_version FROM model_prices m JOIN providers p ON p.id = "
    "m.provider_id");
} // namespace

QList<ModelPrice> PriceTable::load(Database& db)
{
    QList<ModelPrice> out;
    QSqlQuery q = db.exec(kSelect + QStringLiteral(" ORDER BY p.code, m.model, m.effective_from"));
    while (q.next())
        out << priceFrom(q);
    return out;
}

PriceTable::PriceTable(QList<ModelPrice> prices)
    : m_prices(std::move(prices))
{
    std::sort(m_prices.begin(), m_prices.end(), [](const ModelPrice& a, const ModelPrice& b) {
        return std::tie(a.providerId, a.model, a.effectiveFrom) <
               std::tie(b.providerId, b.model, b.effectiveFrom);
    });
    for (qsizetype i = 0; i < m_prices.size(); ++i)
        m_byModel[modelKey(m_prices[i].providerId, m_prices[i].model)] << i;
}

std::optional<ModelPrice> PriceTable::find(qint64 providerId, const QString& model, const QDate& day) const
{
    auto onDay = [&](const QList<qsizetype>& indexes) -> std::optional<ModelPrice> {
        for (auto it = indexes.crbegin(); it != indexes.crend(); ++it) {
            if (m_prices[*it].effectiveFrom <= day)
                return m_prices[*it];
        }
        return std::nullopt;
    };
    if (model.isEmpty())
        return std::nullopt;
    if (auto it = m_byModel.constFind(modelKey(providerId, model)); it != m_byModel.cend())
        return onDay(*it);
    // A dated or suffixed name: the longest listed base name wins ("gpt-4o-mini" over "gpt-4o").
    std::optional<ModelPrice> best;
    qsizetype bestLength = 0;
    for (auto it = m_byModel.cbegin(); it != m_byModel.cend(); ++it) {
        const ModelPrice& p = m_prices[it->first()];
        if (p.providerId != providerId || p.model.size() <= bestLength)
            continue;
        if (model.size() > p.model.size() && model.startsWith(p.model) &&
            model.at(p.model.size()) == QLatin1Char('-')) {
            if (auto found = onDay(*it)) {
                best = found;
                bestLength = p.model.size();
            }
        }
    }
    return best;
}

qint64 PriceTable::cost(const ModelPrice& price, const TokenCounts& tokens)
{
    // Tokens × micro-units per million tokens, so the sum is in millionths of a micro-unit; 128 bits keep a
    // billion tokens at the highest price exact.
    __extension__ using Wide = __int128;
    const Wide uncached = tokens.in - tokens.cached;
    const Wide total = uncached * price.inputMicros + Wide(tokens.cached) * price.cachedInputMicros +
                       Wide(tokens.out) * price.outputMicros;
    return qint64((total + 500000) / 1000000);
}

QString PriceTable::validate(const ModelPrice& in)
{
    QStringList problems;
    if (in.model.trimmed().isEmpty() || in.model.size() > 100)
        problems << tr("The model name must be 1 to 100 characters.");
    if (!in.effectiveFrom.isValid())
        problems << tr("The date the price applies from is missing.");
    const qint64 limit = qint64(10000) * Money::kMicrosPerUnit;
    for (qint64 v : {in.inputMicros, in.outputMicros, in.cachedInputMicros}) {
        if (v < 0 || v > limit) {
            problems << tr("Prices must be between 0 and 10,000 per million tokens.");
            break;
        }
    }
    return problems.join(QLatin1Char(' '));
}

PendingWrite PriceTable::planSet(Database& db, const ModelPrice& in)
{
    if (const QString problem = validate(in); !problem.isEmpty())
        throw Failure(ErrorKind::InvalidInput, problem);
    const QVariant providerId =
        db.scalar(QStringLiteral("SELECT id FROM providers WHERE code = ?"), {in.providerCode});
    if (!providerId.isValid())
        throw Failure(ErrorKind::NotFound, tr("There is no provider \"%1\".").arg(in.providerCode));
    std::optional<ModelPrice> before;
    QSqlQuery q =
        db.exec(kSelect + QStringLiteral(" WHERE m.provider_id = ? AND m.model = ? AND m.effective_from = ?"),
                {providerId, in.model, in.effectiveFrom.toString(Qt::ISODate)});
    if (q.next())
        before = priceFrom(q);

    PendingWrite w;
    w.plan.action = QStringLiteral("price.set");
    w.plan.targetType = QStringLiteral("model_price");
    w.plan.target = in.providerCode + QLatin1Char('/') + in.model;
    w.plan.title = before ? tr("Change the price of %1 %2 from %3")
                                .arg(in.providerCode, in.model, in.effectiveFrom.toString(Qt::ISODate))
                          : tr("Add a price for %1 %2 from %3")
                                .arg(in.providerCode, in.model, in.effectiveFrom.toString(Qt::ISODate));
    w.plan.verb = before ? tr("Change Price") : tr("Add Price");
    auto money = [](const std::optional<ModelPrice>& p, qint64 ModelPrice::*field) {
        return p ? QVariant(Money::format((*p).*field)) : QVariant();
    };
    const std::optional<ModelPrice> after = in;
    const struct {
        const char* field;
        QString label;
        qint64 ModelPrice::*member;
    } fields[] = {
        {"input_micros", tr("Input, per million tokens"), &ModelPrice::inputMicros},
        {"output_micros", tr("Output, per million tokens"), &ModelPrice::outputMicros},
        {"cached_input_micros", tr("Cached input, per million tokens"), &ModelPrice::cachedInputMicros}};
    for (const auto& f : fields) {
        const QVariant b = money(before, f.member);
        const QVariant a = money(after, f.member);
        if (b != a)
            w.plan.changes << FieldChange(QString::fromLatin1(f.field), f.label, b, a);
    }
    if (!before || before->source != in.source)
        w.plan.changes << FieldChange(QStringLiteral("source"), tr("Source"),
                                      before ? QVariant(before->source) : QVariant(), in.source);
    if (w.plan.changes.isEmpty())
        return w;
    w.plan.effects << tr(
        "Usage recorded from now on is costed at this price; usage already recorded keeps its cost.");
    const qint64 expectedVersion = before ? before->rowVersion : 0;
    const ModelPrice price = in;
    const qint64 pid = providerId.toLongLong();
    w.apply = [price, pid, expectedVersion](Database& target) {
        QJsonObject facts;
        if (expectedVersion == 0) {
            facts.insert(
                QStringLiteral("id"),
                target.insertReturningId(
                    QStringLiteral(
                        "INSERT INTO model_prices (provider_id, model, effective_from, input_micros, "
                        "output_micros, cached_input_micros, source) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {pid, price.model, price.effectiveFrom.toString(Qt::ISODate), price.inputMicros,
                     price.outputMicros, price.cachedInputMicros, price.source}));
            return facts;
        }
        const int n =
            target
                .exec(QStringLiteral("UPDATE model_prices SET input_micros = ?, output_micros = ?, "
                                     "cached_input_micros = ?, source = ?, updated_at = ?, "
                                     "row_version = row_version + 1 WHERE provider_id = ? AND model = ? AND "
                                     "effective_from = ? AND row_version = ?"),
                      {price.inputMicros, price.outputMicros, price.cachedInputMicros, price.source,
                       Database::nowText(), pid, price.model, price.effectiveFrom.toString(Qt::ISODate),
                       expectedVersion})
                .numRowsAffected();
        if (n != 1)
            throw Failure(ErrorKind::Conflict,
                          tr("Someone changed this price meanwhile; look again and retry."));
        return facts;
    };
    return w;
}

} // namespace fusion
