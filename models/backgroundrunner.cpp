// SPDX-License-Identifier: MIT
#include "backgroundrunner.h"

#include <QTimer>

namespace Plenary {

BackgroundRunner::BackgroundRunner(QObject *parent)
    : QObject(parent)
{ }

BackgroundRunner::~BackgroundRunner()
{
    if (m_worker) {
        m_cancel = true;
        m_worker->wait();
    }
}

void BackgroundRunner::cancel()
{
    m_cancel = true;
}

void BackgroundRunner::run(std::function<QVariantMap()> job, std::function<void(const QVariantMap &)> done)
{
    if (m_worker)
        return;
    m_cancel = false;
    m_permille = 0;
    m_progress = 0;
    Q_EMIT progressChanged();
    m_worker = QThread::create([this, job = std::move(job), done = std::move(done)] {
        const QVariantMap outcome = job();
        QMetaObject::invokeMethod(this, [done, outcome] { done(outcome); });
    });
    // Polled ten times a second: a job reporting every row costs nothing but an atomic store.
    auto *poll = new QTimer(m_worker);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this] {
        m_progress = m_permille.load() / 1000.0;
        Q_EMIT progressChanged();
    });
    connect(m_worker, &QThread::finished, this, [this, poll] {
        poll->stop();
        m_worker->deleteLater();
        m_worker = nullptr;
        m_progress = 1;
        Q_EMIT progressChanged();
        Q_EMIT busyChanged();
        Q_EMIT finished();
    });
    poll->start();
    m_worker->start();
    Q_EMIT busyChanged();
}

} // namespace Plenary
