#pragma once

#include "models/ai/KnowledgeChunker.h"
#include "models/jobs/Job.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QVariantList>

#include <functional>
#include <optional>

namespace fusion {

class OdooClient;

// Syncing a tenant's knowledge base from its Odoo: the projects and tasks written since the last sync read
// page by page (all of them the first time), turned into chunks, the difference with what is stored shown
// ("12 new, 3 changed … chunks for acme") and confirmed, then stored with its audit row in one transaction.
// Archived records are read too, so that their chunks are removed; records deleted in Odoo are not seen by an
// incremental read and keep their chunks until a full read (setFullRead).
class KnowledgeSync : public Job {
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;

    struct Outcome {
        bool unchanged = false; // the knowledge base was up to date: nothing was asked or written
        WritePlan plan;
        int records = 0; // read from Odoo
        int added = 0;
        int changed = 0;
        int removed = 0;
        QJsonObject recorded; // the write's outcome as audited
    };
    using Done = std::function<void(const Result<Outcome>&)>;

    KnowledgeSync(JobHost host, OdooClient* client = nullptr, QObject* parent = nullptr);

    void setPageSize(int records) { m_pageSize = records; }
    // Reads every record, not only those written since the last sync, so that records deleted in Odoo lose
    // their chunks as well.
    void setFullRead(bool full) { m_full = full; }
    void start(const QString& slug, Done done);

private:
    void readModel(int index);
    void readPage(int index, const QVariantList& domain);
    void readNames();
    void readNamesOf(const QString& model, const QList<int>& ids, QHash<int, QString>* into,
                     const std::function<void()>& next);
    void plan();
    void finish(const Result<Outcome>& result);

    QPointer<OdooClient> m_client;
    Done m_done;
    QString m_slug;
    QString m_baseUrl;
    int m_pageSize = kPageSize;
    bool m_full = false;
    QHash<QString, std::optional<QDateTime>> m_since;
    QHash<QString, QVariantList> m_read; // per model, as Odoo answered
    QPair<QString, int> m_lastKey; // (write_date, id) of the last record read: where the next page starts
    KnowledgeChunker::Names m_names;
};

} // namespace fusion
