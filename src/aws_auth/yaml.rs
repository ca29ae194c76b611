//! A small YAML tree with positions, built from saphyr's event parser, and the scalar typing of
//! go-yaml v2 (YAML 1.1), which is what the authenticator's `yaml.Unmarshal` and
//! `utilyaml.ToJSON` apply: `yes` is a boolean there, `123` a number, `~` a null.

use saphyr_parser::{Event, Parser, ScalarStyle, Span};

/// Deeper nesting than this is not an aws-auth ConfigMap; stopping keeps the stack bounded.
pub const MAX_DEPTH: usize = 64;
/// A ConfigMap is at most 1 MiB; this many events is far beyond any real one.
pub const MAX_EVENTS: usize = 500_000;

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub kind: NodeKind,
    /// 1-based line of the node's start in the text it was parsed from; 0 when unknown.
    pub line: usize,
    /// 1-based column; 0 when unknown.
    pub col: usize,
    /// Byte range in the parsed text, for quoting the source back.
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum NodeKind {
    Scalar {
        text: String,
        style: Style,
    },
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
    /// `*anchor`: never resolved (aws-auth files do not use them, and expanding them is how
    /// a small file becomes a huge one).
    Alias,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    Quoted,
    /// `|` or `>`.
    Block,
}

/// What go-yaml v2 makes of a scalar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScalarType {
    Str,
    Null,
    Bool,
    Int,
    Float,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}, column {col}: {detail}")]
pub struct YamlError {
    pub line: usize,
    pub col: usize,
    pub detail: String,
}

impl Node {
    pub fn new(kind: NodeKind) -> Node {
        Node {
            kind,
            line: 0,
            col: 0,
            start: 0,
            end: 0,
        }
    }

    pub fn scalar(&self) -> Option<(&str, Style)> {
        match &self.kind {
            NodeKind::Scalar { text, style } => Some((text, *style)),
            _ => None,
        }
    }

    /// The scalar's text when go-yaml would decode it as a string.
    pub fn as_str(&self) -> Option<&str> {
        match self.scalar() {
            Some((text, style)) if scalar_type(text, style) == ScalarType::Str => Some(text),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self.scalar(), Some((text, style)) if scalar_type(text, style) == ScalarType::Null)
    }

    /// A word for the node's type, for messages (stable, not translated: YAML terms).
    pub fn type_name(&self) -> &'static str {
        match &self.kind {
            NodeKind::Scalar { text, style } => match scalar_type(text, *style) {
                ScalarType::Str => "string",
                ScalarType::Null => "null",
                ScalarType::Bool => "boolean",
                ScalarType::Int | ScalarType::Float => "number",
            },
            NodeKind::Seq(_) => "list",
            NodeKind::Map(_) => "mapping",
            NodeKind::Alias => "alias",
        }
    }

    /// The node's own source text, when it was parsed from `source`.
    pub fn source_text(&self, source: &str) -> Option<String> {
        if self.end <= self.start {
            return None;
        }
        source
            .get(self.start..self.end)
            .filter(|text| !text.is_empty())
            .map(str::to_owned)
    }
}

/// go-yaml v2's resolution of a plain scalar (quoted and block scalars are always strings).
pub fn scalar_type(text: &str, style: Style) -> ScalarType {
    if style != Style::Plain {
        return ScalarType::Str;
    }
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return ScalarType::Null,
        "y" | "Y" | "yes" | "Yes" | "YES" | "n" | "N" | "no" | "No" | "NO" | "true" | "True"
        | "TRUE" | "false" | "False" | "FALSE" | "on" | "On" | "ON" | "off" | "Off" | "OFF" => {
            return ScalarType::Bool;
        }
        ".inf" | "-.inf" | "+.inf" | ".Inf" | "-.Inf" | "+.Inf" | ".INF" | "-.INF" | "+.INF"
        | ".nan" | ".NaN" | ".NAN" => return ScalarType::Float,
        _ => {}
    }
    let plain: String = text.chars().filter(|c| *c != '_').collect();
    let unsigned = plain
        .strip_prefix('-')
        .or_else(|| plain.strip_prefix('+'))
        .unwrap_or(&plain);
    let is_int = if let Some(hex) = unsigned.strip_prefix("0x") {
        !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit())
    } else if let Some(bin) = unsigned.strip_prefix("0b") {
        !bin.is_empty() && bin.chars().all(|c| c == '0' || c == '1')
    } else {
        !unsigned.is_empty() && unsigned.chars().all(|c| c.is_ascii_digit())
    };
    if is_int {
        // Leading-zero digits that are not octal fall through to a float in go-yaml; either way
        // it is not a string.
        return ScalarType::Int;
    }
    let looks_numeric = unsigned
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'))
        && unsigned.chars().any(|c| c.is_ascii_digit());
    if looks_numeric && plain.parse::<f64>().is_ok() {
        return ScalarType::Float;
    }
    ScalarType::Str
}

