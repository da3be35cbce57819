#pragma once

#include <QByteArray>
#include <QString>

namespace fusion {

// A secret in memory: owns its own copy of the bytes and overwrites them when it goes away, so a password
// does not linger in freed heap memory. Copies are deep copies, each scrubbed on its own.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(const QByteArray& bytes);
    explicit SecretBytes(const QString& text);
    SecretBytes(const SecretBytes& other);
    SecretBytes& operator=(const SecretBytes& other);
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    ~SecretBytes();

    const QByteArray& bytes() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    void clear();

    // Overwrites a buffer in a way the compiler may not optimise away.
    static void scrub(QByteArray& bytes);
    static void scrub(QString& text);

private:
    QByteArray m_bytes;
};

} // namespace fusion
