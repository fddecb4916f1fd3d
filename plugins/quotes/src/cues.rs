//! Speech cues and the noun phrases that say who spoke.
//!
//! A cue is a reporting verb (`said`, `told`, `added`, `underscored`, …),
//! `according to`, or a colon after a name. Its speaker is the subject
//! before it (`Putin said`, `the Russian leader said`, `Alexei Mukhin, CEO
//! of X, told`), or, inverted, the phrase after it (`said Putin`). For a
//! participle (`…, saying “…”`) it is the subject of the main clause.
//!
//! Everything works on the shared tokens; nothing here allocates per token.

use std::sync::LazyLock;

use gleaner_text::{Shape, Span, Token, TokenKind};

/// A set of words with a lookup that costs one table read for most other
/// words (their first byte and length), else one hash of three bytes and,
/// as a rule, at most one comparison: bucketed by first byte, last byte
/// and length.
pub(crate) struct WordSet {
    /// Per first byte, a bit per length (31 for 31 and more) of the words
    /// starting with it.
    lengths: [u32; 256],
    buckets: Vec<Vec<&'static str>>,
}

const BUCKETS: usize = 1024;

#[inline]
fn bucket(w: &[u8]) -> usize {
    let (first, last) = (w[0] as usize, w[w.len() - 1] as usize);
    (first.wrapping_mul(31) ^ last.wrapping_mul(131) ^ w.len().wrapping_mul(7)) % BUCKETS
}

impl WordSet {
    pub(crate) fn new(lists: &[&[&'static str]]) -> Self {
        let mut buckets = vec![Vec::new(); BUCKETS];
        let mut lengths = [0; 256];
        for list in lists {
            for w in *list {
                buckets[bucket(w.as_bytes())].push(*w);
                lengths[usize::from(w.as_bytes()[0])] |= 1 << w.len().min(31);
            }
        }
        WordSet { lengths, buckets }
    }

    /// Whether the word (its bytes) is in the set.
    #[inline]
    pub fn contains(&self, w: &[u8]) -> bool {
        let Some(&first) = w.first() else {
            return false;
        };
        self.lengths[usize::from(first)] >> w.len().min(31) & 1 != 0
            && self.buckets[bucket(w)].iter().any(|x| x.as_bytes() == w)
    }
}

static NOT_NAME_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[NOT_NAMES, DETERMINERS, PRONOUNS]));
static BETWEEN_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[BETWEEN]));

/// How a speaker is mentioned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NpKind {
    /// A capitalised name: `Vladimir Putin`, `Sen. Lindsey Graham`, `the White House`.
    Name,
    /// `he`, `she`, `they`, `I`, `we`.
    Pronoun,
    /// A common noun phrase: `the senator`, `the Russian leader`, `a spokesman`.
    Nominal,
}

/// A speaker mention: tokens `[first, last]` (inclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Np {
    pub first: usize,
    pub last: usize,
    pub kind: NpKind,
}

/// How a cue verb relates to its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// A finite reporting verb: the subject comes before it, or after it
    /// when inverted.
    Verb,
    /// A participle (`saying`, `adding`): the speaker is the clause's subject.
    Participle,
    /// `according to X`.
    According,
}

/// A speech cue with the mention of its speaker.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Event {
    /// Token index of the cue word.
    pub cue: usize,
    pub np: Option<Np>,
    /// A verb taken as a cue only for its place right after a quotation
    /// (`“…,” Trump shot back`), not from the lexicon.
    pub loose: bool,
}

