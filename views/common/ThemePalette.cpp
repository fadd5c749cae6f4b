#include "ThemePalette.h"

#include <QPalette>

namespace ThemePalette {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::WindowText).lightness() > palette.color(QPalette::Window).lightness();
}

QColor errorText(const QPalette& palette)
{
    // The light palette's deep red all but disappears on a dark window: a lighter red there.
    return isDark(palette) ? QColor(0xff, 0x80, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor secondaryText(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    auto mix = [](int a, int b) { return (a * 3 + b * 2) / 5; };
    return QColor(mix(text.red(), window.red()), mix(text.green(), window.green()),
                  mix(text.blue(), window.blue()));
}

QString errorTextStyle(const QPalette& palette)
{
    return QStringLiteral("color: %1;").arg(errorText(palette).name());
}

} // namespace ThemePalette
