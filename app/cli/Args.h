#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace fusion::cli {

// The command line after the program name. Options may appear anywhere; "--name value" and "--name=value"
// both work; "--" ends options. A word after an option is that option's value unless the option is one of
// the known flags. Each command takes what it knows; leftover() then names anything unused.
class Args {
public:
    Args(const QStringList& arguments, const QSet<QString>& flagNames);

    bool flag(const QString& name);                     // --name
    std::optional<QString> option(const QString& name); // --name VALUE (the last one wins is an error)
    QStringList options(const QString& name);           // repeatable --name VALUE
    std::optional<QString> positional();                // next word
    QString requirePositional(const QString& what);     // or records a usage error
    QString leftover() const;                           // empty when everything was understood

private:
    struct Option {
        QString name;
        std::optional<QString> value;
    };
    QList<Option> m_options;
    QStringList m_words;
    QString m_error;
};

} // namespace fusion::cli
