//! What the people extractor knows about words: name lists compiled once
//! from `data/` (see the crate README for their sources and licenses) and
//! the small hand-written lists of titles, roles, nationalities and
//! organisation words.
//!
//! Every list goes into one table (of fingerprints, see [`Lexicon`]) from
//! a word's *key* (lowercased, Latin accents removed: `José` → `jose`,
//! built by [`fold_into`]) to its classes, so a word is looked up once,
//! whatever is asked about it.

use std::sync::LazyLock;

/// The gender a given name usually carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameGender {
    Male,
    Female,
    Unisex,
}

/// Word classes, as bits of [`Entry::flags`].
pub mod class {
    pub const GIVEN: u32 = 1;
    /// A given name borne so widely that it names a person even where it is
    /// also a word or a place ("Peter", "George").
    pub const WIDESPREAD: u32 = 1 << 1;
    pub const SURNAME: u32 = 1 << 2;
    pub const PLACE: u32 = 1 << 3;
    /// A lowercase English word.
    pub const COMMON: u32 = 1 << 4;
    pub const TITLE: u32 = 1 << 5;
    pub const ROLE: u32 = 1 << 6;
    pub const ORG: u32 = 1 << 7;
    pub const NATIONALITY: u32 = 1 << 8;
    pub const CALENDAR: u32 = 1 << 9;
    pub const PARTICLE: u32 = 1 << 10;
    pub const FUNCTION: u32 = 1 << 11;
    pub const SUFFIX: u32 = 1 << 12;
    pub const JOINER: u32 = 1 << 13;
    /// The first word of a place written in several words ("hong" of
    /// "hong kong"): only a run with such a word can hold one.
    pub const PLACE_HEAD: u32 = 1 << 14;
}

/// What the lexicon knows about one key.
#[derive(Clone, Copy, Debug, Default)]
pub struct Entry {
    pub flags: u32,
    /// The usual gender of the given name.
    pub given: Option<NameGender>,
    /// The gender a title shows ("Mr", "Queen").
    pub title: Option<NameGender>,
}

impl Entry {
    #[inline]
    pub fn is(self, flags: u32) -> bool {
        self.flags & flags != 0
    }
}

/// Every key with its entry, in an open-addressing table of 64-bit
/// fingerprints: a lookup hashes the key once and reads one or two
/// adjacent 16-byte slots, with no string to compare and no pointer to
/// follow (the lists hold ~140,000 keys; a table of strings costs a cache
/// miss or three per lookup). The build checks that no two keys share a
/// fingerprint; a word outside the lists matches one by chance with odds
/// of about 10^-14.
pub struct Lexicon {
    slots: Box<[(u64, Entry)]>,
    /// `slots.len() - 1`; the length is a power of two.
    mask: usize,
    /// Every key added with its fingerprint, to check the build.
    #[cfg(test)]
    keys: Vec<(u64, &'static str)>,
}

/// The fingerprint of a key; never 0, which marks an empty slot.
#[inline]
fn fingerprint(key: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(key.as_bytes());
    h.finish().max(1)
}

impl Lexicon {
    fn with_capacity(keys: usize) -> Self {
        // At most half full: short probe runs.
        let len = (keys * 2).next_power_of_two();
        Lexicon {
            slots: vec![(0, Entry::default()); len].into_boxed_slice(),
            mask: len - 1,
            #[cfg(test)]
            keys: Vec::new(),
        }
    }

    /// The first slot to probe for fingerprint `fp`: its high bits, where
    /// the hash mixes best.
    #[inline]
    fn home(&self, fp: u64) -> usize {
        (fp >> 40) as usize & self.mask
    }