/// Reporting verbs, finite forms. Sorted for binary search.
pub(crate) const VERBS: &[&str] = &[
    "accuse",
    "accused",
    "accuses",
    "acknowledged",
    "acknowledges",
    "added",
    "adds",
    "admits",
    "admitted",
    "advised",
    "agreed",
    "agrees",
    "alleged",
    "alleges",
    "announced",
    "announces",
    "answered",
    "answers",
    "argued",
    "argues",
    "asked",
    "asks",
    "asserted",
    "asserts",
    "barked",
    "blasted",
    "blasts",
    "boasted",
    "boasts",
    "bragged",
    "branded",
    "called",
    "calls",
    "cautioned",
    "cautions",
    "chanted",
    "chants",
    "charged",
    "charges",
    "chided",
    "cited",
    "cites",
    "claimed",
    "claims",
    "commented",
    "comments",
    "complained",
    "complains",
    "conceded",
    "concedes",
    "concluded",
    "concludes",
    "confirmed",
    "confirms",
    "contended",
    "contends",
    "continued",
    "continues",
    "countered",
    "counters",
    "cried",
    "criticized",
    "criticizes",
    "declared",
    "declares",
    "decried",
    "decries",
    "demanded",
    "demands",
    "denounced",
    "denounces",
    "derided",
    "described",
    "describes",
    "dubbed",
    "echoed",
    "emphasised",
    "emphasises",
    "emphasized",
    "emphasizes",
    "estimated",
    "exclaimed",
    "explained",
    "explains",
    "expressed",
    "griped",
    "hailed",
    "insisted",
    "insists",
    "interjected",
    "joked",
    "jokes",
    "labeled",
    "labelled",
    "lambasted",
    "lamented",
    "laments",
    "maintained",
    "maintains",
    "marveled",
    "mocked",
    "mused",
    "muses",
    "noted",
    "notes",
    "observed",
    "observes",
    "opined",
    "pledged",
    "pledges",
    "pointed",
    "posted",
    "posts",
    "praised",
    "praises",
    "predicted",
    "predicts",
    "proclaimed",
    "proclaims",
    "promised",
    "promises",
    "protested",
    "protests",
    "quipped",
    "quips",
    "quoted",
    "quotes",
    "ranted",
    "reassured",
    "recalled",
    "recalls",
    "recounted",
    "referenced",
    "referred",
    "refers",
    "reiterated",
    "reiterates",
    "remarked",
    "remarks",
    "repeated",
    "replied",
    "replies",
    "reported",
    "reports",
    "responded",
    "responds",
    "retorted",
    "said",
    "say",
    "says",
    "scoffed",
    "shouted",
    "shouts",
    "slammed",
    "slams",
    "snapped",
    "speaks",
    "speculated",
    "spoke",
    "stated",
    "states",
    "stressed",
    "stresses",
    "suggested",
    "suggests",
    "talked",
    "talks",
    "tells",
    "testified",
    "thundered",
    "told",
    "touted",
    "touts",
    "tweeted",
    "tweets",
    "underlined",
    "underscored",
    "underscores",
    "urged",
    "urges",
    "vowed",
    "vows",
    "warned",
    "warns",
    "wondered",
    "wonders",
    "writes",
    "wrote",
    "yelled",
    "yells",
];

/// Reporting verbs as participles, sorted.
pub(crate) const PARTICIPLES: &[&str] = &[
    "accusing",
    "acknowledging",
    "adding",
    "admitting",
    "alleging",
    "announcing",
    "arguing",
    "asking",
    "asserting",
    "boasting",
    "bragging",
    "calling",
    "chanting",
    "citing",
    "claiming",
    "complaining",
    "conceding",
    "declaring",
    "describing",
    "explaining",
    "insisting",
    "joking",
    "noting",
    "pledging",
    "predicting",
    "proclaiming",
    "promising",
    "quoting",
    "recalling",
    "referring",
    "replying",
    "reporting",
    "responding",
    "saying",
    "shouting",
    "stating",
    "stressing",
    "suggesting",
    "telling",
    "tweeting",
    "urging",
    "vowing",
    "warning",
    "writing",
    "yelling",
];

/// Words that may stand between a subject and its verb (`Putin also said`,
/// `she has repeatedly said`).
const BETWEEN: &[&str] = &[
    "again",
    "already",
    "also",
    "always",
    "previously",
    "did",
    "does",
    "earlier",
    "even",
    "had",
    "has",
    "have",
    "is",
    "just",
    "later",
    "never",
    "often",
    "once",
    "only",
    "recently",
    "then",
    "was",
    "were",
    "will",
    "would",
    "were",
    "'s",
    "’s",
    "has",
    "further",
    "since",
    "still",
];

pub(crate) const PRONOUNS: &[&str] = &["He", "I", "She", "They", "We", "he", "she", "they", "we"];

/// One of [`PRONOUNS`]: a `match` on the bytes, a length test and a load
/// or two for these short words (a test checks it against the list).
pub(crate) fn is_pronoun_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"He" | b"I" | b"She" | b"They" | b"We" | b"he" | b"she" | b"they" | b"we"
    )
}

