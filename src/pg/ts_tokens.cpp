#include "pg/postgres_headers.hpp"

extern "C" {
#include "mb/pg_wchar.h"
#include "tsearch/ts_cache.h"
#include "tsearch/ts_public.h"
#include "utils/fmgroids.h"
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/memutils.h"
#include "utils/syscache.h"
}

#include "pg/ts_tokens.hpp"

#include <cstring>

namespace utopiahire::pg {

namespace {

// Token types of PostgreSQL's default parser (wparser_def.c).
constexpr int default_email = 4, default_url = 5, default_host = 6, default_scientific = 7,
              default_version = 8, default_blank = 12, default_numhword = 15, default_asciihword = 16,
              default_hword = 17, default_urlpath = 18, default_file = 19, default_decimal = 20,
              default_signedint = 21, default_unsignedint = 22;

constexpr int cached_word_bytes = 56;
constexpr long max_cached_words = 100000;

struct LexemeKey {
    Oid cfg;
    int16 type;
    int16 len;
    char word[cached_word_bytes];
};

struct LexemeEntry {
    LexemeKey key;     // must be first
    int32 kind;
    int32 nlex;
    int32 bytes;
    char* lexemes;     // in lexeme_context
};

HTAB* lexeme_cache = nullptr;
MemoryContext lexeme_context = nullptr;
bool callbacks_registered = false;
uint64 cache_generation = 1;

void invalidate_lexemes(Datum, int, uint32) {
    ++cache_generation;
    if (lexeme_context != nullptr) {
        MemoryContextDelete(lexeme_context);
        lexeme_context = nullptr;
        lexeme_cache = nullptr;
    }
}

void ensure_cache() {
    if (!callbacks_registered) {
        CacheRegisterSyscacheCallback(TSCONFIGMAP, invalidate_lexemes, (Datum) 0);
        CacheRegisterSyscacheCallback(TSCONFIGOID, invalidate_lexemes, (Datum) 0);
        CacheRegisterSyscacheCallback(TSDICTOID, invalidate_lexemes, (Datum) 0);
        callbacks_registered = true;
    }
    if (lexeme_cache != nullptr && hash_get_num_entries(lexeme_cache) > max_cached_words)
        invalidate_lexemes((Datum) 0, 0, 0);
    if (lexeme_cache == nullptr) {
        lexeme_context = AllocSetContextCreate(CacheMemoryContext, "utopiahire lexeme cache",
                                               ALLOCSET_DEFAULT_SIZES);
        HASHCTL ctl;
        std::memset(&ctl, 0, sizeof(ctl));
        ctl.keysize = sizeof(LexemeKey);
        ctl.entrysize = sizeof(LexemeEntry);
        ctl.hcxt = lexeme_context;
        lexeme_cache = hash_create("utopiahire lexemes", 4096, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
    }
}

// Runs the dictionary chain for one token; lexemes go to buf as NUL-terminated strings.
int lexize(TSConfigCacheEntry* cfg, int type, char* word, int len, StringInfo buf, int* nlex) {
    *nlex = 0;
    const ListDictionary* map = cfg->map + type;
    char* current = word;
    int current_len = len;
    for (int i = 0; i < map->len; ++i) {
        TSDictionaryCacheEntry* dict = lookup_ts_dictionary_cache(map->dictIds[i]);
        DictSubState state;
        state.isend = false;
        state.getnext = false;
        state.private_state = nullptr;
        TSLexeme* res = (TSLexeme*) DatumGetPointer(FunctionCall4(
            &dict->lexize, PointerGetDatum(dict->dictData), PointerGetDatum(current),
            Int32GetDatum(current_len), PointerGetDatum(&state)));
        if (res == nullptr) continue;
        if (res->lexeme == nullptr) return core::raw_stop;
        if (res->flags & TSL_FILTER) {
            current = res->lexeme;
            current_len = static_cast<int>(std::strlen(res->lexeme));
            continue;
        }
        for (TSLexeme* p = res; p->lexeme != nullptr; ++p) {
            appendBinaryStringInfo(buf, p->lexeme, static_cast<int>(std::strlen(p->lexeme)) + 1);
            ++*nlex;
        }
        return core::raw_word;
    }
    return core::raw_unknown;
}

}  // namespace

uint64 tokens_generation() { return cache_generation; }

void tokenize_text(Oid cfg_id, const char* text, int len, core::RawText* out) {
    out->text = text;
    out->len = len;
    out->tokens = nullptr;
    out->ntokens = 0;
    if (len <= 0) return;
    ensure_cache();
    TSConfigCacheEntry* cfg = lookup_ts_config_cache(cfg_id);
    TSParserCacheEntry* prs = lookup_ts_parser_cache(cfg->prsId);
    const bool default_parser = prs->startOid == F_PRSD_START;

    int capacity = 32, count = 0;
    auto* tokens = static_cast<core::RawToken*>(palloc(sizeof(core::RawToken) * capacity));
    StringInfoData lexbuf;
    initStringInfo(&lexbuf);

    // The parser may scribble on its input: give it a copy.
    char* copy = static_cast<char*>(palloc(len + 1));
    std::memcpy(copy, text, len);
    copy[len] = '\0';
    void* prsdata = DatumGetPointer(FunctionCall2(&prs->prsstart, PointerGetDatum(copy), Int32GetDatum(len)));
    char* lemm = nullptr;
    int lenlemm = 0, type = 0;
    int scanned_bytes = 0, scanned_chars = 0;
    while ((type = DatumGetInt32(FunctionCall3(&prs->prstoken, PointerGetDatum(prsdata),
                                               PointerGetDatum(&lemm), PointerGetDatum(&lenlemm)))) > 0) {
        if (lenlemm <= 0 || type >= cfg->lenmap || cfg->map[type].len == 0) continue;
        if (default_parser && (type == default_blank || type == default_numhword ||
                               type == default_asciihword || type == default_hword))
            continue;   // compound words: their parts follow
        if (lemm < copy || lemm + lenlemm > copy + len) continue;
        const int byte_start = static_cast<int>(lemm - copy);
        if (byte_start < scanned_bytes) continue;   // overlaps the previous token (url parts)
        scanned_chars += pg_mbstrlen_with_len(copy + scanned_bytes, byte_start - scanned_bytes);
        scanned_bytes = byte_start;
        const int char_len = pg_mbstrlen_with_len(lemm, lenlemm);

        int kind = core::raw_word, nlex = 0;
        const int lex_offset = lexbuf.len;
        LexemeEntry* entry = nullptr;
        bool found = false;
        if (lenlemm < cached_word_bytes) {
            if (lexeme_cache == nullptr) ensure_cache();
            LexemeKey key;
            std::memset(&key, 0, sizeof(key));
            key.cfg = cfg_id;
            key.type = static_cast<int16>(type);
            key.len = static_cast<int16>(lenlemm);
            std::memcpy(key.word, lemm, lenlemm);
            entry = static_cast<LexemeEntry*>(hash_search(lexeme_cache, &key, HASH_ENTER, &found));
            if (!found) entry->lexemes = nullptr, entry->kind = -1;
        }
        if (entry != nullptr && entry->kind >= 0) {
            kind = entry->kind;
            nlex = entry->nlex;
            if (entry->bytes > 0) appendBinaryStringInfo(&lexbuf, entry->lexemes, entry->bytes);
        } else {
            kind = lexize(cfg, type, lemm, lenlemm, &lexbuf, &nlex);
            if (entry != nullptr) {
                // The dictionaries may have touched the catalogs; the cache may be gone.
                if (lexeme_cache == nullptr) {
                    entry = nullptr;
                } else {
                    const int bytes = lexbuf.len - lex_offset;
                    entry->lexemes = bytes > 0 ? static_cast<char*>(MemoryContextAlloc(lexeme_context, bytes)) : nullptr;
                    if (bytes > 0) std::memcpy(entry->lexemes, lexbuf.data + lex_offset, bytes);
                    entry->bytes = bytes;
                    entry->nlex = nlex;
                    entry->kind = kind;
                }
            }
        }
        if (default_parser && kind == core::raw_word) {
            if (type == default_scientific || type == default_version || type == default_decimal ||
                type == default_signedint || type == default_unsignedint)
                kind = core::raw_number;
            else if (type == default_email || type == default_url || type == default_host ||
                     type == default_urlpath || type == default_file)
                kind = core::raw_other;
        }
        if (count == capacity) {
            capacity *= 2;
            tokens = static_cast<core::RawToken*>(repalloc(tokens, sizeof(core::RawToken) * capacity));
        }
        core::RawToken& t = tokens[count++];
        t.byte_start = byte_start;
        t.byte_len = lenlemm;
        t.char_start = scanned_chars;
        t.char_len = char_len;
        t.kind = kind;
        t.nlex = nlex;
        t.lexemes = reinterpret_cast<const char*>(static_cast<intptr_t>(lex_offset));   // fixed below
        CHECK_FOR_INTERRUPTS();
    }
    FunctionCall1(&prs->prsend, PointerGetDatum(prsdata));
    // Exact-size copies (cached questions keep these), then lexeme pointers: offsets into the
    // lexeme bytes until they stopped moving.
    char* lexemes = static_cast<char*>(palloc(lexbuf.len + 1));
    std::memcpy(lexemes, lexbuf.data, lexbuf.len + 1);
    pfree(lexbuf.data);
    pfree(copy);
    if (count > 0 && count < capacity)
        tokens = static_cast<core::RawToken*>(repalloc(tokens, sizeof(core::RawToken) * count));
    for (int i = 0; i < count; ++i)
        tokens[i].lexemes = lexemes + reinterpret_cast<intptr_t>(tokens[i].lexemes);
    out->tokens = tokens;
    out->ntokens = count;
}

}  // namespace utopiahire::pg
