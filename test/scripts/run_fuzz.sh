#!/usr/bin/env bash
# make fuzz: builds the libFuzzer targets of test/fuzz with clang (installed with apt when
# missing) and runs each for UH_FUZZ_SECONDS (default 60) on a seed corpus.
source "$(dirname "$0")/lib.sh"
cd "$UH_ROOT"
uh_install_deps clang
cmake -S "$UH_ROOT" -B "$UH_ROOT/build-fuzz" -DUH_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$UH_ROOT/build-fuzz" -j2 >/dev/null
seconds=${UH_FUZZ_SECONDS:-60}
for src in test/fuzz/*.cpp; do
    name=$(basename "$src" .cpp)
    corpus="$UH_ROOT/build-fuzz/corpus-$name"
    mkdir -p "$corpus"
    printf '{"must_mention": ["mutability difference", {"point": "hashable tuples", "aliases": ["dict keys"]}], "bonus_points": ["namedtuple"]}\0Tuples are not hashable; lists are mutable.\0{"mistakes": [{"mistake": "lists as keys", "correction": "no"}]}' >"$corpus/seed1"
    printf '{"must_mention": ["\xd8\xaa\xd8\xb9\xd8\xaf\xd9\x8a\xd9\x84"]}\0\xd9\x84\xd8\xa7 \xd8\xaa\xd8\xb9\xd8\xaf\xd9\x8a\xd9\x84, um, number 42.' >"$corpus/seed2"
    uh_log "fuzzing $name for ${seconds}s"
    "$UH_ROOT/build-fuzz/$name" -max_total_time="$seconds" -max_len=4096 "$corpus"
done
