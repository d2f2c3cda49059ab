//! score.py's `assign`: maximum-weight assignment by the Hungarian method. Ported step by step
//! (same loops, same strict `<` comparisons, same padding) so that among equally good
//! assignments it picks the very same pairs as Python.

use std::collections::BTreeMap;

/// Pairs `row -> col` of a maximum-weight assignment over `weight[row][col]`, keeping only the
/// pairs of positive weight. Rows are system events, columns gold events in score.py.
///
/// Arithmetic is in `f64` because Python mixes its ints with `float("inf")` here; all finite
/// values are small integers, exact in a double, so the results are the same.
pub fn assign(weight: &[Vec<i64>], n_cols: usize) -> BTreeMap<usize, usize> {
    let n_rows = weight.len();
    let n = n_rows.max(n_cols);
    if n == 0 {
        return BTreeMap::new();
    }
    let cost = square_costs(weight, n_cols, n);
    let p = hungarian_column_owners(&cost, n);
    (1..=n)
        .filter(|&c| p[c] != 0)
        .map(|c| (p[c] - 1, c - 1))
        .filter(|&(r, c)| r < n_rows && c < n_cols && weight[r][c] > 0)
        .collect()
}

/// `cost[r][c] = top - weight(r, c)`, padded to `n x n` with `top - 0`.
fn square_costs(weight: &[Vec<i64>], n_cols: usize, n: usize) -> Vec<Vec<f64>> {
    let top = weight
        .iter()
        .flat_map(|row| row.iter().take(n_cols).copied())
        .max()
        .unwrap_or(0);
    (0..n)
        .map(|r| {
            (0..n)
                .map(|c| {
                    let w = if r < weight.len() && c < n_cols {
                        weight[r][c]
                    } else {
                        0
                    };
                    (top - w) as f64
                })
                .collect()
        })
        .collect()
}

/// The classic O(n^3) potentials algorithm on 1-based arrays; returns `p`, where `p[c]` is the
/// 1-based row assigned to column `c` (0 for none).
fn hungarian_column_owners(cost: &[Vec<f64>], n: usize) -> Vec<usize> {
    let mut u = vec![0.0f64; n + 1];
    let mut v = vec![0.0f64; n + 1];
    let mut p = vec![0usize; n + 1];
    let mut way = vec![0usize; n + 1];
    for r in 1..=n {
        p[0] = r;
        let mut c0 = 0usize;
        let mut minv = vec![f64::INFINITY; n + 1];
        let mut used = vec![false; n + 1];
        loop {
            used[c0] = true;
            let r0 = p[c0];
            let mut delta = f64::INFINITY;
            let mut c1 = 0usize;
            for c in 1..=n {
                if !used[c] {
                    let cur = cost[r0 - 1][c - 1] - u[r0] - v[c];
                    if cur < minv[c] {
                        minv[c] = cur;
                        way[c] = c0;
                    }
                    if minv[c] < delta {
                        delta = minv[c];
                        c1 = c;
                    }
                }
            }
            for c in 0..=n {
                if used[c] {
                    u[p[c]] += delta;
                    v[c] -= delta;
                } else {
                    minv[c] -= delta;
                }
            }
            c0 = c1;
            if p[c0] == 0 {
                break;
            }
        }
        while c0 != 0 {
            let c1 = way[c0];
            p[c0] = p[c1];
            c0 = c1;
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(weight: &[Vec<i64>], n_cols: usize) -> Vec<(usize, usize)> {
        assign(weight, n_cols).into_iter().collect()
    }

    #[test]
    fn empty_and_zero_weight_matrices_give_no_pairs() {
        assert!(pairs(&[], 0).is_empty());
        assert!(pairs(&[], 3).is_empty());
        assert!(pairs(&[vec![], vec![]], 0).is_empty());
        assert!(pairs(&[vec![0, 0], vec![0, 0]], 2).is_empty());
    }

    #[test]
    fn maximizes_total_weight_not_greedy_choice() {
        // greedy would take (0,0)=10 and then (1,1)=1; the optimum is 9 + 9
        let weight = vec![vec![10, 9], vec![9, 1]];
        assert_eq!(pairs(&weight, 2), [(0, 1), (1, 0)]);
    }

    /// Expected pairs come from running score.py's `assign` on the same matrices.
    #[test]
    fn ties_resolve_as_in_python() {
        assert_eq!(pairs(&[vec![5, 5], vec![5, 5]], 2), [(0, 0), (1, 1)]);
        assert_eq!(pairs(&[vec![7, 7, 7]], 3), [(0, 0)]);
        assert_eq!(pairs(&[vec![3], vec![3], vec![3]], 1), [(0, 0)]);
        assert_eq!(
            pairs(
                &[vec![1000001, 1000002, 0], vec![1000002, 1000001, 1000]],
                3
            ),
            [(0, 1), (1, 0)]
        );
        assert_eq!(
            pairs(
                &[vec![0, 2, 2], vec![2, 0, 2], vec![2, 2, 0], vec![1, 1, 1]],
                3
            ),
            [(0, 1), (1, 2), (2, 0)]
        );
        assert_eq!(
            pairs(
                &[
                    vec![0, 1000, 1000],
                    vec![1000, 1000, 0],
                    vec![1000, 0, 1000]
                ],
                3
            ),
            [(0, 1), (1, 0), (2, 2)]
        );
    }
}