/// One of [`DETERMINERS`], as [`is_pronoun_word`].
pub(crate) fn is_determiner_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"A" | b"An"
            | b"His"
            | b"Her"
            | b"Its"
            | b"The"
            | b"Their"
            | b"a"
            | b"an"
            | b"his"
            | b"her"
            | b"its"
            | b"the"
            | b"their"
    )
}

/// One of [`NAME_LINKS`], as [`is_pronoun_word`].
pub(crate) fn is_name_link(w: &[u8]) -> bool {
    matches!(
        w,
        b"al"
            | b"bin"
            | b"da"
            | b"de"
            | b"del"
            | b"der"
            | b"di"
            | b"for"
            | b"la"
            | b"le"
            | b"of"
            | b"van"
            | b"von"
    )
}

pub(crate) const DETERMINERS: &[&str] = &[
    "A", "An", "His", "Her", "Its", "The", "Their", "a", "an", "his", "her", "its", "the", "their",
];

/// Capitalised words that start a sentence or phrase but never a speaker's name.
const NOT_NAMES: &[&str] = &[
    "About",
    "Across",
    "After",
    "Again",
    "Also",
    "Although",
    "And",
    "April",
    "As",
    "At",
    "August",
    "Because",
    "Before",
    "But",
    "By",
    "December",
    "Despite",
    "During",
    "Earlier",
    "February",
    "For",
    "Friday",
    "From",
    "However",
    "If",
    "In",
    "It",
    "January",
    "July",
    "June",
    "Last",
    "Later",
    "March",
    "May",
    "Meanwhile",
    "Monday",
    "November",
    "October",
    "On",
    "Or",
    "Saturday",
    "September",
    "She",
    "Since",
    "So",
    "Still",
    "Sunday",
    "That",
    "Then",
    "There",
    "This",
    "Thursday",
    "Tuesday",
    "Wednesday",
    "When",
    "While",
    "With",
    "Yet",
];

/// Lowercase words that may link the parts of a name (`Secretary of State
/// John Kerry`, `Charles de Gaulle`).
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) const NAME_LINKS: &[&str] = &[
    "al", "bin", "da", "de", "del", "der", "di", "for", "la", "le", "of", "van", "von",
];

/// The kind of cue word `w` (a word or its bytes) is, if any.
#[inline]
pub(crate) fn cue_kind(w: impl AsRef<[u8]>) -> Option<CueKind> {
    let w = w.as_ref();
    cue_kind_flagged(w, || cue_flags(w))
}

/// [`cue_kind`] given the word's [`cue_flags`], computed only when needed.
#[inline]
pub(crate) fn cue_kind_flagged(w: &[u8], flags: impl FnOnce() -> u8) -> Option<CueKind> {
    // Every cue is a lowercase word of 3 to 12 letters (or `According`).
    if !(3..=12).contains(&w.len()) || !(w[0].is_ascii_lowercase() || w[0] == b'A') {
        return None;
    }
    if w == b"According" {
        return Some(CueKind::According);
    }
    // The lists are in lower case: a word matching in some case is one of
    // them exactly when it has no capital.
    match flags() & !LOOSE_VERB {
        0 => None,
        _ if w.iter().any(|b| b.is_ascii_uppercase()) => None,
        f if f & CUE_VERB != 0 => Some(CueKind::Verb),
        f if f & CUE_PARTICIPLE != 0 => Some(CueKind::Participle),
        _ => Some(CueKind::According),
    }
}

const CUE_VERB: u8 = 1;
const CUE_PARTICIPLE: u8 = 2;
const CUE_ACCORDING: u8 = 4;
/// The irregular past tenses of `is_loose_verb` that do not end in `-ed`.
const LOOSE_VERB: u8 = 8;

/// The flags of a word (its bytes) in the cue table: 0 for most words.
///
/// The words are looked up as written: the lists are in lower case, and
/// of the words with a capital only `According` is a cue
/// ([`cue_kind_flagged`] rejects the others, whatever their flags), so it
/// is the one entry with a capital.
#[inline]
pub(crate) fn cue_flags(w: &[u8]) -> u8 {
    CUE_WORDS.get_bytes(w)
}

/// The cue table itself, for a loop that looks up every word
/// (`cue_words().get_bytes(w)` is [`cue_flags`]`(w)`).
pub(crate) fn cue_words() -> &'static CueTable {
    &CUE_WORDS
}

