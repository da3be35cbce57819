#include "models/odoo/OdooClient.h"

#include "models/core/BoundedText.h"
#include "models/net/HttpRequest.h"

#include <QRegularExpression>
#include <QTimer>

namespace fusion {

namespace {
constexpr qint64 kWindowMs = 60000;

QVariant secretPlaceholder()
{
    return QStringLiteral("\x01secret"); // replaced when the body is built; never sent as is
}
} // namespace

OdooClient::OdooClient(QObject* parent)
    : QObject(parent)
    , m_pumpTimer(new QTimer(this))
{
    m_clock.start();
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &OdooClient::pump);
}

OdooClient::~OdooClient() = default;

void OdooClient::setCredentials(const OdooEndpoint& endpoint, const SecretBytes& secret)
{
    m_endpoint = endpoint;
    m_secret = secret;
    m_uid.reset();
    m_stopped.reset();
    ++m_generation;
}

void OdooClient::setLimits(const OdooLimits& limits)
{
    m_limits = limits;
}

QString OdooClient::humanFaultMessage(const QString& faultString)
{
    const QString text = faultString.trimmed();
    if (text.startsWith(QLatin1String("Traceback"))) {
        // The last line of a Python traceback is "module.ExceptionClass: message".
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QString last = lines.isEmpty() ? text : lines.last().trimmed();
        static const QRegularExpression missingDb(QStringLiteral("database \"([^\"]+)\" does not exist"));
        if (const auto m = missingDb.match(last); m.hasMatch())
            return tr("Odoo has no database \"%1\".").arg(m.captured(1));
        static const QRegularExpression prefix(QStringLiteral("^[A-Za-z_][\\w.]*: "));
        last.remove(prefix);
        return last;
    }
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

Error OdooClient::faultError(int code, const QString& faultString)
{
    // The message is one line for a person and goes where rows keep it (a proposal's result, an operation's
    // effects): a traceback whose last line is a megabyte stays in the detail, which is shown bounded.
    const QString message = BoundedText::oneLine(humanFaultMessage(faultString), 300);
    switch (code) {
    case 2:
        return Error::make(ErrorKind::OdooUserError, message, faultString);
    case 3:
        return Error::make(ErrorKind::OdooAccessDenied,
                           tr("Odoo refused the login, password or API key (%1).").arg(message), faultString);
    case 4:
        return Error::make(ErrorKind::OdooAccessError, message, faultString);
    default:
        return Error::make(ErrorKind::OdooServerError, tr("Odoo reported an error: %1").arg(message),
                           faultString);
    }
}

void OdooClient::version(QObject* context, const Callback<QVariantMap>& done)
{
    Call call;
    call.service = QStringLiteral("common");
    call.method = QStringLiteral("version");
    call.context = context;
    call.hasContext = context != nullptr;
    call.done = [done](Result<QVariant> r) {
        if (!r)
            return done(r.error());
        if (r.value().typeId() != QMetaType::QVariantMap)
            return done(Error::make(ErrorKind::OdooProtocol, tr("Odoo's version answer is not a struct.")));
        done(r.value().toMap());
    };
    enqueue(std::move(call));
}

void OdooClient::authenticate(QObject* context, const Callback<int>& done)
{
    if (m_uid) {
        const int uid = *m_uid;
        QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        QMetaObject::invokeMethod(
            this,
            [guard, hasContext, done, uid] {
                if (!hasContext || guard)
                    done(uid);
            },
            Qt::QueuedConnection);
        return;
    }
    Call call;
    call.service = QStringLiteral("object"); // authenticated like any object call, then answered with the uid
    call.needsUid = true;
    call.context = context;
    call.hasContext = context != nullptr;
    call.done = [this, done](const Result<QVariant>& r) {
        if (!r)
            return done(r.error());
        done(m_uid.value_or(0));
    };
    call.method.clear(); // a call with no method: finished as soon as the uid is known
    enqueue(std::move(call));
}

void OdooClient::executeKw(const QString& model, const QString& method, const QVariantList& args,
                           const QVariantMap& kwargs, CallKind kind, QObject* context,
                           const Callback<QVariant>& done)
{
    Call call;
    call.service = QStringLiteral("object");
    call.method = QStringLiteral("execute_kw");
    call.params = {m_endpoint.database, 0, secretPlaceholder(), model, method, args, kwargs};
    call.kind = kind;
    call.needsUid = true;
    call.context = context;
    call.hasContext = context != nullptr;
    call.done = done;
    call.model = model;
    call.modelMethod = method;
    enqueue(std::move(call));
}

void OdooClient::enqueue(Call call)
{
    call.queuedAtMs = m_clock.elapsed();
    if (m_stopped) {
        const Error why = *m_stopped;
        QMetaObject::invokeMethod(
            this, [this, call, why] { finishCall(call, why); }, Qt::QueuedConnection);
        return;
    }
    if (call.needsUid && !m_uid) {
        m_waitingForUid.append(std::move(call));
        if (!m_authenticating)
            login();
        return;
    }
    if (call.method.isEmpty()) { // authenticate() with the uid already known meanwhile
        QMetaObject::invokeMethod(
            this, [this, call] { finishCall(call, QVariant(m_uid.value_or(0))); }, Qt::QueuedConnection);
        return;
    }
    m_queue.append(std::move(call));
    QMetaObject::invokeMethod(this, &OdooClient::pump, Qt::QueuedConnection);
}

// Logs in (common.authenticate) on behalf of every call waiting for a uid.
void OdooClient::login()
{
    m_authenticating = true;
    Call request;
    request.service = QStringLiteral("common");
    request.method = QStringLiteral("authenticate");
    request.params = {m_endpoint.database, m_endpoint.login, secretPlaceholder(), QVariantMap{}};
    request.kind = CallKind::Read;
    const quint64 generation = m_generation;
    request.done = [this, generation](Result<QVariant> r) {
        m_authenticating = false;
        if (generation != m_generation) {
            // Credentials changed meanwhile: log in again with the new ones.
            if (!m_waitingForUid.isEmpty())
                login();
            return;
        }
        QList<Call> waiting = std::exchange(m_waitingForUid, {});
        if (r && r.value().typeId() == QMetaType::Int && r.value().toInt() > 0) {
            m_uid = r.value().toInt();
            for (Call& c : waiting) {
                if (c.method.isEmpty())
                    finishCall(c, QVariant(*m_uid));
                else
                    m_queue.append(std::move(c));
            }
            pump();
            return;
        }
        Error why =
            r ? Error::make(ErrorKind::OdooAccessDenied,
                            tr("Odoo refused the login \"%1\" on database \"%2\": wrong login, password or "
                               "API key.")
                                .arg(m_endpoint.login, m_endpoint.database))
              : r.error();
        if (why.kind == ErrorKind::OdooAccessDenied) {
            stop(why);
            why.message +=
                QLatin1Char(' ') + tr("No more calls go to this Odoo until its credentials are changed.");
        }
        for (const Call& c : waiting)
            finishCall(c, why);
    };
    request.queuedAtMs = m_clock.elapsed();
    m_queue.prepend(std::move(request));
    QMetaObject::invokeMethod(this, &OdooClient::pump, Qt::QueuedConnection);
}

void OdooClient::stop(const Error& why)
{
    Error stopped = why;
    stopped.kind = ErrorKind::OdooAuthStopped;
    stopped.message = tr("%1 No more calls go to this Odoo until its credentials are changed (Odoo locks an "
                         "address out after repeated failed logins).")
                          .arg(why.message);
    m_stopped = stopped;
    QList<Call> queued = std::exchange(m_queue, {});
    for (const Call& c : queued)
        finishCall(c, stopped);
}

bool OdooClient::windowAllows(CallKind kind, qint64 now)
{
    QList<qint64>& starts = kind == CallKind::Read ? m_readStarts : m_writeStarts;
    const int limit = kind == CallKind::Read ? m_limits.readsPerMinute : m_limits.writesPerMinute;
    while (!starts.isEmpty() && starts.first() <= now - kWindowMs)
        starts.removeFirst();
    return starts.size() < limit;
}

void OdooClient::pump()
{
    const qint64 now = m_clock.elapsed();
    qint64 nextSlot = -1;
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        if (now - it->queuedAtMs > m_limits.maxQueueWaitMs) {
            const Call expired = *it;
            it = m_queue.erase(it);
            finishCall(
                expired,
                Error::make(ErrorKind::OdooRateLimited,
                            tr("Too many calls to this Odoo: the limit is %1 reads and %2 writes a minute. "
                               "Try again in a minute.")
                                .arg(m_limits.readsPerMinute)
                                .arg(m_limits.writesPerMinute)));
            continue;
        }
        if (m_running >= m_limits.maxConcurrent)
            break;
        const CallKind window = it->kind == CallKind::Read ? CallKind::Read : CallKind::Write;
        if (!windowAllows(window, now)) {
            const QList<qint64>& starts = window == CallKind::Read ? m_readStarts : m_writeStarts;
            const qint64 free = starts.first() + kWindowMs - now;
            nextSlot = nextSlot < 0 ? free : std::min(nextSlot, free);
            ++it;
            continue;
        }
        (window == CallKind::Read ? m_readStarts : m_writeStarts).append(now);
        const Call call = *it;
        it = m_queue.erase(it);
        start(call);
    }
    if (!m_queue.isEmpty() && nextSlot >= 0) {
        // Wake up when a slot frees, or when the oldest call's wait runs out.
        qint64 expiry = -1;
        for (const Call& c : std::as_const(m_queue))
            expiry = expiry < 0 ? c.queuedAtMs + m_limits.maxQueueWaitMs - now
                                : std::min(expiry, c.queuedAtMs + m_limits.maxQueueWaitMs - now);
        m_pumpTimer->start(int(std::max<qint64>(1, std::min(nextSlot, expiry + 1))));
    }
}

