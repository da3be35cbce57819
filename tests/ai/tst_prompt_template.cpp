// Prompt templates as an editor and the AI console meet them: what a template renders to, which variables
// it detects, where a broken one is broken, which variable a render refuses — and hostile templates
// (unclosed and nested braces, a megabyte of "{", 10,000 variables, values holding braces).
#include "models/ai/PromptTemplate.h"

#include <QRandomGenerator>
#include <QTest>

using namespace fusion;

namespace {

QHash<QString, QString> valuesOf(const QVariantMap& map)
{
    QHash<QString, QString> out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QString rendered(const QString& source, const QVariantMap& values, const QStringList& declared)
{
    const PromptTemplate t = PromptTemplate::parse(source);
    if (!t.isValid())
        return QStringLiteral("<parse error: %1>").arg(t.problem().message);
    const PromptTemplate::Rendered r = t.render(valuesOf(values), declared);
    if (!r.ok())
        return QStringLiteral("<render error: %1>").arg(r.problem.message);
    return r.text;
}

} // namespace

class TestPromptTemplate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void renders_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QStringList>("declared");
        QTest::addColumn<QString>("expected");

        const QVariantMap ada{{QStringLiteral("name"), QStringLiteral("Ada")}};
        const QStringList name{QStringLiteral("name")};
        QTest::newRow("the seed's example")
            << QStringLiteral("You are a helpful assistant for {{company_name}}.\nThe user is asking about: "
                              "{{user_query}}\nUse these sources: {{evidence}}")
            << QVariantMap{{QStringLiteral("company_name"), QStringLiteral("Acme")},
                           {QStringLiteral("user_query"), QStringLiteral("invoices")},
                           {QStringLiteral("evidence"), QStringLiteral("[1] ledger")}}
            << QStringList{QStringLiteral("company_name"), QStringLiteral("user_query"),
                           QStringLiteral("evidence")}
            << QStringLiteral(
                   "You are a helpful assistant for Acme.\nThe user is asking about: invoices\nUse these "
                   "sources: [1] ledger");
        QTest::newRow("spaces inside the braces")
            << QStringLiteral("Hi {{ name }}!") << ada << name << QStringLiteral("Hi Ada!");
        QTest::newRow("tabs inside the braces")
            << QStringLiteral("Hi {{\tname\t}}!") << ada << name << QStringLiteral("Hi Ada!");
        QTest::newRow("dotted name") << QStringLiteral("{{user.name}}")
                                     << QVariantMap{{QStringLiteral("user.name"), QStringLiteral("Ada")}}
                                     << QStringList{QStringLiteral("user.name")} << QStringLiteral("Ada");
        QTest::newRow("underscore name")
            << QStringLiteral("{{_x1}}") << QVariantMap{{QStringLiteral("_x1"), QStringLiteral("ok")}}
            << QStringList{QStringLiteral("_x1")} << QStringLiteral("ok");
        QTest::newRow("used twice") << QStringLiteral("{{name}} and {{name}}") << ada << name
                                    << QStringLiteral("Ada and Ada");
        QTest::newRow("adjacent variables")
            << QStringLiteral("{{a}}{{b}}")
            << QVariantMap{{QStringLiteral("a"), QStringLiteral("1")},
                           {QStringLiteral("b"), QStringLiteral("2")}}
            << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QStringLiteral("12");
        QTest::newRow("empty template") << QString() << QVariantMap() << QStringList() << QString();
        QTest::newRow("no variables")
            << QStringLiteral("Just text.") << QVariantMap() << QStringList() << QStringLiteral("Just text.");
        QTest::newRow("empty value") << QStringLiteral("[{{name}}]")
                                     << QVariantMap{{QStringLiteral("name"), QString()}} << name
                                     << QStringLiteral("[]");
        QTest::newRow("escaped braces stay literal")
            << QStringLiteral("Write \\{{name}} to insert a name") << QVariantMap() << QStringList()
            << QStringLiteral("Write {{name}} to insert a name");
        QTest::newRow("escaped braces next to a variable")
            << QStringLiteral("\\{{name}} is {{name}}") << ada << name << QStringLiteral("{{name}} is Ada");
        QTest::newRow("two backslashes: one backslash and a variable")
            << QStringLiteral("C:\\\\{{name}}") << ada << name << QStringLiteral("C:\\Ada");
        QTest::newRow("three backslashes: a backslash and literal braces")
            << QStringLiteral("\\\\\\{{name}}") << QVariantMap() << QStringList()
            << QStringLiteral("\\{{name}}");
        QTest::newRow("backslashes elsewhere are themselves")
            << QStringLiteral("C:\\temp\\n and \\d{2} and \\{a} and \\\\") << QVariantMap() << QStringList()
            << QStringLiteral("C:\\temp\\n and \\d{2} and \\{a} and \\\\");
        QTest::newRow("triple braces: a brace around the value")
            << QStringLiteral("{{{name}}}") << ada << name << QStringLiteral("{Ada}");
        QTest::newRow("four braces: two around the value")
            << QStringLiteral("{{{{name}}}}") << ada << name << QStringLiteral("{{Ada}}");
        QTest::newRow("JSON around a variable")
            << QStringLiteral("{\"user\": {\"name\": \"{{name}}\"}, \"tags\": {{{name}}}}") << ada << name
            << QStringLiteral("{\"user\": {\"name\": \"Ada\"}, \"tags\": {Ada}}");
        QTest::newRow("single braces are literal") << QStringLiteral("{name} {a}b}") << QVariantMap()
                                                   << QStringList() << QStringLiteral("{name} {a}b}");
        QTest::newRow("stray closing braces are literal")
            << QStringLiteral("}} and }}} and }") << QVariantMap() << QStringList()
            << QStringLiteral("}} and }}} and }");
        QTest::newRow("a brace that ends the text") << QStringLiteral("ends with {") << QVariantMap()
                                                    << QStringList() << QStringLiteral("ends with {");
        QTest::newRow("a value holding a placeholder stays literal")
            << QStringLiteral("Q: {{question}}")
            << QVariantMap{{QStringLiteral("question"), QStringLiteral("what is {{secret}}?")},
                           {QStringLiteral("secret"), QStringLiteral("LEAKED")}}
            << QStringList{QStringLiteral("question"), QStringLiteral("secret")}
            << QStringLiteral("Q: what is {{secret}}?");
        QTest::newRow("a value holding itself stays literal")
            << QStringLiteral("{{name}}") << QVariantMap{{QStringLiteral("name"), QStringLiteral("{{name}}")}}
            << name << QStringLiteral("{{name}}");
        QTest::newRow("a value holding braces and backslashes")
            << QStringLiteral("<{{name}}>")
            << QVariantMap{{QStringLiteral("name"), QStringLiteral("\\{{x}}}{{")}} << name
            << QStringLiteral("<\\{{x}}}{{>");
        QTest::newRow("declared, unused, with a value")
            << QStringLiteral("Hi {{name}}")
            << QVariantMap{{QStringLiteral("name"), QStringLiteral("Ada")},
                           {QStringLiteral("tone"), QStringLiteral("dry")}}
            << QStringList{QStringLiteral("name"), QStringLiteral("tone")} << QStringLiteral("Hi Ada");
        QTest::newRow("declared twice")
            << QStringLiteral("{{name}}") << ada
            << QStringList{QStringLiteral("name"), QStringLiteral("name")} << QStringLiteral("Ada");
        QTest::newRow("unicode text and value")
            << QStringLiteral("Grüße, {{name}} 😀")
            << QVariantMap{{QStringLiteral("name"), QStringLiteral("Zoë 🚀")}} << name
            << QStringLiteral("Grüße, Zoë 🚀 😀");
        QTest::newRow("line endings kept")
            << QStringLiteral("a\r\n{{name}}\r\n") << ada << name << QStringLiteral("a\r\nAda\r\n");
    }
    void renders()
    {
        QFETCH(QString, source);
        QFETCH(QVariantMap, values);
        QFETCH(QStringList, declared);
        QFETCH(QString, expected);
        QCOMPARE(rendered(source, values, declared), expected);
    }

    void detectsVariables_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << QStringLiteral("plain") << QStringList();
        QTest::newRow("order of first use, each once")
            << QStringLiteral("{{b}} {{a}} {{ b }} {{c}} {{a}}")
            << QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")};
        QTest::newRow("escaped ones are not variables")
            << QStringLiteral("\\{{x}} {{y}} \\\\\\{{z}}") << QStringList{QStringLiteral("y")};
        QTest::newRow("case matters") << QStringLiteral("{{Name}} {{name}}")
                                      << QStringList{QStringLiteral("Name"), QStringLiteral("name")};
        QTest::newRow("a broken template detects nothing") << QStringLiteral("{{a}} {{b") << QStringList();
    }
    void detectsVariables()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, expected);
        QCOMPARE(PromptTemplate::parse(source).variables(), expected);
    }

    // What the editor highlights: each segment's span in the source.
    void segmentSpans()
    {
        const PromptTemplate t = PromptTemplate::parse(QStringLiteral("ab {{ x }}cd\\{{e"));
        QVERIFY(t.isValid());
        QCOMPARE(t.segments().size(), 3);
        const auto& s = t.segments();
        QCOMPARE(s[0].kind, PromptTemplate::Segment::Kind::Literal);
        QCOMPARE(s[0].text, QStringLiteral("ab "));
        QCOMPARE(s[0].offset, 0);
        QCOMPARE(s[0].length, 3);
        QCOMPARE(s[1].kind, PromptTemplate::Segment::Kind::Variable);
        QCOMPARE(s[1].text, QStringLiteral("x"));
        QCOMPARE(s[1].offset, 3);
        QCOMPARE(s[1].length, 7);
        QCOMPARE(s[2].kind, PromptTemplate::Segment::Kind::Literal);
        QCOMPARE(s[2].text, QStringLiteral("cd{{e"));
        QCOMPARE(s[2].offset, 10);
        QCOMPARE(s[2].length, 6);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<QString>("says"); // what the message must contain besides the position

        const QString unclosed = QStringLiteral("not closed with \"}}\"");
        QTest::newRow("unclosed at the end")
            << QStringLiteral("Hello {{name") << 1 << 7 << qsizetype(6) << unclosed;
        QTest::newRow("closed by one brace")
            << QStringLiteral("{{name} and more") << 1 << 7 << qsizetype(6) << QStringLiteral("found \"}\"");
        QTest::newRow("one brace at the end")
            << QStringLiteral("{{name}") << 1 << 1 << qsizetype(0) << unclosed;
        QTest::newRow("closed on the next line")
            << QStringLiteral("first\n  {{name\n}}") << 2 << 3 << qsizetype(8) << unclosed;
        QTest::newRow("carriage return inside")
            << QStringLiteral("{{name\r\n}}") << 1 << 1 << qsizetype(0) << unclosed;
        QTest::newRow("a lone opening") << QStringLiteral("{{") << 1 << 1 << qsizetype(0) << unclosed;
        QTest::newRow("opening and a blank") << QStringLiteral("x {{ ") << 1 << 3 << qsizetype(2) << unclosed;
        QTest::newRow("name then blanks") << QStringLiteral("{{ name ") << 1 << 1 << qsizetype(0) << unclosed;
        QTest::newRow("empty") << QStringLiteral("a {{}} b") << 1 << 3 << qsizetype(2)
                               << QStringLiteral("no variable name");
        QTest::newRow("blank") << QStringLiteral("{{   }}") << 1 << 1 << qsizetype(0)
                               << QStringLiteral("no variable name");
        QTest::newRow("nested") << QStringLiteral("{{a{{b}}}}") << 1 << 4 << qsizetype(3)
                                << QStringLiteral("do not nest");
        QTest::newRow("nested after a blank")
            << QStringLiteral("{{a {{b}} }}") << 1 << 5 << qsizetype(4) << QStringLiteral("do not nest");
        QTest::newRow("a brace for a name")
            << QStringLiteral("{{ {x} }}") << 1 << 4 << qsizetype(3) << QStringLiteral("do not nest");
        QTest::newRow("starts with a digit")
            << QStringLiteral("{{1st}}") << 1 << 3 << qsizetype(2)
            << QStringLiteral("must start with a letter (A-Z, a-z) or \"_\", not \"1\"");
        QTest::newRow("starts with a dot")
            << QStringLiteral("{{.a}}") << 1 << 3 << qsizetype(2) << QStringLiteral("not \".\"");
        QTest::newRow("a hyphen") << QStringLiteral("{{first-name}}") << 1 << 8 << qsizetype(7)
                                  << QStringLiteral("\"-\" cannot be part of a variable name");
        QTest::newRow("a filter") << QStringLiteral("{{name|upper}}") << 1 << 7 << qsizetype(6)
                                  << QStringLiteral("\"|\" cannot be part of a variable name");
        QTest::newRow("a space inside the name") << QStringLiteral("{{first name}}") << 1 << 9 << qsizetype(8)
                                                 << QStringLiteral("expected \"}}\" after the variable name "
                                                                   "\"first\", found \"n\"");
        QTest::newRow("unicode letter inside") << QStringLiteral("{{größe}}") << 1 << 5 << qsizetype(4)
                                               << QStringLiteral("\"ö\" cannot be part of a variable name");
        QTest::newRow("unicode letter first")
            << QStringLiteral("{{école}}") << 1 << 3 << qsizetype(2) << QStringLiteral("not \"é\"");
        QTest::newRow("cyrillic look-alike")
            << QStringLiteral("{{nаme}}") << 1 << 4 << qsizetype(3) << QStringLiteral("\"а\" cannot be part");
        QTest::newRow("emoji in a name")
            << QStringLiteral("{{a😀}}") << 1 << 4 << qsizetype(3) << QStringLiteral("\"😀\" cannot be part");
        // Columns count characters: two emoji before the error are two columns but four UTF-16 units.
        QTest::newRow("column after emoji")
            << QStringLiteral("😀😀{{x y}}") << 1 << 7 << qsizetype(8) << QStringLiteral("found \"y\"");
        QTest::newRow("invisible character named by code point")
            << QStringLiteral("{{a\u200Bb}}") << 1 << 4 << qsizetype(3)
            << QStringLiteral("U+200B cannot be part");
        QTest::newRow("control character named by code point")
            << QStringLiteral("{{a\x07}}") << 1 << 4 << qsizetype(3)
            << QStringLiteral("U+0007 cannot be part");
        QTest::newRow("on a later line") << QStringLiteral("line one\nline two\n\tsee {{bad-name}}") << 3
                                         << 11 << qsizetype(28) << QStringLiteral("\"-\" cannot be part");
        QTest::newRow("after good variables")
            << QStringLiteral("{{a}} {{b}} {{c") << 1 << 13 << qsizetype(12) << unclosed;
        QTest::newRow("megabyte of opening braces")
            << QString(1 << 20, u'{') << 1 << (1 << 20) - 1 << qsizetype((1 << 20) - 2) << unclosed;
        QTest::newRow("megabyte of braces and a name")
            << QString(1 << 20, u'{') + QStringLiteral("name") << 1 << (1 << 20) - 1
            << qsizetype((1 << 20) - 2) << unclosed;
        QTest::newRow("many openings, one nested")
            << QString(1000, u'{') + QStringLiteral("a") + QString(1000, u'{') << 1 << 1002 << qsizetype(1001)
            << QStringLiteral("do not nest");
    }
    void parseErrors()
    {
        QFETCH(QString, source);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(qsizetype, offset);
        QFETCH(QString, says);

        const PromptTemplate t = PromptTemplate::parse(source);
        QVERIFY(!t.isValid());
        const PromptProblem& p = t.problem();
        QVERIFY(p.isParseError());
        QCOMPARE(p.line, line);
        QCOMPARE(p.column, column);
        QCOMPARE(p.offset, offset);
        const QString where = QStringLiteral("Line %1, column %2: ").arg(line).arg(column);
        QVERIFY2(p.message.startsWith(where), qPrintable(p.message.left(300)));
        QVERIFY2(p.message.contains(says), qPrintable(p.message.left(300)));
        // A broken template renders nothing and reports the same problem.
        QVERIFY(t.segments().isEmpty());
        const PromptTemplate::Rendered r = t.render({}, {});
        QVERIFY(!r.ok());
        QVERIFY(r.text.isEmpty());
        QCOMPARE(r.problem.message, p.message);
        const Error e = p.toError();
        QCOMPARE(e.kind, ErrorKind::InvalidInput);
        QCOMPARE(e.message, p.message);
    }

    void renderRefusals_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QStringList>("declared");
        QTest::addColumn<QStringList>("undeclared");
        QTest::addColumn<QStringList>("missing");
        QTest::addColumn<QStringList>("unexpected");

        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        const QString c = QStringLiteral("c");
        const QString v = QStringLiteral("v");
        QTest::newRow("used but not declared")
            << QStringLiteral("Hi {{a}} from {{city}} in {{country}}") << QVariantMap{{a, v}}
            << QStringList{a} << QStringList{QStringLiteral("city"), QStringLiteral("country")}
            << QStringList() << QStringList();
        QTest::newRow("used, not declared, but given a value: named once")
            << QStringLiteral("{{a}} {{b}}") << QVariantMap{{a, v}, {b, v}} << QStringList{a}
            << QStringList{b} << QStringList() << QStringList();
        QTest::newRow("every missing value, in declared order")
            << QStringLiteral("{{a}} {{b}} {{c}}") << QVariantMap{{b, v}} << QStringList{c, a, b}
            << QStringList() << QStringList{c, a} << QStringList();
        QTest::newRow("declared and unused still needs a value")
            << QStringLiteral("{{a}}") << QVariantMap{{a, v}} << QStringList{a, QStringLiteral("tone")}
            << QStringList() << QStringList{QStringLiteral("tone")} << QStringList();
        QTest::newRow("a misspelt value")
            << QStringLiteral("{{name}}")
            << QVariantMap{{QStringLiteral("name"), v},
                           {QStringLiteral("nmae"), v},
                           {QStringLiteral("Name"), v}}
            << QStringList{QStringLiteral("name")} << QStringList() << QStringList()
            << QStringList{QStringLiteral("Name"), QStringLiteral("nmae")};
        QTest::newRow("all three at once")
            << QStringLiteral("{{a}} {{x}}") << QVariantMap{{a, v}, {QStringLiteral("zz"), v}}
            << QStringList{a, b} << QStringList{QStringLiteral("x")} << QStringList{b}
            << QStringList{QStringLiteral("zz")};
        QTest::newRow("no template variables, missing declared")
            << QString() << QVariantMap() << QStringList{a} << QStringList() << QStringList{a}
            << QStringList();
    }
    void renderRefusals()
    {
        QFETCH(QString, source);
        QFETCH(QVariantMap, values);
        QFETCH(QStringList, declared);
        QFETCH(QStringList, undeclared);
        QFETCH(QStringList, missing);
        QFETCH(QStringList, unexpected);

        const PromptTemplate t = PromptTemplate::parse(source);
        QVERIFY(t.isValid());
        const PromptTemplate::Rendered r = t.render(valuesOf(values), declared);
        QVERIFY(!r.ok());
        QVERIFY(r.text.isEmpty());
        QVERIFY(!r.problem.isParseError());
        QCOMPARE(r.problem.undeclared, undeclared);
        QCOMPARE(r.problem.missing, missing);
        QCOMPARE(r.problem.unexpected, unexpected);
        // The message names every refused variable, under the heading that says what is wrong with it.
        const QString& m = r.problem.message;
        if (!undeclared.isEmpty())
            QVERIFY2(m.contains(QStringLiteral("Used in the template but not declared by the prompt: ") +
                                undeclared.join(QStringLiteral(", ")) + u'.'),
                     qPrintable(m));
        if (!missing.isEmpty())
            QVERIFY2(m.contains(QStringLiteral("Declared by the prompt but given no value: ") +
                                missing.join(QStringLiteral(", ")) + u'.'),
                     qPrintable(m));
        if (!unexpected.isEmpty())
            QVERIFY2(m.contains(QStringLiteral("Given a value but not declared by the prompt: ") +
                                unexpected.join(QStringLiteral(", ")) + u'.'),
                     qPrintable(m));
        QCOMPARE(r.problem.toError().kind, ErrorKind::InvalidInput);
    }

    // 10,000 distinct variables: detected in order, rendered, and — when none has a value — every one named
    // in the problem's list while the message stays readable.
    void tenThousandVariables()
    {
        constexpr int count = 10000;
        QString source;
        QStringList names;
        QHash<QString, QString> values;
        QString expected;
        for (int i = 0; i < count; ++i) {
            const QString name = QStringLiteral("v%1").arg(i);
            names << name;
            values.insert(name, QStringLiteral("<%1>").arg(i));
            source += QStringLiteral("{{ %1 }}|").arg(name);
            expected += QStringLiteral("<%1>|").arg(i);
        }
        const PromptTemplate t = PromptTemplate::parse(source);
        QVERIFY(t.isValid());
        QCOMPARE(t.variables(), names);
        QCOMPARE(t.segments().size(), 2 * count);

        const PromptTemplate::Rendered r = t.render(values, names);
        QVERIFY2(r.ok(), qPrintable(r.problem.message.left(300)));
        QCOMPARE(r.text, expected);

        const PromptTemplate::Rendered none = t.render({}, names);
        QVERIFY(!none.ok());
        QCOMPARE(none.problem.missing, names);
        QVERIFY(none.problem.message.contains(QStringLiteral("v0, v1, v2")));
        QVERIFY(none.problem.message.contains(QStringLiteral("(10000 in all)")));
        QVERIFY2(none.problem.message.size() < 400, qPrintable(none.problem.message));

        const PromptTemplate::Rendered undeclared = t.render(values, {});
        QVERIFY(!undeclared.ok());
        QCOMPARE(undeclared.problem.undeclared, names);
        QVERIFY(undeclared.problem.unexpected.isEmpty());
    }

    // The same variable used 200,000 times, and a megabyte of "}}" and of backslashes: all render in one
    // pass.
    void largeTemplatesRender()
    {
        const QHash<QString, QString> ada{{QStringLiteral("name"), QStringLiteral("Ada")}};
        const QStringList name{QStringLiteral("name")};

        QString repeated;
        for (int i = 0; i < 200000; ++i)
            repeated += QStringLiteral("{{name}}.");
        const PromptTemplate many = PromptTemplate::parse(repeated);
        QCOMPARE(many.variables(), name);
        const PromptTemplate::Rendered r = many.render(ada, name);
        QVERIFY(r.ok());
        QCOMPARE(r.text.size(), 200000 * 4);
        QVERIFY(r.text.startsWith(QStringLiteral("Ada.Ada.")));

        const QString closings(1 << 20, u'}');
        QCOMPARE(rendered(closings, {}, {}), closings);

        const QString backslashes(1 << 20, u'\\');
        QCOMPARE(rendered(backslashes + QStringLiteral("{{name}}"),
                          {{QStringLiteral("name"), QStringLiteral("Ada")}}, name),
                 QString(1 << 19, u'\\') + QStringLiteral("Ada"));
    }

    // What escaped() writes renders back to exactly the text it was given: the escape rule has no gaps.
    void escapedRoundTrips_data()
    {
        QTest::addColumn<QString>("literal");
        QTest::newRow("empty") << QString();
        QTest::newRow("a placeholder") << QStringLiteral("{{name}}");
        QTest::newRow("an escaped placeholder") << QStringLiteral("\\{{name}}");
        QTest::newRow("backslashes before braces") << QStringLiteral("\\\\{{ and \\\\\\{{");
        QTest::newRow("many braces") << QStringLiteral("{{{{{ }}}}}");
        QTest::newRow("a lone brace at the end") << QStringLiteral("a{");
        QTest::newRow("a backslash at the end") << QStringLiteral("a\\");
        QTest::newRow("JSON") << QStringLiteral("{\"a\":{\"b\":[{\"c\":1}]}}");
        QTest::newRow("an unclosed placeholder") << QStringLiteral("{{name");
        QTest::newRow("nested") << QStringLiteral("{{a{{b}}}}");
    }
    void escapedRoundTrips()
    {
        QFETCH(QString, literal);
        const PromptTemplate t = PromptTemplate::parse(PromptTemplate::escaped(literal));
        QVERIFY2(t.isValid(), qPrintable(t.problem().message));
        QVERIFY(t.variables().isEmpty());
        QCOMPARE(t.render({}, {}).text, literal);
    }

    void escapedRoundTripsRandomText()
    {
        const QString alphabet = QStringLiteral("{}\\a \n");
        QRandomGenerator random(20240612);
        for (int round = 0; round < 2000; ++round) {
            QString literal;
            const int length = int(random.bounded(16));
            for (int i = 0; i < length; ++i)
                literal += alphabet.at(qsizetype(random.bounded(int(alphabet.size()))));
            const PromptTemplate t = PromptTemplate::parse(PromptTemplate::escaped(literal));
            QVERIFY2(t.isValid(), qPrintable(literal));
            QVERIFY2(t.variables().isEmpty(), qPrintable(literal));
            QCOMPARE(t.render({}, {}).text, literal);
        }
    }

    void nameProblems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("says"); // empty: the name is accepted
        QTest::newRow("plain") << QStringLiteral("company_name") << QString();
        QTest::newRow("dotted") << QStringLiteral("user.email") << QString();
        QTest::newRow("underscore first") << QStringLiteral("_private") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("needs a name");
        QTest::newRow("digit first") << QStringLiteral("2fa") << QStringLiteral("not \"2\"");
        QTest::newRow("space") << QStringLiteral("first name") << QStringLiteral("U+0020 cannot be part");
        QTest::newRow("unicode") << QStringLiteral("größe") << QStringLiteral("\"ö\" cannot be part");
        QTest::newRow("braces") << QStringLiteral("{{x}}") << QStringLiteral("not \"{\"");
    }
    void nameProblems()
    {
        QFETCH(QString, name);
        QFETCH(QString, says);
        const QString why = PromptTemplate::nameProblem(name);
        if (says.isEmpty()) {
            QCOMPARE(why, QString());
            // An accepted declared name is one a template can use.
            QCOMPARE(PromptTemplate::parse(QStringLiteral("{{") + name + QStringLiteral("}}")).variables(),
                     QStringList{name});
        } else {
            QVERIFY2(why.contains(says), qPrintable(why));
        }
    }
};

QTEST_GUILESS_MAIN(TestPromptTemplate)
#include "tst_prompt_template.moc"
