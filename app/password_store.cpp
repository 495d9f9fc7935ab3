#include "app/password_store.h"

#include <QMetaObject>
#include <QPointer>

#ifdef PEARLZONE_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace pearlzone::app {

namespace {

const QString kService = QStringLiteral("Pearlzone PostGIS");

// Calls done on context's thread after the current event, unless context is gone by then.
template <typename Value>
void later(QObject* context, std::function<void(const Value&)> done, Value value)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context, [guard, done = std::move(done), value] { if (guard) done(value); }, Qt::QueuedConnection);
}

class NoPasswordStore : public PasswordStore {
public:
    void read(const QString&, QObject* context, std::function<void(const PasswordLookup&)> done) override
    {
        later<PasswordLookup>(context, std::move(done), PasswordLookup{});
    }
    void write(const QString&, const QString&, QObject* context, std::function<void(bool)> done) override
    {
        later<bool>(context, [done = std::move(done)](const bool& stored) { done(stored); }, false);
    }
};

#ifdef PEARLZONE_HAVE_QTKEYCHAIN
// QtKeychain's jobs answer through a signal; without a secret service they fail at once
// (OtherError, "Unknown error", within milliseconds: measured with no D-Bus session bus, with
// and without an X display), which counts as Unavailable. The insecure fallback (a plain-text
// copy in QSettings) stays off.
class KeychainPasswordStore : public PasswordStore {
public:
    void read(const QString& account, QObject* context, std::function<void(const PasswordLookup&)> done) override
    {
        auto* job = new QKeychain::ReadPasswordJob(kService);
        job->setInsecureFallback(false);
        job->setKey(account);
        QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* finished) {
            PasswordLookup lookup;
            if (finished->error() == QKeychain::NoError) {
                lookup.status = PasswordLookup::Status::Found;
                lookup.password = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
            } else if (finished->error() == QKeychain::EntryNotFound) {
                lookup.status = PasswordLookup::Status::NotFound;
            }
            done(lookup);
        });
        job->start();  // auto-deleted once finished
    }
    void write(const QString& account, const QString& password, QObject* context, std::function<void(bool)> done) override
    {
        auto* job = new QKeychain::WritePasswordJob(kService);
        job->setInsecureFallback(false);
        job->setKey(account);
        job->setTextData(password);
        QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* finished) {
            done(finished->error() == QKeychain::NoError);
        });
        job->start();
    }
};
#endif

}  // namespace

std::shared_ptr<PasswordStore> systemPasswordStore()
{
#ifdef PEARLZONE_HAVE_QTKEYCHAIN
    return std::make_shared<KeychainPasswordStore>();
#else
    return std::make_shared<NoPasswordStore>();
#endif
}

}  // namespace pearlzone::app
