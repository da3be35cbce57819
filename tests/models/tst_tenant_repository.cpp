// Reading the fleet on a demo database of 48 tenants: paging, sorting, filters, counts, the dashboard's
// health list and search. Hostile search and filter text is only ever data: it neither errors nor matches
// everything, and nothing is written.
#include "models/tenants/TenantRepository.h"
#include "tests/common/TestSupport.h"

#include <QSet>
#include <QTest>

using namespace fusion;

namespace {
QList<Tenant> everything(const TenantRepository& repo, TenantQuery q = {})
{
    q.offset = 0;
    q.limit = 1000;
    return repo.list(q).rows;
}

QSet<QString> slugs(const QList<Tenant>& tenants)
{
    QSet<QString> s;
    for (const Tenant& t : tenants)
        s.insert(t.slug);
    return s;
}

bool containsText(const Tenant& t, const QString& needle)
{
    return t.slug.contains(needle, Qt::CaseInsensitive) || t.name.contains(needle, Qt::CaseInsensitive) ||
           t.agencyGroup.contains(needle, Qt::CaseInsensitive);
}
} // namespace

class TestTenantRepository : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    QList<Tenant> m_all;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::prepare(m_db, test::sqliteTarget(m_dir), 48);
        m_all = everything(TenantRepository(m_db));
        QCOMPARE(m_all.size(), 48);
    }

    void pagesOfTwenty()
    {
        TenantRepository repo(m_db);
        TenantQuery q;
        q.limit = 20;
        const TenantPage first = repo.list(q);
        QCOMPARE(first.total, qint64(48));
        QCOMPARE(first.rows.size(), 20);
        q.offset = 20;
        const TenantPage second = repo.list(q);
        QCOMPARE(second.rows.size(), 20);
        q.offset = 40;
        const TenantPage last = repo.list(q);
        QCOMPARE(last.rows.size(), 8);
        QCOMPARE(last.total, qint64(48));
        q.offset = 60;
        const TenantPage beyond = repo.list(q);
        QCOMPARE(beyond.rows.size(), 0);
        QCOMPARE(beyond.total, qint64(48));

        // The pages together are every tenant once.
        QList<Tenant> joined = first.rows + second.rows + last.rows;
        QCOMPARE(slugs(joined).size(), 48);
        QCOMPARE(slugs(joined), slugs(m_all));
    }

    void sortByName()
    {
        TenantRepository repo(m_db);
        TenantQuery q;
        q.sort = TenantSort::Name;
        const QList<Tenant> asc = everything(repo, q);
        for (qsizetype i = 1; i < asc.size(); ++i)
            QVERIFY2(asc[i - 1].name <= asc[i].name,
                     qPrintable(asc[i - 1].name + QStringLiteral(" > ") + asc[i].name));
        q.descending = true;
        QList<Tenant> desc = everything(repo, q);
        std::reverse(desc.begin(), desc.end());
        QCOMPARE(slugs(desc), slugs(asc));
        for (qsizetype i = 0; i < asc.size(); ++i)
            QCOMPARE(desc[i].slug, asc[i].slug);

        // Paging follows the sort: the first page of the descending order starts with the last name.
        TenantQuery page;
        page.sort = TenantSort::Name;
        page.descending = true;
        page.limit = 20;
        QCOMPARE(repo.list(page).rows.first().slug, asc.last().slug);
    }

    void sortByStatus()
    {
        TenantQuery q;
        q.sort = TenantSort::Status;
        const QList<Tenant> rows = everything(TenantRepository(m_db), q);
        QCOMPARE(rows.size(), 48);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QVERIFY(rows[i - 1].status <= rows[i].status);
            if (rows[i - 1].status == rows[i].status)
                QVERIFY(rows[i - 1].name <= rows[i].name);
        }
        q.descending = true;
        const QList<Tenant> desc = everything(TenantRepository(m_db), q);
        for (qsizetype i = 1; i < desc.size(); ++i)
            QVERIFY(desc[i - 1].status >= desc[i].status);
    }

    void sortByUpdated()
    {
        TenantQuery q;
        q.sort = TenantSort::Updated;
        const QList<Tenant> asc = everything(TenantRepository(m_db), q);
        for (qsizetype i = 1; i < asc.size(); ++i)
            QVERIFY(asc[i - 1].updatedAt <= asc[i].updatedAt);
        q.descending = true;
        const QList<Tenant> desc = everything(TenantRepository(m_db), q);
        for (qsizetype i = 1; i < desc.size(); ++i)
            QVERIFY(desc[i - 1].updatedAt >= desc[i].updatedAt);
        QVERIFY(asc.first().updatedAt < asc.last().updatedAt);
    }

    void filterByStatus()
    {
        TenantRepository repo(m_db);
        const StatusCounts c = repo.counts();
        for (const QString& status : TenantStatus::all()) {
            TenantQuery q;
            q.status = status;
            const TenantPage page = repo.list(q);
            qint64 expected = 0;
            for (const Tenant& t : std::as_const(m_all))
                expected += t.status == status;
            QCOMPARE(page.total, expected);
            for (const Tenant& t : page.rows)
                QCOMPARE(t.status, status);
            const qint64 counted = status == TenantStatus::Active   ? c.active
                                   : status == TenantStatus::Paused ? c.paused
                                   : status == TenantStatus::Error  ? c.error
                                                                    : c.decommissioned;
            QCOMPARE(page.total, counted);
        }
    }

    void countsSumToTheFleet()
    {
        const StatusCounts c = TenantRepository(m_db).counts();
        QCOMPARE(c.total, qint64(48));
        QCOMPARE(c.active + c.paused + c.error + c.decommissioned, qint64(48));
        // The demo fleet has every status.
        QVERIFY(c.active > 0 && c.paused > 0 && c.error > 0 && c.decommissioned > 0);
    }

    void filterByPlanAndAgency()
    {
        TenantRepository repo(m_db);
        TenantQuery q;
        q.planCode = QStringLiteral("growth");
        const QList<Tenant> growth = everything(repo, q);
        QVERIFY(!growth.isEmpty());
        QVERIFY(growth.size() < 48);
        QSet<QString> expected;
        for (const Tenant& t : std::as_const(m_all)) {
            if (t.planCode == QLatin1String("growth"))
                expected.insert(t.slug);
        }
        QCOMPARE(slugs(growth), expected);

        TenantQuery a;
        a.agencyGroup = QStringLiteral("Lumen Studio");
        const QList<Tenant> lumen = everything(repo, a);
        QSet<QString> expectedLumen;
        for (const Tenant& t : std::as_const(m_all)) {
            if (t.agencyGroup == QLatin1String("Lumen Studio"))
                expectedLumen.insert(t.slug);
        }
        QVERIFY(!expectedLumen.isEmpty());
        QCOMPARE(slugs(lumen), expectedLumen);

        // Filters combine.
        TenantQuery both;
        both.planCode = QStringLiteral("growth");
        both.status = TenantStatus::Active;
        for (const Tenant& t : everything(repo, both)) {
            QCOMPARE(t.planCode, QStringLiteral("growth"));
            QCOMPARE(t.status, TenantStatus::Active);
        }
        TenantQuery unknownPlan;
        unknownPlan.planCode = QStringLiteral("no-such-plan");
        QCOMPARE(repo.list(unknownPlan).total, qint64(0));
    }

    void healthPutsErrorsFirstThenFailuresAndNeverDecommissioned()
    {
        TenantRepository repo(m_db);
        const QList<TenantHealth> health = repo.health(100);
        const StatusCounts c = repo.counts();
        QCOMPARE(qint64(health.size()), c.total - c.decommissioned);

        // Tenants with a failed operation in the last seven days, worked out from the operations list.
        const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-7);
        OperationQuery oq;
        oq.status = QStringLiteral("failed");
        oq.limit = 1000;
        QSet<QString> recentlyFailed;
        for (const Operation& o : repo.operations(oq)) {
            if (o.createdAt >= since)
                recentlyFailed.insert(o.tenantSlug);
        }

        QSet<QString> errorSlugs;
        QSet<QString> decommissioned;
        for (const Tenant& t : std::as_const(m_all)) {
            if (t.status == TenantStatus::Error)
                errorSlugs.insert(t.slug);
            if (t.status == TenantStatus::Decommissioned)
                decommissioned.insert(t.slug);
        }
        QSet<QString> warned; // not in error, but failed recently
        for (const QString& s : std::as_const(recentlyFailed)) {
            if (!errorSlugs.contains(s) && !decommissioned.contains(s))
                warned.insert(s);
        }
        QVERIFY(!warned.isEmpty());

        QSet<QString> head;
        for (qsizetype i = 0; i < errorSlugs.size(); ++i) {
            QCOMPARE(health[i].status, TenantStatus::Error);
            QCOMPARE(health[i].severity, TenantHealth::Critical);
            head.insert(health[i].slug);
        }
        QCOMPARE(head, errorSlugs);
        QSet<QString> next;
        for (qsizetype i = errorSlugs.size(); i < errorSlugs.size() + warned.size(); ++i) {
            QCOMPARE(health[i].severity, TenantHealth::Warning);
            QVERIFY(health[i].failedOperations > 0);
            next.insert(health[i].slug);
        }
        QCOMPARE(next, warned);
        for (qsizetype i = errorSlugs.size() + warned.size(); i < health.size(); ++i) {
            QVERIFY(health[i].severity >= TenantHealth::Paused);
            QCOMPARE(health[i].failedOperations, qint64(0));
        }
        for (const TenantHealth& h : health)
            QVERIFY2(h.status != TenantStatus::Decommissioned, qPrintable(h.slug));

        // A short list keeps the worst.
        const QList<TenantHealth> top = repo.health(3);
        QCOMPARE(top.size(), 3);
        for (const TenantHealth& h : top)
            QCOMPARE(h.severity, TenantHealth::Critical);
    }

    void searchIsCaseInsensitiveAcrossSlugNameAndAgency_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("slug part") << QStringLiteral("finance-ph");
        QTest::newRow("name upper") << QStringLiteral("ACME FINANCE");
        QTest::newRow("name mixed") << QStringLiteral("cOfFeE");
        QTest::newRow("agency") << QStringLiteral("harbor digital");
        QTest::newRow("agency upper") << QStringLiteral("LUMEN");
        QTest::newRow("surrounding spaces") << QStringLiteral("  bank  ");
    }
    void searchIsCaseInsensitiveAcrossSlugNameAndAgency()
    {
        QFETCH(QString, text);
        TenantQuery q;
        q.search = text;
        const QList<Tenant> found = everything(TenantRepository(m_db), q);
        QSet<QString> expected;
        for (const Tenant& t : std::as_const(m_all)) {
            if (containsText(t, text.trimmed()))
                expected.insert(t.slug);
        }
        QVERIFY2(!expected.isEmpty(), "the demo data should contain this text");
        QCOMPARE(slugs(found), expected);
        QCOMPARE(TenantRepository(m_db).list(q).total, qint64(expected.size()));
    }

    void hostileTextIsOnlyData_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("drop table") << QStringLiteral("'; DROP TABLE tenants; --");
        QTest::newRow("percent") << QStringLiteral("%");
        QTest::newRow("underscore") << QStringLiteral("_");
        QTest::newRow("backslash") << QStringLiteral("\\");
        QTest::newRow("percent underscore") << QStringLiteral("%_%");
        QTest::newRow("or 1=1") << QStringLiteral("' OR '1'='1");
        QTest::newRow("double quote") << QStringLiteral("\" OR \"\"=\"");
        QTest::newRow("escape clause") << QStringLiteral("a' ESCAPE '!");
        QTest::newRow("nul alone") << QString(QChar(0));
        QTest::newRow("nul inside") << QString(QStringLiteral("studio") + QChar(0) +
                                               QStringLiteral("nothing"));
        QTest::newRow("10 KB") << QString(10240, QLatin1Char('x'));
        QTest::newRow("10 KB unicode") << QString(5000, QChar(0x4e2d));
        QTest::newRow("unicode") << QString::fromUtf8("caf\xc3\xa9 \xf0\x9f\x98\x80 \xe4\xb8\xad");
        QTest::newRow("lone surrogate") << QString(QChar(0xd800));
    }
    void hostileTextIsOnlyData()
    {
        QFETCH(QString, text);
        TenantRepository repo(m_db);
        const QString before = test::snapshot(m_db);

        // Independent expectation: which tenants really contain this text.
        QSet<QString> expected;
        for (const Tenant& t : std::as_const(m_all)) {
            if (!text.trimmed().isEmpty() && containsText(t, text.trimmed()))
                expected.insert(t.slug);
        }

        const auto check = [&](const char* what, TenantQuery q, bool isSearch) {
            const auto result = capture([&] { return repo.list(q); });
            if (!result) {
                // Only text with a NUL character may be refused, and then with a clear InvalidInput.
                QVERIFY2(text.contains(QChar(0)), qPrintable(result.error().message));
                QCOMPARE(result.error().kind, ErrorKind::InvalidInput);
                QVERIFY(!result.error().message.isEmpty());
                return;
            }
            QVERIFY2(result.value().total < 48, what);
            q.limit = 1000;
            const QSet<QString> got = slugs(repo.list(q).rows);
            if (isSearch)
                QCOMPARE(got, expected);
            else
                QCOMPARE(got.size(), 0); // no status, plan or agency group is literally this text
        };
        TenantQuery search;
        search.search = text;
        check("search", search, true);
        TenantQuery status;
        status.status = text;
        check("status", status, false);
        TenantQuery plan;
        plan.planCode = text;
        check("plan", plan, false);
        TenantQuery agency;
        agency.agencyGroup = text;
        check("agency", agency, false);
        QVERIFY(capture([&] { return repo.counts(); }).ok());

        QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM tenants")).toLongLong(), qint64(48));
        QCOMPARE(test::snapshot(m_db), before);
    }

    // The demo agency "TBWA\SMP" holds a backslash: searching for it finds exactly those tenants, proving
    // the LIKE escape character is escaped itself.
    void backslashSearchFindsTheLiteralBackslash()
    {
        TenantQuery q;
        q.search = QStringLiteral("a\\s");
        const QList<Tenant> found = everything(TenantRepository(m_db), q);
        QSet<QString> expected;
        for (const Tenant& t : std::as_const(m_all)) {
            if (containsText(t, q.search))
                expected.insert(t.slug);
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(slugs(found), expected);
    }

    void findBySlug()
    {
        TenantRepository repo(m_db);
        const Tenant& any = m_all[7];
        const auto found = repo.findBySlug(any.slug);
        QVERIFY(found.has_value());
        QCOMPARE(found->id, any.id);
        QCOMPARE(found->name, any.name);
        QVERIFY(!repo.findBySlug(any.slug.toUpper()).has_value());
        QVERIFY(!repo.findBySlug(QStringLiteral("' OR '1'='1")).has_value());
        bool notFound = false;
        try {
            repo.requireBySlug(QStringLiteral("no-such-tenant"));
        } catch (const Failure& f) {
            notFound = f.error().kind == ErrorKind::NotFound &&
                       f.error().message.contains(QStringLiteral("no-such-tenant"));
        }
        QVERIFY(notFound);
    }
};

QTEST_GUILESS_MAIN(TestTenantRepository)
#include "tst_tenant_repository.moc"
