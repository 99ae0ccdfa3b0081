#include "carriers/credentialstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace ParcelDesk;

namespace {

constexpr QFileDevice::Permissions userFlags
    = QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;

// Owner, group and other flags only: the User flags repeat the owner's for the current user.
QFileDevice::Permissions modeOf(const QString &path)
{
    return QFileInfo(path).permissions() & ~userFlags;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

CarrierCredentials allSix(const QString &tag)
{
    CarrierCredentials c;
    c.apiKey = u"key-"_s + tag;
    c.clientId = u"client-"_s + tag;
    c.clientSecret = u"secret \"quoted\" \\ "_s + tag;
    c.username = u"user-"_s + tag;
    c.password = u"pässwörd-€-🔑-"_s + tag;
    c.accountNumber = u"00"_s + tag;
    return c;
}

void compareCredentials(const CarrierCredentials &actual, const CarrierCredentials &expected)
{
    QCOMPARE(actual.apiKey, expected.apiKey);
    QCOMPARE(actual.clientId, expected.clientId);
    QCOMPARE(actual.clientSecret, expected.clientSecret);
    QCOMPARE(actual.username, expected.username);
    QCOMPARE(actual.password, expected.password);
    QCOMPARE(actual.accountNumber, expected.accountNumber);
}

// Sets an environment variable for one scope and puts back what was there.
class ScopedEnv
{
    Q_DISABLE_COPY_MOVE(ScopedEnv)

public:
    ScopedEnv(const char *name, std::optional<QByteArray> value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value)
            qputenv(name, *value);
        else
            qunsetenv(name);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

// The credential store's file fallback and its refusal to lose or expose secrets. Everything
// happens below a temporary XDG_CONFIG_HOME; no keychain is ever written to on purpose.
class TestCredentialStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void fileRoundTrip_data();
    void fileRoundTrip();
    void asyncCallsAnswerOnce();
    void ownerOnlyFileAndFolder();
    void looseFileIsReplacedOwnerOnly();
    void corruptFileIsNeverOverwritten_data();
    void corruptFileIsNeverOverwritten();
    void missingKeychainFallsBackToFile();
    void secretsNeverLandInSettings();
    void encodeDecodeRoundTrip();
    void encodeLeavesOutEmptyFields();
    void decodeErrorsNameTheOrigin_data();
    void decodeErrorsNameTheOrigin();

private:
    QString configDir() const { return m_root.filePath(u"config"_s); }
    CredentialStore::Options fileOptions(const QString &path) const;

    QTemporaryDir m_root;
    std::unique_ptr<ScopedEnv> m_configHome;
    std::unique_ptr<ScopedEnv> m_credentialsMode;
};

void TestCredentialStore::initTestCase()
{
    QVERIFY(m_root.isValid());
    // QSettings and QStandardPaths read it: anything the store or QtKeychain might put in the
    // user's configuration lands here, where secretsNeverLandInSettings looks for it.
    m_configHome = std::make_unique<ScopedEnv>(
        "XDG_CONFIG_HOME", QFile::encodeName(m_root.filePath(u"config"_s)));
    m_credentialsMode = std::make_unique<ScopedEnv>("PARCELDESK_CREDENTIALS", std::nullopt);
    QCoreApplication::setOrganizationName(u"ParcelDeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_credentialstore"_s);
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), configDir());
}

void TestCredentialStore::init()
{
    QDir(configDir()).removeRecursively();
    QVERIFY(QDir().mkpath(configDir()));
}

void TestCredentialStore::cleanupTestCase()
{
    m_credentialsMode.reset();
    m_configHome.reset();
}

CredentialStore::Options TestCredentialStore::fileOptions(const QString &path) const
{
    CredentialStore::Options o;
    o.filePath = path;
    o.useKeychain = false;
    return o;
}

