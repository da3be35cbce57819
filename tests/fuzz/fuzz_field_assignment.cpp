// `fusionctl tenants edit --set FIELD=VALUE...`: the input is the arguments, split at NUL bytes. Either the
// first malformed argument is named (no '=', or nothing before it) or every assignment lands in exactly one
// record under its field, with its value whole, a later one replacing an earlier.

#include "models/tenants/FieldAssignment.h"
#include "tests/fuzz/FuzzCheck.h"

using fusion::FieldAssignments;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QStringList args;
    for (const QByteArray& part : fusion::fuzz::bytes(data, size).split('\0'))
        args << QString::fromUtf8(part);
    const FieldAssignments a = FieldAssignments::parse(args);
    FUZZ_CHECK(a.records() >= 0 && a.records() <= 5);

    QVariantMap tenant, billing, sso, analytics;
    std::optional<QStringList> bundles;
    for (const QString& s : args) {
        const qsizetype eq = s.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            FUZZ_CHECK(a.malformed.has_value() && *a.malformed == s);
            return 0;
        }
        const QString field = s.left(eq);
        const QString value = s.mid(eq + 1);
        if (field == QLatin1String("bundles")) {
            QStringList names;
            for (const QString& n : value.split(QLatin1Char(',')))
                if (!n.isEmpty())
                    names << n.trimmed();
            bundles = names;
        } else if (field.startsWith(QLatin1String("billing."))) {
            billing.insert(field.mid(8), value);
        } else if (field.startsWith(QLatin1String("sso."))) {
            sso.insert(field.mid(4), value);
        } else if (field.startsWith(QLatin1String("analytics."))) {
            analytics.insert(field.mid(10), value);
        } else {
            tenant.insert(field, value);
        }
    }
    FUZZ_CHECK(!a.malformed.has_value());
    FUZZ_CHECK(a.tenant == tenant && a.billing == billing && a.sso == sso && a.analytics == analytics);
    FUZZ_CHECK(a.bundles == bundles);
    return 0;
}
