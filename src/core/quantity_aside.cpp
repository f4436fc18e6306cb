#include "core/cpp_only.hpp"  // first: this file must never see a PostgreSQL header

#include "core/quantity_aside.hpp"

#include "core/string_index.hpp"

#include <string_view>

namespace utopiahire::core {

namespace {

// Words that open an example value just before a number. (Not the whole of WordInfo::example,
// which also holds "case" and "ainsi": "in case 2 nodes fail" states a claim.) "e.g." is one token
// "e.g" to PostgreSQL's parser (a file name), "e" and "g" to simpler ones; "such as" is read by
// "such" two tokens back.
constexpr std::string_view example_leads[] = {
    "e.g", "g", "eg", "example", "instance", "such", "say", "like", "exemple", "comme", "ex",
    "\u0645\u062b\u0644\u0627", "\u0645\u062b\u0644\u0627\u064b", "\u0645\u062b\u0644",   // مثلا مثلاً مثل
    "\u0645\u062b\u0627\u0644", "\u0643\u0645\u062b\u0627\u0644"};                       // مثال كمثال

// ... of them, those written with a period that may close a sentence ("e.g.", "ex.").
constexpr std::string_view abbreviated_leads[] = {"e.g", "g", "eg", "ex"};

// Words that open the base of a number stated just before them ("8 for 200 commits", "8 pour 200").
constexpr std::string_view base_leads[] = {"for", "pour"};

// How far back (in tokens) an example lead may stand: "such as a 64-bit", "e.g. about 15".
constexpr size_t max_lead_distance = 3;

}  // namespace

bool quantity_given_aside(const Document& doc, size_t k) {
    const auto& tokens = doc.tokens;
    const int sentence = tokens[k].sentence;
    // An example lead a few tokens back, with only stop words (as, a, about ...) between.
    // (The period of "e.g." / "ex." may have closed a sentence before the number.)
    for (size_t back = 1; back <= max_lead_distance && back <= k; ++back) {
        const Token& t = tokens[k - back];
        if (one_of(t.surface, example_leads) && (t.sentence == sentence || one_of(t.surface, abbreviated_leads)))
            return true;
        if (t.sentence != sentence || t.content()) break;
    }
    // A base: "<number> for <this quantity>".
    if (k >= 2 && tokens[k - 1].sentence == sentence && one_of(tokens[k - 1].surface, base_leads)) {
        const Token& before = tokens[k - 2];
        if (before.sentence == sentence && before.kind == raw_number) return true;
    }
    return false;
}

}  // namespace utopiahire::core