    /// The entry of `key`, added empty if missing.
    fn entry_mut(&mut self, key: &'static str) -> &mut Entry {
        let fp = fingerprint(key);
        #[cfg(test)]
        self.keys.push((fp, key));
        let mut at = self.home(fp);
        loop {
            match self.slots[at].0 {
                0 => {
                    self.slots[at].0 = fp;
                    break;
                }
                f if f == fp => break,
                _ => at = (at + 1) & self.mask,
            }
        }
        &mut self.slots[at].1
    }
}

/// The lines of a word list that are neither empty nor comments. A plain
/// byte scan: the lists have short lines (no `\r`), where a `memchr` call
/// per line costs more than it saves.
fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    let bytes = data.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        while start < bytes.len() {
            let end = newline_from(bytes, start);
            let line = &data[start..end];
            start = end + 1;
            if !line.is_empty() && !line.starts_with('#') {
                return Some(line);
            }
        }
        None
    })
}

/// Index of the first `\n` at or after `from` (or `bytes.len()`), eight
/// bytes at a time: a zero byte of `word ^ 0x0a0a…` is a newline, and the
/// lowest flagged byte of the classic zero-byte test is always a true one.
fn newline_from(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let word =
            u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])) ^ (ONES * u64::from(b'\n'));
        let zero = word.wrapping_sub(ONES) & !word & HIGHS;
        if zero != 0 {
            return i + (zero.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i] != b'\n' {
        i += 1;
    }
    i
}

/// The first tab-separated field of `line` and the rest after the tab.
fn split_tab(line: &'static str) -> (&'static str, Option<&'static str>) {
    match line.bytes().position(|b| b == b'\t') {
        Some(i) => (&line[..i], Some(&line[i + 1..])),
        None => (line, None),
    }
}

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut words = Lexicon::with_capacity(140_000);
    let mut add = |key: &'static str, flags: u32| words.entry_mut(key).flags |= flags;
    for l in lines(include_str!("../data/surnames.txt")) {
        add(l, class::SURNAME);
    }
    for l in lines(include_str!("../data/places.txt")).chain(EXTRA_PLACES.iter().copied()) {
        add(l, class::PLACE);
        if let Some((head, _)) = l.split_once(' ') {
            add(head, class::PLACE_HEAD);
        }
    }
    for l in lines(include_str!("../data/common_words.txt")) {
        add(l, class::COMMON);
    }
    for (list, flags) in [
        (ROLE_NOUNS, class::ROLE),
        (ORG_WORDS, class::ORG),
        (NATIONALITIES, class::NATIONALITY),
        (CALENDAR, class::CALENDAR),
        (PARTICLES, class::PARTICLE),
        (FUNCTION_WORDS, class::FUNCTION | class::COMMON),
        (SUFFIXES, class::SUFFIX),
        (JOINERS, class::JOINER),
    ] {
        for &k in list {
            add(k, flags);
        }
    }
    for (list, g) in [
        (MALE_TITLES, Some(NameGender::Male)),
        (FEMALE_TITLES, Some(NameGender::Female)),
        (TITLES, None),
    ] {
        for &k in list {
            let e = words.entry_mut(k);
            e.flags |= class::TITLE | class::ROLE;
            e.title = g;
        }
    }
    for l in lines(include_str!("../data/given_names.txt")) {
        let (name, Some(rest)) = split_tab(l) else {
            continue;
        };
        let (g, third) = split_tab(rest);
        let e = words.entry_mut(name);
        e.flags |= class::GIVEN;
        if third.map(|t| split_tab(t).0) == Some("c") {
            e.flags |= class::WIDESPREAD;
        }
        e.given = Some(match g {
            "m" => NameGender::Male,
            "f" => NameGender::Female,
            _ => NameGender::Unisex,
        });
    }
    words
});

impl Lexicon {
    /// Everything known about `key` (empty when nothing is).
    #[inline]
    pub fn entry(&self, key: &str) -> Entry {
        let fp = fingerprint(key);
        let mut at = self.home(fp);
        loop {
            match self.slots[at] {
                (f, e) if f == fp => return e,
                (0, _) => return Entry::default(),
                _ => at = (at + 1) & self.mask,
            }
        }
    }
    pub fn given(&self, key: &str) -> Option<NameGender> {
        self.entry(key).given
    }
    pub fn is_place(&self, key: &str) -> bool {
        self.entry(key).is(class::PLACE)
    }
    /// A lowercase English word ("such", "given", "green").
    pub fn is_common(&self, key: &str) -> bool {
        self.entry(key).is(class::COMMON)
    }
}

