#pragma once
// What a reviewer decided for one user of an access review, and who decided it, when and why.

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

struct ReviewDecision
{
    enum class Kind {
        Keep,       // the access stays as it is
        Disable,    // the account is disabled
        RemoveRole, // `role` is taken away, the rest stays
        Delete,     // the account is deleted
        Ask,        // undecided: a question for someone else, in `comment`
    };

    QString userId;
    Kind kind = Kind::Keep;
    QString role;    // RemoveRole only
    QString comment; // why; required for Ask
    QString decidedBy;
    QDateTime decidedAt;

    // "keep", "disable", "remove-role", "delete", "ask": the words of the CLI and the CSV files.
    static QString name(Kind kind);
    static std::optional<Kind> kindNamed(const QString& name);
    static QStringList names();
    // "Keep", "Disable", "Remove role admin", …: what the console and the report show.
    QString text() const;
    // Whether the decision changes something on the server when the review is applied.
    bool changesServer() const { return kind == Kind::Disable || kind == Kind::RemoveRole || kind == Kind::Delete; }

    friend bool operator==(const ReviewDecision&, const ReviewDecision&) = default;
    Q_DECLARE_TR_FUNCTIONS(ReviewDecision)
};
