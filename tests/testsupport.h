// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// Every storage case runs once per backend this build supports; PostgreSQL joins here when
/// the multi-desk backend exists.
inline void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
}

/// The first column of the first row of `sql`, or -1 when the query failed.
inline int count(const Plenary::Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

/// A fresh database of its own for one test, removed afterwards.
class TestDatabase
{
public:
    TestDatabase()
    {
        // The backend of the current global data row (addBackendRows): each row gets its own
        // kind of database here.
        const QString backend =
            *static_cast<const QString *>(QTest::qGlobalData("backend", qMetaTypeId<QString>()));
        QVERIFY2(backend == u"sqlite",
                 qPrintable(QStringLiteral("no test database for backend %1 yet").arg(backend)));
        QVERIFY2(m_dir.isValid(), "no temporary folder");
        m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
        open();
    }

    void open(int version = Plenary::Database::schemaVersion)
    {
        m_database.reset();
        auto opened = Plenary::Database::open(m_path, version);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().describe()));
        m_database = std::move(opened).value();
    }

    void close() { m_database.reset(); }
    Plenary::Database &operator*() const { return *m_database; }
    Plenary::Database *operator->() const { return m_database.get(); }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Plenary::Database> m_database;
};
