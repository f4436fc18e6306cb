#include "core/cpp_only.hpp"  // first: this file must never see a PostgreSQL header
// The word lists of story points (see outcome_points.hpp): for each part of a story, the words a
// key point names it by and frames it with, and the answer's words that tell it. General English,
// French and Arabic vocabulary, never per question. Each list is built once and never destroyed.

#include "core/story_words.hpp"

#include <string_view>
#include <unordered_set>

namespace utopiahire::core::story_words {

// Words naming a result in a key point.
const std::unordered_set<std::string_view>& result_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "outcome", "outcomes", "result", "results", "impact", "impacts", "delivered", "delivery", "achieved",
        "saved", "savings", "gain", "gains",
        "résultat", "résultats", "impact", "livré", "livrée", "aboutissement",
        "\u0646\u062a\u064a\u062c\u0629", "\u0627\u0644\u0646\u062a\u064a\u062c\u0629", "\u0646\u062a\u0627\u0626\u062c",
        "\u0627\u0644\u0646\u062a\u0627\u0626\u062c", "\u0623\u062b\u0631"};
    return *s;
}

// Words asking for a measure in a key point.
const std::unordered_set<std::string_view>& measure_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "measurable", "measured", "measure", "metric", "metrics", "quantified", "quantifiable", "quantitative",
        "numbers", "data", "evidence", "figures", "données", "preuves", "preuve",
        "\u0628\u0627\u0644\u0628\u064a\u0627\u0646\u0627\u062a", "\u0627\u0644\u0628\u064a\u0627\u0646\u0627\u062a", "mesurable", "mesurables", "mesuré", "mesurée", "chiffré", "chiffrée", "chiffres", "métrique",
        "métriques", "\u0642\u0627\u0628\u0644\u0629", "\u0645\u0642\u0627\u0633\u0629", "\u0642\u064a\u0627\u0633",
        "\u0628\u0627\u0644\u0623\u0631\u0642\u0627\u0645", "\u0627\u0644\u0623\u0631\u0642\u0627\u0645",
        "\u0623\u0631\u0642\u0627\u0645"};
    return *s;
}

// Words of a key point asking for a lesson, a situation, the candidate's actions.
const std::unordered_set<std::string_view>& lesson_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "lesson", "lessons", "learned", "learnt", "learning", "learnings", "takeaway", "takeaways", "reflection",
        // "what they would do differently", "in hindsight"
        "differently", "hindsight", "retrospect",
        "leçon", "leçons", "apprise", "apprises", "enseignement", "enseignements",
        "\u0627\u0644\u062f\u0631\u0633", "\u062f\u0631\u0633", "\u0627\u0644\u0645\u0633\u062a\u0641\u0627\u062f"};
    return *s;
}
const std::unordered_set<std::string_view>& situation_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "situation", "context", "task", "background", "contexte", "tâche",
        "\u0627\u0644\u0645\u0648\u0642\u0641", "\u0627\u0644\u0645\u0647\u0645\u0629",
        "\u0648\u0627\u0644\u0645\u0647\u0645\u0629", "\u0645\u0648\u0642\u0641"};
    return *s;
}
// A story's setting named as such in a key point ("story" and "case" are left out: "use case",
// "edge case"), the words asking it concrete, and what a setting holds besides (its stakes, the
// problem, the motivation, the audience: see opens_with_situation).
const std::unordered_set<std::string_view>& setting_nouns() {
    static const auto* s = new std::unordered_set<std::string_view>{
        // (and situation_words())
        "example", "project", "scenario", "exemple", "projet",
        "\u0645\u062b\u0627\u0644", "\u0645\u0634\u0631\u0648\u0639"};        // مثال مشروع
    return *s;
}
const std::unordered_set<std::string_view>& concrete_asks() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "concrete", "specific", "real", "particular", "concret", "concrète", "précis", "précise",
        "spécifique", "réel", "réelle",
        "\u0645\u062d\u062f\u062f", "\u0645\u0644\u0645\u0648\u0633", "\u0648\u0627\u0642\u0639\u064a"};   // محدد ملموس واقعي
    return *s;
}
const std::unordered_set<std::string_view>& describe_asks() {
    static const auto* s = new std::unordered_set<std::string_view>{"describe", "d\u00e9crire", "\u0648\u0635\u0641"};   // وصف
    return *s;
}
const std::unordered_set<std::string_view>& setting_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "motivation", "motivations", "behind", "why", "wrong", "mattered", "matter", "matters", "pressure",
        "audience", "constraints", "deadline", "public", "enjeu", "pression", "contrainte", "contraintes",
        "\u0627\u0644\u0636\u063a\u0637", "\u0627\u0644\u062c\u0645\u0647\u0648\u0631"};   // الضغط الجمهور
    return *s;
}
const std::unordered_set<std::string_view>& action_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "actions", "action", "steps", "contribution", "personnelles", "personnelle",
        "\u0625\u062c\u0631\u0627\u0621\u0627\u062a", "\u0645\u0633\u0627\u0647\u0645\u062a\u064a"};
    return *s;
}

// Words of a key point asking for a numeric estimate, and units of an answer's figures.
const std::unordered_set<std::string_view>& estimate_words() {
    // (A hyphenated "back-of-the-envelope" reaches the lists word by word: "envelope" stands for it.)
    static const auto* s = new std::unordered_set<std::string_view>{
        "estimate", "estimates", "estimation", "estimations", "capacity", "sizing", "envelope",
        "estimer", "capacité", "dimensionnement", "\u062a\u0642\u062f\u064a\u0631", "\u0627\u0644\u0633\u0639\u0629"};
    return *s;
}
const std::unordered_set<std::string_view>& unit_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "per", "second", "seconds", "sec", "minute", "hour", "day", "days", "month", "months", "year", "million",
        "millions", "billion", "billions", "thousand", "thousands", "k", "m", "b", "kb", "mb", "gb", "tb", "pb",
        "qps", "rps", "tps", "requests", "writes", "reads", "users", "bytes", "par", "jour", "mois", "seconde",
        "go", "to", "mo", "utilisateurs", "requêtes"};
    return *s;
}

