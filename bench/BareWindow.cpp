// The yardstick for the app's start (issue 9: at most 1.5 times this): the least a Qt Widgets
// program does to show a window with a table in it. It shows the window, lets it paint, prints
// "started" and quits; waymark_start_bench times it from launch to that line, as it times the app.

#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardItemModel model(40, 6);
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            model.setItem(row, column, new QStandardItem(QStringLiteral("%1, %2").arg(row).arg(column)));
    QMainWindow window;
    auto* table = new QTableView; // the window's, deleted with it
    table->setModel(&model);
    window.setCentralWidget(table);
    window.resize(1100, 700);
    // Painted, as the app is when it says it has started (app/gui/DesktopSession.cpp).
    QTimer::singleShot(0, &window, [] {
        QApplication::processEvents();
        std::printf("started\n");
        std::fflush(stdout);
        QApplication::exit(0);
    });
    window.show();
    return QApplication::exec();
}
