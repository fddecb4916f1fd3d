//! Second pass: who is who. Full names become persons; a surname or given
//! name alone anywhere in the document (before or after, in capitals, in
//! a hyphenated pair like `Putin-Biden`) joins the person whose full
//! mention is nearest, preferring one before it; then each person gets the
//! fullest name used and the gender the text shows.

/// FxHash: short keys hash several times faster than with SipHash. A
/// document crafted so that its names collide would slow these maps down;
/// they hold only the persons of one document, and the risk is accepted.
type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;

use std::cell::Cell;

use gleaner_text::{Analysis, Span, TokenKind};

use crate::detect::{self, Candidate, Layout};
use crate::lexicon::{self, LEXICON, NameGender, class};
use crate::name_runs::{Evidence, is_mark};
use crate::vocab::{KeyId, Vocab};
use crate::{Gender, PersonMention};

struct Person {
    /// The fullest name used, in the document's names as written
    /// ([`detect::Buffers::displays`]).
    display: Span,
    size: usize,
    caps: bool,
    first_key: KeyId,
    last_key: KeyId,
    /// Starts of the full-name mentions, in text order.
    anchors: Vec<usize>,
    title_gender: Option<NameGender>,
    given_gender: Option<NameGender>,
}

impl Person {
    /// The person named by candidate `c`.
    fn new(c: &Candidate) -> Self {
        Person {
            display: c.display,
            size: c.size,
            caps: c.caps,
            first_key: c.first_key,
            last_key: c.last_key,
            anchors: anchors_from(c.span.start),
            title_gender: c.title_gender,
            given_gender: c.given_gender,
        }
    }

    /// Whether full name `c` names this person: same surname and a
    /// compatible first part ("J." fits "Joe").
    fn fits_full(&self, c: &Candidate, vocab: &Vocab) -> bool {
        if self.last_key != c.last_key {
            return false;
        }
        if self.size < 2 || c.size < 2 || self.first_key == c.first_key {
            return true;
        }
        let (a, b) = (vocab.key(self.first_key), vocab.key(c.first_key));
        (a.len() == 1 && b.starts_with(a)) || (b.len() == 1 && a.starts_with(b))
    }

    /// Adds mention `c` of this person, taking its name if fuller.
    fn take(&mut self, c: &Candidate) {
        self.anchor(c.span.start);
        let better = c.size > self.size || (c.size == self.size && self.caps && !c.caps);
        if better {
            self.display = c.display;
            self.size = c.size;
            self.caps = c.caps;
            self.first_key = c.first_key;
        }
        self.title_gender = self.title_gender.or(c.title_gender);
        self.given_gender = self.given_gender.or(c.given_gender);
    }

    /// Distance rank from `offset`: the nearest anchor before it wins over
    /// any after it. Anchors are kept sorted.
    fn distance(&self, offset: usize) -> (bool, usize) {
        let i = self.anchors.partition_point(|&s| s <= offset);
        match i.checked_sub(1) {
            Some(b) => (false, offset - self.anchors[b]),
            None => (
                true,
                self.anchors.first().map_or(usize::MAX, |&s| s - offset),
            ),
        }
    }

    fn anchor(&mut self, start: usize) {
        let i = self.anchors.partition_point(|&s| s <= start);
        self.anchors.insert(i, start);
    }

    fn gender_fits(&self, g: Option<NameGender>) -> bool {
        match (g, self.title_gender) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        }
    }
}

/// The persons a key names: nearly always one, kept without a vector.
enum Ids {
    One(usize),
    Many(Vec<usize>),
}

impl Ids {
    /// Adds person `p` under `key` in `map`.
    fn add(map: &mut FxMap<KeyId, Ids>, key: KeyId, p: usize) {
        map.entry(key)
            .and_modify(|ids| ids.push(p))
            .or_insert(Ids::One(p));
    }

