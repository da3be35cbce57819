#pragma once

#include <QCoreApplication>
#include <QString>

namespace fusion {

// Where the embedded SQLite database lives when no other store is chosen, and the one-time move from the
// folder that versions up to 0.1 used.
class DefaultDatabase {
    Q_DECLARE_TR_FUNCTIONS(fusion::DefaultDatabase)

public:
    // The file to open: the current location, or the old one while a database there has not been moved
    // (a move that failed keeps it in use where it is).
    static QString path();
    // <data>/fusion-console/fusion.db, e.g. ~/.local/share/fusion-console/fusion.db.
    static QString currentPath();
    // <data>/fusion-console/fusion-console/fusion.db: QStandardPaths::AppDataLocation is <org>/<app>, and
    // both names are "fusion-console".
    static QString legacyPath();

    struct Move {
        enum class Outcome { Nothing, Moved, Failed };
        Outcome outcome = Outcome::Nothing;
        QString message; // one translated line for the person; empty when nothing happened
    };
    // Moves a database (with any -wal, -shm and -journal file) from the old folder to the current one, once:
    // only when the current folder holds no database yet. A failed move leaves every file where it was.
    static Move moveFromLegacyLocation();
};

} // namespace fusion
