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

use crate::lexicon::{self, LEXICON, NameGender};

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
}

impl Part {
    fn is_word(&self) -> bool {
        self.kind == PartKind::Word
    }
    pub fn given(&self) -> Option<NameGender> {
        if self.kind != PartKind::Word {
            return None;
        }
        LEXICON.given(&self.key).or_else(|| {
            // "Jean-Pierre" is listed; "Ali-Reza" may only be known by its head.
            let head = self.key.split('-').next()?;
            (head.len() < self.key.len())
                .then(|| LEXICON.given(head))
                .flatten()
        })
    }
    fn is_title(&self) -> bool {
        self.kind == PartKind::Word && lexicon::title(&self.key).is_some()
    }
    fn is_role(&self) -> bool {
        self.kind == PartKind::Word && lexicon::is_role_noun(&self.key)
    }
    fn is_surname(&self) -> bool {
        self.kind == PartKind::Word && LEXICON.is_surname(&self.key)
    }
    fn is_common(&self) -> bool {
        self.kind == PartKind::Word && LEXICON.is_common(&self.key)
    }
    /// A word that cannot be inside a person's name.
    fn blocks(&self) -> bool {
        self.kind == PartKind::Abbrev
            || (self.kind == PartKind::Word
                && (lexicon::is_org_word(&self.key)
                    || lexicon::is_calendar(&self.key)
                    || lexicon::is_nationality(&self.key)))
    }
    /// Can stand after the first part of a name.
    fn continues_name(&self) -> bool {
        match self.kind {
            PartKind::Initial => true,
            PartKind::Abbrev | PartKind::Particle => false,
            PartKind::Word => {
                if self.blocks() {
                    return false;
                }
                let known = self.is_surname() || self.given().is_some();
                if (self.is_title() || self.is_role()) && !known {
                    return false;
                }
                if LEXICON.is_place(&self.key) && !known {
                    return false;
                }
                true
            }
        }
    }
}

fn is_cap_word(t: Token, text: &str) -> bool {
    t.kind == TokenKind::Word && t.is_capitalized(text)
}

/// True when only spaces or tabs (no line break) lie between `a` and `b`.
fn same_line_gap(text: &str, a: usize, b: usize) -> bool {
    a <= b
        && text[a..b]
            .chars()
            .all(|c| c == ' ' || c == '\t' || c == '\u{a0}')
}

fn is_all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() > 1 && !word.chars().any(char::is_lowercase)
}