enum Frame {
    Seq(Node, Vec<Node>),
    Map(Node, Vec<(Node, Node)>, Option<Node>),
}

/// The parser's character positions as byte offsets. Its events come in the order of the
/// text, so walking forward from the last position reads the text about once (counting from
/// the start for every node made a map of many small entries quadratic).
struct ByteOffsets<'t> {
    text: &'t str,
    chars: usize,
    bytes: usize,
}

impl ByteOffsets<'_> {
    fn of(&mut self, char_index: usize) -> usize {
        if char_index < self.chars {
            self.chars = 0;
            self.bytes = 0;
        }
        let rest = &self.text[self.bytes..];
        match rest.char_indices().nth(char_index - self.chars) {
            Some((offset, _)) => {
                self.bytes += offset;
                self.chars = char_index;
                self.bytes
            }
            None => self.text.len(),
        }
    }
}

fn positioned(kind: NodeKind, span: &Span, offsets: &mut ByteOffsets) -> Node {
    let start = offsets.of(span.start.index());
    let end = offsets.of(span.end.index());
    Node {
        kind,
        line: span.start.line(),
        col: span.start.col() + 1,
        start,
        end,
    }
}

/// Parses every document of `text`; an empty document is a null scalar.
pub fn parse_documents(text: &str) -> Result<Vec<Node>, YamlError> {
    let mut documents = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut root: Option<Node> = None;
    let mut offsets = ByteOffsets {
        text,
        chars: 0,
        bytes: 0,
    };
    let error = |line: usize, col: usize, detail: &str| YamlError {
        line,
        col,
        detail: detail.to_owned(),
    };
    for (count, item) in Parser::new_from_str(text).enumerate() {
        let (event, span) =
            item.map_err(|e| error(e.marker().line(), e.marker().col() + 1, e.info()))?;
        if count > MAX_EVENTS {
            return Err(error(span.start.line(), span.start.col() + 1, "too large"));
        }
        let finished = match event {
            Event::DocumentStart(_) => {
                root = None;
                None
            }
            Event::DocumentEnd => {
                documents.push(root.take().unwrap_or_else(|| {
                    Node::new(NodeKind::Scalar {
                        text: String::new(),
                        style: Style::Plain,
                    })
                }));
                None
            }
            Event::StreamEnd => break,
            Event::Scalar(value, style, _, _) => {
                let style = match style {
                    ScalarStyle::Plain => Style::Plain,
                    ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted => Style::Quoted,
                    ScalarStyle::Literal | ScalarStyle::Folded => Style::Block,
                };
                Some(positioned(
                    NodeKind::Scalar {
                        text: value.into_owned(),
                        style,
                    },
                    &span,
                    &mut offsets,
                ))
            }
            Event::Alias(_) => Some(positioned(NodeKind::Alias, &span, &mut offsets)),
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(error(
                        span.start.line(),
                        span.start.col() + 1,
                        "nested too deeply",
                    ));
                }
                let node = positioned(NodeKind::Alias, &span, &mut offsets);
                stack.push(if matches!(event, Event::SequenceStart(..)) {
                    Frame::Seq(node, Vec::new())
                } else {
                    Frame::Map(node, Vec::new(), None)
                });
                None
            }
            Event::SequenceEnd | Event::MappingEnd => match stack.pop() {
                Some(Frame::Seq(mut node, items)) => {
                    node.kind = NodeKind::Seq(items);
                    node.end = offsets.of(span.end.index()).max(node.start);
                    Some(node)
                }
                Some(Frame::Map(mut node, pairs, _)) => {
                    node.kind = NodeKind::Map(pairs);
                    node.end = offsets.of(span.end.index()).max(node.start);
                    Some(node)
                }
                None => None,
            },
            Event::StreamStart | Event::Nothing => None,
        };
        if let Some(node) = finished {
            match stack.last_mut() {
                Some(Frame::Seq(_, items)) => items.push(node),
                Some(Frame::Map(_, pairs, pending)) => match pending.take() {
                    Some(key) => pairs.push((key, node)),
                    None => *pending = Some(node),
                },
                None => root = Some(node),
            }
        }
    }
    if let Some(node) = root.take() {
        documents.push(node);
    }
    Ok(documents)
}

