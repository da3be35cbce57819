#pragma once

#include <QDateTime>
#include <QJsonObject>

namespace fusion {

class Database;

// The demo's AI console: a local Ollama as the platform's default provider, an access rule letting the
// console use it (no budget: a local model has no price), and one thread whose sample answer cites the demo
// platform's own facts — so the AI pane shows a conversation with its sources from the start. Runs inside the
// demo's transaction, after the tenants, operations, keys and usage exist.
class DemoAi {
public:
    static QJsonObject seed(Database& db, const QDateTime& now);
};

} // namespace fusion
