#pragma once
// Colours that carry a meaning (an error's red) chosen to read on the palette they are shown
// on, the system's light or dark one, instead of one fixed colour that suits only one of them.

#include <QColor>
#include <QString>

class QPalette;

namespace ThemePalette {

// A dark palette: its window text is lighter than its window.
bool isDark(const QPalette& palette);

// The red of an error message on this palette's window.
QColor errorText(const QPalette& palette);

// The same as a style sheet for a label ("color: …").
QString errorTextStyle(const QPalette& palette);

// Text that matters less (a hint under a button): between the window's text and its
// background, on any palette. Not PlaceholderText, which some platform palettes leave dark
// on a dark window.
QColor secondaryText(const QPalette& palette);

} // namespace ThemePalette
