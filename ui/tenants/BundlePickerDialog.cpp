#include "ui/tenants/BundlePickerDialog.h"

#include "ui_BundlePickerDialog.h"

#include <QPushButton>

namespace fusion {

BundlePickerDialog::BundlePickerDialog(const QList<Bundle>& all, const QList<Bundle>& assigned,
                                       QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BundlePickerDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("bundlePickerDialog"));
    for (const Bundle& b : all) {
        auto* item = new QListWidgetItem(
            tr("%1 %2 — %n module(s)", nullptr, int(b.modules.size())).arg(b.name, b.version),
            m_ui->bundleList);
        item->setData(Qt::UserRole, b.code);
        item->setToolTip(b.description + QLatin1Char('\n') + b.modules.join(QStringLiteral(", ")));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        bool isAssigned = false;
        for (const Bundle& a : assigned)
            isAssigned = isAssigned || a.id == b.id;
        item->setCheckState(isAssigned ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Continue…"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

BundlePickerDialog::~BundlePickerDialog() = default;

QStringList BundlePickerDialog::chosenCodes() const
{
    QStringList codes;
    for (int i = 0; i < m_ui->bundleList->count(); ++i) {
        if (m_ui->bundleList->item(i)->checkState() == Qt::Checked)
            codes << m_ui->bundleList->item(i)->data(Qt::UserRole).toString();
    }
    return codes;
}

} // namespace fusion
