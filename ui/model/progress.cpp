// progress.cpp — Progress's bookkeeping and its JSON format (see progress.h).
// Parsing never throws: nlohmann::json is used only through its non-throwing calls
// (parse(..., nullptr, false), find(), type checks before get<>()), and dump() replaces
// invalid UTF-8 instead of throwing.
#include "model/progress.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <nlohmann/json.hpp>

namespace gs::ui::model {
namespace {

using json = nlohmann::json;

void set_error(std::string* error, std::string message) {
  if (error != nullptr) *error = std::move(message);
}

// Reads obj[key] as an integer in [lo, hi]; false if absent, not an integer or out of range.
bool read_int(const json& obj, const char* key, int64_t lo, int64_t hi, int64_t* out) {
  const auto it = obj.find(key);
  if (it == obj.end() || !it->is_number_integer()) return false;
  if (it->is_number_unsigned()) {
    const auto value = it->get<uint64_t>();
    if (value > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) return false;
    *out = static_cast<int64_t>(value);
  } else {
    *out = it->get<int64_t>();
  }
  return *out >= lo && *out <= hi;
}

// Largest day number we accept (year ~2^31/365 is far beyond any real date).
constexpr int64_t kMaxDay = int64_t{1} << 31;
constexpr int64_t kMaxCount = std::numeric_limits<int>::max();

}  // namespace

const CardState* Progress::card(const std::string& id) const {
  const auto it = cards_.find(id);
  return it == cards_.end() ? nullptr : &it->second;
}

void Progress::record(const std::string& id, Grade g, int64_t today) {
  const CardState* current = card(id);
  cards_[id] = review(current != nullptr ? *current : CardState{}, g, today);
  if (reviews_ < std::numeric_limits<int>::max()) ++reviews_;
}

bool Progress::is_due(const std::string& id, int64_t today) const {
  const CardState* c = card(id);
  return c == nullptr || c->due_day <= today;
}

int Progress::due_count(const std::vector<std::string>& ids, int64_t today) const {
  int due = 0;
  for (const auto& id : ids) due += is_due(id, today) ? 1 : 0;
  return due;
}

std::string Progress::to_json() const {
  json cards = json::object();
  for (const auto& [id, c] : cards_) {
    cards[id] = json{{"ease", c.ease},
                     {"interval_days", c.interval_days},
                     {"reps", c.reps},
                     {"lapses", c.lapses},
                     {"due_day", c.due_day},
                     {"last_review_day", c.last_review_day}};
  }
  const json doc{{"format", kProgressFormat},
                 {"version", kProgressVersion},
                 {"cards", std::move(cards)},
                 {"reviews", reviews_}};
  return doc.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<Progress> Progress::from_json(std::string_view text, std::string* error) {
  const json doc = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) {
    set_error(error, "not a Gopherscope progress file (not valid JSON)");
    return std::nullopt;
  }
  const auto format = doc.is_object() ? doc.find("format") : doc.end();
  if (!doc.is_object() || format == doc.end() || !format->is_string() ||
      format->get<std::string>() != kProgressFormat) {
    set_error(error, "not a Gopherscope progress file");
    return std::nullopt;
  }
  int64_t version = 0;
  if (!read_int(doc, "version", 1, kMaxCount, &version)) {
    set_error(error, "corrupt progress file: missing or bad \"version\"");
    return std::nullopt;
  }
  if (version > kProgressVersion) {
    set_error(error, "progress file version " + std::to_string(version) +
                         " is newer than this Gopherscope reads (" +
                         std::to_string(kProgressVersion) + ")");
    return std::nullopt;
  }
  const auto cards = doc.find("cards");
  if (cards == doc.end() || !cards->is_object()) {
    set_error(error, "corrupt progress file: missing \"cards\"");
    return std::nullopt;
  }
  Progress progress;
  int64_t reviews = 0;
  if (!read_int(doc, "reviews", 0, kMaxCount, &reviews)) {
    set_error(error, "corrupt progress file: missing or bad \"reviews\"");
    return std::nullopt;
  }
  progress.reviews_ = static_cast<int>(reviews);

  for (auto it = cards->begin(); it != cards->end(); ++it) {
    const std::string& id = it.key();
    const json& entry = it.value();
    auto bad = [&](const char* what) {
      set_error(error, "corrupt progress file: card \"" + id + "\" has " + what);
      return std::nullopt;
    };
    if (id.empty()) {
      set_error(error, "corrupt progress file: a card has an empty id");
      return std::nullopt;
    }
    if (!entry.is_object()) return bad("no fields");
    CardState c;
    const auto ease = entry.find("ease");
    if (ease == entry.end() || !ease->is_number()) return bad("no \"ease\"");
    c.ease = ease->get<double>();
    if (!std::isfinite(c.ease) || c.ease <= 0 || c.ease > 1000) return bad("a bad \"ease\"");
    if (c.ease < kMinEase) c.ease = kMinEase;  // older or hand-edited files: floor it
    int64_t value = 0;
    if (!read_int(entry, "interval_days", 0, kMaxIntervalDays, &value)) return bad("a bad \"interval_days\"");
    c.interval_days = static_cast<int>(value);
    if (!read_int(entry, "reps", 0, kMaxCount, &value)) return bad("a bad \"reps\"");
    c.reps = static_cast<int>(value);
    if (!read_int(entry, "lapses", 0, kMaxCount, &value)) return bad("a bad \"lapses\"");
    c.lapses = static_cast<int>(value);
    if (!read_int(entry, "due_day", 0, kMaxDay, &c.due_day)) return bad("a bad \"due_day\"");
    if (!read_int(entry, "last_review_day", -1, kMaxDay, &c.last_review_day))
      return bad("a bad \"last_review_day\"");
    progress.cards_.emplace(id, c);
  }
  return progress;
}

int Progress::merge(const Progress& other) {
  int changed = 0;
  for (const auto& [id, theirs] : other.cards_) {
    auto mine = cards_.find(id);
    if (mine == cards_.end()) {
      cards_.emplace(id, theirs);
      ++changed;
    } else if (theirs.last_review_day >= mine->second.last_review_day && !(theirs == mine->second)) {
      mine->second = theirs;
      ++changed;
    }
  }
  reviews_ = std::max(reviews_, other.reviews_);
  return changed;
}

}  // namespace gs::ui::model
