#include "core/cpp_only.hpp"

#include "core/near_miss_index.hpp"

#include <algorithm>

namespace utopiahire::core {

void NearMissIndex::build(const std::vector<Form>& forms, size_t lexicon_size) {
    *this = NearMissIndex();
    auto keep = [&](std::string_view s) {
        const auto range = std::make_pair(static_cast<uint32_t>(text_.size()), static_cast<uint32_t>(s.size()));
        text_.append(s);
        return range;
    };
    std::vector<std::pair<uint64_t, int>> filed;   // (key, form)
    std::vector<int> lex_count(lexicon_size + 1, 0);
    for (size_t f = 0; f < forms.size(); ++f) {
        const Form& form = forms[f];
        const int id = static_cast<int>(f);
        form_lex_.push_back(form.lex);
        form_lexeme_.push_back(keep(form.lexeme));
        form_surface_.push_back(keep(form.surface));
        if (form.lex >= 0 && static_cast<size_t>(form.lex) < lexicon_size) ++lex_count[static_cast<size_t>(form.lex) + 1];
        const std::string_view a = form.lexeme;
        const size_t n = a.size();
        if (n == 0) continue;   // matches its own lexeme only
        if (n >= 4) filed.emplace_back(prefix4_key(a), id);
        if (n == 2 || n == 3) {
            filed.emplace_back(short_key(kind_short_form, a), id);
            has_short_ = true;
        }
        if (n > 2) filed.emplace_back(short_key(kind_short_prefix, a.substr(0, 2)), id);
        if (n > 3) filed.emplace_back(short_key(kind_short_prefix, a.substr(0, 3)), id);
        if (n >= min_edit_lexeme)
            for (size_t len = std::max(n - 1, min_edit_lexeme); len <= n + 1; ++len) {
                filed.emplace_back(edit_key(kind_lexeme_second, a[0], a[1], len), id);
                filed.emplace_back(edit_key(kind_lexeme_last, a[0], a.back(), len), id);
            }
        const std::string_view surface = form.surface;
        const size_t s = surface.size();
        if (s >= min_edit_surface)
            for (size_t len = std::max(s - 1, min_edit_surface); len <= s + 1; ++len) {
                filed.emplace_back(edit_key(kind_surface_start, a[0], surface[0], surface[1], len), id);
                filed.emplace_back(edit_key(kind_surface_last, a[0], surface.back(), len), id);
            }
    }
    // Forms by lexeme (a counting sort).
    by_lex_.assign(lexicon_size + 1, 0);
    for (size_t l = 0; l < lexicon_size; ++l) by_lex_[l + 1] = by_lex_[l] + lex_count[l + 1];
    lex_forms_.resize(static_cast<size_t>(by_lex_[lexicon_size]));
    std::vector<int> cursor(by_lex_.begin(), by_lex_.end() - 1);
    for (size_t f = 0; f < forms.size(); ++f) {
        const int l = forms[f].lex;
        if (l >= 0 && static_cast<size_t>(l) < lexicon_size)
            lex_forms_[static_cast<size_t>(cursor[static_cast<size_t>(l)]++)] = static_cast<int>(f);
    }
    // Buckets: forms by key, in form order, each key one slot.
    std::sort(filed.begin(), filed.end());
    filed.erase(std::unique(filed.begin(), filed.end()), filed.end());
    size_t keys = 0;
    for (size_t i = 0; i < filed.size(); ++i) keys += i == 0 || filed[i].first != filed[i - 1].first;
    size_t slots = 16;
    while (slots < 2 * keys) slots *= 2;
    slots_.assign(slots, Slot{});
    bucket_forms_.reserve(filed.size());
    for (size_t i = 0; i < filed.size();) {
        size_t j = i;
        const uint32_t begin = static_cast<uint32_t>(bucket_forms_.size());
        for (; j < filed.size() && filed[j].first == filed[i].first; ++j) bucket_forms_.push_back(filed[j].second);
        size_t k = slot_of(filed[i].first, slots - 1);
        while (slots_[k].key != 0) k = (k + 1) & (slots - 1);
        slots_[k] = Slot{filed[i].first, begin, static_cast<uint32_t>(bucket_forms_.size())};
        i = j;
    }
}

namespace {

// Lists laid end to end: list i is items[begin[i] .. begin[i + 1]).
void concatenate(const std::vector<std::vector<std::pair<int, double>>>& lists, std::vector<int>& begin,
                 std::vector<std::pair<int, double>>& items) {
    begin.assign(1, 0);
    items.clear();
    for (const auto& list : lists) {
        items.insert(items.end(), list.begin(), list.end());
        begin.push_back(static_cast<int>(items.size()));
    }
}

}  // namespace

void NearMissIndex::set_known(const std::vector<std::vector<std::pair<int, double>>>& known) {
    concatenate(known, known_begin_, known_);
}

void NearMissIndex::set_exact(const std::vector<std::vector<std::pair<int, double>>>& exact) {
    concatenate(exact, exact_begin_, exact_);
}

}  // namespace utopiahire::core
