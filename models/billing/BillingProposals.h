#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

// A change to billing that finance proposed and an owner approves or rejects (migration 0017). Money in
// micro-dollars.
//   plan      the tenant's subscription (and the tenant) move to planCode
//   credit    a credit note of amountMicros against the issued or paid invoiceId
//   discount  a discount line of amountMicros on the tenant's draft invoiceId — chosen over a percentage on
//   the
//             subscription because it is one exact amount the owner sees before approving, on one invoice
//             that is still a draft, and it leaves the invoicing of later months as it is.
struct BillingProposal {
    qint64 id = 0;
    QString kind; // plan | credit | discount
    qint64 tenantId = 0;
    QString tenantSlug;
    QString planCode;        // kind plan
    qint64 invoiceId = 0;    // kind credit | discount
    QString invoiceText;     // "INV-2025-00003" or "draft 12"
    qint64 amountMicros = 0; // kind credit | discount
    QString reason;
    QString state; // pending | approved | rejected
    QString createdBy;
    QDateTime createdAt;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionReason;
    QString outcome; // what the approval did, e.g. "credit note INV-2025-00009"
    int rowVersion = 0;
    QString summary() const; // "plan → Pro", "credit $10.00 on INV-2025-00003"
};

class BillingProposals {
    Q_DECLARE_TR_FUNCTIONS(fusion::BillingProposals)

public:
    static QList<BillingProposal> list(Database& db, bool pendingOnly = false);
    static std::optional<BillingProposal> find(Database& db, qint64 id);

    // Each checks now what the approval will check again, so finance learns at once what cannot be applied.
    static PendingWrite planProposePlan(Database& db, const QString& tenantSlug, const QString& planCode,
                                        const QString& reason);
    static PendingWrite planProposeCredit(Database& db, qint64 invoiceId, qint64 amountMicros,
                                          const QString& reason);
    static PendingWrite planProposeDiscount(Database& db, qint64 invoiceId, qint64 amountMicros,
                                            const QString& reason);

    // Approving applies exactly the proposed change, in the same transaction as the proposal's new state and
    // the audit row; the proposal row is claimed first, so of two owners approving at once one applies it and
    // the other is told it was already decided. Rejecting needs a reason.
    static PendingWrite planApprove(Database& db, qint64 id);
    static PendingWrite planReject(Database& db, qint64 id, const QString& reason);

    static QString kindLabel(const QString& kind);
    static QString stateLabel(const QString& state);
};

} // namespace fusion
