// OdooClient against the Python Odoo 17 test server: reads, writes, faults mapped to typed errors with one
// human line, the governor (rate limits, no retry, stop after a refused login), and a server that
// misbehaves (slow, dropped, proxy error pages, truncated, wrong types, huge, untrusted TLS).
#include "models/odoo/OdooClient.h"
#include "models/odoo/OdooDomain.h"
#include "tests/common/FakeOdoo.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <memory>
#include <optional>

using namespace fusion;

namespace {

template <typename T>
struct Waiter {
    std::shared_ptr<std::optional<Result<T>>> slot = std::make_shared<std::optional<Result<T>>>();
    std::function<void(Result<T>)> callback()
    {
        auto s = slot;
        return [s](Result<T> r) { s->emplace(std::move(r)); };
    }
    bool wait(int ms = 20000)
    {
        return QTest::qWaitFor([this] { return slot->has_value(); }, ms);
    }
    const Result<T>& result() const { return **slot; }
};

OdooEndpoint endpointFor(const test::FakeOdoo& server, const QString& login = QStringLiteral("admin"))
{
    OdooEndpoint e;
    e.url = server.url();
    e.database = QStringLiteral("odoopeer");
    e.login = login;
    return e;
}

// Why a call failed, for a failure message (evaluated even when the call succeeded).
template <typename T>
QString describe(const Result<T>& r)
{
    return r.ok() ? QString() : r.error().kindName() + QStringLiteral(": ") + r.error().message;
}

} // namespace

class TestOdooClient : public QObject {
    Q_OBJECT

    std::unique_ptr<test::FakeOdoo> m_server;

    std::unique_ptr<OdooClient> client(const QByteArray& secret = "admin", const OdooLimits& limits = {},
                                       const QString& login = QStringLiteral("admin"))
    {
        auto c = std::make_unique<OdooClient>();
        c->setCredentials(endpointFor(*m_server, login), SecretBytes(secret));
        c->setLimits(limits);
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::FakeOdoo>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
    }

    void init()
    {
        m_server->misbehave(QStringLiteral("none"));
        m_server->reset();
        m_server->clearCalls();
    }

    void versionAndLogin()
    {
        auto c = client();
        Waiter<QVariantMap> version;
        c->version(this, version.callback());
        QVERIFY(version.wait());
        QVERIFY2(version.result().ok(), qPrintable(describe(version.result())));
        QCOMPARE(version.result().value().value(QStringLiteral("server_version")).toString(),
                 QStringLiteral("17.0"));
        QVERIFY(c->lastLatencyMs() >= 0);

        Waiter<int> uid;
        c->authenticate(this, uid.callback());
        QVERIFY(uid.wait());
        QVERIFY2(uid.result().ok(), qPrintable(describe(uid.result())));
        QCOMPARE(uid.result().value(), 2);
        // The uid is cached: a second authenticate does not log in again.
        Waiter<int> again;
        c->authenticate(this, again.callback());
        QVERIFY(again.wait());
        QCOMPARE(again.result().value(), 2);
        QCOMPARE(m_server->countCalls(QStringLiteral("authenticate")), 1);
    }

    void apiKeyWorksInPlaceOfThePassword()
    {
        auto c = client("fake-demo-api-key-0123456789abcdef", {}, QStringLiteral("demo"));
        Waiter<qint64> count;
        c->searchCount(QStringLiteral("res.partner"), {}, this, count.callback());
        QVERIFY(count.wait());
        QVERIFY2(count.result().ok(), qPrintable(describe(count.result())));
        QVERIFY(count.result().value() > 0);
        QCOMPARE(c->uid().value_or(0), 6);
        // The secret never shows in what the server saw as the call's arguments.
        const QString log = QString::fromUtf8(QJsonDocument(m_server->calls()).toJson());
        QVERIFY(!log.contains(QStringLiteral("fake-demo-api-key")));
    }

