//! Turns the TSV written by `lexicon/extract.py` (folded word, flags; sorted
//! by bytes) into the FST the detector embeds:
//! `cargo run -p conseil-detect --example build-lexicon --release -- lexicon.tsv data/lexicon.fst`

use std::io::{BufRead, BufReader, BufWriter};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, input, output] = args.as_slice() else {
        return Err("usage: build-lexicon LEXICON.tsv OUT.fst".into());
    };
    let mut builder = fst::MapBuilder::new(BufWriter::new(std::fs::File::create(output)?))?;
    let mut count = 0usize;
    for line in BufReader::new(std::fs::File::open(input)?).lines() {
        let line = line?;
        let Some((key, flags)) = line.split_once('\t') else { continue };
        builder.insert(key, flags.parse::<u64>()?)?;
        count += 1;
    }
    builder.finish()?;
    eprintln!("{count} keys → {output} ({} bytes)", std::fs::metadata(output)?.len());
    Ok(())
}
