//! ISO 8601 / TIMEX3 duration values from amounts of time units.

use gleaner_text::numbers::TimeUnit;

/// The slots of a duration value, largest first; the last three come after
/// the `T`.
const SLOTS: [&str; 12] = [
    "ML", "CE", "DE", "Y", "Q", "M", "W", "WE", "D", "H", "M", "S",
];
const FIRST_TIME_SLOT: usize = 9;

fn slot_of(unit: TimeUnit) -> usize {
    match unit {
        TimeUnit::Millennium => 0,
        TimeUnit::Century => 1,
        TimeUnit::Decade => 2,
        TimeUnit::Year => 3,
        TimeUnit::Quarter => 4,
        TimeUnit::Month => 5,
        TimeUnit::Week | TimeUnit::Fortnight => 6,
        TimeUnit::Weekend => 7,
        TimeUnit::Day | TimeUnit::Night => 8,
        TimeUnit::Hour => 9,
        TimeUnit::Minute => 10,
        TimeUnit::Second | TimeUnit::Millisecond => 11,
    }
}

/// Where a fraction of a slot's unit is carried, and how many of the
/// smaller unit one whole is: half a year is six months, a quarter hour
/// fifteen minutes. Months are not carried into days (months differ).
fn carry(slot: usize) -> Option<(usize, f64)> {
    Some(match slot {
        0 => (3, 1000.0),
        1 => (3, 100.0),
        2 => (3, 10.0),
        3 => (5, 12.0),
        4 => (5, 3.0),
        6 => (8, 7.0),
        8 => (9, 24.0),
        9 => (10, 60.0),
        10 => (11, 60.0),
        _ => return None,
    })
}

fn is_whole(x: f64) -> bool {
    (x - x.round()).abs() < 1e-6
}

fn write_amount(out: &mut String, x: f64) {
    if is_whole(x) {
        write_integer(out, x.round() as i64);
    } else {
        let s = format!("{x:.6}");
        out.push_str(s.trim_end_matches('0').trim_end_matches('.'));
    }
}

/// Writes `n` in decimal, as `write!(out, "{n}")` does, without the
/// formatting machinery (durations are mostly small whole numbers).
fn write_integer(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n.unsigned_abs();
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        out.push(char::from(d));
    }
}

/// The value of a sum of amounts: `[(Hour, 1.5)]` → "PT1H30M",
/// `[(Year, 1.0), (Month, 1.0), (Day, 21.0)]` → "P1Y1M21D",
/// `[(Decade, 2.0)]` → "P2DE", `[(Fortnight, 1.0)]` → "P2W".
pub fn iso_duration(parts: &[(TimeUnit, f64)]) -> String {
    // The common case, one whole amount ("two hours"): nothing to carry,
    // no float rounding, the same string as the general way below.
    if let [(unit, amount)] = *parts {
        let x = amount * unit.in_designator();
        if (1.0..1e15).contains(&x) && x == x.trunc() {
            let slot = slot_of(unit);
            let mut out = String::with_capacity(16);
            out.push_str(if slot >= FIRST_TIME_SLOT { "PT" } else { "P" });
            write_integer(&mut out, x as i64);
            out.push_str(SLOTS[slot]);
            return out;
        }
    }
    carried_duration(parts)
}