    void searchReadWithDomainFieldsLimitAndOrder()
    {
        auto c = client();
        OdooClient::SearchOptions o;
        o.fields = {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("is_company")};
        o.limit = 5;
        o.order = QStringLiteral("name desc");
        const QVariantList domain{
            QStringLiteral("|"), QVariantList{QStringLiteral("is_company"), QStringLiteral("="), true},
            QVariantList{QStringLiteral("email"), QStringLiteral("ilike"), QStringLiteral("example")}};
        Waiter<QVariantList> rows;
        c->searchRead(QStringLiteral("res.partner"), domain, o, this, rows.callback());
        QVERIFY(rows.wait());
        QVERIFY2(rows.result().ok(), qPrintable(describe(rows.result())));
        const QVariantList records = rows.result().value();
        QVERIFY(!records.isEmpty());
        QVERIFY(records.size() <= 5);
        QString previous;
        for (const QVariant& r : records) {
            const QVariantMap rec = r.toMap();
            QVERIFY(rec.contains(QStringLiteral("id")));
            const QString name = rec.value(QStringLiteral("name")).toString();
            const bool company = rec.value(QStringLiteral("is_company")).toBool();
            const QString email = rec.value(QStringLiteral("email")).toString();
            QVERIFY2(company || email.contains(QStringLiteral("example"), Qt::CaseInsensitive),
                     qPrintable(name));
            if (!previous.isEmpty())
                QVERIFY2(previous.compare(name, Qt::CaseInsensitive) >= 0,
                         qPrintable(previous + QStringLiteral(" / ") + name));
            previous = name;
        }
    }

    void createWriteReadUnlink()
    {
        auto c = client();
        Waiter<int> created;
        c->create(QStringLiteral("res.partner"),
                  {{QStringLiteral("name"), QStringLiteral("Fusion Test Partner ✓")},
                   {QStringLiteral("email"), QStringLiteral("fusion@example.com")}},
                  this, created.callback());
        QVERIFY(created.wait());
        QVERIFY2(created.result().ok(), qPrintable(describe(created.result())));
        const int id = created.result().value();
        QVERIFY(id > 0);

        Waiter<bool> written;
        c->write(QStringLiteral("res.partner"), {id},
                 {{QStringLiteral("phone"), QStringLiteral("+63 2 8123 4567")}}, this, written.callback());
        QVERIFY(written.wait());
        QVERIFY2(written.result().ok(), qPrintable(describe(written.result())));

        Waiter<QVariantList> read;
        c->read(QStringLiteral("res.partner"), {id}, {QStringLiteral("name"), QStringLiteral("phone")}, this,
                read.callback());
        QVERIFY(read.wait());
        QVERIFY(read.result().ok());
        const QVariantMap rec = read.result().value().value(0).toMap();
        QCOMPARE(rec.value(QStringLiteral("name")).toString(), QStringLiteral("Fusion Test Partner ✓"));
        QCOMPARE(rec.value(QStringLiteral("phone")).toString(), QStringLiteral("+63 2 8123 4567"));

        Waiter<bool> removed;
        c->unlink(QStringLiteral("res.partner"), {id}, this, removed.callback());
        QVERIFY(removed.wait());
        QVERIFY(removed.result().ok());
        Waiter<QVariantList> gone;
        c->read(QStringLiteral("res.partner"), {id}, {QStringLiteral("name")}, this, gone.callback());
        QVERIFY(gone.wait());
        QVERIFY(!gone.result().ok());
        QCOMPARE(gone.result().error().kind, ErrorKind::OdooUserError);
    }

