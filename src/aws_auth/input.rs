//! Reading what people paste: `kubectl get configmap aws-auth -o yaml` or `-o json`,
//! `kubectl describe configmap aws-auth`, a bare `data:` section, a fragment holding only
//! `mapRoles: |` and its block, or just the list of entries.

use serde::Serialize;

use super::yaml::{self, Node, NodeKind, Style, YamlError};

/// ConfigMaps are limited to 1 MiB; a little slack for `describe`'s decorations.
pub const MAX_INPUT_BYTES: usize = 2 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum InputForm {
    /// A whole ConfigMap in YAML.
    Yaml,
    /// A whole ConfigMap in JSON.
    Json,
    /// `kubectl describe configmap` output.
    Describe,
    /// A map holding `data:`.
    DataSection,
    /// A map holding `mapRoles:` etc. directly.
    Fragment,
    /// A bare list of entries, as inside `mapRoles: |`.
    EntryList,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigMapError {
    #[error("the input is empty")]
    Empty,
    #[error("the input is larger than {MAX_INPUT_BYTES} bytes")]
    TooLarge,
    #[error("YAML error at {0}")]
    Yaml(YamlError),
    #[error("JSON error at line {line}, column {col}: {detail}")]
    Json {
        line: usize,
        col: usize,
        detail: String,
    },
    /// A Kubernetes object of another kind.
    #[error("a {kind}, not a ConfigMap")]
    OtherKind { kind: String },
    /// Valid YAML/JSON, but nothing resembling the aws-auth data.
    #[error("not a ConfigMap (line {line}, column {col})")]
    NotAConfigMap { line: usize, col: usize },
}

impl ConfigMapError {
    pub fn line_col(&self) -> Option<(usize, usize)> {
        match self {
            ConfigMapError::Yaml(e) => Some((e.line, e.col)),
            ConfigMapError::Json { line, col, .. }
            | ConfigMapError::NotAConfigMap { line, col } => Some((*line, *col)),
            _ => None,
        }
    }
}

/// One key of the ConfigMap's `data`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataItem {
    pub key: String,
    pub value: DataValue,
    /// 1-based line of the key in the input; `None` when unknown (JSON).
    pub line: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum DataValue {
    /// A string, as the authenticator needs. `first_line` is the input line the string's
    /// first line sits on, when the string maps onto input lines (a `|` block, `describe`).
    Text {
        text: String,
        first_line: Option<usize>,
    },
    /// YAML structure (a list or a mapping) where a string belongs: the `|` is missing.
    Structure(Node),
    /// A number, boolean or null in place of the string.
    OtherScalar(Node),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ConfigMapData {
    pub form: InputForm,
    /// `metadata.name` / `metadata.namespace` when the input had them.
    pub name: Option<String>,
    pub namespace: Option<String>,
    pub items: Vec<DataItem>,
    /// `mapRoles`, `mapUsers` or `mapAccounts` written beside `data:` at the top of a
    /// ConfigMap document (an indentation slip): never read by anyone.
    pub outside_data: Vec<DataItem>,
}

/// Reads the input in whichever form it came.
pub fn read(text: &str) -> Result<ConfigMapData, ConfigMapError> {
    read_given(text, text.len())
}

/// Reads text decoded from `given_bytes` bytes: the limit counts those. A decoded byte is at
/// most three bytes of UTF-8 (U+FFFD, a kana), which bounds the text itself.
pub fn read_given(text: &str, given_bytes: usize) -> Result<ConfigMapData, ConfigMapError> {
    if given_bytes > MAX_INPUT_BYTES || text.len() > 3 * MAX_INPUT_BYTES {
        return Err(ConfigMapError::TooLarge);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ConfigMapError::Empty);
    }
    if let Some(data) = read_describe(text) {
        return Ok(data);
    }
    if text.trim_start().starts_with('{') {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| ConfigMapError::Json {
                line: e.line(),
                col: e.column(),
                detail: e.to_string(),
            })?;
        return from_root(&yaml::from_json(&value), true, text);
    }
    let root = yaml::parse_first(text).map_err(ConfigMapError::Yaml)?;
    from_root(&root, false, text)
}

fn lookup<'a>(pairs: &'a [(Node, Node)], key: &str) -> Option<&'a Node> {
    pairs
        .iter()
        .rev()
        .find(|(k, _)| k.scalar().map(|(t, _)| t) == Some(key))
        .map(|(_, v)| v)
}

fn scalar_text(node: Option<&Node>) -> Option<String> {
    node.and_then(|n| n.scalar()).map(|(t, _)| t.to_owned())
}

const SECTION_KEYS: [&str; 3] = ["maproles", "mapusers", "mapaccounts"];

