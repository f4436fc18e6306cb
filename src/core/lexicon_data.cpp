#include "core/cpp_only.hpp"

#include "core/lexicon_data.hpp"
#include "core/dismissal_words.hpp"
#include "core/question_words.hpp"
#include "core/mistake_cues.hpp"
#include "core/negation_words.hpp"
#include "core/register_words.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/string_index.hpp"
#include "core/word_forms.hpp"

namespace utopiahire::core {

namespace {

// word -> value tables, built once per process and never destroyed (no static destructors).
using Table = std::unordered_map<std::string_view, int>;

const Table& make_set(std::initializer_list<const char*> words, int value, Table* table) {
    for (const char* w : words) table->emplace(w, value);
    return *table;
}

// Arabic words of doing without, negation cues of the kind of "without" (role_absence): بد (لا بد من,
// "no escape from": one must), غنى (لا غنى عن, "no doing without"), مفر (لا مفر من, "no way out of"),
// الاستغناء / نستغني (doing without: "يمكن الاستغناء عن المراجعة" dismisses the review). A negation
// before one denies the lack (text.cpp lack_denied_before), which states the need: "لا يمكن
// الاستغناء عن كتابة اختبارات الوحدة" says the tests are needed, as "we can't do without" does.
constexpr const char* arabic_lack_words[] = {
    "\u0628\u062f", "\u063a\u0646\u0649", "\u0645\u0641\u0631",                          // بد غنى مفر
    "\u0627\u0644\u0627\u0633\u062a\u063a\u0646\u0627\u0621", "\u0627\u0644\u0625\u0633\u062a\u063a\u0646\u0627\u0621",   // الاستغناء الإستغناء
    "\u0646\u0633\u062a\u063a\u0646\u064a", "\u0623\u0633\u062a\u063a\u0646\u064a", "\u064a\u0633\u062a\u063a\u0646\u0649"};   // نستغني أستغني يستغنى

const Table& negation_cues() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"not", "no", "never", "neither", "nor", "without", "w/o", "w/out", "except", "excluding", "sauf", "excepté", "hormis",
                  "\u0628\u0627\u0633\u062a\u062b\u0646\u0627\u0621", "\u0639\u062f\u0627", "\u0645\u0627\u0639\u062f\u0627", "rather", "instead", "cannot", "cant", "dont", "doesnt",
                  "isnt", "arent", "wasnt", "werent", "wont", "shouldnt", "wouldnt", "couldnt", "didnt",
                  "hasnt", "havent", "none", "nothing", "nobody", "nowhere", "ne", "pas", "jamais", "aucun", "plutôt",
                  "aucune", "sans", "ni", "rien", "nullement", "guère",
                  "\u0644\u0627", "\u0644\u064a\u0633", "\u0644\u064a\u0633\u062a", "\u0644\u0633\u062a",
                  "\u0644\u0645", "\u0644\u0646", "\u063a\u064a\u0631", "\u0628\u062f\u0648\u0646",
                  "\u0645\u0627", "\u0648\u0644\u0627", "\u0641\u0644\u0627", "\u0648\u0644\u0645",
                  "\u0648\u0644\u0646", "\u0648\u0644\u064a\u0633", "\u062f\u0648\u0646", "\u0639\u062f\u0645",
                  "\u0628\u0644\u0627", "\u0648\u0628\u062f\u0648\u0646", "\u0641\u0644\u064a\u0633", "\u0641\u0644\u064a\u0633\u062a",
                  "\u0641\u0644\u0645", "\u0641\u0644\u0646", "\u0648\u0644\u064a\u0633\u062a", "\u0628\u062f\u0644", "\u0628\u062f\u0644\u0627"},
                 1, table);
        // Arabic words of doing without (role_absence below), which a negation before them turns
        // into a need: لا بد من، لا غنى عن، لا مفر من، لا يمكن الاستغناء عن.
        for (const char* w : arabic_lack_words) table->emplace(w, 1);
        return table;
    }();
    return *t;
}

const Table& clause_breaks() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"but", "however", "whereas", "while", "although", "though", "yet", "because",
                  "bc", "b/c", "cuz", "coz", "bcuz", "bcoz", "tho", "altho", "pcq", "pck", "psk",
                  "since", "which", "unless", "until", "then", "parce", "puis", "car", "puisque", "mais",
                  "cependant", "tandis", "pourtant", "alors", "\u0644\u0643\u0646", "\u0648\u0644\u0643\u0646",
                  "\u0628\u0644", "\u0628\u064a\u0646\u0645\u0627", "\u062b\u0645"},
                 1, table);
        return table;
    }();
    return *t;
}

const Table& fillers() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"um", "umm", "uh", "uhh", "uhm", "erm", "er", "hmm", "hm", "ah", "eh", "basically",
                  "literally", "whatever", "stuff", "kinda", "sorta", "gonna", "euh", "bah", "ben", "bref",
                  "genre", "truc", "trucs", "\u064a\u0639\u0646\u064a", "\u0627\u0645\u0645"},
                 1, table);
        return table;
    }();
    return *t;
}

const Table& hedges() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"maybe", "perhaps", "probably", "possibly", "guess", "think", "suppose", "might",
                  "unsure", "somehow", "kinda", "sorta", "honestly", "peut", "probablement", "pense",
                  "crois", "suppose", "\u0631\u0628\u0645\u0627", "\u0623\u0638\u0646",
                  "\u0623\u0639\u062a\u0642\u062f", "\u0644\u0639\u0644"},
                 1, table);
        return table;
    }();
    return *t;
}

const Table& example_markers() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"example", "examples", "instance", "eg", "e", "g", "such", "like", "say", "case",
                  "exemple", "exemples", "comme", "ainsi", "\u0645\u062b\u0644", "\u0645\u062b\u0627\u0644",
                  "\u0643\u0645\u062b\u0627\u0644"},
                 1, table);
        return table;
    }();
    return *t;
}

const Table& ignorance_markers() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"know", "idea", "sure", "remember", "clue", "forgot", "sais", "idée", "sûr",
                  "\u0623\u0639\u0631\u0641", "\u0645\u062a\u0623\u0643\u062f"},
                 1, table);
        return table;
    }();
    return *t;
}

// Words that describe the speaker rather than what was done: a form of "be" after a first-person
// subject ("I'm not", "je ne suis pas") and what a speaker says of their own knowledge or
// experience ("expert", "familiar", "myself"). "I'm not a Kubernetes expert" denies no doing.
const Table& be_forms() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"am", "m", "are", "re", "aren", "was", "wasn", "were", "weren", "been", "be", "suis", "sommes",
                  "\u00e9tais", "\u00e9tait", "\u00e9tions", "serai", "serais", "serons",
                  // Arabic "I am not" (a negation cue): the negation and the speaker's "be" in one word
                  "\u0644\u0633\u062a"},   // لست
                 1, table);
        return table;
    }();
    return *t;
}

const Table& self_assessment_words() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"expert", "experts", "expertise", "familiar", "specialist", "experienced", "knowledgeable",
                  "experte", "familier", "famili\u00e8re", "sp\u00e9cialiste",
                  "\u062e\u0628\u064a\u0631", "\u062e\u0628\u064a\u0631\u0627",          // خبير خبيرا
                  "\u0645\u062a\u062e\u0635\u0635", "\u0645\u062a\u062e\u0635\u0635\u0627"},  // متخصص متخصصا
                 1, table);
        // The speaker named again ("myself", "personally"): of their experience with a perfect
        // ("I haven't used readiness probes myself"), of their habit without ("I personally don't
        // write tests" denies the doing); see self_assessment_kind.
        make_set({"myself", "personally", "moi-m\u00eame", "personnellement", "\u0634\u062e\u0635\u064a\u0627"},   // شخصيا
                 2, table);
        return table;
    }();
    return *t;
}

// Forms of "have" and "avoir" that make a perfect ("I haven't used", "je n'ai pas utilisé") and
// Arabic لم (a negation of the past): what the speaker has done so far, their experience.
const Table& perfect_forms() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"have", "has", "haven", "hasn", "ve", "had", "hadn", "ai", "avons", "avais", "avait",
                  "\u0644\u0645"},   // لم
                 1, table);
        return table;
    }();
    return *t;
}

// Stems of common Arabic verbs of the present after their prefix of person (ي ت ن أ): what an
// answer says will happen (ستنهار "will collapse", سيفشل, ستكون ...) or will be done (سنستخدم).
const Table& arabic_present_stems() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"\u0646\u0647\u0627\u0631", "\u062a\u0639\u0637\u0644", "\u0633\u0642\u0637", "\u0641\u0634\u0644", "\u062a\u0648\u0642\u0641",   // نهار تعطل سقط فشل توقف
                  "\u0643\u0648\u0646", "\u0635\u0628\u062d", "\u0635\u064a\u0631", "\u0624\u062f\u064a", "\u0632\u064a\u062f",   // كون صبح صير ؤدي زيد
                  "\u0632\u062f\u0627\u062f", "\u0642\u0644", "\u062d\u062f\u062b", "\u0642\u0639", "\u062d\u0635\u0644",   // زداد قل حدث قع حصل
                  "\u062a\u0635\u0644", "\u062a\u0645", "\u062d\u062a\u0627\u062c", "\u0636\u0637\u0631", "\u0628\u0637\u0626",   // تصل تم حتاج ضطر بطئ
                  "\u062a\u0628\u0627\u0637\u0623", "\u062a\u0623\u062e\u0631", "\u0646\u062a\u0638\u0631", "\u0623\u062e\u0630", "\u0633\u062a\u063a\u0631\u0642",   // تباطأ تأخر نتظر أخذ ستغرق
                  "\u062a\u062d\u0645\u0644", "\u0639\u0627\u0646\u064a", "\u0641\u0642\u062f", "\u0636\u064a\u0639", "\u062a\u0643\u0631\u0631",   // تحمل عاني فقد ضيع تكرر
                  "\u0633\u062a\u0647\u0644\u0643", "\u0631\u062a\u0641\u0639", "\u0646\u062e\u0641\u0636", "\u062a\u062c\u0627\u0648\u0632", "\u062a\u0636\u0627\u0639\u0641",   // ستهلك رتفع نخفض تجاوز تضاعف
                  "\u0635\u0644", "\u0639\u0648\u062f", "\u0631\u062c\u0639", "\u0628\u0642\u0649", "\u0638\u0644",   // صل عود رجع بقى ظل
                  "\u062a\u062c\u0645\u062f", "\u0646\u0641\u062c\u0631", "\u062a\u0633\u0631\u0628", "\u062a\u0639\u0631\u0636", "\u0643\u0644\u0641",   // تجمد نفجر تسرب تعرض كلف
                  "\u062a\u0623\u062b\u0631", "\u062a\u0631\u0627\u0643\u0645", "\u0645\u062a\u0644\u0626", "\u0646\u0641\u062f", "\u063a\u0631\u0642",   // تأثر تراكم متلئ نفد غرق
                  "\u062a\u0639\u0630\u0631", "\u0645\u0643\u0646", "\u0633\u062a\u0637\u064a\u0639", "\u062a\u0636\u0631\u0631", "\u062e\u0633\u0631",   // تعذر مكن ستطيع تضرر خسر
                  "\u062a\u062d\u0648\u0644", "\u062a\u0648\u0642\u0639", "\u062a\u0633\u0628\u0628", "\u0636\u0639\u0641", "\u0639\u0645\u0644",   // تحول توقع تسبب ضعف عمل
                  "\u062a\u062d\u0633\u0646", "\u0642\u0631\u0623", "\u0643\u062a\u0628", "\u062a\u0631\u0643", "\u0633\u062a\u062e\u062f\u0645",   // تحسن قرأ كتب ترك ستخدم
                  "\u0636\u0639", "\u0631\u0633\u0644"},   // ضع رسل
                 1, table);
        return table;
    }();
    return *t;
}

const Table& star_words() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"situation", "context", "project", "company", "team", "when", "once", "last", "ago",
                  "year", "previous", "internship", "contexte", "projet", "équipe", "entreprise", "lorsque",
                  "quand", "dernier", "\u0645\u0634\u0631\u0648\u0639", "\u0641\u0631\u064a\u0642",
                  "\u0639\u0646\u062f\u0645\u0627", "\u0634\u0631\u0643\u0629",
                  // with the article or "our", as Arabic writes them (المشروع الفريق الشركة مشروعنا فريقنا
                  // شركتنا), and "once", "last", "year" (مرة الماضي الماضية العام السنة)
                  "\u0627\u0644\u0645\u0634\u0631\u0648\u0639", "\u0627\u0644\u0641\u0631\u064a\u0642",
                  "\u0627\u0644\u0634\u0631\u0643\u0629", "\u0645\u0634\u0631\u0648\u0639\u0646\u0627",
                  "\u0641\u0631\u064a\u0642\u0646\u0627", "\u0634\u0631\u0643\u062a\u0646\u0627",
                  "\u0645\u0631\u0629", "\u0627\u0644\u0645\u0627\u0636\u064a", "\u0627\u0644\u0645\u0627\u0636\u064a\u0629",
                  "\u0627\u0644\u0639\u0627\u0645", "\u0627\u0644\u0633\u0646\u0629"},
                 1, table);
        make_set({"task", "goal", "responsible", "responsibility", "needed", "had", "asked", "objective",
                  "deadline", "challenge", "tâche", "objectif", "objectifs", "mission", "devais",
                  "\u0645\u0647\u0645\u062a\u064a", "\u0647\u062f\u0641", "\u0627\u0644\u0647\u062f\u0641"},
                 2, table);
        make_set({"i", "decided", "implemented", "organized", "organised", "built", "proposed", "set",
                  "talked", "wrote", "introduced", "started", "scheduled", "created", "led", "paired",
                  "j", "je", "ai", "décidé", "mis", "proposé", "organisé", "\u0642\u0645\u062a",
                  "\u0642\u0631\u0631\u062a", "\u0627\u0642\u062a\u0631\u062d\u062a"},
                 3, table);
        make_set({"result", "resulted", "outcome", "finally", "eventually", "reduced", "increased",
                  "improved", "learned", "learnt", "delivered", "shipped", "percent", "résultat", "finalement",
                  "réduit", "appris", "livré", "\u0627\u0644\u0646\u062a\u064a\u062c\u0629",
                  "\u0646\u062a\u064a\u062c\u0629", "\u062a\u0639\u0644\u0645\u062a"},
                 4, table);
        return table;
    }();
    return *t;
}

