#pragma once

#include "models/bundles/BundleCatalog.h"
#include "ui/common/Pane.h"

#include <QElapsedTimer>

#include <memory>
#include <optional>

namespace Ui {
class BundlesPane;
}

class QStringListModel;
class QTimer;

namespace fusion {

class BundleListModel;
class BundlesEmptyState;
class Job;
class OdooClient;
class TenantDriftModel;

// Module bundles: the list; a bundle's definition (name, type, version, description, modules) edited in
// place and saved through the confirmation dialog; and its tenants — or the whole fleet — against what their
// Odoo has installed, with assign, unassign, module sync and apply (install the missing modules, with
// progress, as a recorded operation).
class BundlesPane : public Pane {
    Q_OBJECT

public:
    explicit BundlesPane(AppContext* context, QWidget* parent = nullptr);
    ~BundlesPane() override;
    void reload() override;
    void selectBundle(const QString& code);
    void setTenant(const QString& slug); // the tenant the drift actions work on

Q_SIGNALS:
    void applyFinished(const QString& slug, bool succeeded); // for tests and the status bar
    void driftLoaded();

private:
    struct Snapshot {
        QList<BundleInfo> bundles;
        QList<CatalogModule> modules;
        QStringList tenants;
    };

    void showSelected();
    void fillForm(const std::optional<BundleInfo>& bundle);
    BundleDraft formDraft() const;
    bool isDirty() const;
    void updateButtons();
    void addModules();
    void removeModules();
    void startNew();
    void startFrom(const BundleDraft& draft); // a new bundle's form filled from a recommendation
    void save();
    void revert();
    void deleteBundle();
    void reloadDrift();
    void assign(bool add);
    void syncModules();
    void apply();
    void setProgress(int step, const QString& text, bool indeterminate = false);
    void followProgress(Job* job); // shows a job's steps in the progress row; deletes it when done
    void finishProgress();
    QString tenantSlug() const;
    std::optional<BundleInfo> selected() const;

    std::unique_ptr<Ui::BundlesPane> m_ui;
    BundleListModel* m_bundles;
    BundlesEmptyState* m_empty;
    TenantDriftModel* m_drift;
    QStringListModel* m_moduleNames;
    OdooClient* m_client;
    QTimer* m_elapsedTimer;
    QElapsedTimer m_elapsed;
    QString m_elapsedText;
    std::optional<BundleInfo> m_current; // what the form was filled from; empty for a new bundle
    bool m_filling = false;
    QString m_wanted;   // select this bundle once it is listed
    QString m_busySlug; // a sync or apply is running for this tenant
};

} // namespace fusion
