#include "serverpasswords.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

constexpr int keychainTimeoutMs = 15'000;

struct Answer
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString message;
    QString password;
};

Answer run(QKeychain::Job *job, const ServerLocation &location)
{
    job->setInsecureFallback(false);
    job->setAutoDelete(false);
    job->setKey(location.displayName());
    Answer answer;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        answer.finished = true;
        answer.error = done->error();
        answer.message = done->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done);
            read && done->error() == QKeychain::NoError)
            answer.password = read->textData();
        loop.quit();
    });
    QTimer::singleShot(keychainTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!answer.finished)
        loop.exec();
    if (answer.finished)
        delete job;
    else
        job->setAutoDelete(true); // it may still answer; it then deletes itself
    return answer;
}

const QString service = u"ParcelDesk PostgreSQL"_s;

} // namespace

bool ServerPasswords::keychainAllowed()
{
    return qEnvironmentVariable("PARCELDESK_CREDENTIALS") != u"file"_s;
}

std::optional<QString> ServerPasswords::read(const ServerLocation &location)
{
    if (!keychainAllowed())
        return std::nullopt;
    const Answer answer = run(new QKeychain::ReadPasswordJob(service), location);
    if (!answer.finished || answer.error != QKeychain::NoError || answer.password.isEmpty())
        return std::nullopt;
    return answer.password;
}

Outcome ServerPasswords::write(const ServerLocation &location, const QString &password)
{
    if (!keychainAllowed())
        return Error {tr("The keychain is switched off (PARCELDESK_CREDENTIALS=file): put the "
                         "password for %1 in the password file PGPASSFILE names instead.")
                          .arg(location.displayName())};
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setTextData(password);
    const Answer answer = run(job, location);
    if (!answer.finished)
        return Error {tr("The keychain did not answer within %1 s; the password for %2 was not "
                         "kept.")
                          .arg(keychainTimeoutMs / 1000)
                          .arg(location.displayName())};
    if (answer.error != QKeychain::NoError)
        return Error {tr("The keychain did not keep the password for %1: %2")
                          .arg(location.displayName(), answer.message)};
    return Done {};
}

Outcome ServerPasswords::remove(const ServerLocation &location)
{
    if (!keychainAllowed())
        return Done {};
    const Answer answer = run(new QKeychain::DeletePasswordJob(service), location);
    if (answer.finished && answer.error != QKeychain::NoError
        && answer.error != QKeychain::EntryNotFound)
        return Error {tr("The keychain did not forget the password for %1: %2")
                          .arg(location.displayName(), answer.message)};
    return Done {};
}

} // namespace ParcelDesk
