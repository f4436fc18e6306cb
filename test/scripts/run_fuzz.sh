#!/usr/bin/env bash
# make fuzz: builds the libFuzzer targets of test/fuzz with clang (installed with apt when
# missing) and runs each for UH_FUZZ_SECONDS (default 300) on a seed corpus (inputs up to 16 KiB:
# a seed of real key points, answer and mistakes is longer than libFuzzer's default). libFuzzer
# first runs every seed whatever the time limit: the ~17k validation seeds take 2-3 minutes under
# the sanitizers, the rest of the time is mutation.
source "$(dirname "$0")/lib.sh"
cd "$UH_ROOT"
uh_install_deps clang python3
cmake -S "$UH_ROOT" -B "$UH_ROOT/build-fuzz" -DUH_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$UH_ROOT/build-fuzz" -j2 >/dev/null
seconds=${UH_FUZZ_SECONDS:-300}
for src in test/fuzz/*.cpp; do
    name=$(basename "$src" .cpp)
    corpus="$UH_ROOT/build-fuzz/corpus-$name"
    mkdir -p "$corpus"
    printf '{"must_mention": ["mutability difference", {"point": "hashable tuples", "aliases": ["dict keys"]}], "bonus_points": ["namedtuple"]}\0Tuples are not hashable; lists are mutable.\0{"mistakes": [{"mistake": "lists as keys", "correction": "no"}]}' >"$corpus/seed1"
    printf '{"must_mention": ["\xd8\xaa\xd8\xb9\xd8\xaf\xd9\x8a\xd9\x84"]}\0\xd9\x84\xd8\xa7 \xd8\xaa\xd8\xb9\xd8\xaf\xd9\x8a\xd9\x84, um, number 42.' >"$corpus/seed2"
    # Real inputs the rules were not written for: every validation question's key points and
    # common mistakes against every answer of its set, its own and the other questions' (a
    # backend crash found in session 23 came from such a pair; the labelled figures only score a
    # question's own answers). The test sets are never read.
    python3 - "$corpus" test/bench/data/interview_holdout{,2,3,4,5,7,9}.jsonl <<'PY'
import json, os, sys
corpus = sys.argv[1]
for path in sys.argv[2:]:
    docs = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    questions = [d for d in docs if d["kind"] == "question"]
    answers = [d["answer"] for d in docs if d["kind"] == "answer"]
    for q in questions:
        points = json.dumps(q["key_points"], ensure_ascii=False)
        mistakes = json.dumps(q.get("common_mistakes") or {"mistakes": []}, ensure_ascii=False)
        for n, answer in enumerate(answers):
            name = "%s-%s-%d" % (os.path.basename(path).split(".")[0], q["qid"], n)
            with open(os.path.join(corpus, name), "wb") as f:
                f.write("\0".join([points, answer, mistakes]).encode("utf-8"))
PY
    uh_log "fuzzing $name for ${seconds}s"
    "$UH_ROOT/build-fuzz/$name" -max_total_time="$seconds" -max_len=16384 "$corpus"
done
