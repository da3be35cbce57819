// fusionctl operations list's keyset pages on a seeded SQLite file with 900 more operations (runs of equal
// creation times): --first then --after the cursor each page prints walks every operation once, newest first,
// as the plain list gives them; --last then --before walks back; filters hold; the table names the way on; a
// mangled, hostile or tenants-list cursor, two ways of paging at once and an unknown status are usage errors
// that change nothing. Without the paging flags the output is what scripts always read (a bare JSON array).
#include "models/storage/Database.h"
#include "tests/cli/CliTest.h"
#include "tests/common/Failures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace fusion;
using namespace fusion::test;

namespace {
QList<qint64> idsOf(const QJsonArray& items)
{
    QList<qint64> ids;
    for (const QJsonValue v : items)
        ids << v.toObject().value(QStringLiteral("id")).toInteger();
    return ids;
}
} // namespace

class TestCliOperationsList : public QObject, protected CliFixture {
    Q_OBJECT

    const QStringList m_list = {QStringLiteral("operations"), QStringLiteral("list")};
    QString m_busyTenant; // the slug of a tenant that got 450 of the added operations

    // Every operation the filters select, newest first, straight from SQL (the plain list stops at 1,000).
    QList<qint64> everything(const QStringList& filters)
    {
        Database db;
        db.open(sqliteTarget(m_dir, QStringLiteral("seeded.db")));
        QString where = QStringLiteral("1 = 1");
        QVariantList params;
        for (qsizetype i = 0; i + 1 < filters.size(); i += 2) {
            if (filters.at(i) == QLatin1String("--status")) {
                where += QStringLiteral(" AND o.status = ?");
                params << filters.at(i + 1);
            } else if (filters.at(i) == QLatin1String("--tenant")) {
                where += QStringLiteral(" AND o.tenant_id = (SELECT id FROM tenants WHERE slug = ?)");
                params << filters.at(i + 1);
            }
        }
        QSqlQuery r = db.exec(QStringLiteral("SELECT o.id FROM operations o WHERE ") + where +
                                  QStringLiteral(" ORDER BY o.created_at DESC, o.id DESC"),
                              params);
        QList<qint64> ids;
        while (r.next())
            ids << r.value(0).toLongLong();
        return ids;
    }

    qint64 operationCount()
    {
        Database db;
        db.open(sqliteTarget(m_dir, QStringLiteral("seeded.db")));
        return db.scalar(QStringLiteral("SELECT count(*) FROM operations")).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        initSeeded();
        test::guarded([&] {
            Database db;
            db.open(sqliteTarget(m_dir, QStringLiteral("seeded.db")));
            Transaction tx(db);
            const QList<qint64> tenants = [&] {
                QList<qint64> ids;
                m_busyTenant =
                    db.scalar(QStringLiteral("SELECT slug FROM tenants ORDER BY id LIMIT 1")).toString();
                QSqlQuery r = db.exec(QStringLiteral("SELECT id FROM tenants ORDER BY id LIMIT 2"));
                while (r.next())
                    ids << r.value(0).toLongLong();
                return ids;
            }();
            QCOMPARE(tenants.size(), 2);
            for (int i = 0; i < 900; ++i)
                db.exec(QStringLiteral(
                            "INSERT INTO operations (tenant_id, type, status, trigger_source, created_at) "
                            "VALUES (?, 'backup', ?, 'cli', ?)"),
                        {tenants.at(i % 2), i % 6 ? QStringLiteral("succeeded") : QStringLiteral("failed"),
                         QStringLiteral("2026-02-%1T09:%2:00.000Z")
                             .arg(1 + i / 300, 2, 10, QLatin1Char('0'))
                             .arg(i / 30 % 10, 2, 10, QLatin1Char('0'))});
            tx.commit();
        });
    }

