// A negative point ("do not merge without review") is contradicted by an answer in which the speaker
// does the act it rules out ("I'd merge it myself"), with no negation word near: the word the point's
// negation governs, said bare by a first-person subject (proposal_readings.cpp). Answers that name
// the act while agreeing, or do it the right way, are not.
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::status_of;

TEST(ProposedAct, TheSpeakerDoingTheRuledOutActContradicts) {
    Question q;
    q.question_text = "Your pull request has waited four days and nobody has commented. What do you do?";
    q.key_points = R"({"must_mention": ["do not merge without review"]})";
    EXPECT_EQ(status_of(q, "Nobody objects, so I'd merge it myself and move on."), PointStatus::contradicted);
    EXPECT_EQ(status_of(q, "I'd just merge it."), PointStatus::contradicted);
    // A condition that names none of the point's words leaves the act bare.
    EXPECT_EQ(status_of(q, "If nobody answers by Friday, I merge it."), PointStatus::contradicted);
    Question f;
    f.key_points = R"({"must_mention": ["on ne fusionne jamais sans relecture"]})";
    EXPECT_EQ(status_of(f, "Je la fusionne."), PointStatus::contradicted);
    EXPECT_NE(status_of(f, "Je fusionne après une relecture."), PointStatus::contradicted);
}

TEST(ProposedAct, NamingTheActWhileAgreeingDoesNotContradict) {
    Question q;
    q.question_text = "Your pull request has waited four days and nobody has commented. What do you do?";
    q.key_points = R"({"must_mention": ["do not merge without review"]})";
    // Done the right way, denied, asked, conditioned, told of others, spared, or a state since left.
    EXPECT_NE(status_of(q, "I'd merge it after a review from a colleague."), PointStatus::contradicted);
    EXPECT_NE(status_of(q, "I never merge without review, so I'd ping a colleague."), PointStatus::contradicted);
    EXPECT_NE(status_of(q, "Do I merge it myself? No."), PointStatus::contradicted);
    EXPECT_NE(status_of(q, "If a reviewer approves it, I merge it."), PointStatus::contradicted);
    EXPECT_NE(status_of(q, "I think most teams merge without review too often."), PointStatus::contradicted);
    EXPECT_NE(status_of(q, "Instead of merging it myself, I'd ask for a review."), PointStatus::contradicted);
    EXPECT_NE(status_of(q, "Initially we merge it ourselves; now every change waits for an approval."),
              PointStatus::contradicted);
    EXPECT_NE(status_of(q, "The mistake is to merge without review."), PointStatus::contradicted);
}

// A point that describes rather than rules out an act ("listeners never removed", "a cache without
// limit") governs no act: an answer doing the fix ("I remove the listeners") agrees with it.
TEST(ProposedAct, ADescriptiveNegationRulesOutNoAct) {
    Question q;
    q.key_points = R"({"must_mention": ["typical causes: caches without limit, listeners never removed"]})";
    EXPECT_NE(status_of(q, "I remove the listeners when the component unmounts and I limit the cache."),
              PointStatus::contradicted);
    Question f;
    f.key_points = R"({"must_mention": ["causes typiques : cache sans limite, écouteurs jamais retirés"]})";
    EXPECT_NE(status_of(f, "Je limite le cache et je retire les écouteurs."), PointStatus::contradicted);
}

// The act done the right way, the question's own words with the way they are done ("hashed with
// bcrypt"), in English, French and Arabic.
TEST(ProposedAct, TheActDoneTheRightWayDoesNotContradict) {
    Question q;
    q.question_text = "How should a web application store user passwords?";
    q.key_points = R"({"must_mention": ["never store passwords in plain text"]})";
    EXPECT_NE(status_of(q, "We store passwords hashed with bcrypt."), PointStatus::contradicted);
    EXPECT_NE(status_of(q, "We store them with bcrypt and a salt."), PointStatus::contradicted);
    Question f;
    f.key_points = R"({"must_mention": ["ne jamais stocker les mots de passe en clair"]})";
    EXPECT_NE(status_of(f, "Je stocke les mots de passe avec bcrypt."), PointStatus::contradicted);
    Question a;
    a.key_points = R"({"must_mention": ["لا تخزن كلمات المرور كنص واضح"]})";
    EXPECT_NE(status_of(a, "نخزن كلمات المرور مشفرة باستخدام bcrypt."), PointStatus::contradicted);
}

