//! First pass: every name that carries its own evidence (a given name,
//! initials, a title, or unknown capitalised words with a cue), with the
//! role written around it.

use std::cell::Cell;
use std::collections::HashMap;

use gleaner_text::{Analysis, Shape, Span, Token, TokenKind};

use crate::lexicon::{self, LEXICON, NameGender, class};
use crate::name_runs::{self, Cue, Evidence, Part, PartKind, RunContext};
use crate::roles;
use crate::vocab::{KeyId, Vocab};

/// A name mention found with its own evidence.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// The mention (after an editor's bracket, if the name spans one).
    pub span: Span,
    /// Tokens `[first, last)` of the whole name (brackets included).
    pub tokens: (usize, usize),
    /// The name as written, parts joined by single spaces: where it lies
    /// in [`Buffers::displays`].
    pub display: Span,
    /// The keys of the first part and of the surname, in the document's
    /// [`Vocab`].
    pub first_key: KeyId,
    pub last_key: KeyId,
    /// Number of name parts (particles not counted).
    pub size: usize,
    pub caps: bool,
    pub role: Option<Span>,
    pub title_gender: Option<NameGender>,
    pub given_gender: Option<NameGender>,
    pub evidence: Evidence,
}

/// Sentence facts the rules read. Its buffers are reused from one
/// document to the next ([`Layout::fill`]).
#[derive(Default)]
pub struct Layout {
    /// Per token: it is the first word of its sentence.
    pub sentence_initial: Vec<bool>,
    /// Per sentence: its first token (the first that starts in it).
    sentence_first: Vec<u32>,
    /// Per sentence: whether it is a headline in Title Case or capitals,
    /// worked out when first asked (`None` until then). Only sentences
    /// holding a run of names whose reading depends on it ask, a few in
    /// a hundred.
    headline: Vec<Cell<Option<bool>>>,
    /// Indices of the capitalised tokens, in order: the only places a
    /// name can start, so the passes over names visit these alone.
    pub capitalized: Vec<u32>,
}

impl Layout {
    #[cfg(test)]
    pub fn new(a: &Analysis<'_>) -> Self {
        let mut layout = Layout::default();
        layout.fill(a);
        layout
    }

