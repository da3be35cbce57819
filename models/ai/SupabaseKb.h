#pragma once
// The seed's knowledge-base RPCs in a tenant's Supabase project (seed 003, sections 2.10 and 5.2), over
// PostgREST: POST {project}/rest/v1/rpc/search_chunks_text {tenant_ref, query, limit} and
// .../search_chunks {tenant_ref, query_embedding, limit} (rows with a score), the function's schema chosen
// with Content-Profile, the project's key in both apikey and Authorization. The answer is checked whole — a
// JSON array of rows of the right types, all of the asked tenant — so a malformed or partial answer is one
// clear error, never a few hits. The key is read from the keychain just before the request and never appears
// in a message.
#include "models/ai/KbSources.h"
#include "models/ai/KnowledgeBase.h"
#include "models/core/Error.h"
#include "models/jobs/JobHost.h"
#include "models/secrets/SecretBytes.h"
#include "models/usage/ChatApi.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace fusion {

class HttpRequest;

struct SupabaseReply {
    int httpStatus = 0;
    QList<KbHit> hits; // best first, as the project ordered them
    QString error;     // empty when the answer is whole and well-formed
    // What the project (or a proxy before it) sent with an error status, whole: the error's detail, shown
    // bounded (BoundedText) with the rest on request. Never stored.
    QString body;
    bool ok() const { return error.isEmpty(); }
};

struct SupabaseSearch {
    KbSource source; // where (found with KbSources) and in the name of which tenant
    QList<KbHit> hits;
};

class SupabaseKb : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxSnippet = 500;
    static constexpr int kDefaultTimeoutMs = 30000;

    // The request for `function` ("search_chunks_text" or "search_chunks") with named `arguments`.
    static ChatApi::Http build(const KbSource& source, const QString& function, const QJsonObject& arguments,
                               const SecretBytes& key);
    // Checks an answer whole. `withScore`: rows must carry a numeric score (the vector search).
    static SupabaseReply parse(const KbSource& source, int httpStatus, const QByteArray& body,
                               bool withScore);

    // Database work and the key go through `host` (the keychain in host.secrets).
    explicit SupabaseKb(JobHost host, QObject* parent = nullptr);
    ~SupabaseKb() override;
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // The tenant's source must exist (NotFound otherwise). Words as the local search takes them.
    void searchText(const QString& tenantSlug, const QString& query, int limit,
                    std::function<void(const Result<SupabaseSearch>&)> done);
    void searchVector(const QString& tenantSlug, const QList<float>& embedding, int limit,
                      std::function<void(const Result<SupabaseSearch>&)> done);

private:
    struct State;
    void start(const QString& tenantSlug, const QString& function, const QJsonObject& arguments,
               std::function<void(const Result<SupabaseSearch>&)> done);
    void readKey(const std::shared_ptr<State>& s);
    void send(const std::shared_ptr<State>& s, const SecretBytes& key);

    JobHost m_host;
    int m_timeoutMs = kDefaultTimeoutMs;
    QPointer<HttpRequest> m_http;
};

} // namespace fusion
