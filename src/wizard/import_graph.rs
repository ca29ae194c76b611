//! The wizard's files import one another in one direction only: no circle, and no update code
//! that reaches into view code. Read from the sources, so a new `use` that breaks the rule
//! fails here with the path it took.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use regex::Regex;

/// A module path inside the wizard, e.g. `["update", "guide"]`; `[]` is `wizard/mod.rs`.
type Module = Vec<String>;

fn wizard_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/wizard")
}

fn modules(dir: &Path, prefix: &[String], out: &mut BTreeMap<Module, PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src/wizard is readable")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_stem()
            .and_then(|n| n.to_str())
            .expect("a file name")
            .to_owned();
        if path.is_dir() {
            let mut child = prefix.to_vec();
            child.push(name);
            modules(&path, &child, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let mut module = prefix.to_vec();
            if name != "mod" {
                module.push(name);
            }
            out.insert(module, path);
        }
    }
}

/// `a::{b, c::{d, e}}` as `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let Some(open) = tree.find('{') else {
        return vec![tree.to_owned()];
    };
    let prefix = &tree[..open];
    let body = &tree[open + 1..tree.len() - 1];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, ch) in body.char_indices() {
        match ch {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&body[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&body[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand(p).into_iter().map(move |e| format!("{prefix}{e}")))
        .collect()
}

/// The modules of the wizard each file refers to (by `use` or by a path in the code).
fn edges() -> BTreeMap<Module, BTreeSet<Module>> {
    let mut files = BTreeMap::new();
    modules(&wizard_dir(), &[], &mut files);
    let comment = Regex::new(r"//[^\n]*").expect("regex");
    let use_statement = Regex::new(r"\buse\s+([^;]+);").expect("regex");
    let inline = Regex::new(r"(?:\bcrate::wizard|(?:\bsuper::)+[a-z_0-9]+)(?:::[A-Za-z_0-9]+)*")
        .expect("regex");
    let child_mod = Regex::new(r"\bmod\s+([a-z_0-9]+)\s*;").expect("regex");
    let child_path = Regex::new(r"(?:^|[^:\w])([a-z_0-9]+)::").expect("regex");
    let rename = Regex::new(r"\s+as\s+\w+").expect("regex");
    let test_module = Regex::new(r"#\[cfg\(test\)\]\s*mod\s+tests\s*\{").expect("regex");
    let mut graph = BTreeMap::new();
    for (module, path) in &files {
        let source = std::fs::read_to_string(path).expect("a wizard file is readable");
        // An inline test module (`use super::*`) is part of its file, not an edge.
        let source = test_module.split(&source).next().unwrap_or_default();
        let source = comment.replace_all(source, "");
        let children: BTreeSet<&str> = child_mod
            .captures_iter(&source)
            .filter_map(|c| c.get(1).map(|m| m.as_str()))
            .collect();
        let mut paths: Vec<String> = use_statement
            .captures_iter(&source)
            .flat_map(|c| {
                let tree: String = rename.replace_all(&c[1], "").split_whitespace().collect();
                expand(&tree)
            })
            .collect();
        let code = use_statement.replace_all(&source, "");
        paths.extend(inline.find_iter(&code).map(|m| m.as_str().to_owned()));
        // A parent naming its own child module in the code (`guide::clamp_scroll(model)`).
        paths.extend(
            child_path
                .captures_iter(&code)
                .filter(|c| children.contains(&c[1]))
                .map(|c| c[1].to_owned()),
        );
        let mut targets = BTreeSet::new();
        for path in paths {
            let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
            let absolute: Vec<String> = match segments.first() {
                Some(&"crate") if segments.get(1) == Some(&"wizard") => {
                    segments[2..].iter().map(|s| s.to_string()).collect()
                }
                Some(&"super") => {
                    let mut base = module.clone();
                    let mut rest = &segments[..];
                    while rest.first() == Some(&"super") {
                        base.pop();
                        rest = &rest[1..];
                    }
                    base.extend(rest.iter().map(|s| s.to_string()));
                    base
                }
                Some(first) if children.contains(first) || *first == "self" => {
                    let mut base = module.clone();
                    base.extend(
                        segments
                            .iter()
                            .skip_while(|s| **s == "self")
                            .map(|s| s.to_string()),
                    );
                    base
                }
                _ => continue,
            };
            // The longest prefix that is a file.
            let target = (0..=absolute.len())
                .rev()
                .map(|n| absolute[..n].to_vec())
                .find(|prefix| files.contains_key(prefix));
            if let Some(target) = target.filter(|t| t != module) {
                targets.insert(target);
            }
        }
        graph.insert(module.clone(), targets);
    }
    graph
}

fn name(module: &Module) -> String {
    if module.is_empty() {
        "mod".to_owned()
    } else {
        module.join("/")
    }
}

/// A circle through `from`, if there is one (depth-first, files in order).
fn circle(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Option<Vec<String>> {
    fn visit(
        node: &Module,
        graph: &BTreeMap<Module, BTreeSet<Module>>,
        path: &mut Vec<Module>,
        done: &mut BTreeSet<Module>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut found: Vec<String> = path[at..].iter().map(name).collect();
            found.push(name(node));
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.clone());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

fn folder(module: &Module) -> &str {
    module.first().map(String::as_str).unwrap_or("mod")
}

#[test]
fn the_wizard_has_no_import_circle() {
    let graph = edges();
    // A graph with nothing in it would pass trivially.
    assert!(graph.len() > 20, "{graph:?}");
    assert_eq!(circle(&graph), None, "an import circle in src/wizard");
}

/// Each layer imports only the layers below it: update never imports view, the layout never
/// imports update or view, queries and the model never import anything that acts or draws.
#[test]
fn layers_import_downwards_only() {
    let allowed: &[(&str, &[&str])] = &[
        ("theme", &[]),
        ("cells", &[]),
        ("guide_layout", &["theme"]),
        ("model", &["model", "theme"]),
        ("msg", &["model"]),
        ("search", &[]),
        ("keys", &["keys", "model", "queries"]),
        ("queries", &["queries", "model"]),
        (
            "layout",
            &[
                "layout",
                "queries",
                "model",
                "theme",
                "cells",
                "guide_layout",
                "keys",
                "search",
            ],
        ),
        (
            "update",
            &[
                "update", "layout", "queries", "model", "msg", "keys", "search",
            ],
        ),
        (
            "view",
            &[
                "view",
                "layout",
                "queries",
                "model",
                "theme",
                "cells",
                "guide_layout",
                "search",
            ],
        ),
    ];
    let mut wrong = Vec::new();
    for (from, targets) in edges() {
        let Some((_, may)) = allowed.iter().find(|(f, _)| *f == folder(&from)) else {
            continue;
        };
        for target in targets {
            if !may.contains(&folder(&target)) {
                wrong.push(format!("{} -> {}", name(&from), name(&target)));
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layers: {wrong:?}");
}

#[test]
fn a_circle_is_found() {
    let a = vec!["a".to_owned()];
    let b = vec!["b".to_owned()];
    let graph = BTreeMap::from([
        (a.clone(), BTreeSet::from([b.clone()])),
        (b.clone(), BTreeSet::from([a.clone()])),
    ]);
    assert_eq!(
        circle(&graph),
        Some(vec!["a".into(), "b".into(), "a".into()])
    );
    let graph = BTreeMap::from([(a, BTreeSet::from([b.clone()])), (b, BTreeSet::new())]);
    assert_eq!(circle(&graph), None);
}

#[test]
fn use_trees_are_expanded() {
    assert_eq!(
        expand("crate::wizard::{model::{Model,Screen},msg::Cmd}"),
        vec![
            "crate::wizard::model::Model",
            "crate::wizard::model::Screen",
            "crate::wizard::msg::Cmd"
        ]
    );
}
