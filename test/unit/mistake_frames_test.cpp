// How an answer says a common mistake it matches (analysis.cpp apply_mistakes, mistake_cues.hpp): set
// against what it does instead ("unlike X", "au lieu de X", "بدلا من X") it is rejected and denies no
// point; said as the speaker's own shortcut ("I'd just X", "il suffit de X", "يكفي X") it is made
// on a weaker match than a plain statement needs.
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;

namespace {

Question english(const char* mistake) { return uh_test::password_question(mistake); }

Question french(const char* mistake) {
    Question q;
    q.question_text = "Comment stockeriez-vous les mots de passe des utilisateurs dans une application web ?";
    q.key_points = R"json({"must_mention": ["hachage lent et salé comme bcrypt ou Argon2",
                                        "limitation des tentatives de connexion"]})json";
    q.sample = "Chaque mot de passe est stocké avec un hachage lent et salé comme bcrypt ou Argon2, jamais avec un "
               "chiffrement réversible, car quiconque détient la clé pourrait relire tous les mots de passe. "
               "On impose une limitation des tentatives de connexion par compte.";
    q.mistakes = std::string(R"json({"mistakes": [{"mistake": ")json") + mistake +
                 R"json(", "correction": "Quiconque détient la clé pourrait relire tous les mots de passe."}]})json";
    return q;
}

Question arabic(const char* mistake) {
    Question q;
    q.question_text = "كيف تخزن كلمات المرور في تطبيق ويب ؟";
    q.key_points = R"json({"must_mention": ["تجزئة بطيئة مملحة مثل bcrypt أو Argon2",
                                        "تحديد عدد محاولات الدخول"]})json";
    q.sample = "نخزن كل كلمة مرور مع تجزئة بطيئة مملحة مثل bcrypt أو Argon2 وليس مع تشفير قابل للعكس لأن من يملك المفتاح "
               "يستطيع قراءة كل كلمات المرور . نحدد عدد محاولات الدخول لكل حساب .";
    q.mistakes = std::string(R"json({"mistakes": [{"mistake": ")json") + mistake +
                 R"json(", "correction": "من يملك المفتاح يستطيع قراءة كل كلمات المرور ."}]})json";
    return q;
}

PointStatus first_point(Question& q, const std::string& answer) {
    return key_point_coverage(q.input(answer)).must[0].status;
}

}  // namespace

// The mistake plainly stated denies its point; the same words after a contrast frame in their clause
// are set aside, and deny nothing.
TEST(MistakeFrames, ContrastFrameRejectsTheMistake) {
    Question en = english("Encrypting passwords with AES");
    EXPECT_EQ(first_point(en, "I'd encrypt passwords with AES in the users table."), PointStatus::contradicted);
    EXPECT_NE(first_point(en, "Unlike encrypting passwords with AES in the users table this keeps them safe."),
              PointStatus::contradicted);
    Question fr = french("Chiffrer les mots de passe avec AES");
    EXPECT_EQ(first_point(fr, "On va chiffrer les mots de passe avec AES dans la table."), PointStatus::contradicted);
    EXPECT_NE(first_point(fr, "Au lieu de chiffrer les mots de passe avec AES dans la table on garde une empreinte."),
              PointStatus::contradicted);
    EXPECT_NE(first_point(fr, "Contrairement à chiffrer les mots de passe avec AES dans la table on garde une empreinte."),
              PointStatus::contradicted);
    Question ar = arabic("تشفير كلمات المرور باستخدام AES");
    EXPECT_EQ(first_point(ar, "سنقوم تشفير كلمات المرور باستخدام AES في الجدول ."), PointStatus::contradicted);
    // (بدلا is a negation cue already; على عكس is a frame.)
    EXPECT_NE(first_point(ar, "بدلا من تشفير كلمات المرور باستخدام AES في الجدول نحفظ بصمة ."), PointStatus::contradicted);
    EXPECT_NE(first_point(ar, "على عكس تشفير كلمات المرور باستخدام AES في الجدول نحفظ بصمة ."), PointStatus::contradicted);
}

// A frame in an earlier clause sets aside that clause only: what follows the comma is stated.
TEST(MistakeFrames, FrameInAnEarlierClauseLeavesTheClaimStated) {
    Question en = english("Encrypting passwords with AES");
    EXPECT_EQ(first_point(en, "Unlike the old system, I'd encrypt passwords with AES in the users table."),
              PointStatus::contradicted);
}