fn from_root(root: &Node, json: bool, source: &str) -> Result<ConfigMapData, ConfigMapError> {
    let not_a_config_map = || ConfigMapError::NotAConfigMap {
        line: root.line.max(1),
        col: root.col.max(1),
    };
    match &root.kind {
        NodeKind::Map(pairs) => {
            if let Some(kind) = scalar_text(lookup(pairs, "kind")) {
                return match kind.as_str() {
                    "ConfigMap" => Ok(config_map(pairs, json, source)),
                    "List" => match lookup(pairs, "items").map(|n| &n.kind) {
                        Some(NodeKind::Seq(items)) => {
                            let maps: Vec<&Vec<(Node, Node)>> = items
                                .iter()
                                .filter_map(|item| match &item.kind {
                                    NodeKind::Map(p)
                                        if scalar_text(lookup(p, "kind")).as_deref()
                                            == Some("ConfigMap") =>
                                    {
                                        Some(p)
                                    }
                                    _ => None,
                                })
                                .collect();
                            let named = maps.iter().find(|p| {
                                let meta = lookup(p, "metadata");
                                let name = match meta.map(|m| &m.kind) {
                                    Some(NodeKind::Map(m)) => scalar_text(lookup(m, "name")),
                                    _ => None,
                                };
                                name.as_deref() == Some("aws-auth")
                            });
                            named
                                .or(maps.first())
                                .map(|p| config_map(p, json, source))
                                .ok_or_else(not_a_config_map)
                        }
                        _ => Err(not_a_config_map()),
                    },
                    other => Err(ConfigMapError::OtherKind {
                        kind: other.to_owned(),
                    }),
                };
            }
            if let Some(data) = lookup(pairs, "data") {
                let items = match &data.kind {
                    NodeKind::Map(data_pairs) => data_items(data_pairs, source),
                    _ if data.is_null() => Vec::new(),
                    _ => return Err(not_a_config_map()),
                };
                return Ok(ConfigMapData {
                    form: if json {
                        InputForm::Json
                    } else {
                        InputForm::DataSection
                    },
                    name: None,
                    namespace: None,
                    items,
                    outside_data: outside_data(pairs, source),
                });
            }
            let has_section = pairs.iter().any(|(k, _)| {
                k.scalar().is_some_and(|(t, _)| {
                    SECTION_KEYS.contains(&t.to_ascii_lowercase().as_str())
                        || super::analyse::near_section_key(t).is_some()
                })
            });
            if has_section && DOCUMENT_KEYS.iter().any(|k| lookup(pairs, k).is_some()) {
                // `apiVersion`/`metadata` without `kind` or `data`: still a ConfigMap document,
                // so section keys at its top are outside `data`.
                return Ok(config_map(pairs, json, source));
            }
            if has_section {
                return Ok(ConfigMapData {
                    form: if json {
                        InputForm::Json
                    } else {
                        InputForm::Fragment
                    },
                    name: None,
                    namespace: None,
                    items: data_items(pairs, source),
                    outside_data: Vec::new(),
                });
            }
            Err(not_a_config_map())
        }
        NodeKind::Seq(items) => {
            // The inside of a `mapRoles: |` or `mapUsers: |` block, pasted alone.
            let key_of = |wanted: &str| {
                items.iter().any(|item| match &item.kind {
                    NodeKind::Map(p) => p.iter().any(|(k, _)| {
                        k.scalar()
                            .is_some_and(|(t, _)| t.eq_ignore_ascii_case(wanted))
                    }),
                    _ => false,
                })
            };
            let key = if key_of("rolearn") {
                "mapRoles"
            } else if key_of("userarn") {
                "mapUsers"
            } else {
                return Err(not_a_config_map());
            };
            Ok(ConfigMapData {
                form: InputForm::EntryList,
                name: None,
                namespace: None,
                items: vec![DataItem {
                    key: key.to_owned(),
                    value: DataValue::Text {
                        text: source.to_owned(),
                        first_line: (!json).then_some(1),
                    },
                    line: None,
                }],
                outside_data: Vec::new(),
            })
        }
        _ => Err(not_a_config_map()),
    }
}

fn config_map(pairs: &[(Node, Node)], json: bool, source: &str) -> ConfigMapData {
    let (name, namespace) = match lookup(pairs, "metadata").map(|m| &m.kind) {
        Some(NodeKind::Map(meta)) => (
            scalar_text(lookup(meta, "name")),
            scalar_text(lookup(meta, "namespace")),
        ),
        _ => (None, None),
    };
    let items = match lookup(pairs, "data").map(|d| &d.kind) {
        Some(NodeKind::Map(data)) => data_items(data, source),
        _ => Vec::new(),
    };
    ConfigMapData {
        form: if json {
            InputForm::Json
        } else {
            InputForm::Yaml
        },
        name,
        namespace,
        items,
        outside_data: outside_data(pairs, source),
    }
}

