// The feedback message catalogue, the rule that picks the feedback language from a text-search
// configuration, localized analysis feedback, and the consumers that read feedback wording
// (hedging in weaknesses, missed-point prefixes) in all three languages.
#include "core/analysis.hpp"
#include "core/feedback.hpp"
#include "core/feedback_language.hpp"
#include "core/feedback_messages.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

using namespace utopiahire::core;
using nlohmann::json;
using uh_test::Question;

namespace {

constexpr FeedbackLanguage languages[] = {FeedbackLanguage::english, FeedbackLanguage::french,
                                          FeedbackLanguage::arabic};

std::size_t count_of(std::string_view text, std::string_view needle) {
    std::size_t n = 0;
    for (std::size_t at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n;
    }
    return true;
}

Question tuple_question() {
    Question q;
    q.question_text = "What is the difference between a list and a tuple in Python?";
    q.key_points = R"({"must_mention": ["lists mutable, tuples immutable", "tuples hashable as dictionary keys",
                       "namedtuple for records"], "bonus_points": ["tuples use less memory"]})";
    q.sample = "Lists are mutable and tuples are immutable. A tuple is hashable, so it can be a dictionary key. "
               "Tuples use less memory. A namedtuple gives fields names for records.";
    q.mistakes = R"({"mistakes": [{"mistake": "Saying lists are hashable dictionary keys",
                                   "correction": "Only immutable, hashable objects can be dictionary keys"}]})";
    return q;
}

AnalysisResult analyze_in(FeedbackLanguage language, const std::string& answer) {
    Question q = tuple_question();
    AnalysisInput input = q.input(answer);
    input.language = language;
    return analyze(input);
}

const std::string nbsp = "\u00a0";

}  // namespace

// ------------------------------------------------------------------ the catalogue

TEST(FeedbackCatalogue, EveryMessageInEveryLanguage) {
    for (int m = 0; m < message_count; ++m) {
        const auto message = static_cast<Message>(m);
        const bool counted = message == Message::more_one || message == Message::more_two;
        for (FeedbackLanguage language : languages) {
            const std::string_view text = message_template(message, language);
            SCOPED_TRACE(std::to_string(m) + " " + language_code(language) + ": " + std::string(text));
            EXPECT_FALSE(text.empty());
            EXPECT_TRUE(valid_utf8(text));
            // One placeholder where English has one (Arabic may spell "one" and "two" out).
            const std::size_t holes = count_of(text, "{}");
            if (!message_takes_argument(message)) EXPECT_EQ(holes, 0u);
            else if (counted && language == FeedbackLanguage::arabic) EXPECT_LE(holes, 1u);
            else EXPECT_EQ(holes, 1u);
            // Translations differ from English, except punctuation that two languages share.
            if (language != FeedbackLanguage::english && message != Message::list_separator)
                EXPECT_NE(text, message_template(message, FeedbackLanguage::english));
        }
    }
}

TEST(FeedbackCatalogue, EnglishIsTheHistoricalWording) {
    const auto en = FeedbackLanguage::english;
    EXPECT_EQ(message_text(Message::covers, en, "X"), "Covers: X");
    EXPECT_EQ(message_text(Message::hedging, en), "Hedging, uncertain language");
    EXPECT_EQ(message_text(Message::revisit_contradicted, en, "X"), "Revisit \"X\": the answer states the opposite");
    EXPECT_EQ(message_text(Message::cut_fillers, en), "Cut filler words such as \"um\" and \"basically\"");
    EXPECT_EQ(message_text(Message::band_solid, en), "Solid but incomplete answer.");
    EXPECT_EQ(message_text(Message::it_repeats_mistake, en, "M"), "It repeats a common mistake: M.");
    EXPECT_EQ(more_points_text(en, 1), " (and 1 more)");
    EXPECT_EQ(more_points_text(en, 7), " (and 7 more)");
}

TEST(FeedbackCatalogue, FrenchAndArabicTypography) {
    EXPECT_EQ(message_text(Message::covers, FeedbackLanguage::french, "Index"), "Point traité" + nbsp + ": Index");
    EXPECT_EQ(message_text(Message::quoted, FeedbackLanguage::french, "Index"), "«" + nbsp + "Index" + nbsp + "»");
    EXPECT_EQ(message_text(Message::quoted, FeedbackLanguage::arabic, "الفهرس"), "«الفهرس»");
    EXPECT_EQ(message_text(Message::explain_point, FeedbackLanguage::arabic, "الفهرس"), "اشرح نقطة «الفهرس»");
    // The argument is inserted as written, even when it looks like a placeholder.
    EXPECT_EQ(message_text(Message::covers, FeedbackLanguage::english, "{}"), "Covers: {}");
}

