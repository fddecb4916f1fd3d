//! Runs of capitalised words and the names found inside them.
//!
//! A *run* is a maximal sequence of name-like parts on one line:
//! capitalised words (hyphenated and apostrophe forms are one part:
//! `Jean-Pierre`, `O'Gorman`, `al-Assad`), initials (`J.`), title
//! abbreviations (`Mr.`), lowercase particles between capitalised words
//! (`van der`, `bin`), and an editor's closing bracket
//! (`[Ukrainian President Vladimir] Zelensky`). A run never takes in a
//! possessive `'s`, so `Biden's` gives the run `Biden`.
//!
//! Inside a run, [`name_in_run`] looks for where a name starts (a known
//! given name, an initial, or the word after a title) and how far it goes
//! (until an organisation word, a month or the run's end), and decides
//! whether the evidence is strong enough to call it a person.

use gleaner_text::{Analysis, Span, Token, TokenKind};

use crate::lexicon::{self, Entry, LEXICON, NameGender, class};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartKind {
    /// A capitalised word or hyphen/apostrophe compound.
    Word,
    /// A single capital letter with its period: `J.`
    Initial,
    /// A place abbreviation with periods: `U.S.`
    Abbrev,
    /// A lowercase particle: `van`, `de`, `bin`.
    Particle,
}

#[derive(Clone, Debug)]
pub struct Part {
    pub span: Span,
    /// First and one-past-last token index.
    pub tokens: (usize, usize),
    pub kind: PartKind,
    /// Folded key (lowercase, no accents).
    pub key: String,
    /// Written in capitals throughout (`PUTIN`), longer than one letter.
    pub caps: bool,
    /// An editor's `]` stands right before this part.
    pub after_bracket: bool,
    /// Part of a place of several words ("Hong Kong", "Los Angeles").
    pub in_place: bool,
    /// What the lexicon knows about the key, and about its last hyphenated
    /// piece ("Major-General" is a title by "General").
    entry: Entry,
    last: Entry,
    given: Option<NameGender>,
    /// A plural of a plain noun ("Rangers"): teams, not surnames.
    plural: bool,
    /// A title abbreviation with its period ("Sen.").
    pub dotted: bool,
    /// Joins hyphenated pieces (`Jean-Pierre`).
    compound: bool,
}

/// Fills in what the lexicon knows about each word and particle of a run.
/// All the parts' keys are looked up first, in a loop of lookups that do
/// not wait on each other, so that the table's cache misses overlap; then
/// what follows from each entry.
fn look_up(parts: &mut [Part]) {
    let looked_up = |p: &Part| p.kind == PartKind::Word || p.kind == PartKind::Particle;
    for p in parts.iter_mut().filter(|p| looked_up(p)) {
        p.entry = LEXICON.entry(&p.key);
    }
    for p in parts.iter_mut().filter(|p| looked_up(p)) {
        // A compound's key holds a hyphen, so its last piece is shorter.
        p.last = if p.compound {
            LEXICON.entry(last_piece(&p.key))
        } else {
            p.entry
        };
        if p.kind == PartKind::Word {
            p.given = given_of(&p.key, p.entry, p.caps, p.compound);
        }
        p.plural |= plural_noun(&p.key, p.entry);
    }
}

fn last_piece(key: &str) -> &str {
    match memchr::memrchr(b'-', key.as_bytes()) {
        Some(i) => &key[i + 1..],
        None => key,
    }
}

impl Part {
    /// A part as read from the text; what the lexicon knows about it is
    /// filled in by [`look_up`] once the whole run is read.
    /// `compound`: the part joins hyphenated pieces (`Jean-Pierre`).
    /// A word's `plural` is set by its reader when it is a described
    /// compound.
    fn new(
        span: Span,
        tokens: (usize, usize),
        kind: PartKind,
        key: String,
        caps: bool,
        compound: bool,
    ) -> Self {
        Part {
            span,
            tokens,
            kind,
            key,
            caps,
            after_bracket: false,
            in_place: false,
            entry: Entry::default(),
            last: Entry::default(),
            given: None,
            plural: false,
            dotted: false,
            compound,
        }
    }