// Words of an answer telling what the candidate learned.
const std::unordered_set<std::string_view>& learning_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "learned", "learnt", "lesson", "lessons", "takeaway", "realised", "realized", "taught", "retiens", "retenu",
        "differently", "hindsight", "retrospect",
        "appris", "leçon", "compris", "\u062a\u0639\u0644\u0645\u062a", "\u0627\u0644\u062f\u0631\u0633",
        "\u062f\u0631\u0633"};
    return *s;
}

// Other words an outcome point may use to frame itself ("clear outcome with result", "measured
// before vs after").
const std::unordered_set<std::string_view>& framing_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "clear", "concrete", "tangible", "final", "positive", "before", "after", "vs", "versus", "real",
        "specific", "personal", "key", "own", "my", "spécifique", "précise", "personnel",
        // what a result or a story is about: its stakes, goal, cost, time, the problem
        "stakes", "goal", "goals", "objective", "time", "cost", "costs", "money", "hours", "problem", "problems",
        "issue", "issues", "pain", "point", "delay", "failure", "failures", "incident", "outage", "change", "changes",
        "breakdown", "detailed", "enjeux", "objectif", "coût", "temps", "problème", "changement", "détaillé", "détaillée",
        "\u0627\u0644\u0645\u0634\u0643\u0644\u0629", "\u0627\u0644\u062a\u063a\u064a\u064a\u0631",
        "concret", "concrète", "clair", "claire", "tangible", "final", "finale", "avant", "après", "réel",
        // modal verbs PostgreSQL's English stop list keeps ("what they would do differently")
        "would", "could",
        // how it was done
        "appropriately", "effectively", "openly", "honestly", "transparently", "promptly", "calmly", "respectfully",
        "\u0648\u0627\u0636\u062d\u0629", "\u0645\u0644\u0645\u0648\u0633\u0629"};
    return *s;
}

// Verbs and words of an answer telling what changed or what came out.
const std::unordered_set<std::string_view>& change_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "cut", "dropped", "drop", "fell", "rose", "grew", "halved", "doubled", "tripled", "saved", "saving",
        "savings", "shipped", "launched", "landed", "delivered", "reduced", "increased", "improved", "decreased",
        "went", "became", "worked", "succeeded", "adopted", "released", "finished", "completed", "resolved",
        "fewer", "less", "down", "faster", "slower", "lower", "higher", "since", "afterwards", "took", "takes",
        "now", "end", "accepted", "agreed",
        "baissé", "réduit", "augmenté", "divisé", "passé", "livré", "sorti", "gagné", "économisé", "terminé",
        "adopté", "amélioré", "depuis", "moins", "fin", "fini", "pris", "prend", "accepté",
        "abouti", "désormais", "maintenant",
        "\u0627\u0646\u062e\u0641\u0636", "\u0627\u0646\u062e\u0641\u0636\u062a", "\u0632\u0627\u062f",
        "\u0632\u0627\u062f\u062a", "\u0623\u0635\u0628\u062d", "\u0623\u0635\u0628\u062d\u062a",
        "\u0648\u0641\u0631\u0646\u0627", "\u0623\u0637\u0644\u0642\u0646\u0627",
        "\u0627\u0631\u062a\u0641\u0639", "\u0627\u0631\u062a\u0641\u0639\u062a", "\u062a\u062d\u0633\u0646",
        "\u062a\u062d\u0633\u0646\u062a"};
    return *s;
}

// Words of a key point asking that a decision rest on evidence ("chose on data or a prototype",
// "user problem backed by data"), and the sources of evidence it may name.
const std::unordered_set<std::string_view>& decision_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "decide", "decided", "decision", "decisions", "backed", "based", "driven", "justify",
        "justified", "prove", "proved", "choose", "chose", "analysis", "analyse", "analyze", "analysed", "analyzed",
        "décider", "décision", "appuyé", "appuyée", "fondé", "fondée", "analyser", "prouver",
        "\u062a\u062d\u0644\u064a\u0644", "\u0642\u0631\u0627\u0631"};
    return *s;
}
const std::unordered_set<std::string_view>& evidence_sources() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "prototype", "prototypes", "poc", "spike", "experiment", "experiments", "benchmark", "benchmarks",
        "expérience", "expériences"};
    return *s;
}
// Words of a key point asking for a gradual change ("implemented incrementally / piloted",
// "incremental, low-risk change").
const std::unordered_set<std::string_view>& incremental_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "incremental", "incrementally", "gradual", "gradually", "piloted", "pilot", "phased", "iterative",
        "iteratively", "progressive", "progressively",
        "progressif", "progressivement", "pilote", "étapes", "itératif", "itérative",
        "\u062a\u062f\u0631\u064a\u062c\u064a", "\u062a\u062f\u0631\u064a\u062c\u064a\u0627",
        "\u062a\u062f\u0631\u064a\u062c\u064a\u0627\u064b", "\u0628\u0627\u0644\u062a\u062f\u0631\u064a\u062c"};
    return *s;
}
// Words of a key point asking for the cause of a problem ("identified what caused the outage").
const std::unordered_set<std::string_view>& cause_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "cause", "causes", "root", "reason", "reasons", "diagnosed", "diagnose", "diagnosis", "culprit",
        "racine", "raison", "\u0633\u0628\u0628", "\u0627\u0644\u0633\u0628\u0628", "\u0627\u0644\u0623\u0633\u0628\u0627\u0628"};
    return *s;
}
// Framing words of those points (what was done with the evidence, the change, the cause).
const std::unordered_set<std::string_view>& finding_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "identified", "identify", "found", "find", "finding", "understood", "investigated", "investigate",
        "implemented", "introduced", "rolled", "small", "low", "risk", "approach", "identifier", "trouver", "identifié",
        // "found and confirmed what caused it"
        "confirmed", "confirm", "confirming", "confirmer", "confirmé", "confirmée"};
    return *s;
}