/// The title `key` and the gender it shows, if it is one.
pub fn title(key: &str) -> Option<Option<NameGender>> {
    let e = LEXICON.entry(key);
    e.is(class::TITLE).then_some(e.title)
}

/// Words that make up roles ("Russian Federation Council First Deputy
/// Chairman", "U.S. Secretary of State", "West Indian all-rounder"); a role
/// written before a name must end in one of them.
pub fn is_role_noun(key: &str) -> bool {
    LEXICON.entry(key).is(class::ROLE)
}

/// Lowercase particles inside names ("Charles de Gaulle", "Osama bin
/// Laden"), also articles that open titles of papers ("Der", "Le").
pub fn is_particle(key: &str) -> bool {
    LEXICON.entry(key).is(class::PARTICLE)
}

/// Nouns of roles that show a gender ("spokeswoman", "widow").
pub fn gendered_noun(key: &str) -> Option<NameGender> {
    match key {
        "spokesman" | "chairman" | "businessman" | "congressman" | "councilman" | "assemblyman"
        | "actor" | "husband" | "son" | "father" | "brother" | "uncle" | "nephew" | "widower"
        | "king" | "prince" | "sportsman" | "grandfather" | "boyfriend" | "monk" | "mr" => {
            Some(NameGender::Male)
        }
        "spokeswoman" | "chairwoman" | "businesswoman" | "congresswoman" | "councilwoman"
        | "assemblywoman" | "actress" | "wife" | "daughter" | "mother" | "sister" | "aunt"
        | "niece" | "widow" | "queen" | "princess" | "sportswoman" | "grandmother"
        | "girlfriend" | "nun" | "mrs" | "ms" | "miss" | "heiress" => Some(NameGender::Female),
        _ => None,
    }
}

/// Country abbreviations written with periods, which are not initials.
pub fn is_place_abbreviation(letters: &str) -> bool {
    matches!(
        letters,
        "US" | "UK" | "UN" | "EU" | "USSR" | "UAE" | "DC" | "NY" | "LA" | "PRC"
    )
}

/// Lowercases `word` into `out` with the accents of Latin letters removed.
pub fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        if c == '\u{2019}' {
            out.push('\'');
            continue;
        }
        let base = match c {
            'à'..='å' | 'À'..='Å' | 'ā' | 'Ā' | 'ă' | 'Ă' | 'ą' | 'Ą' => 'a',
            'ç' | 'Ç' | 'ć' | 'Ć' | 'č' | 'Č' => 'c',
            'ď' | 'Ď' | 'đ' | 'Đ' => 'd',
            'è'..='ë' | 'È'..='Ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => {
                'e'
            }
            'ì'..='ï' | 'Ì'..='Ï' | 'ī' | 'į' | 'ı' | 'İ' | 'Ī' => 'i',
            'ñ' | 'Ñ' | 'ń' | 'ň' | 'Ń' | 'Ň' => 'n',
            'ò'..='ö' | 'ø' | 'Ò'..='Ö' | 'Ø' | 'ō' | 'ő' | 'Ō' | 'Ő' => 'o',
            'ù'..='ü' | 'Ù'..='Ü' | 'ū' | 'ů' | 'ű' | 'ų' | 'Ū' | 'Ů' | 'Ű' => 'u',
            'ý' | 'ÿ' | 'Ý' => 'y',
            'ś' | 'š' | 'ş' | 'Ś' | 'Š' | 'Ş' => 's',
            'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => 'z',
            'ł' | 'Ł' => 'l',
            'ř' | 'Ř' => 'r',
            'ť' | 'ţ' | 'Ť' | 'Ţ' => 't',
            'ğ' | 'Ğ' => 'g',
            'ß' => 's',
            _ => {
                out.extend(c.to_lowercase());
                continue;
            }
        };
        out.push(base);
    }
}

