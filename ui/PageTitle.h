#pragma once

#include <QLabel>

namespace waymark {

// The heading of a main-window section ("Today", "Diary"): larger and bold, in the user's own
// font so that a bigger system font makes it bigger too.
class PageTitle : public QLabel {
    Q_OBJECT
public:
    explicit PageTitle(const QString& text, QWidget* parent = nullptr);
};

} // namespace waymark
