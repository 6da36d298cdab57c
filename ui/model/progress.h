// progress.h — the learner's quiz progress: one SM-2 CardState per quiz card id, plus
// a review counter, and its JSON export/import format.
//
// Invariant: every stored CardState came from review() or passed from_json()'s
// validation (ease >= 1.3, counts and days in range), so the scheduler never sees a
// malformed card. Cards never reviewed are absent (and count as due). No ImGui here.
//
// Format (version 1), written by to_json() and accepted by from_json():
//   {"format":"gopherscope-progress","version":1,
//    "cards":{"runtime/1a2b3c4d":{"ease":2.5,"interval_days":6,"reps":2,"lapses":0,
//                                 "due_day":20412,"last_review_day":20406}, ...},
//    "reviews":17}
// Unknown extra keys are ignored (so later versions can add fields); a newer
// "version" is refused.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/srs.h"

namespace gs::ui::model {

inline constexpr const char* kProgressFormat = "gopherscope-progress";
inline constexpr int kProgressVersion = 1;

class Progress {
 public:
  const CardState* card(const std::string& id) const;  // nullptr if never reviewed
  // Applies review() to the card (a new card starts from CardState{}) and counts it.
  void record(const std::string& id, Grade g, int64_t today);
  bool is_due(const std::string& id, int64_t today) const;  // new cards are due
  int due_count(const std::vector<std::string>& ids, int64_t today) const;
  int reviews_total() const { return reviews_; }
  const std::map<std::string, CardState>& cards() const { return cards_; }

  std::string to_json() const;
  // Parses an export. Never throws; on error returns nullopt and sets *error (if
  // given), e.g. "not a Gopherscope progress file".
  static std::optional<Progress> from_json(std::string_view text, std::string* error);
  // Import: for each card in `other`, keeps whichever state has the later
  // last_review_day (ties: other's). Returns how many cards actually changed.
  // reviews_total becomes the larger of the two counts (importing your own export
  // must not double it).
  int merge(const Progress& other);

  bool operator==(const Progress&) const = default;

 private:
  std::map<std::string, CardState> cards_;  // sorted: exports are deterministic
  int reviews_ = 0;
};

}  // namespace gs::ui::model