// A weaker match of a mistake (part of its words) is made when the speaker presents it as their own
// shortcut, and not when said plainly.
TEST(MistakeFrames, ShortcutMakesAWeakerMatch) {
    Question en = english("Encrypting passwords with AES and keeping the key beside the database");
    EXPECT_NE(first_point(en, "I'd encrypt passwords with AES."), PointStatus::contradicted);
    EXPECT_EQ(first_point(en, "I'd just encrypt passwords with AES."), PointStatus::contradicted);
    EXPECT_EQ(first_point(en, "Encrypting passwords with AES is good enough."), PointStatus::contradicted);
    // "Not just X" asks for more than X.
    EXPECT_NE(first_point(en, "I'd not just encrypt passwords with AES."), PointStatus::contradicted);
    Question fr = french("Chiffrer les mots de passe avec AES et garder la clé");
    EXPECT_NE(first_point(fr, "On va chiffrer les mots de passe avec AES."), PointStatus::contradicted);
    EXPECT_EQ(first_point(fr, "Il suffit de chiffrer les mots de passe avec AES."), PointStatus::contradicted);
    Question ar = arabic("تشفير كلمات المرور باستخدام AES وحفظ المفتاح بجانب قاعدة البيانات");
    EXPECT_NE(first_point(ar, "سنقوم تشفير كلمات المرور باستخدام AES ."), PointStatus::contradicted);
    EXPECT_EQ(first_point(ar, "يكفي تشفير كلمات المرور باستخدام AES ."), PointStatus::contradicted);
}

// In a story the speaker tells what they did: "I just ..." narrates and proposes no shortcut.
TEST(MistakeFrames, NoShortcutInAStory) {
    Question en = english("Encrypting passwords with AES and keeping the key beside the database");
    en.type = "behavioral";
    EXPECT_NE(first_point(en, "I just encrypted passwords with AES."), PointStatus::contradicted);
}

// The way of least effort taken as the speaker's own ("the simplest is X", "le plus simple est X",
// "الأسهل X") is a shortcut too; "simple" alone ("une simple requête") is not, only after "plus".
TEST(MistakeFrames, LeastEffortIsAShortcut) {
    Question en = english("Encrypting passwords with AES and keeping the key beside the database");
    EXPECT_NE(first_point(en, "I'd encrypt passwords with AES."), PointStatus::contradicted);
    EXPECT_EQ(first_point(en, "The simplest is to encrypt passwords with AES."), PointStatus::contradicted);
    EXPECT_EQ(first_point(en, "The quickest fix is to encrypt passwords with AES."), PointStatus::contradicted);
    // (Not the least effort denied: "it is not the easiest".)
    EXPECT_NE(first_point(en, "Encrypting passwords with AES is not the easiest."), PointStatus::contradicted);
    Question fr = french("Chiffrer les mots de passe avec AES et garder la clé");
    EXPECT_NE(first_point(fr, "On va chiffrer les mots de passe avec AES."), PointStatus::contradicted);
    EXPECT_EQ(first_point(fr, "Le plus simple est de chiffrer les mots de passe avec AES."), PointStatus::contradicted);
    EXPECT_NE(first_point(fr, "Une simple idée : chiffrer les mots de passe avec AES."), PointStatus::contradicted);
    Question ar = arabic("تشفير كلمات المرور باستخدام AES وحفظ المفتاح بجانب قاعدة البيانات");
    EXPECT_NE(first_point(ar, "سنقوم تشفير كلمات المرور باستخدام AES ."), PointStatus::contradicted);
    EXPECT_EQ(first_point(ar, "الأسهل تشفير كلمات المرور باستخدام AES ."), PointStatus::contradicted);
}

// Something else dismissed beside the mistake ("no need for more", "pas besoin de", "لا حاجة") holds the
// mistake's way to be enough: a shortcut too. A dismissal of the hit's own words rejects the mistake.
TEST(MistakeFrames, DismissingTheRestIsAShortcut) {
    Question en = english("Encrypting passwords with AES and keeping the key beside the database");
    EXPECT_NE(first_point(en, "I'd encrypt passwords with AES."), PointStatus::contradicted);
    EXPECT_EQ(first_point(en, "I'd encrypt passwords with AES, there's no need for more."), PointStatus::contradicted);
    EXPECT_EQ(first_point(en, "I'd encrypt passwords with AES, anything more is overkill."), PointStatus::contradicted);
    // ("need" not denied is no dismissal.)
    EXPECT_NE(first_point(en, "I'd encrypt passwords with AES, and we need more."), PointStatus::contradicted);
    EXPECT_NE(first_point(en, "Encrypting passwords with AES is overkill."), PointStatus::contradicted);
    Question fr = french("Chiffrer les mots de passe avec AES et garder la clé");
    EXPECT_NE(first_point(fr, "On va chiffrer les mots de passe avec AES."), PointStatus::contradicted);
    EXPECT_EQ(first_point(fr, "On va chiffrer les mots de passe avec AES, pas besoin de plus."), PointStatus::contradicted);
    Question ar = arabic("تشفير كلمات المرور باستخدام AES وحفظ المفتاح بجانب قاعدة البيانات");
    EXPECT_NE(first_point(ar, "سنقوم تشفير كلمات المرور باستخدام AES ."), PointStatus::contradicted);
    // (An ASCII comma: the tests' tokenizer reads "،" as a letter.)
    EXPECT_EQ(first_point(ar, "سنقوم تشفير كلمات المرور باستخدام AES, ولا حاجة لغير ذلك ."), PointStatus::contradicted);
    EXPECT_NE(first_point(ar, "تشفير كلمات المرور باستخدام AES لا حاجة له ."), PointStatus::contradicted);
}
