//! One sort for everything the board sorts. Each slice sort call compiles core's sort anew
//! for its element type and comparison, 1–3 KB of wasm each; here the sort runs once, over
//! positions, through a `dyn` comparison, and the items are moved into that order after.
//! Every caller's order is total (ties end on a unique id or name), so stability is moot.

use std::cmp::Ordering;

/// Sorts `items` by `compare`.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = positions_in_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    move_into(items, &order);
}

/// Sorts `items` by their natural order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// Sorts `items` by a key made once per item.
pub fn sort_by_cached_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = positions_in_order(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    move_into(items, &order);
}

fn positions_in_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_unstable_by(|&a, &b| compare(a, b));
    order
}

/// Rearranges `items` so that position i holds the item that was at `order[i]`.
fn move_into<T>(items: &mut Vec<T>, order: &[usize]) {
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    // `order` names every position once, so every slot is taken exactly once.
    items.extend(order.iter().filter_map(|&position| slots[position].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library() {
        let mut words: Vec<String> = ["pear", "apple", "fig", "banana", "cherry", "date"]
            .map(String::from)
            .into();
        let mut expected = words.clone();
        expected.sort();
        sort(&mut words);
        assert_eq!(words, expected);
    }

    #[test]
    fn sorts_by_a_comparison_and_by_a_cached_key() {
        let mut numbers = vec![5u32, 3, 9, 1, 7, 3];
        sort_by(&mut numbers, |a, b| b.cmp(a));
        assert_eq!(numbers, [9, 7, 5, 3, 3, 1]);

        let mut labels = vec!["Oslo", "aarhus", "Bergen"];
        sort_by_cached_key(&mut labels, |label| label.to_lowercase());
        assert_eq!(labels, ["aarhus", "Bergen", "Oslo"]);
    }

    #[test]
    fn an_empty_or_single_list_stays_as_it_is() {
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut one = vec![42];
        sort(&mut one);
        assert_eq!(one, [42]);
    }
}
