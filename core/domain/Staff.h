#pragma once

#include <QString>

namespace waymark {

struct Staff {
    QString id;
    QString name;
    QString role; // ReferenceCodes::StaffRole
    bool active = true;
};

} // namespace waymark