/// Titles that show a man.
const MALE_TITLES: &[&str] = &[
    "mr",
    "sir",
    "lord",
    "king",
    "prince",
    "emperor",
    "sultan",
    "emir",
    "sheikh",
    "sheik",
    "father",
    "brother",
    "monsignor",
    "msgr",
    "duke",
    "count",
    "baron",
];

/// Titles that show a woman.
const FEMALE_TITLES: &[&str] = &[
    "mrs", "ms", "miss", "lady", "dame", "queen", "princess", "empress", "sister", "duchess",
    "countess", "baroness", "madame", "mme",
];

/// Titles and offices written right before a name (abbreviations without
/// their period).
const TITLES: &[&str] = &[
    "dr",
    "prof",
    "professor",
    "sen",
    "senator",
    "rep",
    "gov",
    "governor",
    "gen",
    "general",
    "lt",
    "col",
    "colonel",
    "capt",
    "captain",
    "sgt",
    "sergeant",
    "maj",
    "adm",
    "admiral",
    "rev",
    "reverend",
    "hon",
    "pres",
    "president",
    "supt",
    "det",
    "detective",
    "insp",
    "inspector",
    "amb",
    "ambassador",
    "atty",
    "cmdr",
    "commander",
    "cpl",
    "corporal",
    "pvt",
    "private",
    "brig",
    "pope",
    "cardinal",
    "bishop",
    "archbishop",
    "rabbi",
    "imam",
    "ayatollah",
    "mayor",
    "judge",
    "justice",
    "chancellor",
    "premier",
    "minister",
    "secretary",
    "chairman",
    "chairwoman",
    "coach",
    "saint",
    "marshal",
    "lieutenant",
    "congressman",
    "congresswoman",
    "assemblyman",
    "councilman",
    "councillor",
    "alderman",
    "speaker",
    "vice",
    "deputy",
    "officer",
    "trooper",
    "constable",
    "superintendent",
    "mufti",
    "mullah",
    "patriarch",
    "metropolitan",
    "pastor",
    "chief",
    "director",
    "ceo",
    "treasurer",
    "comptroller",
    "attorney",
    "commissioner",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "chair",
    "sheriff",
    "warden",
    "regent",
    "tsar",
    "czar",
    "shah",
    "dalai",
    "maestro",
    "doctor",
    "nurse",
];