    fn is_word(&self) -> bool {
        self.kind == PartKind::Word
    }
    /// Whether the lists put the part's key in one of `flags`: read from
    /// the entry looked up with the part, for words and particles.
    pub fn key_is(&self, flags: u32) -> bool {
        match self.kind {
            PartKind::Word | PartKind::Particle => self.entry.is(flags),
            PartKind::Initial | PartKind::Abbrev => LEXICON.entry(&self.key).is(flags),
        }
    }
    fn word_is(&self, flags: u32) -> bool {
        self.kind == PartKind::Word && self.entry.is(flags)
    }
    pub fn given(&self) -> Option<NameGender> {
        self.given
    }
    fn is_title(&self) -> bool {
        self.kind == PartKind::Word && self.last.is(class::TITLE)
    }
    fn title_gender(&self) -> Option<NameGender> {
        self.last.title
    }
    fn is_role(&self) -> bool {
        self.kind == PartKind::Word && self.last.is(class::ROLE)
    }
    fn is_surname(&self) -> bool {
        self.word_is(class::SURNAME)
    }
    fn is_common(&self) -> bool {
        self.word_is(class::COMMON)
    }
    fn is_place(&self) -> bool {
        self.word_is(class::PLACE)
    }
    /// A word that cannot be inside a person's name.
    fn blocks(&self) -> bool {
        self.kind == PartKind::Abbrev
            || self.in_place
            || self.plural
            || self.word_is(class::ORG | class::CALENDAR | class::NATIONALITY | class::FUNCTION)
    }
    /// A given name that is not also a plain word or place, or one so
    /// widespread that it is a name anyway ("Peter", "George").
    fn is_clear_given(&self) -> bool {
        self.given.is_some()
            && (self.entry.is(class::WIDESPREAD) || !self.entry.is(class::COMMON | class::PLACE))
    }
    /// A place name may end a name after a clear given name ("Jack
    /// London", "Zhang Dalian").
    fn may_end_name(&self) -> bool {
        self.is_place() && !self.blocks() && !self.is_title() && !self.is_role()
    }
    /// Can stand after the first part of a name.
    fn continues_name(&self) -> bool {
        match self.kind {
            PartKind::Initial => true,
            PartKind::Abbrev | PartKind::Particle => false,
            PartKind::Word => {
                if self.blocks() || (self.dotted && self.is_title()) {
                    return false;
                }
                // A capitalised trade inside a run is a surname ("Helen
                // Carpenter"); a title is not ("Ohio Sen. Dana Whitlock").
                let known = self.is_surname() || self.given.is_some();
                if self.is_title() && !known {
                    return false;
                }
                if self.is_place() && !known {
                    return false;
                }
                true
            }
        }
    }
}

/// The usual gender of `key` as a given name, if it is one: never for
/// function words, particles or two capitals ("NA"); a hyphenated name is
/// known whole ("Jean-Pierre") or by its head ("Ali-Reza"); only the key
/// of a `compound` holds a hyphen.
fn given_of(key: &str, entry: Entry, caps: bool, compound: bool) -> Option<NameGender> {
    // "Al", "Van" and "Ben" are given names too; "De", "La", "Der" are not.
    let article = entry.is(class::PARTICLE) && !matches!(key, "al" | "van" | "ben" | "abu");
    if entry.is(class::FUNCTION) || article || key.len() < 2 || (caps && key.len() < 3) {
        return None;
    }
    entry.given.or_else(|| {
        if !compound {
            return None;
        }
        let hyphen = key.bytes().position(|b| b == b'-')?;
        LEXICON.given(&key[..hyphen])
    })
}

