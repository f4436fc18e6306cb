// The word lists know the inflected forms of the words they name (plural, verb forms, French
// feminine), and only what those forms mean, never a function word's role.
#include "core/lexicon_data.hpp"
#include "core/word_forms.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace utopiahire::core;

namespace {

std::vector<std::string> forms(std::string_view word) {
    std::vector<std::string> out;
    for (std::string_view f : BaseForms(word)) out.emplace_back(f);
    return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST(BaseForms, EnglishPluralsAndVerbForms) {
    EXPECT_TRUE(has(forms("uses"), "use"));
    EXPECT_TRUE(has(forms("queries"), "query"));
    EXPECT_TRUE(has(forms("hashes"), "hash"));
    EXPECT_TRUE(has(forms("deployed"), "deploy"));
    EXPECT_TRUE(has(forms("stored"), "store"));
    EXPECT_TRUE(has(forms("storing"), "store"));
    EXPECT_TRUE(has(forms("using"), "use"));
    EXPECT_TRUE(has(forms("planned"), "plan"));
    EXPECT_TRUE(has(forms("cancelled"), "cancel"));
    EXPECT_TRUE(has(forms("retried"), "retry"));
    EXPECT_TRUE(has(forms("quickest"), "quick"));
    EXPECT_TRUE(has(forms("biggest"), "big"));
}

TEST(BaseForms, FrenchPluralsAndFeminines) {
    EXPECT_TRUE(has(forms("rapides"), "rapide"));
    EXPECT_TRUE(has(forms("lents"), "lent"));
    EXPECT_TRUE(has(forms("lente"), "lent"));
    EXPECT_TRUE(has(forms("lentes"), "lent"));
    EXPECT_TRUE(has(forms("partag\xC3\xA9" "es"), "partag\xC3\xA9"));
    EXPECT_TRUE(has(forms("manuelle"), "manuel"));
    EXPECT_TRUE(has(forms("horizontaux"), "horizontal"));
    EXPECT_TRUE(has(forms("horizontales"), "horizontal"));
    EXPECT_TRUE(has(forms("nouveaux"), "nouveau"));
}

TEST(BaseForms, FalseHitsAreGuarded) {
    EXPECT_TRUE(forms("process").empty());   // not "proces"
    EXPECT_TRUE(forms("status").empty());    // not "statu"
    EXPECT_FALSE(has(forms("its"), "it"));   // too short a base
    EXPECT_FALSE(has(forms("missed"), "mis"));   // no doubled s undone
    EXPECT_FALSE(has(forms("plane"), "plan"));   // a bare -e comes off French feminines only
    EXPECT_FALSE(has(forms("note"), "not"));
    ASSERT_FALSE(forms("based").empty());
    EXPECT_EQ(forms("based")[0], "base");   // the least taken off first (not "bas")
    EXPECT_TRUE(forms(std::string(60, 'a') + "s").empty());   // long words are left alone
}

TEST(WordInfoForms, PluralsAndFemininesTakeTheSideOfTheirBase) {
    // Antonym pairs name "rapide" and "lent", "lente": their plurals and feminines take sides too.
    EXPECT_GE(word_info("rapide").antonym, 0);
    EXPECT_EQ(word_info("rapides").antonym, word_info("rapide").antonym);
    EXPECT_EQ(word_info("lents").antonym, word_info("lent").antonym);
    EXPECT_EQ(word_info("lentes").antonym, word_info("lent").antonym);
    EXPECT_EQ(word_info("lents").antonym / 2, word_info("rapides").antonym / 2);   // one pair,
    EXPECT_NE(word_info("lents").antonym, word_info("rapides").antonym);           // two sides
    EXPECT_EQ(word_info("horizontaux").antonym, word_info("horizontal").antonym);
    EXPECT_EQ(word_info("centralis\xC3\xA9" "es").antonym, word_info("centralis\xC3\xA9").antonym);
    EXPECT_EQ(word_info("statics").antonym, word_info("static").antonym);
}

TEST(WordInfoForms, VerbFormsKeepDenialsButNoSide) {
    EXPECT_TRUE(word_info("needs").dismissal);
    EXPECT_TRUE(word_info("mattered").dismissal);
    EXPECT_TRUE(word_info("prevented").implicit_negative);
    // "sharing" data is no "shared" resource: a verb form takes no side of the adjective's pair.
    EXPECT_GE(word_info("share").antonym, 0);
    EXPECT_LT(word_info("sharing").antonym, 0);
}

TEST(WordInfoForms, AFormNamedByTheListsKeepsItsOwnFacts) {
    EXPECT_EQ(word_info("shared").antonym, word_info("share").antonym);   // listed
    EXPECT_TRUE(word_info("faster").comparative);                         // exact wins over any fallback
    EXPECT_GE(word_info("faster").group, 0);
    // Synonym groups list the forms they mean: no form is added ("prices" is no "cost").
    EXPECT_GE(word_info("price").group, 0);
    EXPECT_LT(word_info("prices").group, 0);
}

TEST(WordInfoForms, FunctionWordRolesAreNotInflected) {
    EXPECT_TRUE(word_info("it").subject);
    EXPECT_FALSE(word_info("its").subject);
    EXPECT_TRUE(word_info("not").negation);
    EXPECT_FALSE(word_info("nots").negation);
    EXPECT_FALSE(word_info("noted").negation);
    EXPECT_TRUE(word_info("when").conditional);
    EXPECT_FALSE(word_info("whens").conditional);
    EXPECT_TRUE(word_info("fine").endorsement);
    EXPECT_FALSE(word_info("fined").endorsement);   // "we got fined" recommends nothing
    EXPECT_TRUE(word_info("better").comparative);
    EXPECT_FALSE(word_info("betters").comparative);
    EXPECT_FALSE(word_info("betters").contrast);
    // Nor does a word unknown in every form get anything.
    EXPECT_LT(word_info("processes").group, 0);
    EXPECT_LT(word_info("process").group, 0);
}

TEST(Unaccented, FrenchLettersLoseTheirAccents) {
    std::string out;
    EXPECT_TRUE(unaccented("apr\xC3\xA8s", &out));
    EXPECT_EQ(out, "apres");
    EXPECT_TRUE(unaccented("donn\xC3\xA9" "es", &out));
    EXPECT_EQ(out, "donnees");
    EXPECT_TRUE(unaccented("plut\xC3\xB4t", &out));
    EXPECT_EQ(out, "plutot");
    EXPECT_TRUE(unaccented("\xC5\x93uvre \xC3\xA7" "a", &out));
    EXPECT_EQ(out, "oeuvre ca");
    EXPECT_FALSE(unaccented("plain", &out));
}

TEST(WordInfoForms, FrenchTypedWithoutAccentsMeansTheSame) {
    EXPECT_EQ(word_info("apres").antonym, word_info("apr\xC3\xA8s").antonym);   // after
    EXPECT_GE(word_info("apres").antonym, 0);
    EXPECT_TRUE(word_info("plutot").negation);                                  // plutôt
    EXPECT_TRUE(word_info("plutot").comparative_negation);
    EXPECT_EQ(word_info("reduit").antonym, word_info("r\xC3\xA9" "duit").antonym);
    EXPECT_EQ(word_info("dedies").antonym, word_info("d\xC3\xA9" "di\xC3\xA9").antonym);   // and its plural
    EXPECT_EQ(word_info("probleme").sentiment, word_info("probl\xC3\xA8me").sentiment);
    // Not when the plain spelling is short enough to be another word: "sur" (on) is no "sûr".
    EXPECT_TRUE(word_info("s\xC3\xBBr").ignorance);
    EXPECT_FALSE(word_info("sur").ignorance);
    // Nor when it is a listed word of its own: "propose" keeps its own facts.
    EXPECT_EQ(word_info("propose").group, word_info("suggest").group);
}

// A word of need listed for its role (role_need) keeps the dismissal its base form gave it.
TEST(WordInfoForms, WordsOfNeedKeepTheirDismissal) {
    for (const char* w : {"need", "needs", "needed", "necessary", "besoin", "\u062d\u0627\u062c\u0629",
                          "\u0628\u062d\u0627\u062c\u0629"}) {   // حاجة بحاجة
        EXPECT_TRUE(word_info(w).dismissal) << w;
        EXPECT_EQ(word_info(w).role, role_need) << w;
    }
    EXPECT_NE(word_info("important").role, role_need);
}
