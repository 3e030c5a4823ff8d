//! How long age's scrypt takes on this machine at the work factors a file
//! may claim, to choose the cap of `archive::crypt` and `storage::keys`
//! (see `MAX_PASSPHRASE_WORK_FACTOR`). Run in release mode:
//! `cargo run --release --example scrypt_timing [log_n…]` (default 18 20
//! 21 22). Each line is one unwrap of a passphrase stanza, the work a
//! secretary waits for at unlock; memory is 128 × r × 2^log_n bytes (r = 8).

use std::io::{Read, Write};
use std::time::Instant;

use age::secrecy::SecretString;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let wanted: Vec<u8> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let factors = if wanted.is_empty() { vec![18, 20, 21, 22] } else { wanted };
    let pass = || SecretString::from("phrase de passe de mesure".to_string());
    for log_n in factors {
        let mut recipient = age::scrypt::Recipient::new(pass());
        recipient.set_work_factor(log_n);
        let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))?;
        let mut sealed = Vec::new();
        let mut w = encryptor.wrap_output(&mut sealed)?;
        w.write_all(b"x")?;
        w.finish()?;
        let mut identity = age::scrypt::Identity::new(pass());
        identity.set_max_work_factor(log_n);
        let t = Instant::now();
        let decryptor = age::Decryptor::new(&sealed[..])?;
        let mut plain = Vec::new();
        decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity))?.read_to_end(&mut plain)?;
        let mib = (128u64 * 8) << log_n >> 20;
        println!("log_n {log_n}: {:.2} s, {mib} MiB", t.elapsed().as_secs_f64());
    }
    Ok(())
}
