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

/// One configuration. Copying it copies three vectors (stack, per-word structure, labels), and
/// the label sets only when they are tracked: the beam copies configurations at every step.
class ParseState {
 public:
  /// Starts a sentence of n words; reuses the vectors' capacity (no allocation once warm).
  /// `label_sets`: keep the children's label sets that view(true) reads (feature set 3).
  void reset(int n, bool label_sets = true) {
    n_ = n;
    b_ = 0;
    stack_.clear();
    const auto size = static_cast<std::size_t>(n) + 1;
    words_.assign(size, Word{});
    label_.assign(size, kNoLabel);
    label_sets_.assign(label_sets ? size : 0, LabelSets{});
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
  int head(int i) const noexcept { return word(i).head; }
  std::uint8_t label(int i) const noexcept { return label_[static_cast<std::size_t>(i)]; }
  const std::uint8_t* labels() const noexcept { return label_.data(); }

  /// The configuration as the features see it; the label sets only when `label_sets` (feature
  /// set 3 reads them; the state must have been reset with label_sets true).
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
      const Word& s0 = word(v.s0);
      v.s0l = s0.lc1; v.s0l2 = s0.lc2; v.s0r = s0.rc1; v.s0r2 = s0.rc2;
      v.s0_left = s0.nleft; v.s0_right = s0.nright;
    }
    if (label_sets && v.s0 >= 0) {
      v.s0_left_labels = sets(v.s0).left.key();
      v.s0_right_labels = sets(v.s0).right.key();
    }
    if (v.s1 >= 0) { v.s1l = word(v.s1).lc1; v.s1r = word(v.s1).rc1; }
    const Word& b0 = word(b_);
    v.b0l = b0.lc1; v.b0l2 = b0.lc2; v.b0_left = b0.nleft;
    if (label_sets) v.b0_left_labels = sets(b_).left.key();
    return v;
  }

 private:
  /// A word's head and the children the features read: outermost two on each side, counts.
  struct Word {
    int head = -1;
    int lc1 = -1, lc2 = -1, rc1 = -1, rc2 = -1;
    int nleft = 0, nright = 0;
  };
  /// The labels (0..127) of a word's children on one side, as a bit set.
  struct LabelSet {
    std::uint64_t bits[2] = {0, 0};
    std::uint64_t key() const noexcept { return mix(bits[0], bits[1]); }
    void add(std::uint8_t label) noexcept { bits[(label >> 6) & 1] |= std::uint64_t{1} << (label & 63); }
  };
  struct LabelSets {
    LabelSet left, right;
  };

  const Word& word(int i) const noexcept { return words_[static_cast<std::size_t>(i)]; }
  const LabelSets& sets(int i) const noexcept { return label_sets_[static_cast<std::size_t>(i)]; }

  void attach(int head, int dep, std::uint8_t label) {
    const auto h = static_cast<std::size_t>(head);
    Word& w = words_[h];
    words_[static_cast<std::size_t>(dep)].head = head;
    label_[static_cast<std::size_t>(dep)] = label;
    if (!label_sets_.empty()) (dep < head ? label_sets_[h].left : label_sets_[h].right).add(label);
    if (dep < head) {
      ++w.nleft;
      if (w.lc1 < 0 || dep < w.lc1) { w.lc2 = w.lc1; w.lc1 = dep; }
      else if (w.lc2 < 0 || dep < w.lc2) w.lc2 = dep;
    } else {
      ++w.nright;
      if (w.rc1 < 0 || dep > w.rc1) { w.rc2 = w.rc1; w.rc1 = dep; }
      else if (w.rc2 < 0 || dep > w.rc2) w.rc2 = dep;
    }
  }

  int n_ = 0;
  int b_ = 0;
  std::vector<int> stack_;
  std::vector<Word> words_;
  std::vector<std::uint8_t> label_;
  std::vector<LabelSets> label_sets_;  ///< empty unless reset(n, true)
};

}  // namespace kronik::syntax::detail
