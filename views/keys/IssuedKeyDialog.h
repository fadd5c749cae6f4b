#pragma once
// Shows a newly issued API key exactly once, with a Copy button. The clipboard is cleared after
// 60 s if it still holds the key; the key lives in this dialog only and is wiped on close.

#include <QDialog>

class QLineEdit;
class QTimer;

class IssuedKeyDialog : public QDialog
{
    Q_OBJECT
public:
    IssuedKeyDialog(const QString& name, const QString& secret, QWidget* parent = nullptr);
    ~IssuedKeyDialog() override;
    static constexpr int clipboardSeconds = 60;
    // For tests: how long until the clipboard is cleared (the text still says 60 s).
    void setClipboardClearDelay(int milliseconds) { m_clearDelayMs = milliseconds; }

private:
    void copy();

    QString m_secret;
    QLineEdit* m_field;
    int m_clearDelayMs = clipboardSeconds * 1000;
};
