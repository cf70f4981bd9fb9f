// Keys per second through ck::WedgeDetector, beside the least a key handler does: appending the
// character to a QString. The stream mixes scanner bursts (8 ms a key, Enter) and a person's
// typing (160 ms a key), so both the held-and-read and the held-and-released paths are timed.
// Prints figures only; see README.md.
#include "BenchCommon.h"

#include "identity/WedgeDetector.h"

#include <QCoreApplication>

using namespace ckbench;

namespace {

QList<ck::WedgeKey> stream(int scans)
{
    const QString din = QStringLiteral("=G12341765432170");
    const QString typed = QStringLiteral("note ");
    QList<ck::WedgeKey> keys;
    qint64 t = 0;
    for (int i = 0; i < scans; ++i) {
        for (const QChar c : din) {
            keys.append(ck::WedgeKey::of(c, t));
            t += 8;
        }
        keys.append(ck::WedgeKey::control(ck::WedgeKey::Kind::Enter, t));
        t += 400;
        for (const QChar c : typed) {
            keys.append(ck::WedgeKey::of(c, t));
            t += 160;
        }
        t += 400;
    }
    return keys;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int scans = static_cast<int>(intOption(args, QStringLiteral("--scans"), 20000));
    const int rounds = static_cast<int>(intOption(args, QStringLiteral("--rounds"), 5));
    const QList<ck::WedgeKey> keys = stream(scans);

    std::vector<double> detector, baseline;
    qsizetype checksum = 0;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        ck::WedgeDetector d;
        qsizetype reads = 0, released = 0;
        for (const ck::WedgeKey &k : keys) {
            const ck::WedgeOutput out = d.feed(k);
            reads += out.reads.size();
            released += out.release.size();
        }
        const ck::WedgeOutput last = d.poll(keys.last().timeMs + 1000);
        reads += last.reads.size();
        released += last.release.size();
        detector.push_back(static_cast<double>(keys.size()) / seconds(t));
        if (reads != scans || released != qsizetype(scans) * 5)
            die(QStringLiteral("the detector read %1 scans and released %2 keys; expected %3 and "
                               "%4")
                    .arg(reads)
                    .arg(released)
                    .arg(scans)
                    .arg(scans * 5));

        t.start();
        QString field;
        for (const ck::WedgeKey &k : keys)
            if (k.kind == ck::WedgeKey::Kind::Character)
                field.append(k.character);
            else
                field.clear();
        baseline.push_back(static_cast<double>(keys.size()) / seconds(t));
        checksum += field.size();
    }
    const double ours = median(detector);
    const double base = median(baseline);
    print(QStringLiteral("wedge: %1 keys/s  QString append: %2 keys/s  ratio %3  (%4 keys a round, "
                         "%5 scans; a scanner sends ~100 keys/s)")
              .arg(ours, 0, 'f', 0)
              .arg(base, 0, 'f', 0)
              .arg(ours / base, 0, 'f', 3)
              .arg(keys.size())
              .arg(scans));
    print(QStringLiteral("info: per round wedge keys/s %1; checksum %2")
              .arg(joined(detector, 0))
              .arg(checksum));
    return 0;
}
