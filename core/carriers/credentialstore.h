#pragma once

#include "carriertypes.h"
#include "domain/result.h"

#include <QObject>

#include <functional>
#include <optional>

namespace ParcelDesk {

// Keeps carrier credentials secret: in the system keychain (Secret Service, KWallet, macOS
// Keychain, Windows Credential Manager) through QtKeychain. Where no keychain service answers,
// in a file that only the user can read (mode 0600 in a 0700 folder), and the store says so,
// so the console can show a warning. Never in QSettings or the database.
//
// The environment variable PARCELDESK_CREDENTIALS=file chooses the file from the start (for a
// headless poller where no keychain can ask for a password).
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    enum class Backend { Keychain, File };

    struct Options
    {
        QString service = QStringLiteral("ParcelDesk");
        QString filePath; // empty: carrier-credentials.json in the user's config folder
        bool useKeychain = true;
        int keychainTimeoutMs = 15'000;
    };

    explicit CredentialStore(Options options, QObject *parent = nullptr);
    ~CredentialStore() override;

    using ReadDone = std::function<void(Result<std::optional<CarrierCredentials>>)>;
    using WriteDone = std::function<void(Outcome)>;

    // Asynchronous; done is called once, on this object's thread.
    void read(const QString &carrier, ReadDone done);
    void write(const QString &carrier, const CarrierCredentials &credentials, WriteDone done);
    void remove(const QString &carrier, WriteDone done);

    // The same, waiting in a local event loop (parceldeskctl).
    Result<std::optional<CarrierCredentials>> readNow(const QString &carrier);
    Outcome writeNow(const QString &carrier, const CarrierCredentials &credentials);
    Outcome removeNow(const QString &carrier);

    Backend backend() const { return m_backend; }
    QString filePath() const { return m_filePath; }
    // Why the secrets are in a file rather than the keychain; empty while the keychain is used.
    QString fallbackReason() const { return m_fallbackReason; }

    static QByteArray encode(const CarrierCredentials &credentials);
    static Result<CarrierCredentials> decode(const QByteArray &data, const QString &origin);

Q_SIGNALS:
    void fellBackToFile(const QString &reason);

private:
    struct Pending;
    void fallBack(const QString &reason);
    Result<std::optional<CarrierCredentials>> readFile(const QString &carrier) const;
    Outcome writeFile(const QString &carrier, const std::optional<CarrierCredentials> &value);
    void runKeychain(int operation, const QString &carrier, const QByteArray &data,
        std::function<void(int error, QString message, QByteArray data)> done);

    Options m_options;
    QString m_filePath;
    Backend m_backend = Backend::Keychain;
    QString m_fallbackReason;
};

} // namespace ParcelDesk
