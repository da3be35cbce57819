#include "app/cli/Args.h"

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

} // namespace fusion::cli
