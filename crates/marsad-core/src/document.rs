//! The document: one original text and the layers stages add to it.

use crate::date::Date;
use crate::layers::{Entity, Event, Provenance, Quantity, Quote, TimeExpr};
use crate::span::Span;
use serde::Serialize;

/// What kind of thing a token is. Decided by the tokenizer from its characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// A run of Arabic letters (with any diacritics, tatweel, hamza forms).
    Arabic,
    /// A run of Latin (or other non-Arabic) letters, possibly with digits.
    Latin,
    /// Digits in any script, with thousands and decimal separators inside.
    Number,
    /// A URL or e-mail address, kept whole.
    Url,
    /// One punctuation or symbol character.
    Punct,
}

/// Proclitics the tokenizer recognised at the front of an Arabic word.
///
/// Arabic writes conjunctions (و ف), prepositions (ب ل ك), the future
/// particle (س) and the article (ال) joined to the next word. The flags say
/// which were read off the word; `stem` in [`Token`] is what remains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Proclitics(pub u8);

impl Proclitics {
    pub const WA: u8 = 1; // و "and"
    pub const FA: u8 = 2; // ف "so, then"
    pub const BI: u8 = 4; // ب "with, in"
    pub const LI: u8 = 8; // ل "for, to"
    pub const KA: u8 = 16; // ك "like"
    pub const SA: u8 = 32; // س future particle
    pub const AL: u8 = 64; // ال the article (also inside لل)

    #[inline]
    pub fn has(&self, flag: u8) -> bool {
        self.0 & flag != 0
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    /// Whether only a conjunction و or ف was read off, with no article or
    /// preposition after it: the reading a name's own first letter (وليد،
    /// فولكس) or a word (فاجأ) is most often mistaken for.
    #[inline]
    pub fn is_bare_conjunction(&self) -> bool {
        (self.has(Proclitics::WA) || self.has(Proclitics::FA))
            && !self.has(Proclitics::AL | Proclitics::BI | Proclitics::LI | Proclitics::KA)
    }

    /// The clitics in reading order, e.g. `و+ال`.
    pub fn label(&self) -> String {
        const NAMES: [(u8, &str); 7] = [
            (Proclitics::WA, "و"),
            (Proclitics::FA, "ف"),
            (Proclitics::BI, "ب"),
            (Proclitics::LI, "ل"),
            (Proclitics::KA, "ك"),
            (Proclitics::SA, "س"),
            (Proclitics::AL, "ال"),
        ];
        NAMES
            .iter()
            .filter(|(f, _)| self.has(*f))
            .map(|(_, n)| *n)
            .collect::<Vec<_>>()
            .join("+")
    }
}

/// One token of the original text.
///
/// `norm` and `stem` are ranges into [`Document::norm_text`], the matching
/// form of every token laid end to end, so that tokens own no strings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// The whole token in matching form (see the text layer's normalizer).
    pub norm: std::ops::Range<u32>,
    /// The matching form without the proclitics in `proclitics`.
    pub stem: std::ops::Range<u32>,
    pub proclitics: Proclitics,
}

/// A sentence: a span of whole tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Index of its first token and one past its last in [`Document::tokens`].
    pub tokens: std::ops::Range<usize>,
    /// Index of the paragraph (line block) it belongs to.
    pub paragraph: usize,
}

/// What script the document is mostly written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
pub enum Lang {
    /// Not yet checked.
    #[default]
    #[serde(rename = "und")]
    Unknown,
    #[serde(rename = "ar")]
    Arabic,
    /// Mostly another script: passed through with empty layers.
    #[serde(rename = "other")]
    Other,
}

/// How many [`Document::reading_hashes`] each token has.
pub const READING_HASHES: usize = 5;

/// One news document and every layer the pipeline has added.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub id: String,
    /// The original text, never modified.
    pub text: String,
    pub published: Option<Date>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// A byline or dateline given as metadata apart from the text ("جدة - واس").
    pub author: Option<String>,

    pub lang: Lang,
    /// Remarks a reader should see (why a layer is empty, what was skipped).
    pub notes: Vec<String>,

    /// Matching forms of all tokens, laid end to end (see [`Token::norm`]).
    pub norm_text: String,
    pub tokens: Vec<Token>,
    /// For each token, hashes of its matching form with 0 to
    /// `READING_HASHES - 1` leading letters of the Arabic block cut (where
    /// its proclitic readings start), which lexicons test before looking a
    /// word up: the text layer works them out once, not each lexicon for
    /// itself. Ignored unless as long as `tokens`.
    pub reading_hashes: Vec<[u32; READING_HASHES]>,
    pub sentences: Vec<Sentence>,
    pub provenance: Provenance,
    pub times: Vec<TimeExpr>,
    pub quantities: Vec<Quantity>,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub events: Vec<Event>,
}

impl Document {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    pub fn with_published(mut self, published: Option<Date>) -> Document {
        self.published = published;
        self
    }

    /// The original text of a span.
    #[inline]
    pub fn slice(&self, span: Span) -> &str {
        span.text(&self.text)
    }

    /// The matching form of a token.
    #[inline]
    pub fn norm(&self, token: &Token) -> &str {
        &self.norm_text[token.norm.start as usize..token.norm.end as usize]
    }

    /// The matching form of a token without its proclitics.
    #[inline]
    pub fn stem(&self, token: &Token) -> &str {
        &self.norm_text[token.stem.start as usize..token.stem.end as usize]
    }

    /// The original text of a token.
    #[inline]
    pub fn token_text(&self, token: &Token) -> &str {
        self.slice(token.span)
    }

    /// Index of the sentence that contains byte offset `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= at);
        (i < self.sentences.len() && self.sentences[i].span.start <= at).then_some(i)
    }

    /// Index of the first token that ends after byte offset `at`.
    pub fn token_at_or_after(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end <= at)
    }
}
