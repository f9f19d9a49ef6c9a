#include "ui/KpiReturnModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace waymark {

namespace {

const QString Dash = QStringLiteral("\u2013");

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString valueOf(const KpiDefinition& d, const std::optional<double>& value)
{
    if (!value)
        return Dash;
    const QString text = number(*value, d.decimals());
    switch (d.unit) {
    case KpiDefinition::Unit::Percent:
        return text + QLatin1Char('%');
    case KpiDefinition::Unit::Days:
        return KpiReturnModel::tr("%1 days").arg(text);
    case KpiDefinition::Unit::Hours:
        return KpiReturnModel::tr("%1 hours").arg(text);
    case KpiDefinition::Unit::Points:
        return KpiReturnModel::tr("%1 points").arg(text);
    case KpiDefinition::Unit::Count:
        break;
    }
    return text;
}

} // namespace

void KpiReturnModel::setReturn(const KpiReturn& current, const std::optional<KpiReturn>& previous)
{
    beginResetModel();
    m_current = current;
    m_previous = previous;
    endResetModel();
}

void KpiReturnModel::clear()
{
    beginResetModel();
    m_current = {};
    m_previous.reset();
    endResetModel();
}

const KpiFigure* KpiReturnModel::figureAt(int row) const
{
    return row >= 0 && row < m_current.figures.size() ? &m_current.figures.at(row) : nullptr;
}

int KpiReturnModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_current.figures.size());
}

int KpiReturnModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KpiReturnModel::metText(const KpiFigure& f)
{
    if (!f.definition.target)
        return tr("No target");
    if (!f.met)
        return tr("No data");
    return *f.met ? tr("Met") : tr("Not met");
}

QString KpiReturnModel::valueText(const KpiFigure& f)
{
    return valueOf(f.definition, f.value);
}

QVariant KpiReturnModel::data(const QModelIndex& index, int role) const
{
    const KpiFigure* f = figureAt(index.row());
    if (!f || !index.isValid())
        return {};
    const KpiDefinition& d = f->definition;
    const KpiFigure* before = m_previous ? m_previous->figure(d.id) : nullptr;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Figure:
            return d.displayLabel();
        case Numerator:
            return d.unit == KpiDefinition::Unit::Percent && f->numerator ? QString::number(*f->numerator) : Dash;
        case Denominator:
            return f->denominator ? QString::number(*f->denominator) : Dash;
        case Value:
            return valueText(*f);
        case Target:
            return d.target ? valueOf(d, double(*d.target)) : Dash;
        case Met:
            return metText(*f);
        case Previous:
            return before ? valueOf(d, before->value) : Dash;
        case Trend:
            if (!before || !before->value || !f->value)
                return Dash;
            if (*f->value > *before->value)
                return tr("\u25b2 Up");
            if (*f->value < *before->value)
                return tr("\u25bc Down");
            return tr("= Same");
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Figure ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && index.column() == Met && f->met)
        return QBrush(*f->met ? QColor(0xd8, 0xf0, 0xd8) : QColor(0xf6, 0xd5, 0xd5));
    if (role == Qt::ForegroundRole && index.column() == Met && f->met)
        return QBrush(QColor(0x20, 0x20, 0x20));
    if (role == Qt::ToolTipRole) {
        QString tip = d.displayDefinition();
        if (index.column() == Numerator || index.column() == Denominator || index.column() == Value)
            tip += QStringLiteral("\n\n") + tr("Double-click to see the people and records behind this figure.");
        return tip;
    }
    return {};
}

QVariant KpiReturnModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Figure:
        return tr("Figure");
    case Numerator:
        return tr("Numerator");
    case Denominator:
        return tr("Denominator");
    case Value:
        return tr("Value");
    case Target:
        return tr("Target");
    case Met:
        return tr("Target met");
    case Previous:
        return m_previous ? tr("Previous (%1)").arg(m_previous->period.label()) : tr("Previous");
    case Trend:
        return tr("Trend");
    }
    return {};
}

} // namespace waymark