    void pagesWalkEveryOperationOnceBothWays_data()
    {
        QTest::addColumn<QStringList>("filters");
        QTest::newRow("all") << QStringList();
        QTest::newRow("failed") << QStringList{QStringLiteral("--status"), QStringLiteral("failed")};
        QTest::newRow("one tenant") << QStringList{QStringLiteral("--tenant"), m_busyTenant};
    }
    void pagesWalkEveryOperationOnceBothWays()
    {
        QFETCH(QStringList, filters);
        const QList<qint64> expected = everything(filters);
        QVERIFY(!expected.isEmpty());
        const QStringList paged =
            m_list + filters +
            QStringList{QStringLiteral("--limit"), QStringLiteral("37"), QStringLiteral("--json")};
        QJsonObject o = jsonObject(run(m_seeded, paged + QStringList{QStringLiteral("--first")}));
        QVERIFY(o.value(QStringLiteral("previous_cursor")).isNull());
        QCOMPARE(o.value(QStringLiteral("limit")).toInt(), 37);
        QList<qint64> forward = idsOf(o.value(QStringLiteral("items")).toArray());
        for (int guard = 0; !o.value(QStringLiteral("next_cursor")).isNull() && guard < 100; ++guard) {
            o = jsonObject(
                run(m_seeded, paged + QStringList{QStringLiteral("--after"),
                                                  o.value(QStringLiteral("next_cursor")).toString()}));
            QVERIFY(!o.value(QStringLiteral("previous_cursor")).isNull());
            forward += idsOf(o.value(QStringLiteral("items")).toArray());
        }
        QCOMPARE(QSet<qint64>(forward.begin(), forward.end()).size(), forward.size());
        QCOMPARE(forward, expected);

        o = jsonObject(run(m_seeded, paged + QStringList{QStringLiteral("--last")}));
        QVERIFY(o.value(QStringLiteral("next_cursor")).isNull());
        QList<qint64> backward = idsOf(o.value(QStringLiteral("items")).toArray());
        QCOMPARE(backward, expected.mid(expected.size() - backward.size()));
        for (int guard = 0; !o.value(QStringLiteral("previous_cursor")).isNull() && guard < 100; ++guard) {
            o = jsonObject(
                run(m_seeded, paged + QStringList{QStringLiteral("--before"),
                                                  o.value(QStringLiteral("previous_cursor")).toString()}));
            QList<qint64> ids = idsOf(o.value(QStringLiteral("items")).toArray());
            // Less than a page left before: the first page, whole, overlapping the one shown.
            if (o.value(QStringLiteral("previous_cursor")).isNull())
                ids = ids.mid(0, expected.size() - backward.size());
            backward = ids + backward;
        }
        QCOMPARE(backward, expected);
    }

    // The table ends with the way on, the same cursors the JSON gives; without paging flags nothing changed.
    void theTableNamesTheWayOn()
    {
        const QStringList args = m_list + QStringList{QStringLiteral("--limit"), QStringLiteral("20")};
        const QJsonObject o = jsonObject(
            run(m_seeded,
                args + QStringList{QStringLiteral("--after"),
                                   jsonObject(run(m_seeded, args + QStringList{QStringLiteral("--first"),
                                                                               QStringLiteral("--json")}))
                                       .value(QStringLiteral("next_cursor"))
                                       .toString(),
                                   QStringLiteral("--json")}));
        const test::CliResult table =
            run(m_seeded,
                args + QStringList{QStringLiteral("--after"),
                                   jsonObject(run(m_seeded, args + QStringList{QStringLiteral("--first"),
                                                                               QStringLiteral("--json")}))
                                       .value(QStringLiteral("next_cursor"))
                                       .toString()});
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains(QStringLiteral("next: --after ") +
                                    o.value(QStringLiteral("next_cursor")).toString()),
                 qPrintable(table.out));
        QVERIFY2(table.out.contains(QStringLiteral("previous: --before ") +
                                    o.value(QStringLiteral("previous_cursor")).toString()),
                 qPrintable(table.out));
        QCOMPARE(jsonArray(run(m_seeded, args + QStringList{QStringLiteral("--json")})).size(), 20);
    }

    void badCursorsAndFlagsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        const auto token = [](const QByteArray& json) {
            return QString::fromLatin1(
                json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        QTest::newRow("mangled") << QStringList{QStringLiteral("--after"), QStringLiteral("not-a-cursor")}
                                 << QStringLiteral("operations list");
        QTest::newRow("injection") << QStringList{QStringLiteral("--before"),
                                                  token("[5,\"'; DROP TABLE operations; --\"]")}
                                   << QStringLiteral("operations list");
        QTest::newRow("no such day") << QStringList{QStringLiteral("--after"),
                                                    token("[5,\"2026-02-30T09:00:00Z\"]")}
                                     << QStringLiteral("operations list");
        QTest::newRow("two ways") << QStringList{QStringLiteral("--first"), QStringLiteral("--last")}
                                  << QStringLiteral("one of");
        QTest::newRow("page too long")
            << QStringList{QStringLiteral("--first"), QStringLiteral("--limit"), QStringLiteral("5000")}
            << QStringLiteral("1000");
        QTest::newRow("unknown status") << QStringList{QStringLiteral("--status"), QStringLiteral("sleeping")}
                                        << QStringLiteral("running");
    }
    void badCursorsAndFlagsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const qint64 before = operationCount();
        const test::CliResult r = run(m_seeded, m_list + args);
        QVERIFY2(r.code == 2, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(operationCount(), before);
    }

    // A cursor the tenants list printed is no operations cursor.
    void aTenantsCursorIsRefused()
    {
        const QString tenantsCursor =
            jsonObject(run(m_seeded, {QStringLiteral("tenants"), QStringLiteral("list"),
                                      QStringLiteral("--first"), QStringLiteral("--json")}))
                .value(QStringLiteral("next_cursor"))
                .toString();
        QVERIFY(!tenantsCursor.isEmpty());
        const test::CliResult r =
            run(m_seeded, m_list + QStringList{QStringLiteral("--after"), tenantsCursor});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("\"operations list\" printed")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliOperationsList)
#include "tst_cli_operations_list.moc"
