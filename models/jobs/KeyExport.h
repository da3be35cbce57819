#pragma once

#include "models/jobs/Job.h"
#include "models/vault/KeyVault.h"

#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

namespace fusion {

struct KeyFileContent;

// Writing keys, secrets included, to a file sealed with a passphrase: the keys chosen and the export planned
// (refused without ManageKeys, or when a key asked for is not there); the passphrase checked; the
// confirmation; each secret read from the keychain only then; the file's content sealed on the database
// runner (Argon2id takes a moment, the app keeps it off the GUI thread) and the secrets dropped from memory
// at once; the audit row; then the file, readable by its owner only. No audit row, no file.
class KeyExport : public Job {
    Q_OBJECT

public:
    // Which keys go into the file: those a person ticked (the app), or — without `chosen` — fusionctl's
    // filters over the live keys: of these providers (all when none), and of these PROVIDER/LABEL names
    // (all when none), each of which must be a live key.
    struct Selection {
        std::optional<QList<ApiKey>> chosen;
        QStringList providers;
        QStringList keys;
    };
    // The passphrase, asked for once it is known what would be exported: fusionctl reads standard input only
    // then, so that a refused or empty selection is said first. An error ends the job with it.
    using Passphrase = std::function<Result<SecretBytes>()>;
    struct Outcome {
        QJsonObject written; // as audited: which keys ("exported": PROVIDER/LABEL, …)
        int count = 0;
    };
    using Done = std::function<void(const Result<Outcome>&)>;

    explicit KeyExport(JobHost host, QObject* parent = nullptr);
    ~KeyExport() override;

    // `path` as the person gave it: messages name it so, the plan and the audit row name it in full.
    void start(const Selection& selection, const QString& path, Passphrase passphrase, Done done);

private:
    struct Plan {
        QList<ApiKey> keys;
        QList<Provider> providers; // those the keys belong to: a custom one is recreated on import
        QString exportedBy;
        PendingWrite write;
    };
    static Plan plan(Database& db, const Selection& selection, const QString& path);
    void planned(const Plan& plan);
    void readKey(qsizetype index); // the secrets one after the other, from the keychain
    void seal();
    void record();
    void writeFile(const QJsonObject& audited);
    int steps() const { return int(m_plan.keys.size()) + 2; }
    void finish(const Result<Outcome>& result);

    Passphrase m_askPassphrase;
    SecretBytes m_passphrase;
    QString m_path;
    Plan m_plan;
    // The secrets between the keychain and sealing; shared with the sealing step on the database runner.
    std::shared_ptr<KeyFileContent> m_content;
    QByteArray m_sealed;
    Done m_done;
};

} // namespace fusion