    void faultsBecomeTypedErrorsWithOneHumanLine_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QVariantList>("args");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        // One positional argument each (a list): QVariant(...) keeps C++ from copying the inner list instead.
        const QVariantList noDomain{QVariant(QVariantList{})};
        const QVariantList badField{QVariant(
            QVariantList{QVariant(QVariantList{QStringLiteral("no_such_field"), QStringLiteral("="), 1})})};
        const QVariantList missingId{QVariant(QVariantList{999999})};
        QTest::newRow("unknown model")
            << QStringLiteral("no.such.model") << QStringLiteral("search") << noDomain
            << int(ErrorKind::OdooUserError) << QStringLiteral("no.such.model");
        QTest::newRow("bad domain") << QStringLiteral("res.partner") << QStringLiteral("search") << badField
                                    << int(ErrorKind::OdooServerError) << QStringLiteral("no_such_field");
        QTest::newRow("private method")
            << QStringLiteral("res.partner") << QStringLiteral("_search") << noDomain
            << int(ErrorKind::OdooAccessError) << QStringLiteral("Private methods");
        QTest::newRow("missing record")
            << QStringLiteral("res.partner") << QStringLiteral("read") << missingId
            << int(ErrorKind::OdooUserError) << QStringLiteral("does not exist");
    }

    void faultsBecomeTypedErrorsWithOneHumanLine()
    {
        QFETCH(QString, model);
        QFETCH(QString, method);
        QFETCH(QVariantList, args);
        QFETCH(int, kind);
        QFETCH(QString, says);
        auto c = client();
        Waiter<QVariant> r;
        c->executeKw(model, method, args, {}, OdooClient::CallKind::Read, this, r.callback());
        QVERIFY(r.wait());
        QVERIFY(!r.result().ok());
        const Error& e = r.result().error();
        QCOMPARE(int(e.kind), kind);
        QVERIFY2(e.message.contains(says), qPrintable(e.message));
        QVERIFY2(!e.message.contains(QStringLiteral("Traceback")) && !e.message.contains(QLatin1Char('\n')),
                 qPrintable(e.message));
        QVERIFY(!e.detail.isEmpty()); // the full text is kept for a details view
    }

    void demoUserMayNotCreateUsers()
    {
        auto c = client("demo", {}, QStringLiteral("demo"));
        Waiter<int> r;
        c->create(
            QStringLiteral("res.users"),
            {{QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("login"), QStringLiteral("x")}},
            this, r.callback());
        QVERIFY(r.wait());
        QVERIFY(!r.result().ok());
        QCOMPARE(r.result().error().kind, ErrorKind::OdooAccessError);
    }

    void refusedLoginStopsTheClientUntilCredentialsChange()
    {
        auto c = client("wrong-password");
        Waiter<qint64> first;
        c->searchCount(QStringLiteral("res.partner"), {}, this, first.callback());
        QVERIFY(first.wait());
        QVERIFY(!first.result().ok());
        QCOMPARE(first.result().error().kind, ErrorKind::OdooAccessDenied);
        QVERIFY(c->isStopped());
        // Further calls fail at once, and nothing more reaches the server (no login retries).
        for (int i = 0; i < 3; ++i) {
            Waiter<qint64> more;
            c->searchCount(QStringLiteral("res.partner"), {}, this, more.callback());
            QVERIFY(more.wait());
            QCOMPARE(more.result().error().kind, ErrorKind::OdooAuthStopped);
        }
        QCOMPARE(m_server->countCalls(QStringLiteral("authenticate")), 1);
        QCOMPARE(m_server->calls().size(), 1);

        c->setCredentials(endpointFor(*m_server), SecretBytes(QByteArray("admin")));
        Waiter<qint64> fixed;
        c->searchCount(QStringLiteral("res.partner"), {}, this, fixed.callback());
        QVERIFY(fixed.wait());
        QVERIFY2(fixed.result().ok(), qPrintable(describe(fixed.result())));
    }

    void rateLimitHoldsCallsBackAndRefusesWhatWouldWaitTooLong()
    {
        OdooLimits limits;
        limits.readsPerMinute = 3;
        limits.maxQueueWaitMs = 700;
        auto c = client("admin", limits);
        QList<Waiter<qint64>> waiters(6);
        for (auto& w : waiters)
            c->searchCount(QStringLiteral("res.partner"), {}, this, w.callback());
        for (auto& w : waiters)
            QVERIFY(w.wait());
        int ok = 0, limited = 0;
        for (auto& w : waiters) {
            if (w.result().ok())
                ++ok;
            else if (w.result().error().kind == ErrorKind::OdooRateLimited)
                ++limited;
        }
        // The login is one of the three reads of the minute.
        QCOMPARE(ok, 2);
        QCOMPARE(limited, 4);
        QCOMPARE(m_server->countCalls(QStringLiteral("search_count")), 2);
    }

    void timedOutWriteIsNotRetriedAndSaysTheOutcomeIsUnknown()
    {
        OdooLimits limits;
        limits.timeoutMs = 600;
        auto c = client("admin", limits);
        Waiter<int> login;
        c->authenticate(this, login.callback());
        QVERIFY(login.wait());
        m_server->clearCalls();
        m_server->misbehave(QStringLiteral("slow"), {{QStringLiteral("seconds"), 2},
                                                     {QStringLiteral("match"), QStringLiteral("create")}});
        Waiter<int> created;
        c->create(QStringLiteral("res.partner"), {{QStringLiteral("name"), QStringLiteral("Slow Partner")}},
                  this, created.callback());
        QVERIFY(created.wait());
        QVERIFY(!created.result().ok());
        QCOMPARE(created.result().error().kind, ErrorKind::OdooTimeout);
        QVERIFY2(created.result().error().message.contains(QStringLiteral("may or may not")),
                 qPrintable(created.result().error().message));
        QTest::qWait(2500); // long enough for any retry to have reached the server
        QCOMPARE(m_server->countCalls(QStringLiteral("create")), 1);
    }

    void droppedConnectionOnAWriteIsNotRetried()
    {
        auto c = client();
        Waiter<int> login;
        c->authenticate(this, login.callback());
        QVERIFY(login.wait());
        m_server->clearCalls();
        m_server->misbehave(QStringLiteral("drop"), {{QStringLiteral("match"), QStringLiteral("write")}});
        Waiter<bool> written;
        c->write(QStringLiteral("res.partner"), {3}, {{QStringLiteral("phone"), QStringLiteral("1")}}, this,
                 written.callback());
        QVERIFY(written.wait());
        QVERIFY(!written.result().ok());
        QCOMPARE(written.result().error().kind, ErrorKind::OdooUnreachable);
        QTest::qWait(500);
        QCOMPARE(m_server->countCalls(QStringLiteral("write")), 1);
    }

    void misbehavingServerGivesProtocolErrors_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("HTTP 502 page")
            << QStringLiteral("http502") << int(ErrorKind::OdooProtocol) << QStringLiteral("502");
        QTest::newRow("HTML login page")
            << QStringLiteral("html200") << int(ErrorKind::OdooProtocol) << QStringLiteral("web page");
        QTest::newRow("truncated XML") << QStringLiteral("truncated") << int(ErrorKind::OdooProtocol)
                                       << QStringLiteral("could not be read");
        QTest::newRow("invalid UTF-8")
            << QStringLiteral("bad_utf8") << int(ErrorKind::OdooProtocol) << QStringLiteral("UTF-8");
        QTest::newRow("cut off mid-body")
            << QStringLiteral("drop_mid") << int(ErrorKind::OdooUnreachable) << QString();
        QTest::newRow("huge") << QStringLiteral("huge") << int(ErrorKind::OdooProtocol)
                              << QStringLiteral("limit");
        QTest::newRow("wrong types") << QStringLiteral("wrong_types") << int(ErrorKind::OdooProtocol)
                                     << QString();
    }

    void misbehavingServerGivesProtocolErrors()
    {
        QFETCH(QString, mode);
        QFETCH(int, kind);
        QFETCH(QString, says);
        auto c = client();
        Waiter<int> login;
        c->authenticate(this, login.callback());
        QVERIFY(login.wait());
        m_server->misbehave(mode, {{QStringLiteral("match"), QStringLiteral("search_count")}});
        Waiter<qint64> count;
        c->searchCount(QStringLiteral("res.partner"), {}, this, count.callback());
        QVERIFY(count.wait(60000));
        QVERIFY(!count.result().ok());
        QCOMPARE(int(count.result().error().kind), kind);
        QVERIFY2(count.result().error().message.contains(says), qPrintable(count.result().error().message));
        // The client is still usable afterwards.
        m_server->misbehave(QStringLiteral("none"));
        Waiter<qint64> after;
        c->searchCount(QStringLiteral("res.partner"), {}, this, after.callback());
        QVERIFY(after.wait());
        QVERIFY2(after.result().ok(), qPrintable(describe(after.result())));
    }

    void aCallerThatWentAwayIsNotCalledBack()
    {
        auto c = client();
        m_server->misbehave(QStringLiteral("slow"), {{QStringLiteral("seconds"), 1}});
        bool called = false;
        {
            QObject gone;
            c->searchCount(QStringLiteral("res.partner"), {}, &gone,
                           [&called](const Result<qint64>&) { called = true; });
        }
        QTest::qWait(2500);
        QVERIFY(!called);
    }

    void selfSignedCertificateOnlyAfterTrustingItsFingerprint()
    {
        QTemporaryDir dir;
        const test::SelfSignedCertificate cert = test::makeSelfSignedCertificate(dir);
        QVERIFY2(cert.ok, "openssl could not make a certificate");
        test::FakeOdoo::Options o;
        o.tlsCert = cert.certPath;
        o.tlsKey = cert.keyPath;
        test::FakeOdoo tls(o);
        QVERIFY2(tls.ok(), qPrintable(tls.error()));

        OdooClient c;
        OdooEndpoint e = endpointFor(tls);
        c.setCredentials(e, SecretBytes(QByteArray("admin")));
        Waiter<QVariantMap> refused;
        c.version(this, refused.callback());
        QVERIFY(refused.wait());
        QVERIFY(!refused.result().ok());
        QCOMPARE(refused.result().error().kind, ErrorKind::OdooTlsUntrusted);
        QCOMPARE(refused.result().error().current.value(QStringLiteral("fingerprint")).toString(),
                 cert.sha256);
        QCOMPARE(tls.calls().size(), 0); // nothing was sent to an untrusted server

        // Another certificate's fingerprint does not help.
        e.trustedCertificateSha256 = QString(64, QLatin1Char('a'));
        c.setCredentials(e, SecretBytes(QByteArray("admin")));
        Waiter<QVariantMap> stillRefused;
        c.version(this, stillRefused.callback());
        QVERIFY(stillRefused.wait());
        QCOMPARE(stillRefused.result().error().kind, ErrorKind::OdooTlsUntrusted);

        e.trustedCertificateSha256 = cert.sha256;
        c.setCredentials(e, SecretBytes(QByteArray("admin")));
        Waiter<QVariantMap> trusted;
        c.version(this, trusted.callback());
        QVERIFY(trusted.wait());
        QVERIFY2(trusted.result().ok(), qPrintable(describe(trusted.result())));
    }

    void domainBuilderMakesPrefixNotation()
    {
        using D = OdooDomain;
        const QVariantList built = D::allOf(
            {D::term(QStringLiteral("is_company"), QStringLiteral("="), true),
             D::anyOf({D::term(QStringLiteral("email"), QStringLiteral("ilike"), QStringLiteral("x")),
                       D::term(QStringLiteral("phone"), QStringLiteral("ilike"), QStringLiteral("x"))}),
             D::negate(D::term(QStringLiteral("city"), QStringLiteral("="), QStringLiteral("Manila")))});
        const QVariantList expected{
            QStringLiteral("&"),
            QStringLiteral("&"),
            QVariantList{QStringLiteral("is_company"), QStringLiteral("="), true},
            QStringLiteral("|"),
            QVariantList{QStringLiteral("email"), QStringLiteral("ilike"), QStringLiteral("x")},
            QVariantList{QStringLiteral("phone"), QStringLiteral("ilike"), QStringLiteral("x")},
            QStringLiteral("!"),
            QVariantList{QStringLiteral("city"), QStringLiteral("="), QStringLiteral("Manila")}};
        QCOMPARE(built, expected);
        QVERIFY(D::allOf({}).isEmpty());
        bool refused = false;
        try {
            D::term(QStringLiteral("name"), QStringLiteral("; DROP"), 1);
        } catch (const Failure&) {
            refused = true;
        }
        QVERIFY(refused);
    }

    void builtDomainsAreEvaluatedByOdooAsMeant()
    {
        using D = OdooDomain;
        auto c = client();
        const auto ids = [&](const QVariantList& domain) {
            Waiter<QList<int>> w;
            c->search(QStringLiteral("res.partner"), domain, {}, this, w.callback());
            if (!w.wait() || !w.result().ok())
                return QSet<int>{-1};
            const QList<int> list = w.result().value();
            return QSet<int>(list.cbegin(), list.cend());
        };
        const QSet<int> companies = ids(D::term(QStringLiteral("is_company"), QStringLiteral("="), true));
        const QSet<int> all = ids({});
        QVERIFY(!companies.isEmpty() && companies.size() < all.size());
        QCOMPARE(ids(D::negate(D::term(QStringLiteral("is_company"), QStringLiteral("="), true))),
                 all - companies);
        QCOMPARE(ids(D::anyOf({})), QSet<int>{});
        const QSet<int> either =
            ids(D::anyOf({D::term(QStringLiteral("is_company"), QStringLiteral("="), true),
                          D::term(QStringLiteral("is_company"), QStringLiteral("="), false)}));
        QCOMPARE(either, all);
    }

    void humanMessagesFromRealFaultStrings()
    {
        QCOMPARE(OdooClient::humanFaultMessage(
                     QStringLiteral("Traceback (most recent call last):\n  File \"x.py\", line 1, in "
                                    "y\nValueError: Invalid field "
                                    "res.partner.no_such_field in leaf ('no_such_field', '=', 1)\n")),
                 QStringLiteral("Invalid field res.partner.no_such_field in leaf ('no_such_field', '=', 1)"));
        QCOMPARE(OdooClient::humanFaultMessage(
                     QStringLiteral("Traceback (most recent call last):\n  File \"r.py\", line "
                                    "87\npsycopg2.OperationalError: connection "
                                    "to server failed: FATAL:  database \"no_such_db\" does not exist\n")),
                 QStringLiteral("Odoo has no database \"no_such_db\"."));
        QCOMPARE(
            OdooClient::humanFaultMessage(QStringLiteral("You are not allowed to create 'User' (res.users) "
                                                         "records.\n\nThis operation is allowed for ...")),
            QStringLiteral("You are not allowed to create 'User' (res.users) records."));
    }
};

QTEST_GUILESS_MAIN(TestOdooClient)
#include "tst_odoo_client.moc"
