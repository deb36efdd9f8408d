// Sixteen bytes compared at once, in one SSE2 register, for what Swift cannot yet say well:
// its SIMD types compare lane by lane in a loop here, fourteen times the instructions of the
// eight-bytes-at-a-time scan (docs/performance.md). Every x86-64 processor has SSE2; on any
// other, these are the plain loops.
#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#if defined(__SSE2__)
/// One bit for each of the sixteen bytes at `p` that a JSON string may need escaped.
static inline unsigned bytescan_json_mask(const uint8_t *p) {
    const __m128i controls = _mm_set1_epi8(0x1F), quote = _mm_set1_epi8(0x22), backslash = _mm_set1_epi8(0x5C),
                  del = _mm_set1_epi8(0x7F), c1 = _mm_set1_epi8((char)0xC2);
    __m128i v = _mm_loadu_si128((const __m128i *)p);
    // Below 0x20: the unsigned maximum with 0x1F is 0x1F.
    __m128i marked = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(v, controls), controls), _mm_cmpeq_epi8(v, quote)),
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, backslash), _mm_cmpeq_epi8(v, del)), _mm_cmpeq_epi8(v, c1)));
    return (unsigned)_mm_movemask_epi8(marked);
}
#endif

/// The offset in `p[0..<n]` of the first byte a JSON string may need escaped: below 0x20,
/// '"', '\\', DEL (0x7F), or 0xC2 (the lead byte of the C1 controls, which the caller looks
/// at); `n` when there is none.
static inline size_t bytescan_json_special(const uint8_t *p, size_t n) {
#if defined(__SSE2__)
    unsigned bits;
    if (n < 16) {
        // A short string (most are) looked at in one go, from a copy: never read past its end.
        uint8_t copy[16] = {0};
        __builtin_memcpy(copy, p, n);
        bits = bytescan_json_mask(copy) & ((1u << n) - 1);
        return bits ? (size_t)__builtin_ctz(bits) : n;
    }
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        bits = bytescan_json_mask(p + i);
        if (bits != 0) return i + (size_t)__builtin_ctz(bits);
    }
    if (i == n) return n;
    // The last sixteen bytes, of which those before `i` were looked at already.
    bits = bytescan_json_mask(p + n - 16) >> (16 - (n - i));
    return bits ? i + (size_t)__builtin_ctz(bits) : n;
#else
    for (size_t i = 0; i < n; i++) {
        uint8_t b = p[i];
        if (b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xC2) return i;
    }
    return n;
#endif
}
