#pragma once
// The events inbox (seed 003's ipai.ai.event): what n8n, GitHub, Slack and the like send us, kept once per
// (source, ref) whatever their retries, until an operator marks it processed with notes. Receiving is an
// intake, not a person's write, so it is not confirmed; marking processed is a PendingWrite for the one
// confirmation path, audited like every other write.
#include "models/core/WritePlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

class Database;

struct InboxEvent {
    qint64 id = 0;
    QString source;
    QString type;
    QString ref;        // empty: the sender gave none, so every copy is kept
    QByteArray payload; // JSON text (an object or an array); empty in lists, which leave it out
    QDateTime receivedAt;
    QString receivedBy;
    bool processed = false;
    QDateTime processedAt;
    QString processedBy;
    QString notes;
    int rowVersion = 0;
};

struct EventFilter {
    enum class Processed { Any, Yes, No };
    Processed processed = Processed::Any;
    QString source; // empty: every source
    int limit = 50;
};

// What receive() did: stored a new event, or found the same (source, ref) already there.
struct ReceivedEvent {
    // The event's id; nullopt only for a duplicate sent by a login that may not read ids (the intake role
    // sees nothing of the inbox but sources and refs).
    std::optional<qint64> id;
    bool duplicate = false;
};

class EventsInbox {
    Q_DECLARE_TR_FUNCTIONS(fusion::EventsInbox)
public:
    static constexpr qsizetype kMaxPayloadBytes = 1024 * 1024; // 1 MiB
    static constexpr int kMaxNotes = 4000;

    // Stores one event after checking it (source, type, ref, payload: InvalidInput naming what is wrong, and
    // nothing stored). A non-empty ref already received from the same source stores nothing and returns the
    // existing event as a duplicate. `receivedBy` empty: the database's actor.
    static ReceivedEvent receive(Database& db, const QString& source, const QString& type, const QString& ref,
                                 const QByteArray& payload, const QString& receivedBy = {});

    // Newest first, without payloads.
    static QList<InboxEvent> list(Database& db, const EventFilter& filter = {});
    // One event with its payload; NotFound names the id.
    static InboxEvent require(Database& db, qint64 id);

    // Marks the events processed by the actor, now, with `notes`, in one transaction. An id that does not
    // exist (NotFound) or was already processed (Conflict) is refused by id before anything is asked.
    static PendingWrite planProcess(Database& db, const QList<qint64>& ids, const QString& notes);
};

} // namespace fusion
