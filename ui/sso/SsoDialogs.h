#pragma once
// The SSO pane's form: a Keycloak realm template, created or edited. The pane runs the write (WriteRunner)
// when the form is accepted; the form itself only checks the fields (RealmTemplates::validate) and shows
// what a sample tenant would get.
#include "models/controlplane/RealmTemplates.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace fusion {

class RealmTemplateDialog : public QDialog {
    Q_OBJECT

public:
    // `current`: the template being edited (its name cannot change); nullopt: a new one.
    explicit RealmTemplateDialog(const std::optional<RealmTemplateInput>& current, QWidget* parent = nullptr);
    RealmTemplateInput value() const;

private:
    void validate();

    QLineEdit* m_name;
    QLineEdit* m_realm;
    QLineEdit* m_client;
    QPlainTextEdit* m_uris;
    QLineEdit* m_description;
    QLabel* m_preview;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace fusion