    fn push(&mut self, p: usize) {
        match self {
            Ids::One(q) => *self = Ids::Many(vec![*q, p]),
            Ids::Many(ps) => ps.push(p),
        }
    }

    fn as_slice(&self) -> &[usize] {
        match self {
            Ids::One(p) => std::slice::from_ref(p),
            Ids::Many(ps) => ps,
        }
    }
}

/// A person's anchors, starting with one: room for a few more, as most
/// people named in full are named again.
fn anchors_from(start: usize) -> Vec<usize> {
    let mut anchors = Vec::with_capacity(4);
    anchors.push(start);
    anchors
}

struct Found {
    span: Span,
    person: usize,
    role: Option<Span>,
    /// The first token that ends after the mention (`a.token_at(span.end)`).
    after: usize,
}

fn nearest(
    persons: &[Person],
    ids: &[usize],
    offset: usize,
    g: Option<NameGender>,
) -> Option<usize> {
    ids.iter()
        .copied()
        .filter(|&p| persons[p].gender_fits(g))
        .min_by_key(|&p| persons[p].distance(offset))
}

/// The buffers one document's passes work in, kept per thread from one
/// document to the next (see `gleaner_core::scratch`). Every buffer is
/// cleared before use: nothing read in one document is seen in the next.
#[derive(Default)]
struct Scratch {
    layout: Layout,
    vocab: Vocab,
    detect: detect::Buffers,
    cands: Vec<Candidate>,
    persons: Vec<Person>,
    found: Vec<Found>,
    covered: Vec<bool>,
    by_last: FxMap<KeyId, Ids>,
    by_first: FxMap<KeyId, Ids>,
    key: String,
    compound: String,
    order: Vec<usize>,
    votes: Vec<(u32, u32)>,
    next_other: Vec<usize>,
    pronoun_gender: Vec<Option<NameGender>>,
}

impl gleaner_core::scratch::Scratch for Scratch {
    fn largest(&self) -> usize {
        self.layout
            .capacity()
            .max(self.vocab.capacity())
            .max(self.detect.capacity())
            .max(self.cands.capacity())
            .max(self.persons.capacity())
            .max(self.found.capacity())
            .max(self.covered.capacity())
            .max(self.by_last.capacity())
            .max(self.by_first.capacity())
            .max(self.key.capacity())
            .max(self.compound.capacity())
            .max(self.order.capacity())
            .max(self.votes.capacity())
            .max(self.next_other.capacity())
            .max(self.pronoun_gender.capacity())
    }
}

thread_local! {
    static SCRATCH: Cell<Option<Box<Scratch>>> = const { Cell::new(None) };
}

/// Runs both passes over one analysed text.
pub fn people(a: &Analysis<'_>) -> Vec<PersonMention> {
    gleaner_core::scratch::with(&SCRATCH, |scratch| people_in(a, scratch))
}