const Table& sentiment_words() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"good", "great", "success", "successful", "successfully", "improved", "improve", "better",
                  "best", "enjoy", "enjoyed", "happy", "love", "proud", "excellent", "effective", "efficient",
                  "clear", "confident", "learned", "solved", "benefit", "reliable", "robust", "bien",
                  "réussi", "succès", "amélioré", "efficace", "fier", "\u0646\u062c\u0627\u062d",
                  "\u0623\u0641\u0636\u0644", "\u0646\u0627\u062c\u062d"},
                 1, table);
        make_set({"bad", "fail", "failed", "failure", "problem", "problems", "hate", "worst", "wrong",
                  "difficult", "hard", "frustrating", "frustrated", "annoying", "blame", "terrible", "poor",
                  "mess", "struggle", "struggled", "unfortunately", "angry", "échec", "mauvais", "difficile",
                  "problème", "\u0645\u0634\u0643\u0644\u0629", "\u0641\u0634\u0644", "\u0635\u0639\u0628"},
                 -1, table);
        return table;
    }();
    return *t;
}

const Table& meta_words() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"saying", "says", "claiming", "claims", "believing", "believes", "thinking", "thinks",
                  "assuming", "assumes", "stating", "states", "confusing", "confuses", "mistaking",
                  "suggesting", "candidate", "dire", "croire", "affirmer", "penser", "confondre"},
                 1, table);
        return table;
    }();
    return *t;
}

const Table& light_verbs() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"produce", "produces", "producing", "give", "gives", "giving", "make", "makes", "making", "get",
                  "gets", "getting", "put", "puts", "putting", "keep", "keeps", "keeping", "take", "takes", "taking",
                  "go", "goes", "going", "doing", "lead", "leads", "leading", "faire", "donner", "mettre", "rendre"},
                 1, table);
        return table;
    }();
    return *t;
}

// Arabic prepositions, conjunctions, determiners and pronouns (من إلى الى في على عن مع أي اي أو او
// أن ان هذا هذه ذلك تلك التي الذي كما هو هي ثم): PostgreSQL's Arabic configuration keeps them as words.
const Table& arabic_function_words() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"\u0645\u0646", "\u0625\u0644\u0649", "\u0627\u0644\u0649", "\u0641\u064a", "\u0639\u0644\u0649", "\u0639\u0646", "\u0645\u0639", "\u0623\u064a", "\u0627\u064a", "\u0623\u0648", "\u0627\u0648", "\u0623\u0646", "\u0627\u0646", "\u0647\u0630\u0627", "\u0647\u0630\u0647", "\u0630\u0644\u0643", "\u062a\u0644\u0643", "\u0627\u0644\u062a\u064a", "\u0627\u0644\u0630\u064a", "\u0643\u0645\u0627", "\u0647\u0648", "\u0647\u064a", "\u062b\u0645"},
                 1, table);
        return table;
    }();
    return *t;
}

// Words that name no subject of their own: quantities, order, frequency and other general
// words an answer on any subject uses ("every", "one", "first", "many", "like", "chaque", "كل").
const Table& subjectless_words() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"every", "each", "all", "any", "some", "many", "much", "several", "few", "lot", "lots", "one", "ones",
                  "two", "three", "four", "five", "ten", "hundred", "thousand", "first", "second", "third", "next",
                  "last", "new", "real", "really", "right", "like", "whether", "also", "need", "needs", "needed",
                  "chaque", "tous", "toutes", "tout", "un", "une", "deux", "trois", "premier", "première", "plus",
                  "beaucoup", "fois", "les", "a",
                  "\u0643\u0644", "\u0644\u0643\u0644", "\u0628\u0643\u0644", "\u062c\u0645\u064a\u0639",
                  "\u0628\u0639\u0636", "\u0639\u062f\u0629", "\u0645\u062b\u0644", "\u0623\u0648\u0644",
                  "\u0648\u0627\u062d\u062f", "\u0627\u062b\u0646\u064a\u0646",
                  // Adverbs, connectives, prepositions with a pronoun and forms of "be" that any
                  // answer uses (English, French, Arabic: جداً فعلاً حتى لأن عندما حسب عليه إليه به له
                  // منه فيه عند عندي عندنا كثيرة كثير لكن أيضاً فقط وبعد كان كانت). PostgreSQL's
                  // configurations keep them as words; they made a fluent Arabic answer about another
                  // subject look a third on this question's.
                  "very", "actually", "still", "already", "would", "could", "since", "else", "per", "anyway",
                  "si", "autre", "autres", "très", "vraiment", "déjà", "encore", "alors", "puis", "aussi",
                  "\u062c\u062f\u0627\u064b", "\u062c\u062f\u0627", "\u0641\u0639\u0644\u0627\u064b", "\u0641\u0639\u0644\u0627",
                  "\u062d\u062a\u0649", "\u0644\u0623\u0646", "\u0644\u0627\u0646", "\u0639\u0646\u062f\u0645\u0627",
                  "\u062d\u0633\u0628", "\u0639\u0644\u064a\u0647", "\u0625\u0644\u064a\u0647", "\u0627\u0644\u064a\u0647",
                  "\u0628\u0647", "\u0644\u0647", "\u0645\u0646\u0647", "\u0641\u064a\u0647", "\u0639\u0646\u062f",
                  "\u0639\u0646\u062f\u064a", "\u0639\u0646\u062f\u0646\u0627", "\u0643\u062b\u064a\u0631\u0629",
                  "\u0643\u062b\u064a\u0631", "\u0644\u0643\u0646", "\u0623\u064a\u0636\u0627\u064b", "\u0623\u064a\u0636\u0627",
                  "\u0641\u0642\u0637", "\u0648\u0628\u0639\u062f", "\u0643\u0627\u0646", "\u0643\u0627\u0646\u062a"},
                 1, table);
        return table;
    }();
    return *t;
}

const Table& generic_words() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"difference", "differences", "different", "distinction", "distinguish", "vs", "versus",
                  "use", "uses", "used", "using", "usage", "usable", "case", "cases", "way", "ways", "approach",
                  "thing", "things", "handle", "handled", "handling", "concept", "aspect", "aspects", "good",
                  "proper", "properly", "clear", "clearly", "concrete", "specific", "mention", "mentions",
                  "explain", "explains", "explanation", "understanding", "understand", "awareness", "knowing",
                  "knows", "importance", "important", "role", "basic", "basics", "general", "overall",
                  "main", "example", "examples", "etc", "related", "relevant", "describe", "described",
                  "situation", "task", "action", "result", "tâche", "résultat",
                  "différence", "utilisation", "cas", "exemple", "concret", "concrets", "concrète", "clair"},
                 1, table);
        return table;
    }();
    return *t;
}

// The first antonym class whose words stay words (see antonym_keeps_word), set by antonyms().
int general_from = 1 << 14;

const Table& antonyms() {
    static const Table* t = [] {
        auto* table = new Table;
        int cls = 0;
        auto add = [&](std::initializer_list<const char*> one, std::initializer_list<const char*> other) {
            make_set(one, cls * 2, table);
            make_set(other, cls * 2 + 1, table);
            ++cls;
        };
        add({"least", "fewest", "lowest", "minimum", "smallest", "oldest"}, {"most", "highest", "maximum", "largest", "newest"});
        add({"share", "shares", "shared", "common", "partagé", "partagée", "commun"},
            {"own", "separate", "dedicated", "private", "propre", "séparé", "dédié"});
        add({"single", "single-threaded", "sequential", "sequentially", "serial", "one-by-one"},
            {"parallel", "multithreaded", "multi-threaded", "simultaneously"});
        add({"before", "b4", "prior", "beforehand", "avant", "\u0642\u0628\u0644"}, {"after", "afterwards", "après", "\u0628\u0639\u062f"});
        add({"manual", "manually", "manuel", "manuelle", "manuellement"},
            {"automatic", "automatically", "automated", "automatique", "automatiquement"});
        add({"fixed", "static", "fixe", "statique"}, {"dynamic", "dynamically", "dynamique"});
        add({"synchronous", "synchronously", "blocking", "sync"}, {"asynchronous", "asynchronously", "non-blocking", "async"});
        add({"stateless"}, {"stateful"});
        add({"increase", "increases", "increased", "raise", "raises", "grow", "grows", "augmente", "augmenter"},
            {"decrease", "decreases", "decreased", "reduce", "reduces", "reduced", "shrink", "diminue", "réduit", "réduire"});
        add({"slow", "slower", "slowest", "lent", "lente", "\u0628\u0637\u064a\u0621", "\u0623\u0628\u0637\u0623"},
            {"fast", "faster", "fastest", "quick", "quicker", "rapide", "\u0633\u0631\u064a\u0639", "\u0623\u0633\u0631\u0639"});
        add({"ascending", "croissant"}, {"descending", "décroissant"});
        add({"sensitive"}, {"insensitive"});
        add({"horizontal", "horizontally"}, {"vertical", "vertically"});
        add({"optimistic"}, {"pessimistic"});
        add({"inclusive"}, {"exclusive"});
        add({"same", "identical", "même", "mêmes", "identique"}, {"different", "distinct", "différent", "différents"});
        add({"centralized", "centralised", "central", "centralisé"}, {"distributed", "decentralized", "distribué"});
        add({"inside", "intérieur"}, {"outside", "extérieur"});
        // General opposites of technical prose: a point stating one side is denied by an answer
        // stating the other of the same thing ("optional" for "required", "shallow copy" for "deep
        // copy", "plaintext" for "encrypted"). Unlike the classes above, a point's word of these is
        // still matched and weighed as a word (antonym_keeps_word): the class only adds its opposite.
        general_from = cls;
        add({"required", "mandatory", "compulsory", "obligatoire", "obligatoires", "\u0625\u0644\u0632\u0627\u0645\u064a",
             "\u0625\u0644\u0632\u0627\u0645\u064a\u0629", "\u0625\u062c\u0628\u0627\u0631\u064a"},
            {"optional", "optionally", "optionnel", "optionnelle", "facultatif", "facultative",
             "\u0627\u062e\u062a\u064a\u0627\u0631\u064a", "\u0627\u062e\u062a\u064a\u0627\u0631\u064a\u0629"});
        add({"allow", "allows", "allowed", "allowing", "permit", "permits", "permitted", "autorise", "autorisent", "autoriser",
             "autorisé", "autorisée"},
            {"forbid", "forbids", "forbidden", "prohibit", "prohibits", "prohibited", "disallow", "disallows", "disallowed",
             "interdit", "interdite", "interdisent", "interdire"});
        add({"encrypted", "encrypt", "encrypts", "encryption", "chiffré", "chiffrée", "chiffrés", "chiffrées", "chiffrer",
             "chiffrement"},
            {"plaintext", "plain-text", "cleartext", "unencrypted"});
        add({"deep", "deeply", "profonde", "profondes"}, {"shallow", "superficielle", "superficielles"});
        add({"explicit", "explicitly", "explicite", "explicites", "explicitement"},
            {"implicit", "implicitly", "implicite", "implicites", "implicitement"});
        add({"internal", "internally", "interne", "internes"}, {"external", "externally", "externe", "externes"});
        add({"local", "locally", "locale", "locales", "localement"}, {"remote", "remotely", "distant", "distante", "distants"});
        add({"online"}, {"offline"});
        add({"eager", "eagerly"}, {"lazy", "lazily"});
        add({"hot"}, {"cold"});
        add({"cheap", "cheaper", "cheapest", "inexpensive"}, {"expensive", "costly", "costlier", "coûteux", "coûteuse", "coûteuses"});
        add({"persistent", "persisted", "durable", "permanent", "permanently", "persistant", "persistante", "persistants"},
            {"ephemeral", "temporary", "temporarily", "transient", "temporaire", "temporaires", "éphémère", "éphémères"});
        add({"accept", "accepts", "accepted", "accepting", "accepte", "acceptent", "accepter", "accepté", "acceptée"},
            {"reject", "rejects", "rejected", "rejecting", "refuse", "refuses", "refused", "rejette", "rejettent", "rejeter",
             "rejeté", "rejetée", "refusent", "refuser", "refusé", "refusée"});
        add({"enable", "enables", "enabled", "enabling", "active", "activer", "activé", "activée"},
            {"disable", "disables", "disabled", "disabling", "désactive", "désactiver", "désactivé", "désactivée"});
        add({"high", "higher", "élevé", "élevée", "élevés", "élevées"}, {"low", "lower", "faible", "faibles"});
        add({"small", "smaller", "tiny", "petit", "petite", "petits", "petites"},
            {"large", "larger", "big", "bigger", "huge", "grand", "grande", "grands", "grandes", "gros", "grosse"});
        add({"more", "\u0623\u0643\u062b\u0631"}, {"less", "fewer", "\u0623\u0642\u0644"});
        return table;
    }();
    return *t;
}

