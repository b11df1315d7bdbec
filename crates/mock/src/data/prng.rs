//! A tiny seeded generator (SplitMix64), so demo data varies without runtime randomness.

/// Deterministic pseudo-random numbers from a seed.
pub struct SeededRng(u64);

impl SeededRng {
    /// A generator whose sequence depends only on `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 pseudo-random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..bound` (`bound` must be non-zero).
    pub fn below(&mut self, bound: u64) -> u64 {
        self.next_u64() % bound
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_gives_same_sequence() {
        let (mut a, mut b) = (SeededRng::new(7), SeededRng::new(7));
        let first: Vec<u64> = (0..4).map(|_| a.below(1_000)).collect();
        let second: Vec<u64> = (0..4).map(|_| b.below(1_000)).collect();
        assert_eq!(first, second);
    }
}
