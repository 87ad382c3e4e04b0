//! The real file edited anywhere, as a tree or as text (a hand editor's slip), loads to a
//! report or to problems with paths.

use super::*;

// --- mutations of the real file -----------------------------------------------------

/// One edit of the JSON tree, at a node picked by index among all nodes but the root.
#[derive(Debug, Clone)]
enum Edit {
    /// Removes the node from its object or array.
    Delete,
    /// Puts another value in its place.
    Replace(Value),
    /// Sets a number node to this number (others are left alone).
    Number(Value),
    /// Sets a string node to this string (others are left alone).
    Text(String),
    /// Repeats an array element right after itself.
    Duplicate,
    /// Wraps the node in this many arrays, or objects under its own key.
    Nest(usize, bool),
    /// Adds an undeclared key to an object.
    AddKey(String, Value),
    /// Puts a copy of another node (picked by the index) here: a figure's id in a
    /// chart, a chart's kind on a figure, a whole figure in place of another.
    CopyFrom(Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => Just(Edit::Delete),
        2 => any_json().prop_map(Edit::Replace),
        4 => hostile_number().prop_map(Edit::Number),
        4 => hostile_string().prop_map(Edit::Text),
        2 => Just(Edit::Duplicate),
        1 => (prop_oneof![1usize..8, 120usize..140], any::<bool>())
            .prop_map(|(n, obj)| Edit::Nest(n, obj)),
        1 => (key(), any_json()).prop_map(|(k, v)| Edit::AddKey(k, v)),
        3 => any::<Index>().prop_map(Edit::CopyFrom),
    ]
}

/// The paths of every node under the root, depth first.
fn nodes(v: &Value) -> Vec<Vec<Step>> {
    fn walk(v: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
        match v {
            Value::Object(o) => {
                for (k, c) in o {
                    here.push(Step::Key(k.clone()));
                    out.push(here.clone());
                    walk(c, here, out);
                    here.pop();
                }
            }
            Value::Array(a) => {
                for (i, c) in a.iter().enumerate() {
                    here.push(Step::Index(i));
                    out.push(here.clone());
                    walk(c, here, out);
                    here.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, &mut Vec::new(), &mut out);
    out
}

fn node_mut<'a>(v: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(v, |at, step| match (step, at) {
        (Step::Key(k), Value::Object(o)) => o.get_mut(k),
        (Step::Index(i), Value::Array(a)) => a.get_mut(*i),
        _ => None,
    })
}

fn node<'a>(v: &'a Value, path: &[Step]) -> Option<&'a Value> {
    path.iter().try_fold(v, |at, step| match (step, at) {
        (Step::Key(k), Value::Object(o)) => o.get(k),
        (Step::Index(i), Value::Array(a)) => a.get(*i),
        _ => None,
    })
}

fn apply(doc: &mut Value, at: &Index, edit: &Edit) {
    let all = nodes(doc);
    if all.is_empty() {
        return;
    }
    let path = at.get(&all).clone();
    let Some((last, parent_path)) = path.split_last() else {
        return;
    };
    let copy = match edit {
        Edit::CopyFrom(from) => node(doc, from.get::<Vec<Step>>(&all)).cloned(),
        _ => None,
    };
    let Some(parent) = node_mut(doc, parent_path) else {
        return;
    };
    match (edit, last, parent) {
        (Edit::Delete, Step::Key(k), Value::Object(o)) => {
            o.remove(k);
        }
        (Edit::Delete, Step::Index(i), Value::Array(a)) => {
            a.remove(*i);
        }
        (Edit::Duplicate, Step::Index(i), Value::Array(a)) => {
            let twin = a[*i].clone();
            a.insert(*i + 1, twin);
        }
        (edit, _, parent) => {
            let Some(target) = node_mut(parent, std::slice::from_ref(last)) else {
                return;
            };
            match edit {
                Edit::Replace(v) => *target = v.clone(),
                Edit::Number(n) if target.is_number() => *target = n.clone(),
                Edit::Text(s) if target.is_string() => *target = Value::String(s.clone()),
                Edit::Nest(n, obj) => {
                    let key = match last {
                        Step::Key(k) => k.clone(),
                        Step::Index(_) => "zh".to_string(),
                    };
                    for _ in 0..*n {
                        let inner = target.take();
                        *target = if *obj {
                            let mut m = Map::new();
                            m.insert(key.clone(), inner);
                            Value::Object(m)
                        } else {
                            Value::Array(vec![inner])
                        };
                    }
                }
                Edit::AddKey(k, v) => {
                    if let Value::Object(o) = target {
                        o.insert(k.clone(), v.clone());
                    }
                }
                Edit::CopyFrom(_) => {
                    if let Some(c) = copy {
                        *target = c;
                    }
                }
                _ => {}
            }
        }
    }
}