// Words only informal writing uses: chat abbreviations, contractions typed without their
// apostrophe, colloquial French, dialectal Arabic (Levantine, Egyptian, Gulf). Not single letters,
// which code and formulas use as names ("u", "n", "c"), nor words formal prose uses as well ("bon").
const Table& informal_words() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"ur", "ya", "yeah", "yep", "nah", "lol", "tbh", "idk", "imo", "imho", "btw", "afaik", "gonna", "wanna",
                  "gotta", "kinda", "sorta", "dunno", "thru", "tho", "cuz", "coz", "bc", "pls", "plz", "smth", "sth", "prob",
                  "obvs", "ppl", "ugh", "hmm", "dont", "doesnt", "cant", "isnt", "wont", "didnt", "wasnt", "im", "ive",
                  "thats", "theres", "whats", "ok", "okay", "esp",
                  "genre", "ouais", "ptet", "jsp", "pcq", "pk", "mdr", "tkt", "bcp", "qd", "qqn", "qqch", "perso",
                  "franchement", "truc", "trucs", "bah", "ben", "hein", "voila", "dabord", "ca",
                  "\u064a\u0639\u0646\u064a", "\u0628\u0633", "\u0634\u064a", "\u0643\u062a\u064a\u0631",
                  "\u0647\u064a\u0643", "\u0645\u0646\u064a\u062d", "\u0639\u0634\u0627\u0646", "\u0645\u0634",
                  "\u0627\u0632\u0627\u064a", "\u0627\u064a\u0634", "\u0634\u0648", "\u0627\u0644\u0644\u064a",
                  "\u062f\u0647", "\u062f\u064a", "\u0643\u062f\u0647", "\u0639\u0646\u0627",
                  "\u062d\u0643\u064a\u062a", "\u0647\u0644\u0642", "\u0628\u062f\u064a",
                  // Spoken Arabic of every region, which formal Arabic writes otherwise: later, now (بعدين,
                  // الحين, دلوقتي), not (مو, مب), where, why, how, what (وين, ليش, شلون, ويش), let (خلينا),
                  // want (عايز, ابغى), also (كمان, برضو), a little, there is none (مافي), this (هاد, هيدا),
                  // still (لسه), a lot (وايد, بزاف, برشا), of (ديال), okay (تمام, اوكي), laughter (ههه),
                  // wrong (غلطان). Not the words of formal Arabic these spellings also write when typed
                  // without hamza or vowels: أبي (my father), نبي, دول (countries), توا, هلا, بقى, متاع.
                  "\u0628\u0639\u062f\u064a\u0646", "\u0627\u0644\u062d\u064a\u0646", "\u0647\u0644\u0623",
                  "\u062f\u0644\u0648\u0642\u062a\u064a", "\u062f\u0644\u0648\u0642\u062a", "\u0647\u0633\u0647",
                  "\u0647\u0633\u0639", "\u0645\u0648", "\u0645\u0628", "\u0645\u0648\u0634", "\u0632\u064a\u0646",
                  "\u0647\u064a\u0643\u0627", "\u0643\u062f\u0627", "\u0644\u064a\u0634", "\u0644\u064a\u0647",
                  "\u0648\u064a\u0646", "\u0641\u064a\u0646", "\u0648\u064a\u0634", "\u0648\u0634",
                  "\u0634\u0644\u0648\u0646", "\u0639\u0644\u0634\u0627\u0646", "\u062e\u0644\u064a",
                  "\u062e\u0644\u064a\u0647", "\u062e\u0644\u064a\u0647\u0627", "\u062e\u0644\u064a\u0646\u0627",
                  "\u062e\u0644\u064a\u0646\u064a", "\u064a\u062e\u0644\u064a", "\u0646\u062e\u0644\u064a",
                  "\u063a\u0644\u0637\u0627\u0646", "\u063a\u0644\u0637\u0627\u0646\u0629", "\u0628\u062f\u0646\u0627",
                  "\u0628\u062f\u0643", "\u0639\u0627\u064a\u0632", "\u0639\u0627\u0648\u0632",
                  "\u0639\u0627\u064a\u0632\u064a\u0646", "\u0627\u0628\u063a\u0649", "\u0627\u0628\u063a\u064a",
                  "\u0646\u0628\u063a\u0649", "\u064a\u0628\u063a\u0649", "\u062a\u0645\u0627\u0645",
                  "\u0627\u0648\u0643\u064a", "\u0627\u0648\u0643", "\u0647\u0647\u0647", "\u0647\u0647\u0647\u0647",
                  "\u0647\u0647\u0647\u0647\u0647", "\u0647\u0647\u0647\u0647\u0647\u0647", "\u0643\u0645\u0627\u0646",
                  "\u0628\u0631\u0636\u0648", "\u0628\u0631\u0636\u0647", "\u0634\u0648\u064a\u0629",
                  "\u0634\u0648\u064a\u0647", "\u0645\u0627\u0641\u064a", "\u0645\u0641\u064a\u0634",
                  "\u0645\u0627\u0641\u064a\u0634", "\u0647\u0627\u062f", "\u0647\u0627\u062f\u0627",
                  "\u0647\u064a\u062f\u0627", "\u0647\u064a\u062f\u064a", "\u0627\u0645\u062a\u0649",
                  "\u0644\u0633\u0647", "\u0644\u0633\u0627", "\u0627\u0648\u064a", "\u0648\u0627\u064a\u062f",
                  "\u0628\u0632\u0627\u0641", "\u062f\u0627\u0628\u0627", "\u0648\u0627\u0634", "\u0639\u0644\u0627\u0634",
                  "\u0643\u064a\u0641\u0627\u0634", "\u062f\u064a\u0627\u0644", "\u063a\u0627\u062f\u064a",
                  "\u0628\u0631\u0634\u0627", "\u0628\u0627\u0634", "\u064a\u0644\u0627",
                  // Arabic typed in Latin letters (Arabizi), and laughter.
                  "ya3ni", "yaani", "3shan", "3ashan", "keda", "kida", "msh", "ba2a", "bardo", "7aga", "shwaya", "haha",
                  "hahaha",
                  // Spoken French: slang nouns and verbs, chat spellings of "je suis", "je vais", "quelques",
                  // "toujours". (Not "checker" or "nickel", English words of code as well.)
                  "machin", "bidule", "boulot", "bosser", "bossé", "potes", "sympa", "carrément", "vachement", "galère",
                  "galérer", "kiffer", "chelou", "chui", "chuis", "jsuis", "jvais", "jpense", "ptit", "qq", "qqs", "tjs",
                  "tjrs", "ptdr", "wesh", "ouf"},
                 1, table);
        // The same Arabic words with the conjunction و (and) written onto them ("وبعدين", "وبس"), as
        // Arabic writes it; three letters of the word at least (و on a shorter word spells others).
        std::vector<std::string_view> arabic;
        for (const auto& entry : *table)
            if (static_cast<unsigned char>(entry.first[0]) >= 0xD8 && entry.first.size() >= 6) arabic.push_back(entry.first);
        for (std::string_view w : arabic) table->emplace(*new std::string("\u0648" + std::string(w)), 1);
        return table;
    }();
    return *t;
}

const Table& first_person() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"i", "we", "my", "our", "me", "us", "je", "j", "nous", "mon", "ma", "mes", "notre",
                  "\u0623\u0646\u0627", "\u0646\u062d\u0646", "\u0642\u0645\u062a"},
                 1, table);
        return table;
    }();
    return *t;
}