/// [`people`], in the buffers of `scratch`.
fn people_in(a: &Analysis<'_>, scratch: &mut Scratch) -> Vec<PersonMention> {
    let text = a.text();
    let toks = a.tokens();
    let Scratch {
        layout,
        vocab,
        detect,
        cands,
        persons,
        found,
        covered,
        by_last,
        by_first,
        key,
        compound,
        order,
        votes,
        next_other,
        pronoun_gender,
    } = scratch;
    layout.fill(a);
    vocab.clear();
    detect::candidates(a, layout, vocab, detect, cands);
    // The names as written of the candidates, and of the persons found
    // below.
    let displays = &mut detect.displays;

    // Full names make persons.
    // Sized so that they seldom grow: at most one person per candidate,
    // and every candidate found with about as many mentions alone.
    persons.clear();
    persons.reserve(cands.len());
    found.clear();
    found.reserve(2 * cands.len() + 8);
    covered.clear();
    covered.resize(toks.len(), false);
    for c in cands.iter().filter(|c| c.size >= 2) {
        let p = match persons.iter().position(|p| p.fits_full(c, vocab)) {
            Some(p) => {
                persons[p].take(c);
                p
            }
            None => {
                persons.push(Person::new(c));
                persons.len() - 1
            }
        };
        found.push(Found {
            span: c.span,
            person: p,
            role: c.role,
            after: c.tokens.1,
        });
        covered[c.tokens.0..c.tokens.1].fill(true);
    }
    by_last.clear();
    by_last.reserve(persons.len());
    by_first.clear();
    by_first.reserve(persons.len());
    for (i, p) in persons.iter().enumerate() {
        Ids::add(by_last, p.last_key, i);
        if p.size >= 2 && vocab.key(p.first_key).len() > 1 {
            Ids::add(by_first, p.first_key, i);
        }
    }

    // Titled single names: "Mr. Biden", "President Clinton".
    for c in cands.iter().filter(|c| c.size < 2) {
        covered[c.tokens.0..c.tokens.1].fill(true);
        let p = match by_last
            .get(&c.last_key)
            .and_then(|ids| nearest(persons, ids.as_slice(), c.span.start, c.title_gender))
        {
            Some(p) => p,
            None if c.evidence == Evidence::Title => {
                persons.push(Person::new(c));
                let p = persons.len() - 1;
                Ids::add(by_last, persons[p].last_key, p);
                p
            }
            None => continue,
        };
        persons[p].title_gender = persons[p].title_gender.or(c.title_gender);
        found.push(Found {
            span: c.span,
            person: p,
            role: c.role,
            after: c.tokens.1,
        });
    }

    // Single words that name a known person, anywhere in the document.
    // (No key is added to `by_last` or `by_first` in this pass.)
    let keys = KeyFilter::of(by_last.keys().chain(by_first.keys()).map(|&k| vocab.key(k)));
    let capitalized = if persons.is_empty() {
        &[][..]
    } else {
        &layout.capitalized[..]
    };
    // Tokens before `resume` belong to a mention just found.
    let mut resume = 0;
    for &i in capitalized {
        let i = i as usize;
        let t = toks[i];
        if i < resume || covered[i] || t.kind != TokenKind::Word {
            continue;
        }
        // A hyphenated surname ("Smith-Jones") is tried whole first.
        let mut end = i + 1;
        while toks
            .get(end)
            .is_some_and(|h| is_mark(h, text, b'-') && h.span.start == toks[end - 1].span.end)
            && toks
                .get(end + 1)
                .is_some_and(|w| w.kind == TokenKind::Word && w.span.start == toks[end].span.end)
        {
            end += 2;
        }
        let mut hit = None;
        let mut trimmed_end = 0;
        if end > i + 1 {
            lexicon::fold_into(
                Span::new(t.span.start, toks[end - 1].span.end).text(text),
                compound,
            );
            if let Some(ids) = vocab.find(compound).and_then(|k| by_last.get(&k)) {
                hit = nearest(persons, ids.as_slice(), t.span.start, None).map(|p| (p, end));
            }
        }
        // "MORALES'S" in capitals keeps its possessive inside the token:
        // the word's length without it (the word is read as text only when
        // its first byte and length may give a key).
        let bytes = &text.as_bytes()[t.span.start..t.span.end];
        let len = match bytes {
            [.., b'\'', b'S'] if bytes.len() - 2 > 2 => bytes.len() - 2,
            // U+2019, then S.
            [.., 0xE2, 0x80, 0x99, b'S'] if bytes.len() - 4 > 2 => bytes.len() - 4,
            _ => bytes.len(),
        };
        // A word whose key has no id names no person.
        let id = if hit.is_none() && keys.may_hold(bytes[0], len, a.shape(i).ascii()) {
            lexicon::fold_into(&text[t.span.start..t.span.start + len], key);
            vocab.find(key)
        } else {
            None
        };
        if let Some(id) = id
            && !detect::plain_word_at(a, layout, i, key)
            && !is_roman_numeral(key)
        {
            let by_surname = by_last
                .get(&id)
                .and_then(|ids| nearest(persons, ids.as_slice(), t.span.start, None));
            // A given name alone names a person only when it stands
            // alone: "Tariq" in "Salman Tariq" is someone else.
            let by_given = || {
                let ids = by_first.get(&id)?.as_slice();
                let alone = ids.len() == 1
                    && !(layout.sentence_initial[i] && LEXICON.is_common(key))
                    && !cap_word_next_to(a, i);
                alone.then_some(ids[0])
            };
            hit = by_surname.or_else(by_given).map(|p| (p, i + 1));
            trimmed_end = t.span.start + len;
        }
        let Some((p, end)) = hit else {
            continue;
        };
        let mut start = particles_before(a, i, persons[p].display.text(displays), key);
        let span_end = if end == i + 1 {
            trimmed_end
        } else {
            toks[end - 1].span.end
        };
        let mut p = p;
        // An unknown word right before the surname is a given name we did
        // not know: "Adil Khan" is not "Farooq Khan"; "Soe Win" is part
        // of "Khin Maung Soe Win".
        if let Some(g) = given_before(a, covered, start, key) {
            let word = toks[g].text(text);
            let same = persons[p]
                .display
                .text(displays)
                .split(' ')
                .any(|d| d.eq_ignore_ascii_case(word));
            if !same {
                // Its words joined by single spaces, added to `displays`.
                let written = Span::new(toks[g].span.start, span_end).text(text);
                let display_start = displays.len();
                for (k, w) in written.split_whitespace().enumerate() {
                    if k > 0 {
                        displays.push(' ');
                    }
                    displays.push_str(w);
                }
                let display = Span::new(display_start, displays.len());
                let mut person = Person {
                    display,
                    size: 2,
                    caps: false,
                    first_key: vocab.intern(key),
                    last_key: persons[p].last_key,
                    anchors: anchors_from(toks[g].span.start),
                    title_gender: None,
                    given_gender: None,
                };
                person.caps = display.text(displays).chars().all(|c| !c.is_lowercase());
                p = match persons
                    .iter()
                    .position(|q| q.last_key == person.last_key && q.first_key == person.first_key)
                {
                    Some(q) => q,
                    None => {
                        // A surname already listed: `keys` stays true.
                        debug_assert!(by_last.contains_key(&person.last_key));
                        persons.push(person);
                        let p = persons.len() - 1;
                        Ids::add(by_last, persons[p].last_key, p);
                        p
                    }
                };
                persons[p].anchor(toks[g].span.start);
            }
            start = g;
        }
        let span = Span::new(toks[start].span.start, span_end);
        let role = crate::roles::role_before(a, start, key);
        found.push(Found {
            span,
            person: p,
            role,
            // A possessive cut off ends the mention inside its token.
            after: if span_end < toks[end - 1].span.end {
                end - 1
            } else {
                end
            },
        });
        covered[start..end].fill(true);
        resume = end;
    }

    found.sort_by_key(|f| (f.span.start, f.span.end));
    found.dedup_by(|b, a| b.span.start < a.span.end);

    // Person ids in order of first mention.
    order.clear();
    order.resize(persons.len(), usize::MAX);
    let mut next_id = 0;
    for f in found.iter() {
        if order[f.person] == usize::MAX {
            order[f.person] = next_id;
            next_id += 1;
        }
    }
    pronoun_genders(a, found, (votes, next_other), pronoun_gender, persons.len());
    found
        .iter()
        .map(|f| {
            let p = &persons[f.person];
            let gender = p
                .title_gender
                .or(pronoun_gender[f.person])
                .or(p.given_gender)
                .and_then(to_gender);
            PersonMention {
                start: f.span.start,
                end: f.span.end,
                text: f.span.text(text).to_owned(),
                name: p.display.text(displays).to_owned(),
                person: order[f.person],
                role: f.role.map(|r| r.text(text).to_owned()),
                role_span: f.role,
                gender,
            }
        })
        .collect()
}

