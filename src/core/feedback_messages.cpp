#include "core/cpp_only.hpp"  // first: this file must never see a PostgreSQL header
// The feedback message catalogue: one row per message, English | French | Arabic.
//
// French follows French typography: a no-break space (U+00A0) before ":" and inside « »,
// the typographic apostrophe (U+2019); suggestions address the candidate with "vous". Arabic is
// Modern Standard Arabic without diacritics, « » quotes without spaces, the Arabic comma "،"
// in lists and "و" joined to the next word; suggestions use the imperative, and the answer
// (الإجابة, feminine) is the implied subject of the ai_feedback sentences, as "It" is in English.

#include "core/feedback_messages.hpp"

#include <array>

namespace utopiahire::core {
namespace {

#define NBSP "\u00a0"

struct Row {
    Message id;   // equal to the row's position (checked at compile time below)
    const char* text[feedback_language_count];
};

constexpr Row catalogue[message_count] = {
    // strengths
    {Message::covers, {"Covers: {}", "Point traité" NBSP ": {}", "تتناول الإجابة: {}"}},
    {Message::uses_examples,
     {"Illustrates the answer with concrete examples", "Illustre la réponse par des exemples concrets",
      "توضيح الإجابة بأمثلة ملموسة"}},
    {Message::follows_star,
     {"Follows a situation-task-action-result structure", "Suit une structure situation-tâche-action-résultat",
      "اتباع بنية الموقف والمهمة والإجراء والنتيجة"}},
    {Message::clear_structure,
     {"Clear, well-structured explanation", "Explication claire et bien structurée", "شرح واضح وحسن التنظيم"}},
    // weaknesses
    {Message::contradicts_point,
     {"Contradicts a key point: {}", "Point clé contredit" NBSP ": {}", "تناقض الإجابة نقطة أساسية: {}"}},
    {Message::common_mistake, {"Common mistake: {}", "Erreur fréquente" NBSP ": {}", "خطأ شائع: {}"}},
    {Message::only_touches_on,
     {"Only touches on: {}", "Point abordé superficiellement" NBSP ": {}", "تكتفي الإجابة بالإشارة إلى: {}"}},
    {Message::no_attempt, {"Does not attempt an answer", "Aucune tentative de réponse", "لا توجد محاولة للإجابة"}},
    {Message::lists_terms,
     {"Lists terms without explaining them", "Énumère des termes sans les expliquer", "سرد مصطلحات دون شرحها"}},
    {Message::many_fillers, {"Many filler words", "Nombreux tics de langage", "كثرة كلمات الحشو"}},
    {Message::hedging,
     {"Hedging, uncertain language", "Formulations hésitantes, langage incertain", "لغة مترددة وغير جازمة"}},
    {Message::no_star,
     {"No clear situation, action and result", "Pas de situation, d’action ni de résultat clairement exposés",
      "غياب موقف وإجراء ونتيجة واضحة"}},
    {Message::very_short, {"Very short answer", "Réponse très courte", "إجابة قصيرة جدا"}},
    {Message::off_topic,
     {"Does not address this question's subject", "Ne traite pas le sujet de la question",
      "لا تتناول الإجابة موضوع هذا السؤال"}},
    // suggestions
    {Message::revisit_contradicted,
     {"Revisit \"{}\": the answer states the opposite",
      "Revoyez le point «" NBSP "{}" NBSP "»" NBSP ": la réponse affirme le contraire",
      "راجع نقطة «{}»: فالإجابة تؤكد عكسها"}},
    {Message::explain_point, {"Explain {}", "Expliquez le point «" NBSP "{}" NBSP "»", "اشرح نقطة «{}»"}},
    {Message::develop_point,
     {"Develop {} further", "Développez davantage le point «" NBSP "{}" NBSP "»", "توسع أكثر في نقطة «{}»"}},
    {Message::add_example, {"Add a concrete example", "Ajoutez un exemple concret", "أضف مثالا ملموسا"}},
    {Message::structure_star,
     {"Structure the story as situation, task, action, result",
      "Structurez le récit en situation, tâche, action, résultat", "نظم القصة وفق الموقف والمهمة والإجراء والنتيجة"}},
    {Message::cut_fillers,
     {"Cut filler words such as \"um\" and \"basically\"",
      "Supprimez les tics de langage comme «" NBSP "euh" NBSP "» et «" NBSP "genre" NBSP "»",
      "تجنب كلمات الحشو مثل «يعني» و«امم»"}},
    // ai_feedback
    {Message::no_answer, {"No answer was given.", "Aucune réponse n’a été donnée.", "لم تقدم أي إجابة."}},
    {Message::does_not_attempt,
     {"The answer does not attempt the question.", "La réponse ne cherche pas à traiter la question.",
      "لا تحاول الإجابة الرد على السؤال."}},
    {Message::band_strong, {"Strong answer.", "Très bonne réponse.", "إجابة قوية."}},
    {Message::band_solid,
     {"Solid but incomplete answer.", "Réponse correcte mais incomplète.", "إجابة جيدة لكنها غير مكتملة."}},
    {Message::band_partial, {"Partial answer.", "Réponse partielle.", "إجابة جزئية."}},
    {Message::band_weak, {"Weak answer.", "Réponse insuffisante.", "إجابة ضعيفة."}},
    {Message::it_covers, {"It covers {}.", "Elle couvre {}.", "تتناول {}."}},
    {Message::it_touches_on, {"It only touches on {}.", "Elle ne fait qu’effleurer {}.", "تكتفي بالإشارة إلى {}."}},
    {Message::it_contradicts, {"It contradicts {}.", "Elle contredit {}.", "تناقض {}."}},
    {Message::it_misses, {"It misses {}.", "Elle omet {}.", "تغفل {}."}},
    {Message::it_repeats_mistake,
     {"It repeats a common mistake: {}.", "Elle reprend une erreur fréquente" NBSP ": {}.", "تقع في خطأ شائع: {}."}},
    {Message::terms_listed,
     {"Terms are listed rather than explained.", "Les termes sont énumérés plutôt qu’expliqués.",
      "المصطلحات مسرودة دون شرح."}},
    {Message::about_something_else,
     {"It seems to answer another question: it does not address this one's subject.",
      "Elle semble répondre à une autre question" NBSP ": elle ne traite pas le sujet de celle-ci.",
      "يبدو أنها تجيب عن سؤال آخر، فهي لا تتناول موضوع هذا السؤال."}},
    // quoted lists
    {Message::quoted, {"\"{}\"", "«" NBSP "{}" NBSP "»", "«{}»"}},
    {Message::list_separator, {", ", ", ", "، "}},
    {Message::list_last_separator, {" and ", " et ", " و"}},
    {Message::more_one, {" (and {} more)", " (et {} autre)", " (ونقطة أخرى)"}},
    {Message::more_two, {" (and {} more)", " (et {} autres)", " (ونقطتان أخريان)"}},
    {Message::more_few, {" (and {} more)", " (et {} autres)", " (و{} نقاط أخرى)"}},
    {Message::more_many, {" (and {} more)", " (et {} autres)", " (و{} نقطة أخرى)"}},
};

#undef NBSP

constexpr bool rows_in_order() {
    for (int i = 0; i < message_count; ++i)
        if (static_cast<int>(catalogue[i].id) != i || catalogue[i].text[0] == nullptr) return false;
    return true;
}
static_assert(rows_in_order(), "one catalogue row per Message, in enum order");

}  // namespace

namespace {

// Each template split at its "{}" once, at compile time (message_text asked the length of the
// template and looked for "{}" at every message of every answer).
struct Parts {
    std::string_view whole, before, after;
    bool argument;
};

constexpr std::array<std::array<Parts, feedback_language_count>, message_count> split_catalogue() {
    std::array<std::array<Parts, feedback_language_count>, message_count> parts{};
    for (int m = 0; m < message_count; ++m)
        for (int l = 0; l < feedback_language_count; ++l) {
            const std::string_view whole = catalogue[m].text[l];
            const std::size_t at = whole.find("{}");
            parts[m][l] = at == std::string_view::npos ? Parts{whole, whole, {}, false}
                                                       : Parts{whole, whole.substr(0, at), whole.substr(at + 2), true};
        }
    return parts;
}

constexpr auto catalogue_parts = split_catalogue();

const Parts& parts_of(Message message, FeedbackLanguage language) noexcept {
    static constexpr Parts unknown{"?", "?", {}, false};
    const int m = static_cast<int>(message);
    int l = static_cast<int>(language);
    if (m < 0 || m >= message_count) return unknown;
    if (l < 0 || l >= feedback_language_count) l = 0;
    return catalogue_parts[static_cast<std::size_t>(m)][static_cast<std::size_t>(l)];
}

}  // namespace

std::string_view message_template(Message message, FeedbackLanguage language) noexcept {
    return parts_of(message, language).whole;
}

bool message_takes_argument(Message message) noexcept { return parts_of(message, FeedbackLanguage::english).argument; }

MessageSplit message_split(Message message, FeedbackLanguage language) noexcept {
    const Parts& p = parts_of(message, language);
    return MessageSplit{p.before, p.after};
}

void append_message(std::string& out, Message message, FeedbackLanguage language, std::string_view argument) {
    const Parts& p = parts_of(message, language);
    out.append(p.before);
    if (!p.argument) return;
    out.append(argument).append(p.after);
}

std::string message_text(Message message, FeedbackLanguage language, std::string_view argument) {
    const Parts& p = parts_of(message, language);
    if (!p.argument) return std::string(p.whole);
    std::string out;
    out.reserve(p.whole.size() + argument.size());
    out.append(p.before).append(argument).append(p.after);
    return out;
}

std::string more_points_text(FeedbackLanguage language, std::size_t more) {
    // Arabic plural categories (CLDR): 1 one, 2 two, n % 100 in 3..10 few, in 11..99 many,
    // others (100, 101, ...) take the form of "many" for a counted noun.
    Message form = Message::more_many;
    const std::size_t mod100 = more % 100;
    if (more == 1) form = Message::more_one;
    else if (more == 2) form = Message::more_two;
    else if (mod100 >= 3 && mod100 <= 10) form = Message::more_few;
    return message_text(form, language, std::to_string(more));
}

}  // namespace utopiahire::core
