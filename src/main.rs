//! The `conseil` binary: everything lives in the library.

fn main() -> std::process::ExitCode {
    conseil::cli::main()
}
