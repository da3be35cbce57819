#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace fusion {

class Database;

namespace WritePlanText {
QString display(const QVariant& value); // "(empty)", "yes"/"no", ISO dates, or the value's text
}

// One field of a record before and after a write. An invalid QVariant means "no value" (a record that
// does not exist yet, or a field being cleared).
struct FieldChange {
    FieldChange() = default;
    FieldChange(QString field_, QString label_, QVariant before_, QVariant after_)
        : field(std::move(field_))
        , label(std::move(label_))
        , before(std::move(before_))
        , after(std::move(after_))
    {
    }
    QString field;
    QString label;
    QVariant before;
    QVariant after;
    QString beforeText; // optional: how to show `before` (a translated state name); the audit keeps the value
    QString afterText;
    QString beforeDisplay() const
    {
        return beforeText.isEmpty() ? WritePlanText::display(before) : beforeText;
    }
    QString afterDisplay() const { return afterText.isEmpty() ? WritePlanText::display(after) : afterText; }
};

// What a write will do, described for the person who must confirm it: the app shows it in the
// confirmation dialog, fusionctl prints it before asking, and the audit row records it.
struct WritePlan {
    QString action;     // stable identifier, e.g. "tenant.pause"
    QString title;      // one translated line, e.g. "Pause tenant acme-finance"
    QString verb;       // the confirming button's text, e.g. "Pause"
    QString targetType; // "tenant", "database", "role", ...
    QString target;     // slug, login, ...
    std::optional<qint64> tenantId;
    QList<FieldChange> changes; // field-by-field before → after
    QStringList effects;        // further consequences, e.g. "Records operation 'pause' (queued)"
    qint64 rowsAffected = 0;
    QString confirmPhrase; // when set, the person must type exactly this to confirm (destructive)
    bool destructive = false;

    bool hasChanges() const { return !changes.isEmpty() || !effects.isEmpty() || rowsAffected > 0; }
    QString summaryText() const;
    QJsonObject beforeJson() const;
    QJsonObject afterJson() const;
    static QString displayValue(const QVariant& value) { return WritePlanText::display(value); }
};

// A write ready to run: the plan shown to the person, and the work that performs it. The work runs inside
// the transaction that also appends the audit row; it throws fusion::Failure to abort, and it must check
// that what the plan was computed from still holds (row versions), never assume it.
struct PendingWrite {
    WritePlan plan;
    std::function<QJsonObject(Database&)> apply; // returns facts for the audit row (new ids, ...)
};

} // namespace fusion
