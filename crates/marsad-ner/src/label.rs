//! BIO labels over the four ANERcorp entity types.

use std::fmt;
use std::str::FromStr;

/// An entity type as ANERcorp names it (PERS, LOC, ORG, MISC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    Pers,
    Loc,
    Org,
    Misc,
}

impl EntityKind {
    pub const ALL: [EntityKind; 4] = [
        EntityKind::Pers,
        EntityKind::Loc,
        EntityKind::Org,
        EntityKind::Misc,
    ];

    /// The ANERcorp tag name.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Pers => "PERS",
            EntityKind::Loc => "LOC",
            EntityKind::Org => "ORG",
            EntityKind::Misc => "MISC",
        }
    }

    /// Reads a tag name; PER is accepted for PERS so that other corpora load.
    pub fn parse(s: &str) -> Option<EntityKind> {
        Some(match s {
            "PERS" | "PER" => EntityKind::Pers,
            "LOC" => EntityKind::Loc,
            "ORG" => EntityKind::Org,
            "MISC" => EntityKind::Misc,
            _ => return None,
        })
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The document model's type for this kind.
    pub fn entity_type(self) -> marsad_core::EntityType {
        match self {
            EntityKind::Pers => marsad_core::EntityType::Person,
            EntityKind::Loc => marsad_core::EntityType::Location,
            EntityKind::Org => marsad_core::EntityType::Organization,
            EntityKind::Misc => marsad_core::EntityType::Misc,
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One IOB2 label: outside, or the beginning or inside of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    O,
    B(EntityKind),
    I(EntityKind),
}

/// How many labels there are: O, then B and I for each kind.
pub const NUM_LABELS: usize = 9;

impl Label {
    /// Every label, in index order.
    pub const ALL: [Label; NUM_LABELS] = [
        Label::O,
        Label::B(EntityKind::Pers),
        Label::I(EntityKind::Pers),
        Label::B(EntityKind::Loc),
        Label::I(EntityKind::Loc),
        Label::B(EntityKind::Org),
        Label::I(EntityKind::Org),
        Label::B(EntityKind::Misc),
        Label::I(EntityKind::Misc),
    ];

    /// Position in [`Label::ALL`]: the row of weight tables.
    pub fn index(self) -> usize {
        match self {
            Label::O => 0,
            Label::B(k) => 1 + 2 * k.index(),
            Label::I(k) => 2 + 2 * k.index(),
        }
    }

    pub fn from_index(i: usize) -> Label {
        Label::ALL[i]
    }

    pub fn kind(self) -> Option<EntityKind> {
        match self {
            Label::O => None,
            Label::B(k) | Label::I(k) => Some(k),
        }
    }

    /// Whether `self` may follow `prev` (None: sentence start) in IOB2:
    /// I-X only continues B-X or I-X.
    pub fn may_follow(self, prev: Option<Label>) -> bool {
        match self {
            Label::I(k) => matches!(prev, Some(Label::B(p) | Label::I(p)) if p == k),
            _ => true,
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Label::O => f.write_str("O"),
            Label::B(k) => write!(f, "B-{k}"),
            Label::I(k) => write!(f, "I-{k}"),
        }
    }
}

impl FromStr for Label {
    type Err = String;

    fn from_str(s: &str) -> Result<Label, String> {
        if s == "O" {
            return Ok(Label::O);
        }
        let bad =
            || format!("unknown tag {s:?} (expected O, B-X or I-X with X in PERS, LOC, ORG, MISC)");
        let (bio, kind) = s.split_once('-').ok_or_else(bad)?;
        let kind = EntityKind::parse(kind).ok_or_else(bad)?;
        match bio {
            "B" => Ok(Label::B(kind)),
            "I" => Ok(Label::I(kind)),
            _ => Err(bad()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices_round_trip_and_parse() {
        for (i, l) in Label::ALL.iter().enumerate() {
            assert_eq!(l.index(), i);
            assert_eq!(l.to_string().parse::<Label>().unwrap(), *l);
        }
        assert_eq!(
            "B-PER".parse::<Label>().unwrap(),
            Label::B(EntityKind::Pers)
        );
        assert!("B-DATE".parse::<Label>().is_err());
        assert!("X".parse::<Label>().is_err());
    }

    #[test]
    fn inside_only_continues_its_own_kind() {
        let il = Label::I(EntityKind::Loc);
        assert!(il.may_follow(Some(Label::B(EntityKind::Loc))));
        assert!(il.may_follow(Some(Label::I(EntityKind::Loc))));
        assert!(!il.may_follow(Some(Label::O)));
        assert!(!il.may_follow(Some(Label::B(EntityKind::Org))));
        assert!(!il.may_follow(None));
        assert!(Label::B(EntityKind::Org).may_follow(None));
    }
}
