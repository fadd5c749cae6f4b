#pragma once
// Questions and messages that never block: each box or dialog opens window-modal with open()
// and reports through a callback, so no nested event loop runs inside a network callback or a
// slot (QDialog::exec and the static QMessageBox helpers would start one).

#include <QMessageBox>
#include <QString>
#include <functional>

class QDialog;
class QWidget;

namespace Prompt {

// Asks a yes/cancel question; `onYes` runs only when the user chose Yes. Cancel is the default
// button, so Enter never confirms a destructive action by accident. `onCancel` (optional) runs
// for any other way out.
void confirm(QWidget* parent, const QString& title, const QString& text, std::function<void()> onYes,
             QMessageBox::Icon icon = QMessageBox::Warning, std::function<void()> onCancel = {});

// Shows a message; `closed` (optional) runs when the box is dismissed.
void inform(QWidget* parent, const QString& title, const QString& text,
            QMessageBox::Icon icon = QMessageBox::Information, std::function<void()> closed = {});

// Asks for a file to write; `chosen` gets the path and the name filter the user picked.
void saveFile(QWidget* parent, const QString& title, const QString& suggestedPath, const QString& filters,
              std::function<void(const QString& path, const QString& filter)> chosen);

// Asks for an existing file to read; `chosen` gets its path.
void openFile(QWidget* parent, const QString& title, const QString& startPath, const QString& filters,
              std::function<void(const QString& path)> chosen);

// Opens `dialog` window-modal and deletes it once closed; `accepted` runs if it was accepted,
// while the dialog is still alive so its results can be read.
void open(QDialog* dialog, std::function<void()> accepted = {}, std::function<void()> rejected = {});

} // namespace Prompt
