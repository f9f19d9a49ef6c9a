#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace waymark::reliability {

// One interchange document whose every id starts with its name: a key worker and `people`
// people, each with a referral, a support period, an appointment and a case note. Because the
// ids carry the batch's name, what of a batch reached the database can be counted afterwards,
// which is how a half-written import would show.
class ImportBatch {
public:
    ImportBatch(QString name, int people);

    const QString& name() const { return m_name; }
    // Records in the document (what a whole import writes, one row each).
    int recordCount() const;
    QJsonObject document() const;
    QByteArray json() const;

    // The tables the batch writes to, and the SQL GLOB pattern its ids match in each.
    static QStringList tables();
    QString idPattern() const;

private:
    QString m_name;
    int m_people = 0;
};

} // namespace waymark::reliability
