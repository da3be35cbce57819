// Database addresses (fusionctl --db, the connection dialog, saved profiles): DatabaseTarget::parse either
// fails with a message that never repeats a password typed into the address, or gives a target whose toUrl()
// parses back to the same target (the same store is opened however the address was written).

#include "models/storage/DatabaseTarget.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstdio>

using fusion::DatabaseTarget;

namespace {
QString describe(const DatabaseTarget& t)
{
    QString out = QStringLiteral("{url %1, host [%2] port %3, user [%4], database [%5], sqlite [%6], others")
                      .arg(t.toUrl(), t.host)
                      .arg(t.port)
                      .arg(t.user, t.database, t.sqlitePath);
    for (const fusion::HostPort& hp : t.otherHosts)
        out += QStringLiteral(" [%1]:%2").arg(hp.host).arg(hp.port);
    return out + QStringLiteral(", ssl [%1], attrs [%2]}").arg(t.sslMode, t.targetSessionAttrs);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto parsed = DatabaseTarget::parse(text);
    if (!parsed) {
        const QString message = parsed.error().message;
        FUZZ_CHECK(!message.isEmpty());
        // A password written as postgresql://user:SECRET@host or ?password=SECRET never appears in the error.
        static const QString marker = QStringLiteral("FUZZPASSWORD");
        // (Only when the marker appears once: elsewhere it is just text, which may be quoted.)
        if (text.count(marker) == 1 && (text.contains(QStringLiteral(":") + marker + QStringLiteral("@")) ||
                                        text.contains(QStringLiteral("password=") + marker)))
            FUZZ_CHECK(!message.contains(marker));
        return 0;
    }
    const DatabaseTarget& t = parsed.value();
    const QString url = t.toUrl();
    const auto again = DatabaseTarget::parse(url);
    FUZZ_CHECK(again.ok());
    if (!(again.value() == t)) {
        // Said in full: a CI run once stopped here on an input no local run has met since.
        std::fprintf(stderr, "fuzz detail: input [%s] gave %s, which parses back as %s\n",
                     text.toUtf8().toPercentEncoding(":/?#[]@,=&").constData(), qPrintable(describe(t)),
                     qPrintable(describe(again.value())));
    }
    FUZZ_CHECK(again.value() == t);
    FUZZ_CHECK(again.value().toUrl() == url);
    FUZZ_CHECK(!t.displayName().isEmpty());
    return 0;
}
