#pragma once

#include "models/core/Error.h"
#include "ui/common/Loads.h"
#include "ui/common/SaveFile.h"

#include <QWidget>

class QBoxLayout;
class QLabel;
class QTimer;

namespace fusion {

class AppContext;
class MessageBar;

// A pane of the main window. It loads its data through the database worker when first shown, and again
// (debounced) when a table it shows changes — in this session or, on PostgreSQL, in any other. The base owns
// what every pane needs for that: the message bar, the "Loading…" layers and the guard that keeps an older
// answer from overwriting a newer one, so a pane only says what to fetch and how to show it.
class Pane : public QWidget {
    Q_OBJECT

public:
    // `route`: ReadRoute::StandbyAllowed for a pane whose figures may trail the primary by a moment; its
    // loads then read on a standby when the profile allows it, and a line under the message bar says so.
    Pane(AppContext* context, QWidget* parent = nullptr, ReadRoute route = ReadRoute::Primary);

    // Fetches the pane's data anew; the pane emits loaded() when it is shown.
    virtual void reload() = 0;
    bool hasLoadedOnce() const { return m_loadedOnce; }
    MessageBar* messageBar() const { return m_messages; }
    // Shows the tab known as `name` (ui/common/PaneTabs.h: addNamedTab); false when the pane has none.
    bool showTab(const QString& name);

Q_SIGNALS:
    void loaded();
    void openTenantRequested(qint64 tenantId);

protected:
    // Tables whose changes make this pane stale.
    void watchTables(const QStringList& tables);
    void markLoaded();
    void showEvent(QShowEvent* event) override;

    // Puts the message bar at `index` of `layout` (the pane's top, usually).
    void placeMessageBar(QBoxLayout* layout, int index = 0);
    // `view` shows "Loading…" while a load named `key` runs.
    void coverWhileLoading(QWidget* view, const QString& key = {}) { m_loads->cover(view, key); }

    // Runs `work` (Database& → T) on the database worker and `apply(const T&)` on the GUI thread — unless a
    // newer load of the same name began meanwhile. An error goes to `failed(const Error&)`, by default to the
    // message bar.
    template <typename Work, typename Apply>
    void load(Work work, Apply apply)
    {
        load(QString(), std::move(work), std::move(apply));
    }
    template <typename Work, typename Apply>
    void load(const QString& key, Work work, Apply apply)
    {
        load(key, std::move(work), std::move(apply), [this](const Error& e) { showFailure(e); });
    }
    template <typename Work, typename Apply, typename Failed>
    void load(const QString& key, Work work, Apply apply, Failed failed)
    {
        m_loads->run(key, std::move(work), std::move(apply), std::move(failed));
    }
    // The pane's own data (the unnamed load): like load(), and after `apply` — or the error, shown in the
    // message bar — the pane counts as loaded (markLoaded()).
    template <typename Work, typename Apply>
    void loadPane(Work work, Apply apply)
    {
        load(
            QString(), std::move(work),
            [this, apply = std::move(apply)](const auto& value) {
                apply(value);
                markLoaded();
            },
            [this](const Error& e) {
                showFailure(e);
                markLoaded();
            });
    }
    // The guard alone, for loads that do not come from the database (e.g. Odoo): begin() before asking,
    // finish() when the answer is here — false means a newer request was made and the answer is stale.
    Loads* loads() const { return m_loads; }

    // Shows `error` in the message bar. A cancelled confirmation shows nothing: the person chose it.
    void showFailure(const Error& error);
    // Asks where to save a file (see SaveFile); `chosen` runs on the GUI thread, never when cancelled.
    void askSaveFile(const SaveFile::Request& request, const SaveFile::Chosen& chosen);

    AppContext* m_context;
    MessageBar* m_messages;         // owned here; placed by placeMessageBar()
    QLabel* m_readSource = nullptr; // "Read from standby …" (StandbyAllowed only), below the message bar

private:
    void onDataChanged(const QString& table);

    Loads* m_loads;
    QStringList m_tables;
    QTimer* m_refreshTimer;
    bool m_stale = true;
    bool m_loadedOnce = false;
};

} // namespace fusion
