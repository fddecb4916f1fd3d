//! Unit words: lengths and spans of time, as written in English news.
//!
//! One table answers "is this token a unit, and which?" for both the
//! distances and the durations extractors. Full words match in any case
//! ("Kilometers", "HOURS"); abbreviations match only in the case they are
//! written in, because "M" (million), "DM" (direct message) or "Ms." are not
//! units. Which abbreviations may stand after a spelled number, or only when
//! glued to digits ("3h", "10km"), is decided here too.

use std::sync::LazyLock;

use super::WordMap;

use LengthUnit as L;
use TimeUnit as T;

/// A unit of length, with its size in metres.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LengthUnit {
    Kilometre,
    Hectometre,
    Decametre,
    Furlong,
    Metre,
    Decimetre,
    Centimetre,
    Millimetre,
    Micrometre,
    Nanometre,
    Picometre,
    Mile,
    NauticalMile,
    Yard,
    Foot,
    Inch,
    LightYear,
}

impl LengthUnit {
    /// The size of one unit in metres (international yard and pound
    /// definitions; the light-year of the IAU, 9,460,730,472,580,800 m).
    pub fn metres(self) -> f64 {
        match self {
            LengthUnit::Kilometre => 1000.0,
            LengthUnit::Hectometre => 100.0,
            LengthUnit::Decametre => 10.0,
            LengthUnit::Furlong => 201.168,
            LengthUnit::Metre => 1.0,
            LengthUnit::Decimetre => 0.1,
            LengthUnit::Centimetre => 0.01,
            LengthUnit::Millimetre => 0.001,
            LengthUnit::Micrometre => 1e-6,
            LengthUnit::Nanometre => 1e-9,
            LengthUnit::Picometre => 1e-12,
            LengthUnit::Mile => 1609.344,
            LengthUnit::NauticalMile => 1852.0,
            LengthUnit::Yard => 0.9144,
            LengthUnit::Foot => 0.3048,
            LengthUnit::Inch => 0.0254,
            LengthUnit::LightYear => 9_460_730_472_580_800.0,
        }
    }
}

/// A unit of time, as TimeML counts them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TimeUnit {
    Millisecond,
    Second,
    Minute,
    Hour,
    Day,
    /// A night counts as a day (`P1D`), as in hotel bookings.
    Night,
    Weekend,
    Week,
    /// Two weeks.
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

impl TimeUnit {
    /// The ISO 8601 / TIMEX3 designator and whether it belongs after the `T`
    /// (`Minute` → `("M", true)`, `Month` → `("M", false)`). A fortnight is
    /// written as weeks and a night as a day; callers double the amount of a
    /// fortnight themselves (see [`TimeUnit::in_designator`]).
    pub fn designator(self) -> (&'static str, bool) {
        match self {
            TimeUnit::Millisecond | TimeUnit::Second => ("S", true),
            TimeUnit::Minute => ("M", true),
            TimeUnit::Hour => ("H", true),
            TimeUnit::Day | TimeUnit::Night => ("D", false),
            TimeUnit::Weekend => ("WE", false),
            TimeUnit::Week | TimeUnit::Fortnight => ("W", false),
            TimeUnit::Month => ("M", false),
            TimeUnit::Quarter => ("Q", false),
            TimeUnit::Year => ("Y", false),
            TimeUnit::Decade => ("DE", false),
            TimeUnit::Century => ("CE", false),
            TimeUnit::Millennium => ("ML", false),
        }
    }

    /// How many of [`TimeUnit::designator`]'s units one of this unit is
    /// (2 for a fortnight, 1 otherwise).
    pub fn in_designator(self) -> f64 {
        if self == TimeUnit::Fortnight {
            2.0
        } else {
            1.0
        }
    }
}

/// Either kind of unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    Length(LengthUnit),
    Time(TimeUnit),
}

/// A token read as a unit: which unit, and how it was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnitWord {
    pub unit: Unit,
    /// "miles", "feet", "hours": a plural form.
    pub plural: bool,
    /// "km", "ft", "hrs": an abbreviation (never a vague plural).
    pub abbreviation: bool,
    /// An abbreviation that only counts after digits ("3 h", "1 m"), never
    /// after a spelled number ("one m") or an article.
    pub digits_only: bool,
}

