#pragma once
// GUI tests only: runs `step` on the next modal dialog or message box once it is open. The
// console opens them with open() (no nested event loop), so a test arms this, triggers the
// action, then waits (QTRY_*) for what the step did.

#include <QApplication>
#include <QTimer>
#include <QWidget>
#include <functional>

inline void onNextModal(std::function<void(QWidget*)> step)
{
    QTimer::singleShot(50, [step] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal) {
            onNextModal(step);
            return;
        }
        step(modal);
    });
}