/// [`iso_duration`] the general way: each amount into its slot, fractions
/// carried down, then the slots written in order.
fn carried_duration(parts: &[(TimeUnit, f64)]) -> String {
    let mut slots = [0.0f64; 12];
    for &(unit, amount) in parts {
        slots[slot_of(unit)] += amount * unit.in_designator();
    }
    for i in 0..slots.len() {
        let x = slots[i];
        // Most slots are empty: no rounding asked of them.
        if x == 0.0 || is_whole(x) {
            continue;
        }
        if let Some((to, factor)) = carry(i) {
            let rest = x.fract() * factor;
            if is_whole(rest) {
                slots[i] = x.trunc();
                slots[to] += rest.round();
            }
        }
    }
    let mut out = String::with_capacity(16);
    out.push('P');
    let mut time = false;
    for (i, &x) in slots.iter().enumerate() {
        if x == 0.0 || (is_whole(x) && x.round() == 0.0) {
            continue;
        }
        if i >= FIRST_TIME_SLOT && !time {
            out.push('T');
            time = true;
        }
        write_amount(&mut out, x);
        out.push_str(SLOTS[i]);
    }
    if out.len() == 1 {
        // Nothing but zeros: "zero days".
        let (d, t) = parts.first().map_or(("D", false), |(u, _)| u.designator());
        return if t {
            format!("PT0{d}")
        } else {
            format!("P0{d}")
        };
    }
    out
}

/// The value of a vague amount of `unit`: "PXW", "PTXH", "PXDE".
pub fn vague_duration(unit: TimeUnit) -> String {
    let (d, time) = unit.designator();
    let mut out = String::with_capacity(8);
    out.push_str(if time { "PTX" } else { "PX" });
    out.push_str(d);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use TimeUnit::*;

    #[test]
    fn values() {
        let cases: &[(&[(TimeUnit, f64)], &str)] = &[
            (&[(Hour, 2.0)], "PT2H"),
            (&[(Second, 30.0)], "PT30S"),
            (&[(Day, 3.0)], "P3D"),
            (&[(Week, 2.0)], "P2W"),
            (&[(Month, 6.0)], "P6M"),
            (&[(Year, 10.0)], "P10Y"),
            (&[(Decade, 1.0)], "P1DE"),
            (&[(Century, 1.0)], "P1CE"),
            (&[(Hour, 1.5)], "PT1H30M"),
            (&[(Hour, 0.5)], "PT30M"),
            (&[(Year, 3.5)], "P3Y6M"),
            (&[(Year, 1.25)], "P1Y3M"),
            (&[(Minute, 1.5)], "PT1M30S"),
            (&[(Second, 3.5)], "PT3.5S"),
            (&[(Year, 1.0), (Month, 1.0), (Day, 21.0)], "P1Y1M21D"),
            (&[(Day, 2.0), (Month, 1.0)], "P1M2D"),
            (&[(Hour, 1.0), (Minute, 30.0)], "PT1H30M"),
            (&[(Fortnight, 1.0)], "P2W"),
            (&[(Night, 2.0)], "P2D"),
            (&[(Weekend, 3.0)], "P3WE"),
            (&[(Day, 0.5)], "PT12H"),
        ];
        for &(parts, value) in cases {
            assert_eq!(iso_duration(parts), value, "{parts:?}");
        }
        assert_eq!(vague_duration(Week), "PXW");
        assert_eq!(vague_duration(Hour), "PTXH");
        assert_eq!(vague_duration(Decade), "PXDE");
        // The one-amount shortcut writes what the general way writes, for
        // every unit a unit word can give.
        let units: std::collections::BTreeSet<TimeUnit> = gleaner_text::numbers::UNIT_WORDS
            .iter()
            .filter_map(|w| gleaner_text::numbers::unit_word(w, false))
            .filter_map(|u| crate::time_unit(&u))
            .collect();
        assert!(units.contains(&Millennium) && units.contains(&Fortnight));
        for unit in units {
            for x in [
                0.0,
                0.5,
                1.0,
                2.0,
                3.5,
                12.0,
                48.0,
                1e6,
                123_456_789.0,
                1e14,
                1e15,
                1e16,
            ] {
                let parts = [(unit, x)];
                assert_eq!(iso_duration(&parts), carried_duration(&parts), "{parts:?}");
            }
        }
        for n in [0, 7, 10, 99, 100, 123_456_789, -5, i64::MIN, i64::MAX] {
            let mut out = String::new();
            write_integer(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }
}
