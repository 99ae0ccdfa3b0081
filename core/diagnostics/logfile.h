#pragma once

#include <QString>

namespace ParcelDesk {

// The program's log: Qt's messages (warnings, errors, and the info lines the programs write)
// appended to a file in the standard place, one line each with the time and the level. The
// file is rotated when it outgrows maxBytes (name.log.1, .2 … up to keep old files), and
// what could identify a customer or open an account is masked before it is written: e-mail
// addresses, passwords, tokens and keys, and the password part of URLs.
class LogFile
{
public:
    // ~/.local/share/ParcelDesk/logs on Linux, shared by the console and parceldeskctl.
    static QString standardFolder();
    // Starts logging to folder/name (created when missing). Messages other than info still
    // reach the previous handler (the terminal). False, with Qt's default handling left in
    // place, when the file cannot be opened.
    static bool install(
        const QString &folder, const QString &name, qint64 maxBytes = 1 << 20, int keep = 3);
    // Stops logging to the file; the previous handler takes over again.
    static void uninstall();
    // The file being written, or empty.
    static QString path();
    // The text with personal data and secrets masked, as it would be written.
    static QString redact(const QString &text);
};

} // namespace ParcelDesk
