#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

// An image tag that passed testing in one environment: the only kind of target an image upgrade may have
// there (the seed's rule, kept by the database).
struct TestedTag {
    qint64 id = 0;
    QString environment;
    QString component; // odoo or postgres
    QString image;     // repository, e.g. registry.example.com/odoo
    QString tag;       // e.g. 17.0-20261201
    QString notes;
    QString testedBy;
    QDateTime testedAt;
    QDateTime retiredAt;

    bool retired() const { return retiredAt.isValid(); }
    QString reference() const { return image + QLatin1Char(':') + tag; }
};

class ImageTags {
    Q_DECLARE_TR_FUNCTIONS(fusion::ImageTags)

public:
    // Newest first. `environment` empty: every environment; retired tags only when asked for.
    static QList<TestedTag> list(Database& db, const QString& environment = {}, bool withRetired = false);
    static std::optional<TestedTag> find(Database& db, qint64 id);
    // "IMAGE:TAG" of `component` in `environment` (the last colon splits: a registry may carry a port).
    static std::optional<TestedTag> find(Database& db, const QString& environment, const QString& component,
                                         const QString& reference);

    // Why a reference cannot be recorded, or empty (the database's own checks, said first and in words).
    static QString validate(const QString& component, const QString& reference);

    static PendingWrite planAdd(Database& db, const QString& environment, const QString& component,
                                const QString& reference, const QString& notes);
    // A retired tag is kept (operations point at it) but may not be the target of a new upgrade.
    static PendingWrite planRetire(Database& db, qint64 id);
};

} // namespace fusion
