#include "models/secrets/SecretBytes.h"

#include <cstring>
#include <string.h> // explicit_bzero (glibc)

namespace fusion {

namespace {
QByteArray deepCopy(const QByteArray& bytes)
{
    return QByteArray(bytes.constData(), bytes.size());
}
} // namespace

SecretBytes::SecretBytes(const QByteArray& bytes)
    : m_bytes(deepCopy(bytes))
{
}

SecretBytes::SecretBytes(const QString& text)
    : m_bytes(text.toUtf8())
{
}

SecretBytes::SecretBytes(const SecretBytes& other)
    : m_bytes(deepCopy(other.m_bytes))
{
}

SecretBytes& SecretBytes::operator=(const SecretBytes& other)
{
    if (this != &other) {
        clear();
        m_bytes = deepCopy(other.m_bytes);
    }
    return *this;
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    clear();
}

void SecretBytes::clear()
{
    scrub(m_bytes);
    m_bytes = QByteArray();
}

void SecretBytes::scrub(QByteArray& bytes)
{
    if (bytes.isEmpty())
        return;
    // data() detaches a shared buffer first; we then wipe at least the copy we own.
    explicit_bzero(bytes.data(), size_t(bytes.size()));
}

void SecretBytes::scrub(QString& text)
{
    if (text.isEmpty())
        return;
    explicit_bzero(text.data(), size_t(text.size()) * sizeof(QChar));
}

} // namespace fusion
