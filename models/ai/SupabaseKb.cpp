#include "models/ai/SupabaseKb.h"

#include "models/core/BoundedText.h"
#include "models/net/HttpRequest.h"
#include "models/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace fusion {

namespace {

const QString kSbTextFunction = QStringLiteral("search_chunks_text");
const QString kSbVectorFunction = QStringLiteral("search_chunks");

// Only a web address is shown as a link: anything else (javascript:, file:, a relative path) is dropped.
QString sbWebUrl(const QString& url)
{
    const QUrl u(url, QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (url.size() > 2000 || !u.isValid() || u.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.contains(QRegularExpression(QStringLiteral("\\s"))))
        return {};
    return url;
}

QString sbSnippet(const QString& content)
{
    const QString text = content.simplified();
    if (text.size() <= SupabaseKb::kMaxSnippet)
        return text;
    return text.left(SupabaseKb::kMaxSnippet - 1) + QChar(0x2026);
}

bool sbIsText(const QJsonValue& v, bool nullable)
{
    return v.isString() || (nullable && v.isNull());
}

} // namespace

struct SupabaseKb::State {
    QString tenantSlug;
    QString function;
    QJsonObject arguments;
    std::function<void(const Result<SupabaseSearch>&)> done;
    KbSource source;
    CallKey key;
};

ChatApi::Http SupabaseKb::build(const KbSource& source, const QString& function, const QJsonObject& arguments,
                                const SecretBytes& key)
{
    ChatApi::Http h;
    QString base = source.projectUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    h.url = QUrl(base + QStringLiteral("/rest/v1/rpc/") + function);
    // PostgREST takes the key twice: apikey for Supabase's gateway, the Bearer token for the database role.
    h.headers << qMakePair(QByteArrayLiteral("apikey"), key.bytes())
              << qMakePair(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + key.bytes())
              << qMakePair(QByteArrayLiteral("Content-Profile"), source.schema.toUtf8())
              << qMakePair(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    h.body = QJsonDocument(arguments).toJson(QJsonDocument::Compact);
    return h;
}

SupabaseReply SupabaseKb::parse(const KbSource& source, int httpStatus, const QByteArray& body,
                                bool withScore)
{
    SupabaseReply r;
    r.httpStatus = httpStatus;
    const QString project = source.projectUrl;
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (httpStatus < 200 || httpStatus >= 300) {
        const QJsonObject e = doc.object();
        const QString code = BoundedText::oneLine(e.value(QStringLiteral("code")).toString(), 20);
        const QString message = BoundedText::oneLine(e.value(QStringLiteral("message")).toString(), 300);
        const QString said = message.isEmpty() ? QString()
                             : code.isEmpty()  ? QStringLiteral(": ") + message
                                               : QStringLiteral(": %1 (%2)").arg(message, code);
        if (httpStatus == 401 || httpStatus == 403)
            r.error = tr("The Supabase project %1 refused the key (HTTP %2): check that the vault key \"%3\" "
                         "holds this project's API key.")
                          .arg(project)
                          .arg(httpStatus)
                          .arg(source.apiKeyLabel.isEmpty() ? QStringLiteral("#%1").arg(source.apiKeyId)
                                                            : source.apiKeyLabel);
        else if (httpStatus == 406)
            r.error =
                tr("The Supabase project %1 does not expose the schema \"%2\" (HTTP 406): add it to the "
                   "exposed schemas of the project's API settings.")
                    .arg(project, source.schema);
        else if (httpStatus == 404)
            r.error = tr("The Supabase project %1 has no search function in the schema \"%2\" taking these "
                         "arguments (HTTP 404)%3.")
                          .arg(project, source.schema, said);
        else
            r.error =
                tr("The Supabase project %1 answered HTTP %2%3.").arg(project).arg(httpStatus).arg(said);
        // An unexpected status: what came with it (a gateway's page, a trace) is the error's detail. The
        // refusals above say what to fix in their line.
        if (httpStatus != 401 && httpStatus != 403 && httpStatus != 406 && httpStatus != 404)
            r.body = QString::fromUtf8(body);
        return r;
    }
    if (pe.error != QJsonParseError::NoError) {
        r.error =
            tr("The Supabase answer is not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset);
        return r;
    }
    if (!doc.isArray()) {
        r.error = tr("The Supabase answer is not a list of rows.");
        return r;
    }
    const QJsonArray rows = doc.array();
    QList<KbHit> hits;
    hits.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto bad = [&](const QString& what) {
            r.error = tr("Row %1 of the Supabase answer: %2").arg(i + 1).arg(what);
        };
        if (!rows.at(i).isObject()) {
            bad(tr("not an object."));
            return r;
        }
        const QJsonObject o = rows.at(i).toObject();
        const QJsonValue id = o.value(QStringLiteral("id"));
        if (!id.isDouble() || id.toDouble() != std::floor(id.toDouble()) || id.toDouble() < 0 ||
            id.toDouble() > 9.0e15) {
            bad(tr("\"id\" is missing or not a whole number."));
            return r;
        }
        for (const char* field : {"tenant_ref", "source_type", "source_ref", "content"}) {
            if (!sbIsText(o.value(QLatin1String(field)), false)) {
                bad(tr("\"%1\" is missing or not text.").arg(QLatin1String(field)));
                return r;
            }
        }
        for (const char* field : {"title", "url", "updated_at"}) {
            if (!sbIsText(o.value(QLatin1String(field)), true)) {
                bad(tr("\"%1\" is missing or neither text nor null.").arg(QLatin1String(field)));
                return r;
            }
        }
        const QJsonValue score = o.value(QStringLiteral("score"));
        if (withScore && (!score.isDouble() || !std::isfinite(score.toDouble()))) {
            bad(tr("\"score\" is missing or not a number."));
            return r;
        }
        // The project answers for the tenant asked about; a row of another one is never shown.
        if (o.value(QStringLiteral("tenant_ref")).toString() != source.tenantRef) {
            bad(tr("it belongs to another tenant reference."));
            return r;
        }
        KbHit h;
        h.id = qint64(id.toDouble());
        h.tenant = source.tenantSlug;
        h.sourceType = o.value(QStringLiteral("source_type")).toString();
        h.sourceRef = o.value(QStringLiteral("source_ref")).toString();
        h.title = o.value(QStringLiteral("title")).toString();
        h.url = sbWebUrl(o.value(QStringLiteral("url")).toString());
        h.snippet = sbSnippet(o.value(QStringLiteral("content")).toString());
        // The text search has no score: its order is the project's, so the rank stands in for one.
        h.score = withScore ? score.toDouble() : double(rows.size() - i);
        hits << h;
    }
    r.hits = std::move(hits);
    return r;
}

SupabaseKb::SupabaseKb(JobHost host, QObject* parent)
    : QObject(parent)
    , m_host(std::move(host))
{
}

SupabaseKb::~SupabaseKb()
{
    if (m_http)
        m_http->abort();
}

void SupabaseKb::searchText(const QString& tenantSlug, const QString& query, int limit,
                            std::function<void(const Result<SupabaseSearch>&)> done)
{
    Result<QStringList> words = capture([&] { return KnowledgeBase::terms(query); });
    if (!words)
        return done(words.error());
    start(tenantSlug, kSbTextFunction,
          QJsonObject{{QStringLiteral("tenant_ref"), QString()},
                      {QStringLiteral("query"), words.value().join(QLatin1Char(' '))},
                      {QStringLiteral("limit"), qBound(1, limit, KnowledgeBase::kMaxLimit)}},
          std::move(done));
}

void SupabaseKb::searchVector(const QString& tenantSlug, const QList<float>& embedding, int limit,
                              std::function<void(const Result<SupabaseSearch>&)> done)
{
    QJsonArray vector;
    for (const float x : embedding) {
        if (!std::isfinite(x))
            return done(
                Error::make(ErrorKind::InvalidInput, tr("The query vector holds a value that is not a "
                                                        "finite number.")));
        vector << double(x);
    }
    if (vector.isEmpty() || vector.size() > 8192)
        return done(Error::make(ErrorKind::InvalidInput, tr("The query vector needs 1 to 8192 values.")));
    start(tenantSlug, kSbVectorFunction,
          QJsonObject{{QStringLiteral("tenant_ref"), QString()},
                      {QStringLiteral("query_embedding"), vector},
                      {QStringLiteral("limit"), qBound(1, limit, KnowledgeBase::kMaxLimit)}},
          std::move(done));
}

void SupabaseKb::start(const QString& tenantSlug, const QString& function, const QJsonObject& arguments,
                       std::function<void(const Result<SupabaseSearch>&)> done)
{
    auto s = std::make_shared<State>();
    s->tenantSlug = tenantSlug;
    s->function = function;
    s->arguments = arguments;
    s->done = std::move(done);
    QPointer<SupabaseKb> self(this);
    m_host.database(
        this,
        [s](Database& db) {
            const std::optional<KbSource> source = KbSources::find(db, s->tenantSlug);
            if (!source)
                throw Failure(
                    ErrorKind::NotFound,
                    tr("%1 has no Supabase knowledge source; set one with \"fusionctl kb source set\".")
                        .arg(s->tenantSlug));
            s->source = *source;
            // Only the keychain item's name: the secret is read just before the request.
            s->key = KbSources::callKey(db, *source);
        },
        [self, s](const std::optional<Error>& error) {
            if (!self)
                return;
            if (error)
                return s->done(*error);
            if (s->key.isNull())
                return s->done(Error::make(
                    ErrorKind::NotFound,
                    tr("The vault key \"%1\" of the Supabase source of %2 is revoked or gone: set another "
                       "with \"fusionctl kb source set %2 --key …\".")
                        .arg(s->source.apiKeyLabel, s->tenantSlug)));
            s->arguments.insert(QStringLiteral("tenant_ref"), s->source.tenantRef);
            self->readKey(s);
        });
}

void SupabaseKb::readKey(const std::shared_ptr<State>& s)
{
    s->key.read(m_host.secrets, this, [this, s](const Result<KeySecret>& secret) {
        if (!secret)
            return s->done(secret.error());
        send(s, secret.value().key);
    });
}

void SupabaseKb::send(const std::shared_ptr<State>& s, const SecretBytes& key)
{
    ChatApi::Http http = build(s->source, s->function, s->arguments, key);
    HttpRequest::Options options;
    options.method = "POST";
    options.contentType = "application/json";
    options.timeoutMs = m_timeoutMs;
    options.maxBytes = 16 * 1024 * 1024;
    options.headers = std::move(http.headers); // HttpRequest scrubs them once sent
    auto* req = new HttpRequest(http.url, http.body, options, this);
    m_http = req;
    const int timeoutS = qMax(1, m_timeoutMs / 1000);
    connect(req, &HttpRequest::finished, this, [s, req, key, timeoutS]() {
        req->deleteLater();
        const QString project = s->source.projectUrl;
        QString error;
        QString detail; // the server's whole error body
        SupabaseReply reply;
        switch (req->failure()) {
        case HttpRequest::Failure::None:
            reply = parse(s->source, req->status(), req->body(), s->function == kSbVectorFunction);
            error = reply.error;
            detail = reply.body;
            break;
        case HttpRequest::Failure::Timeout:
            error = tr("The Supabase project %1 did not answer within %2 s.").arg(project).arg(timeoutS);
            break;
        case HttpRequest::Failure::Network:
            error =
                req->requestSent()
                    ? tr("The connection to the Supabase project %1 was closed before the whole answer "
                         "arrived.")
                          .arg(project)
                    : tr("The Supabase project %1 cannot be reached: %2").arg(project, req->errorString());
            break;
        case HttpRequest::Failure::TooLarge:
            error = tr("The Supabase answer is larger than 16 MB.");
            break;
        case HttpRequest::Failure::Untrusted:
            error = tr("The certificate of %1 is not trusted.").arg(project);
            break;
        case HttpRequest::Failure::Protocol:
            error = tr("The Supabase project %1 did not answer in HTTP: %2").arg(project, req->errorString());
            break;
        }
        if (!error.isEmpty()) {
            // Whatever the server echoed, the key never leaves in a message.
            if (!key.isEmpty()) {
                error.replace(QString::fromUtf8(key.bytes()), QStringLiteral("[key]"));
                detail.replace(QString::fromUtf8(key.bytes()), QStringLiteral("[key]"));
            }
            return s->done(Error::make(ErrorKind::Connection, error, detail));
        }
        SupabaseSearch out;
        out.source = s->source;
        out.hits = std::move(reply.hits);
        s->done(out);
    });
    req->start();
}

} // namespace fusion
