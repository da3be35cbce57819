#pragma once

#include <QDateTime>

namespace fusion {

class Database;

// The demo's support desk: a handful of requests across tenants, severities and states, each with a short
// thread between the tenant's admin and the operators, so that the Support pane and the portal open on a
// lived-in conversation rather than an empty list.
class DemoSupport {
public:
    // After the tenants. Returns how many requests it added (none when the login may not write messages in
    // other people's names, which only the schema's owner may: a demo on a shared PostgreSQL keeps quiet).
    static int seed(Database& db, const QDateTime& now);
};

} // namespace fusion