void OdooClient::start(const Call& call)
{
    QVariantList params = call.params;
    if (call.needsUid && m_uid && params.size() > 1)
        params[1] = *m_uid;
    for (QVariant& p : params) {
        if (p == secretPlaceholder())
            p = QString::fromUtf8(m_secret.bytes());
    }
    QString encodeError;
    QByteArray body = xmlrpc::encodeCall(call.method, params, &encodeError);
    for (QVariant& p : params)
        p.clear();
    if (body.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, call, encodeError] {
                finishCall(call, Error::make(ErrorKind::InvalidInput,
                                             tr("This cannot be sent to Odoo: %1").arg(encodeError)));
            },
            Qt::QueuedConnection);
        return;
    }

    QUrl url = m_endpoint.url;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/xmlrpc/2/") + call.service);
    HttpRequest::Options options;
    options.timeoutMs = call.kind == CallKind::LongWrite ? m_limits.longTimeoutMs : m_limits.timeoutMs;
    options.maxBytes = m_limits.decode.maxBytes;
    options.trustedSha256 = m_endpoint.trustedCertificateSha256;
    options.userAgent = QByteArrayLiteral("Fusion Console/" FUSION_VERSION);
    ++m_running;
    auto* post = new HttpRequest(url, body, options, this);
    SecretBytes::scrub(body);
    connect(post, &HttpRequest::finished, this, [this, post, call] {
        post->deleteLater();
        --m_running;
        m_lastLatencyMs = post->elapsedMs();
        if (post->failure() != HttpRequest::Failure::None) {
            finishCall(call, transportError(*post, call));
        } else if (post->status() != 200) {
            finishCall(
                call, Error::make(ErrorKind::OdooProtocol,
                                  tr("The server answered HTTP %1 %2 instead of XML-RPC (a proxy in front of "
                                     "Odoo, or the wrong URL?).")
                                      .arg(post->status())
                                      .arg(QString::fromUtf8(post->reason()))));
        } else {
            const QByteArray& answer = post->body();
            const xmlrpc::Response r = xmlrpc::decodeResponse(answer, m_limits.decode);
            if (!r.ok()) {
                const bool html = post->contentType().toLower().contains("html") ||
                                  answer.trimmed().left(15).toLower().startsWith("<!doctype html") ||
                                  answer.trimmed().left(6).toLower().startsWith("<html");
                finishCall(call, Error::make(
                                     ErrorKind::OdooProtocol,
                                     html ? tr("The server answered with a web page, not XML-RPC (is the URL "
                                               "that of the Odoo server?).")
                                          : tr("Odoo's answer could not be read: %1.").arg(r.errorMessage),
                                     xmlrpc::decodeErrorName(r.error)));
            } else if (r.isFault) {
                Error e = faultError(r.faultCode, r.faultString);
                if (r.faultCode == 3 && call.service == QLatin1String("object"))
                    stop(e);
                finishCall(call, e);
            } else {
                finishCall(call, r.value);
            }
        }
        pump();
    });
    post->start();
}

