#pragma once

#include <QString>

namespace waymark {

class ChangeNotifier;
class Clock;
class Database;

// What every service needs: the database, the clock, where to announce changes, and who is
// making them (a staff id, recorded in updated_by and the change log).
struct ServiceContext {
    Database& database;
    const Clock& clock;
    ChangeNotifier& notifier;
    QString actor;
};

} // namespace waymark
