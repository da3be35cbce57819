#pragma once

#include <QList>
#include <QObject>
#include <QVariantMap>

class QWidget;
class QAbstractButton;

namespace fusion {

// Binds editor widgets (line edits, combo boxes by item data, plain text edits, date edits) to the columns
// of one record: load() puts the stored values in, changedValues() returns only what the person edited,
// and Save/Revert are enabled exactly while something differs. Edits stay in the widgets until load() is
// called again, so a refused save (conflict, permission) loses nothing.
class FormBinding : public QObject {
    Q_OBJECT

public:
    explicit FormBinding(QObject* parent = nullptr);

    void bind(const QString& column, QWidget* editor);
    void setButtons(QAbstractButton* save, QAbstractButton* revert);
    void load(const QVariantMap& values);
    void revert();
    // Takes `values` as the stored state without touching the editors: after a conflict, the person's edits
    // stay and are now compared with (and, on Save, applied over) what is stored now.
    void rebase(const QVariantMap& values);
    QVariantMap changedValues() const;
    QVariantMap currentValues() const;
    bool isDirty() const { return !changedValues().isEmpty(); }
    // Read-only forms (the role may not edit) keep their values visible but disable the editors.
    void setEditable(bool editable, const QString& whyNot = {});

Q_SIGNALS:
    void dirtyChanged(bool dirty);

private:
    struct Binding {
        QString column;
        QWidget* editor;
    };
    QVariant valueOf(QWidget* editor) const;
    void setValue(QWidget* editor, const QVariant& value);
    void updateButtons();

    QList<Binding> m_bindings;
    QVariantMap m_loaded;
    QAbstractButton* m_save = nullptr;
    QAbstractButton* m_revert = nullptr;
    bool m_editable = true;
    bool m_loading = false;
};

} // namespace fusion
