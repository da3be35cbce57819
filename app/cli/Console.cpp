#include "app/cli/Console.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace fusion::cli {

namespace {
void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void Console::out(const QString& text)
{
    write(stdout, text + QLatin1Char('\n'));
}

void Console::outPart(const QString& text)
{
    write(stdout, text);
}

void Console::err(const QString& text)
{
    write(stderr, text + QLatin1Char('\n'));
}

void Console::prompt(const QString& text)
{
    write(stderr, text);
}

void Console::json(const QJsonValue& value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    write(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void Console::table(const QStringList& headers, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& h : headers)
        widths << h.size();
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    const auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QStringLiteral("  ");
            text += i + 1 == cells.size() ? cells[i] : cells[i].leftJustified(widths[i]);
        }
        out(text);
    };
    line(headers);
    for (const QStringList& row : rows)
        line(row);
}

void Console::keyValues(const QList<QPair<QString, QString>>& pairs)
{
    qsizetype width = 0;
    for (const auto& p : pairs)
        width = std::max(width, p.first.size());
    for (const auto& p : pairs)
        out(QString(p.first + QLatin1Char(':')).leftJustified(width + 2) + p.second);
}

bool Console::stdinIsTerminal() const
{
    return isatty(STDIN_FILENO) == 1;
}

std::optional<QString> Console::readLine()
{
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF) {
        if (c == '\n')
            return QString::fromUtf8(line);
        line.append(char(c));
    }
    if (line.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(line);
}

QByteArray Console::readAllStdin()
{
    QByteArray data;
    char buffer[4096];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0)
        data.append(buffer, qsizetype(n));
    explicit_bzero(buffer, sizeof buffer);
    return data;
}

QByteArray Console::readStdin(qsizetype limit)
{
    QByteArray data;
    char buffer[65536];
    while (data.size() < limit) {
        const size_t want = size_t(std::min<qsizetype>(qsizetype(sizeof buffer), limit - data.size()));
        const size_t n = std::fread(buffer, 1, want, stdin);
        if (n == 0)
            break;
        data.append(buffer, qsizetype(n));
    }
    return data;
}

} // namespace fusion::cli
