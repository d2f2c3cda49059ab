//! Unit tests of the quote layer: mark styles, broken marks, speakers,
//! continuations, kinds, cues, media and dates. No shared data needed.

use super::*;
use marsad_core::{Entity, EntityType, QuoteKind, Span, TimeExpr, TimeType};

fn doc(text: &str) -> Document {
    let mut d = Document::new("t", text);
    marsad_text::TextLayer.annotate(&mut d);
    d
}

/// (content, speaker, kind) of every quote found in `text`.
fn quotes(text: &str) -> Vec<(String, Option<String>, QuoteKind)> {
    let mut d = doc(text);
    QuoteLayer
        .extract(&mut d)
        .into_iter()
        .map(|q| (d.slice(q.span).to_string(), q.speaker, q.kind))
        .collect()
}

fn one(text: &str) -> (String, Option<String>, QuoteKind) {
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    q.into_iter().next().unwrap()
}

#[test]
fn every_mark_style_gives_a_direct_quote() {
    for (o, c) in [("«", "»"), ("“", "”"), ("”", "“"), ("\"", "\""), ("‹", "›")] {
        let text = format!("وقال وزير الخارجية أحمد سالم: {o}لن نتراجع عن مواقفنا{c}.");
        let (content, speaker, kind) = one(&text);
        assert_eq!(content, "لن نتراجع عن مواقفنا", "{o}{c}");
        assert_eq!(speaker.as_deref(), Some("أحمد سالم"), "{o}{c}");
        assert_eq!(kind, QuoteKind::Direct, "{o}{c}");
    }
}

#[test]
fn a_speaker_name_ends_before_a_word_of_time() {
    // A name the entity layer missed runs up to the words after it, not
    // over "during", "after" (اثناء، عقب).
    for text in [
        "وقال تشاوش اوغلو اثناء زيارة الى لشبونة: «المفاوضات مستمرة».",
        "وقال تشاوش اوغلو عقب لقاء الوزير: «المفاوضات مستمرة».",
    ] {
        let (_, speaker, _) = one(text);
        assert_eq!(speaker.as_deref(), Some("تشاوش اوغلو"), "{text}");
    }
}

#[test]
fn a_quote_that_opens_with_no_mark_runs_back_to_the_cue() {
    let (content, speaker, kind) = one(
        "وزعم المتحدث باسم الحركة الشيخ كاظم الفرتوسي لـ “المونيتور” وحتى الآن تلقينا 45000 مكالمة من المتطوعين”.",
    );
    assert_eq!(content, "وحتى الآن تلقينا 45000 مكالمة من المتطوعين");
    assert_eq!(speaker.as_deref(), Some("كاظم الفرتوسي"));
    assert_eq!(kind, QuoteKind::Direct);
}

#[test]
fn a_quote_left_open_runs_to_the_end_of_its_paragraph() {
    let (content, _, kind) =
        one("قال الوزير محمد علي: «لن نتراجع. سنواصل العمل\nفقرة أخرى لا علاقة لها.");
    assert_eq!(content, "لن نتراجع. سنواصل العمل");
    assert_eq!(kind, QuoteKind::Direct);
}

#[test]
fn a_quote_over_several_sentences_stays_whole() {
    let (content, _, _) =
        one("وقال سعيد الأحمد: “تلقينا مكالمات كثيرة. اعتاد البعض القتال. وآخرون لا”. ثم غادر.");
    assert_eq!(
        content,
        "تلقينا مكالمات كثيرة. اعتاد البعض القتال. وآخرون لا"
    );
}

#[test]
fn continuations_and_pronoun_subjects_take_the_last_speaker() {
    let q = quotes(
        "أكد وزير الدفاع خالد العمر أن القوات جاهزة. وأضاف أن التدريب مستمر. \
         وقال: «لن نسمح بأي اعتداء». قال إن الخطة تسير كما رسمت.",
    );
    assert_eq!(q.len(), 4, "{q:?}");
    for (_, speaker, _) in &q {
        assert_eq!(speaker.as_deref(), Some("خالد العمر"));
    }
    assert_eq!(q[2].2, QuoteKind::Direct);
    assert_eq!(q[3].0, "الخطة تسير كما رسمت");
}

