// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace Plenary {

/// The event's database: owns one named connection per thread, the PRAGMAs and the schema
/// migrations. Every store runs its SQL through `connection()`.
class Database
{
public:
    /// The schema this build writes; `PRAGMA user_version` of an up-to-date file.
    static constexpr int schemaVersion = 8;

    /// Opens the SQLite file at `path`, creating it (readable by its owner only) when missing,
    /// and migrates it to `targetVersion`. A file written by a newer Plenary is refused untouched.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path,
                                                                int targetVersion = schemaVersion);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// This thread's connection, opened and configured on first use.
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] QString path() const { return m_path; }
    /// True when this open created the file (a brand-new database).
    [[nodiscard]] bool created() const { return m_created; }
    /// The `user_version` of the file.
    [[nodiscard]] int version() const;

private:
    explicit Database(QString path);
    [[nodiscard]] Status configure(QSqlDatabase &db) const;
    [[nodiscard]] Status migrate(int targetVersion);

    /// Copies the write-ahead log into the file (an SQLite checkpoint) on a thread of its own,
    /// which the destructor waits for.
    void checkpointInBackground() const;

    friend class Transaction;
    struct PerThread
    {
        QString connectionName;
        int transactionDepth = 0;
        bool rollbackOnly = false; ///< a nested part failed: the outermost must not commit
    };
    PerThread &perThread() const;

    QString m_path;
    QString m_connectionPrefix;
    bool m_created = false;
    std::atomic<bool> m_configured = false;
    mutable QMutex m_perThreadLock;
    /// By thread; node-based, so a reference stays valid while other threads add theirs.
    mutable std::unordered_map<Qt::HANDLE, PerThread> m_perThread;
    mutable std::mutex m_checkpointLock;
    mutable std::thread m_checkpoint; ///< checkpointInBackground()'s latest
};

/// A write transaction on this thread's connection. A nested transaction joins the enclosing
/// one, so a store's single write and a whole batch share one code path; if a nested part
/// rolls back, the whole transaction does. Rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(const Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether the transaction could be started; `error()` says why not.
    [[nodiscard]] bool ok() const { return m_status.ok(); }
    [[nodiscard]] const Error &error() const { return m_status.error(); }

    enum class Checkpoint {
        OnCommit, ///< SQLite's own: the commit copies a long write-ahead log into the file
        /// After a large write (a COP-scale import): the commit returns once the write is
        /// durable in the log, and the copy (a fifth of a second per 100,000 people) follows on
        /// a thread of its own.
        InBackground,
    };
    /// Commits (a nested transaction: leaves it to the outermost, which `checkpoint` is for).
    [[nodiscard]] Status commit(Checkpoint checkpoint = Checkpoint::OnCommit);
    [[nodiscard]] QSqlDatabase connection() const { return m_db; }

private:
    void rollback();

    const Database &m_database;
    QSqlDatabase m_db;
    Status m_status;
    int m_depth = 0;
    bool m_finished = false;
};

/// A prepared statement whose failures come back as Errors naming the statement.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);

    Statement &bind(const QString &placeholder, const QVariant &value);
    [[nodiscard]] Status exec();
    [[nodiscard]] bool next() { return m_query.next(); }
    /// Rows the last write changed.
    [[nodiscard]] int rowsAffected() const { return m_query.numRowsAffected(); }
    [[nodiscard]] QVariant value(int column) const { return m_query.value(column); }
    /// The current row with its column names.
    [[nodiscard]] QSqlRecord record() const { return m_query.record(); }
    /// The first column of the first row, or an error when the statement failed or returned nothing.
    [[nodiscard]] Result<QVariant> scalar();
    /// Releases the result set (needed after `RETURNING` on SQLite before the next commit).
    void finish() { m_query.finish(); }

private:
    [[nodiscard]] Error failure() const;

    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

/// Binds an optional text: NULL when empty.
[[nodiscard]] QVariant nullIfEmpty(const QString &text);

} // namespace Plenary
