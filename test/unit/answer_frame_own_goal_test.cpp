// A correct answer that opens with its own goal or a discourse marker ("To protect the backend from
// abusive clients, ...", "For starters, ...", "Pour éviter qu'un client abusif sature le serveur, ...",
// "لحماية الخادم ...") answers the question asked: the words of its opening are its own, not the
// question's, but the rest of the answer states the question's points. The opening frame is evidence
// of another task only together with an answer that states none of them (answer_frame, framed_on_topic).
#include "core/analysis.hpp"
#include "core/answer_frame.hpp"
#include "core/scoring.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace utopiahire::core;
using uh_test::Question;

namespace {

Question rate_limiter_question() {
    Question q;
    q.question_text = "How would you design a rate limiter for a public API?";
    q.key_points = R"({"must_mention": ["token bucket or sliding window algorithm", "per-client counters stored in Redis",
                                        "reject with HTTP 429 and a Retry-After header"],
                       "bonus_points": ["distributed consistency across gateway nodes"]})";
    q.sample =
        "I would use a token bucket per client: each API key gets a bucket of tokens refilled at a fixed rate, and "
        "each request takes one token. The counters live in Redis so that every gateway node sees the same state, "
        "updated atomically with a Lua script or INCR with expiry. When the bucket is empty the gateway rejects the "
        "request with HTTP 429 Too Many Requests and a Retry-After header telling the client when to try again. A "
        "sliding window log is more precise but costs more memory.";
    return q;
}

Question rate_limiter_question_fr() {
    Question q;
    q.question_text = "Comment concevriez-vous un limiteur de débit pour une API publique ?";
    q.key_points = R"({"must_mention": ["algorithme du seau à jetons ou de la fenêtre glissante",
                                        "compteurs par client stockés dans Redis",
                                        "rejet avec le code HTTP 429 et un en-tête Retry-After"]})";
    q.sample =
        "J'utiliserais un seau à jetons par client : chaque clé d'API reçoit un seau de jetons rechargé à un rythme "
        "fixe, et chaque requête consomme un jeton. Les compteurs sont stockés dans Redis pour que tous les nœuds de "
        "la passerelle voient le même état, mis à jour de façon atomique avec un script Lua. Quand le seau est vide, "
        "la passerelle rejette la requête avec le code HTTP 429 et un en-tête Retry-After qui indique au client quand "
        "réessayer. Une fenêtre glissante est plus précise mais coûte plus de mémoire.";
    return q;
}

Question rate_limiter_question_ar() {
    Question q;
    q.question_text = "كيف تصمم محدد معدل الطلبات لواجهة برمجة تطبيقات عامة؟";
    q.key_points = R"({"must_mention": ["خوارزمية دلو الرموز أو النافذة المنزلقة", "عدادات لكل عميل مخزنة في Redis",
                                        "رفض الطلب برمز 429 مع ترويسة Retry-After"]})";
    q.sample =
        "أستخدم خوارزمية دلو الرموز لكل عميل: كل مفتاح واجهة يحصل على دلو من الرموز يعاد ملؤه بمعدل ثابت، وكل طلب "
        "يستهلك رمزا واحدا. تخزن العدادات في Redis حتى ترى كل عقد البوابة الحالة نفسها، وتحدث بشكل ذري باستخدام "
        "سكربت Lua. عندما يفرغ الدلو ترفض البوابة الطلب برمز 429 مع ترويسة Retry-After تخبر العميل متى يعيد "
        "المحاولة. النافذة المنزلقة أدق لكنها تستهلك ذاكرة أكثر.";
    return q;
}

const char* const rest_en =
    "I'd give every API key a token bucket in Redis, refilled at a fixed rate, and each request takes a token. When "
    "the bucket is empty the gateway answers 429 with a Retry-After header so the client knows when to retry. A "
    "sliding window is the more precise alternative.";

