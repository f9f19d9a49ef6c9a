#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace waymark {

struct Repositories;
class AuditTrailModel;

// The administrator's look at the audit trail: who did what to whose record and when, newest
// first, narrowed by who, by person or by any text, and a check that the trail holds together
// (the first entry changed or missing, named).
class AuditTrailView : public QWidget {
    Q_OBJECT
public:
    static constexpr int PageSize = 500;

    explicit AuditTrailView(Repositories& repositories, QWidget* parent = nullptr);

    // Reads the newest entries that match the filters; false (and why, shown) on failure.
    bool reload();
    // Adds the next older page.
    bool showOlder();
    // Verifies the chain; the words are also shown on the screen.
    QString check();

    AuditTrailModel* model() const { return m_model; }
    QLineEdit* whoFilter() const { return m_who; }
    QLineEdit* personFilter() const { return m_person; }
    QLineEdit* textFilter() const { return m_text; }
    QLabel* status() const { return m_status; }

private:
    bool load(bool older);
    QString personId() const;

    Repositories& m_repositories;
    AuditTrailModel* m_model;
    QTableView* m_table;
    QLineEdit* m_who;
    QLineEdit* m_person;
    QLineEdit* m_text;
    QPushButton* m_older;
    QLabel* m_status;
    QHash<QString, QString> m_idsByName;
};

} // namespace waymark
