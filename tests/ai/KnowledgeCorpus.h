#pragma once
// One small knowledge base, the same for the SQLite and the PostgreSQL tests: Odoo records as search_read
// answers them, and the searches both stores must answer alike.
#include "models/ai/KnowledgeChunker.h"

#include <QStringList>
#include <QVariantMap>

namespace fusion::test {

inline QVariantMap odooTask(int id, const QString& name, const QString& description,
                            const QString& writeDate = QStringLiteral("2026-11-23 06:33:47"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("project_id"), QVariantList{1, QStringLiteral("Office Design")}},
            {QStringLiteral("partner_id"), false},
            {QStringLiteral("user_ids"), QVariantList{2}},
            {QStringLiteral("stage_id"), QVariantList{3, QStringLiteral("Done")}},
            {QStringLiteral("priority"), QStringLiteral("1")},
            {QStringLiteral("date_deadline"), QStringLiteral("2026-11-24 00:00:00")},
            {QStringLiteral("tag_ids"), QVariantList{1}},
            {QStringLiteral("description"), description.isEmpty() ? QVariant(false) : QVariant(description)},
            {QStringLiteral("active"), true},
            {QStringLiteral("write_date"), writeDate}};
}

inline KnowledgeChunker::Names corpusNames()
{
    KnowledgeChunker::Names n;
    n.users.insert(2, QStringLiteral("Mitchell Admin"));
    n.tags.insert(1, QStringLiteral("Bug"));
    return n;
}

// Eight tasks: "turbine" five times in one short task and once in a long one (ranking), words only in
// titles, only in descriptions, and a long description that becomes several chunks.
inline QList<KbRecord> corpusRecords(const QString& baseUrl)
{
    QString longText;
    for (int i = 1; i <= 12; ++i)
        longText +=
            QStringLiteral("<p>Paragraph %1 of the migration handbook explains how warehouse pallets are "
                           "counted, labelled and stored before the audit. Each pallet carries a "
                           "barcode; the turbine room is never used for storage. Sentence two of "
                           "paragraph %1 adds nothing new but keeps the text long enough.</p>")
                .arg(i);
    const QList<QVariantMap> tasks{
        odooTask(1, QStringLiteral("Turbine inspection"),
                 QStringLiteral("<p>Turbine blades, turbine bearings, turbine oil: check the turbine.</p>")),
        odooTask(2, QStringLiteral("Warehouse handbook"), longText),
        odooTask(3, QStringLiteral("Noise Reduction"),
                 QStringLiteral("<p>Installation of <b>acoustic</b> ceiling clouds &amp; wall panels.</p>")),
        odooTask(4, QStringLiteral("Kitchen modifications"),
                 QStringLiteral("<p>Modifications to the kitchen of the lunch room</p>")),
        odooTask(5, QStringLiteral("Energy Certificate"), QString()),
        odooTask(6, QStringLiteral("Quarterly report"),
                 QStringLiteral("<ul><li>Revenue</li><li>Churn</li></ul><p>Send to the accountant.</p>")),
        odooTask(7, QStringLiteral("Security review"),
                 QStringLiteral("<p>Review the OR gate and the NOT logic; quote \"inputs\" carefully.</p>")),
        odooTask(8, QStringLiteral("Café opening"), QStringLiteral("<p>Naïve crème brûlée tasting.</p>")),
    };
    QList<KbRecord> out;
    for (const QVariantMap& t : tasks)
        out << KnowledgeChunker::record(KnowledgeChunker::taskModel(), t, baseUrl, corpusNames());
    return out;
}

// Searches whose matches both stores must agree on (plain words, as people type them).
inline QStringList corpusQueries()
{
    return {QStringLiteral("turbine"),          QStringLiteral("acoustic ceiling"),
            QStringLiteral("kitchen"),          QStringLiteral("Energy"),
            QStringLiteral("pallet barcode"),   QStringLiteral("accountant"),
            QStringLiteral("office design"),    QStringLiteral("mitchell"),
            QStringLiteral("nothing-here-xyz"), QStringLiteral("OR gate"),
            QStringLiteral("\"inputs\""),       QStringLiteral("paragraph 7")};
}

} // namespace fusion::test
