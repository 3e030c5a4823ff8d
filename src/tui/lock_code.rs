//! The code that reopens a locked screen when the council was opened with
//! an identity file (the file is still on the disk, so Enter alone would
//! protect nothing). Chosen at the first lock, kept only as a slow hash in
//! memory for this session: it never reaches the disk and is gone when the
//! program ends.

use age::secrecy::{ExposeSecret, SecretString};
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

/// Shortest code accepted.
pub const MIN_CHARS: usize = 4;

/// scrypt cost: 2^15 × 8 × 128 bytes = 32 MiB and about a tenth of a second,
/// so that guessing at the keyboard (or in a memory dump) is slow.
const LOG_N: u8 = 15;

/// A salted scrypt hash of the code.
pub struct LockCode {
    salt: [u8; 16],
    hash: Zeroizing<[u8; 32]>,
}

fn derive(code: &SecretString, salt: &[u8; 16]) -> Zeroizing<[u8; 32]> {
    let mut out = Zeroizing::new([0u8; 32]);
    // Valid constant parameters; an error here cannot happen, and if it
    // did, the all-zero hash would simply match no code.
    if let Ok(params) = scrypt::Params::new(LOG_N, 8, 1, 32) {
        let _ = scrypt::scrypt(code.expose_secret().as_bytes(), salt, &params, out.as_mut());
    }
    out
}

impl LockCode {
    /// Hashes a newly chosen code with a fresh salt.
    pub fn new(code: &SecretString) -> Self {
        let salt: [u8; 16] = rand::random();
        Self { hash: derive(code, &salt), salt }
    }

    /// Whether `code` is the one chosen (compared in constant time).
    pub fn matches(&self, code: &SecretString) -> bool {
        let candidate = derive(code, &self.salt);
        bool::from(candidate[..].ct_eq(&self.hash[..]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_chosen_code_matches() {
        let code = LockCode::new(&SecretString::from("2718".to_string()));
        assert!(code.matches(&SecretString::from("2718".to_string())));
        assert!(!code.matches(&SecretString::from("2719".to_string())));
        assert!(!code.matches(&SecretString::from(String::new())));
    }
}
