// fusionctl keys export and keys import: chosen keys, secrets included, to a file sealed with a passphrase,
// and back into another database and keychain after showing what is added or replaced. The flows are the
// KeyExport and KeyFileImport jobs; this says what they did.
#include "app/cli/Cli.h"
#include "app/cli/CliJobs.h"
#include "app/cli/CommandRegistry.h"
#include "models/jobs/KeyExport.h"
#include "models/jobs/KeyFileImport.h"

#include <QCoreApplication>

namespace fusion::cli {

namespace {
// The passphrase of an export file: the first line of standard input.
Result<SecretBytes> readPassphrase(Context& c)
{
    QByteArray raw = c.console.readAllStdin();
    const qsizetype end = raw.indexOf('\n');
    QByteArray line = end < 0 ? raw : raw.left(end);
    if (line.endsWith('\r'))
        line.chop(1);
    SecretBytes passphrase(line);
    SecretBytes::scrub(line);
    SecretBytes::scrub(raw);
    if (passphrase.isEmpty())
        return Error::make(ErrorKind::InvalidInput, tr("--passphrase-stdin read an empty passphrase."));
    return passphrase;
}

int keysExportCommand(Context& c)
{
    const QString path = c.args.requirePositional(tr("file"));
    KeyExport::Selection selection;
    selection.providers = c.args.options(QStringLiteral("provider"));
    selection.keys = c.args.options(QStringLiteral("key"));
    const bool fromStdin = c.args.flag(QStringLiteral("passphrase-stdin"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!fromStdin)
        return c.usage(tr("give the passphrase on standard input with --passphrase-stdin"));
    auto* job = new KeyExport(jobHost(c), QCoreApplication::instance());
    job->start(
        selection, path, [&c] { return readPassphrase(c); },
        [&c, path](const Result<KeyExport::Outcome>& result) {
            if (!result)
                return c.done(jobFailed(c, result.error()));
            c.report(result.value().written,
                     tr("Exported %n key(s) to %1.", nullptr, result.value().count).arg(path));
            c.done(ExitOk);
        });
    return ExitPending;
}

int keysImportCommand(Context& c)
{
    const QString path = c.args.requirePositional(tr("file"));
    const bool fromStdin = c.args.flag(QStringLiteral("passphrase-stdin"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!fromStdin)
        return c.usage(tr("give the passphrase on standard input with --passphrase-stdin"));
    auto* job = new KeyFileImport(jobHost(c), QCoreApplication::instance());
    job->start(
        path, [&c] { return readPassphrase(c); },
        [&c](const Result<KeyFileImport::Outcome>& result) {
            if (!result)
                return c.done(jobFailed(c, result.error()));
            const KeyFileImport::Outcome& o = result.value();
            if (o.leftoversRemoved > 0)
                c.console.err(KeychainJournal::leftoversRemovedText(o.leftoversRemoved));
            if (o.unchanged) {
                c.console.err(o.plan.summaryText());
                c.console.out(
                    tr("Nothing to import: every key in the file is already here with the same secret."));
                return c.done(ExitOk);
            }
            c.console.out(tr("Imported: %1 added, %2 replaced, %3 already here.")
                              .arg(o.added)
                              .arg(o.replaced)
                              .arg(o.alreadyHere));
            c.done(ExitOk);
        });
    return ExitPending;
}

} // namespace

void registerKeyTransferCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("keys export"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "FILE [--provider P]... [--key PROVIDER/LABEL]... --passphrase-stdin"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "write keys to a passphrase-protected file"),
           {QStringLiteral("passphrase-stdin")},
           keysExportCommand});
    r.add({QStringLiteral("keys import"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "FILE --passphrase-stdin"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "shows what is added or replaced, then asks"),
           {QStringLiteral("passphrase-stdin")},
           keysImportCommand});
}

} // namespace fusion::cli
