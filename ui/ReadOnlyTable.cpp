#include "ui/ReadOnlyTable.h"

#include <QHeaderView>
#include <QScrollBar>

namespace waymark {

namespace {

// Sorts by a hidden key when one was given, else by the text.
class SortableItem : public QTableWidgetItem {
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem& other) const override
    {
        const QVariant mine = data(Qt::UserRole);
        const QVariant theirs = other.data(Qt::UserRole);
        if (mine.isValid() && theirs.isValid())
            return mine.toString() < theirs.toString();
        return QTableWidgetItem::operator<(other);
    }
};

} // namespace

ReadOnlyTable::ReadOnlyTable(const QStringList& headers, const QString& accessibleName,
                             QWidget* parent)
    : QTableWidget(0, int(headers.size()), parent)
{
    setHorizontalHeaderLabels(headers);
    setAccessibleName(accessibleName);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
}

void ReadOnlyTable::addRow(const QStringList& cells, const QStringList& sortKeys)
{
    const int row = rowCount();
    insertRow(row);
    for (int column = 0; column < cells.size() && column < columnCount(); ++column) {
        auto* item = new SortableItem(cells.at(column));
        item->setToolTip(cells.at(column));
        if (column < sortKeys.size() && !sortKeys.at(column).isEmpty())
            item->setData(Qt::UserRole, sortKeys.at(column));
        setItem(row, column, item);
    }
}

void ReadOnlyTable::finish()
{
    resizeColumnsToContents();
    for (int column = 0; column < columnCount(); ++column)
        setColumnWidth(column, qMin(columnWidth(column), 360));
    resizeRowsToContents();
}

void ReadOnlyTable::fitHeightToRows()
{
    int height = horizontalHeader()->height() + 2 * frameWidth();
    for (int row = 0; row < rowCount(); ++row)
        height += rowHeight(row);
    if (horizontalScrollBar()->isVisible())
        height += horizontalScrollBar()->height();
    setFixedHeight(height);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

} // namespace waymark
