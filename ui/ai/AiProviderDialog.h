#pragma once

#include "models/ai/AiProviders.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fusion {

// What a new AI provider is: a name, a type and a scope, then what that type needs — a model, a key from the
// vault (Ollama: its address instead; Kapa: a project). Only the fields of the chosen type are shown.
class AiProviderDialog : public QDialog {
    Q_OBJECT

public:
    // `tenants`: the slugs a provider may be scoped to; `keys`: the vault's live key labels by provider type.
    AiProviderDialog(const QStringList& tenants, const QHash<QString, QStringList>& keys,
                     QWidget* parent = nullptr);
    NewAiProvider value() const;

private:
    void typeChanged();
    void validate();

    QHash<QString, QStringList> m_keys;
    QFormLayout* m_form;
    QLineEdit* m_name;
    QComboBox* m_type;
    QComboBox* m_scope;
    QLineEdit* m_model;
    QComboBox* m_key;
    QLabel* m_keyHint;
    QLineEdit* m_baseUrl;
    QLineEdit* m_project;
    QLineEdit* m_embeddingModel;
    QSpinBox* m_sequence;
    QCheckBox* m_default;
    QDialogButtonBox* m_buttons;
};

} // namespace fusion
