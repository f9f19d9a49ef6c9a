#pragma once

#include <QWidget>

namespace waymark {

struct Repositories;
class Clock;
class ReadOnlyTable;
class AccountService;
class ComplaintsProcedureService;
class FormDialog;
class AuditTrailView;
class DeletedRecordService;
class DeletedRecordsView;
class RetentionService;
class RetentionView;
class StaffAdminView;
class StaffService;
class StarService;
class SheetImportWizard;
class StarTemplateEditor;

// What the administrator sets up: the contracts with their rules, the staff, and the star
// templates (written here, or loaded from the file of a star the organisation is licensed to use).
class AdminPage : public QWidget {
    Q_OBJECT
public:
    AdminPage(Repositories& repositories, StarService& stars, StaffService& staff, RetentionService& retention,
              DeletedRecordService& deletedRecords, ComplaintsProcedureService& complaints, const Clock& clock,
              QWidget* parent = nullptr);
    // Where sign-ins are kept (an encrypted database); none for a plain demo file.
    void setAccounts(AccountService* accounts);
    StaffAdminView* staffView() const { return m_staffView; }
    AuditTrailView* auditView() const { return m_auditView; }
    RetentionView* retentionView() const { return m_retentionView; }
    DeletedRecordsView* deletedRecordsView() const { return m_deletedView; }

    bool reload();
    // Who is signed in, for what an import records as done by them.
    void setActor(const QString& actor) { m_actor = actor; }
    // The form of the complaints procedure printed for each person, not yet shown.
    FormDialog* complaintsProcedureForm();
    // The wizard that moves a caseload in from a spreadsheet, not yet shown.
    SheetImportWizard* sheetImportWizard();
    ReadOnlyTable* templates() const { return m_templates; }
    // The template editor for the selected template (or a new one), not yet shown.
    StarTemplateEditor* templateEditor(bool newTemplate);
    // Loads every template of a file; the message says what was loaded or what is wrong.
    bool importTemplates(const QString& path, QString* message);
    bool exportTemplate(const QString& templateId, const QString& path, QString* message);

signals:
    // People were brought in from a spreadsheet: every list showing them is out of date.
    void caseloadImported();

private:
    Repositories& m_repositories;
    ComplaintsProcedureService& m_complaints;
    QString m_actor;
    ReadOnlyTable* m_contracts;
    StaffAdminView* m_staffView;
    AuditTrailView* m_auditView;
    RetentionView* m_retentionView;
    DeletedRecordsView* m_deletedView;
    ReadOnlyTable* m_templates;
    StarService& m_stars;
    const Clock& m_clock;
    QStringList m_templateIds;
};

} // namespace waymark
