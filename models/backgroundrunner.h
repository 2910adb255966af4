// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QThread>
#include <QVariantMap>

#include <atomic>
#include <functional>

namespace Plenary {

/// What the window's long jobs (imports, exports, reports) share: one job at a time on a
/// worker thread, a progress the GUI polls, and cancel. The worker only stores numbers; the
/// outcome comes back on this object's thread. Database connections are per thread, so a
/// job's stores get their own connection.
class BackgroundRunner : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)

public:
    ~BackgroundRunner() override;

    [[nodiscard]] bool busy() const { return m_worker != nullptr; }
    /// 0 to 1.
    [[nodiscard]] double progress() const { return m_progress; }
    /// Asks the running job to stop; it rolls back what it wrote.
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void busyChanged();
    void progressChanged();
    void finished();

protected:
    explicit BackgroundRunner(QObject *parent = nullptr);

    /// Runs `job` on a worker thread unless one runs already; `done` gets its outcome here.
    void run(std::function<QVariantMap()> job, std::function<void(const QVariantMap &)> done);
    /// From the job: how far it is, in thousandths. Thread-safe.
    void setPermille(int permille) { m_permille = permille; }
    /// From the job: whether it should stop. Thread-safe.
    [[nodiscard]] bool cancelRequested() const { return m_cancel.load(); }

private:
    QThread *m_worker = nullptr;
    std::atomic<bool> m_cancel = false;
    std::atomic<int> m_permille = 0;
    double m_progress = 0;
};

} // namespace Plenary
