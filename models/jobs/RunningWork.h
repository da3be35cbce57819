#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace fusion {

// What the app is doing that a person would lose by quitting now: every running Job and every streamed AI
// answer registers here while it runs, so the main window can warn before it closes, say what is running and
// stop it. One per process, used on the thread the work lives on (the GUI thread in the app); fusionctl's
// jobs register too and nobody asks.
//
// An entry says, for a person, what runs ("Installing 3 modules on acme"), whether it can still be stopped
// (a write under way cannot: it ends whole or not at all, and the app waits for it) and how to stop it at its
// next step. An entry leaves when its work ends or its owner is deleted.
class RunningWork : public QObject {
    Q_OBJECT

public:
    struct Entry {
        QObject* owner = nullptr;
        QString description; // one line, for a person
        QString progress; // the latest step, when it said one ("Asking acme's Odoo which modules it has…")
        int step = 0;
        int steps = 0;         // 0: how far along is not known
        bool stoppable = true; // false while a write is under way, or while work finishes what it began
        bool stopRequested = false;
    };

    static RunningWork& instance();

    // `owner` starts running `description`; `stop` asks it to stop at its next step. Registering again
    // replaces the entry (a job started anew).
    void add(QObject* owner, const QString& description, std::function<void()> stop);
    void remove(QObject* owner);
    void setDescription(QObject* owner, const QString& description);
    void setProgress(QObject* owner, int step, int steps, const QString& text);
    void setStoppable(QObject* owner, bool stoppable);

    QList<Entry> entries() const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    bool contains(const QObject* owner) const { return find(owner) >= 0; }
    // Asks every entry to stop at its next step; those that cannot are left to end by themselves.
    void stopAll();

Q_SIGNALS:
    // Something was added, removed or changed its description, progress or stoppability.
    void changed();

private:
    struct Item {
        Entry entry;
        std::function<void()> stop;
        QMetaObject::Connection destroyed;
    };
    explicit RunningWork(QObject* parent = nullptr);
    qsizetype find(const QObject* owner) const;

    QList<Item> m_entries;
};

} // namespace fusion
