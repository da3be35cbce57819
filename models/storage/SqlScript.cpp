#include "models/storage/SqlScript.h"

#include <QRegularExpression>

namespace fusion {

namespace {
bool sqlIsWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// True when the word at position i (case-insensitive) equals `word` and stands alone.
bool wordAt(const QString& s, qsizetype i, QLatin1String word)
{
    if (i > 0 && sqlIsWordChar(s[i - 1]))
        return false;
    if (s.size() - i < word.size())
        return false;
    if (QStringView(s).mid(i, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    const qsizetype end = i + word.size();
    return end >= s.size() || !sqlIsWordChar(s[end]);
}
} // namespace

QStringList splitSqlScript(const QString& script)
{
    QStringList statements;
    QString current;
    int blockDepth = 0; // CREATE TRIGGER ... BEGIN ... END (SQLite)
    bool sawTrigger = false;
    const qsizetype n = script.size();

    const auto flush = [&] {
        const QString trimmed = current.trimmed();
        if (!trimmed.isEmpty())
            statements << trimmed;
        current.clear();
        blockDepth = 0;
        sawTrigger = false;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script[i];
        // -- line comment
        if (c == QLatin1Char('-') && i + 1 < n && script[i + 1] == QLatin1Char('-')) {
            const qsizetype end = script.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? n : end;
            current += QLatin1Char('\n');
            continue;
        }
        // /* block comment */
        if (c == QLatin1Char('/') && i + 1 < n && script[i + 1] == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            current += QLatin1Char(' ');
            continue;
        }
        // 'string' or "identifier" with doubled-quote escapes
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < n) {
                if (script[j] == c) {
                    if (j + 1 < n && script[j + 1] == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += QStringView(script).mid(i, std::min(j, n - 1) - i + 1);
            i = j;
            continue;
        }
        // $tag$ ... $tag$
        if (c == QLatin1Char('$')) {
            static const QRegularExpression tagRe(QStringLiteral("^\\$[A-Za-z_]*\\$"));
            const auto m = tagRe.match(QStringView(script).mid(i));
            if (m.hasMatch() && (i == 0 || !sqlIsWordChar(script[i - 1]))) {
                const QString tag = m.captured(0);
                const qsizetype end = script.indexOf(tag, i + tag.size());
                const qsizetype stop = end < 0 ? n : end + tag.size();
                current += QStringView(script).mid(i, stop - i);
                i = stop - 1;
                continue;
            }
        }
        if (sqlIsWordChar(c) && (i == 0 || !sqlIsWordChar(script[i - 1]))) {
            if (wordAt(script, i, QLatin1String("TRIGGER")))
                sawTrigger = true;
            else if (sawTrigger && wordAt(script, i, QLatin1String("BEGIN")))
                ++blockDepth;
            else if (blockDepth > 0 && wordAt(script, i, QLatin1String("CASE")))
                ++blockDepth; // CASE ... END inside a trigger body
            else if (blockDepth > 0 && wordAt(script, i, QLatin1String("END")))
                --blockDepth;
        }
        if (c == QLatin1Char(';') && blockDepth == 0) {
            flush();
            continue;
        }
        current += c;
    }
    flush();
    return statements;
}

} // namespace fusion
