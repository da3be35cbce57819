#pragma once
// Apache Superset's REST API (INTEGRATIONS.md "Superset"): a database-provider login for an access and a
// refresh token, a new access token from the refresh token, and the dashboards listed page by page (Rison
// q=(page:N,page_size:100)) until Superset's "count" rows have come. Credentials and tokens are SecretBytes
// from the caller (the keychain) and never appear in a message. A dashboard is linked to a tenant by a tag
// "tenant:<slug>", the same convention as n8n's workflows (N8n::tenantOfTag).
#include "models/core/Error.h"
#include "models/secrets/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace fusion {

class HttpRequest;

struct SupersetTokens {
    SecretBytes access;
    SecretBytes refresh; // empty when Superset gave none
};

struct SupersetDashboard {
    qint64 id = 0;
    QString uuid; // empty from releases that do not send it
    QString title;
    QString slug;
    QUrl url; // absolute: where the browser opens it
    bool published = false;
    QDateTime changedOn; // UTC; invalid when not given
    QStringList tags;
    QStringList owners; // "First Last" (or the username) of each owner Superset names
    QStringList tenants() const;
};

struct SupersetDashboardPage {
    int count = 0; // all the dashboards there are, not only this page's
    QList<SupersetDashboard> dashboards;
};

class Superset {
    Q_DECLARE_TR_FUNCTIONS(fusion::Superset)

public:
    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 1000;

    static QUrl loginUrl(const QUrl& base);
    static QUrl refreshUrl(const QUrl& base);
    static QUrl dashboardsUrl(const QUrl& base, int page, int pageSize);
    // The login request's body: holds the password, so the caller scrubs it once handed over.
    static QByteArray loginBody(const QString& username, const SecretBytes& password);

    static Result<SupersetTokens> parseLogin(const QString& instance, int status,
                                             const QByteArray& contentType, const QByteArray& body);
    static Result<SecretBytes> parseRefresh(const QString& instance, int status,
                                            const QByteArray& contentType, const QByteArray& body);
    static Result<SupersetDashboardPage> parseDashboards(const QString& instance, const QUrl& base,
                                                         int status, const QByteArray& contentType,
                                                         const QByteArray& body);
    static QString instanceName(const QUrl& base);
};

class SupersetClient : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 30000;

    explicit SupersetClient(const QUrl& base, QObject* parent = nullptr);
    ~SupersetClient() override; // requests in flight are dropped; their callbacks never run

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setPageSize(int size) { m_pageSize = qBound(1, size, Superset::kPageSize); }

    void login(const QString& username, const SecretBytes& password,
               std::function<void(const Result<SupersetTokens>&)> done);
    void refresh(const SecretBytes& refreshToken, std::function<void(const Result<SecretBytes>&)> done);
    void listDashboards(const SecretBytes& accessToken,
                        std::function<void(const Result<QList<SupersetDashboard>>&)> done);

private:
    struct Answer {
        int status = 0;
        QByteArray contentType;
        QByteArray body;
    };
    struct Listing;
    void send(const QUrl& url, const QByteArray& method, QByteArray body, const SecretBytes& bearer,
              const QList<SecretBytes>& secrets, std::function<void(const Result<Answer>&)> done);
    void nextPage(const std::shared_ptr<Listing>& l);

    QUrl m_base;
    QString m_instance;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_pageSize = Superset::kPageSize;
    QList<QPointer<HttpRequest>> m_inFlight;
};

} // namespace fusion
