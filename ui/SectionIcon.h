#pragma once

#include <QIcon>

namespace waymark {

// The window's section list's pictures: simple line drawings in the colour of the list's text
// (and of its selected text on the chosen row, as the window is active or not), drawn as they
// are painted at whatever size and pixel ratio. Each says what its section is for, where the style's file-dialog
// pictures did not, and making them reads no image file: the seven style pictures, each read from three files of
// increasing size, were 4 ms of the window's start.
class SectionIcon {
public:
    enum class Picture { Today, Caseload, Referrals, Diary, Sessions, Reports, Admin };
    static QIcon make(Picture picture);
};

} // namespace waymark
