//! Filling `{{placeholder}}` templates with the person's values.

use super::Context;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKind {
    /// Text of the template itself.
    Literal,
    /// A value that came from the context.
    Value,
    /// A placeholder with no value yet: shown as `<name>` and highlighted.
    Missing,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub kind: SegmentKind,
    pub text: String,
}

/// Splits `template` into literal text, filled values and marked gaps.
pub fn fill_template(template: &str, context: &Context) -> Vec<Segment> {
    fill_with(template, |name| context.resolve(name))
}

/// [`fill_template`] with the values from `resolve`.
pub fn fill_with(template: &str, resolve: impl Fn(&str) -> Option<String>) -> Vec<Segment> {
    let mut segments = Vec::new();
    let mut rest = template;
    let push = |segments: &mut Vec<Segment>, kind, text: &str| {
        if text.is_empty() {
            return;
        }
        match segments.last_mut() {
            Some(Segment {
                kind: last,
                text: t,
            }) if *last == kind => t.push_str(text),
            _ => segments.push(Segment {
                kind,
                text: text.to_owned(),
            }),
        }
    };
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start + 2..].find("}}") else {
            break;
        };
        let name = &rest[start + 2..start + 2 + len];
        push(&mut segments, SegmentKind::Literal, &rest[..start]);
        match resolve(name.trim()) {
            Some(value) => push(&mut segments, SegmentKind::Value, &value),
            None => push(
                &mut segments,
                SegmentKind::Missing,
                &missing_marker(name.trim()),
            ),
        }
        rest = &rest[start + 2 + len + 2..];
    }
    push(&mut segments, SegmentKind::Literal, rest);
    segments
}

/// How an unknown value appears in text output.
pub fn missing_marker(name: &str) -> String {
    format!("<{name}>")
}

/// The placeholder names a template uses.
pub fn placeholders_in(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start + 2..].find("}}") else {
            break;
        };
        names.push(rest[start + 2..start + 2 + len].trim());
        rest = &rest[start + 2 + len + 2..];
    }
    names
}

/// The filled text, with gaps as `<name>`.
pub fn to_plain(segments: &[Segment]) -> String {
    segments.iter().map(|s| s.text.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::Field;

    #[test]
    fn fills_known_and_marks_unknown() {
        let mut ctx = Context::default();
        ctx.set(Field::Cluster, "prod");
        let segments = fill_template(
            "aws eks describe-cluster --name {{cluster}} --region {{region}}",
            &ctx,
        );
        assert_eq!(
            to_plain(&segments),
            "aws eks describe-cluster --name prod --region <region>"
        );
        assert_eq!(segments[1].kind, SegmentKind::Value);
        assert_eq!(segments[3].kind, SegmentKind::Missing);
    }

    #[test]
    fn json_braces_are_left_alone() {
        let ctx = Context::default();
        let segments = fill_template("{\"a\": {\"b\": \"{{cluster}}\"}}", &ctx);
        assert_eq!(to_plain(&segments), "{\"a\": {\"b\": \"<cluster>\"}}");
    }

    #[test]
    fn unterminated_placeholder_is_literal() {
        let ctx = Context::default();
        assert_eq!(to_plain(&fill_template("x {{cluster", &ctx)), "x {{cluster");
    }
}
