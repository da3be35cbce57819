#pragma once
// What the fusionctl suites (tst_cli.cpp, tst_cli_tenants.cpp) share: strict JSON on standard output, a
// readable description of a run, and CliFixture, a home directory plus a migrated SQLite file with 48 demo
// tenants that every test which writes copies first.
#include "tests/common/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace fusion::test {

// Standard output must be exactly one JSON document.
inline std::optional<QJsonDocument> strictJson(const test::CliResult& r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull()) {
        qWarning("stdout is not JSON (%s at %d):\n%s\nstderr:\n%s", qPrintable(error.errorString()),
                 error.offset, qPrintable(r.out), qPrintable(r.err));
        return std::nullopt;
    }
    return doc;
}

inline QJsonObject jsonObject(const test::CliResult& r)
{
    const auto doc = strictJson(r);
    return doc ? doc->object() : QJsonObject();
}

inline QJsonArray jsonArray(const test::CliResult& r)
{
    const auto doc = strictJson(r);
    return doc ? doc->array() : QJsonArray();
}

inline QString describe(const test::CliResult& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
}

inline QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

class CliFixture {
protected:
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_seeded; // migrated, with 48 demo tenants; copied for every test that writes
    int m_copies = 0;

    static QString url(const QString& path) { return QStringLiteral("sqlite://") + path; }

    test::CliResult run(const QString& dbPath, const QStringList& args)
    {
        return test::runCli(m_home.path(), QStringList{QStringLiteral("--db"), url(dbPath)} + args);
    }

    QString freshCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy-%1.db").arg(++m_copies));
        if (!QFile::copy(m_seeded, path))
            qWarning("cannot copy %s", qPrintable(m_seeded));
        return path;
    }

    QJsonObject show(const QString& db, const QString& slug)
    {
        const test::CliResult r =
            run(db, {QStringLiteral("tenants"), QStringLiteral("show"), slug, QStringLiteral("--json")});
        const auto doc = strictJson(r);
        return doc ? doc->object() : QJsonObject();
    }

    QString firstSlugWithStatus(const QString& db, const QString& status)
    {
        const test::CliResult r = run(db, {QStringLiteral("tenants"), QStringLiteral("list"),
                                           QStringLiteral("--status"), status, QStringLiteral("--json")});
        const auto doc = strictJson(r);
        if (!doc)
            return {};
        return doc->object()
            .value(QStringLiteral("items"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("slug"))
            .toString();
    }

    // initTestCase() of the suites: the seeded database every test starts from.
    void initSeeded()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(test::fusionctlPath()).isExecutable(), "FUSIONCTL must point to fusionctl");
        m_seeded = m_dir.filePath(QStringLiteral("seeded.db"));
        const test::CliResult migrate =
            run(m_seeded, {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")});
        QVERIFY2(migrate.code == 0, qPrintable(describe(migrate)));
        const test::CliResult seed =
            run(m_seeded, {QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--yes")});
        QVERIFY2(seed.code == 0, qPrintable(describe(seed)));
    }
};

} // namespace fusion::test