/// Section keys at the top of a ConfigMap document, beside `data:` instead of under it.
fn outside_data(pairs: &[(Node, Node)], source: &str) -> Vec<DataItem> {
    let section_keys: Vec<(Node, Node)> = pairs
        .iter()
        .filter(|(k, _)| {
            k.scalar().is_some_and(|(t, _)| {
                SECTION_KEYS.contains(&t.to_ascii_lowercase().as_str())
                    || super::analyse::near_section_key(t).is_some()
            })
        })
        .cloned()
        .collect();
    data_items(&section_keys, source)
}

/// Keys that make a mapping a ConfigMap document rather than a bare fragment of its data.
const DOCUMENT_KEYS: [&str; 3] = ["apiVersion", "kind", "metadata"];

fn data_items(pairs: &[(Node, Node)], source: &str) -> Vec<DataItem> {
    pairs
        .iter()
        .filter_map(|(key, value)| {
            let (key_text, _) = key.scalar()?;
            let line = (key.line > 0).then_some(key.line);
            let value = match &value.kind {
                NodeKind::Scalar { text, style } => {
                    if value.as_str().is_some() {
                        DataValue::Text {
                            text: text.clone(),
                            first_line: block_first_line(key, *style, source),
                        }
                    } else if value.is_null() {
                        DataValue::Text {
                            text: String::new(),
                            first_line: None,
                        }
                    } else {
                        DataValue::OtherScalar(value.clone())
                    }
                }
                NodeKind::Seq(_) | NodeKind::Map(_) => DataValue::Structure(value.clone()),
                NodeKind::Alias => DataValue::OtherScalar(value.clone()),
            };
            Some(DataItem {
                key: key_text.to_owned(),
                value,
                line,
            })
        })
        .collect()
}

/// For a `|` block the content starts on the line after the indicator, so inner line n is
/// input line `key line + n`. Other styles fold lines and do not map simply.
fn block_first_line(key: &Node, style: Style, source: &str) -> Option<usize> {
    if style != Style::Block || key.line == 0 {
        return None;
    }
    let line = source.lines().nth(key.line - 1)?;
    let after_key: String = line.chars().skip(key.col.saturating_sub(1)).collect();
    let (_, value) = after_key.split_once(':')?;
    value.trim_start().starts_with('|').then_some(key.line + 1)
}

/// `kubectl describe configmap` output: `Data` / `====`, then `key:` / `----` / value, up to
/// `BinaryData` / `====` or `Events:`.
fn read_describe(text: &str) -> Option<ConfigMapData> {
    let lines: Vec<&str> = text.lines().collect();
    let is_rule = |i: usize, rule: &str| lines.get(i).is_some_and(|l| l.trim_end() == rule);
    let data_at =
        (0..lines.len()).find(|&i| lines[i].trim_end() == "Data" && is_rule(i + 1, "===="))?;
    let field = |prefix: &str| {
        lines[..data_at].iter().find_map(|l| {
            l.strip_prefix(prefix)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        })
    };
    let is_key_header = |i: usize| {
        let line = lines[i].trim_end();
        line.len() > 1
            && line.ends_with(':')
            && !line.starts_with(' ')
            && !line[..line.len() - 1].contains(char::is_whitespace)
            && is_rule(i + 1, "----")
    };
    let is_end = |i: usize| {
        let line = lines[i].trim_end();
        (line == "BinaryData" && is_rule(i + 1, "====")) || line.starts_with("Events:")
    };
    let mut items = Vec::new();
    let mut i = data_at + 2;
    let mut current: Option<(String, usize, Vec<&str>)> = None;
    let finish = |current: Option<(String, usize, Vec<&str>)>, items: &mut Vec<DataItem>| {
        if let Some((key, header, mut body)) = current {
            while body.last().is_some_and(|l| l.trim().is_empty()) {
                body.pop();
            }
            items.push(DataItem {
                key,
                value: DataValue::Text {
                    text: body.join("\n"),
                    first_line: Some(header + 3),
                },
                line: Some(header + 1),
            });
        }
    };
    while i < lines.len() {
        if is_end(i) {
            break;
        }
        if is_key_header(i) {
            finish(current.take(), &mut items);
            let key = lines[i].trim_end().trim_end_matches(':').to_owned();
            current = Some((key, i, Vec::new()));
            i += 2;
            continue;
        }
        if let Some((_, _, body)) = current.as_mut() {
            body.push(lines[i]);
        }
        i += 1;
    }
    finish(current, &mut items);
    Some(ConfigMapData {
        form: InputForm::Describe,
        name: field("Name:"),
        namespace: field("Namespace:"),
        items,
        outside_data: Vec::new(),
    })
}
