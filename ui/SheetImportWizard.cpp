#include "ui/SheetImportWizard.h"

#include "core/domain/ReferenceCodes.h"
#include "core/interchange/SheetField.h"
#include "core/interchange/SheetFile.h"
#include "core/interchange/SheetImport.h"
#include "core/storage/ContractRepository.h"
#include "core/storage/Database.h"
#include "core/storage/StaffRepository.h"
#include "ui/ReadyWizardPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <atomic>
#include <optional>

namespace waymark {

namespace {

// How many rows the first page shows of the sheet, and how many examples the columns page gives.
constexpr int PreviewRows = 8;
constexpr int Examples = 3;

bool isWorkbook(const QString& path)
{
    return SheetFile::kindOf(path) == SheetFile::Kind::Workbook;
}

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

SheetImportWizard::SheetImportWizard(Database& database, const Clock& clock, const QString& actor, QWidget* parent)
    : QWizard(parent)
    , m_database(database)
    , m_clock(clock)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("sheetImportWizard"));
    setWindowTitle(tr("Move a caseload in from a spreadsheet"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    if (Result<QVector<Staff>> staff = StaffRepository(database).all())
        m_staff = staff.value();
    if (Result<QVector<Contract>> contracts = ContractRepository(database).all())
        m_contracts = contracts.value();
    setPage(FilePage, makeFilePage());
    setPage(ColumnsPage, makeColumnsPage());
    setPage(AnswersPage, makeAnswersPage());
    setPage(CheckPage, makeCheckPage());
    setPage(DonePage, makeDonePage());
    resize(860, 620);
}

QWizardPage* SheetImportWizard::makeFilePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Choose the spreadsheet"));
    page->setSubTitle(tr("An Excel workbook (.xlsx) or a CSV file, with one row for each person (or for each of "
                         "their support periods) and a row of headings above them."));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("sheetFile"));
    m_file->setAccessibleName(tr("Spreadsheet file"));
    auto* choose = new QPushButton(tr("&Choose\u2026"), page);
    choose->setAccessibleDescription(tr("Choose the spreadsheet file to bring in"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto* fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_sheet = new QComboBox(page);
    m_sheet->setObjectName(QStringLiteral("sheetName"));
    form->addRow(tr("&Sheet:"), m_sheet);
    m_delimiter = new QComboBox(page);
    m_delimiter->setObjectName(QStringLiteral("sheetDelimiter"));
    m_delimiter->addItem(tr("Worked out from the file"), QString());
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar"), QStringLiteral("|"));
    form->addRow(tr("Cells separated by:"), m_delimiter);
    m_encoding = new QComboBox(page);
    m_encoding->setObjectName(QStringLiteral("sheetEncoding"));
    m_encoding->addItem(tr("Worked out from the file"), QString());
    m_encoding->addItem(tr("UTF-8 (“CSV UTF-8”)"), QStringLiteral("UTF-8"));
    m_encoding->addItem(tr("Windows, Western European (Excel’s “CSV”)"), QStringLiteral("windows-1252"));
    m_encoding->addItem(tr("Unicode text (UTF-16)"), QStringLiteral("UTF-16"));
    m_encoding->addItem(tr("Windows, Central European"), QStringLiteral("windows-1250"));
    m_encoding->addItem(tr("ISO 8859-1 (Latin 1)"), QStringLiteral("ISO-8859-1"));
    form->addRow(tr("Characters written as:"), m_encoding);
    m_headerRow = new QSpinBox(page);
    m_headerRow->setObjectName(QStringLiteral("sheetHeaderRow"));
    m_headerRow->setRange(1, 10000);
    m_headerRow->setAccessibleName(tr("Row of headings"));
    form->addRow(tr("&Headings are in row:"), m_headerRow);
    m_monthFirst = new QCheckBox(tr("Dates typed as text are month first (03/14/2026)"), page);
    m_monthFirst->setObjectName(QStringLiteral("sheetMonthFirst"));
    form->addRow(QString(), m_monthFirst);
    auto* loadRow = new QHBoxLayout;
    auto* load = new QPushButton(tr("&Use choices saved before…"), page);
    load->setObjectName(QStringLiteral("sheetLoadMapping"));
    load->setToolTip(tr("Fill in the columns and answers from a mapping file saved on the last page, or written "
                        "for waymark-cli import-sheet"));
    loadRow->addWidget(load);
    loadRow->addStretch(1);
    form->addRow(QString(), loadRow);
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Use choices saved before"),
                                                          QFileInfo(m_path).path(), tr("Mapping files (*.json)"));
        QString message;
        if (!path.isEmpty() && !loadMapping(path, &message))
            QMessageBox::warning(this, tr("Not used"), message);
    });
    m_fileStatus = wrappedLabel(tr("No file chosen yet."), page);
    m_fileStatus->setObjectName(QStringLiteral("sheetFileStatus"));
    layout->addWidget(m_fileStatus);
    m_preview = new QTableWidget(page);
    m_preview->setObjectName(QStringLiteral("sheetPreview"));
    m_preview->setAccessibleName(tr("The first rows of the sheet"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_preview, 1);

    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Choose the spreadsheet"), QFileInfo(m_file->text()).path(),
                                         tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (m_file->text() != m_path)
            openFile(m_file->text());
    });
    for (QComboBox* box : {m_sheet, m_delimiter, m_encoding})
        connect(box, &QComboBox::activated, this, [this] { readFile(); });
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this] { fillPreview(); });
    return page;
}

