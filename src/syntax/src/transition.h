// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011) with the root at
// the end of the buffer (Ballesteros & Nivre 2013), which yields exactly one root:
//
//   SHIFT      move b0 onto the stack                        (b0 is a word)
//   LEFT(l)    pop s0, arc b0 -> s0 labelled l               (b0 is ROOT only when s0 is alone)
//   RIGHT(l)   pop s0, arc s1 -> s0 labelled l
//
// Words are 0..n-1, ROOT is n. Every word ends with one head, so the output is always a tree
// (projective). Action ids: 0 = SHIFT, 1 + l = LEFT(l), 1 + L + l = RIGHT(l) for L labels.
#pragma once

#include <cstdint>
#include <vector>

#include "features.h"

namespace kronik::syntax::detail {

inline constexpr std::uint8_t kNoLabel = 0xFF;

class ParseState {
 public:
  /// Starts a sentence of n words; reuses the vectors' capacity (no allocation once warm).
  void reset(int n) {
    n_ = n;
    b_ = 0;
    stack_.clear();
    const auto size = static_cast<std::size_t>(n) + 1;
    head_.assign(size, -1);
    label_.assign(size, kNoLabel);
    lc1_.assign(size, -1); lc2_.assign(size, -1); rc1_.assign(size, -1); rc2_.assign(size, -1);
    nleft_.assign(size, 0); nright_.assign(size, 0);
    left_labels_.assign(size, LabelSet{}); right_labels_.assign(size, LabelSet{});
  }

  bool terminal() const noexcept { return stack_.empty() && b_ == n_; }
  bool can_shift() const noexcept { return b_ < n_; }
  bool can_left() const noexcept { return !stack_.empty() && (b_ < n_ || stack_.size() == 1); }
  bool can_right() const noexcept { return stack_.size() >= 2; }

  void apply(std::uint32_t action, std::uint32_t n_labels) {
    if (action == 0) { stack_.push_back(b_++); return; }
    const bool left = action <= n_labels;
    const auto label = static_cast<std::uint8_t>(left ? action - 1 : action - 1 - n_labels);
    const int dep = stack_.back();
    stack_.pop_back();
    attach(left ? b_ : stack_.back(), dep, label);
  }

  int n() const noexcept { return n_; }
  int b0() const noexcept { return b_; }
  const std::vector<int>& stack() const noexcept { return stack_; }
  int head(int i) const noexcept { return head_[static_cast<std::size_t>(i)]; }
  std::uint8_t label(int i) const noexcept { return label_[static_cast<std::size_t>(i)]; }
  const std::uint8_t* labels() const noexcept { return label_.data(); }

  /// The configuration as the features see it; the label sets only when `label_sets` (feature
  /// set 3 reads them).
  ParseView view(bool label_sets) const noexcept {
    ParseView v;
    v.n = n_;
    const std::size_t depth = stack_.size();
    if (depth > 0) v.s0 = stack_[depth - 1];
    if (depth > 1) v.s1 = stack_[depth - 2];
    if (depth > 2) v.s2 = stack_[depth - 3];
    v.b0 = b_;
    v.b1 = b_ + 1 <= n_ ? b_ + 1 : -1;
    v.b2 = b_ + 2 <= n_ ? b_ + 2 : -1;
    if (v.s0 >= 0) {
      v.s0l = at(lc1_, v.s0); v.s0l2 = at(lc2_, v.s0); v.s0r = at(rc1_, v.s0); v.s0r2 = at(rc2_, v.s0);
      v.s0_left = at(nleft_, v.s0); v.s0_right = at(nright_, v.s0);
    }
    if (label_sets && v.s0 >= 0) {
      v.s0_left_labels = label_set_key(v.s0, left_labels_);
      v.s0_right_labels = label_set_key(v.s0, right_labels_);
    }
    if (v.s1 >= 0) { v.s1l = at(lc1_, v.s1); v.s1r = at(rc1_, v.s1); }
    v.b0l = at(lc1_, b_); v.b0l2 = at(lc2_, b_); v.b0_left = at(nleft_, b_);
    if (label_sets) v.b0_left_labels = label_set_key(b_, left_labels_);
    return v;
  }

 private:
  /// The labels (0..127) of a word's children on one side, as a bit set.
  struct LabelSet {
    std::uint64_t bits[2] = {0, 0};
  };

  static std::uint64_t label_set_key(int i, const std::vector<LabelSet>& sets) noexcept {
    const LabelSet& s = sets[static_cast<std::size_t>(i)];
    return mix(s.bits[0], s.bits[1]);
  }

  static void add_label(LabelSet& s, std::uint8_t label) noexcept {
    s.bits[(label >> 6) & 1] |= std::uint64_t{1} << (label & 63);
  }

  static int at(const std::vector<int>& a, int i) noexcept { return a[static_cast<std::size_t>(i)]; }

  void attach(int head, int dep, std::uint8_t label) {
    const auto h = static_cast<std::size_t>(head);
    head_[static_cast<std::size_t>(dep)] = head;
    label_[static_cast<std::size_t>(dep)] = label;
    add_label(dep < head ? left_labels_[h] : right_labels_[h], label);
    if (dep < head) {
      ++nleft_[h];
      if (lc1_[h] < 0 || dep < lc1_[h]) { lc2_[h] = lc1_[h]; lc1_[h] = dep; }
      else if (lc2_[h] < 0 || dep < lc2_[h]) lc2_[h] = dep;
    } else {
      ++nright_[h];
      if (rc1_[h] < 0 || dep > rc1_[h]) { rc2_[h] = rc1_[h]; rc1_[h] = dep; }
      else if (rc2_[h] < 0 || dep > rc2_[h]) rc2_[h] = dep;
    }
  }

  int n_ = 0;
  int b_ = 0;
  std::vector<int> stack_;
  std::vector<int> head_;
  std::vector<std::uint8_t> label_;
  std::vector<int> lc1_, lc2_, rc1_, rc2_, nleft_, nright_;
  std::vector<LabelSet> left_labels_, right_labels_;
};

}  // namespace kronik::syntax::detail
