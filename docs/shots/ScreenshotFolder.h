#pragma once

#include <QDir>
#include <QStringList>

class QWidget;

namespace waymark {

// Where the guide's pictures go, and what went wrong making them. A picture that is null or of
// one colour (a screen that drew nothing) is not kept and counts as a problem, as does a screen
// the program could not reach: the guide's pictures are how a broken screen gets noticed.
class ScreenshotFolder {
public:
    explicit ScreenshotFolder(const QString& path);

    // Whether the folder exists (made if need be) and can be written to.
    bool isUsable() const { return m_usable; }
    QString path() const { return m_dir.absolutePath(); }

    // Shows `widget` if it is not on screen, lets it settle, and writes it as `name`.png.
    void save(QWidget* widget, const QString& name);
    // A step of the guide that could not be shown as the guide describes it.
    void problem(const QString& what);
    // `what` as a problem unless `holds`; returns `holds`.
    bool expect(bool holds, const QString& what);

    const QStringList& saved() const { return m_saved; }
    const QStringList& problems() const { return m_problems; }

private:
    QDir m_dir;
    bool m_usable = false;
    QStringList m_saved;
    QStringList m_problems;
};

} // namespace waymark