// Words of a key point asking that the candidate shared what they built or learned ("passed the
// knowledge on", "standardized it across teams").
const std::unordered_set<std::string_view>& sharing_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "shared", "share", "sharing", "taught", "teach", "standardized", "standardised", "spread",
        "knowledge", "partagé", "partager", "transmis", "\u0634\u0627\u0631\u0643", "\u0645\u0634\u0627\u0631\u0643\u0629"};
    return *s;
}
// Words of a key point asking that the candidate dealt with others' worries ("dealt with pushback
// or worries", "prise en compte des objections").
const std::unordered_set<std::string_view>& concern_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "concerns", "concern", "resistance", "objections", "objection", "fears", "worries", "pushback", "doubts",
        "craintes", "inquiétudes", "réticences", "\u0645\u062e\u0627\u0648\u0641", "\u0627\u0639\u062a\u0631\u0627\u0636\u0627\u062a"};
    return *s;
}
// Framing of those points: who with, and what was done about it.
const std::unordered_set<std::string_view>& people_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "team", "others", "colleagues", "stakeholders", "stakeholder", "addressed", "listened", "listening",
        "équipe", "autres", "écoute", "écouter", "\u0627\u0644\u0641\u0631\u064a\u0642"};
    return *s;
}
// Words of a key point asking that the candidate told people in time ("warned the sponsors about the
// risk early", "regular status updates"), and framing words of those points.
const std::unordered_set<std::string_view>& update_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "flagged", "flag", "flagging", "escalated", "escalate", "informed", "inform", "updates", "update", "updated",
        "communicated", "communicate", "notified", "notify", "prévenu", "prévenir", "informé", "informer", "signalé",
        "signaler", "\u0623\u0628\u0644\u063a", "\u0625\u0628\u0644\u0627\u063a"};
    return *s;
}
const std::unordered_set<std::string_view>& update_framing() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "early", "regular", "regularly", "progress", "status", "proactively", "kept", "keep", "tôt", "régulièrement",
        "régulier", "réguliers", "risque", "risques", "avancement"};
    return *s;
}
// Words of a key point asking that the candidate owned a fault ("takes personal ownership").
const std::unordered_set<std::string_view>& ownership_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "ownership", "accountability", "accountable", "responsibility", "admitted", "admit", "admitting", "owned",
        "blame", "blaming", "responsabilité", "reconnu", "assumé",
        "\u0645\u0633\u0624\u0648\u0644\u064a\u0629", "\u0627\u0644\u0645\u0633\u0624\u0648\u0644\u064a\u0629"};
    return *s;
}
const std::unordered_set<std::string_view>& ownership_framing() {
    static const auto* s = new std::unordered_set<std::string_view>{"took", "takes", "take", "mistake", "mistakes", "prise"};
    return *s;
}
// An answer's words telling that the candidate told someone (as a past deed or a plan: "I pinged
// my lead", "I'd inform the PM"), and the same verbs as a denial says them.
const std::unordered_set<std::string_view>& update_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "told", "informed", "pinged", "emailed", "messaged", "notified", "updated", "alerted", "flagged", "escalated",
        "warned", "briefed", "updates", "tell", "inform", "notify", "warn", "escalate", "ping",
        "prévenu", "informé", "averti", "signalé", "prévenir", "informer", "avertir", "signaler",
        "\u0623\u0628\u0644\u063a\u062a", "\u0623\u062e\u0628\u0631\u062a", "\u0623\u0639\u0644\u0645\u062a"};
    return *s;
}
// An answer's words of a fault owned: "underestimated", "messed" (the phrases "my bad", "my fault"
// ... are found as phrases, see story_cues).
const std::unordered_set<std::string_view>& ownership_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "underestimated", "messed", "admitted", "sous-estimé", "reconnu", "\u0623\u062e\u0637\u0623\u062a"};
    return *s;
}