QWizardPage* SheetImportWizard::makeColumnsPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Say which column is which"));
    page->setSubTitle(tr("Each column's heading and first few answers, and the Waymark field it goes into. The "
                         "choices are guessed from the headings: check each one. A column left \u201cnot brought "
                         "in\u201d is left out."));
    auto* layout = new QVBoxLayout(page);
    m_columns = new QTableWidget(0, 3, page);
    m_columns->setObjectName(QStringLiteral("sheetColumns"));
    m_columns->setAccessibleName(tr("Columns of the sheet and the fields they go into"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("First answers"), tr("Brought in as")});
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->verticalHeader()->hide();
    layout->addWidget(m_columns, 1);
    auto* form = new QFormLayout;
    m_contract = new QComboBox(page);
    m_contract->setObjectName(QStringLiteral("sheetContract"));
    m_contract->setAccessibleName(tr("Contract of every row"));
    m_contract->addItem(tr("Given by a column"), QString());
    for (const Contract& c : std::as_const(m_contracts))
        m_contract->addItem(tr("%1 (%2)").arg(c.name, c.code), c.code);
    if (m_contracts.size() == 1)
        m_contract->setCurrentIndex(1);
    form->addRow(tr("&Contract of every row:"), m_contract);
    m_referenceScope = new QLineEdit(page);
    m_referenceScope->setObjectName(QStringLiteral("sheetReferenceScope"));
    m_referenceScope->setPlaceholderText(tr("such as North team; empty when no other sheet uses the same references"));
    m_referenceScope->setToolTip(tr("Two sheets that both number people from 1 are told apart by giving each its own "
                                    "name here"));
    form->addRow(tr("&References are unique within:"), m_referenceScope);
    layout->addLayout(form);
    layout->addWidget(wrappedLabel(tr("A row's referral and support period are under this contract unless a column "
                                      "is brought in as Contract."),
                                   page));
    return page;
}

QWizardPage* SheetImportWizard::makeAnswersPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Say what the sheet's answers mean"));
    page->setSubTitle(tr("Each different answer in the columns Waymark keeps as a choice from a list, and what it "
                         "is in Waymark. Guesses are filled in: check them, and choose where none was found."));
    auto* layout = new QVBoxLayout(page);
    m_answersHint = wrappedLabel(QString(), page);
    layout->addWidget(m_answersHint);
    m_answers = new QTableWidget(0, 4, page);
    m_answers->setObjectName(QStringLiteral("sheetAnswers"));
    m_answers->setAccessibleName(tr("Answers in the sheet and what each means"));
    m_answers->setHorizontalHeaderLabels({tr("Field"), tr("In the sheet"), tr("Rows"), tr("In Waymark")});
    m_answers->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_answers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_answers->verticalHeader()->hide();
    layout->addWidget(m_answers, 1);
    return page;
}

