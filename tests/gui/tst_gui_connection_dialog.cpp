// The connection dialog takes a primary and its standbys as one profile: several servers in the Host field,
// each with its own port or the port field's, and which of them to use (libpq's target_session_attrs). The
// profile saved is the address `--db` would take, it comes back into the form as typed, and a mistyped list
// is refused with what is wrong before anything is saved.
#include "models/storage/ConnectionProfiles.h"
#include "tests/common/TestSupport.h"
#include "ui/common/AppContext.h"
#include "ui/connection/ConnectionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace fusion;

class TestGuiConnectionDialog : public QObject {
    Q_OBJECT

    template <typename T>
    static T* child(QWidget* dialog, const char* name)
    {
        auto* w = dialog->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no %s", name);
        return w;
    }

    static void fill(ConnectionDialog& dialog, const QString& name, const QString& hosts, int port,
                     const QString& use)
    {
        child<QPushButton>(&dialog, "newButton")->click();
        child<QLineEdit>(&dialog, "nameEdit")->setText(name);
        child<QLineEdit>(&dialog, "hostEdit")->setText(hosts);
        child<QSpinBox>(&dialog, "portSpin")->setValue(port);
        child<QLineEdit>(&dialog, "databaseEdit")->setText(QStringLiteral("fusion"));
        child<QLineEdit>(&dialog, "userEdit")->setText(QStringLiteral("ops"));
        auto* session = child<QComboBox>(&dialog, "sessionCombo");
        session->setCurrentIndex(session->findData(use));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void savesAPrimaryAndItsStandbysAsOneProfile()
    {
        AppContext context;
        ConnectionDialog dialog(&context);
        dialog.show();
        fill(dialog, QStringLiteral("pair"),
             QStringLiteral("db1.example.com:5432, db2.example.com, [::1]:6000"), 5433,
             QStringLiteral("read-write"));
        auto* status = child<QLabel>(&dialog, "statusLabel");
        child<QPushButton>(&dialog, "saveButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Saved")), 10000);

        const auto saved = context.profiles()->find(QStringLiteral("pair"));
        QVERIFY(saved);
        // The port field is the port of a server typed without one.
        QCOMPARE(saved->target.toUrl(),
                 QStringLiteral("postgresql://ops@db1.example.com:5432,db2.example.com:5433,"
                                "[::1]:6000/fusion?target_session_attrs=read-write"));

        // Chosen again, the profile comes back into the form as a person would type it.
        child<QPushButton>(&dialog, "newButton")->click();
        auto* list = child<QListWidget>(&dialog, "profileList");
        const auto items = list->findItems(QStringLiteral("pair"), Qt::MatchStartsWith);
        QVERIFY(!items.isEmpty());
        list->setCurrentItem(items.first());
        QCOMPARE(child<QLineEdit>(&dialog, "hostEdit")->text(),
                 QStringLiteral("db1.example.com:5432, db2.example.com:5433, [::1]:6000"));
        QCOMPARE(child<QComboBox>(&dialog, "sessionCombo")->currentData().toString(),
                 QStringLiteral("read-write"));
        // For a person to look at (README screenshots, reviews): FUSION_SCREENSHOT_DIR.
        if (const QString dir = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/connection-failover-pair.png")));
    }

    void keepsTheStandbyReadsChoiceWithTheProfile()
    {
        AppContext context;
        ConnectionDialog dialog(&context);
        dialog.resize(dialog.sizeHint());
        dialog.show();
        fill(dialog, QStringLiteral("replicas"), QStringLiteral("db1:5432, db2:5433"), 0,
             QStringLiteral("read-write"));
        auto* check = child<QCheckBox>(&dialog, "standbyReadsCheck");
        QVERIFY(check->isEnabled());
        QVERIFY(!check->isChecked()); // a new profile reads on the primary until someone chooses otherwise
        check->setChecked(true);
        auto* status = child<QLabel>(&dialog, "statusLabel");
        child<QPushButton>(&dialog, "saveButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Saved")), 10000);
        fill(dialog, QStringLiteral("plain"), QStringLiteral("db1:5432"), 0, QString());
        QVERIFY(!check->isChecked());
        status->clear();
        child<QPushButton>(&dialog, "saveButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Saved")), 10000);

        // Saved with the profile, beside the address (which stays what --db takes), and with nothing else.
        const auto replicas = context.profiles()->find(QStringLiteral("replicas"));
        QVERIFY(replicas);
        QVERIFY(replicas->target.standbyReads);
        QVERIFY(!replicas->hasPassword);
        QCOMPARE(replicas->target.toUrl(),
                 QStringLiteral("postgresql://ops@db1:5432,db2:5433/fusion?target_session_attrs=read-write"));
        QVERIFY(!context.profiles()->find(QStringLiteral("plain"))->target.standbyReads);

        // Shown back as chosen, per profile.
        auto* list = child<QListWidget>(&dialog, "profileList");
        list->setCurrentItem(list->findItems(QStringLiteral("replicas"), Qt::MatchStartsWith).first());
        QVERIFY(check->isChecked());
        if (const QString dir = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/connection-standby-reads.png")));
        list->setCurrentItem(list->findItems(QStringLiteral("plain"), Qt::MatchStartsWith).first());
        QVERIFY(!check->isChecked());

        // A SQLite file has no standby: the choice is there, disabled, and says why.
        child<QComboBox>(&dialog, "kindCombo")->setCurrentIndex(0);
        QVERIFY(check->isVisible());
        QVERIFY(!check->isEnabled());
        QVERIFY2(check->toolTip().contains(QStringLiteral("Only for PostgreSQL")),
                 qPrintable(check->toolTip()));
        child<QComboBox>(&dialog, "kindCombo")->setCurrentIndex(1);
        QVERIFY(check->isEnabled());
    }

    void refusesAMistypedServerList_data()
    {
        QTest::addColumn<QString>("hosts");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty entry") << QStringLiteral("db1, , db2") << QStringLiteral("empty entry");
        QTest::newRow("port out of range")
            << QStringLiteral("db1:5432, db2:99999") << QStringLiteral("db2:99999");
    }
    void refusesAMistypedServerList()
    {
        QFETCH(QString, hosts);
        QFETCH(QString, says);
        AppContext context;
        ConnectionDialog dialog(&context);
        dialog.show();
        fill(dialog, QStringLiteral("typo"), hosts, 0, QString());
        child<QPushButton>(&dialog, "saveButton")->click();
        auto* status = child<QLabel>(&dialog, "statusLabel");
        QVERIFY2(status->text().contains(says), qPrintable(status->text()));
        QVERIFY(!context.profiles()->find(QStringLiteral("typo")));
    }
};

QTEST_MAIN(TestGuiConnectionDialog)
#include "tst_gui_connection_dialog.moc"