#[test]
fn post_posed_attribution_takes_the_quote_before_it() {
    let (content, speaker, kind) = one("«سنعيد بناء المدينة قريبا»، قال الوزير سامي الحسن.");
    assert_eq!(content, "سنعيد بناء المدينة قريبا");
    assert_eq!(speaker.as_deref(), Some("سامي الحسن"));
    assert_eq!(kind, QuoteKind::Direct);
}

#[test]
fn role_only_speakers_become_nominal_entities() {
    let mut d = doc(
        "وقال مصدر أمني لـ«الشرق الأوسط» إن الهجوم أسفر عن سقوط قتلى. وأوضح المصدر أن التحقيق جار.",
    );
    let found = QuoteLayer.extract(&mut d);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].speaker.as_deref(), Some("مصدر أمني"));
    assert_eq!(found[0].medium.as_deref(), Some("الشرق الأوسط"));
    // "المصدر" refers back to the same source.
    assert_eq!(found[1].speaker_entity, found[0].speaker_entity);
    let e = &d.entities[found[0].speaker_entity.unwrap()];
    assert!(e.nominal);
    assert_eq!(e.kind, EntityType::Person);
    assert_eq!(e.mentions.len(), 2);
    assert_eq!(d.slice(e.mentions[1]), "المصدر");
}

#[test]
fn the_name_inside_a_title_and_role_phrase_is_the_speaker() {
    let (_, speaker, _) = one("وقال المتحدث باسم الجيش العميد يحيى رسول إن القوات تقدمت.");
    assert_eq!(speaker.as_deref(), Some("يحيى رسول"));
    let (_, speaker, _) =
        one("وقال مدير المرصد رامي عبد الرحمن لوكالة فرانس برس إن المعارك مستمرة.");
    assert_eq!(speaker.as_deref(), Some("رامي عبد الرحمن"));
    let (_, speaker, _) = one("وقال المتحدث باسم \"المقاومة الشعبية\"، قائد نصر، إن القائد فر.");
    assert_eq!(speaker.as_deref(), Some("قائد نصر"));
}

#[test]
fn a_role_met_with_a_name_refers_back_to_that_person() {
    let q = quotes(
        "وزعم المتحدث باسم الكتائب الشيخ كاظم الفرتوسي أن الطلبات كثيرة. \
         وأكد المتحدث باسم الكتائب أننا “لسنا معاديين لأحد”.",
    );
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].1.as_deref(), Some("كاظم الفرتوسي"));
    assert_eq!(q[1].2, QuoteKind::Direct); // أن + a wholly quoted statement
}

#[test]
fn subjects_before_the_verb() {
    let (_, speaker, kind) =
        one("وكان الرئيس الأمريكي جو بايدن قد أعلن في تموز أن القوات “ستستمر في التدريب”.");
    assert_eq!(speaker.as_deref(), Some("جو بايدن"));
    assert_eq!(kind, QuoteKind::Mixed);
}

#[test]
fn kinds_follow_the_gold_rules() {
    assert_eq!(
        one("وقال الوزير أحمد سالم: إن الأمن مستتب.").2,
        QuoteKind::Indirect
    );
    assert_eq!(
        one("وقال الوزير أحمد سالم إن الأمن مستتب.").2,
        QuoteKind::Indirect
    );
    assert_eq!(
        one("وقال الوزير أحمد سالم إن الوضع “تحت السيطرة” حتى الآن.").2,
        QuoteKind::Mixed
    );
    assert_eq!(
        one("وقال الوزير أحمد سالم: الأمن مستتب.").2,
        QuoteKind::Direct
    );
}

#[test]
fn cues_carry_lemma_and_stance() {
    let cases = [
        (
            "وزعمت الجماعة المسلحة أنها أسقطت طائرة.",
            "زعم",
            Stance::Doubtful,
        ),
        ("ونفى الجيش أن يكون قد قصف المدينة.", "نفى", Stance::Denial),
        (
            "وحذر الوزير سامي الحسن من تصعيد خطير.",
            "حذر",
            Stance::Warning,
        ),
        ("وطالب المتظاهرون بإقالة الحكومة.", "طالب", Stance::Demand),
        ("ويقول السكان إن المياه مقطوعة.", "قال", Stance::Neutral),
        ("وأكدت الوزارة أن الحدود مغلقة.", "أكد", Stance::Assertive),
    ];
    for (text, lemma, stance) in cases {
        let mut d = doc(text);
        let found = QuoteLayer.extract(&mut d);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].cue.lemma, lemma, "{text}");
        assert_eq!(found[0].cue.stance, stance, "{text}");
    }
}