QWizardPage* SheetImportWizard::makeCheckPage()
{
    // Import is offered only once a check found nothing wrong.
    auto* page = new ReadyWizardPage(this);
    m_checkPage = page;
    page->setTitle(tr("Check before importing"));
    page->setSubTitle(tr("Every row is checked as the import will check it. Nothing is changed until you import."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Import"));
    auto* layout = new QVBoxLayout(page);
    m_checkSummary = wrappedLabel(QString(), page);
    m_checkSummary->setObjectName(QStringLiteral("sheetCheckSummary"));
    m_checkSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_checkSummary);

    m_problems = new QListWidget(page);
    m_problems->setObjectName(QStringLiteral("sheetProblems"));
    m_problems->setAccessibleName(tr("Problems found by row and column, or what importing will do"));
    m_problems->setWordWrap(true);
    layout->addWidget(m_problems, 1);
    auto* row = new QHBoxLayout;
    auto* checkAgain = new QPushButton(tr("Check &again"), page);
    checkAgain->setObjectName(QStringLiteral("sheetCheckAgain"));
    checkAgain->setToolTip(tr("Read the spreadsheet again, as it is saved now, and check every row"));
    row->addWidget(checkAgain);
    row->addStretch(1);
    connect(checkAgain, &QPushButton::clicked, this, [this] {
        readFile();
        runImport(true);
    });
    m_saveMapping = new QPushButton(tr("&Save these choices\u2026"), page);
    m_saveMapping->setToolTip(tr("Keep the columns and answers chosen here in a mapping file, for waymark-cli "
                                 "import-sheet"));
    row->addWidget(m_saveMapping);
    layout->addLayout(row);
    connect(m_saveMapping, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the choices"),
                                                          QFileInfo(m_path).path() + QStringLiteral("/mapping.json"),
                                                          tr("Mapping files (*.json)"));
        if (path.isEmpty())
            return;
        QString message;
        if (!saveMapping(path, &message))
            QMessageBox::warning(this, tr("Not saved"), message);
    });
    return page;
}

QWizardPage* SheetImportWizard::makeDonePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Imported"));
    auto* layout = new QVBoxLayout(page);
    m_doneSummary = wrappedLabel(QString(), page);
    m_doneSummary->setObjectName(QStringLiteral("sheetDoneSummary"));
    layout->addWidget(m_doneSummary);
    layout->addStretch(1);
    return page;
}

void SheetImportWizard::openFile(const QString& path)
{
    m_path = path;
    m_file->setText(path);
    m_sheet->clear();
    const bool workbook = isWorkbook(path);
    if (workbook) {
        Result<QStringList> names = SheetFile::sheetNames(path);
        if (names)
            m_sheet->addItems(names.value());
    }
    m_sheet->setEnabled(workbook);
    m_delimiter->setEnabled(!workbook);
    m_encoding->setEnabled(!workbook);
    readFile();
}

void SheetImportWizard::readFile()
{
    m_table = SheetTable();
    Result<SheetTable> read = Error{tr("No file chosen yet."), {}};
    CsvReadOptions used;
    if (!m_path.isEmpty()) {
        CsvReadOptions options;
        const QString delimiter = m_delimiter->currentData().toString();
        options.delimiter = delimiter.isEmpty() ? char(0) : char(delimiter.at(0).unicode());
        options.encoding = m_encoding->currentData().toString().toLatin1();
        read = SheetFile::read(m_path, m_sheet->currentText(), options, &used);
    }
    if (read) {
        m_table = read.value();
        QString how;
        if (!isWorkbook(m_path))
            how = tr(" Cells separated by %1; characters written as %2.")
                      .arg(used.delimiter == '\t' ? tr("tabs")
                                                  : QStringLiteral("\u201c%1\u201d").arg(QLatin1Char(used.delimiter)),
                           QString::fromLatin1(used.encoding));
        m_fileStatus->setText(tr("%1: %2 rows.").arg(m_table.name).arg(m_table.rows.size()) + how);
    } else {
        m_fileStatus->setText(read.error().message);
    }
    fillPreview();
}

