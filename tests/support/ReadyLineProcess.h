#pragma once
// A server a test starts and waits for by what it prints: it announces itself on stdout (its
// URL, and for some peers the tokens it issued) in whole lines, so a test reads lines until
// the server says it is ready instead of sleeping, and stops it afterwards (terminate, then
// kill). Lines may carry secrets: they are handed to the caller and never kept or printed.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

class ReadyLineProcess
{
public:
    enum class Line {
        NotYet,   // keep reading
        Ready,    // the server is ready: start() returns true
        Unusable, // the announcement cannot be used: start() stops the server and fails
    };
    using LineReader = std::function<Line(const QByteArray& line)>;

    // `name` says which server in errors ("the sandbox", "the SCIM peer").
    explicit ReadyLineProcess(QString name)
        : m_name(std::move(name))
    {
    }
    ~ReadyLineProcess() { stop(); }
    ReadyLineProcess(const ReadyLineProcess&) = delete;
    ReadyLineProcess& operator=(const ReadyLineProcess&) = delete;

    void setWorkingDirectory(const QString& directory) { m_process.setWorkingDirectory(directory); }
    void setEnvironment(const QProcessEnvironment& environment)
    {
        m_process.setProcessEnvironment(environment);
    }

    // Starts `program` and hands each line of its stdout (trimmed) to `read` until it answers
    // Ready; false, with errorString() holding the reason and the server's stderr, when it
    // exits, answers Unusable, or is not ready within timeoutMs.
    bool start(const QString& program, const QStringList& arguments, int timeoutMs, const LineReader& read);
    void stop();
    // Ends the server without letting it close its connections, as a crash would.
    void kill();

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    qint64 processId() const { return m_process.processId(); }
    QString errorString() const { return m_error; }
    QByteArray standardError() const { return m_stderr; }

private:
    bool fail(const QString& reason);

    QString m_name;
    QProcess m_process;
    QString m_error;
    QByteArray m_stderr;
};