    /// Lays out text `a`, in place of the last text laid out (every
    /// buffer is cleared first).
    pub fn fill(&mut self, a: &Analysis<'_>) {
        let toks = a.tokens();
        let shapes = a.shapes();
        let sentences = a.sentences();
        // The buffers are taken out while filled (and put back at the
        // end), so that the compiler keeps their lengths in registers.
        let mut sentence_initial = std::mem::take(&mut self.sentence_initial);
        let mut sentence_first = std::mem::take(&mut self.sentence_first);
        let mut capitalized = std::mem::take(&mut self.capitalized);
        sentence_initial.clear();
        sentence_initial.resize(toks.len(), false);
        sentence_first.clear();
        sentence_first.reserve(sentences.len());
        // Each sentence's first token is searched for (most of its tokens
        // are never looked at here); its first word is nearly always that
        // token.
        let mut k = 0;
        for &s in sentences {
            k = first_from(toks, k, |t| t.span.start >= s.start);
            sentence_first.push(k as u32);
            // The sentence's tokens are those from `k` that end in it.
            let mut w = k;
            while w < toks.len() && toks[w].span.end <= s.end && toks[w].kind != TokenKind::Word {
                w += 1;
            }
            if w < toks.len() && toks[w].span.end <= s.end {
                sentence_initial[w] = true;
            }
        }
        // Eight tokens at a time: their capitalised bits gathered in a
        // byte, whose set bits are then listed (most tokens are not
        // capitalised, and which are cannot be predicted).
        capitalized.clear();
        capitalized.reserve(toks.len() / 4);
        let mut list = |at: usize, mut bits: u32| {
            while bits != 0 {
                capitalized.push(at as u32 + bits.trailing_zeros());
                bits &= bits - 1;
            }
        };
        let chunks = shapes.chunks_exact(8);
        let rest = chunks.remainder();
        for (c, chunk) in chunks.enumerate() {
            let shapes: [Shape; 8] = chunk.try_into().unwrap_or_default();
            // The capitalised bit of each shape byte, moved to the byte's
            // lowest bit and gathered into one byte by a multiplication:
            // byte `i` lands on bit `56 + i`.
            let x = u64::from_le_bytes(shapes.map(Shape::bits))
                >> Shape::CAPITALIZED.trailing_zeros()
                & 0x0101_0101_0101_0101;
            list(c * 8, (x.wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32);
        }
        let bits = (0..rest.len()).fold(0, |bits, k| bits | u32::from(rest[k].capitalized()) << k);
        list(shapes.len() - rest.len(), bits);
        self.headline.clear();
        self.headline.resize(sentence_first.len(), Cell::new(None));
        self.sentence_initial = sentence_initial;
        self.sentence_first = sentence_first;
        self.capitalized = capitalized;
    }

    /// The number of elements its largest buffer has room for.
    pub fn capacity(&self) -> usize {
        (self.sentence_initial.capacity())
            .max(self.sentence_first.capacity())
            .max(self.headline.capacity())
            .max(self.capitalized.capacity())
    }

    fn headline_at(&self, a: &Analysis<'_>, offset: usize) -> bool {
        let Some(i) = a.sentence_at(offset) else {
            return false;
        };
        if let Some(known) = self.headline[i].get() {
            return known;
        }
        let toks = a.tokens();
        let s = self.sentence_first[i] as usize;
        let end = a.sentences()[i].end;
        let e = first_from(toks, s, |t| t.span.end > end);
        let yes = Counts::headline(&toks[s..e], &a.shapes()[s..e], a.text());
        self.headline[i].set(Some(yes));
        yes
    }
}

/// The first token from `k` on that is `past` (a condition that, once
/// true, stays true), or `toks.len()`: found by steps of 16 tokens, about
/// a sentence, then a search inside the last step, not by a search over
/// all the tokens left.
fn first_from(toks: &[Token], k: usize, past: impl Fn(&Token) -> bool) -> usize {
    const STRIDE: usize = 16;
    let mut hi = k;
    while hi < toks.len() && !past(&toks[hi]) {
        hi += STRIDE;
    }
    let lo = hi.saturating_sub(STRIDE).max(k);
    lo + toks[lo..hi.min(toks.len())].partition_point(|t| !past(t))
}

const COUNTS: [u64; 128] = Counts::table();

/// What a sentence's tokens tell of how it is written.
#[derive(Default)]
struct Counts {
    numbers: usize,
    /// Commas.
    commas: usize,
    /// Words that start with a letter, ...
    words: usize,
    /// ... of which longer than one letter and in capitals,
    caps: usize,
    /// ... of which four letters or more,
    long: usize,
    /// ... and of those, capitalised.
    cap: usize,
}

impl Counts {
    /// Tokens counted at most in one go: each count has a 10-bit lane.
    const MAX_TOKENS: usize = (1 << Self::LANE) - 1;
    const LANE: u32 = 10;

    /// What token `t` of shape `shape` adds, one lane per count: a table
    /// read, not branches, as token kinds and lengths alternate at random.
    #[inline]
    fn of(t: Token, shape: Shape, text: &str) -> u64 {
        let len = t.span.len();
        let lanes = COUNTS[Self::index(t.kind, shape.bits(), len > 1, len >= 4)];
        // The table counts every one-character mark as a comma.
        let not_comma = u64::from(text.as_bytes()[t.span.start] != b',');
        lanes & !(not_comma << Self::LANE)
    }

    const fn index(kind: TokenKind, shape: u8, long1: bool, long4: bool) -> usize {
        kind as usize | (shape as usize & 7) << 2 | (long1 as usize) << 5 | (long4 as usize) << 6
    }

