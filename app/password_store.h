#pragma once
// Where the app keeps database passwords: the platform's secret store (Secret Service or
// KWallet on Linux, the Windows Credential Manager, the macOS Keychain) through QtKeychain
// when the build has it. Passwords never go into QSettings: without a secret store (no D-Bus
// secret service, as on a headless machine, or a build without QtKeychain) every lookup says
// Unavailable and the app asks for the password each time.

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace pearlzone::app {

struct PasswordLookup {
    enum class Status { Found, NotFound, Unavailable };
    Status status = Status::Unavailable;
    QString password;  // when Found
};

class PasswordStore {
public:
    virtual ~PasswordStore() = default;
    // Asynchronous: done runs later on context's thread (never when context is gone).
    virtual void read(const QString& account, QObject* context, std::function<void(const PasswordLookup&)> done) = 0;
    virtual void write(const QString& account, const QString& password, QObject* context,
                       std::function<void(bool stored)> done) = 0;
};

// The platform's secret store, or one that is always Unavailable (builds without QtKeychain).
std::shared_ptr<PasswordStore> systemPasswordStore();

}  // namespace pearlzone::app
