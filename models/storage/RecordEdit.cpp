#include "models/storage/RecordEdit.h"

#include <QCoreApplication>
#include <QDate>

namespace fusion {

QString EditableField::translatedLabel() const
{
    return QCoreApplication::translate("fusion::Fields", label);
}

const EditableField* EditableTable::field(const QString& column) const
{
    for (const EditableField& f : fields) {
        if (f.column == column)
            return &f;
    }
    return nullptr;
}

QVariant RecordEdit::normalized(EditableField::Kind kind, const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return kind == EditableField::Text ? QVariant(QString()) : QVariant();
    switch (kind) {
    case EditableField::Text:
        return v.toString().trimmed();
    case EditableField::Id: {
        if (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty())
            return QVariant();
        bool ok = false;
        const qint64 id = v.toLongLong(&ok);
        return ok && id > 0 ? QVariant(id) : QVariant();
    }
    case EditableField::Date: {
        if (v.typeId() == QMetaType::QDate)
            return v.toDate().isValid() ? v : QVariant();
        if (v.typeId() == QMetaType::QDateTime)
            return v.toDateTime().date();
        const QString s = v.toString().trimmed();
        if (s.isEmpty())
            return QVariant();
        const QDate d = QDate::fromString(s.left(10), Qt::ISODate);
        return d.isValid() ? QVariant(d) : QVariant(s); // an invalid date stays text so validation can say so
    }
    }
    return v;
}

bool RecordEdit::sameValue(EditableField::Kind kind, const QVariant& a, const QVariant& b)
{
    const QVariant na = normalized(kind, a);
    const QVariant nb = normalized(kind, b);
    if (!na.isValid() || !nb.isValid())
        return na.isValid() == nb.isValid();
    if (kind == EditableField::Id)
        return na.toLongLong() == nb.toLongLong();
    if (kind == EditableField::Date)
        return na.toString() == nb.toString() || na.toDate() == nb.toDate();
    return na.toString() == nb.toString();
}

QVariantMap RecordEdit::currentValues(Database& db, const EditableTable& spec, const QVariant& key,
                                      int* rowVersion, bool* exists)
{
    QStringList columns;
    for (const EditableField& f : spec.fields)
        columns << f.column;
    QSqlQuery r = db.exec(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
                              QStringLiteral(", row_version FROM ") + spec.table + QStringLiteral(" WHERE ") +
                              spec.keyColumn + QStringLiteral(" = ?"),
                          {key});
    QVariantMap values;
    const bool found = r.next();
    if (exists)
        *exists = found;
    if (rowVersion)
        *rowVersion = found ? r.value(int(spec.fields.size())).toInt() : 0;
    for (int i = 0; i < spec.fields.size(); ++i)
        values.insert(spec.fields[i].column,
                      found ? normalized(spec.fields[i].kind, r.value(i)) : QVariant());
    return values;
}

QVariant RecordEdit::displayed(Database& db, const EditableField& field, const QVariant& value)
{
    if (field.kind != EditableField::Id || field.referenceTable.isEmpty() || !value.isValid() ||
        value.isNull())
        return value;
    const QString name = db.scalar(QStringLiteral("SELECT name FROM ") + field.referenceTable +
                                       QStringLiteral(" WHERE id = ?"),
                                   {value})
                             .toString();
    if (name.isEmpty())
        return value;
    return QStringLiteral("%1 (#%2)").arg(name, value.toString());
}

Failure RecordEdit::conflict(Database& db, const EditableTable& spec, const QVariantMap& current,
                             int rowVersion)
{
    Error e = Error::make(
        ErrorKind::Conflict,
        tr("Someone else changed this record since you opened it. Your changes were not saved; the "
           "current values are shown so you can compare and apply yours again."));
    for (const EditableField& f : spec.fields)
        e.current.insert(f.translatedLabel(),
                         WritePlan::displayValue(displayed(db, f, current.value(f.column))));
    e.current.insert(QStringLiteral("_row_version"), rowVersion);
    return Failure(e);
}

PendingWrite RecordEdit::plan(Database& db, const EditableTable& spec, const QVariant& key,
                              int expectedVersion, const QVariantMap& values)
{
    int rowVersion = 0;
    bool exists = false;
    const QVariantMap current = currentValues(db, spec, key, &rowVersion, &exists);
    if (!exists && spec.keyColumn == QLatin1String("id"))
        throw Failure(ErrorKind::NotFound, tr("The record no longer exists or your role may not see it."));
    if (rowVersion != expectedVersion)
        throw conflict(db, spec, current, rowVersion);

    PendingWrite write;
    QStringList problems;
    QStringList setColumns;
    QVariantList setValues;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const EditableField* f = spec.field(it.key());
        if (!f)
            throw Failure(ErrorKind::InvalidInput, tr("\"%1\" cannot be edited.").arg(it.key()));
        if (sameValue(f->kind, current.value(f->column), it.value()))
            continue;
        const QVariant after = normalized(f->kind, it.value());
        if (f->kind == EditableField::Date && after.isValid() && after.typeId() != QMetaType::QDate)
            problems << tr("%1: \"%2\" is not a date (use YYYY-MM-DD).")
                            .arg(f->translatedLabel(), after.toString());
        else if (f->kind == EditableField::Id && !f->referenceTable.isEmpty() && after.isValid() &&
                 db.scalar(QStringLiteral("SELECT count(*) FROM ") + f->referenceTable +
                               QStringLiteral(" WHERE id = ?"),
                           {after})
                         .toInt() == 0)
            problems << tr("%1: there is no record #%2.").arg(f->translatedLabel(), after.toString());
        else if (f->validate) {
            const QString why = f->validate(after.toString());
            if (!why.isEmpty())
                problems << f->translatedLabel() + QStringLiteral(": ") + why;
        }
        write.plan.changes << FieldChange{f->column, f->translatedLabel(),
                                          displayed(db, *f, current.value(f->column)),
                                          displayed(db, *f, after)};
        setColumns << f->column;
        setValues << (after.isValid()
                          ? after
                          : (f->kind == EditableField::Text ? QVariant(QString())
                                                            : QVariant(QMetaType::fromType<qint64>())));
    }
    if (!problems.isEmpty())
        throw Failure(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n')));
    write.plan.rowsAffected = write.plan.changes.isEmpty() ? 0 : 1;
    if (write.plan.changes.isEmpty())
        return write; // nothing changed: no write, no audit row

    const EditableTable specCopy = spec;
    write.apply = [specCopy, key, expectedVersion, exists, setColumns, setValues](Database& target) {
        QJsonObject outcome;
        if (!exists) {
            QStringList marks(setColumns.size() + 1, QStringLiteral("?"));
            QVariantList params = setValues;
            params.prepend(key);
            const qint64 id = target.insertReturningId(
                QStringLiteral("INSERT INTO ") + specCopy.table + QStringLiteral(" (") + specCopy.keyColumn +
                    QStringLiteral(", ") + setColumns.join(QStringLiteral(", ")) +
                    QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) + QStringLiteral(")"),
                params);
            outcome.insert(QStringLiteral("id"), id);
            return outcome;
        }
        QStringList assignments;
        for (const QString& c : setColumns)
            assignments << c + QStringLiteral(" = ?");
        QVariantList params = setValues;
        params << Database::nowText() << key << expectedVersion;
        QSqlQuery q =
            target.exec(QStringLiteral("UPDATE ") + specCopy.table + QStringLiteral(" SET ") +
                            assignments.join(QStringLiteral(", ")) +
                            QStringLiteral(", updated_at = ?, row_version = row_version + 1 WHERE ") +
                            specCopy.keyColumn + QStringLiteral(" = ? AND row_version = ?"),
                        params);
        if (q.numRowsAffected() != 1) {
            int nowVersion = 0;
            bool stillExists = false;
            const QVariantMap nowValues = currentValues(target, specCopy, key, &nowVersion, &stillExists);
            if (!stillExists)
                throw Failure(ErrorKind::NotFound,
                              tr("The record no longer exists or your role may not see it."));
            throw conflict(target, specCopy, nowValues, nowVersion);
        }
        outcome.insert(QStringLiteral("row_version"), expectedVersion + 1);
        return outcome;
    };
    return write;
}

} // namespace fusion
