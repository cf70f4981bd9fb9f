#include "PasswordHasher.h"

#include <sodium.h>

namespace ck {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Result<QString> PasswordHasher::hash(const QString &password, const Cost &cost)
{
    if (!sodiumReady())
        return Error::storage(QStringLiteral("libsodium could not be initialised"));
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pw.constData(), static_cast<unsigned long long>(pw.size()),
                          cost.passes, cost.memoryBytes) != 0)
        return Error::storage(QStringLiteral("not enough memory to hash the password"));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    if (!sodiumReady() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray pw = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), pw.constData(),
                                    static_cast<unsigned long long>(pw.size())) == 0;
}

} // namespace ck
