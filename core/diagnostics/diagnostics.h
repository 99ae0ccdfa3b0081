#pragma once

#include <QCoreApplication>
#include <QString>

namespace ParcelDesk {

class Database;

// What a support request needs to know about this installation, as plain text to paste:
// the build, the libraries it runs with, the system, and the database in use. Always in
// English, whatever the console's language, so that whoever helps can read it. Holds no
// customer data and no secret (a server's URL never carries its password).
class Diagnostics
{
    Q_DECLARE_TR_FUNCTIONS(ParcelDesk::Diagnostics)

public:
    // The program's build, set once by main(): version, the commit it was built from
    // (empty when unknown) and the build type (Release, Debug).
    static void setBuild(const QString &version, const QString &commit, const QString &buildType);
    // "0.1.0 (commit 109aef9, Release)".
    static QString build();

    // The whole report. Reads the database (its size, schema and parcel count, a server's
    // version and settings), so call it off the GUI thread. extra lines (key, value) come after
    // the system's, e.g. the console's display platform.
    static QString report(
        const Database &database, const QList<std::pair<QString, QString>> &extra = {});
};

} // namespace ParcelDesk
