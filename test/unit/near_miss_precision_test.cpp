// Precision of near misses: one edit or a shared stem is accepted as a typo or a form of the
// same word only where it is one, not where it makes another word (threat / threads, story /
// store, time / timestamp). Lexemes are given as PostgreSQL's english configuration stems them.
#include "core/lexicon_data.hpp"
#include "core/matcher.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace utopiahire::core;

namespace {

// Quality of the point's word (lexeme, surface) against the answer's word.
double quality(const std::string& point_lexeme, const std::string& point_surface, const std::string& answer_lexeme,
               const std::string& answer_surface) {
    Lexicon lexicon;
    Term x, y;
    x.lex = lexicon.intern(point_lexeme);
    x.surface = point_surface;
    y.lex = lexicon.intern(answer_lexeme);
    y.surface = answer_surface;
    return term_quality_strings(lexicon, x, y);
}

}  // namespace

TEST(NearMissPrecision, AnEditOfTheLastLetterMakesAnotherWord) {
    EXPECT_EQ(quality("threat", "threat", "thread", "threads"), 0.0);
    EXPECT_EQ(quality("stori", "story", "store", "store"), 0.0);
    EXPECT_EQ(quality("retir", "retire", "retri", "retry"), 0.0);
    EXPECT_EQ(quality("think", "thinking", "thing", "things"), 0.0);
}

TEST(NearMissPrecision, ALetterTypedForAnotherInsideTheWordIsATypo) {
    EXPECT_GT(quality("paramet", "parameters", "paramat", "paramaters"), 0.8);
    EXPECT_GT(quality("kernel", "kernel", "kernal", "kernal"), 0.8);
    EXPECT_GT(quality("repetit", "repetition", "repitit", "repitition"), 0.8);
}

TEST(NearMissPrecision, LettersLeftOutDoubledOrSwappedStayTypos) {
    EXPECT_GT(quality("receiv", "receive", "reciev", "recieve"), 0.8);
    EXPECT_GT(quality("mutabl", "mutable", "mutabel", "mutabel"), 0.8);
    EXPECT_GT(quality("dictionari", "dictionary", "dictionnari", "dictionnary"), 0.8);
    EXPECT_GT(quality("behaviour", "behaviour", "behavior", "behavior"), 0.8);
    EXPECT_GT(quality("execut", "execute", "excut", "excute"), 0.8);
    EXPECT_GT(quality("immut", "immutable", "imut", "imutable"), 0.8);   // surfaces
}

TEST(NearMissPrecision, TheDOrSOfDerivationsStaysARelatedForm) {
    EXPECT_GT(quality("decis", "decision", "decid", "decide"), 0.6);
    EXPECT_GT(quality("collis", "collision", "collid", "collides"), 0.6);
}

TEST(NearMissPrecision, AWordRunIntoAnotherIsNoFormOfIt) {
    EXPECT_EQ(quality("time", "time", "timestamp", "timestamps"), 0.0);
    EXPECT_EQ(quality("work", "work", "workload", "workload"), 0.0);
    EXPECT_EQ(quality("pipe", "pipe", "pipelin", "pipeline"), 0.0);
    EXPECT_EQ(quality("main", "main", "maintain", "maintain"), 0.0);
    EXPECT_EQ(quality("star", "star", "start", "start"), 0.0);
    EXPECT_EQ(quality("altern", "alternative", "alter", "alter"), 0.0);
    EXPECT_EQ(quality("chang", "change", "changelog", "changelog"), 0.0);
}

TEST(NearMissPrecision, EndingsStayFormsOfTheWord) {
    EXPECT_GT(quality("collect", "collect", "collector", "collector"), 0.8);
    EXPECT_GT(quality("plan", "plan", "planner", "planner"), 0.8);
    EXPECT_GT(quality("agre", "agree", "agreement", "agreement"), 0.8);
    EXPECT_GT(quality("lazi", "lazy", "lazili", "lazily"), 0.8);
    EXPECT_GT(quality("config", "config", "configur", "configuration"), 0.8);
    EXPECT_GT(quality("hash", "hash", "hashabl", "hashable"), 0.8);
    EXPECT_GT(quality("broke", "broke", "broken", "broken"), 0.8);
    EXPECT_GT(quality("program", "program", "programm", "programmer"), 0.8);
    EXPECT_GT(quality("order", "order", "orders", "orders"), 0.8);
    EXPECT_GT(quality("redirect", "redirect", "redirects/s", "redirects/s"), 0.8);   // up to the separator
    EXPECT_GT(quality("breakdown", "breakdown", "break", "breaking"), 0.8);          // a phrasal verb
}

TEST(NearMissPrecision, InformalAbbreviationsAreSynonyms) {
    // "repro" + "duc" is no ending: the abbreviation is known by its synonym group instead.
    EXPECT_EQ(quality("repro", "repro", "reproduc", "reproduce"), 0.0);
    EXPECT_EQ(word_info("repro").group, word_info("reproduce").group);
    EXPECT_GE(word_info("repro").group, 0);
}

TEST(SynonymSenses, AWordListedInTwoGroupsBelongsToNeither) {
    // "fault": an error ("a page fault") or the speaker's responsibility ("it was my fault").
    EXPECT_LT(word_info("fault").group, 0);
    EXPECT_NE(word_info("error").group, word_info("ownership").group);
    EXPECT_GE(word_info("error").group, 0);
    EXPECT_EQ(word_info("error").group, word_info("exception").group);
    EXPECT_EQ(word_info("error").group, word_info("faults").group);
    EXPECT_EQ(word_info("ownership").group, word_info("accountable").group);
}

TEST(NearMissPrecision, AnAdjectiveEndingMakesAnotherWord) {
    EXPECT_EQ(quality("creativ", "creative", "creat", "created"), 0.0);
    EXPECT_EQ(quality("elementari", "elementary", "element", "element"), 0.0);
    EXPECT_EQ(quality("document", "document", "documentari", "documentary"), 0.0);
    EXPECT_GT(quality("creation", "creation", "creat", "created"), 0.8);
    EXPECT_GT(quality("element", "element", "element", "elements"), 0.8);
}

TEST(NearMissPrecision, TheTOrCOfNtAndNcyStaysARelatedForm) {
    EXPECT_GT(quality("frequent", "frequent", "frequenc", "frequency"), 0.6);
    EXPECT_GT(quality("recent", "recently", "recenc", "recency"), 0.6);
    EXPECT_GT(quality("urgent", "urgent", "urgenc", "urgency"), 0.6);
}

// "-on" ends no inflection: a shorter word it lengthens is another word, not a form of it ("we dropped
// the less important features" says nothing of a lesson learned; "mais" is no "maison").
TEST(NearMissPrecision, AnOnAddedMakesAnotherWord) {
    EXPECT_EQ(quality("lesson", "lesson", "less", "less"), 0.0);
    EXPECT_EQ(quality("season", "season", "seas", "seas"), 0.0);
    EXPECT_EQ(quality("maison", "maison", "mais", "mais"), 0.0);
    // A vowel ending that makes a form of the word still does ("collector" / "collect").
    EXPECT_GT(quality("collector", "collector", "collect", "collect"), 0.6);
}