/// False when `w` is surely neither a cue word nor a loose past tense,
/// given its [`cue_flags`]: it does not end in `-ed` and is in no list.
#[inline]
pub(crate) fn may_be_cue_or_loose(w: &[u8], flags: u8) -> bool {
    flags != 0 || w.ends_with(b"ed")
}

/// Every word of the cue table with its flags.
fn cue_entries() -> impl Iterator<Item = (&'static str, u8)> {
    VERBS
        .iter()
        .map(|&w| (w, CUE_VERB))
        .chain(PARTICIPLES.iter().map(|&w| (w, CUE_PARTICIPLE)))
        .chain([("according", CUE_ACCORDING)])
        .chain(["shot", "went", "spoke", "wrote"].map(|w| (w, LOOSE_VERB)))
}

/// The cue words in one table.
static CUE_WORDS: LazyLock<CueTable> =
    LazyLock::new(|| CueTable::new(cue_entries().chain([("According", CUE_ACCORDING)])));

/// The words of the cue table by their exact bytes, in an open-addressed
/// table a quarter full: a word is hashed from its length and three of
/// its bytes, and most words outside the table find an empty slot at once;
/// a word in it, its own slot as a rule.
pub(crate) struct CueTable {
    slots: Vec<(&'static [u8], u8)>,
}

impl CueTable {
    const SLOTS: usize = 1024;

    fn slot(w: &[u8]) -> usize {
        let n = w.len();
        let x = u32::from(w[0]) | u32::from(w[n - 1]) << 8 | u32::from(w[n / 2]) << 16;
        let x = x | (n as u32 & 0xFF) << 24;
        (x.wrapping_mul(0x9E37_79B1) >> 22) as usize
    }

    fn new(words: impl Iterator<Item = (&'static str, u8)>) -> Self {
        let mut slots = vec![(&b""[..], 0); Self::SLOTS];
        for (w, flags) in words {
            let w = w.as_bytes();
            let mut s = Self::slot(w);
            while slots[s].1 != 0 && slots[s].0 != w {
                s = (s + 1) % Self::SLOTS;
            }
            slots[s] = (w, slots[s].1 | flags);
        }
        CueTable { slots }
    }

    /// The flags of the word `w` (its bytes), 0 when it is not listed.
    #[inline]
    pub fn get_bytes(&self, w: &[u8]) -> u8 {
        if w.is_empty() {
            return 0;
        }
        let mut s = Self::slot(w);
        loop {
            let (word, flags) = self.slots[s];
            if flags == 0 || word == w {
                return flags;
            }
            s = (s + 1) % Self::SLOTS;
        }
    }
}

/// A bit per length, first byte and last byte of the cue words and loose
/// verbs, the case of letters folded: read for every token without a
/// branch.
pub(crate) struct CueShapes {
    /// A row per first byte (its low five bits) and the rows [`Self::NONE`]
    /// and [`Self::ANY`]; in each a word per length (15 for 15 and more),
    /// with a bit per last byte (its low five bits). Room for a row per
    /// `u8` (the rest empty), so that the index needs no bounds check in
    /// the loop over all tokens.
    rows: [u32; 256 * 16],
    /// The row a token reads by its first byte ([`crate::SHAPE_ROW`]),
    /// beside the rows: the loop over all tokens reads both from one base.
    row_of: [u8; 256],
}

impl CueShapes {
    /// A row of no word: [`CueShapes::may_have`] is false.
    pub const NONE: u8 = 32;
    /// A row of every word: [`CueShapes::may_have`] is true.
    pub const ANY: u8 = 33;

    /// The row of the words starting with `first`.
    pub const fn row(first: u8) -> u8 {
        first & 31
    }

    /// False when no word of `row`, and so no word of the cue table (in
    /// any case) and no loose verb (a lowercase word of four letters or
    /// more ending in `d`, which takes in every `-ed`) starting with its
    /// first byte, has `len` bytes and ends with `last`; true for these
    /// words and a few others.
    #[inline]
    pub fn may_have(&self, row: u8, len: usize, last: u8) -> bool {
        (self.rows[usize::from(row) << 4 | len.min(15)] >> (last & 31)) & 1 != 0
    }

