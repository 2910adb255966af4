// SPDX-License-Identifier: MIT
// Runs the QtQuickTest cases in tests/qml against the app's own QML modules, with a
// Workspace on a forum demo database of its own (removed afterwards).

#include "database.h"
#include "demogenerator.h"
#include "workspace.h"

#include <QDir>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Plenary_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Plenary_PrintingPlugin)
Q_IMPORT_QML_PLUGIN(Plenary_UiPlugin)

/// Points the test engine at the modules compiled into this binary and gives the pages a
/// workspace to read.
class QmlTestSetup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        const QString path = m_folder.filePath(QStringLiteral("qml-test.sqlite"));
        auto opened = Plenary::Database::open(path);
        if (!opened.ok())
            qFatal("cannot open the test database: %s", qPrintable(opened.error().message));
        m_database = std::move(opened).value();
        if (Plenary::Status demo = Plenary::generateDemo(*m_database, {}); !demo)
            qFatal("cannot make the demo: %s", qPrintable(demo.error().message));
        m_workspace = std::make_unique<Plenary::Workspace>(*m_database);
        Plenary::Workspace::setInstance(m_workspace.get());
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/plenary"));
        // Where the cases save what they render, to be looked at (test-only context value).
        QDir().mkpath(QStringLiteral(PLENARY_SCREENSHOTS));
        engine->rootContext()->setContextProperty(QStringLiteral("screenshotFolder"),
                                                  QStringLiteral(PLENARY_SCREENSHOTS));
    }

    void cleanupTestCase()
    {
        Plenary::Workspace::setInstance(nullptr);
        m_workspace.reset();
        m_database.reset();
    }

private:
    QTemporaryDir m_folder;
    std::unique_ptr<Plenary::Database> m_database;
    std::unique_ptr<Plenary::Workspace> m_workspace;
};

QUICK_TEST_MAIN_WITH_SETUP(plenary_qml, QmlTestSetup)

#include "tst_qml.moc"
