// Small closed word lists the scorer relies on (English, French, Arabic surface forms,
// lower-cased): negation cues, clause breaks, fillers, hedges, example and STAR markers,
// sentiment words, and synonym / abbreviation groups of interview vocabulary. General
// language, never tied to one question.
#pragma once

#include <cstdint>
#include <string_view>

namespace utopiahire::core {

// Everything the lists say about one word, found with a single lookup.
struct WordInfo {
    int16_t group = -1;       // synonym_group
    int16_t antonym = -1;     // antonym_of
    int8_t star = 0;          // STAR part: 0 none, 1 situation, 2 task, 3 action, 4 result
    int8_t sentiment = 0;     // sentiment_of
    bool negation = false, clause_break = false, filler = false, hedge = false, example = false,
         ignorance = false, conditional = false, implicit_negative = false,
         dismissal = false,        // "matter", "need": denies its clause after a negation
         dismissal_word = false,   // "unnecessary", "irrelevant": denies its clause by itself
         comparative_negation = false,  // "instead", "rather": a negation cue only before of / than
         determiner_negation = false,   // no, aucun: denies the noun phrase it opens
         distinction = false,      // vs, difference, trade-off, faster ...: a point that tells two things apart
         contrast = false,         // different, unlike, whereas ...: an answer telling them apart
         comparative = false,      // faster, more, better ...
         sameness = false,         // interchangeable, identical ...: an answer saying they are alike
         endorsement = false,      // fine, safe, best, should, must, always ...: recommends its clause
         avoidance = false,        // avoid, éviter: denies what follows (not a negation cue)
         coordinator = false,      // and, or, so ...: may open a new clause
         subject = false,          // a subject pronoun (i, we, it, they, je, nous ...)
         first_person = false,     // is_first_person (here too: the story scan asks it of every word)
         lasting_condition = false,  // while, until, tant (que), jusqu (jusqu'à ce que), طالما: opens a condition held over time
         informal = false;         // a word of informal writing: lol, tbh, gonna, thru, dont, ouais, jsp, يعني, اللي ...
    int8_t role = 0;          // WordRole: what a word of a few small closed lists does (one byte for them all)
};
// Roles of words of small closed lists that no word has two of (WordInfo::role).
enum WordRole : int8_t {
    role_none = 0,
    role_restriction,      // just, only, merely, seulement, فقط: "not just X" asks for more than X, denies no X
    role_removal,          // remove, eliminated, rid (get rid of), supprimer: a point's word it governs is to be absent
    role_counterfactual,   // would, could, might, serait, pourrait: the consequence of a condition
    role_evaluative,       // good, proper, secure, bon, جيد: "a good login system never ..." prescribes
    role_creation,         // add, create, build, ajouter, créer: brings a thing into being
    role_adverbial,        // in, on, during, dans, pendant, في: opens an adverbial, names no subject after it
    role_existential,      // there, y ("there is no X", "il n'y a pas de X"): the thing is denied outright
    role_absence,          // without, sans, بدون: the thing left out is absent
    role_omission,         // neglect, negligible, ignore, skip, forget, négliger, تجاهل: leaves out what it governs
    role_need,             // need, necessary, besoin, حاجة: "we don't need to prevent X" rejects X (not "important",
                           // "worth" of the dismissal flag: "nothing is more important than preventing X" rejects nothing)
    role_totality,         // every, all, always, entirely, toujours, تماما, كل: a whole, which a denial leaves in part
    role_consequence,      // so, therefore, thus, hence, donc, لذلك: what follows comes of what was said before
    role_alternative,      // whereas, unlike, naive, brute (force), tandis, بينما: what follows is another way than the one taken
    role_reduction,        // reduce, fewer, less, limit, réduire, moins, تقليل: a point's word it governs is to be less (Term::reduced)
    role_relief,           // save, spare, relieve, ease, off (take load off), économiser, soulager, يخفف: a doing that
                           // lightens a thing, said of it in answers only ("save the model" stores it in a point)
    role_frequency,        // often, much, many, souvent, autant: after "as" / "so" ("not as often"), a denial of the whole
    role_measure_noun,     // lot, kind, sort, degree, extent, bit: the noun of a filler phrase ("a lot of", "kind of",
                           // "to some degree"), which then says nothing of the subject
    role_negative_quantifier,  // nothing, nobody, none, rien, personne, Arabic شيء / أحد after لا: a negation that
                               // denies a whole quantity outright ("nothing is lost", "personne n'attend")
    role_addition,         // extra, additional, supplémentaire, إضافية: "no extra memory" is a constant amount of it
    role_space_measure,    // space, memory, storage, espace, mémoire, ذاكرة, مساحة: what an amount of space measures
    role_rarity,           // rarely, seldom, rarement, نادرا: in a key point, a rejection of what it says ("a full
                           // rewrite is rarely the right call"), as a word of absence is (question_model.cpp)
    role_worth_noun,       // reason, sense, raison, sens, معنى: a denied worth before a doing ("no reason to keep a list",
                           // "it makes no sense to shard", "aucune raison de", لا معنى ل; dismissal_idiom)
    role_idea_noun,        // idea, idée, فكرة: a denied good idea ("isn't a good idea", ليست فكرة جيدة; dismissal_idiom)
    role_duty_noun,        // job, place, role, rôle, travail: a denied duty before a doing ("it's not my place to
                           // question", "ce n'est pas mon rôle de"; dismissal_idiom)
    role_worry_noun,       // deal, problem, issue, affaire, problème, souci: the noun of an idiom of importance ("no big
                           // deal", "pas un gros problème"), whose size word says how much a thing matters, not its size
    role_anaphor,          // it, c (c'est), ça, cela: a personal pronoun subject pointing back at what was said
    role_infinitive,       // to, de, d, أن: opens a doing a word before it is said of ("pointless to add", "inutile de")
    role_former,           // initially, originally, previously, auparavant, سابقا: a state since left ("we initially stored
                           // them in plain text"), not what the speaker does (see speaker_proposes)
    role_sequence,         // then, afterwards, puis, ensuite, ثم, وبعدها: places what follows after a step said before
                           // it ("I wait for the approval. Then I merge."; see is_sequence_word, bare_act)
    role_wrong_claim,      // mistake, myth, pitfall, erreur, piège, الخطأ: names what follows as a wrong claim ("the
                           // mistake is to think: I'll just merge it myself"), not what the speaker does (speaker_proposes)
    role_reflexive,        // myself, ourselves, moi-même, nous-mêmes, بنفسي, بأنفسنا: the speaker's own hand ("then I merge
                           // it myself": alone; see bare_act)
    role_discourse_marker, // ok, okay: opening a sentence ("ok so first I'd ...", "ok donc"), a speaker taking the floor,
                           // no verdict on what follows (see discourse_opener in text.cpp)
};
WordInfo word_info(std::string_view surface);

// An Arabic word without its proclitics: a conjunction (و, ف) and then a preposition with the
// article (بال, كال, لل) or the article (ال), or a preposition alone (ب, ل); the word itself when it
// has none or too little would be left (two letters at least).
std::string_view without_arabic_proclitics(std::string_view surface);

bool is_meta_word(std::string_view surface);           // saying, claiming ... (in common mistakes)
// The small words around the nouns of the idioms of denied worth, good idea and duty (role_worth_noun,
// role_idea_noun, role_duty_noun; dismissal_idiom), besides role_infinitive ("my place to question").
bool is_approving_adjective(std::string_view surface);  // good, great, smart, wise, bonne, جيدة: "not a good idea"
bool is_possessive_determiner(std::string_view surface);  // my, our, your, mon, notre, votre: "not my place to"
bool opens_a_reason(std::string_view surface);          // for, why, in, pour: "no reason for", "no sense in"
bool is_light_verb(std::string_view surface);          // give, make, produce ... (weigh little in common mistakes)
// A function word a text-search configuration keeps as a word (Arabic من, إلى, في ...).
bool is_function_word(std::string_view surface);
// Words interviewers use to frame a point rather than to state it (difference, use case,
// concrete, ...): they weigh less in key points.
bool is_generic_word(std::string_view surface);
// A word that names no subject: a single letter, a quantity, order or other general word
// ("every", "one", "first", "like"), a generic word, a light verb or an Arabic function word.
// An answer on another subject uses them as much as one on this subject.
bool names_no_subject(std::string_view surface);
// Antonym class of a word: class * 2 + side (the two sides contradict each other), or -1.
// "least" / "most", "shared" / "own", "single" / "parallel", "manual" / "automatic" ...
int antonym_of(std::string_view surface);
// Whether a key point's word of antonym class value `antonym` (antonym_of) is still matched and
// weighed as a word, its class only adding its opposite (general opposites: required / optional,
// deep / shallow ...), or counts by its class alone (least / most, same / different ...).
bool antonym_keeps_word(int antonym);
bool is_first_person(std::string_view surface);        // i, we, my, je, nous, أنا ...
bool is_be_form(std::string_view surface);             // am, 'm, are, was, were, suis, sommes, étais ...
// is, 's, was, est, était, هو, أن ...: a copula after a noun, "the mistake is (to think)", "l'erreur est de",
// "الخطأ هو" (a third person: be_forms are the speaker's own "am", "suis").
bool is_copula(std::string_view surface);
// A word that places what follows after a step said before it: a word of role_sequence ("then", "puis",
// "ثم"), or "after" / "après" / بعد with "that" / "cela" / ذلك ("after that", "après cela", "بعد ذلك").
// `previous` is the word before (an answer token's surface).
bool is_sequence_word(std::string_view previous, std::string_view surface);
// A word opening a sentence with a time clause that places the act said after it: "after", "once",
// "as" (soon as), "après", "une" (fois), "dès" (que), "sitôt", بعد, حالما. `next` is the word after it
// ("once" alone; "as soon", "une fois", "dès que"). ("when", "quand", عندما are conditional words.)
bool opens_time_clause(std::string_view surface, std::string_view next);
// A word that tells a past time in a story: "ago", "once", "last" (year), "dernier", "dernière", مرة,
// الماضي, الماضية ("years ago we stored them in plain text").
bool tells_past_time(std::string_view surface);
// A verb said in a past tense: the English "-ed" form ("merged", "stored"), or a participle after a
// French auxiliary of the passé composé ("j'ai fusionné", "nous avons stocké": `previous` is "ai",
// "avons" ...). ("I merged without a review and broke production; now I always wait": a story.)
bool said_in_past(std::string_view previous, std::string_view surface);
// A word, with the word before it, that turns a story from the past told to the way now: "now",
// "nowadays", "today", "again" after "never", "then" after "since", "désormais", "maintenant",
// "aujourd'hui", "depuis", الآن, ذلك after منذ ("...; now we hash them", "Never again.").
bool turns_to_now(std::string_view previous, std::string_view surface);
// "first", "d'abord", أولا: what the sentence says is done before the act said in the sentence before
// ("I merge. But first I wait for two approvals.").
bool is_first_step_word(std::string_view surface);
// What a speaker says of their own knowledge or experience: 1 for expert, familiar ..., 2 for the
// speaker named again (myself, personally ...: of their experience only beside a perfect, see
// is_perfect_form), 0 for other words.
int self_assessment_kind(std::string_view surface);
// have, has, haven, 've, had, ai, avons, Arabic لم: a perfect, what the speaker has done so far.
bool is_perfect_form(std::string_view surface);
// The stem of an Arabic verb of the present after its prefix of person (ي ت ن أ): نهار of ينهار
// (collapses), فشل of يفشل (fails), كون of يكون (is) ... common verbs an answer says will happen.
bool is_arabic_present_stem(std::string_view stem);

}  // namespace utopiahire::core
