#include "models/demo/DemoSupport.h"

#include "models/roles/RoleService.h"
#include "models/storage/Database.h"

#include <QSqlQuery>

namespace fusion {

namespace {

struct DemoSupportMessage {
    const char* author; // empty: the request's own tenant admin
    bool staff;
    int hoursAfterOpening;
    const char* body;
};

struct DemoSupportRequest {
    int tenant; // index among the demo's non-retired tenants, oldest first
    const char* admin;
    const char* subject;
    const char* severity;
    int hoursAgo;
    const char* body;
    QList<DemoSupportMessage> thread;
    const char* closedBy; // empty: left as the thread leaves it
};

QList<DemoSupportRequest> demoSupportRequests()
{
    return {
        {0,
         "lena.fischer",
         "Invoices PDF shows wrong VAT",
         "high",
         20,
         "The PDF of our November invoices prints 19 % VAT on every line, but the invoice lines in Odoo say "
         "7 % for the books we sell. Our accountant noticed it this morning.",
         {{"jon.reyes", true, 3,
           "Thanks, Lena. Which invoice numbers? The report template was updated with the last module "
           "apply; we want to compare one of yours against the tax mapping."},
          {"", false, 5, "INV/2026/0142 and INV/2026/0143, both for customers in Austria."}},
         ""},
        {1,
         "tom.berger",
         "Odoo slow since yesterday",
         "urgent",
         26,
         "Every page takes 15-20 seconds since yesterday afternoon; the warehouse team cannot scan "
         "deliveries.",
         {{"maria.santos", true, 2,
           "The image upgrade yesterday stopped half-way and left the workers at one replica. We rebuilt "
           "the tenant; pages load in under a second again on our side. Can you confirm from the "
           "warehouse?"}},
         ""},
        {2,
         "sofia.marques",
         "Add a second company to our database",
         "normal",
         290,
         "We opened a subsidiary in Porto and need it as a second company with its own chart of accounts.",
         {{"jon.reyes", true, 20,
           "Done: \"Marques Porto Lda\" exists with the Portuguese chart of accounts; your users see a "
           "company switcher at the top right."},
          {"", false, 26, "Works, thank you!"}},
         "jon.reyes"},
        {3,
         "ahmed.haddad",
         "Password reset e-mails arrive late",
         "low",
         98,
         "Users who reset their password get the e-mail 30-40 minutes later. Not urgent, but confusing.",
         {},
         ""},
        {0,
         "lena.fischer",
         "Can we get the Helpdesk bundle?",
         "normal",
         50,
         "Our support team would like to try Odoo Helpdesk. Is it part of our plan?",
         {{"maria.santos", true, 4,
           "It is included in your plan. We can apply the bundle tonight in the maintenance window; reply "
           "here if another day suits you better."}},
         ""},
    };
}

QString demoSupportTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

int DemoSupport::seed(Database& db, const QDateTime& now)
{
    const Capabilities caps = RoleService(db).capabilities();
    if (!caps.embedded && !caps.superuser && !caps.schemaOwner)
        return 0;
    QList<QPair<qint64, QString>> tenants;
    QSqlQuery t = db.exec(QStringLiteral("SELECT id, slug FROM tenants WHERE status <> 'decommissioned' "
                                         "ORDER BY id LIMIT 4"));
    while (t.next())
        tenants << qMakePair(t.value(0).toLongLong(), t.value(1).toString());
    t.finish();
    if (tenants.isEmpty())
        return 0;
    int added = 0;
    for (const DemoSupportRequest& r : demoSupportRequests()) {
        const qint64 tenantId = tenants.at(r.tenant % tenants.size()).first;
        const QDateTime opened = now.addSecs(-qint64(r.hoursAgo) * 3600);
        const qint64 id = db.insertReturningId(
            QStringLiteral("INSERT INTO support_requests (tenant_id, subject, body, severity, created_by, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {tenantId, QString::fromUtf8(r.subject), QString::fromUtf8(r.body), QString::fromUtf8(r.severity),
             QString::fromUtf8(r.admin), demoSupportTime(opened), demoSupportTime(opened)});
        // The database moves the request as each message arrives, as it does for real replies.
        QDateTime last = opened;
        for (const DemoSupportMessage& m : r.thread) {
            last = opened.addSecs(qint64(m.hoursAfterOpening) * 3600);
            db.exec(QStringLiteral("INSERT INTO support_messages (request_id, author, author_role, body, "
                                   "created_at) VALUES (?, ?, ?, ?, ?)"),
                    {id, QString::fromUtf8(*m.author ? m.author : r.admin),
                     m.staff ? QStringLiteral("staff") : QStringLiteral("tenant"), QString::fromUtf8(m.body),
                     demoSupportTime(last)});
        }
        if (*r.closedBy) {
            const QString at = demoSupportTime(last.addSecs(3600));
            db.exec(
                QStringLiteral("UPDATE support_requests SET state = 'closed', closed_by = ?, closed_at = ?, "
                               "updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
                {QString::fromUtf8(r.closedBy), at, at, id});
        }
        ++added;
    }
    return added;
}

} // namespace fusion