void SheetImportWizard::fillPreview()
{
    qsizetype width = 0;
    for (const QStringList& row : std::as_const(m_table.rows))
        width = std::max(width, row.size());
    const int first = m_headerRow->value() - 1;
    const int shown = int(std::clamp<qsizetype>(m_table.rows.size() - first, 0, PreviewRows + 1));
    m_preview->clear();
    m_preview->setColumnCount(int(width));
    m_preview->setRowCount(shown);
    QStringList letters;
    for (qsizetype c = 0; c < width; ++c)
        letters << SheetTable::columnName(c);
    m_preview->setHorizontalHeaderLabels(letters);
    QStringList numbers;
    for (int r = 0; r < shown; ++r) {
        numbers << QString::number(first + r + 1);
        for (int c = 0; c < width; ++c) {
            auto* item = new QTableWidgetItem(m_table.cell(first + r, c));
            if (r == 0) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->setVerticalHeaderLabels(numbers);
    m_preview->resizeColumnsToContents();
}

void SheetImportWizard::fillColumns()
{
    const int headerRow = m_headerRow->value() - 1;
    const QStringList headings = m_table.rows.value(headerRow);
    // A choice already made (the page seen before) is kept; a new column gets the guess.
    QHash<QString, QString> kept;
    for (int r = 0; r < m_columns->rowCount(); ++r)
        if (auto* box = qobject_cast<QComboBox*>(m_columns->cellWidget(r, 2)))
            kept.insert(m_columns->item(r, 0)->data(Qt::UserRole).toString(), box->currentData().toString());
    const QMap<QString, QString> guesses = SheetMapping::guessColumns(headings);
    m_columns->setRowCount(int(headings.size()));
    for (int c = 0; c < headings.size(); ++c) {
        const QString heading = headings.at(c);
        auto* name = new QTableWidgetItem(tr("%1: %2").arg(SheetTable::columnName(c), heading));
        name->setData(Qt::UserRole, heading);
        m_columns->setItem(c, 0, name);
        QStringList examples;
        for (qsizetype r = headerRow + 1; r < m_table.rows.size() && examples.size() < Examples; ++r)
            if (const QString value = m_table.cell(r, c).trimmed(); !value.isEmpty() && !examples.contains(value))
                examples << value;
        m_columns->setItem(c, 1, new QTableWidgetItem(examples.join(QStringLiteral("; "))));
        auto* box = new QComboBox(m_columns);
        box->setAccessibleName(tr("Field for column %1").arg(SheetTable::columnName(c)));
        box->addItem(tr("\u2014 not brought in \u2014"), QString());
        for (const SheetField& field : SheetField::all())
            box->addItem(field.displayLabel(), field.key);
        QString loaded;
        if (m_loaded)
            for (auto it = m_loaded->columns.cbegin(); it != m_loaded->columns.cend(); ++it)
                if (it.value().trimmed().compare(heading.trimmed(), Qt::CaseInsensitive) == 0)
                    loaded = it.key();
        const QString chosen = kept.contains(heading) ? kept.value(heading)
                               : m_loaded             ? loaded
                                                      : guesses.value(heading);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
        m_columns->setCellWidget(c, 2, box);
    }
    m_columns->resizeColumnToContents(0);
    m_columns->resizeColumnToContents(2);
}

QHash<qsizetype, QString> SheetImportWizard::chosenFields() const
{
    QHash<qsizetype, QString> chosen;
    for (int r = 0; r < m_columns->rowCount(); ++r)
        if (auto* box = qobject_cast<QComboBox*>(m_columns->cellWidget(r, 2)))
            if (const QString key = box->currentData().toString(); !key.isEmpty())
                chosen.insert(r, key);
    return chosen;
}

void SheetImportWizard::fillAnswers()
{
    // Answers chosen before are kept when the page is seen again.
    QHash<QPair<QString, QString>, QString> kept;
    for (int r = 0; r < m_answers->rowCount(); ++r)
        if (auto* box = qobject_cast<QComboBox*>(m_answers->cellWidget(r, 3)))
            kept.insert({m_answers->item(r, 0)->data(Qt::UserRole).toString(),
                         m_answers->item(r, 1)->data(Qt::UserRole).toString()},
                        box->currentData().toString());
    m_answers->setRowCount(0);
    const int headerRow = m_headerRow->value() - 1;
    const QHash<qsizetype, QString> chosen = chosenFields();
    QList<qsizetype> columns = chosen.keys();
    std::sort(columns.begin(), columns.end());
    for (const qsizetype column : std::as_const(columns)) {
        const SheetField* field = SheetField::find(chosen.value(column));
        if (!field || field->kind == SheetField::Kind::Text || field->kind == SheetField::Kind::Date)
            continue;
        // Each different answer once, in the order the sheet first gives it, with how many rows.
        QStringList values;
        QHash<QString, int> counts;
        for (qsizetype r = headerRow + 1; r < m_table.rows.size(); ++r) {
            const QString value = m_table.cell(r, column).trimmed();
            if (value.isEmpty())
                continue;
            if (!counts.contains(value))
                values << value;
            ++counts[value];
        }
        for (const QString& value : std::as_const(values)) {
            const int row = m_answers->rowCount();
            m_answers->insertRow(row);
            auto* fieldItem = new QTableWidgetItem(field->displayLabel());
            fieldItem->setData(Qt::UserRole, field->key);
            m_answers->setItem(row, 0, fieldItem);
            auto* valueItem = new QTableWidgetItem(value);
            valueItem->setData(Qt::UserRole, value);
            m_answers->setItem(row, 1, valueItem);
            m_answers->setItem(row, 2, new QTableWidgetItem(QString::number(counts.value(value))));
            auto* box = new QComboBox(m_answers);
            box->setAccessibleName(tr("%1: what \u201c%2\u201d means").arg(field->displayLabel(), value));
            box->addItem(tr("\u2014 choose \u2014"), QString());
            switch (field->kind) {
            case SheetField::Kind::Code: {
                const CodeList& list = ReferenceCodes::list(field->codeList);
                for (const Code& code : list.codes())
                    box->addItem(list.displayLabel(code.code), code.code);
                break;
            }
            case SheetField::Kind::Staff:
                for (const Staff& s : std::as_const(m_staff))
                    box->addItem(s.active ? s.name : tr("%1 (left)").arg(s.name), s.name);
                break;
            case SheetField::Kind::Contract:
                for (const Contract& c : std::as_const(m_contracts))
                    box->addItem(tr("%1 (%2)").arg(c.name, c.code), c.code);
                break;
            case SheetField::Kind::YesNo:
                box->addItem(tr("Yes"), QStringLiteral("yes"));
                box->addItem(tr("No"), QStringLiteral("no"));
                break;
            case SheetField::Kind::Text:
            case SheetField::Kind::Date:
                break;
            }
            if (m_loaded && !kept.contains({field->key, value}) && m_loaded->values.value(field->key).contains(value)) {
                // As the file gives it (a code, a name), or as it would be read (an id, "Y").
                const QString saved = m_loaded->values.value(field->key).value(value);
                kept.insert({field->key, value},
                            box->findData(saved) >= 0
                                ? saved
                                : SheetImport::guessAnswer(field->key, saved, m_staff, m_contracts));
            }
            const auto before = kept.constFind({field->key, value});
            const QString answer =
                before != kept.cend() ? *before : SheetImport::guessAnswer(field->key, value, m_staff, m_contracts);
            box->setCurrentIndex(std::max(0, box->findData(answer)));
            // The count above the list follows each choice made.
            connect(box, &QComboBox::currentIndexChanged, this, &SheetImportWizard::countUnchosenAnswers);
            m_answers->setCellWidget(row, 3, box);
        }
    }
    m_answers->resizeColumnsToContents();
    countUnchosenAnswers();
}

void SheetImportWizard::countUnchosenAnswers()
{
    int unsure = 0;
    for (int row = 0; row < m_answers->rowCount(); ++row)
        if (auto* box = qobject_cast<QComboBox*>(m_answers->cellWidget(row, 3)); box && box->currentIndex() == 0)
            ++unsure;
    if (m_answers->rowCount() == 0)
        m_answersHint->setText(tr("None of the columns brought in takes its answer from a list: there is nothing to "
                                  "choose here."));
    else if (unsure > 0)
        m_answersHint->setText(
            tr("%1 of the %2 answers need you to choose what they mean.").arg(unsure).arg(m_answers->rowCount()));
    else
        m_answersHint->setText(tr("Every answer was matched: check the matches below."));
}

bool SheetImportWizard::loadMapping(const QString& path, QString* message)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (message)
            *message = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    Result<SheetMapping> loaded = SheetMapping::fromJson(file.readAll(), QFileInfo(path).fileName());
    if (!loaded) {
        if (message)
            *message = (QStringList{loaded.error().message} + loaded.error().details).join(QLatin1Char('\n'));
        return false;
    }
    m_loaded = loaded.value();
    // What the file says of how the sheet is read, and the pages after start from its choices.
    m_headerRow->setValue(m_loaded->headerRow);
    m_monthFirst->setChecked(m_loaded->monthFirst);
    const QString delimiter = m_loaded->delimiter ? QString(QLatin1Char(m_loaded->delimiter)) : QString();
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(delimiter)));
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(QString::fromLatin1(m_loaded->encoding))));
    const QString contract =
        m_contract->findData(m_loaded->contract) >= 0
            ? m_loaded->contract
            : SheetImport::guessAnswer(QStringLiteral("contract"), m_loaded->contract, m_staff, m_contracts);
    m_contract->setCurrentIndex(std::max(0, m_contract->findData(contract)));
    m_referenceScope->setText(m_loaded->referenceScope);
    if (!m_loaded->sheet.isEmpty() && m_sheet->findText(m_loaded->sheet) >= 0)
        m_sheet->setCurrentIndex(m_sheet->findText(m_loaded->sheet));
    m_columns->setRowCount(0);
    m_answers->setRowCount(0);
    readFile();
    m_fileStatus->setText(m_fileStatus->text() + QLatin1Char(' ') +
                          tr("The choices in %1 are used.").arg(QFileInfo(path).fileName()));
    return true;
}

