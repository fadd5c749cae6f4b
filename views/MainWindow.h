#pragma once
// The console's frame: profile switcher, left navigation (Users, Sessions, API keys, Audit
// log), the central page area and a status bar with connection state, identity and the
// token's remaining lifetime.

#include <QMainWindow>

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};