TEST(FeedbackCatalogue, PluralOfMorePoints) {
    EXPECT_EQ(more_points_text(FeedbackLanguage::french, 1), " (et 1 autre)");
    EXPECT_EQ(more_points_text(FeedbackLanguage::french, 2), " (et 2 autres)");
    EXPECT_EQ(more_points_text(FeedbackLanguage::arabic, 1), " (ونقطة أخرى)");
    EXPECT_EQ(more_points_text(FeedbackLanguage::arabic, 2), " (ونقطتان أخريان)");
    EXPECT_EQ(more_points_text(FeedbackLanguage::arabic, 3), " (و3 نقاط أخرى)");
    EXPECT_EQ(more_points_text(FeedbackLanguage::arabic, 10), " (و10 نقاط أخرى)");
    EXPECT_EQ(more_points_text(FeedbackLanguage::arabic, 11), " (و11 نقطة أخرى)");
    EXPECT_EQ(more_points_text(FeedbackLanguage::arabic, 100), " (و100 نقطة أخرى)");
    EXPECT_EQ(more_points_text(FeedbackLanguage::arabic, 103), " (و103 نقاط أخرى)");
}

// ------------------------------------------------------------------ language selection

TEST(FeedbackLanguageRule, Names) {
    const auto en = FeedbackLanguage::english;
    EXPECT_EQ(language_named("french", en), FeedbackLanguage::french);
    EXPECT_EQ(language_named("French_Unaccent", en), FeedbackLanguage::french);
    EXPECT_EQ(language_named("fr_fr", en), FeedbackLanguage::french);
    EXPECT_EQ(language_named("fr", en), FeedbackLanguage::french);
    EXPECT_EQ(language_named("francais", en), FeedbackLanguage::french);
    EXPECT_EQ(language_named("français_simple", en), FeedbackLanguage::french);
    EXPECT_EQ(language_named("french2", en), FeedbackLanguage::french);
    EXPECT_EQ(language_named("arabic", en), FeedbackLanguage::arabic);
    EXPECT_EQ(language_named("ar_sa", en), FeedbackLanguage::arabic);
    EXPECT_EQ(language_named("AR", en), FeedbackLanguage::arabic);
    for (const char* other : {"english", "simple", "german", "friendly", "frisian", "arabica", "area", "", "f"})
        EXPECT_EQ(language_named(other, en), en) << other;
    EXPECT_EQ(language_named("german", FeedbackLanguage::arabic), FeedbackLanguage::arabic);
}