    /// [`CueShapes::may_have`] for the row of a token starting with
    /// `first` ([`crate::SHAPE_ROW`]).
    #[inline]
    pub fn may_have_token(&self, first: u8, len: usize, last: u8) -> bool {
        self.may_have(self.row_of[usize::from(first)], len, last)
    }
}

/// The shapes of the cue table's words and of the loose verbs.
pub(crate) fn cue_shapes() -> &'static CueShapes {
    static SHAPES: LazyLock<CueShapes> = LazyLock::new(|| {
        let mut rows = [0; 256 * 16];
        let at = |row: u8, len: usize| usize::from(row) << 4 | len.min(15);
        for (w, _) in cue_entries() {
            let w = w.as_bytes();
            rows[at(CueShapes::row(w[0]), w.len())] |= 1 << (w[w.len() - 1] & 31);
        }
        for len in 4..=15 {
            for first in b'a'..=b'z' {
                rows[at(CueShapes::row(first), len)] |= 1 << (b'd' & 31);
            }
        }
        for len in 0..16 {
            rows[at(CueShapes::ANY, len)] = u32::MAX;
        }
        CueShapes {
            rows,
            row_of: crate::SHAPE_ROW,
        }
    });
    &SHAPES
}

/// Token access for one text.
#[derive(Clone, Copy)]
pub(crate) struct Words<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// Per token, how it is written (`Analysis::shapes`).
    pub shapes: &'a [Shape],
    /// Per token: inside a person mention of the people extractor (may be
    /// empty: then nothing is known).
    pub person: &'a [bool],
    /// Per token: inside a quotation (may be empty).
    pub quoted: &'a [bool],
}