Error OdooClient::transportError(const HttpRequest& post, const Call& call) const
{
    const bool write = call.kind != CallKind::Read;
    // A request that never left cannot have changed anything; one that did may have.
    const QString unknownOutcome =
        write && post.requestSent()
            ? tr(" The change may or may not have been made: check in Odoo before trying again.")
            : QString();
    switch (post.failure()) {
    case HttpRequest::Failure::TooLarge:
        return Error::make(
            ErrorKind::OdooProtocol,
            tr("Odoo's answer is larger than the limit of %1 MB; ask for fewer records or fields.")
                .arg(m_limits.decode.maxBytes / (1024 * 1024)),
            QStringLiteral("too_large"));
    case HttpRequest::Failure::Timeout:
        return Error::make(
            ErrorKind::OdooTimeout,
            tr("Odoo did not answer within %n second(s).", nullptr,
               ((call.kind == CallKind::LongWrite ? m_limits.longTimeoutMs : m_limits.timeoutMs) + 999) /
                   1000) +
                unknownOutcome);
    case HttpRequest::Failure::Untrusted: {
        Error e = Error::make(
            ErrorKind::OdooTlsUntrusted,
            tr("The server's certificate is not trusted (SHA-256 fingerprint %1). Trust it for this "
               "tenant only if you know it is the right one.")
                .arg(post.untrustedFingerprint()),
            post.errorString());
        e.current.insert(QStringLiteral("fingerprint"), post.untrustedFingerprint());
        return e;
    }
    case HttpRequest::Failure::Protocol:
        return Error::make(ErrorKind::OdooProtocol,
                           tr("The server's answer is not HTTP: %1.").arg(post.errorString()));
    case HttpRequest::Failure::Network:
    case HttpRequest::Failure::None:
        break;
    }
    return Error::make(ErrorKind::OdooUnreachable,
                       tr("Odoo could not be reached: %1.").arg(post.errorString()) + unknownOutcome,
                       post.errorString());
}

