//! Who a speaker mention refers to: a canonical name.
//!
//! Names are read from the people extractor's mentions (the fullest form
//! used in the article). Pronouns (`he said`) go to the most recent speaker
//! of matching gender, or else the most recent person mentioned outside
//! quotes. Nominals (`the senator`, `the Russian leader`) go to the most
//! recent person whose role fits (`Russian President Vladimir Putin` →
//! `the Russian leader`), or else the running speaker. A capitalised
//! phrase that is no person (`the White House`, `Reuters`) is an
//! organisation and speaks under its own name.
//!
//! When the people extractor found nobody (it is optional for tests and
//! may miss a name), a name mention stands for itself with its titles
//! stripped (`Sen. Lindsey Graham` → `Lindsey Graham`), and a lone surname
//! takes the fullest earlier speaker name ending with it.

use gleaner_people::{Gender, PersonMention};
use gleaner_text::Span;

use crate::cues::{Np, NpKind, WordSet, Words};
use std::sync::LazyLock;

/// A resolved speaker. Its name is borrowed from the people extractor's
/// mention or from the text: resolving allocates nothing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Speaker<'a> {
    pub name: &'a str,
    /// The person mention the name was read from, when it lies inside the
    /// speaker phrase (`Dmitry Peskov` in `Press Secretary … Dmitry Peskov`).
    pub mention: Option<Span>,
    pub person: Option<usize>,
    pub gender: Option<Gender>,
    /// False for organisations (`the White House`).
    pub is_person: bool,
}

/// One resolved speech event, for later pronouns and nominals.
struct Said<'a> {
    paragraph: usize,
    pos: usize,
    speaker: Speaker<'a>,
}

/// Title and role words stripped from a name when no person mention
/// gives its canonical form, in a `WordSet`. Sorted (byte order).
pub(crate) const TITLE_WORDS: &[&str] = &[
    "Adm",
    "Adviser",
    "Advisor",
    "Ambassador",
    "American",
    "Anchor",
    "Assemblyman",
    "Attorney",
    "CEO",
    "Capt",
    "Chairman",
    "Chairwoman",
    "Chancellor",
    "Chief",
    "Col",
    "Commissioner",
    "Congressman",
    "Congresswoman",
    "Council",
    "Councilman",
    "Councilwoman",
    "Dame",
    "Defense",
    "Democrat",
    "Democratic",
    "Deputy",
    "Director",
    "Dr",
    "Executive",
    "Federation",
    "First",
    "Foreign",
    "Former",
    "Gen",
    "General",
    "Gov",
    "Governor",
    "Host",
    "Judge",
    "Justice",
    "King",
    "Leader",
    "Lord",
    "Lt",
    "Maj",
    "Majority",
    "Mayor",
    "Minister",
    "Minority",
    "Mr",
    "Mrs",
    "Ms",
    "Officer",
    "Pope",
    "President",
    "Presidential",
    "Press",
    "Prime",
    "Prince",
    "Queen",
    "Rep",
    "Representative",
    "Republican",
    "Rev",
    "Russian",
    "Secretary",
    "Sen",
    "Senate",
    "Senator",
    "Sergeant",
    "Sgt",
    "Sheriff",
    "Sir",
    "Speaker",
    "Spokesman",
    "Spokeswoman",
    "State",
    "U.S",
    "US",
    "Vice",
    "Whip",
];

/// Head nouns of nominal mentions that refer to a person (`the senator`).
/// Sorted (byte order) for binary search.
pub(crate) const ROLE_NOUNS: &[&str] = &[
    "adviser",
    "advisor",
    "aide",
    "ambassador",
    "analyst",
    "billionaire",
    "businessman",
    "businesswoman",
    "candidate",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "commander",
    "congressman",
    "congresswoman",
    "contender",
    "criminologist",
    "democrat",
    "diplomat",
    "director",
    "economist",
    "envoy",
    "expert",
    "founder",
    "front-runner",
    "frontrunner",
    "general",
    "governor",
    "head",
    "hopeful",
    "host",
    "judge",
    "lawmaker",
    "lawyer",
    "leader",
    "legislator",
    "mayor",
    "minister",
    "mogul",
    "nominee",
    "official",
    "politician",
    "premier",
    "president",
    "professor",
    "prosecutor",
    "representative",
    "republican",
    "secretary",
    "senator",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "strategist",
];

