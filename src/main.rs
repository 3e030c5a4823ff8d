//! The `conseil` binary: everything lives in the library.

/// Every block the program frees is zeroed first, whatever type held it:
/// decrypted records dropped at the lock screen, a note's older copies left
/// behind as it grew, a closed form's text do not linger in memory (where
/// swap, a hibernation image or someone reading the process could find
/// them). Reallocation goes through a fresh block, so the old one is zeroed
/// too. Measured on unlock + load in `benches/store.rs`.
#[global_allocator]
static ALLOCATOR: zeroizing_alloc::ZeroAlloc<std::alloc::System> = zeroizing_alloc::ZeroAlloc(std::alloc::System);

fn main() -> std::process::ExitCode {
    conseil::cli::main()
}
