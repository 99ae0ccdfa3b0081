#pragma once

#include "database.h"

#include <QSqlDatabase>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace ParcelDesk {

// A thread that reads the database for a view: it opens its own connection, runs the jobs given
// to it one after another, and closes the connection when it is destroyed. A job hands its
// result back itself (QMetaObject::invokeMethod on the receiver's thread); the owner destroys
// the reader before the receiver, so no job outlives it. A query that a newer request made
// pointless can be interrupted.
class DatabaseReader final
{
public:
    using Job = std::function<void(const QSqlDatabase &)>;

    DatabaseReader(Database database, QString name);
    ~DatabaseReader();
    DatabaseReader(const DatabaseReader &) = delete;
    DatabaseReader &operator=(const DatabaseReader &) = delete;

    void submit(Job job);
    // Drops the jobs that have not started and interrupts the one that runs (its query fails
    // with "interrupted").
    void cancelAll();

private:
    void run();

    Database m_database;
    QString m_name;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stop = false;
    bool m_running = false;
    void *m_handle = nullptr; // sqlite3 of the connection, for sqlite3_interrupt
    std::thread m_thread;
};

} // namespace ParcelDesk
