#include "models/ai/AiAsk.h"

#include "models/ai/AiAudit.h"
#include "models/ai/ChatStream.h"
#include "models/ai/KnowledgeBase.h"
#include "models/ai/PlatformFacts.h"
#include "models/ai/PromptLibrary.h"
#include "models/jobs/RunningWork.h"
#include "models/net/HttpRequest.h"
#include "models/secrets/SecretStore.h"
#include "models/storage/Database.h"
#include "models/tenants/TenantRepository.h"
#include "models/vault/CallKey.h"
#include "models/vault/KeyVault.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace fusion {

struct AiAsk::State {
    Request request;
    std::function<void(const Result&)> done;
    Result result;
    CallIntent intent;
    PriceTable prices;
    QString baseUrl;
    CallKey key;
    QString externalThreadId; // Kapa's thread, for a follow-up
    QString questionText;     // what is stored as the question
    ChatRequest chat;
    QList<PlatformFact> evidence;
    std::unique_ptr<ai::ChatStream> stream;
    qsizetype fed = 0; // body bytes given to the stream
    bool stopped = false;
    QElapsedTimer clock;
};

namespace {

// The evidence the answer refers to as [n], in the order of n; when it names none, all that it was given.
QList<AiCitation> citationsFor(const QString& answer, const QList<PlatformFact>& evidence)
{
    QList<int> cited;
    static const QRegularExpression ref(QStringLiteral("\\[(\\d{1,3})\\]"));
    for (auto it = ref.globalMatch(answer); it.hasNext();) {
        const int n = it.next().captured(1).toInt();
        if (n >= 1 && n <= evidence.size() && !cited.contains(n))
            cited << n;
    }
    std::sort(cited.begin(), cited.end());
    if (cited.isEmpty())
        for (int n = 1; n <= std::min<qsizetype>(evidence.size(), 10); ++n)
            cited << n;
    QList<AiCitation> out;
    for (const int n : cited) {
        const PlatformFact& f = evidence.at(n - 1);
        AiCitation c;
        c.rank = int(out.size()) + 1;
        c.sourceKind = PlatformFacts::citationKind(f.kind);
        c.sourceId = f.sourceId.left(200);
        c.title = QStringLiteral("[%1] %2").arg(n).arg(f.title).left(300);
        c.snippet = f.detail.left(500);
        if (f.url.startsWith(QLatin1String("https://")) || f.url.startsWith(QLatin1String("http://")))
            c.url = f.url.left(2000);
        out << c;
    }
    return out;
}

QString instructions(const QList<PlatformFact>& evidence)
{
    QString text = AiAsk::tr(
        "You are the assistant of Fusion Console, the desktop console of a multi-tenant Odoo platform. "
        "Answer "
        "the operator's question briefly and precisely. Base what you say about the platform on the evidence "
        "below and cite it as [n]; say so when the evidence does not answer the question.");
    if (!evidence.isEmpty())
        text +=
            QStringLiteral("\n\n") +
            AiAsk::tr("Evidence (facts of the platform now, and passages of the tenants' knowledge base):") +
            QStringLiteral("\n") + PlatformFacts::evidenceText(evidence);
    return text;
}

// The knowledge base's chunks holding the most (and rarest) of the question's words, as evidence after the
// platform's facts. A question with no word to look for, or a login that may not read the knowledge base, has
// none.
QList<PlatformFact> knowledgeEvidence(Database& db, const QString& question, const QString& tenantSlug)
{
    if (db.isPostgres() &&
        !db.scalar(QStringLiteral("SELECT has_table_privilege('kb_chunks', 'SELECT')")).toBool())
        return {};
    QList<KbHit> hits;
    try {
        hits = KnowledgeBase::search(db, question, tenantSlug, AiAsk::kKnowledgeEvidence,
                                     KnowledgeBase::Match::Any);
    } catch (const Failure& f) {
        if (f.error().kind != ErrorKind::InvalidInput)
            throw;
        return {};
    }
    QList<PlatformFact> out;
    for (const KbHit& h : hits) {
        PlatformFact f;
        f.kind = PlatformFact::Kind::Knowledge;
        f.sourceId = QString(h.tenant + QLatin1Char('/') + h.sourceRef).left(200);
        f.tenantSlug = h.tenant;
        f.title = AiAsk::tr("%1 (knowledge base of %2)").arg(h.title, h.tenant);
        // The search marks the words it found in [brackets]; in a prompt they would read as citations.
        f.detail = QString(h.snippet)
                       .remove(QLatin1Char('['))
                       .remove(QLatin1Char(']'))
                       .left(PlatformFacts::kMaxDetail);
        f.url = h.url;
        out << f;
    }
    return out;
}

QVariant optionalInt(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

AiAsk::AiAsk(JobHost host, QObject* parent)
    : QObject(parent)
    , m_host(std::move(host))
{
}

AiAsk::~AiAsk()
{
    RunningWork::instance().remove(this);
    if (m_http)
        m_http->abort();
}

QString AiAsk::consumerCode()
{
    return QStringLiteral("ai-console");
}

bool AiAsk::running() const
{
    return m_state && m_state->done;
}

void AiAsk::stop()
{
    if (!m_state || !m_state->done)
        return;
    // Before the call: the ask stops before calling (readKey); while streaming: what arrived is kept.
    m_state->stopped = true;
    if (m_http)
        m_http->abort();
}

void AiAsk::start(const Request& request, std::function<void(const Result&)> done)
{
    m_state = std::make_shared<State>();
    m_state->request = request;
    m_state->done = std::move(done);
    // Listed while it runs, so that quitting the app warns first and can stop the answer.
    RunningWork::instance().add(this, tr("Answering in the AI console"), [self = QPointer<AiAsk>(this)]() {
        if (self)
            self->stop();
    });
    const QString question = request.question.trimmed();
    if ((question.isEmpty() && request.promptCode.isEmpty()) || question.size() > maxQuestionLength) {
        m_state->result.error = Error::make(
            ErrorKind::InvalidInput,
            tr("A question (or a prompt) is needed, of at most %1 characters.").arg(maxQuestionLength));
        return finish();
    }
    if (request.maxTokens < 1 || request.maxTokens > 1000000) {
        m_state->result.error =
            Error::make(ErrorKind::InvalidInput, tr("The answer's maximum is 1 to 1,000,000 tokens."));
        return finish();
    }
    const std::shared_ptr<State> s = m_state;
    QPointer<AiAsk> self(this);
    m_host.database(
        this,
        [s](Database& db) {
            const Request& r = s->request;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            // Asked first, in words a person understands: an ask is metered like any call.
            if (db.isPostgres() &&
                !db.scalar(QStringLiteral("SELECT has_table_privilege('api_usage', 'INSERT')")).toBool())
                throw Failure(
                    ErrorKind::PermissionDenied,
                    tr("Asking the AI console is metered like any call through the service layer: it "
                       "needs fusion_owner or an API role (fusion_api_user, fusion_api_manager or "
                       "fusion_api_admin)."));
            std::optional<qint64> tenantId;
            if (!r.tenantSlug.isEmpty())
                tenantId = TenantRepository(db).requireBySlug(r.tenantSlug).id;
            // The thread keeps its provider; a new one takes the chosen provider or the scope's default.
            std::optional<AiThread> thread;
            if (r.threadId > 0) {
                thread = AiThreads::require(db, r.threadId);
                if (thread->state != QLatin1String("active"))
                    throw Failure(ErrorKind::InvalidInput,
                                  tr("Thread %1 is closed: ask in a new thread.").arg(thread->id));
            }
            AiProvider p;
            if (thread) {
                p = AiProviders::require(db, QString::number(thread->providerId));
                if (!r.provider.isEmpty() && AiProviders::require(db, r.provider, r.tenantSlug).id != p.id)
                    throw Failure(ErrorKind::InvalidInput,
                                  tr("Thread %1 is answered by \"%2\": ask another provider in a new thread.")
                                      .arg(thread->id)
                                      .arg(p.name));
            } else if (!r.provider.isEmpty()) {
                p = AiProviders::require(db, r.provider, r.tenantSlug);
            } else if (const auto def = AiProviders::defaultFor(db, tenantId)) {
                p = *def;
            } else {
                throw Failure(
                    ErrorKind::NotFound,
                    tr("No AI provider answers for %1: add one in the AI pane or with \"fusionctl ai "
                       "provider add\".")
                        .arg(r.tenantSlug.isEmpty() ? tr("the platform") : r.tenantSlug));
            }
            if (!p.active)
                throw Failure(
                    ErrorKind::InvalidInput,
                    tr("The AI provider \"%1\" is inactive: activate it or choose another.").arg(p.name));
            if (p.type != QLatin1String("kapa") && p.model.isEmpty())
                throw Failure(ErrorKind::InvalidInput,
                              tr("The AI provider \"%1\" names no model.").arg(p.name));
            s->result.provider = p;
            if (thread) {
                s->result.threadId = thread->id;
                s->externalThreadId =
                    db.scalar(QStringLiteral("SELECT external_thread_id FROM ai_threads WHERE "
                                             "id = ?"),
                              {thread->id})
                        .toString();
            }

            // The prompt: the question itself when none is typed, else the instructions' last part.
            QString rendered;
            if (!r.promptCode.isEmpty()) {
                const PromptTemplate::Rendered out = PromptLibrary::render(db, r.promptCode, r.variables);
                if (!out.ok())
                    throw Failure(ErrorKind::InvalidInput, out.problem.message);
                rendered = out.text;
            }
            s->questionText = r.question.trimmed().isEmpty() ? rendered : r.question.trimmed();
            if (r.platformEvidence) {
                PlatformFacts::Query fq;
                if (!r.tenantSlug.isEmpty())
                    fq.tenantSlug = r.tenantSlug;
                fq.limit = 12;
                s->evidence = PlatformFacts::gather(db, now, fq);
            }
            if (r.knowledgeEvidence)
                s->evidence += knowledgeEvidence(db, s->questionText, r.tenantSlug);
            ChatRequest& chat = s->chat;
            chat.model = p.model;
            chat.maxTokens = r.maxTokens;
            chat.stream = true;
            chat.prompt = s->questionText;
            chat.system = instructions(s->evidence);
            if (!rendered.isEmpty() && !r.question.trimmed().isEmpty())
                chat.system += QStringLiteral("\n\n") + rendered;
            if (thread) {
                // Whole exchanges only: a question whose answer failed or came back empty is left out, so the
                // turns alternate as Anthropic requires.
                const QList<AiMessage> earlier = AiThreads::messages(db, thread->id, r.historyMessages);
                for (qsizetype i = 0; i + 1 < earlier.size(); ++i) {
                    const AiMessage& q = earlier[i];
                    const AiMessage& a = earlier[i + 1];
                    if (q.role == QLatin1String("user") && a.role == QLatin1String("assistant") &&
                        !a.content.trimmed().isEmpty()) {
                        chat.history << ChatTurn{QStringLiteral("user"), q.content}
                                     << ChatTurn{QStringLiteral("assistant"), a.content};
                        ++i;
                    }
                }
            }

            const Provider vault = KeyVault::requireProvider(db, p.type);
            s->baseUrl = p.baseUrl.isEmpty() ? vault.effectiveBaseUrl() : p.baseUrl;
            if (p.apiKeyId || p.type != QLatin1String("ollama"))
                s->key = CallKey::find(db, p.type, p.apiKeyId);

            s->prices = PriceTable::fromDatabase(db);
            CallIntent& in = s->intent;
            in.consumer = consumerCode();
            in.provider = p.type;
            in.user = db.actor();
            in.feature = QStringLiteral("ask");
            in.model = p.type == QLatin1String("kapa") ? QStringLiteral("kapa") : p.model;
            in.aiProviderId = p.id;
            const std::optional<qint64> estimate =
                PolicyEngine::estimate(s->prices, vault.id, in.model, ChatApi::inputBytes(chat),
                                       ChatApi::messageCount(chat), chat.maxTokens, now.date());
            in.priceKnown = estimate.has_value();
            in.estimateMicros = estimate.value_or(0);
            s->result.decision = PolicyEngine::reserve(db, in, now, s->request.timeoutMs / 1000 + 120);
        },
        [self, s](const std::optional<Error>& error) {
            if (!self)
                return;
            if (error) {
                s->result.error = error;
                return self->finish();
            }
            if (!s->result.decision.allowed) {
                s->result.status = QStringLiteral("refused");
                s->result.providerStatus = QStringLiteral("refused");
                s->result.message = s->result.decision.message;
                return self->store();
            }
            Q_EMIT self->calling(s->result.provider);
            RunningWork::instance().setProgress(
                self, 0, 0, tr("Asking %1; the answer is streaming in…").arg(s->result.provider.name));
            if (s->key.isNull() && s->result.provider.type != QLatin1String("ollama")) {
                s->result.status = QStringLiteral("error");
                s->result.providerStatus = QStringLiteral("error");
                s->result.message =
                    tr("\"%1\" has no key: choose one for it in the AI pane, or add a default "
                       "%2 key in the Keys pane.")
                        .arg(s->result.provider.name, s->result.provider.type);
                return self->store();
            }
            self->readKey();
        });
}

void AiAsk::readKey()
{
    const std::shared_ptr<State> s = m_state;
    if (s->stopped) {
        // Stopped before the call: nothing is sent; the reservation is released as for any uncalled ask.
        s->result.status = QStringLiteral("cancelled");
        s->result.providerStatus = QStringLiteral("stopped");
        s->result.message = tr("Stopped before the provider was asked.");
        return store();
    }
    if (s->key.isNull())
        return send(SecretBytes());
    s->key.read(m_host.secrets, this, [this, s](const fusion::Result<KeySecret>& secret) {
        if (!secret) {
            s->result.status = QStringLiteral("error");
            s->result.providerStatus = QStringLiteral("error");
            s->result.message = secret.error().message;
            return store();
        }
        if (s->result.provider.type == QLatin1String("kapa"))
            sendKapa(secret.value().key);
        else
            send(secret.value().key);
    });
}

void AiAsk::send(const SecretBytes& key)
{
    const std::shared_ptr<State> s = m_state;
    const QString type = s->result.provider.type;
    ChatApi::Http http = ChatApi::build(type, s->baseUrl, s->chat, key);
    HttpRequest::Options options;
    options.contentType = "application/json";
    options.timeoutMs = s->request.timeoutMs;
    options.maxBytes = 8 * 1024 * 1024;
    options.headers = std::move(http.headers);
    auto* req = new HttpRequest(http.url, http.body, options, this);
    m_http = req;
    s->stream = std::make_unique<ai::ChatStream>(type);
    connect(req, &HttpRequest::bodyGrew, this, [this, s, req]() {
        if (req->status() != 200)
            return; // an error's body is read whole at the end
        const QByteArray& body = req->body();
        const QString added = s->stream->feed(body.mid(s->fed));
        s->fed = body.size();
        if (!added.isEmpty())
            Q_EMIT textArrived(added);
    });
    connect(req, &HttpRequest::finished, this, [this, req]() { finishCall(req); });
    s->clock.start();
    req->start();
}

void AiAsk::sendKapa(const SecretBytes& key)
{
    const std::shared_ptr<State> s = m_state;
    QString base = s->baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString path =
        s->externalThreadId.isEmpty()
            ? QStringLiteral("/query/v1/projects/%1/chat/")
                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(s->result.provider.kapaProjectId)))
            : QStringLiteral("/query/v1/threads/%1/chat/")
                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(s->externalThreadId)));
    HttpRequest::Options options;
    options.contentType = "application/json";
    options.timeoutMs = s->request.timeoutMs;
    options.maxBytes = 8 * 1024 * 1024;
    options.headers << qMakePair(QByteArrayLiteral("X-API-KEY"), key.bytes());
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("query"), s->chat.prompt}}).toJson(QJsonDocument::Compact);
    auto* req = new HttpRequest(QUrl(base + path), body, options, this);
    m_http = req;
    connect(req, &HttpRequest::finished, this, [this, req]() { finishCall(req); });
    s->clock.start();
    req->start();
}