impl<'a> Words<'a> {
    #[inline]
    pub fn w(&self, i: usize) -> &'a str {
        self.toks[i].span.text(self.text)
    }

    /// The bytes of token `i`: [`Words::w`] without the checks that a
    /// `str` is sliced at character boundaries, for the many comparisons
    /// with ASCII words and marks.
    #[inline]
    pub fn b(&self, i: usize) -> &'a [u8] {
        let s = self.toks[i].span;
        &self.text.as_bytes()[s.start..s.end]
    }

    fn is_person(&self, i: usize) -> bool {
        self.person.get(i).copied().unwrap_or(false)
    }

    fn is_quoted(&self, i: usize) -> bool {
        self.quoted.get(i).copied().unwrap_or(false)
    }

    /// The run of person tokens starting at `i`, up to `ceil`.
    fn person_run(&self, i: usize, ceil: usize) -> Np {
        let mut last = i;
        while last + 1 < ceil && self.is_person(last + 1) {
            last += 1;
        }
        Np {
            first: i,
            last,
            kind: NpKind::Name,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks[i].kind == TokenKind::Word
    }

    /// A word whose first character is a capital: read from its shape
    /// (only a word can start with a capital).
    pub fn is_capitalized(&self, i: usize) -> bool {
        let capitalized = self.shapes[i].capitalized();
        debug_assert_eq!(capitalized, {
            let t = self.toks[i];
            t.kind == TokenKind::Word && t.is_capitalized(self.text)
        });
        capitalized
    }

    /// True when tokens `i` and `i + 1` touch (no white space between).
    fn glued(&self, i: usize) -> bool {
        i + 1 < self.toks.len() && self.toks[i].span.end == self.toks[i + 1].span.start
    }

    pub fn span(&self, np: Np) -> Span {
        Span::new(self.toks[np.first].span.start, self.toks[np.last].span.end)
    }

    fn is_pronoun(&self, i: usize) -> bool {
        is_pronoun_word(self.b(i))
    }

    /// `according to him`: `him`, `them`, or `her` not followed by a word.
    fn is_object_pronoun(&self, i: usize, ceil: usize) -> bool {
        match self.b(i) {
            b"him" | b"them" => true,
            b"her" => !(i + 1 < ceil && self.is_word(i + 1)),
            _ => false,
        }
    }

    fn is_determiner(&self, i: usize) -> bool {
        is_determiner_word(self.b(i))
    }

    /// True for a capitalised token that can be part of a name, including
    /// the period of an abbreviation glued to one (`Sen.`, `U.S.`).
    fn is_name_part(&self, i: usize) -> bool {
        let w = self.b(i);
        if self.is_capitalized(i) {
            return !NOT_NAME_SET.contains(w) && cue_kind(w).is_none();
        }
        match w {
            b"." => {
                i > 0 && self.glued(i - 1) && self.is_capitalized(i - 1) && self.b(i - 1).len() <= 4
            }
            b"-" => {
                i > 0
                    && self.glued(i - 1)
                    && self.glued(i)
                    && self.is_capitalized(i - 1)
                    && i + 1 < self.len()
                    && self.is_capitalized(i + 1)
            }
            _ => false,
        }
    }

    /// The name ending at token `end` (inclusive), scanning back.
    fn name_ending_at(&self, end: usize, floor: usize) -> Option<Np> {
        if !self.is_name_part(end) || self.b(end) == b"." && !self.is_name_part(end - 1) {
            return None;
        }
        let mut first = end;
        while first > floor {
            let p = first - 1;
            if self.is_name_part(p) {
                first = p;
            } else if is_name_link(self.b(p)) && p > floor && self.is_name_part(p - 1) {
                first = p - 1;
            } else {
                break;
            }
        }
        // `the White House`, `the Times`: the article belongs to the name.
        if first > floor && matches!(self.b(first - 1), b"the" | b"The") {
            first -= 1;
        }
        while first < end && !self.is_word(first) {
            first += 1;
        }
        Some(Np {
            first,
            last: end,
            kind: NpKind::Name,
        })
    }

    /// The name starting at token `start`, scanning forward.
    fn name_starting_at(&self, start: usize, ceil: usize) -> Option<Np> {
        if !self.is_capitalized(start) || !self.is_name_part(start) {
            return None;
        }
        let mut last = start;
        while last + 1 < ceil {
            let n = last + 1;
            if self.is_name_part(n) {
                last = n;
            } else if is_name_link(self.b(n)) && n + 1 < ceil && self.is_capitalized(n + 1) {
                last = n + 1;
            } else {
                break;
            }
        }
        Some(Np {
            first: start,
            last,
            kind: NpKind::Name,
        })
    }

    /// The speaker phrase starting at token `start`: a pronoun, a name, or a
    /// determiner with up to four more words.
    pub fn np_starting_at(&self, start: usize, ceil: usize) -> Option<Np> {
        if start >= ceil {
            return None;
        }
        if self.is_pronoun(start) || self.is_object_pronoun(start, ceil) {
            return Some(Np {
                first: start,
                last: start,
                kind: NpKind::Pronoun,
            });
        }
        if self.is_determiner(start) {
            let mut last = start;
            let mut capital = false;
            for i in start + 1..ceil.min(start + 6) {
                let w = self.w(i);
                if cue_kind(w).is_some()
                    || BETWEEN_SET.contains(w.as_bytes())
                    || !(self.is_word(i) || self.is_name_part(i))
                {
                    break;
                }
                capital |= self.is_capitalized(i);
                last = i;
                // `The Ohio governor hoped …`: a role noun ends the phrase.
                if crate::speakers::is_role_noun(w) && !(i + 1 < ceil && self.b(i + 1) == b"of") {
                    break;
                }
            }
            if last == start {
                return None;
            }
            let kind = if capital && self.is_capitalized(last) {
                NpKind::Name
            } else {
                NpKind::Nominal
            };
            return Some(Np {
                first: start,
                last,
                kind,
            });
        }
        self.name_starting_at(start, ceil)
    }

    /// The speaker phrase ending at token `end` (inclusive): a pronoun, a
    /// name, or a nominal back to its determiner.
    pub fn np_ending_at(&self, end: usize, floor: usize) -> Option<Np> {
        if self.is_pronoun(end) {
            return Some(Np {
                first: end,
                last: end,
                kind: NpKind::Pronoun,
            });
        }
        if let Some(np) = self.name_ending_at(end, floor) {
            return Some(np);
        }
        if !self.is_word(end) {
            return None;
        }
        // A nominal: up to four words back to a determiner.
        let mut i = end;
        for _ in 0..5 {
            if i <= floor {
                return None;
            }
            i -= 1;
            if self.is_determiner(i) {
                return Some(Np {
                    first: i,
                    last: end,
                    kind: NpKind::Nominal,
                });
            }
            if !(self.is_word(i) || self.is_name_part(i) || self.b(i) == b"-")
                || cue_kind(self.b(i)).is_some()
            {
                return None;
            }
        }
        None
    }

    /// True for a quote mark that is really a plural possessive
    /// (`Sanders' campaign`): glued to a word ending in `s`.
    fn is_possessive_mark(&self, i: usize) -> bool {
        matches!(self.b(i), b"'" | RIGHT_SINGLE)
            && i > 0
            && self.glued(i - 1)
            && self.b(i - 1).ends_with(b"s")
            && self.is_word(i - 1)
    }

    /// True for a token that ends a clause when scanning for a subject.
    fn is_boundary(&self, i: usize) -> bool {
        let w = self.b(i);
        (is_quote_mark(w) && !self.is_possessive_mark(i))
            || matches!(w, b"!" | b"?" | b";" | b":" | EM_DASH | EN_DASH)
            || (w == b"." && !self.is_name_part(i))
    }

    /// The subject of the verb at token `verb`: skips adverbs and auxiliaries,
    /// a parenthesis (`Hollis (D-OR) said`), an appositive (`Mukhin, CEO of
    /// X, told`) and a time phrase (`Lindqvist at the time said`).
    pub fn subject_before(&self, verb: usize, floor: usize) -> Option<Np> {
        let i = self.skip_back(verb, floor)?;
        if self.b(i) == b"," {
            return self.subject_before_appositive(i, floor);
        }
        if matches!(self.b(i), b"and" | b"or" | b"but" | b"then") {
            // A second verb (`shook her head and said`): the clause's subject.
            return self.clause_subject(verb, floor);
        }
        let np = self.np_ending_at(i, floor)?;
        // `Dana Whitlock of Eugene, Oregon says`: the person before
        // the place.
        if np.kind == NpKind::Name && !self.is_person(np.last) && !self.person.is_empty() {
            let mut k = np.first;
            if k >= floor + 2
                && self.b(k - 1) == b","
                && let Some(place) = self.np_ending_at(k - 2, floor)
            {
                k = place.first;
            }
            if k >= floor + 2 && matches!(self.b(k - 1), b"of" | b"from") && self.is_person(k - 2) {
                let mut first = k - 2;
                while first > floor && self.is_person(first - 1) {
                    first -= 1;
                }
                return Some(Np {
                    first,
                    last: k - 2,
                    kind: NpKind::Name,
                });
            }
        }
        // `Lindqvist at the time said`: the phrase was a prepositional object.
        if np.kind == NpKind::Nominal
            && np.first >= floor + 2
            && matches!(
                self.b(np.first - 1),
                b"at"
                    | b"in"
                    | b"on"
                    | b"during"
                    | b"after"
                    | b"before"
                    | b"by"
                    | b"from"
                    | b"with"
                    | b"for"
            )
            && let Some(j) = self.skip_back(np.first - 1, floor)
            && let Some(subject) = self.np_ending_at(j, floor)
            && subject.kind != NpKind::Nominal
        {
            return Some(subject);
        }
        Some(np)
    }

    /// The token before `i`, skipping adverbs, auxiliaries and parentheses.
    pub fn skip_back(&self, mut i: usize, floor: usize) -> Option<usize> {
        loop {
            if i <= floor {
                return None;
            }
            i -= 1;
            let w = self.b(i);
            if BETWEEN_SET.contains(w)
                || (w.ends_with(b"ly") && w.len() > 3 && !self.is_capitalized(i))
            {
                continue;
            }
            if w == b")" {
                while i > floor && self.b(i) != b"(" {
                    i -= 1;
                }
                continue;
            }
            return Some(i);
        }
    }

    /// The subject before the comma at `close` that ends an appositive:
    /// the phrase opening the clause (`Dean Johnson, a salesman from Sumter,
    /// South Carolina, says`), else `Name, role,` / `role, Name,`.
    fn subject_before_appositive(&self, close: usize, floor: usize) -> Option<Np> {
        // The clause start: the sentence start or the last boundary.
        let mut b = close;
        while b > floor && close - b < 40 && !self.is_boundary(b - 1) {
            b -= 1;
        }
        let mut s = b;
        if s < close && self.b(s) == b"," {
            s += 1;
        }
        if let Some(np) = self.np_starting_at(s, close)
            && np.kind != NpKind::Nominal
            && np.last + 1 < close
            && self.b(np.last + 1) == b","
        {
            return Some(np);
        }
        let mut j = close;
        while j > floor && close - j < 16 {
            j -= 1;
            if self.b(j) == b"," {
                break;
            }
            if self.is_boundary(j) {
                return None;
            }
        }
        if j == close || self.b(j) != b"," {
            return None;
        }
        if let Some(np) = self.np_ending_at(close - 1, j)
            && np.first == j + 1
            && np.kind == NpKind::Name
            && !matches!(self.b(np.first), b"the" | b"The")
        {
            return Some(np);
        }
        if j <= floor {
            return None;
        }
        self.np_ending_at(j - 1, floor)
    }

    /// The speaker after an inverted cue (`said Putin`, `said former council
    /// aide Nora Pells`, `according to the Times`): the last name
    /// before the phrase ends, or else the phrase itself.
    pub fn np_after_cue(&self, start: usize, ceil: usize) -> Option<Np> {
        if start >= ceil {
            return None;
        }
        if self.is_pronoun(start) || self.is_object_pronoun(start, ceil) {
            return Some(Np {
                first: start,
                last: start,
                kind: NpKind::Pronoun,
            });
        }
        let mut end = start;
        while end < ceil.min(start + 10) {
            let w = self.b(end);
            let stop = matches!(
                w,
                b"," | b";"
                    | b":"
                    | b"("
                    | EM_DASH
                    | EN_DASH
                    | b"at"
                    | b"in"
                    | b"on"
                    | b"to"
                    | b"during"
                    | b"after"
                    | b"before"
                    | b"from"
                    | b"with"
                    | b"while"
                    | b"when"
                    | b"who"
                    | b"which"
                    | b"that"
                    | b"as"
            ) || self.is_boundary(end)
                || cue_kind(w).is_some();
            if stop {
                break;
            }
            end += 1;
        }
        // The last person named (`said former council aide Nora Pells`).
        if let Some(last) = (start..end).rev().find(|&i| self.is_person(i)) {
            let mut first = last;
            while first > start && self.is_person(first - 1) {
                first -= 1;
            }
            return Some(Np {
                first,
                last,
                kind: NpKind::Name,
            });
        }
        if end > start
            && let Some(np) = self.name_ending_at(end - 1, start)
        {
            let first = if np.first > start && matches!(self.b(np.first - 1), b"the" | b"The") {
                np.first - 1
            } else {
                np.first
            };
            return Some(Np { first, ..np });
        }
        self.np_starting_at(start, ceil)
    }

    /// The subject of the clause holding a participle cue: the first
    /// speaker phrase after `floor` (the sentence start), skipping an opening
    /// adverbial up to its comma.
    pub fn clause_subject(&self, cue: usize, floor: usize) -> Option<Np> {
        // The first person the people extractor found in the clause.
        if let Some(i) = (floor..cue).find(|&i| self.is_person(i) && !self.is_quoted(i)) {
            return Some(self.person_run(i, cue));
        }
        let mut i = floor;
        while i < cue {
            if is_quote_mark(self.b(i)) || self.is_quoted(i) {
                if self.quoted.is_empty() {
                    return None;
                }
                i += 1;
                continue;
            }
            if let Some(np) = self.np_starting_at(i, cue) {
                if np.kind != NpKind::Nominal || np.first == floor || self.b(np.first - 1) == b"," {
                    return Some(np);
                }
                i = np.last + 1;
                continue;
            }
            i += 1;
        }
        None
    }
}

/// True for a token (its text or bytes) that is a quote mark: one
/// character of [`crate::marks::is_quote_char`], read from its bytes.
pub(crate) fn is_quote_mark(w: impl AsRef<[u8]>) -> bool {
    matches!(
        w.as_ref(),
        [b'"' | b'\'']
            // `‘ ’ ‚ “ ” „` (U+2018–201E) and `‹ ›` (U+2039, U+203A)
            | [0xE2, 0x80, 0x98 | 0x99 | 0x9A | 0x9C | 0x9D | 0x9E | 0xB9 | 0xBA]
            // `«` and `»`
            | [0xC2, 0xAB | 0xBB]
    )
}

/// `’`, `—` and `–` as bytes, for matching tokens.
const RIGHT_SINGLE: &[u8] = "’".as_bytes();
pub(crate) const EM_DASH: &[u8] = "—".as_bytes();
pub(crate) const EN_DASH: &[u8] = "–".as_bytes();