TEST(FeedbackLanguageRule, FirstLanguageDictionaryDecides) {
    DictionaryFacts french_stem{"snowball", true, "french", "", "french_stem"};
    DictionaryFacts arabic_stem{"snowball", true, "arabic", "", "arabic_stem"};
    DictionaryFacts english_stem{"snowball", true, "english", "", "english_stem"};
    DictionaryFacts unaccent{"unaccent", false, "", "", "unaccent"};
    DictionaryFacts simple{"simple", true, "", "", "simple"};
    DictionaryFacts synonyms{"synonym", true, "", "", "my_synonyms"};
    DictionaryFacts hunspell_fr{"ispell", true, "", "fr_fr", "my_dictionary"};
    DictionaryFacts hunspell_named{"ispell", true, "", "custom", "arabic_hunspell"};
    DictionaryFacts hunspell_en{"ispell", true, "", "en_us", "english_hunspell"};
    DictionaryFacts fake_snowball{"snowball", false, "french", "", "mine"};   // a user's own template

    auto choose = [](std::vector<DictionaryFacts> d, std::string_view name) {
        return choose_feedback_language(d.data(), static_cast<int>(d.size()), name);
    };
    // Built-in configurations.
    EXPECT_EQ(choose({french_stem, french_stem}, "french"), FeedbackLanguage::french);
    EXPECT_EQ(choose({arabic_stem, arabic_stem}, "arabic"), FeedbackLanguage::arabic);
    EXPECT_EQ(choose({english_stem, english_stem}, "english"), FeedbackLanguage::english);
    EXPECT_EQ(choose({simple, simple}, "simple"), FeedbackLanguage::english);
    // A user's configurations: the dictionary wins over the name, filters and synonyms are skipped.
    EXPECT_EQ(choose({unaccent, french_stem}, "fr_search"), FeedbackLanguage::french);
    EXPECT_EQ(choose({synonyms, arabic_stem}, "interview_ar"), FeedbackLanguage::arabic);
    EXPECT_EQ(choose({english_stem}, "french_named_but_english"), FeedbackLanguage::english);
    EXPECT_EQ(choose({hunspell_fr, english_stem}, "x"), FeedbackLanguage::french);
    EXPECT_EQ(choose({hunspell_named}, "x"), FeedbackLanguage::arabic);
    EXPECT_EQ(choose({hunspell_en, french_stem}, "french"), FeedbackLanguage::english);
    // No language dictionary: the configuration's name.
    EXPECT_EQ(choose({simple}, "french_simple"), FeedbackLanguage::french);
    EXPECT_EQ(choose({unaccent, simple}, "arabic_light"), FeedbackLanguage::arabic);
    EXPECT_EQ(choose({fake_snowball}, "custom"), FeedbackLanguage::english);
    EXPECT_EQ(choose({}, "fr"), FeedbackLanguage::french);
    EXPECT_EQ(choose_feedback_language(nullptr, 0, "whatever"), FeedbackLanguage::english);
    EXPECT_STREQ(language_code(FeedbackLanguage::arabic), "ar");
}

// ------------------------------------------------------------------ localized analysis

TEST(LocalizedFeedback, SameFindingsInEveryLanguage) {
    const std::string answer =
        "Lists are mutable and tuples are immutable. Um, tuples are not hashable, uh, so they are never dictionary keys, "
        "um, basically.";
    const AnalysisResult en = analyze_in(FeedbackLanguage::english, answer);
    for (FeedbackLanguage language : {FeedbackLanguage::french, FeedbackLanguage::arabic}) {
        const AnalysisResult r = analyze_in(language, answer);
        SCOPED_TRACE(language_code(language));
        // Same scores and the same number of texts: only the wording changes.
        EXPECT_EQ(r.overall, en.overall);
        EXPECT_EQ(r.missing_points, en.missing_points);   // key points, as written
        ASSERT_EQ(r.strengths.size(), en.strengths.size());
        ASSERT_EQ(r.weaknesses.size(), en.weaknesses.size());
        ASSERT_EQ(r.suggestions.size(), en.suggestions.size());
        for (const auto* list : {&r.strengths, &r.weaknesses, &r.suggestions})
            for (const std::string& text : *list) EXPECT_TRUE(valid_utf8(text));
        EXPECT_NE(r.ai_feedback, en.ai_feedback);
    }
    // English: the historical texts.
    EXPECT_EQ(en.strengths[0], "Covers: lists mutable, tuples immutable");
    EXPECT_EQ(en.weaknesses[0], "Contradicts a key point: tuples hashable as dictionary keys");
    EXPECT_EQ(en.suggestions[0], "Revisit \"tuples hashable as dictionary keys\": the answer states the opposite");

    const AnalysisResult fr = analyze_in(FeedbackLanguage::french, answer);
    EXPECT_EQ(fr.strengths[0], "Point traité" + nbsp + ": lists mutable, tuples immutable");
    EXPECT_EQ(fr.weaknesses[0], "Point clé contredit" + nbsp + ": tuples hashable as dictionary keys");
    EXPECT_EQ(fr.suggestions[0], "Revoyez le point «" + nbsp + "tuples hashable as dictionary keys" + nbsp + "»" + nbsp +
                                     ": la réponse affirme le contraire");
    EXPECT_NE(std::find(fr.weaknesses.begin(), fr.weaknesses.end(), "Nombreux tics de langage"), fr.weaknesses.end());
    EXPECT_NE(fr.ai_feedback.find("Elle contredit «" + nbsp + "tuples hashable as dictionary keys" + nbsp + "»."),
              std::string::npos);

    const AnalysisResult ar = analyze_in(FeedbackLanguage::arabic, answer);
    EXPECT_EQ(ar.strengths[0], "تتناول الإجابة: lists mutable, tuples immutable");
    EXPECT_EQ(ar.suggestions[0], "راجع نقطة «tuples hashable as dictionary keys»: فالإجابة تؤكد عكسها");
    EXPECT_NE(ar.ai_feedback.find("تناقض «tuples hashable as dictionary keys»."), std::string::npos);
}