// Synonym and abbreviation groups of interview vocabulary; a word maps to its group number.
const Table& synonym_groups() {
    static const Table* t = [] {
        auto* table = new Table;
        int group = 0;
        // A word listed in two groups has two senses ("fault": an error, or "my fault"): the
        // group a candidate meant is not known, so it belongs to neither (its own spelling still
        // matches). Else the first listing would win, whatever the sense.
        std::vector<std::string_view> ambiguous;
        auto add = [&](std::initializer_list<const char*> words) {
            for (const char* w : words) {
                const auto [it, added] = table->emplace(w, group);
                if (!added && it->second != group) ambiguous.push_back(it->first);
            }
            ++group;
        };
        // A group holds its French and Arabic words too: an answer in French says "supprimer" or
        // "effacer", "corriger" or "résoudre" for one doing, and often the English word itself ("les
        // logs" for "les journaux"). (Not "vérifier" and "vérification" in the check group: typed
        // without accents, "verification" is the English word, and joining it to "check" tied a phone
        // number verification to unrelated checks on the validation sets.)
        add({"db", "dbs", "database", "databases", "rdbms", "dbms", "bdd"});
        add({"k8s", "kubernetes", "kube"});
        add({"js", "javascript", "ecmascript"});
        add({"ts", "typescript"});
        add({"py", "python"});
        add({"auth", "authentication", "authenticate", "authenticated", "login", "signin"});
        add({"authz", "authorization", "authorisation", "permission", "permissions", "perms", "privilege", "privileges"});
        add({"render", "renders", "rendered", "rendering", "repaint", "repaints", "redraw", "redraws", "rerender"});
        add({"config", "configs", "cfg", "configuration", "configurations", "settings"});
        add({"repo", "repos", "repository", "repositories"});
        add({"env", "envs", "environment", "environments"});
        add({"prod", "production"});
        add({"perf", "perfs", "performance", "performances"});
        add({"mem", "memory", "ram", "footprint"});
        add({"cpu", "cpus", "processor", "processors"});
        add({"async", "asynchronous", "asynchronously", "non-blocking"});
        add({"sync", "synchronous", "synchronously", "blocking"});
        add({"dict", "dicts", "dictionary", "dictionaries", "hashmap", "hashmaps", "map", "maps", "dictionnaire", "dictionnaires"});
        add({"func", "funcs", "fn", "function", "functions", "method", "methods"});
        add({"var", "vars", "variable", "variables"});
        add({"obj", "objs", "object", "objects"});
        add({"str", "string", "strings"});
        add({"int", "integer", "integers"});
        add({"arg", "args", "argument", "arguments", "param", "params", "parameter", "parameters"});
        add({"lib", "libs", "library", "libraries"});
        add({"pkg", "pkgs", "package", "packages"});
        add({"app", "apps", "appli", "applis", "application", "applications"});
        add({"msg", "msgs", "message", "messages"});
        add({"req", "reqs", "request", "requests", "\u0631\u064a\u0643\u0648\u0633\u062a", "\u0631\u064a\u0643\u0648\u064a\u0633\u062a", "\u0637\u0644\u0628", "\u0637\u0644\u0628\u0627\u062a"});
        add({"resp", "response", "responses", "reply", "replies"});
        add({"id", "ids", "identifier", "identifiers", "uuid", "uuids"});
        add({"ms", "millisecond", "milliseconds", "latency"});
        add({"info", "infos", "information"});
        add({"impl", "implementation", "implementations", "implement", "implemented"});
        add({"init", "initialize", "initialise", "initialization", "initialisation"});
        add({"ci", "pipeline", "pipelines"});
        add({"pr", "prs", "mr", "mrs"});
        add({"ml", "machine-learning"});
        add({"ui", "frontend", "front-end"});
        add({"backend", "back-end", "server-side"});
        add({"change", "changed", "changes", "changing", "modify", "modified", "modifies", "modifying",
             "alter", "altered", "mutate", "mutated", "mutates", "mutating", "edit", "edited", "mutable",
             "mutability", "changeable"});
        // French "modifier" and "muable", the base "immuable" denies ("personne ne peut modifier" states
        // "immuable"). (Not "changer": joining it to "modifier" moves what unrelated French points match.)
        add({"modifier", "modifie", "modifient", "modifié", "modifiée", "modifiés", "modifiées", "muable", "muables"});
        add({"fast", "faster", "fastest", "quick", "quicker", "quickly", "speed", "speedy", "rapid"});
        add({"slow", "slower", "slowest", "sluggish"});
        add({"error", "errors", "exception", "exceptions", "failure", "failures", "fault", "faults"});
        add({"bug", "bugs", "defect", "defects"});
        add({"big", "bigger", "large", "larger", "huge", "massive"});
        add({"small", "smaller", "tiny", "little", "lightweight", "lighter", "light"});
        add({"goal", "goals", "objective", "objectives", "target", "targets"});
        // Not "challenge": the word of behavioral questions themselves ("tell me about a challenge") and
        // of a story's task, which a weak story says without naming any problem ("it was a real challenge").
        add({"problem", "problems", "issue", "issues", "pain", "pains", "pain-point", "bottleneck", "bottlenecks", "problème",
             "problèmes", "souci", "soucis", "obstacle", "obstacles", "hurdle", "hurdles", "difficulty", "difficulties", "blocker",
             "blockers", "difficulté", "difficultés"});
        add({"result", "results", "outcome", "outcomes", "résultat", "résultats"});
        add({"metric", "metrics", "measure", "measures", "measured", "measurable", "kpi", "kpis", "quantify",
             "quantified", "quantitative"});
        add({"improve", "improved", "improves", "improving", "enhance", "enhanced", "boost", "boosted", "améliorer", "amélioré",
             "améliore", "amélioration", "améliorations"});
        add({"colleague", "colleagues", "teammate", "teammates", "coworker", "coworkers"});
        add({"customer", "customers", "client", "clients"});
        // Not "executive": as often the adjective of a document ("an executive summary") as a person.
        add({"manager", "managers", "mgr", "mgrs", "boss", "supervisor", "lead", "stakeholder", "stakeholders", "pm", "sponsor",
             "leadership", "vp", "vps", "director", "directors", "cto", "ceo", "cfo", "chef", "directeur", "directrice", "patron"});
        add({"duplicate", "duplicates", "duplicated", "twice", "repeated", "repeat", "doublon", "doublons", "dupliqué", "dupliquer"});
        add({"retry", "retries", "retried", "resend", "resent"});
        add({"store", "stored", "stores", "storing", "save", "saved", "saves", "persist", "persisted"});
        // Not "purge" (empties a whole store: "purge the cache" removes no chosen entry) nor "evict" (by a
        // cache's policy: "delete random items" evicts no least recently used entry).
        add({"delete", "deleted", "deletes", "deleting", "deletion", "remove", "removed", "removes", "removing",
             "removal", "drop", "dropped", "dropping", "supprimer", "supprime", "supprimé", "suppression", "effacer", "efface",
             "effacé", "\u062d\u0630\u0641"});   // حذف
        add({"create", "created", "creates", "creating", "build", "built", "builds", "make", "makes"});
        add({"check", "checks", "checked", "verify", "verified", "validate", "validated", "validation"});
        add({"fix", "fixed", "fixes", "resolve", "resolved", "solve", "solved", "corriger", "corrige", "corrigé", "correctif",
             "correctifs", "résoudre", "résolu", "réparer", "réparé"});
        add({"define", "defined", "defines", "defining", "declare", "declared", "declares", "declaring", "specify",
             "specified", "specifies", "specifying"});
        add({"deadline", "deadlines", "due"});
        add({"cost", "costs", "expensive", "price"});
        add({"scale", "scaling", "scalable", "scalability"});
        add({"copy", "copies", "replica", "replicas", "replication"});
        add({"log", "logs", "logging", "journaux", "journalisation", "\u0633\u062c\u0644", "\u0633\u062c\u0644\u0627\u062a", "\u0644\u0648\u0642", "\u0644\u0648\u0642\u0632", "\u0644\u0648\u062c\u0632", "\u0644\u0648\u063a\u0632"});
        add({"user", "users", "people", "ppl", "person"});
        add({"test", "tests", "testing", "tested", "\u0627\u062e\u062a\u0628\u0627\u0631", "\u0627\u062e\u062a\u0628\u0627\u0631\u0627\u062a", "\u062a\u0633\u062a", "\u062a\u0633\u062a\u0627\u062a", "\u062a\u064a\u0633\u062a"});
        add({"learn", "learned", "learnt", "learning", "lesson", "lessons"});
        add({"feedback", "retour", "retours"});
        add({"cache", "caches", "caching", "cached", "memoize", "memoization"});
        add({"thread", "threads", "threading", "multithreading"});
        add({"lock", "locks", "locking", "mutex", "mutexes"});
        add({"query", "queries", "sql"});
        add({"index", "indexes", "indices", "indexing"});
        add({"immutable", "immutability", "frozen", "read-only", "readonly", "unchangeable"});
        add({"hash", "hashable", "hashed", "hashing", "hashes"});
        // Numbers written as words or digits ("an array of size 1" / "one element").
        add({"0", "zero"});
        add({"1", "one", "single"});
        add({"2", "two"});
        add({"3", "three"});
        add({"4", "four"});
        add({"5", "five"});
        add({"6", "six"});
        add({"7", "seven"});
        add({"8", "eight"});
        add({"9", "nine"});
        add({"10", "ten"});
        add({"element", "elements", "item", "items", "entry", "entries"});
        add({"size", "sizes", "length", "lengths", "len"});
        add({"whole", "entire", "entirely", "throughout"});
        add({"accessible", "available", "visible", "reachable"});
        add({"unlimited", "unbounded", "infinite", "limitless", "arbitrary"});
        // Everyday words for the same thing ("limit the input length" / "cap the input length",
        // "a recent deploy" / "a deploy lately", "requests finish" / "requests complete").
        add({"limit", "limits", "limited", "limiting", "cap", "caps", "capped", "capping"});
        add({"recent", "recently", "lately"});
        // Putting something in writing: "documented the decision" / "a write-up of the decision" / "a doc
        // on the decision". Not "write", "wrote", "written": mostly writing code, tests or data ("write
        // unit tests", "writes to the DB", "the service is written in Go").
        add({"document", "documents", "documented", "documenting", "writeup", "write-up", "doc", "docs", "documentation"});
        // Not "complete": as often the adjective ("a complete list") as the verb.
        add({"finish", "finishes", "finished", "finishing", "completes", "completed", "completing", "completion"});
        add({"execute", "executes", "executed", "executing", "execution", "run", "runs", "ran", "running"});
        add({"storage", "disk", "disks", "disk-space"});
        add({"expire", "expires", "expired", "expiry", "expiration", "ttl"});
        add({"tradeoff", "tradeoffs", "trade-off", "trade-offs", "compromise", "compromises", "downside", "downsides",
             "drawback", "drawbacks", "pros", "cons"});
        add({"propose", "proposed", "proposal", "proposals", "suggest", "suggested", "suggestion", "pitch", "pitched",
             "recommend", "recommended", "recommendation"});
        add({"explain", "explained", "explaining", "communicate", "communicated", "communication", "told", "expliquer", "expliqué",
             "explique", "explication", "communiquer", "communiqué"});
        add({"memorize", "memorizes", "memorized", "memorise", "memorises", "memorised", "memorization"});
        // Behavioral-interview vocabulary: how candidates tell what interviewers list.
        add({"ownership", "owned", "responsibility", "responsible", "accountable", "accountability", "fault"});
        add({"perspective", "perspectives", "viewpoint", "viewpoints", "opinion", "opinions", "concerns", "reasoning",
             "motivation", "motivations"});
        add({"flag", "flagged", "flagging", "escalate", "escalated", "alerted", "warned", "informed", "notified"});
        add({"cause", "causes", "caused", "reason", "reasons", "source"});
        add({"plan", "plans", "planned", "planning", "scope", "scoped", "scoping", "rescoped", "roadmap"});
        add({"prototype", "prototypes", "prototyped", "poc", "experiment", "experiments", "pilot", "piloted", "trial",
             "spike"});
        add({"compare", "compared", "comparison", "comparing", "benchmark", "benchmarked", "comparer", "comparé", "comparaison"});
        add({"defer", "deferred", "postpone", "postponed", "decline", "declined", "deprioritize", "deprioritized",
             "deprioritise", "deprioritised"});
        add({"agree", "agreed", "agreement", "convinced", "approval", "approved", "consensus", "buy-in"});
        add({"incremental", "incrementally", "gradual", "gradually", "phased", "iterative", "iteratively",
             "progressively", "progressive"});
        // A guess to be tested while narrowing a fault down ("wrote the theory down", "my hunch").
        add({"hypothesis", "hypotheses", "hypothesize", "hypothesise", "hypothesized", "hypothesised", "theory", "theories",
             "hunch", "hunches", "hypothèse", "hypothèses", "théorie", "\u0641\u0631\u0636\u064a\u0629"});
        // Who made or keeps a thing ("the original author", "the former owner", "its maintainer").
        add({"owner", "owners", "author", "authors", "maintainer", "maintainers", "creator", "creators", "auteur", "auteurs",
             "mainteneur", "mainteneurs"});
        // Looking at a decision again ("revisit it", "reconsider", "re-evaluate").
        add({"revisit", "revisited", "revisiting", "reconsider", "reconsidered", "reconsidering", "reevaluate", "reevaluated",
             "re-evaluate", "re-evaluated", "reassess", "reassessed", "re-assess", "réévaluer", "réévalué", "reconsidérer"});
        // Getting in touch with someone ("contacted the author" / "messaged him", "pinged her").
        add({"contact", "contacted", "contacting", "messaged", "pinged", "emailed", "contacté", "contacter"});
        // Engineering words candidates put in other words (general vocabulary, never per question).
        add({"resize", "resized", "resizes", "resizing", "expand", "expands", "expanded", "expanding",
             "doubles", "doubled", "doubling", "rehash", "rehashes", "rehashed", "rehashing"});
        add({"rollback", "rollbacks", "revert", "reverts", "reverted", "reverting", "undo"});
        add({"deploy", "deploys", "deployed", "deploying", "deployment", "deployments", "ship", "shipped", "shipping",
             "rollout", "rollouts", "déployer", "déploie", "déployé", "déploiement", "déploiements"});
        add({"monitor", "monitors", "monitored", "monitoring", "observability", "alerting", "dashboard", "dashboards"});
        add({"encrypt", "encrypts", "encrypted", "encrypting", "encryption", "cipher", "ciphertext"});
        add({"secret", "secrets", "credential", "credentials", "password", "passwords", "pwd", "pwds", "mdp"});
        add({"shard", "shards", "sharding", "sharded"});
        add({"throttle", "throttled", "throttles", "throttling", "ratelimit"});
        add({"timeout", "timeouts"});
        add({"null", "nil", "nullptr"});
        add({"iterate", "iterates", "iterated", "iterating", "iteration", "iterations", "traverse", "traverses",
             "traversed", "traversing", "traversal", "loop", "loops", "looping"});
        add({"count", "counts", "counted", "counting", "counter", "counters", "frequency", "frequencies", "tally",
             "occurrences"});
        add({"gc", "garbage"});
        add({"pause", "pauses", "paused", "stall", "stalls", "stalled"});
        add({"throughput", "qps", "rps", "tps"});
        add({"bucket", "buckets", "slot", "slots", "bin", "bins"});
        add({"collision", "collisions", "collide", "collides", "colliding", "clash", "clashes"});
        add({"precedence", "priority", "priorité"});
        add({"tokenize", "tokenizer", "tokenizers", "tokenizing", "lexer", "lexers", "lexing"});
        add({"deprecate", "deprecated", "deprecates", "deprecation", "sunset", "sunsetting", "retire", "retired",
             "retirement"});
        add({"migrate", "migrated", "migrates", "migrating", "migration", "migrations"});
        add({"dedup", "dedupe", "deduped", "deduplicate", "deduplicated", "deduplication"});
        add({"crawler", "crawlers", "spider", "spiders", "bot", "bots", "scraper", "scrapers"});
        add({"redact", "redacted", "redaction", "anonymise", "anonymize", "anonymised", "anonymized", "anonymisation",
             "anonymization", "pseudonymise", "pseudonymize", "anonymiser"});
        add({"compliance", "compliant", "regulation", "regulations", "regulatory", "legal"});
        add({"mock", "mocks", "mocked", "mocking", "stub", "stubs", "stubbed", "fake", "fakes"});
        add({"flaky", "flakey", "intermittent", "intermittently", "nondeterministic"});
        add({"hotfix", "hotfixes", "patch", "patches", "patched"});
        add({"outage", "outages", "downtime", "incident", "incidents"});
        add({"postmortem", "postmortems", "retro", "retrospective", "rca"});
        // ... and in stories.
        add({"option", "options", "alternative", "alternatives", "choice", "choices"});
        add({"analogy", "analogies", "metaphor", "metaphors", "analogie", "métaphore"});
        add({"advantage", "advantages", "benefit", "benefits", "bénéfice", "bénéfices", "avantage", "avantages", "gain", "gains",
             "gagner", "gagne", "gagnait"});   // "ce qu'il y gagnait": what the user gains
        add({"mentor", "mentors", "mentored", "mentoring", "coach", "coached", "coaching"});
        add({"help", "helped", "helping", "assist", "assisted", "assistance"});
        add({"apologise", "apologize", "apologised", "apologized", "apology", "sorry"});
        add({"transparency", "openly", "honest", "candid"});
        add({"erreur", "erreurs", "plantage", "panne", "pannes"});
        // Informal abbreviations of content words (the others join the groups above: ppl, mgr,
        // pwd, cfg, bdd, mdp, appli, infos ...).
        add({"mgmt", "management"});
        // Initialisms of technical terms of two or three words, and of the word that names them
        // alone ("BFS" / "breadth-first search", "DoS" / "denial of service", "HTTPS" for TLS).
        add({"bfs", "breadth-first", "breadth"});
        add({"dfs", "depth-first"});
        add({"dos", "ddos", "denial-of-service", "denial"});
        add({"tls", "ssl", "https"});
        // An abbreviation cut before a consonant ("repro|duce") is no form of its word for the
        // matcher (a word run into another, "time|stamp", is not either): it needs its group.
        add({"repro", "repros", "reproduce", "reproduces", "reproduced", "reproducing", "reproducible"});
        add({"infra", "infrastructure", "infrastructures"});
        add({"svc", "svcs", "service", "services", "\u062e\u062f\u0645\u0629", "\u062e\u062f\u0645\u0627\u062a", "\u0633\u064a\u0631\u0641\u0633", "\u0633\u064a\u0631\u0641\u064a\u0633"});
        add({"biz", "business"});
        add({"txn", "txns", "transaction", "transactions"});
        add({"conn", "conns", "connection", "connections"});
        add({"devs", "developer", "developers"});
        add({"notif", "notifs", "notification", "notifications"});
        add({"dept", "depts", "department", "departments"});
        add({"bcp", "beaucoup"});
        add({"merge", "merges", "merged", "merging", "\u062f\u0645\u062c", "\u0645\u064a\u0631\u062c"});
        // A leaked key or token is revoked by disabling it ("disable the old key, issue a new one").
        add({"revoke", "revoked", "revokes", "revoking", "revocation", "disable", "disabled", "disables", "deactivate",
             "deactivated"});
        // A team's agreed way of working: "a policy", "a guideline", "a convention" (not "rule":
        // validation, firewall and business rules are no policy).
        add({"policy", "policies", "guideline", "guidelines", "convention", "conventions"});
        add({"isolé", "isolée", "isolés", "isolées", "isolation", "isoler"});
        add({"diagnostic", "diagnostiquer", "évaluer", "évalué", "évaluation", "évalue"});
        for (const std::string_view w : ambiguous) table->erase(w);
        return table;
    }();
    return *t;
}

bool contains(const Table& table, std::string_view surface) {
    return table.find(surface) != table.end();
}

// What an inflected form keeps of its base form's facts: the opposite it takes a side of (of a
// plural or feminine only: "rapides", "lentes"; a verb may mean otherwise than its adjective,
// "sharing" data is not "shared" memory), and the denial words carry ("needs", "mattered",
// "prevented"). Not the roles of function words (negation, clause break, subject, hedge ...),
// which the lists name form by form ("its" is no subject, "notes" no negation), nor synonym
// groups: a group lists the forms it means (measured: extending "price" to "prices" or
// "persist" to "persists" matched crop prices with data cost and a stored message with
// routing on the dev set, and found nothing new).
// English verbs and nouns spelled like the plural of a listed word (an English adjective has
// none): "the platform team owns it", "bug fixes", "it separates concerns", "team dynamics", "the
// replica syncs in the background" take no side of "own", "fixe", "separate", "dynamic", "sync".
bool other_word_than_plural(std::string_view surface) {
    static constexpr std::string_view words[] = {"owns", "fixes", "separates", "dynamics", "commons", "singles",
                                                 "manuals", "parallels", "syncs", "privates"};
    return one_of(surface, words);
}

WordInfo inflected_facts(const WordInfo& base, bool same_kind) {
    WordInfo f;
    if (same_kind) f.antonym = base.antonym;
    f.dismissal = base.dismissal;
    f.implicit_negative = base.implicit_negative;
    return f;
}

bool says_something(const WordInfo& f) { return f.antonym >= 0 || f.dismissal || f.implicit_negative; }

}  // namespace

// (See lexicon_data.hpp.)
std::string_view without_arabic_proclitics(std::string_view surface) {
    using namespace std::string_view_literals;
    constexpr size_t letter = 2;   // bytes of an Arabic letter in UTF-8
    auto starts = [&](std::string_view s, std::string_view p) { return s.size() >= p.size() + 2 * letter && s.compare(0, p.size(), p) == 0; };
    std::string_view s = surface;
    if (starts(s, "\u0648") || starts(s, "\u0641")) s.remove_prefix(letter);   // و ف
    for (const std::string_view p : {"\u0628\u0627\u0644"sv, "\u0643\u0627\u0644"sv, "\u0644\u0644"sv, "\u0627\u0644"sv})   // بال كال لل ال
        if (starts(s, p)) {
            // (لل is ل + ال with the article's alef dropped.)
            s.remove_prefix(p.size());
            return s;
        }
    if (s.size() == surface.size() && (starts(s, "\u0628") || starts(s, "\u0644"))) s.remove_prefix(letter);   // ب ل
    return s;
}

