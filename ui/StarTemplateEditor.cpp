#include "ui/StarTemplateEditor.h"

#include "core/services/StarService.h"
#include "ui/ColumnNamedDelegate.h"
#include "ui/StatusColours.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// Add, remove and move buttons under a table.
QHBoxLayout* rowButtons(QTableWidget* table, const QString& addText, const std::function<void()>& add, QWidget* parent)
{
    auto* buttons = new QHBoxLayout;
    auto* addButton = new QPushButton(addText, parent);
    QObject::connect(addButton, &QPushButton::clicked, parent, add);
    auto* remove = new QPushButton(StarTemplateEditor::tr("Remove"), parent);
    QObject::connect(remove, &QPushButton::clicked, parent, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    auto* up = new QPushButton(StarTemplateEditor::tr("Move up"), parent);
    QObject::connect(up, &QPushButton::clicked, parent, [table] {
        const int row = table->currentRow();
        if (row <= 0)
            return;
        for (int column = 0; column < table->columnCount(); ++column) {
            QTableWidgetItem* above = table->takeItem(row - 1, column);
            table->setItem(row - 1, column, table->takeItem(row, column));
            table->setItem(row, column, above);
        }
        table->setCurrentCell(row - 1, table->currentColumn());
    });
    buttons->addWidget(addButton);
    buttons->addWidget(remove);
    buttons->addWidget(up);
    buttons->addStretch(1);
    return buttons;
}

} // namespace

StarTemplateEditor::StarTemplateEditor(StarService& service, const StarTemplate& star, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_id(star.id)
    , m_name(new QLineEdit(star.name, this))
    , m_low(new QSpinBox(this))
    , m_high(new QSpinBox(this))
    , m_areas(new QTableWidget(0, 3, this))
    , m_stages(new QTableWidget(0, 3, this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("starTemplateEditor"));
    setWindowTitle(star.id.isEmpty() ? tr("New star template") : tr("Star template: %1").arg(star.name));
    m_name->setObjectName(QStringLiteral("templateName"));
    for (QSpinBox* box : {m_low, m_high})
        box->setRange(0, 100);
    m_low->setObjectName(QStringLiteral("templateScaleLow"));
    m_low->setAccessibleName(tr("Lowest score"));
    m_high->setObjectName(QStringLiteral("templateScaleHigh"));
    m_high->setAccessibleName(tr("Highest score"));
    m_low->setValue(star.scaleMin);
    m_high->setValue(star.scaleMax);
    m_areas->setObjectName(QStringLiteral("templateAreas"));
    m_areas->setAccessibleName(tr("Areas"));
    m_areas->setHorizontalHeaderLabels({tr("Key"), tr("Name"), tr("Description")});
    m_areas->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_stages->setObjectName(QStringLiteral("templateStages"));
    m_stages->setAccessibleName(tr("Stages"));
    for (QTableWidget* table : {m_areas, m_stages})
        table->setItemDelegate(new ColumnNamedDelegate(table));
    m_stages->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Name")});
    m_stages->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (const StarArea& a : star.areas)
        addRow(m_areas, {a.key, a.name, a.description});
    for (const StarStage& s : star.stages)
        addRow(m_stages, {QString::number(s.from), QString::number(s.to), s.name});
    m_problems->setObjectName(QStringLiteral("templateProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(StatusColours::errorStyle(m_problems));
    m_problems->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto* scale = new QHBoxLayout;
    scale->addWidget(m_low);
    scale->addWidget(new QLabel(tr("to"), this));
    scale->addWidget(m_high);
    scale->addStretch(1);
    // A row of two fields has no buddy of its own: Alt+S goes to the first.
    auto* scaleLabel = new QLabel(tr("&Scale from:"), this);
    scaleLabel->setBuddy(m_low);
    form->addRow(scaleLabel, scale);

    auto* areaBox = new QGroupBox(tr("Areas, in the order they go round the star"), this);
    auto* areaLayout = new QVBoxLayout(areaBox);
    areaLayout->addWidget(new QLabel(tr("A key is lower-case letters, digits and _; it is what assessments are stored "
                                        "under, so it cannot change once scored."),
                                     areaBox));
    areaLayout->addWidget(m_areas);
    areaLayout->addLayout(rowButtons(m_areas, tr("Add &area"), [this] { addRow(m_areas, {{}, {}, {}}); }, this));
    auto* stageBox = new QGroupBox(tr("Stages: every score of the scale in exactly one"), this);
    auto* stageLayout = new QVBoxLayout(stageBox);
    stageLayout->addWidget(m_stages);
    stageLayout->addLayout(rowButtons(m_stages, tr("Add s&tage"), [this] { addRow(m_stages, {{}, {}, {}}); }, this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StarTemplateEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StarTemplateEditor::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(areaBox, 3);
    layout->addWidget(stageBox, 2);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(820, 700);
}

void StarTemplateEditor::addRow(QTableWidget* table, const QStringList& cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

StarTemplate StarTemplateEditor::starTemplate() const
{
    StarTemplate star;
    star.id = m_id;
    star.name = m_name->text();
    star.scaleMin = m_low->value();
    star.scaleMax = m_high->value();
    for (int row = 0; row < m_areas->rowCount(); ++row)
        star.areas << StarArea{cell(m_areas, row, 0), cell(m_areas, row, 1), cell(m_areas, row, 2)};
    for (int row = 0; row < m_stages->rowCount(); ++row) {
        bool fromOk = false;
        bool toOk = false;
        const int from = cell(m_stages, row, 0).toInt(&fromOk);
        const int to = cell(m_stages, row, 1).toInt(&toOk);
        // A number that is not one cannot cover the scale: the check says so for the row.
        star.stages << StarStage{fromOk ? from : -1, toOk ? to : -1, cell(m_stages, row, 2)};
    }
    return star;
}

QString StarTemplateEditor::problemText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

void StarTemplateEditor::accept()
{
    // A cell still being typed in is committed first.
    m_areas->setCurrentIndex(QModelIndex());
    m_stages->setCurrentIndex(QModelIndex());
    Result<QString> saved = m_service.saveTemplate(starTemplate());
    if (saved) {
        m_savedId = saved.value();
        QDialog::accept();
        return;
    }
    // "areas[1].key" reads as "Area 2, key".
    static const QRegularExpression row(QStringLiteral("^(areas|stages)\\[(\\d+)\\]\\.(\\w+)$"));
    QStringList lines;
    for (const FieldProblem& p : m_service.problems()) {
        const QRegularExpressionMatch m = row.match(p.field);
        const QString where = m.hasMatch() ? (m.captured(1) == QLatin1String("areas") ? tr("Area %1, %2") : tr("Stage %1, %2"))
                                                 .arg(m.captured(2).toInt() + 1)
                                                 .arg(m.captured(3))
                                           : QString();
        lines << (where.isEmpty() ? tr("Error: %1").arg(p.message) : tr("Error: %1: %2").arg(where, p.message));
    }
    if (lines.isEmpty())
        lines << tr("Error: %1").arg(saved.error().message);
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->show();
}

} // namespace waymark