// review23 F0: a point holding a word of an opposite class ("alone", "share") has a term with no
// lexeme (Term::lex -1); the condition reading of bare_act compared the words of the clause before
// the act with every term, that one included, and read the lexicon at -1 (the backend crashed).
TEST(ProposedAct, APointWithAnOppositeClassWordIsReadSafely) {
    Question q;
    q.key_points =
        R"j({"must_mention": ["do not use, share or act alone on the secrets (no deleting the sheet or rotating keys unilaterally)"]})j";
    EXPECT_NE(status_of(q, "At university we had to build a project in Django, and I use Java."), PointStatus::contradicted);
    EXPECT_NE(status_of(q, "At university we had to build a project in Django, and I had only used Java before."),
              PointStatus::contradicted);
}

// review23 F5: the how or the when of the act said elsewhere in its sentence than in its clause (after
// a colon, a comma, "but"; a condition before it; a lasting condition after it) is read.
TEST(ProposedAct, TheWaySaidElsewhereInTheSentenceDoesNotContradict) {
    Question s;
    s.key_points = R"({"must_mention": ["never store passwords in plain text"]})";
    EXPECT_NE(status_of(s, "We store the passwords: hashed and salted with bcrypt."), PointStatus::contradicted);
    EXPECT_NE(status_of(s, "We store them, but only as salted bcrypt hashes."), PointStatus::contradicted);
    EXPECT_NE(status_of(s, "At my last job we stored passwords in plain text until an audit; we moved to bcrypt."),
              PointStatus::contradicted);
    EXPECT_EQ(status_of(s, "We store the passwords in plain text."), PointStatus::contradicted);
    Question m;
    m.key_points = R"({"must_mention": ["do not merge without review"]})";
    EXPECT_NE(status_of(m, "Only when the review is done do I merge."), PointStatus::contradicted);
    EXPECT_EQ(status_of(m, "I'd merge it myself and fix things later."), PointStatus::contradicted);
    EXPECT_EQ(status_of(m, "I'd merge it: they wrote it and they know it best."), PointStatus::contradicted);
    EXPECT_NE(status_of(s, "We store the passwords: we hash them with bcrypt."), PointStatus::contradicted);
    Question o;
    o.key_points = R"({"must_mention": ["do not optimise before measuring"]})";
    EXPECT_NE(status_of(o, "We optimise, yes, but we measure first."), PointStatus::contradicted);
    Question f;
    f.key_points = R"({"must_mention": ["ne jamais stocker les mots de passe en clair"]})";
    EXPECT_NE(status_of(f, "Nous stockons les mots de passe : hachés avec bcrypt."), PointStatus::contradicted);
    EXPECT_NE(status_of(f, "Nous les stockons en clair jusqu'à un audit, puis nous sommes passés à bcrypt."),
              PointStatus::contradicted);
    Question g;
    g.key_points = R"({"must_mention": ["on ne fusionne jamais sans relecture"]})";
    EXPECT_EQ(status_of(g, "Je la fusionne, c'est plus rapide."), PointStatus::contradicted);
    Question a;
    a.key_points = R"({"must_mention": ["لا تخزن كلمات المرور كنص واضح"]})";
    EXPECT_NE(status_of(a, "نخزن كلمات المرور، لكن مشفرة باستخدام bcrypt."), PointStatus::contradicted);
}


// review23 F5: an act a sequence word places after a step ("then", "afterwards", "after that", "puis",
// "ensuite", "après cela", ثم, وبعد ذلك) is done in its order, not bare, when the step is stated: named
// in the point's words or in others ("the approval"). A step denied, or the act said of the speaker's
// own hand ("myself": alone), leaves it bare.
TEST(ProposedAct, AnActPlacedAfterAStepIsNotBare) {
    Question m;
    m.key_points = R"({"must_mention": ["do not merge without review"]})";
    EXPECT_NE(status_of(m, "I wait for the approval. Then I merge."), PointStatus::contradicted);
    EXPECT_NE(status_of(m, "I wait for the review, then I merge it."), PointStatus::contradicted);
    EXPECT_NE(status_of(m, "A colleague reviews it. After that, I merge it."), PointStatus::contradicted);
    EXPECT_EQ(status_of(m, "Nobody reviews it. Then I merge it myself."), PointStatus::contradicted);
    EXPECT_EQ(status_of(m, "I wait a day, then I merge it myself."), PointStatus::contradicted);
    EXPECT_EQ(status_of(m, "I wrote the code. Then I merge it myself."), PointStatus::contradicted);
    Question f;
    f.key_points = R"({"must_mention": ["on ne fusionne jamais sans relecture"]})";
    EXPECT_NE(status_of(f, "J'attends la relecture. Ensuite je la fusionne."), PointStatus::contradicted);
    EXPECT_NE(status_of(f, "J'attends la validation, puis je la fusionne."), PointStatus::contradicted);
    EXPECT_NE(status_of(f, "Un collègue fait la relecture. Après cela, je la fusionne."), PointStatus::contradicted);
    Question a;
    a.key_points = R"({"must_mention": ["لا نخزن كلمات المرور كنص واضح"]})";
    EXPECT_EQ(status_of(a, "نخزن كلمات المرور."), PointStatus::contradicted);
    EXPECT_NE(status_of(a, "نشفر كلمات المرور. ثم نخزن كلمات المرور."), PointStatus::contradicted);
    EXPECT_NE(status_of(a, "نشفر كلمات المرور. وبعد ذلك نخزن كلمات المرور."), PointStatus::contradicted);
    EXPECT_EQ(status_of(a, "ننتظر يوما، ثم نخزن كلمات المرور بأنفسنا."), PointStatus::contradicted);
}

