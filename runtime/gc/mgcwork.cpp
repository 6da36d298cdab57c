// mgcwork.cpp — work buffers of grey objects (Go: runtime/mgcwork.go). See
// mgcwork.h for the invariants.
#include "gc/mgcwork.h"

namespace gs::gc {

WorkQueue::~WorkQueue() {
  for (Workbuf* b : owned_) delete b;
}

Workbuf* WorkQueue::get_empty() {
  std::lock_guard<std::mutex> lock(mu_);
  if (Workbuf* b = empty_) {
    empty_ = b->next;
    b->next = nullptr;
    b->nobj = 0;
    return b;
  }
  auto* b = new Workbuf();
  owned_.push_back(b);
  return b;
}

void WorkQueue::put_empty(Workbuf* b) {
  std::lock_guard<std::mutex> lock(mu_);
  b->nobj = 0;
  b->next = empty_;
  empty_ = b;
}

void WorkQueue::put_full(Workbuf* b) {
  std::lock_guard<std::mutex> lock(mu_);
  b->next = full_;
  full_ = b;
  nfull_++;
}

Workbuf* WorkQueue::try_get_full() {
  std::lock_guard<std::mutex> lock(mu_);
  Workbuf* b = full_;
  if (b) {
    full_ = b->next;
    b->next = nullptr;
    nfull_--;
  }
  return b;
}

bool WorkQueue::has_full() const {
  std::lock_guard<std::mutex> lock(mu_);
  return full_ != nullptr;
}

uint64_t WorkQueue::buffers_allocated() const {
  std::lock_guard<std::mutex> lock(mu_);
  return owned_.size();
}

void GcWork::put(uintptr_t obj) {
  if (!wbuf1_) {
    wbuf1_ = queue_.get_empty();
    wbuf2_ = queue_.get_empty();
  }
  if (wbuf1_->nobj == Workbuf::kCapacity) {
    std::swap(wbuf1_, wbuf2_);
    if (wbuf1_->nobj == Workbuf::kCapacity) {
      // Both full: publish one so other marking threads can take it.
      queue_.put_full(wbuf1_);
      wbuf1_ = queue_.get_empty();
    }
  }
  wbuf1_->obj[wbuf1_->nobj++] = obj;
  if (queue_.counting()) queue_.add_grey(1);
}

uintptr_t GcWork::try_get() {
  if (!wbuf1_) {
    wbuf1_ = queue_.get_empty();
    wbuf2_ = queue_.get_empty();
  }
  if (wbuf1_->nobj == 0) {
    std::swap(wbuf1_, wbuf2_);
    if (wbuf1_->nobj == 0) {
      Workbuf* full = queue_.try_get_full();
      if (!full) return 0;
      queue_.put_empty(wbuf1_);
      wbuf1_ = full;
    }
  }
  return wbuf1_->obj[--wbuf1_->nobj];
}

void GcWork::dispose() {
  for (Workbuf** slot : {&wbuf1_, &wbuf2_}) {
    Workbuf* b = *slot;
    if (!b) continue;
    if (b->nobj == 0) queue_.put_empty(b);
    else queue_.put_full(b);
    *slot = nullptr;
  }
}

bool GcWork::empty() const {
  return (!wbuf1_ || wbuf1_->nobj == 0) && (!wbuf2_ || wbuf2_->nobj == 0);
}

}  // namespace gs::gc
