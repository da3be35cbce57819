#pragma once

#include "models/core/Error.h"
#include "models/secrets/SecretBytes.h"
#include "models/storage/DatabaseTarget.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace fusion {

class SecretStore;

struct ConnectionProfile {
    QString name;
    DatabaseTarget target; // never holds a password
    bool hasPassword = false;
};

// Saved connections. Everything but the password lives in the settings file; the password lives only in
// the OS keychain under "profile/<name>". Adding or changing a profile writes the keychain first and
// touches the settings only once the keychain has accepted the secret, so a failure stores nothing.
class ConnectionProfiles : public QObject {
    Q_OBJECT

public:
    explicit ConnectionProfiles(SecretStore* secrets, QObject* parent = nullptr);

    QList<ConnectionProfile> list() const;
    std::optional<ConnectionProfile> find(const QString& name) const;
    QString defaultProfile() const;
    void setDefaultProfile(const QString& name); // empty: the embedded SQLite file

    static QString validateName(const QString& name); // empty when acceptable
    static QString secretKey(const QString& name);

    using Done = std::function<void(Result<Unit>)>;
    // Saves a new profile (or replaces one), with an optional password.
    void save(const QString& name, const DatabaseTarget& target, const SecretBytes& password,
              QObject* context, const Done& done);
    void changePassword(const QString& name, const SecretBytes& password, QObject* context, const Done& done);
    // Deletes the keychain entry (a missing one is fine) and then the profile.
    void forget(const QString& name, QObject* context, const Done& done);
    // The password for connecting; empty when the profile has none.
    void password(const QString& name, QObject* context,
                  const std::function<void(Result<SecretBytes>)>& done);

private:
    void store(const QString& name, const DatabaseTarget& target, bool hasPassword);
    SecretStore* m_secrets;
};

} // namespace fusion