    /// The table behind [`Counts::of`], over token kind, the shape bits
    /// capitalised / has lowercase / alphabetic, and length > 1 and >= 4.
    const fn table() -> [u64; 128] {
        let mut table = [0; 128];
        let lane = Self::LANE;
        let kinds = [
            TokenKind::Word,
            TokenKind::Number,
            TokenKind::Possessive,
            TokenKind::Punct,
        ];
        let mut k = 0;
        while k < kinds.len() {
            let mut bits = 0;
            while bits < 32 {
                let shape = bits as u8 & 7;
                let (long1, long4) = (bits & 8 != 0, bits & 16 != 0);
                let alphabetic = shape & Shape::ALPHABETIC != 0;
                let lower = shape & Shape::HAS_LOWER != 0;
                let capitalized = shape & Shape::CAPITALIZED != 0;
                let lanes = match kinds[k] {
                    TokenKind::Number => 1,
                    TokenKind::Punct if !long1 => 1 << lane,
                    TokenKind::Word if alphabetic => {
                        1 << (2 * lane)
                            | ((long1 && !lower) as u64) << (3 * lane)
                            | (long4 as u64) << (4 * lane)
                            | ((long4 && capitalized) as u64) << (5 * lane)
                    }
                    _ => 0,
                };
                table[Self::index(kinds[k], shape, long1, long4)] = lanes;
                bits += 1;
            }
            k += 1;
        }
        table
    }

    /// Tokens counted between two looks at whether the sentence can still
    /// be a headline.
    const STEP: usize = 8;

    /// Whether the tokens of a sentence (`toks`, of shapes `shapes`) make
    /// a headline: in Title Case or in capitals. Counting stops as soon as
    /// the tokens left cannot make one, which in prose is soon.
    fn headline(toks: &[Token], shapes: &[Shape], text: &str) -> bool {
        let mut counts = Counts::default();
        let mut at = 0;
        while at < toks.len() {
            let upto = toks.len().min(at + Self::STEP);
            let mut lanes = 0;
            for i in at..upto {
                lanes += Counts::of(toks[i], shapes[i], text);
            }
            counts.add(lanes);
            at = upto;
            if !counts.may_be_headline(toks.len() - at) {
                return false;
            }
        }
        counts.is_headline()
    }

    /// Whether the counts make a headline.
    fn is_headline(&self) -> bool {
        // Lists of names (results, line-ups) have numbers or commas;
        // headlines seldom do.
        let listy = self.numbers > 0 || self.commas > 1;
        let title_case = self.long >= 3 && self.cap * 4 >= self.long * 3 && !listy;
        let all_caps = self.words >= 2 && self.caps * 5 >= self.words * 3;
        title_case || all_caps
    }

    /// False when no `left` more tokens can make these counts a headline's.
    /// A token adds at most one to each count; the words not in capitals
    /// (`words - caps`) and the long words not capitalised (`long - cap`)
    /// never decrease, since a token counted in `caps` (`cap`) is also
    /// counted in `words` (`long`). Title Case needs `cap >= 3 * (long -
    /// cap)` and no list; capitals need `2 * caps >= 3 * (words - caps)`.
    fn may_be_headline(&self, left: usize) -> bool {
        let listy = self.numbers > 0 || self.commas > 1;
        let title_case = !listy && self.cap + left >= 3 * (self.long - self.cap);
        let all_caps = 2 * (self.caps + left) >= 3 * (self.words - self.caps);
        title_case || all_caps
    }