void OdooClient::finishCall(const Call& call, Result<QVariant> result)
{
    if (call.hasContext && !call.context)
        return;
    if (call.done)
        call.done(std::move(result));
}

QVariantMap OdooClient::searchKwargs(const SearchOptions& options)
{
    QVariantMap kwargs;
    if (!options.fields.isEmpty())
        kwargs.insert(QStringLiteral("fields"), options.fields);
    if (options.limit > 0)
        kwargs.insert(QStringLiteral("limit"), options.limit);
    if (options.offset > 0)
        kwargs.insert(QStringLiteral("offset"), options.offset);
    if (!options.order.isEmpty())
        kwargs.insert(QStringLiteral("order"), options.order);
    return kwargs;
}

void OdooClient::search(const QString& model, const QVariantList& domain, const SearchOptions& options,
                        QObject* context, const Callback<QList<int>>& done)
{
    QVariantMap kwargs = searchKwargs(options);
    kwargs.remove(QStringLiteral("fields")); // search answers ids only
    executeKw(model, QStringLiteral("search"), QVariantList{QVariant(domain)}, kwargs, CallKind::Read,
              context, [done](Result<QVariant> r) {
                  if (!r)
                      return done(r.error());
                  QList<int> ids;
                  const QVariantList list = r.value().toList();
                  for (const QVariant& v : list) {
                      if (v.typeId() != QMetaType::Int)
                          return done(Error::make(ErrorKind::OdooProtocol,
                                                  tr("Odoo's search answer is not a list of ids.")));
                      ids << v.toInt();
                  }
                  if (r.value().typeId() != QMetaType::QVariantList)
                      return done(Error::make(ErrorKind::OdooProtocol,
                                              tr("Odoo's search answer is not a list of ids.")));
                  done(ids);
              });
}

void OdooClient::searchRead(const QString& model, const QVariantList& domain, const SearchOptions& options,
                            QObject* context, const Callback<QVariantList>& done)
{
    executeKw(model, QStringLiteral("search_read"), QVariantList{QVariant(domain)}, searchKwargs(options),
              CallKind::Read, context, [done](Result<QVariant> r) {
                  if (!r)
                      return done(r.error());
                  if (r.value().typeId() != QMetaType::QVariantList)
                      return done(Error::make(ErrorKind::OdooProtocol,
                                              tr("Odoo's answer is not a list of records.")));
                  const QVariantList records = r.value().toList();
                  for (const QVariant& rec : records) {
                      if (rec.typeId() != QMetaType::QVariantMap ||
                          rec.toMap().value(QStringLiteral("id")).typeId() != QMetaType::Int)
                          return done(Error::make(
                              ErrorKind::OdooProtocol,
                              tr("Odoo's answer holds something that is not a record with an id.")));
                  }
                  done(records);
              });
}