WordInfo word_info(std::string_view surface) {
    using InfoTable = std::unordered_map<std::string_view, WordInfo>;
    static const InfoTable* const infos = [] {
        auto* table = new InfoTable;
        for (const auto& [w, v] : synonym_groups()) (*table)[w].group = static_cast<int16_t>(v);
        for (const auto& [w, v] : antonyms()) (*table)[w].antonym = static_cast<int16_t>(v);
        for (const auto& [w, v] : star_words()) (*table)[w].star = static_cast<int8_t>(v);
        for (const auto& [w, v] : sentiment_words()) (*table)[w].sentiment = static_cast<int8_t>(v);
        for (const auto& entry : negation_cues()) (*table)[entry.first].negation = true;
        for (const auto& entry : clause_breaks()) (*table)[entry.first].clause_break = true;
        for (const auto& entry : fillers()) (*table)[entry.first].filler = true;
        for (const auto& entry : hedges()) (*table)[entry.first].hedge = true;
        for (const auto& entry : example_markers()) (*table)[entry.first].example = true;
        for (const auto& entry : ignorance_markers()) (*table)[entry.first].ignorance = true;
        for (const auto& entry : first_person()) (*table)[entry.first].first_person = true;
        for (const auto& entry : informal_words()) (*table)[entry.first].informal = true;
        for (const char* w : {"avoid", "avoids", "avoiding", "avoided", "éviter", "évite", "évitez", "évitons",
                              "\u062a\u062c\u0646\u0628", "\u0646\u062a\u062c\u0646\u0628", "\u0623\u062a\u062c\u0646\u0628"})
            (*table)[w].avoidance = true;
        // Telling two things apart, or saying they are alike (general vocabulary).
        for (const char* w : {"vs", "versus", "difference", "differences", "distinction", "distinctions", "distinguish",
                              "distinguishing", "tradeoff", "tradeoffs", "trade-off", "trade-offs", "différence",
                              "différences", "distinguer", "compromis", "\u0641\u0631\u0642", "\u0627\u0644\u0641\u0631\u0642",
                              "\u0645\u0642\u0627\u0628\u0644"})
            (*table)[w].distinction = true;
        for (const char* w : {"more", "less", "fewer", "better", "worse", "stronger", "weaker", "faster", "slower",
                              "cheaper", "costlier", "higher", "lower", "larger", "smaller", "bigger", "safer", "lighter",
                              "heavier", "simpler", "plus", "moins", "meilleur", "meilleure", "pire",
                              "\u0623\u0643\u062b\u0631", "\u0623\u0642\u0644", "\u0623\u0641\u0636\u0644"}) {
            (*table)[w].distinction = true;
            (*table)[w].contrast = true;
            (*table)[w].comparative = true;
        }
        for (const char* w : {"vs", "versus", "difference", "differences", "different", "differ", "differs", "distinct",
                              "distinction", "unlike", "whereas", "while", "but", "however", "contrast", "opposite",
                              "différence", "différences", "différent", "différente", "différents", "différentes",
                              "contrairement", "tandis", "mais", "\u0641\u0631\u0642", "\u0627\u0644\u0641\u0631\u0642",
                              "\u0628\u064a\u0646\u0645\u0627", "\u0644\u0643\u0646", "\u0628\u062e\u0644\u0627\u0641",
                              "\u064a\u062e\u062a\u0644\u0641", "\u062a\u062e\u062a\u0644\u0641", "\u0645\u062e\u062a\u0644\u0641"})
            (*table)[w].contrast = true;
        for (const char* w : {"interchangeable", "interchangeably", "identical", "identically", "equivalent", "equivalents",
                              "synonymous", "synonyms", "indistinguishable", "interchangeables", "identique", "identiques",
                              "équivalent", "équivalents", "équivalente", "équivalentes", "pareil", "pareils",
                              "\u0645\u062a\u0637\u0627\u0628\u0642", "\u0645\u062a\u0637\u0627\u0628\u0642\u0629",
                              "\u0645\u062a\u0645\u0627\u062b\u0644"})
            (*table)[w].sameness = true;
        for (const char* w : {"fine", "ok", "okay", "acceptable", "safe", "safest", "best", "recommended", "should",
                              "recommend", "suggest", "propose", "advise", "recommande", "propose", "proposerais",
                              "conseille", "préconise", "\u0623\u0642\u062a\u0631\u062d", "\u0623\u0646\u0635\u062d",
                              "\u0646\u0642\u062a\u0631\u062d",
                              "must", "always", "perfectly", "enough", "sufficient", "suffices", "suffice", "suffit",
                              "suffisent", "suffisant", "suffisante", "suffisants", "\u064a\u0643\u0641\u064a",
                              "\u062a\u0643\u0641\u064a", "\u0643\u0627\u0641", "\u0643\u0627\u0641\u064a\u0629", "faut", "doit", "doivent", "toujours", "tjs", "tjrs", "recommandé",
                              "\u064a\u062c\u0628", "\u064a\u0646\u0628\u063a\u064a", "\u062f\u0627\u0626\u0645\u0627",
                              "\u062f\u0627\u0626\u0645\u0627\u064b"})
            (*table)[w].endorsement = true;
        // "Not just X" / "pas seulement X" / "ليس فقط": X is said, and more is asked for.
        for (const char* w : {"just", "only", "simply", "merely", "solely", "seulement", "uniquement", "juste",
                              "simplement", "\u0641\u0642\u0637"})   // فقط
            (*table)[w].role = role_restriction;
        // Verbs of removal (a point's word they govern is to be absent: "remove single points of
        // failure", "got rid of the lock"; "rid" stands for "get rid of").
        for (const char* w : {"remove", "removes", "removing", "removed", "eliminate", "eliminates", "eliminating",
                              "eliminated", "rid", "éliminer", "élimine", "éliminé", "éliminée", "éliminés", "supprimer",
                              "supprime", "supprimé", "supprimée", "supprimés", "\u0625\u0632\u0627\u0644\u0629",   // إزالة
                              "\u0625\u0644\u063a\u0627\u0621"})   // إلغاء
            (*table)[w].role = role_removal;
        // The modal of a consequence ("without a queue the services would fail together").
        for (const char* w : {"would", "could", "might", "serait", "seraient", "aurait", "auraient", "pourrait",
                              "pourraient", "devrait", "devraient", "faudrait"})
            (*table)[w].role = role_counterfactual;
        // An adjective that makes a subject a norm ("a good login system never stores ...", "un bon
        // système ne ..."): what it does not do is what the speaker says should not be done. (Not
        // "sound": more often the noun or the verb, "the sound never plays", "they sound fine but".)
        for (const char* w : {"good", "proper", "correct", "secure", "robust", "sane", "decent", "bon", "bonne",
                              "bons", "bonnes", "correcte", "sécurisé", "sécurisée", "robuste",
                              "\u062c\u064a\u062f", "\u062c\u064a\u062f\u0629", "\u0627\u0644\u062c\u064a\u062f",   // جيد جيدة الجيد
                              "\u0627\u0644\u062c\u064a\u062f\u0629", "\u0633\u0644\u064a\u0645"})   // الجيدة سليم
            (*table)[w].role = role_evaluative;
        // A verb that brings a thing into being: "should not create an index" denies the doing of
        // "add an index".
        for (const char* w : {"add", "adds", "adding", "added", "create", "creates", "creating", "created", "build",
                              "builds", "building", "built", "introduce", "introduces", "introducing", "introduced",
                              "ajouter", "ajoute", "ajoutons", "ajouté", "créer", "crée", "créons", "créé", "construire"})
            (*table)[w].role = role_creation;
        // A word that opens an adverbial before a subject ("in this project", "dans ce projet", "في
        // هذا المشروع"): the words after it name no subject.
        for (const char* w : {"in", "on", "at", "for", "during", "within", "across", "under", "inside", "with", "by",
                              "after", "before", "since", "dans", "en", "pour", "pendant", "sur", "avec", "chez", "après",
                              "avant", "depuis", "\u0641\u064a", "\u0639\u0644\u0649", "\u062e\u0644\u0627\u0644",   // في على خلال
                              "\u0645\u0639", "\u0628\u0639\u062f", "\u0642\u0628\u0644",                     // مع بعد قبل
                              "\u0639\u0646\u062f", "\u0644\u062f\u0649"})                                    // عند لدى
            (*table)[w].role = role_adverbial;
        for (const char* w : {"there", "y"}) (*table)[w].role = role_existential;
        for (const char* w : {"without", "sans", "\u0628\u062f\u0648\u0646", "\u0648\u0628\u062f\u0648\u0646",   // بدون وبدون
                              "\u062f\u0648\u0646", "\u0628\u0644\u0627"})                                      // دون بلا
            (*table)[w].role = role_absence;
        for (const char* w : arabic_lack_words) (*table)[w].role = role_absence;
        // Words that leave something out or set it aside ("we can neglect clock drift", "drift is
        // negligible", "on peut ignorer ...", "نتجاهل ..."): a common mistake worded as an omission
        // ("Neglecting clock drift") is made by an answer saying one of them of the mistake's object.
        for (const char* w : {"neglect", "neglects", "neglected", "neglecting", "negligible", "ignore", "ignores", "ignored",
                              "ignoring", "skip", "skips", "skipped", "skipping", "forget", "forgets", "forgot", "forgotten",
                              "forgetting", "omit", "omits", "omitted", "omitting", "overlook", "overlooks", "overlooked",
                              "overlooking", "disregard", "disregards", "disregarded", "disregarding", "négliger", "néglige",
                              "négligé", "négligée", "négligés", "négligeons", "négligeable", "négligeables", "ignorer",
                              "ignoré", "ignorée", "ignorés", "ignorons", "oublier", "oublie", "oublié", "oubliée", "oublions",
                              "omettre", "omet", "omis", "omise", "sauter", "saute", "sautons", "sauté", "sautée", "sautés",
                              "\u062a\u062c\u0627\u0647\u0644", "\u0646\u062a\u062c\u0627\u0647\u0644",   // تجاهل نتجاهل
                              "\u064a\u062a\u062c\u0627\u0647\u0644", "\u0625\u0647\u0645\u0627\u0644",   // يتجاهل إهمال
                              "\u0646\u0647\u0645\u0644", "\u064a\u0647\u0645\u0644", "\u0625\u063a\u0641\u0627\u0644",   // نهمل يهمل إغفال
                              "\u0646\u0633\u064a\u0627\u0646", "\u0646\u0646\u0633\u0649"})   // نسيان ننسى
            (*table)[w].role = role_omission;
        // Words of need: "we don't need to prevent it", "pas besoin d'éviter", "لا حاجة" (see speaker_rejects_absence).
        for (const char* w : {"need", "needs", "needed", "necessary", "besoin", "nécessaire",
                              "\u062d\u0627\u062c\u0629", "\u0628\u062d\u0627\u062c\u0629"})   // حاجة بحاجة
            (*table)[w].role = role_need;
        // Words of a whole: of degree, quantity or time ("in every case", "never totally", "pas
        // toujours", "not all", "ليس دائما"). A denial they limit ("we can't avoid lock contention in
        // every case") leaves the thing in part, and denies no doing of it. ("At all", "du tout"
        // strengthen a denial instead: speaker_cannot reads them so.)
        for (const char* w : {"every", "all", "always", "entirely", "completely", "fully", "totally", "wholly",
                              "altogether", "everywhere", "perfectly", "toujours", "tout", "tous", "toutes", "chaque",
                              "entièrement", "complètement", "totalement", "parfaitement", "partout",
                              "\u062a\u0645\u0627\u0645\u0627", "\u062a\u0645\u0627\u0645\u0627\u064b", "\u0643\u0644\u064a\u0627", "\u0643\u0644\u064a\u0627\u064b",   // تماما تماماً كليا كلياً
                              "\u0643\u0644\u064a\u064b\u0627", "\u062f\u0627\u0626\u0645\u0627", "\u062f\u0627\u0626\u0645\u0627\u064b", "\u0643\u0644",   // كليًا دائما دائماً كل
                              "\u0644\u0643\u0644", "\u0628\u0643\u0644", "\u062c\u0645\u064a\u0639", "\u0628\u0627\u0644\u0643\u0627\u0645\u0644"})   // لكل بكل جميع بالكامل
            (*table)[w].role = role_totality;
        // Connectives of consequence ("we can't avoid it in every case, so we shard the locks").
        for (const char* w : {"so", "therefore", "thus", "hence", "consequently", "donc", "ainsi",
                              "\u0644\u0630\u0644\u0643", "\u0648\u0644\u0630\u0644\u0643", "\u0641\u0644\u0630\u0644\u0643", "\u0644\u0647\u0630\u0627",   // لذلك ولذلك فلذلك لهذا
                              "\u0648\u0644\u0647\u0630\u0627", "\u0641\u0644\u0647\u0630\u0627", "\u0625\u0630\u0646"})   // ولهذا فلهذا إذن
            (*table)[w].role = role_consequence;
        // Words that set another way beside the one taken ("whereas the naive loop would be O(n^2)",
        // "tandis qu'une recherche séquentielle", "بينما البحث الخطي"): what their clause states is
        // said of that other way (complexity_claim.cpp).
        for (const char* w : {"whereas", "while", "unlike", "versus", "vs", "naive", "naively", "brute", "tandis",
                              "contrairement", "naïf", "naïve", "naïvement", "lieu",
                              "\u0628\u064a\u0646\u0645\u0627", "\u0628\u062e\u0644\u0627\u0641",   // بينما بخلاف
                              "\u0628\u062f\u0644", "\u0628\u062f\u0644\u0627", "\u0628\u062f\u0644\u0627\u064b"})   // بدل بدلا بدلاً
            (*table)[w].role = role_alternative;
        // Words of reduction: a point's word they govern is to be less or absent ("reduce database
        // load", "fewer round trips", "use less memory", "moins de verrous", "تقليل الحمل"; Term::reduced),
        // and a denial falling on them denies the reduction itself (denies_reduction). ("Without",
        // "sans", بدون say it too, by role_absence; "avoid", "éviter" by WordInfo::avoidance.)
        for (const char* w : {"reduce", "reduces", "reducing", "reduced", "lower", "lowers", "lowering", "minimize",
                              "minimizes", "minimizing", "minimise", "minimises", "minimising", "fewer", "less", "prevent",
                              "prevents", "preventing", "cut", "cuts", "cutting", "limit", "limits", "limiting", "réduire",
                              "réduit", "réduisent", "diminuer", "diminue", "limiter", "limite", "moins", "minimiser",
                              "\u062a\u0642\u0644\u064a\u0644", "\u064a\u0642\u0644\u0644", "\u062a\u0642\u0644\u0644"})   // تقليل يقلل تقلل
            (*table)[w].role = role_reduction;
        // Verbs of relief: a doing that lightens the thing it is said of ("save memory", "take load off
        // the database", "n'économise pas de mémoire", "ne soulage pas la base", "لا يخفف الحمل"). A
        // denial falling on them denies a point of reduction (denies_reduction), as one on "reduce"
        // does. Not words of a point's reduction: "save user data", "saved cards", "ease switching"
        // store or help. (Not "spare" itself, mostly the adjective: "Python doesn't reserve spare
        // memory" denies the thing reduced, and states "uses less memory".)
        for (const char* w : {"save", "saves", "saving", "saved", "spares", "sparing", "spared", "relieve",
                              "relieves", "relieving", "relieved", "lighten", "lightens", "lightening", "lightened",
                              "ease", "eases", "easing", "eased", "offload", "offloads", "offloading", "offloaded", "off",
                              "économiser", "économise", "économisent", "économisons", "soulager", "soulage", "soulagent",
                              "alléger", "allège", "allègent", "épargner", "épargne", "épargnent",
                              "\u064a\u062e\u0641\u0641", "\u062a\u062e\u0641\u0641", "\u062a\u062e\u0641\u064a\u0641",   // يخفف تخفف تخفيف
                              "\u064a\u0648\u0641\u0631", "\u062a\u0648\u0641\u0631", "\u062a\u0648\u0641\u064a\u0631"})   // يوفر توفر توفير
            (*table)[w].role = role_relief;
        // Words of frequency or amount that "as" / "so" / "aussi" / "si" make a whole ("we don't query the
        // database as often", "pas aussi souvent"; "autant" is "as much" by itself): a denial they limit
        // leaves the doing in part, as one limited by a word of role_totality does (absence_stated).
        for (const char* w : {"often", "frequently", "much", "many", "souvent", "fréquemment", "autant"})
            (*table)[w].role = role_frequency;
        // Nouns of English filler phrases of amount, manner or degree ("a lot of", "some kind of",
        // "sort of", "to some degree", "to an extent", "a bit"): in them the noun names nothing, and
        // WordNet's everyday senses of it ("lot" / "heap", "kind" / "sort", "degree" / "level") must
        // not meet a point's word (add_wordnet_matches). (WordNet is English only.)
        for (const char* w : {"lot", "lots", "kind", "kinds", "sort", "sorts", "degree", "extent", "bit"})
            (*table)[w].role = role_measure_noun;
        // Negative quantifiers: "nothing is lost", "nobody has to wait", "none of the data leaks", "rien
        // n'est perdu", "personne n'attend", لا شيء يضيع, لا أحد ينتظر deny the thing or the doing outright,
        // as "no" does (see quantified_denial in text.cpp). ("personne", شيء and أحد only beside a negation.)
        for (const char* w : {"nothing", "nobody", "none", "rien", "personne", "\u0634\u064a\u0621", "\u0623\u062d\u062f"})
            (*table)[w].role = role_negative_quantifier;
        // "No extra memory", "sans mémoire supplémentaire", بدون ذاكرة إضافية: O(1) extra space
        // (constant_space_denial in text.cpp).
        for (const char* w : {"extra", "additional", "suppl\u00e9mentaire", "suppl\u00e9mentaires", "additionnelle",
                              "\u0625\u0636\u0627\u0641\u064a\u0629", "\u0625\u0636\u0627\u0641\u064a"})   // إضافية إضافي
            (*table)[w].role = role_addition;
        for (const char* w : {"space", "memory", "storage", "espace", "m\u00e9moire", "\u0630\u0627\u0643\u0631\u0629",
                              "\u0645\u0633\u0627\u062d\u0629"})   // ذاكرة مساحة
            (*table)[w].role = role_space_measure;
        for (const char* w : {"rarely", "seldom", "rarement", "\u0646\u0627\u062f\u0631\u0627",   // نادرا
                              "\u0646\u0627\u062f\u0631\u0627\u064b", "\u0646\u0627\u062f\u0631\u064b\u0627"})   // نادراً نادرًا
            (*table)[w].role = role_rarity;
        // The nouns of the idioms of denied worth, good idea and duty (dismissal_idiom in phrase_readings.cpp).
        for (const char* w : {"reason", "reasons", "sense", "raison", "raisons", "sens", "\u0645\u0639\u0646\u0649"})   // معنى
            (*table)[w].role = role_worth_noun;
        for (const char* w : {"idea", "id\u00e9e", "\u0641\u0643\u0631\u0629"})   // idée فكرة
            (*table)[w].role = role_idea_noun;
        for (const char* w : {"job", "place", "role", "business", "r\u00f4le", "travail", "boulot"})
            (*table)[w].role = role_duty_noun;
        // The nouns a size word weighs in an idiom of importance (read_importance_idioms).
        for (const char* w : {"deal", "deals", "problem", "problems", "issue", "issues", "affaire", "affaires",
                              "problème", "problèmes", "souci", "soucis"})
            (*table)[w].role = role_worry_noun;
        // A personal pronoun subject that points back ("we hash with bcrypt, so it's pointless",
        // "donc c'est inutile", "donc ça ne sert à rien"), and the words that open a doing a verdict is
        // said of instead ("so it is pointless to add a pepper", "inutile d'ajouter"): how far back a
        // dismissal reaches. Never a demonstrative (this, that, these, those, ce, هذا, هذه, ذلك, تلك):
        // it is a determiner as often as a pronoun ("so this extra round is unnecessary" has a subject
        // of its own), and "so that" is the purpose conjunction (review21 F1).
        for (const char* w : {"it", "c", "ça", "cela"}) (*table)[w].role = role_anaphor;
        for (const char* w : {"to", "de", "d", "\u0623\u0646"}) (*table)[w].role = role_infinitive;   // أن
        for (const char* w : {"initially", "originally", "previously", "formerly", "initialement", "auparavant",
                              "autrefois", "\u0633\u0627\u0628\u0642\u0627", "\u0633\u0627\u0628\u0642\u0627\u064b"})   // سابقا سابقاً
            (*table)[w].role = role_former;
        // Sequence words: what follows is done after a step said before ("I wait for the approval. Then
        // I merge.", "j'attends la relecture, puis je fusionne", "أنتظر المراجعة ثم أدمج"). ("after",
        // "après", بعد open an adverbial, role_adverbial: with "that" / "cela" / ذلك see is_sequence_word.)
        for (const char* w : {"then", "afterwards", "afterward", "thereafter", "puis", "ensuite", "\u062b\u0645",   // ثم
                              "\u0648\u062b\u0645", "\u0628\u0639\u062f\u0647\u0627",   // وثم بعدها
                              "\u0648\u0628\u0639\u062f\u0647\u0627", "\u0628\u0639\u062f\u0626\u0630"})   // وبعدها بعدئذ
            (*table)[w].role = role_sequence;
        // Names of a wrong claim: what a sentence says after "the mistake is (to think)", "l'erreur est de
        // (croire)", "الخطأ هو" is the mistake, not the speaker's act (speaker_proposes). (Not "error": a
        // program's error as often as a wrong claim.)
        // ("worst", "pire", الأسوأ: "the worst thing would be to think: ...", "le pire serait de croire".)
        for (const char* w : {"mistake", "mistakes", "myth", "myths", "misconception", "misconceptions", "pitfall", "trap",
                              "erreur", "piège", "mythe", "\u062e\u0631\u0627\u0641\u0629",   // خرافة
                              "worst", "pire", "\u0623\u0633\u0648\u0623", "\u0627\u0644\u0623\u0633\u0648\u0623",   // أسوأ الأسوأ
                              "\u062e\u0637\u0623", "\u0627\u0644\u062e\u0637\u0623",   // خطأ الخطأ
                              "\u063a\u0644\u0637", "\u0627\u0644\u063a\u0644\u0637"})   // غلط الغلط
            (*table)[w].role = role_wrong_claim;
        // Reflexives of the speaker: the act done by their own hand, alone (bare_act). (Not "personally",
        // which marks an opinion as often: self_assessment_words.)
        for (const char* w : {"myself", "ourselves", "moi-m\u00eame", "nous-m\u00eames",
                              "\u0628\u0646\u0641\u0633\u064a", "\u0628\u0623\u0646\u0641\u0633\u0646\u0627",   // بنفسي بأنفسنا
                              "\u0628\u0646\u0641\u0633\u0646\u0627"})   // بنفسنا
            (*table)[w].role = role_reflexive;
        // Words a speaker opens a sentence with to take the floor ("ok so first I'd ..."), which are
        // endorsements too ("plain text is ok"): discourse_opener tells the two apart.
        for (const char* w : {"ok", "okay"}) (*table)[w].role = role_discourse_marker;
        for (const char* w : {"instead", "rather", "plutôt"}) (*table)[w].comparative_negation = true;
        for (const char* w : {"no", "aucun", "aucune"}) (*table)[w].determiner_negation = true;
        for (const char* w : {"and", "or", "so", "et", "ou", "donc"}) (*table)[w].coordinator = true;
        for (const char* w : {"i", "we", "you", "he", "she", "it", "they", "there", "je", "j", "nous", "vous", "il",
                              "elle", "ils", "elles", "on"})
            (*table)[w].subject = true;
        // Words that open a condition held over time, a loop's ("while the queue is not empty", "until
        // the stack is empty", "tant que la file n'est pas vide", طالما أن الطابور ليس فارغا): what their
        // clause denies is the state the loop tests, not a statement of the answer (other_point_subject
        // in window_scoring.cpp). (حتى is left out: it is also "even".)
        for (const char* w : {"while", "whilst", "until", "till", "tant", "jusqu", "\u0637\u0627\u0644\u0645\u0627",   // طالما
                              "\u0631\u064a\u062b\u0645\u0627"})   // ريثما
            (*table)[w].lasting_condition = true;
        for (const char* w : {"if", "unless", "whether", "otherwise", "when", "whenever", "si", "sinon", "quand",
                              "lorsque", "lorsqu", "\u0625\u0630\u0627", "\u0644\u0648", "\u0639\u0646\u062f\u0645\u0627"})
            (*table)[w].conditional = true;
        // Words that state an absence: a point built on them is a negative statement.
        for (const char* w : {"missing", "lack", "lacks", "lacking", "absent", "absence", "avoid", "avoids", "avoided",
                              "avoiding", "prevent", "prevents", "unable", "manque", "absence", "éviter", "évite", "forbid",
                              "forbids", "prohibit", "prohibits", "disallow", "disallows", "empêcher", "empêche",
                              "interdire", "interdit", "\u0645\u0646\u0639", "\u064a\u0645\u0646\u0639",
                              "\u062a\u0645\u0646\u0639", "\u0648\u0645\u0646\u0639", "\u0648\u064a\u0645\u0646\u0639"})
            (*table)[w].implicit_negative = true;
        // ("needs" and بحاجة are listed with role_need: an exact entry takes no facts from its base form.)
        for (const char* w : {"matter", "matters", "need", "needs", "needed", "necessary", "required", "important", "relevant",
                              "worth", "useful", "helpful", "care", "essential", "bother", "option", "concern",
                              "besoin", "nécessaire", "utile", "important", "importante", "indispensable", "peine",
                              "\u062d\u0627\u062c\u0629", "\u0628\u062d\u0627\u062c\u0629", "\u0636\u0631\u0648\u0631\u064a", "\u0636\u0631\u0648\u0631\u064a\u0627",
                              "\u0636\u0631\u0648\u0631\u064a\u0627\u064b", "\u0636\u0631\u0648\u0631\u064a\u0629",
                              "\u0645\u0647\u0645", "\u0645\u0647\u0645\u0627", "\u0645\u0647\u0645\u0627\u064b",
                              "\u0645\u0647\u0645\u0629", "\u0644\u0627\u0632\u0645", "\u062f\u0627\u0639\u064a",
                              "\u062f\u0627\u0639\u064a\u0627", "\u062f\u0627\u0639\u064a\u0627\u064b",   // داعيا داعياً: "لا أرى داعياً"
                              "\u0641\u0627\u0626\u062f\u0629",
                              "\u062e\u064a\u0627\u0631", "\u062e\u064a\u0627\u0631\u0627",   // خيار خيارا: "not an option"
                              // يهم تهم يهمنا تهمنا يهمني: "لا يهم", "فلا تهمنا" ("it doesn't matter (to us)")
                              "\u064a\u0647\u0645", "\u062a\u0647\u0645", "\u064a\u0647\u0645\u0646\u0627",
                              "\u062a\u0647\u0645\u0646\u0627", "\u064a\u0647\u0645\u0646\u064a"})
            (*table)[w].dismissal = true;
        // (A verdict of excess praise dismisses as well: "X is overrated", "c'est surfait"; Arabic "مبالغ فيه",
        // whose مبالغ alone means amounts, is read in its frame: is_overstated_word.)
        for (const char* w : {"unnecessary", "irrelevant", "overkill", "pointless", "useless", "needless", "waste",
                              "overrated", "overblown", "inutile", "superflu", "surfait", "surfaite", "surfaits", "surfaites",
                              "\u0645\u0636\u064a\u0639\u0629"})   // مضيعة
            (*table)[w].dismissal_word = true;
        add_unaccented(table);   // "apres", "plutot", "donnees": French typed without accents
        return table;
    }();
    // The same, for lookups.
    static const WordTable<WordInfo>* const fast = new WordTable<WordInfo>(*infos);
    if (const WordInfo* exact = fast->get(surface)) return *exact;
    // An Arabic word with its proclitics ("\u0648", "\u0641", "\u0628", "\u0644", "\u0627\u0644" and their combinations: "\u0648\u0627\u0644\u0633\u062c\u0644\u0627\u062a",
    // "\u0644\u0644\u0637\u0644\u0628", "\u0627\u0644\u062a\u0633\u062a"): the synonym group of the word itself (the same word, only "and", "the",
    // "for" joined to it).
    if (const std::string_view bare = without_arabic_proclitics(surface); bare.size() < surface.size())
        if (const WordInfo* known = fast->get(bare); known != nullptr && known->group >= 0) {
            WordInfo f;
            f.group = known->group;
            return f;
        }
    // A form the lists do not name ("rapides", "lentes", "deploying"): its base form's meaning.
    // (build_document memoises word_info per surface: this runs once per new word.)
    const BaseForms forms(surface);
    for (const std::string_view& base : forms)
        if (const WordInfo* known = fast->get(base)) {
            const WordInfo f = inflected_facts(*known, forms.same_kind(&base) && !other_word_than_plural(surface));
            if (says_something(f)) return f;
        }
    return WordInfo{};
}

