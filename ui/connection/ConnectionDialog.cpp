#include "ui/connection/ConnectionDialog.h"

#include "models/storage/ConnectionProfiles.h"
#include "ui/common/AppContext.h"
#include "ui_ConnectionDialog.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QRegularExpression>

#include <optional>

namespace fusion {

namespace {
const QString kEmbedded = QStringLiteral("\x01embedded");

// The host field as a person types it: one server, or several separated by commas ("db1:5432, db2:5433",
// "[::1]:5432", "/run/postgresql"), each with its own port or the port field's.
std::optional<QList<HostPort>> connectionHosts(const QString& text, int defaultPort, QString* problem)
{
    static const QRegularExpression bracketed(QStringLiteral("^\\[([^\\]]+)\\](?::(\\d+))?$"));
    static const QRegularExpression named(QStringLiteral("^([^:/]+):(\\d+)$"));
    QList<HostPort> hosts;
    const QStringList entries = text.split(QLatin1Char(','));
    for (QString entry : entries) {
        entry = entry.trimmed();
        if (entry.isEmpty() && entries.size() == 1)
            return QList<HostPort>{{QString(), defaultPort}};
        if (entry.isEmpty()) {
            *problem = ConnectionDialog::tr("The server list \"%1\" has an empty entry.").arg(text);
            return std::nullopt;
        }
        HostPort hp{entry, defaultPort};
        QRegularExpressionMatch m;
        if ((m = bracketed.match(entry)).hasMatch() || (m = named.match(entry)).hasMatch()) {
            hp.host = m.captured(1);
            if (!m.captured(2).isEmpty()) {
                const int port = m.captured(2).toInt();
                if (port <= 0 || port > 65535) {
                    *problem = ConnectionDialog::tr("\"%1\" has no valid port.").arg(entry);
                    return std::nullopt;
                }
                hp.port = port;
            }
        }
        hosts << hp;
    }
    return hosts;
}

QString connectionHostsText(const DatabaseTarget& t)
{
    if (!t.isMultiHost())
        return t.host;
    QStringList entries;
    for (const HostPort& hp : t.hosts()) {
        QString entry =
            hp.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + hp.host + QLatin1Char(']') : hp.host;
        if (hp.port > 0)
            entry += QLatin1Char(':') + QString::number(hp.port);
        entries << entry;
    }
    return entries.join(QStringLiteral(", "));
}
} // namespace

ConnectionDialog::ConnectionDialog(AppContext* context, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectionDialog"));
    m_ui->kindCombo->addItem(tr("SQLite file"), int(Dialect::Sqlite));
    m_ui->kindCombo->addItem(tr("PostgreSQL server"), int(Dialect::Postgres));
    m_ui->sslModeCombo->addItem(tr("libpq default (prefer)"), QString());
    for (const char* mode : {"disable", "require", "verify-ca", "verify-full"})
        m_ui->sslModeCombo->addItem(QLatin1String(mode), QLatin1String(mode));
    m_ui->portSpin->setValue(0);
    // Which of the listed servers to use: with a primary and its standbys listed, "the primary" finds the
    // promoted standby after a failover by itself.
    // The form layout gives a wrapped label one line's height when its row is narrower than the text; the
    // hint needs two (measured: it was cut off below the password field).
    m_ui->passwordHintLabel->setMinimumHeight(2 * m_ui->passwordHintLabel->fontMetrics().lineSpacing());
    m_sessionCombo = new QComboBox(this);
    m_sessionCombo->setObjectName(QStringLiteral("sessionCombo"));
    m_sessionCombo->addItem(tr("libpq default (any)"), QString());
    m_sessionCombo->addItem(tr("the primary (read-write)"), QStringLiteral("read-write"));
    m_sessionCombo->addItem(tr("a standby if one answers (read-only)"), QStringLiteral("prefer-standby"));
    m_sessionCombo->setToolTip(tr("libpq's target_session_attrs. List several servers in Host to use it."));
    {
        int row = 0;
        QFormLayout::ItemRole role{};
        m_ui->form->getWidgetPosition(m_ui->sslModeCombo, &row, &role);
        m_ui->form->insertRow(row + 1, tr("Use"), m_sessionCombo);
        // Stored with the profile (not a secret); the address itself stays as typed.
        m_standbyCheck = new QCheckBox(tr("Read-only panes may read from a standby"), this);
        m_standbyCheck->setObjectName(QStringLiteral("standbyReadsCheck"));
        m_ui->form->insertRow(row + 2, QString(), m_standbyCheck);
    }
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateKind);
    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, &ConnectionDialog::showSelected);
    connect(m_ui->profileList, &QListWidget::itemActivated, m_ui->connectButton, &QPushButton::click);
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] {
        m_ui->profileList->setCurrentRow(-1);
        m_ui->nameEdit->clear();
        m_ui->nameEdit->setEnabled(true);
        m_ui->kindCombo->setCurrentIndex(1);
        for (QLineEdit* e :
             {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit, m_ui->passwordEdit, m_ui->fileEdit})
            e->clear();
        m_ui->portSpin->setValue(0);
        m_sessionCombo->setCurrentIndex(0);
        m_standbyCheck->setChecked(false);
        m_ui->passwordHintLabel->setText(tr("The password is stored only in the OS keychain."));
        m_ui->nameEdit->setFocus();
    });
    connect(m_ui->browseButton, &QToolButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Open SQLite database"), m_ui->fileEdit->text(),
                                       tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::AnyFile);
        connect(dialog, &QFileDialog::fileSelected, this,
                [this](const QString& file) { m_ui->fileEdit->setText(file); });
        dialog->open();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ConnectionDialog::save);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, &ConnectionDialog::forget);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->connectButton, &QPushButton::clicked, this, [this] {
        QString problem;
        const auto target = targetFromForm(&problem);
        if (!target) {
            m_ui->statusLabel->setText(problem);
            return;
        }
        const QListWidgetItem* item = m_ui->profileList->currentItem();
        const QString selected = item ? item->data(Qt::UserRole).toString() : QString();
        QString profile;
        if (!selected.isEmpty() && selected != kEmbedded) {
            const auto saved = m_context->profiles()->find(selected);
            DatabaseTarget plain = *target;
            plain.profileName = selected;
            if (saved && saved->target == plain)
                profile = selected;
        }
        DatabaseTarget chosen = *target;
        chosen.profileName = profile;
        const SecretBytes password(m_ui->passwordEdit->text());
        m_ui->passwordEdit->clear();
        Q_EMIT connectRequested(chosen, profile,
                                profile.isEmpty() || !password.isEmpty() ? password : SecretBytes());
        accept();
    });
    reloadProfiles(m_context->target().profileName.isEmpty() ? kEmbedded : m_context->target().profileName);
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::reloadProfiles(const QString& select)
{
    m_ui->profileList->clear();
    auto* embedded = new QListWidgetItem(tr("Embedded database (this computer)"), m_ui->profileList);
    embedded->setData(Qt::UserRole, kEmbedded);
    const auto profiles = m_context->profiles()->list();
    for (const ConnectionProfile& p : profiles) {
        auto* item = new QListWidgetItem(p.name, m_ui->profileList);
        item->setData(Qt::UserRole, p.name);
        item->setToolTip(p.target.toUrl());
    }
    for (int i = 0; i < m_ui->profileList->count(); ++i) {
        if (m_ui->profileList->item(i)->data(Qt::UserRole).toString() == select)
            m_ui->profileList->setCurrentRow(i);
    }
    if (m_ui->profileList->currentRow() < 0)
        m_ui->profileList->setCurrentRow(0);
}