/// "Hong Kong-based", "Ontario-listed", "GDRs": a capitalised word with a
/// lowercase word glued to it by a hyphen, or capitals with a plural `s`;
/// also web debris with several humps ("ShareTweetEmail").
fn described_compound(surface: &str) -> bool {
    // "McAllister", "DeMarco" have one hump after a short head; words run
    // together ("SmithReporter") have a long one, or several.
    let bytes = surface.as_bytes();
    // Each case below needs a hyphen or an ASCII capital after the first
    // byte; most words have neither.
    if !bytes
        .iter()
        .skip(1)
        .any(|&b| b == b'-' || b.is_ascii_uppercase())
    {
        return false;
    }
    let mut humps = 0;
    let mut lower_run = 0;
    for w in bytes.windows(2) {
        lower_run = if w[0].is_ascii_lowercase() {
            lower_run + 1
        } else {
            0
        };
        if w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase() {
            humps += 1;
            if lower_run >= 4 {
                return true;
            }
        }
    }
    if humps > 1 {
        return true;
    }
    let hyphen = surface.bytes().position(|b| b == b'-');
    let described = hyphen.is_some_and(|h| {
        surface[h + 1..].split('-').any(|p| {
            p.chars().next().is_some_and(char::is_lowercase)
                && p.len() > 3
                && LEXICON.is_common(p)
                && !lexicon::is_particle(p)
        })
    });
    let acronyms = surface.len() > 2
        && surface.ends_with('s')
        && surface[..surface.len() - 1]
            .chars()
            .all(|c| c.is_ascii_uppercase());
    described || acronyms
}

/// A plural of a common noun or nationality ("Rangers", "Indians",
/// "Controls"): teams and companies, not surnames.
fn plural_noun(key: &str, entry: Entry) -> bool {
    let Some(stem) = key.strip_suffix('s') else {
        return false;
    };
    !entry.is(class::SURNAME) && LEXICON.entry(stem).is(class::COMMON | class::NATIONALITY)
}

/// `t.is_capitalized(text)`, with a fast path for an ASCII first letter.
#[inline]
pub fn capitalized(t: Token, text: &str) -> bool {
    match text.as_bytes().get(t.span.start) {
        Some(&b) if b.is_ascii() && t.span.end > t.span.start => b.is_ascii_uppercase(),
        _ => t.is_capitalized(text),
    }
}

/// Whether token `t` is the one-byte mark `mark` ("-", ".").
#[inline]
pub fn is_mark(t: &Token, text: &str, mark: u8) -> bool {
    t.span.len() == 1 && text.as_bytes()[t.span.start] == mark
}

/// `word.chars().count() == 1`, without counting a long word's characters.
#[inline]
pub fn one_char(word: &str) -> bool {
    word.len() <= 4 && word.chars().nth(1).is_none()
}

/// True when a line break lies in `text[a..b]` (a gap between tokens,
/// mostly one byte; a byte search needs no char decoding).
#[inline]
pub fn has_newline(text: &str, a: usize, b: usize) -> bool {
    text.as_bytes()[a..b].contains(&b'\n')
}

fn is_cap_word(t: Token, text: &str) -> bool {
    t.kind == TokenKind::Word && crate::name_runs::capitalized(t, text)
}

/// True when only spaces or tabs (no line break) lie between `a` and `b`.
fn same_line_gap(text: &str, a: usize, b: usize) -> bool {
    if b == a + 1 && text.as_bytes()[a] == b' ' {
        return true;
    }
    a <= b
        && text[a..b]
            .chars()
            .all(|c| c == ' ' || c == '\t' || c == '\u{a0}')
}

fn is_all_caps(word: &str) -> bool {
    if word.is_ascii() {
        let b = word.as_bytes();
        return !b.iter().any(u8::is_ascii_lowercase)
            && b.iter().filter(|c| c.is_ascii_alphabetic()).count() > 1;
    }
    word.chars().filter(|c| c.is_alphabetic()).count() > 1 && !word.chars().any(char::is_lowercase)
}