// Words of a key point asking that the candidate sought the other side's view ("tried to see the
// other side's view", "analyse des besoins de la personne"), and framing words of those points.
const std::unordered_set<std::string_view>& perspective_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "view", "views", "viewpoint", "viewpoints", "perspective", "perspectives", "standpoint", "needs", "motivations",
        "empathy", "empathized", "empathised", "side", "sides", "interests", "clarify", "clarified", "clarifying",
        "clarification", "vue", "besoins", "motivations", "empathie", "clarifier", "clarifié",
        "\u0646\u0638\u0631", "\u0627\u062d\u062a\u064a\u0627\u062c\u0627\u062a"};
    return *s;
}
const std::unordered_set<std::string_view>& perspective_framing() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "understand", "understanding", "sought", "seek", "seeking", "tried", "considered", "acknowledged", "asked",
        "other", "their", "his", "her", "colleague", "teammate", "teammates", "customer", "customers", "client",
        "clients", "user", "users", "actively", "genuinely", "first", "diagnostic", "comprendre", "compris", "cherché", "autre", "diagnostiquer",
        "\u0641\u0647\u0645", "\u0648\u062c\u0647\u0629", "\u0627\u0644\u0622\u062e\u0631"};
    return *s;
}
// Words of a key point asking that the candidate said no or put a request off ("declined or
// postponed the ask"; "said no" itself is read from the point, see outcome_kind).
const std::unordered_set<std::string_view>& refusal_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "deferred", "defer", "deferring", "declined", "decline", "declining", "refused", "refuse", "postponed", "rejected",
        "boundaries", "boundary",
        "postpone", "deprioritized", "deprioritised", "deprioritize", "deprioritise", "reporté", "reporter", "refusé",
        "refuser", "décliné", "repoussé", "\u0623\u062c\u0644", "\u062a\u0623\u062c\u064a\u0644", "\u0631\u0641\u0636"};
    return *s;
}
const std::unordered_set<std::string_view>& refusal_framing() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "said", "say", "saying", "request", "requests", "ask", "asks", "demand", "demands", "set", "politely", "firmly",
        "respectfully", "pushed", "push", "pushing", "back", "demande", "demandes",
        "dire", "dit", "\u0637\u0644\u0628", "\u0627\u0644\u0637\u0644\u0628"};
    return *s;
}
// Words of a key point asking for a recovery plan or a re-scoping ("a plan to recover or a
// smaller scope", "proposed a cut-down version"); "recovery" only with a plan ("point-in-time
// recovery" is no plan).
const std::unordered_set<std::string_view>& rescope_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "rescoping", "rescope", "rescoped", "scoping", "re-scoping", "descoped", "descope", "descoping", "scope", "scoped", "reprioritized",
        "reprioritised", "reprioritize", "reprioritise", "triage", "triaged", "negotiated", "renegotiated", "negotiate",
        "renegotiate", "contingency", "fallback", "mvp", "périmètre", "renégocié", "négocié", "\u0627\u0644\u0646\u0637\u0627\u0642"};
    return *s;
}
const std::unordered_set<std::string_view>& rescope_framing() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "plan", "plans", "options", "option", "offer", "offered", "proposed", "propose", "reduced", "reduce", "smaller",
        "narrowed", "re", "deadline", "deadlines", "timeline", "timelines", "date", "priorities", "réduit", "réduire",
        "proposer", "échéance", "délai", "\u062e\u0637\u0629"};
    return *s;
}
const std::unordered_set<std::string_view>& recovery_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "recovery", "rattrapage", "redressement", "\u0627\u0644\u062a\u0639\u0627\u0641\u064a"};
    return *s;
}
// Words of a key point asking that impact was cut before the cause was known ("limited the damage
// before the cause was known"): with them, the cause and the impact frame the point.
const std::unordered_set<std::string_view>& mitigation_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "mitigated", "mitigate", "mitigation", "mitigating", "stabilized", "stabilised", "stabilize", "stabilise",
        "contained", "containment", "rollback", "revert", "reverted", "restored", "restore", "restoring", "workaround",
        "hotfix", "failover", "bleeding", "atténué", "atténuer", "atténuation", "stabilisé", "rétabli", "rétablir",
        "rétablissement", "contournement", "\u062a\u062e\u0641\u064a\u0641", "\u0627\u0633\u062a\u0639\u0627\u062f\u0629",
        "\u0627\u062d\u062a\u0648\u0627\u0621"};
    return *s;
}
// Words of a key point asking that the candidate coordinated the people ("took incident
// commander / coordination role").
const std::unordered_set<std::string_view>& coordination_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "commander", "coordination", "coordinated", "coordinate", "coordinating", "coordinator", "orchestrated",
        "organized", "organised", "mobilized", "mobilised", "rallied", "coordonné", "organisé", "coordonner", "coordinateur", "\u062a\u0646\u0633\u064a\u0642", "\u0645\u0646\u0633\u0642"};
    return *s;
}
// Words of a key point asking that the candidate gave people their parts ("clear role split",
// "delegated tasks"): stated by the work handed out, not by coordinating alone.
const std::unordered_set<std::string_view>& delegation_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "delegated", "delegate", "delegating", "delegation", "assigned", "assign", "assigning", "split", "divided",
        "délégué", "déléguer", "réparti", "répartir", "répartition", "\u062a\u0648\u0632\u064a\u0639",
        "\u062a\u0641\u0648\u064a\u0636"};
    return *s;
}
const std::unordered_set<std::string_view>& coordination_framing() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "role", "roles", "response", "lead", "led", "leading", "work", "tasks", "people", "owners", "responsibilities",
        "call", "bridge", "rôle", "rôles", "tâches", "\u062f\u0648\u0631", "\u0627\u0644\u0645\u0647\u0627\u0645",
        "\u0627\u0644\u0623\u062f\u0648\u0627\u0631"};
    return *s;
}

// Framing of a mitigation point: what was cut first, and what came after.
const std::unordered_set<std::string_view>& mitigation_framing() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "back", "service", "first", "immediately", "quickly", "fix", "permanent", "proper", "debugging", "investigating",
        "investigation", "users", "customers", "damage", "limit", "limited", "blast", "radius", "stop", "stopped",
        "service", "d'abord", "immédiatement", "\u0627\u0644\u062e\u062f\u0645\u0629", "\u0623\u0648\u0644\u0627\u064b"};
    return *s;
}
// Words of a key point asking that the candidate asked for help ("asked for help effectively"),
// and framing words of those points.
const std::unordered_set<std::string_view>& help_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "help", "assistance", "advice", "guidance", "feedback", "input", "opinions", "aide", "conseil", "conseils", "avis", "\u0645\u0633\u0627\u0639\u062f\u0629",
        "\u0627\u0644\u0645\u0633\u0627\u0639\u062f\u0629"};
    return *s;
}
const std::unordered_set<std::string_view>& help_framing() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "asked", "ask", "asking", "sought", "seek", "seeking", "early", "effectively", "when", "needed", "stuck", "reached",
        "appropriately", "mentor", "senior", "demandé", "demander", "\u0637\u0644\u0628"};
    return *s;
}
// An answer's words of someone to ask ("asked my mentor", "grabbed our senior dev"), and of
// reaching them.
const std::unordered_set<std::string_view>& helper_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "mentor", "senior", "colleague", "colleagues", "teammate", "teammates", "lead", "expert", "experts", "someone",
        "somebody", "help", "advice", "guidance", "collègue", "collègues", "aide", "conseil", "quelqu'un",
        "\u0632\u0645\u064a\u0644\u064a", "\u0645\u0633\u0627\u0639\u062f\u0629", "\u0645\u0631\u0634\u062f\u064a"};
    return *s;
}
const std::unordered_set<std::string_view>& reach_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "asked", "ask", "reached", "consulted", "grabbed", "pinged", "paired", "contacted", "contacté", "sollicité",
        "consulté", "demandé", "\u062a\u0648\u0627\u0635\u0644\u062a", "\u0633\u0623\u0644\u062a", "\u0627\u0633\u062a\u0634\u0631\u062a"};
    return *s;
}