void TestCredentialStore::fileRoundTrip_data()
{
    QTest::addColumn<bool>("byEnvironment");
    QTest::newRow("Options.useKeychain=false") << false;
    QTest::newRow("PARCELDESK_CREDENTIALS=file") << true;
}

void TestCredentialStore::fileRoundTrip()
{
    QFETCH(bool, byEnvironment);
    CredentialStore::Options options;
    std::optional<ScopedEnv> env;
    QString expectedPath;
    if (byEnvironment) {
        // The keychain stays asked for; the variable alone must keep it out. Default path.
        env.emplace("PARCELDESK_CREDENTIALS", QByteArray("file"));
        options.keychainTimeoutMs = 1000;
        expectedPath = configDir() + u"/ParcelDesk/carrier-credentials.json"_s;
    } else {
        expectedPath = configDir() + u"/store/credentials.json"_s;
        options = fileOptions(expectedPath);
    }
    CredentialStore store(options);
    QCOMPARE(store.backend(), CredentialStore::Backend::File);
    QVERIFY(!store.fallbackReason().isEmpty());
    if (byEnvironment)
        QVERIFY2(store.fallbackReason().contains(u"PARCELDESK_CREDENTIALS"_s),
            qPrintable(store.fallbackReason()));
    QCOMPARE(store.filePath(), expectedPath);

    // Before anything is stored there is no file, and nothing to read.
    const auto none = store.readNow(u"dhl"_s);
    QVERIFY2(none.ok(), qPrintable(none.ok() ? QString() : none.error().message));
    QVERIFY(!none->has_value());
    QVERIFY(!QFile::exists(expectedPath));

    CarrierCredentials dhl;
    dhl.apiKey = u"dhl-api-key"_s;
    CarrierCredentials ups;
    ups.clientId = u"ups-client"_s;
    ups.clientSecret = u"ups-secret"_s;
    const CarrierCredentials auspost = allSix(u"auspost"_s);
    for (const auto &[carrier, c] :
        {std::pair {u"dhl"_s, dhl}, std::pair {u"ups"_s, ups}, std::pair {u"auspost"_s, auspost}}) {
        const Outcome written = store.writeNow(carrier, c);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    }
    QVERIFY(QFile::exists(expectedPath));

    // A second store on the same file sees the same; so does this one.
    CredentialStore other(fileOptions(expectedPath));
    for (CredentialStore *s : {&store, &other}) {
        for (const auto &[carrier, c] : {std::pair {u"dhl"_s, dhl}, std::pair {u"ups"_s, ups},
                 std::pair {u"auspost"_s, auspost}}) {
            const auto read = s->readNow(carrier);
            QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
            QVERIFY2(read->has_value(), qPrintable(carrier));
            compareCredentials(**read, c);
        }
        const auto never = s->readNow(u"fedex"_s);
        QVERIFY(never.ok());
        QVERIFY(!never->has_value());
    }

    // An update replaces that carrier's entry whole.
    CarrierCredentials dhl2;
    dhl2.apiKey = u"dhl-rotated"_s;
    dhl2.accountNumber = u"12345"_s;
    QVERIFY(store.writeNow(u"dhl"_s, dhl2).ok());
    compareCredentials(**store.readNow(u"dhl"_s), dhl2);

    // Removing one carrier leaves the others.
    QVERIFY(store.removeNow(u"ups"_s).ok());
    QVERIFY(!store.readNow(u"ups"_s)->has_value());
    compareCredentials(**store.readNow(u"dhl"_s), dhl2);
    compareCredentials(**other.readNow(u"auspost"_s), auspost);
    // Removing what is not there is no error and changes nothing.
    const QByteArray before = contents(expectedPath);
    QVERIFY(store.removeNow(u"ups"_s).ok());
    QVERIFY(store.removeNow(u"gls"_s).ok());
    QCOMPARE(contents(expectedPath), before);

    const QJsonObject carriers
        = QJsonDocument::fromJson(contents(expectedPath)).object().value(u"carriers"_s).toObject();
    QCOMPARE(carriers.keys(), (QStringList {u"auspost"_s, u"dhl"_s}));
    QVERIFY(!QFile::exists(expectedPath + u".new"_s));
}