    fn add(&mut self, lanes: u64) {
        let lane = |i: u32| (lanes >> (Self::LANE * i)) as usize & Self::MAX_TOKENS;
        self.numbers += lane(0);
        self.commas += lane(1);
        self.words += lane(2);
        self.caps += lane(3);
        self.long += lane(4);
        self.cap += lane(5);
    }
}

/// Lowercase nouns after a name that make it the name of a place or thing
/// (a `match`: told apart by length first, not compared one by one).
fn is_facility(word: &str) -> bool {
    matches!(
        word,
        "airport"
            | "stadium"
            | "street"
            | "avenue"
            | "bridge"
            | "hospital"
            | "university"
            | "prize"
            | "award"
            | "trophy"
            | "memorial"
            | "square"
            | "boulevard"
            | "highway"
            | "foundation"
            | "institute"
    )
}

/// Speech and action verbs after a name (a `match`, as above).
fn is_speech_verb(key: &str) -> bool {
    matches!(
        key,
        "said"
            | "says"
            | "told"
            | "added"
            | "asked"
            | "wrote"
            | "replied"
            | "stated"
            | "explained"
            | "noted"
            | "insisted"
            | "argued"
            | "claimed"
            | "warned"
            | "announced"
            | "declared"
            | "commented"
            | "stressed"
            | "underscored"
            | "emphasized"
            | "emphasised"
            | "urged"
            | "admitted"
            | "confirmed"
            | "denied"
            | "recalled"
            | "believes"
            | "thinks"
            | "who"
            | "scored"
            | "won"
            | "beat"
            | "finished"
    )
}

/// What the text right around tokens `[s, e)` says about them.
fn cue_around<'t>(
    a: &Analysis<'t>,
    s: usize,
    e: usize,
    key: &mut String,
    alone: &mut HashMap<&'t str, bool>,
) -> Cue {
    let text = a.text();
    let toks = a.tokens();
    let mut cue = Cue::default();
    let word = |k: usize| toks.get(k).map_or("", |t| t.text(text));
    if s > 0 {
        let t = toks[s - 1];
        if t.kind == TokenKind::Word && !crate::name_runs::capitalized(t, text) {
            lexicon::fold_into(t.text(text), key);
            if lexicon::is_role_noun(key) {
                cue.strong = true;
            }
        }
        // A shirt number in a line-up: "7 - Orhan Veliyev".
        if s > 1 && t.text(text) == "-" && toks[s - 2].kind == TokenKind::Number {
            cue.strong = true;
        }
    }
    if let Some(&next) = toks.get(e) {
        match next.text(text) {
            "(" => {
                // "Noreti Kamasu (Uganda)", "(U.S.)", "(21st minute)".
                let opens = toks.get(e + 1).is_some_and(|t| {
                    t.kind == TokenKind::Number
                        || (t.kind == TokenKind::Word && crate::name_runs::capitalized(*t, text))
                });
                cue.strong |= opens && (e + 2..e + 7).any(|k| word(k) == ")");
            }
            "," => {
                // An age ("Prasit Kanchana, 27,"), a role, or ", who".
                let age = toks.get(e + 1).is_some_and(|t| t.kind == TokenKind::Number)
                    && matches!(word(e + 2), "," | ".");
                cue.strong |= age || word(e + 1) == "who" || roles::role_after(a, e, key).is_some();
            }
            w if next.kind == TokenKind::Word => {
                lexicon::fold_into(w, key);
                cue.verb = is_speech_verb(key);
            }
            _ => {}
        }
    }
    // Surnames recur alone ("Halvorsen's sons"); firms and clubs recur by
    // their first word, so only the last counts.
    cue.recurs = toks[e - 1].kind == TokenKind::Word && {
        lexicon::fold_into(toks[e - 1].text(text), key);
        !LEXICON.is_common(key) && {
            let word = toks[e - 1].text(text);
            match alone.get(word) {
                Some(&seen) => seen,
                None => {
                    let seen = stands_alone_elsewhere(a, e - 1);
                    alone.insert(word, seen);
                    seen
                }
            }
        }
    };
    cue
}

/// True when the word of token `k` also stands alone elsewhere in the text:
/// not next to another capitalised word, not opening a sentence.
/// How far (in bytes) around a word [`stands_alone_elsewhere`] looks.
const WINDOW: usize = 20_000;

fn stands_alone_elsewhere(a: &Analysis<'_>, k: usize) -> bool {
    let text = a.text();
    let toks = a.tokens();
    let word = toks[k].text(text);
    if word.len() < 3 {
        return false;
    }
    let cap =
        |i: usize| toks[i].kind == TokenKind::Word && crate::name_runs::capitalized(toks[i], text);
    // Look within an article's length around the word, so a huge input
    // costs linear time, not quadratic.
    let here = toks[k].span.start;
    let mut from = here.saturating_sub(WINDOW);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (here + WINDOW).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    memchr::memmem::find_iter(&text.as_bytes()[from..to], word).any(|at| {
        let at = from + at;
        if at == here {
            return false;
        }
        let i = a.token_at(at);
        toks.get(i)
            .is_some_and(|t| t.span.start == at && t.span.end == at + word.len())
            && !(i > 0 && cap(i - 1))
            && !(i + 1 < toks.len() && cap(i + 1))
            && a.sentence_at(at)
                .is_none_or(|s| a.sentences()[s].start != at)
    })
}