/// Other nouns of roles, offices and trades.
const ROLE_NOUNS: &[&str] = &[
    "head",
    "counterpart",
    "prime",
    "first",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "executive",
    "press",
    "state",
    "secretary-general",
    "undersecretary",
    "under-secretary",
    "assistant",
    "counsel",
    "adviser",
    "advisor",
    "aide",
    "analyst",
    "economist",
    "expert",
    "official",
    "diplomat",
    "negotiator",
    "president-elect",
    "founder",
    "owner",
    "chairperson",
    "candidate",
    "nominee",
    "lawmaker",
    "legislator",
    "mp",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "forward",
    "batsman",
    "bowler",
    "all-rounder",
    "rounder",
    "pitcher",
    "player",
    "champion",
    "driver",
    "rider",
    "skipper",
    "winger",
    "keeper",
    "opener",
    "spinner",
    "trainer",
    "jockey",
    "boxer",
    "runner",
    "sprinter",
    "swimmer",
    "writer",
    "author",
    "journalist",
    "editor",
    "correspondent",
    "reporter",
    "actor",
    "actress",
    "singer",
    "star",
    "manager",
    "cleric",
    "whip",
    "auditor",
    "governor-general",
    "commander-in-chief",
    "representative",
    "prosecutor",
    "lawyer",
    "cfo",
    "coo",
    "cto",
    "chief-executive",
    "premier-elect",
    "teammate",
    "compatriot",
    "countryman",
    "rival",
    "opponent",
    "seed",
    "holder",
    "colleague",
    "novelist",
    "poet",
    "artist",
    "director-general",
    "scientist",
    "researcher",
    "historian",
    "politician",
    "businessman",
    "businesswoman",
    "tycoon",
    "billionaire",
    "dissident",
    "activist",
    "rebel",
    "warlord",
    "dictator",
    "strongman",
    "incumbent",
    "challenger",
    "veteran",
    "finalist",
    "semifinalist",
    "quarterfinalist",
    "winner",
    "loser",
    "medallist",
    "medalist",
    "titleholder",
    "defending",
    "hurdler",
    "cyclist",
    "golfer",
    "sailor",
    "skier",
    "athlete",
    "outfielder",
    "infielder",
    "shortstop",
    "catcher",
    "quarterback",
    "centre",
    "fullback",
    "flanker",
    "fly-half",
    "scrum-half",
    "lock",
    "prop",
    "hooker",
    "wicketkeeper",
    "wicket-keeper",
    "batter",
    "left-hander",
    "right-hander",
    "legend",
    "great",
    "son",
    "daughter",
    "wife",
    "husband",
    "widow",
    "mother",
    "father-in-law",
    "uncle",
    "nephew",
    "cousin",
    "friend",
    "partner",
    "deputies",
    "member",
    "broker",
    "trader",
    "dealer",
    "resident",
    "witness",
    "villager",
    "farmer",
    "student",
    "teacher",
    "engineer",
    "worker",
    "pilot",
    "soldier",
    "policeman",
    "policewoman",
    "strategist",
    "pollster",
    "consultant",
    "banker",
    "investor",
    "entrepreneur",
    "producer",
    "photographer",
    "designer",
    "architect",
    "surgeon",
    "physician",
    "scholar",
    "priest",
    "monk",
    "nun",
    "missionary",
    "volunteer",
    "victim",
    "suspect",
    "defendant",
    "plaintiff",
    "prisoner",
    "hostage",
    "refugee",
    "survivor",
    "fan",
    "supporter",
    "voter",
    "citizen",
];

/// Lowercase words that join the parts of a role.
const JOINERS: &[&str] = &["of", "the", "for", "to", "on", "at"];

/// Particles inside names and articles that open titles.
const PARTICLES: &[&str] = &[
    "de", "da", "das", "die", "il", "lo", "los", "las", "do", "dos", "del", "della", "di", "du",
    "des", "van", "von", "der", "den", "ter", "ten", "le", "la", "bin", "ibn", "bint", "ben", "al",
    "el", "abu", "abd", "y", "zu", "vander", "ul", "ur", "wa",
];

/// Generation suffixes after a surname.
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Months, weekdays and feasts.
const CALENDAR: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "christmas",
    "easter",
    "ramadan",
];

