#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"
#include "models/tenants/Tenant.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace fusion {

struct OperationEvent {
    qint64 id = 0;
    QDateTime at;
    QString severity; // debug, info, warning, error
    QString message;
    QString recordedBy;
};

// Everything the operation drawer and `fusionctl operations show` present about one operation.
struct OperationDetail {
    Operation operation;
    QDateTime scheduledFor;
    QString windowName;
    int wave = 0;
    QString imageReference; // an upgrade's target, IMAGE:TAG
    std::optional<qint64> rerunOf;
    QList<qint64> rerunBy; // later operations that re-ran this one
    QString externalRef;   // the n8n execution that carried it out
    QString errorMessage;
    QString runbookUrl;  // a failed operation's recommended runbook (Platform settings' runbook address)
    QString runbookType; // the in-app runbook of its type (models/support/Runbooks); empty when there is none
    QString runbookTitle; // that runbook's title, as the drawer and `operations show` name it
    QUrl executionUrl;    // where n8n shows the execution (its workflow known from the payload); may be empty
    QList<OperationEvent> events; // newest first
    bool eventsCapped = false;    // more events than shown (older than a week, or more than 500)
};

// One operation's history and what may be done with it afterwards: re-running it, and (for the automation
// that carries operations out) reporting its progress. Both the app and fusionctl present these.
class OperationLog {
    Q_DECLARE_TR_FUNCTIONS(fusion::OperationLog)

public:
    static constexpr int kMaxEvents = 500; // the seed's drawer: the last 7 days, at most 500 events
    static constexpr int kEventDays = 7;

    static const QStringList& severities(); // least to most severe
    static QString severityLabel(const QString& severity);

    // `minSeverity` empty: every event; else that severity and worse. NotFound when the role cannot see it.
    static OperationDetail detail(Database& db, qint64 operationId, const QString& minSeverity = {});

    // A new queued operation with the same tenant, type and payload. An image upgrade runs in a maintenance
    // window again (`windowId`), to its tag if that is still tested here.
    static PendingWrite planRerun(Database& db, qint64 operationId, const QString& triggerSource,
                                  std::optional<qint64> windowId = {});

    struct Report {
        qint64 operationId = 0;
        QString status;  // empty: unchanged; running, succeeded, failed
        QString message; // appended to the operation's log (required with failed: why)
        QString severity = QStringLiteral("info");
        QString logsUrl; // empty: unchanged
        QString externalRef;
    };
    // What the automation reports back (fusionctl operations report), audited like any write.
    static PendingWrite planReport(Database& db, const Report& report);
};

} // namespace fusion