// Words of a key point asking that the working relationship survived ("relationship kept /
// respectful", "maintained trust"), and their framing.
const std::unordered_set<std::string_view>& relationship_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "relationship", "relationships", "respectful", "respect", "respected", "rapport", "relation", "relations",
        "respectueux", "respectueuse", "\u0627\u0644\u0639\u0644\u0627\u0642\u0629", "\u0639\u0644\u0627\u0642\u0629",
        "\u0627\u062d\u062a\u0631\u0627\u0645"};
    return *s;
}
const std::unordered_set<std::string_view>& relationship_framing() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "kept", "keep", "maintained", "maintain", "preserved", "preserve", "good", "strong", "working", "stayed", "remained",
        "mutual", "trust", "professional", "intact", "gardé", "préservé", "maintenu", "bonne", "confiance",
        "\u0627\u0644\u062d\u0641\u0627\u0638"};
    return *s;
}
// Words of a key point asking that the candidate won others over ("put forward a fix and won
// support", "convinced management"), and their framing.
const std::unordered_set<std::string_view>& buyin_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "buy", "buy-in", "buyin", "convinced", "persuaded", "convince", "persuade", "approval", "consensus", "sign-off",
        "signoff", "adhésion", "convaincu", "convaincre", "\u0625\u0642\u0646\u0627\u0639", "\u0645\u0648\u0627\u0641\u0642\u0629"};
    return *s;
}
const std::unordered_set<std::string_view>& buyin_framing() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "proposed", "proposal", "solution", "idea", "got", "gained", "secured", "won", "obtained", "leadership",
        "management", "early", "proposé", "obtenu", "solution", "\u0627\u0644\u062d\u0644"};
    return *s;
}

// Words of a key point asking for a plain explanation ("plain words, with
// analogies", "explication sans jargon, par des images"), and their framing.
const std::unordered_set<std::string_view>& plain_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "jargon", "analogy", "analogies", "analogie", "metaphor", "metaphors", "layman", "laymen", "non-technical",
        "nontechnical", "vulgarisation", "vulgarisé", "\u062a\u0634\u0628\u064a\u0647", "\u062a\u0634\u0628\u064a\u0647\u0627\u062a"};
    return *s;
}
const std::unordered_set<std::string_view>& plain_framing() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "explained", "explaining", "explication", "expliqué", "without", "sans", "avec", "terms", "language", "plain",
        "simple", "simply", "words", "audience", "examples", "termes", "langage", "simples", "exemples", "\u0628\u062f\u0648\u0646",
        "\u0644\u063a\u0629", "\u0628\u0633\u064a\u0637\u0629"};
    return *s;
}
// An answer's words comparing the thing to something familiar ("compared the database to a safe",
// "it's like your notebook", "c'était comme son cahier", "imagine ...").
const std::unordered_set<std::string_view>& analogy_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "analogy", "analogies", "metaphor", "imagine", "compared", "comparé", "comparée", "analogie", "imaginez",
        "\u062a\u0634\u0628\u064a\u0647", "\u062a\u062e\u064a\u0644", "\u0634\u0628\u0647\u062a"};
    return *s;
}