/// The parts of a run, in a buffer that reads one run after another: the
/// key strings of one run's parts are reused for the next run's, so that
/// reading a run allocates no key once a few runs have been read.
pub struct Run {
    pub parts: Vec<Part>,
    spare: Vec<String>,
    /// Scratch space for the keys of a place of several words.
    joined: String,
}

impl Default for Run {
    fn default() -> Self {
        // Room for the parts of most runs.
        Run {
            parts: Vec::with_capacity(8),
            spare: Vec::with_capacity(8),
            // Room for the keys of most places, so that joining them
            // seldom grows the string.
            joined: String::with_capacity(64),
        }
    }
}

impl Run {
    /// The number of elements its largest buffer has room for.
    pub fn capacity(&self) -> usize {
        let longest = self.spare.iter().map(String::capacity).max();
        (self.parts.capacity())
            .max(self.spare.capacity())
            .max(self.joined.capacity())
            .max(longest.unwrap_or(0))
    }
}

/// An empty key string, from `spare` if one is left.
fn spare_key(spare: &mut Vec<String>) -> String {
    // Room for most keys, so that a reused string seldom grows.
    let mut s = spare.pop().unwrap_or_else(|| String::with_capacity(32));
    s.clear();
    s
}

/// A key string holding `key`, from `spare` if one is left.
fn reuse(spare: &mut Vec<String>, key: &str) -> String {
    let mut s = spare_key(spare);
    s.push_str(key);
    s
}

