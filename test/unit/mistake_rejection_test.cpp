// A correct answer that names a common mistake to reject it ("Many developers use Math.random() ...,
// but that is not safe") is read as stating the mistake (one piece of evidence); the negations of
// its rejection are no denial of the subject beside it (denial_beside_mistakes), or the two would make
// a wrong answer of it and halve every dimension but technical accuracy (review19 F1: 93 -> 49).
// A wrong answer stating a mistake and denying the subject elsewhere stays a wrong answer.
#include "core/analysis.hpp"
#include "core/matcher.hpp"
#include "core/scoring.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;

namespace {

struct Denial {
    double share = 0.0;           // TopicReading::negated
    double beside_mistake = 0.0;  // denial_beside_mistakes
    int mistakes = 0;             // common mistakes stated
};

Denial denial(Question& q, const std::string& answer) {
    return uh_test::with_answer(q, answer, [](Context& ctx, const AnalysisInput& in) {
        const TopicReading topic = read_topic(ctx, key_point_coverage(in));
        std::vector<size_t> stated;
        for (size_t i = 0; i < ctx.model.mistakes.size(); ++i)
            if (ctx.model.mistakes[i].terms.size() >= 2 && mistake_stated(ctx, i)) stated.push_back(i);
        return Denial{topic.negated, denial_beside_mistakes(ctx, topic, stated), static_cast<int>(stated.size())};
    });
}

// rejecting: names the mistake and rejects it; plain: the same answer without it. The rejection's
// negations deny the subject (share 0.125 or more), but not beside the mistake, and the answer keeps
// about the plain one's scores.
void expect_rejection_is_no_wrong_answer(Question& q, const std::string& rejecting, const std::string& plain) {
    const Denial d = denial(q, rejecting);
    ASSERT_EQ(d.mistakes, 1) << "the mistake is read as stated (review18 F4), the case this guards";
    EXPECT_GE(d.share, 0.125);
    EXPECT_LT(d.beside_mistake, 0.125);
    const AnalysisResult named = analyze(q.input(rejecting));
    const AnalysisResult without = analyze(q.input(plain));
    EXPECT_GT(named.clarity, 0.8 * without.clarity) << analysis_json(named);
    EXPECT_GT(named.relevance, 0.8 * without.relevance) << analysis_json(named);
    EXPECT_GT(named.overall, 0.75 * without.overall) << analysis_json(named);
}

// A wrong answer: states the mistake and denies the subject in sentences of its own, which the
// rejection's reading leaves counted.
void expect_wrong_answer_stays(Question& q, const std::string& wrong, const std::string& plain) {
    const Denial d = denial(q, wrong);
    ASSERT_EQ(d.mistakes, 1);
    EXPECT_GE(d.beside_mistake, 0.125);
    EXPECT_DOUBLE_EQ(d.beside_mistake, d.share);
    // Two pieces even where the mistake contradicts no point (its correction names none).
    EXPECT_TRUE(wrong_answer(0, d.mistakes, d.beside_mistake, 120));
    const AnalysisResult r = analyze(q.input(wrong));
    const AnalysisResult without = analyze(q.input(plain));
    EXPECT_LT(r.clarity, 0.6 * without.clarity) << analysis_json(r);
    EXPECT_LT(r.overall, 0.5 * without.overall) << analysis_json(r);
}

Question reset_tokens() {
    Question q;
    q.question_text = "How would you generate password reset tokens in a Node.js web application?";
    q.key_points = R"({"must_mention": ["use a cryptographically secure random generator",
                       "tokens long enough to resist guessing", "expire tokens after use"]})";
    q.mistakes = R"json({"mistakes": [{"mistake": "use the language's plain random function to generate reset tokens",
                     "correction": "use a cryptographically secure random generator such as crypto.randomBytes"}]})json";
    q.sample = "Reset tokens must be unguessable, so they come from a cryptographically secure random generator such "
               "as crypto.randomBytes. Use at least 32 bytes, encode them in hex or base64url, store only a hash of "
               "the token in the database together with an expiry time, and invalidate it after it is used or after "
               "a short time such as fifteen minutes. Send the link over HTTPS only and compare the stored hash in "
               "constant time.";
    return q;
}

Question reset_tokens_fr() {
    Question q;
    q.question_text = "Comment générer des jetons de réinitialisation de mot de passe dans une application Node.js ?";
    q.key_points = R"({"must_mention": ["utiliser un générateur aléatoire cryptographiquement sûr",
                       "jetons assez longs pour résister aux devinettes", "faire expirer les jetons après usage"]})";
    q.mistakes = R"json({"mistakes": [{"mistake": "générer les jetons de réinitialisation avec Math.random()",
                     "correction": "utiliser un générateur aléatoire cryptographiquement sûr comme crypto.randomBytes"}]})json";
    q.sample = "Les jetons de réinitialisation doivent être imprévisibles : ils viennent d'un générateur aléatoire "
               "cryptographiquement sûr comme crypto.randomBytes. On prend au moins 32 octets, encodés en hexadécimal "
               "ou en base64url, on stocke seulement un hachage du jeton en base avec une date d'expiration, et on "
               "l'invalide après usage ou après un court délai comme quinze minutes. Le lien passe uniquement par "
               "HTTPS et la comparaison du hachage se fait en temps constant.";
    return q;
}

}  // namespace

TEST(MistakeRejection, NamingAMistakeToRejectItIsNoWrongAnswer) {
    Question q = reset_tokens();
    expect_rejection_is_no_wrong_answer(
        q,
        "Many developers use the language's plain random function to generate reset tokens, but that is not safe: an attacker can predict "
        "its output, so it should never be used for secrets and no reset link should depend on it. I use "
        "crypto.randomBytes, a "
        "cryptographically secure random generator, with 32 bytes so the tokens are long enough to resist guessing, "
        "and I expire them after use.",
        "I use crypto.randomBytes, a cryptographically secure random generator, with 32 bytes so the tokens are long "
        "enough to resist guessing, and I expire them after use.");
}

TEST(MistakeRejection, NamingAMistakeToRejectItIsNoWrongAnswerInFrench) {
    Question q = reset_tokens_fr();
    expect_rejection_is_no_wrong_answer(
        q,
        "Beaucoup de développeurs choisissent de générer les jetons de réinitialisation avec Math.random(), mais ce "
        "n'est pas sûr : sa sortie n'est pas vraiment aléatoire et peut être prédite, il ne faut jamais l'utiliser pour des "
        "secrets. J'utilise crypto.randomBytes, un générateur aléatoire cryptographiquement sûr, avec 32 octets pour "
        "que les jetons soient assez longs pour résister aux devinettes, et je fais expirer les jetons après usage.",
        "J'utilise crypto.randomBytes, un générateur aléatoire cryptographiquement sûr, avec 32 octets pour que les "
        "jetons soient assez longs pour résister aux devinettes, et je fais expirer les jetons après usage.");
}

TEST(MistakeRejection, AMistakeAndADenialElsewhereStayAWrongAnswer) {
    Question q = reset_tokens();
    expect_wrong_answer_stays(
        q,
        "I use the language's plain random function to generate reset tokens, it is quick. I send the token by email. The hash in the database is not needed. "
        "The link does not need HTTPS, and nobody compares the stored hash in constant time.",
        "I use crypto.randomBytes, a cryptographically secure random generator, with 32 bytes so the tokens are long "
        "enough to resist guessing, and I expire them after use.");
}
