// The scoring index of LinearModel (linear.h).
#include <stdexcept>

#include "linear.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace kronik::syntax::detail {
namespace {

#if defined(__SSE2__)
/// 64 bytes of 0xFF then 64 of zero: the 64 bytes from (64 - i) keep the first i bytes of a line.
alignas(64) constexpr unsigned char kPrefixMask[128] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
#endif

}  // namespace

std::uint32_t LinearModel::row_start(const RowLine& line, std::uint32_t i) noexcept {
#if defined(__SSE2__)
  // Four 16-byte sums of absolute differences against zero add up the kept length bytes
  // without a loop (i < 60, so the base's bytes are always masked out).
  const auto* bytes = reinterpret_cast<const __m128i*>(&line);
  const auto* mask = reinterpret_cast<const __m128i*>(kPrefixMask + 64 - i);
  const __m128i zero = _mm_setzero_si128();
  __m128i sum = zero;
  for (int k = 0; k < 4; ++k)
    sum = _mm_add_epi64(sum, _mm_sad_epu8(_mm_and_si128(_mm_load_si128(bytes + k), _mm_loadu_si128(mask + k)), zero));
  return static_cast<std::uint32_t>(_mm_cvtsi128_si32(sum) + _mm_cvtsi128_si32(_mm_unpackhi_epi64(sum, sum)));
#else
  std::uint32_t start = 0;
  for (std::uint32_t k = 0; k < i; ++k) start += line.length[k];
  return start;
#endif
}

void LinearModel::build_index() {
  const std::size_t buckets = offsets.empty() ? 0 : offsets.size() - 1;
  lines_.assign((buckets + kBucketsPerLine - 1) / kBucketsPerLine, RowLine{});
  for (std::size_t b = 0; b < buckets; ++b) {
    const std::uint32_t length = offsets[b + 1] - offsets[b];
    if (length > 255) throw std::length_error("LinearModel: weight row longer than 255");
    RowLine& line = lines_[b / kBucketsPerLine];
    if (b % kBucketsPerLine == 0) line.base = offsets[b];
    line.length[b % kBucketsPerLine] = static_cast<std::uint8_t>(length);
  }
}

}  // namespace kronik::syntax::detail