// Words of a key point asking that the candidate kept calm ("stayed calm under pressure",
// "remained composed"), and their framing.
const std::unordered_set<std::string_view>& calm_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "calm", "composed", "composure", "level-headed", "patient", "patience", "calme", "sang-froid", "patient",
        "\u0647\u0627\u062f\u0626", "\u0627\u0644\u0647\u062f\u0648\u0621"};
    return *s;
}
const std::unordered_set<std::string_view>& calm_framing() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "stayed", "remained", "kept", "keeping", "under", "pressure", "professional", "focused", "resté", "restée",
        "pression", "sous", "\u0627\u0644\u0636\u063a\u0637"};
    return *s;
}
// Words of a key point asking for the reasons behind the candidate's own choice or suggestion
// ("the technical choices made and why", "a concrete proposal and its
// reason"): the thing chosen (with a cause word, see outcome_kind), and their framing.
const std::unordered_set<std::string_view>& choice_points() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "choice", "choices", "suggestion", "suggestions", "proposal", "proposals", "choix", "proposition", "propositions",
        "\u0627\u062e\u062a\u064a\u0627\u0631", "\u0627\u062e\u062a\u064a\u0627\u0631\u0627\u062a",   // اختيار اختيارات
        "\u0627\u0642\u062a\u0631\u0627\u062d"};                                                      // اقتراح
    return *s;
}
const std::unordered_set<std::string_view>& rationale_framing() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "technical", "technology", "tool", "tools", "behind", "made", "technique", "techniques", "outils",
        "\u0627\u0644\u062a\u0642\u0646\u064a\u0629"};   // التقنية
    return *s;
}
// An answer's words choosing or suggesting something ("used flutter", "I suggested", "we
// should"; "went with" is read as a phrase, see outcome_evidence), and the connectives giving a reason ("because", "since", "cuz",
// "parce que", "لأن").
const std::unordered_set<std::string_view>& choice_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "chose", "choose", "chosen", "picked", "opted", "selected", "preferred", "used", "suggested",
        "proposed", "recommended", "should", "choisi", "opt\u00e9", "utilis\u00e9", "propos\u00e9", "sugg\u00e9r\u00e9",
        "recommand\u00e9", "\u0627\u062e\u062a\u0631\u062a", "\u0627\u0633\u062a\u062e\u062f\u0645\u062a",   // اخترت استخدمت
        "\u0627\u0642\u062a\u0631\u062d\u062a"};                                                      // اقترحت
    return *s;
}
const std::unordered_set<std::string_view>& because_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "because", "since", "cause", "cuz", "coz", "bc", "parce", "puisque",
        "\u0644\u0623\u0646", "\u0644\u0627\u0646", "\u0644\u0623\u0646\u0647", "\u0644\u0627\u0646\u0647",   // لأن لان لأنه لانه
        "\u0644\u0623\u0646\u0646\u064a", "\u0628\u0633\u0628\u0628", "\u0639\u0634\u0627\u0646"};       // لأنني بسبب عشان
    return *s;
}
// An answer's nouns of a reason, whose denial denies one ("there was no particular reason").
const std::unordered_set<std::string_view>& reason_nouns() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "reason", "reasons", "raison", "raisons", "\u0633\u0628\u0628"};
    return *s;
}
// Words of a key point asking that the candidate accepted a decision that went against them
// ("went along with the call and backed the team", "accepts the manager's
// final word"), and their framing.
const std::unordered_set<std::string_view>& acceptance_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "accepted", "accepts", "accept", "accepting", "acceptance", "accept\u00e9", "accepter", "accepte",
        "\u0642\u0628\u0648\u0644", "\u062a\u0642\u0628\u0644"};   // قبول تقبل
    return *s;
}
const std::unordered_set<std::string_view>& acceptance_framing() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "lead", "leads", "manager", "kept", "keep", "supporting", "support", "supported", "even", "went", "way", "other",
        "choice", "choices", "transparent", "transparency", "while", "being", "d\u00e9cision", "\u0627\u0644\u0642\u0631\u0627\u0631"};
    return *s;
}
// An answer's words of the candidate accepting ("I accepted it"; "their call", "fine with it",
// "fair enough", "go with it" are read as phrases, see outcome_evidence).
const std::unordered_set<std::string_view>& acceptance_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "accepted", "accept", "accept\u00e9", "\u0642\u0628\u0644\u062a"};   // قبلت
    return *s;
}
// Words of a key point asking that the candidate followed up ("followed up with deprioritized
// stakeholders", "follow-up afterwards"; "followed" only with "up"), and their framing.
const std::unordered_set<std::string_view>& follow_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "follow-up", "followup", "follow-ups", "relance", "relancé", "\u0645\u062a\u0627\u0628\u0639\u0629"};
    return *s;
}
const std::unordered_set<std::string_view>& follow_framing() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "up", "afterwards", "after", "later", "with", "regular", "closed", "ensure",
        "suivi", "ensuite", "\u0644\u0627\u062d\u0642\u0627\u064b"};
    return *s;
}
// An answer's words of keeping calm ("I stayed calm", "kept my cool"; "didn't panic" is read from
// the denied word, see outcome_evidence), and of losing it.
const std::unordered_set<std::string_view>& calm_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "calm", "calmly", "composed", "patient", "patiently", "breath", "calme", "calmement", "patient", "patiente",
        "\u0647\u062f\u0648\u0621", "\u0628\u0647\u062f\u0648\u0621", "\u0647\u0627\u062f\u0626\u0627\u064b"};
    return *s;
}
const std::unordered_set<std::string_view>& panic_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "panic", "panicked", "panicking", "freaked", "freak", "snapped", "yelled", "shouted", "panique", "paniqué",
        "\u0630\u0639\u0631\u062a", "\u0627\u0644\u0630\u0639\u0631"};
    return *s;
}
// An answer's words of a follow-up ("followed up", "checked in", "circled back" are phrases).
const std::unordered_set<std::string_view>& follow_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "follow-up", "followup", "revisited", "relancé", "recontacté", "\u062a\u0627\u0628\u0639\u062a"};
    return *s;
}

// An answer's words of a working relationship kept ("we still get along", "on good terms", "he
// thanked me"), and of others agreeing ("they agreed", "signed off", "go for it").
const std::unordered_set<std::string_view>& bond_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "relationship", "rapport", "respect", "respected", "respectful", "respectfully", "thanked", "friends", "friendly",
        "trust", "trusted", "apologized", "apologised", "relation", "remercié", "confiance", "amis", "\u0639\u0644\u0627\u0642\u062a\u0646\u0627",
        "\u0627\u062d\u062a\u0631\u0627\u0645", "\u0634\u0643\u0631\u0646\u064a"};
    return *s;
}
// The same words as a denial says them ("the people side isn't that important").
const std::unordered_set<std::string_view>& bond_bases() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "relationship", "relationships", "rapport", "respect", "feelings", "relation", "relations", "\u0627\u0644\u0639\u0644\u0627\u0642\u0629"};
    return *s;
}
const std::unordered_set<std::string_view>& agreement_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "agreed", "approved", "convinced", "persuaded", "accepted", "agreement", "approval", "consensus", "buy-in", "buy",
        "d'accord", "accord", "validé", "accepté", "approuvé", "convaincu", "\u0648\u0627\u0641\u0642", "\u0648\u0627\u0641\u0642\u0648\u0627",
        "\u0648\u0627\u0641\u0642\u062a", "\u0627\u0642\u062a\u0646\u0639\u0648\u0627"};
    return *s;
}