void ConnectionDialog::showSelected()
{
    const QListWidgetItem* item = m_ui->profileList->currentItem();
    if (!item)
        return;
    const QString key = item->data(Qt::UserRole).toString();
    m_ui->passwordEdit->clear();
    m_ui->statusLabel->clear();
    if (key == kEmbedded) {
        m_ui->nameEdit->setText(tr("(embedded)"));
        m_ui->nameEdit->setEnabled(false);
        m_ui->kindCombo->setCurrentIndex(0);
        m_ui->fileEdit->setText(DatabaseTarget::defaultSqlitePath());
        m_ui->forgetButton->setEnabled(false);
        m_standbyCheck->setChecked(false);
        updateKind();
        return;
    }
    const auto profile = m_context->profiles()->find(key);
    if (!profile)
        return;
    m_ui->nameEdit->setText(profile->name);
    m_ui->nameEdit->setEnabled(false);
    m_ui->forgetButton->setEnabled(true);
    const DatabaseTarget& t = profile->target;
    m_ui->kindCombo->setCurrentIndex(t.dialect == Dialect::Sqlite ? 0 : 1);
    m_ui->fileEdit->setText(t.sqlitePath);
    m_ui->hostEdit->setText(connectionHostsText(t));
    m_ui->hostEdit->setCursorPosition(0); // a list of servers reads from its first
    m_ui->portSpin->setValue(t.isMultiHost() ? 0 : t.port);
    m_sessionCombo->setCurrentIndex(std::max(0, m_sessionCombo->findData(t.targetSessionAttrs)));
    if (m_sessionCombo->findData(t.targetSessionAttrs) < 0 && !t.targetSessionAttrs.isEmpty()) {
        // A value typed into an address (standby, primary, read-only, any) is kept as it is.
        m_sessionCombo->addItem(t.targetSessionAttrs, t.targetSessionAttrs);
        m_sessionCombo->setCurrentIndex(m_sessionCombo->count() - 1);
    }
    m_standbyCheck->setChecked(t.standbyReads);
    m_ui->databaseEdit->setText(t.database);
    m_ui->userEdit->setText(t.user);
    m_ui->sslModeCombo->setCurrentIndex(std::max(0, m_ui->sslModeCombo->findData(t.sslMode)));
    m_ui->passwordHintLabel->setText(
        profile->hasPassword ? tr("A password is stored in the OS keychain. Type a new one to replace it.")
                             : tr("No password stored; libpq's PGPASSWORD or ~/.pgpass apply."));
    updateKind();
}