// review23 F5: what follows "the mistake is (to think)", "l'erreur est de (croire)", "الخطأ هو", over a
// colon or a quote, is the mistake, not the speaker's act. A name of a mistake that frames nothing
// ("mistakes happen, so ...") spares nothing.
TEST(ProposedAct, WhatAMistakeSaysIsNotTheSpeakersAct) {
    Question m;
    m.key_points = R"({"must_mention": ["do not merge without review"]})";
    EXPECT_NE(status_of(m, "The mistake is to think: I'll just merge it myself. Wait for the review."),
              PointStatus::contradicted);
    EXPECT_NE(status_of(m, "The mistake is to think \"I'll just merge it myself\". Wait for the review."),
              PointStatus::contradicted);
    EXPECT_EQ(status_of(m, "Mistakes happen, so I'd merge it myself and fix things later."), PointStatus::contradicted);
    Question f;
    f.key_points = R"({"must_mention": ["on ne fusionne jamais sans relecture"]})";
    EXPECT_NE(status_of(f, "L'erreur est de croire : je la fusionne moi-même. Il faut attendre la relecture."),
              PointStatus::contradicted);
    EXPECT_NE(status_of(f, "L'erreur, c'est de penser « je la fusionne moi-même »."), PointStatus::contradicted);
    Question a;
    a.key_points = R"({"must_mention": ["لا نخزن كلمات المرور كنص واضح"]})";
    EXPECT_NE(status_of(a, "الخطأ هو أن نخزن كلمات المرور."), PointStatus::contradicted);
    EXPECT_NE(status_of(a, "الخطأ هو التفكير: نخزن كلمات المرور. يجب تشفيرها."), PointStatus::contradicted);
}