#[test]
fn participles_take_the_speaker_of_their_clause() {
    let q = quotes(
        "وأوضح النائب محمود المشهداني أن الظروف صعبة، مشيرا إلى أن الحكومة مقصرة، مؤكدا ضرورة الإصلاح.",
    );
    assert_eq!(q.len(), 3, "{q:?}");
    assert!(q.iter().all(|x| x.1.as_deref() == Some("محمود المشهداني")));
    assert_eq!(q[0].0, "الظروف صعبة");
    assert_eq!(q[1].0, "الحكومة مقصرة");
}

#[test]
fn according_to_phrases_attribute_the_clause_around_them() {
    let (content, speaker, _) =
        one("تقدمت الفصائل نحو مركز القيادة، وفق ما أعلن المرصد السوري لحقوق الإنسان.");
    assert_eq!(content, "تقدمت الفصائل نحو مركز القيادة");
    assert_eq!(speaker.as_deref(), Some("المرصد السوري لحقوق الإنسان"));
    // A name after بحسب is a source when the entity layer found it.
    let mut d = doc("وبحسب عبد الرحمن، \"يقاتل مئة عنصر إلى جانب القوات\".");
    d.entities.push(person(&d, "عبد الرحمن"));
    let found = QuoteLayer.extract(&mut d);
    assert_eq!(found.len(), 1);
    assert_eq!(d.slice(found[0].span), "يقاتل مئة عنصر إلى جانب القوات");
    assert_eq!(found[0].speaker.as_deref(), Some("عبد الرحمن"));
    assert_eq!(found[0].kind, QuoteKind::Direct);
    let (_, speaker, _) = one("وحسب عدد من الشهود، انفجرت القنبلة في وقت مبكر.");
    assert_eq!(speaker.as_deref(), Some("الشهود"));
    let (_, speaker, _) = one("غادر المسؤولون المدينة، وفقا لما أعلنت وزارة الداخلية.");
    assert_eq!(speaker.as_deref(), Some("وزارة الداخلية"));
}

/// A person entity with one mention, the first occurrence of `name`.
fn person(d: &Document, name: &str) -> Entity {
    let at = d.text.find(name).unwrap();
    Entity::unlinked(
        name,
        EntityType::Person,
        false,
        vec![Span::new(at, at + name.len())],
    )
}

#[test]
fn according_to_a_rule_or_a_measure_is_no_statement() {
    for text in [
        "وتختلف الأسعار بحسب الظروف والملابسات في كل منطقة.",
        "ويتم التعيين وفقا للمؤهلات والشروط الموضحة لكل وظيفة.",
        "إن العقوبات تؤدي بحسب مآلها المعتاد إلى تقويم السلوك.",
        "تعمل الإدارة وفق خططها قصيرة المدى على تنفيذ المشروع.",
    ] {
        assert_eq!(quotes(text), [], "{text}");
    }
}

#[test]
fn a_role_over_a_body_then_a_title_and_name_gives_the_name() {
    let (_, speaker, _) = one(
        "وأوضح المشرف على مركز الموهبة بالجامعة الدكتور ظافر الحماد أن البرنامج استقبل 100 طالب.",
    );
    assert_eq!(speaker.as_deref(), Some("ظافر الحماد"));
    let (_, speaker, _) = one("وقال الدكتور حامد آل غرامة إن البرنامج مستمر.");
    assert_eq!(speaker.as_deref(), Some("حامد آل غرامة"));
}

#[test]
fn titles_in_a_row_lead_to_the_name() {
    let (_, speaker, _) =
        one("وأعلن صاحب السمو الملكي الأمير خالد الفيصل أن الجائزة ستقام في موعدها.");
    assert_eq!(speaker.as_deref(), Some("خالد الفيصل"));
    let (_, speaker, _) = one("وأكد معالي الدكتور أحمد سالم أن المشروع اكتمل.");
    assert_eq!(speaker.as_deref(), Some("أحمد سالم"));
}

