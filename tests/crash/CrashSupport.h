#pragma once
// What the crash tests (tests/crash) share: the seed their kill instants come from, fusionctl started and
// killed with SIGKILL part-way, the SQLite copies of a prepared store each run works on, the usage file the
// import tests kill, and what the keychain and the keychain journal hold.
#include "models/storage/Database.h"
#include "models/storage/DatabaseTarget.h"
#include "tests/common/TestSupport.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace fusion::test::crash {

// FUSION_CRASH_SEED when set, else the time; printed, so that a failing run can be replayed exactly.
quint32 seed();

// Starts fusionctl with `args` in `env`, gives it `input` on standard input, and kills it with SIGKILL — no
// handler, no cleanup, as a power cut or the OOM killer would leave it — after `afterMs`. True when it was
// killed, false when it had finished by then.
bool killAfter(const QProcessEnvironment& env, const QStringList& args, qint64 afterMs,
               const QByteArray& input = {});

// The kill instant of run `run` of `runs`, drawn from `random`: the time a run takes (`fullMs`) and a fifth
// more is cut into `runs` equal slices and the instant drawn in slice `run`, so that the kills are spread
// from the first milliseconds (the command not started yet) to after its end, whatever the seed.
qint64 killInstant(QRandomGenerator& random, qint64 fullMs, int run, int runs);

DatabaseTarget sqliteAt(const QString& path);
qint64 count(Database& db, const QString& sql, const QVariantList& params = {});

// A usage CSV of `rows` calls 97 s apart from `daysAgo` days ago at midnight UTC, spread over 40 consumers
// and 13 users; one row in `denyEvery` a refused call (stored, not counted against budgets).
QString usageCsv(int rows, int daysAgo, int denyEvery);

// The vault items the private Secret Service holds (the keychain's own listing, not ours).
QSet<QString> vaultItems();
// The items every keychain journal in fusionctl's data directory under `home` lists (stored and retired):
// what interrupted key flows left for the next one to check.
QSet<QString> journalled(const QString& home);

// fusionctl on SQLite copies of one prepared store, under one scratch home: each kill gets a fresh copy.
class CrashStores {
public:
    bool valid() const { return m_home.isValid() && m_dir.isValid(); }
    QString home() const { return m_home.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    // fusionctl's environment for a kill on `db`.
    QProcessEnvironment env(const QString& db) const;
    test::CliResult run(const QString& db, const QStringList& args, const QByteArray& input = {}) const;
    // The store copies start from.
    QString templatePath() const { return m_dir.filePath(QStringLiteral("template.db")); }
    // A fresh copy of the template for one run.
    QString copy();
    // The template migrated and seeded, `tenant` connected to the Odoo stand-in at `odoo` (its password in
    // the keychain). Empty when that worked, else what failed.
    QString prepareOdooTemplate(const QUrl& odoo, const QString& tenant) const;
    // SQLite's integrity check and `audit verify` on `db`; a failure is the running test's, named `what`.
    void checkDatabase(const QString& db, const QString& what) const;

private:
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    int m_copies = 0;
};

} // namespace fusion::test::crash
