#!/usr/bin/env python3
"""Checks one labelled set of test/bench/data/ (see README.md beside it): valid JSON, the dev
file's record shape, one label per key point, labels in {1, 0, -1}, six styles per question,
no id collisions, no question or answer close to the dev set, to the other sets beside it or
to the shipped bank; prints the counts.
Usage: validate_holdout.py [set.jsonl [interview_dev.jsonl [bank glob]]]
(defaults: interview_holdout.jsonl beside this file, $UH_BENCH_DATA or ../shared/bench beside
the checkout, data/questions*.json); e.g. validate_holdout.py test/bench/data/interview_holdout2.jsonl
Exit 0 = valid. Ad-hoc tool: neither the product nor make test depends on it."""
import os
import json, sys, re, glob, collections
root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
bench = os.environ.get("UH_BENCH_DATA") or os.path.join(os.path.dirname(root), "shared", "bench")
args = sys.argv[1:] + [None] * 3
path = args[0] or os.path.join(root, "test", "bench", "data", "interview_holdout.jsonl")
dev_path = args[1] or os.path.join(bench, "interview_dev.jsonl")
bank_glob = args[2] or os.path.join(root, "data", "questions*.json")
err = []
recs = []
for n, line in enumerate(open(path, encoding="utf-8"), 1):
    try: recs.append(json.loads(line))
    except Exception as e: err.append("line %d: invalid JSON %s" % (n, e))
dev = [json.loads(l) for l in open(dev_path, encoding="utf-8")]
dev_keys = {k: set(next(r for r in dev if r["kind"] == k).keys()) for k in ("question", "answer")}
qs = {r["qid"]: r for r in recs if r.get("kind") == "question"}
ans = [r for r in recs if r.get("kind") == "answer"]
if len(qs) + len(ans) != len(recs): err.append("unknown kind")
# the other labelled sets beside this file (e.g. the validation set when checking the test set)
siblings = [json.loads(l) for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "*.jsonl")))
            if os.path.abspath(f) != os.path.abspath(path) for l in open(f, encoding="utf-8")]
dev_ids = {r.get("qid") for r in dev + siblings} | {r.get("aid") for r in dev + siblings}
for r in recs:
    if set(r) != dev_keys[r["kind"]]: err.append("%s: keys %s differ from dev" % (r.get("aid") or r["qid"], set(r) ^ dev_keys[r["kind"]]))
for q in qs.values():
    kp = q["key_points"]
    if not 3 <= len(kp["must_mention"]) <= 5: err.append(q["qid"] + ": must count")
    if not 1 <= len(kp["bonus_points"]) <= 3: err.append(q["qid"] + ": bonus count")
    if q["language"] not in ("en", "fr", "ar"): err.append(q["qid"] + ": language")
    if q["question_type"] not in ("technical", "behavioral", "situational", "coding", "system_design"): err.append(q["qid"] + ": type")
    if q["difficulty_level"] not in ("junior", "mid", "senior"): err.append(q["qid"] + ": level")
    if q["region"] not in ("Global", "MENA", "Africa"): err.append(q["qid"] + ": region")
    cm = q["common_mistakes"]
    if not cm["mistakes"] or any(set(m) != {"mistake", "correction"} for m in cm["mistakes"]): err.append(q["qid"] + ": common_mistakes shape")
    if not isinstance(q["difficulty_score"], int) or not 1 <= q["difficulty_score"] <= 10: err.append(q["qid"] + ": difficulty_score")
    if q["qid"] in dev_ids: err.append(q["qid"] + ": collides with dev or another set")
seen = set(); styles = collections.defaultdict(list)
for a in ans:
    if a["aid"] in seen or a["aid"] in dev_ids: err.append(a["aid"] + ": duplicate/colliding aid")
    seen.add(a["aid"])
    q = qs.get(a["qid"])
    if not q: err.append(a["aid"] + ": unknown qid"); continue
    for k in ("must_mention", "bonus_points"):
        L = a["labels"][k]
        if len(L) != len(q["key_points"][k]): err.append("%s: %s has %d labels for %d points" % (a["aid"], k, len(L), len(q["key_points"][k])))
        if any(v not in (1, 0, -1) or isinstance(v, bool) for v in L): err.append(a["aid"] + ": label value")
    if not isinstance(a["human_score"], int) or not 0 <= a["human_score"] <= 100: err.append(a["aid"] + ": human_score")
    styles[a["qid"]].append(a["style"])
    if not a["answer"].strip(): err.append(a["aid"] + ": empty answer")
base = ["strong", "partial", "negation", "typos_informal", "weak"]
for qid in qs:
    s = styles[qid]
    if len(s) != 6 or sorted(x for x in s if x in base) != sorted(base) or sum(x in ("keyword_stuffing", "off_topic") for x in s) != 1:
        err.append(qid + ": styles " + str(s))
# novelty: no question or answer text close to the dev file or the shipped bank
def words(t): return set(re.findall(r"\w+", t.lower()))
def jacc(a, b): return len(a & b) / max(1, len(a | b))
# (text, label): the label printed for a close match; a sibling set's text is never printed (it
# may be a held-out test set that nobody may read), only its id
others = [(r["question_text"], r["question_text"]) for r in dev if r["kind"] == "question"]
others += [(r["question_text"], "another set beside this file: " + r["qid"]) for r in siblings if r["kind"] == "question"]
for f in glob.glob(bank_glob):
    d = json.load(open(f, encoding="utf-8"))
    for item in (d if isinstance(d, list) else d.get("questions", [])):
        if isinstance(item, dict) and item.get("question_text"): others.append((item["question_text"], item["question_text"]))
dev_answers = [words(r["answer"]) for r in dev + siblings if r["kind"] == "answer"]
worst = []
for q in qs.values():
    w = words(q["question_text"]); best, label = max(others, key=lambda o: jacc(w, words(o[0])))
    worst.append((round(jacc(w, words(best)), 2), q["qid"], label[:90]))
    if jacc(w, words(best)) >= 0.5: err.append(q["qid"] + ": too close to existing question: " + label[:80])
for a in ans:
    j = max(jacc(words(a["answer"]), d) for d in dev_answers)
    if j >= 0.5: err.append(a["aid"] + ": answer too close to a dev or other-set answer (%.2f)" % j)
print("closest existing question per holdout question (word Jaccard):")
for t in sorted(worst, reverse=True)[:5]: print("  ", t)
C = collections.Counter
print("questions", len(qs), "answers", len(ans))
for k in ("question_type", "difficulty_level", "region", "language"): print(k, dict(C(q[k] for q in qs.values())))
print("styles", dict(C(a["style"] for a in ans)))
print("labels must", dict(C(v for a in ans for v in a["labels"]["must_mention"])), "bonus", dict(C(v for a in ans for v in a["labels"]["bonus_points"])))
print("labels by style", {s: dict(C(v for a in ans if a["style"] == s for k in ("must_mention", "bonus_points") for v in a["labels"][k])) for s in C(a["style"] for a in ans)})
print("mean human by style", {s: round(sum(a["human_score"] for a in ans if a["style"] == s) / n, 1) for s, n in C(a["style"] for a in ans).items()})
print("ERRORS:" if err else "OK: no errors", *err, sep="\n  ")
sys.exit(1 if err else 0)
