#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace fusion {

// A column a person may edit: how it is labelled, how its values are compared and checked.
struct EditableField {
    enum Kind { Text, Id, Date };
    EditableField(QString column_, const char* label_, Kind kind_ = Text,
                  std::function<QString(const QString&)> validate_ = {}, QString referenceTable_ = {})
        : column(std::move(column_))
        , label(label_)
        , kind(kind_)
        , validate(std::move(validate_))
        , referenceTable(std::move(referenceTable_))
    {
    }
    QString column;
    const char* label = nullptr; // QT_TRANSLATE_NOOP("fusion::Fields", ...)
    Kind kind = Text;
    std::function<QString(const QString&)> validate; // empty string when valid
    QString referenceTable; // Id fields: the table whose "name" column names the referenced row
    QString translatedLabel() const;
};

// A table whose rows are edited with optimistic locking (row_version) and found by `keyColumn`
// ("id", or "tenant_id" for the one-per-tenant configuration records).
struct EditableTable {
    QString table;
    QString keyColumn;
    QList<EditableField> fields;
    const EditableField* field(const QString& column) const;
};

// Plans an edit of one row: diffs the new values against the stored ones, validates what changed, and
// returns the write whose apply() updates the row only if its row_version is still the expected one.
// A stale expected version, at plan time or at apply time, is a Conflict carrying the current values
// (labels → display text, plus "_row_version"), so the person sees what changed and loses nothing.
// A missing row keyed by tenant_id is inserted instead (expectedVersion 0).
class RecordEdit {
    Q_DECLARE_TR_FUNCTIONS(fusion::RecordEdit)

public:
    static PendingWrite plan(Database& db, const EditableTable& spec, const QVariant& key,
                             int expectedVersion, const QVariantMap& values);
    static QVariantMap currentValues(Database& db, const EditableTable& spec, const QVariant& key,
                                     int* rowVersion = nullptr, bool* exists = nullptr);
    static Failure conflict(Database& db, const EditableTable& spec, const QVariantMap& current,
                            int rowVersion);
    static bool sameValue(EditableField::Kind kind, const QVariant& a, const QVariant& b);
    // What a person sees for a value: for references "Name (#id)", otherwise the value itself.
    static QVariant displayed(Database& db, const EditableField& field, const QVariant& value);
    static QVariant normalized(EditableField::Kind kind, const QVariant& v);
};

} // namespace fusion
