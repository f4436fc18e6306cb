#!/bin/sh
# Derives, at build time, the compact WordNet table the core matches key-point words with
# (src/core/wordnet_senses.cpp) from Debian's wordnet-base (/usr/share/wordnet): never a copy of
# WordNet in the repository. Usage: gen_wordnet_senses.sh <wordnet dir> <output .inc>
#
# What is kept, and why (WordNet is very polysemous; a candidate's word must mean the point's):
# - single English words of three letters or more ([a-z] and hyphens): answers are matched word
#   by word, and shorter words are mostly function words or abbreviations;
# - a word's frequent senses, by their counts in the sense-tagged corpora (cntlist.rev): at most
#   two per part of speech, each tagged a quarter as often as the word's most frequent sense or
#   more, whatever its part of speech ("clock" the timepiece, not the verb "to time"; "cut" also
#   as "reduce"); a word the corpora never tagged keeps the first sense of each part of speech.
#   Rarer senses ("position" as the verb "put") matched unrelated answers;
# - not the most common words (tagged more than 200 times: say, tell, use, find, put, time ...):
#   they have so many senses that a shared one says little of the subject;
# - only synsets that two kept words share: a synset of one word links it to nothing.
# Measured on the validation sets (pooled): the first two senses of each part of speech (the second
# when tagged), without the counts nor the common words, covered 10 more points rightly and 10
# wrongly ("time" for "clock", "says" for "tell", "put" for "position"); with these rules (and the
# lexicon's synonym groups left to themselves, see term_matching.cpp), 7 and 2.
set -eu
dir=$1
out=$2
senses_per_word=2
frequent_share=4       # a kept sense is tagged 1/4 as often as the word's most frequent one, or more
most_common=200        # words tagged more often than this are left out
for f in cntlist.rev index.noun index.verb index.adj index.adv noun.exc verb.exc adj.exc adv.exc; do
    if [ ! -r "$dir/$f" ]; then
        echo "gen_wordnet_senses.sh: $dir/$f is missing: install Debian's wordnet-base (apt-get install wordnet-base)" >&2
        exit 1
    fi
done
tmp=$(mktemp "${TMPDIR:-/tmp}/wordnet_senses.XXXXXX")
trap 'rm -f "$tmp" "$tmp.e"' EXIT
# Entries: "lemma pos sense [sense]", one per word and part of speech.
awk -v keep="$senses_per_word" -v share="$frequent_share" -v common="$most_common" '
# cntlist.rev: "lemma%type:...  sense_number  count" (type 1 noun, 2 verb, 3 adjective, 4 adverb,
# 5 adjective satellite); its sense numbers follow the order of the index files.
FILENAME ~ /cntlist/ {
    split($1, sense_key, "%"); type = substr(sense_key[2], 1, 1)
    pos = (type == 1) ? "n" : (type == 2) ? "v" : (type == 4) ? "r" : "a"
    tagged[sense_key[1], pos, $2] += $3
    uses[sense_key[1]] += $3
    if (tagged[sense_key[1], pos, $2] > most[sense_key[1]]) most[sense_key[1]] = tagged[sense_key[1], pos, $2]
    next
}
FNR == 1 { pos = FILENAME; sub(/.*index\./, "", pos); num = (pos == "noun") ? 0 : (pos == "verb") ? 1 : (pos == "adj") ? 2 : 3; pos = substr("nvar", num + 1, 1) }
/^ / { next }
{
    lemma = $1
    if (lemma !~ /^[a-z][a-z-]*[a-z]$/ || length(lemma) < 3 || uses[lemma] > common) next
    ptrs = $4; count = $3
    key = lemma " " pos
    n = 0
    for (i = 1; i <= count && n < keep; i++) {
        c = tagged[lemma, pos, i]
        if (uses[lemma] > 0 ? c == 0 || c * share < most[lemma] : i > 1) continue
        id = ($(6 + ptrs + i) + 0) * 4 + num
        senses[key, n++] = id
        shared[id]++
    }
    kept[key] = n
}
END {
    for (key in kept) {
        line = ""
        for (i = 0; i < kept[key]; i++)
            if (shared[senses[key, i]] >= 2) line = line " " senses[key, i]
        if (line != "") print key line
    }
}' "$dir/cntlist.rev" "$dir/index.noun" "$dir/index.verb" "$dir/index.adj" "$dir/index.adv" | LC_ALL=C sort >"$tmp"
# (A pipeline hides awk's failures from set -e: an empty table is one.)
if [ "$(wc -l <"$tmp")" -lt 1000 ]; then
    echo "gen_wordnet_senses.sh: no WordNet table derived from $dir" >&2
    exit 1
fi
# Exceptions to the detachment rules (went -> go, indices -> index), for the words kept.
awk '
FNR == 1 && FILENAME == ARGV[1] { table = 1 }
FNR == 1 && FILENAME != ARGV[1] { table = 0; pos = FILENAME; sub(/.*\//, "", pos); pos = substr(pos, 1, 1) }
table { have[$1 " " $2] = 1; next }
$1 ~ /^[a-z][a-z-]*$/ && $1 != $2 && have[$2 " " pos] { print $1, $2, pos }
' "$tmp" "$dir/noun.exc" "$dir/verb.exc" "$dir/adj.exc" "$dir/adv.exc" | LC_ALL=C sort -u >"$tmp.e"
{
    echo "// Generated at build time by test/scripts/gen_wordnet_senses.sh from $dir (WordNet 3.0): do not edit."
    echo "static const WordnetEntry wordnet_entries[] = {"
    awk '{ printf "    {\"%s\", '\''%s'\'', %s, %s},\n", $1, $2, $3, (NF > 3 ? $4 : "0") }' "$tmp"
    echo "};"
    echo "static const WordnetException wordnet_exceptions[] = {"
    awk '{ printf "    {\"%s\", \"%s\", '\''%s'\''},\n", $1, $2, $3 }' "$tmp.e"
    echo "};"
} >"$out.tmp"
mv "$out.tmp" "$out"