/// Reads the run that starts at token `i` into `run` (the last run's parts
/// are dropped first); returns the index of the first token after it.
pub fn run_at(a: &Analysis<'_>, i: usize, key: &mut String, run: &mut Run) -> usize {
    let text = a.text();
    let toks = a.tokens();
    let Run {
        parts,
        spare,
        joined,
    } = run;
    while let Some(p) = parts.pop() {
        spare.push(p.key);
    }
    let mut j = i;
    let mut after_bracket = false;
    while let Some(&t) = toks.get(j) {
        if !parts.is_empty() {
            let prev_end = toks[j - 1].span.end;
            if !same_line_gap(text, prev_end, t.span.start) {
                break;
            }
        }
        let next = toks.get(j + 1);
        let glued = |k: usize| -> bool {
            toks.get(k)
                .is_some_and(|n| n.span.start == toks[k - 1].span.end)
        };
        // An editor's closing bracket inside a name.
        if t.kind == TokenKind::Punct && is_mark(&t, text, b']') && !parts.is_empty() {
            if next.is_some_and(|n| n.kind == TokenKind::Word && a.shape(j + 1).capitalized()) {
                after_bracket = true;
                j += 1;
                continue;
            }
            break;
        }
        if t.kind != TokenKind::Word {
            break;
        }
        let word = t.text(text);
        let cap = a.shape(j).capitalized();
        // Initials and dotted abbreviations: J. / J.K. / U.S.
        if cap && one_char(word) && next.is_some_and(|n| is_mark(n, text, b'.')) && glued(j + 1) {
            let mut letters = spare_key(spare);
            let mut k = j;
            while toks.get(k).is_some_and(|t| {
                t.kind == TokenKind::Word && one_char(t.text(text)) && a.shape(k).capitalized()
            }) && toks.get(k + 1).is_some_and(|n| n.span.text(text) == ".")
                && glued(k + 1)
                && (k == j || glued(k))
            {
                letters.push_str(toks[k].text(text));
                k += 2;
            }
            if k == j {
                spare.push(letters);
                break;
            }
            if letters.len() >= 2 && lexicon::is_place_abbreviation(&letters) {
                parts.push(Part {
                    after_bracket,
                    ..Part::new(
                        Span::new(t.span.start, toks[k - 1].span.end),
                        (j, k),
                        PartKind::Abbrev,
                        {
                            letters.make_ascii_lowercase();
                            letters
                        },
                        false,
                        false,
                    )
                });
                after_bracket = false;
                j = k;
                continue;
            }
            let mut m = j;
            while m < k {
                parts.push(Part {
                    after_bracket,
                    ..Part::new(
                        Span::new(toks[m].span.start, toks[m + 1].span.end),
                        (m, m + 2),
                        PartKind::Initial,
                        {
                            let mut k = reuse(spare, toks[m].text(text));
                            k.make_ascii_lowercase();
                            k
                        },
                        false,
                        false,
                    )
                });
                after_bracket = false;
                m += 2;
            }
            spare.push(letters);
            j = k;
            continue;
        }
        if !cap {
            // A lowercase particle between capitalised words ("van der",
            // "bin"), or glued to one by a hyphen ("al-Assad").
            // "von der Leyen": a second particle may follow before the name.
            let after = if next.is_some_and(|n| {
                n.kind == TokenKind::Word
                    && n.text(text).len() <= 3
                    && !crate::name_runs::capitalized(*n, text)
            }) {
                toks.get(j + 2)
            } else {
                next
            };
            let particle = !parts.is_empty()
                && word.len() <= 5
                && after.is_some_and(|n| {
                    is_cap_word(*n, text) || (is_mark(n, text, b'-') && glued(j + 1))
                })
                && {
                    lexicon::fold_into(word, key);
                    lexicon::is_particle(key)
                };
            if !particle {
                break;
            }
            if next.is_some_and(|n| is_mark(n, text, b'-')) {
                // fall through to the compound below
            } else {
                parts.push(Part {
                    after_bracket,
                    ..Part::new(
                        t.span,
                        (j, j + 1),
                        PartKind::Particle,
                        reuse(spare, key),
                        false,
                        false,
                    )
                });
                after_bracket = false;
                j += 1;
                continue;
            }
        }
        // A word, joined with hyphenated pieces glued to it.
        let mut end = j + 1;
        while toks.get(end).is_some_and(|h| is_mark(h, text, b'-'))
            && glued(end)
            && toks.get(end + 1).is_some_and(|w| w.kind == TokenKind::Word)
            && glued(end + 1)
        {
            end += 2;
        }
        let span = Span::new(t.span.start, toks[end - 1].span.end);
        let surface = span.text(text);
        // "Mr." keeps its period.
        let mut tok_end = end;
        let mut span_end = span.end;
        let mut word_key = spare_key(spare);
        lexicon::fold_into(surface, &mut word_key);
        if end == j + 1
            && toks.get(end).is_some_and(|p| is_mark(p, text, b'.'))
            && glued(end)
            && lexicon::title(&word_key).is_some()
        {
            tok_end = end + 1;
            span_end = toks[end].span.end;
        }
        // A word with a lowercase letter is not in capitals (its pieces
        // are the tokens `j`, `j + 2`, ... before `end`).
        let lower = if end == j + 1 {
            a.shape(j).has_lower()
        } else {
            (j..end).step_by(2).any(|k| a.shape(k).has_lower())
        };
        // Every case of a described compound has a lowercase letter, and a
        // hyphen or an ASCII capital past the first byte; the key, folded
        // to lowercase, shows that a word of one token has neither when it
        // equals the word past the first byte.
        let may_be_described =
            lower && (end > j + 1 || surface.as_bytes().get(1..) != word_key.as_bytes().get(1..));
        parts.push(Part {
            after_bracket,
            dotted: tok_end > end,
            plural: may_be_described && described_compound(surface),
            ..Part::new(
                Span::new(span.start, span_end),
                (j, tok_end),
                PartKind::Word,
                word_key,
                !lower && is_all_caps(surface),
                end > j + 1,
            )
        });
        after_bracket = false;
        j = tok_end;
    }
    // A run never ends on a particle.
    while let Some(p) = parts.pop_if(|p| p.kind == PartKind::Particle) {
        spare.push(p.key);
    }
    look_up(parts);
    mark_places(parts, joined);
    let next = parts.last().map_or(i + 1, |p| p.tokens.1);
    next.max(i + 1)
}