void OdooClient::searchCount(const QString& model, const QVariantList& domain, QObject* context,
                             const Callback<qint64>& done)
{
    executeKw(model, QStringLiteral("search_count"), QVariantList{QVariant(domain)}, {}, CallKind::Read,
              context, [done](Result<QVariant> r) {
                  if (!r)
                      return done(r.error());
                  if (r.value().typeId() != QMetaType::Int && r.value().typeId() != QMetaType::LongLong)
                      return done(Error::make(ErrorKind::OdooProtocol, tr("Odoo's count is not a number.")));
                  done(r.value().toLongLong());
              });
}

void OdooClient::read(const QString& model, const QList<int>& ids, const QStringList& fields,
                      QObject* context, const Callback<QVariantList>& done)
{
    QVariantList idList;
    for (int id : ids)
        idList << id;
    QVariantMap kwargs;
    if (!fields.isEmpty())
        kwargs.insert(QStringLiteral("fields"), fields);
    executeKw(model, QStringLiteral("read"), QVariantList{QVariant(idList)}, kwargs, CallKind::Read, context,
              [done](Result<QVariant> r) {
                  if (!r)
                      return done(r.error());
                  if (r.value().typeId() != QMetaType::QVariantList)
                      return done(Error::make(ErrorKind::OdooProtocol,
                                              tr("Odoo's answer is not a list of records.")));
                  done(r.value().toList());
              });
}

void OdooClient::fieldsGet(const QString& model, const QStringList& attributes, QObject* context,
                           const Callback<QVariantMap>& done)
{
    QVariantMap kwargs;
    if (!attributes.isEmpty())
        kwargs.insert(QStringLiteral("attributes"), attributes);
    executeKw(
        model, QStringLiteral("fields_get"), {}, kwargs, CallKind::Read, context, [done](Result<QVariant> r) {
            if (!r)
                return done(r.error());
            if (r.value().typeId() != QMetaType::QVariantMap)
                return done(Error::make(ErrorKind::OdooProtocol, tr("Odoo's field list is not a struct.")));
            done(r.value().toMap());
        });
}

void OdooClient::nameSearch(const QString& model, const QString& name, const QVariantList& domain, int limit,
                            QObject* context, const Callback<QVariantList>& done)
{
    QVariantMap kwargs{{QStringLiteral("name"), name}, {QStringLiteral("args"), domain}};
    if (limit > 0)
        kwargs.insert(QStringLiteral("limit"), limit);
    executeKw(model, QStringLiteral("name_search"), {}, kwargs, CallKind::Read, context,
              [done](Result<QVariant> r) {
                  if (!r)
                      return done(r.error());
                  if (r.value().typeId() != QMetaType::QVariantList)
                      return done(
                          Error::make(ErrorKind::OdooProtocol, tr("Odoo's answer is not a list of names.")));
                  done(r.value().toList());
              });
}

void OdooClient::create(const QString& model, const QVariantMap& values, QObject* context,
                        const Callback<int>& done)
{
    executeKw(
        model, QStringLiteral("create"), QVariantList{QVariant(values)}, {}, CallKind::Write, context,
        [done](Result<QVariant> r) {
            if (!r)
                return done(r.error());
            if (r.value().typeId() != QMetaType::Int)
                return done(Error::make(
                    ErrorKind::OdooProtocol,
                    tr("Odoo did not answer the new record's id; check in Odoo whether it was created.")));
            done(r.value().toInt());
        });
}

void OdooClient::write(const QString& model, const QList<int>& ids, const QVariantMap& values,
                       QObject* context, const Callback<bool>& done)
{
    QVariantList idList;
    for (int id : ids)
        idList << id;
    executeKw(model, QStringLiteral("write"), QVariantList{QVariant(idList), QVariant(values)}, {},
              CallKind::Write, context, [done](Result<QVariant> r) {
                  if (!r)
                      return done(r.error());
                  done(r.value().toBool());
              });
}

void OdooClient::unlink(const QString& model, const QList<int>& ids, QObject* context,
                        const Callback<bool>& done)
{
    QVariantList idList;
    for (int id : ids)
        idList << id;
    executeKw(model, QStringLiteral("unlink"), QVariantList{QVariant(idList)}, {}, CallKind::Write, context,
              [done](Result<QVariant> r) {
                  if (!r)
                      return done(r.error());
                  done(r.value().toBool());
              });
}

} // namespace fusion