void ConnectionDialog::updateKind()
{
    const bool sqlite = m_ui->kindCombo->currentData().toInt() == int(Dialect::Sqlite);
    const QList<QWidget*> pg = {m_ui->hostEdit,     m_ui->portSpin,         m_ui->databaseEdit,
                                m_ui->userEdit,     m_ui->sslModeCombo,     m_sessionCombo,
                                m_ui->passwordEdit, m_ui->passwordHintLabel};
    // Whole rows, so that a hidden one leaves no gap (QFormLayout::setRowVisible, Qt 6.4).
    for (QWidget* w : pg)
        m_ui->form->setRowVisible(w, !sqlite);
    m_ui->form->setRowVisible(m_ui->fileLayout, sqlite);
    m_standbyCheck->setEnabled(!sqlite);
    m_standbyCheck->setToolTip(
        sqlite
            ? tr("Only for PostgreSQL: a SQLite file has no standby.")
            : tr("Dashboard, Usage and Audit read on a standby when one answers (prefer-standby), so their "
                 "figures may trail the primary by a moment; after a change of yours they read on the "
                 "primary until the standby has it, and while no standby answers they read on the primary "
                 "and look for one again every 30 seconds. Writes always go to the primary."));
}

std::optional<DatabaseTarget> ConnectionDialog::targetFromForm(QString* problem) const
{
    DatabaseTarget t;
    if (m_ui->kindCombo->currentData().toInt() == int(Dialect::Sqlite)) {
        if (m_ui->fileEdit->text().trimmed().isEmpty()) {
            *problem = tr("Choose a database file.");
            return std::nullopt;
        }
        t.dialect = Dialect::Sqlite;
        t.sqlitePath = m_ui->fileEdit->text().trimmed();
        return t;
    }
    t.dialect = Dialect::Postgres;
    const auto hosts = connectionHosts(m_ui->hostEdit->text(), m_ui->portSpin->value(), problem);
    if (!hosts)
        return std::nullopt;
    t.host = hosts->first().host;
    t.port = hosts->first().port;
    t.otherHosts = hosts->mid(1);
    t.targetSessionAttrs = m_sessionCombo->currentData().toString();
    t.database = m_ui->databaseEdit->text().trimmed();
    t.user = m_ui->userEdit->text().trimmed();
    t.sslMode = m_ui->sslModeCombo->currentData().toString();
    // Round-trip through the address parser so the dialog accepts exactly what --db accepts.
    auto parsed = DatabaseTarget::parse(t.toUrl());
    if (!parsed) {
        *problem = parsed.error().message;
        return std::nullopt;
    }
    DatabaseTarget checked = parsed.value();
    checked.standbyReads = m_standbyCheck->isChecked(); // a profile setting, not part of the address
    return checked;
}

void ConnectionDialog::save()
{
    QString problem;
    const auto target = targetFromForm(&problem);
    const QString name = m_ui->nameEdit->isEnabled()
                             ? m_ui->nameEdit->text().trimmed()
                             : m_ui->profileList->currentItem()->data(Qt::UserRole).toString();
    if (name == kEmbedded) {
        m_ui->statusLabel->setText(tr("The embedded database needs no profile. Click New to add one."));
        return;
    }
    if (!target) {
        m_ui->statusLabel->setText(problem);
        return;
    }
    const QString why = ConnectionProfiles::validateName(name);
    if (!why.isEmpty()) {
        m_ui->statusLabel->setText(why);
        return;
    }
    const SecretBytes password(m_ui->passwordEdit->text());
    m_ui->passwordEdit->clear();
    m_ui->saveButton->setEnabled(false);
    m_ui->statusLabel->setText(password.isEmpty() ? tr("Saving…")
                                                  : tr("Saving; the OS keychain may ask to unlock…"));
    m_context->profiles()->save(name, *target, password, this, [this, name](const Result<Unit>& result) {
        m_ui->saveButton->setEnabled(true);
        if (!result) {
            m_ui->statusLabel->setText(result.error().message);
            return;
        }
        reloadProfiles(name);
        m_ui->statusLabel->setText(tr("Saved profile %1.").arg(name));
    });
}

void ConnectionDialog::forget()
{
    const QListWidgetItem* item = m_ui->profileList->currentItem();
    if (!item || item->data(Qt::UserRole).toString() == kEmbedded)
        return;
    const QString name = item->data(Qt::UserRole).toString();
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Forget connection"),
        tr("Forget the connection profile %1 and delete its password from the OS keychain?").arg(name),
        QMessageBox::NoButton, this);
    auto* forgetButton = box->addButton(tr("Forget"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, name, forgetButton](QAbstractButton* clicked) {
        if (clicked != forgetButton)
            return;
        m_context->profiles()->forget(name, this, [this, name](const Result<Unit>& result) {
            if (!result) {
                m_ui->statusLabel->setText(result.error().message);
                return;
            }
            reloadProfiles();
            m_ui->statusLabel->setText(tr("Forgot profile %1.").arg(name));
        });
    });
    box->open();
}

} // namespace fusion