/// Role words that a nominal head stands for (`leader` ← `President`).
fn role_synonyms(head: &str) -> &'static [&'static str] {
    match head {
        "leader" | "head" => &[
            "president",
            "prime",
            "premier",
            "chancellor",
            "leader",
            "king",
            "chairman",
            "head",
        ],
        "senator" | "lawmaker" | "legislator" | "congressman" | "congresswoman"
        | "representative" => &[
            "senator",
            "sen",
            "lawmaker",
            "legislator",
            "congressman",
            "congresswoman",
            "representative",
            "rep",
            "deputy",
            "parliament",
            "mp",
            "duma",
            "council",
            "assemblyman",
        ],
        "candidate" | "nominee" | "contender" | "hopeful" | "frontrunner" | "front-runner" => &[
            "candidate",
            "nominee",
            "contender",
            "hopeful",
            "front-runner",
            "frontrunner",
        ],
        "governor" => &["governor", "gov"],
        "president" => &["president"],
        "minister" => &["minister"],
        "secretary" => &["secretary"],
        "spokesman" | "spokeswoman" | "spokesperson" => &[
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "press secretary",
        ],
        "adviser" | "advisor" | "aide" => &["adviser", "advisor", "aide", "assistant"],
        "chairman" | "chairwoman" => &["chairman", "chairwoman", "chair"],
        _ => &[],
    }
}

/// True for a noun that names a person by their role (`senator`, `leader`).
pub(crate) fn is_role_noun(w: &str) -> bool {
    w.len() > 3
        && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && ROLE_NOUNS.binary_search(&w).is_ok()
}

fn is_title(w: &str) -> bool {
    static TITLES: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[TITLE_WORDS]));
    TITLES.contains(w.trim_end_matches('.').as_bytes())
}

/// True when `word` is one of the words of `role`, compared with periods
/// dropped and ASCII case ignored (`U.S. President` has `us` and
/// `president`). Nothing is allocated.
pub(crate) fn role_has(role: &str, word: &str) -> bool {
    role.split(|c: char| c.is_whitespace() || c == '-' || c == ',')
        .any(|w| eq_without_periods(w, word))
}

/// `w` with its periods dropped equals `word`, ASCII case ignored.
fn eq_without_periods(w: &str, word: &str) -> bool {
    // A period is one byte and never part of another character.
    let mut w = w.bytes().filter(|&b| b != b'.');
    let mut word = word.bytes();
    loop {
        match (w.next(), word.next()) {
            (None, None) => return true,
            (Some(a), Some(b)) if a.eq_ignore_ascii_case(&b) => {}
            _ => return false,
        }
    }
}

pub(crate) struct Speakers<'a> {
    words: Words<'a>,
    sentences: &'a [Span],
    people: &'a [PersonMention],
    /// Per person: the gender from any of their mentions, and the role
    /// from the first mention that gives one.
    persons: Vec<(Option<Gender>, Option<&'a str>)>,
    history: Vec<Said<'a>>,
}

impl<'a> Speakers<'a> {
    pub fn new(words: Words<'a>, sentences: &'a [Span], people: &'a [PersonMention]) -> Self {
        let count = people.iter().map(|m| m.person + 1).max().unwrap_or(0);
        let mut persons = vec![(None, None); count];
        for m in people {
            let (gender, role) = &mut persons[m.person];
            if gender.is_none() {
                *gender = m.gender;
            }
            if role.is_none() {
                *role = m.role.as_deref();
            }
        }
        Speakers {
            words,
            sentences,
            people,
            persons,
            history: Vec::with_capacity(64),
        }
    }

    /// Records a resolved speaker as the running one.
    pub fn record(&mut self, paragraph: usize, pos: usize, speaker: Speaker<'a>) {
        self.history.push(Said {
            paragraph,
            pos,
            speaker,
        });
    }