namespace {

// Words of a shortcut and of a contrast frame (mistake_cues.hpp). Shortcut words: 1, a shortcut by
// itself; 2, after "plus" only ("le plus simple", "la plus rapide": "une simple requête" cuts no corner).
const Table& shortcut_words() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"just", "simply", "merely", "enough", "suffice", "suffices", "sufficient", "simplement", "juste",
                  "suffit", "suffisant", "suffisante", "suffisent",
                  "\u064a\u0643\u0641\u064a", "\u0648\u064a\u0643\u0641\u064a", "\u0641\u064a\u0643\u0641\u064a",   // يكفي ويكفي فيكفي
                  "\u062a\u0643\u0641\u064a", "\u0641\u0642\u0637",   // تكفي فقط
                  // The way of least effort, as the speaker's choice ("one table per tenant is
                  // simplest", "the fastest way is to reboot", الأسهل / الأبسط / الأسرع).
                  "simplest", "easiest", "quickest", "cleanest",
                  "\u0627\u0644\u0623\u0633\u0647\u0644", "\u0623\u0633\u0647\u0644",   // الأسهل أسهل
                  "\u0627\u0644\u0623\u0628\u0633\u0637", "\u0623\u0628\u0633\u0637",   // الأبسط أبسط
                  "\u0627\u0644\u0623\u0633\u0631\u0639"},   // الأسرع
                 1, table);
        make_set({"simple", "facile", "rapide"}, 2, table);
        return table;
    }();
    return *t;
}
// 1: a frame by itself; 2: a frame after "au" / "على" only ("au lieu de", "على عكس": "lieu" is a
// place, "en premier lieu", and عكس a reversal, "عكس الصفحة").
const Table& contrast_frame_words() {
    static const Table* t = [] {
        auto* table = new Table;
        make_set({"unlike", "contrairement", "\u0628\u062f\u0644\u0627\u064b",   // بدلاً
                  "\u062e\u0644\u0627\u0641\u0627", "\u062e\u0644\u0627\u0641\u0627\u064b"},   // خلافا خلافاً
                 1, table);
        make_set({"lieu", "\u0639\u0643\u0633"}, 2, table);   // عكس
        return table;
    }();
    return *t;
}

}  // namespace

bool is_shortcut_word(std::string_view previous, std::string_view surface) {
    const Table& table = shortcut_words();
    const auto it = table.find(surface);
    if (it == table.end()) return false;
    return it->second == 1 || previous == "plus";
}
bool is_contrast_frame(std::string_view previous, std::string_view surface) {
    const Table& table = contrast_frame_words();
    const auto it = table.find(surface);
    if (it == table.end()) return false;
    return it->second == 1 || previous == "au" || previous == "\u0639\u0644\u0649";   // على
}

