#pragma once

#include "core/domain/Role.h"

#include <QString>

namespace waymark {

class ChangeNotifier;
class Clock;
class Database;

// What every service needs: the database, the clock, where to announce changes, and who is
// making them (the name they signed in with, recorded in updated_by and the change log), with
// their staff record and role. Tests and a plain demo database act as an administrator; the
// app sets the role of whoever signed in.
struct ServiceContext {
    ServiceContext(Database& database_, const Clock& clock_, ChangeNotifier& notifier_, QString actor_,
                   Role role_ = Role::Administrator, QString staffId_ = {})
        : database(database_)
        , clock(clock_)
        , notifier(notifier_)
        , actor(std::move(actor_))
        , role(role_)
        , staffId(std::move(staffId_))
    {
    }

    Database& database;
    const Clock& clock;
    ChangeNotifier& notifier;
    QString actor;
    Role role;
    QString staffId;
};

} // namespace waymark
