#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fusion {

// A tenant admin's request for help about one of its tenants, and the operators' answer. States: open →
// answered → closed; an answered or closed request may be reopened. The database refuses every other move.
struct SupportRequest {
    qint64 id = 0;
    qint64 tenantId = 0;
    QString tenantSlug;
    QString tenantName;
    QString subject;
    QString body;
    QString severity; // low, normal, high, urgent
    QString state;    // open, answered, closed
    QString createdBy;
    QDateTime createdAt;
    QString answer;
    QString answeredBy;
    QDateTime answeredAt;
    QString closedBy;
    QDateTime closedAt;
    QDateTime updatedAt;
    int rowVersion = 0;
};

// One message of a request's thread. Written once, never changed; `authorRole` is staff (owners, operators)
// or tenant (a tenant admin of the request's tenant).
struct SupportMessage {
    qint64 id = 0;
    qint64 requestId = 0;
    QString author;
    QString authorRole; // staff, tenant
    QString body;
    QDateTime createdAt;
    bool isStaff() const { return authorRole == QLatin1String("staff"); }
};

// Which requests a list shows; empty fields do not filter.
struct SupportFilter {
    QString state;
    QString tenant; // slug
    QString severity;
    int limit = 500;
};

class SupportRequests {
    Q_DECLARE_TR_FUNCTIONS(fusion::SupportRequests)

public:
    static constexpr int kMaxSubject = 200;
    static constexpr int kMaxBody = 10000;

    static const QStringList& severities(); // low, normal, high, urgent
    static const QStringList& states();     // open, answered, closed
    static QString severityLabel(const QString& severity);
    static QString stateLabel(const QString& state);

    // The requests the login may see (a tenant admin: its tenants' only — the database decides), newest
    // first, urgent ones of the same age first.
    static QList<SupportRequest> list(Database& db, const SupportFilter& filter = {});
    static std::optional<SupportRequest> find(Database& db, qint64 id);
    static SupportRequest read(Database& db, qint64 id); // NotFound when the login cannot see it

    static PendingWrite planOpen(Database& db, const QString& tenantSlug, const QString& subject,
                                 const QString& body, const QString& severity);
    // The request's thread, oldest first (empty when the login cannot see the request).
    static QList<SupportMessage> messages(Database& db, qint64 id);
    // The threads of several requests at once (a list's), keyed by request id; requests without messages
    // are absent.
    static QHash<qint64, QList<SupportMessage>> threads(Database& db, const QList<qint64>& ids);
    // Who the connected login writes as in a thread: "tenant" for a tenant admin who is not staff, else
    // "staff" (the database refuses a login that is neither, such as finance).
    static QString replyRole(Database& db);
    // A message in the thread, as whoever is connected. In the same transaction the database moves the
    // request: a staff reply answers an open request, a tenant admin's reply on an answered request opens
    // it again; a closed request takes no message (Conflict), nor one that changed since it was read.
    static PendingWrite planReply(Database& db, qint64 id, const QString& body);
    // A staff reply to an open request (the first answer); kept for `fusionctl support answer`.
    static PendingWrite planAnswer(Database& db, qint64 id, const QString& answer);
    static PendingWrite planClose(Database& db, qint64 id);
    static PendingWrite planReopen(Database& db, qint64 id);
};

} // namespace fusion
