#include "logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;

namespace ParcelDesk {

namespace {

struct LogState
{
    QMutex mutex;
    std::unique_ptr<QFile> file;
    QString path;
    qint64 maxBytes = 0;
    int keep = 0;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

LogState &state()
{
    static LogState s;
    return s;
}

// name.log → name.log.1 → … → name.log.keep; the oldest goes.
void rotate(LogState &s)
{
    s.file->close();
    QFile::remove(s.path + u'.' + QString::number(s.keep));
    for (int i = s.keep - 1; i >= 1; --i)
        QFile::rename(s.path + u'.' + QString::number(i), s.path + u'.' + QString::number(i + 1));
    if (s.keep > 0)
        QFile::rename(s.path, s.path + u".1"_s);
    else
        QFile::remove(s.path);
    s.file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &s = state();
    QtMessageHandler previous = nullptr;
    {
        const QMutexLocker lock(&s.mutex);
        previous = s.previous;
        if (s.file && s.file->isOpen()) {
            QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' '
                + QLatin1StringView(levelName(type)) + u' ';
            if (context.category && qstrcmp(context.category, "default") != 0)
                line += QLatin1StringView(context.category) + u": "_s;
            // One line per message: a message's own line breaks are kept visible.
            line += LogFile::redact(message).replace(u'\n', u"\n    "_s) + u'\n';
            const QByteArray bytes = line.toUtf8();
            if (s.file->size() > 0 && s.file->size() + bytes.size() > s.maxBytes)
                rotate(s);
            s.file->write(bytes);
            s.file->flush();
        }
    }
    // The terminal still shows what it showed before; the info lines are for the file.
    if (type != QtInfoMsg && previous)
        previous(type, context, message);
}

} // namespace

QString LogFile::standardFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + u"/ParcelDesk/logs"_s;
}

bool LogFile::install(const QString &folder, const QString &name, qint64 maxBytes, int keep)
{
    LogState &s = state();
    if (!QDir().mkpath(folder))
        return false;
    auto file = std::make_unique<QFile>(QDir(folder).filePath(name));
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    bool first = false;
    {
        const QMutexLocker lock(&s.mutex);
        s.file = std::move(file);
        s.path = s.file->fileName();
        s.maxBytes = std::max<qint64>(maxBytes, 1024);
        s.keep = std::max(keep, 0);
        if (s.file->size() >= s.maxBytes)
            rotate(s);
        first = !s.installed;
        s.installed = true;
    }
    if (first) {
        QtMessageHandler previous = qInstallMessageHandler(handle);
        const QMutexLocker lock(&s.mutex);
        s.previous = previous;
    }
    return true;
}

void LogFile::uninstall()
{
    LogState &s = state();
    QtMessageHandler previous = nullptr;
    {
        const QMutexLocker lock(&s.mutex);
        if (!s.installed)
            return;
        s.installed = false;
        s.file.reset();
        s.path.clear();
        previous = s.previous;
        s.previous = nullptr;
    }
    qInstallMessageHandler(previous);
}

QString LogFile::path()
{
    LogState &s = state();
    const QMutexLocker lock(&s.mutex);
    return s.path;
}

QString LogFile::redact(const QString &text)
{
    static const QRegularExpression email(
        u"[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}"_s);
    // password=…, "token": "…", api_key: …, Authorization: Bearer … — the value goes.
    static const QRegularExpression secret(
        u"((?:password|passwd|pwd|secret|token|api[_-]?key|apikey|client[_-]?secret|"
        "authorization)[\"']?\\s*[:=]\\s*[\"']?)(?:(?:bearer|basic)\\s+)?[^\\s\"'&,;]+"_s,
        QRegularExpression::CaseInsensitiveOption);
    // scheme://user:password@host — the password goes, the user stays.
    static const QRegularExpression urlPassword(
        u"(\\b[a-z][a-z0-9+.\\-]*://[^/\\s:@]+):[^@\\s/]+@"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(urlPassword, u"\\1:***@"_s);
    out.replace(secret, u"\\1***"_s);
    out.replace(email, u"***@***"_s);
    return out;
}

} // namespace ParcelDesk
