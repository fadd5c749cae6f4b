#pragma once
// Every icon on the console's actions, menus and side navigation, in one place. Each is found
// by the object name it already has (actions, menus) or that its navigation entry carries in
// Qt::UserRole, so the pages set no icons of their own. An icon comes from the desktop's icon
// theme by its freedesktop name; where the theme lacks that name, or there is no theme at all,
// from the Breeze subset bundled in resources/icons/breeze, in its light or dark variant,
// whichever reads on the palette (see resources/icons/README.md for its origin and licence).

#include <QIcon>
#include <QString>

class QPalette;
class QWidget;

namespace ActionIcons {

// Sets the icon of every action, menu and navigation entry under `root` that has one here,
// drawn for root's palette. Call it again when the palette changes (MainWindow does).
void apply(QWidget* root);

// The freedesktop icon name for an object name, or an empty string.
QString iconName(const QString& objectName);

// The theme's icon of that name, else the bundled one drawn for `palette`.
QIcon icon(const QString& iconName, const QPalette& palette);

// The bundled icon only (the theme is not asked), as shown when the theme lacks the name.
QIcon bundledIcon(const QString& iconName, const QPalette& palette);

// The application's own icon: the installed one from the theme, else the bundled SVG.
QIcon applicationIcon();

} // namespace ActionIcons