/// Builds the run that starts at token `i`; returns it and the index of the
/// first token after it.
pub fn run_at(a: &Analysis<'_>, i: usize, key: &mut String) -> (Vec<Part>, usize) {
    let text = a.text();
    let toks = a.tokens();
    let mut parts: Vec<Part> = Vec::new();
    let mut j = i;
    let mut after_bracket = false;
    loop {
        let Some(&t) = toks.get(j) else { break };
        if !parts.is_empty() {
            let prev_end = toks[j - 1].span.end;
            if !same_line_gap(text, prev_end, t.span.start) {
                break;
            }
        }
        let word = t.text(text);
        let next = toks.get(j + 1).copied();
        let glued = |k: usize| -> bool {
            toks.get(k)
                .is_some_and(|n| n.span.start == toks[k - 1].span.end)
        };
        // An editor's closing bracket inside a name.
        if t.kind == TokenKind::Punct && word == "]" && !parts.is_empty() {
            if next.is_some_and(|n| is_cap_word(n, text)) {
                after_bracket = true;
                j += 1;
                continue;
            }
            break;
        }
        if t.kind != TokenKind::Word {
            break;
        }
        let cap = t.is_capitalized(text);
        // Initials and dotted abbreviations: J. / J.K. / U.S.
        if cap
            && word.chars().count() == 1
            && next.is_some_and(|n| n.span.text(text) == ".")
            && glued(j + 1)
        {
            let mut letters = String::new();
            let mut k = j;
            while toks.get(k).is_some_and(|t| {
                t.kind == TokenKind::Word && t.span.len() == 1 && t.is_capitalized(text)
            }) && toks.get(k + 1).is_some_and(|n| n.span.text(text) == ".")
                && glued(k + 1)
                && (k == j || glued(k))
            {
                letters.push_str(toks[k].text(text));
                k += 2;
            }
            if letters.len() >= 2 && lexicon::is_place_abbreviation(&letters) {
                parts.push(Part {
                    span: Span::new(t.span.start, toks[k - 1].span.end),
                    tokens: (j, k),
                    kind: PartKind::Abbrev,
                    key: letters.to_ascii_lowercase(),
                    caps: false,
                    after_bracket,
                });
                after_bracket = false;
                j = k;
                continue;
            }
            let mut m = j;
            while m < k {
                parts.push(Part {
                    span: Span::new(toks[m].span.start, toks[m + 1].span.end),
                    tokens: (m, m + 2),
                    kind: PartKind::Initial,
                    key: toks[m].text(text).to_ascii_lowercase(),
                    caps: false,
                    after_bracket,
                });
                after_bracket = false;
                m += 2;
            }
            j = k;
            continue;
        }
        lexicon::fold_into(word, key);
        if !cap {
            // A lowercase particle between capitalised words ("van der",
            // "bin"), or glued to one by a hyphen ("al-Assad").
            let particle = lexicon::is_particle(key)
                && !parts.is_empty()
                && next.is_some_and(|n| {
                    is_cap_word(n, text) || (n.span.text(text) == "-" && glued(j + 1))
                });
            if !particle {
                break;
            }
            if next.is_some_and(|n| n.span.text(text) == "-") {
                // fall through to the compound below
            } else {
                parts.push(Part {
                    span: t.span,
                    tokens: (j, j + 1),
                    kind: PartKind::Particle,
                    key: key.clone(),
                    caps: false,
                    after_bracket,
                });
                after_bracket = false;
                j += 1;
                continue;
            }
        }
        // A word, joined with hyphenated pieces glued to it.
        let mut end = j + 1;
        while toks.get(end).is_some_and(|h| h.span.text(text) == "-")
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
        lexicon::fold_into(surface, key);
        if end == j + 1
            && lexicon::title(key).is_some()
            && toks.get(end).is_some_and(|p| p.span.text(text) == ".")
            && glued(end)
        {
            tok_end = end + 1;
            span_end = toks[end].span.end;
        }
        parts.push(Part {
            span: Span::new(span.start, span_end),
            tokens: (j, tok_end),
            kind: PartKind::Word,
            key: key.clone(),
            caps: is_all_caps(surface),
            after_bracket,
        });
        after_bracket = false;
        j = tok_end;
    }
    // A run never ends on a particle.
    while parts.last().is_some_and(|p| p.kind == PartKind::Particle) {
        parts.pop();
    }
    let next = parts.last().map_or(i + 1, |p| p.tokens.1);
    (parts, next.max(i + 1))
}

