#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace waymark {

struct HospitalStay {
    QString id;
    QString serviceUserId;
    QDate admittedOn;
    QDate dischargedOn; // invalid while still in hospital
    QString kind;       // ReferenceCodes::HospitalStayKind
    std::optional<bool> planned;
};

} // namespace waymark
