// SPDX-License-Identifier: MIT
#include "database.h"

#include "logging.h"
#include "schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

#include <malloc.h>
#include <mutex>

namespace Plenary {

namespace {

QAtomicInt s_nextDatabaseId;
QAtomicInt s_nextConnectionId;

/// The connections a thread opened, removed when the thread ends, so that no connection
/// outlives its thread and the next thread never inherits one it may not use.
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }
};
thread_local ThreadConnections t_threadConnections;

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error {QStringLiteral("%1: %2").arg(what, error.text()), {}, 0};
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionPrefix(QStringLiteral("plenary-%1-").arg(s_nextDatabaseId.fetchAndAddRelaxed(1)))
{ }

Database::~Database()
{
    {
        const std::lock_guard lock(m_checkpointLock);
        if (m_checkpoint.joinable())
            m_checkpoint.join();
    }
    // Connections of other threads must already be gone (their workers have finished);
    // this closes the ones this object still knows about.
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (!name.startsWith(m_connectionPrefix))
            continue;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, int targetVersion)
{
    // SQLite allocates and frees a large buffer around every write statement; glibc would hand
    // that memory back to the kernel each time and fault it in again, which cost more than the
    // writes themselves in a COP-scale batch. Keep up to 64 MiB of freed memory instead.
    static std::once_flag allocatorTuned;
    std::call_once(allocatorTuned, [] { mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024); });

    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error {QStringLiteral("%1 is not a database file").arg(path), {}, 0};
    if (!QDir().mkpath(info.absolutePath()))
        return Error {QStringLiteral("cannot create the folder %1").arg(info.absolutePath()), {}, 0};

    std::unique_ptr<Database> database(new Database(info.absoluteFilePath()));
    if (!info.exists()) {
        // Create the file ourselves so that it is readable by its owner only from the first
        // byte; SQLite gives its -wal and -shm files the same permissions.
        QFile file(database->m_path);
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error {QStringLiteral("cannot create %1: %2").arg(path, file.errorString()), {}, 0};
        database->m_created = true;
    }

    QSqlDatabase db = database->connection();
    if (!db.isOpen())
        return Error {QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()), {}, 0};
    const int version = database->version();
    if (version > schemaVersion) {
        return Error {QStringLiteral("%1 was written by a newer Plenary (schema version %2; this version "
                                     "reads up to %3). Open it with a newer Plenary; it was left untouched.")
                          .arg(path)
                          .arg(version)
                          .arg(schemaVersion),
                      {},
                      0};
    }
    if (Status configured = database->configure(db); !configured)
        return configured.error();
    database->m_configured = true;
    if (Status migrated = database->migrate(targetVersion); !migrated)
        return migrated.error();
    return database;
}

Database::PerThread &Database::perThread() const
{
    const QMutexLocker locker(&m_perThreadLock);
    return m_perThread[QThread::currentThreadId()];
}

QSqlDatabase Database::connection() const
{
    PerThread &local = perThread();
    // A thread's connections are removed when it ends (below), and a new thread may get the
    // id of a finished one: a name that no longer exists means a fresh start.
    if (!local.connectionName.isEmpty() && QSqlDatabase::contains(local.connectionName))
        return QSqlDatabase::database(local.connectionName, false);

    local =
        PerThread {m_connectionPrefix + QString::number(s_nextConnectionId.fetchAndAddRelaxed(1)), 0, false};
    t_threadConnections.names.append(local.connectionName);
    // A QThread's connection goes when it finishes, before wait() returns to whoever joins it;
    // threads Qt did not start are covered by the thread_local above.
    if (QThread *thread = QThread::currentThread();
        QCoreApplication::instance() && thread != QCoreApplication::instance()->thread()) {
        QObject::connect(
            thread, &QThread::finished, thread,
            [name = local.connectionName] { QSqlDatabase::removeDatabase(name); }, Qt::DirectConnection);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), local.connectionName);
    db.setDatabaseName(m_path);
    // How long a writer waits for another desk's or thread's write to finish before giving up.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        qCWarning(lcStorage) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    // The first connection is configured by open() only after the version check, which must
    // not touch the file; every later one (other threads) is configured here.
    if (m_configured.load()) {
        if (Status configured = configure(db); !configured)
            qCWarning(lcStorage) << configured.error().message;
    }
    return db;
}

Status Database::configure(QSqlDatabase &db) const
{
    // WAL lets readers work while a desk writes; synchronous=FULL makes every acknowledged
    // commit survive a power cut, not only a crash of the process.
    static const char *const pragmas[] = {
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA busy_timeout = 5000",
        // 8 MiB of page cache: the indexes a COP-scale list and search touch stay in memory.
        "PRAGMA cache_size = -8192",
        // Reads of a COP-scale list come straight from the mapped file, without a copy per page.
        "PRAGMA mmap_size = 268435456",
    };
    for (const char *pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(pragma)))
            return sqlError(QString::fromLatin1(pragma), query.lastError());
    }
    return {};
}

