//! Shows how the detector reads a line: `cargo run -p conseil-detect --example explain -- "text"`.

fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    print!("{}", conseil_detect::explain(&text));
    for s in conseil_detect::detect(&text, &conseil_detect::Context::default()) {
        println!("{:<16} {:?}", s.kind.name(), s.text(&text));
    }
}
