// SPDX-License-Identifier: MIT
#include "photostore.h"

#include "sqlvalues.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QRunnable>

namespace Plenary {

namespace {

/// The largest 35 × 45 rectangle around the centre of `wanted`, inside `bounds`.
QRect passportRect(const QRect &bounds, const QRectF &wanted)
{
    const double ratio = double(PhotoStore::Width) / PhotoStore::Height;
    double width = wanted.width();
    double height = wanted.height();
    if (width / height > ratio)
        width = height * ratio;
    else
        height = width / ratio;
    // The wanted part may reach outside: shrink to fit, keeping the proportions.
    const double scale = std::min({1.0, bounds.width() / width, bounds.height() / height});
    width *= scale;
    height *= scale;
    const double left = std::clamp(wanted.center().x() - width / 2, 0.0, bounds.width() - width);
    const double top = std::clamp(wanted.center().y() - height / 2, 0.0, bounds.height() - height);
    return QRectF(left, top, width, height).toRect() & bounds;
}

} // namespace

Result<QByteArray> PhotoStore::fromFile(const QString &path, const QRectF &crop)
{
    const QString name = QFileInfo(path).fileName();
    QImageReader reader(path);
    // Telephones store portraits sideways with an EXIF orientation tag.
    reader.setAutoTransform(true);
    const QByteArray format = reader.format().toLower();
    if (format != "jpeg" && format != "jpg" && format != "png") {
        if (!QFileInfo::exists(path))
            return Error {QStringLiteral("%1 does not exist.").arg(path), QStringLiteral("photo"), 0};
        return Error {QStringLiteral("%1 is not a JPEG or PNG image.").arg(name), QStringLiteral("photo"), 0};
    }
    const QImage image = reader.read();
    if (image.isNull())
        return Error {QStringLiteral("%1 cannot be read: %2").arg(name, reader.errorString()),
                      QStringLiteral("photo"), 0};
    return fromImage(image, crop);
}

Result<QByteArray> PhotoStore::fromImage(const QImage &image, const QRectF &crop)
{
    if (image.isNull())
        return Error {QStringLiteral("The image is empty."), QStringLiteral("photo"), 0};
    const QRect bounds = image.rect();
    const QRectF wanted = crop.isEmpty()
        ? QRectF(bounds)
        : QRectF(crop.x() * bounds.width(), crop.y() * bounds.height(), crop.width() * bounds.width(),
                 crop.height() * bounds.height());
    const QRect cut = passportRect(bounds, wanted);
    if (cut.width() < MinimumWidth || cut.height() < MinimumHeight)
        return Error {QStringLiteral("The photo is too small (%1 × %2 pixels once cropped to passport "
                                     "proportions); use one of at least %3 × %4 pixels.")
                          .arg(cut.width())
                          .arg(cut.height())
                          .arg(MinimumWidth)
                          .arg(MinimumHeight),
                      QStringLiteral("photo"), 0};
    // Transparent PNGs are put on white, as a printed photo would be.
    QImage portrait(Width, Height, QImage::Format_RGB32);
    portrait.fill(Qt::white);
    {
        QPainter painter(&portrait);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRect(0, 0, Width, Height), image, cut);
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(85);
    writer.setOptimizedWrite(true);
    if (!writer.write(portrait))
        return Error {QStringLiteral("The photo cannot be encoded: %1").arg(writer.errorString()),
                      QStringLiteral("photo"), 0};
    return jpeg;
}

Status PhotoStore::setFromFile(qint64 participantId, const QString &path, const QRectF &crop) const
{
    Result<QByteArray> jpeg = fromFile(path, crop);
    if (!jpeg.ok())
        return jpeg.error();
    return set(participantId, jpeg.value());
}

Status PhotoStore::set(qint64 participantId, const QByteArray &jpeg) const
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement exists(transaction.connection(),
                     QStringLiteral("SELECT count(*) FROM participant WHERE id = :id"));
    exists.bind(QStringLiteral(":id"), participantId);
    Result<QVariant> found = exists.scalar();
    if (!found.ok())
        return found.error();
    if (found.value().toInt() == 0)
        return Error {QStringLiteral("This participant no longer exists (deleted at another desk?)."), {}, 0};
    Statement write(transaction.connection(),
                    QStringLiteral("INSERT INTO participant_photo (participant_id, image, updated_at) "
                                   "VALUES (:id, :image, :now) ON CONFLICT (participant_id) "
                                   "DO UPDATE SET image = excluded.image, updated_at = excluded.updated_at"));
    write.bind(QStringLiteral(":id"), participantId)
        .bind(QStringLiteral(":image"), jpeg)
        .bind(QStringLiteral(":now"), SqlValues::now());
    if (Status run = write.exec(); !run)
        return run;
    return transaction.commit();
}

