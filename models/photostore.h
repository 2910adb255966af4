// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"

#include <QByteArray>
#include <QImage>
#include <QQuickAsyncImageProvider>
#include <QRectF>
#include <QThreadPool>

namespace Plenary {

/// One passport-style photo per participant (table participant_photo): read from a JPEG or PNG
/// file, turned upright by its EXIF orientation, cropped to 35 × 45, scaled to 350 × 450 pixels
/// and stored as a JPEG of about 20–40 KB. Not part of the search index.
class PhotoStore
{
public:
    static constexpr int Width = 350;
    static constexpr int Height = 450;
    /// The smallest crop accepted: below this a printed badge shows blocks, not a face.
    static constexpr int MinimumWidth = 140;
    static constexpr int MinimumHeight = 180;

    explicit PhotoStore(const Database &database)
        : m_database(database)
    { }

    /// The stored JPEG made from the image file at `path`. `crop` is the part of the upright
    /// image to keep, in fractions of its width and height (0–1); it is widened or narrowed to
    /// 35 × 45 around its centre. An empty `crop` keeps the largest centred 35 × 45 part.
    [[nodiscard]] static Result<QByteArray> fromFile(const QString &path, const QRectF &crop = {});
    /// The same for an image already in memory (the demo's portraits, tests).
    [[nodiscard]] static Result<QByteArray> fromImage(const QImage &image, const QRectF &crop = {});

    /// Reads, crops and stores the photo of `participantId` from a file, in one transaction.
    [[nodiscard]] Status setFromFile(qint64 participantId, const QString &path,
                                     const QRectF &crop = {}) const;
    /// Stores an already prepared JPEG (from fromFile / fromImage).
    [[nodiscard]] Status set(qint64 participantId, const QByteArray &jpeg) const;
    /// The stored JPEG, empty when the participant has no photo.
    [[nodiscard]] Result<QByteArray> get(qint64 participantId) const;
    [[nodiscard]] Status remove(qint64 participantId) const;

private:
    const Database &m_database;
};

/// `image://photo/<participantId>` (anything after "?" is ignored, so `?v=N` refreshes a
/// changed photo): the stored photo, decoded on a worker thread with its own connection.
/// An empty image when there is none.
class PhotoImageProvider : public QQuickAsyncImageProvider
{
public:
    explicit PhotoImageProvider(const Database &database);
    ~PhotoImageProvider() override;

    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

    /// The decoded photo, scaled to fit `requestedSize` when it is valid; a null image when
    /// there is none.
    [[nodiscard]] static QImage load(const Database &database, const QString &id, const QSize &requestedSize);

private:
    const Database &m_database;
    QThreadPool m_pool;
};

} // namespace Plenary
