#pragma once

#include "models/core/Error.h"
#include "models/odoo/OdooModules.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

namespace fusion {

class OdooClient;

// The Odoo side of applying a bundle, shared by fusionctl and the app. First, before anything is
// confirmed, which of the missing modules this Odoo knows; then, once the person confirmed and the operation
// is recorded, update_list → read the states → button_immediate_install of those not installed → read the
// states again. Every step reports progress; nothing is retried; whatever happens, the states Odoo reports
// at the end are handed back so the operation records the truth.
class BundleInstaller {
    Q_DECLARE_TR_FUNCTIONS(fusion::BundleInstaller)

public:
    struct Availability {
        QStringList available;   // Odoo lists these modules
        QStringList unavailable; // not in this Odoo's list (update_list may still find them)
    };
    enum class Step { UpdatingList, ReadingStates, Installing, ReadingResult };
    struct Outcome {
        QList<OdooModule> after; // the modules' states as Odoo reported them last
        QString error;           // empty when every call succeeded
    };
    using Progress = std::function<void(Step step, const QStringList& modules)>;

    static void readModules(OdooClient* client, const QVariantList& domain, QObject* context,
                            const std::function<void(Result<QList<OdooModule>>)>& done);
    static void checkAvailability(OdooClient* client, const QStringList& modules, QObject* context,
                                  const std::function<void(Result<Availability>)>& done);
    static void install(OdooClient* client, const QStringList& modules, QObject* context,
                        const Progress& progress, const std::function<void(Outcome)>& done);

    static QString stepText(Step step, const QStringList& modules);
};

} // namespace fusion
