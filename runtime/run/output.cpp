// output.cpp — see output.h. Adjacent writes to the same stream merge into one chunk.
#include "run/output.h"

namespace gs::run {

void OutputPipe::write(Stream s, std::string_view text) {
  if (text.empty()) return;
  std::lock_guard<std::mutex> g(mu_);
  if (!pending_.empty() && pending_.back().stream == s)
    pending_.back().text.append(text);
  else
    pending_.push_back({s, std::string(text)});
}

bool OutputPipe::try_drain(std::vector<OutputChunk>& out) {
  std::unique_lock<std::mutex> g(mu_, std::try_to_lock);
  if (!g.owns_lock()) return false;
  for (auto& c : pending_) out.push_back(std::move(c));
  pending_.clear();
  return true;
}

void OutputPipe::drain(std::vector<OutputChunk>& out) {
  std::lock_guard<std::mutex> g(mu_);
  for (auto& c : pending_) out.push_back(std::move(c));
  pending_.clear();
}

}  // namespace gs::run
