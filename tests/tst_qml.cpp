// SPDX-License-Identifier: MIT
// Runs the QtQuickTest cases in tests/qml against the app's own QML modules.

#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Plenary_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Plenary_UiPlugin)

/// Points the test engine at the modules compiled into this binary.
class QmlTestSetup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/plenary")); }
};

QUICK_TEST_MAIN_WITH_SETUP(plenary_qml, QmlTestSetup)

#include "tst_qml.moc"