/// Whether a run from capitalised token `i` can have a second part; most
/// capitalised words stand alone. A second part is a capitalised word; a
/// particle ("van", "de") before a capitalised word or a hyphen ("Ludwig
/// van Beethoven", "Bashar al-Assad"); a word glued by a hyphen
/// ("Jean-Pierre"); a word after an initial or a title with its period
/// ("J. Smith", "Mr. Biden"); or an editor's bracket. The particle and
/// title tests read the word table last, when all else allows a part.
/// `key` is scratch space.
fn may_continue(a: &Analysis<'_>, i: usize, key: &mut String) -> bool {
    let text = a.text();
    let toks = a.tokens();
    let shapes = a.shapes();
    let Some(&n) = toks.get(i + 1) else {
        return false;
    };
    if shapes[i + 1].line_before() {
        return false;
    }
    let cap_or_hyphen = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word && shapes[k].capitalized()
                || t.span.len() == 1 && text.as_bytes()[t.span.start] == b'-'
        })
    };
    let short_lower = |k: usize, max: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word && !shapes[k].capitalized() && t.span.len() <= max
        })
    };
    let glued = |k: usize| toks[k].span.start == toks[k - 1].span.end;
    if n.kind == TokenKind::Word {
        return shapes[i + 1].capitalized()
            || short_lower(i + 1, 5)
                && (cap_or_hyphen(i + 2) || short_lower(i + 2, 3) && cap_or_hyphen(i + 3))
                && {
                    lexicon::fold_into(n.text(text), key);
                    lexicon::is_particle(key)
                };
    }
    // Only a one-byte mark can follow here.
    if n.span.len() != 1 {
        return false;
    }
    match text.as_bytes()[n.span.start] {
        // A hyphen joins a compound only when glued to a word on both
        // sides ("Jean-Pierre", not "SOCCER -").
        b'-' => {
            glued(i + 1)
                && toks
                    .get(i + 2)
                    .is_some_and(|w| w.kind == TokenKind::Word && w.span.start == n.span.end)
        }
        // A period glued to an initial, or to a title before more of the
        // name on the line (a word or an editor's bracket must come next).
        b'.' => {
            glued(i + 1)
                && (name_runs::one_char(toks[i].text(text))
                    || toks
                        .get(i + 2)
                        .is_some_and(|t| t.kind == TokenKind::Word || t.text(text) == "]")
                        && {
                            lexicon::fold_into(toks[i].text(text), key);
                            lexicon::title(key).is_some()
                        })
        }
        b']' => true,
        _ => false,
    }
}

/// The buffers [`candidates`] works in, kept from one document to the
/// next so that reading a document allocates none of them again; each is
/// cleared before use.
#[derive(Default)]
pub struct Buffers {
    /// Scratch space for keys.
    key: String,
    /// One buffer for every run's parts.
    run: name_runs::Run,
    /// Runs of a few unknown words that found no cue: tried again once the
    /// names around them are known ("Dilan Perera, Ruwan Siriwardena,").
    deferred: Vec<(usize, usize)>,
    /// Per token: a candidate ends / starts there.
    ends: Vec<bool>,
    starts: Vec<bool>,
    /// The names of the candidates as written, one after another (each
    /// candidate holds its span here); the persons pass adds names.
    pub displays: String,
}

impl Buffers {
    /// The number of elements its largest buffer has room for.
    pub fn capacity(&self) -> usize {
        (self.deferred.capacity())
            .max(self.key.capacity())
            .max(self.run.capacity())
            .max(self.ends.capacity())
            .max(self.starts.capacity())
            .max(self.displays.capacity())
    }
}

