// SPDX-License-Identifier: MIT
// Runs the QtQuickTest cases in tests/qml against the app's own QML modules, on a real
// SQLite file holding a small agenda: Workspace is the same singleton the window uses.

#include "agendastore.h"
#include "database.h"
#include "eventstore.h"
#include "workspace.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Plenary_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Plenary_UiPlugin)

using namespace Plenary;

/// Points the test engine at the modules compiled into this binary and opens the database.
class QmlTestSetup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("qml-test.sqlite")));
        if (!opened.ok())
            qFatal("tst_qml: %s", qPrintable(opened.error().describe()));
        m_database = std::move(opened).value();
        EventInfo event;
        event.name = QStringLiteral("Timetable drag test");
        event.timeZone = QStringLiteral("Asia/Baku");
        event.firstDay = QDate(2027, 5, 18);
        event.lastDay = QDate(2027, 5, 20);
        event.languages = {QStringLiteral("en")};
        const AgendaStore agenda(*m_database);
        QList<qint64> rooms;
        for (const char *name : {"Plenary Hall", "Room 2"}) {
            Room room;
            room.name = QString::fromLatin1(name);
            room.position = int(rooms.size());
            rooms.append(agenda.insertRoom(room).valueOr(0));
        }
        // 09:00–10:00 Baku time in the first room: the session the drag test moves.
        AgendaSession session;
        session.title = QStringLiteral("Panel on border security");
        session.kind = QStringLiteral("panel");
        session.roomId = rooms.first();
        session.startsAt = QDateTime(QDate(2027, 5, 18), QTime(5, 0), QTimeZone::utc());
        session.endsAt = session.startsAt.addSecs(3600);
        if (!EventStore(*m_database).save(event).ok() || !agenda.insertSession(session).ok())
            qFatal("tst_qml: the test agenda was not written");
        m_workspace = std::make_unique<Workspace>(*m_database);
        Workspace::setInstance(m_workspace.get());
    }

    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/plenary")); }

    void cleanupTestCase()
    {
        m_workspace.reset();
        m_database.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Workspace> m_workspace;
};

QUICK_TEST_MAIN_WITH_SETUP(plenary_qml, QmlTestSetup)

#include "tst_qml.moc"
