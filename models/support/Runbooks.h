#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fusion {

// A runbook: what to check and do when an operation of its type fails. The app ships one per operation type
// (resources/runbooks/TYPE.md); an owner may rewrite one, and the stored text then overrides the shipped one
// for everyone until it is reset.
struct Runbook {
    QString type;            // the operation type (provision, upgrade_image, …) or another topic's slug
    QString title;           // the Markdown's first "# " heading
    QString body;            // Markdown, the heading included
    bool shipped = false;    // the app ships a text for this type
    bool overridden = false; // an owner's text is stored and shown instead
    QString updatedBy;       // of the override
    QDateTime updatedAt;
    int rowVersion = 0; // of the override; 0 when there is none
};

class Runbooks {
    Q_DECLARE_TR_FUNCTIONS(fusion::Runbooks)

public:
    static constexpr int kMaxBody = 100000;
    static constexpr int kMaxTitle = 120;

    // The types the app ships a runbook for, sorted.
    static QStringList shippedTypes();
    // The shipped text of `type`, or nullopt.
    static std::optional<Runbook> shipped(const QString& type);
    // Every runbook, shipped or stored, by type; each the text in force (the override when there is one).
    static QList<Runbook> list(Database& db);
    // The runbook in force for `type`, or nullopt when neither shipped nor stored.
    static std::optional<Runbook> find(Database& db, const QString& type);
    // The same, or a NotFound failure naming the types there are.
    static Runbook read(Database& db, const QString& type);
    // The title of a Markdown text: its first "# " heading; empty when it has none.
    static QString titleOf(const QString& markdown);

    // Stores `markdown` as the text of `type` (owners): it overrides the shipped text for everyone.
    static PendingWrite planEdit(Database& db, const QString& type, const QString& markdown);
    // Deletes the stored text of `type`: the shipped one is shown again ("Reset to shipped").
    static PendingWrite planReset(Database& db, const QString& type);
};

} // namespace fusion
