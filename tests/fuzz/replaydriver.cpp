// Runs a libFuzzer target without libFuzzer, for the ordinary test suite (and its ASan build):
// every seed file, then deterministic mutations of them — truncations, byte flips, splices,
// repeated nesting — so that the same harness is exercised on every CI run.
// Usage: <target> [--mutations N] SEED_DIR_OR_FILE...
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

void run(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(
        reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

QByteArray mutate(const QByteArray &seed, QRandomGenerator &random)
{
    QByteArray m = seed;
    switch (random.bounded(6)) {
    case 0: // truncated
        m.truncate(m.isEmpty() ? 0 : random.bounded(int(m.size())));
        break;
    case 1: // flipped bytes
        for (int i = 0, n = 1 + random.bounded(8); i < n && !m.isEmpty(); ++i)
            m[random.bounded(int(m.size()))] = char(random.bounded(256));
        break;
    case 2: { // a piece of the seed spliced elsewhere
        if (m.size() < 2)
            break;
        const int from = random.bounded(int(m.size()));
        const int len = random.bounded(int(m.size()) - from);
        m.insert(random.bounded(int(m.size())), seed.mid(from, len));
        break;
    }
    case 3: // deep nesting around it
        m = QByteArray(1000 + random.bounded(10000), '[') + m;
        break;
    case 4: // invalid UTF-8 inside
        if (!m.isEmpty())
            m.insert(random.bounded(int(m.size())), "\xC3\x28\xFF\xFE");
        break;
    default: // numbers where strings were, and the other way round
        m.replace('"', "");
        break;
    }
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    int mutations = 2000;
    if (args.size() >= 2 && args.first() == QLatin1String("--mutations")) {
        mutations = args.at(1).toInt();
        args = args.mid(2);
    }
    QList<QByteArray> seeds;
    for (const QString &arg : std::as_const(args)) {
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly))
                    seeds.append(f.read(1 << 20));
            }
        } else {
            QFile f(arg);
            if (f.open(QIODevice::ReadOnly))
                seeds.append(f.read(1 << 20));
        }
    }
    seeds.append(QByteArray());
    seeds.append(QByteArray("{}"));
    seeds.append(QByteArray("<?xml version=\"1.0\"?><a/>"));
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &seed : std::as_const(seeds))
        run(seed);
    QRandomGenerator random(20261122);
    for (int i = 0; i < mutations; ++i)
        run(mutate(seeds.at(random.bounded(int(seeds.size()))), random));
    std::printf("%lld seeds and %d mutations ran in %lld ms without a crash\n",
        static_cast<long long>(seeds.size()), mutations, static_cast<long long>(timer.elapsed()));
    return 0;
}