void AiAsk::finishCall(HttpRequest* req)
{
    const std::shared_ptr<State> s = m_state;
    Result& r = s->result;
    r.latencyNs = s->clock.nsecsElapsed();
    r.latencyMs = r.latencyNs / 1000000;
    r.called = req->requestSent();
    const bool kapa = r.provider.type == QLatin1String("kapa");
    if (req->status() == 200 && s->stream && !s->stopped) {
        // What arrived after the last bodyGrew (the same event loop turn as the end).
        const QString added = s->stream->feed(req->body().mid(s->fed));
        s->fed = req->body().size();
        if (!added.isEmpty())
            Q_EMIT textArrived(added);
    }
    if (s->stream && req->status() == 200)
        r.reply = s->stream->reply();
    r.text = r.reply.text;
    if (s->stopped) {
        r.status = QStringLiteral("cancelled");
        r.providerStatus = QStringLiteral("stopped");
        r.message =
            tr("Stopped: the answer keeps what arrived (%n character(s)).", nullptr, int(r.text.size()));
    } else if (req->failure() == HttpRequest::Failure::Timeout) {
        r.status = QStringLiteral("timeout");
        r.providerStatus = QStringLiteral("timeout");
        r.message = tr("No complete answer within %1 s.").arg(s->request.timeoutMs / 1000);
    } else if (req->failure() != HttpRequest::Failure::None) {
        r.status = QStringLiteral("error");
        r.providerStatus = req->status() == 200 ? QStringLiteral("cut") : QStringLiteral("error");
        r.message = req->status() == 200 ? tr("The answer was cut off: %1.").arg(req->errorString())
                                         : req->errorString();
    } else if (req->status() != 200) {
        const ChatReply failed =
            ChatApi::parse(kapa ? QStringLiteral("openai") : r.provider.type, req->status(), req->body());
        r.status = QStringLiteral("error");
        r.providerStatus = QString::number(req->status());
        r.message = failed.error;
        r.reply.httpStatus = req->status();
        r.reply.errorBody = failed.errorBody; // for Details…, never stored
    } else if (kapa) {
        const QJsonObject answer = QJsonDocument::fromJson(req->body()).object();
        r.text = answer.value(QStringLiteral("answer")).toString();
        r.reply.httpStatus = 200;
        r.reply.text = r.text;
        s->externalThreadId = answer.value(QStringLiteral("thread_id")).toString().left(200);
        for (const QJsonValue& v : answer.value(QStringLiteral("relevant_sources")).toArray()) {
            const QJsonObject src = v.toObject();
            const QString url = src.value(QStringLiteral("source_url")).toString();
            if (!(url.startsWith(QLatin1String("https://")) || url.startsWith(QLatin1String("http://"))) ||
                url.size() > 2000 || url.contains(QRegularExpression(QStringLiteral("\\s"))))
                continue;
            AiCitation c;
            c.rank = int(r.citations.size()) + 1;
            c.sourceKind = QStringLiteral("web");
            c.sourceId = url.left(200);
            c.url = url;
            c.title = src.value(QStringLiteral("title")).toString().left(300);
            r.citations << c;
        }
        if (r.text.isEmpty()) {
            r.status = QStringLiteral("error");
            r.providerStatus = QStringLiteral("error");
            r.message = tr("Kapa's answer has no text.");
        } else {
            r.status = QStringLiteral("success");
            r.providerStatus = QStringLiteral("200");
            r.reply.ok = true;
            Q_EMIT textArrived(r.text);
        }
    } else if (r.reply.ok) {
        r.status = QStringLiteral("success");
        r.providerStatus = QStringLiteral("200");
    } else {
        r.status = QStringLiteral("error");
        r.providerStatus = s->stream->failed() ? QStringLiteral("error") : QStringLiteral("cut");
        r.message = r.reply.error;
    }
    if (r.status != QLatin1String("success") && s->stream && !s->stream->usageKnown() && req->status() == 200)
        r.message += QLatin1Char(' ') +
                     tr("The provider reported no usage before the end, so this answer's cost is not known.");
    req->deleteLater();
    store();
}

