#include "ui/SortByKeyboard.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>

namespace waymark::SortByKeyboard {

namespace {

QString t(const char* text)
{
    return QCoreApplication::translate("SortByKeyboard", text);
}

} // namespace

QMenu* menuFor(QAbstractItemView* view, QHeaderView* header, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("sortMenu"));
    menu->setAccessibleName(t(QT_TRANSLATE_NOOP("SortByKeyboard", "Sort the list")));
    QAbstractItemModel* model = view->model();
    if (!model)
        return menu;
    const int sortedBy = header->sortIndicatorSection();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (header->isSectionHidden(column))
            continue;
        const QString heading = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        if (heading.isEmpty())
            continue;
        QString text = t(QT_TRANSLATE_NOOP("SortByKeyboard", "Sort by %1")).arg(heading);
        if (column == sortedBy)
            text = t(QT_TRANSLATE_NOOP("SortByKeyboard", "Sort by %1 the other way round")).arg(heading);
        QAction* action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(column == sortedBy);
        QObject::connect(action, &QAction::triggered, header, [header, column] {
            const bool again = header->sortIndicatorSection() == column;
            const Qt::SortOrder next =
                again && header->sortIndicatorOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
            header->setSortIndicator(column, again ? next : Qt::AscendingOrder);
        });
    }
    return menu;
}

void offer(QAbstractItemView* view, QHeaderView* header)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, header](const QPoint& at) {
        QMenu* menu = menuFor(view, header, view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(view->viewport()->mapToGlobal(at));
    });
    header->setToolTip(
        t(QT_TRANSLATE_NOOP("SortByKeyboard", "Click a heading to sort by it; from the keyboard, press the "
                                              "Menu key or Shift+F10 in the list")));
}

} // namespace waymark::SortByKeyboard
