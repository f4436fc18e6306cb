#!/usr/bin/env bash
# Format check of the project's labelled interview sets (test/bench/data/*.jsonl, see the README
# beside them): every line is one JSON object of kind question or answer; ids are unique; every
# answer's qid is a question of the same file; each answer has exactly one label per must_mention
# and per bonus_points item of its question, each label -1, 0 or 1; human_score is an integer
# 0..100; styles come from the known set. It reads the labels only to count them: no analysis,
# so running it keeps a held-out set blind. Messages name ids and line numbers, never texts.
# Usage: check_bench_data.sh [file.jsonl ...] (default: every test/bench/data/*.jsonl).
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "jq is needed (apt-get install jq)"; exit 1; }
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(test/bench/data/*.jsonl)
[ -e "${files[0]}" ] || { echo "no labelled set under test/bench/data"; exit 1; }

# One error per line of output; an empty output means the file is valid.
read -r -d '' program <<'JQ' || true
def ids(k): map(select(.d.kind == k) | .d[if k == "question" then "qid" else "aid" end]);
def dups: group_by(.) | map(select(length > 1) | .[0]);
def label_ok: type == "number" and (. == -1 or . == 0 or . == 1);
def point_ok: type == "string" or (type == "object" and (.point | type) == "string");
[inputs] | to_entries | map({n: (.key + 1), d: (.value | try fromjson catch null)})
| (map(select(.d | type != "object")) | map("line \(.n): not a JSON object")) as $bad
| map(select(.d | type == "object")) as $rows
| ($rows | map(select(.d.kind == "question")) | map({key: (.d.qid | tostring), value: .d}) | from_entries) as $q
| $bad
+ ($rows | map(select(.d.kind != "question" and .d.kind != "answer")) | map("line \(.n): kind must be question or answer"))
+ ($rows | ids("question") | dups | map("duplicate qid \(.)"))
+ ($rows | ids("answer") | dups | map("duplicate aid \(.)"))
+ ($rows | map(select(.d.kind == "question")) | map(
    .d as $d | "question \($d.qid // "line \(.n)")" as $w
    | (if ($d.qid | type) != "string" then ["\($w): qid must be a string"] else [] end)
    + (if ($d.question_text | type) != "string" then ["\($w): question_text must be a string"] else [] end)
    + (if ($d.language | IN("en", "fr", "ar")) then [] else ["\($w): language must be en, fr or ar"] end)
    + (if ($d.question_type | IN("technical", "behavioral", "situational", "coding", "system_design")) then [] else ["\($w): unknown question_type"] end)
    + (if ($d.difficulty_level | IN("junior", "mid", "senior")) then [] else ["\($w): unknown difficulty_level"] end)
    + (if ($d.key_points.must_mention | type) == "array" and ($d.key_points.must_mention | length) > 0
          and ($d.key_points.must_mention | all(point_ok)) then [] else ["\($w): key_points.must_mention must be a non-empty array of points"] end)
    + (if ($d.key_points.bonus_points | type) == "array" and ($d.key_points.bonus_points | all(point_ok))
          then [] else ["\($w): key_points.bonus_points must be an array of points"] end)
  ) | add // [])
+ ($rows | map(select(.d.kind == "answer")) | map(
    .d as $d | "answer \($d.aid // "line \(.n)")" as $w | $q[$d.qid | tostring] as $qq
    | (if ($d.aid | type) != "string" then ["\($w): aid must be a string"] else [] end)
    + (if ($d.answer | type) != "string" then ["\($w): answer must be a string"] else [] end)
    + (if ($d.style | IN("strong", "partial", "negation", "typos_informal", "keyword_stuffing", "off_topic", "weak")) then [] else ["\($w): unknown style"] end)
    + (if ($d.human_score | type) == "number" and $d.human_score == ($d.human_score | floor)
          and $d.human_score >= 0 and $d.human_score <= 100 then [] else ["\($w): human_score must be an integer 0..100"] end)
    + if $qq == null then ["\($w): qid \($d.qid) is not a question of this file"]
      else ["must_mention", "bonus_points"] | map(
          . as $k | ($d.labels[$k]) as $l
          | if ($l | type) != "array" then "\($w): labels.\($k) must be an array"
            elif ($l | length) != ($qq.key_points[$k] | length) then "\($w): \($l | length) labels.\($k) for \($qq.key_points[$k] | length) points"
            elif ($l | all(label_ok) | not) then "\($w): labels.\($k) must hold -1, 0 or 1"
            else empty end)
      end
  ) | add // [])
+ ($q | keys | map(. as $id | select([$rows[] | select(.d.kind == "answer" and (.d.qid | tostring) == $id)] | length == 0)
    | "question \(.): no answer"))
| .[]
JQ

status=0
for f in "${files[@]}"; do
    if ! errors=$(jq -n -R -r "$program" "$f" 2>&1); then
        echo "$f: jq failed: $errors"; status=1; continue
    fi
    if [ -n "$errors" ]; then
        echo "$f:"; printf '%s\n' "$errors" | sed 's/^/  /' | head -40; status=1
    fi
done
[ $status -eq 0 ] && echo "${#files[@]} labelled sets well-formed"
exit $status
