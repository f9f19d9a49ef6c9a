#pragma once

#include "core/storage/StoredRecord.h"
#include "core/storage/TableLayout.h"

#include <QString>
#include <QVariant>
#include <QVector>

namespace waymark {

// A record as its columns' values in its layout's order (TableLayout::columns), with the rows of
// its child tables likewise: each child row its id, then its ChildLayout::columns in order. It is
// how an import hands millions of records to BulkRecordWriter: a StoredRecord's map gives every
// value a node of its own to make, search and free, which at a large provider's size was a
// fifth of the import's time. Everything else uses StoredRecord, by column name.
struct ColumnRecord {
    QString id;
    // The id as UTF-8, once makeTextUtf8() has made it: bound as the row's id and as its child
    // rows' parent without a conversion for each.
    QByteArray idUtf8;
    QVector<QVariant> columns;
    QVector<QVector<QVector<QVariant>>> children;

    // A record of `layout` with every column and child row empty (null), to be filled in.
    static ColumnRecord emptyOf(const TableLayout& layout);
    // The same record by column name, for RecordStore: every column of the layout, null or not.
    StoredRecord toStored(const TableLayout& layout) const;
    // Its id (idUtf8) and each text value (its own and its child rows') made the UTF-8 that
    // SQLite keeps, as a QByteArray that BulkRecordWriter binds as text without a copy: done by
    // the thread that reads a file while the one that writes is busy with the records before.
    // Only for BulkRecordWriter: RecordStore would store such a value as bytes, not text.
    void makeTextUtf8();
};

} // namespace waymark
