#include "databasereader.h"

#include <sqlite3.h>

namespace ParcelDesk {

DatabaseReader::DatabaseReader(Database database, QString name)
    : m_database(std::move(database))
    , m_name(std::move(name))
    , m_thread([this] { run(); })
{ }

DatabaseReader::~DatabaseReader()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_jobs.clear();
        if (m_running && m_handle)
            sqlite3_interrupt(static_cast<sqlite3 *>(m_handle));
    }
    m_wake.notify_all();
    m_thread.join();
}

void DatabaseReader::submit(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void DatabaseReader::cancelAll()
{
    std::lock_guard lock(m_mutex);
    m_jobs.clear();
    if (m_running && m_handle)
        sqlite3_interrupt(static_cast<sqlite3 *>(m_handle));
}

void DatabaseReader::run()
{
    {
        QSqlDatabase db = m_database.openConnection(m_name);
        {
            std::lock_guard lock(m_mutex);
            m_handle = db.isOpen() ? Database::nativeHandle(db) : nullptr;
        }
        for (;;) {
            Job job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
                if (m_stop)
                    break;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
                m_running = true;
            }
            job(db);
            std::lock_guard lock(m_mutex);
            m_running = false;
        }
        std::lock_guard lock(m_mutex);
        m_handle = nullptr;
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace ParcelDesk
