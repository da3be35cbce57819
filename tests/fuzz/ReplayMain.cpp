// The ordinary test suite's main for a fuzz target: feeds every file of the directories it is given (the seed
// corpus and the regressions, every crash the fuzzers found) to LLVMFuzzerTestOneInput once, so what the fuzz
// job learnt is checked by every build, sanitizers included, without libFuzzer.

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv)
{
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QDir dir(QString::fromLocal8Bit(argv[i]));
        if (!dir.exists()) {
            std::fprintf(stderr, "no such directory: %s\n", argv[i]);
            return 2;
        }
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
                return 2;
            }
            const QByteArray input = f.readAll();
            std::fprintf(stderr, "%s\n", qPrintable(f.fileName()));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
            ++files;
        }
    }
    if (files == 0) {
        std::fprintf(stderr, "no inputs: an empty corpus proves nothing\n");
        return 1;
    }
    std::printf("%d inputs replayed, every invariant held\n", files);
    return 0;
}