/// Words of organisations, places, events and products.
const ORG_WORDS: &[&str] = &[
    "research",
    "consulting",
    "consultants",
    "realty",
    "estate",
    "golf",
    "strategies",
    "solutions",
    "media",
    "entertainment",
    "management",
    "advisors",
    "analytics",
    "polling",
    "convention",
    "protocol",
    "st",
    "rd",
    "ave",
    "blvd",
    "high",
    "press",
    "council",
    "committee",
    "commission",
    "center",
    "centre",
    "institute",
    "university",
    "college",
    "school",
    "academy",
    "party",
    "union",
    "association",
    "federation",
    "foundation",
    "fund",
    "bank",
    "corp",
    "corporation",
    "inc",
    "ltd",
    "plc",
    "co",
    "company",
    "group",
    "holdings",
    "airlines",
    "airways",
    "motors",
    "club",
    "united",
    "city",
    "rovers",
    "athletic",
    "wanderers",
    "ministry",
    "department",
    "agency",
    "office",
    "bureau",
    "service",
    "services",
    "house",
    "palace",
    "church",
    "cathedral",
    "hospital",
    "court",
    "congress",
    "senate",
    "parliament",
    "assembly",
    "army",
    "navy",
    "force",
    "forces",
    "police",
    "guard",
    "times",
    "post",
    "news",
    "journal",
    "herald",
    "tribune",
    "gazette",
    "street",
    "road",
    "avenue",
    "square",
    "park",
    "bridge",
    "river",
    "lake",
    "mountain",
    "mountains",
    "island",
    "islands",
    "bay",
    "sea",
    "ocean",
    "valley",
    "stadium",
    "airport",
    "station",
    "hotel",
    "cup",
    "league",
    "championship",
    "championships",
    "open",
    "games",
    "olympics",
    "trophy",
    "prize",
    "award",
    "awards",
    "festival",
    "museum",
    "gallery",
    "theatre",
    "theater",
    "hall",
    "tower",
    "exchange",
    "market",
    "index",
    "reserve",
    "treasury",
    "republic",
    "kingdom",
    "empire",
    "states",
    "province",
    "county",
    "district",
    "region",
    "gulf",
    "coast",
    "peninsula",
    "strait",
    "canal",
    "desert",
    "territory",
    "agreement",
    "accord",
    "treaty",
    "act",
    "project",
    "programme",
    "program",
    "summit",
    "conference",
    "war",
    "revolution",
    "day",
    "laboratory",
    "laboratories",
    "labs",
    "systems",
    "technologies",
    "technology",
    "software",
    "network",
    "networks",
    "telecom",
    "communications",
    "energy",
    "oil",
    "petroleum",
    "mining",
    "resources",
    "industries",
    "international",
    "global",
    "national",
    "federal",
    "central",
    "airbase",
    "base",
    "port",
    "harbour",
    "harbor",
    "county's",
    "government",
    "administration",
    "authority",
    "board",
    "tribunal",
    "organisation",
    "organization",
    "front",
    "movement",
    "alliance",
    "coalition",
    "brigade",
    "brigades",
    "regiment",
    "division",
    "command",
    "radio",
    "television",
    "tv",
    "agency's",
    "stock",
    "securities",
    "capital",
    "partners",
    "trust",
    "insurance",
    "investments",
    "electric",
    "chemical",
    "chemicals",
    "pharmaceuticals",
    "foods",
    "brothers",
    "bros",
    "associates",
    "society",
    "institution",
    "review",
    "magazine",
    "daily",
    "weekly",
    "monitor",
    "observer",
    "express",
    "mail",
    "telegraph",
    "guardian",
    "independent",
    "standard",
    "series",
    "race",
    "grand",
    "prix",
    "marathon",
    "classic",
    "masters",
    "tour",
    "rally",
    "division's",
    "hills",
    "heights",
    "beach",
    "falls",
    "springs",
    "village",
    "town",
    "church's",
    "mosque",
    "temple",
    "prison",
    "jail",
    "castle",
    "zone",
    "border",
    "corridor",
    "highway",
    "motorway",
    "lane",
    "drive",
    "way",
    "boulevard",
    "place",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "internet",
    "twitter",
    "facebook",
    "google",
    "iphone",
    "windows",
    "xbox",
    "bible",
    "koran",
    "quran",
    "honda",
    "cosworth",
    "benz",
    "mercedes-benz",
    "toyota",
    "ferrari",
    "renault",
    "peugeot",
    "yamaha",
    "suzuki",
    "kawasaki",
    "ducati",
    "porsche",
    "bmw",
    "audi",
    "volkswagen",
    "nissan",
    "mazda",
    "boeing",
    "airbus",
];