// The answer keeps a score of a good answer and states every must point.
void expect_strong(Question& q, const std::string& answer, int plain_overall) {
    const AnalysisResult r = analyze(q.input(answer));
    EXPECT_GE(r.overall, 70) << answer << "\n" << analysis_json(r);
    EXPECT_GE(r.overall, plain_overall - 5) << answer;
    for (const PointResult& p : r.coverage.must) EXPECT_EQ(p.status, PointStatus::covered) << answer << "\n" << p.point;
    const Coverage kpc = key_point_coverage(q.input(answer));
    for (const PointResult& p : kpc.must) EXPECT_EQ(p.status, PointStatus::covered) << answer << "\n" << p.point;
}

}  // namespace

TEST(AnswerFrameOwnGoal, EnglishOpeningsInTheAnswersOwnWordsKeepAStrongScore) {
    Question q = rate_limiter_question();
    const AnalysisResult plain = analyze(q.input(rest_en));
    ASSERT_GE(plain.overall, 70) << analysis_json(plain);
    for (const char* opening : {"To protect the backend from abusive clients, ", "For starters, ", "To keep things simple, ",
                                "To handle this, "}) {
        std::string rest = rest_en;
        expect_strong(q, opening + rest, plain.overall);
    }
    expect_strong(q,
                  "For high availability, I'd keep the counters in a Redis cluster and run a token bucket per API key, "
                  "refilled at a fixed rate. When the bucket is empty the gateway answers 429 with a Retry-After header "
                  "so the client knows when to retry.",
                  plain.overall - 5);
    expect_strong(q,
                  "For fairness between tenants, each API key gets its own token bucket stored in Redis, refilled at a "
                  "fixed rate. When the bucket is empty the gateway answers 429 with a Retry-After header so the client "
                  "knows when to retry.",
                  plain.overall - 5);
    expect_strong(q,
                  "For millions of requests per second, I'd run a token bucket per API key with the counters in Redis, "
                  "updated atomically by a Lua script. When the bucket is empty the gateway answers 429 with a "
                  "Retry-After header.",
                  plain.overall - 5);
}

TEST(AnswerFrameOwnGoal, FrenchOpeningInTheAnswersOwnWordsKeepsAStrongScore) {
    Question q = rate_limiter_question_fr();
    const std::string rest =
        "je donne à chaque clé d'API un seau à jetons stocké dans Redis, rechargé à un rythme fixe. Quand le seau est "
        "vide, la passerelle répond 429 avec un en-tête Retry-After.";
    const AnalysisResult plain = analyze(q.input("Alors " + rest));
    expect_strong(q, "Pour éviter qu'un client abusif sature le serveur, " + rest, plain.overall);
}

TEST(AnswerFrameOwnGoal, ArabicOpeningsInTheAnswersOwnWordsKeepAStrongScore) {
    Question q = rate_limiter_question_ar();
    const std::string rest =
        "أعطي كل مفتاح واجهة دلو رموز مخزنا في Redis يعاد ملؤه بمعدل ثابت، وكل طلب يستهلك رمزا. عندما يفرغ الدلو ترد "
        "البوابة برمز 429 مع ترويسة Retry-After.";
    const AnalysisResult plain = analyze(q.input(rest));
    // "To protect the server from abusive clients, ..."
    expect_strong(q, "لحماية الخادم من العملاء المسيئين، " + rest, plain.overall);
    // "Let's assume we have thousands of clients: ...": لنفترض is a verb, not the purpose prefix li-.
    expect_strong(q, "لنفترض أن لدينا آلاف العملاء: " + rest, plain.overall);
}

// لنفترض (let's assume), لدينا (we have), لاحقا (later) start with ل but are no purpose phrase.
TEST(AnswerFrameOwnGoal, ArabicWordsStartingWithLamAreNoPurposeFrame) {
    Question q = rate_limiter_question_ar();
    auto frame_of = [&](const std::string& answer) {
        return uh_test::with_answer(q, answer, [](Context& ctx, const AnalysisInput&) { return answer_frame(ctx); });
    };
    EXPECT_EQ(frame_of("لنفترض أن لدينا آلاف العملاء، أعطي كل مفتاح دلو رموز.").words, 0);
    EXPECT_EQ(frame_of("لاحقا نضيف عدادات في Redis.").words, 0);
    // The purpose prefix on a verbal noun still opens a frame: "لتقصير الروابط" (to shorten links).
    EXPECT_GE(frame_of("لتقصير الروابط، أحسب رمزا قصيرا بترميز base62.").words, 1);
}
