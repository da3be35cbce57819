#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// Looking at and steering the real Secret Service of a keychain test (tests/fixtures/with-keychain.sh): what
// items it holds, locking and unlocking its login collection. Test set-up only; the code under test talks to
// the keychain through QtKeychain like in production.
namespace fusion::test {

// Runs a helper program; returns its standard output, or nullopt when it failed.
std::optional<QString> tool(const QString& program, const QStringList& args, const QByteArray& input = {},
                            QString* error = nullptr);
// What `secret-tool` shows for the items QtKeychain wrote for `service` (attribute "server").
QString keychainItems(const QString& service = QStringLiteral("fusion-console"));
bool keychainHasItem(const QString& key);
// The process that owns org.freedesktop.secrets on this session bus (0 if none).
qint64 secretServicePid();
bool lockLoginCollection();
bool loginCollectionLocked();
// Unlocking needs a prompt, which a headless session cannot show: replaces the daemon by one that unlocks the
// login keyring with its (empty) password, as with-keychain.sh started it.
bool unlockLoginCollection();

} // namespace fusion::test
