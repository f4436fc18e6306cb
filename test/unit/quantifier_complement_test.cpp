// A negative quantifier after a form of "be" or an existential "there" is the complement or the
// thing said to be absent, not the subject of the verb after it: it denies the phrase it heads, as
// "no" does, not its whole clause ("which is None if the list was empty" says nothing against the
// empty list; "there's nothing the application can do with signals" denies no signal). As the
// subject of a verb it still denies the clause ("nothing is validated on the server").
// Built with PostgreSQL's English stop words, which the test tokenizer does not all know.
#include "core/lexicon_data.hpp"
#include "core/text.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

using namespace utopiahire::core;

namespace {

struct Built {
    std::string text;
    std::vector<std::string> words;
    std::vector<std::string> lexemes;
    std::vector<RawToken> tokens;
    Lexicon lexicon;
    Document doc;
    bool negated(const std::string& word) const {
        for (size_t k = 0; k < words.size(); ++k)
            if (words[k] == word) return doc.tokens.at(k).negated;
        ADD_FAILURE() << "no word " << word;
        return false;
    }
};

// The document of `words` joined by spaces (an apostrophe before "s"), the words of PostgreSQL's
// english.stop that these sentences use read as stop words.
void build(Built& b, const std::vector<std::string>& words) {
    static const std::set<std::string> stop = {"which", "is", "if", "the", "was", "there", "s", "can", "do", "with",
                                               "on", "it", "a", "are", "be"};
    b.words = words;
    for (size_t k = 0; k < words.size(); ++k) b.text += (k == 0 ? "" : words[k] == "s" ? "'" : " ") + words[k];
    b.lexemes.reserve(words.size());
    size_t at = 0;
    for (const std::string& w : words) {
        at = b.text.find(w, at);
        b.lexemes.push_back(stop.count(w) ? "" : w);
        RawToken t{};
        t.byte_start = t.char_start = static_cast<int32_t>(at);
        t.byte_len = t.char_len = static_cast<int32_t>(w.size());
        t.kind = stop.count(w) ? raw_stop : raw_word;
        t.nlex = stop.count(w) ? 0 : 1;
        b.tokens.push_back(t);
        at += w.size();
    }
    for (size_t k = 0; k < words.size(); ++k) b.tokens[k].lexemes = b.lexemes[k].c_str();
    b.doc = build_document(RawText{b.text.c_str(), static_cast<int32_t>(b.text.size()), b.tokens.data(),
                                   static_cast<int32_t>(b.tokens.size())},
                           b.lexicon);
    ASSERT_EQ(b.doc.tokens.size(), words.size());
}

}  // namespace

TEST(QuantifierComplement, AfterABeFormItDeniesOnlyWhatItHeads) {
    Built b;
    build(b, {"which", "is", "none", "if", "the", "list", "was", "empty"});
    EXPECT_FALSE(b.negated("empty"));
    Built r;
    build(r, {"it", "was", "nothing", "if", "the", "input", "was", "empty"});
    EXPECT_FALSE(r.negated("empty"));
}

TEST(QuantifierComplement, AfterThereItDeniesOnlyWhatItHeads) {
    Built b;
    build(b, {"there", "s", "nothing", "the", "application", "can", "do", "with", "signals"});
    EXPECT_FALSE(b.negated("signals"));
    Built c;
    build(c, {"there", "is", "nothing", "the", "application", "can", "do", "with", "signals"});
    EXPECT_FALSE(c.negated("signals"));
}

TEST(QuantifierComplement, AsASubjectItStillDeniesItsClause) {
    Built b;
    build(b, {"nothing", "is", "validated", "on", "the", "server"});
    EXPECT_TRUE(b.negated("validated"));
    EXPECT_TRUE(b.negated("server"));
    Built c;
    build(c, {"nothing", "can", "be", "done", "with", "signals"});
    EXPECT_TRUE(c.negated("signals"));
}
