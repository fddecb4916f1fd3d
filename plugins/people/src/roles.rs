//! Roles written with a name: before it ("Russian President Vladimir
//! Putin", "U.S. Secretary of State Anthony Blinken", "Press Secretary for
//! the President of Russia Dmitry Peskov") or as an appositive after it
//! ("Alexei Mukhin, CEO of the Political Information Center, told…").

use gleaner_text::{Analysis, Span, TokenKind};

use crate::lexicon::{self, Entry, LEXICON, class};

const MAX_ROLE_TOKENS: usize = 14;

fn gap_is_inline(text: &str, a: usize, b: usize) -> bool {
    a <= b && !crate::name_runs::has_newline(text, a, b)
}

/// The role written right before the name that starts at token `s`.
pub fn role_before(a: &Analysis<'_>, s: usize, key: &mut String) -> Option<Span> {
    let text = a.text();
    let toks = a.tokens();
    // What the lists say of each word token `s - 1 - d` walked over, looked
    // up once for the walk and the checks after it.
    let mut entries = [Entry::default(); MAX_ROLE_TOKENS];
    let entry_of = |entries: &[Entry], k: usize| entries[s - 1 - k];
    let mut k = s;
    while k > 0 && s - k < MAX_ROLE_TOKENS {
        let t = toks[k - 1];
        if !gap_is_inline(text, t.span.end, toks[k].span.start) {
            break;
        }
        let w = t.text(text);
        let ok = match t.kind {
            TokenKind::Word => {
                lexicon::fold_into(w, key);
                let e = LEXICON.entry(key);
                entries[s - k] = e;
                let cap = a.shape(k - 1).capitalized();
                e.is(class::ROLE)
                    || (cap && !e.is(class::CALENDAR))
                    || (!cap && e.is(class::JOINER))
            }
            TokenKind::Punct => {
                (w == "."
                    && k >= 2
                    && toks[k - 2].kind == TokenKind::Word
                    && toks[k - 2].span.end == t.span.start)
                    || (w == "-"
                        && toks[k].span.start == t.span.end
                        && k >= 2
                        && toks[k - 2].span.end == t.span.start)
            }
            _ => false,
        };
        if !ok {
            break;
        }
        k -= 1;
    }
    // Trim joiners, articles and a stray period off the front.
    while k < s {
        let t = toks[k];
        let w = t.text(text);
        lexicon::fold_into(w, key);
        if t.kind != TokenKind::Word
            || entry_of(&entries, k).is(class::JOINER)
            || key == "a"
            || key == "an"
        {
            k += 1;
        } else {
            break;
        }
    }
    if k >= s {
        return None;
    }
    // The role must hold a role noun, and end in one, or in "of <place>".
    let mut has_role = false;
    let mut joined_after_role = false;
    for (j, t) in toks.iter().enumerate().take(s).skip(k) {
        if t.kind != TokenKind::Word {
            continue;
        }
        if entry_of(&entries, j).is(class::ROLE) {
            has_role = true;
        } else if has_role && {
            lexicon::fold_into(t.text(text), key);
            matches!(key.as_str(), "of" | "for" | "to")
        } {
            joined_after_role = true;
        }
    }
    let last = toks[s - 1];
    let last_ok = match last.kind {
        TokenKind::Word => entry_of(&entries, s - 1).is(class::ROLE) || joined_after_role,
        TokenKind::Punct => {
            last.text(text) == "." && s >= 2 && {
                lexicon::fold_into(toks[s - 2].text(text), key);
                lexicon::title(key).is_some()
            }
        }
        _ => false,
    };
    if !(has_role && last_ok) {
        return None;
    }
    Some(Span::new(toks[k].span.start, last.span.end))
}

/// The appositive role after the name that ends before token `e`:
/// `, CEO of the Political Information Center,` gives
/// "CEO of the Political Information Center".
pub fn role_after(a: &Analysis<'_>, e: usize, key: &mut String) -> Option<Span> {
    let text = a.text();
    let toks = a.tokens();
    if toks.get(e)?.text(text) != "," {
        return None;
    }
    let start = e + 1;
    let mut k = start;
    let mut role_at = None;
    while k < toks.len() && k - start < MAX_ROLE_TOKENS {
        let t = toks[k];
        if !gap_is_inline(text, toks[k - 1].span.end, t.span.start) {
            return None;
        }
        if t.kind == TokenKind::Punct {
            let w = t.text(text);
            let prev = toks[k - 1];
            let after_initial = w == "."
                && prev.span.end == t.span.start
                && prev.kind == TokenKind::Word
                && prev.span.len() == 1;
            if w == "-" || after_initial {
                k += 1;
                continue;
            }
            break;
        }
        if t.kind == TokenKind::Word {
            lexicon::fold_into(t.text(text), key);
            let e = LEXICON.entry(key);
            if role_at.is_none() && e.is(class::ROLE) {
                role_at = Some(k);
            }
            // Only determiners, adjectives and the role itself may come first.
            if role_at.is_none() && k - start >= 4 {
                return None;
            }
            if role_at.is_none()
                && e.given.is_some()
                && a.shape(k).capitalized()
                && !e.is(class::ROLE)
            {
                // ", Joe Biden and…" is a list of names, not a role.
                return None;
            }
        }
        k += 1;
    }
    role_at?;
    if k == start
        || toks
            .get(k)
            .is_none_or(|t| !matches!(t.text(text), "," | "." | ";" | ")"))
    {
        return None;
    }
    Some(Span::new(toks[start].span.start, toks[k - 1].span.end))
}