/// All names with their own evidence, in text order, in `out` (cleared
/// first); their keys get ids in `vocab`.
pub fn candidates(
    a: &Analysis<'_>,
    layout: &Layout,
    vocab: &mut Vocab,
    buffers: &mut Buffers,
    out: &mut Vec<Candidate>,
) {
    let text = a.text();
    let toks = a.tokens();
    let Buffers {
        key,
        run,
        deferred,
        ends,
        starts,
        displays,
    } = buffers;
    out.clear();
    displays.clear();
    deferred.clear();
    // Whether a word stands alone elsewhere, asked once per word.
    let mut alone = HashMap::new();
    // Tokens before `resume` belong to a run already read.
    let mut resume = 0;
    for &i in &layout.capitalized {
        let i = i as usize;
        if i < resume || toks[i].kind != TokenKind::Word {
            continue;
        }
        if !may_continue(a, i, key) {
            continue;
        }
        let next = name_runs::run_at(a, i, key, run);
        let found = names_in_run(
            a,
            layout,
            &run.parts,
            (key, &mut alone, vocab, displays),
            out,
            None,
        );
        if !found && (2..=4).contains(&run.parts.len()) {
            // Kept as the run's first token and the token after it: most
            // are never tried again, and those that are are read again.
            deferred.push((i, run.parts[run.parts.len() - 1].tokens.1));
        }
        resume = next;
    }
    if deferred.is_empty() || out.is_empty() {
        return;
    }
    let joiner = |k: usize| matches!(toks[k].text(text), "," | ";" | "and");
    let before_len = out.len();
    // Each round may make the next run's neighbour known; lists are short.
    for _ in 0..4 {
        ends.clear();
        ends.resize(toks.len() + 1, false);
        starts.clear();
        starts.resize(toks.len() + 1, false);
        for c in out.iter() {
            ends[c.tokens.1] = true;
            starts[c.tokens.0] = true;
        }
        let count = out.len();
        deferred.retain(|&(s, e)| {
            // The item before may end in a bracket: "Nolan (captain), Lolohea".
            let before = s.checked_sub(1).filter(|&k| joiner(k)).map(|k| {
                if k >= 1 && toks[k - 1].text(text) == ")" {
                    (k.saturating_sub(8)..k - 1)
                        .rev()
                        .find(|&o| toks[o].text(text) == "(")
                        .unwrap_or(k)
                } else {
                    k
                }
            });
            let listed = before.is_some_and(|k| ends[k])
                || (e + 1 < toks.len() && joiner(e) && starts[e + 1]);
            let strong = Some(Cue {
                strong: true,
                ..Cue::default()
            });
            if !listed {
                return true;
            }
            name_runs::run_at(a, s, key, run);
            !names_in_run(
                a,
                layout,
                &run.parts,
                (key, &mut alone, vocab, displays),
                out,
                strong,
            )
        });
        if out.len() == count {
            break;
        }
    }
    if out.len() > before_len {
        out.sort_by_key(|c| c.span.start);
    }
}

/// Finds the names in one run and appends them to `out`; true when it
/// found any. `cue` replaces the cue read from the text around the run.
fn names_in_run<'t>(
    a: &Analysis<'t>,
    layout: &Layout,
    parts: &[Part],
    (key, alone, vocab, displays): (
        &mut String,
        &mut HashMap<&'t str, bool>,
        &mut Vocab,
        &mut String,
    ),
    out: &mut Vec<Candidate>,
    cue: Option<Cue>,
) -> bool {
    let text = a.text();
    let toks = a.tokens();
    let mut found_any = false;
    let mut from = 0;
    let caps = parts
        .iter()
        .filter(|p| p.kind == PartKind::Word)
        .all(|p| p.caps);
    // A name needs two parts, or a title and one.
    while from + 1 < parts.len() {
        let rest = &parts[from..];
        let headline = || layout.headline_at(a, rest[0].span.start);
        let cx = RunContext {
            sentence_initial: from == 0 && layout.sentence_initial[rest[0].tokens.0],
            headline: &headline,
            caps,
        };
        let (s, e) = (rest[0].tokens.0, rest[rest.len() - 1].tokens.1);
        let read_cue = || cue.unwrap_or_else(|| cue_around(a, s, e, key, alone));
        let Some(found) = name_runs::name_in_run(rest, cx, read_cue) else {
            break;
        };
        found_any = true;
        let words = &rest[found.start..found.end];
        // "Martin K. Hale & Co." is a firm, "Charles de Gaulle airport"
        // a place.
        let after = words[words.len() - 1].tokens.1;
        let thing = toks.get(after).is_some_and(|t| {
            let w = t.text(text);
            w == "&" || is_facility(w)
        });
        if !thing
            && let Some(c) = candidate(
                a,
                words,
                found.evidence,
                found.title_gender,
                (key, vocab, displays),
            )
        {
            out.push(c);
        }
        from += found.end.max(1);
    }
    found_any
}

