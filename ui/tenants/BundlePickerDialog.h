#pragma once

#include "models/tenants/Tenant.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BundlePickerDialog;
}

namespace fusion {

// Chooses a tenant's bundles: all bundles listed, the assigned ones checked. Choosing writes nothing; the
// caller plans the change and asks for confirmation.
class BundlePickerDialog : public QDialog {
    Q_OBJECT

public:
    BundlePickerDialog(const QList<Bundle>& all, const QList<Bundle>& assigned, QWidget* parent = nullptr);
    ~BundlePickerDialog() override;
    QStringList chosenCodes() const;

private:
    std::unique_ptr<Ui::BundlePickerDialog> m_ui;
};

} // namespace fusion
