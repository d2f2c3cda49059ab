//! The hashes that name features. Model files store these values, so any
//! change here needs a new model format version (see [`crate::model`]).

/// FNV-1a over bytes: fast on the short strings features are made of.
#[inline]
pub(crate) fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The SplitMix64 finalizer: spreads FNV's weak low bits over the whole word.
#[inline]
pub(crate) fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// An order-sensitive hash of two hashes (bigrams, phrases).
#[inline]
pub(crate) fn pair(a: u64, b: u64) -> u64 {
    mix(a.rotate_left(25) ^ b.wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

/// The id of feature `template` with value `value`; never 0, which marks an
/// empty slot in the model's table.
#[inline]
pub(crate) fn feature(template: u32, value: u64) -> u64 {
    mix(value ^ (template as u64 + 1).wrapping_mul(0xd6e8_feb8_6659_fd93)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_stay_fixed() {
        // Committed models depend on these exact values.
        assert_eq!(fnv(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_ne!(pair(1, 2), pair(2, 1));
        assert_ne!(feature(1, 5), feature(2, 5));
    }
}
