#pragma once

#include "core/rules/CaseStatus.h"

#include <QIcon>

namespace waymark {

// The Caseload list's status pictures: a round badge in the status's colour with a white mark, a
// tick for in support, an "i" for referred, an arrow for starting and a cross for closed or never
// in support. The word beside each always says it too. Drawn as they are painted, at the screen's
// own pixels; the style's pictures they replace were read and decoded from three image files
// each as the first rows were painted (2 to 3 ms of the start).
class StatusIcon {
public:
    static QIcon make(CaseStatus status);
    // The badge's colour: dark enough that the white mark on it has WCAG's 4.5 to 1.
    static QColor colour(CaseStatus status);
};

} // namespace waymark
