//! Splitting a pass over the rows between threads. The machine Riskdesk is sized
//! for has 2 cores, so large passes use 2 threads; small ones stay on the caller's.

use std::ops::Range;

/// Rows from which a pass is split.
const SPLIT_FROM: usize = 200_000;

/// Runs `f` on consecutive ranges covering `0..n` (2 when `n` is large) and returns
/// the results in range order.
pub(crate) fn over_rows<T: Send>(n: usize, f: impl Fn(Range<usize>) -> T + Sync) -> Vec<T> {
    if n < SPLIT_FROM {
        return vec![f(0..n)];
    }
    let half = n / 2;
    std::thread::scope(|scope| {
        let f = &f;
        let second = scope.spawn(move || f(half..n));
        let first = f(0..half);
        // If the helper thread panicked, redo its half here rather than lose it.
        let second = second.join().unwrap_or_else(|_| f(half..n));
        vec![first, second]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covers_every_row_once_in_order() {
        for n in [0, 1, 10, 199_999, 200_000, 300_001] {
            let parts = over_rows(n, |r| r);
            let mut next = 0;
            for r in &parts {
                assert_eq!(r.start, next);
                next = r.end;
            }
            assert_eq!(next, n);
        }
    }
}
