// What the AI audit stores is redacted first: the corpus of findings and near misses
// (tests/data/redaction/cases.json), the counts per kind, vault secrets recognised by their fingerprint
// alone, and hostile input that must stay linear (bounded by the work the redactor reports, never by a
// clock).
#include "models/ai/Redactor.h"
#include "models/secrets/SecretBytes.h"
#include "models/vault/KeyVault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fusion;
using namespace fusion::ai;

namespace {

QString countsText(const QMap<QString, int>& counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + QString::number(it.value());
    return parts.join(QLatin1Char(' '));
}

QJsonArray corpusCases()
{
    QFile f(QStringLiteral(FUSION_TEST_DATA_DIR "/redaction/cases.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("%s: %s", qPrintable(f.fileName()), qPrintable(error.errorString()));
    return doc.object().value(QLatin1String("cases")).toArray();
}

Fingerprint fingerprintOf(const QString& secret)
{
    return Fingerprint::of(SecretBytes(secret));
}

// A realistic stretch of audit text with a known number of each kind in it.
QString mixedParagraph()
{
    return QStringLiteral(
        "2026-03-14 12:30:45,123 INFO odoo.http: 203.0.113.7 - POST /web/dataset/call_kw 200 "
        "(ORD-2026-000123)\n"
        "{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", \"content\": \"Customer ana@example.com "
        "(+63 917 123 4567) paid with 4111 1111 1111 1111; refund to DE89 3704 0044 0532 0130 00\"}], "
        "\"usage\": {\"prompt_tokens\": 120, \"total_tokens\": 480}, \"api_key\": \"not-a-shape\"}\n"
        "Odoo 17.0.1.3 on 10.0.19045.2965 says key AKIAIOSFODNN7EXAMPLE is invalid; ticket JIRA-1234.\n");
}

} // namespace

class TestRedactor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void corpus_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("counts");
        for (const QJsonValue& v : corpusCases()) {
            const QJsonObject c = v.toObject();
            const QString input = c.value(QLatin1String("input")).toString();
            QMap<QString, int> counts;
            const QJsonObject countsObject = c.value(QLatin1String("counts")).toObject();
            for (auto it = countsObject.begin(); it != countsObject.end(); ++it)
                counts.insert(it.key(), it.value().toInt());
            QTest::newRow(qPrintable(c.value(QLatin1String("name")).toString()))
                << input << c.value(QLatin1String("expected")).toString(input) << countsText(counts);
        }
    }
    void corpus()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, counts);
        const Redactor redactor;
        const Redaction r = redactor.redact(input);
        QCOMPARE(r.text, expected);
        QCOMPARE(countsText(r.counts), counts);
        QCOMPARE(r.changed(), !counts.isEmpty());
        // What is stored may be redacted again (a re-import, a second pass): the markers survive it.
        const Redaction again = redactor.redact(r.text);
        QCOMPARE(again.text, r.text);
        QVERIFY2(!again.changed(), qPrintable(countsText(again.counts)));
    }

    // The corpus covers each kind in several formats and the near misses (the issue asks for 50 or more).
    void corpusCoversEveryKind()
    {
        const QJsonArray cases = corpusCases();
        QVERIFY(cases.size() >= 60);
        QMap<QString, int> casesPerKind;
        int nearMisses = 0;
        for (const QJsonValue& v : cases) {
            const QJsonObject counts = v.toObject().value(QLatin1String("counts")).toObject();
            if (counts.isEmpty())
                ++nearMisses;
            for (auto it = counts.begin(); it != counts.end(); ++it)
                ++casesPerKind[it.key()];
        }
        QVERIFY2(nearMisses >= 15, qPrintable(QString::number(nearMisses)));
        for (RedactionKind kind : Redactor::kinds()) {
            if (kind == RedactionKind::VaultSecret)
                continue; // needs fingerprints: vaultSecrets() below
            QVERIFY2(casesPerKind.value(Redactor::kindName(kind)) >= 4, qPrintable(Redactor::kindName(kind)));
        }
    }

    void countsPerKind()
    {
        const QString secret = QStringLiteral("vault-9F2kQ7xR4mT8wZ1bC6");
        const Redactor redactor({fingerprintOf(secret)});
        const QString text =
            QStringLiteral("a@example.com b@example.org c@example.net | +49 30 1234567 555-123-4567 | "
                           "5555555555554444 | NL91ABNA0417164300 | 10.0.0.1 ::1 192.168.0.1 8.8.4.4 | "
                           "ghp_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R password=x | ") +
            secret;
        const Redaction r = redactor.redact(text);
        QCOMPARE(countsText(r.counts),
                 QStringLiteral("card=1 credential=2 email=3 iban=1 ip=4 phone=2 secret=1"));
        for (RedactionKind kind : Redactor::kinds())
            QVERIFY(r.text.contains(Redactor::marker(kind)));
        QVERIFY(r.text.endsWith(QLatin1String("| [SECRET]")));
    }

    void kindsHaveStableNamesAndMarkers()
    {
        QStringList names, markers;
        for (RedactionKind kind : Redactor::kinds()) {
            names << Redactor::kindName(kind);
            markers << Redactor::marker(kind);
        }
        // Stored with every AI audit row: changing one would make old and new rows disagree.
        QCOMPARE(names.join(QLatin1Char(',')), QStringLiteral("email,phone,card,iban,ip,credential,secret"));
        QCOMPARE(markers.join(QLatin1Char(',')),
                 QStringLiteral("[EMAIL],[PHONE],[CARD],[IBAN],[IP],[CREDENTIAL],[SECRET]"));
    }

    void describeSaysWhatNotWhich()
    {
        const QString none = Redactor::describe({});
        QVERIFY(!none.isEmpty());
        const Redaction r =
            Redactor().redact(QStringLiteral("mail a@example.com, b@example.com, card 4111111111111111"));
        const QString said = Redactor::describe(r.counts);
        QVERIFY2(said.contains(QLatin1Char('2')) && said.contains(QLatin1Char('1')), qPrintable(said));
        QVERIFY2(!said.contains(QLatin1String("example")) && !said.contains(QLatin1String("4111")),
                 qPrintable(said));
    }

    void vaultSecrets_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("text"); // %1: the secret
        QTest::addColumn<QString>("expected");
        const QString openAi = QStringLiteral("sk-proj-Q9w8E7r6T5y4U3i2O1p0AsDfGhJkLzXc");
        const QString azure = QStringLiteral("Zm9vYmFyYmF6cXV4/+K3y4Bx8Qw2Lp0Nn5Rr7Tt9Vv1==");
        const QString twilio = QStringLiteral("a1b2c3d4e5f60718293a4b5c6d7e8f90");
        QTest::newRow("bare, also a known shape")
            << openAi << QStringLiteral("key %1 leaked") << QStringLiteral("key [SECRET] leaked");
        QTest::newRow("after =") << azure << QStringLiteral("AccountKey=%1;EndpointSuffix=core.windows.net")
                                 << QStringLiteral("AccountKey=[SECRET];EndpointSuffix=core.windows.net");
        QTest::newRow("quoted in JSON")
            << twilio << QStringLiteral("{\"auth\":\"%1\"}") << QStringLiteral("{\"auth\":\"[SECRET]\"}");
        QTest::newRow("assignment keeps [SECRET], not [CREDENTIAL]")
            << twilio << QStringLiteral("auth_token=%1") << QStringLiteral("auth_token=[SECRET]");
        QTest::newRow("after Bearer") << azure << QStringLiteral("Authorization: Bearer %1\r\n")
                                      << QStringLiteral("Authorization: Bearer [SECRET]\r\n");
        QTest::newRow("in parentheses and brackets")
            << twilio << QStringLiteral("call(%1) [%1]") << QStringLiteral("call([SECRET]) [[SECRET]]");
        QTest::newRow("in XML") << twilio << QStringLiteral("<key>%1</key>")
                                << QStringLiteral("<key>[SECRET]</key>");
        QTest::newRow("after an escaped newline") << twilio << QStringLiteral("\"line1\\n%1\\nline3\"")
                                                  << QStringLiteral("\"line1\\n[SECRET]\\nline3\"");
        QTest::newRow("at the very start and end")
            << twilio << QStringLiteral("%1") << QStringLiteral("[SECRET]");
        QTest::newRow("several times")
            << twilio << QStringLiteral("%1 and again %1.") << QStringLiteral("[SECRET] and again [SECRET].");
        QTest::newRow("non-ASCII secret") << QStringLiteral("pässwört-Ünïcødé-2026-Ωmega")
                                          << QStringLiteral("pw: %1") << QStringLiteral("pw: [SECRET]");
        QTest::newRow("short secret (no last four in its fingerprint)")
            << QStringLiteral("hunter2Xy") << QStringLiteral("I typed hunter2Xy. Then %1, then (%1)")
            << QStringLiteral("I typed [SECRET]. Then [SECRET], then ([SECRET])");
        // Near misses: the same last four, a changed character, the secret glued inside a longer token.
        QTest::newRow("one character changed")
            << twilio << QStringLiteral("a1b2c3d4e5f60718293a4b5c6d7e8f91 and %1")
            << QStringLiteral("a1b2c3d4e5f60718293a4b5c6d7e8f91 and [SECRET]");
        QTest::newRow("only its last four") << twilio << QStringLiteral("id 000000008f90 ends like it")
                                            << QStringLiteral("id 000000008f90 ends like it");
        QTest::newRow("glued inside a longer token")
            << twilio << QStringLiteral("x%1 %1y") << QStringLiteral("x%1 %1y");
    }
    void vaultSecrets()
    {
        QFETCH(QString, secret);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        // Other keys in the vault, one sharing the last four characters.
        const QList<Fingerprint> vault = {fingerprintOf(QStringLiteral("sk-other-000000000000000000008f90")),
                                          fingerprintOf(secret), fingerprintOf(QStringLiteral("short1"))};
        const Redactor redactor(vault);
        const QString input = text.arg(secret);
        const Redaction r = redactor.redact(input);
        QCOMPARE(r.text, expected.contains(QLatin1String("%1")) ? expected.arg(secret) : expected);
        QCOMPARE(r.counts.value(QStringLiteral("secret")), int(expected.count(QLatin1String("[SECRET]"))));
        if (expected.contains(QLatin1String("[SECRET]")))
            QVERIFY(!r.text.contains(secret));
    }

    void vaultFingerprintsOnly()
    {
        // The redactor is built from what the database keeps (last four + hash prefix); a malformed
        // fingerprint is ignored, not trusted.
        Fingerprint f = fingerprintOf(QStringLiteral("sk-proj-Q9w8E7r6T5y4U3i2O1p0AsDfGhJkLzXc"));
        Fingerprint broken{QStringLiteral("LzXc"), QStringLiteral("not-hex!!!!!")};
        Fingerprint empty;
        const Redactor redactor({empty, broken, f});
        const Redaction r =
            redactor.redact(QStringLiteral("use sk-proj-Q9w8E7r6T5y4U3i2O1p0AsDfGhJkLzXc now"));
        QCOMPARE(r.text, QStringLiteral("use [SECRET] now"));
        QCOMPARE(countsText(r.counts), QStringLiteral("secret=1"));
    }

    // Whatever the surroundings, the redacted text never contains what it found.
    void originalNeverInOutput_data()
    {
        QTest::addColumn<QString>("secret");
        for (const char* s :
             {"john.doe@example.com", "+49 30 1234567", "(555) 123-4567", "0171 1234567",
              "4111 1111 1111 1111", "5555-5555-5555-4444", "DE89 3704 0044 0532 0130 00",
              "NL91ABNA0417164300", "192.168.178.21", "2001:db8:85a3::8a2e:370:7334",
              "sk-proj-4fK9x2LmQ8rT7vW1yZ3bN6cD5eH0jP2s", "AKIAIOSFODNN7EXAMPLE",
              "ghp_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R", "xoxp-1234567890-0987654321-abcdefABCDEF",
              "sk_live_51HxYz0123456789abcdefAB", "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
              "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYXJpYSJ9.c2lnbmF0dXJlLWJ5dGVz"})
            QTest::newRow(s) << QString::fromUtf8(s);
    }
    void originalNeverInOutput()
    {
        QFETCH(QString, secret);
        const Redactor redactor;
        for (const char* shape :
             {"%1", "x %1 y", "\"%1\"", "'%1'", "(%1)", "[%1]", "<%1>", "%1.", "%1,", "%1;", "see: %1\n",
              "{\"v\": \"%1\"}", "a\t%1\tb", "value=%1&next=1", "«%1»"}) {
            const QString input = QString::fromUtf8(shape).arg(secret);
            const Redaction r = redactor.redact(input);
            QVERIFY2(!r.text.contains(secret), qPrintable(input + QLatin1String(" → ") + r.text));
            QVERIFY2(r.changed(), qPrintable(input));
        }
        // Assignments hide values of no particular shape.
        for (const char* shape : {"password=%1", "\"password\": \"%1\"", "secret: %1", "token='%1'",
                                  "API_KEY=%1", "Authorization: Basic %1"}) {
            const QString value = QStringLiteral("Tr0ub4dor&3");
            const Redaction r = redactor.redact(QString::fromUtf8(shape).arg(value));
            QVERIFY2(!r.text.contains(QLatin1String("Tr0ub4dor")), qPrintable(r.text));
        }
    }

    // Lone surrogates (text cut in the middle of a character) are copied as they are; what is around them is
    // still found.
    void invalidUtf16()
    {
        const QChar high(0xD800), low(0xDC00);
        const QString input = QString(high) + QStringLiteral("ana@example.com") + low + high +
                              QStringLiteral(" 4111111111111111 ") + low + low + QStringLiteral("10.0.0.1") +
                              high;
        const QString secret =
            QStringLiteral("vault-Sur") + QString(high) + QStringLiteral("rogate-0123456789");
        const Redactor redactor({fingerprintOf(secret)});
        const Redaction r = redactor.redact(QString(input + QLatin1Char(' ') + secret));
        QCOMPARE(r.text,
                 QString(QString(high) + QStringLiteral("[EMAIL]") + low + high + QStringLiteral(" [CARD] ") +
                         low + low + QStringLiteral("[IP]") + high + QStringLiteral(" [SECRET]")));
        const QString onlySurrogates = QString(5000, high) + QString(5000, low);
        QCOMPARE(redactor.redact(onlySurrogates).text, onlySurrogates);
    }

    // Hostile input stays linear: the redactor's own count of characters it probed stays within a small
    // multiple of the input's length, and the output is what it should be.
    void hostile_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("repeat");
        QTest::addColumn<bool>("unchanged");
        QTest::newRow("1 MB of digits") << QStringLiteral("1234567890") << 100000 << true;
        QTest::newRow("1 MB of a@a@") << QStringLiteral("a@") << 500000 << true;
        QTest::newRow("1 MB of @") << QStringLiteral("@") << 1000000 << true;
        QTest::newRow("digits in groups") << QStringLiteral("1 ") << 500000 << true;
        QTest::newRow("dotted numbers") << QStringLiteral("1.") << 500000 << true;
        QTest::newRow("colons") << QStringLiteral(":") << 1000000 << true;
        QTest::newRow("hex and colons") << QStringLiteral("ab:") << 300000 << true;
        QTest::newRow("equals signs") << QStringLiteral("a=") << 500000 << true;
        QTest::newRow("plus and parentheses") << QStringLiteral("+(1) ") << 200000 << true;
        QTest::newRow("dashes") << QStringLiteral("-") << 1000000 << true;
        QTest::newRow("long local part") << QStringLiteral("a.b-c_d+e") << 100000 << true;
        QTest::newRow("domain without end")
            << QStringLiteral("x@") + QString(300, QLatin1Char('a')) + QLatin1Char('.') << 3000 << true;
        QTest::newRow("sk- without digits") << QStringLiteral("sk-") << 300000 << true;
        QTest::newRow("JWT headers without dots") << QStringLiteral("eyJabcdefghij-") << 70000 << true;
        QTest::newRow("JWT without payload") << QStringLiteral("eyJabcdefghij.a.") << 60000 << true;
        QTest::newRow("slack prefix") << QStringLiteral("xoxb-") << 200000 << true;
        QTest::newRow("IBAN-like capitals") << QStringLiteral("DE89 ") << 200000 << true;
        QTest::newRow("card-like groups") << QStringLiteral("4111 ") << 200000 << true;
        QTest::newRow("private key headers")
            << QStringLiteral("-----BEGIN RSA PRIVATE KEY-----") << 30000 << false;
        QTest::newRow("URL schemes") << QStringLiteral("a://b:") << 150000 << true;
        QTest::newRow("password names") << QStringLiteral("password:") << 100000 << false;
    }
    void hostile()
    {
        QFETCH(QString, unit);
        QFETCH(int, repeat);
        QFETCH(bool, unchanged);
        const QString input = unit.repeated(repeat);
        RedactionCost cost;
        const Redaction r = Redactor().redact(input, &cost);
        if (unchanged)
            QCOMPARE(r.text, input);
        else
            QVERIFY(r.changed());
        QVERIFY2(
            cost.probed <= 16 * input.size(), // 9.5 at most when this was written ("1 1 1 …")
            qPrintable(QStringLiteral("probed %1 for %2 characters").arg(cost.probed).arg(input.size())));
    }

    void hostileForTheVault()
    {
        // Many tokens end with a vault key's last four, none is the key: each costs a bounded number of
        // hashes of bounded length.
        const QString secret = QStringLiteral("sk-proj-Q9w8E7r6T5y4U3i2O1p0AsDfGhJkXXXX");
        const Redactor redactor({fingerprintOf(secret), fingerprintOf(QStringLiteral("short"))});
        for (const QString& unit : QStringList{QStringLiteral("=aaaaaaaaaaaaaaaXXXX"),
                                               QStringLiteral("XXXX "), QStringLiteral("=\"XXXX"),
                                               QString(600, QLatin1Char('a')) + QStringLiteral("XXXX ")}) {
            const QString input = unit.repeated(500000 / unit.size());
            RedactionCost cost;
            const Redaction r = redactor.redact(input, &cost);
            QCOMPARE(r.text, input);
            QVERIFY2(cost.hashed <= 64 * input.size(), // 36 at most when this was written
                     qPrintable(QStringLiteral("hashed %1 for %2").arg(cost.hashed).arg(input.size())));
        }
    }

    // Found by fuzzing (tests/fuzz/regressions/redactor/): a key whose last four characters repeat ("…----",
    // "…€€€€") and a text of long runs of them — a Markdown rule, a table — made every character of a run an
    // end to try, each with up to nine candidates of up to 512 characters: hundreds to thousands of bytes
    // hashed per character, seconds for an AI answer of a few megabytes. Each candidate's hash now goes on
    // from one end to the next; the key is still found in such a run.
    void hostileForTheVaultRuns_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("unit"); // repeated to about 100,000 characters
        const QString dashes = QStringLiteral("Zm9vYmFyYmF6cXV4----");
        const QString euros = QString::fromUtf8("pässwört-Ünïcødé-€€€€");
        QTest::newRow("rules between spaces") << dashes << QString(511, QLatin1Char('-')) + QLatin1Char(' ');
        QTest::newRow("rules after =") << dashes << QLatin1Char('=') + QString(63, QLatin1Char('-'));
        QTest::newRow("euros between spaces") << euros << QString(511, QChar(0x20AC)) + QLatin1Char(' ');
        QTest::newRow("euros after =") << euros << QLatin1Char('=') + QString(63, QChar(0x20AC));
        QTest::newRow("euros after quotes") << euros << QStringLiteral("\"") + QString(15, QChar(0x20AC));
    }
    void hostileForTheVaultRuns()
    {
        QFETCH(QString, secret);
        QFETCH(QString, unit);
        const Redactor redactor({fingerprintOf(secret)});
        const QString run = unit.repeated(100000 / unit.size());
        RedactionCost cost;
        const Redaction r = redactor.redact(run, &cost);
        QCOMPARE(r.text, run);
        QVERIFY2(cost.hashed <= 64 * run.size(), // at most 3 (bytes of "€") when this was written
                 qPrintable(QStringLiteral("hashed %1 for %2").arg(cost.hashed).arg(run.size())));
        QVERIFY2(cost.digests <= 10 * run.size(), // at most nine candidates end at a character
                 qPrintable(QStringLiteral("%1 digests for %2").arg(cost.digests).arg(run.size())));

        // The key in the middle of the run, on its own and glued to the run after a delimiter.
        const QString last = secret.right(1);
        const QString around = unit.repeated(20);
        const QString alone = around + QLatin1Char(' ') + secret + QLatin1Char(' ') + around;
        QCOMPARE(redactor.redact(alone).text, QString(around + QStringLiteral(" [SECRET] ") + around));
        const QString glued = around + QLatin1Char('=') + secret + last.repeated(100);
        QCOMPARE(redactor.redact(glued).text,
                 QString(around + QStringLiteral("=[SECRET]") + last.repeated(100)));
    }

    void tenMegabytes()
    {
        const QString paragraph = mixedParagraph();
        const Redaction one = Redactor().redact(paragraph);
        QCOMPARE(countsText(one.counts), QStringLiteral("card=1 credential=2 email=1 iban=1 ip=1 phone=1"));
        const int times = int(10'000'000 / paragraph.size()) + 1;
        RedactionCost cost;
        const Redaction r = Redactor().redact(paragraph.repeated(times), &cost);
        QCOMPARE(r.text, one.text.repeated(times));
        for (auto it = one.counts.cbegin(); it != one.counts.cend(); ++it)
            QCOMPARE(r.counts.value(it.key()), it.value() * times);
        QVERIFY(cost.probed <= 4 * qint64(paragraph.size()) * times); // 1.0 when this was written
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