/// Marks the parts of places written in several words ("Hong Kong",
/// "San Francisco", "Los Angeles"); `joined` is scratch.
fn mark_places(parts: &mut [Part], joined: &mut String) {
    // Most runs hold no word that can open such a place.
    if !parts.iter().any(|p| p.word_is(class::PLACE_HEAD)) {
        return;
    }
    for len in [3, 2] {
        for start in 0..parts.len().saturating_sub(len - 1) {
            let window = &parts[start..start + len];
            if !window[0].word_is(class::PLACE_HEAD)
                || window
                    .iter()
                    .any(|p| p.kind != PartKind::Word || p.in_place)
            {
                continue;
            }
            joined.clear();
            for (i, p) in window.iter().enumerate() {
                if i > 0 {
                    joined.push(' ');
                }
                joined.push_str(&p.key);
            }
            if LEXICON.is_place(joined) {
                for p in &mut parts[start..start + len] {
                    p.in_place = true;
                }
            }
        }
    }
}

/// Where a run's words sit in their sentence, and how it is written.
#[derive(Clone, Copy)]
pub struct RunContext<'h> {
    /// The run's first word opens its sentence.
    pub sentence_initial: bool,
    /// Whether the sentence is a headline in Title Case or capitals: asked
    /// only when a rule needs it (most runs are settled without it), at
    /// most once per call of [`name_in_run`].
    pub headline: &'h dyn Fn() -> bool,
    /// Every word of the run is in capitals.
    pub caps: bool,
}

/// How a name was recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// A known given name or initials, then more name words.
    GivenName,
    /// A title or role right before it ("Mr.", "President").
    Title,
    /// Unknown words, but capitalised mid-sentence and with a cue.
    Shape,
}

/// A name found in a run: parts `[start, end)` of the run.
#[derive(Clone, Debug)]
pub struct NameInRun {
    pub start: usize,
    pub end: usize,
    pub evidence: Evidence,
    /// Gender shown by a title before the name.
    pub title_gender: Option<NameGender>,
}

/// What the text around a run says.
#[derive(Clone, Copy, Debug, Default)]
pub struct Cue {
    /// A role noun right before ("striker"), a role appositive after
    /// (", CEO of…"), an age (", 24,"), a place or minute in brackets
    /// after ("(Kenya)", "(21st minute)"), a shirt number before ("6 -").
    pub strong: bool,
    /// A speech or action verb right after ("said", "told").
    pub verb: bool,
    /// One of the words stands alone elsewhere in the document
    /// ("Erik Halvorsen … Halvorsen's sons").
    pub recurs: bool,
}

