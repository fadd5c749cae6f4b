// Without libFuzzer (the usual GCC build): runs a fuzz target once on each file of the folders
// and files named on the command line, so that the seed corpus and every input that once
// crashed stay regression tests in the ordinary suite. With AUTHDESK_FUZZ the target links
// libFuzzer's own main instead, which does this and the fuzzing.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) __attribute__((weak));

int main(int argc, char** argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    QTextStream out(stdout);
    int ran = 0;
    for (int i = 1; i < argc; ++i) {
        const QFileInfo named(QString::fromLocal8Bit(argv[i]));
        QStringList files;
        if (named.isDir()) {
            for (const QFileInfo& entry : QDir(named.filePath()).entryInfoList(QDir::Files, QDir::Name))
                files << entry.filePath();
        } else {
            files << named.filePath();
        }
        for (const QString& path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                out << "cannot read " << path << Qt::endl;
                return 2;
            }
            const QByteArray input = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
            ++ran;
        }
    }
    out << "ran " << ran << " inputs" << Qt::endl;
    return ran > 0 ? 0 : 3;
}
