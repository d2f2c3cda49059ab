//! The annotation layers: what each extraction stage writes into a document.
//!
//! The field names and values follow `shared/gold/FORMAT.md`'s scoring view;
//! every item carries the span of its evidence in the original text.

use crate::span::Span;
use serde::Serialize;

/// A mention of an outlet, agency or translator, with the name it gives.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Credit {
    /// The span of the whole credit as written ("موقع المونيتور الأمريكي").
    #[serde(skip)]
    pub span: Span,
    /// The name itself ("المونيتور"), a substring of the credit.
    pub name: String,
    /// The credit as written.
    pub text: String,
    /// How it was found: `dateline`, `credit_line`, `byline`, `attribution`.
    pub how: &'static str,
}

/// Where the article says it came from: only what the text itself says.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Provenance {
    /// The place of a dateline ("بغداد" in "بغداد - أ ف ب:").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dateline_place: Option<Credit>,
    /// Outlets credited as the article's origin.
    pub source: Vec<Credit>,
    /// News agencies in a dateline or credit (واس، رويترز، أ ف ب).
    pub agency: Vec<Credit>,
    pub translated_by: Vec<Credit>,
}

/// TIMEX3 type of a temporal expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimeType {
    Date,
    Time,
    Duration,
    Set,
}

/// TIMEX3 / FORMAT.md modifiers of times and quantities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Mod {
    Before,
    After,
    OnOrAfter,
    OnOrBefore,
    Start,
    Mid,
    End,
    Approx,
    MoreThan,
    LessThan,
    EqualOrMore,
    EqualOrLess,
}

/// A temporal expression normalized against the publication date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimeExpr {
    #[serde(skip)]
    pub span: Span,
    #[serde(rename = "type")]
    pub kind: TimeType,
    /// ISO 8601 as TIMEX3 writes it (`2021-11-19`, `P1M`, `PAST_REF`, `XXXX-11-19`).
    pub value: String,
    #[serde(rename = "mod")]
    pub modifier: Option<Mod>,
}

/// An amount: an exact value, or a range for vague amounts and "from … to".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    #[serde(skip)]
    pub span: Span,
    pub value: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    #[serde(rename = "mod")]
    pub modifier: Option<Mod>,
    /// The counted noun, singular and undiacritized (قتيل، دولار، `%`).
    pub unit: Option<String>,
}

/// Entity types of FORMAT.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum EntityType {
    #[serde(rename = "PER")]
    Person,
    #[serde(rename = "ORG")]
    Organization,
    #[serde(rename = "LOC")]
    Location,
    #[serde(rename = "MISC")]
    Misc,
}

/// A document-level entity with all its mentions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// An unnamed actor ("مصدر أمني", "القوات الأمنية"), not a name.
    pub nominal: bool,
    pub wikidata: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    #[serde(skip)]
    pub mentions: Vec<Span>,
}

impl Entity {
    /// An entity with these mentions, not linked to a knowledge-base entry
    /// (no Wikidata id, no coordinates): as a tagger or reader first finds it.
    pub fn unlinked(
        name: impl Into<String>,
        kind: EntityType,
        nominal: bool,
        mentions: Vec<Span>,
    ) -> Entity {
        Entity {
            name: name.into(),
            kind,
            nominal,
            wikidata: None,
            lat: None,
            lon: None,
            mentions,
        }
    }
}

/// Direct, indirect or mixed speech (FORMAT.md's `kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
    Mixed,
}

/// A statement attributed to a speaker.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    #[serde(skip)]
    pub span: Span,
    /// The speaker's entity name, when known.
    pub speaker: Option<String>,
    pub kind: QuoteKind,
}

/// An event coded with a PLOVER type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    #[serde(skip)]
    pub span: Span,
    #[serde(rename = "type")]
    pub kind: String,
    pub actor: Vec<String>,
    pub recipient: Vec<String>,
    pub place: Option<String>,
    pub date: Option<String>,
    pub modality: String,
}
