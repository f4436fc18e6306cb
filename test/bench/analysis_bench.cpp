// Core micro-benchmarks of answer analysis (no PostgreSQL): the question model built once,
// then answers analysed against it, as the trigger does with its per-backend cache.
#include "core/analysis.hpp"

#include "../unit/test_tokens.hpp"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

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

// The interview dev answers of $UH_BENCH_DATA (when set), each against its question's cached
// model: many questions and answer styles rather than one answer (the unit tests' stand-in
// tokenizer replaces PostgreSQL's, so the figures are the core's alone).
void BM_AnalyzeBenchAnswers(benchmark::State& state) {
    const char* dir = std::getenv("UH_BENCH_DATA");
    std::ifstream in(std::string(dir ? dir : "") + "/interview_dev.jsonl");
    if (dir == nullptr || !in) {
        state.SkipWithError("UH_BENCH_DATA/interview_dev.jsonl not found");
        return;
    }
    using Model = std::unique_ptr<utopiahire::core::QuestionModel, void (*)(utopiahire::core::QuestionModel*)>;
    std::map<std::string, uh_test::Question> questions;
    std::map<std::string, Model> models;
    std::vector<std::pair<std::string, std::unique_ptr<uh_test::OwnedText>>> answers;
    for (std::string line; std::getline(in, line);) {
        const auto doc = nlohmann::json::parse(line);
        if (doc.value("kind", "") == "question") {
            uh_test::Question& q = questions[doc.at("qid").get<std::string>()];
            q.question_text = doc.value("question_text", "");
            q.sample = doc.value("sample_answer", "");
            q.type = doc.value("question_type", "technical");
            if (doc.contains("key_points")) q.key_points = doc.at("key_points").dump();
            if (doc.contains("common_mistakes") && !doc.at("common_mistakes").is_null())
                q.mistakes = doc.at("common_mistakes").dump();
        } else {
            answers.emplace_back(doc.at("qid").get<std::string>(), uh_test::tokenize(doc.value("answer", "")));
        }
    }
    for (auto& [qid, q] : questions)
        models.emplace(qid, Model(utopiahire::core::build_question_model(q.input("")), utopiahire::core::destroy_question_model));
    std::string flat;
    for (auto _ : state) {
        for (const auto& [qid, answer] : answers) {
            const bool ok = utopiahire::core::analysis_flat(utopiahire::core::analyze(*models.at(qid), answer->raw()), flat);
            benchmark::DoNotOptimize(ok);
        }
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * answers.size()));
}
BENCHMARK(BM_AnalyzeBenchAnswers)->Unit(benchmark::kMillisecond);

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
