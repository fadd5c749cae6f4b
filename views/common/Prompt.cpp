#include "Prompt.h"

#include <QDialog>
#include <QFileDialog>
#include <QPushButton>

namespace Prompt {

void confirm(QWidget* parent, const QString& title, const QString& text, std::function<void()> onYes,
             QMessageBox::Icon icon, std::function<void()> onCancel)
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("confirmation"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, onYes = std::move(onYes), onCancel = std::move(onCancel)](int) {
                         if (box->clickedButton() == box->button(QMessageBox::Yes)) {
                             if (onYes)
                                 onYes();
                         } else if (onCancel) {
                             onCancel();
                         }
                     });
    box->open();
}

void inform(QWidget* parent, const QString& title, const QString& text, QMessageBox::Icon icon,
            std::function<void()> closed)
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("message"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (closed)
        QObject::connect(box, &QMessageBox::finished, box, [closed = std::move(closed)](int) { closed(); });
    box->open();
}

void saveFile(QWidget* parent, const QString& title, const QString& suggestedPath, const QString& filters,
              std::function<void(const QString& path, const QString& filter)> chosen)
{
    auto* dialog = new QFileDialog(parent, title, suggestedPath, filters);
    dialog->setObjectName(QStringLiteral("saveFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [dialog, chosen = std::move(chosen)](const QString& path) {
                         if (!path.isEmpty())
                             chosen(path, dialog->selectedNameFilter());
                     });
    dialog->open();
}

void openFile(QWidget* parent, const QString& title, const QString& startPath, const QString& filters,
              std::function<void(const QString& path)> chosen)
{
    auto* dialog = new QFileDialog(parent, title, startPath, filters);
    dialog->setObjectName(QStringLiteral("openFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [chosen = std::move(chosen)](const QString& path) {
                         if (!path.isEmpty())
                             chosen(path);
                     });
    dialog->open();
}

void open(QDialog* dialog, std::function<void()> accepted, std::function<void()> rejected)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (accepted)
        QObject::connect(dialog, &QDialog::accepted, dialog, std::move(accepted));
    if (rejected)
        QObject::connect(dialog, &QDialog::rejected, dialog, std::move(rejected));
    dialog->open();
}

} // namespace Prompt
