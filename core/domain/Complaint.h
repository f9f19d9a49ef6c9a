#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace waymark {

// A complaint about the service (C 12). A serious one must reach the commissioner's authorised
// officer at once; the date it was sent is kept.
struct Complaint {
    QString id;
    QString serviceUserId; // the person it concerns, if any
    QDate receivedOn;
    QString complainant; // who made it
    QString summary;
    std::optional<bool> serious;
    QDate sentToCommissionerOn;
    QString outcome;
    QDate closedOn;

    bool awaitsSending() const { return serious == true && !sentToCommissionerOn.isValid(); }
};

} // namespace waymark
