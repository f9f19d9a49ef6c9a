#pragma once

#include <QWidget>

class QLabel;

namespace waymark {

// What a list shows when it has nothing in it: a heading and a line saying what to do next.
class EmptyState : public QWidget {
    Q_OBJECT
public:
    explicit EmptyState(QWidget* parent = nullptr);
    EmptyState(const QString& heading, const QString& hint, QWidget* parent = nullptr);

    void setText(const QString& heading, const QString& hint);
    QString heading() const;
    QString hint() const;

private:
    QLabel* m_heading;
    QLabel* m_hint;
};

} // namespace waymark
