#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fusion::cli {

// Where fusionctl talks: results on standard output, summaries, prompts and errors on standard error, so
// that `fusionctl ... --json | jq` always gets clean JSON.
class Console {
public:
    void out(const QString& text);     // a line to stdout
    void outPart(const QString& text); // stdout as it is, flushed: a streamed answer as it arrives
    void err(const QString& text);     // a line to stderr
    void prompt(const QString& text);  // stderr, no newline
    void json(const QJsonValue& value);
    void table(const QStringList& headers, const QList<QStringList>& rows);
    void keyValues(const QList<QPair<QString, QString>>& pairs);

    bool stdinIsTerminal() const;
    std::optional<QString> readLine(); // from stdin; nullopt at end of input
    QByteArray readAllStdin();         // for --password-stdin; the caller scrubs it
    // At most `limit` bytes of stdin: a sender piping more than a command accepts is refused without the
    // whole of it being held in memory.
    QByteArray readStdin(qsizetype limit);
};

} // namespace fusion::cli
