#pragma once

#include "core/storage/SessionRepository.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace waymark {

struct CaseworkServices;
struct Repositories;
class Clock;
class EmptyState;
class FormDialog;
class SessionPanel;

// The Sessions screen: a week of group sessions and drop-in surgeries for one contract or all,
// each with how many came; beside the list, the chosen session's register and, at a drop-in, the
// quick record of a walk-in.
class SessionsPage : public QWidget {
    Q_OBJECT
public:
    SessionsPage(Repositories& repositories, CaseworkServices& services, const Clock& clock, QWidget* parent = nullptr);

    bool reload();
    // Someone on record changed (added, renamed, deleted, anonymised): a drop-in's names are
    // read again when next shown.
    void peopleChanged();
    void showWeekOf(const QDate& day);
    QDate firstDay() const { return m_monday; }
    void showContract(const QString& contractId);
    // Selects a session in the list and shows its register; false when it is not listed.
    bool select(const QString& sessionId);

    // New session (or change the selected one): the form, not yet shown.
    FormDialog* sessionForm(const std::optional<GroupSession>& existing = std::nullopt);
    bool newSession();
    bool editSession();

    QTableWidget* list() const { return m_list; }
    SessionPanel* panel() const { return m_panel; }
    const QVector<SessionSummary>& sessions() const { return m_sessions; }

signals:
    void openServiceUser(const QString& serviceUserId);

private:
    Repositories& m_repositories;
    CaseworkServices& m_services;
    const Clock& m_clock;
    QDate m_monday;
    QVector<SessionSummary> m_sessions;
    QComboBox* m_contract;
    QLabel* m_week;
    QTableWidget* m_list;
    EmptyState* m_empty;
    SessionPanel* m_panel;
};

} // namespace waymark