/// Nationalities and other demonyms.
const NATIONALITIES: &[&str] = &[
    "republican",
    "republicans",
    "democrat",
    "democrats",
    "democratic",
    "gop",
    "tory",
    "tories",
    "labour",
    "socialist",
    "communist",
    "liberal",
    "conservative",
    "anglican",
    "baptist",
    "buddhist",
    "catholic",
    "coptic",
    "evangelical",
    "hindu",
    "lutheran",
    "methodist",
    "orthodox",
    "protestant",
    "shiite",
    "sunni",
    "afghan",
    "african",
    "albanian",
    "algerian",
    "american",
    "americans",
    "angolan",
    "arab",
    "arabian",
    "argentine",
    "argentinian",
    "armenian",
    "asian",
    "australian",
    "austrian",
    "azerbaijani",
    "azeri",
    "bahraini",
    "bangladeshi",
    "basque",
    "belarusian",
    "belgian",
    "bolivian",
    "bosnian",
    "brazilian",
    "british",
    "briton",
    "bulgarian",
    "burmese",
    "burundian",
    "cambodian",
    "cameroonian",
    "canadian",
    "catalan",
    "caucasian",
    "chadian",
    "chechen",
    "chilean",
    "chinese",
    "colombian",
    "congolese",
    "croat",
    "croatian",
    "cuban",
    "cypriot",
    "czech",
    "danish",
    "dutch",
    "ecuadorean",
    "ecuadorian",
    "egyptian",
    "emirati",
    "english",
    "eritrean",
    "estonian",
    "ethiopian",
    "european",
    "filipino",
    "finnish",
    "flemish",
    "french",
    "gabonese",
    "georgian",
    "german",
    "ghanaian",
    "greek",
    "guatemalan",
    "guinean",
    "haitian",
    "hispanic",
    "honduran",
    "hungarian",
    "icelandic",
    "indian",
    "indonesian",
    "iranian",
    "iraqi",
    "irish",
    "islamic",
    "israeli",
    "italian",
    "ivorian",
    "jamaican",
    "japanese",
    "jewish",
    "jordanian",
    "kazakh",
    "kenyan",
    "korean",
    "kosovar",
    "kurdish",
    "kuwaiti",
    "kyrgyz",
    "laotian",
    "latin",
    "latvian",
    "lebanese",
    "liberian",
    "libyan",
    "lithuanian",
    "luxembourgish",
    "macedonian",
    "malagasy",
    "malawian",
    "malaysian",
    "malian",
    "maltese",
    "mexican",
    "moldovan",
    "mongolian",
    "montenegrin",
    "moroccan",
    "mozambican",
    "muslim",
    "namibian",
    "nepalese",
    "nigerian",
    "nigerien",
    "nordic",
    "norwegian",
    "pakistani",
    "palestinian",
    "panamanian",
    "paraguayan",
    "persian",
    "peruvian",
    "philippine",
    "polish",
    "portuguese",
    "qatari",
    "romanian",
    "russian",
    "rwandan",
    "salvadoran",
    "saudi",
    "scandinavian",
    "scottish",
    "senegalese",
    "serb",
    "serbian",
    "sikh",
    "singaporean",
    "slovak",
    "slovakian",
    "slovenian",
    "somali",
    "soviet",
    "spanish",
    "sri",
    "sudanese",
    "swedish",
    "swiss",
    "syrian",
    "taiwanese",
    "tajik",
    "tamil",
    "tanzanian",
    "thai",
    "tibetan",
    "togolese",
    "tunisian",
    "turkish",
    "turkmen",
    "ugandan",
    "ukrainian",
    "uruguayan",
    "uzbek",
    "venezuelan",
    "vietnamese",
    "welsh",
    "yemeni",
    "yugoslav",
    "zairean",
    "zambian",
    "zimbabwean",
];