// An answer's words asking the other side (an inquiry with what it asked after: "I asked him
// why", "asked her to walk me through the pain"), and what it asked after.
const std::unordered_set<std::string_view>& inquiry_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "asked", "ask", "asking", "listened", "listen", "listening", "interviewed", "demandé", "demander", "écouté",
        "écouter", "interrogé", "\u0633\u0623\u0644\u062a", "\u0633\u0623\u0644\u062a\u0647", "\u0627\u0633\u062a\u0645\u0639\u062a"};
    return *s;
}
const std::unordered_set<std::string_view>& reason_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "why", "what", "reasons", "reasoning", "arguments", "argument", "side", "view", "perspective", "viewpoint", "pain",
        "needs", "motivation", "worried", "concerns", "pourquoi", "raisons", "arguments", "besoins", "attentes", "quoi",
        "\u0644\u0645\u0627\u0630\u0627", "\u0623\u0633\u0628\u0627\u0628", "\u0627\u062d\u062a\u064a\u0627\u062c\u0627\u062a"};
    return *s;
}
// An answer's words putting a request off or refusing it ("declined", "pushed it to the next
// sprint"; "said no", "next quarter" are found as phrases, see story_cues).
const std::unordered_set<std::string_view>& refusal_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "declined", "deferred", "deferring", "postponed", "refused", "deprioritized", "deprioritised", "parked", "defer",
        "postpone", "refuse", "decline", "reporté", "repoussé", "refusé", "décliné", "\u0623\u062c\u0644\u062a",
        "\u0623\u062c\u0644\u0646\u0627", "\u0631\u0641\u0636\u062a", "\u0644\u0627\u062d\u0642\u0627",
        "\u0644\u0627\u062d\u0642\u0627\u064b"};
    return *s;
}
// Words saying something to someone (who decides the refusal: the candidate tells it).
const std::unordered_set<std::string_view>& say_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "said", "told", "explained", "agreed", "proposed", "offered", "suggested", "dit", "expliqué", "proposé",
        "convenu", "\u0642\u0644\u062a", "\u0634\u0631\u062d\u062a", "\u0627\u0642\u062a\u0631\u062d\u062a",
        "\u0627\u062a\u0641\u0642\u0646\u0627"};
    return *s;
}
// Later in time ("next sprint", "the following quarter", "le prochain sprint"): a period word
// after "next" / "following" or before "prochain", see story_cues.
const std::unordered_set<std::string_view>& period_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "sprint", "sprints", "quarter", "release", "month", "week", "phase", "iteration", "version", "cycle", "year",
        "trimestre", "mois", "semaine", "version", "itération", "\u0627\u0644\u0633\u0628\u0631\u064a\u0646\u062a",
        "\u0627\u0644\u0631\u0628\u0639", "\u0627\u0644\u0625\u0635\u062f\u0627\u0631", "\u0627\u0644\u0634\u0647\u0631"};
    return *s;
}
// Verbs moving work in time ("pushed the rest to next sprint", "these features slip to next
// quarter"): a later period with one of them, in a sentence of the candidate's, puts work off
// (a plain "next release" does not: "they wanted it in the next release").
bool is_move_verb(std::string_view w) {
    static const auto* s = new std::unordered_set<std::string_view>{
        "push", "pushed", "pushing", "move", "moved", "moving", "slip", "slipped", "slips", "wait", "waits", "come",
        "comes", "land", "lands", "shift", "shifted", "bump", "bumped", "postpone", "postponed", "passer", "passerait",
        "attendre", "décalé", "décaler", "نؤجل", "نقلنا"};
    return s->count(w) > 0;
}
// Re-scoping told as a story: what matters most done first or only ("the critical ones
// first", "main flow only"), part of the work cut ("cutting the edge-case tests", "a thin
// version"), the rest put off (a later period).
const std::unordered_set<std::string_view>& priority_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "critical", "important", "essential", "crucial", "core", "main", "riskiest", "highest", "vital", "critique",
        "critiques", "essentiel", "essentiels", "importants", "principal", "principale", "\u0627\u0644\u062d\u0631\u062c\u0629",
        "\u0627\u0644\u0623\u0647\u0645", "\u0627\u0644\u0623\u0633\u0627\u0633\u064a\u0629"};
    return *s;
}
const std::unordered_set<std::string_view>& first_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "first", "firstly", "only", "just", "before", "immediately", "priority", "quickly", "asap", "abord",
        "seulement", "uniquement", "immédiatement", "priorité", "\u0623\u0648\u0644\u0627", "\u0623\u0648\u0644\u0627\u064b",
        "\u0641\u0642\u0637", "\u0641\u0648\u0631\u0627", "\u0641\u0648\u0631\u0627\u064b"};
    return *s;
}
const std::unordered_set<std::string_view>& cut_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "cut", "cutting", "trimmed", "descoped", "dropped", "dropping", "stripped", "thin", "thinner", "simpler",
        "smaller", "reduced", "minimal", "mvp", "rescoped", "reprioritized", "reprioritised", "triaged",
        "coupé", "réduit", "allégé", "simplifiée", "\u0645\u0628\u0633\u0637\u0629", "\u0645\u062e\u062a\u0635\u0631\u0629"};
    return *s;
}
const std::unordered_set<std::string_view>& scope_nouns() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "scope", "feature", "features", "tests", "cases", "items", "stories", "requirements", "extras", "version", "mvp",
        "screens", "nice", "polish", "périmètre", "fonctionnalités", "version", "cas", "\u0627\u0644\u0646\u0637\u0627\u0642",
        "\u0646\u0633\u062e\u0629", "\u0627\u0644\u0645\u064a\u0632\u0627\u062a"};
    return *s;
}
// An answer's words cutting an incident's impact before its cause is known ("rolled it back",
// "disabled the feature", "failed over"; "roll back" and "turned off" are found as phrases).
const std::unordered_set<std::string_view>& mitigation_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "rollback", "rolledback", "reverted", "revert", "reverting", "disabled", "disable", "failover", "restarted",
        "restored", "workaround", "contained", "paused",
        "throttled", "drained", "mitigated", "mitigate", "mitigation", "hotfix", "hotfixed", "stabilized", "stabilised",
        "annulé", "désactivé", "désactiver", "rétabli", "\u062a\u0631\u0627\u062c\u0639\u0646\u0627", "\u0623\u0648\u0642\u0641\u0646\u0627",
        "\u0639\u0637\u0644\u0646\u0627", "\u0623\u0639\u062f\u0646\u0627"};
    return *s;
}
// An answer's words of the candidate coordinating people ("coordinated", "assigned", "took
// charge"; "ran the incident", "opened a bridge call" are found as phrases).
const std::unordered_set<std::string_view>& coordination_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "coordinated", "coordinating", "coordinate", "assigned", "delegated", "organised", "organized", "orchestrated",
        "commander", "coordonné", "coordonner", "organisé", "\u0646\u0633\u0642\u062a", "\u0646\u0638\u0645\u062a"};
    return *s;
}
// An answer's words handing out work ("assigned", "delegated"; "split the work", "one on the DB,
// another on the API" are found as phrases).
const std::unordered_set<std::string_view>& assign_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "assigned", "delegated", "dispatched", "réparti", "délégué", "attribué", "\u0648\u0632\u0639\u062a",
        "\u0643\u0644\u0641\u062a"};
    return *s;
}

