#pragma once
// `review`: access reviews made from the profile's local cache, offline: start one (a snapshot
// of all cached users, one role's or a search's), list them with their totals, decide per user,
// import a decisions file (every row checked first: one bad row refuses the file and changes
// nothing), print the report, and apply the decisions on the server (ReviewApplication). The
// console shows the same reviews (ReviewStore).

#include "Command.h"

class ReviewStore;

class ReviewCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("review"); }
    QString summary() const override;
    QStringList usage() const override;
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(const QStringList& arguments) override;

protected:
    QStringList verbs() const override;

private:
    void start(ReviewStore& store, const QString& profileId);
    void list(ReviewStore& store, const QString& profileId);
    void decide(ReviewStore& store, const QString& profileId, const QStringList& args);
    void import(ReviewStore& store, const QString& profileId, const QStringList& args);
    void report(ReviewStore& store, const QString& profileId, const QStringList& args);
    void apply(ReviewStore& store, const QString& profileId, const QStringList& args);
};