/// A tree as JSON text.
fn to_text(v: &Value) -> String {
    serde_json::to_string(v).unwrap()
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn the_real_file_edited_anywhere_loads_to_a_report_or_to_problems_with_paths(
        edits in prop::collection::vec((any::<Index>(), edit()), 1..4)
    ) {
        let mut doc = real().clone();
        for (at, e) in &edits {
            apply(&mut doc, at, e);
        }
        let json = to_text(&doc);
        guarded("edited", &json, answers_with_a_place)?;
    }
}

/// An edit of the file's text rather than its tree: what a hand editor's slip does.
#[derive(Debug, Clone)]
enum Slip {
    /// Cuts the file at this fraction of its length.
    Cut(Index),
    /// Inserts text at a position.
    Insert(Index, String),
    /// Deletes a few characters at a position.
    Remove(Index, usize),
    /// Writes a key twice in the object that holds it.
    DuplicateKey(Index),
    /// Starts the file with a byte-order mark, as some Windows editors save it.
    Bom,
}

fn slip() -> impl Strategy<Value = Slip> {
    prop_oneof![
        any::<Index>().prop_map(Slip::Cut),
        (
            any::<Index>(),
            prop_oneof![
                Just(",".to_string()),
                Just("\"".to_string()),
                Just("}".to_string()),
                Just("[".to_string()),
                Just("\\".to_string()),
                Just("\u{0}".to_string()),
                Just("// comment\n".to_string()),
                ".{1,4}",
            ]
        )
            .prop_map(|(i, s)| Slip::Insert(i, s)),
        (any::<Index>(), 1usize..8).prop_map(|(i, n)| Slip::Remove(i, n)),
        any::<Index>().prop_map(Slip::DuplicateKey),
        Just(Slip::Bom),
    ]
}

fn char_starts(s: &str) -> Vec<usize> {
    s.char_indices().map(|(i, _)| i).chain([s.len()]).collect()
}

fn apply_slip(text: &str, slip: &Slip) -> String {
    let starts = char_starts(text);
    match slip {
        Slip::Cut(at) => text[..*at.get(&starts)].to_string(),
        Slip::Insert(at, s) => {
            let i = *at.get(&starts);
            format!("{}{s}{}", &text[..i], &text[i..])
        }
        Slip::Remove(at, n) => {
            let i = at.index(starts.len());
            let j = starts[(i + n).min(starts.len() - 1)];
            format!("{}{}", &text[..starts[i]], &text[j..])
        }
        Slip::DuplicateKey(at) => {
            // A `"key": ` pair copied to just after itself, value and all when it is short.
            let keys: Vec<usize> = text.match_indices("\": ").map(|(i, _)| i).collect();
            if keys.is_empty() {
                return text.to_string();
            }
            let colon = *at.get(&keys);
            let start = text[..colon].rfind('"').unwrap_or(0);
            let end = text[colon..]
                .find([',', '\n'])
                .map_or(text.len(), |e| colon + e);
            let pair = &text[start..end];
            format!("{}{pair}, {}", &text[..start], &text[start..])
        }
        Slip::Bom => format!("\u{feff}{text}"),
    }
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn the_real_files_text_with_a_slip_loads_to_a_report_or_to_problems(
        slips in prop::collection::vec(slip(), 1..3)
    ) {
        let mut text = data_text();
        for s in &slips {
            text = apply_slip(&text, s);
        }
        guarded("slip", &text, |j| answers_sanely(j).map(drop))?;
    }
}