bool is_meta_word(std::string_view surface) { return contains(meta_words(), surface); }
bool is_approving_adjective(std::string_view surface) {
    static constexpr std::string_view words[] = {"good", "great", "smart", "wise", "bonne", "\u062c\u064a\u062f\u0629"};   // جيدة
    return one_of(surface, words);
}
bool is_possessive_determiner(std::string_view surface) {
    static constexpr std::string_view words[] = {"my", "our", "your", "mon", "notre", "votre"};
    return one_of(surface, words);
}
bool opens_a_reason(std::string_view surface) {
    static constexpr std::string_view words[] = {"for", "why", "in", "pour"};
    return one_of(surface, words);
}
bool is_light_verb(std::string_view surface) { return contains(light_verbs(), surface); }
bool is_function_word(std::string_view surface) { return contains(arabic_function_words(), surface); }
bool is_first_person(std::string_view surface) { return contains(first_person(), surface); }
bool is_be_form(std::string_view surface) { return contains(be_forms(), surface); }
bool is_copula(std::string_view surface) {
    static constexpr std::string_view words[] = {"is", "s", "are", "was", "were", "est", "sont", "\u00e9tait",
                                                 "\u0647\u0648", "\u0647\u064a",   // هو هي
                                                 "\u0643\u0627\u0646", "\u0623\u0646"};   // كان أن
    return one_of(surface, words);
}
// The register of an answer (register_words.hpp, informal_register in analysis.cpp).
bool is_ne_particle(std::string_view surface) { return surface == "ne" || surface == "n"; }

bool is_pas_particle(std::string_view surface) { return surface == "pas"; }

bool opens_negative_ellipsis(std::string_view surface) {
    static const Table& words = [] () -> const Table& {
        auto* table = new Table;
        return make_set({"ou", "et", "mais", "non", "donc", "pourquoi", "si"}, 1, table);
    }();
    return words.count(surface) > 0;
}

