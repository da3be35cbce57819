#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace fusion::cli {

// The command line after the program name. Options may appear anywhere; "--name value" and "--name=value"
// both work; "--" ends options. A word after an option is that option's value unless the option is one of
// the known flags. Each command takes what it knows; leftover() then names anything unused.
// The whole numbers an option accepts, both ends included.
struct Range {
    qint64 min = 0;
    qint64 max = std::numeric_limits<int>::max();
};
inline constexpr qint64 kNoMaximum = std::numeric_limits<qint64>::max();
inline constexpr Range kPositive{1, std::numeric_limits<int>::max()};
inline constexpr Range kCount{0, std::numeric_limits<int>::max()};

class Args {
public:
    Args(const QStringList& arguments, const QSet<QString>& flagNames);

    bool flag(const QString& name);                     // --name
    std::optional<QString> option(const QString& name); // --name VALUE (the last one wins is an error)
    QStringList options(const QString& name);           // repeatable --name VALUE
    std::optional<QString> positional();                // next word
    QString requirePositional(const QString& what);     // or records a usage error
    QString leftover() const;                           // empty when everything was understood

    // Typed values. A value that does not fit is recorded as the usage error leftover() reports (the first
    // one wins), so each command reads its options, then asks finishArgs() once; nullopt when absent or bad.
    std::optional<qint64> intOption(const QString& name, Range range);
    QList<qint64> idOptions(const QString& name);            // repeatable --name ID, each a positive id
    std::optional<qint64> idPositional(const QString& what); // required positive id (an operation, a partner)
    std::optional<QDate> dateOption(const QString& name);    // YYYY-MM-DD
    std::optional<QDateTime> timeOption(const QString& name); // ISO 8601 with a zone, returned in UTC
    std::optional<qint64> moneyOption(const QString& name);   // an amount such as 12.50, in micros
    // A limit: "--monthly 10.50", "--rpm 60", or "none" for no limit; the outer nullopt when absent or bad.
    enum class Limit { Money, Count };
    std::optional<std::optional<qint64>> limitOption(const QString& name, Limit kind);

    // The one wording of "this value does not fit": "--limit takes a whole number from 1 to 1000, not "abc"".
    static QString invalid(const QString& name, const QString& expected, const QString& given);
    static std::optional<qint64> wholeNumber(const QString& text, Range range);
    static QString describe(Range range);

private:
    void reject(const QString& problem);
    struct Option {
        QString name;
        std::optional<QString> value;
    };
    QList<Option> m_options;
    QStringList m_words;
    QString m_error;
};

} // namespace fusion::cli
