#pragma once
// Asks what a new access review covers: its name, the reviewer, a due date, and which cached
// users (everyone, the users the Users screen lists now, or one role's). The page takes the
// snapshot once it is accepted.

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

class NewReviewDialog : public QDialog
{
    Q_OBJECT
public:
    // `roles`: the roles present in the cache, for the scope menu; `listed`: the words for the
    // users the Users screen lists now (empty: it lists everyone, no such choice).
    NewReviewDialog(const QStringList& roles, const QString& reviewer, const QString& listed = {},
                    QWidget* parent = nullptr);

    QString name() const;
    QString reviewer() const;
    QDate due() const;
    QString role() const; // empty: every cached user, or the listed ones
    bool listedUsers() const; // the users the Users screen lists now

private:
    void updateOk();

    QLineEdit* m_name;
    QLineEdit* m_reviewer;
    QDateEdit* m_due;
    QComboBox* m_scope;
    QPushButton* m_ok = nullptr;
};
