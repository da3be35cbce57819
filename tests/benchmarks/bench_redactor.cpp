// Redaction throughput: models/ai/Redactor against Python's `re` doing the same patterns
// (redact_baseline.py) on the same generated text in the same run — log lines, access lines, chat questions
// and JSON request/response bodies with personal data and keys sprinkled in, and five vault fingerprints.
// Prints figures; never fails on timing.
//
//   bench_redactor --baseline redact_baseline.py [--mb N] [--reps N] [--keep FILE]
#include "models/ai/Redactor.h"
#include "models/secrets/SecretBytes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace fusion;
using namespace fusion::ai;

namespace {

// Keys the vault holds; the first two turn up in the text now and then.
const char* const vaultSecrets[] = {
    "sk-proj-V4ultK3y0000aaaaBBBBccccDDDD1234", "Zm9vYmFyYmF6cXV4/+K3y4Bx8Qw2Lp0Nn5Rr7Tt9Vv1==",
    "a1b2c3d4e5f60718293a4b5c6d7e8f90",         "sk-ant-api03-NotInTheText-0123456789abcdefghij",
    "AIzaSyNotInTheText0123456789abcdefghijk",
};

// Deterministic text: the same bytes on every run, so figures compare across machines and commits.
class TextMaker {
public:
    QString make(qsizetype bytes)
    {
        QString out;
        out.reserve(bytes + 4096);
        while (out.size() < bytes) {
            const int kind = pick(100);
            if (kind < 30)
                out += odooLog();
            else if (kind < 50)
                out += accessLine();
            else if (kind < 75)
                out += chat();
            else
                out += json();
        }
        return out;
    }

private:
    std::mt19937 m_rng{20260314};
    int pick(int n) { return int(m_rng() % unsigned(n)); }
    template <typename T, std::size_t N>
    QString any(const T (&list)[N])
    {
        return QString::fromUtf8(list[pick(int(N))]);
    }
    QString num(int lo, int hi) { return QString::number(lo + pick(hi - lo + 1)); }

    QString words(int n)
    {
        static const char* const w[] = {
            "invoice", "tenant",  "module", "upgrade", "the",      "fails", "after",     "with",   "a",
            "report",  "partner", "how",    "do",      "I",        "set",   "workflow",  "sale",   "order",
            "stock",   "picking", "is",     "not",     "shown",    "in",    "dashboard", "Grüße",  "für",
            "équipe",  "when",    "user",   "clicks",  "validate", "on",    "journal",   "entry",  "and",
            "payment", "terms",   "are",    "missing", "from",     "PDF",   "template",  "please", "check"};
        QString s;
        for (int i = 0; i < n; ++i) {
            if (i)
                s += QLatin1Char(' ');
            s += any(w);
        }
        return s;
    }

    // Roughly one line in six carries something to redact.
    QString pii()
    {
        switch (pick(14)) {
        case 0:
            return QStringLiteral("%1.%2@%3.com").arg(any(names), any(names), any(domains)).toLower();
        case 1:
            return QStringLiteral("+49 30 %1").arg(num(1000000, 9999999));
        case 2:
            return QStringLiteral("(555) %1-%2").arg(num(200, 999), num(1000, 9999));
        case 3:
            return any(cards);
        case 4:
            return any(ibans);
        case 5:
            return QStringLiteral("10.%1.%2.%3").arg(num(0, 255), num(0, 255), num(0, 255));
        case 6:
            return QStringLiteral("2001:db8::%1").arg(num(1, 9999));
        case 7:
            return QStringLiteral("sk-proj-%1Ab9Cd8Ef7Gh6Ij5Kl4Mn3Op2").arg(num(100000, 999999));
        case 8:
            return QStringLiteral("password=Tr0ub4dor%1").arg(num(10, 99));
        case 9:
            return QStringLiteral("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI%1In0.c2ln%2")
                .arg(num(1000, 9999), num(1000, 9999));
        case 10:
            return QString::fromLatin1(vaultSecrets[pick(2)]);
        case 11:
            return QStringLiteral("AKIAIOSFODNN7EX%1").arg(num(10000, 99999));
        case 12:
            return QStringLiteral("0171 %1").arg(num(1000000, 9999999));
        default:
            return QStringLiteral("%1@example.org").arg(any(names)).toLower();
        }
    }
    QString maybePii() { return pick(6) == 0 ? QLatin1Char(' ') + pii() : QString(); }

    QString timestamp()
    {
        return QStringLiteral("2026-03-%1 %2:%3:%4,%5")
            .arg(num(10, 28), num(10, 23), num(10, 59), num(10, 59), num(100, 999));
    }
    QString odooLog()
    {
        static const char* const loggers[] = {"odoo.addons.sale.models.sale_order", "odoo.modules.loading",
                                              "odoo.addons.account.models.account_move", "werkzeug",
                                              "odoo.addons.base.models.ir_cron"};
        return QStringLiteral(
                   "%1 %2 INFO prod %3: order S%4 (ORD-2026-%5) %6, amount %7.%8 EUR, module 17.0.1.%9")
                   .arg(timestamp(), num(1000, 9999), any(loggers), num(10000, 99999), num(100000, 999999),
                        words(4), num(1, 99999), num(10, 99), num(0, 9)) +
               maybePii() + QLatin1Char('\n');
    }
    QString accessLine()
    {
        return QStringLiteral(
                   "203.0.113.%1 - - [14/Mar/2026:%2:%3:%4 +0000] \"POST /web/dataset/call_kw/%5 "
                   "HTTP/1.1\" 200 %6 0.%7 \"Mozilla/5.0 (X11; Linux x86_64) Chrome/122.0.6261.94\"\n")
            .arg(num(1, 254), num(10, 23), num(10, 59), num(10, 59), any(models), num(100, 99999),
                 num(10, 999));
    }
    QString chat()
    {
        return QStringLiteral(
                   "user: %1? version 17.0.1.3, ticket JIRA-%2, uuid 550e8400-e29b-41d4-a716-%3.%4\n")
                   .arg(words(12 + pick(20)), num(100, 9999), num(100000000, 999999999) + num(100, 999),
                        maybePii()) +
               QStringLiteral("assistant: %1.\n").arg(words(30 + pick(40)));
    }
    QString json()
    {
        return QStringLiteral("{\"model\": \"gpt-4o-mini\", \"messages\": [{\"role\": \"user\", \"content\": "
                              "\"%1%2\"}], "
                              "\"max_tokens\": 512, \"temperature\": 0.2, \"usage\": {\"prompt_tokens\": %3, "
                              "\"completion_tokens\": %4, \"total_tokens\": %5}, \"id\": \"chatcmpl-%6\"}\n")
            .arg(words(10 + pick(30)), maybePii(), num(10, 999), num(10, 999), num(100, 1999),
                 num(100000, 999999));
    }