// The frames of a dismissal (dismissal_words.hpp, dismissal_frames.cpp).
bool is_noise_noun(std::string_view surface) {
    static constexpr std::string_view words[] = {"noise", "junk", "fluff", "detail", "bruit", "parasite", "parasites", "d\u00e9tail",
                                                 "\u0636\u062c\u064a\u062c", "\u0636\u0648\u0636\u0627\u0621"};   // ضجيج ضوضاء
    return one_of(surface, words);
}
bool is_minor_word(std::string_view surface) {
    static constexpr std::string_view words[] = {"minor", "small", "smaller", "tiny", "secondary", "petit", "petite",
                                                 "mineur", "mineure", "secondaire"};
    return one_of(surface, words);
}
bool is_verdict_filler(std::string_view surface) {
    static constexpr std::string_view words[] = {"a", "an", "just", "only", "merely", "mostly", "mainly", "basically", "largely",
                                                 "purely", "essentially", "pure", "mere", "really", "un", "une", "du", "des",
                                                 "de", "d", "juste", "que", "qu", "simplement", "seulement", "surtout",
                                                 "essentiellement"};
    return one_of(surface, words);
}
bool is_overstated_word(std::string_view surface) { return surface == "\u0645\u0628\u0627\u0644\u063a"; }   // مبالغ
bool is_in_pronoun(std::string_view surface) {
    static constexpr std::string_view words[] = {"\u0641\u064a\u0647", "\u0641\u064a\u0647\u0627",   // فيه فيها
                                                 "\u0641\u064a\u0647\u0645", "\u0641\u064a\u0647\u0645\u0627"};   // فيهم فيهما
    return one_of(surface, words);
}
bool tells_a_start(std::string_view previous, std::string_view surface) {
    if (surface == "\u0627\u0644\u0628\u062f\u0627\u064a\u0629") return true;   // البداية
    return (previous == "at" && surface == "first") ||
           (previous == "au" && (surface == "d\u00e9but" || surface == "debut" || surface == "d\u00e9part"));
}
// The denials said with a question (question_words.hpp).
bool is_question_word(std::string_view surface) {
    static constexpr std::string_view words[] = {
        "what", "why", "how", "when", "where", "who", "which", "whose", "is", "are", "was", "were", "do", "does", "did",
        "can", "could", "should", "would", "will", "shall", "have", "has", "had", "may", "might", "must", "isn", "aren",
        "don", "doesn", "didn", "pourquoi", "comment", "quand", "où", "qui", "quel", "quelle", "quels", "quelles", "quoi",
        "que", "qu", "est", "combien", "\u0647\u0644", "\u0645\u0627\u0630\u0627", "\u0644\u0645\u0627\u0630\u0627",   // هل ماذا لماذا
        "\u0643\u064a\u0641", "\u0645\u062a\u0649", "\u0623\u064a\u0646", "\u0645\u0646", "\u0645\u0627",   // كيف متى أين من ما
        "\u0623\u064a", "\u0623"};   // أي أ
    return one_of(surface, words);
}
bool is_why_word(std::string_view surface) {
    return surface == "why" || surface == "pourquoi" || surface == "\u0644\u0645\u0627\u0630\u0627";   // لماذا
}
bool is_rhetorical_modal(std::string_view surface) {
    static constexpr std::string_view words[] = {"would", "should", "devrais", "devrait", "devrions", "devriez",
                                                 "devraient", "irais", "irait", "irions"};
    return one_of(surface, words);
}
bool is_asker_subject(std::string_view surface) {
    static constexpr std::string_view words[] = {"i", "we", "you", "anyone", "anybody", "someone", "somebody", "one",
                                                 "ever", "even", "je", "j", "on", "nous", "vous"};
    return one_of(surface, words);
}
bool is_who_word(std::string_view surface) {
    return surface == "who" || surface == "qui" || surface == "\u0645\u0646";   // من
}
bool is_need_verb(std::string_view surface) {
    static constexpr std::string_view words[] = {"needs", "cares", "besoin", "\u064a\u062d\u062a\u0627\u062c"};   // يحتاج
    return one_of(surface, words);
}
bool is_need_link(std::string_view surface) {
    static constexpr std::string_view words[] = {"about", "de", "d", "des", "du", "\u0625\u0644\u0649"};   // إلى
    return one_of(surface, words);
}
bool is_use_noun(std::string_view surface) {
    static constexpr std::string_view words[] = {"point", "use", "bon", "\u0641\u0627\u0626\u062f\u0629",   // فائدة
                                                 "\u0627\u0644\u0641\u0627\u0626\u062f\u0629",                 // الفائدة
                                                 "\u062c\u062f\u0648\u0649", "\u0627\u0644\u062c\u062f\u0648\u0649"};   // جدوى الجدوى
    return one_of(surface, words);
}
bool opens_an_answer(std::string_view surface) {
    static constexpr std::string_view words[] = {
        "because", "cause", "cuz", "since", "to", "so", "parce", "car", "pour", "afin", "puisque",
        "\u0644\u0623\u0646", "\u0644\u0623\u0646\u0647", "\u0644\u0623\u0646\u0647\u0627", "\u0644\u0627\u0646",   // لأن لأنه لأنها لان
        "\u0644\u0627\u0646\u0647", "\u0644\u0627\u0646\u0647\u0627", "\u0644\u0643\u064a", "\u0643\u064a",   // لانه لانها لكي كي
        "\u062d\u062a\u0649"};   // حتى
    return one_of(surface, words);
}
bool is_topic_pronoun(std::string_view surface) {
    static constexpr std::string_view words[] = {"them", "it", "they", "those", "these", "that", "one", "ones"};
    return one_of(surface, words);
}
bool is_nobody_word(std::string_view surface) {
    return surface == "nobody" || surface == "personne" || surface == "\u0623\u062d\u062f";   // أحد
}
bool carries_object_suffix(std::string_view surface) {
    constexpr std::string_view ha = "\u0647\u0627", hum = "\u0647\u0645", h = "\u0647";   // ها هم ه
    // (A stem of two letters at least before the suffix: not the pronoun itself.)
    for (const std::string_view suffix : {ha, hum, h})
        if (surface.size() >= suffix.size() + 4 && surface.substr(surface.size() - suffix.size()) == suffix) return true;
    return false;
}
bool omits_its_object(std::string_view surface) {
    constexpr std::string_view ha = "\u0647\u0627", hum = "\u0647\u0645", h = "\u0647";   // ها هم ه
    constexpr std::string_view alif = "\u0627", alif_maqsura = "\u0649";                    // ا ى
    for (const std::string_view suffix : {ha, hum, h}) {
        if (surface.size() < suffix.size() + 4 || surface.substr(surface.size() - suffix.size()) != suffix) continue;
        std::string stem(surface.substr(0, surface.size() - suffix.size()));
        if (word_info(stem).role == role_omission) return true;
        if (stem.size() > alif.size() && stem.compare(stem.size() - alif.size(), alif.size(), alif) == 0) {
            stem.replace(stem.size() - alif.size(), alif.size(), alif_maqsura);
            if (word_info(stem).role == role_omission) return true;
        }
    }
    return false;
}
bool is_knowledge_verb(std::string_view surface) {
    static constexpr std::string_view words[] = {
        "know", "knows", "knew", "known", "remember", "remembers", "recall", "understand", "understands",
        "connais", "conna\u00eet", "connait", "connaissons", "connaissez", "sais", "sait", "savons", "savez",
        "comprends", "comprend", "souviens", "rappelle",
        "\u0623\u0639\u0631\u0641", "\u0646\u0639\u0631\u0641", "\u0623\u0639\u0644\u0645",   // أعرف نعرف أعلم
        "\u0623\u0641\u0647\u0645", "\u0623\u062a\u0630\u0643\u0631"};   // أفهم أتذكر
    if (one_of(surface, words)) return true;
    constexpr std::string_view ha = "\u0647\u0627", hum = "\u0647\u0645", h = "\u0647";   // ها هم ه
    for (const std::string_view suffix : {ha, hum, h})
        if (surface.size() >= suffix.size() + 4 && surface.substr(surface.size() - suffix.size()) == suffix &&
            one_of(surface.substr(0, surface.size() - suffix.size()), words))
            return true;
    return false;
}
bool arabic_first_person_present(std::string_view surface) {
    constexpr std::string_view alif = "\u0623", nun = "\u0646";   // أ ن
    return surface.size() >= 6 && (surface.substr(0, alif.size()) == alif || surface.substr(0, nun.size()) == nun);
}
bool is_topic_doing_verb(std::string_view surface) {
    using namespace std::string_view_literals;
    static constexpr std::string_view words[] = {
        "use", "uses", "used", "using", "do", "does", "did", "doing", "done", "have", "has", "had", "having", "need",
        "needs", "needed", "write", "writes", "wrote", "written", "writing", "run", "runs", "ran", "running", "bother",
        "bothers", "bothered", "want", "wants", "wanted", "care", "cares", "cared", "keep", "keeps", "kept", "add",
        "adds", "added", "implement", "implements", "implemented", "apply", "applies", "applied", "follow", "follows",
        "followed", "practice", "practise", "practices",
        "utilise", "utilises", "utilisons", "utilisez", "utilisent", "utilis\u00e9", "utiliser", "fais", "fait", "faisons",
        "faites", "font", "faire", "\u00e9cris", "\u00e9crit", "\u00e9crivons", "\u00e9crivez", "\u00e9crivent",
        "\u00e9crire", "ai", "as", "a", "avons", "avez", "ont", "avoir", "eu", "lance", "lan\u00e7ons", "lancent",
        "lancer", "ex\u00e9cute", "ex\u00e9cutons", "ex\u00e9cutent", "ex\u00e9cuter", "applique", "appliquons",
        "appliquent", "appliquer", "garde", "gardons", "gardent", "garder", "veux", "veut", "voulons", "veulent"};
    if (one_of(surface, words)) return true;
    // Arabic: the object suffix (ها هم ه) and the person prefix (أ ن ي ت) taken off, one of the roots
    // of using (ستخدم، ستعمل), writing (كتب), needing (حتاج), doing (فعل، عمل), running (شغل),
    // applying (طبق) or adding (ضيف).
    static constexpr std::string_view roots[] = {
        "\u0633\u062a\u062e\u062f\u0645", "\u0633\u062a\u0639\u0645\u0644", "\u0643\u062a\u0628",
        "\u062d\u062a\u0627\u062c", "\u0641\u0639\u0644", "\u0639\u0645\u0644", "\u0634\u063a\u0644",
        "\u0637\u0628\u0642", "\u0636\u064a\u0641"};
    std::string_view stem = surface;
    for (const std::string_view suffix : {"\u0647\u0627"sv, "\u0647\u0645"sv, "\u0647"sv})
        if (stem.size() >= suffix.size() + 4 && stem.substr(stem.size() - suffix.size()) == suffix) {
            stem.remove_suffix(suffix.size());
            break;
        }
    for (const std::string_view prefix : {"\u0623"sv, "\u0646"sv, "\u064a"sv, "\u062a"sv})
        if (stem.size() > prefix.size() && stem.substr(0, prefix.size()) == prefix) {
            if (one_of(stem.substr(prefix.size()), roots)) return true;
            break;
        }
    return false;
}
bool names_no_manner(std::string_view surface) {
    static constexpr std::string_view words[] = {
        "here", "anymore", "ever", "really", "ici", "vraiment", "\u0647\u0646\u0627",   // هنا
        // the speaker's place ("chez nous", "عندنا", "لدينا"): where, not how
        "chez", "\u0639\u0646\u062f\u0646\u0627", "\u0644\u062f\u064a\u0646\u0627",
        // Arabic "never", "at all" (no negation cue by themselves: "لا نكتبها أبدا")
        "\u0623\u0628\u062f\u0627", "\u0627\u0628\u062f\u0627", "\u0623\u0628\u062f\u0627\u064b",   // أبدا ابدا أبداً
        "\u0625\u0637\u0644\u0627\u0642\u0627", "\u0627\u0637\u0644\u0627\u0642\u0627",   // إطلاقا اطلاقا
        "\u0645\u0637\u0644\u0642\u0627", "\u0642\u0637"};   // مطلقا قط
    return one_of(surface, words);
}
// Negation words that go on with a negation rather than add one (agreeing_negation.cpp): the
// second half of a correlative ("neither X nor Y", "ni X ni Y", Arabic "لا X ولا Y"), and the
// French negative words a "ne" right after them completes ("personne ne", "rien ne", "aucune
// colonne ne", "ni ... ni ... ne").
bool is_correlative_negation(std::string_view surface) {
    static constexpr std::string_view words[] = {"nor", "ni", "\u0648\u0644\u0627"};   // ولا
    return one_of(surface, words);
}
bool needs_french_ne(std::string_view surface) {
    static constexpr std::string_view words[] = {"ni", "personne", "rien", "aucun", "aucune"};
    return one_of(surface, words);
}
// Words of ability before the verb they qualify: "nobody can change", "personne ne peut modifier",
// "لا أحد يستطيع تغيير", "we cannot avoid".
bool is_ability_word(std::string_view surface) {
    static constexpr std::string_view words[] = {"can", "cannot", "cant", "could", "couldnt", "able", "unable",
                                                 "peut", "peux", "pouvons", "pouvez", "peuvent", "pourrait",
                                                 "\u064a\u0645\u0643\u0646",                       // يمكن
                                                 "\u0646\u0633\u062a\u0637\u064a\u0639",         // نستطيع
                                                 "\u0623\u0633\u062a\u0637\u064a\u0639",         // أستطيع
                                                 "\u064a\u0633\u062a\u0637\u064a\u0639"};        // يستطيع
    return one_of(surface, words);
}
// The claims the speaker names but does not make (dismissal_words.hpp, claim_frames.cpp).
bool is_belief_word(std::string_view surface) {
    static constexpr std::string_view words[] = {"think", "thinking", "believe", "believing", "assume", "assuming", "suppose",
                                                 "supposing", "imagine", "imagining", "tell", "say", "croire", "penser", "supposer", "imaginer", "dire",
                                                 "\u0627\u0644\u0627\u0639\u062a\u0642\u0627\u062f",   // الاعتقاد
                                                 "\u0627\u0644\u0638\u0646", "\u0627\u0644\u0627\u0641\u062a\u0631\u0627\u0636",   // الظن الافتراض
                                                 "\u0627\u0644\u062a\u0641\u0643\u064a\u0631", "\u062a\u0641\u0643\u064a\u0631",   // التفكير تفكير
                                                 "\u0627\u0644\u0642\u0648\u0644", "\u0646\u0642\u0648\u0644",   // القول نقول
                                                 "\u0623\u0642\u0648\u0644",   // أقول
                                                 "\u0627\u0639\u062a\u0642\u0627\u062f", "\u0638\u0646"};   // اعتقاد ظن
    return one_of(surface, words);
}
bool is_false_word(std::string_view surface) {
    static constexpr std::string_view words[] = {"wrong", "false", "faux", "fausse", "\u062e\u0627\u0637\u0626",   // خاطئ
                                                 "\u062e\u0627\u0637\u0626\u0629"};   // خاطئة
    return one_of(surface, words);
}
bool is_that_word(std::string_view surface) {
    static constexpr std::string_view words[] = {"that", "que", "qu", "\u0623\u0646", "\u0628\u0623\u0646",   // أن بأن
                                                 "\u0625\u0646", "\u0627\u0646"};   // إن ان
    return one_of(surface, words);
}
bool is_report_verb(std::string_view surface) {
    static constexpr std::string_view words[] = {"told", "insisted", "insists", "thought", "believed", "assumed",
                                                 "pensait", "croyait", "disait", "pensaient", "croyaient", "disaient",
                                                 "\u0642\u0627\u0644", "\u0642\u0627\u0644\u062a",   // قال قالت
                                                 "\u064a\u0642\u0648\u0644\u0648\u0646"};   // يقولون
    return is_opinion_verb(surface) || one_of(surface, words);
}
bool is_contrast_word(std::string_view surface) {
    static constexpr std::string_view words[] = {"but", "however", "mais", "pourtant", "cependant", "toutefois",
                                                 "\u0628\u0644",   // بل
                                                 "\u0644\u0643\u0646", "\u0648\u0644\u0643\u0646",   // لكن ولكن
                                                 "\u0644\u0643\u0646\u0647", "\u0644\u0643\u0646\u0647\u0627",   // لكنه لكنها
                                                 "\u0644\u0643\u0646\u0647\u0645", "\u0644\u0643\u0646\u0646\u064a",   // لكنهم لكنني
                                                 "\u0644\u0643\u0646\u0646\u0627"};   // لكننا
    return one_of(surface, words);
}
// ("Actually" turns back to the speaker without turning against what was said: "actually he is right".)
bool returns_to_speaker(std::string_view surface) { return is_contrast_word(surface) || surface == "actually"; }
bool is_agreement_word(std::string_view surface) {
    static constexpr std::string_view words[] = {"right", "agree", "agreed", "true", "correct", "raison", "accord", "vrai",
                                                 "\u062d\u0642", "\u0645\u062d\u0642", "\u0645\u062d\u0642\u0627\u064b",   // حق محق محقاً
                                                 "\u0645\u062d\u0642\u0627", "\u0635\u062d\u064a\u062d",   // محقا صحيح
                                                 "\u0623\u062a\u0641\u0642", "\u0623\u0648\u0627\u0641\u0642"};   // أتفق أوافق
    return one_of(surface, words);
}
bool is_proof_verb(std::string_view surface) {
    static constexpr std::string_view words[] = {"showed", "shown", "proved", "proven", "demonstrated", "disproved", "convinced",
                                                 "montr\u00e9", "prouv\u00e9", "d\u00e9montr\u00e9", "convaincu",
                                                 "\u0623\u062b\u0628\u062a", "\u0623\u062b\u0628\u062a\u062a",   // أثبت أثبتت
                                                 "\u0623\u0638\u0647\u0631\u062a", "\u0623\u0642\u0646\u0639\u062a"};   // أظهرت أقنعت
    return one_of(surface, words);
}
bool is_mere_word(std::string_view surface) { return surface == "\u0645\u062c\u0631\u062f"; }   // مجرد
bool is_opinion_verb(std::string_view surface) {
    static constexpr std::string_view words[] = {"say", "says", "said", "think", "thinks", "believe", "believes", "claim",
                                                 "claims", "argue", "argues", "feel", "feels", "dit", "disent", "pense",
                                                 "pensent", "croit", "croient", "trouvent", "prétendent", "affirment",
                                                 "\u064a\u0642\u0648\u0644", "\u064a\u0642\u0648\u0644\u0648\u0646",   // يقول يقولون
                                                 "\u064a\u0631\u0649", "\u064a\u0631\u0648\u0646",   // يرى يرون
                                                 "\u064a\u0639\u062a\u0642\u062f", "\u064a\u0639\u062a\u0642\u062f\u0648\u0646",   // يعتقد يعتقدون
                                                 "\u064a\u0638\u0646", "\u064a\u0638\u0646\u0648\u0646"};   // يظن يظنون
    return one_of(surface, words);
}
bool is_others_word(std::string_view surface) {
    static constexpr std::string_view words[] = {"people", "some", "others", "many", "critics", "folks", "certains",
                                                 "certaines", "gens", "autres", "beaucoup",
                                                 "\u0627\u0644\u0628\u0639\u0636", "\u0627\u0644\u0646\u0627\u0633",   // البعض الناس
                                                 "\u0643\u062b\u064a\u0631\u0648\u0646"};   // كثيرون
    return one_of(surface, words);
}
bool is_hypothesis_word(std::string_view surface) {
    // (Besides the conditional words of word_info, which supposed() reads first: the forms they lack.)
    static constexpr std::string_view words[] = {"whether", "\u0648\u0625\u0630\u0627",   // وإذا
                                                 "\u0641\u0625\u0630\u0627", "\u0648\u0644\u0648"};   // فإذا ولو
    return one_of(surface, words);
}
bool is_negative_copula(std::string_view surface) {
    static constexpr std::string_view words[] = {"isnt", "arent", "wasnt", "werent", "isn", "aren", "wasn", "weren", "\u0644\u064a\u0633", "\u0644\u064a\u0633\u062a",   // ليس ليست
                                                 "\u0648\u0644\u064a\u0633", "\u0648\u0644\u064a\u0633\u062a",   // وليس وليست
                                                 "\u0641\u0644\u064a\u0633", "\u0641\u0644\u064a\u0633\u062a"};   // فليس فليست
    return one_of(surface, words);
}
bool is_distance_word(std::string_view surface) {
    static constexpr std::string_view words[] = {"far", "loin", "\u0628\u0639\u064a\u062f", "\u0628\u0639\u064a\u062f\u0629"};   // بعيد بعيدة
    return one_of(surface, words);
}
bool is_relative_word(std::string_view surface) {
    static constexpr std::string_view words[] = {"that", "which", "who", "qui", "que", "qu", "dont",
                                                 "\u0627\u0644\u0630\u064a", "\u0627\u0644\u062a\u064a",   // الذي التي
                                                 "\u0627\u0644\u0630\u064a\u0646"};   // الذين
    return one_of(surface, words);
}
bool is_worth_word(std::string_view surface) {
    static constexpr std::string_view words[] = {"matters", "matter", "counts", "important", "essential", "crucial", "critical",
                                                 "vital", "compte", "comptent", "importe", "importante", "importants",
                                                 "importantes", "essentiel", "essentielle", "essentiels", "essentielles",
                                                 "cruciale", "critique", "critiques", "capital",
                                                 "\u0645\u0647\u0645", "\u0645\u0647\u0645\u0629",   // مهم مهمة
                                                 "\u0623\u0633\u0627\u0633\u064a", "\u0623\u0633\u0627\u0633\u064a\u0629"};   // أساسي أساسية
    return one_of(surface, words);
}
bool is_discard_verb(std::string_view surface) {
    if (word_info(surface).role == role_removal) return true;
    static constexpr std::string_view words[] = {"delete", "deleted", "deleting", "filter", "filtered", "filtering", "drop",
                                                 "dropped", "mute", "muted", "silence", "silenced", "disable", "disabled",
                                                 "purge", "purged", "discard", "discarded", "filtrer",
                                                 "filtre", "filtrons", "filtr\u00e9", "filtr\u00e9s", "filtr\u00e9es",
                                                 "supprimons", "effacer", "effac\u00e9", "effac\u00e9s", "d\u00e9sactiver",
                                                 "d\u00e9sactiv\u00e9", "d\u00e9sactiv\u00e9s", "retirer", "retir\u00e9",
                                                 "retir\u00e9s", "\u062d\u0630\u0641\u0646\u0627", "\u0623\u0632\u0644\u0646\u0627",   // حذفنا أزلنا
                                                 "\u062d\u0630\u0641\u0646\u0627\u0647\u0627", "\u0623\u0632\u0644\u0646\u0627\u0647\u0627",   // حذفناها أزلناها
                                                 "\u062d\u0630\u0641\u0646\u0627\u0647", "\u0623\u0632\u0644\u0646\u0627\u0647",   // حذفناه أزلناه
                                                 "\u062d\u0630\u0641", "\u0646\u062d\u0630\u0641",   // حذف نحذف
                                                 "\u0623\u0644\u063a\u064a\u0646\u0627"};   // ألغينا
    return one_of(surface, words);
}
bool is_object_clitic(std::string_view surface) {
    static constexpr std::string_view words[] = {"les", "le", "la", "l", "en", "y", "se", "s", "leur", "lui"};
    return one_of(surface, words);
}
bool opens_time_clause(std::string_view surface, std::string_view next) {
    static constexpr std::string_view alone[] = {"after", "once", "apr\u00e8s", "apres", "sit\u00f4t",
                                                 "\u0628\u0639\u062f", "\u0648\u0628\u0639\u062f",   // بعد وبعد
                                                 "\u062d\u0627\u0644\u0645\u0627"};   // حالما
    if (one_of(surface, alone)) return true;
    return (surface == "as" && next == "soon") || (surface == "une" && next == "fois") ||
           ((surface == "d\u00e8s" || surface == "des") && (next == "que" || next == "qu"));
}
bool tells_past_time(std::string_view surface) {
    static constexpr std::string_view words[] = {"ago", "once", "last", "dernier", "derni\u00e8re", "jadis",
                                                 "\u0645\u0631\u0629", "\u0627\u0644\u0645\u0627\u0636\u064a",   // مرة الماضي
                                                 "\u0627\u0644\u0645\u0627\u0636\u064a\u0629"};   // الماضية
    return one_of(surface, words);
}
bool said_in_past(std::string_view previous, std::string_view surface) {
    static constexpr std::string_view auxiliaries[] = {"ai", "as", "a", "avons", "avez", "ont"};
    return (surface.size() > 4 && surface.compare(surface.size() - 2, 2, "ed") == 0) || one_of(previous, auxiliaries);
}
bool turns_to_now(std::string_view previous, std::string_view surface) {
    static constexpr std::string_view words[] = {"now", "nowadays", "today", "d\u00e9sormais", "desormais",
                                                 "maintenant", "aujourd", "depuis", "\u0627\u0644\u0622\u0646",   // الآن
                                                 "\u0648\u0627\u0644\u0622\u0646"};   // والآن
    return one_of(surface, words) || (previous == "never" && surface == "again") ||
           (previous == "since" && surface == "then") ||
           (previous == "\u0645\u0646\u0630" && surface == "\u0630\u0644\u0643");   // منذ ذلك
}
bool is_first_step_word(std::string_view surface) {
    static constexpr std::string_view words[] = {"first", "abord", "\u0623\u0648\u0644\u0627",   // أولا
                                                 "\u0623\u0648\u0644\u0627\u064b"};   // أولاً
    return one_of(surface, words);
}
bool is_sequence_word(std::string_view previous, std::string_view surface) {
    if (word_info(surface).role == role_sequence) return true;
    static constexpr std::string_view after[] = {"after", "apr\u00e8s", "apres", "\u0628\u0639\u062f",   // بعد
                                                 "\u0648\u0628\u0639\u062f"};   // وبعد
    static constexpr std::string_view that[] = {"that", "this", "cela", "\u00e7a", "ca", "ceci", "quoi",
                                                "\u0630\u0644\u0643", "\u0647\u0630\u0627"};   // ذلك هذا
    return one_of(previous, after) && one_of(surface, that);
}
int self_assessment_kind(std::string_view surface) {
    const Table& table = self_assessment_words();
    const auto it = table.find(surface);
    return it != table.end() ? it->second : 0;
}
bool is_perfect_form(std::string_view surface) { return contains(perfect_forms(), surface); }
bool is_arabic_present_stem(std::string_view stem) { return contains(arabic_present_stems(), stem); }
bool is_generic_word(std::string_view surface) { return contains(generic_words(), surface); }
bool names_no_subject(std::string_view surface) {
    // One lookup in the union of the lists (asked once per distinct word of every answer).
    static const WordTable<int>* const words = [] {
        Table all;
        for (const Table* t : {&subjectless_words(), &generic_words(), &light_verbs(), &arabic_function_words()})
            all.insert(t->begin(), t->end());
        return new WordTable<int>(all);
    }();
    return surface.size() <= 1 || words->get(surface) != nullptr;
}
bool antonym_keeps_word(int antonym) {
    antonyms();   // (sets general_from)
    return antonym >= 2 * general_from;
}

int antonym_of(std::string_view surface) {
    auto it = antonyms().find(surface);
    return it == antonyms().end() ? -1 : it->second;
}

}  // namespace utopiahire::core
