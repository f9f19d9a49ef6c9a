#pragma once

class QAbstractItemView;
class QHeaderView;
class QMenu;
class QWidget;

namespace waymark {

// Sorting a list from the keyboard. Qt's column headings take no focus, so a list sorted by
// clicking a heading could not be sorted without a mouse: the list's context menu (the Menu
// key, Shift+F10, or a right click) offers "Sort by" each column, and choosing the column it is
// sorted by already turns the order round.
namespace SortByKeyboard {

// Gives `view`, sorted by the columns of `header`, that menu.
void offer(QAbstractItemView* view, QHeaderView* header);
// The menu as it is offered now, for `parent` to show (or a test to choose from).
QMenu* menuFor(QAbstractItemView* view, QHeaderView* header, QWidget* parent);

} // namespace SortByKeyboard
} // namespace waymark