SheetMapping SheetImportWizard::mapping() const
{
    SheetMapping mapping;
    if (isWorkbook(m_path))
        mapping.sheet = m_sheet->currentText();
    mapping.headerRow = m_headerRow->value();
    const QString delimiter = m_delimiter->currentData().toString();
    if (!isWorkbook(m_path) && !delimiter.isEmpty())
        mapping.delimiter = char(delimiter.at(0).unicode());
    if (!isWorkbook(m_path))
        mapping.encoding = m_encoding->currentData().toString().toLatin1();
    mapping.monthFirst = m_monthFirst->isChecked();
    mapping.contract = m_contract->currentData().toString();
    mapping.referenceScope = m_referenceScope->text().trimmed();
    // Each field by the heading its column had when it was chosen: the file read again (after a
    // correction) may have its columns in other places, and the heading still finds its own.
    const QHash<qsizetype, QString> chosen = chosenFields();
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it)
        mapping.columns.insert(it.value(), m_columns->item(int(it.key()), 0)->data(Qt::UserRole).toString());
    for (int r = 0; r < m_answers->rowCount(); ++r)
        if (auto* box = qobject_cast<QComboBox*>(m_answers->cellWidget(r, 3)))
            if (const QString answer = box->currentData().toString(); !answer.isEmpty())
                mapping.values[m_answers->item(r, 0)->data(Qt::UserRole).toString()].insert(
                    m_answers->item(r, 1)->data(Qt::UserRole).toString(), answer);
    return mapping;
}