Result<QByteArray> PhotoStore::get(qint64 participantId) const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT image FROM participant_photo WHERE participant_id = :id"));
    query.bind(QStringLiteral(":id"), participantId);
    if (Status run = query.exec(); !run)
        return run.error();
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

Status PhotoStore::remove(qint64 participantId) const
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement remove(transaction.connection(),
                     QStringLiteral("DELETE FROM participant_photo WHERE participant_id = :id"));
    remove.bind(QStringLiteral(":id"), participantId);
    if (Status run = remove.exec(); !run)
        return run;
    return transaction.commit();
}

namespace {

/// Reads and decodes one photo on the provider's pool, then hands it over by a queued signal,
/// so that a response the view gave up on (and deleted) is simply not told.
class PhotoReader : public QObject, public QRunnable
{
    Q_OBJECT
public:
    PhotoReader(const Database &database, QString id, QSize requestedSize)
        : m_database(database)
        , m_id(std::move(id))
        , m_requestedSize(requestedSize)
    { }

    void run() override { Q_EMIT done(PhotoImageProvider::load(m_database, m_id, m_requestedSize)); }

Q_SIGNALS:
    void done(const QImage &image);

private:
    const Database &m_database;
    QString m_id;
    QSize m_requestedSize;
};

/// What the view waits on; finished in the GUI thread once the reader is done.
class PhotoResponse : public QQuickImageResponse
{
    Q_OBJECT
public:
    PhotoResponse(const Database &database, const QString &id, const QSize &requestedSize, QThreadPool &pool)
    {
        auto *reader = new PhotoReader(database, id, requestedSize);
        connect(reader, &PhotoReader::done, this, [this](const QImage &image) {
            m_image = image;
            Q_EMIT finished();
        });
        pool.start(reader);
    }

    QQuickTextureFactory *textureFactory() const override
    {
        return QQuickTextureFactory::textureFactoryForImage(m_image);
    }

private:
    QImage m_image;
};

} // namespace

PhotoImageProvider::PhotoImageProvider(const Database &database)
    : m_database(database)
{
    // A list scrolls past many thumbnails; two readers keep up without crowding the machine.
    m_pool.setMaxThreadCount(2);
}

PhotoImageProvider::~PhotoImageProvider()
{
    m_pool.waitForDone();
}

QQuickImageResponse *PhotoImageProvider::requestImageResponse(const QString &id, const QSize &requestedSize)
{
    return new PhotoResponse(m_database, id, requestedSize, m_pool);
}

QImage PhotoImageProvider::load(const Database &database, const QString &id, const QSize &requestedSize)
{
    bool ok = false;
    const qint64 participantId = id.section(u'?', 0, 0).toLongLong(&ok);
    if (!ok)
        return {};
    // database.connection() is this worker thread's own connection.
    Result<QByteArray> jpeg = PhotoStore(database).get(participantId);
    if (!jpeg.ok() || jpeg.value().isEmpty())
        return {};
    QImage image = QImage::fromData(jpeg.value(), "JPEG");
    if (requestedSize.isValid() && !image.isNull())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace Plenary

#include "photostore.moc"
