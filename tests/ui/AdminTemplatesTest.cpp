#include "core/interchange/StarTemplateFile.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Repositories.h"
#include "tests/support/TestDatabase.h"
#include "ui/AdminPage.h"
#include "ui/MainWindow.h"
#include "ui/ReadOnlyTable.h"
#include "ui/StarTemplateEditor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTemporaryDir>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

class AdminTemplatesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_window.showSection(MainWindow::Section::Admin);
        m_admin = m_window.adminPage();
        m_admin->reload();
    }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
    ChangeNotifier m_notifier;
    MainWindow m_window{m_repos, m_db.clock(), m_notifier, QStringLiteral("admin")};
    AdminPage* m_admin = nullptr;
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(AdminTemplatesTest, AStarSavedToAFileLoadsBackAsALicensedStar)
{
    ASSERT_EQ(m_admin->templates()->rowCount(), 1);
    const QString path = m_dir.filePath(QStringLiteral("star.json"));
    QString message;
    ASSERT_TRUE(m_admin->exportTemplate(QStringLiteral("waymark-wellbeing"), path, &message)) << message.toStdString();
    // An organisation's licensed star arrives as such a file, with its own id and name.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray list = doc.value(QStringLiteral("star_templates")).toArray();
    QJsonObject star = list.first().toObject();
    star.insert(QStringLiteral("id"), QStringLiteral("licensed-star"));
    star.insert(QStringLiteral("name"), QStringLiteral("Our licensed star"));
    list.replace(0, star);
    doc.insert(QStringLiteral("star_templates"), list);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(doc).toJson());
    file.close();
    ASSERT_TRUE(m_admin->importTemplates(path, &message)) << message.toStdString();
    EXPECT_EQ(message, QStringLiteral("Loaded: Our licensed star."));
    EXPECT_EQ(m_admin->templates()->rowCount(), 2);
    EXPECT_TRUE(m_repos.stars.findTemplate(QStringLiteral("licensed-star"))->has_value());
}

TEST_F(AdminTemplatesTest, ABrokenFileSaysWhereAndLoadsNothing)
{
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"star_templates": [{"id": "x", "name": "X", "scale_min": 1, "scale_max": 10,
                  "areas": [{"key": "a", "name": "A"}], "stages": [{"from": 1, "to": 4, "name": "Low"}]}]})");
    file.close();
    QString message;
    EXPECT_FALSE(m_admin->importTemplates(path, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("star_templates[0].stages: No stage covers the score(s) 5, 6, 7, 8, 9, 10")))
        << message.toStdString();
    EXPECT_EQ(m_admin->templates()->rowCount(), 1);
}

TEST_F(AdminTemplatesTest, TheEditorSaysWhichAreaIsWrong)
{
    std::unique_ptr<StarTemplateEditor> editor(m_admin->templateEditor(true));
    ASSERT_NE(editor, nullptr);
    editor->nameEdit()->setText(QStringLiteral("Team star"));
    for (const char* key : {"mood", "mood"}) {
        const int row = editor->areas()->rowCount();
        editor->areas()->insertRow(row);
        editor->areas()->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(key)));
        editor->areas()->setItem(row, 1, new QTableWidgetItem(QStringLiteral("Mood %1").arg(row + 1)));
    }
    editor->accept();
    EXPECT_EQ(editor->result(), QDialog::Rejected);
    EXPECT_TRUE(editor->problemText().contains(QStringLiteral("Area 2, key: Another area already has this key.")))
        << editor->problemText().toStdString();
    editor->areas()->item(1, 0)->setText(QStringLiteral("home"));
    editor->accept();
    ASSERT_EQ(editor->result(), QDialog::Accepted) << editor->problemText().toStdString();
    m_admin->reload();
    EXPECT_EQ(m_admin->templates()->rowCount(), 2);
}
