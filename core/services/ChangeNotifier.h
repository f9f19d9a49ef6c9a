#pragma once

#include <QObject>

namespace waymark {

// Where the services say what they changed, so that every screen showing it can refresh: the
// one signal boundary between core's writes and the views.
class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    // Something of this person's changed (their profile, a referral, a period, a note, ...).
    void serviceUserChanged(const QString& serviceUserId);
    // A group session or its register changed.
    void sessionChanged(const QString& sessionId);
};

} // namespace waymark
