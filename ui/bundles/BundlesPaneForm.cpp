// The Bundles pane's definition form: a bundle's name, type, version, description and modules edited in
// place, saved or deleted through the confirmation dialog; a refresh never throws away what is being typed.
#include "models/itemmodels/BundleListModel.h"
#include "ui/bundles/BundlesPane.h"
#include "ui/common/MessageBar.h"
#include "ui/common/WriteRunner.h"
#include "ui_BundlesPane.h"

#include <QRegularExpression>

namespace fusion {

namespace {
QStringList splitModules(const QString& text)
{
    return text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
}
} // namespace

void BundlesPane::fillForm(const std::optional<BundleInfo>& bundle)
{
    m_filling = true;
    m_current = bundle;
    const BundleDraft d =
        bundle ? BundleDraft{bundle->bundle.code, bundle->bundle.name,    bundle->bundle.description,
                             bundle->bundle.type, bundle->bundle.version, bundle->bundle.modules}
               : BundleDraft{};
    m_ui->codeEdit->setText(d.code);
    m_ui->codeEdit->setReadOnly(bundle.has_value());
    m_ui->codeEdit->setToolTip(
        bundle ? tr("The code names the bundle in tenants and scripts; it cannot change.")
               : tr("Lowercase letters, digits, \"-\" and \"_\"; it cannot change later."));
    m_ui->nameEdit->setText(d.name);
    m_ui->typeCombo->setCurrentText(d.type);
    m_ui->versionEdit->setText(d.version);
    m_ui->descriptionEdit->setPlainText(d.description);
    m_ui->modulesList->clear();
    m_ui->modulesList->addItems(d.modules);
    m_ui->moduleEdit->clear();
    m_filling = false;
    updateButtons();
}

BundleDraft BundlesPane::formDraft() const
{
    BundleDraft d;
    d.code = m_ui->codeEdit->text().trimmed();
    d.name = m_ui->nameEdit->text().trimmed();
    d.type = m_ui->typeCombo->currentText().trimmed();
    d.version = m_ui->versionEdit->text().trimmed();
    d.description = m_ui->descriptionEdit->toPlainText().trimmed();
    for (int i = 0; i < m_ui->modulesList->count(); ++i)
        d.modules << m_ui->modulesList->item(i)->text();
    d.modules.sort();
    return d;
}

bool BundlesPane::isDirty() const
{
    const BundleDraft d = formDraft();
    if (!m_current) // a new bundle: anything typed counts
        return !d.code.isEmpty() || !d.name.isEmpty() || !d.modules.isEmpty() || !d.description.isEmpty();
    const Bundle& b = m_current->bundle;
    QStringList modules = b.modules;
    modules.sort();
    return d.name != b.name || d.type != b.type || d.version != b.version ||
           d.description != b.description.trimmed() || d.modules != modules;
}

void BundlesPane::addModules()
{
    QStringList have;
    for (int i = 0; i < m_ui->modulesList->count(); ++i)
        have << m_ui->modulesList->item(i)->text();
    for (const QString& m : splitModules(m_ui->moduleEdit->text())) {
        if (!have.contains(m)) {
            m_ui->modulesList->addItem(m);
            have << m;
        }
    }
    m_ui->moduleEdit->clear();
    updateButtons();
}

void BundlesPane::removeModules()
{
    qDeleteAll(m_ui->modulesList->selectedItems());
    updateButtons();
}

void BundlesPane::startNew()
{
    m_ui->bundleTable->clearSelection();
    m_ui->bundleTable->setCurrentIndex({});
    fillForm(std::nullopt);
    m_ui->tabs->setCurrentIndex(0);
    m_ui->codeEdit->setFocus();
}

void BundlesPane::startFrom(const BundleDraft& draft)
{
    startNew();
    m_filling = true;
    m_ui->codeEdit->setText(draft.code);
    m_ui->nameEdit->setText(draft.name);
    m_ui->typeCombo->setCurrentText(draft.type);
    m_ui->versionEdit->setText(draft.version);
    m_ui->descriptionEdit->setPlainText(draft.description);
    m_ui->modulesList->addItems(draft.modules);
    m_filling = false;
    updateButtons();
    m_ui->saveButton->setFocus();
}

void BundlesPane::revert()
{
    fillForm(m_current);
    if (!m_current && m_bundles->rowCount() > 0)
        m_ui->bundleTable->selectRow(0);
}

void BundlesPane::save()
{
    const BundleDraft draft = formDraft();
    const std::optional<BundleInfo> current = m_current;
    WriteRunner::run(
        m_context, this,
        [draft, current](Database& db) {
            return current ? BundleCatalog::planEdit(db, current->bundle.code, current->rowVersion, draft)
                           : BundleCatalog::planCreate(db, draft);
        },
        [this, draft, current](const Result<QJsonObject>& result) {
            if (!result)
                return showFailure(result.error());
            m_messages->show(MessageBar::Success, current ? tr("Saved bundle %1.").arg(draft.code)
                                                          : tr("Created bundle %1.").arg(draft.code));
            // The form now shows what was saved: take it as the clean state until the list brings the new
            // row.
            m_current = current ? current : std::optional<BundleInfo>(BundleInfo{});
            m_current->bundle.code = draft.code;
            m_current->bundle.name = draft.name;
            m_current->bundle.type = draft.type;
            m_current->bundle.version = draft.version;
            m_current->bundle.description = draft.description;
            m_current->bundle.modules = draft.modules;
            m_wanted = draft.code;
            updateButtons();
            reload();
        });
}

void BundlesPane::deleteBundle()
{
    if (!m_current)
        return;
    const QString code = m_current->bundle.code;
    const int version = m_current->rowVersion;
    WriteRunner::run(
        m_context, this,
        [code, version](Database& db) { return BundleCatalog::planDelete(db, code, version); },
        [this, code](const Result<QJsonObject>& result) {
            if (!result)
                return showFailure(result.error());
            m_messages->show(MessageBar::Success, tr("Deleted bundle %1.").arg(code));
            fillForm(std::nullopt);
            reload();
        });
}
} // namespace fusion
