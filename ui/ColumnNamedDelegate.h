#pragma once

#include <QStyledItemDelegate>

namespace waymark {

// The editor of a table cell, named after its column ("The risk", "How it is managed") and the
// row it is in: Qt leaves a cell's line edit without a name, so a screen reader would say only
// "edit text" while the person types into the table.
class ColumnNamedDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace waymark
