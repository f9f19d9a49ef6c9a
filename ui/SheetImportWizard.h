#pragma once

#include "core/domain/Contract.h"
#include "core/domain/Staff.h"
#include "core/interchange/SheetMapping.h"
#include "core/interchange/SheetTable.h"

#include <QWizard>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace waymark {

class Clock;
class Database;
class ReadyWizardPage;

// Moving a team's caseload in from its spreadsheet, step by step: choose the file (and sheet),
// say which column is which field (guessed from the headings), say what the sheet's own answers
// mean (guessed from Waymark's labels), see every problem by row and column, and import it all
// or nothing. The choices can be saved as a mapping file for `waymark-cli import-sheet`.
class SheetImportWizard : public QWizard {
    Q_OBJECT
public:
    enum Page { FilePage, ColumnsPage, AnswersPage, CheckPage, DonePage };

    SheetImportWizard(Database& database, const Clock& clock, const QString& actor, QWidget* parent = nullptr);

    // Reads a file as choosing it does.
    void openFile(const QString& path);
    const SheetTable& table() const { return m_table; }
    // The choices so far, as a mapping file has them.
    SheetMapping mapping() const;

    QLabel* fileStatus() const { return m_fileStatus; }
    QTableWidget* preview() const { return m_preview; }
    QTableWidget* columns() const { return m_columns; }
    QComboBox* contractForEveryRow() const { return m_contract; }
    QLineEdit* referenceScope() const { return m_referenceScope; }
    QTableWidget* answers() const { return m_answers; }
    QLabel* checkSummary() const { return m_checkSummary; }
    QListWidget* problems() const { return m_problems; }
    QLabel* doneSummary() const { return m_doneSummary; }
    // Starts from the choices of a mapping file (saved here before, or written for the command
    // line); false with `message` set when the file cannot be used.
    bool loadMapping(const QString& path, QString* message);
    // Saves the choices as a mapping file; false with `message` set when it cannot.
    bool saveMapping(const QString& path, QString* message) const;

signals:
    // People were brought in: the lists showing them are out of date.
    void caseloadImported();

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QWizardPage* makeFilePage();
    QWizardPage* makeColumnsPage();
    QWizardPage* makeAnswersPage();
    QWizardPage* makeCheckPage();
    QWizardPage* makeDonePage();
    void readFile();
    void fillPreview();
    void fillColumns();
    void fillAnswers();
    // Says above the answers how many still need a meaning chosen.
    void countUnchosenAnswers();
    // Runs the import, only checking or for real; shows the outcome on the check page.
    bool runImport(bool checkOnly);
    // The field key chosen for each column (empty: not brought in).
    QHash<qsizetype, QString> chosenFields() const;

    Database& m_database;
    const Clock& m_clock;
    QString m_actor;
    QString m_path;
    SheetTable m_table;
    std::optional<SheetMapping> m_loaded; // choices from a mapping file, until changed here
    QVector<Staff> m_staff;
    QVector<Contract> m_contracts;

    QLineEdit* m_file = nullptr;
    QComboBox* m_sheet = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_encoding = nullptr;
    QSpinBox* m_headerRow = nullptr;
    QCheckBox* m_monthFirst = nullptr;
    QLabel* m_fileStatus = nullptr;
    QTableWidget* m_preview = nullptr;
    QTableWidget* m_columns = nullptr;
    QComboBox* m_contract = nullptr;
    QLineEdit* m_referenceScope = nullptr;
    QTableWidget* m_answers = nullptr;
    QLabel* m_answersHint = nullptr;
    QLabel* m_checkSummary = nullptr;
    ReadyWizardPage* m_checkPage = nullptr;
    QListWidget* m_problems = nullptr;
    QPushButton* m_saveMapping = nullptr;
    QLabel* m_doneSummary = nullptr;
};

} // namespace waymark