/// Finds the person's name in `parts`, if any.
/// `cue` is asked only for runs of unknown words.
pub fn name_in_run(
    parts: &[Part],
    cx: RunContext<'_>,
    cue: impl FnOnce() -> Cue,
) -> Option<NameInRun> {
    let n = parts.len();
    if n < 2 {
        return None;
    }
    let caps = cx.caps;
    let known = std::cell::Cell::new(None);
    let headline = || {
        known.get().unwrap_or_else(|| {
            let yes = (cx.headline)();
            known.set(Some(yes));
            yes
        })
    };
    // In capitals and Title Case headlines a plain word ends a name
    // ("Nora Whitlock Warned Senate").
    let strict = || caps || headline();
    let mut title_gender = None;
    let mut titled_at = None;
    for k in 0..n {
        let p = &parts[k];
        if p.is_title() {
            title_gender = p.title_gender().or(title_gender);
            titled_at = Some(k);
        }
        let starts = match p.kind {
            PartKind::Initial => parts[k + 1..].iter().any(|q| q.is_word()),
            PartKind::Word => {
                p.given().is_some()
                    && !p.blocks()
                    && !p.is_title()
                    && !p.is_role()
                    && parts[k + 1..]
                        .iter()
                        .find(|q| q.kind != PartKind::Particle)
                        .is_some_and(|q| {
                            continues(q, strict)
                                || (k + 2 == n
                                    && p.entry.is(class::WIDESPREAD)
                                    && !caps
                                    && q.may_end_name())
                        })
            }
            _ => false,
        };
        if !starts {
            continue;
        }
        let strong_first =
            p.kind == PartKind::Word && !p.is_common() && !p.key_is(class::PLACE) && !caps;
        let end = name_end(parts, k + 1, strict, strong_first);
        let sentence_start = k == 0 && cx.sentence_initial;
        if !full_name_is_plausible(&parts[k..end], caps, headline, sentence_start) {
            continue;
        }
        if parts
            .get(end)
            .is_some_and(|p| p.is_word() && p.key_is(class::ORG))
        {
            return None;
        }
        // An unknown first part before a known given name belongs to the
        // name ("Khin Maung Soe Win").
        let mut start = k;
        if k > 0 && !caps && p.kind == PartKind::Word {
            let q = &parts[k - 1];
            let unknown = q.is_word()
                && !q.blocks()
                && !q.is_common()
                && !q.is_title()
                && !q.is_role()
                && !q.key_is(class::PLACE)
                && (!(k == 1 && cx.sentence_initial) || q.entry.is(class::PARTICLE));
            if unknown {
                start = k - 1;
            }
        }
        let title_gender = if titled_at == start.checked_sub(1) {
            title_gender
        } else {
            None
        };
        return Some(NameInRun {
            start,
            end,
            evidence: Evidence::GivenName,
            title_gender,
        });
    }
    // After a title: "Mr. Biden", "President Clinton", "Chairman Mao".
    if let Some(t) = titled_at {
        let start = t + 1;
        if start < n && parts[start].is_word() && continues(&parts[start], strict) {
            let end = name_end(parts, start + 1, strict, false);
            if parts
                .get(end)
                .is_some_and(|p| p.is_word() && p.key_is(class::ORG))
            {
                return None;
            }
            let plausible = !(parts[start].is_common() && (caps || headline()))
                && (parts[start].given().is_some() || !is_place_name(&parts[start..end]));
            if plausible {
                return Some(NameInRun {
                    start,
                    end,
                    evidence: Evidence::Title,
                    title_gender: parts[t].title_gender(),
                });
            }
        }
        return None;
    }
    // Unknown words: two or three capitalised words, not in any word list,
    // with a cue around them.
    let inner_particle = |(i, p): (usize, &Part)| p.kind == PartKind::Particle && i > 0;
    if caps
        || parts
            .iter()
            .enumerate()
            .any(|(i, p)| p.blocks() || !(p.kind == PartKind::Word || inner_particle((i, p))))
    {
        return None;
    }
    let cue = cue();
    if !cue.strong && headline() {
        return None;
    }
    let mut start = 0;
    while start < n && (parts[start].is_role() || parts[start].key_is(class::PLACE)) {
        start += 1;
    }
    let words = &parts[start..];
    let named = words.iter().filter(|p| p.kind == PartKind::Word).count();
    if !(2..=3).contains(&named) || (start == 0 && cx.sentence_initial && !cue.strong) {
        return None;
    }
    // "Der Spiegel", "Le Matin", "El Al": an article opens a title or firm.
    if words[0].key_is(class::PARTICLE) {
        return None;
    }
    let last = words.len() - 1;
    let clean = words.iter().enumerate().all(|(i, p)| {
        p.kind == PartKind::Particle
            || ((!p.is_common() || p.is_surname() || i == 0)
                && !p.is_role()
                && !(p.is_place() && !(i == last && cue.strong))
                && p.key.len() > 1)
    });
    // A plain word first ("Gold Fields", "Tiger Woods") needs a cue from
    // the text, not just a surname-like second word.
    let cued = if words[0].is_common() {
        cue.strong || cue.verb
    } else {
        cue.strong || cue.verb || cue.recurs || words[1..].iter().any(Part::is_surname)
    };
    if clean && cued && !is_place_name(words) {
        return Some(NameInRun {
            start,
            end: n,
            evidence: Evidence::Shape,
            title_gender: None,
        });
    }
    None
}