bool SheetImportWizard::saveMapping(const QString& path, QString* message) const
{
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(mapping().toJson()).toJson();
    if (file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit())
        return true;
    if (message)
        *message = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

bool SheetImportWizard::runImport(bool checkOnly)
{
    const SheetMapping chosen = mapping();
    const QString source = QFileInfo(m_path).fileName();
    std::optional<Result<ImportSummary>> outcome;
    SheetImport::Conversion converted;
    // Off the window's thread, on a connection of its own, so that the window answers and Stop
    // works however many rows there are: stopping interrupts the statement under way, and the
    // one transaction the import is rolls back. A team server's connection cannot be opened
    // again (its password is not kept): there it runs here, with a wait cursor.
    std::atomic<bool> stopping{false};
    bool stopped = false;
    if (!m_database.isServer()) {
        // The worker has rows and choices of its own: nothing it reads changes under it. The
        // wizard takes no clicks until it is done (Check again would read the file again, Import
        // would start a second one, Cancel would leave it running).
        const SheetTable rows = m_table;
        const QString actor = m_actor;
        setEnabled(false);
        QProgressDialog progress(checkOnly
                                     ? tr("Checking %n row(s) as the import will…", nullptr, int(rows.rows.size()))
                                     : tr("Importing %n row(s)…", nullptr, int(rows.rows.size())),
                                 tr("&Stop"), 0, 0, this);
        progress.setWindowTitle(windowTitle());
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(400);
        // Stop does not close it: it stays, saying so, until the rollback is done.
        progress.setAutoClose(false);
        progress.setAutoReset(false);
        disconnect(&progress, &QProgressDialog::canceled, &progress, &QProgressDialog::cancel);
        QEventLoop loop;
        QThread* worker =
            QThread::create([&stopping, &outcome, &converted, rows, chosen, source, actor, checkOnly, this] {
                Result<std::unique_ptr<Database>> own = m_database.openAnother();
                if (!own) {
                    outcome = own.error();
                } else {
                    (*own)->stopWhen(&stopping);
                    SheetImport import(**own, m_clock);
                    import.setStopWhen(&stopping);
                    outcome = import.run(rows, chosen, source, actor, checkOnly);
                    converted = import.lastConversion();
                    (*own)->stopWhen(nullptr);
                }
            });
        connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
        connect(&progress, &QProgressDialog::canceled, &loop, [&] {
            stopping = true;
            progress.setLabelText(tr("Stopping: putting everything back as it was…"));
            // Disabled, not removed: it is the button whose click is being handled.
            if (auto* stop = progress.findChild<QPushButton*>())
                stop->setEnabled(false);
        });
        worker->start();
        loop.exec();
        worker->wait();
        delete worker;
        setEnabled(true);
        // Stopped only if it did not finish first: an import that committed is reported as such.
        stopped = stopping && !*outcome;
    } else {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        SheetImport import(m_database, m_clock);
        outcome = import.run(m_table, chosen, source, m_actor, checkOnly);
        converted = import.lastConversion();
        QApplication::restoreOverrideCursor();
    }
    const Result<ImportSummary>& summary = *outcome;
    m_problems->clear();
    m_checkPage->setReady(false);
    if (stopped) {
        m_checkSummary->setText(
            tr("Stopped before the end: nothing has been changed. Check again when you are ready."));
        m_problems->setVisible(false);
        return false;
    }
    if (!summary) {
        const qsizetype count = summary.error().details.size();
        const QString putRight = tr("Put each right in the spreadsheet and save it, or in the choices on the pages "
                                    "before, then check again. Nothing has been changed.");
        if (count == 0)
            m_checkSummary->setText(summary.error().message);
        else if (count == 1)
            m_checkSummary->setText(tr("1 problem to put right before importing.") + QLatin1Char(' ') + putRight);
        else
            m_checkSummary->setText(tr("%1 problems to put right before importing.").arg(count) + QLatin1Char(' ') +
                                    putRight);
        m_problems->addItems(summary.error().details);
        m_problems->setVisible(true);
        return false;
    }
    m_checkPage->setReady(true);
    const QString counts = tr("%1 people, %2 referrals and %3 support periods from %4 rows")
                               .arg(converted.people())
                               .arg(converted.referrals())
                               .arg(converted.supportPeriods())
                               .arg(converted.rows);
    if (checkOnly) {
        m_checkSummary->setText(
            tr("No problems found. Importing brings in %1. Nothing has been changed yet.").arg(counts));
        // What the import does that is worth knowing first, listed where the problems would be.
        m_problems->addItems(converted.notices);
        m_problems->setVisible(!converted.notices.isEmpty());
    } else {
        m_doneSummary->setText(tr("Brought in %1. Each person's History says they came from %2.")
                                   .arg(counts, QFileInfo(m_path).fileName()) +
                               (converted.notices.isEmpty()
                                    ? QString()
                                    : QStringLiteral("\n\n") + converted.notices.join(QStringLiteral("\n"))));
    }
    return true;
}

void SheetImportWizard::initializePage(int id)
{
    switch (id) {
    case ColumnsPage:
        fillColumns();
        break;
    case AnswersPage:
        fillAnswers();
        break;
    case CheckPage:
        // The spreadsheet as it is saved now: it may have been put right since it was chosen.
        readFile();
        runImport(true);
        break;
    default:
        break;
    }
    QWizard::initializePage(id);
}

bool SheetImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        if (m_table.rows.size() < m_headerRow->value() + 1) {
            QMessageBox::information(
                this, windowTitle(),
                m_path.isEmpty() ? tr("Choose the spreadsheet first.")
                                 : tr("The sheet has no rows below its headings (row %1).").arg(m_headerRow->value()));
            return false;
        }
        return true;
    case ColumnsPage: {
        const QHash<qsizetype, QString> chosen = chosenFields();
        const QStringList headings = m_table.rows.value(m_headerRow->value() - 1);
        QStringList problems;
        QHash<QString, qsizetype> columnOf;
        for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
            const SheetField* field = SheetField::find(it.value());
            if (columnOf.contains(it.value()))
                problems << tr("%1 is chosen for two columns, %2 and %3.")
                                .arg(field->displayLabel(), SheetTable::columnName(columnOf.value(it.value())),
                                     SheetTable::columnName(it.key()));
            columnOf.insert(it.value(), it.key());
            const QString heading = headings.value(it.key()).trimmed();
            if (heading.isEmpty())
                problems << tr("Column %1 has no heading: give it one in the spreadsheet to bring it in.")
                                .arg(SheetTable::columnName(it.key()));
            else if (std::any_of(headings.cbegin(), headings.cend(), [&](const QString& other) {
                         return &other != &headings.at(it.key()) &&
                                other.trimmed().compare(heading, Qt::CaseInsensitive) == 0;
                     }))
                problems << tr("Column %1 has the same heading as another column: give each its own.")
                                .arg(SheetTable::columnName(it.key()));
        }
        for (const SheetField& field : SheetField::all())
            if (field.required && !columnOf.contains(field.key))
                problems << tr("Choose the column of %1: every person needs it.").arg(field.displayLabel());
        if (!problems.isEmpty()) {
            QMessageBox::information(this, windowTitle(), problems.join(QLatin1Char('\n')));
            return false;
        }
        return true;
    }
    case CheckPage:
        // Checked again and imported, all or nothing; a problem keeps the wizard here with it listed.
        if (!runImport(false))
            return false;
        emit caseloadImported();
        return true;
    default:
        return true;
    }
}

} // namespace waymark
