// A small, seedable random generator (xoshiro256** seeded through splitmix64). The draw must
// give the same questions for the same seed on every platform and compiler, which the standard
// library's distributions do not promise, so the bounded and real-valued draws are done here.
#pragma once

#include <cstdint>

namespace utopiahire::core {

class Rng {
public:
    explicit Rng(uint64_t seed) noexcept;

    uint64_t next() noexcept;
    // Uniform in [0, bound); bound > 0. Unbiased (Lemire's multiply-and-reject).
    uint64_t below(uint64_t bound) noexcept;
    // Uniform in [0, 1) with 53 random bits.
    double unit() noexcept;
    // Uniform in (0, 1]: safe to take the logarithm of.
    double open_unit() noexcept { return 1.0 - unit(); }

private:
    uint64_t state_[4];
};

}  // namespace utopiahire::core
