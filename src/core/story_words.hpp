// The word lists of story points (outcome_points.cpp reads them): for each part of a story, the
// words a key point names it by and frames it with, and the answer's words that tell it.
#pragma once

#include <string_view>
#include <unordered_set>

namespace utopiahire::core::story_words {

const std::unordered_set<std::string_view>& result_words();
const std::unordered_set<std::string_view>& measure_words();
const std::unordered_set<std::string_view>& lesson_words();
const std::unordered_set<std::string_view>& situation_words();
const std::unordered_set<std::string_view>& setting_nouns();
const std::unordered_set<std::string_view>& concrete_asks();
const std::unordered_set<std::string_view>& describe_asks();
const std::unordered_set<std::string_view>& setting_words();
const std::unordered_set<std::string_view>& action_words();
const std::unordered_set<std::string_view>& estimate_words();
const std::unordered_set<std::string_view>& unit_words();
const std::unordered_set<std::string_view>& learning_cues();
const std::unordered_set<std::string_view>& framing_words();
const std::unordered_set<std::string_view>& change_words();
const std::unordered_set<std::string_view>& decision_words();
const std::unordered_set<std::string_view>& evidence_sources();
const std::unordered_set<std::string_view>& incremental_words();
const std::unordered_set<std::string_view>& cause_words();
const std::unordered_set<std::string_view>& finding_words();
const std::unordered_set<std::string_view>& sharing_words();
const std::unordered_set<std::string_view>& concern_words();
const std::unordered_set<std::string_view>& people_words();
const std::unordered_set<std::string_view>& update_words();
const std::unordered_set<std::string_view>& update_framing();
const std::unordered_set<std::string_view>& ownership_words();
const std::unordered_set<std::string_view>& ownership_framing();
const std::unordered_set<std::string_view>& update_cues();
const std::unordered_set<std::string_view>& ownership_cues();
const std::unordered_set<std::string_view>& perspective_words();
const std::unordered_set<std::string_view>& perspective_framing();
const std::unordered_set<std::string_view>& refusal_words();
const std::unordered_set<std::string_view>& refusal_framing();
const std::unordered_set<std::string_view>& rescope_words();
const std::unordered_set<std::string_view>& rescope_framing();
const std::unordered_set<std::string_view>& recovery_words();
const std::unordered_set<std::string_view>& mitigation_words();
const std::unordered_set<std::string_view>& coordination_words();
const std::unordered_set<std::string_view>& delegation_words();
const std::unordered_set<std::string_view>& coordination_framing();
const std::unordered_set<std::string_view>& mitigation_framing();
const std::unordered_set<std::string_view>& help_words();
const std::unordered_set<std::string_view>& help_framing();
const std::unordered_set<std::string_view>& helper_cues();
const std::unordered_set<std::string_view>& reach_cues();
const std::unordered_set<std::string_view>& relationship_words();
const std::unordered_set<std::string_view>& relationship_framing();
const std::unordered_set<std::string_view>& buyin_words();
const std::unordered_set<std::string_view>& buyin_framing();
const std::unordered_set<std::string_view>& plain_words();
const std::unordered_set<std::string_view>& plain_framing();
const std::unordered_set<std::string_view>& analogy_cues();
const std::unordered_set<std::string_view>& calm_words();
const std::unordered_set<std::string_view>& calm_framing();
const std::unordered_set<std::string_view>& choice_points();
const std::unordered_set<std::string_view>& rationale_framing();
const std::unordered_set<std::string_view>& choice_cues();
const std::unordered_set<std::string_view>& because_cues();
const std::unordered_set<std::string_view>& reason_nouns();
const std::unordered_set<std::string_view>& acceptance_words();
const std::unordered_set<std::string_view>& acceptance_framing();
const std::unordered_set<std::string_view>& acceptance_cues();
const std::unordered_set<std::string_view>& follow_words();
const std::unordered_set<std::string_view>& follow_framing();
const std::unordered_set<std::string_view>& calm_cues();
const std::unordered_set<std::string_view>& panic_cues();
const std::unordered_set<std::string_view>& follow_cues();
const std::unordered_set<std::string_view>& bond_cues();
const std::unordered_set<std::string_view>& bond_bases();
const std::unordered_set<std::string_view>& agreement_cues();
const std::unordered_set<std::string_view>& inquiry_cues();
const std::unordered_set<std::string_view>& reason_cues();
const std::unordered_set<std::string_view>& refusal_cues();
const std::unordered_set<std::string_view>& say_cues();
const std::unordered_set<std::string_view>& period_words();
bool is_move_verb(std::string_view w);
const std::unordered_set<std::string_view>& priority_cues();
const std::unordered_set<std::string_view>& first_cues();
const std::unordered_set<std::string_view>& cut_cues();
const std::unordered_set<std::string_view>& scope_nouns();
const std::unordered_set<std::string_view>& mitigation_cues();
const std::unordered_set<std::string_view>& coordination_cues();
const std::unordered_set<std::string_view>& assign_cues();
const std::unordered_set<std::string_view>& sharing_cues();
const std::unordered_set<std::string_view>& concern_cues();
const std::unordered_set<std::string_view>& investigation_cues();
const std::unordered_set<std::string_view>& investigation_bases();
const std::unordered_set<std::string_view>& evidence_cues();
const std::unordered_set<std::string_view>& start_cues();
const std::unordered_set<std::string_view>& scope_cues();
const std::unordered_set<std::string_view>& expand_cues();
const std::unordered_set<std::string_view>& gradual_cues();
const std::unordered_set<std::string_view>& discovery_cues();

}  // namespace utopiahire::core::story_words
