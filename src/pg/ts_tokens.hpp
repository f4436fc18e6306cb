// Text to core tokens through a PostgreSQL text-search configuration: the configuration's
// parser gives token types, positions and lengths; each word goes through the configuration's
// dictionary chain (first dictionary that recognises it wins, an empty result is a stop word,
// TSL_FILTER passes its output on), as to_tsvector does. Stop words stay in the stream with
// their surface form (negation cues are stop words, and the core needs them). Lexemes of
// (configuration, token type, word) are cached per backend (an open-addressing table keyed by the
// word bytes), with the core's handle on the word (core::word_handle, handed on in
// RawToken::word), and dropped when a text-search configuration or dictionary changes.
#pragma once

#include "pg/postgres_headers.hpp"

#include "core/text.hpp"

namespace utopiahire::pg {

// Tokenises text[0..len) (UTF-8 server encoding) with configuration cfg into out; the tokens
// and their lexemes are palloc'd in the current memory context. Outer frame only: may ereport.
void tokenize_text(Oid cfg, const char* text, int len, core::RawText* out);

// Defines the tokenizer's settings (from _PG_init): utopiahire_interview.fast_tokenizer and
// utopiahire_interview.check_tokenizer.
void define_tokenizer_settings();

// Changes whenever cached lexemes were dropped (a text-search configuration, mapping, dictionary
// or template changed): caches of tokenised texts and of feedback languages compare it.
uint64 tokens_generation();

}  // namespace utopiahire::pg
