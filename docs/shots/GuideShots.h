#pragma once

#include "core/domain/SupportPeriod.h"
#include "core/services/ChangeNotifier.h"
#include "docs/shots/GuideClock.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QVector>

#include <memory>
#include <optional>

namespace waymark {

class Database;
class MainWindow;
class ScreenshotFolder;
struct Repositories;

// The pictures of the user guide (docs/*.md), taken from the real screens: a throwaway database
// made the way `waymark-cli demo` makes one, the real main window and its dialogs opened as a
// person opens them, on a fixed day, at a fixed size. Each step is one page of the guide.
class GuideShots {
public:
    explicit GuideShots(ScreenshotFolder& folder);
    ~GuideShots();

    // Takes every picture; false when the database could not be made (the folder says why).
    bool run();

    // The pictures the guide's pages show (docs/*.md), by name without ".png": each must be made.
    static QStringList pictures();

private:
    bool makeDemoDatabase();
    void openWindow();

    // One method per page of the guide, in the guide's order.
    void firstRun();
    void todayAndCaseload();
    void referral();
    void supportPlan();
    void star();
    void diary();
    void dropIn();
    void quarterlyReturn();
    void locked();
    void movingIn();

    // The demo's member of staff of that name (the demo's staff have made-up ids).
    QString staffNamed(const QString& name) const;
    // The contract's support periods open on the guide's day.
    QVector<SupportPeriod> openPeriods(const QString& contractId) const;
    // The main window, back from whatever the last step left open, showing `serviceUserId`.
    void showRecord(const QString& serviceUserId);

    ScreenshotFolder& m_folder;
    GuideClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repositories> m_repositories;
    ChangeNotifier m_notifier;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace waymark