// review24 F1: a fronted time clause ("after X,", "once X,", "après X,", بعد X) places the act as "if"
// does; "first" / "d'abord" / أولا in the next sentence places it too; a past act told as a lesson
// ("years ago ... now ...", "once ... Never again.") is a state since left; "the worst thing would be
// (to think)" frames a wrong claim as "the mistake is" does. The act said bare, or after a step
// denied, stays contradicted.
TEST(ProposedAct, AnActPlacedByATimeClauseOrToldAsALessonIsNotProposed) {
    Question m;
    m.key_points = R"({"must_mention": ["do not merge without review"]})";
    EXPECT_NE(status_of(m, "After the review passes, I merge."), PointStatus::contradicted);
    EXPECT_NE(status_of(m, "Once the reviewer approves it, I merge it."), PointStatus::contradicted);
    EXPECT_NE(status_of(m, "I merge. But first I wait for two approvals."), PointStatus::contradicted);
    EXPECT_NE(status_of(m, "The worst thing would be to think: I will merge it myself. I wait for the review."),
              PointStatus::contradicted);
    EXPECT_NE(status_of(m, "After two approvals, I merge it myself."), PointStatus::contradicted);
    EXPECT_NE(status_of(m, "Once the review is done, we merge it ourselves."), PointStatus::contradicted);
    EXPECT_EQ(status_of(m, "I merge it and then ask someone to review it."), PointStatus::contradicted);
    EXPECT_EQ(status_of(m, "Nobody answers, so I wait an hour. Then I merge it myself."), PointStatus::contradicted);
    EXPECT_EQ(status_of(m, "I merge it. Nobody reviews it."), PointStatus::contradicted);
    EXPECT_EQ(status_of(m, "The worst thing is slow reviews, so I merge it myself."), PointStatus::contradicted);
    Question p;
    p.key_points = R"({"must_mention": ["never store passwords in plain text"]})";
    EXPECT_NE(status_of(p, "Years ago we stored passwords in plain text and got breached; now we hash them with bcrypt."),
              PointStatus::contradicted);
    EXPECT_EQ(status_of(p, "We stored passwords in plain text and it worked fine."), PointStatus::contradicted);
    Question d;
    d.key_points = R"({"must_mention": ["do not deploy on Friday"]})";
    EXPECT_NE(status_of(d, "We deployed on a Friday once and spent the weekend fixing it. Never again."),
              PointStatus::contradicted);
    Question f;
    f.key_points = R"({"must_mention": ["ne jamais fusionner sans revue"]})";
    EXPECT_NE(status_of(f, "Après la revue, je fusionne."), PointStatus::contradicted);
    EXPECT_NE(status_of(f, "Une fois la revue faite, je fusionne."), PointStatus::contradicted);
    EXPECT_NE(status_of(f, "Je fusionne. Mais d'abord j'attends la revue."), PointStatus::contradicted);
    Question a;
    a.key_points = R"({"must_mention": ["لا نخزن كلمات المرور كنص واضح"]})";
    EXPECT_NE(status_of(a, "بعد التشفير، نخزن كلمات المرور."), PointStatus::contradicted);
    EXPECT_NE(status_of(a, "نخزن كلمات المرور. لكن أولا نشفرها."), PointStatus::contradicted);
    EXPECT_NE(status_of(a, "الأسوأ هو أن نقول: نخزن كلمات المرور. يجب تشفيرها."), PointStatus::contradicted);
    EXPECT_EQ(status_of(a, "نخزن كلمات المرور."), PointStatus::contradicted);
}

// The act with the point's own lack said again ("I merge without review" for "do not merge without
// review"): the "without" repeats what the point rules out and denies nothing; the act said whole
// contradicts. Denied ("I never merge without review", French and Arabic too), or with the lacked
// thing stated ("I merge after the review") or another lack ("without breaking the build"), it does
// not. (The French act "je fusionne sans revue" contradicts in the extension, whose French stemmer
// reads it; the Arabic one is not read yet.)
TEST(ProposedAct, TheActWithThePointsOwnLackContradicts) {
    Question q;
    q.key_points = R"({"must_mention": ["do not merge without review"]})";
    EXPECT_EQ(status_of(q, "I merge without review."), PointStatus::contradicted);
    EXPECT_EQ(status_of(q, "I merge it myself without waiting for any review."), PointStatus::contradicted);
    EXPECT_NE(status_of(q, "I never merge without review."), PointStatus::contradicted);
    EXPECT_NE(status_of(q, "We do not merge anything without a review."), PointStatus::contradicted);
    EXPECT_NE(status_of(q, "I merge after the review."), PointStatus::contradicted);
    EXPECT_NE(status_of(q, "After the review, I merge without breaking the build."), PointStatus::contradicted);
    EXPECT_NE(status_of(q, "Instead of merging without review, I ask for one."), PointStatus::contradicted);
    Question f;
    f.key_points = R"({"must_mention": ["ne pas fusionner sans revue"]})";
    EXPECT_NE(status_of(f, "Je ne fusionne jamais sans revue."), PointStatus::contradicted);
    Question a;
    a.key_points = R"({"must_mention": ["لا تدمج الكود بدون مراجعة"]})";
    EXPECT_NE(status_of(a, "لا أدمج الكود بدون مراجعة."), PointStatus::contradicted);
}

// A clause opened by a negative quantifier after the act ("nobody complains") is another subject's
// word about it, not how the act is done: the act stays bare.
TEST(ProposedAct, ANegativeQuantifierClauseAfterTheActLeavesItBare) {
    Question q;
    q.key_points = R"({"must_mention": ["do not deploy on fridays"]})";
    EXPECT_EQ(status_of(q, "We deploy on fridays, nobody complains."), PointStatus::contradicted);
    EXPECT_NE(status_of(q, "We never deploy on fridays, nobody wants a weekend incident."), PointStatus::contradicted);
    EXPECT_EQ(status_of(q, "We deploy on fridays, nothing ever breaks."), PointStatus::contradicted);
}
