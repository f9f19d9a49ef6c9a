#pragma once

#include <QWidget>

namespace waymark {

struct Repositories;
class ReadOnlyTable;

// What the administrator sets up: the contracts with their rules, and the staff.
class AdminPage : public QWidget {
    Q_OBJECT
public:
    explicit AdminPage(Repositories& repositories, QWidget* parent = nullptr);

    bool reload();

private:
    Repositories& m_repositories;
    ReadOnlyTable* m_contracts;
    ReadOnlyTable* m_staff;
};

} // namespace waymark
