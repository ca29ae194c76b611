//! The Japanese style rules, checked over every Japanese Fluent message and every Japanese
//! screen snapshot: AWS's own terms (許可セット, アクセス許可, マスク, 信頼度, 呼び出し元), no
//! space after 。 or 、, no line that starts with closing punctuation or a small kana, and
//! no English severities left in Japanese output.

/// Characters a Japanese line must not start with (行頭禁則).
pub fn is_no_line_start(ch: char) -> bool {
    matches!(
        ch,
        '、' | '。'
            | '，'
            | '．'
            | '）'
            | '」'
            | '』'
            | '】'
            | '〕'
            | '・'
            | 'ー'
            | '：'
            | '；'
            | '！'
            | '？'
            | 'ぁ'
            | 'ぃ'
            | 'ぅ'
            | 'ぇ'
            | 'ぉ'
            | 'っ'
            | 'ゃ'
            | 'ゅ'
            | 'ょ'
            | 'ゎ'
            | 'ァ'
            | 'ィ'
            | 'ゥ'
            | 'ェ'
            | 'ォ'
            | 'ッ'
            | 'ャ'
            | 'ュ'
            | 'ョ'
            | 'ヮ'
            | 'ヵ'
            | 'ヶ'
            | '々'
    )
}

/// Characters a Japanese line must not end with (行末禁則).
pub fn is_no_line_end(ch: char) -> bool {
    matches!(ch, '（' | '「' | '『' | '【' | '〔')
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use fluent_syntax::ast;

    use super::is_no_line_start;
    use crate::i18n::{Lang, sources};

    /// Words AWS's Japanese documentation does not use for these ideas, and English left in
    /// Japanese output.
    const BANNED: &[(&str, &str)] = &[
        ("権限セット", "AWS says (アクセス)許可セット"),
        ("伏せ字", "say マスク"),
        ("確信度", "AWS says 信頼度"),
        ("あなた", "say 呼び出し元, as the other checks do"),
        ("IAM 許可", "AWS says IAM アクセス許可"),
        ("IAM 権限", "AWS says IAM アクセス許可"),
        (
            "コンピューティングタブ",
            "the console's tab is written [コンピューティング] タブ",
        ),
        ("(error)", "an English severity in Japanese output"),
        ("(warning)", "an English severity in Japanese output"),
    ];

    /// Every problem in one piece of Japanese text (a message or a screen row), described.
    fn problems(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        for (word, why) in BANNED {
            if text.contains(word) {
                found.push(format!("contains {word} ({why})"));
            }
        }
        let chars: Vec<char> = text.chars().collect();
        for window in chars.windows(3) {
            if matches!(window[0], '。' | '、') && window[1] == ' ' && window[2] != ' ' {
                found.push(format!("a space after {}", window[0]));
            }
        }
        for line in text.lines() {
            let trimmed = line.trim_start();
            if let Some(first) = trimmed.chars().next()
                && is_no_line_start(first)
            {
                found.push(format!("a line starts with {first}: {trimmed}"));
            }
        }
        found
    }

    /// A pattern as the texts it can produce, a placeable shown as `◆` (one per variant of a
    /// selector, at most a few dozen per message).
    fn pattern_texts(pattern: &ast::Pattern<&str>) -> Vec<String> {
        let mut texts = vec![String::new()];
        for element in &pattern.elements {
            let pieces = match element {
                ast::PatternElement::TextElement { value } => vec![(*value).to_owned()],
                ast::PatternElement::Placeable { expression } => expression_texts(expression),
            };
            texts = texts
                .iter()
                .flat_map(|head| pieces.iter().map(move |tail| format!("{head}{tail}")))
                .take(256)
                .collect();
        }
        texts
    }

    fn expression_texts(expression: &ast::Expression<&str>) -> Vec<String> {
        match expression {
            ast::Expression::Select { variants, .. } => variants
                .iter()
                .flat_map(|variant| pattern_texts(&variant.value))
                .collect(),
            ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                vec![(*value).to_owned()]
            }
            ast::Expression::Inline(_) => vec!["◆".to_owned()],
        }
    }

    /// `tests/` and below, every `.snap` file of a Japanese screen.
    fn japanese_snapshots(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                japanese_snapshots(&path, out);
            } else if path.extension().is_some_and(|e| e == "snap")
                && path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.contains("_ja"))
            {
                out.push(path);
            }
        }
    }

    /// The text of a snapshot row as the terminal shows it, split at box borders so that each
    /// box's own line is checked from its first character.
    fn snapshot_cells(line: &str) -> Option<Vec<String>> {
        let quoted = line.strip_prefix('"')?;
        let end = quoted.rfind("\" Hidden by").or_else(|| quoted.rfind('"'))?;
        let row = &quoted[..end];
        Some(
            row.split(['│', '|', '╭', '╮', '╰', '╯'])
                .map(|cell| cell.trim_matches('─').to_owned())
                .collect(),
        )
    }

    #[test]
    fn every_japanese_message_follows_the_style() {
        let mut failures = Vec::new();
        let mut checked = 0;
        for (file, source) in sources(Lang::Ja) {
            let resource = match fluent_syntax::parser::parse(*source) {
                Ok(resource) => resource,
                Err((resource, _)) => resource,
            };
            for entry in &resource.body {
                let ast::Entry::Message(message) = entry else {
                    continue;
                };
                let Some(pattern) = &message.value else {
                    continue;
                };
                for text in pattern_texts(pattern) {
                    checked += 1;
                    for problem in problems(&text) {
                        failures.push(format!("{file} {}: {problem}", message.id.name));
                    }
                }
            }
        }
        assert!(checked > 500, "only {checked} Japanese texts found");
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn every_japanese_snapshot_follows_the_style() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
        let mut files = Vec::new();
        japanese_snapshots(&root, &mut files);
        assert!(files.len() > 40, "only {} Japanese snapshots", files.len());
        let mut failures = Vec::new();
        for file in &files {
            let Ok(text) = std::fs::read_to_string(file) else {
                failures.push(format!("{}: unreadable", file.display()));
                continue;
            };
            for (number, line) in text.lines().enumerate() {
                let Some(cells) = snapshot_cells(line) else {
                    continue;
                };
                for cell in cells {
                    for problem in problems(&cell) {
                        failures.push(format!(
                            "{}:{}: {problem}",
                            file.file_name().unwrap_or_default().to_string_lossy(),
                            number + 1
                        ));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn severities_are_said_in_japanese() {
        use crate::probes::{Finding, FindingCode, Severity};
        for severity in [Severity::Error, Severity::Warning, Severity::Info] {
            let finding = Finding::new(FindingCode::RegionMissing, severity);
            let label = crate::report::severity_label(&finding, Lang::Ja);
            assert!(
                !label.is_empty() && !label.is_ascii(),
                "{severity:?}: {label}"
            );
            let english = crate::report::severity_label(&finding, Lang::En);
            assert!(english.is_ascii() && !english.contains('-'), "{english}");
        }
    }

    #[test]
    fn the_rules_catch_what_they_are_for() {
        assert!(
            !problems("許可セットを変更します。")
                .iter()
                .any(|p| p.contains("権限"))
        );
        assert_eq!(problems("権限セットを変更します。").len(), 1);
        assert_eq!(problems("終わりました。 次へ").len(), 1);
        assert!(problems("終わりました。  w レポート").is_empty());
        assert_eq!(problems("ドキ\nュメント").len(), 1);
        assert_eq!(problems("  ーバー").len(), 1);
        assert_eq!(problems("* [code] 題名 (error)").len(), 1);
        assert!(problems("mapRoles のエントリ 1 は一致します。").is_empty());
    }
}
