//! Prints the dates found in a text file, one line each (a debugging aid):
//! `cargo run -p gleaner-dates --example scratch_dates -- FILE [YYYY-MM-DD]`.
use gleaner_core::{Analysis, Document};
use gleaner_dates::DatesExtractor;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: scratch_dates FILE [YYYY-MM-DD]");
    let published = args.next().and_then(|s| s.parse().ok());
    let text = std::fs::read_to_string(path).expect("cannot read file");
    let doc = Document::new("scratch", text).published(published);
    let analysis = Analysis::new(&doc.text);
    for m in DatesExtractor::mentions(&doc, &analysis) {
        let md = m.modifier.map(|x| format!(" {x:?}")).unwrap_or_default();
        println!(
            "{:>5}..{:<5} {:<32} {} {:?}{md}",
            m.start, m.end, m.text, m.value, m.kind
        );
    }
}
