#pragma once

#include "models/core/Error.h"
#include "models/jobs/Job.h"
#include "models/odoo/OdooModules.h"

#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace fusion {

class OdooClient;

// Applying a bundle to a tenant: the bundle's modules the tenant lacks by our records; its Odoo's settings
// and secret; which of them this Odoo can install (so the confirmation shows it); the confirmation; the
// operation recorded as running with its audit row; Odoo asked to update its list and install; whatever Odoo
// reports afterwards recorded on the operation. Nothing is retried.
class BundleApply : public Job {
    Q_OBJECT

public:
    struct Outcome {
        bool nothingToDo = false; // every module already installed, as last recorded
        qint64 operationId = 0;
        QJsonObject recorded; // the operation's result as recorded: installed, not_installed, error
        QStringList installed() const;
        QStringList notInstalled() const;
        QString error() const; // Odoo's failure, empty when every call succeeded
        bool complete() const { return nothingToDo || (error().isEmpty() && notInstalled().isEmpty()); }
    };
    using Done = std::function<void(const Result<Outcome>&)>;
    static constexpr int kSteps = 4; // update list, read states, install, read the result

    // `client` (optional) is used for the Odoo calls; without one the job makes its own.
    BundleApply(JobHost host, OdooClient* client = nullptr, QObject* parent = nullptr);

    void start(const QString& bundleCode, const QString& slug, Done done);

protected:
    QString workDescription() const override;

private:
    void checkAvailability();
    void confirmAndRecord(const PendingWrite& planned);
    void install();
    void record(const QList<OdooModule>& after, const QString& error);
    void finish(const Result<Outcome>& result);

    QPointer<OdooClient> m_client;
    QString m_code;
    QString m_slug;
    QStringList m_missing;
    qint64 m_operationId = 0;
    Done m_done;
};

} // namespace fusion