/// Whether `p` can stand after the first part of a name; in a run of
/// capitals a plain English word cannot ("MARCO FERRANTE RUNS…"). `caps`
/// is asked last.
fn continues(p: &Part, caps: impl Fn() -> bool) -> bool {
    p.continues_name() && !(p.is_common() && p.given().is_none() && caps())
}

/// Index one past the last part of a name whose parts from `from` on may
/// continue it. A place may end a name led by a clear given name ("Jack
/// London").
fn name_end(
    parts: &[Part],
    from: usize,
    caps: impl Fn() -> bool + Copy,
    strong_first: bool,
) -> usize {
    let mut end = from;
    while end < parts.len() {
        let p = &parts[end];
        // Past the surname, a title or a plain word starts something else
        // ("Dana Whitlock Wins…", "Paul Hendry Address Housing Crisis").
        let past_surname = end > from && parts[end - 1].kind == PartKind::Word;
        if past_surname
            && p.kind == PartKind::Word
            && !p.is_surname()
            && (p.is_title() || (p.is_common() && p.given.is_none()))
        {
            break;
        }
        let ok = match p.kind {
            // "von der Leyen": particles count when a name word follows them.
            PartKind::Particle => parts[end + 1..]
                .iter()
                .find(|q| q.kind != PartKind::Particle)
                .is_some_and(|q| continues(q, caps)),
            PartKind::Word if p.key_is(class::SUFFIX) => false,
            PartKind::Word if end + 1 == parts.len() && strong_first => {
                continues(p, caps) || p.may_end_name()
            }
            _ => continues(p, caps),
        };
        if !ok {
            break;
        }
        end += 1;
    }
    end
}

/// Whether the keys of `parts` joined by spaces name a place ("Kyiv",
/// "Hong Kong"). A place of several words is only looked up when its first
/// word can open one.
fn is_place_name(parts: &[Part]) -> bool {
    match parts {
        [] => false,
        [p] => p.key_is(class::PLACE),
        [p, ..] => p.key_is(class::PLACE_HEAD) && LEXICON.is_place(&join_keys(parts)),
    }
}

fn join_keys(parts: &[Part]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.key.len() + 1).sum());
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&p.key);
    }
    s
}

/// Checks a given-name-led candidate against the traps: a given name
/// that is also a plain word or a place, followed only by plain words
/// ("Real Madrid", "Jackson Hole", "Texas Rangers"), capitals in
/// headlines, places ("San Jose").
fn full_name_is_plausible(
    words: &[Part],
    caps: bool,
    headline: impl Fn() -> bool,
    sentence_start: bool,
) -> bool {
    let mut named = words.iter().filter(|p| p.kind != PartKind::Particle);
    let (Some(first), Some(last)) = (named.next(), named.clone().next_back()) else {
        return false;
    };
    let rest = named;
    if first.kind == PartKind::Initial {
        // "J. Smith", not "N. Korea" or "S. Africa".
        let compass = matches!(first.key.as_str(), "n" | "s" | "e" | "w");
        return last.is_word() && !(compass && last.is_place());
    }
    let first_place = first.is_place();
    let first_weak = !first.is_clear_given();
    // A plain word after the given name; a surname that is also a plain
    // word ("Hill") counts only after a clear given name.
    let weak =
        |p: &&Part| p.is_common() && p.given().is_none() && (!p.is_surname() || first_weak || caps);
    let rest_weak = rest.clone().all(|p| weak(&p));
    if rest_weak && (caps || sentence_start || first_weak || headline()) {
        return false;
    }
    if first_weak && rest.clone().any(|p| p.is_place()) {
        return false;
    }
    // "Houston Astros", "Boston Red Sox": a place and a plural are a team.
    if first_place && last.key.ends_with('s') && !last.is_surname() {
        return false;
    }
    !is_place_name(words)
}