/// The first document, or a null scalar for an empty text.
pub fn parse_first(text: &str) -> Result<Node, YamlError> {
    Ok(parse_documents(text)?
        .into_iter()
        .next()
        .unwrap_or_else(|| {
            Node::new(NodeKind::Scalar {
                text: String::new(),
                style: Style::Plain,
            })
        }))
}

/// A JSON value as a node without positions (serde_json keeps none).
pub fn from_json(value: &serde_json::Value) -> Node {
    // JSON nesting is bounded by serde_json's own recursion limit (128).
    let kind = match value {
        serde_json::Value::Null => NodeKind::Scalar {
            text: "null".into(),
            style: Style::Plain,
        },
        serde_json::Value::Bool(b) => NodeKind::Scalar {
            text: b.to_string(),
            style: Style::Plain,
        },
        serde_json::Value::Number(n) => NodeKind::Scalar {
            text: n.to_string(),
            style: Style::Plain,
        },
        serde_json::Value::String(s) => NodeKind::Scalar {
            text: s.clone(),
            style: Style::Quoted,
        },
        serde_json::Value::Array(items) => NodeKind::Seq(items.iter().map(from_json).collect()),
        serde_json::Value::Object(map) => NodeKind::Map(
            map.iter()
                .map(|(k, v)| {
                    (
                        Node::new(NodeKind::Scalar {
                            text: k.clone(),
                            style: Style::Quoted,
                        }),
                        from_json(v),
                    )
                })
                .collect(),
        ),
    };
    Node::new(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_yaml_v2_types() {
        assert_eq!(scalar_type("yes", Style::Plain), ScalarType::Bool);
        assert_eq!(scalar_type("yes", Style::Quoted), ScalarType::Str);
        assert_eq!(scalar_type("111122223333", Style::Plain), ScalarType::Int);
        assert_eq!(scalar_type("1.5e3", Style::Plain), ScalarType::Float);
        assert_eq!(scalar_type("~", Style::Plain), ScalarType::Null);
        assert_eq!(
            scalar_type("arn:aws:iam::111122223333:role/x", Style::Plain),
            ScalarType::Str
        );
        assert_eq!(scalar_type("system:masters", Style::Plain), ScalarType::Str);
    }

    #[test]
    fn source_text_quotes_the_node_after_wide_characters() {
        let text = "ユーザー: \"日本\"\nlist: [a, {b: c}]\n";
        let root = parse_first(text).expect("parses");
        let NodeKind::Map(pairs) = &root.kind else {
            panic!("not a map")
        };
        assert_eq!(pairs[0].1.source_text(text).as_deref(), Some("\"日本\""));
        let NodeKind::Seq(items) = &pairs[1].1.kind else {
            panic!("not a list")
        };
        assert_eq!(items[1].source_text(text).as_deref(), Some("{b: c}"));
    }

    #[test]
    fn positions_are_one_based() {
        let doc = parse_first("a:\n  - b: c\n").expect("parses");
        let NodeKind::Map(pairs) = &doc.kind else {
            panic!("map")
        };
        let NodeKind::Seq(items) = &pairs[0].1.kind else {
            panic!("seq")
        };
        assert_eq!((items[0].line, items[0].col), (2, 5));
    }

    #[test]
    fn errors_carry_line_and_column() {
        let err = parse_first("a: [1, 2\nb: c\n").expect_err("broken");
        assert!(err.line >= 1 && err.col >= 1, "{err}");
    }

    #[test]
    fn depth_is_bounded() {
        let deep = "[".repeat(200);
        assert!(parse_first(&deep).is_err());
    }
}
