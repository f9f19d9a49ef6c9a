#include "ui/PageTitle.h"

namespace waymark {

PageTitle::PageTitle(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    setFont(f);
    setAccessibleName(text);
}

} // namespace waymark
