// fusionctl keys export and keys import: chosen keys, secrets included, to a file sealed with a passphrase,
// and back into another database and keychain after showing what is added or replaced.
#include "app/cli/Cli.h"
#include "app/cli/CommandRegistry.h"
#include "models/audit/WriteExecutor.h"
#include "models/core/Sequence.h"
#include "models/roles/RoleService.h"
#include "models/vault/KeyFile.h"
#include "models/vault/KeyTransfer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <memory>

namespace fusion::cli {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("fusion::cli", text, disambiguation, n);
}

// The passphrase of an export file: the first line of standard input.
std::optional<SecretBytes> readPassphrase(Context& c)
{
    QByteArray raw = c.console.readAllStdin();
    const qsizetype end = raw.indexOf('\n');
    QByteArray line = end < 0 ? raw : raw.left(end);
    if (line.endsWith('\r'))
        line.chop(1);
    SecretBytes passphrase(line);
    SecretBytes::scrub(line);
    SecretBytes::scrub(raw);
    if (passphrase.isEmpty()) {
        c.fail(Error::make(ErrorKind::InvalidInput, tr("--passphrase-stdin read an empty passphrase.")));
        return std::nullopt;
    }
    return passphrase;
}

int keysExportCommand(Context& c)
{
    const QString path = c.args.requirePositional(tr("file"));
    const QStringList providers = c.args.options(QStringLiteral("provider"));
    const QStringList chosen = c.args.options(QStringLiteral("key"));
    const bool fromStdin = c.args.flag(QStringLiteral("passphrase-stdin"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!fromStdin)
        return c.usage(tr("give the passphrase on standard input with --passphrase-stdin"));
    const Capabilities caps = RoleService(c.db).capabilities();
    if (!caps.can(Capability::ManageKeys))
        return c.fail(Error::make(ErrorKind::PermissionDenied, caps.whyNot(Capability::ManageKeys)));
    QList<ApiKey> keys;
    for (const ApiKey& k : KeyVault::keys(c.db)) {
        const bool byProvider = providers.isEmpty() || providers.contains(k.providerCode);
        const bool byKey = chosen.isEmpty() || chosen.contains(k.providerCode + QLatin1Char('/') + k.label);
        if (byProvider && byKey)
            keys << k;
    }
    for (const QString& want : chosen) {
        if (std::none_of(keys.cbegin(), keys.cend(), [&want](const ApiKey& k) {
                return k.providerCode + QLatin1Char('/') + k.label == want;
            }))
            return c.fail(Error::make(ErrorKind::NotFound,
                                      tr("There is no live key %1 (give it as PROVIDER/LABEL).").arg(want)));
    }
    if (keys.isEmpty())
        return c.fail(Error::make(ErrorKind::NotFound, tr("No keys to export.")));
    const auto passphrase = readPassphrase(c);
    if (!passphrase)
        return ExitError;
    if (const QString why = KeyFile::passphraseProblem(*passphrase); !why.isEmpty())
        return c.fail(Error::make(ErrorKind::InvalidInput, why));
    const PendingWrite write = KeyTransfer::planExport(keys, QFileInfo(path).absoluteFilePath());
    if (const int code = c.confirm(write.plan); code != ExitOk)
        return code;

    // The secrets, one after the other from the keychain; then sealed, audited, written.
    auto content = std::make_shared<KeyFileContent>();
    content->exportedBy = c.db.actor();
    content->exportedAt = QDateTime::currentDateTimeUtc();
    for (const Provider& p : KeyVault::providers(c.db)) {
        if (std::any_of(keys.cbegin(), keys.cend(),
                        [&p](const ApiKey& k) { return k.providerCode == p.code; }))
            content->providers << p;
    }
    const SecretBytes& phrase = *passphrase;
    inSequence<ApiKey>(
        keys,
        [&c, content](const ApiKey& k, const std::function<void()>& next) {
            c.secrets->read(
                k.keychainRef, c.secrets, [&c, k, content, next](const Result<SecretBytes>& secret) {
                    if (!secret)
                        return c.done(c.fail(KeyVault::secretError(k, secret.error())));
                    auto parsed = capture([&] { return KeySecret::parse(k.kind, secret.value()); });
                    if (!parsed)
                        return c.done(c.fail(parsed.error()));
                    content->keys << ExportedKey{k.providerCode, k.kind,      k.label,       k.notes,
                                                 k.clientId,     k.expiresAt, parsed.value()};
                    next();
                });
        },
        [&c, content, write, path, phrase] {
            auto sealed = capture([&] { return KeyFile::seal(*content, phrase); });
            content->keys.clear(); // the secrets are in the sealed bytes only now
            if (!sealed)
                return c.done(c.fail(sealed.error()));
            // Recorded before the file exists: no audit row, no file.
            auto audited = capture([&] { return WriteExecutor::execute(c.db, write); });
            if (!audited)
                return c.done(c.fail(audited.error()));
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly) ||
                !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
                out.write(sealed.value()) != sealed.value().size() || !out.commit())
                return c.done(c.fail(Error::make(ErrorKind::Internal,
                                                 tr("Could not write %1: %2").arg(path, out.errorString()))));
            if (c.json)
                c.console.json(audited.value());
            else
                c.console.out(tr("Exported %n key(s) to %1.", nullptr,
                                 int(audited.value().value(QStringLiteral("exported")).toArray().size()))
                                  .arg(path));
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
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return c.fail(Error::make(ErrorKind::NotFound, tr("Cannot read %1: %2").arg(path, in.errorString())));
    const QByteArray bytes = in.read(KeyFile::MaxFileBytes + 1);
    const auto passphrase = readPassphrase(c);
    if (!passphrase)
        return ExitError;
    const KeyFileContent content = KeyFile::open(bytes, *passphrase);
    const KeyImport import = KeyTransfer::planImport(c.db, content);
    if (!import.write.apply) {
        c.console.err(import.write.plan.summaryText());
        c.console.out(tr("Nothing to import: every key in the file is already here with the same secret."));
        return ExitOk;
    }
    if (const int code = c.confirm(import.write.plan); code != ExitOk)
        return code;
    // The new secrets into the keychain first; if any of that or the database write fails, the ones already
    // stored are taken back, so nothing of the import remains.
    auto stored = std::make_shared<QStringList>();
    // Takes back what this import put into the keychain, then reports `error`.
    const auto undo = [&c, stored](const Error& error) {
        inSequence<QString>(
            *stored,
            [&c](const QString& ref, const std::function<void()>& next) {
                c.secrets->remove(ref, c.secrets, [next](const Result<Unit>&) { next(); });
            },
            [&c, error] { c.done(c.fail(error)); });
    };
    inSequence<QPair<QString, SecretBytes>>(
        import.toStore,
        [&c, stored, undo](const QPair<QString, SecretBytes>& item, const std::function<void()>& next) {
            c.secrets->write(item.first, item.second, c.secrets,
                             [stored, undo, next, ref = item.first](const Result<Unit>& ok) {
                                 if (!ok)
                                     return undo(ok.error());
                                 *stored << ref;
                                 next();
                             });
        },
        [&c, import, undo] {
            auto done = capture([&] { return WriteExecutor::execute(c.db, import.write); });
            if (!done)
                return undo(done.error());
            // The replaced keys' old secrets go last: until the write above, they were still in use.
            inSequence<QString>(
                import.toDeleteAfter,
                [&c](const QString& ref, const std::function<void()>& next) {
                    c.secrets->remove(ref, c.secrets, [next](const Result<Unit>&) { next(); });
                },
                [&c, import] {
                    c.console.out(tr("Imported: %1 added, %2 replaced, %3 already here.")
                                      .arg(import.added)
                                      .arg(import.replaced)
                                      .arg(import.unchanged));
                    c.done(ExitOk);
                });
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
