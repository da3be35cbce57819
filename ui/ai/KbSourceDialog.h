#pragma once
// Where one tenant's knowledge lives: its Supabase project (address, schema, the seed's tenant identifier and
// the vault key sent to it), or — with "Search locally again" — this database's own knowledge base.
#include "models/ai/KbSources.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fusion {

class KbSourceDialog : public QDialog {
    Q_OBJECT

public:
    // done() with this code: the person chose to search this database again (remove the source).
    static constexpr int RemoveSource = 2;

    // `keys`: the vault's live keys as PROVIDER/LABEL, Supabase's first; `current`: the tenant's source now.
    KbSourceDialog(const QString& tenantSlug, const std::optional<KbSource>& current, const QStringList& keys,
                   QWidget* parent = nullptr);
    KbSourceInput value() const;

private:
    void validate();

    QString m_slug;
    QLineEdit* m_url;
    QLineEdit* m_schema;
    QLineEdit* m_tenantRef;
    QComboBox* m_key;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace fusion
