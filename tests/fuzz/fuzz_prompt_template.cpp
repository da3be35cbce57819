// Prompt templates: parse() never throws and either is valid — its segments cover the source in order and
// every variable has a legal name — or names a position inside the source. A valid template renders with
// every variable declared and given, and rendering with a variable left out or an extra one given is refused,
// never thrown. escaped() of any text parses to a template without variables that renders exactly that text.

#include "models/ai/PromptTemplate.h"
#include "tests/fuzz/FuzzCheck.h"

using fusion::PromptTemplate;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString source = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const PromptTemplate t = PromptTemplate::parse(source);
    FUZZ_CHECK(t.source() == source);
    if (!t.isValid()) {
        FUZZ_CHECK(t.problem().isParseError());
        FUZZ_CHECK(t.problem().offset >= 0 && t.problem().offset <= source.size());
        FUZZ_CHECK(t.problem().column >= 1);
    } else {
        qsizetype at = 0;
        for (const PromptTemplate::Segment& s : t.segments()) {
            FUZZ_CHECK(s.offset == at);
            FUZZ_CHECK(s.length > 0);
            at += s.length;
            if (s.kind == PromptTemplate::Segment::Kind::Variable) {
                FUZZ_CHECK(PromptTemplate::nameProblem(s.text).isEmpty());
                FUZZ_CHECK(t.variables().contains(s.text));
            }
        }
        FUZZ_CHECK(at == source.size());

        QHash<QString, QString> values;
        for (const QString& name : t.variables())
            values.insert(name, QStringLiteral("<%1>").arg(name));
        const PromptTemplate::Rendered r = t.render(values, t.variables());
        FUZZ_CHECK(r.ok());
        if (!t.variables().isEmpty()) {
            QHash<QString, QString> fewer = values;
            fewer.remove(t.variables().constFirst());
            const PromptTemplate::Rendered refused = t.render(fewer, t.variables());
            FUZZ_CHECK(!refused.ok());
            FUZZ_CHECK(refused.problem.missing.contains(t.variables().constFirst()));
        }
        QHash<QString, QString> more = values;
        more.insert(QStringLiteral("not_declared_anywhere"), QStringLiteral("x"));
        FUZZ_CHECK(!t.render(more, t.variables()).ok());
    }

    const PromptTemplate literal = PromptTemplate::parse(PromptTemplate::escaped(source));
    FUZZ_CHECK(literal.isValid());
    FUZZ_CHECK(literal.variables().isEmpty());
    const PromptTemplate::Rendered same = literal.render({}, {});
    FUZZ_CHECK(same.ok());
    FUZZ_CHECK(same.text == source);
    return 0;
}
