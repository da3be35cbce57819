#include "ui/ai/AiProviderDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fusion {

namespace {
// A model to start from for each type: what a person would most likely pick, editable.
QString aiSuggestedModel(const QString& type)
{
    if (type == QLatin1String("openai"))
        return QStringLiteral("gpt-4o-mini");
    if (type == QLatin1String("anthropic"))
        return QStringLiteral("claude-3-5-haiku-latest");
    if (type == QLatin1String("ollama"))
        return QStringLiteral("llama3.1");
    return {};
}
} // namespace

AiProviderDialog::AiProviderDialog(const QStringList& tenants, const QHash<QString, QStringList>& keys,
                                   QWidget* parent)
    : QDialog(parent)
    , m_keys(keys)
{
    setObjectName(QStringLiteral("aiProviderDialog"));
    setWindowTitle(tr("Add AI Provider"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("A provider answers the AI console's questions for the platform or for one tenant. "
                      "Its secret stays in the OS keychain, as a key of the key vault."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = m_form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(80);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_type->addItem(QStringLiteral("OpenAI"), QStringLiteral("openai"));
    m_type->addItem(QStringLiteral("Anthropic"), QStringLiteral("anthropic"));
    m_type->addItem(QStringLiteral("Ollama"), QStringLiteral("ollama"));
    m_type->addItem(QStringLiteral("Kapa"), QStringLiteral("kapa"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_scope->addItem(tr("The platform"), QString());
    for (const QString& slug : tenants)
        m_scope->addItem(tr("Tenant %1").arg(slug), slug);
    m_model = new QLineEdit(this);
    m_model->setObjectName(QStringLiteral("modelEdit"));
    m_key = new QComboBox(this);
    m_key->setObjectName(QStringLiteral("keyCombo"));
    m_keyHint = new QLabel(this);
    m_keyHint->setWordWrap(true);
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_project = new QLineEdit(this);
    m_project->setObjectName(QStringLiteral("projectEdit"));
    m_embeddingModel = new QLineEdit(this);
    m_embeddingModel->setPlaceholderText(tr("Optional, for knowledge search"));
    m_sequence = new QSpinBox(this);
    m_sequence->setRange(0, 10000);
    m_sequence->setValue(10);
    m_default = new QCheckBox(tr("Make it the default of its scope"), this);
    m_default->setObjectName(QStringLiteral("defaultCheck"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(QString(), m_keyHint);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("&Embedding model:"), m_embeddingModel);
    form->addRow(tr("Se&quence:"), m_sequence);
    form->addRow(QString(), m_default);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add…"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AiProviderDialog::typeChanged);
    for (QLineEdit* edit : {m_name, m_model, m_baseUrl, m_project})
        connect(edit, &QLineEdit::textChanged, this, &AiProviderDialog::validate);
    connect(m_key, &QComboBox::currentIndexChanged, this, &AiProviderDialog::validate);
    typeChanged();
}

void AiProviderDialog::typeChanged()
{
    const QString type = m_type->currentData().toString();
    QFormLayout* form = m_form;
    const bool ollama = type == QLatin1String("ollama");
    const bool kapa = type == QLatin1String("kapa");
    form->setRowVisible(m_model, !kapa);
    form->setRowVisible(m_project, kapa);
    form->setRowVisible(m_baseUrl, ollama);
    form->setRowVisible(m_key, !ollama);
    form->setRowVisible(m_keyHint, !ollama);
    form->setRowVisible(m_embeddingModel, !kapa);
    m_model->setText(aiSuggestedModel(type));
    m_baseUrl->setText(ollama ? QStringLiteral("http://localhost:11434") : QString());
    m_key->clear();
    const QStringList labels = m_keys.value(type);
    m_key->addItems(labels);
    m_keyHint->setText(labels.isEmpty()
                           ? tr("The key vault has no %1 key yet: add one in the Keys pane first.")
                                 .arg(m_type->currentText())
                           : tr("The secret is read from the OS keychain only when a question is asked."));
    validate();
}

void AiProviderDialog::validate()
{
    const QString type = m_type->currentData().toString();
    const bool ok = !m_name->text().trimmed().isEmpty() &&
                    (type == QLatin1String("kapa") || !m_model->text().trimmed().isEmpty()) &&
                    (type == QLatin1String("ollama") || m_key->currentIndex() >= 0) &&
                    (type != QLatin1String("kapa") || !m_project->text().trimmed().isEmpty()) &&
                    (type != QLatin1String("ollama") || !m_baseUrl->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

NewAiProvider AiProviderDialog::value() const
{
    NewAiProvider in;
    in.name = m_name->text().trimmed();
    in.type = m_type->currentData().toString();
    in.tenantSlug = m_scope->currentData().toString();
    const bool ollama = in.type == QLatin1String("ollama");
    const bool kapa = in.type == QLatin1String("kapa");
    in.model = kapa ? QString() : m_model->text().trimmed();
    in.keyLabel = ollama ? QString() : m_key->currentText();
    in.baseUrl = ollama ? m_baseUrl->text().trimmed() : QString();
    in.kapaProjectId = kapa ? m_project->text().trimmed() : QString();
    in.embeddingModel = kapa ? QString() : m_embeddingModel->text().trimmed();
    in.sequence = m_sequence->value();
    in.makeDefault = m_default->isChecked();
    return in;
}

} // namespace fusion