/// A quick "no" for words that fold to none of a few keys, most capitalised
/// words of a text, without folding or hashing them: one bit per (first
/// byte, length) of the keys.
struct KeyFilter([u64; 4]);

impl KeyFilter {
    fn of<'k>(keys: impl Iterator<Item = &'k str>) -> Self {
        let mut bits = [0; 4];
        for key in keys {
            let b = Self::bit(key.as_bytes().first().copied().unwrap_or(0), key.len());
            bits[b / 64] |= 1 << (b % 64);
        }
        KeyFilter(bits)
    }

    fn bit(first: u8, len: usize) -> usize {
        (usize::from(first) * 31 + len) & 255
    }

    /// False only when the word that starts with byte `first` and is `len`
    /// bytes long folds to none of the keys. An ASCII word folds to itself
    /// in lowercase; any other word may fold to anything.
    fn may_hold(&self, first: u8, len: usize, ascii: bool) -> bool {
        let b = Self::bit(first.to_ascii_lowercase(), len);
        !ascii || self.0[b / 64] & (1 << (b % 64)) != 0
    }
}

fn to_gender(g: NameGender) -> Option<Gender> {
    match g {
        NameGender::Male => Some(Gender::Male),
        NameGender::Female => Some(Gender::Female),
        NameGender::Unisex => None,
    }
}