/// Places the GeoNames extract misses (regions and short forms common in
/// news), and a few names of several words that look like a person's but
/// name an index, an airline or an aid body.
const EXTRA_PLACES: &[&str] = &[
    "morgan stanley",
    "hewlett packard",
    "goldman sachs",
    "merrill lynch",
    "lehman brothers",
    "wells fargo",
    "charles schwab",
    "rolls royce",
    "harley davidson",
    "marks spencer",
    "ernst young",
    "johnson controls",
    "dean witter",
    "salomon brothers",
    "smith barney",
    "paine webber",
    "jackson hole",
    "dow jones",
    "korea",
    "el al",
    "red cross",
    "red crescent",
    "monte carlo",
    "monte-carlo",
    "costa rica",
    "sierra leone",
    "santa fe",
    "san marino",
    "kyiv",
    "kiev",
    "chechnya",
    "kosovo",
    "crimea",
    "donbas",
    "gaza",
    "west bank",
    "britain",
    "great britain",
    "england",
    "scotland",
    "wales",
    "ulster",
    "us",
    "usa",
    "america",
    "holland",
    "siberia",
    "kashmir",
    "punjab",
    "bosnia",
    "herzegovina",
    "serbia",
    "croatia",
    "slovenia",
    "macedonia",
    "yugoslavia",
    "tibet",
    "hong kong",
    "macau",
    "taiwan",
    "palestine",
    "kurdistan",
    "lancashire",
    "yorkshire",
    "europe",
    "asia",
    "africa",
    "middle east",
    "balkans",
    "caucasus",
    "sri lanka",
    "new zealand",
    "south africa",
    "north korea",
    "south korea",
    "wall street",
    "silicon valley",
    "downing street",
    "kremlin",
    "pentagon",
    "white house",
    "capitol hill",
    "beijing",
    "moscow",
    "washington",
    "london",
    "paris",
    "delhi",
    "geneva",
    "In",
    "The",
    "An",
];

/// Words that are never part of a name, though some name lists hold them
/// ("In", "The", "An" are given names somewhere), and company suffixes.
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "if",
    "in",
    "on",
    "at",
    "to",
    "of",
    "for",
    "by",
    "with",
    "from",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "not",
    "no",
    "so",
    "do",
    "up",
    "us",
    "me",
    "him",
    "all",
    "any",
    "new",
    "old",
    "out",
    "off",
    "per",
    "via",
    "vs",
    "v",
    "after",
    "before",
    "over",
    "under",
    "into",
    "than",
    "then",
    "when",
    "who",
    "why",
    "how",
    "what",
    "where",
    "can",
    "has",
    "had",
    "have",
    "did",
    "does",
    "said",
    "says",
    "about",
    "against",
    "between",
    "during",
    "without",
    "within",
    "also",
    "only",
    "just",
    "more",
    "most",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "first",
    "last",
    "next",
    "other",
    "each",
    "both",
    "some",
    "very",
    "here",
    "there",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "sa",
    "ab",
    "ag",
    "nv",
    "bv",
    "gmbh",
    "spa",
    "oy",
    "srl",
    "llc",
    "lp",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_lists_are_lowercase_keys() {
        let mut key = String::new();
        for list in [
            MALE_TITLES,
            FEMALE_TITLES,
            TITLES,
            ROLE_NOUNS,
            ORG_WORDS,
            NATIONALITIES,
        ] {
            for w in list {
                fold_into(w, &mut key);
                assert_eq!(&key, w);
            }
        }
    }

    #[test]
    fn folding_removes_accents_and_case() {
        let mut k = String::new();
        fold_into("José", &mut k);
        assert_eq!(k, "jose");
        fold_into("ŁUKASZ", &mut k);
        assert_eq!(k, "lukasz");
        fold_into("O’Gorman", &mut k);
        assert_eq!(k, "o'gorman");
    }

    #[test]
    fn no_two_keys_share_a_fingerprint() {
        let mut keys = LEXICON.keys.clone();
        keys.sort_unstable();
        keys.dedup();
        for pair in keys.windows(2) {
            assert!(
                pair[0].0 != pair[1].0,
                "{:?} and {:?} share a fingerprint",
                pair[0].1,
                pair[1].1
            );
        }
        assert!(keys.len() > 100_000, "{} keys", keys.len());
        assert!(LEXICON.slots.len() >= 2 * keys.len());
    }

    #[test]
    fn lists_know_typical_words() {
        let lx = &*LEXICON;
        assert!(
            ["vladimir", "joe", "dmitry"]
                .iter()
                .all(|k| lx.given(k).is_some())
        );
        assert!(lx.entry("johnson").is(class::SURNAME));
        assert!(lx.is_place("geneva") && lx.is_place("kyiv"));
        assert!(lx.is_common("such") && !lx.is_common("putin"));
    }
}
