#include "ui/ColumnNamedDelegate.h"

#include <QWidget>

namespace waymark {

QWidget* ColumnNamedDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const
{
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (editor) {
        const QString column = index.model()->headerData(index.column(), Qt::Horizontal).toString();
        editor->setAccessibleName(tr("%1, row %2").arg(column).arg(index.row() + 1));
    }
    return editor;
}

} // namespace waymark
