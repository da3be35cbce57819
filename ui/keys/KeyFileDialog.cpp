#include "ui/keys/KeyFileDialog.h"

#include "models/audit/WriteExecutor.h"
#include "models/core/Sequence.h"
#include "models/secrets/SecretStore.h"
#include "models/storage/DbWorker.h"
#include "models/vault/KeyFile.h"
#include "models/vault/KeyTransfer.h"
#include "ui/common/AppContext.h"
#include "ui/common/MessageBar.h"
#include "ui/common/WriteRunner.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
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

KeyFileDialog::KeyFileDialog(AppContext* context, Mode mode, const QList<ApiKey>& keys,
                             const QList<Provider>& providers, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_mode(mode)
    , m_keys(keys)
    , m_providers(providers)
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

void KeyFileDialog::runExport()
{
    QPointer<KeyFileDialog> self(this);
    const QList<ApiKey> keys = chosenKeys();
    const QString path = QFileInfo(this->path()).absoluteFilePath();
    const SecretBytes passphrase = this->passphrase();
    setBusy(true);
    auto sealed = std::make_shared<QByteArray>();
    // Asked first; then the secrets from the keychain, sealed on the worker thread (Argon2id takes a
    // moment), audited, and only then written to the file.
    WriteRunner::run(
        m_context, this, [keys, path](Database&) { return KeyTransfer::planExport(keys, path); },
        [self, keys, passphrase, sealed](const std::function<void(Result<Unit>)>& proceed) {
            // Each callback reads the QPointer once: every read is a fresh atomic load, so a second read
            // could be null as far as the compiler knows.
            KeyFileDialog* const dialog = self.data();
            if (!dialog)
                return;
            auto content = std::make_shared<KeyFileContent>();
            content->exportedBy = dialog->m_context->capabilities().login;
            content->exportedAt = QDateTime::currentDateTimeUtc();
            content->providers = dialog->m_providers;
            inSequence<ApiKey>(
                keys,
                [self, content, proceed](const ApiKey& k, const std::function<void()>& next) {
                    KeyFileDialog* const alive = self.data();
                    if (!alive)
                        return;
                    alive->m_context->secrets()->read(
                        k.keychainRef, alive, [content, k, proceed, next](const Result<SecretBytes>& s) {
                            if (!s)
                                return proceed(KeyVault::secretError(k, s.error()));
                            auto parsed = capture([&] { return KeySecret::parse(k.kind, s.value()); });
                            if (!parsed)
                                return proceed(parsed.error());
                            content->keys << ExportedKey{k.providerCode, k.kind,      k.label,       k.notes,
                                                         k.clientId,     k.expiresAt, parsed.value()};
                            next();
                        });
                },
                [self, content, passphrase, sealed, proceed] {
                    KeyFileDialog* const alive = self.data();
                    if (!alive)
                        return;
                    alive->m_context->worker()->run<QByteArray>(
                        alive,
                        [content, passphrase](Database&) { return KeyFile::seal(*content, passphrase); },
                        [content, sealed, proceed](const Result<QByteArray>& bytes) {
                            content->keys.clear();
                            if (!bytes)
                                return proceed(bytes.error());
                            *sealed = bytes.value();
                            proceed(Unit{});
                        });
                });
        },
        [self, path, sealed, keys](const Result<QJsonObject>& audited) {
            KeyFileDialog* const dialog = self.data();
            if (!dialog)
                return;
            if (!audited) {
                dialog->showProblem(MessageBar::failureText(audited.error()));
                return;
            }
            QSaveFile out(path);
            const bool written = out.open(QIODevice::WriteOnly) &&
                                 out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                                 out.write(*sealed) == sealed->size() && out.commit();
            sealed->fill('\0');
            if (!written) {
                dialog->showProblem(tr("Could not write %1: %2").arg(path, out.errorString()));
                return;
            }
            dialog->accept(); // closing deletes it later, not now
            Q_EMIT dialog->completed(tr("Exported %n key(s) to %1.", nullptr, int(keys.size())).arg(path));
        });
}

void KeyFileDialog::runImport()
{
    QPointer<KeyFileDialog> self(this);
    const QString path = this->path();
    const SecretBytes passphrase = this->passphrase();
    setBusy(true, tr("Opening the file…"));
    // Read, decrypted (Argon2id) and planned on the worker thread.
    m_context->worker()->run<KeyImport>(
        this,
        [path, passphrase](Database& db) {
            QFile in(path);
            if (!in.open(QIODevice::ReadOnly))
                throw Failure(ErrorKind::NotFound, tr("Cannot read %1: %2").arg(path, in.errorString()));
            return KeyTransfer::planImport(db, KeyFile::open(in.read(KeyFile::MaxFileBytes + 1), passphrase));
        },
        [self](const Result<KeyImport>& planned) {
            // Each callback reads the QPointer once: every read is a fresh atomic load, so a second read
            // could be null as far as the compiler knows.
            KeyFileDialog* const dialog = self.data();
            if (!dialog)
                return;
            if (!planned) {
                dialog->showProblem(planned.error().message);
                return;
            }
            const KeyImport& import = planned.value();
            if (!import.write.apply) {
                dialog->showProblem(tr("Nothing to import: every key in the file is already here with the "
                                       "same secret."));
                return;
            }
            auto stored = std::make_shared<QStringList>();
            const auto undo = [self, stored] {
                KeyFileDialog* const alive = self.data();
                if (!alive)
                    return;
                for (const QString& ref : std::as_const(*stored))
                    alive->m_context->secrets()->remove(ref, alive, [](const Result<Unit>&) {});
                stored->clear();
            };
            WriteRunner::run(
                dialog->m_context, dialog, [w = import.write](Database&) { return w; },
                [self, import, stored](const std::function<void(Result<Unit>)>& proceed) {
                    inSequence<QPair<QString, SecretBytes>>(
                        import.toStore,
                        [self, stored, proceed](const QPair<QString, SecretBytes>& item,
                                                const std::function<void()>& next) {
                            KeyFileDialog* const alive = self.data();
                            if (!alive)
                                return;
                            alive->m_context->secrets()->write(
                                item.first, item.second, alive,
                                [stored, proceed, next, ref = item.first](const Result<Unit>& ok) {
                                    if (!ok)
                                        return proceed(ok.error());
                                    *stored << ref;
                                    next();
                                });
                        },
                        [proceed] { proceed(Unit{}); });
                },
                [self, import, undo](const Result<QJsonObject>& done) {
                    KeyFileDialog* const alive = self.data();
                    if (!alive)
                        return;
                    if (!done) {
                        undo(); // nothing of the import remains
                        alive->showProblem(MessageBar::failureText(done.error()));
                        return;
                    }
                    for (const QString& ref : import.toDeleteAfter)
                        alive->m_context->secrets()->remove(ref, alive, [](const Result<Unit>&) {});
                    alive->accept(); // closing deletes it later, not now
                    Q_EMIT alive->completed(tr("Imported: %1 added, %2 replaced, %3 already here.")
                                                .arg(import.added)
                                                .arg(import.replaced)
                                                .arg(import.unchanged));
                });
        });
}

} // namespace fusion