void TestCredentialStore::asyncCallsAnswerOnce()
{
    CredentialStore store(fileOptions(configDir() + u"/async.json"_s));
    int writes = 0;
    int reads = 0;
    int removes = 0;
    store.write(u"gls"_s, allSix(u"gls"_s), [&](Outcome r) {
        QVERIFY(r.ok());
        ++writes;
    });
    std::optional<CarrierCredentials> seen;
    store.read(u"gls"_s, [&](Result<std::optional<CarrierCredentials>> r) {
        QVERIFY(r.ok());
        seen = *r;
        ++reads;
    });
    store.remove(u"gls"_s, [&](Outcome r) {
        QVERIFY(r.ok());
        ++removes;
    });
    QTest::qWait(0); // anything posted would arrive now
    QCOMPARE(writes, 1);
    QCOMPARE(reads, 1);
    QCOMPARE(removes, 1);
    QVERIFY(seen.has_value());
    compareCredentials(*seen, allSix(u"gls"_s));
}

void TestCredentialStore::ownerOnlyFileAndFolder()
{
#ifndef Q_OS_UNIX
    QSKIP("file modes are a Unix matter");
#else
    // With umask 0 anything created without explicit permissions would be world-readable.
    const mode_t oldMask = ::umask(0);
    const auto restore = qScopeGuard([oldMask] { ::umask(oldMask); });
    const QString folder = configDir() + u"/nested/ParcelDesk"_s;
    const QString path = folder + u"/carrier-credentials.json"_s;
    QVERIFY(!QFileInfo::exists(configDir() + u"/nested"_s));

    CredentialStore store(fileOptions(path));
    QVERIFY(store.writeNow(u"dhl"_s, allSix(u"dhl"_s)).ok());
    const auto ownerRw = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(modeOf(path), ownerRw);
    QCOMPARE(modeOf(folder), ownerRw | QFileDevice::ExeOwner);
    QVERIFY(!QFile::exists(path + u".new"_s));

    // A stale temporary file from a crash, readable by all, is not written into.
    QVERIFY(writeBytes(path + u".new"_s, "stale"));
    QVERIFY(QFile::setPermissions(path + u".new"_s,
        ownerRw | QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther));
    QVERIFY(store.writeNow(u"ups"_s, allSix(u"ups"_s)).ok());
    QVERIFY(!QFile::exists(path + u".new"_s));
    QCOMPARE(modeOf(path), ownerRw);
    compareCredentials(**store.readNow(u"dhl"_s), allSix(u"dhl"_s));
    compareCredentials(**store.readNow(u"ups"_s), allSix(u"ups"_s));

    QVERIFY(store.removeNow(u"dhl"_s).ok());
    QCOMPARE(modeOf(path), ownerRw);
    QVERIFY(!QFile::exists(path + u".new"_s));
    const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList {u"carrier-credentials.json"_s});
#endif
}

void TestCredentialStore::looseFileIsReplacedOwnerOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("file modes are a Unix matter");
#else
    // A credentials file restored from a backup with loose permissions: the next write keeps
    // what it holds and leaves it readable by its owner only.
    const QString path = configDir() + u"/restored.json"_s;
    QVERIFY(writeBytes(
        path, R"({"version":1,"carriers":{"gls":{"username":"kept","password":"kept-pw"}}})"));
    QVERIFY(QFile::setPermissions(path,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther));
    CredentialStore store(fileOptions(path));
    QVERIFY(store.writeNow(u"dhl"_s, allSix(u"dhl"_s)).ok());
    QCOMPARE(modeOf(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto gls = store.readNow(u"gls"_s);
    QVERIFY(gls.ok() && gls->has_value());
    QCOMPARE((*gls)->username, u"kept"_s);
    QCOMPARE((*gls)->password, u"kept-pw"_s);
#endif
}

void TestCredentialStore::corruptFileIsNeverOverwritten_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("not JSON") << QByteArray("carrier=dhl\napiKey=hunter2\n");
    QTest::newRow("truncated") << QByteArray(R"({"version":1,"carriers":{"dhl":{"apiKey":"abc)");
    QTest::newRow("array") << QByteArray(R"([{"dhl":{"apiKey":"abc"}}])");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{}", 5);
}

