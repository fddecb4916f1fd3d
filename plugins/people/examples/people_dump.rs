//! Prints the people found in the text on standard input, one per line:
//! `cargo run -p gleaner-people --example people_dump < article.txt`.

use std::io::Read;

use gleaner_core::Analysis;

fn main() {
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        eprintln!("standard input is not UTF-8");
        std::process::exit(1);
    }
    let analysis = Analysis::new(&text);
    for m in gleaner_people::find_people(&analysis) {
        println!(
            "{}..{}\t{:?}\t#{} {:?}\trole={:?}\tgender={:?}",
            m.start, m.end, m.text, m.person, m.name, m.role, m.gender
        );
    }
}