/// The token right before `start` when it is a capitalised word no list
/// knows (not a plain word, place, title, month…), on the same line and
/// not yet part of a mention; `key` gets its key.
fn given_before(
    a: &Analysis<'_>,
    covered: &[bool],
    start: usize,
    key: &mut String,
) -> Option<usize> {
    let text = a.text();
    let toks = a.tokens();
    let g = start.checked_sub(1)?;
    let t = toks[g];
    if covered[g]
        || t.kind != TokenKind::Word
        || !crate::name_runs::capitalized(t, text)
        || crate::name_runs::has_newline(text, t.span.end, toks[start].span.start)
        || t.span.end == toks[start].span.start
    {
        return None;
    }
    lexicon::fold_into(t.text(text), key);
    let e = LEXICON.entry(key);
    let unknown = !e.is(class::COMMON
        | class::PLACE
        | class::TITLE
        | class::ROLE
        | class::ORG
        | class::NATIONALITY
        | class::CALENDAR
        | class::FUNCTION
        | class::PARTICLE)
        && key.chars().nth(1).is_some()
        && !t.text(text).chars().skip(1).any(char::is_uppercase);
    unknown.then_some(g)
}

/// "XI", "IV": a team or a king's number, never a surname alone.
fn is_roman_numeral(key: &str) -> bool {
    key.len() <= 4 && key.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
}

/// True when a capitalised word stands right before or after token `i`
/// on the same line.
fn cap_word_next_to(a: &Analysis<'_>, i: usize) -> bool {
    let text = a.text();
    let toks = a.tokens();
    let inline = |x: usize, y: usize| {
        !crate::name_runs::has_newline(text, toks[x].span.end, toks[y].span.start)
    };
    let cap =
        |k: usize| toks[k].kind == TokenKind::Word && crate::name_runs::capitalized(toks[k], text);
    (i > 0 && cap(i - 1) && inline(i - 1, i))
        || (i + 1 < toks.len() && cap(i + 1) && inline(i, i + 1))
}

/// Extends a surname mention left over the particles the person's name
/// has ("De Bruyne", "van der Sar").
fn particles_before(a: &Analysis<'_>, i: usize, display: &str, key: &mut String) -> usize {
    let text = a.text();
    let toks = a.tokens();
    let mut start = i;
    while start > 0 {
        let t = toks[start - 1];
        if t.kind != TokenKind::Word || t.span.end >= toks[start].span.start {
            break;
        }
        let w = t.text(text);
        lexicon::fold_into(w, key);
        let in_name = display.split(' ').any(|d| d.eq_ignore_ascii_case(w));
        if !(lexicon::is_particle(key) && in_name) {
            break;
        }
        start -= 1;
    }
    start
}