void AiAsk::settleCall(Database& db, State& s)
{
    Result& r = s.result;
    PolicyEngine::Outcome o;
    o.status = r.status == QLatin1String("success") ? QStringLiteral("ok") : QStringLiteral("error");
    if (r.reply.httpStatus)
        o.httpStatus = r.reply.httpStatus;
    o.error = r.message.left(2000);
    o.model = r.reply.model;
    o.tokens = r.reply.tokens;
    o.latencyMs = r.latencyMs;
    const auto cost =
        PolicyEngine::settle(db, r.decision, s.intent, o, s.prices, QDateTime::currentDateTimeUtc());
    const bool usageKnown =
        !s.stream || s.stream->usageKnown() || r.provider.type == QLatin1String("kapa") || !r.called;
    r.costMicros = usageKnown ? cost : std::nullopt;
}

// One transaction: the cost settled, the thread (a new one), the question, the answer with its citations, and
// the redacted AI audit row.
void AiAsk::storeAll(Database& db, State& s)
{
    Result& r = s.result;
    if (r.status == QLatin1String("success") && r.citations.isEmpty())
        r.citations = citationsFor(r.text, s.evidence);
    Transaction tx(db);
    if (r.decision.allowed)
        settleCall(db, s);
    AiAudit::Entry audit;
    audit.operation = QStringLiteral("ask");
    audit.providerId = r.provider.id > 0 ? std::optional<qint64>(r.provider.id) : std::nullopt;
    audit.request = s.questionText;
    if (!s.request.promptCode.isEmpty())
        audit.request = QStringLiteral("[prompt %1] ").arg(s.request.promptCode) + audit.request;
    audit.response = r.text;
    audit.latencyMs = r.called ? std::optional<qint64>(r.latencyMs) : std::nullopt;
    audit.status = r.status;
    audit.error = r.message;
    if (r.status == QLatin1String("refused")) {
        // Nothing was asked: no thread, no message — the audit says who was refused and why.
        audit.threadId = r.threadId > 0 ? std::optional<qint64>(r.threadId) : std::nullopt;
        AiAudit::record(db, AiAudit::redactor(db), audit);
        tx.commit();
        return;
    }
    const QString now = Database::nowText();
    if (r.threadId == 0)
        r.threadId =
            db.insertReturningId(QStringLiteral("INSERT INTO ai_threads (provider_id, owner, created_at, "
                                                "last_message_at) VALUES (?, ?, ?, ?)"),
                                 {r.provider.id, db.actor(), now, now});
    if (!s.externalThreadId.isEmpty())
        db.exec(QStringLiteral(
                    "UPDATE ai_threads SET external_thread_id = ?, row_version = row_version + 1 WHERE "
                    "id = ? AND external_thread_id <> ?"),
                {s.externalThreadId, r.threadId, s.externalThreadId});
    r.questionId = db.insertReturningId(
        QStringLiteral(
            "INSERT INTO ai_messages (thread_id, role, content, created_at) VALUES (?, 'user', ?, ?)"),
        {r.threadId, s.questionText, now});
    r.answerId = db.insertReturningId(
        QStringLiteral(
            "INSERT INTO ai_messages (thread_id, role, content, latency_ms, provider_status, tokens_in, "
            "tokens_out, created_at) VALUES (?, 'assistant', ?, ?, ?, ?, ?, ?)"),
        {r.threadId, r.text.left(1000000),
         optionalInt(r.called ? std::optional<qint64>(r.latencyMs) : std::nullopt), r.providerStatus.left(40),
         r.reply.tokens.in, r.reply.tokens.out, Database::nowText()});
    // A few statements instead of one per citation; a hundred rows each stays far below SQLite's limit on
    // bound values.
    constexpr qsizetype kRowsPerInsert = 100;
    for (qsizetype from = 0; from < r.citations.size(); from += kRowsPerInsert) {
        QStringList rows;
        QVariantList values;
        for (const AiCitation& c : r.citations.mid(from, kRowsPerInsert)) {
            rows << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)");
            values << r.answerId << c.rank << c.sourceKind << c.sourceId << c.title
                   << (c.url.isEmpty() ? QVariant() : QVariant(c.url)) << c.snippet
                   << (c.score ? QVariant(*c.score) : QVariant());
        }
        db.exec(
            QStringLiteral("INSERT INTO ai_citations (message_id, rank, source_kind, source_id, title, url, "
                           "snippet, score) VALUES ") +
                rows.join(QStringLiteral(", ")),
            values);
    }
    audit.threadId = r.threadId;
    audit.messageId = r.answerId;
    AiAudit::record(db, AiAudit::redactor(db), audit);
    tx.commit();
}

void AiAsk::store()
{
    const std::shared_ptr<State> s = m_state;
    // One transaction stores the question, the answer and the audit row: it ends whole, never stopped.
    RunningWork::instance().setStoppable(this, false);
    QPointer<AiAsk> self(this);
    m_host.database(
        this,
        [s](Database& db) {
            try {
                storeAll(db, *s);
            } catch (const Failure&) {
                // The call happened: its cost is settled even when the thread could not be written.
                // (storeAll threw before or at its commit, so its own settling was rolled back.)
                if (s->result.decision.allowed) {
                    s->result.threadId = 0;
                    Transaction tx(db);
                    settleCall(db, *s);
                    tx.commit();
                }
                throw;
            }
        },
        [self, s](const std::optional<Error>& error) {
            if (!self)
                return;
            if (error)
                s->result.error = error;
            self->finish();
        });
}

void AiAsk::finish()
{
    const std::shared_ptr<State> s = m_state;
    if (!s || !s->done)
        return;
    auto done = std::move(s->done);
    s->done = nullptr;
    RunningWork::instance().remove(this);
    done(s->result);
}

} // namespace fusion
