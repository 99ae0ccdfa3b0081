#pragma once

#include "database.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ParcelDesk {

// The passwords of team databases, in the system keychain under "ParcelDesk PostgreSQL" and
// the key user@host:port/dbname. Never in a file of ours, in QSettings or on a command line;
// a headless poller (PARCELDESK_CREDENTIALS=file, no keychain to ask) uses libpq's password
// file (PGPASSFILE or ~/.pgpass) instead. The calls wait for the keychain in a local event loop.
class ServerPasswords final
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::ServerPasswords)

public:
    // The stored password; nothing when there is none or no keychain answers.
    static std::optional<QString> read(const ServerLocation &location);
    static Outcome write(const ServerLocation &location, const QString &password);
    static Outcome remove(const ServerLocation &location);
    // False where the keychain is not to be asked (PARCELDESK_CREDENTIALS=file).
    static bool keychainAllowed();
};

} // namespace ParcelDesk
