// libFuzzer target: the key-points / common-mistakes parser and the whole matcher and scorer.
// Input layout: key_points JSON, a NUL byte, an answer, a NUL byte, common_mistakes JSON
// (missing parts are empty). Only InputError may escape the core, and the analysis must
// produce valid JSON with offsets inside the answer.
#include "core/analysis.hpp"
#include "core/error.hpp"

#include "../unit/test_tokens.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    const size_t first = input.find('\0');
    const std::string key_points = input.substr(0, first);
    std::string answer, mistakes;
    if (first != std::string::npos) {
        const size_t second = input.find('\0', first + 1);
        answer = input.substr(first + 1, second == std::string::npos ? std::string::npos : second - first - 1);
        if (second != std::string::npos) mistakes = input.substr(second + 1);
    }
    uh_test::Question q;
    q.key_points = key_points;
    q.mistakes = mistakes;
    q.question_text = "What is the difference between a list and a tuple?";
    q.sample = "Lists are mutable. Tuples are immutable and hashable.";
    utopiahire::core::AnalysisResult r;
    try {
        r = utopiahire::core::analyze(q.input(answer));
    } catch (const utopiahire::core::InputError&) {
        return 0;   // refused input (bad shape, limits) is fine; anything else escapes and is a bug
    }
    const auto doc = nlohmann::json::parse(utopiahire::core::analysis_json(r));
    for (const auto* list : {&r.coverage.must, &r.coverage.bonus})
        for (const auto& p : *list) {
            if (p.score < 0.0 || p.score > 1.0) std::abort();
            if (p.has_evidence && (p.evidence_start < 0 || p.evidence_end < p.evidence_start ||
                                   p.evidence_end > utopiahire::core::utf8_length(answer)))
                std::abort();
        }
    if (r.overall < 0 || r.overall > 100 || !doc.is_object()) std::abort();
    return 0;
}
