#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/AdminPage.h"
#include "ui/FormDialog.h"
#include "ui/MainWindow.h"
#include "ui/StatusColours.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// A dark high-contrast theme, as a person with low vision sets their desktop: white on black.
QPalette highContrast()
{
    QPalette p;
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::AlternateBase})
        p.setColor(role, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(role, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
    p.setColor(QPalette::HighlightedText, Qt::black);
    return p;
}

// Puts the application's palette or font back however a test ends.
class ApplicationLook {
public:
    ApplicationLook()
        : m_palette(QApplication::palette())
        , m_font(QApplication::font())
    {
    }
    ~ApplicationLook()
    {
        QApplication::setPalette(m_palette);
        QApplication::setFont(m_font);
    }

private:
    QPalette m_palette;
    QFont m_font;
};

// Every label coloured by a style sheet, with the contrast of its colour on its background.
QStringList unreadableLabels(const QWidget* root)
{
    static const QRegularExpression colour(QStringLiteral("color:\\s*(#[0-9a-fA-F]{6})"));
    QStringList out;
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        const QRegularExpressionMatch m = colour.match(label->styleSheet());
        if (!m.hasMatch() || !label->isVisible())
            continue;
        const double ratio = StatusColours::contrast(QColor(m.captured(1)), label->palette().color(QPalette::Window));
        if (ratio < 4.5)
            out << QStringLiteral("\"%1\" (%2 on %3, %4:1)")
                       .arg(label->text().left(60), m.captured(1), label->palette().color(QPalette::Window).name())
                       .arg(ratio, 0, 'f', 1);
    }
    return out;
}

// Buttons and one-line labels whose text is wider or taller than the room they were given.
QStringList clipped(const QWidget* root)
{
    QStringList out;
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        const auto* label = qobject_cast<const QLabel*>(w);
        const bool oneLineLabel = label && !label->wordWrap() && !label->text().isEmpty() && label->pixmap().isNull();
        if (!oneLineLabel && !qobject_cast<const QAbstractButton*>(w))
            continue;
        const QSize needed = w->sizeHint();
        if (w->width() + 1 < needed.width() || w->height() + 1 < needed.height())
            out << QStringLiteral("%1 \"%2\" %3x%4, needs %5x%6")
                       .arg(QString::fromLatin1(w->metaObject()->className()),
                            label ? label->text().left(40) : qobject_cast<const QAbstractButton*>(w)->text())
                       .arg(w->width())
                       .arg(w->height())
                       .arg(needed.width())
                       .arg(needed.height());
    }
    return out;
}

// What stays cut off once the window has settled: background reads arrive and relayout their
// labels a moment after a section is shown (more so on a busy machine).
QStringList clippedOnceSettled(const QWidget* root)
{
    QStringList found;
    for (int attempt = 0; attempt < 20; ++attempt) {
        QTest::qWait(50);
        found = clipped(root);
        if (found.isEmpty())
            break;
    }
    return found;
}

class HighContrastTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Importer(m_db.db(), m_db.clock())
                        .importObject(test::smallCaseload(), QStringLiteral("fixture"), QStringLiteral("test"))
                        .ok());
    }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
    ChangeNotifier m_notifier;
};

} // namespace

TEST(StatusColours, RedAndAmberAreReadableOnALightOrADarkWindow)
{
    EXPECT_NEAR(StatusColours::contrast(Qt::black, Qt::white), 21.0, 0.01);
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    EXPECT_EQ(StatusColours::error(light), QColor(0xb0, 0x00, 0x20));
    for (const QPalette& palette : {light, highContrast()}) {
        EXPECT_GE(StatusColours::contrast(StatusColours::error(palette), palette.color(QPalette::Window)), 4.5);
        EXPECT_GE(StatusColours::contrast(StatusColours::caution(palette), palette.color(QPalette::Window)), 4.5);
    }
    // A mid-grey window neither red reads on: the theme's own text colour.
    QPalette grey;
    grey.setColor(QPalette::Window, QColor(0x80, 0x80, 0x80));
    grey.setColor(QPalette::WindowText, Qt::black);
    EXPECT_EQ(StatusColours::error(grey), QColor(Qt::black));
}

TEST_F(HighContrastTest, WhatAFormSaysIsWrongCanBeReadInAHighContrastTheme)
{
    const ApplicationLook restore;
    QApplication::setPalette(highContrast());
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("admin"));
    window.showSection(MainWindow::Section::Admin);
    std::unique_ptr<FormDialog> form(window.adminPage()->complaintsProcedureForm());
    form->show();
    form->accept(); // no one to contact: refused, with a line in red under the field and at the top
    QApplication::processEvents();
    int coloured = 0;
    for (const QLabel* label : form->findChildren<QLabel*>())
        coloured += label->isVisible() && label->styleSheet().contains(QStringLiteral("color:"));
    EXPECT_GE(coloured, 2);
    EXPECT_EQ(unreadableLabels(form.get()), QStringList());
}

TEST_F(HighContrastTest, ALargeSystemFontGrowsTheWindowsAndFormsWithoutCuttingTextOff)
{
    const ApplicationLook restore;
    QFont large = QApplication::font();
    large.setPointSizeF(18);
    QApplication::setFont(large);
    MainWindow window(m_repos, m_db.clock(), m_notifier, QStringLiteral("admin"));
    window.show();
    for (MainWindow::Section section :
         {MainWindow::Section::Today, MainWindow::Section::Caseload, MainWindow::Section::Referrals,
          MainWindow::Section::Diary, MainWindow::Section::Sessions, MainWindow::Section::Reports,
          MainWindow::Section::Admin}) {
        window.showSection(section);
        EXPECT_EQ(clippedOnceSettled(&window), QStringList()) << "section " << int(section);
    }
    std::unique_ptr<FormDialog> form(window.adminPage()->complaintsProcedureForm());
    form->show();
    form->accept();
    EXPECT_EQ(clippedOnceSettled(form.get()), QStringList());
    EXPECT_GE(QFontInfo(form->font()).pointSizeF(), 17.5);
}
