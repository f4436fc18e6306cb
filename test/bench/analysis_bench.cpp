// Core micro-benchmarks of answer analysis (no PostgreSQL): the question model built once,
// then answers analysed against it, as the trigger does with its per-backend cache.
#include "core/analysis.hpp"

#include "../unit/test_tokens.hpp"

#include <benchmark/benchmark.h>

#include <memory>
#include <string>

namespace {

uh_test::Question bench_question() {
    uh_test::Question q;
    q.question_text = "In Python, what is the difference between a list and a tuple, and when would you choose one over the other?";
    q.key_points = R"({"must_mention": ["mutability difference", "tuples hashable / usable as dict keys",
                       "tuples lighter in memory / faster", "fixed records vs changing collections use case"],
                       "bonus_points": ["namedtuple for named fields", "tuple holding a mutable item is not hashable"]})";
    q.sample = "Lists are mutable: you can append, remove or reassign elements in place. Tuples are immutable once "
               "created. Because of that, a tuple whose elements are all hashable is itself hashable, so it can be a "
               "dictionary key or a set member, which a list cannot. Tuples are also slightly lighter in memory and "
               "faster to create, since their size is fixed. Use a tuple for a fixed-shape record such as (x, y) "
               "coordinates, and a list for a collection that grows. For records with named fields, "
               "collections.namedtuple or a frozen dataclass is clearer.";
    q.mistakes = R"({"mistakes": [{"mistake": "Saying tuples cannot contain mutable objects",
                                   "correction": "A tuple can hold a list; only the tuple's own references are fixed."}]})";
    return q;
}

const char* const answer_text =
    "The big one is that a list can be changed after you create it, append, pop, reassign an index, while a "
    "tuple is frozen once built. Because it can't change, a tuple (as long as everything inside it is hashable) "
    "can be hashed, so I can use something like (lat, lon) as a key in a dict or put it in a set; a list would "
    "raise TypeError. Tuples also have a smaller footprint and are a bit quicker to create. In practice I use a "
    "list for a collection that grows, and a tuple for a fixed-shape record like a (host, port) pair. If the "
    "record needs readable fields I reach for a namedtuple.";

void BM_AnalyzeWithCachedModel(benchmark::State& state) {
    uh_test::Question q = bench_question();
    const auto input = q.input("");
    std::unique_ptr<utopiahire::core::QuestionModel, void (*)(utopiahire::core::QuestionModel*)> model(
        utopiahire::core::build_question_model(input), utopiahire::core::destroy_question_model);
    const auto answer = uh_test::tokenize(answer_text);
    for (auto _ : state) {
        auto result = utopiahire::core::analyze(*model, answer->raw());
        benchmark::DoNotOptimize(result.overall);
    }
}
BENCHMARK(BM_AnalyzeWithCachedModel);

void BM_AnalyzeToJson(benchmark::State& state) {
    uh_test::Question q = bench_question();
    const auto input = q.input("");
    std::unique_ptr<utopiahire::core::QuestionModel, void (*)(utopiahire::core::QuestionModel*)> model(
        utopiahire::core::build_question_model(input), utopiahire::core::destroy_question_model);
    const auto answer = uh_test::tokenize(answer_text);
    for (auto _ : state) {
        auto json = utopiahire::core::analysis_json(utopiahire::core::analyze(*model, answer->raw()));
        benchmark::DoNotOptimize(json.data());
    }
}
BENCHMARK(BM_AnalyzeToJson);

// What the SQL functions do now: the flat stream the glue turns into a jsonb directly.
void BM_AnalyzeToFlat(benchmark::State& state) {
    uh_test::Question q = bench_question();
    const auto input = q.input("");
    std::unique_ptr<utopiahire::core::QuestionModel, void (*)(utopiahire::core::QuestionModel*)> model(
        utopiahire::core::build_question_model(input), utopiahire::core::destroy_question_model);
    const auto answer = uh_test::tokenize(answer_text);
    std::string flat;
    for (auto _ : state) {
        const bool ok = utopiahire::core::analysis_flat(utopiahire::core::analyze(*model, answer->raw()), flat);
        benchmark::DoNotOptimize(ok);
        benchmark::DoNotOptimize(flat.data());
    }
}
BENCHMARK(BM_AnalyzeToFlat);

void BM_BuildQuestionModel(benchmark::State& state) {
    uh_test::Question q = bench_question();
    const auto input = q.input("");
    for (auto _ : state) {
        utopiahire::core::QuestionModel* model = utopiahire::core::build_question_model(input);
        benchmark::DoNotOptimize(model);
        utopiahire::core::destroy_question_model(model);
    }
}
BENCHMARK(BM_BuildQuestionModel);

void BM_KeyPointsParse(benchmark::State& state) {
    const uh_test::Question q = bench_question();
    for (auto _ : state) {
        auto texts = utopiahire::core::question_texts(q.key_points, q.mistakes);
        benchmark::DoNotOptimize(texts.data());
    }
}
BENCHMARK(BM_KeyPointsParse);

}  // namespace