    static constexpr const char* names[] = {"ana",  "maria", "jürgen", "li",
                                            "omar", "sofia", "kwame",  "priya"};
    static constexpr const char* domains[] = {"acme-finance", "example", "tenant-42", "odoo-partners"};
    static constexpr const char* cards[] = {"4111 1111 1111 1111", "5555-5555-5555-4444", "378282246310005",
                                            "6011111111111117"};
    static constexpr const char* ibans[] = {"DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32",
                                            "NL91ABNA0417164300"};
    static constexpr const char* models[] = {"sale.order/read", "res.partner/search_read",
                                             "account.move/action_post", "stock.picking/button_validate"};
};

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&args](const char* name, const QString& fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i > 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString baseline = option("--baseline", {});
    const double mb = option("--mb", QStringLiteral("4")).toDouble();
    const int reps = std::max(1, option("--reps", QStringLiteral("15")).toInt());
    if (baseline.isEmpty()) {
        std::fprintf(
            stderr,
            "usage: bench_redactor --baseline redact_baseline.py [--mb N] [--reps N] [--keep FILE]\n");
        return 2;
    }

    const QString text = TextMaker().make(qsizetype(mb * 1e6));
    const QByteArray utf8 = text.toUtf8();
    QTemporaryFile file;
    if (!file.open() || file.write(utf8) != utf8.size() || !file.flush()) {
        std::fprintf(stderr, "cannot write the input\n");
        return 1;
    }
    if (const QString keep = option("--keep", {}); !keep.isEmpty()) {
        QFile k(keep);
        if (k.open(QIODevice::WriteOnly))
            k.write(utf8);
    }
    const double megabytes = double(utf8.size()) / 1e6;

    QList<Fingerprint> fingerprints;
    QStringList fingerprintArgs;
    for (const char* s : vaultSecrets) {
        const Fingerprint f = Fingerprint::of(SecretBytes(QString::fromUtf8(s)));
        fingerprints << f;
        fingerprintArgs << f.last4 + QLatin1Char(':') + f.hash;
    }
    const Redactor redactor(fingerprints);

    Redaction result = redactor.redact(text); // warm up
    std::vector<double> ms;
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer t;
        t.start();
        result = redactor.redact(text);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const double ours = medianOf(ms);
    std::vector<double> plainMs;
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer t;
        t.start();
        const Redaction r = Redactor().redact(text);
        plainMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const double oursPlain = medianOf(plainMs);

    QProcess python;
    python.start(QStringLiteral("python3"),
                 {baseline, file.fileName(), QStringLiteral("--reps"), QStringLiteral("3"),
                  QStringLiteral("--fingerprints"), fingerprintArgs.join(QLatin1Char(','))});
    double pySeconds = -1;
    QJsonObject pyCounts;
    if (python.waitForFinished(1800000) && python.exitCode() == 0) {
        const QJsonObject o = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        pySeconds = o.value(QLatin1String("seconds")).toDouble(-1);
        pyCounts = o.value(QLatin1String("counts")).toObject();
    } else {
        std::fprintf(stderr, "python3 baseline failed: %s\n", python.readAllStandardError().constData());
    }

    std::printf(
        "input: %.2f MB of generated log, chat and JSON text (%lld characters), 5 vault fingerprints\n\n",
        megabytes, static_cast<long long>(text.size()));
    std::printf("%-44s %10s %10s\n", "redactor (median)", "ms", "MB/s");
    std::printf("%-44s %10.1f %10.1f\n", "fusion Redactor (with vault fingerprints)", ours,
                megabytes / ours * 1e3);
    std::printf("%-44s %10.1f %10.1f\n", "fusion Redactor (no vault)", oursPlain,
                megabytes / oursPlain * 1e3);
    if (pySeconds > 0)
        std::printf("%-44s %10.1f %10.1f\n", "python3 re + hashlib (redact_baseline.py)", pySeconds * 1e3,
                    megabytes / pySeconds);
    std::printf("\n%-12s %8s %8s\n", "found", "ours", "python");
    for (RedactionKind kind : Redactor::kinds()) {
        const QString name = Redactor::kindName(kind);
        std::printf("%-12s %8d %8d\n", qPrintable(name), result.counts.value(name),
                    pyCounts.value(name).toInt());
    }
    if (pySeconds > 0)
        std::printf("\nours vs Python: %.1fx faster (target: at least 20x)\n", pySeconds * 1e3 / ours);
    return 0;
}
