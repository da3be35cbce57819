#include "models/core/Error.h"

namespace fusion {

QString Error::kindName() const
{
    switch (kind) {
    case ErrorKind::Internal:
        return QStringLiteral("internal");
    case ErrorKind::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ErrorKind::PermissionDenied:
        return QStringLiteral("permission_denied");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::NotConfirmed:
        return QStringLiteral("not_confirmed");
    case ErrorKind::Connection:
        return QStringLiteral("connection");
    case ErrorKind::SchemaTooNew:
        return QStringLiteral("schema_too_new");
    case ErrorKind::SchemaMissing:
        return QStringLiteral("schema_missing");
    case ErrorKind::NotFusionDatabase:
        return QStringLiteral("not_fusion_database");
    case ErrorKind::CorruptDatabase:
        return QStringLiteral("corrupt_database");
    case ErrorKind::KeychainUnavailable:
        return QStringLiteral("keychain_unavailable");
    case ErrorKind::KeychainLocked:
        return QStringLiteral("keychain_locked");
    case ErrorKind::KeychainDenied:
        return QStringLiteral("keychain_denied");
    case ErrorKind::KeychainEntryMissing:
        return QStringLiteral("keychain_entry_missing");
    case ErrorKind::KeychainTimeout:
        return QStringLiteral("keychain_timeout");
    case ErrorKind::OdooServerError:
        return QStringLiteral("odoo_server_error");
    case ErrorKind::OdooUserError:
        return QStringLiteral("odoo_user_error");
    case ErrorKind::OdooAccessDenied:
        return QStringLiteral("odoo_access_denied");
    case ErrorKind::OdooAccessError:
        return QStringLiteral("odoo_access_error");
    case ErrorKind::OdooProtocol:
        return QStringLiteral("odoo_protocol");
    case ErrorKind::OdooUnreachable:
        return QStringLiteral("odoo_unreachable");
    case ErrorKind::OdooTimeout:
        return QStringLiteral("odoo_timeout");
    case ErrorKind::OdooRateLimited:
        return QStringLiteral("odoo_rate_limited");
    case ErrorKind::OdooAuthStopped:
        return QStringLiteral("odoo_auth_stopped");
    case ErrorKind::OdooTlsUntrusted:
        return QStringLiteral("odoo_tls_untrusted");
    }
    return QStringLiteral("internal");
}

} // namespace fusion
