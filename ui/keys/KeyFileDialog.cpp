#include "ui/keys/KeyFileDialog.h"

#include "models/jobs/KeyExport.h"
#include "models/jobs/KeyFileImport.h"
#include "models/vault/KeyFile.h"
#include "ui/common/AppJobs.h"
#include "ui/common/MessageBar.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fusion {

namespace {
QLineEdit* passphraseEdit(QWidget* parent, const QString& name)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setEchoMode(QLineEdit::Password);
    e->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return e;
}
} // namespace

KeyFileDialog::KeyFileDialog(AppContext* context, Mode mode, const QList<ApiKey>& keys, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_mode(mode)
    , m_keys(keys)
{
    setObjectName(QStringLiteral("keyFileDialog"));
    setWindowTitle(mode == Mode::Export ? tr("Export Keys") : tr("Import Keys"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(mode == Mode::Export
                       ? tr("The chosen keys are written with their secrets to one file, encrypted with the "
                            "passphrase. Whoever has the file and the passphrase has the secrets.")
                       : tr("You will see what the file adds or replaces before anything is stored."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (mode == Mode::Export) {
        m_list = new QListWidget(this);
        m_list->setObjectName(QStringLiteral("keyList"));
        for (const ApiKey& k : keys) {
            auto* item = new QListWidgetItem(
                tr("%1 · %2 (%3)").arg(k.providerName, k.label, k.fingerprint.text()), m_list);
            item->setData(Qt::UserRole, k.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
        connect(m_list, &QListWidget::itemChanged, this, &KeyFileDialog::updateOk);
        layout->addWidget(m_list, 1);
    }
    auto* form = new QFormLayout;
    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    if (mode == Mode::Export)
        m_path->setText(QDir::home().filePath(QStringLiteral("fusion-keys.fcvault")));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &KeyFileDialog::browse);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("&File:"), pathRow);
    m_passphrase = passphraseEdit(this, QStringLiteral("passphraseEdit"));
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (mode == Mode::Export) {
        m_repeat = passphraseEdit(this, QStringLiteral("repeatEdit"));
        form->addRow(tr("&Repeat:"), m_repeat);
    }
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(mode == Mode::Export ? tr("&Export…") : tr("&Review…"),
                              QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    connect(m_ok, &QPushButton::clicked, this, &KeyFileDialog::submitted);
    connect(this, &KeyFileDialog::submitted, this,
            mode == Mode::Export ? &KeyFileDialog::runExport : &KeyFileDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (QLineEdit* e : {m_path, m_passphrase, m_repeat}) {
        if (e)
            connect(e, &QLineEdit::textChanged, this, &KeyFileDialog::updateOk);
    }
    updateOk();
    resize(560, mode == Mode::Export ? 460 : sizeHint().height());
}

KeyFileDialog::~KeyFileDialog()
{
    for (QLineEdit* e : {m_passphrase, m_repeat}) {
        if (e)
            e->setText(QString(e->text().size(), QLatin1Char('x')));
    }
}

void KeyFileDialog::browse()
{
    auto* picker =
        new QFileDialog(this, m_mode == Mode::Export ? tr("Export to") : tr("Import from"),
                        QFileInfo(m_path->text()).absolutePath(), tr("Key files (*.fcvault);;All files (*)"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setAcceptMode(m_mode == Mode::Export ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    picker->setFileMode(m_mode == Mode::Export ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    connect(picker, &QFileDialog::fileSelected, m_path, &QLineEdit::setText);
    picker->open();
}

void KeyFileDialog::updateOk()
{
    QString problem;
    if (m_path->text().trimmed().isEmpty())
        problem = tr("Choose the file.");
    else if (m_mode == Mode::Export && chosenKeys().isEmpty())
        problem = tr("Choose at least one key.");
    else if (m_mode == Mode::Export && !KeyFile::passphraseProblem(passphrase()).isEmpty())
        problem = KeyFile::passphraseProblem(passphrase());
    else if (m_repeat && m_repeat->text() != m_passphrase->text())
        problem = tr("The two passphrases differ.");
    else if (m_mode == Mode::Import && m_passphrase->text().isEmpty())
        problem = tr("Type the file's passphrase.");
    m_ok->setEnabled(problem.isEmpty());
    m_problem->setText(problem);
}

QString KeyFileDialog::path() const
{
    return m_path->text().trimmed();
}

SecretBytes KeyFileDialog::passphrase() const
{
    return SecretBytes(m_passphrase->text());
}

QList<ApiKey> KeyFileDialog::chosenKeys() const
{
    QList<ApiKey> out;
    if (!m_list)
        return out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() != Qt::Checked)
            continue;
        const qint64 id = m_list->item(i)->data(Qt::UserRole).toLongLong();
        for (const ApiKey& k : m_keys) {
            if (k.id == id)
                out << k;
        }
    }
    return out;
}

void KeyFileDialog::setBusy(bool busy, const QString& what)
{
    for (QWidget* w : findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (w != m_problem)
            w->setEnabled(!busy);
    }
    m_problem->setText(what);
    if (!busy)
        updateOk();
}

void KeyFileDialog::showProblem(const QString& problem)
{
    setBusy(false);
    m_problem->setText(problem);
}

void KeyFileDialog::follow(Job* job)
{
    connect(job, &Job::progress, this, [this](int, int, const QString& text) { setBusy(true, text); });
    // The plan is in front of the person now: what was said before it no longer applies.
    connect(job, &Job::confirming, this, [this] { setBusy(true); });
    connect(job, &Job::finished, job, &QObject::deleteLater);
}

void KeyFileDialog::runExport()
{
    const QString path = QFileInfo(this->path()).absoluteFilePath();
    setBusy(true);
    // The job lives with the dialog: closing it drops whatever would have followed.
    auto* job = new KeyExport(AppJobs::host(m_context, this), this);
    follow(job);
    KeyExport::Selection selection;
    selection.chosen = chosenKeys();
    job->start(
        selection, path, [this] { return Result<SecretBytes>(passphrase()); },
        [this, path](const Result<KeyExport::Outcome>& result) {
            if (!result)
                return showProblem(MessageBar::failureText(result.error()));
            accept(); // closing deletes it later, not now
            Q_EMIT completed(tr("Exported %n key(s) to %1.", nullptr, result.value().count).arg(path));
        });
}

void KeyFileDialog::runImport()
{
    setBusy(true);
    auto* job = new KeyFileImport(AppJobs::host(m_context, this), this);
    follow(job);
    job->start(
        path(), [this] { return Result<SecretBytes>(passphrase()); },
        [this](const Result<KeyFileImport::Outcome>& result) {
            if (!result)
                return showProblem(MessageBar::failureText(result.error()));
            const KeyFileImport::Outcome& o = result.value();
            if (o.unchanged)
                return showProblem(tr("Nothing to import: every key in the file is already here with "
                                      "the same secret."));
            accept(); // closing deletes it later, not now
            QString text = tr("Imported: %1 added, %2 replaced, %3 already here.")
                               .arg(o.added)
                               .arg(o.replaced)
                               .arg(o.alreadyHere);
            if (o.leftoversRemoved > 0)
                text += QLatin1Char(' ') + KeychainJournal::leftoversRemovedText(o.leftoversRemoved);
            Q_EMIT completed(text);
        });
}

} // namespace fusion
