// Apache Superset's API (models/integrations/Superset) against the Superset stand-in
// (tests/fixtures/fake_superset.py): a login gives an access and a refresh token, wrong credentials are one
// clear refusal, a refresh gives a working access token, dashboards come page by page until Superset's count
// with their tenant tags and absolute addresses, an expired token says to log in again, and every
// misbehaviour (500, an HTML page, malformed JSON, wrong types, no count, a count that lies, timeout, drop)
// is one error and never a partial list; no password or token in a message or the stand-in's log.
#include "models/integrations/Superset.h"
#include "tests/integrations/FakeSuperset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using namespace fusion;

namespace {
const char kPassword[] = "superset-Pass-TstSuperset0000000099";
} // namespace

class TestSuperset : public QObject {
    Q_OBJECT

    std::unique_ptr<test::FakeSuperset> m_server;
    SecretBytes m_password{QByteArray(kPassword)};
    QStringList m_seen;
    QList<QByteArray> m_tokens;

    template <typename T>
    Result<T> wait(const std::function<void(std::function<void(const Result<T>&)>)>& call)
    {
        std::optional<Result<T>> got;
        call([&got](const Result<T>& r) { got = r; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 20000))
            return Error::make(ErrorKind::Internal, QStringLiteral("no answer"));
        if (!got->ok())
            m_seen << got->error().message;
        return *got;
    }
    Result<SupersetTokens> login(SupersetClient& c, const SecretBytes& password)
    {
        Result<SupersetTokens> t =
            wait<SupersetTokens>([&](auto done) { c.login(QStringLiteral("fusion"), password, done); });
        if (t.ok())
            m_tokens << t.value().access.bytes() << t.value().refresh.bytes();
        return t;
    }
    Result<QList<SupersetDashboard>> dashboards(SupersetClient& c, const SecretBytes& token)
    {
        return wait<QList<SupersetDashboard>>([&](auto done) { c.listDashboards(token, done); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::FakeSuperset>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
    }

    void init()
    {
        m_server->reset();
        m_server->setUser(QStringLiteral("fusion"), QString::fromLatin1(kPassword));
        QJsonArray ds;
        for (int i = 1; i <= 7; ++i) {
            ds << QJsonObject{{QStringLiteral("dashboard_title"), QStringLiteral("Dashboard %1").arg(i)},
                              {QStringLiteral("slug"), QStringLiteral("d-%1").arg(i)},
                              {QStringLiteral("published"), i != 3},
                              {QStringLiteral("tags"), i % 2 ? QJsonArray{QStringLiteral("tenant:acme")}
                                                             : QJsonArray{QStringLiteral("finance")}}};
        }
        m_server->seedDashboards(ds);
    }

    void loginBodyAndTimes()
    {
        const QByteArray body =
            Superset::loginBody(QStringLiteral("a\"b"), SecretBytes(QByteArray("p\"w\\\n")));
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        QCOMPARE(o.value(QStringLiteral("username")).toString(), QStringLiteral("a\"b"));
        QCOMPARE(o.value(QStringLiteral("password")).toString(), QStringLiteral("p\"w\\\n"));
        QCOMPARE(o.value(QStringLiteral("provider")).toString(), QStringLiteral("db"));
        QCOMPARE(o.value(QStringLiteral("refresh")).toBool(), true);
        QCOMPARE(
            Superset::dashboardsUrl(QUrl(QStringLiteral("https://bi.example.com/")), 2, 500).toString(),
            QStringLiteral("https://bi.example.com/api/v1/dashboard/?q=%28page%3A2%2Cpage_size%3A100%29"));
        const Result<SupersetDashboardPage> p = Superset::parseDashboards(
            QStringLiteral("x"), QUrl(QStringLiteral("https://bi.example.com")), 200, "application/json",
            R"({"count":1,"ids":[4],"result":[{"id":4,"dashboard_title":"T","slug":null,"url":"/superset/dashboard/4/",
                "published":true,"changed_on_utc":"2026-12-01T10:00:00.250000+0100"}]})");
        QVERIFY(p.ok());
        QCOMPARE(p.value().dashboards.first().changedOn,
                 QDateTime(QDate(2026, 12, 1), QTime(9, 0, 0, 250), Qt::UTC));
        QCOMPARE(p.value().dashboards.first().url.toString(),
                 QStringLiteral("https://bi.example.com/superset/dashboard/4/"));
        // A dashboard address pointing elsewhere is refused, not opened.
        const QByteArray elsewhere =
            "{\"count\":1,\"result\":[{\"id\":4,\"dashboard_title\":\"T\",\"slug\":null,"
            "\"url\":\"https:\\/\\/evil.example.net\\/\",\"published\":true}]}";
        const Result<SupersetDashboardPage> away =
            Superset::parseDashboards(QStringLiteral("x"), QUrl(QStringLiteral("https://bi.example.com")),
                                      200, "application/json", elsewhere);
        QVERIFY(!away.ok());
        QVERIFY(away.error().message.contains(QStringLiteral("does not point into this Superset")));
    }

    void loginRefreshAndDashboardsAcrossPages()
    {
        SupersetClient c(m_server->url());
        c.setPageSize(3);
        const Result<SupersetTokens> t = login(c, m_password);
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
        QVERIFY(!t.value().access.isEmpty());
        QVERIFY(!t.value().refresh.isEmpty());
        const Result<QList<SupersetDashboard>> list = dashboards(c, t.value().access);
        QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().message));
        QCOMPARE(list.value().size(), 7);
        QCOMPARE(list.value().at(6).title, QStringLiteral("Dashboard 7"));
        QCOMPARE(list.value().at(0).tenants(), QStringList{QStringLiteral("acme")});
        QVERIFY(list.value().at(1).tenants().isEmpty());
        QVERIFY(!list.value().at(2).published);
        QCOMPARE(list.value().at(3).url,
                 m_server->url().resolved(QUrl(QStringLiteral("/superset/dashboard/d-4/"))));
        QVERIFY(list.value().at(3).changedOn.isValid());
        QCOMPARE(m_server->calls().size(), 4); // the login and three pages

        // An expired access token: the message says to log in again; the refresh token gives a working one.
        m_server->setTokenLifetime(0);
        const Result<SupersetTokens> stale = login(c, m_password);
        const Result<QList<SupersetDashboard>> refused = dashboards(c, stale.value().access);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::PermissionDenied);
        QVERIFY(refused.error().message.contains(QStringLiteral("Token has expired")));
        QVERIFY(refused.error().message.contains(QStringLiteral("log in again")));
        m_server->setTokenLifetime(300);
        const Result<SecretBytes> fresh =
            wait<SecretBytes>([&](auto done) { c.refresh(stale.value().refresh, done); });
        QVERIFY(fresh.ok());
        m_tokens << fresh.value().bytes();
        QCOMPARE(dashboards(c, fresh.value()).value().size(), 7);
        // An access token is no refresh token.
        const Result<SecretBytes> wrongKind =
            wait<SecretBytes>([&](auto done) { c.refresh(t.value().access, done); });
        QVERIFY(!wrongKind.ok());
        QVERIFY(wrongKind.error().message.contains(QStringLiteral("refused the refresh token (HTTP 422")));
    }

    void wrongPassword()
    {
        SupersetClient c(m_server->url());
        const Result<SupersetTokens> t = login(c, SecretBytes(QByteArray("superset-WrongPass777")));
        QVERIFY(!t.ok());
        QCOMPARE(t.error().kind, ErrorKind::PermissionDenied);
        QVERIFY(t.error().message.contains(QStringLiteral("refused the user name or password (HTTP 401")));
        QVERIFY(!t.error().message.contains(QStringLiteral("WrongPass777")));
    }

    void misbehaviour_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("500") << "500"
                             << "failed with HTTP 500: Fatal error";
        QTest::newRow("html") << "html"
                              << "HTTP 502 with a web page";
        QTest::newRow("malformed") << "malformed"
                                   << "not valid JSON";
        QTest::newRow("wrong types") << "wrong_types"
                                     << "Dashboard 1 of the Superset answer";
        QTest::newRow("no count") << "missing"
                                  << "without its \"count\"";
        QTest::newRow("count lies") << "count_lies"
                                    << "changed while they were listed";
        QTest::newRow("timeout") << "timeout"
                                 << "did not answer within 1 s";
        QTest::newRow("drop") << "drop"
                              << "closed before the whole answer arrived";
    }
    void misbehaviour()
    {
        QFETCH(QString, mode);
        QFETCH(QString, expected);
        SupersetClient c(m_server->url());
        c.setTimeoutMs(1000);
        c.setPageSize(3);
        const Result<SupersetTokens> t = login(c, m_password);
        QVERIFY(t.ok());
        // The second page misbehaves: the first page is never shown as if it were the list.
        m_server->misbehave(mode, 1, 3, 1);
        const Result<QList<SupersetDashboard>> r = dashboards(c, t.value().access);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("Superset")));
    }

    void countThatNeverFills()
    {
        SupersetClient c(m_server->url());
        c.setPageSize(3);
        const Result<SupersetTokens> t = login(c, m_password);
        m_server->misbehave(QStringLiteral("count_lies"), -1);
        const Result<QList<SupersetDashboard>> r = dashboards(c, t.value().access);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("counted 8 dashboards but gave only 7")),
                 qPrintable(r.error().message));
    }

    // Last: no password or token in any message of this run, nor in the stand-in's log.
    void secretsNeverInMessagesOrCallLog()
    {
        QVERIFY(m_seen.size() >= 10);
        const QByteArray log = m_server->callsJson();
        QVERIFY(!log.contains(kPassword));
        for (const QString& m : std::as_const(m_seen)) {
            QVERIFY2(!m.contains(QString::fromLatin1(kPassword)), qPrintable(m));
            for (const QByteArray& token : std::as_const(m_tokens)) {
                if (!token.isEmpty())
                    QVERIFY2(!m.contains(QString::fromLatin1(token)), qPrintable(m));
            }
        }
        QVERIFY(m_tokens.size() >= 4);
    }
};

QTEST_GUILESS_MAIN(TestSuperset)
#include "tst_superset.moc"
