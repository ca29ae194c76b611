//! Text measured and cut in terminal cells: a Japanese character takes two.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Cuts `text` to at most `width` cells, marking the cut with an ellipsis. Hidden characters
/// (controls, bidi marks, zero-width ones) are shown as escapes first and measured as such.
pub fn truncate_to_width(text: &str, width: usize) -> String {
    let text = crate::safe_text::visible_line(text);
    let text = text.as_ref();
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for ch in text.chars() {
        let w = ch.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(ch);
        used += w;
    }
    out.push('…');
    out
}

/// `text` without its first `cells` cells (a wide character is dropped whole).
pub fn skip_cells(text: &str, cells: usize) -> String {
    let mut skipped = 0;
    text.chars()
        .skip_while(|ch| {
            if skipped >= cells {
                return false;
            }
            skipped += ch.width().unwrap_or(0);
            true
        })
        .collect()
}

/// The end of `text` that fits in `width` cells, marked with `…` at the start when cut (the
/// end of what is being typed stays in view).
pub fn tail_to_width(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut kept: Vec<char> = Vec::new();
    let mut used = 1;
    for ch in text.chars().rev() {
        let w = ch.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        kept.push(ch);
        used += w;
    }
    std::iter::once('…').chain(kept.into_iter().rev()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_counts_cells_not_bytes() {
        assert_eq!(truncate_to_width("日本語のテキスト", 7), "日本語…");
        assert_eq!(truncate_to_width("short", 10), "short");
        assert!(truncate_to_width("日本語のテキスト", 7).width() <= 7);
    }

    #[test]
    fn the_tail_keeps_the_end() {
        assert_eq!(tail_to_width("arn:aws:iam", 5), "…:iam");
        assert_eq!(tail_to_width("日本語", 5), "…本語");
        assert_eq!(tail_to_width("abc", 5), "abc");
    }

    #[test]
    fn skipping_drops_a_wide_character_whole() {
        assert_eq!(skip_cells("日本語", 1), "本語");
        assert_eq!(skip_cells("abc", 2), "c");
    }
}
