#include "app/cli/Args.h"

#include "models/usage/Money.h"

#include <QCoreApplication>

namespace fusion::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fusion::cli::Args", text);
}
} // namespace

Args::Args(const QStringList& arguments, const QSet<QString>& flagNames)
{
    bool ended = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (ended || !a.startsWith(QLatin1String("--")) || a == QLatin1String("-")) {
            m_words << a;
            continue;
        }
        if (a == QLatin1String("--")) {
            ended = true;
            continue;
        }
        const QString body = a.mid(2);
        const qsizetype eq = body.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            m_options << Option{body.left(eq), body.mid(eq + 1)};
        } else if (flagNames.contains(body)) {
            m_options << Option{body, std::nullopt};
        } else if (i + 1 < arguments.size()) {
            m_options << Option{body, arguments[++i]};
        } else {
            m_options << Option{body, std::nullopt};
        }
    }
}

bool Args::flag(const QString& name)
{
    bool found = false;
    for (qsizetype i = 0; i < m_options.size();) {
        if (m_options[i].name == name) {
            if (m_options[i].value && m_error.isEmpty())
                m_error = tr("--%1 takes no value").arg(name);
            m_options.removeAt(i);
            found = true;
        } else {
            ++i;
        }
    }
    return found;
}

QStringList Args::options(const QString& name)
{
    QStringList values;
    for (qsizetype i = 0; i < m_options.size();) {
        if (m_options[i].name == name) {
            if (m_options[i].value)
                values << *m_options[i].value;
            else if (m_error.isEmpty())
                m_error = tr("--%1 needs a value").arg(name);
            m_options.removeAt(i);
        } else {
            ++i;
        }
    }
    return values;
}

std::optional<QString> Args::option(const QString& name)
{
    const QStringList values = options(name);
    if (values.isEmpty())
        return std::nullopt;
    if (values.size() > 1 && m_error.isEmpty())
        m_error = tr("--%1 is given more than once").arg(name);
    return values.last();
}

std::optional<QString> Args::positional()
{
    if (m_words.isEmpty())
        return std::nullopt;
    return m_words.takeFirst();
}

QString Args::requirePositional(const QString& what)
{
    auto word = positional();
    if (!word) {
        if (m_error.isEmpty())
            m_error = tr("missing %1").arg(what);
        return {};
    }
    return *word;
}

QString Args::leftover() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (!m_options.isEmpty())
        return tr("unknown option --%1").arg(m_options.first().name);
    if (!m_words.isEmpty())
        return tr("unexpected argument \"%1\"").arg(m_words.first());
    return {};
}

void Args::reject(const QString& problem)
{
    if (m_error.isEmpty())
        m_error = problem;
}

QString Args::invalid(const QString& name, const QString& expected, const QString& given)
{
    return tr("--%1 takes %2, not \"%3\"").arg(name, expected, given);
}

QString Args::describe(Range range)
{
    if (range.max >= std::numeric_limits<int>::max())
        return range.min == 1 ? tr("a positive whole number") : tr("a whole number from %1").arg(range.min);
    return tr("a whole number from %1 to %2").arg(range.min).arg(range.max);
}

std::optional<qint64> Args::wholeNumber(const QString& text, Range range)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < range.min || n > range.max)
        return std::nullopt;
    return n;
}

std::optional<qint64> Args::intOption(const QString& name, Range range)
{
    const auto text = option(name);
    if (!text)
        return std::nullopt;
    const auto n = wholeNumber(*text, range);
    if (!n)
        reject(invalid(name, describe(range), *text));
    return n;
}

QList<qint64> Args::idOptions(const QString& name)
{
    QList<qint64> ids;
    for (const QString& text : options(name)) {
        if (const auto id = wholeNumber(text, kPositive))
            ids << *id;
        else
            reject(invalid(name, describe(kPositive), text));
    }
    return ids;
}

std::optional<qint64> Args::idPositional(const QString& what)
{
    const auto word = positional();
    if (!word) {
        reject(tr("missing %1").arg(what));
        return std::nullopt;
    }
    const auto id = wholeNumber(*word, kPositive);
    if (!id)
        reject(tr("the %1 is a positive whole number, not \"%2\"").arg(what, *word));
    return id;
}

std::optional<QDate> Args::dateOption(const QString& name)
{
    const auto text = option(name);
    if (!text)
        return std::nullopt;
    const QDate date = QDate::fromString(*text, Qt::ISODate);
    if (!date.isValid()) {
        reject(invalid(name, tr("a date such as 2026-12-31"), *text));
        return std::nullopt;
    }
    return date;
}

std::optional<qint64> Args::moneyOption(const QString& name)
{
    const auto text = option(name);
    if (!text)
        return std::nullopt;
    const auto micros = Money::parse(*text);
    if (!micros)
        reject(invalid(name, tr("an amount such as 12.50"), *text));
    return micros;
}

std::optional<std::optional<qint64>> Args::limitOption(const QString& name, Limit kind)
{
    const auto text = option(name);
    if (!text)
        return std::nullopt;
    if (text->trimmed().toLower() == QLatin1String("none"))
        return std::optional<qint64>();
    const auto value = kind == Limit::Money ? Money::parse(*text) : wholeNumber(*text, {0, kNoMaximum});
    if (value)
        return value;
    reject(invalid(name,
                   kind == Limit::Money ? tr("an amount such as 25 or 12.50, or \"none\"")
                                        : tr("a whole number, or \"none\""),
                   *text));
    return std::nullopt;
}

std::optional<QDateTime> Args::timeOption(const QString& name)
{
    const auto text = option(name);
    if (!text)
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(*text, Qt::ISODateWithMs);
    // A time without a zone would silently mean this machine's zone.
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime) {
        reject(invalid(name, tr("an ISO 8601 time with a zone, e.g. 2026-11-29T10:00:00Z"), *text));
        return std::nullopt;
    }
    return time.toUTC();
}

} // namespace fusion::cli
