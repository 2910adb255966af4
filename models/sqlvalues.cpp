// SPDX-License-Identifier: MIT
#include "sqlvalues.h"

namespace Plenary::SqlValues {

QVariant fromDate(const QDate &date)
{
    return date.isValid() ? QVariant(isoDate(date)) : QVariant();
}

QString isoDate(const QDate &date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    const char text[] = {char('0' + year / 1000),
                         char('0' + year / 100 % 10),
                         char('0' + year / 10 % 10),
                         char('0' + year % 10),
                         '-',
                         char('0' + month / 10),
                         char('0' + month % 10),
                         '-',
                         char('0' + day / 10),
                         char('0' + day % 10)};
    return QString::fromLatin1(text, sizeof text);
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant fromDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(dateTime.toUTC().toString(Qt::ISODate)) : QVariant();
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed.toUTC();
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

std::vector<qint64> parseIdList(const QString &list)
{
    std::vector<qint64> ids;
    ids.reserve(std::size_t(list.size() / 4));
    qint64 current = 0;
    bool negative = false;
    bool inNumber = false;
    for (QChar c : list) {
        const char16_t u = c.unicode();
        if (u >= '0' && u <= '9') {
            current = current * 10 + (u - '0');
            inNumber = true;
        } else if (u == '-' && !inNumber) {
            negative = true;
        } else {
            if (inNumber)
                ids.push_back(negative ? -current : current);
            current = 0;
            negative = false;
            inNumber = false;
        }
    }
    if (inNumber)
        ids.push_back(negative ? -current : current);
    return ids;
}

} // namespace Plenary::SqlValues