/// The gender a third-person pronoun shows (never unisex).
fn pronoun_gender(t: gleaner_text::Token, text: &str) -> Option<NameGender> {
    // Most words are told apart by length and first letter; bytes need no
    // check of character boundaries.
    let (start, len) = (t.span.start, t.span.len());
    let bytes = text.as_bytes();
    if t.kind != TokenKind::Word
        || !(2..=7).contains(&len)
        || !matches!(bytes[start] | 0x20, b'h' | b's')
    {
        return None;
    }
    match &bytes[start..start + len] {
        b"he" | b"He" | b"him" | b"his" | b"His" | b"himself" => Some(NameGender::Male),
        b"she" | b"She" | b"her" | b"Her" | b"hers" | b"herself" => Some(NameGender::Female),
        _ => None,
    }
}

/// The gender each person's pronouns show, in `genders` (cleared first):
/// the first he/she after a mention, in the same or the next sentence,
/// before anyone else is named. `votes` and `next_other` are scratch.
fn pronoun_genders(
    a: &Analysis<'_>,
    found: &[Found],
    (votes, next_other): (&mut Vec<(u32, u32)>, &mut Vec<usize>),
    genders: &mut Vec<Option<NameGender>>,
    n: usize,
) {
    let text = a.text();
    let toks = a.tokens();
    votes.clear();
    votes.resize(n, (0, 0));
    // Start of the next mention of someone else, for every mention.
    next_other.clear();
    next_other.resize(found.len(), usize::MAX);
    for k in (0..found.len().saturating_sub(1)).rev() {
        next_other[k] = if found[k + 1].person != found[k].person {
            found[k + 1].span.start
        } else {
            next_other[k + 1]
        };
    }
    // The first pronoun at or after a mention, found by one cursor for all
    // mentions (they come in text order) that looks no further than the
    // mentions' windows: tokens before `scanned` have been looked at.
    let mut pronoun: Option<(usize, NameGender)> = None;
    let mut scanned = 0;
    // The mentions come in text order: the sentence of each is found by a
    // cursor.
    let sentences = a.sentences();
    let mut sentences_before = 0;
    for (k, f) in found.iter().enumerate() {
        // As `a.sentence_at(f.span.start)`.
        while sentences_before < sentences.len()
            && sentences[sentences_before].start <= f.span.start
        {
            sentences_before += 1;
        }
        let limit = sentences_before
            .checked_sub(1)
            .and_then(|s| sentences.get(s + 1).or(sentences.get(s)))
            .map_or(f.span.end, |s| s.end);
        let window_end = limit.min(next_other[k]);
        let from = f.after;
        debug_assert_eq!(from, a.token_at(f.span.end));
        if pronoun.is_none_or(|(at, _)| at < from) {
            pronoun = None;
            scanned = scanned.max(from);
            while scanned < toks.len() && toks[scanned].span.start < window_end {
                let g = pronoun_gender(toks[scanned], text);
                scanned += 1;
                if let Some(g) = g {
                    pronoun = Some((scanned - 1, g));
                    break;
                }
            }
        }
        if let Some((at, g)) = pronoun
            && toks[at].span.start < window_end
        {
            if g == NameGender::Male {
                votes[f.person].0 += 1;
            } else {
                votes[f.person].1 += 1;
            }
        }
    }
    genders.clear();
    genders.extend(votes.iter().map(|&(m, w)| match m.cmp(&w) {
        std::cmp::Ordering::Greater => Some(NameGender::Male),
        std::cmp::Ordering::Less => Some(NameGender::Female),
        std::cmp::Ordering::Equal => None,
    }));
}