#[test]
fn relayed_statements_name_the_medium_and_the_speaker() {
    let mut d = doc("ونقلت \"رويترز\" عن فضل حسن قائد العملية أن قواته تمشط القاعدة.");
    let found = QuoteLayer.extract(&mut d);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker.as_deref(), Some("فضل حسن"));
    assert_eq!(found[0].medium.as_deref(), Some("رويترز"));
    assert_eq!(d.slice(found[0].span), "قواته تمشط القاعدة");
}

#[test]
fn a_time_between_cue_and_content_dates_the_quote() {
    let mut d = doc("وقال الوزير أحمد سالم أمس الخميس إن الحدود مغلقة.");
    let at = d.text.find("أمس").unwrap();
    let end = at + "أمس الخميس".len();
    d.times.push(TimeExpr {
        span: Span::new(at, end),
        kind: TimeType::Date,
        value: "2015-07-23".into(),
        modifier: None,
    });
    let found = QuoteLayer.extract(&mut d);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].date.as_deref(), Some("2015-07-23"));
    assert_eq!(d.slice(found[0].span), "الحدود مغلقة");
}

#[test]
fn a_head_and_a_quoted_name_is_the_named_entity() {
    for (text, name) in [
        ("وأعلن تنظيم «داعش» مسؤوليته عن الهجوم.", "داعش"),
        ("وقالت شركة \"فيسبوك\" إنها ستحذف الحسابات.", "فيسبوك"),
    ] {
        let mut d = doc(text);
        let at = d.text.find(name).unwrap();
        d.entities.push(Entity::unlinked(
            name,
            EntityType::Organization,
            false,
            vec![Span::new(at, at + name.len())],
        ));
        QuoteLayer.annotate(&mut d);
        assert_eq!(d.entities.len(), 1, "no duplicate entity: {text}");
        assert_eq!(d.quotes[0].speaker.as_deref(), Some(name));
    }
}

#[test]
fn speakers_link_to_entities_the_entity_layer_found() {
    let mut d = doc("وقال الفرتوسي إن الطلبات كثيرة.");
    let at = d.text.find("الفرتوسي").unwrap();
    d.entities.push(Entity::unlinked(
        "كاظم الفرتوسي",
        EntityType::Person,
        false,
        vec![Span::new(at, at + "الفرتوسي".len())],
    ));
    QuoteLayer.annotate(&mut d);
    assert_eq!(d.entities.len(), 1, "no duplicate entity");
    assert_eq!(d.quotes[0].speaker.as_deref(), Some("كاظم الفرتوسي"));
}

#[test]
fn a_speaker_with_a_preposition_left_on_links_to_the_entity_inside() {
    let mut d = doc("ووفقا لمصدر أمني تشادي آخر، تم نشر نحو ألف جندي.");
    let name = "مصدر أمني تشادي";
    let at = d.text.find(name).unwrap();
    d.entities.push(Entity::unlinked(
        name,
        EntityType::Person,
        true,
        vec![Span::new(at, at + name.len())],
    ));
    QuoteLayer.annotate(&mut d);
    assert_eq!(d.entities.len(), 1, "no duplicate entity: {:?}", d.entities);
    assert_eq!(d.quotes[0].speaker.as_deref(), Some(name));
}

#[test]
fn statements_by_bodies_and_quantified_groups() {
    let (_, speaker, _) = one("أعلن تنظيم داعش أمس مسؤوليته عن الهجوم.");
    assert_eq!(speaker.as_deref(), Some("تنظيم داعش"));
    let (_, speaker, _) = one("طالب المئات من مسيحيي محافظة نينوى أمس، بتحرير مناطقهم.");
    assert_eq!(speaker.as_deref(), Some("مسيحيي محافظة نينوى"));
    let (_, speaker, _) = one("وقالت وكالة \"رويترز\" إن القوات سيطرت على القاعدة.");
    assert_eq!(speaker.as_deref(), Some("رويترز"));
}

#[test]
fn no_statement_without_content_or_in_relative_clauses() {
    assert!(quotes("قال.").is_empty());
    assert!(quotes("عثروا على أسلحة، ما يؤكد إقدامهم على الانتحار.").is_empty());
    assert!(quotes("").is_empty());
    assert!(quotes("وصل الوفد إلى بغداد أمس.").is_empty());
}

