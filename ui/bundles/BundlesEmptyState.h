#pragma once

#include "models/bundles/BundleCatalog.h"

#include <QWidget>

namespace fusion {

// What the Bundles pane shows while the catalog has no bundle (the seed's empty state): what a bundle is,
// and the recommended starting bundles, each filling the new-bundle form for the person to review and save.
class BundlesEmptyState : public QWidget {
    Q_OBJECT

public:
    explicit BundlesEmptyState(QWidget* parent = nullptr);
    // Owners (ManageBundles) start from a recommendation; others are told who can.
    void setCanManage(bool canManage, const QString& whyNot);

Q_SIGNALS:
    void startFrom(const fusion::BundleDraft& draft);
};

} // namespace fusion