void TestCredentialStore::corruptFileIsNeverOverwritten()
{
    QFETCH(QByteArray, data);
    const QString path = configDir() + u"/corrupt/carrier-credentials.json"_s;
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QVERIFY(writeBytes(path, data));
    CredentialStore store(fileOptions(path));

    const auto read = store.readNow(u"dhl"_s);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(path), qPrintable(read.error().message));

    const Outcome written = store.writeNow(u"dhl"_s, allSix(u"dhl"_s));
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(path), qPrintable(written.error().message));
    // The reason is the file's, not an empty parser verdict.
    QVERIFY2(!written.error().message.contains(u"no error occurred"_s),
        qPrintable(written.error().message));

    const Outcome removed = store.removeNow(u"gls"_s);
    QVERIFY(!removed.ok());
    QVERIFY2(removed.error().message.contains(path), qPrintable(removed.error().message));

    QCOMPARE(contents(path), data);
    QVERIFY(!QFile::exists(path + u".new"_s));
}

void TestCredentialStore::missingKeychainFallsBackToFile()
{
    // No session bus anywhere QtKeychain, libdbus or GDBus could look for one.
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    const ScopedEnv noBus("DBUS_SESSION_BUS_ADDRESS", std::nullopt);
    const ScopedEnv noDisplay("DISPLAY", std::nullopt);
    const ScopedEnv noWayland("WAYLAND_DISPLAY", std::nullopt);
    const ScopedEnv emptyRuntime("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));

    const QString path = configDir() + u"/fallback/carrier-credentials.json"_s;
    CredentialStore::Options options;
    options.service = u"ParcelDeskTest-tst_credentialstore"_s;
    options.filePath = path;
    options.useKeychain = true;
    options.keychainTimeoutMs = 3000;
    CredentialStore store(options);
    QCOMPARE(store.backend(), CredentialStore::Backend::Keychain);
    QVERIFY(store.fallbackReason().isEmpty());
    QSignalSpy fellBack(&store, &CredentialStore::fellBackToFile);

    const CarrierCredentials dhl = allSix(u"fallback"_s);
    const Outcome written = store.writeNow(u"dhl"_s, dhl);
    if (written.ok() && store.backend() == CredentialStore::Backend::Keychain) {
        QVERIFY(store.removeNow(u"dhl"_s).ok());
        QSKIP("A keychain answered without a session bus on this machine; the fallback cannot "
              "be provoked here.");
    }
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QCOMPARE(store.backend(), CredentialStore::Backend::File);
    QCOMPARE(fellBack.size(), 1);
    const QString reason = fellBack.first().first().toString();
    QVERIFY(!reason.isEmpty());
    QCOMPARE(store.fallbackReason(), reason);

    // The secrets are in the file, where a file-only store finds them.
    QVERIFY(QFile::exists(path));
    CredentialStore fileOnly(fileOptions(path));
    const auto read = fileOnly.readNow(u"dhl"_s);
    QVERIFY(read.ok() && read->has_value());
    compareCredentials(**read, dhl);
    // From now on this store stays with the file, and says so only once.
    compareCredentials(**store.readNow(u"dhl"_s), dhl);
    QVERIFY(store.removeNow(u"dhl"_s).ok());
    QVERIFY(!fileOnly.readNow(u"dhl"_s)->has_value());
    QCOMPARE(fellBack.size(), 1);
}

void TestCredentialStore::secretsNeverLandInSettings()
{
    const QString secret = u"Zq7-never-in-settings-5Kx"_s;
    CarrierCredentials c;
    c.clientId = u"id"_s;
    c.clientSecret = secret;
    c.password = secret;

    const QString fileStorePath = configDir() + u"/ParcelDesk/carrier-credentials.json"_s;
    {
        CredentialStore store(fileOptions(fileStorePath));
        QVERIFY(store.writeNow(u"ups"_s, c).ok());
        QVERIFY(store.writeNow(u"fedex"_s, c).ok());
        QVERIFY(store.removeNow(u"fedex"_s).ok());
    }
    const QString keychainStorePath = configDir() + u"/keychain-attempt.json"_s;
    {
        QTemporaryDir runtime;
        const ScopedEnv noBus("DBUS_SESSION_BUS_ADDRESS", std::nullopt);
        const ScopedEnv noDisplay("DISPLAY", std::nullopt);
        const ScopedEnv emptyRuntime("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        CredentialStore::Options options;
        options.service = u"ParcelDeskTest-tst_credentialstore"_s;
        options.filePath = keychainStorePath;
        options.keychainTimeoutMs = 3000;
        CredentialStore store(options);
        const Outcome written = store.writeNow(u"ups"_s, c);
        if (written.ok() && store.backend() == CredentialStore::Backend::Keychain)
            QVERIFY(store.removeNow(u"ups"_s).ok());
    }

    const QByteArray plain = secret.toUtf8();
    const QByteArray base64 = CredentialStore::encode(c).toBase64();
    QDirIterator it(
        configDir(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == fileStorePath || path == keychainStorePath)
            continue;
        const QByteArray data = contents(path);
        QVERIFY2(!data.contains(plain) && !data.contains(base64), qPrintable(path));
    }
    // The check above is only worth something if QSettings would write where it looked.
    QSettings settings;
    QVERIFY2(settings.fileName().startsWith(configDir()), qPrintable(settings.fileName()));
    QVERIFY(contents(fileStorePath).contains(plain));
}

void TestCredentialStore::encodeDecodeRoundTrip()
{
    const CarrierCredentials c = allSix(u"round"_s);
    const QByteArray encoded = CredentialStore::encode(c);
    const auto decoded = CredentialStore::decode(encoded, u"test"_s);
    QVERIFY(decoded.ok());
    compareCredentials(*decoded, c);

    const auto empty = CredentialStore::decode(CredentialStore::encode({}), u"test"_s);
    QVERIFY(empty.ok());
    compareCredentials(*empty, {});
}

void TestCredentialStore::encodeLeavesOutEmptyFields()
{
    CarrierCredentials c;
    c.apiKey = u"only-key"_s;
    const QJsonObject o = QJsonDocument::fromJson(CredentialStore::encode(c)).object();
    QCOMPARE(o.keys(), QStringList {u"apiKey"_s});
    QCOMPARE(o.value(u"apiKey"_s).toString(), u"only-key"_s);
}

void TestCredentialStore::decodeErrorsNameTheOrigin_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("origin");
    QTest::newRow("not JSON") << QByteArray("apiKey=abc") << u"keychain (dhl)"_s;
    QTest::newRow("truncated") << QByteArray(R"({"apiKey":"ab)") << u"keychain (gls)"_s;
    QTest::newRow("array") << QByteArray(R"(["abc"])") << u"/tmp/x.json (ups)"_s;
    QTest::newRow("string") << QByteArray(R"("abc")") << u"keychain (auspost)"_s;
    QTest::newRow("empty") << QByteArray() << u"keychain (dpd)"_s;
}

void TestCredentialStore::decodeErrorsNameTheOrigin()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, origin);
    const auto decoded = CredentialStore::decode(data, origin);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().message.startsWith(origin), qPrintable(decoded.error().message));
    QVERIFY2(!decoded.error().message.contains(u"no error occurred"_s),
        qPrintable(decoded.error().message));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