/// Where a run's words sit in their sentence.
#[derive(Clone, Copy, Debug, Default)]
pub struct RunContext {
    /// The run's first word opens its sentence.
    pub sentence_initial: bool,
    /// The sentence is a headline in Title Case or capitals.
    pub headline: bool,
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

/// Finds the person's name in `parts`, if any. `cue` says whether the text
/// around the run marks a person (a role noun before it, a speech verb or
/// a country in brackets after it).
pub fn name_in_run(parts: &[Part], cx: RunContext, cue: bool) -> Option<NameInRun> {
    let n = parts.len();
    let caps_run = parts.iter().filter(|p| p.is_word()).all(|p| p.caps);
    let strict = caps_run || cx.headline;
    // Gender and position of the last title before the name.
    let mut title_gender = None;
    let mut titled_at = None;
    for k in 0..n {
        let p = &parts[k];
        if p.is_title() && p.given().is_none() {
            title_gender = lexicon::title(&p.key).flatten().or(title_gender);
            titled_at = Some(k);
        }
        let starts = match p.kind {
            PartKind::Initial => parts[k + 1..].iter().any(|q| q.is_word()),
            PartKind::Word => {
                p.given().is_some()
                    && !p.blocks()
                    && !p.is_title()
                    && !p.is_role()
                    && k + 1 < n
                    && parts[k + 1].continues_name()
            }
            _ => false,
        };
        if !starts {
            continue;
        }
        let end = name_end(parts, k + 1);
        let first_is_sentence_start = k == 0 && cx.sentence_initial;
        let words = &parts[k..end];
        if !full_name_is_plausible(words, strict, first_is_sentence_start) {
            continue;
        }
        if parts
            .get(end)
            .is_some_and(|p| p.is_word() && lexicon::is_org_word(&p.key))
        {
            return None;
        }
        let title_gender = if titled_at == k.checked_sub(1) {
            title_gender
        } else {
            None
        };
        return Some(NameInRun {
            start: k,
            end,
            evidence: Evidence::GivenName,
            title_gender,
        });
    }
    // After a title: "Mr. Biden", "President Clinton", "Chairman Mao".
    if let Some(t) = titled_at {
        let start = t + 1;
        if start < n && parts[start].is_word() && parts[start].continues_name() {
            let end = name_end(parts, start + 1);
            if parts
                .get(end)
                .is_some_and(|p| p.is_word() && lexicon::is_org_word(&p.key))
            {
                return None;
            }
            let plausible = !(strict && parts[start].is_common())
                && !LEXICON.is_place(&join_keys(&parts[start..end]));
            if plausible {
                return Some(NameInRun {
                    start,
                    end,
                    evidence: Evidence::Title,
                    title_gender: lexicon::title(&parts[t].key).flatten(),
                });
            }
        }
        return None;
    }
    // Unknown words: two or three capitalised words mid-sentence, not in any
    // word list, with a cue around them.
    if strict || parts.iter().any(|p| p.blocks() || p.kind != PartKind::Word) {
        return None;
    }
    let mut start = 0;
    while start < n && (parts[start].is_role() || LEXICON.is_place(&parts[start].key)) {
        start += 1;
    }
    let words = &parts[start..];
    if !(2..=3).contains(&words.len()) || (start == 0 && cx.sentence_initial) {
        return None;
    }
    let clean = words
        .iter()
        .all(|p| !p.is_common() && !p.is_role() && !LEXICON.is_place(&p.key) && p.key.len() > 1);
    let surname_seen = words[1..].iter().any(Part::is_surname);
    if clean && (cue || surname_seen) && !LEXICON.is_place(&join_keys(words)) {
        return Some(NameInRun {
            start,
            end: n,
            evidence: Evidence::Shape,
            title_gender: None,
        });
    }
    None
}

/// Index one past the last part of a name whose parts from `from` on may
/// continue it.
fn name_end(parts: &[Part], from: usize) -> usize {
    let mut end = from;
    while end < parts.len() {
        let p = &parts[end];
        let ok = match p.kind {
            PartKind::Particle => parts.get(end + 1).is_some_and(Part::continues_name),
            PartKind::Word if lexicon::is_name_suffix(&p.key) => true,
            _ => p.continues_name(),
        };
        if !ok {
            break;
        }
        end += 1;
    }
    end
}

fn join_keys(parts: &[Part]) -> String {
    let mut s = String::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&p.key);
    }
    s
}

/// Checks a given-name-led candidate against the traps: a common word
/// that only looks like a given name at the start of a sentence ("Will
/// Russia…"), capitals in headlines, places ("San Jose").
fn full_name_is_plausible(words: &[Part], strict: bool, sentence_start: bool) -> bool {
    let named: Vec<&Part> = words
        .iter()
        .filter(|p| p.kind != PartKind::Particle)
        .collect();
    if named.len() < 2 {
        return false;
    }
    let first = named[0];
    let rest = &named[1..];
    if first.kind == PartKind::Initial {
        return rest.iter().any(|p| p.is_word());
    }
    let first_common = first.is_common();
    let rest_weak = rest
        .iter()
        .all(|p| p.is_common() && !p.is_surname() && p.given().is_none());
    if rest_weak && (strict || sentence_start || first_common) {
        return false;
    }
    if strict && (first_common || rest.iter().all(|p| p.is_common())) {
        return false;
    }
    if sentence_start && first_common && !rest.iter().any(|p| p.is_surname()) {
        return false;
    }
    !LEXICON.is_place(&join_keys(words))
}
