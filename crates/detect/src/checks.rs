//! Checksums that separate real identifiers from look-alike numbers.

/// Digits of `s`, ignoring spaces and hyphens.
pub fn digits(s: &str) -> Vec<u32> {
    s.chars().filter_map(|c| c.to_digit(10)).collect()
}

/// The Luhn check (Canadian SIN).
pub fn luhn(digits: &[u32]) -> bool {
    if digits.is_empty() {
        return false;
    }
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

/// The IBAN check: move the country and key to the end, letters to numbers,
/// the remainder by 97 must be 1.
pub fn iban(s: &str) -> bool {
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if !(15..=34).contains(&compact.len()) || !compact.is_ascii() {
        return false;
    }
    let (head, tail) = compact.split_at(4);
    let mut rem: u64 = 0;
    for c in tail.chars().chain(head.chars()) {
        let value = match c.to_digit(36) {
            Some(v) => v as u64,
            None => return false,
        };
        rem = if value < 10 { (rem * 10 + value) % 97 } else { (rem * 100 + value) % 97 };
    }
    rem == 1
}

/// The French NIR key: 97 minus the 13-digit number modulo 97, with
/// Corsica's 2A and 2B read as 19 and 18.
pub fn nir(s: &str) -> bool {
    let compact: String = s.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_uppercase();
    if compact.len() != 15 {
        return false;
    }
    let (body, key) = compact.split_at(13);
    let body = body.replace("2A", "19").replace("2B", "18");
    let (Ok(number), Ok(key)) = (body.parse::<u64>(), key.parse::<u64>()) else {
        return false;
    };
    97 - number % 97 == key
}

/// A RAMQ number holds a plausible birth date: YY MM DD, women's months
/// plus 50.
pub fn ramq(s: &str) -> bool {
    let d = digits(s);
    if d.len() != 8 {
        return false;
    }
    let month = d[2] * 10 + d[3];
    let day = d[4] * 10 + d[5];
    ((1..=12).contains(&month) || (51..=62).contains(&month)) && (1..=31).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums() {
        assert!(luhn(&digits("046 454 286")));
        assert!(!luhn(&digits("046 454 287")));
        assert!(iban("FR76 3000 6000 0112 3456 7890 189"));
        assert!(!iban("FR76 3000 6000 0112 3456 7890 188"));
        assert!(nir("1 85 05 78 006 084 91"));
        assert!(!nir("1 85 05 78 006 084 36"));
        assert!(nir("2 84 05 2A 123 456 32"), "Corsica reads 2A as 19");
        assert!(ramq("DUPM 7853 1234") && !ramq("ABCD 1234 5678"));
    }
}
