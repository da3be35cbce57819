// The field rules the wizard, the forms and fusionctl share: what a person may type as a slug, a URL or a
// Kubernetes namespace, and the slug suggested from a name.
#include "models/tenants/TenantValidation.h"

#include <QTest>

using namespace fusion;

class TestValidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptedSlugs_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::newRow("shortest") << QStringLiteral("abc");
        QTest::newRow("hyphenated") << QStringLiteral("acme-finance-ph");
        QTest::newRow("digits") << QStringLiteral("team42-b2b");
        QTest::newRow("longest") << QString(QStringLiteral("a") + QString(39, QLatin1Char('b')));
        QTest::newRow("contains a reserved word") << QStringLiteral("admin-tools");
    }
    void acceptedSlugs()
    {
        QFETCH(QString, slug);
        QCOMPARE(TenantValidation::slug(slug), QString());
    }

    void rejectedSlugs_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::newRow("empty") << QString();
        QTest::newRow("too short") << QStringLiteral("ab");
        QTest::newRow("too long") << QString(QStringLiteral("a") + QString(40, QLatin1Char('b')));
        QTest::newRow("uppercase") << QStringLiteral("Acme");
        QTest::newRow("underscore") << QStringLiteral("acme_fin");
        QTest::newRow("space") << QStringLiteral("acme fin");
        QTest::newRow("dot") << QStringLiteral("acme.fin");
        QTest::newRow("accented") << QString(QStringLiteral("caf") + QChar(0xe9));
        QTest::newRow("starts with digit") << QStringLiteral("1acme");
        QTest::newRow("starts with hyphen") << QStringLiteral("-acme");
        QTest::newRow("trailing hyphen") << QStringLiteral("acme-");
        QTest::newRow("double hyphen") << QStringLiteral("acme--fin");
        QTest::newRow("reserved admin") << QStringLiteral("admin");
        QTest::newRow("reserved www") << QStringLiteral("www");
        QTest::newRow("reserved api") << QStringLiteral("api");
        QTest::newRow("reserved kube-system") << QStringLiteral("kube-system");
        QTest::newRow("newline") << QStringLiteral("acme\nfin");
    }
    void rejectedSlugs()
    {
        QFETCH(QString, slug);
        const QString why = TenantValidation::slug(slug);
        QVERIFY2(!why.isEmpty(), qPrintable(slug));
        // One sentence for a person, not a code.
        QVERIFY2(why.size() > 10 && why.endsWith(QLatin1Char('.')), qPrintable(why));
    }

    void reservedSlugMessageNamesTheWord()
    {
        QVERIFY(TenantValidation::slug(QStringLiteral("www")).contains(QStringLiteral("www")));
    }

    void suggestSlug_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("slug");
        QTest::newRow("brief example")
            << QStringLiteral("ACME Finance (PH)") << QStringLiteral("acme-finance-ph");
        QTest::newRow("accents folded")
            << QString(QStringLiteral("Caf") + QChar(0xe9) + QStringLiteral(" D") + QChar(0xe9) +
                       QStringLiteral("j") + QChar(0xe0) + QStringLiteral(" Vu"))
            << QStringLiteral("cafe-deja-vu");
        QTest::newRow("tilde") << QString(QStringLiteral("Para") + QChar(0xf1) + QStringLiteral("aque City"))
                               << QStringLiteral("paranaque-city");
        QTest::newRow("punctuation runs")
            << QStringLiteral("  Jeepney -- Motors!!  ") << QStringLiteral("jeepney-motors");
        QTest::newRow("ampersand") << QStringLiteral("CRM & Sales") << QStringLiteral("crm-sales");
        QTest::newRow("leading digits dropped")
            << QStringLiteral("7-Eleven Stores") << QStringLiteral("eleven-stores");
    }
    void suggestSlug()
    {
        QFETCH(QString, name);
        QFETCH(QString, slug);
        QCOMPARE(TenantValidation::suggestSlug(name), slug);
        QCOMPARE(TenantValidation::slug(TenantValidation::suggestSlug(name)), QString());
    }

    void suggestedSlugOfALongNameIsStillValid()
    {
        const QString name =
            QStringLiteral("The Very Long Name Of A Philippine Holding Company Incorporated");
        const QString s = TenantValidation::suggestSlug(name);
        QVERIFY2(s.size() <= 40, qPrintable(s));
        QVERIFY(s.startsWith(QStringLiteral("the-very-long-name")));
        QCOMPARE(TenantValidation::slug(s), QString());
    }

    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << QStringLiteral("https://acme.erp.example.com") << true;
        QTest::newRow("http with port and path") << QStringLiteral("http://10.0.0.5:8069/web") << true;
        QTest::newRow("empty optional") << QString() << true;
        QTest::newRow("ftp") << QStringLiteral("ftp://files.example.com") << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("no scheme") << QStringLiteral("acme.erp.example.com") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
        QTest::newRow("user and password")
            << QStringLiteral("https://admin:secret@acme.example.com") << false;
        QTest::newRow("user only") << QStringLiteral("https://admin@acme.example.com") << false;
        QTest::newRow("space in host") << QStringLiteral("https://acme example.com") << false;
    }
    void urls()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        const QString why = TenantValidation::url(url);
        QVERIFY2(why.isEmpty() == ok, qPrintable(url + QStringLiteral(" → ") + why));
    }

    void requiredUrl()
    {
        QVERIFY(!TenantValidation::url(QString(), true).isEmpty());
        QVERIFY(!TenantValidation::url(QStringLiteral("   "), true).isEmpty());
    }

    void credentialsInUrlAreNamedAsTheProblem()
    {
        const QString why = TenantValidation::url(QStringLiteral("https://admin:secret@acme.example.com"));
        QVERIFY2(why.contains(QStringLiteral("credentials")), qPrintable(why));
        QVERIFY2(!why.contains(QStringLiteral("secret")), qPrintable(why));
    }

    void kubernetesNamespaces_data()
    {
        QTest::addColumn<QString>("ns");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty is allowed") << QString() << true;
        QTest::newRow("typical") << QStringLiteral("tenant-acme-finance") << true;
        QTest::newRow("single char") << QStringLiteral("a") << true;
        QTest::newRow("starts with digit") << QStringLiteral("1tenant") << true;
        QTest::newRow("63 chars") << QString(63, QLatin1Char('a')) << true;
        QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << false;
        QTest::newRow("uppercase") << QStringLiteral("Tenant-A") << false;
        QTest::newRow("leading hyphen") << QStringLiteral("-tenant") << false;
        QTest::newRow("trailing hyphen") << QStringLiteral("tenant-") << false;
        QTest::newRow("dot") << QStringLiteral("tenant.acme") << false;
        QTest::newRow("underscore") << QStringLiteral("tenant_acme") << false;
    }
    void kubernetesNamespaces()
    {
        QFETCH(QString, ns);
        QFETCH(bool, ok);
        QCOMPARE(TenantValidation::k8sNamespace(ns).isEmpty(), ok);
    }

    void names()
    {
        QVERIFY(TenantValidation::name(QStringLiteral("Acme Finance PH")).isEmpty());
        QVERIFY(!TenantValidation::name(QStringLiteral("   ")).isEmpty());
        QVERIFY(!TenantValidation::name(QString(201, QLatin1Char('x'))).isEmpty());
        QVERIFY(TenantValidation::name(QString(200, QLatin1Char('x'))).isEmpty());
        QVERIFY(!TenantValidation::name(QStringLiteral("Acme\nFinance")).isEmpty());
        QVERIFY(!TenantValidation::name(QString(QStringLiteral("Acme") + QChar(0x202e) + QStringLiteral("x")))
                     .isEmpty()); // right-to-left override: a format character
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
