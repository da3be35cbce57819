#include "ui/portal/PortalSettingsDialog.h"

#include "models/storage/RecordEdit.h"
#include "models/tenants/TenantService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fusion {

namespace {

// A value of the platform's part of the records: shown, selectable, not editable.
QLabel* portalSettingsValue(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text.isEmpty() ? QStringLiteral("—") : text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setToolTip(
        QCoreApplication::translate("fusion::PortalSettingsDialog", "Set by the platform's operators."));
    return label;
}

QString portalSettingsSsoStatus(const QString& status)
{
    if (status == QLatin1String("pending"))
        return QCoreApplication::translate("fusion::PortalSettingsDialog", "Pending");
    if (status == QLatin1String("active"))
        return QCoreApplication::translate("fusion::PortalSettingsDialog", "Active");
    if (status == QLatin1String("error"))
        return QCoreApplication::translate("fusion::PortalSettingsDialog", "Error");
    return QCoreApplication::translate("fusion::PortalSettingsDialog", "Not configured");
}

QString portalSettingsEtl(const QString& kind, const QString& target)
{
    if (kind == QLatin1String("n8n_webhook"))
        return QCoreApplication::translate("fusion::PortalSettingsDialog", "n8n webhook workflow %1")
            .arg(target);
    if (kind == QLatin1String("supabase_rpc"))
        return QCoreApplication::translate("fusion::PortalSettingsDialog", "Supabase RPC function %1")
            .arg(target);
    return QCoreApplication::translate("fusion::PortalSettingsDialog", "No ETL check");
}

} // namespace

PortalSettingsDialog::PortalSettingsDialog(const QString& tenant, const PortalSettings& settings,
                                           QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("portalSettingsDialog"));
    setWindowTitle(tr("Local settings of %1").arg(tenant));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("These settings are yours to manage. The others are how the platform is wired "
                      "to your tenant: ask its operators (Support) to change them."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* sso = new QGroupBox(tr("Single sign-on (Keycloak)"), this);
    auto* ssoForm = new QFormLayout(sso);
    ssoForm->addRow(tr("Realm:"), portalSettingsValue(
                                      settings.sso.value(QStringLiteral("keycloak_realm")).toString(), sso));
    ssoForm->addRow(
        tr("Client id:"),
        portalSettingsValue(settings.sso.value(QStringLiteral("keycloak_client_id")).toString(), sso));
    ssoForm->addRow(
        tr("Status:"),
        portalSettingsValue(portalSettingsSsoStatus(settings.sso.value(QStringLiteral("status")).toString()),
                            sso));
    m_redirectUris = new QPlainTextEdit(sso);
    m_redirectUris->setObjectName(QStringLiteral("portalRedirectUrisEdit"));
    m_redirectUris->setTabChangesFocus(true);
    // A long address wraps rather than hiding behind a scroll bar.
    m_redirectUris->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_redirectUris->setPlainText(settings.sso.value(QStringLiteral("redirect_uris")).toString());
    m_redirectUris->setFixedHeight(fontMetrics().lineSpacing() * 5 + 12);
    m_redirectUris->setPlaceholderText(tr("One address a line, e.g. https://erp.example.com/*"));
    if (!settings.ssoExists) {
        m_redirectUris->setEnabled(false);
        m_redirectUris->setPlaceholderText(
            tr("SSO is not set up yet: the platform's operators set up its realm first."));
    }
    ssoForm->addRow(tr("&Redirect URIs:"), m_redirectUris);
    layout->addWidget(sso);

    auto* analytics = new QGroupBox(tr("Analytics"), this);
    auto* analyticsForm = new QFormLayout(analytics);
    analyticsForm->addRow(
        tr("Supabase project:"),
        portalSettingsValue(settings.analytics.value(QStringLiteral("supabase_project")).toString(),
                            analytics));
    analyticsForm->addRow(
        tr("Schema:"),
        portalSettingsValue(settings.analytics.value(QStringLiteral("schema_name")).toString(), analytics));
    analyticsForm->addRow(
        tr("ETL check:"),
        portalSettingsValue(
            portalSettingsEtl(settings.analytics.value(QStringLiteral("etl_kind")).toString(),
                              settings.analytics.value(QStringLiteral("etl_target")).toString()),
            analytics));
    m_syncMode = new QComboBox(analytics);
    m_syncMode->setObjectName(QStringLiteral("portalSyncModeCombo"));
    m_syncMode->addItem(tr("No sync"), QStringLiteral("none"));
    m_syncMode->addItem(tr("Batch"), QStringLiteral("batch"));
    m_syncMode->addItem(tr("Real time"), QStringLiteral("realtime"));
    m_syncMode->setCurrentIndex(
        std::max(0, m_syncMode->findData(settings.analytics.value(QStringLiteral("sync_mode")).toString())));
    analyticsForm->addRow(tr("&Sync mode:"), m_syncMode);
    m_supersetUrl = new QLineEdit(analytics);
    m_supersetUrl->setObjectName(QStringLiteral("portalSupersetUrlEdit"));
    m_supersetUrl->setText(settings.analytics.value(QStringLiteral("superset_dashboard_url")).toString());
    m_supersetUrl->setPlaceholderText(tr("e.g. https://superset.example.com/superset/dashboard/12/"));
    analyticsForm->addRow(tr("Superset &dashboard:"), m_supersetUrl);
    layout->addWidget(analytics);
    layout->addStretch();

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("portalSettingsProblemLabel"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save…"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PortalSettingsDialog::saveRequested);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_redirectUris, &QPlainTextEdit::textChanged, this, &PortalSettingsDialog::validate);
    connect(m_syncMode, &QComboBox::currentIndexChanged, this, &PortalSettingsDialog::validate);
    connect(m_supersetUrl, &QLineEdit::textChanged, this, &PortalSettingsDialog::validate);
    validate();
    resize(640, sizeHint().height());
}

QVariantMap PortalSettingsDialog::values() const
{
    return {{QStringLiteral("redirect_uris"), m_redirectUris->toPlainText()},
            {QStringLiteral("sync_mode"), m_syncMode->currentData()},
            {QStringLiteral("superset_dashboard_url"), m_supersetUrl->text()}};
}

QVariantMap PortalSettingsDialog::changedValues() const
{
    QVariantMap changed;
    const QVariantMap all = values();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (!RecordEdit::sameValue(EditableField::Text, m_settings.value(it.key()), it.value()))
            changed.insert(it.key(), it.value());
    }
    return changed;
}

void PortalSettingsDialog::validate()
{
    // The fields' own checks (TenantService's tables), said while typing; the planner checks them again.
    QStringList problems;
    const QVariantMap changed = changedValues();
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        const EditableField* f = TenantService::ssoTable().field(it.key());
        if (!f)
            f = TenantService::analyticsTable().field(it.key());
        if (!f || !f->validate)
            continue;
        const QString why = f->validate(RecordEdit::normalized(f->kind, it.value()).toString());
        if (!why.isEmpty())
            problems << f->translatedLabel() + QStringLiteral(": ") + why;
    }
    showProblem(problems.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!changed.isEmpty() && problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(changed.isEmpty() ? tr("Change a setting first.") : QString());
}

void PortalSettingsDialog::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace fusion
