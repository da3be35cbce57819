#include "ui/about/AboutDialog.h"

#include "ui_AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QSysInfo>

namespace fusion {

AboutDialog::AboutDialog(const QString& databaseName, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    QFont title = m_ui->nameLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->nameLabel->setFont(title);
    m_ui->nameLabel->setText(tr("Fusion Console"));
    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(FUSION_VERSION)));
    m_ui->detailsLabel->setText(tr("Qt %1 on %2\nDatabase: %3\nLicensed under the GNU GPL v3 or later.")
                                    .arg(QString::fromLatin1(qVersion()), QSysInfo::prettyProductName(),
                                         databaseName.isEmpty() ? tr("none open") : databaseName));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setFixedWidth(460);
}

AboutDialog::~AboutDialog() = default;

} // namespace fusion