TEST(LocalizedFeedback, ListsOfPointsUseTheLanguagesSeparators) {
    const std::string answer = "A namedtuple is a good choice for records, with named fields.";
    const std::string fr = analyze_in(FeedbackLanguage::french, answer).ai_feedback;
    const std::string ar = analyze_in(FeedbackLanguage::arabic, answer).ai_feedback;
    const std::string en = analyze_in(FeedbackLanguage::english, answer).ai_feedback;
    // The two missed must-mention points, joined as each language joins a pair.
    EXPECT_NE(en.find("It misses \"lists mutable, tuples immutable\" and \"tuples hashable as dictionary keys\"."),
              std::string::npos) << en;
    EXPECT_NE(fr.find("Elle omet «" + nbsp + "lists mutable, tuples immutable" + nbsp + "» et «" + nbsp +
                      "tuples hashable as dictionary keys" + nbsp + "»."),
              std::string::npos) << fr;
    EXPECT_NE(ar.find("تغفل «lists mutable, tuples immutable» و«tuples hashable as dictionary keys»."),
              std::string::npos) << ar;
}

TEST(LocalizedFeedback, NoAnswer) {
    EXPECT_EQ(analyze_in(FeedbackLanguage::english, "").ai_feedback, "No answer was given.");
    EXPECT_EQ(analyze_in(FeedbackLanguage::french, "").ai_feedback, "Aucune réponse n’a été donnée.");
    EXPECT_EQ(analyze_in(FeedbackLanguage::arabic, "").ai_feedback, "لم تقدم أي إجابة.");
}

// ------------------------------------------------------------------ consumers of the wording

TEST(LocalizedFeedback, HedgingIsRecognisedInEveryLanguage) {
    for (FeedbackLanguage language : languages) {
        SCOPED_TRACE(language_code(language));
        EXPECT_TRUE(notes_hedging(message_text(Message::hedging, language)));
        // ... and no other weakness of the catalogue reads as hedging.
        for (Message m : {Message::contradicts_point, Message::common_mistake, Message::only_touches_on,
                          Message::no_attempt, Message::lists_terms, Message::many_fillers, Message::no_star,
                          Message::very_short})
            EXPECT_FALSE(notes_hedging(message_text(m, language, "Index"))) << static_cast<int>(m);
    }
    EXPECT_TRUE(notes_hedging("Réponse hésitante"));
    EXPECT_TRUE(notes_hedging("Langage incertain"));
    EXPECT_TRUE(notes_hedging("إجابة مترددة"));
    EXPECT_FALSE(notes_hedging("Erreur fréquente\u00a0: ترددات الراديو"));   // frequencies, not hesitation
}

TEST(LocalizedFeedback, GapPrefixesInEveryLanguage) {
    // English, as before.
    EXPECT_EQ(gap_name("Did not mention caching strategies."), "caching strategies");
    EXPECT_EQ(gap_name("Did not mention: caching"), "caching");
    EXPECT_EQ(gap_name("Missing: RTL support"), "RTL support");
    EXPECT_EQ(gap_name("Missing value handling"), "Missing value handling");   // a point, not a prefix
    EXPECT_EQ(gap_name("No mention of sharding"), "sharding");
    EXPECT_EQ(gap_name("Did not mentioned"), "Did not mentioned");
    // French.
    EXPECT_EQ(gap_name("N'a pas mentionné l'index composite"), "l'index composite");
    EXPECT_EQ(gap_name("N’a pas mentionné\u00a0: Index composite"), "Index composite");
    EXPECT_EQ(gap_name("Manquant\u00a0: Paiement mobile"), "Paiement mobile");
    EXPECT_EQ(gap_name("Point manquant : Hors ligne d'abord"), "Hors ligne d'abord");
    EXPECT_EQ(gap_name("Manquant la cible"), "Manquant la cible");
    EXPECT_EQ(gap_name("Non mentionné : Chiffrement"), "Chiffrement");
    // Arabic.
    EXPECT_EQ(gap_name("لم يذكر التخزين المؤقت"), "التخزين المؤقت");
    EXPECT_EQ(gap_name("لم تذكر: الاتجاه من اليمين إلى اليسار"), "الاتجاه من اليمين إلى اليسار");
    EXPECT_EQ(gap_name("مفقود: التشفير"), "التشفير");
    EXPECT_EQ(gap_name("مفقودات المستودع"), "مفقودات المستودع");
    EXPECT_EQ(gap_name("لم يذكرها"), "لم يذكرها");
}

