#pragma once

#include <QWidget>

class QTableView;

namespace waymark {

struct Repositories;
class BackgroundReader;
class Clock;
class EmptyState;
class ReadingBar;
class ReferralService;
class ReferralsModel;

// Every referral, the latest first, with the person, source, first contact and decision. The
// list is read on the window's BackgroundReader (a large provider has a hundred thousand
// referrals): the rows shown stay until the new ones come.
class ReferralsPage : public QWidget {
    Q_OBJECT
public:
    ReferralsPage(Repositories& repositories, ReferralService& service, BackgroundReader& reader, const Clock& clock,
                  QWidget* parent = nullptr);

    // Reads the list again; listShown() says when it is on the screen.
    void reload();
    // Whether the list is being read.
    bool working() const;
    // Stops a read under way (its section is left); the list is read again when next shown.
    void stopReading();
    // Selects and shows one referral; false when it is not in the list. While the list is being
    // read, the referral is selected once it is shown (true).
    bool selectReferral(const QString& referralId);
    QString selectedReferral() const;
    QTableView* table() const { return m_table; }
    ReferralsModel* model() const { return m_model; }

    // The actions on the selected referral (each opens its form; false when none is selected).
    bool newReferral();
    bool recordFirstContact();
    bool decide();

signals:
    void openServiceUser(const QString& serviceUserId);
    // The list read by reload() is on the screen (or it could not be read, or was stopped).
    void listShown();

private:
    void updateActions();
    void updateState();
    // The empty list's words: nothing recorded yet, and how to record the first.
    void sayNoReferrals();

    Repositories& m_repositories;
    ReferralService& m_service;
    BackgroundReader& m_reader;
    const Clock& m_clock;
    QWidget* m_firstContactButton = nullptr;
    QWidget* m_decideButton = nullptr;
    ReferralsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    EmptyState* m_empty = nullptr;
    ReadingBar* m_reading = nullptr;
    QString m_loadError;
    bool m_columnsFitted = false;
    // A referral to select once the list being read is shown.
    QString m_selectWhenShown;
};

} // namespace waymark
