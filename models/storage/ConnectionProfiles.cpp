#include "models/storage/ConnectionProfiles.h"

#include "models/secrets/SecretStore.h"

#include <QRegularExpression>
#include <QSettings>

namespace fusion {

namespace {
const QString kGroup = QStringLiteral("profiles");
const QString kDefaultKey = QStringLiteral("database/defaultProfile");
} // namespace

ConnectionProfiles::ConnectionProfiles(SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
{
}

QString ConnectionProfiles::validateName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!re.match(name).hasMatch())
        return tr("A profile name has up to 64 letters, digits, '.', '_' or '-', and starts with a letter or "
                  "digit.");
    return {};
}

QString ConnectionProfiles::secretKey(const QString& name)
{
    return QStringLiteral("profile/") + name;
}

QList<ConnectionProfile> ConnectionProfiles::list() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    const QStringList names = settings.childGroups();
    settings.endGroup();
    QList<ConnectionProfile> profiles;
    for (const QString& name : names) {
        if (auto p = find(name))
            profiles << *p;
    }
    return profiles;
}

std::optional<ConnectionProfile> ConnectionProfiles::find(const QString& name) const
{
    if (!validateName(name).isEmpty())
        return std::nullopt;
    QSettings settings;
    settings.beginGroup(kGroup + QLatin1Char('/') + name);
    const QString url = settings.value(QStringLiteral("url")).toString();
    if (url.isEmpty())
        return std::nullopt;
    auto target = DatabaseTarget::parse(url);
    if (!target)
        return std::nullopt;
    ConnectionProfile p;
    p.name = name;
    p.target = target.value();
    p.target.profileName = name;
    p.hasPassword = settings.value(QStringLiteral("hasPassword"), false).toBool();
    p.target.standbyReads = p.target.dialect == Dialect::Postgres &&
                            settings.value(QStringLiteral("standbyReads"), false).toBool();
    return p;
}

QString ConnectionProfiles::defaultProfile() const
{
    return QSettings().value(kDefaultKey).toString();
}

void ConnectionProfiles::setDefaultProfile(const QString& name)
{
    QSettings settings;
    if (name.isEmpty())
        settings.remove(kDefaultKey);
    else
        settings.setValue(kDefaultKey, name);
}

void ConnectionProfiles::store(const QString& name, const DatabaseTarget& target, bool hasPassword)
{
    QSettings settings;
    settings.beginGroup(kGroup + QLatin1Char('/') + name);
    DatabaseTarget plain = target;
    plain.profileName.clear();
    settings.setValue(QStringLiteral("url"), plain.toUrl());
    settings.setValue(QStringLiteral("hasPassword"), hasPassword);
    settings.setValue(QStringLiteral("standbyReads"),
                      target.dialect == Dialect::Postgres && target.standbyReads);
    settings.endGroup();
    settings.sync();
}

void ConnectionProfiles::save(const QString& name, const DatabaseTarget& target, const SecretBytes& password,
                              QObject* context, const Done& done)
{
    const QString why = validateName(name);
    if (!why.isEmpty()) {
        done(Error::make(ErrorKind::InvalidInput, why));
        return;
    }
    if (password.isEmpty()) {
        const bool hadPassword = find(name).has_value() && find(name)->hasPassword;
        if (!hadPassword) {
            store(name, target, false);
            done(Unit{});
            return;
        }
        // Keep the stored password when only the address changes.
        store(name, target, true);
        done(Unit{});
        return;
    }
    QPointer<ConnectionProfiles> self(this);
    const auto existing = find(name);
    // Replacing a password that a profile already uses: if the keychain answers only after we gave up, the
    // new password is what the person wanted; a brand-new one is taken back so no orphan is left behind.
    const auto late =
        existing && existing->hasPassword ? SecretStore::LateWrite::Keep : SecretStore::LateWrite::Undo;
    m_secrets->write(
        secretKey(name), password, context,
        [self, name, target, done](const Result<Unit>& r) {
            if (!r) {
                done(r.error());
                return;
            }
            if (self)
                self->store(name, target, true);
            done(Unit{});
        },
        late);
}

void ConnectionProfiles::changePassword(const QString& name, const SecretBytes& password, QObject* context,
                                        const Done& done)
{
    const auto profile = find(name);
    if (!profile) {
        done(Error::make(ErrorKind::NotFound, tr("There is no connection profile \"%1\".").arg(name)));
        return;
    }
    if (password.isEmpty()) {
        done(Error::make(ErrorKind::InvalidInput, tr("The new password is empty.")));
        return;
    }
    save(name, profile->target, password, context, done);
}

void ConnectionProfiles::forget(const QString& name, QObject* context, const Done& done)
{
    const auto profile = find(name);
    if (!profile) {
        done(Error::make(ErrorKind::NotFound, tr("There is no connection profile \"%1\".").arg(name)));
        return;
    }
    const auto removeSettings = [name] {
        QSettings settings;
        settings.remove(kGroup + QLatin1Char('/') + name);
        if (settings.value(kDefaultKey).toString() == name)
            settings.remove(kDefaultKey);
        settings.sync();
    };
    if (!profile->hasPassword) {
        // Nothing in the keychain to remove: works without one.
        removeSettings();
        done(Unit{});
        return;
    }
    QPointer<ConnectionProfiles> self(this);
    m_secrets->remove(secretKey(name), context, [self, removeSettings, done](const Result<Unit>& r) {
        if (!r && r.error().kind != ErrorKind::KeychainEntryMissing) {
            done(r.error()); // keep the profile so the password can still be removed later
            return;
        }
        if (self)
            removeSettings();
        done(Unit{});
    });
}

void ConnectionProfiles::password(const QString& name, QObject* context,
                                  const std::function<void(Result<SecretBytes>)>& done)
{
    const auto profile = find(name);
    if (!profile) {
        done(Error::make(ErrorKind::NotFound, tr("There is no connection profile \"%1\".").arg(name)));
        return;
    }
    if (!profile->hasPassword) {
        done(SecretBytes());
        return;
    }
    m_secrets->read(secretKey(name), context, done);
}

} // namespace fusion
