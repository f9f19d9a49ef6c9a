#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ComplaintsProcedureService.h"
#include "core/storage/Repositories.h"
#include "tests/support/InterchangeFixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/AdminPage.h"
#include "ui/FieldMessages.h"
#include "ui/FormDialog.h"
#include "ui/FormPreviewDialog.h"
#include "ui/InterfaceLanguage.h"
#include "ui/MainWindow.h"
#include "ui/PersonRecordView.h"

#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QToolButton>

#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

// The small caseload, Lexi (su-1) writing Polish as her first language; signed in as the
// administrator.
class PrintLanguageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QJsonObject doc = test::smallCaseload();
        test::setAt(doc, QStringLiteral("service_users[0].first_language"), QStringLiteral("polski"));
        ASSERT_TRUE(Importer(m_db.db(), m_db.clock())
                        .importObject(doc, QStringLiteral("fixture"), QStringLiteral("test"))
                        .ok());
    }
    void TearDown() override { InterfaceLanguage::choose({}); }

    // Chooses `text` from the record's Print menu and returns what the preview it opens shows,
    // changed by `then` before it is closed.
    PrintedForm previewFromPrintMenu(const QString& text, const std::function<void(FormPreviewDialog&)>& then = {})
    {
        // Opening the record reads it in the background and so runs the event loop: the preview
        // is looked for only once it is open.
        m_window.openServiceUser(QStringLiteral("su-1"));
        auto* print = m_window.recordView()->findChild<QToolButton*>(QStringLiteral("printActions"));
        EXPECT_NE(print, nullptr);
        QAction* chosen = nullptr;
        for (QAction* action : print->menu()->actions())
            if (action->text() == text)
                chosen = action;
        EXPECT_NE(chosen, nullptr) << text.toStdString();
        PrintedForm shown;
        QTimer::singleShot(0, [&] {
            auto* preview = qobject_cast<FormPreviewDialog*>(QApplication::activeModalWidget());
            if (!preview) {
                if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                    ADD_FAILURE() << "no preview: " << box->text().toStdString();
                    box->close();
                }
                return;
            }
            if (then)
                then(*preview);
            shown = preview->form();
            preview->reject();
        });
        if (chosen)
            chosen->trigger();
        return shown;
    }

    test::TestDatabase m_db;
    Repositories m_repos{m_db.db()};
    ChangeNotifier m_notifier;
    MainWindow m_window{m_repos, m_db.clock(), m_notifier, QStringLiteral("admin")};
};

} // namespace

TEST_F(PrintLanguageTest, ThePreviewOpensInThePersonsLanguageAndChangesLanguageAndSizeFromItsToolbar)
{
    bool sawPolish = false;
    const PrintedForm shown = previewFromPrintMenu(QStringLiteral("Support &plan…"), [&](FormPreviewDialog& preview) {
        sawPolish =
            preview.form().language == QLatin1String("pl") && preview.form().title == QLatin1String("Plan wsparcia");
        auto* language = preview.findChild<QComboBox*>(QStringLiteral("formLanguage"));
        auto* large = preview.findChild<QCheckBox*>(QStringLiteral("formLargePrint"));
        ASSERT_NE(language, nullptr);
        ASSERT_NE(large, nullptr);
        EXPECT_FALSE(language->accessibleName().isEmpty());
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        large->setChecked(true);
    });
    EXPECT_TRUE(sawPolish);
    EXPECT_EQ(shown.language, QStringLiteral("en"));
    EXPECT_EQ(shown.title, QStringLiteral("Support plan"));
    EXPECT_TRUE(shown.largePrint);
}

TEST_F(PrintLanguageTest, TheAdministratorSetsTheComplaintsProcedureThatEachRecordPrints)
{
    // Before it is set, the record says who sets it, rather than printing a procedure with no one in it.
    QString said;
    m_window.openServiceUser(QStringLiteral("su-1"));
    QTimer::singleShot(0, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            said = box->text();
            box->close();
        }
    });
    for (QAction* action :
         m_window.recordView()->findChild<QToolButton*>(QStringLiteral("printActions"))->menu()->actions())
        if (action->text() == QStringLiteral("&Complaints procedure…"))
            action->trigger();
    EXPECT_TRUE(said.contains(QStringLiteral("Admin, Complaints procedure"))) << said.toStdString();

    m_window.showSection(MainWindow::Section::Admin);
    std::unique_ptr<FormDialog> form(m_window.adminPage()->complaintsProcedureForm());
    auto* contact = form->findChild<QPlainTextEdit*>(QStringLiteral("complaintsContact"));
    auto* thurrock = form->findChild<QPlainTextEdit*>(QStringLiteral("councilContact-thurrock-fs"));
    ASSERT_NE(contact, nullptr);
    ASSERT_NE(thurrock, nullptr);
    // Saved with no one to contact: refused, the field says why, the form stays open.
    form->accept();
    EXPECT_FALSE(form->messages()->messageText(QStringLiteral("contact")).isEmpty());
    EXPECT_TRUE(ComplaintsProcedureService::load(m_db.db())->contact.isEmpty());
    contact->setPlainText(QStringLiteral("Sam Reed, service manager, 01375 000000"));
    thurrock->setPlainText(QStringLiteral("Thurrock Council, Customer Feedback, New Road, Grays RM17 6SL"));
    form->accept();
    EXPECT_EQ(form->result(), QDialog::Accepted);
    EXPECT_EQ(ComplaintsProcedureService::load(m_db.db())->contact,
              QStringLiteral("Sam Reed, service manager, 01375 000000"));

    const PrintedForm leaflet = previewFromPrintMenu(QStringLiteral("&Complaints procedure…"));
    EXPECT_EQ(leaflet.language, QStringLiteral("pl"));
    EXPECT_TRUE(leaflet.bodyHtml.contains(QStringLiteral("Sam Reed, service manager")));
    EXPECT_TRUE(leaflet.bodyHtml.contains(QStringLiteral("Thurrock Council, Customer Feedback")));
}

TEST_F(PrintLanguageTest, TheWindowsLanguageIsChosenInTheFileMenuForTheNextStart)
{
    auto* menu = m_window.menuBar()->findChild<QMenu*>(QStringLiteral("languageMenu"));
    ASSERT_NE(menu, nullptr);
    QStringList offered;
    QAction* polish = nullptr;
    for (QAction* action : menu->actions()) {
        offered << action->text();
        if (action->data().toString() == QLatin1String("pl"))
            polish = action;
    }
    EXPECT_EQ(offered.size(), 4) << offered.join(QStringLiteral(", ")).toStdString();
    ASSERT_NE(polish, nullptr);
    EXPECT_EQ(polish->text(), QStringLiteral("Polski"));
    QString said;
    QTimer::singleShot(0, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            said = box->text();
            box->close();
        }
    });
    polish->trigger();
    EXPECT_EQ(InterfaceLanguage::chosen(), QStringLiteral("pl"));
    EXPECT_EQ(InterfaceLanguage::effective(), QStringLiteral("pl"));
    EXPECT_TRUE(said.contains(QStringLiteral("Polski"))) << said.toStdString();
}
