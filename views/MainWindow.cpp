#include "MainWindow.h"

#include <QLabel>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("AuthDesk"));
    setCentralWidget(new QLabel(tr("No profile selected"), this));
}
