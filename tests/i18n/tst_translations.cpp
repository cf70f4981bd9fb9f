// The German, French and Spanish translations are complete for the current sources.
//
// For each translations/chainkeeper_<lang>.ts, lupdate runs on a copy (the checked-in file is
// not touched) over the same sources the build gives qt_add_translations. After that the copy
// must have no unfinished message (a text added or changed in the code and not translated), no
// vanished or obsolete one (a text gone from the code: run the chainkeeper_lupdate target, which
// drops them), no empty translation, and the same placeholders in every translation as in its
// source. lrelease must then compile the checked-in file, and the result must translate.
//
// CK_I18N_ROOT in the environment points the test at another source tree (to try it on a
// deliberately broken copy); by default it reads this checkout.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

QString sourceRoot()
{
    const QString fromEnv = qEnvironmentVariable("CK_I18N_ROOT");
    return fromEnv.isEmpty() ? QStringLiteral(CK_SOURCE_DIR) : fromEnv;
}

QString tsPath(const QString &root, const QString &lang)
{
    return QDir(root).filePath(QStringLiteral("translations/chainkeeper_%1.ts").arg(lang));
}

// The placeholders of a text, in order of number: "%1", "%L2", "%n"; a translation may reorder
// them, so the sorted lists are compared.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

struct Message
{
    QString context;
    QString source;
    QString type; // the translation's type attribute: "", unfinished, vanished or obsolete
    QStringList translations; // one, or one per numerus form
};

QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                *language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{context, {}, {}, {}};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                // Plain translation: its text; numerus forms: read one by one below.
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters()) {
                        text += xml.text();
                    } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                        current.translations << xml.readElementText();
                    } else if (xml.isEndElement() && xml.name() == QLatin1String("translation")) {
                        break;
                    }
                }
                if (current.translations.isEmpty())
                    current.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return messages;
}

QString describe(const Message &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
}

// Runs a tool; returns its exit code, and its output in *output.
int run(const QString &program, const QStringList &arguments, const QString &directory,
        QString *output)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(90'000)) {
        *output = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        return -1;
    }
    *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
    void compiles_data() { complete_data(); }
    void compiles();
};

void TstTranslations::complete_data()
{
    QTest::addColumn<QString>("lang");
    for (const QString &lang : QStringLiteral(CK_LANGUAGES).split(QLatin1Char(',')))
        QTest::newRow(qPrintable(lang)) << lang;
}

void TstTranslations::complete()
{
    QFETCH(QString, lang);
    const QString root = sourceRoot();
    const QString original = tsPath(root, lang);
    QVERIFY2(QFile::exists(original), qPrintable(original + QStringLiteral(" is missing")));

    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString copy = temp.filePath(QFileInfo(original).fileName());
    QVERIFY(QFile::copy(original, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // Without -no-obsolete: a text that left the code shows up as vanished instead of silently
    // disappearing from the copy.
    QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral("-extensions"), QStringLiteral(CK_I18N_EXTENSIONS)};
    for (const QString &dir : QStringLiteral(CK_I18N_SOURCE_DIRS).split(QLatin1Char(','))) {
        QVERIFY2(QDir(root).exists(dir), qPrintable(QStringLiteral("no source dir ") + dir));
        arguments << QDir(root).filePath(dir);
    }
    arguments << QStringLiteral("-ts") << copy;
    QString output;
    const int code = run(QStringLiteral(CK_LUPDATE), arguments, root, &output);
    QVERIFY2(code == 0, qPrintable(QStringLiteral("lupdate failed (%1):\n").arg(code) + output));

    QString language;
    QString error;
    const QList<Message> messages = readTs(copy, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(language.left(2), lang);
    QVERIFY2(!messages.isEmpty(), "lupdate found no message at all");

    QStringList problems;
    for (const Message &m : messages) {
        if (m.type == QLatin1String("unfinished")) {
            problems << QStringLiteral("unfinished (new or changed in the code): ") + describe(m);
            continue;
        }
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            problems << QStringLiteral("%1 (gone from the code): ").arg(m.type) + describe(m);
            continue;
        }
        const QStringList expected = placeholders(m.source);
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty())
                problems << QStringLiteral("empty translation: ") + describe(m);
            else if (placeholders(t) != expected)
                problems << QStringLiteral("placeholders %1 in \"%2\" but %3 in the source: ")
                                    .arg(placeholders(t).join(QLatin1Char(' ')), t,
                                         expected.join(QLatin1Char(' '))) +
                                describe(m);
        }
    }
    if (!problems.isEmpty()) {
        QFAIL(qPrintable(QStringLiteral("%1: %2 problem(s); update with `cmake --build <build> "
                                        "--target chainkeeper_lupdate`, translate, and remove "
                                        "type=\"unfinished\":\n  ")
                             .arg(QFileInfo(original).fileName())
                             .arg(problems.size()) +
                         problems.join(QStringLiteral("\n  "))));
    }
    qInfo("%s: %d messages, all translated", qPrintable(lang), static_cast<int>(messages.size()));
}

void TstTranslations::compiles()
{
    QFETCH(QString, lang);
    const QString original = tsPath(sourceRoot(), lang);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString qm = temp.filePath(QStringLiteral("chainkeeper_%1.qm").arg(lang));
    QString output;
    const int code = run(QStringLiteral(CK_LRELEASE), {original, QStringLiteral("-qm"), qm},
                         temp.path(), &output);
    QVERIFY2(code == 0, qPrintable(QStringLiteral("lrelease failed (%1):\n").arg(code) + output));
    QVERIFY2(QFileInfo(qm).size() > 0, qPrintable(output));

    // The compiled catalogue answers: a text every screen path shows, from the C++ side.
    QTranslator translator;
    QVERIFY(translator.load(qm));
    QCOMPARE(translator.language().left(2), lang);
    const QString translated = translator.translate("ck::StepController", "No batch is open.");
    QVERIFY2(!translated.isEmpty() && translated != QLatin1String("No batch is open."),
             qPrintable(QStringLiteral("not translated: \"No batch is open.\"")));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
