// Core micro-benchmarks of the draw (no PostgreSQL): a cached pool of 100K questions per level,
// usage counts 0-50, current usage served from memory. Shows the cost of the C++ part of
// sample_questions; the SQL benchmark (sampling.sh) adds SPI and reading the usage counts.
#include "core/sampler.hpp"

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

using namespace utopiahire::core;

namespace {

struct BenchBank {
    BankCache cache;
    std::vector<int32_t> usage;   // by id - 1

    explicit BenchBank(int per_key) {
        cache.reset(1, 1);
        const char* types[] = {"technical", "coding", "system_design", "behavioral", "situational"};
        const char* skills[] = {"Python", "SQL", "Go"};
        const int lengths[] = {6, 3, 2};
        for (const char* region : {"MENA", "Global"}) {
            const CacheKey key{Level::mid, region, RoleScope::role, "Backend Developer"};
            cache.begin_load(key);
            for (int i = 0; i < per_key; ++i) {
                const int32_t id = static_cast<int32_t>(usage.size()) + 1;
                usage.push_back((i * 37) % 51);
                cache.add_row(key, types[i % 5], 3748 /* english */, id, usage.back(), skills + i % 2, lengths + i % 2, 2);
            }
            cache.finish_load(key);
        }
    }

    size_t draw(uint64_t seed, size_t* fetched) {
        DrawRequest request;
        request.kind = SessionKind::mixed;
        request.level = Level::mid;
        request.n = 10;
        request.region = "MENA";
        request.job_role = "Backend Developer";
        request.seed = seed;
        Draw draw(cache, request);
        std::vector<int32_t> current;
        while (draw.next() == Draw::Need::usage) {
            current.clear();
            for (int32_t id : draw.usage_request()) current.push_back(usage[id - 1]);
            draw.provide_usage(draw.usage_request().data(), current.data(), current.size());
        }
        *fetched += draw.candidates_fetched();
        return draw.result().size();
    }
};

void BM_DrawMixed10(benchmark::State& state) {
    BenchBank bank(static_cast<int>(state.range(0)));
    uint64_t seed = 1;
    size_t fetched = 0, draws = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(bank.draw(seed++, &fetched));
        ++draws;
    }
    state.counters["usage_reads_per_draw"] = static_cast<double>(fetched) / static_cast<double>(draws);
}
BENCHMARK(BM_DrawMixed10)->Arg(10000)->Arg(100000)->Unit(benchmark::kMicrosecond);

}  // namespace
