#pragma once

#include <QWidget>

class QTimer;

namespace fusion {

class AppContext;
class MessageBar;

// A pane of the main window. It loads its data through the database worker when first shown, and again
// (debounced) when a table it shows changes — in this session or, on PostgreSQL, in any other.
class Pane : public QWidget {
    Q_OBJECT

public:
    Pane(AppContext* context, QWidget* parent = nullptr);

    // Fetches the pane's data anew; the pane emits loaded() when it is shown.
    virtual void reload() = 0;
    bool hasLoadedOnce() const { return m_loadedOnce; }

Q_SIGNALS:
    void loaded();
    void openTenantRequested(qint64 tenantId);

protected:
    // Tables whose changes make this pane stale.
    void watchTables(const QStringList& tables);
    void markLoaded();
    void showEvent(QShowEvent* event) override;

    AppContext* m_context;

private:
    void onDataChanged(const QString& table);

    QStringList m_tables;
    QTimer* m_refreshTimer;
    bool m_stale = true;
    bool m_loadedOnce = false;
};

} // namespace fusion