/// The unit words spelled out in full, matched in any case: (lower-case
/// word, unit, plural).
const FULL_WORDS: &[(&str, Unit, bool)] = &[
    ("kilometre", Unit::Length(L::Kilometre), false),
    ("kilometer", Unit::Length(L::Kilometre), false),
    ("kilometres", Unit::Length(L::Kilometre), true),
    ("kilometers", Unit::Length(L::Kilometre), true),
    ("hectometre", Unit::Length(L::Hectometre), false),
    ("hectometer", Unit::Length(L::Hectometre), false),
    ("hectometres", Unit::Length(L::Hectometre), true),
    ("hectometers", Unit::Length(L::Hectometre), true),
    ("decametre", Unit::Length(L::Decametre), false),
    ("decameter", Unit::Length(L::Decametre), false),
    ("dekametre", Unit::Length(L::Decametre), false),
    ("dekameter", Unit::Length(L::Decametre), false),
    ("decametres", Unit::Length(L::Decametre), true),
    ("decameters", Unit::Length(L::Decametre), true),
    ("dekametres", Unit::Length(L::Decametre), true),
    ("dekameters", Unit::Length(L::Decametre), true),
    ("furlong", Unit::Length(L::Furlong), false),
    ("furlongs", Unit::Length(L::Furlong), true),
    ("metre", Unit::Length(L::Metre), false),
    ("meter", Unit::Length(L::Metre), false),
    ("metres", Unit::Length(L::Metre), true),
    ("meters", Unit::Length(L::Metre), true),
    ("decimetre", Unit::Length(L::Decimetre), false),
    ("decimeter", Unit::Length(L::Decimetre), false),
    ("decimetres", Unit::Length(L::Decimetre), true),
    ("decimeters", Unit::Length(L::Decimetre), true),
    ("centimetre", Unit::Length(L::Centimetre), false),
    ("centimeter", Unit::Length(L::Centimetre), false),
    ("centimetres", Unit::Length(L::Centimetre), true),
    ("centimeters", Unit::Length(L::Centimetre), true),
    ("millimetre", Unit::Length(L::Millimetre), false),
    ("millimeter", Unit::Length(L::Millimetre), false),
    ("millimetres", Unit::Length(L::Millimetre), true),
    ("millimeters", Unit::Length(L::Millimetre), true),
    ("micrometre", Unit::Length(L::Micrometre), false),
    ("micrometer", Unit::Length(L::Micrometre), false),
    ("micron", Unit::Length(L::Micrometre), false),
    ("micrometres", Unit::Length(L::Micrometre), true),
    ("micrometers", Unit::Length(L::Micrometre), true),
    ("microns", Unit::Length(L::Micrometre), true),
    ("nanometre", Unit::Length(L::Nanometre), false),
    ("nanometer", Unit::Length(L::Nanometre), false),
    ("nanometres", Unit::Length(L::Nanometre), true),
    ("nanometers", Unit::Length(L::Nanometre), true),
    ("picometre", Unit::Length(L::Picometre), false),
    ("picometer", Unit::Length(L::Picometre), false),
    ("picometres", Unit::Length(L::Picometre), true),
    ("picometers", Unit::Length(L::Picometre), true),
    ("mile", Unit::Length(L::Mile), false),
    ("miles", Unit::Length(L::Mile), true),
    ("yard", Unit::Length(L::Yard), false),
    ("yards", Unit::Length(L::Yard), true),
    ("foot", Unit::Length(L::Foot), false),
    ("feet", Unit::Length(L::Foot), true),
    ("inch", Unit::Length(L::Inch), false),
    ("inches", Unit::Length(L::Inch), true),
    ("lightyear", Unit::Length(L::LightYear), false),
    ("lightyears", Unit::Length(L::LightYear), true),
    ("millisecond", Unit::Time(T::Millisecond), false),
    ("milliseconds", Unit::Time(T::Millisecond), true),
    ("second", Unit::Time(T::Second), false),
    ("seconds", Unit::Time(T::Second), true),
    ("minute", Unit::Time(T::Minute), false),
    ("minutes", Unit::Time(T::Minute), true),
    ("hour", Unit::Time(T::Hour), false),
    ("hours", Unit::Time(T::Hour), true),
    ("day", Unit::Time(T::Day), false),
    ("days", Unit::Time(T::Day), true),
    ("night", Unit::Time(T::Night), false),
    ("nights", Unit::Time(T::Night), true),
    ("weekend", Unit::Time(T::Weekend), false),
    ("weekends", Unit::Time(T::Weekend), true),
    ("week", Unit::Time(T::Week), false),
    ("weeks", Unit::Time(T::Week), true),
    ("fortnight", Unit::Time(T::Fortnight), false),
    ("fortnights", Unit::Time(T::Fortnight), true),
    ("month", Unit::Time(T::Month), false),
    ("months", Unit::Time(T::Month), true),
    ("quarter", Unit::Time(T::Quarter), false),
    ("quarters", Unit::Time(T::Quarter), true),
    ("year", Unit::Time(T::Year), false),
    ("years", Unit::Time(T::Year), true),
    ("decade", Unit::Time(T::Decade), false),
    ("decades", Unit::Time(T::Decade), true),
    ("century", Unit::Time(T::Century), false),
    ("centuries", Unit::Time(T::Century), true),
    ("millennium", Unit::Time(T::Millennium), false),
    ("millennia", Unit::Time(T::Millennium), true),
    ("millenniums", Unit::Time(T::Millennium), true),
];

