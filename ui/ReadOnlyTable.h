#pragma once

#include <QTableWidget>

namespace waymark {

// A sortable, read-only table of text for the record tabs: rows are added as shown.
class ReadOnlyTable : public QTableWidget {
    Q_OBJECT
public:
    ReadOnlyTable(const QStringList& headers, const QString& accessibleName,
                  QWidget* parent = nullptr);

    // `sortKeys` (optional) are what each cell sorts by, e.g. ISO dates behind UK dates.
    void addRow(const QStringList& cells, const QStringList& sortKeys = {});
    // Sizes the columns to their contents once every row is in.
    void finish();
    // Makes the table exactly as tall as its rows (for short tables stacked on a page), so no
    // empty space sits under the last row.
    void fitHeightToRows();
};

} // namespace waymark
