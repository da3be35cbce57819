// Database addresses (fusionctl --db, the connection dialog, saved profiles): DatabaseTarget::parse either
// fails with a message that never repeats a password typed into the address, or gives a target whose toUrl()
// parses back to the same target (the same store is opened however the address was written).

#include "models/storage/DatabaseTarget.h"
#include "tests/fuzz/FuzzCheck.h"

using fusion::DatabaseTarget;

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
    FUZZ_CHECK(again.value() == t);
    FUZZ_CHECK(again.value().toUrl() == url);
    FUZZ_CHECK(!t.displayName().isEmpty());
    return 0;
}