#[test]
fn quotes_are_sorted_and_the_stage_is_named() {
    let mut d = doc("«نحن هنا»، قال سامي الحسن. وقال مصدر أمني إن الوضع هادئ.");
    QuoteLayer.annotate(&mut d);
    assert_eq!(QuoteLayer.name(), "quotes");
    assert!(d.quotes.windows(2).all(|w| w[0].span <= w[1].span));
    assert_eq!(d.quotes.len(), 2);
}

#[test]
fn name_keys_match_the_scorer() {
    assert_eq!(name_key("المتحدث باسم الكتائب"), "متحدث باسم كتايب");
    assert_eq!(name_key("وللحكومة"), "حكومه");
    // A short word keeps the article that لل carries (للبت: ال + بت).
    assert_eq!(name_key("للبت"), "البت");
    assert_eq!(name_key("فبالعراق وكالعادة"), "عراق عاده");
    assert_eq!(name_key("لالسودان"), "سودان");
    assert_eq!(
        name_key("مصدر، من عائلة"),
        "مصدر من عاىله".replace('ى', "ي")
    );
}

/// `quotes` over a document where the entity layer found `tagged` (first
/// occurrence of each).
fn quotes_with(text: &str, tagged: &[(&str, EntityType)]) -> (Document, Vec<QuoteInfo>) {
    let mut d = doc(text);
    for (w, kind) in tagged {
        let at = text.find(w).unwrap();
        d.entities.push(Entity::unlinked(
            w.to_string(),
            *kind,
            false,
            vec![Span::new(at, at + w.len())],
        ));
    }
    let q = QuoteLayer.extract(&mut d);
    (d, q)
}

#[test]
fn a_quoted_name_after_its_head_noun_speaks_past_a_relative_clause() {
    let (content, speaker, _) = one(
        "وذكرت مجموعة «إيكسور» للاستثمار، التي تملكها عائلة أنييلي، في بيان أنها ستزيد حصتها في المجموعة.",
    );
    assert_eq!(speaker.as_deref(), Some("إيكسور"));
    assert!(content.contains("ستزيد حصتها"), "{content}");
}

#[test]
fn a_medium_is_not_part_of_the_speaker() {
    let (_, speaker, _) = one("وقال المنظمون في بيان: إن ما يصل إلى 500 شخص استفادوا.");
    assert_eq!(speaker.as_deref(), Some("المنظمون"));
}

#[test]
fn the_body_in_a_role_is_not_the_name_after_it() {
    let (d, q) = quotes_with(
        "وأكد الرئيس التنفيذي لشركة المجدوعي للاستثمار إبراهيم المجدوعي أن الدعم مستمر.",
        &[
            ("شركة المجدوعي للاستثمار", EntityType::Organization),
            ("إبراهيم", EntityType::Person),
        ],
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.as_deref(), Some("إبراهيم المجدوعي"));
    // The truncated person is widened, not doubled.
    let people: Vec<&str> = d
        .entities
        .iter()
        .filter(|e| e.kind == EntityType::Person)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(people, ["إبراهيم المجدوعي"]);
}

#[test]
fn a_masculine_participle_takes_the_person_its_sentence_names() {
    let (_, q) = quotes_with(
        "وأبدى المدرب جوميز رضاه عن الفريق، لافتا إلى أن الخصم كان قويا.",
        &[("جوميز", EntityType::Person)],
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.as_deref(), Some("جوميز"));
}

#[test]
fn a_verbal_noun_after_a_role_is_the_report_not_a_name() {
    let (_, speaker, _) = one("وأعلن المسؤول مقتل القيادي في قصف على المدينة.");
    assert_eq!(speaker.as_deref(), Some("المسؤول"));
}

#[test]
fn a_preposition_with_a_pronoun_after_the_verb_is_not_the_speaker() {
    // "at a time when a security official said …": فيه refers back to the time.
    let (_, speaker, _) = one("ويأتي ذلك في وقت قال فيه مسؤول أمني إن الهجوم أحبط قبل وقوعه.");
    assert_eq!(speaker.as_deref(), Some("مسؤول أمني"));
    let (_, speaker, _) = one("وقال له وزير الخارجية إن المحادثات مستمرة.");
    assert_eq!(speaker.as_deref(), Some("وزير الخارجية"));
}