int Database::version() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status Database::migrate(int targetVersion)
{
    int version = this->version();
    while (version < targetVersion) {
        const int next = version + 1;
        Transaction transaction(*this);
        if (!transaction.ok())
            return transaction.error();
        if (Status stepped = Schema::migrateTo(next, transaction.connection()); !stepped)
            return Error {QStringLiteral("upgrading %1 to schema version %2 failed: %3")
                              .arg(m_path)
                              .arg(next)
                              .arg(stepped.error().message),
                          {},
                          0};
        // user_version lives in the file header, which is part of the transaction.
        QSqlQuery setVersion(transaction.connection());
        if (!setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(next)))
            return sqlError(QStringLiteral("setting the schema version"), setVersion.lastError());
        if (Status committed = transaction.commit(); !committed)
            return committed;
        qCInfo(lcStorage) << "schema of" << m_path << "now at version" << next;
        version = next;
    }
    return {};
}

Transaction::Transaction(const Database &database)
    : m_database(database)
    , m_db(database.connection())
{
    Database::PerThread &local = m_database.perThread();
    m_depth = ++local.transactionDepth;
    if (m_depth > 1)
        return; // joins the enclosing transaction
    local.rollbackOnly = false;
    QSqlQuery begin(m_db);
    // IMMEDIATE takes the write lock at once, so two writers never deadlock on an upgrade.
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_status = sqlError(QStringLiteral("cannot start a transaction"), begin.lastError());
        --local.transactionDepth;
        m_finished = true;
    }
}

Transaction::~Transaction()
{
    if (!m_finished)
        rollback();
}

void Database::checkpointInBackground() const
{
    const std::lock_guard lock(m_checkpointLock);
    if (m_checkpoint.joinable())
        m_checkpoint.join();
    // The thread's connection goes when it ends (ThreadConnections). PASSIVE: readers and
    // writers of other connections are never kept waiting; what they hold back is copied by
    // the next checkpoint.
    m_checkpoint = std::thread([this] {
        QSqlQuery checkpoint(connection());
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
            qCWarning(lcStorage) << "checkpoint failed:" << checkpoint.lastError().text();
    });
}

Status Transaction::commit(Checkpoint checkpoint)
{
    if (m_finished)
        return m_status.ok() ? Error {QStringLiteral("transaction already finished"), {}, 0} : m_status;
    Database::PerThread &local = m_database.perThread();
    if (m_depth > 1) {
        m_finished = true;
        --local.transactionDepth;
        return {};
    }
    if (local.rollbackOnly) {
        rollback();
        return Error {QStringLiteral("a part of the transaction failed; nothing was written"), {}, 0};
    }
    QSqlQuery end(m_db);
    // wal_autocheckpoint is per connection: off for this commit only.
    const bool deferCheckpoint = checkpoint == Checkpoint::InBackground && m_db.driverName() == u"QSQLITE"
        && end.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    const bool committed = end.exec(QStringLiteral("COMMIT"));
    const QSqlError failure = end.lastError();
    if (deferCheckpoint) {
        // SQLite's default, which Database::configure leaves as it is.
        if (!end.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000")))
            qCWarning(lcStorage) << "wal_autocheckpoint:" << end.lastError().text();
    }
    if (!committed) {
        rollback();
        return sqlError(QStringLiteral("cannot commit"), failure);
    }
    m_finished = true;
    --local.transactionDepth;
    if (deferCheckpoint)
        m_database.checkpointInBackground();
    return {};
}

void Transaction::rollback()
{
    Database::PerThread &local = m_database.perThread();
    m_finished = true;
    --local.transactionDepth;
    if (m_depth > 1) {
        // Savepoints would let the enclosing work go on, but they make SQLite open a statement
        // journal for every statement, which costs more than the whole batch; a failed part
        // fails the whole instead.
        local.rollbackOnly = true;
        return;
    }
    QSqlQuery undo(m_db);
    if (!undo.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage) << "rollback failed:" << undo.lastError().text();
}

Statement::Statement(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_prepared = m_query.prepare(sql);
}

Statement &Statement::bind(const QString &placeholder, const QVariant &value)
{
    // A null QString binds as NULL; text columns hold '' for "nothing typed", NULL only where
    // the caller says so (nullIfEmpty).
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QStringLiteral(""));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Error Statement::failure() const
{
    qCWarning(lcStorage) << "statement failed:" << m_sql << m_query.lastError().text();
    return Error {QStringLiteral("database error: %1").arg(m_query.lastError().text()), {}, 0};
}

Status Statement::exec()
{
    if (!m_prepared || !m_query.exec())
        return failure();
    return {};
}

Result<QVariant> Statement::scalar()
{
    if (Status run = exec(); !run)
        return run.error();
    if (!m_query.next())
        return Error {QStringLiteral("database error: no result"), {}, 0};
    QVariant value = m_query.value(0);
    m_query.finish();
    return value;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace Plenary
