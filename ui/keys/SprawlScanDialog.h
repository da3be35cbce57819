#pragma once

#include "models/vault/SecretSprawl.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace fusion {

class AppContext;
class OdooClient;

// Looks for credentials left in plaintext in a tenant's Odoo system parameters and lists them by fingerprint
// — which are copies of vault keys (to clean up in Odoo) and which the vault does not know. Reads only; no
// value is ever shown.
class SprawlScanDialog : public QDialog {
    Q_OBJECT

public:
    SprawlScanDialog(AppContext* context, const QList<ApiKey>& vault, QWidget* parent = nullptr);
    void setTenant(const QString& slug);

Q_SIGNALS:
    void scanned(int findings);

private:
    void scan();

    AppContext* m_context;
    QList<ApiKey> m_vault;
    OdooClient* m_client;
    QComboBox* m_tenant;
    QPushButton* m_scan;
    QTableWidget* m_results;
    QLabel* m_summary;
    QString m_wanted;
};

} // namespace fusion