#[test]
fn the_same_source_is_the_source_met_before() {
    // المصدر نفسه: "the same source" points back; نفسه is no name.
    let q =
        quotes("وقال مصدر قضائي إن المحكمة أجلت الجلسة. وأكد المصدر نفسه أن الحكم سيصدر قريبا.");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].0, "الحكم سيصدر قريبا");
    assert_eq!(q[1].1.as_deref(), Some("مصدر قضائي"));
}

#[test]
fn a_place_that_speaks_is_the_place_the_entity_layer_found() {
    // A country speaking for its government is not a second entity.
    let (d, q) = quotes_with(
        "وطالبت السعودية في بيان بوقف إطلاق النار فورا.",
        &[("السعودية", EntityType::Location)],
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(d.entities.len(), 1, "{:?}", d.entities);
    assert_eq!(q[0].speaker.as_deref(), Some("السعودية"));
}

#[test]
fn a_body_joined_by_a_preposition_is_the_role_s_genitive() {
    // لمديرية الدفاع، بقيادة حرس الحدود: the body the spokesman speaks for,
    // not his name; the name is after the rank.
    let (content, speaker, _) =
        one("وأوضح المتحدث الرسمي لمديرية الدفاع المدني العقيد محمد العاصمي أن الحادث وقع أمس.");
    assert_eq!(content, "الحادث وقع أمس");
    assert_eq!(speaker.as_deref(), Some("محمد العاصمي"));
    let (_, speaker, _) = one("وقال الناطق الإعلامي بقيادة حرس الحدود إن الدوريات ضبطت المهربين.");
    assert_eq!(speaker.as_deref(), Some("الناطق الإعلامي"));
}

/// (content, speaker) of every quote in `text`, with `people` tagged as the
/// entity layer would and `bodies` as bodies.
fn speakers_with(text: &str, people: &[&str], bodies: &[&str]) -> Vec<(String, Option<String>)> {
    let mut d = doc(text);
    for name in people {
        d.entities.push(person(&d, name));
    }
    for name in bodies {
        let at = d.text.find(name).unwrap();
        d.entities.push(Entity::unlinked(
            *name,
            EntityType::Organization,
            false,
            vec![Span::new(at, at + name.len())],
        ));
    }
    QuoteLayer
        .extract(&mut d)
        .into_iter()
        .map(|q| (d.slice(q.span).to_string(), q.speaker))
        .collect()
}

#[test]
fn the_name_after_a_role_is_the_speaker() {
    // A rank that is also a body's name (اللواء: a brigade) before a name.
    let q = speakers_with(
        "وأكد اللواء علاء بازيد أن الوضع تحت السيطرة.",
        &["علاء بازيد"],
        &[],
    );
    assert_eq!(q, [("الوضع تحت السيطرة".into(), Some("علاء بازيد".into()))]);
    // A construct chain between the role and the name.
    let q = speakers_with(
        "وشددت رئيسة وكالة حماية البيئة الأميركية جينا ماكارثي على أن الخطة ضرورية.",
        &["جينا ماكارثي"],
        &[],
    );
    assert_eq!(q[0].1.as_deref(), Some("جينا ماكارثي"));
    // An abbreviated title with its full stop.
    let q = speakers_with(
        "وأوضح المدير الطبي للعيادات د. محمد الزعبي بأن المرض لا ينتقل بسهولة.",
        &["محمد الزعبي"],
        &[],
    );
    assert_eq!(
        q,
        [("المرض لا ينتقل بسهولة".into(), Some("محمد الزعبي".into()))]
    );
    // The name of another role's holder, or a name inside a body's, is not the speaker's.
    let q = speakers_with(
        "وقال عضو في حزب الرئيس المخلوع علي عبدالله صالح إن ممثلين يجرون محادثات.",
        &["علي عبدالله صالح"],
        &[],
    );
    assert_ne!(q[0].1.as_deref(), Some("علي عبدالله صالح"));
    let q = speakers_with(
        "وكشف سفير خادم الحرمين الشريفين في القاهرة أن الموضوع انتهى.",
        &["خادم الحرمين الشريفين"],
        &[],
    );
    assert_ne!(q[0].1.as_deref(), Some("خادم الحرمين الشريفين"));
}

#[test]
fn a_quoted_name_before_that_is_the_subject() {
    let q = quotes("وقال «مكتب أخبار سوريا» إن التنظيم شن هجوما على البلدة.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "التنظيم شن هجوما على البلدة");
    assert_eq!(q[0].1.as_deref(), Some("مكتب أخبار سوريا"));
}

#[test]
fn a_subject_after_lakin_speaks() {
    let q = quotes("وتراجع السهم. ولكن مسؤولا قال إن الحكومة ستتحرك قريبا.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("مسؤولا"));
    let q = quotes("لكن محللين يقولون، إن الاقتصاد سيتعافى.");
    assert_eq!(q[0].1.as_deref(), Some("محللين"));
}

#[test]
fn a_statement_belongs_to_the_body_that_issued_it() {
    let q = speakers_with(
        "وقال البيان الصادر عن مكتب رئيس الوزراء إن الحكومة ملتزمة.",
        &[],
        &["مكتب رئيس الوزراء"],
    );
    assert_eq!(q[0].1.as_deref(), Some("مكتب رئيس الوزراء"));
    let q = speakers_with(
        "وقال بيان لوزارة الداخلية إن الشرطة اعتقلت المشتبه به.",
        &[],
        &["وزارة الداخلية"],
    );
    assert_eq!(q[0].1.as_deref(), Some("وزارة الداخلية"));
    let q = speakers_with(
        "وأوضح تقرير صادر عن غرفة الملاحة الدولية، أن القرصنة تراجعت.",
        &[],
        &[],
    );
    assert_eq!(
        q,
        [("القرصنة تراجعت".into(), Some("غرفة الملاحة الدولية".into()))]
    );
}

#[test]
fn a_short_aside_before_that_keeps_the_statement() {
    let q = quotes_with(
        "وكان أوباما أكد قبل خطابه هذا، أن الخطة ضرورية.",
        &[("أوباما", EntityType::Person)],
    )
    .1;
    assert_eq!(q.len(), 1, "{q:?}");
    // Not a preposition the cue does not take (تذكر …، على أنها).
    let q = quotes("وهي قضية تذكر بهجمات أخرى تعرضت لها منشآت عسكرية، على أنها قضية إرهاب.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn conclusions_and_justifications_are_statements() {
    let (content, speaker, _) = one("وخلصت الدراسة إلى أن النظام الغذائي المتوازن يكفي.");
    assert_eq!(content, "النظام الغذائي المتوازن يكفي");
    assert_eq!(speaker.as_deref(), Some("الدراسة"));
    let (content, _, _) = one("وبرر المسؤولون ذلك بأن الطلب ارتفع.");
    assert_eq!(content, "الطلب ارتفع");
    // A justification by a means is no statement.
    assert!(quotes("وقد برروا فعلهم هذا باستدلالات واهية.").is_empty());
}

#[test]
fn the_statement_alone_is_its_issuers() {
    let q = quotes(
        "وقالت وزارة الداخلية في بيان إن الشرطة اعتقلت خمسة أشخاص. وأضاف البيان أن التحقيقات مستمرة.",
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1.as_deref(), Some("وزارة الداخلية"));
    // With no statement before, "the statement" stays the speaker.
    let (_, speaker, _) = one("وقال البيان إن الغارات استهدفت مخازن أسلحة.");
    assert_eq!(speaker.as_deref(), Some("البيان"));
}

#[test]
fn a_speakers_name_ends_where_the_object_the_entity_layer_found_begins() {
    // The tagged person is the subject, the place or body after it the
    // object; words between belong to the object (دول الخليج).
    for (text, person, other, kind) in [
        (
            "وطالب عسيري الحوثيين بتنفيذ قرار مجلس الأمن.",
            "عسيري",
            "الحوثيين",
            EntityType::Organization,
        ),
        (
            "دعا محمد جواد ظريف دول الخليج الى التعاون مع طهران.",
            "محمد جواد ظريف",
            "الخليج",
            EntityType::Location,
        ),
    ] {
        let mut d = doc(text);
        for (name, kind) in [(person, EntityType::Person), (other, kind)] {
            let at = d.text.find(name).unwrap();
            d.entities.push(Entity::unlinked(
                name,
                kind,
                false,
                vec![Span::new(at, at + name.len())],
            ));
        }
        QuoteLayer.annotate(&mut d);
        assert_eq!(d.quotes.len(), 1, "{text}");
        assert_eq!(d.quotes[0].speaker.as_deref(), Some(person), "{text}");
        assert_eq!(d.slice(d.entities[0].mentions[0]), person, "{text}");
    }
}