// An answer's words telling that the candidate passed knowledge on, or met others' worries.
const std::unordered_set<std::string_view>& sharing_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "documented", "wiki", "walked", "presented", "presentation", "demo", "demoed", "taught", "onboarding",
        "readme", "runbook", "shared", "mentored",
        "documenté", "présenté", "montré", "partagé", "formé", "\u0648\u062b\u0642\u062a", "\u0634\u0631\u062d\u062a",
        "\u0634\u0627\u0631\u0643\u062a"};
    return *s;
}
const std::unordered_set<std::string_view>& concern_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "worried", "worry", "concerned", "concern", "concerns", "pushback", "skeptical", "sceptical", "hesitant",
        "hesitated", "objections", "objected", "afraid", "fears", "resistance", "reassured", "reassure",
        "inquiets", "inquiet", "craintes", "crainte", "peur", "hésitait", "hésitaient", "réticents",
        "\u0642\u0644\u0642", "\u0645\u062e\u0627\u0648\u0641", "\u0645\u062e\u0627\u0648\u0641\u0647\u0645"};
    return *s;
}

// Verbs of an answer telling how the candidate gathered evidence (what they did: past forms).
const std::unordered_set<std::string_view>& investigation_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "tracked", "measured", "logged", "pulled", "looked", "analysed", "analyzed", "profiled", "benchmarked",
        "tested", "compared", "counted", "surveyed", "timed", "reviewed", "collected", "gathered",
        "graphed", "monitored", "audited", "instrumented", "prototyped", "traced",
        "mesuré", "analysé", "regardé", "compté", "suivi", "comparé", "collecté", "relevé", "chronométré", "testé",
        "\u062d\u0644\u0644\u062a", "\u062d\u0644\u0644\u0646\u0627", "\u0642\u0633\u062a", "\u0642\u0633\u0646\u0627",
        "\u062c\u0645\u0639\u062a", "\u062c\u0645\u0639\u0646\u0627", "\u0631\u0627\u062c\u0639\u062a", "\u062a\u062a\u0628\u0639\u062a"};
    return *s;
}
// The same verbs as a denial says them ("I didn't measure anything").
const std::unordered_set<std::string_view>& investigation_bases() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "measure", "track", "analyse", "analyze", "profile", "benchmark", "test", "compare", "count", "check",
        "mesurer", "analyser", "tester", "comparer", "vérifier"};
    return *s;
}
// Nouns of an answer naming evidence.
const std::unordered_set<std::string_view>& evidence_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "data", "metrics", "logs", "numbers", "dashboard", "dashboards", "measurements", "benchmark", "benchmarks",
        "prototype", "spike", "poc", "survey", "timings", "profile", "profiler", "statistics", "stats",
        "données", "métriques", "chiffres", "mesures", "\u0627\u0644\u0628\u064a\u0627\u0646\u0627\u062a", "\u0628\u064a\u0627\u0646\u0627\u062a"};
    return *s;
}
// A gradual change told as a story: starting small, then the rest ("I began with only the search
// page ... then moved the rest"), all three in one sentence, or said in so many words.
const std::unordered_set<std::string_view>& start_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "started", "start", "starting", "began", "begin", "first", "pilot", "piloted", "trial", "initially",
        "commencé", "commencer", "abord", "pilote", "\u0628\u062f\u0623\u0646\u0627", "\u0628\u062f\u0623\u062a",
        "\u0623\u0648\u0644\u0627", "\u0623\u0648\u0644\u0627\u064b"};
    return *s;
}
const std::unordered_set<std::string_view>& scope_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "one", "single", "small", "just", "only", "few", "subset", "pilot", "un", "une", "seul", "seule", "quelques",
        "\u0648\u0627\u062d\u062f", "\u0648\u0627\u062d\u062f\u0629"};
    return *s;
}
const std::unordered_set<std::string_view>& expand_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "rest", "others", "other", "remaining", "all", "everyone", "everything", "reste", "autres", "tous", "toutes",
        "\u0627\u0644\u0628\u0627\u0642\u064a", "\u0627\u0644\u0628\u0642\u064a\u0629"};
    return *s;
}
const std::unordered_set<std::string_view>& gradual_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "incrementally", "gradually", "phased", "canary", "iteratively", "progressively",
        "progressivement", "\u062a\u062f\u0631\u064a\u062c\u064a\u0627", "\u062a\u062f\u0631\u064a\u062c\u064a\u0627\u064b",
        "\u0628\u0627\u0644\u062a\u062f\u0631\u064a\u062c"};
    return *s;
}
// Words of an answer telling what the candidate found out ("found", "turned", "noticed",
// "figured" only as "found out", "turned out", "noticed that": see token cues).
const std::unordered_set<std::string_view>& discovery_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "realised", "realized", "discovered", "traced", "culprit", "caused", "compris", "découvert", "avéré", "\u0627\u0643\u062a\u0634\u0641\u062a", "\u0627\u0643\u062a\u0634\u0641\u0646\u0627",
        "\u062a\u0628\u064a\u0646", "\u0627\u062a\u0636\u062d", "\u0648\u062c\u062f\u062a"};
    return *s;
}

}  // namespace utopiahire::core::story_words