fn candidate(
    a: &Analysis<'_>,
    words: &[Part],
    evidence: Evidence,
    title_gender: Option<NameGender>,
    (key, vocab, displays): (&mut String, &mut Vocab, &mut String),
) -> Option<Candidate> {
    let text = a.text();
    let first = words.first()?;
    let last = words.last()?;
    // The mention starts after an editor's bracket inside the name.
    let start = words
        .iter()
        .rev()
        .find(|p| p.after_bracket)
        .unwrap_or(first)
        .span
        .start;
    let span = Span::new(start, last.span.end);
    let named = || words.iter().filter(|p| p.kind != PartKind::Particle);
    let size = named().count();
    let first_named = named().next()?;
    // The parts joined by single spaces, added to `displays`.
    let display_start = displays.len();
    let mut prev_end = None;
    for p in words {
        if prev_end.is_some_and(|e| e < p.span.start) {
            displays.push(' ');
        }
        displays.push_str(p.span.text(text));
        prev_end = Some(p.span.end);
    }
    let display = Span::new(display_start, displays.len());
    // The surname is the last part that is not a suffix ("Jr.").
    let last_named = named()
        .rev()
        .find(|p| !p.key_is(class::SUFFIX))
        .unwrap_or(last);
    let toks = a.tokens();
    let (s, e) = (first.tokens.0, last.tokens.1);
    // "The Kremlin spokesman, Dmitry Peskov, said": a role set off by commas.
    let comma = |k: usize| {
        toks.get(k)
            .is_some_and(|t| name_runs::is_mark(t, text, b','))
    };
    let role = roles::role_before(a, s, key)
        .or_else(|| roles::role_after(a, e, key))
        .or_else(|| {
            (s > 0 && comma(s - 1) && comma(e))
                .then(|| roles::role_before(a, s - 1, key))
                .flatten()
        });
    let given_gender = if size > 1 { first_named.given() } else { None };
    let last_key = vocab.intern(&last_named.key);
    // A name of one part has one key.
    let first_key = if std::ptr::eq(first_named, last_named) {
        last_key
    } else {
        vocab.intern(&first_named.key)
    };
    Some(Candidate {
        span,
        tokens: (first.tokens.0, last.tokens.1),
        display,
        first_key,
        last_key,
        size,
        caps: named().all(|p| p.caps || p.kind == PartKind::Initial),
        role,
        title_gender: title_gender.or_else(|| role.and_then(|r| role_gender(a, r, key))),
        given_gender,
        evidence,
    })
}

/// The gender a role shows by its words ("spokeswoman", "his wife").
pub fn role_gender(a: &Analysis<'_>, role: Span, key: &mut String) -> Option<NameGender> {
    let text = a.text();
    a.tokens()[a.tokens_in(role)].iter().rev().find_map(|t| {
        lexicon::fold_into(t.text(text), key);
        lexicon::gendered_noun(key)
    })
}