    /// The first person mentioned between bytes `from` and `to`, outside
    /// quotations.
    pub fn first_person_between(
        &self,
        from: usize,
        to: usize,
        in_quote: impl Fn(usize) -> bool,
    ) -> Option<Speaker<'a>> {
        let i = self.people.partition_point(|m| m.start < from);
        self.people[i..]
            .iter()
            .take_while(|m| m.end <= to)
            .find(|m| !in_quote(m.start))
            .map(|m| self.speaker_of_mention(m))
    }

    /// The person mention overlapping `np` the most.
    fn person_in(&self, np: Np) -> Option<&'a PersonMention> {
        let span = self.words.span(np);
        let from = self.people.partition_point(|m| m.end <= span.start);
        self.people[from..]
            .iter()
            .take_while(|m| m.start < span.end)
            .max_by_key(|m| m.end.min(span.end) - m.start.max(span.start))
    }

    fn gender_of(&self, person: usize) -> Option<Gender> {
        self.persons.get(person).and_then(|p| p.0)
    }

    fn speaker_of_mention(&self, m: &'a PersonMention) -> Speaker<'a> {
        Speaker {
            name: &m.name,
            mention: Some(Span::new(m.start, m.end)),
            person: Some(m.person),
            gender: m.gender.or_else(|| self.gender_of(m.person)),
            is_person: true,
        }
    }

    /// The canonical speaker `np` refers to, as of byte `pos` in paragraph
    /// `paragraph`. `in_quote(byte)` tells whether a mention lies inside a
    /// quotation (quoted names are not antecedents).
    pub fn resolve(
        &self,
        np: Np,
        paragraph: usize,
        in_quote: impl Fn(usize) -> bool,
    ) -> Option<Speaker<'a>> {
        let w = self.words;
        match np.kind {
            NpKind::Name => {
                if let Some(m) = self.person_in(np) {
                    return Some(self.speaker_of_mention(m));
                }
                Some(self.name_without_people(np))
            }
            NpKind::Pronoun => {
                let p = w.w(np.first);
                let gender = match p {
                    "he" | "He" | "him" => Some(Gender::Male),
                    "she" | "She" | "her" => Some(Gender::Female),
                    "they" | "They" | "we" | "We" | "them" => {
                        return self
                            .history
                            .iter()
                            .rev()
                            .take_while(|s| s.paragraph + 2 >= paragraph)
                            .find(|s| !s.speaker.is_person)
                            .map(|s| s.speaker);
                    }
                    _ => return None,
                };
                let fits = |g: Option<Gender>| g.is_none() || g == gender;
                let start = w.toks[np.first].span.start;
                let recent = self
                    .history
                    .iter()
                    .rev()
                    .filter(|s| s.speaker.is_person && fits(s.speaker.gender))
                    .map(|s| (s.paragraph, &s.speaker))
                    .next();
                // Going back sentence by sentence: a speaker reported there,
                // else the first person named there outside quotations (its
                // subject, as a rule).
                if let Some(s) = self.recent_subject(start, 8, &in_quote, |g, _| fits(g)) {
                    return Some(s);
                }
                recent.map(|(_, s)| *s)
            }
            NpKind::Nominal => {
                // The head: the last word, or the word before `of`
                // (`the former minister of health`).
                let head_at = (np.first + 1..np.last)
                    .find(|&i| w.w(i) == "of")
                    .map_or(np.last, |i| i - 1);
                let head = w.w(head_at).to_ascii_lowercase();
                if ROLE_NOUNS.binary_search(&head.as_str()).is_err() {
                    return None;
                }
                let start = w.toks[np.first].span.start;
                let synonyms = role_synonyms(&head);
                // The words between determiner and head, abbreviations
                // joined (`U.S.` → `US`).
                let between =
                    gleaner_text::Span::new(w.toks[np.first].span.end, w.toks[head_at].span.start);
                let modifiers: Vec<String> = between
                    .text(w.text)
                    .split_whitespace()
                    .filter(|m| {
                        !matches!(
                            *m,
                            "former"
                                | "current"
                                | "top"
                                | "senior"
                                | "new"
                                | "then"
                                | "same"
                                | "veteran"
                        )
                    })
                    .map(|m| m.replace(['.', '-'], ""))
                    .filter(|m| !m.is_empty())
                    .collect();
                let by_role = self.last_person_before(start, &in_quote, |m| {
                    m.role.as_deref().is_some_and(|r| {
                        (role_has(r, &head) || synonyms.iter().any(|s| role_has(r, s)))
                            && modifiers.iter().all(|md| role_has(r, md))
                    })
                });
                if let Some(m) = by_role {
                    return Some(self.speaker_of_mention(m));
                }
                // Capitalised modifiers (`the Russian leader`) must not
                // contradict a role the person is known by.
                let fits = |person: Option<usize>| {
                    let Some(role) = person.and_then(|p| self.persons.get(p).and_then(|p| p.1))
                    else {
                        return true;
                    };
                    modifiers
                        .iter()
                        .filter(|m| m.starts_with(char::is_uppercase))
                        .all(|md| role_has(role, md))
                };
                // Else the running speaker or a recent sentence subject.
                if let Some(s) = self.recent_subject(start, 8, &in_quote, |_, p| fits(p)) {
                    return Some(s);
                }
                self.last_person_before(start, &in_quote, |m| fits(Some(m.person)))
                    .map(|m| self.speaker_of_mention(m))
            }
        }
    }

    /// The speaker or subject of the sentence before byte `pos`, if it
    /// starts at or after byte `floor` (a quotation after `Reed was brief.`).
    pub fn previous_subject(
        &self,
        pos: usize,
        floor: usize,
        in_quote: impl Fn(usize) -> bool,
    ) -> Option<Speaker<'a>> {
        let upto = self.sentences.partition_point(|s| s.start < pos);
        let prev = upto
            .checked_sub(1)
            .map(|i| self.sentences[i])
            .filter(|s| s.start >= floor)?;
        self.recent_subject(prev.end.min(pos), 1, &in_quote, |_, _| true)
    }

    /// The most recent speaker or sentence subject before byte `pos`,
    /// looking back `sentences` sentences, that `ok(gender, person)` accepts.
    fn recent_subject(
        &self,
        pos: usize,
        sentences: usize,
        in_quote: &impl Fn(usize) -> bool,
        ok: impl Fn(Option<Gender>, Option<usize>) -> bool,
    ) -> Option<Speaker<'a>> {
        let upto = self.sentences.partition_point(|s| s.start <= pos);
        for s in self.sentences[..upto].iter().rev().take(sentences) {
            // History is in text order: only the events inside the sentence.
            let lo = self.history.partition_point(|h| h.pos < s.start);
            let hi = self.history.partition_point(|h| h.pos < pos);
            let event = self.history[lo..hi.max(lo)]
                .iter()
                .rev()
                .find(|h| h.speaker.is_person && ok(h.speaker.gender, h.speaker.person));
            if let Some(h) = event {
                return Some(h.speaker);
            }
            let from = self.people.partition_point(|m| m.start < s.start);
            let subject = self.people[from..]
                .iter()
                .take_while(|m| m.start < s.end.min(pos))
                .find(|m| {
                    !in_quote(m.start)
                        && ok(
                            m.gender.or_else(|| self.gender_of(m.person)),
                            Some(m.person),
                        )
                });
            if let Some(m) = subject {
                return Some(self.speaker_of_mention(m));
            }
        }
        None
    }

    fn last_person_before(
        &self,
        pos: usize,
        in_quote: &impl Fn(usize) -> bool,
        ok: impl Fn(&PersonMention) -> bool,
    ) -> Option<&'a PersonMention> {
        let upto = self.people.partition_point(|m| m.start < pos);
        self.people[..upto]
            .iter()
            .rev()
            .find(|m| !in_quote(m.start) && ok(m))
    }

    /// A name mention the people extractor did not give: an organisation
    /// (`the White House`) or a person under their own name, titles
    /// stripped.
    fn name_without_people(&self, np: Np) -> Speaker<'a> {
        let w = self.words;
        let text = w.text;
        let org = matches!(w.w(np.first), "the" | "The");
        let mut first = if org { np.first + 1 } else { np.first };
        if !org {
            // Keep the trailing run of words that are not titles.
            let mut i = np.last + 1;
            while i > np.first {
                let k = i - 1;
                let word = w.w(k);
                if is_title(word) || (word == "." && k > np.first && is_title(w.w(k - 1))) {
                    break;
                }
                i = k;
            }
            if i <= np.last {
                first = i;
            }
            while first < np.last && !w.toks[first].kind.eq(&gleaner_text::TokenKind::Word) {
                first += 1;
            }
        }
        let first = first.min(np.last);
        let span = gleaner_text::Span::new(w.toks[first].span.start, w.toks[np.last].span.end);
        let mut name = span.text(text);
        let is_person = !org && self.people.is_empty();
        if !org && !name.contains(' ') {
            // A lone surname: the fullest earlier speaker name ending with it.
            if let Some(s) = self.history.iter().rev().find(|s| {
                s.speaker.is_person
                    && s.speaker.name.len() > name.len()
                    && s.speaker.name.ends_with(name)
            }) {
                name = s.speaker.name;
            }
        }
        Speaker {
            name,
            mention: None,
            person: None,
            gender: None,
            is_person,
        }
    }
}
