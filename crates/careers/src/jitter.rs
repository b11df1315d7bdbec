//! A random number for retry jitter; no need for a cryptographic source.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

static STATE: AtomicU64 = AtomicU64::new(0);

/// A number in `[0, 1)`, different on each call and in each process.
pub fn unit_random() -> f64 {
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_nanos() as u64);
    let mixed = splitmix64(seed ^ STATE.fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed));
    (mixed >> 11) as f64 / (1u64 << 53) as f64
}

fn splitmix64(mut value: u64) -> u64 {
    value = value.wrapping_add(0x9E37_79B9_7F4A_7C15);
    value = (value ^ (value >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    value = (value ^ (value >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    value ^ (value >> 31)
}

#[cfg(test)]
mod tests {
    #[test]
    fn values_stay_in_the_unit_interval() {
        for _ in 0..1000 {
            let value = super::unit_random();
            assert!((0.0..1.0).contains(&value), "{value}");
        }
    }
}
