#pragma once

#include "models/support/StatusLinks.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fusion {

// A status link to add or edit (owners): its name, address, who sees it (everyone, or staff and one tenant's
// admins) and a line of description. StatusLinks checks it all again when the write is planned.
class StatusLinkDialog : public QDialog {
    Q_OBJECT

public:
    StatusLinkDialog(const QStringList& tenants, const StatusLinkInput& initial, bool editing,
                     QWidget* parent = nullptr);
    StatusLinkInput input() const;

private:
    void validate();
    QLineEdit* m_name;
    QLineEdit* m_url;
    QComboBox* m_tenant;
    QLineEdit* m_description;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace fusion