/// [`FULL_WORDS`] as a [`WordMap`]: each word's flag byte is its index in
/// the table plus one, so one probe answers "which unit, if any".
static FULL_WORD_INDEX: LazyLock<WordMap> = LazyLock::new(|| {
    assert!(FULL_WORDS.len() < usize::from(u8::MAX));
    WordMap::new(
        FULL_WORDS
            .iter()
            .enumerate()
            .map(|(i, &(w, _, _))| (w, i as u8 + 1)),
    )
});

/// The unit a single token stands for. `glued` says the token was glued to
/// digits ("10km", "3h", "3.5years"), which admits a few more abbreviations
/// (`s`, `W`, `Y`; not `D`, which glued to digits is "3D", "Suite 29D"). "in" is returned as [`LengthUnit::Inch`]; callers
/// must decide whether it is the preposition.
pub fn unit_word(word: &str, glued: bool) -> Option<UnitWord> {
    let full = |unit: Unit, plural: bool| {
        Some(UnitWord {
            unit,
            plural,
            abbreviation: false,
            digits_only: false,
        })
    };
    let abbr = |unit: Unit, plural: bool, digits_only: bool| {
        Some(UnitWord {
            unit,
            plural,
            abbreviation: true,
            digits_only,
        })
    };
    // Case-sensitive abbreviations first (matched on bytes: a decision tree
    // on the bytes, no string comparisons).
    match word.as_bytes() {
        b"km" | b"Km" | b"KM" | b"kms" => return abbr(Unit::Length(L::Kilometre), false, false),
        b"m" => return abbr(Unit::Length(L::Metre), false, true),
        b"dm" => return abbr(Unit::Length(L::Decimetre), false, true),
        b"cm" => return abbr(Unit::Length(L::Centimetre), false, true),
        b"mm" => return abbr(Unit::Length(L::Millimetre), false, true),
        // "µm" (micro sign) and "μm" (Greek mu) in UTF-8.
        b"\xC2\xB5m" | b"\xCE\xBCm" => return abbr(Unit::Length(L::Micrometre), false, true),
        b"mi" => return abbr(Unit::Length(L::Mile), false, true),
        b"ft" => return abbr(Unit::Length(L::Foot), false, false),
        b"yd" | b"yds" => return abbr(Unit::Length(L::Yard), false, true),
        b"in" => return abbr(Unit::Length(L::Inch), false, true),
        b"h" => return abbr(Unit::Time(T::Hour), false, true),
        b"hr" | b"hrs" | b"Hr" | b"Hrs" => return abbr(Unit::Time(T::Hour), false, false),
        b"min" | b"mins" => return abbr(Unit::Time(T::Minute), false, false),
        b"ms" => return abbr(Unit::Time(T::Millisecond), false, true),
        b"sec" | b"secs" => return abbr(Unit::Time(T::Second), false, false),
        b"yr" | b"yrs" => return abbr(Unit::Time(T::Year), false, false),
        b"wk" | b"wks" => return abbr(Unit::Time(T::Week), false, false),
        b"s" if glued => return abbr(Unit::Time(T::Second), false, true),
        b"W" if glued => return abbr(Unit::Time(T::Week), false, true),
        b"Y" if glued => return abbr(Unit::Time(T::Year), false, true),
        _ => {}
    }
    let index = FULL_WORD_INDEX.get(word);
    let &(_, unit, plural) = FULL_WORDS.get(usize::from(index).checked_sub(1)?)?;
    full(unit, plural)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_in_any_case_abbreviations_only_as_written() {
        assert_eq!(
            unit_word("Kilometers", false).unwrap().unit,
            Unit::Length(LengthUnit::Kilometre)
        );
        assert!(unit_word("HOURS", false).unwrap().plural);
        assert!(unit_word("M", false).is_none(), "M is million");
        assert!(unit_word("DM", false).is_none());
        assert!(unit_word("D", true).is_none(), "3D, Suite 29D");
        assert_eq!(
            unit_word("Y", true).unwrap().unit,
            Unit::Time(TimeUnit::Year)
        );
        assert!(unit_word("m", false).unwrap().digits_only);
        for micro in ["µm", "μm"] {
            let u = unit_word(micro, false).unwrap();
            assert_eq!(u.unit, Unit::Length(LengthUnit::Micrometre));
        }
    }

    #[test]
    fn every_full_word_finds_its_own_entry() {
        for &(w, unit, plural) in FULL_WORDS {
            let found = unit_word(&w.to_uppercase(), false).unwrap();
            assert_eq!(
                (found.unit, found.plural, found.abbreviation),
                (unit, plural, false)
            );
        }
    }

    #[test]
    fn designators_follow_timex3() {
        assert_eq!(TimeUnit::Minute.designator(), ("M", true));
        assert_eq!(TimeUnit::Month.designator(), ("M", false));
        assert_eq!(TimeUnit::Decade.designator(), ("DE", false));
        assert_eq!(TimeUnit::Fortnight.in_designator(), 2.0);
    }
}
