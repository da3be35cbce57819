#pragma once

#include "tests/common/FixtureServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace fusion::test {

// The Python standard-library server playing Supabase's PostgREST for the seed's kb search RPCs
// (tests/fixtures/fake_postgrest.py): search_chunks_text and search_chunks in schema kb, PostgREST's errors
// for a wrong key, a schema not exposed or a function not found, a call log without secrets, and misbehaviour
// on demand (500, malformed JSON, not a list, wrong types, missing fields, timeout, drop, cut).
class FakePostgrest {
public:
    FakePostgrest();

    bool ok() const { return m_server.ok(); }
    QString error() const { return m_server.error(); }
    QUrl url() const { return m_server.url(); }

    void setKey(const QString& key);
    // Replaces the chunks of `tenantRef`: objects with source_type, source_ref, title, url, content,
    // updated_at, embedding (a list of numbers or null) and optionally id.
    void setChunks(const QString& tenantRef, const QJsonArray& chunks);
    void setExposedSchemas(const QStringList& schemas);
    // A function schema.name taking no arguments that answers `result` (an ETL check's RPC).
    void setFunction(const QString& schema, const QString& name, const QJsonValue& result);
    // mode: none, 500, malformed, not_array, wrong_types, missing_fields, timeout, drop, cut, huge_error (a
    // 20,000-line text/plain 502).
    void misbehave(const QString& mode, int count = 1, int seconds = 30);
    QJsonArray calls(); // {function, profile, auth, status}
    void reset();

private:
    FixtureServer m_server;
};

} // namespace fusion::test
