//! Both languages carry the same messages with the same variables, every id the program
//! names exists, and nothing rendered carries bidi isolation marks.

use std::collections::{BTreeMap, BTreeSet};

use eks_iam_tui::cli::localized_command;
use eks_iam_tui::guide::render::render_steps;
use eks_iam_tui::guide::{
    Context, DERIVED_PLACEHOLDERS, Field, Symptom, all_guides, placeholders_in,
};
use eks_iam_tui::i18n::{Lang, has_message, sources};
use eks_iam_tui::remediation::CommandScope;
use eks_iam_tui::report::{to_markdown, to_text};
use fluent_syntax::ast;

type Messages = BTreeMap<String, BTreeSet<String>>;

fn collect_variables_in_pattern(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_variables_in_expression(expression, out);
        }
    }
}

fn collect_variables_in_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => collect_variables_in_inline(inline, out),
        ast::Expression::Select { selector, variants } => {
            collect_variables_in_inline(selector, out);
            for variant in variants {
                collect_variables_in_pattern(&variant.value, out);
            }
        }
    }
}

fn collect_variables_in_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => {
            collect_variables_in_expression(expression, out)
        }
        _ => {}
    }
}

/// Message id -> the variables it uses, across all files of a language.
fn messages(lang: Lang) -> Messages {
    let mut messages = Messages::new();
    for (file, source) in sources(lang) {
        let resource = fluent_syntax::parser::parse(*source).unwrap_or_else(|(_, errors)| {
            panic!("{}/{file} does not parse: {errors:?}", lang.code())
        });
        for entry in resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let mut vars = BTreeSet::new();
                    if let Some(value) = &message.value {
                        collect_variables_in_pattern(value, &mut vars);
                    }
                    let previous = messages.insert(message.id.name.to_owned(), vars);
                    assert!(
                        previous.is_none(),
                        "{} defined twice in {}",
                        message.id.name,
                        lang.code()
                    );
                }
                ast::Entry::Junk { content } => panic!("junk in {}/{file}: {content}", lang.code()),
                _ => {}
            }
        }
    }
    messages
}

#[test]
fn both_languages_have_the_same_ids_and_variables() {
    let en = messages(Lang::En);
    let ja = messages(Lang::Ja);
    let en_ids: BTreeSet<_> = en.keys().collect();
    let ja_ids: BTreeSet<_> = ja.keys().collect();
    assert_eq!(
        en_ids.symmetric_difference(&ja_ids).collect::<Vec<_>>(),
        Vec::<&&String>::new(),
        "ids in only one language"
    );
    for (id, vars) in &en {
        assert_eq!(Some(vars), ja.get(id), "variables of {id} differ");
    }
}

#[test]
fn every_variable_a_guide_message_uses_is_a_known_placeholder() {
    let known: BTreeSet<&str> = Field::ALL
        .iter()
        .map(|f| f.name())
        .chain(DERIVED_PLACEHOLDERS)
        .collect();
    let guides = all_guides().expect("guides load");
    let en = messages(Lang::En);
    for guide in guides {
        for step in &guide.steps {
            for id in [&step.title, &step.text] {
                for var in en.get(id.as_str()).into_iter().flatten() {
                    assert!(known.contains(var.as_str()), "{id} uses unknown ${var}");
                }
            }
        }
    }
}

#[test]
fn every_id_the_guides_name_resolves_in_both_languages() {
    let guides = all_guides().expect("guides load");
    assert_eq!(guides.len(), Symptom::ALL.len());
    for guide in guides {
        assert!(!guide.steps.is_empty(), "{:?} has no steps", guide.symptom);
        let mut ids = vec![guide.symptom.title_id(), guide.symptom.summary_id()];
        for step in &guide.steps {
            ids.push(step.title.clone());
            ids.push(step.text.clone());
            ids.extend(step.blocks.iter().filter_map(|b| b.caption.clone()));
            ids.extend(step.links.iter().map(|l| l.label.clone()));
        }
        for field in &guide.fields {
            ids.push(field.label_id());
            ids.push(field.hint_id());
        }
        for lang in Lang::ALL {
            for id in &ids {
                assert!(has_message(lang, id), "{} lacks {id}", lang.code());
            }
        }
    }
}

#[test]
fn every_template_placeholder_is_known() {
    let known: BTreeSet<&str> = Field::ALL
        .iter()
        .map(|f| f.name())
        .chain(DERIVED_PLACEHOLDERS)
        .collect();
    for guide in all_guides().expect("guides load") {
        for step in &guide.steps {
            for block in &step.blocks {
                for name in placeholders_in(&block.template) {
                    assert!(
                        known.contains(name),
                        "{:?}/{}: unknown {{{{{name}}}}}",
                        guide.symptom,
                        step.id
                    );
                }
            }
        }
    }
}

#[test]
fn step_ids_are_unique_within_a_symptom() {
    for guide in all_guides().expect("guides load") {
        let ids: BTreeSet<_> = guide.steps.iter().map(|s| &s.id).collect();
        assert_eq!(ids.len(), guide.steps.len(), "{:?}", guide.symptom);
    }
}

#[test]
fn every_command_line_option_is_described_in_both_languages() {
    for lang in Lang::ALL {
        let mut command = localized_command(lang);
        command.build();
        let mut pending = vec![command];
        while let Some(cmd) = pending.pop() {
            let scope = cmd.get_name().to_owned();
            let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
            assert!(
                !about.is_empty() && !about.starts_with("cli-"),
                "{scope}: {about}"
            );
            for arg in cmd.get_arguments() {
                let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
                assert!(
                    !help.is_empty() && !help.starts_with("cli-arg-"),
                    "{} {scope} --{}: {help}",
                    lang.code(),
                    arg.get_id()
                );
            }
            pending.extend(cmd.get_subcommands().cloned());
        }
    }
}

#[test]
fn rendered_guides_carry_no_isolation_marks_and_no_raw_ids() {
    let mut context = Context::default();
    context.set(Field::Cluster, "demo");
    for guide in all_guides().expect("guides load") {
        for lang in Lang::ALL {
            let steps = render_steps(guide, &context, &CommandScope::default(), lang);
            for text in [
                to_text(guide.symptom, &steps, lang),
                to_markdown(guide.symptom, &steps, lang),
            ] {
                assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
                assert!(!text.contains("guide-"), "an id leaked: {text}");
                assert!(!text.contains("{{"), "an unfilled template: {text}");
            }
        }
    }
}

#[test]
fn json_templates_are_valid_json_once_filled() {
    let mut context = Context::default();
    for field in Field::ALL {
        context.set(field, "x");
    }
    for guide in all_guides().expect("guides load") {
        for step in render_steps(guide, &context, &CommandScope::default(), Lang::En) {
            for block in step
                .blocks
                .iter()
                .filter(|b| b.kind == eks_iam_tui::guide::BlockKind::Json)
            {
                let text = block.plain();
                serde_json::from_str::<serde_json::Value>(&text)
                    .unwrap_or_else(|e| panic!("{:?}/{}: {e}\n{text}", guide.symptom, step.id));
            }
        }
    }
}
