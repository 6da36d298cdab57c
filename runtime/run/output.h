// output.h — a run's stdout/stderr stream to whoever shows it (console, CLI, tests).
//
// Writers are the run's threads; one reader drains. The reader only ever try-locks:
// if a writer holds the pipe this instant, the reader takes the output next frame,
// so the browser's main thread never waits on the runtime.
#pragma once
#include <mutex>
#include <string>
#include <vector>

namespace gs::run {

enum class Stream { Stdout = 1, Stderr = 2 };

struct OutputChunk {
  Stream stream;
  std::string text;
};

class OutputPipe {
 public:
  void write(Stream s, std::string_view text);
  // Moves everything written so far into out (appending). Never blocks: returns
  // false, leaving out untouched, if a writer holds the pipe right now.
  bool try_drain(std::vector<OutputChunk>& out);
  // Blocking drain, for the CLI and tests (never for the UI thread).
  void drain(std::vector<OutputChunk>& out);

 private:
  std::mutex mu_;
  std::vector<OutputChunk> pending_;
};

}  // namespace gs::run
