// Reads what the feedback-language rule needs from the catalogue: the dictionaries mapped to
// the configuration's `word` then `asciiword` token types (template, Language / DictFile
// options, name) and the configuration's name. Everything here is PostgreSQL's API and may
// ereport; the rule itself runs in the guarded frame.
#include "pg/postgres_headers.hpp"

extern "C" {
#include "access/htup_details.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_ts_config.h"
#include "catalog/pg_ts_dict.h"
#include "catalog/pg_ts_template.h"
#include "commands/defrem.h"
#include "nodes/pg_list.h"
#include "tsearch/ts_cache.h"
#include "tsearch/ts_public.h"
#include "utils/memutils.h"
#include "utils/syscache.h"
}

#include "pg/feedback_language.hpp"
#include "pg/guard.hpp"
#include "pg/ts_tokens.hpp"

#include <cstring>
#include <type_traits>

namespace utopiahire::pg {

namespace {

constexpr int max_dictionaries = 32;
// feedback_language_of holds an array of them across catalogue lookups (which may ereport).
static_assert(std::is_trivially_destructible_v<core::DictionaryFacts>, "DictionaryFacts lives in a frame that may longjmp");

// The token types the parser calls "word" and "asciiword" (0 when it has none).
void word_token_types(Oid parser, int* word, int* asciiword) {
    *word = 0;
    *asciiword = 0;
    TSParserCacheEntry* prs = lookup_ts_parser_cache(parser);
    if (!OidIsValid(prs->lextypeOid)) return;
    auto* types = reinterpret_cast<LexDescr*>(DatumGetPointer(OidFunctionCall1(prs->lextypeOid, (Datum) 0)));
    for (LexDescr* t = types; t != nullptr && t->lexid != 0; ++t) {
        if (std::strcmp(t->alias, "word") == 0) *word = t->lexid;
        else if (std::strcmp(t->alias, "asciiword") == 0) *asciiword = t->lexid;
    }
}

// False when the dictionary is gone (dropped concurrently): then it decides nothing.
bool dictionary_facts(Oid dictionary, core::DictionaryFacts* out) {
    HeapTuple tuple = SearchSysCache1(TSDICTOID, ObjectIdGetDatum(dictionary));
    if (!HeapTupleIsValid(tuple)) return false;
    const auto* dict = reinterpret_cast<Form_pg_ts_dict>(GETSTRUCT(tuple));
    out->name = pstrdup(NameStr(dict->dictname));
    HeapTuple template_tuple = SearchSysCache1(TSTEMPLATEOID, ObjectIdGetDatum(dict->dicttemplate));
    if (HeapTupleIsValid(template_tuple)) {
        const auto* tmpl = reinterpret_cast<Form_pg_ts_template>(GETSTRUCT(template_tuple));
        out->template_name = pstrdup(NameStr(tmpl->tmplname));
        out->builtin_template = tmpl->tmplnamespace == PG_CATALOG_NAMESPACE;
        ReleaseSysCache(template_tuple);
    }
    bool isnull = true;
    const Datum options = SysCacheGetAttr(TSDICTOID, tuple, Anum_pg_ts_dict_dictinitoption, &isnull);
    if (!isnull) {
        ListCell* cell;
        foreach (cell, deserialize_deflist(options)) {
            DefElem* option = lfirst_node(DefElem, cell);
            if (pg_strcasecmp(option->defname, "language") == 0) out->language_option = defGetString(option);
            else if (pg_strcasecmp(option->defname, "dictfile") == 0) out->dict_file_option = defGetString(option);
        }
    }
    ReleaseSysCache(tuple);
    return true;
}

// The rule applied to the catalogue (uncached).
core::FeedbackLanguage read_feedback_language(Oid config) {
    // Catalogue strings go to a scratch context, deleted before returning (the caller may be
    // in a long-lived cache context).
    MemoryContext scratch = AllocSetContextCreate(CurrentMemoryContext, "utopiahire feedback language",
                                                  ALLOCSET_SMALL_SIZES);
    MemoryContext old = MemoryContextSwitchTo(scratch);

    HeapTuple tuple = SearchSysCache1(TSCONFIGOID, ObjectIdGetDatum(config));
    if (!HeapTupleIsValid(tuple))
        ereport(ERROR, (errcode(ERRCODE_UNDEFINED_OBJECT),
                        errmsg("text search configuration %u does not exist", config)));
    const char* config_name = pstrdup(NameStr(reinterpret_cast<Form_pg_ts_config>(GETSTRUCT(tuple))->cfgname));
    ReleaseSysCache(tuple);

    TSConfigCacheEntry* cfg = lookup_ts_config_cache(config);
    int types[2];
    word_token_types(cfg->prsId, &types[0], &types[1]);
    core::DictionaryFacts dictionaries[max_dictionaries];
    int count = 0;
    for (int type : types) {
        if (type <= 0 || type >= cfg->lenmap) continue;
        const ListDictionary& map = cfg->map[type];
        for (int i = 0; i < map.len && count < max_dictionaries; ++i)
            if (dictionary_facts(map.dictIds[i], &dictionaries[count])) ++count;
    }

    core::FeedbackLanguage language = core::FeedbackLanguage::english;
    GuardError error;
    if (!run_guarded([&] { language = core::choose_feedback_language(dictionaries, count, config_name); }, &error))
        report_guard_error(error);
    MemoryContextSwitchTo(old);
    MemoryContextDelete(scratch);
    return language;
}

// The language of the last configurations asked for, per backend: the answer trigger prepares a
// question for every answer it cannot take from its cache, and the language depends only on the
// configuration. An entry is valid while tokens_generation() is unchanged (bumped on any change
// to text-search configurations, mappings, dictionaries and templates).
struct CachedLanguage {
    Oid config;
    uint64 generation;
    core::FeedbackLanguage language;
};
constexpr int cached_languages = 8;
CachedLanguage language_cache[cached_languages];
int next_language_slot = 0;

}  // namespace

core::FeedbackLanguage feedback_language_of(Oid config) {
    const uint64 generation = tokens_generation();
    for (const CachedLanguage& entry : language_cache)
        if (entry.config == config && OidIsValid(config) && entry.generation == generation) return entry.language;
    const core::FeedbackLanguage language = read_feedback_language(config);
    if (generation == tokens_generation())
        language_cache[next_language_slot] = CachedLanguage{config, generation, language};
    next_language_slot = (next_language_slot + 1) % cached_languages;
    return language;
}

}  // namespace utopiahire::pg
