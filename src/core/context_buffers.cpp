#include "core/cpp_only.hpp"

// The answer buffers a Context borrows: the glue analyses one answer after another (one call
// per row), and each analysis used to allocate and free the same two dozen working vectors, of
// the same sizes. A thread keeps their capacity between answers; a context takes it at
// construction (every buffer empty, as a fresh context's) and gives it back at destruction, also
// when the analysis threw. What is kept is capacity only: no result can depend on it.
//
// The thread's buffers are reached through a plain pointer (no C++ object with a destructor in
// a global: a PostgreSQL backend is one thread and keeps them for its life, as it keeps its
// question models). A context made while another one holds them (never in the analysis itself)
// simply works without them.
#include "core/matcher.hpp"

#include <new>
#include <utility>

namespace utopiahire::core {

struct Context::Buffers {
    std::vector<Token> answer_tokens;
    std::vector<Window> windows;
    std::vector<AnswerLexeme> answer_lexemes;
    std::vector<int> answer_lexeme_tokens;
    std::vector<int> lexeme_slot;
    std::vector<Context::DistinctLexeme> distinct_lexemes;
    std::vector<int> lexeme_position;
    std::vector<std::pair<int, int>> answer_groups;
    std::vector<std::pair<uint32_t, int>> answer_senses;
    std::vector<char> answer_lexeme_accented;
    std::vector<int> antonym_tokens, complexity_tokens, negated_content_tokens;
    std::vector<std::pair<int, int>> token_windows;
    std::vector<uint64_t> token_window_masks;
    std::vector<KeyedMatches> match_by_key;
    std::vector<int> match_head;
    std::vector<MatchKey> match_keys;
    std::vector<std::pair<int, double>> match_scratch;
    std::vector<TermMatches> form_matches;
    std::vector<int> forms_hit, form_stamp;
    std::vector<std::pair<int, double>> form_hits;
    std::vector<FormHit> form_hit_scratch;
    std::vector<std::unique_ptr<std::pair<int, double>[]>> match_blocks;
    std::unique_ptr<std::pair<int, double>[]> match_block;   // the last block of the last answer
    size_t match_block_size = 0;
    std::vector<PointList> point_lists;
    std::vector<TermMatches> point_matches;
    std::vector<const std::vector<int>*> point_opposites;
    std::vector<uint64_t> window_bits, term_bits, term_masks, heard_windows;
    std::vector<int> prefix_slot;
    std::vector<int> prefix_scratch;
    std::vector<int> non_followers;
    std::vector<std::pair<std::string_view, int>> prefix_stems;
    std::vector<std::optional<PointMatch>> mistake_matches;
};

namespace {

thread_local Context::Buffers* thread_buffers = nullptr;

// Past this many bytes of kept capacity (an unusually long answer), the buffers are freed
// with the context rather than kept for the thread's life.
constexpr size_t max_kept_bytes = size_t{4} << 20;

template <typename T>
size_t bytes_of(const std::vector<T>& v) {
    return v.capacity() * sizeof(T);
}

// Calls swap_one(context member, buffer member) for every vector the two share.
template <typename Swap>
void each_buffer(Context& c, Context::Buffers& b, Swap swap_one) {
    swap_one(c.answer.tokens, b.answer_tokens);
    swap_one(c.windows, b.windows);
    swap_one(c.answer_lexemes, b.answer_lexemes);
    swap_one(c.answer_lexeme_tokens, b.answer_lexeme_tokens);
    swap_one(c.lexeme_slot, b.lexeme_slot);
    swap_one(c.distinct_lexemes, b.distinct_lexemes);
    swap_one(c.lexeme_position, b.lexeme_position);
    swap_one(c.answer_groups, b.answer_groups);
    swap_one(c.answer_senses, b.answer_senses);
    swap_one(c.answer_lexeme_accented, b.answer_lexeme_accented);
    swap_one(c.antonym_tokens, b.antonym_tokens);
    swap_one(c.complexity_tokens, b.complexity_tokens);
    swap_one(c.negated_content_tokens, b.negated_content_tokens);
    swap_one(c.token_windows, b.token_windows);
    swap_one(c.token_window_masks, b.token_window_masks);
    swap_one(c.match_by_key, b.match_by_key);
    swap_one(c.match_head, b.match_head);
    swap_one(c.match_keys, b.match_keys);
    swap_one(c.match_scratch, b.match_scratch);
    swap_one(c.form_matches, b.form_matches);
    swap_one(c.forms_hit, b.forms_hit);
    swap_one(c.form_stamp, b.form_stamp);
    swap_one(c.form_hits, b.form_hits);
    swap_one(c.form_hit_scratch, b.form_hit_scratch);
    swap_one(c.match_blocks, b.match_blocks);
    swap_one(c.point_lists, b.point_lists);
    swap_one(c.point_matches, b.point_matches);
    swap_one(c.point_opposites, b.point_opposites);
    swap_one(c.window_bits, b.window_bits);
    swap_one(c.term_bits, b.term_bits);
    swap_one(c.term_masks, b.term_masks);
    swap_one(c.heard_windows, b.heard_windows);
    swap_one(c.prefix_slot, b.prefix_slot);
    swap_one(c.prefix_scratch, b.prefix_scratch);
    swap_one(c.non_followers, b.non_followers);
    swap_one(c.prefix_stems, b.prefix_stems);
    swap_one(c.mistake_matches, b.mistake_matches);
}

}  // namespace

Context::Context(const QuestionModel& question_model) : model(question_model), lexicon(&question_model.lexicon) {
    Buffers* b = std::exchange(thread_buffers, nullptr);
    if (b == nullptr) {
        b = new (std::nothrow) Buffers;   // the first answer of this thread
        if (b == nullptr) return;         // then without them
    }
    buffers = b;
    each_buffer(*this, *b, [](auto& mine, auto& kept) {
        mine.swap(kept);
        mine.clear();
    });
    // The match lists' storage: the kept block, its contents stale (lists of this answer only
    // ever point at what this answer wrote).
    if (b->match_block) {
        match_blocks.push_back(std::move(b->match_block));
        match_block_size = b->match_block_size;
        match_block_used = 0;
    }
}

Context::~Context() {
    if (buffers == nullptr) return;
    Buffers* b = buffers;
    size_t bytes = 0;
    each_buffer(*this, *b, [&](auto& mine, auto&) { bytes += bytes_of(mine); });
    if (bytes <= max_kept_bytes) {
        if (!match_blocks.empty()) {
            b->match_block = std::move(match_blocks.back());
            b->match_block_size = match_block_size;
        }
        each_buffer(*this, *b, [](auto& mine, auto& kept) {
            mine.clear();
            mine.swap(kept);
        });
    }
    // (Too large: this context's members free theirs; the thread keeps the empty ones.)
    thread_buffers = b;
}

}  // namespace utopiahire::core