/// True when the single capitalised token `i` is likely a plain word here:
/// a dictionary word opening a sentence and followed by a lowercase word
/// ("Such a plan…", "Given the…").
pub fn plain_word_at(a: &Analysis<'_>, layout: &Layout, i: usize, key: &str) -> bool {
    let text = a.text();
    if !layout.sentence_initial[i] || !LEXICON.is_common(key) {
        return false;
    }
    a.tokens().get(i + 1).is_some_and(|n| {
        n.kind == TokenKind::Word && n.text(text).starts_with(char::is_lowercase) && {
            let w = n.text(text);
            matches!(
                w,
                "a" | "an" | "the" | "that" | "this" | "as" | "it" | "is" | "was" | "of"
            )
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The counts read from the table are the counts by definition.
        #[test]
        fn counts_follow_their_definition(text in "([A-Za-z]{1,6}|[0-9]{1,3}|[ ,.;'’()\n]|É|é|ß|½){0,60}") {
            let a = Analysis::new(&text);
            let mut counts = Counts::default();
            counts.add(
                a.tokens()
                    .iter()
                    .zip(a.shapes())
                    .fold(0, |sum, (&t, &shape)| sum + Counts::of(t, shape, &text)),
            );
            let words: Vec<_> = a
                .tokens()
                .iter()
                .zip(a.shapes())
                .filter(|(t, s)| t.kind == TokenKind::Word && s.alphabetic())
                .collect();
            let long = words.iter().filter(|(t, _)| t.span.len() >= 4);
            prop_assert_eq!(counts.numbers, a.tokens().iter().filter(|t| t.kind == TokenKind::Number).count());
            prop_assert_eq!(counts.commas, a.tokens().iter().filter(|t| t.text(&text) == ",").count());
            prop_assert_eq!(counts.words, words.len());
            prop_assert_eq!(
                counts.caps,
                words.iter().filter(|(t, s)| t.span.len() > 1 && !s.has_lower()).count()
            );
            prop_assert_eq!(counts.long, long.clone().count());
            prop_assert_eq!(counts.cap, long.filter(|(_, s)| s.capitalized()).count());
        }

        /// Each sentence's first word, and no other token, is marked as
        /// opening its sentence.
        #[test]
        fn sentence_initial_marks_first_words(text in "([A-Za-z]{1,6}|[0-9]{1,3}|[ ,.;!?'\"()\n]|\\.\\.\\.|É|é){0,80}") {
            let a = Analysis::new(&text);
            let layout = Layout::new(&a);
            let mut want = vec![false; a.tokens().len()];
            for &s in a.sentences() {
                if let Some(i) = a.tokens_in(s).find(|&i| a.tokens()[i].kind == TokenKind::Word) {
                    want[i] = true;
                }
            }
            prop_assert_eq!(layout.sentence_initial, want);
        }

        /// The capitalised tokens are listed, in order.
        #[test]
        fn capitalized_lists_capitalised_tokens(text in "([A-Za-z]{1,4}|[ ,.]|É|é){0,60}") {
            let a = Analysis::new(&text);
            let want: Vec<u32> = (0..a.tokens().len() as u32)
                .filter(|&i| a.shape(i as usize).capitalized())
                .collect();
            prop_assert_eq!(Layout::new(&a).capitalized, want);
        }

        /// The stepped search finds what a search over all tokens left does.
        #[test]
        fn first_from_is_a_partition_point(text in "([a-z]{1,3} ){0,80}", k in 0usize..90, at in 0usize..400) {
            let a = Analysis::new(&text);
            let toks = a.tokens();
            let k = k.min(toks.len());
            let past = |t: &Token| t.span.start >= at;
            prop_assert_eq!(first_from(toks, k, past), k + toks[k..].partition_point(|t| !past(t)));
        }

        /// Stopping early never changes whether a sentence is a headline.
        #[test]
        fn headline_stops_only_when_settled(
            text in "([a-z]{1,5} |[0-9] |, ){0,12}(([A-Z]{2,5} |[a-z]{1,3} ){0,40}|([A-Z][a-z]{3,6} |[a-z]{1,3} ){0,40})"
        ) {
            let a = Analysis::new(&text);
            let mut counts = Counts::default();
            for (toks, shapes) in a.tokens().chunks(Counts::MAX_TOKENS).zip(a.shapes().chunks(Counts::MAX_TOKENS)) {
                counts.add(toks.iter().zip(shapes).fold(0, |sum, (&t, &shape)| sum + Counts::of(t, shape, &text)));
            }
            prop_assert_eq!(Counts::headline(a.tokens(), a.shapes(), &text), counts.is_headline());
        }
    }
}