TEST(LocalizedFeedback, AggregateCountsLocalizedHedgingAndGaps) {
    const std::string fr_hedging = message_text(Message::hedging, FeedbackLanguage::french);
    const std::string ar_hedging = message_text(Message::hedging, FeedbackLanguage::arabic);
    const std::string fr_short = message_text(Message::very_short, FeedbackLanguage::french);
    std::vector<std::string_view> fr_weak{fr_hedging, fr_short}, ar_weak{ar_hedging};
    std::vector<std::string_view> fr_missing{"N’a pas mentionné\u00a0: Paiement mobile", "Paiement mobile"};
    std::vector<std::string_view> ar_missing{"لم يذكر الدفع عبر الهاتف"};
    auto facts = [](std::vector<std::string_view>& weak, std::vector<std::string_view>& missing) {
        AnswerFacts f;
        for (int d = 0; d < dimension_count; ++d) f.scores[d] = 40;
        f.word_count = 30;
        f.weaknesses = {weak.data(), static_cast<int>(weak.size()), true};
        f.missing_points = {missing.data(), static_cast<int>(missing.size()), true};
        f.strengths = {nullptr, 0, true};
        return f;
    };
    FeedbackAccumulator acc;
    acc.add(facts(fr_weak, fr_missing));
    acc.add(facts(ar_weak, ar_missing));
    const json doc = acc.document();
    EXPECT_EQ(doc["confidence_signals"]["hedged_answers"], 2);
    EXPECT_EQ(doc["resource_criteria"]["gaps"], json({"Paiement mobile", "الدفع عبر الهاتف"}));
    // Hedging is reported under Confidence, never as a content gap.
    for (const auto& area : doc["areas_to_improve"])
        for (const auto& gap : area["specific_gaps"]) {
            EXPECT_NE(gap, fr_hedging);
            EXPECT_NE(gap, ar_hedging);
        }
}

// An answer without analysis is read for hedging markers in all three languages.
TEST(LocalizedFeedback, HedgeMarkersInFrenchAndArabicText) {
    EXPECT_EQ(count_hedge_markers("Je pense que c'est peut-être un index."), 2);
    EXPECT_EQ(count_hedge_markers("Je ne sais pas."), 2);
    EXPECT_EQ(count_hedge_markers("Je ne suis pas sûr, probablement un cache."), 3);
    EXPECT_EQ(count_hedge_markers("Il me semble que je crois"), 2);
    EXPECT_EQ(count_hedge_markers("ربما يكون فهرسا، لست متأكدا."), 3);
    EXPECT_EQ(count_hedge_markers("لا أعرف، وأظن أنه فهرس"), 3);
    // Confident statements, and the same words outside the markers.
    EXPECT_EQ(count_hedge_markers("Le paiement est confirmé par SMS, il ne peut pas être débité deux fois."), 0);
    EXPECT_EQ(count_hedge_markers("Je sais que le résultat est sûr."), 0);
    EXPECT_EQ(count_hedge_markers("لا يوجد تكرار لأن المفتاح فريد، وأنا متأكد من ذلك."), 0);
    // English counts as before.
    EXPECT_EQ(count_hedge_markers("I think it is maybe a hash"), 2);
    EXPECT_EQ(count_hedge_markers("kind of like a queue, sort of"), 2);

    FeedbackAccumulator acc;
    for (const char* text : {"Je ne sais pas, peut-être un index.", "ربما، لا أعرف", "Un index composite."}) {
        AnswerFacts f;
        for (int d = 0; d < dimension_count; ++d) f.scores[d] = 50;
        f.answer_text = text;
        acc.add(f);   // lists absent: the text is read
    }
    EXPECT_EQ(acc.document()["confidence_signals"]["hedged_answers"], 2);
}
