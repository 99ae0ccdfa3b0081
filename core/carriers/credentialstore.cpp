#include "credentialstore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

enum Operation { ReadOp, WriteOp, DeleteOp };
constexpr int timedOut = -1;

QString keyFor(const QString &carrier)
{
    return u"carrier/"_s + carrier;
}

struct Field
{
    const char16_t *name;
    QString CarrierCredentials::*member;
};

constexpr Field fields[] = {
    {u"apiKey", &CarrierCredentials::apiKey},
    {u"clientId", &CarrierCredentials::clientId},
    {u"clientSecret", &CarrierCredentials::clientSecret},
    {u"username", &CarrierCredentials::username},
    {u"password", &CarrierCredentials::password},
    {u"accountNumber", &CarrierCredentials::accountNumber},
};

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

CredentialStore::CredentialStore(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_filePath = m_options.filePath;
    if (m_filePath.isEmpty()) {
        m_filePath = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + u"/ParcelDesk/carrier-credentials.json"_s;
    }
    if (!m_options.useKeychain)
        fallBack(tr("The keychain is switched off for this store"));
    else if (qEnvironmentVariable("PARCELDESK_CREDENTIALS") == u"file")
        fallBack(tr("PARCELDESK_CREDENTIALS=file chooses the file"));
}

CredentialStore::~CredentialStore() = default;

void CredentialStore::fallBack(const QString &reason)
{
    if (m_backend == Backend::File)
        return;
    m_backend = Backend::File;
    m_fallbackReason = reason;
    Q_EMIT fellBackToFile(reason);
}

QByteArray CredentialStore::encode(const CarrierCredentials &credentials)
{
    QJsonObject o;
    for (const Field &f : fields) {
        const QString &value = credentials.*f.member;
        if (!value.isEmpty())
            o.insert(QString::fromUtf16(f.name), value);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<CarrierCredentials> CredentialStore::decode(const QByteArray &data, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error {tr("%1: the stored credentials are not readable (%2).")
                          .arg(origin,
                              error.error != QJsonParseError::NoError ? error.errorString()
                                                                      : tr("not an object"))};
    CarrierCredentials c;
    const QJsonObject o = doc.object();
    for (const Field &f : fields)
        c.*f.member = o.value(QString::fromUtf16(f.name)).toString();
    return c;
}

Result<std::optional<CarrierCredentials>> CredentialStore::readFile(const QString &carrier) const
{
    QFile file(m_filePath);
    if (!file.exists())
        return std::optional<CarrierCredentials>();
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("%1: cannot read: %2").arg(m_filePath, file.errorString())};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error {tr("%1: not a credentials file (%2).")
                          .arg(m_filePath,
                              error.error != QJsonParseError::NoError ? error.errorString()
                                                                      : tr("not an object"))};
    const QJsonValue entry = doc.object().value(u"carriers"_s).toObject().value(carrier);
    if (entry.isUndefined())
        return std::optional<CarrierCredentials>();
    if (!entry.isObject())
        return Error {tr("%1: the entry for %2 is not an object.").arg(m_filePath, carrier)};
    const auto decoded
        = decode(QJsonDocument(entry.toObject()).toJson(), m_filePath + u" ("_s + carrier + u')');
    if (!decoded)
        return decoded.error();
    return std::optional<CarrierCredentials>(*decoded);
}

Outcome CredentialStore::writeFile(
    const QString &carrier, const std::optional<CarrierCredentials> &value)
{
    const QFileInfo info(m_filePath);
    QDir dir = info.dir();
    if (!dir.exists()) {
        if (!dir.mkpath(u"."_s))
            return Error {tr("%1: cannot create the folder.").arg(dir.path())};
        QFile::setPermissions(dir.path(), ownerOnly | QFileDevice::ExeOwner);
    }
    QJsonObject root;
    {
        QFile existing(m_filePath);
        if (existing.exists()) {
            if (!existing.open(QIODevice::ReadOnly))
                return Error {tr("%1: cannot read: %2").arg(m_filePath, existing.errorString())};
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(existing.readAll(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                return Error {
                    tr("%1: not a credentials file (%2); it is left as it is.")
                        .arg(m_filePath,
                            error.error != QJsonParseError::NoError ? error.errorString()
                                                                    : tr("not an object"))};
            root = doc.object();
        }
    }
    QJsonObject carriers = root.value(u"carriers"_s).toObject();
    if (value) {
        carriers.insert(carrier, QJsonDocument::fromJson(encode(*value)).object());
    } else {
        carriers.remove(carrier);
    }
    root.insert(u"version"_s, 1);
    root.insert(u"carriers"_s, carriers);

    // Written beside the file with owner-only permissions from the first byte, then renamed over
    // it: a crash leaves the old file or the new one, never half of one, and nobody else can read
    // either.
    const QString temporary = m_filePath + u".new"_s;
    QFile::remove(temporary);
    QFile out(temporary);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly))
        return Error {tr("%1: cannot write: %2").arg(temporary, out.errorString())};
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);
    bool written = out.write(data) == data.size() && out.flush();
#ifdef Q_OS_UNIX
    written = written && ::fsync(out.handle()) == 0; // on disk before it replaces the old file
#endif
    if (!written) {
        out.remove();
        return Error {tr("%1: cannot write: %2").arg(temporary, out.errorString())};
    }
    out.close();
    if (std::rename(
            QFile::encodeName(temporary).constData(), QFile::encodeName(m_filePath).constData())
        != 0) {
        QFile::remove(temporary);
        return Error {tr("%1: cannot replace the file.").arg(m_filePath)};
    }
    return Done {};
}

