#pragma once

#include "core/domain/StarTemplate.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace waymark {

class StarService;

// An administrator's editor for a star template: its name and scale, the areas (key, name,
// description) in order, and the named stages over the scale. Saving checks that keys are
// unique and the stages cover the scale without overlap, and says where when they do not.
class StarTemplateEditor : public QDialog {
    Q_OBJECT
public:
    StarTemplateEditor(StarService& service, const StarTemplate& star, QWidget* parent = nullptr);

    StarTemplate starTemplate() const;
    QString problemText() const;
    QTableWidget* areas() const { return m_areas; }
    QTableWidget* stages() const { return m_stages; }
    QLineEdit* nameEdit() const { return m_name; }
    QString savedId() const { return m_savedId; }

    void accept() override;

private:
    static void addRow(QTableWidget* table, const QStringList& cells);

    StarService& m_service;
    QString m_id;
    QLineEdit* m_name;
    QSpinBox* m_low;
    QSpinBox* m_high;
    QTableWidget* m_areas;
    QTableWidget* m_stages;
    QLabel* m_problems;
    QString m_savedId;
};

} // namespace waymark