void CredentialStore::runKeychain(int operation, const QString &carrier, const QByteArray &data,
    std::function<void(int error, QString message, QByteArray data)> done)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case ReadOp:
        job = new QKeychain::ReadPasswordJob(m_options.service);
        break;
    case WriteOp: {
        auto *write = new QKeychain::WritePasswordJob(m_options.service);
        write->setBinaryData(data);
        job = write;
        break;
    }
    default:
        job = new QKeychain::DeletePasswordJob(m_options.service);
        break;
    }
    job->setInsecureFallback(false); // never plain QSettings
    job->setAutoDelete(true);
    job->setKey(keyFor(carrier));
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, timer, answered, done] {
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        done(timedOut,
            tr("The keychain did not answer within %1 s").arg(m_options.keychainTimeoutMs / 1000),
            {});
    });
    connect(job, &QKeychain::Job::finished, this,
        [timer, answered, done, operation](QKeychain::Job *finished) {
            timer->stop();
            timer->deleteLater();
            if (*answered)
                return;
            *answered = true;
            QByteArray read;
            if (operation == ReadOp && finished->error() == QKeychain::NoError)
                read = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
            done(int(finished->error()), finished->errorString(), read);
        });
    timer->start(m_options.keychainTimeoutMs);
    job->start();
}

namespace {

// Errors after which the keychain is given up for the file; a user's refusal is not one.
bool keychainMissing(int error)
{
    return error == timedOut || error == QKeychain::NoBackendAvailable
        || error == QKeychain::NotImplemented || error == QKeychain::OtherError
        || error == QKeychain::AccessDenied;
}

} // namespace

void CredentialStore::read(const QString &carrier, ReadDone done)
{
    if (m_backend == Backend::File) {
        done(readFile(carrier));
        return;
    }
    QPointer<CredentialStore> self(this);
    runKeychain(ReadOp, carrier, {},
        [self, carrier, done](int error, const QString &message, const QByteArray &data) {
            if (!self)
                return;
            if (error == QKeychain::NoError) {
                // A copy in the file was written while the keychain did not answer, so it is
                // the newer one: it wins and moves into the keychain.
                const auto inFile = self->readFile(carrier);
                if (inFile && inFile->has_value()) {
                    self->write(carrier, **inFile, [](const Outcome &) {});
                    return done(*inFile);
                }
                const auto decoded = decode(data, tr("keychain (%1)").arg(carrier));
                if (!decoded)
                    return done(decoded.error());
                return done(std::optional<CarrierCredentials>(*decoded));
            }
            if (error == QKeychain::EntryNotFound)
                return done(self->readFile(carrier)); // perhaps stored while it was missing
            if (keychainMissing(error)) {
                self->fallBack(message);
                return done(self->readFile(carrier));
            }
            done(Error {tr("The keychain refused the %1 credentials: %2").arg(carrier, message)});
        });
}

void CredentialStore::write(
    const QString &carrier, const CarrierCredentials &credentials, WriteDone done)
{
    if (m_backend == Backend::File) {
        done(writeFile(carrier, credentials));
        return;
    }
    QPointer<CredentialStore> self(this);
    runKeychain(WriteOp, carrier, encode(credentials),
        [self, carrier, credentials, done](int error, const QString &message, const QByteArray &) {
            if (!self)
                return;
            if (error == QKeychain::NoError) {
                // A copy left in the file from a time without keychain goes now.
                const auto inFile = self->readFile(carrier);
                if (inFile && inFile->has_value())
                    (void)self->writeFile(carrier, std::nullopt);
                return done(Done {});
            }
            if (keychainMissing(error)) {
                self->fallBack(message);
                return done(self->writeFile(carrier, credentials));
            }
            done(Error {
                tr("The keychain did not store the %1 credentials: %2").arg(carrier, message)});
        });
}

void CredentialStore::remove(const QString &carrier, WriteDone done)
{
    const auto fromFile = [this, carrier]() -> Outcome {
        const auto inFile = readFile(carrier);
        if (inFile && !inFile->has_value())
            return Done {};
        return writeFile(carrier, std::nullopt);
    };
    if (m_backend == Backend::File) {
        done(fromFile());
        return;
    }
    QPointer<CredentialStore> self(this);
    runKeychain(DeleteOp, carrier, {},
        [self, carrier, done, fromFile](int error, const QString &message, const QByteArray &) {
            if (!self)
                return;
            if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
                return done(fromFile());
            if (keychainMissing(error)) {
                self->fallBack(message);
                return done(fromFile());
            }
            done(Error {
                tr("The keychain did not remove the %1 credentials: %2").arg(carrier, message)});
        });
}

Result<std::optional<CarrierCredentials>> CredentialStore::readNow(const QString &carrier)
{
    std::optional<Result<std::optional<CarrierCredentials>>> result;
    QEventLoop loop;
    read(carrier, [&](Result<std::optional<CarrierCredentials>> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

Outcome CredentialStore::writeNow(const QString &carrier, const CarrierCredentials &credentials)
{
    std::optional<Outcome> result;
    QEventLoop loop;
    write(carrier, credentials, [&](Outcome r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

Outcome CredentialStore::removeNow(const QString &carrier)
{
    std::optional<Outcome> result;
    QEventLoop loop;
    remove(carrier, [&](Outcome r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace ParcelDesk
