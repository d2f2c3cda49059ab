//! Hand-written sentences: clause structures, compound actors, nominal
//! reports and each modality. Entities and times are given by hand, as the
//! entity and time layers would add them, so that these tests check the
//! event coder alone.

use marsad_core::{Date, Document, Entity, EntityType, Span, Stage, TimeExpr, TimeType};
use marsad_event::{code_events, code_events_rules, CodedEvent, EventLayer, Modality};

/// A document with the text layer run and `ents` (surface, type) added as
/// entities at every occurrence.
fn doc(text: &str, ents: &[(&str, EntityType)]) -> Document {
    doc_n(text, ents, &[])
}

/// Like [`doc`], with `nominal` (surface, type): unnamed actors and roles
/// (الخبير الأمني) as the entity layer lists them.
fn doc_n(text: &str, ents: &[(&str, EntityType)], nominal: &[(&str, EntityType)]) -> Document {
    let mut d = Document::new("t", text).with_published(Date::parse("2021-11-27").ok());
    marsad_text::TextLayer.annotate(&mut d);
    for (name, kind) in ents.iter().chain(nominal) {
        let mentions: Vec<Span> = text
            .match_indices(name)
            .map(|(i, m)| Span::new(i, i + m.len()))
            .collect();
        assert!(!mentions.is_empty(), "{name} not in text");
        d.entities.push(Entity::unlinked(
            name.to_string(),
            *kind,
            nominal.iter().any(|(n, _)| n == name),
            mentions,
        ));
    }
    d
}

fn time(d: &mut Document, surface: &str, value: &str) {
    let i = d.text.find(surface).expect("time in text");
    d.times.push(TimeExpr {
        span: Span::new(i, i + surface.len()),
        kind: TimeType::Date,
        value: value.into(),
        modifier: None,
    });
}

/// The events the whole pipeline (times, quantities, entities linked to
/// the KB) codes in `text`, published on `published`.
fn piped_events(published: &str, text: &str) -> Vec<CodedEvent> {
    let mut d = Document::new("t", text).with_published(Date::parse(published).ok());
    marsad_text::TextLayer.annotate(&mut d);
    marsad_time::TimeLayer.annotate(&mut d);
    marsad_quantity::QuantityLayer.annotate(&mut d);
    marsad_ner::NerLayer::new().annotate(&mut d);
    marsad_kb::KbLayer::new().annotate(&mut d);
    code_events(&d)
}

fn names(v: &[marsad_event::Arg]) -> Vec<&str> {
    v.iter().map(|a| a.name.as_str()).collect()
}

/// The names of both sides of an event, sorted (a meeting may code its
/// parties as two actors or as actor and recipient).
fn parties(e: &CodedEvent) -> Vec<&str> {
    let mut all = names(&e.actor);
    all.extend(names(&e.recipient));
    all.sort();
    all
}

fn only<'a>(events: &'a [CodedEvent], kind: &str) -> &'a CodedEvent {
    let found: Vec<_> = events.iter().filter(|e| e.kind == kind).collect();
    assert_eq!(found.len(), 1, "{kind}: {events:#?}");
    found[0]
}

use EntityType::{Location as LOC, Organization as ORG, Person as PER};

#[test]
fn vso_actor_recipient_and_place() {
    let d = doc(
        "هاجمت القوات الأمنية مواقع داعش في الرمادي أمس.",
        &[("القوات الأمنية", ORG), ("داعش", ORG), ("الرمادي", LOC)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["القوات الأمنية"]);
    assert_eq!(names(&e.recipient), ["داعش"]);
    assert_eq!(e.place.unwrap().name, "الرمادي");
    assert_eq!(e.modality, Modality::Asserted);
}

#[test]
fn svo_subject_before_the_verb() {
    let d = doc(
        "وقالت مصادر إن الجيش الوطني سيطر على مثلث الكهرباء.",
        &[("الجيش الوطني", ORG), ("مثلث الكهرباء", LOC)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["الجيش الوطني"]);
}

#[test]
fn a_verb_carrying_its_subject_has_its_object_after_it() {
    // هددوا: "they threatened"; a verb before its subject would be singular
    // (هدد متحدثون), so حماس is the one threatened.
    let d = doc(
        "وكان متحدثون من داعش هددوا حماس في بداية الشهر الحالي.",
        &[("داعش", ORG), ("حماس", ORG)],
    );
    let e = only(&code_events(&d), "THREATEN").clone();
    assert_eq!(names(&e.recipient), ["حماس"]);
    assert!(!names(&e.actor).contains(&"حماس"), "{e:#?}");
    // زارا: "the two visited": the place is visited, not visiting.
    let d = doc(
        "وقال الكاتبان إنهما زارا بغداد الشهر الماضي.",
        &[("بغداد", LOC)],
    );
    let e = only(&code_events(&d), "CONSULT").clone();
    assert!(e.actor.is_empty(), "{e:#?}");
    // The singular keeps the subject after it (VSO).
    let d = doc(
        "هدد تنظيم داعش حركة حماس أمس.",
        &[("تنظيم داعش", ORG), ("حركة حماس", ORG)],
    );
    let e = only(&code_events(&d), "THREATEN").clone();
    assert_eq!(names(&e.actor), ["تنظيم داعش"]);
    assert_eq!(names(&e.recipient), ["حركة حماس"]);
}

#[test]
fn passive_with_agent_phrase() {
    let d = doc(
        "تم استهداف مقاتلي الكتائب في سوريا من قبل القوات الأمريكية.",
        &[("الكتائب", ORG), ("سوريا", LOC)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    // The unnamed actor comes from the nominal head القوات + its adjective.
    assert_eq!(names(&e.actor), ["القوات الأمريكية"]);
    assert_eq!(names(&e.recipient), ["الكتائب"]);
    assert_eq!(e.place.unwrap().name, "سوريا");
}

#[test]
fn passive_verb_has_no_actor() {
    let d = doc(
        "قتل شخصان وأصيب خمسة آخرون بانفجار في بغداد.",
        &[("بغداد", LOC)],
    );
    let events = code_events(&d);
    let e = only(&events, "ASSAULT");
    assert!(e.actor.is_empty(), "{e:?}");
}

#[test]
fn compound_actors_and_the_accused_act() {
    let mut d = doc(
        "اتهم كل من عصائب أهل الحق و كتائب سيد الشهداء بالتورط في هجوم في شباط على مطار أربيل الدولي.",
        &[("عصائب أهل الحق", ORG), ("كتائب سيد الشهداء", ORG), ("مطار أربيل الدولي", LOC)],
    );
    // The time layer dates the attack (an event noun needs a date, a count
    // or a light verb to be a report).
    time(&mut d, "شباط", "2021-02");
    let events = code_events(&d);
    let accuse = only(&events, "ACCUSE");
    assert_eq!(
        names(&accuse.recipient),
        ["عصائب أهل الحق", "كتائب سيد الشهداء"]
    );
    let attack = only(&events, "ASSAULT");
    assert_eq!(
        names(&attack.actor),
        ["عصائب أهل الحق", "كتائب سيد الشهداء"]
    );
    assert_eq!(names(&attack.recipient), ["مطار أربيل الدولي"]);
    assert_eq!(attack.modality, Modality::Alleged);
}

#[test]
fn nominal_report_with_relative_light_verb() {
    let d = doc(
        "وقع هجوم شنه تنظيم داعش على قرية في محافظة نينوى.",
        &[("تنظيم داعش", ORG), ("محافظة نينوى", LOC)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["تنظيم داعش"]);
    assert_eq!(e.place.unwrap().name, "محافظة نينوى");
}

#[test]
fn a_resumptive_verb_after_the_phrase_names_the_perpetrator() {
    // Right after the comma that closes the noun's phrase, in the dual.
    let d = doc(
        "شهدت محافظة إدلب مجزرتين في أول أيام العيد، نفذهما طيران النظام.",
        &[("محافظة إدلب", LOC), ("طيران النظام", ORG)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["طيران النظام"]);
    // A massacre someone committed (ارتكبتها).
    let d = doc(
        "قتل 30 مدنيا في المجزرة التي ارتكبتها قوات النظام في دوما.",
        &[("قوات النظام", ORG), ("دوما", LOC)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["قوات النظام"]);
}

#[test]
fn perpetrators_named_by_what_they_did_act() {
    let d = doc("وقتل الخاطفون الرهينة الياباني في المدينة.", &[]);
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["الخاطفون"]);
    // An air force is a force; a weekday after it is no modifier.
    let mut d = doc(
        "شن سلاح الجو التركي الجمعة غارات على مواقع لتنظيم داعش في سوريا.",
        &[("تنظيم داعش", ORG), ("سوريا", LOC)],
    );
    time(&mut d, "الجمعة", "2021-11-26");
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["سلاح الجو التركي"]);
    // A claim read back from مسؤوليته عن past a long subject.
    let mut d = doc(
        "أعلن تنظيم داعش في اليمن مساء أمس الأحد مسؤوليته عن تفجير سيارة مفخخة في صنعاء.",
        &[("تنظيم داعش", ORG), ("اليمن", LOC), ("صنعاء", LOC)],
    );
    time(&mut d, "مساء أمس الأحد", "2021-11-26TEV");
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["تنظيم داعش"]);
    assert_eq!(e.modality, Modality::Claimed);
    // A comma after the time, before the act: still one clause.
    let mut d = doc(
        "عاودت طائرات التحالف العربي مساء أول من أمس، غاراتها على العاصمة صنعاء.",
        &[("التحالف العربي", ORG), ("صنعاء", LOC)],
    );
    time(&mut d, "مساء أول من أمس", "2021-11-25TEV");
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["التحالف العربي"]);
    // Destruction done by a force (تمكن من تدمير) is an attack.
    let d = doc(
        "وأضاف أن مسلحي المقاومة تمكنوا من تدمير عدة عربات عسكرية للحوثيين خلال هذه المواجهات.",
        &[("المقاومة", ORG), ("حوثيين", ORG)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["المقاومة"]);
    assert_eq!(e.mode, Some("destroy"));
}

#[test]
fn an_attack_of_a_force_after_li_and_what_befell_after_taarrada() {
    // هجوما للمقاومة: the force in a genitive written with ل did it, and its
    // name keeps the article the spelling dropped (لل).
    let d = doc(
        "شهدت صنعاء هجوما للمقاومة الشعبية استهدف نقطة تفتيش.",
        &[("صنعاء", LOC), ("مقاومة الشعبية", ORG)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["مقاومة الشعبية"]);
    let core = marsad_event::to_core(&d, &e);
    assert_eq!(core.actor, ["المقاومة الشعبية"]);
    // تعرض لـ tells what befell a place, not a purpose.
    let d = doc(
        "وجاء ذلك غداة تعرض مناطق في العاصمة لتفجيرين تبناهما تنظيم داعش.",
        &[("تنظيم داعش", ORG)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["تنظيم داعش"]);
    assert_ne!(e.modality, Modality::Hypothetical);
}

#[test]
fn a_bomber_after_the_verb_is_its_subject_and_phrases_end_at_a_suffix() {
    // انتحاري is a trigger (the device's kind), and after a verb of attack
    // the subject; the noun with a pronoun after it is the object.
    let d = doc("فجر انتحاري سترته الناسفة في سوق المدينة.", &[]);
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["انتحاري"]);
    // After an attack noun it is the attack's adjective, no actor.
    let d = doc(
        "أدان المجلس الهجوم الانتحاري في مدينة سروج.",
        &[("المجلس", ORG), ("مدينة سروج", LOC)],
    );
    for e in code_events(&d).iter().filter(|e| e.kind == "ASSAULT") {
        assert!(
            names(&e.actor).iter().all(|a| !a.contains("انتحار")),
            "{e:?}"
        );
    }
    // A preposition the tokenizer left on a word after an indefinite head
    // makes it no modifier of it.
    let mut d = doc(
        "واقتحم انتحاري بجرار مفخخ مركزا للدرك في مدينة دوغوبيازيد أمس.",
        &[("مدينة دوغوبيازيد", LOC)],
    );
    time(&mut d, "أمس", "2021-11-26");
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["انتحاري"]);
}

#[test]
fn fighters_of_a_named_group_and_a_facility_in_the_genitive() {
    // Fighters "من" a named group, in the nominative: the group acted.
    let mut d = doc(
        "اقتحم متشددون من تنظيم الدولة الإسلامية نقطة تفتيش في أجدابيا أمس.",
        &[("تنظيم الدولة الإسلامية", ORG), ("أجدابيا", LOC)],
    );
    time(&mut d, "أمس", "2021-11-26");
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["تنظيم الدولة الإسلامية"]);
    // A facility in the genitive of an attack noun was hit.
    let mut d = doc(
        "وأسفر هجوم مطار أربيل أمس عن إصابة جنديين.",
        &[("مطار أربيل", LOC)],
    );
    time(&mut d, "أمس", "2021-11-26");
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert!(e.actor.is_empty(), "{:?}", e.actor);
    // Counted fighters of a named group are its losses; the same fighters
    // as the subject are the group acting.
    let d = doc_n(
        "قتل خمسة مسلحين من حركة الشباب في غارة جوية على بلدة جلب أمس.",
        &[("حركة الشباب", ORG), ("جلب", LOC)],
        &[("مسلحين", ORG)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.recipient), ["حركة الشباب"]);
    assert!(e.actor.is_empty(), "{:?}", e.actor);
    let d = doc_n(
        "هاجم عشرات المسلحين من تنظيم داعش حاجزا عسكريا أمس.",
        &[("تنظيم داعش", ORG)],
        &[("المسلحين", ORG)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["تنظيم داعش"]);
    // Not a body (the resistance) before من: what follows is whom it took.
    let d = doc_n(
        "وأسرت المقاومة من ميليشيات الحوثي عشرين عنصرا أمس.",
        &[("ميليشيات الحوثي", ORG)],
        &[("المقاومة", ORG)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["المقاومة"]);
}

#[test]
fn met_his_death_across_its_subject_counts_the_dead() {
    // لقي … مصرعهم with the victims between verb and noun, as the
    // newspapers write it, in the masculine and the feminine.
    let text = "لقي خمسة مقاتلين من حركة الشباب مصرعهم في غارة جوية على بلدة جلب.";
    let mut d = doc_n(
        text,
        &[("حركة الشباب", ORG), ("جلب", LOC)],
        &[("مقاتلين", ORG)],
    );
    count(&mut d, "خمسة مقاتلين", 5.0);
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(e.counts.dead, Some(5.0));
    assert_eq!(names(&e.recipient), ["حركة الشباب"]);
    let text = "لقيت امرأتان مصرعهما في قصف لقوات النظام على بلدة جلب.";
    let mut d = doc(text, &[("قوات النظام", ORG), ("جلب", LOC)]);
    count(&mut d, "امرأتان", 2.0);
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(e.counts.dead, Some(2.0));
    assert_eq!(names(&e.actor), ["قوات النظام"]);
}

/// Adds a quantity of `value` at `surface`, as the quantity layer would.
fn count(d: &mut Document, surface: &str, value: f64) {
    let i = d.text.find(surface).expect("count in text");
    d.quantities.push(marsad_core::Quantity {
        span: Span::new(i, i + surface.len()),
        value: Some(value),
        min: None,
        max: None,
        modifier: None,
        unit: None,
    });
}

#[test]
fn a_force_announcing_its_own_loss_is_not_the_attacker() {
    let mut d = doc(
        "وأعلن الجيش العراقي مقتل الجندي في الرمادي أمس.",
        &[("الجيش العراقي", ORG), ("الرمادي", LOC)],
    );
    time(&mut d, "أمس", "2021-11-26");
    for e in code_events(&d).iter().filter(|e| e.kind == "ASSAULT") {
        assert!(e.actor.is_empty(), "{e:?}");
    }
    // Killing the enemy it announces is its own act.
    let mut d = doc(
        "وأعلن الجيش العراقي أمس مقتل 20 مسلحا من تنظيم داعش في الرمادي.",
        &[
            ("الجيش العراقي", ORG),
            ("تنظيم داعش", ORG),
            ("الرمادي", LOC),
        ],
    );
    time(&mut d, "أمس", "2021-11-26");
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["الجيش العراقي"]);
}

#[test]
fn nominal_report_with_support_verb_and_protest() {
    let d = doc(
        "نظم مسيحيو سهل نينوى وقفة احتجاجية في عين كاوة.",
        &[("مسيحيو سهل نينوى", ORG), ("عين كاوة", LOC)],
    );
    let e = only(&code_events(&d), "PROTEST").clone();
    assert_eq!(names(&e.actor), ["مسيحيو سهل نينوى"]);
    assert_eq!(e.mode, Some("demo"));
}

#[test]
fn consult_with_a_recipient_preposition() {
    let d = doc(
        "التقى جو بايدن مع مصطفى الكاظمي في واشنطن.",
        &[("جو بايدن", PER), ("مصطفى الكاظمي", PER), ("واشنطن", LOC)],
    );
    let e = only(&code_events(&d), "CONSULT").clone();
    // A meeting with no host named: every participant is an actor (PLOVER's
    // CONSULT).
    assert_eq!(names(&e.actor), ["جو بايدن", "مصطفى الكاظمي"]);
    assert!(e.recipient.is_empty());
}

fn modality_of(text: &str) -> Modality {
    let d = doc(text, &[("القوات الأمنية", ORG), ("داعش", ORG)]);
    only(&code_events(&d), "ASSAULT").modality
}

#[test]
fn modalities_from_cues() {
    assert_eq!(
        modality_of("لم تهاجم القوات الأمنية مواقع داعش."),
        Modality::Negated
    );
    assert_eq!(
        modality_of("نفت القوات الأمنية أن تكون قصفت مواقع داعش."),
        Modality::Negated
    );
    assert_eq!(
        modality_of("ستهاجم القوات الأمنية مواقع داعش."),
        Modality::Future
    );
    assert_eq!(
        modality_of("سوف تهاجم القوات الأمنية مواقع داعش."),
        Modality::Future
    );
    assert_eq!(
        modality_of("في حال هاجمت القوات الأمنية مواقع داعش."),
        Modality::Hypothetical
    );
    assert_eq!(
        modality_of("زعم مصدر أن القوات الأمنية قصفت مواقع داعش."),
        Modality::Alleged
    );
    assert_eq!(
        modality_of("تبنى داعش الهجوم على القوات الأمنية."),
        Modality::Claimed
    );
    assert_eq!(
        modality_of("هاجمت القوات الأمنية مواقع داعش."),
        Modality::Asserted
    );
}

#[test]
fn a_party_announcing_its_own_act_is_claimed() {
    let d = doc(
        "أعلنت القوات الأمنية أنها قتلت 12 عنصرا من داعش.",
        &[("القوات الأمنية", ORG), ("داعش", ORG)],
    );
    assert_eq!(
        only(&code_events(&d), "ASSAULT").modality,
        Modality::Claimed
    );
}

#[test]
fn historical_from_the_events_date() {
    let mut d = doc(
        "قاتلت الكتائب ضد داعش في العراق عام 2014.",
        &[("الكتائب", ORG), ("داعش", ORG), ("العراق", LOC)],
    );
    time(&mut d, "عام 2014", "2014");
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(e.date.as_ref().unwrap().0, "2014");
    assert_eq!(e.modality, Modality::Historical);
    // Last year, less than a year before publication, is not historical.
    assert!(!marsad_event::is_historical(
        "2020-12",
        Date::parse("2021-11-27").unwrap()
    ));
    assert!(marsad_event::is_historical(
        "2020-10",
        Date::parse("2021-11-27").unwrap()
    ));
}

#[test]
fn a_requested_act_is_not_coded_and_a_threat_keeps_its_type() {
    let d = doc(
        "حث فصيل مسلح الرجال على حمل السلاح ضد القوات الأمريكية في حال بقيت في البلاد.",
        &[],
    );
    let events = code_events(&d);
    let e = only(&events, "THREATEN");
    assert_eq!(names(&e.actor), ["فصيل مسلح"]);
    assert_eq!(names(&e.recipient), ["القوات الأمريكية"]);
    assert_eq!(e.modality, Modality::Asserted);
    assert!(events.iter().all(|e| e.kind != "REQUEST"), "{events:#?}");
}

#[test]
fn topics_and_names_are_not_events() {
    // A bare event noun as a topic, and a trigger word inside a name.
    let d = doc(
        "ناقش المؤتمر ملف الاغتيال. وزار الوفد ساحة التحرير.",
        &[("ساحة التحرير", LOC)],
    );
    let events = code_events(&d);
    assert!(events.iter().all(|e| e.kind != "ASSAULT"), "{events:#?}");
}

#[test]
fn counts_come_from_the_quantity_layer() {
    let text = "قتل 11 شخصا وأصيب 17 آخرون في انفجار في بعقوبة.";
    let mut d = doc(text, &[("بعقوبة", LOC)]);
    count(&mut d, "11 شخصا", 11.0);
    count(&mut d, "17 آخرون", 17.0);
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(e.counts.dead, Some(11.0));
    assert_eq!(e.counts.injured, Some(17.0));
}

#[test]
fn the_stage_fills_core_events_sorted_and_renders_jsonl() {
    let mut d = doc(
        "هاجمت القوات الأمنية مواقع داعش. وتظاهر مئات الإيزيديين في أربيل.",
        &[
            ("القوات الأمنية", ORG),
            ("داعش", ORG),
            ("الإيزيديين", ORG),
            ("أربيل", LOC),
        ],
    );
    EventLayer::new().annotate(&mut d);
    let kinds: Vec<_> = d.events.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["ASSAULT", "PROTEST"]);
    assert!(d.events.windows(2).all(|w| w[0].span <= w[1].span));
    let mut out = Vec::new();
    marsad_event::write_jsonl(&d, &code_events(&d), &mut out).unwrap();
    let lines: Vec<serde_json::Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["type"], "PROTEST");
    assert_eq!(lines[1]["actor"][0], "الإيزيديين");
    assert_eq!(lines[0]["start"], 0);
    assert!(lines[0]["id"].as_str().unwrap().starts_with("t-assault-"));
}

/// Whether the event layer codes an ASSAULT or PROTEST in `text`.
fn codes(text: &str, kind: &str, ents: &[(&str, EntityType)]) -> bool {
    code_events(&doc(text, ents)).iter().any(|e| e.kind == kind)
}

#[test]
fn an_event_noun_under_a_topic_word_is_no_report() {
    // An investigation, a condemnation, an anniversary: the event is a topic.
    let ents = [("الحريري", PER)];
    assert!(!codes(
        "وتواصل اللجنة التحقيق في اغتيال الحريري.",
        "ASSAULT",
        &ents
    ));
    assert!(!codes(
        "ودان الرئيس جريمة اغتيال الحريري.",
        "ASSAULT",
        &ents
    ));
    assert!(!codes(
        "وأحيا اللبنانيون ذكرى اغتيال الحريري.",
        "ASSAULT",
        &ents
    ));
    // A relative verb after a topic noun shares its status.
    assert!(!codes(
        "ولم تتقدم التحقيقات في الهجوم الذي استهدف القطار.",
        "ASSAULT",
        &[]
    ));
    // The same event reported with a date and a weapon is coded.
    let mut d = doc(
        "واغتيل الحريري بانفجار سيارة مفخخة في بيروت أمس.",
        &[("الحريري", PER), ("بيروت", LOC)],
    );
    time(&mut d, "أمس", "2021-11-26");
    assert!(code_events(&d).iter().any(|e| e.kind == "ASSAULT"));
}

#[test]
fn an_event_noun_needs_something_specific() {
    // A bare kind of act is a topic.
    assert!(!codes("وتحدث التقرير عن الاغتيالات والخطف.", "ASSAULT", &[]));
    // A count, a weapon or a light verb makes it a report.
    assert!(codes(
        "وأسفر هجوم في بغداد عن مقتل 12 شخصا.",
        "ASSAULT",
        &[("بغداد", LOC)]
    ));
    assert!(codes(
        "ووقع تفجير بعبوة ناسفة نفذه داعش.",
        "ASSAULT",
        &[("داعش", ORG)]
    ));
}

#[test]
fn a_present_verb_without_a_date_is_generic() {
    assert!(!codes("وتستهدف هذه الجرائم المدنيين.", "ASSAULT", &[]));
    let mut d = doc(
        "تقصف القوات الأمنية مواقع داعش اليوم.",
        &[("القوات الأمنية", ORG), ("داعش", ORG)],
    );
    time(&mut d, "اليوم", "2021-11-27");
    assert!(code_events(&d).iter().any(|e| e.kind == "ASSAULT"));
}

#[test]
fn a_question_reports_nothing() {
    assert!(!codes(
        "هل اغتالت إسرائيل الحريري؟",
        "ASSAULT",
        &[("إسرائيل", LOC), ("الحريري", PER)]
    ));
}

#[test]
fn stop_phrases_are_not_triggers() {
    // فجر "dawn", وصف "described", a verbal attack.
    assert!(!codes("وصل الوفد فجر امس إلى المدينة.", "ASSAULT", &[]));
    assert!(!codes(
        "ووصفتها الحكومة بأنها خطوة مهمة.",
        "ASSAULT",
        &[("الحكومة", ORG)]
    ));
    assert!(!codes(
        "وشن النائب هجوما شديدا على الحكومة.",
        "ASSAULT",
        &[("الحكومة", ORG)]
    ));
}

#[test]
fn protest_acts_need_a_size_or_a_date() {
    // A detail of a protest reported elsewhere.
    assert!(!codes("ورفع المتظاهرون لافتات ضد الحكومة.", "PROTEST", &[]));
    assert!(!codes("وهتف المتظاهرون ضد الحكومة.", "PROTEST", &[]));
    // A gathering verb reports one, across a count.
    assert!(codes("وتجمع نحو 500 متظاهر أمام البرلمان.", "PROTEST", &[]));
}

#[test]
fn town_after_a_place_noun_is_place_not_recipient() {
    let d = doc(
        "هاجمت القوات الأمنية بلدة البحصة أمس.",
        &[("القوات الأمنية", ORG), ("البحصة", LOC)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["القوات الأمنية"]);
    assert!(e.recipient.is_empty(), "{:?}", e.recipient);
    assert_eq!(e.place.unwrap().name, "البحصة");
}

#[test]
fn svo_subject_across_a_place_phrase() {
    let d = doc(
        "وأوضح المصدر أن الجيش الشعبي في منطقة سناح قصف بالمدفعية أمس.",
        &[("الجيش الشعبي", ORG), ("سناح", LOC)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["الجيش الشعبي"]);
}

#[test]
fn genitive_of_an_event_noun_is_no_subject() {
    let d = doc(
        "ولتحرير المدن من سيطرة تنظيم داعش اقتحمت القوات الأمنية منطقة البوغانم.",
        &[("القوات الأمنية", ORG), ("داعش", ORG), ("البوغانم", LOC)],
    );
    let e = code_events(&d)
        .into_iter()
        .find(|e| e.kind == "ASSAULT" && d.slice(e.trigger) == "اقتحمت")
        .expect("اقتحمت coded");
    assert_eq!(names(&e.actor), ["القوات الأمنية"]);
}

#[test]
fn title_stands_for_the_person_before_the_party() {
    let d = doc(
        "دعا النائب عن ائتلاف الوطنية محمود المشهداني إلى إعلان حالة الطوارئ.",
        &[("ائتلاف الوطنية", ORG), ("محمود المشهداني", PER)],
    );
    let e = only(&code_events(&d), "REQUEST").clone();
    assert_eq!(names(&e.actor), ["محمود المشهداني"]);
}

#[test]
fn boilerplate_is_no_event() {
    let d = doc(
        "وقال المسؤول الذي طلب عدم الكشف عن هويته إن البلدة التي تبعد كيلومترين عن المدينة هادئة.",
        &[],
    );
    let ev = code_events(&d);
    assert!(ev.is_empty(), "{ev:#?}");
}

#[test]
fn a_verbal_noun_after_a_preposition_or_in_a_list_is_no_verb() {
    // في قتل / من قتل وذبح: verbal nouns of a generic list, not "he killed".
    assert!(!codes(
        "هذا هو التفسير الوحيد لما يجري من قتل وذبح وخطف.",
        "ASSAULT",
        &[]
    ));
    assert!(!codes(
        "وقال إن الدين يرفض بالقطع قصد قتل آخرين.",
        "ASSAULT",
        &[]
    ));
    // With a count it is still a report: نجح الجيش في قتل العشرات.
    let mut d = doc(
        "نجح الجيش في قتل 12 مسلحا من تنظيم داعش.",
        &[("تنظيم داعش", ORG)],
    );
    let i = d.text.find("12").unwrap();
    d.quantities.push(marsad_core::Quantity {
        span: Span::new(i, i + 2),
        value: Some(12.0),
        min: None,
        max: None,
        modifier: None,
        unit: Some("مسلح".into()),
    });
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.recipient), ["تنظيم داعش"]);
}

#[test]
fn a_relative_clause_on_a_person_needs_a_recent_date() {
    // The past of a participant, not the news.
    assert!(!codes(
        "في إشارة إلى محمد باقر الصدر الذي اغتيل في بغداد.",
        "ASSAULT",
        &[("بغداد", LOC)]
    ));
    let mut d = doc("نعى الحزب النائب الذي قتل في تفجير أمس.", &[]);
    time(&mut d, "أمس", "2021-11-26");
    assert!(code_events(&d).iter().any(|e| e.kind == "ASSAULT"));
    let mut d = doc("نعى الحزب القيادي الذي اغتيل عام 1999.", &[]);
    time(&mut d, "عام 1999", "1999");
    assert!(!code_events(&d).iter().any(|e| e.kind == "ASSAULT"));
}

#[test]
fn a_device_needs_casualties_and_a_quoted_word_is_a_name() {
    assert!(!codes(
        "وفككت قوات الأمن سيارة مفخخة في العاصمة.",
        "ASSAULT",
        &[]
    ));
    assert!(!codes(
        "ونقلت رويترز عن قائد عملية \"التحرير\" أن قواته تمشط المنطقة.",
        "ASSAULT",
        &[]
    ));
    // Who did it: a question, not a report.
    assert!(!codes(
        "وقال: من استهدف الجسر اراد ضرب رمز.",
        "ASSAULT",
        &[]
    ));
}

#[test]
fn a_date_after_publication_does_not_date_a_past_act() {
    let mut d = doc(
        "حث فصيل مسلح الرجال على حمل السلاح ضد القوات الأمريكية في حال بقيت بعد 31 كانون الأول.",
        &[("القوات الأمريكية", ORG)],
    );
    time(&mut d, "31 كانون الأول", "2021-12-31");
    let e = only(&code_events(&d), "THREATEN").clone();
    assert_eq!(e.date, None);
}

#[test]
fn an_act_beside_an_announcement_is_not_claimed() {
    // أعلن بعد اجتماعات مع X أن …: the meetings are not what was announced.
    let d = doc(
        "وكان جو بايدن قد أعلن في تموز بعد اجتماعات مع مصطفى الكاظمي أن القوات ستبقى.",
        &[("جو بايدن", PER), ("مصطفى الكاظمي", PER)],
    );
    let e = only(&code_events(&d), "CONSULT").clone();
    assert_eq!(names(&e.actor), ["جو بايدن"]);
    assert_eq!(e.modality, Modality::Asserted);
}

#[test]
fn a_light_verb_joined_by_wa_takes_the_clause_subject() {
    let mut d = doc(
        "حققت القوات العراقية أمس تقدما في الرمادي وتمكنت من تصفية العديد من المسلحين.",
        &[("القوات العراقية", ORG), ("الرمادي", LOC)],
    );
    time(&mut d, "أمس", "2021-11-26");
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["القوات العراقية"]);
}

#[test]
fn the_owner_of_what_was_hit_is_the_recipient() {
    let d = doc(
        "ودمرت مقاتلات التحالف أرتالا لداعش في منطقة حرض.",
        &[("التحالف", ORG), ("داعش", ORG), ("حرض", LOC)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.recipient), ["داعش"]);
}

#[test]
fn protesters_named_as_a_group_still_gather() {
    let mut d = doc("وتجمع المتظاهرون أمس أمام مقر البرلمان.", &[]);
    time(&mut d, "أمس", "2021-11-26");
    let at = d.text.find("المتظاهرون").unwrap();
    let span = Span::new(at, at + "المتظاهرون".len());
    d.entities
        .push(Entity::unlinked("المتظاهرون", ORG, true, vec![span]));
    let e = only(&code_events(&d), "PROTEST").clone();
    assert_eq!(names(&e.actor), ["المتظاهرون"]);
}

#[test]
fn a_lead_that_names_its_actor_later_is_one_event() {
    // دعت جماعة مسلحة … then أعلن X دعوة متطوعين …: one call to arms, dated
    // by the sentence that names who made it.
    let mut d = doc(
        "دعت جماعة مسلحة الرجال إلى القتال. وأعلن أبو علاء الولائي في 19 تشرين الثاني دعوة متطوعين للقتال.",
        &[("أبو علاء الولائي", PER)],
    );
    time(&mut d, "19 تشرين الثاني", "2021-11-19");
    let events = code_events(&d);
    let e = only(&events, "MOBILIZE").clone();
    assert!(!events.iter().any(|e| e.kind == "REQUEST"), "{events:#?}");
    assert_eq!(e.date.map(|d| d.0).as_deref(), Some("2021-11-19"));
}

#[test]
fn control_taken_with_the_subject_before_its_preposition() {
    // VSO: سيطر X على Y. The س of سيطر is no future prefix.
    let d = doc(
        "وفي محافظة أبين، سيطر الجيش الوطني على مثلث الكهرباء أمس.",
        &[("الجيش الوطني", ORG), ("محافظة أبين", LOC)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["الجيش الوطني"]);
    assert_eq!(e.modality, Modality::Asserted);
}

#[test]
fn a_community_is_an_actor() {
    // تظاهر أمس مئات الإيزيديين: the entity layer names no one; the
    // community is the actor, past the time and the count.
    let mut d = doc("تظاهر أمس مئات الإيزيديين في محافظة أربيل.", &[]);
    time(&mut d, "أمس", "2021-11-26");
    let e = only(&code_events_rules(&d), "PROTEST").clone();
    assert_eq!(names(&e.actor), ["الإيزيديين"]);
}

#[test]
fn the_detector_tells_a_fresh_attack_from_a_yearly_count() {
    let mut fresh = doc(
        "وقتل مسلحون خمسة جنود امس في هجوم على نقطة تفتيش في بغداد.",
        &[("بغداد", LOC)],
    );
    time(&mut fresh, "امس", "2021-11-26");
    let e = only(&code_events(&fresh), "ASSAULT").clone();
    assert!(marsad_event::detect::detected(&e), "{}", e.confidence);
    let mut count = doc(
        "وقد شهدت افغانستان حوالي 140 هجوما انتحاريا في العام 2006 بحسب الجيش الاميركي.",
        &[("افغانستان", LOC), ("الجيش الاميركي", ORG)],
    );
    time(&mut count, "العام 2006", "2006");
    let events = code_events(&count);
    assert!(
        !events
            .iter()
            .any(|e| e.kind == "ASSAULT" && marsad_event::detect::detected(e)),
        "{events:#?}"
    );
}

// ------------------------------------------------------------ Saudi news

#[test]
fn a_host_receives_the_visitor_who_is_the_actor() {
    let mut d = doc(
        "استقبل الشيخ محمد بن زايد ولي عهد أبوظبي في أبوظبي، مساء أمس، وزير الخارجية السعودي عادل الجبير.",
        &[("الشيخ محمد بن زايد", PER), ("أبوظبي", LOC), ("عادل الجبير", PER)],
    );
    time(&mut d, "مساء أمس", "2021-11-26TEV");
    let e = only(&code_events(&d), "CONSULT").clone();
    assert_eq!(names(&e.actor), ["عادل الجبير"]);
    assert_eq!(names(&e.recipient), ["الشيخ محمد بن زايد"]);
    assert_eq!(e.place.unwrap().name, "أبوظبي");
}

#[test]
fn a_chain_of_titles_leads_to_the_name() {
    let d = doc(
        "شجب وزير العدل رئيس المجلس الأعلى للقضاء الدكتور وليد الصمعاني العمل الإرهابي.",
        &[("وليد الصمعاني", PER)],
    );
    let e = only(&code_events(&d), "ACCUSE").clone();
    assert_eq!(names(&e.actor), ["وليد الصمعاني"]);
}

#[test]
fn a_role_before_a_name_gives_the_name() {
    let d = doc_n(
        "وانتقد الخبير الأمني إبراهيم آل مرعي وزارة الإعلام.",
        &[("إبراهيم آل مرعي", PER), ("وزارة الإعلام", ORG)],
        &[("الخبير الأمني", PER)],
    );
    let e = only(&code_events(&d), "ACCUSE").clone();
    assert_eq!(names(&e.actor), ["إبراهيم آل مرعي"]);
    assert_eq!(names(&e.recipient), ["وزارة الإعلام"]);
}

#[test]
fn a_verb_the_entity_layer_read_as_a_role_noun() {
    // طالب is also "student": the entity layer may take طالب الخبير for a
    // person; opening the clause before a name it is the verb.
    let d = doc_n(
        "الرياض: طالب الخبير الأمني إبراهيم آل مرعي بحجب مواقع التواصل.",
        &[("الرياض", LOC), ("إبراهيم آل مرعي", PER)],
        &[("طالب الخبير", PER)],
    );
    let e = only(&code_events(&d), "REQUEST").clone();
    assert_eq!(names(&e.actor), ["إبراهيم آل مرعي"]);
}

#[test]
fn a_circumstantial_participle_takes_the_clause_subject() {
    let d = doc(
        "وأكد إبراهيم آل مرعي أن الأزمة تتفاقم، مطالباً دول الخليج بالضغط على الدول العظمى.",
        &[("إبراهيم آل مرعي", PER), ("دول الخليج", LOC)],
    );
    let e = only(&code_events(&d), "REQUEST").clone();
    assert_eq!(names(&e.actor), ["إبراهيم آل مرعي"]);
    assert_eq!(names(&e.recipient), ["دول الخليج"]);
}

#[test]
fn aircraft_of_a_force_are_the_force() {
    // The entity layer may take the nisba الليبي for a person.
    let d = doc(
        "قصفت طائرات الجيش الليبي مواقع متشددين في مدينة درنة.",
        &[("الليبي", PER), ("مدينة درنة", LOC)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["الجيش الليبي"]);
    // Positions of militants: the militants are the target.
    assert_eq!(names(&e.recipient), ["متشددين"]);
}

#[test]
fn police_of_a_place_and_an_arrest_across_a_time_aside() {
    let mut d = doc(
        "ضبطت شرطة المنطقة الشرقية، أمس الأول، عصابة التهريب في الدمام.",
        &[
            ("المنطقة الشرقية", LOC),
            ("عصابة التهريب", ORG),
            ("الدمام", LOC),
        ],
    );
    time(&mut d, "أمس الأول", "2021-11-25");
    let e = only(&code_events(&d), "COERCE").clone();
    assert_eq!(names(&e.actor), ["شرطة المنطقة الشرقية"]);
    assert_eq!(names(&e.recipient), ["عصابة التهريب"]);
    assert_eq!(e.date.unwrap().0, "2021-11-25");
}

#[test]
fn clashes_with_a_force_make_both_sides_actors() {
    let mut d = doc(
        "قتل سبعة من عناصر الجماعة أمس في اشتباكات مع قوات الأمن في رفح.",
        &[("رفح", LOC)],
    );
    time(&mut d, "أمس", "2021-11-26");
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert!(names(&e.actor).contains(&"قوات الأمن"), "{:?}", e.actor);
    assert!(e.recipient.is_empty());
}

#[test]
fn a_flight_from_the_ranks_of_a_group() {
    let d = doc(
        "وافاد سكان عن فرار مئات المسلحين من صفوف الحوثيين من مناطق المواجهات إلى تعز.",
        &[("الحوثيين", ORG), ("تعز", LOC)],
    );
    let e = only(&code_events(&d), "RETREAT").clone();
    assert_eq!(names(&e.actor), ["الحوثيين"]);
}

#[test]
fn a_partner_in_the_act_is_an_actor_and_with_it_is_no_cooperation() {
    let d = doc(
        "ونفذت شرطة الدمام حملة أمنية بالتعاون مع مكتب العمل.",
        &[("الدمام", LOC), ("مكتب العمل", ORG)],
    );
    let events = code_events(&d);
    assert!(events.iter().all(|e| e.kind != "COOPERATE"), "{events:#?}");
    let e = only(&events, "COERCE");
    assert_eq!(names(&e.actor), ["شرطة الدمام", "مكتب العمل"]);
}

#[test]
fn saudi_arrest_request_and_inquiry_verbs() {
    let d = doc(
        "أطاحت الجهات الأمنية بعصابة التهريب.",
        &[("الجهات الأمنية", ORG), ("عصابة التهريب", ORG)],
    );
    let e = only(&code_events(&d), "COERCE").clone();
    assert_eq!(names(&e.actor), ["الجهات الأمنية"]);
    assert_eq!(names(&e.recipient), ["عصابة التهريب"]);
    let d = doc(
        "وأهاب نبيل آل صالح بالمواطنين السعوديين أخذ الحيطة والحذر.",
        &[("نبيل آل صالح", PER), ("المواطنين السعوديين", ORG)],
    );
    let e = only(&code_events(&d), "REQUEST").clone();
    assert_eq!(names(&e.actor), ["نبيل آل صالح"]);
    assert_eq!(names(&e.recipient), ["المواطنين السعوديين"]);
    let d = doc(
        "وفتحت النيابة العامة في باريس تحقيقا قضائيا.",
        &[("النيابة العامة", ORG), ("باريس", LOC)],
    );
    let e = only(&code_events(&d), "ACCUSE").clone();
    assert_eq!(names(&e.actor), ["النيابة العامة"]);
    assert_eq!(e.mode, Some("investigate"));
}

#[test]
fn a_ministry_is_no_visit_and_a_quoted_name_no_attack() {
    let d = doc(
        "وقالت وزارة الداخلية إن العاصمة تقبع تحت سيطرة ميليشيات \"فجر ليبيا\".",
        &[("وزارة الداخلية", ORG), ("ليبيا", LOC)],
    );
    let events = code_events(&d);
    assert!(
        events
            .iter()
            .all(|e| e.kind != "CONSULT" && d.slice(e.trigger) != "فجر"),
        "{events:#?}"
    );
}

#[test]
fn a_quoted_relative_verb_is_no_name() {
    // Scare quotes on a relative clause's verb: those who "fled".
    let d = doc(
        "وقال إن قواته تبحث عن مقاتلين من الحوثيين تخلفوا عن المئات الذين \"لاذوا بالفرار\".",
        &[("الحوثيين", ORG)],
    );
    let e = only(&code_events_rules(&d), "RETREAT").clone();
    assert_eq!(d.slice(e.trigger), "لاذوا بالفرار", "{e:?}");
}

#[test]
fn a_subjunctive_is_no_report() {
    let d = doc(
        "ويمكن لمجلس الأمن بقرار يتخذه أن يطالب المحكمة بتأجيل النظر.",
        &[("مجلس الأمن", ORG), ("المحكمة", ORG)],
    );
    let e = only(&code_events(&d), "REQUEST").clone();
    assert_eq!(e.modality, Modality::Hypothetical);
}

#[test]
fn a_preposition_with_a_pronoun_is_no_actor() {
    let d = doc(
        "في الوقت الذي تدعو فيه إلى الإبلاغ عن المخالفين.",
        &[("فيه", PER)],
    );
    for e in code_events(&d) {
        assert!(names(&e.actor).iter().all(|n| *n != "فيه"), "{e:?}");
    }
}

#[test]
fn a_retold_arrest_is_one_event() {
    let d = doc(
        "أطاحت شرطة القطيف بسبعة عشر وافدا في سوق الأسماك. وألقي القبض على ستة منهم في السوق.",
        &[("القطيف", LOC), ("سوق الأسماك", LOC)],
    );
    let events = code_events(&d);
    let e = only(&events, "COERCE");
    assert_eq!(names(&e.actor), ["شرطة القطيف"]);
}

#[test]
fn a_unit_belonging_to_a_force_names_the_force() {
    let d = doc(
        "وقال المسؤولون: إن قوة أمنية تابعة لقوات البيشمركة شنت عملية عسكرية على قرى الكصيبة.",
        &[("قوات البيشمركة", ORG), ("قرى الكصيبة", LOC)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["قوات البيشمركة"]);
}

#[test]
fn a_word_with_taa_marbuta_is_no_verb_with_a_pronoun() {
    // استعادة (restoring) is no استعاده "he restored it"; سيطرة after تحت
    // is the noun.
    let d = doc("يجب عدم الاستسلام لهذا الخمول واستعادة النشاط.", &[]);
    assert!(code_events(&d).is_empty(), "{:#?}", code_events(&d));
}

#[test]
fn a_verb_opening_a_sentence_has_the_subject_before() {
    let d = doc(
        "أوضح الخبير عبدالله الرشيد أن الموظفين يعودون. وطالب بضرورة وضع جدول زمني.",
        &[("عبدالله الرشيد", PER)],
    );
    let e = only(&code_events(&d), "REQUEST").clone();
    assert_eq!(names(&e.actor), ["عبدالله الرشيد"]);
}

#[test]
fn names_of_buildings_idioms_and_aims_are_no_events() {
    for text in [
        "نصب مسلحون كمينا قرب مستشفى النداء الإنساني.",
        "يتطلب ذلك تحركا من الجهات الرقابية بهدف قطع الطريق أمام تلك الجهات.",
        "ورفع التعازي داعيا المولى أن يحفظ المملكة.",
    ] {
        let d = doc(text, &[]);
        let ev = code_events(&d);
        assert!(
            ev.iter().all(|e| !matches!(e.kind, "REQUEST" | "PROTEST")),
            "{text}: {ev:#?}"
        );
    }
    let d = doc(
        "ويسعى الجيش الليبي الموالي للحكومة، ومقرها البيضاء، إلى استعادة السيطرة على المدن.",
        &[("البيضاء", LOC)],
    );
    for e in code_events(&d) {
        assert_ne!(e.modality, Modality::Asserted, "{e:?}");
    }
}

#[test]
fn support_from_the_air_is_a_partner_and_a_direction_gives_a_place() {
    let d = doc(
        "اقتحمت المقاومة الشعبية بدعم من طائرات التحالف العربي قاعدة العند.",
        &[
            ("المقاومة الشعبية", ORG),
            ("التحالف العربي", ORG),
            ("قاعدة العند", LOC),
        ],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["المقاومة الشعبية", "التحالف العربي"]);
    // The base stormed is ground taken: the event's place.
    assert!(e.recipient.is_empty(), "{:?}", e.recipient);
    assert_eq!(e.place.unwrap().name, "قاعدة العند");
    let d = doc(
        "قصفت الطائرات مواقع المتشددين في مدينة درنة - شرقي البلاد.",
        &[("مدينة درنة", LOC), ("البلاد", LOC)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.recipient), ["المتشددين"]);
}

#[test]
fn a_named_police_force_is_no_unnamed_lead() {
    // شرطة المنطقة الشرقية names its body: a later arrest by another force
    // is not folded into it as the lead's name.
    let d = doc(
        "ضبطت شرطة المنطقة الشرقية عصابة التهريب في الدمام. وأطاحت شرطة القطيف بسبعة وافدين في سوق الأسماك.",
        &[("المنطقة الشرقية", LOC), ("عصابة التهريب", ORG), ("الدمام", LOC), ("القطيف", LOC), ("سوق الأسماك", LOC)],
    );
    let coerce: Vec<_> = code_events(&d)
        .into_iter()
        .filter(|e| e.kind == "COERCE")
        .collect();
    assert_eq!(coerce.len(), 2, "{coerce:#?}");
}

#[test]
fn a_relative_clause_on_a_party_names_the_actor() {
    let d = doc(
        "فأبلغوا السلطات التركية، التي بدورها قبضت عليه وأودعته السجن.",
        &[("السلطات التركية", ORG)],
    );
    let e = only(&code_events(&d), "COERCE").clone();
    assert_eq!(names(&e.actor), ["السلطات التركية"]);
    let d = doc(
        "ولم يتضح إن كانت الغارة نفذتها قوات التحالف الذي تقوده الولايات المتحدة والذي يشن حملة قصف جوي على داعش في سوريا.",
        &[("التحالف", ORG), ("الولايات المتحدة", LOC), ("داعش", ORG), ("سوريا", LOC)],
    );
    let events = code_events_rules(&d);
    let last = events
        .iter()
        .rfind(|e| e.kind == "ASSAULT")
        .expect("an attack");
    assert!(
        names(&last.actor).iter().all(|n| *n != "الولايات المتحدة"),
        "{last:?}"
    );
}

#[test]
fn a_condemned_attack_of_today_is_news_and_the_condemner_no_attacker() {
    let mut d = doc(
        "شجب وزير العدل وليد الصمعاني العمل الإرهابي الآثم، الذي استهدف مسجدا في مقر قوات الطوارئ اليوم.",
        &[("وليد الصمعاني", PER)],
    );
    time(&mut d, "اليوم", "2021-11-27");
    let events = code_events_rules(&d);
    let accuse = only(&events, "ACCUSE");
    assert_eq!(names(&accuse.actor), ["وليد الصمعاني"]);
    let attack = only(&events, "ASSAULT");
    assert!(attack.actor.is_empty(), "{attack:?}");
}

#[test]
fn an_antecedent_attack_with_its_actor_is_news() {
    let d = doc(
        "أكدت القيادة الفلسطينية في أعقاب العملية الإرهابية التي نفذها المستوطنون بإحراق عائلة فلسطينية أنها ستلجأ إلى المحكمة.",
        &[("القيادة الفلسطينية", ORG)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["المستوطنون"]);
}

#[test]
fn accidents_and_disasters_are_no_attacks() {
    for text in [
        "لقي شخص مصرعه وأصيب ثلاثة آخرون في حادث مروري على طريق الرياض أمس.",
        "أعلن اليوم عن مقتل أحد رجال الإطفاء خلال مكافحة حرائق الغابات في كاليفورنيا.",
    ] {
        let mut d = doc(text, &[]);
        if let Some(i) = text.find("أمس") {
            d.times.push(marsad_core::TimeExpr {
                span: Span::new(i, i + "أمس".len()),
                kind: TimeType::Date,
                value: "2021-11-26".into(),
                modifier: None,
            });
        }
        let ev = code_events_rules(&d);
        assert!(ev.iter().all(|e| e.kind != "ASSAULT"), "{text}: {ev:#?}");
    }
    // A hostile act in the sentence keeps it an attack.
    let mut d = doc("قتل شخصان في هجوم مسلح على حريق المصنع أمس.", &[]);
    time(&mut d, "أمس", "2021-11-26");
    assert!(code_events_rules(&d).iter().any(|e| e.kind == "ASSAULT"));
}

#[test]
fn a_speaker_is_not_the_actor_of_reported_content_with_its_own_subject() {
    let d = doc(
        "وقالت صحيفة لوس أنجلوس تايمز إن النيران دمرت أكثر من 320 هكتارا.",
        &[("لوس أنجلوس تايمز", ORG)],
    );
    for e in code_events_rules(&d) {
        assert!(e.actor.is_empty(), "{e:?}");
    }
}

#[test]
fn a_force_that_speaks_of_an_arrest_is_its_actor() {
    let d = doc(
        "قالت الشرطة النيبالية أمس إن خمسة نيباليين ألقي القبض عليهم.",
        &[("الشرطة النيبالية", ORG)],
    );
    let e = only(&code_events(&d), "COERCE").clone();
    assert_eq!(names(&e.actor), ["الشرطة النيبالية"]);
    assert_eq!(e.modality, Modality::Claimed);
    let d = doc(
        "وأضاف: فور تلقي البلاغ باشر المختصون بشرطة محافظة حفر الباطن إجراءات الضبط الجنائي؛ حيث تم القبض على ثلاثة وافدين.",
        &[("محافظة حفر الباطن", LOC)],
    );
    let e = only(&code_events(&d), "COERCE").clone();
    assert_eq!(names(&e.actor), ["شرطة محافظة حفر الباطن"]);
}

#[test]
fn control_of_accounts_and_warrants_are_no_arrests() {
    for text in [
        "وتقوم الوزارة بدور إشرافي وضبط مصروفات هذه الجمعيات.",
        "سيتم توجيه أوامر إلقاء القبض على المجرمين من قبل المحكمة.",
    ] {
        let d = doc(text, &[]);
        let ev = code_events(&d);
        assert!(ev.iter().all(|e| e.kind != "COERCE"), "{text}: {ev:#?}");
    }
}

#[test]
fn a_habit_is_no_event_and_a_genitive_no_subject() {
    let d = doc(
        "وكانت تدعونا نحن صديقاتها دوما لمشاركتها أفراح الأيتام.",
        &[],
    );
    assert!(code_events(&d).iter().all(|e| e.kind != "REQUEST"));
    let mut d = doc(
        "وقال شهود إن الانفجار دمر منزل أيمن أبو نقيرة أمس.",
        &[("أيمن أبو نقيرة", PER)],
    );
    time(&mut d, "أمس", "2021-11-26");
    for e in code_events_rules(&d) {
        assert!(
            names(&e.actor).iter().all(|n| *n != "أيمن أبو نقيرة"),
            "{e:?}"
        );
    }
}

#[test]
fn a_meeting_with_a_head_of_state_and_its_retelling() {
    let d = doc(
        "التقى صاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء في جدة اليوم فخامة الرئيس رمضان قاديروف رئيس جمهورية الشيشان. وجرى خلال اللقاء بحث عدد من المسائل. حضر اللقاء وزير الخارجية عادل الجبير.",
        &[("الأمير محمد بن سلمان", PER), ("جدة", LOC), ("رمضان قاديروف", PER), ("جمهورية الشيشان", LOC), ("عادل الجبير", PER)],
    );
    let e = only(&code_events(&d), "CONSULT").clone();
    assert!(names(&e.actor).contains(&"رمضان قاديروف"), "{:?}", e.actor);
    assert!(
        names(&e.actor).contains(&"الأمير محمد بن سلمان"),
        "{:?}",
        e.actor
    );
}

#[test]
fn a_request_by_its_maker_and_demand_for_oil() {
    let d = doc(
        "استجابة لطلب فخامة الرئيس عبدربه منصور هادي في رسالته.",
        &[("عبدربه منصور هادي", PER)],
    );
    let e = only(&code_events(&d), "REQUEST").clone();
    assert_eq!(names(&e.actor), ["عبدربه منصور هادي"]);
    let d = doc(
        "الأمر الذي عزز آفاق الطلب على الخام في الولايات المتحدة.",
        &[],
    );
    assert!(code_events(&d).is_empty());
}

#[test]
fn a_name_in_apposition_and_teams_that_rescue() {
    let d = doc(
        "عقد وزير الخارجية السعودي، عادل الجبير، اجتماعاً مع نظيره المصري سامح شكري في مدينة جدة.",
        &[("عادل الجبير", PER), ("سامح شكري", PER), ("مدينة جدة", LOC)],
    );
    let e = only(&code_events(&d), "CONSULT").clone();
    assert!(!e.actor.is_empty(), "{e:?}");
    for text in [
        "أنقذت فرق البحث والإنقاذ بحرس الحدود طفلا من الغرق.",
        "تعرض غواص لهجوم من سمكة قرش قبالة الساحل أمس فلقي حتفه.",
        "وتحويله إلى تظاهرة ثقافية أدبية وتبعده عن مجرد فكرة عرض كتاب.",
    ] {
        let mut d = doc(text, &[]);
        if let Some(i) = text.find("أمس") {
            d.times.push(marsad_core::TimeExpr {
                span: Span::new(i, i + "أمس".len()),
                kind: TimeType::Date,
                value: "2021-11-26".into(),
                modifier: None,
            });
        }
        let ev = code_events_rules(&d);
        assert!(ev.is_empty(), "{text}: {ev:#?}");
    }
}

#[test]
fn a_thing_named_by_a_demonstrative_is_no_actor_and_a_newspaper_no_force() {
    let d = doc("وبالمؤكد جميعنا استنكر هذا الأمر غير الأخلاقي.", &[]);
    for e in code_events_rules(&d) {
        assert!(e.actor.iter().all(|a| a.name != "هذا الأمر"), "{e:?}");
    }
    let mut d = doc(
        "وفي مقاله بصحيفة عكاظ يقول إن الابن قتل أباه خلال المداهمة أمس.",
        &[("عكاظ", ORG)],
    );
    time(&mut d, "أمس", "2021-11-26");
    for e in code_events_rules(&d) {
        assert!(e.actor.iter().all(|a| a.name != "عكاظ"), "{e:?}");
    }
}

#[test]
fn a_rape_told_as_done_an_abduction_suffered_and_a_device_that_went_off() {
    for (text, mode) in [
        ("وأكدت السيدة أنه تم اغتصابها من قبل عدة ضباط.", "sexual"),
        (
            "وقال إن قياديا في الحركة تعرض للخطف على أيدي مسلحين.",
            "abduct",
        ),
        ("وأمس تفجرت سيارة مفخخة في شارع الرشيد.", "explosives"),
    ] {
        let mut d = doc(text, &[]);
        if text.contains("أمس") {
            time(&mut d, "أمس", "2021-11-26");
        }
        let e = only(&code_events_rules(&d), "ASSAULT").clone();
        assert_eq!(e.mode, Some(mode), "{text}: {e:?}");
    }
    // A usurpation is no rape.
    let d = doc("وندد الحزب باغتصاب الأرض من قبل المستوطنين.", &[]);
    assert!(code_events_rules(&d).iter().all(|e| e.kind != "ASSAULT"));
}

#[test]
fn a_crowd_that_gathered_to_protest_is_the_protest() {
    let d = doc(
        "وفي القاهرة نزل آلاف الأشخاص إلى الشوارع للاحتجاج على تدني الأجور.",
        &[("القاهرة", LOC)],
    );
    let e = only(&code_events_rules(&d), "PROTEST").clone();
    assert_eq!(e.modality, Modality::Asserted, "{e:?}");
    // Called to, or yet to gather: no protest yet.
    for text in [
        "ودعت النقابة أعضاءها إلى الخروج للاحتجاج على القرار.",
        "وسيتجمع الطلاب غدا للاحتجاج على الرسوم.",
    ] {
        let d = doc(text, &[]);
        let live: Vec<_> = code_events_rules(&d)
            .into_iter()
            .filter(|e| e.kind == "PROTEST" && e.modality == Modality::Asserted)
            .collect();
        assert!(live.is_empty(), "{text}: {live:#?}");
    }
}

#[test]
fn a_protest_prevented_or_called_off_and_an_attack_foiled_did_not_happen() {
    for (text, kind) in [
        (
            "منعت قوات الأمن مساء أمس تظاهرة احتجاجية أمام مقر الإذاعة.",
            "PROTEST",
        ),
        ("وألغت النقابة الإضراب الذي كان مقررا اليوم.", "PROTEST"),
        ("وأحبطت الشرطة أمس هجوما على مركز للشرطة.", "ASSAULT"),
    ] {
        let mut d = doc(text, &[]);
        if text.contains("أمس") {
            time(&mut d, "أمس", "2021-11-26");
        }
        let live: Vec<_> = code_events_rules(&d)
            .into_iter()
            .filter(|e| e.kind == kind && e.modality == Modality::Asserted)
            .collect();
        assert!(live.is_empty(), "{text}: {live:#?}");
    }
    // Dispersed, it took place; a clause later on is not prevented.
    let mut d = doc("وفرقت الشرطة أمس مظاهرة لمئات الطلاب أمام الجامعة.", &[]);
    time(&mut d, "أمس", "2021-11-26");
    let e = only(&code_events_rules(&d), "PROTEST").clone();
    assert_eq!(e.modality, Modality::Asserted, "{e:?}");
    let d = doc(
        "ومنعت الشرطة الصحفيين من الدخول بعد أن قتل المسلحون ثلاثة جنود.",
        &[],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(e.modality, Modality::Asserted, "{e:?}");
}

#[test]
fn an_event_noun_beside_a_verb_that_says_it_happened_is_news() {
    for text in [
        "وقع انفجار وسط المدينة.",
        "انفجار هز وسط المدينة.",
        "وقال إن اثنين من التفجيرات وقعا في سوق خضراوات.",
    ] {
        let d = doc(text, &[]);
        only(&code_events_rules(&d), "ASSAULT");
    }
    // A topic still is none.
    let d = doc("وتحدث الوزير عن الاغتيالات والتفجيرات.", &[]);
    assert!(code_events_rules(&d).iter().all(|e| e.kind != "ASSAULT"));
}

#[test]
fn a_solidarity_stand_and_women_protesters() {
    for text in [
        "ونظم العشرات أمس وقفة تضامنية أمام السفارة.",
        "وتجمعت المتظاهرات أمام البرلمان أمس.",
    ] {
        let mut d = doc(text, &[]);
        time(&mut d, "أمس", "2021-11-26");
        only(&code_events_rules(&d), "PROTEST");
    }
}

#[test]
fn a_verb_phrase_split_by_its_subject() {
    let mut d = doc("وأطلق مسلحون أمس النار على دورية للشرطة.", &[]);
    time(&mut d, "أمس", "2021-11-26");
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["مسلحون"], "{e:?}");
    assert_eq!(e.mode, Some("firearms"));
    let d = doc(
        "وأطلقت كتائب القسام عشرات الصواريخ على البلدات المحيطة بالقطاع.",
        &[("كتائب القسام", ORG)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["كتائب القسام"], "{e:?}");
    let d = doc(
        "وقال إن قياديا في الحركة تعرض أمس للخطف على أيدي مسلحين.",
        &[],
    );
    only(&code_events_rules(&d), "ASSAULT");
    // The nearest remaining words decide: a release, not a shooting.
    let d = doc("وأطلق الرئيس سراح المعتقلين بعد وقف النار.", &[]);
    let ev = code_events_rules(&d);
    assert!(ev.iter().all(|e| e.kind != "ASSAULT"), "{ev:#?}");
    only(&ev, "RETREAT");
}

#[test]
fn protesters_who_took_to_the_streets_across_a_time() {
    let mut d = doc("ونزل آلاف الطلاب أمس إلى الشوارع في العاصمة.", &[]);
    time(&mut d, "أمس", "2021-11-26");
    let e = only(&code_events_rules(&d), "PROTEST").clone();
    assert_eq!(e.mode, Some("demo"), "{e:?}");
    // Went out in a march: a protest with no place or date named (a bare
    // مسيرة is also "a career" and needs them).
    let d = doc(
        "خرج مئات الطلاب في مسيرة جابت شوارع المدينة تنديدا بالعدوان.",
        &[],
    );
    let e = only(&code_events_rules(&d), "PROTEST").clone();
    assert_eq!(d.slice(e.trigger), "خرج", "{e:?}");
}

#[test]
fn a_bomb_thrown_and_a_village_shelled() {
    let mut d = doc("وألقى مجهولون أمس قنبلة على منزل القاضي.", &[]);
    time(&mut d, "أمس", "2021-11-26");
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(e.mode, Some("explosives"), "{e:?}");
    let mut d = doc("وتعرضت القرية أمس للقصف.", &[]);
    time(&mut d, "أمس", "2021-11-26");
    only(&code_events_rules(&d), "ASSAULT");
    let d = doc("وألقى الوزير كلمة أمام المؤتمر.", &[]);
    assert!(code_events_rules(&d).iter().all(|e| e.kind != "ASSAULT"));
}

#[test]
fn a_request_made_in_a_protest_keeps_the_protest() {
    let d = doc(
        "جاءت هذه المطالبة في وقفة احتجاجية نظمها المسيحيون قرب مبنى الأمم المتحدة.",
        &[],
    );
    let ev = code_events_rules(&d);
    only(&ev, "PROTEST");
    // What is asked for is no event of its own.
    let d = doc("وطالب الحزب بوقف القصف على المدينة.", &[]);
    let ev = code_events_rules(&d);
    assert!(ev.iter().all(|e| e.kind != "ASSAULT"), "{ev:#?}");
}

#[test]
fn a_counted_noun_or_a_word_with_tanween_is_no_verb() {
    // طالبًا "students" after a count is no طالبا "the two demanded".
    let d = doc("ويشارك في البرنامج أكثر من 130 طالبًا من المناطق.", &[]);
    assert!(
        code_events_rules(&d).is_empty(),
        "{:#?}",
        code_events_rules(&d)
    );
    let d = doc("وكان عددهم 68 طالبا في العام الأول.", &[]);
    assert!(
        code_events_rules(&d).is_empty(),
        "{:#?}",
        code_events_rules(&d)
    );
    // The verb itself still reports.
    let d = doc("وطالب الوزير الشركات بالالتزام.", &[]);
    let e = only(&code_events_rules(&d), "REQUEST").clone();
    assert_eq!(d.slice(e.trigger), "طالب");
}

#[test]
fn a_host_is_named_with_his_titles_and_his_office_is_no_visitor() {
    // سمو الأمير بندر … نائب مدير عام إدارة الشؤون الدولية: the host, his
    // honorifics and his office; the visitors are the relatives after it.
    let d = doc(
        "واستقبل سمو الأمير بندر بن فيصل نائب مدير عام إدارة الشؤون الدولية عددا من أهالي المعتقلين في جدة.",
        &[
            ("بندر بن فيصل", PER),
            ("إدارة الشؤون الدولية", ORG),
            ("جدة", LOC),
        ],
    );
    let e = only(&code_events(&d), "CONSULT").clone();
    assert!(names(&e.actor).contains(&"بندر بن فيصل"), "{e:#?}");
    assert_eq!(names(&e.recipient), ["أهالي المعتقلين"], "{e:#?}");
}

#[test]
fn a_thing_met_is_no_side_of_a_meeting() {
    let d = doc(
        "وقام المدير سعيد مخايش بجولة والتقى بالمهندسين المشرفين على تنفيذ تلك المشروعات.",
        &[("سعيد مخايش", PER)],
    );
    for e in code_events_rules(&d) {
        assert!(!names(&e.actor).contains(&"تلك المشروعات"), "{e:#?}");
    }
}

#[test]
fn aimed_at_is_an_attack_only_among_signs_of_violence() {
    // استهدف "aimed at": a contest or a campaign aimed at the young.
    let d = doc(
        "وأوضح المدير أن المسابقة استهدفت فئة الشباب في المنطقة.",
        &[],
    );
    assert!(
        code_events_rules(&d).is_empty(),
        "{:#?}",
        code_events_rules(&d)
    );
    // With a weapon, the dead counted, or a force acting, an attack.
    let d = doc(
        "استهدفت سيارة مفخخة موكب الوزير في بغداد.",
        &[("بغداد", LOC)],
    );
    only(&code_events_rules(&d), "ASSAULT");
    let d = doc("استهدفت القوات الحكومية مواقع المسلحين شمال المدينة.", &[]);
    only(&code_events_rules(&d), "ASSAULT");
}

#[test]
fn records_name_a_party_or_count_the_toll() {
    // A fight in a plain with no side named is coded for the sentence
    // detector, but is no record of the document; a blast that killed two
    // is one, though it names no party.
    let text = "وتمكنت الفصائل بعد سلسلة هجمات في سهل الغاب من التقدم. وفي بغداد قتل شخصان بانفجار في الحي الصناعي.";
    let mut d = doc(text, &[("سهل الغاب", LOC), ("بغداد", LOC)]);
    let coded = code_events(&d);
    let partyless: Vec<_> = coded.iter().filter(|e| !e.is_record()).collect();
    assert!(!partyless.is_empty(), "{coded:#?}");
    marsad_quantity::QuantityLayer.annotate(&mut d);
    EventLayer::new().annotate(&mut d);
    assert!(
        d.events
            .iter()
            .all(|e| e.place.as_deref() != Some("سهل الغاب")),
        "{:#?}",
        d.events
    );
    assert!(
        d.events.iter().any(|e| e.place.as_deref() == Some("بغداد")),
        "{:#?}",
        d.events
    );
}

#[test]
fn a_place_in_the_genitive_of_an_attack_is_its_target() {
    // Through the whole pipeline, as the entity layer finds باريس.
    let text = "ومع تزايد المخاوف بسبب عنف المتشددين حتى قبل وقوع هجمات باريس في يناير كان انفاق الاتحاد الاوروبي على الأمن محدودا.";
    let e = only(&piped_events("2015-07-27", text), "ASSAULT").clone();
    assert!(names(&e.actor).is_empty(), "{e:#?}");
    assert_eq!(names(&e.recipient), ["باريس"]);
}

#[test]
fn an_attack_noun_as_subject_gives_its_genitive_as_actor() {
    let d = doc(
        "كما استهدفت غارات التحالف تجمعات الانقلابيين في مزارع الوهط.",
        &[("التحالف", ORG), ("الانقلابيين", ORG)],
    );
    let events = code_events_rules(&d);
    let e = events
        .iter()
        .find(|e| e.kind == "ASSAULT" && !e.actor.is_empty())
        .expect("an attack with an actor");
    assert_eq!(names(&e.actor), ["التحالف"], "{events:#?}");
    assert_eq!(names(&e.recipient), ["الانقلابيين"], "{events:#?}");
}

#[test]
fn a_passive_written_as_one_befalls_its_subject() {
    // قُتلوا after its subject, with the killers after برصاص.
    let d = doc(
        "وقالت مصادر يمنية إن 6 حوثيين قُتلوا برصاص المقاومة الشعبية قرب عدن.",
        &[("حوثيين", ORG), ("المقاومة الشعبية", ORG), ("عدن", LOC)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["المقاومة الشعبية"], "{e:#?}");
    assert_eq!(names(&e.recipient), ["حوثيين"], "{e:#?}");
}

#[test]
fn an_unmarked_passive_form_with_victims_after_is_the_active_verb() {
    let d = doc(
        "وكشف مصدر أمني أن داعش أعدم 44 شابا وسط الموصل.",
        &[("داعش", ORG), ("الموصل", LOC)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["داعش"], "{e:#?}");
    assert!(names(&e.recipient).is_empty(), "{e:#?}");
}

#[test]
fn an_agent_phrase_belongs_to_the_nearest_act() {
    // برصاص المتمردين names who wounded the wounded, not who visits them.
    let d = doc(
        "وأكد بحاح في تصريح صحفي في عدن أنه سيبدأ زيارته بتفقد الجرحى والمصابين الذين تعرضوا لإصابات مختلفة برصاص المتمردين.",
        &[("بحاح", PER), ("عدن", LOC), ("المتمردين", ORG)],
    );
    let events = code_events_rules(&d);
    for e in events.iter().filter(|e| e.kind == "CONSULT") {
        assert!(!names(&e.actor).contains(&"المتمردين"), "{events:#?}");
    }
}

#[test]
fn the_next_sentence_continues_who_last_acted_not_the_speaker() {
    let d = doc(
        "وقالت مصادر محلية إن اشتباكات اندلعت في مأرب. وشنت طائرات التحالف غارات جوية استهدفت مواقع للحوثيين. كما استهدفت مخزن أسلحة بمعسكر ماس.",
        &[("مصادر محلية", ORG), ("مأرب", LOC), ("التحالف", ORG), ("حوثيين", ORG)],
    );
    let events = code_events_rules(&d);
    let last = events
        .iter()
        .filter(|e| e.kind == "ASSAULT")
        .max_by_key(|e| e.trigger.start)
        .expect("the last attack");
    assert_eq!(names(&last.actor), ["التحالف"], "{events:#?}");
}

#[test]
fn a_verb_with_a_subject_of_its_own_borrows_none() {
    // ورحب المحافظ: the governor welcomed (an office named alone); no one
    // named before did.
    let d = doc(
        "وقال خالد المطيري إن اللقاء كان مثمرا. ورحب المحافظ في بداية اللقاء بالمطيري.",
        &[("خالد المطيري", PER), ("المطيري", PER)],
    );
    let events = code_events_rules(&d);
    for e in events.iter().filter(|e| e.kind == "SUPPORT") {
        assert_eq!(names(&e.actor), ["المحافظ"], "{events:#?}");
    }
}

#[test]
fn a_dateline_is_no_subject_of_the_verb_after_its_colon() {
    let d = doc(
        "* غواتيمالا سيتي - «الشرق الأوسط»: انتقدت لجنة للأمم المتحدة النظام السياسي في غواتيمالا.",
        &[
            ("غواتيمالا سيتي", LOC),
            ("أمم المتحدة", ORG),
            ("غواتيمالا", LOC),
        ],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "ACCUSE");
    assert!(!names(&e.actor).contains(&"غواتيمالا سيتي"), "{events:#?}");
}

#[test]
fn a_verb_marked_plural_has_no_place_as_its_subject() {
    // The Christians refuse to leave, not Mosul.
    let d = doc(
        "وطالب الحكومة بتهيئة القوات على مشارف الموصل وتحديدا سهل نينوى من أجل عودتهم كونهم من سكان العراق الأصليين ويرفضون الهجرة من بلدهم.",
        &[("الموصل", LOC), ("سهل نينوى", LOC), ("العراق", LOC)],
    );
    let events = code_events_rules(&d);
    for e in events.iter().filter(|e| e.kind == "REJECT") {
        assert!(
            !names(&e.actor)
                .iter()
                .any(|a| ["الموصل", "سهل نينوى", "العراق"].contains(a)),
            "{events:#?}"
        );
    }
}

#[test]
fn who_reports_an_attack_did_not_commit_it() {
    let d = doc_n(
        "وأشار شهود عيان إلى أن الغارة استهدفت سيارة في مديرية المحفد.",
        &[("مديرية المحفد", LOC)],
        &[("شهود عيان", PER)],
    );
    let events = code_events_rules(&d);
    for e in events.iter().filter(|e| e.kind == "ASSAULT") {
        assert!(!names(&e.actor).contains(&"شهود عيان"), "{events:#?}");
    }
}

#[test]
fn an_attack_verb_before_a_word_that_names_actors_borrows_no_subject() {
    let d = doc(
        "وقالت وزارة الداخلية إن الوضع في كابول مستقر. وفجر انتحاري نفسه في سوق المدينة.",
        &[("وزارة الداخلية", ORG), ("كابول", LOC)],
    );
    let events = code_events_rules(&d);
    for e in events.iter().filter(|e| e.kind == "ASSAULT") {
        assert!(!names(&e.actor).contains(&"وزارة الداخلية"), "{events:#?}");
    }
}

/// The rules' PROTEST events of `text`, with the quantity layer run.
fn protests(text: &str, ents: &[(&str, EntityType)]) -> Vec<CodedEvent> {
    let mut d = doc(text, ents);
    marsad_quantity::QuantityLayer.annotate(&mut d);
    code_events_rules(&d)
        .into_iter()
        .filter(|e| e.kind == "PROTEST")
        .collect()
}

#[test]
fn a_counted_crowd_that_gathers_to_protest_is_a_protest() {
    let events = protests(
        "وتجمع عشرات الفلسطينيين في ميدان المنارة وهم يحملون لافتات تطالب بوقف الاستيطان.",
        &[("ميدان المنارة", LOC)],
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    // Counted before the verb, the crowd is the actor, not the police.
    let events = protests(
        "وأطلقت الشرطة الغاز لتفريق نحو ألف متظاهر تجمعوا في أنقرة للاحتجاج على الضربات.",
        &[("الشرطة", ORG), ("أنقرة", LOC)],
    );
    let e = only(&events, "PROTEST");
    assert!(!names(&e.actor).contains(&"الشرطة"), "{events:#?}");
}

#[test]
fn a_crowd_that_gathers_with_no_word_of_protest_is_none() {
    // Worshippers and fans gather too.
    for text in [
        "وتجمع مئات المصلين في المسجد لأداء صلاة الجمعة.",
        "احتشد الآلاف في الملعب لمشاهدة المباراة.",
    ] {
        let events = protests(text, &[]);
        assert!(events.is_empty(), "{text}: {events:#?}");
    }
    // تجمع before protesters in the genitive is a noun (the site of the
    // protesters' gathering), no verb of gathering.
    let d = doc("وصل إلى موقع تجمع المتظاهرين قبل الظهر لإجراء مقابلة.", &[]);
    for e in code_events_rules(&d).iter().filter(|e| e.kind == "PROTEST") {
        assert_ne!(&d.text[e.trigger.start..e.trigger.end], "تجمع", "{e:#?}");
    }
}

#[test]
fn a_march_is_a_protest_only_among_words_of_protest() {
    // مسيرة is a career as often as a march.
    let events = protests(
        "وبدأ اللاعب مسيرته الاحترافية في بلجيكا عام 2003.",
        &[("بلجيكا", LOC)],
    );
    assert!(events.is_empty(), "{events:#?}");
    let events = protests(
        "وخرجت مسيرة في بلجيكا أمس رفع المشاركون فيها لافتات تندد بالحرب.",
        &[("بلجيكا", LOC)],
    );
    assert_eq!(events.len(), 1, "{events:#?}");
}

#[test]
fn protests_that_broke_out_or_that_a_body_took_part_in_are_reports() {
    for text in [
        "واندلعت مظاهرات شعبية بالقرب من مباني مجلس الشيوخ.",
        "وشاركت الصحيفة في الإضراب عن الطعام.",
    ] {
        let events = protests(text, &[]);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
    }
}

#[test]
fn a_road_closed_without_protest_and_a_need_are_no_protests() {
    for text in [
        "وكان فرع وزارة النقل قد أغلق جزءا من الطريق المقابل لإسكان الدمام.",
        "والوزير لم يحتج إلى مزيد من الانتظار.",
    ] {
        let events = protests(text, &[]);
        assert!(events.is_empty(), "{text}: {events:#?}");
    }
    // Protesters who block a road, the agent noun between the verb and
    // its object (as the entity layer lists them, a nominal group).
    let d = doc_n(
        "وقطع المحتجون الطريق احتجاجا على الغلاء.",
        &[],
        &[("المحتجون", ORG)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "PROTEST");
    assert_eq!(names(&e.actor), ["المحتجون"], "{events:#?}");
}

#[test]
fn who_reports_a_protest_did_not_protest() {
    let d = doc_n(
        "واضاف المرصد ان المتظاهرين اقدموا على قطع الطريق الواصل إلى مطار دمشق الدولي.",
        &[("مطار دمشق الدولي", LOC)],
        &[("المرصد", ORG)],
    );
    for e in code_events_rules(&d).iter().filter(|e| e.kind == "PROTEST") {
        assert!(!names(&e.actor).contains(&"المرصد"), "{e:#?}");
    }
}

#[test]
fn a_counted_group_before_a_passive_reading_is_who_it_befell() {
    let mut d = doc(
        "وأشار إلى أن العشرات من المتمردين الحوثيين قتلوا أثناء محاولتهم الفرار.",
        &[("المتمردين الحوثيين", ORG)],
    );
    marsad_quantity::QuantityLayer.annotate(&mut d);
    let events = code_events_rules(&d);
    let e = only(&events, "ASSAULT");
    assert!(e.actor.is_empty(), "{events:#?}");
    assert_eq!(names(&e.recipient), ["المتمردين الحوثيين"], "{events:#?}");
    // The count in construct with the group, and an agent named after the
    // verb, who stays the actor.
    for (text, actor) in [
        ("وأكد أن عشرات الإرهابيين قتلوا في الغارة.", None),
        (
            "وأكد أن عشرات الإرهابيين قتلوا برصاص الشرطة.",
            Some("الشرطة"),
        ),
    ] {
        let tagged: &[(&str, EntityType)] = match actor {
            Some(a) => &[("الإرهابيين", ORG), (a, ORG)],
            None => &[("الإرهابيين", ORG)],
        };
        let mut d = doc(text, tagged);
        marsad_quantity::QuantityLayer.annotate(&mut d);
        let events = code_events_rules(&d);
        let e = only(&events, "ASSAULT");
        assert_eq!(names(&e.recipient), ["الإرهابيين"], "{events:#?}");
        assert_eq!(names(&e.actor).first().copied(), actor, "{events:#?}");
    }
    // With its victims after it, the same form is the active verb.
    let mut d = doc(
        "وقال إن العشرات من مقاتلي المقاومة قتلوا 5 من الحوثيين أمس.",
        &[("المقاومة", ORG), ("حوثيين", ORG)],
    );
    marsad_quantity::QuantityLayer.annotate(&mut d);
    time(&mut d, "أمس", "2021-11-26");
    for e in code_events_rules(&d).iter().filter(|e| e.kind == "ASSAULT") {
        assert!(!names(&e.recipient).contains(&"المقاومة"), "{e:#?}");
    }
}

#[test]
fn members_of_a_quoted_group_and_the_owner_of_what_was_hit() {
    let d = doc(
        "وقصف طيران التحالف مواقع لعناصر “داعش” في قضاء بيجي.",
        &[("التحالف", ORG), ("داعش", ORG), ("قضاء بيجي", LOC)],
    );
    let events = code_events_rules(&d);
    assert_eq!(
        names(&only(&events, "ASSAULT").recipient),
        ["داعش"],
        "{events:#?}"
    );
    // An event noun joined to the object (تعزيزات) does not hide the owner.
    let d = doc(
        "ودمرت مقاتلات التحالف أرتالا وتعزيزات للحوثيين قرب حرض.",
        &[("التحالف", ORG), ("حوثيين", ORG), ("حرض", LOC)],
    );
    let events = code_events_rules(&d);
    assert_eq!(
        names(&only(&events, "ASSAULT").recipient),
        ["حوثيين"],
        "{events:#?}"
    );
}

#[test]
fn a_strike_phrase_names_who_killed_and_a_passive_reading_keeps_it() {
    // بقصف لطيران X، بغارة من X: the strike's owner did the killing.
    let d = doc(
        "وأعلن المجلس مقتل القيادي عارف عبد الرزاق بقصف لطيران التحالف الدولي أثناء هروبه.",
        &[("عارف عبد الرزاق", PER), ("التحالف الدولي", ORG)],
    );
    let events = code_events_rules(&d);
    let e = events
        .iter()
        .find(|e| e.kind == "ASSAULT")
        .expect("an assault");
    assert_eq!(names(&e.actor), ["التحالف الدولي"], "{events:#?}");
    // وقتل X بنيران Y read as a passive: X was hit, Y still did it.
    let d = doc(
        "وقتل قيادي بارز بنيران طيران التحالف على الموصل.",
        &[("التحالف", ORG), ("الموصل", LOC)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "ASSAULT");
    assert!(
        names(&e.actor).iter().any(|a| a.contains("التحالف")),
        "{events:#?}"
    );
}

#[test]
fn who_reports_content_with_its_own_subject_did_not_act() {
    // وأضاف X أن … : a statement verb the event lexicon does not list; the
    // quote layer's reported speech says where the content opens.
    let mut d = doc(
        "وأضاف شاكر جودت أن عناصر التنظيم حاولوا شن هجوم على منطقة المضيق.",
        &[("شاكر جودت", PER), ("منطقة المضيق", LOC)],
    );
    marsad_quote::QuoteLayer.annotate(&mut d);
    assert!(!d.quotes.is_empty(), "reported speech");
    for e in code_events_rules(&d) {
        assert!(!names(&e.actor).contains(&"شاكر جودت"), "{e:#?}");
    }
    // أنها بدأت: the pronoun refers back to who speaks, its act.
    let mut d = doc(
        "وأبلغت تركيا الأمم المتحدة أنها بدأت في شن غارات جوية ضد تنظيم داعش في سورية.",
        &[
            ("تركيا", LOC),
            ("الأمم المتحدة", ORG),
            ("تنظيم داعش", ORG),
            ("سورية", LOC),
        ],
    );
    marsad_quote::QuoteLayer.annotate(&mut d);
    let events = code_events_rules(&d);
    assert_eq!(
        names(&only(&events, "ASSAULT").actor),
        ["تركيا"],
        "{events:#?}"
    );
}

#[test]
fn a_feminine_noun_after_a_masculine_verb_is_its_object() {
    // The verb agrees with a subject after it: طالب الحكومة is "he asked
    // the government", طالبت الحكومة "the government asked".
    let d = doc(
        "ندد الأمين العام نبيل العربي بالقصف وطالب الحكومة التركية بوقف العمليات.",
        &[("نبيل العربي", PER), ("الحكومة التركية", ORG)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "REQUEST");
    assert!(!names(&e.actor).contains(&"الحكومة التركية"), "{events:#?}");
    let d = doc(
        "وطالبت الحكومة التركية بوقف العمليات.",
        &[("الحكومة التركية", ORG)],
    );
    let events = code_events_rules(&d);
    assert_eq!(
        names(&only(&events, "REQUEST").actor),
        ["الحكومة التركية"],
        "{events:#?}"
    );
}

#[test]
fn an_undated_act_takes_the_day_its_news_is_set_on() {
    let ents = [
        ("الرئيس", PER),
        ("الوزير", PER),
        ("بغداد", LOC),
        ("داعش", ORG),
        ("الجيش", ORG),
        ("الموصل", LOC),
    ];
    let assault_date = |text: &str, value: &str| {
        let mut d = doc(text, &ents);
        time(&mut d, "أمس", value);
        only(&code_events(&d), "ASSAULT").date.clone()
    };
    // Yesterday, said in the article's first sentence, dates the act after it.
    let date = assault_date(
        "اجتمع الرئيس مع الوزير أمس في بغداد. وهاجم داعش مواقع الجيش في الموصل.",
        "2021-11-26",
    );
    assert_eq!(date, Some(("2021-11-26".to_string(), 0)));
    // A date long past sets no news day.
    let date = assault_date(
        "اجتمع الرئيس مع الوزير أمس في بغداد. وهاجم داعش مواقع الجيش في الموصل.",
        "2020-11-26",
    );
    assert_eq!(date, None);
    // The pluperfect tells what came before the day told.
    let date = assault_date(
        "اجتمع الرئيس مع الوزير أمس في بغداد. وكان داعش قد هاجم مواقع الجيش في الموصل.",
        "2021-11-26",
    );
    assert_eq!(date, None);
    // Another paragraph, past the first sentence, is another story.
    let date = assault_date(
        "وصل الرئيس إلى بغداد. واجتمع الرئيس مع الوزير أمس.\n\nوهاجم داعش مواقع الجيش في الموصل.",
        "2021-11-26",
    );
    assert_eq!(date, None);
}

#[test]
fn ground_taken_is_the_place_and_its_holder_the_recipient() {
    let d = doc(
        "واستعاد الجيش السوري السيطرة على مدينة تدمر من أيدي تنظيم داعش أمس.",
        &[
            ("الجيش السوري", ORG),
            ("مدينة تدمر", LOC),
            ("تنظيم داعش", ORG),
        ],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["الجيش السوري"]);
    assert_eq!(names(&e.recipient), ["تنظيم داعش"]);
    assert_eq!(e.place.unwrap().name, "مدينة تدمر");
}

#[test]
fn ground_taken_after_fighting_a_side() {
    let d = doc(
        "سيطرت المقاومة الشعبية اليوم على قاعدة العند بعد معارك عنيفة مع الحوثيين.",
        &[
            ("المقاومة الشعبية", ORG),
            ("قاعدة العند", LOC),
            ("الحوثيين", ORG),
        ],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["المقاومة الشعبية"]);
    assert_eq!(names(&e.recipient), ["الحوثيين"]);
    assert_eq!(e.place.unwrap().name, "قاعدة العند");
    // Fighting before the act may be another side's: no recipient from it.
    let d = doc(
        "قتل 17 من الحوثيين خلال مواجهات مع المقاومة الشعبية وسط سيطرة الثوار على الحي.",
        &[("المقاومة الشعبية", ORG), ("الحوثيين", ORG)],
    );
    for e in code_events(&d).iter().filter(|e| e.place_taken) {
        assert!(e.recipient.is_empty(), "{e:#?}");
    }
}

#[test]
fn killed_with_others_is_the_passive() {
    let d = doc(
        "وفي محافظة مأرب، قتل أبو عبدالله الحوثي وقياديان آخران في المواجهات الدائرة.",
        &[("محافظة مأرب", LOC), ("أبو عبدالله الحوثي", PER)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert!(e.actor.is_empty(), "{e:#?}");
    assert_eq!(names(&e.recipient), ["أبو عبدالله الحوثي"]);
    // A count after the conjunct is the object of the active verb.
    let d = doc(
        "وقتل الجيش والشرطة 5 مسلحين في المواجهات.",
        &[("الجيش", ORG), ("الشرطة", ORG)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["الجيش", "الشرطة"]);
}

#[test]
fn verbal_noun_with_its_doer_and_an_object_after_li() {
    let d = doc(
        "وشهدت المدينة أمس اجتياح داعش لأحيائها الشرقية.",
        &[("داعش", ORG)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["داعش"]);
    assert!(e.recipient.is_empty(), "{e:#?}");
}

#[test]
fn the_party_whose_positions_were_hit_is_the_recipient() {
    let d = doc(
        "وشن طيران التحالف أمس غارات على مواقع الحوثيين في محافظة عمران.",
        &[("التحالف", ORG), ("الحوثيين", ORG), ("محافظة عمران", LOC)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.recipient), ["الحوثيين"]);
    // What a protest is against is no holder's: the second على hangs on
    // the strikes, not on the protest.
    let d = doc(
        "تظاهر عشرات الأكراد أمس احتجاجا على الغارات التركية على أهداف لحزب العمال.",
        &[("الأكراد", ORG), ("حزب العمال", ORG)],
    );
    let e = only(&code_events_rules(&d), "PROTEST").clone();
    assert!(e.recipient.is_empty(), "{:?}", e.recipient);
}

#[test]
fn a_split_phrase_spans_a_name_set_off_by_commas() {
    let d = doc(
        "تعرضت وزيرة الدولة بوزارة الطاقة، انجلينا مانج، لمحاولة اغتيال في ولاية الوحدة أمس.",
        &[("انجلينا مانج", PER), ("ولاية الوحدة", LOC)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(e.mode, Some("targeted"));
    assert_eq!(e.modality, Modality::Asserted);
    assert_eq!(names(&e.recipient), ["انجلينا مانج"]);
}

#[test]
fn at_dawn_is_no_trigger_but_two_blew_themselves_up_is() {
    let d = doc("وصلت القوات فجرا إلى المدينة.", &[]);
    assert!(code_events_rules(&d).is_empty());
    let d = doc(
        "وقال المصدر إن انتحاريين فجرا نفسيهما قرب مركز الشرطة أمس.",
        &[],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(e.mode, Some("suicide-attack"));
}

#[test]
fn a_device_that_went_off_is_an_attack_one_found_is_not() {
    let d = doc(
        "وأوضح المصدر أن سيارة مفخخة متوقفة أمام مديرية الصحة في تكريت انفجرت عند الظهر.",
        &[("تكريت", LOC)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(e.mode, Some("explosives"));
    let d = doc(
        "وقالت الشرطة إنها عثرت على سيارة مفخخة قرب السوق وفككتها.",
        &[],
    );
    assert!(code_events_rules(&d).iter().all(|e| e.kind != "ASSAULT"));
}

#[test]
fn firing_in_the_air_and_a_tsunami_are_no_attacks() {
    for text in [
        "أطلقت الشرطة النار في الهواء أمس.",
        "وأطلقوا النار في الهواء ابتهاجا بالفوز أمس.",
        "وفي الهند قتل 16 ألف شخص في كارثة تسونامي عام 2004.",
    ] {
        let d = doc(text, &[]);
        assert!(
            code_events_rules(&d).iter().all(|e| e.kind != "ASSAULT"),
            "{text}"
        );
    }
    let d = doc("وأطلق مسلحون النار على دورية للشرطة أمس.", &[]);
    only(&code_events_rules(&d), "ASSAULT");
}

#[test]
fn a_body_named_in_quotation_marks_after_its_head() {
    let d = doc(
        "وواصلت المقاتلات التركية أمس غاراتها على مواقع تنظيم «داعش» في سوريا.",
        &[("داعش", ORG), ("سوريا", LOC)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.recipient), ["داعش"]);
}

#[test]
fn a_form_v_verbal_noun_heads_its_split_phrase() {
    // بتعرض: the verbal noun of تعرض, spelled like its past, after ب.
    let d = doc(
        "وأفادت تقارير بتعرض المرجع الشيعي علي السيستاني لمحاولة اغتيال في النجف أمس.",
        &[("علي السيستاني", PER), ("النجف", LOC)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(e.mode, Some("targeted"));
    assert_eq!(names(&e.recipient), ["علي السيستاني"]);
}

#[test]
fn rockets_fired_at_a_place_but_not_into_space() {
    let d = doc(
        "وقال إن مقاتلي المعارضة ردوا أمس بإطلاق الصواريخ على قريتين قرب إدلب.",
        &[("إدلب", LOC)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(e.mode, Some("heavy-weapons"));
    for text in [
        "وأطلقت إيران أمس صاروخا يحمل قمرا صناعيا إلى الفضاء.",
        "وأعلنت كوريا الشمالية أمس إطلاق صاروخ فضائي.",
    ] {
        let d = doc(text, &[]);
        assert!(
            code_events_rules(&d).iter().all(|e| e.kind != "ASSAULT"),
            "{text}"
        );
    }
}

#[test]
fn a_light_verb_with_its_subject_before_the_preposition() {
    let mut d = doc(
        "وتمكنت القوات العراقية أمس من تحرير بلدة الكرمة من قبضة داعش.",
        &[
            ("القوات العراقية", ORG),
            ("بلدة الكرمة", LOC),
            ("داعش", ORG),
        ],
    );
    time(&mut d, "أمس", "2015-07-31");
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["القوات العراقية"]);
    assert_eq!(names(&e.recipient), ["داعش"]);
    let d = doc(
        "وتمكنت دوريات الأمن في جازان من ضبط 21 مهربا أمس.",
        &[("دوريات الأمن", ORG), ("جازان", LOC)],
    );
    let e = only(&code_events_rules(&d), "COERCE").clone();
    assert_eq!(names(&e.actor), ["دوريات الأمن"]);
    let mut d = doc(
        "وأقدم الحوثيون أمس على إعدام الكثير من أسرى المقاومة.",
        &[("الحوثيون", ORG), ("المقاومة", ORG)],
    );
    time(&mut d, "أمس", "2015-07-31");
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["الحوثيون"]);
    // Only the act right after من is the light verb's: the attacks before
    // it are not the factions' by this reading.
    let d = doc(
        "وتمكنت الفصائل بعد سلسلة هجمات من التقدم نحو المدينة.",
        &[("الفصائل", ORG)],
    );
    assert!(code_events_rules(&d)
        .iter()
        .all(|e| e.kind != "ASSAULT" || e.actor.is_empty()));
}

#[test]
fn a_person_found_by_title_is_named_in_full() {
    let text = "وبحث الرئيس الأمريكي جو بايدن أمس مع رئيس الوزراء العراقي مصطفى الكاظمي في واشنطن العلاقات بين البلدين.";
    let mut d = doc(text, &[("جو بايدن", PER), ("واشنطن", LOC)]);
    // The entity layer links the title and the name to one person.
    let mentions = ["رئيس الوزراء العراقي", "مصطفى الكاظمي"]
        .iter()
        .map(|m| {
            let i = text.find(m).unwrap();
            Span::new(i, i + m.len())
        })
        .collect();
    d.entities
        .push(Entity::unlinked("مصطفى الكاظمي", PER, false, mentions));
    EventLayer::new().annotate(&mut d);
    let consult = d
        .events
        .iter()
        .find(|e| e.kind == "CONSULT")
        .expect("CONSULT");
    assert_eq!(consult.actor, ["جو بايدن"], "{consult:?}");
    assert_eq!(consult.recipient, ["مصطفى الكاظمي"], "{consult:?}");
}

#[test]
fn a_time_before_a_comma_dates_the_clause_before_it() {
    let text = "هاجم مسلحون حاجزا للجيش يوم 4 نوفمبر الماضي، واعتقلت الشرطة العراقية المهاجمين يوم 15 نوفمبر في بغداد.";
    let mut d = doc(text, &[("الشرطة العراقية", ORG), ("بغداد", LOC)]);
    time(&mut d, "4 نوفمبر الماضي", "2021-11-04");
    time(&mut d, "15 نوفمبر", "2021-11-15");
    let e = only(&code_events(&d), "COERCE").clone();
    assert_eq!(e.date.as_ref().unwrap().0, "2021-11-15");
}

#[test]
fn a_time_over_the_trigger_word_does_not_break_dating() {
    // "فجر" is dawn here, and also a trigger (blew up).
    let text = "وقال مصدر إنه تم إلقاء القبض فجر أمس على عدد من الأشخاص.";
    let mut d = doc(text, &[]);
    time(&mut d, "فجر أمس", "2021-11-26TMO");
    let _ = code_events_rules(&d);
    let _ = code_events(&d);
}

#[test]
fn an_attack_the_detector_is_sure_of_is_a_record_without_parties() {
    // No side named, no toll counted, but a place: a record when the
    // sentence detector is sure of it.
    let mut d = doc(
        "قتل شرطي وأصيب اخر بالرصاص الخميس في هجوم وقع في شارع في احد احياء دياربكر.",
        &[("دياربكر", LOC)],
    );
    time(&mut d, "الخميس", "2021-11-25");
    let coded = code_events(&d);
    let attack = coded
        .iter()
        .find(|e| e.kind == "ASSAULT")
        .unwrap_or_else(|| panic!("{coded:#?}"));
    assert!(attack.actor.is_empty() && attack.recipient.is_empty());
    assert!(attack.confidence >= 0.8, "{attack:#?}");
    assert!(attack.is_record(), "{attack:#?}");
    // The rules alone give no such confidence: no record.
    let rules = code_events_rules(&d);
    assert!(
        rules.iter().all(|e| !e.is_record() || !e.actor.is_empty()),
        "{rules:#?}"
    );
}

#[test]
fn the_place_a_visit_goes_to_is_no_visitor() {
    let d = doc(
        "ويعتزم الوزير زيارة الدوحة الأسبوع المقبل.",
        &[("الدوحة", LOC)],
    );
    let coded = code_events(&d);
    let visit = coded
        .iter()
        .find(|e| e.kind == "CONSULT")
        .unwrap_or_else(|| panic!("{coded:#?}"));
    assert!(visit.actor.iter().all(|a| a.name != "الدوحة"), "{visit:#?}");
    assert!(
        visit.recipient.iter().any(|a| a.name == "الدوحة"),
        "{visit:#?}"
    );
}

#[test]
fn arrest_with_the_light_verb_alqa() {
    // ألقت X القبض على Y: the subject of ألقى made the arrest.
    let d = doc(
        "وألقت الشرطة التركية القبض على عناصر من داعش في إسطنبول.",
        &[("الشرطة التركية", ORG), ("داعش", ORG), ("إسطنبول", LOC)],
    );
    let e = only(&code_events(&d), "COERCE").clone();
    assert_eq!(names(&e.actor), ["الشرطة التركية"]);
}

#[test]
fn a_counted_participle_is_no_accusation() {
    // 29 متهما are 29 defendants; متهما after a statement accuses.
    let d = doc(
        "وأحالت النيابة العامة 29 متهما إلى المحكمة.",
        &[("النيابة العامة", ORG)],
    );
    assert!(code_events(&d).iter().all(|e| e.kind != "ACCUSE"));
    let d = doc(
        "وهاجم الوزير المعارضة، متهما إياها بالتحريض.",
        &[("الوزير", PER)],
    );
    assert!(code_events(&d).iter().any(|e| e.kind == "ACCUSE"));
}

#[test]
fn an_old_act_is_not_merged_into_todays_news() {
    // The arrests today and the uprising of 2011 two sentences on are two
    // events: the later one lends the first neither its date nor its target.
    let mut d = doc(
        "وألقت تونس القبض على عشرات المتشددين. وأكملت تونس انتقالها بعد انتفاضة 2011 التي أطاحت بالرئيس زين العابدين بن علي.",
        &[("تونس", LOC), ("زين العابدين بن علي", PER)],
    );
    time(&mut d, "2011", "2011");
    let events = code_events(&d);
    let arrest = events
        .iter()
        .find(|e| e.kind == "COERCE" && d.slice(e.trigger).contains("القبض"))
        .expect("the arrest");
    assert!(arrest.recipient.is_empty(), "{arrest:#?}");
    assert!(arrest.date.is_none(), "{arrest:#?}");
}

#[test]
fn a_particle_carrying_the_subject_leaves_the_object_after_the_verb() {
    // لكنه دعا ايران: Iran is called on, not calling; the minister is.
    let d = doc(
        "وأكد الوزير أن بلاده ملتزمة، لكنه دعا ايران الى تخصيص المال لشعبها.",
        &[("الوزير", PER), ("ايران", LOC)],
    );
    let e = only(&code_events(&d), "REQUEST").clone();
    assert_eq!(names(&e.actor), ["الوزير"]);
    // أنه قتل عددا من الإرهابيين: the terrorists were killed.
    let d = doc(
        "وأعلن الجيش النيجيري أنه قتل عددا من الإرهابيين.",
        &[("الجيش النيجيري", ORG)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert!(!names(&e.actor).contains(&"الإرهابيين"), "{e:#?}");
}

#[test]
fn an_act_after_qabla_an_is_told_not_wished() {
    // قبل أن يقتحموا: they stormed it, in sequence; يجب أن يقتحم: a wish.
    let d = doc(
        "ووصل المسلحون إلى الرمادي قبل أن يقتحموا معسكر الجيش.",
        &[("الرمادي", LOC)],
    );
    let events = code_events_rules(&d);
    assert!(
        events.iter().any(|e| e.kind == "ASSAULT"
            && d.slice(e.trigger) == "يقتحموا"
            && e.modality == Modality::Asserted),
        "{events:#?}"
    );
    let d = doc("ويجب أن يقتحم الجيش المعسكر.", &[("الجيش", ORG)]);
    assert!(code_events_rules(&d)
        .iter()
        .all(|e| e.modality != Modality::Asserted));
}

#[test]
fn the_resistance_by_name_is_an_actor_not_a_cause() {
    // مقاومة العدوان is a cause (a topic); المقاومة الشعبية a force that acts.
    let d = doc(
        "وشنت المقاومة الشعبية هجوما على مواقع الحوثيين في عدن أمس.",
        &[("المقاومة الشعبية", ORG), ("الحوثيين", ORG), ("عدن", LOC)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["المقاومة الشعبية"]);
}

#[test]
fn control_tightened_and_ambushes_laid() {
    // أحكم/بسط + سيطرته على: the control is the act, the subject its doer.
    let d = doc(
        "وأحكمت المقاومة الشعبية سيطرتها على مدينة زنجبار أمس.",
        &[("المقاومة الشعبية", ORG), ("زنجبار", LOC)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["المقاومة الشعبية"]);
    let d = doc(
        "ونصب مسلحو حزب العمال الكردستاني كمينا لقافلة عسكرية في منطقة اكتشاي.",
        &[("حزب العمال الكردستاني", ORG), ("منطقة اكتشاي", LOC)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["حزب العمال الكردستاني"]);
}

#[test]
fn the_agreement_talked_about_is_no_new_one() {
    // الاتفاق النووي مع إيران names a deal already made; تم الاتفاق makes one.
    let d = doc(
        "وقال الوزير إن الاتفاق النووي مع إيران يهدد أمن المنطقة.",
        &[("الوزير", PER), ("إيران", LOC)],
    );
    assert!(code_events(&d).iter().all(|e| e.kind != "AGREE"));
    let d = doc(
        "وتم الاتفاق بين الحكومة والمعارضة على وقف القتال في حلب.",
        &[("الحكومة", ORG), ("المعارضة", ORG), ("حلب", LOC)],
    );
    assert!(code_events(&d).iter().any(|e| e.kind == "AGREE"));
}

#[test]
fn a_country_accused_is_a_party_not_the_place() {
    // اتهم الوزير إيران: Iran is accused; the accusation is not made there.
    let d = doc(
        "واتهم الوزير إيران بدعم الإرهاب.",
        &[("الوزير", PER), ("إيران", LOC)],
    );
    let e = only(&code_events(&d), "ACCUSE").clone();
    assert_eq!(names(&e.recipient), ["إيران"]);
    assert!(e.place.is_none(), "{e:#?}");
    // An air strike on Aleppo happens in Aleppo.
    let d = doc("وشنت طائرات التحالف غارات على حلب أمس.", &[("حلب", LOC)]);
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(e.place.map(|p| p.name), Some("حلب".to_string()));
}

#[test]
fn verbs_that_carry_an_accusation_or_a_condemnation() {
    // وجهت X الاتهام إلى: X accuses; the bombing it names is not X's.
    let d = doc(
        "ووجهت النيابة العامة الاتهام إلى 29 شخصا في حادث التفجير الإرهابي.",
        &[("النيابة العامة", ORG)],
    );
    let events = code_events(&d);
    let accuse = only(&events, "ACCUSE");
    assert_eq!(names(&accuse.actor), ["النيابة العامة"]);
    assert!(events
        .iter()
        .filter(|e| e.kind == "ASSAULT")
        .all(|e| e.actor.is_empty()));
    // أعرب X عن إدانته: X condemns.
    let d = doc(
        "وأعربت الحكومة التونسية عن إدانتها الشديدة للعمل الإرهابي.",
        &[("الحكومة التونسية", ORG)],
    );
    let e = only(&code_events(&d), "ACCUSE").clone();
    assert_eq!(names(&e.actor), ["الحكومة التونسية"]);
}

#[test]
fn a_newspaper_in_quotes_is_not_the_place() {
    // قال لـ«الرياض»: the Riyadh daily, not the city.
    let d = doc(
        "وقصفت المقاومة الشعبية مواقع الحوثي أمس كما قال قائد ميداني لـ«الرياض».",
        &[("الرياض", LOC), ("الحوثي", ORG), ("المقاومة الشعبية", ORG)],
    );
    let events = code_events(&d);
    let e = only(&events, "ASSAULT");
    assert!(e.place.is_none(), "{e:#?}");
}

#[test]
fn the_city_left_unresolved_is_no_place() {
    // في أحياء المدينة: which city, the entity layer did not say.
    let d = doc(
        "وشنت قوات النظام هجوما على أحياء المدينة أمس.",
        &[("قوات النظام", ORG), ("المدينة", LOC)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert!(e.place.is_none(), "{e:#?}");
}

#[test]
fn the_force_of_the_attack_a_passive_happened_in_acted() {
    // قتل X في كمين لـY / في اشتباكات مع Y: Y acted, X was hit; the
    // genitive's ل may be left on the word (لداعش).
    let mut d = doc(
        "ومن جهة أخرى قتل 5 من الحوثيين وقوات صالح في كمين لقوات الشرعية في مأرب.",
        &[
            ("الحوثيين", ORG),
            ("قوات صالح", ORG),
            ("قوات الشرعية", ORG),
            ("مأرب", LOC),
        ],
    );
    marsad_quantity::QuantityLayer.annotate(&mut d);
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["قوات الشرعية"], "{e:#?}");
    assert_eq!(names(&e.recipient), ["الحوثيين", "قوات صالح"], "{e:#?}");
    let mut d = doc_n(
        "وأكدت المصادر أن 13 عنصرا من الحوثيين قتلوا في اشتباكات مع الجيش اليمني.",
        &[("الحوثيين", ORG), ("الجيش اليمني", ORG)],
        &[("المصادر", PER)],
    );
    marsad_quantity::QuantityLayer.annotate(&mut d);
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["الجيش اليمني"], "{e:#?}");
    assert_eq!(names(&e.recipient), ["الحوثيين"], "{e:#?}");
    let d = doc("وقتل جنديان في هجوم لداعش.", &[("داعش", ORG)]);
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["داعش"], "{e:#?}");
}

#[test]
fn a_counted_list_before_a_passive_is_who_it_befell() {
    // 13 عنصرا من X وY قتلوا: both were hit; neither acted.
    let mut d = doc_n(
        "وأكدت المصادر أن 13 عنصرا من الحوثيين وقوات صالح قتلوا في غارة.",
        &[("الحوثيين", ORG), ("قوات صالح", ORG)],
        &[("المصادر", PER)],
    );
    marsad_quantity::QuantityLayer.annotate(&mut d);
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert!(e.actor.is_empty(), "{e:#?}");
    assert_eq!(names(&e.recipient), ["الحوثيين", "قوات صالح"], "{e:#?}");
    // A dual victim after قتل marks the passive (قتل عنصران من X).
    let d = doc(
        "وقالت المصادر إن انفجارا وقع في المدينة، فيما قتل عنصران من القوات الكردية في تفجير آخر.",
        &[("القوات الكردية", ORG)],
    );
    let events = code_events(&d);
    assert!(
        events
            .iter()
            .all(|e| !names(&e.actor).contains(&"القوات الكردية")),
        "{events:#?}"
    );
}

#[test]
fn an_attack_ascribed_to_a_party_names_it_as_actor() {
    // هجوم انتحاري نسب إلى X: X is the attacker, not the target.
    let mut d = doc(
        "وقتل ثلاثة جنود في هجوم انتحاري نسب إلى حزب العمال الكردستاني.",
        &[("حزب العمال الكردستاني", ORG)],
    );
    marsad_quantity::QuantityLayer.annotate(&mut d);
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["حزب العمال الكردستاني"], "{e:#?}");
    assert!(e.recipient.is_empty(), "{e:#?}");
}
#[test]
fn form_one_condemnation_and_a_described_act() {
    // دان/دانت condemns like أدان, also when the entity layer read دان
    // as a man's name and a title follows.
    let d = doc(
        "ودانت الحكومة الأردنية بشدة مقتل الطفل.",
        &[("الحكومة الأردنية", ORG)],
    );
    let e = only(&code_events(&d), "ACCUSE").clone();
    assert_eq!(names(&e.actor), ["الحكومة الأردنية"]);
    let d = doc(
        "دان وزير الخارجية السعودي عادل الجبير جريمة حرق الرضيع.",
        &[("دان", PER), ("عادل الجبير", PER)],
    );
    let e = only(&code_events(&d), "ACCUSE").clone();
    assert_eq!(names(&e.actor), ["عادل الجبير"]);
    // وصفته "described it" is no و + صفّته "liquidated him".
    let d = doc(
        "وتزامن ذلك مع اتصال وصفته مصادر رسمية تركية بأنه مهم جدا.",
        &[],
    );
    assert!(code_events(&d).is_empty(), "{:#?}", code_events(&d));
}

#[test]
fn the_one_asked_after_the_subject_is_the_recipient() {
    // طالب X Y بـ، ناشد X Y + verbal noun, across a parenthesis.
    let d = doc(
        "وطالبت منظمة العفو الدولية، في بيان أصدرته أمس، الحكومة العراقية بفتح تحقيق.",
        &[("منظمة العفو الدولية", ORG), ("الحكومة العراقية", ORG)],
    );
    let e = only(&code_events(&d), "REQUEST").clone();
    assert_eq!(names(&e.actor), ["منظمة العفو الدولية"]);
    assert_eq!(names(&e.recipient), ["الحكومة العراقية"], "{e:#?}");
    let d = doc(
        "وناشدت الحكومة اليمنية مجلس الأمن الدولي التدخل لوقف الحرب.",
        &[("الحكومة اليمنية", ORG), ("مجلس الأمن الدولي", ORG)],
    );
    let e = only(&code_events(&d), "REQUEST").clone();
    assert_eq!(names(&e.recipient), ["مجلس الأمن الدولي"], "{e:#?}");
    // The office after a name is no one asked.
    let d = doc(
        "دعا موسى أبو مرزوق نائب رئيس المكتب السياسي لحماس إلى تشكيل حكومة وحدة.",
        &[("موسى أبو مرزوق", PER), ("حماس", ORG)],
    );
    let e = only(&code_events(&d), "REQUEST").clone();
    assert_eq!(names(&e.actor), ["موسى أبو مرزوق"]);
    assert!(e.recipient.is_empty(), "{e:#?}");
}

#[test]
fn an_attack_undergone_from_a_party_names_it() {
    // تعرض X لهجوم من Y: Y attacked X; من ثلاثة محاور is no party.
    let d = doc(
        "ردا على تعرض بلدة الزبداني لهجوم من قوات النظام وحزب الله اللبناني.",
        &[
            ("الزبداني", LOC),
            ("قوات النظام", ORG),
            ("حزب الله اللبناني", ORG),
        ],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(
        names(&e.actor),
        ["قوات النظام", "حزب الله اللبناني"],
        "{e:#?}"
    );
    let d = doc(
        "وتعرضت القوات العراقية لهجوم من ثلاثة محاور.",
        &[("القوات العراقية", ORG)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert!(e.actor.is_empty(), "{e:#?}");
    assert_eq!(names(&e.recipient), ["القوات العراقية"], "{e:#?}");
}

#[test]
fn a_relative_clause_with_its_antecedents_pronoun() {
    // X التي اتهمتها Y: Y accuses X; without the pronoun (كييف التي تتهم
    // الكرملين) X is the subject.
    let d = doc(
        "وأعلنت جماعة أنصار الشريعة التي اتهمتها واشنطن بالهجوم حل نفسها.",
        &[("جماعة أنصار الشريعة", ORG), ("واشنطن", LOC)],
    );
    let e = only(&code_events_rules(&d), "ACCUSE").clone();
    assert_eq!(names(&e.actor), ["واشنطن"], "{e:#?}");
    assert_eq!(names(&e.recipient), ["جماعة أنصار الشريعة"], "{e:#?}");
    let d = doc(
        "ودعمت الولايات المتحدة كييف التي تتهم الكرملين بتسليح المتمردين.",
        &[("الولايات المتحدة", LOC), ("كييف", LOC), ("الكرملين", ORG)],
    );
    let e = only(&code_events_rules(&d), "ACCUSE").clone();
    assert_eq!(names(&e.actor), ["كييف"], "{e:#?}");
    assert_eq!(names(&e.recipient), ["الكرملين"], "{e:#?}");
}

#[test]
fn a_relative_light_verb_names_who_carried_out_the_attack() {
    // غارات الطائرات … التي تشنها X: X, not the aircraft of the genitive.
    let d = doc(
        "وتتواصل غارات الطائرات بدون طيار التي تشنها الولايات المتحدة في اليمن.",
        &[("الولايات المتحدة", LOC), ("اليمن", LOC)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["الولايات المتحدة"], "{e:#?}");
    // A clause on another thing named in between is not the act's.
    let d = doc(
        "حيث عبر مرصد حضرموت عن إدانته هذه الممارسات التي تقوم بها الميليشيات الحوثية.",
        &[("مرصد حضرموت", ORG), ("الميليشيات الحوثية", ORG)],
    );
    let e = only(&code_events_rules(&d), "ACCUSE").clone();
    assert!(!names(&e.actor).contains(&"الميليشيات الحوثية"), "{e:#?}");
}

#[test]
fn an_act_said_to_be_needed_is_not_reported_as_done() {
    // شدد على ضرورة انسحاب X: the withdrawal is asked for.
    let d = doc(
        "وشدد المبعوث الأممي على ضرورة انسحاب الحوثيين من المدن.",
        &[("الحوثيين", ORG)],
    );
    let events = code_events_rules(&d);
    assert!(
        events
            .iter()
            .filter(|e| e.kind == "RETREAT")
            .all(|e| e.modality == Modality::Hypothetical),
        "{events:#?}"
    );
}

#[test]
fn a_place_an_act_went_to_is_not_its_target() {
    // فر إلى X، انسحبت إلى X: where to, not whom.
    let d = doc(
        "وأشارت المصادر إلى أن قيادات الحوثي انسحبت إلى لودر.",
        &[("الحوثي", ORG), ("لودر", LOC)],
    );
    let events = code_events_rules(&d);
    assert!(
        events
            .iter()
            .all(|e| !names(&e.recipient).contains(&"لودر")),
        "{events:#?}"
    );
}

#[test]
fn one_phrase_before_the_charge_is_the_accused() {
    // واتهم X بـ: X is accused; who accuses is the subject carried on.
    let d = doc(
        "وصل ماكرون إلى بيروت أمس، واتهم حزب الله بالوقوف وراء الهجوم.",
        &[("ماكرون", PER), ("حزب الله", ORG), ("بيروت", LOC)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "ACCUSE");
    assert_eq!(names(&e.actor), ["ماكرون"]);
    assert_eq!(names(&e.recipient), ["حزب الله"]);
    // With a pronoun on the verb, the phrase after it accuses.
    let d = doc("واتهمه حزب الله بالعمالة.", &[("حزب الله", ORG)]);
    let events = code_events_rules(&d);
    assert_eq!(names(&only(&events, "ACCUSE").actor), ["حزب الله"]);
    // After a noun (تقرير يتهم), the accuser is that noun, not an earlier name.
    let d = doc(
        "عين اندرسن رئيسا للشرطة بعد صدور تقرير يتهم سلطات المدينة بالعنصرية.",
        &[("اندرسن", PER), ("سلطات المدينة", ORG)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "ACCUSE");
    assert_eq!(names(&e.recipient), ["سلطات المدينة"]);
    assert!(e.actor.is_empty(), "{events:#?}");
    // The charge names no target: اتهمت باكستان الهند بانتهاك … في كشمير.
    let d = doc(
        "اتهمت باكستان الهند بانتهاك وقف إطلاق النار في كشمير.",
        &[("باكستان", LOC), ("الهند", LOC), ("كشمير", LOC)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "ACCUSE");
    assert_eq!(names(&e.actor), ["باكستان"]);
    assert_eq!(names(&e.recipient), ["الهند"]);
}

#[test]
fn an_indefinite_sound_plural_takes_no_genitive() {
    // مستوطنون منزل: the settlers, then what they attacked.
    let d = doc(
        "هاجم مستوطنون منزل عائلة فلسطينية في الخليل.",
        &[("الخليل", LOC)],
    );
    let events = code_events_rules(&d);
    assert_eq!(names(&only(&events, "ASSAULT").actor), ["مستوطنون"]);
    let d = doc(
        "وفي طرابلس فتح معارضون النار على الموكب.",
        &[("طرابلس", LOC)],
    );
    let events = code_events_rules(&d);
    assert_eq!(names(&only(&events, "ASSAULT").actor), ["معارضون"]);
    // An adjective agreeing with a group the entity layer found alone.
    let d = doc(
        "اقتحم مسلحون مجهولون مقر البرلمان في طرابلس.",
        &[("مسلحون", ORG), ("طرابلس", LOC)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "ASSAULT");
    assert_eq!(names(&e.actor), ["مسلحون"]);
    assert!(e.recipient.is_empty(), "{events:#?}");
}

#[test]
fn a_counted_group_after_the_verb_is_its_subject() {
    let text = "أدانت ثلاث منظمات حقوقية دولية الحكم على الناشط.";
    let mut d = doc(text, &[]);
    let i = text.find("ثلاث منظمات").unwrap();
    d.quantities.push(marsad_core::Quantity {
        span: Span::new(i, i + "ثلاث منظمات".len()),
        value: Some(3.0),
        min: None,
        max: None,
        modifier: None,
        unit: Some("منظمة".into()),
    });
    let events = code_events_rules(&d);
    let e = only(&events, "ACCUSE");
    assert_eq!(names(&e.actor), ["منظمات حقوقية"]);
    assert!(e.recipient.is_empty(), "{events:#?}");
}

#[test]
fn ground_held_is_no_act_of_taking_it() {
    let d = doc(
        "لا تزال مساحات شاسعة من سنجار تقع تحت سيطرة المسلحين.",
        &[("سنجار", LOC)],
    );
    let events = code_events_rules(&d);
    assert!(events.iter().all(|e| e.kind != "ASSAULT"), "{events:#?}");
}

#[test]
fn a_verb_with_its_object_pronoun_after_another_takes_the_subject_after_it() {
    // الذي قاطعته المعارضة وأدانه المجتمع الدولي: each verb its own subject.
    let d = doc(
        "ويتوقع إعلان نتيجة الاقتراع الذي قاطعته المعارضة وأدانه المجتمع الدولي غدا.",
        &[("المعارضة", ORG), ("المجتمع الدولي", ORG)],
    );
    let events = code_events_rules(&d);
    assert_eq!(names(&only(&events, "ACCUSE").actor), ["المجتمع الدولي"]);
}

#[test]
fn a_possessive_pronoun_on_an_act_names_who_did_it() {
    // خلال زيارته: the visit of the clause's subject.
    let d = doc(
        "وقال لافروف في مؤتمر صحفي خلال زيارته لقطر إن الحل سياسي.",
        &[("لافروف", PER), ("قطر", LOC)],
    );
    let events = code_events_rules(&d);
    assert_eq!(names(&only(&events, "CONSULT").actor), ["لافروف"]);
    // Through a relative clause: the one it names.
    let d = doc(
        "وذكر رودس الذي يرافق الرئيس أوباما في زيارته إلى كينيا أن المحادثات جيدة.",
        &[("رودس", PER), ("أوباما", PER), ("كينيا", LOC)],
    );
    let events = code_events_rules(&d);
    assert_eq!(names(&only(&events, "CONSULT").actor), ["أوباما"]);
    // A feminine pronoun does not go to a man.
    let d = doc(
        "وقال ماكرون إن الوزيرة تجاهلت القضية في زيارتها إلى طهران.",
        &[("ماكرون", PER), ("طهران", LOC)],
    );
    let events = code_events_rules(&d);
    assert!(
        events.iter().all(|e| !names(&e.actor).contains(&"ماكرون")),
        "{events:#?}"
    );
}

#[test]
fn court_sentences_and_trials_are_coded() {
    // قضت المحكمة بإعدام: SANCTION convict, the court its actor.
    let d = doc("وقضت المحكمة بإعدام المتهمين في القضية.", &[]);
    let events = code_events_rules(&d);
    let e = only(&events, "SANCTION");
    assert_eq!(e.mode, Some("convict"));
    assert_eq!(names(&e.actor), ["المحكمة"]);
    // A trial brings its accused to court (ACCUSE allege).
    let d = doc(
        "وتبدأ محاكمة الرئيس الأسبق محمد مرسي الأسبوع المقبل.",
        &[("محمد مرسي", PER)],
    );
    let events = code_events_rules(&d);
    assert_eq!(names(&only(&events, "ACCUSE").recipient), ["محمد مرسي"]);
    // المحكمة after a definite noun is "precise", no court.
    let d = doc(
        "وتقهقر المسلحون أمام الضربات المحكمة للجيش في الزبداني.",
        &[("الزبداني", LOC)],
    );
    let events = code_events_rules(&d);
    assert!(
        events.iter().all(|e| !names(&e.actor).contains(&"المحكمة")),
        "{events:#?}"
    );
}

#[test]
fn a_verb_of_speech_ends_the_search_for_an_object() {
    // وردا على مقتل الطفل أعلن الرئيس عباس: the speaker was not killed.
    let d = doc(
        "وردا على مقتل الطفل أعلن الرئيس الفلسطيني محمود عباس أنه سيتوجه إلى المحكمة.",
        &[("محمود عباس", PER)],
    );
    let events = code_events_rules(&d);
    assert!(
        events
            .iter()
            .all(|e| !names(&e.recipient).contains(&"محمود عباس")),
        "{events:#?}"
    );
}

#[test]
fn an_act_backed_away_from_is_not_asserted() {
    let d = doc(
        "وأكدت الحكومة أنها تراجعت عن محاكمة قادة المليشيات.",
        &[("الحكومة", ORG)],
    );
    let events = code_events_rules(&d);
    assert!(
        events
            .iter()
            .filter(|e| e.kind == "ACCUSE")
            .all(|e| e.modality != Modality::Asserted),
        "{events:#?}"
    );
    // A meeting after which someone backed down did take place.
    let d = doc(
        "لكنه تراجع بعد ذلك بعد اجتماعه مع رئيس النادي سامي الملحم.",
        &[("سامي الملحم", PER)],
    );
    let events = code_events_rules(&d);
    assert!(
        events
            .iter()
            .any(|e| e.kind == "CONSULT" && e.modality != Modality::Negated),
        "{events:#?}"
    );
}

#[test]
fn officials_named_by_office_alone_are_two_parties() {
    // الرئيس المصري وزير الخارجية الأمريكي: no name missed between them.
    let d = doc(
        "وهاجم الرئيس المصري وزير الخارجية الأمريكي في القاهرة.",
        &[("القاهرة", LOC)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "ASSAULT");
    assert_eq!(names(&e.actor), ["الرئيس المصري"]);
    assert_eq!(names(&e.recipient), ["وزير الخارجية الأمريكي"]);
    // A host and a visitor named by office: the visitor acts (PLOVER).
    let d = doc(
        "واستقبل الرئيس المصري وزير الخارجية الأمريكي في القاهرة.",
        &[("القاهرة", LOC)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "CONSULT");
    assert_eq!(names(&e.actor), ["وزير الخارجية الأمريكي"]);
    assert_eq!(names(&e.recipient), ["الرئيس المصري"]);
}

#[test]
fn members_of_a_force_after_a_partitive_name_the_force() {
    // أفراد/عناصر من X: X acted, in an agent phrase or as the subject.
    let d = doc(
        "وقال الطفل إنه اعتقل على يد أفراد من قوة حرس الحدود الإسرائيلية.",
        &[("قوة حرس الحدود الإسرائيلية", ORG)],
    );
    let e = only(&code_events_rules(&d), "COERCE").clone();
    assert_eq!(names(&e.actor), ["قوة حرس الحدود الإسرائيلية"]);
    assert!(e.recipient.is_empty(), "{:?}", e.recipient);
    let d = doc(
        "وفتح عناصر من حزب العمال الكردستاني النار على قافلة عسكرية.",
        &[("حزب العمال الكردستاني", ORG)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["حزب العمال الكردستاني"]);
    // After victims joined by و, members of a force still name it.
    let d = doc("وأسفر الهجوم عن مقتل مدنيين وأفراد من قوات الأمن.", &[]);
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.recipient), ["قوات الأمن"]);
    // Counted members are victims, not the force acting.
    let d = doc("قتل سبعة من عناصر الجماعة في اشتباكات مع قوات الأمن.", &[]);
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert!(!names(&e.actor).contains(&"الجماعة"), "{:?}", e.actor);
}

#[test]
fn definite_soldiers_can_act() {
    // الجنود with a count after them: subject and object, not a passive.
    let d = doc("قتل الجنود ثلاثة مسلحين.", &[]);
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["الجنود"]);
    // Killed in the attack: the soldiers were the victims.
    let d = doc("وقتل الجنود في الهجوم.", &[]);
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert!(e.actor.is_empty(), "{:?}", e.actor);
}

#[test]
fn shelling_from_the_side_of_a_force() {
    // من جانب X names the actor; after تعرض the verbal noun is what befell.
    let d = doc(
        "وتعرضت القرية لقصف مدفعي من جانب الجيش الإسرائيلي.",
        &[("الجيش الإسرائيلي", ORG)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["الجيش الإسرائيلي"]);
    assert_eq!(e.modality, Modality::Asserted);
}

#[test]
fn an_illness_is_no_wound() {
    for text in [
        "وأصيبت الفتاة بالفيروس بعد نقل دم ملوث.",
        "أصيب أكثر من 50 زائرا بتسمم غذائي أمس.",
    ] {
        let d = doc(text, &[]);
        let events = code_events_rules(&d);
        assert!(
            events.iter().all(|e| e.kind != "ASSAULT"),
            "{text}: {events:#?}"
        );
    }
    // A wound in an attack stays one.
    let d = doc("وأصيب ثلاثة جنود في هجوم مسلح أمس.", &[]);
    assert!(code_events_rules(&d).iter().any(|e| e.kind == "ASSAULT"));
}

#[test]
fn no_subject_before_the_verb_across_a_comma() {
    // A phrase, a comma, then the clause: the subject follows the verb.
    let d = doc(
        "ضمن مشاوراته مع الأطراف المعنية وأعضاء مجلس الأمن، زار مبعوث الأمم المتحدة ستيفان دي ميستورا بكين.",
        &[
            ("مجلس الأمن", ORG),
            ("الأمم المتحدة", ORG),
            ("ستيفان دي ميستورا", PER),
            ("بكين", LOC),
        ],
    );
    let e = only(&code_events_rules(&d), "CONSULT").clone();
    assert_eq!(names(&e.actor), ["ستيفان دي ميستورا"]);
}

#[test]
fn a_signing_verb_with_its_subject_inside_the_phrase() {
    // وقع اتفاقا split by its subject: the signer acts, the partner after مع.
    let d = doc(
        "ووقعت وزارة البترول اتفاقا للتنقيب عن النفط مع شركة إيني الإيطالية.",
        &[("وزارة البترول", ORG), ("شركة إيني الإيطالية", ORG)],
    );
    let e = only(&code_events_rules(&d), "AGREE").clone();
    assert_eq!(names(&e.actor), ["وزارة البترول"]);
    assert_eq!(names(&e.recipient), ["شركة إيني الإيطالية"]);
}

#[test]
fn offices_reach_their_names_and_requests_their_addressees() {
    // The office's place after إلى belongs to the title.
    let d = doc(
        "زار المبعوث الخاص إلى سورية ستافان دي ميستورا دمشق أمس.",
        &[("سورية", LOC), ("ستافان دي ميستورا", PER), ("دمشق", LOC)],
    );
    let e = only(&code_events_rules(&d), "CONSULT").clone();
    assert_eq!(names(&e.actor), ["ستافان دي ميستورا"]);
    // يطلب من X: X is asked, not the one asking.
    let d = doc(
        "أصدر مجلس الأمن قرارا يطلب من الأمين العام بان كي مون تقديم تقرير.",
        &[("مجلس الأمن", ORG), ("بان كي مون", PER)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "REQUEST");
    assert!(!names(&e.actor).contains(&"بان كي مون"), "{events:#?}");
    // بيان صادر عن: a statement issued, nothing confiscated.
    let d = doc("وقال بيان صادر عن وزارة الخارجية إن الوضع مستقر.", &[]);
    assert!(code_events_rules(&d).iter().all(|e| e.kind != "COERCE"));
}

#[test]
fn an_office_in_construct_is_held_by_the_name_after_its_owner() {
    // سفير خادم الحرمين الشريفين نبيل آل صالح: the ambassador, not the king.
    let d = doc(
        "وأشاد سفير خادم الحرمين الشريفين لدى أستراليا نبيل آل صالح بجهود الجالية.",
        &[
            ("خادم الحرمين الشريفين", PER),
            ("أستراليا", LOC),
            ("نبيل آل صالح", PER),
        ],
    );
    let e = only(&code_events_rules(&d), "SUPPORT").clone();
    assert_eq!(names(&e.actor), ["نبيل آل صالح"]);
    // The owner's title and name as two mentions of one person: the envoy
    // is still the name after both.
    let text = "واجتمع الأسد بمبعوث رئيس الوزراء العراقي حيدر العبادي مستشار الأمن الوطني فالح الفياض في دمشق.";
    let mut d = doc(text, &[("الأسد", PER), ("فالح الفياض", PER), ("دمشق", LOC)]);
    let at = |s: &str| {
        let i = text.find(s).unwrap();
        Span::new(i, i + s.len())
    };
    d.entities.push(Entity::unlinked(
        "حيدر العبادي".to_string(),
        PER,
        false,
        vec![at("رئيس الوزراء العراقي"), at("حيدر العبادي")],
    ));
    let e = only(&code_events_rules(&d), "CONSULT").clone();
    let parties: Vec<&str> = names(&e.actor)
        .into_iter()
        .chain(names(&e.recipient))
        .collect();
    assert!(parties.contains(&"فالح الفياض"), "{e:#?}");
    assert!(!parties.contains(&"حيدر العبادي"), "{e:#?}");
    // A masculine verb with و before a country named without the article:
    // the country is its object, the subject carries on.
    let d = doc(
        "وزاد البنك المركزي الأوروبي تمويله للمصارف اليونانية، وحث أوروبا على إيجاد حل.",
        &[("البنك المركزي الأوروبي", ORG), ("أوروبا", LOC)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "REQUEST");
    assert!(!names(&e.actor).contains(&"أوروبا"), "{events:#?}");
}

#[test]
fn the_second_of_two_verbal_nouns_after_a_preposition_is_a_noun() {
    // في كشف وضبط خلايا: the cells were seized, they seized nothing.
    let d = doc(
        "وأشاد المجلس بنجاح الأجهزة الأمنية في كشف وضبط خلايا إرهابية.",
        &[],
    );
    let events = code_events_rules(&d);
    for e in events.iter().filter(|e| e.kind == "COERCE") {
        assert!(!names(&e.actor).contains(&"خلايا إرهابية"), "{events:#?}");
    }
    // After a name, a verb with و stays a verb (في ليبيا وخطف أجانب).
    let d = doc(
        "واستغل تنظيم داعش الفراغ للتوسع في ليبيا وخطف أجانب.",
        &[("تنظيم داعش", ORG), ("ليبيا", LOC)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["تنظيم داعش"]);
}

#[test]
fn a_verb_of_asking_without_its_own_subject_asks_the_party_after_it() {
    // The clause carries its subject on; the feminine party after the
    // masculine verb is asked, not the asker.
    let d = doc(
        "ندد الأمين العام نبيل العربي بالقصف، وطالب الحكومة التركية باحترام سيادة العراق.",
        &[("نبيل العربي", PER), ("الحكومة التركية", ORG)],
    );
    let ev = code_events_rules(&d);
    let e = only(&ev, "REQUEST");
    assert_eq!(names(&e.actor), ["نبيل العربي"]);
    assert_eq!(names(&e.recipient), ["الحكومة التركية"]);
    // Spoken in the first person: the party after the verb is asked.
    let d = doc(
        "وقال إن المنظمة تتابع الوضع: «ندعو المجتمع الدولي إلى حماية المدنيين».",
        &[("المجتمع الدولي", ORG)],
    );
    let ev = code_events_rules(&d);
    let e = only(&ev, "REQUEST");
    assert_eq!(names(&e.recipient), ["المجتمع الدولي"]);
}

#[test]
fn a_verb_the_entity_layer_read_as_a_one_word_name_opens_its_clause() {
    // دان "condemned", tagged as the name Dan, before its subject.
    let d = doc(
        "ودان الوجهاء، في بيان، الجريمة الإرهابية في البلدة.",
        &[("دان", PER)],
    );
    let ev = code_events_rules(&d);
    let e = only(&ev, "ACCUSE");
    assert_eq!(names(&e.actor), ["الوجهاء"]);
    // A place is not read as a verb (وتشاد المجاورة لها).
    let d = doc(
        "عملية مشتركة تضم نيجيريا وتشاد المجاورة لها.",
        &[("نيجيريا", LOC), ("تشاد", LOC)],
    );
    assert!(
        code_events_rules(&d).is_empty(),
        "{:#?}",
        code_events_rules(&d)
    );
}

#[test]
fn stabbing_and_beheading_are_attacks_an_appeal_is_not() {
    let d = doc("وطعن مسلحون شرطيا بسكين قرب الخليل.", &[("الخليل", LOC)]);
    only(&code_events_rules(&d), "ASSAULT");
    let d = doc(
        "وقال المتحدث إن تنظيم داعش قطع رأس إحدى النساء.",
        &[("داعش", ORG)],
    );
    let ev = code_events_rules(&d);
    assert_eq!(names(&only(&ev, "ASSAULT").actor), ["داعش"]);
    // طعن "appealed": a court case, no violence.
    let d = doc("وطعن المحامي في الحكم أمام محكمة الاستئناف.", &[]);
    assert!(
        code_events_rules(&d).is_empty(),
        "{:#?}",
        code_events_rules(&d)
    );
}

#[test]
fn a_platform_is_where_words_were_said_not_who_acted() {
    let d = doc(
        "وقال جيش الفتح على صفحته في موقع «فيسبوك»، إن مقاتليه فجروا مبنى لقوات النظام.",
        &[("جيش الفتح", ORG), ("فيسبوك", ORG), ("قوات النظام", ORG)],
    );
    let ev = code_events_rules(&d);
    let e = only(&ev, "ASSAULT");
    assert!(names(&e.actor).iter().all(|a| *a != "فيسبوك"), "{e:#?}");
}

#[test]
fn a_speaking_bodys_own_forces_acted_and_it_claims_it() {
    let mut d = doc(
        "وأعلن تنظيم داعش أن مقاتليه هاجموا مواقع الجيش العراقي.",
        &[("تنظيم داعش", ORG)],
    );
    marsad_quote::QuoteLayer.annotate(&mut d);
    let ev = code_events_rules(&d);
    let e = only(&ev, "ASSAULT");
    assert_eq!(names(&e.actor), ["تنظيم داعش"]);
    assert_eq!(e.modality, Modality::Claimed);
    // After the act they are its object: ضبط عناصره is no act of the speaker.
    let mut d = doc(
        "وقالت الوزارة إنها لن تتهاون في ملاحقة التنظيم وضبط عناصره.",
        &[("الوزارة", ORG)],
    );
    marsad_quote::QuoteLayer.annotate(&mut d);
    for e in code_events_rules(&d) {
        assert!(
            e.actor.is_empty() || e.modality != Modality::Claimed,
            "{e:#?}"
        );
    }
}

#[test]
fn a_party_asked_with_min_is_the_recipient() {
    let d = doc(
        "وطالبت رئاسة الإقليم من حزب العمال الكردستاني إخراج قواعده من الإقليم.",
        &[("رئاسة الإقليم", ORG), ("حزب العمال الكردستاني", ORG)],
    );
    let ev = code_events_rules(&d);
    let e = only(&ev, "REQUEST");
    assert_eq!(names(&e.actor), ["رئاسة الإقليم"]);
    assert_eq!(names(&e.recipient), ["حزب العمال الكردستاني"]);
    // A title's name is not looked for past من: the one asked is named there.
    let d = doc(
        "وطلب الرئيس من وزير الخارجية عادل الجبير متابعة الملف.",
        &[("عادل الجبير", PER)],
    );
    let ev = code_events_rules(&d);
    let e = only(&ev, "REQUEST");
    assert!(!names(&e.actor).contains(&"عادل الجبير"), "{e:#?}");
    // من before a place says where from, not who is asked.
    let d = doc("ودعا الرئيس من الرياض إلى الحوار.", &[("الرياض", LOC)]);
    let ev = code_events_rules(&d);
    assert!(only(&ev, "REQUEST").recipient.is_empty(), "{ev:#?}");
}

#[test]
fn provided_with_an_object_pronoun_is_no_flight() {
    // وفّرته: وفّر "provided", not و + فرّ "fled", which takes no object.
    let d = doc(
        "وبغطاء جوي كثيف وفرته طائرات التحالف تقدمت القوات.",
        &[("التحالف", ORG)],
    );
    let ev = code_events_rules(&d);
    assert!(ev.iter().all(|e| e.kind != "RETREAT"), "{ev:#?}");
}

#[test]
fn security_as_a_value_is_no_actor() {
    let d = doc("وأكد أن الإرهاب أصبح يهدد الأمن والاستقرار في المنطقة.", &[]);
    for e in code_events_rules(&d) {
        assert!(
            names(&e.actor).iter().all(|a| !a.contains("الأمن")),
            "{e:#?}"
        );
    }
    // The force still acts (وهدد الأمن بملاحقة المخالفين).
    let d = doc("وهدد الأمن بملاحقة المخالفين.", &[]);
    let ev = code_events_rules(&d);
    assert_eq!(names(&only(&ev, "THREATEN").actor), ["الأمن"]);
}

#[test]
fn a_feminine_verb_before_a_masculine_title_takes_it_as_object() {
    let d = doc(
        "وكشفت اعترافات من قيادات أمنية تدين رئيس الوزراء السابق نوري المالكي.",
        &[("نوري المالكي", PER)],
    );
    let ev = code_events_rules(&d);
    let e = only(&ev, "ACCUSE");
    assert!(e.actor.is_empty(), "{e:#?}");
    assert_eq!(names(&e.recipient), ["نوري المالكي"]);
    // A feminine title is the subject (أدانت المتحدثة باسم الوزارة).
    let d = doc(
        "وأدانت وزيرة الخارجية جولي بيشوب الهجوم.",
        &[("جولي بيشوب", PER)],
    );
    let ev = code_events_rules(&d);
    assert_eq!(names(&only(&ev, "ACCUSE").actor), ["جولي بيشوب"]);
}

#[test]
fn a_force_of_a_unit_of_a_place_is_named_whole() {
    let d = doc(
        "وقال المتحدث العسكري إن قوات قطاع تأمين شمال سيناء قتلت 88 عنصرا إرهابيا.",
        &[("شمال سيناء", LOC)],
    );
    let ev = code_events_rules(&d);
    assert_eq!(
        names(&only(&ev, "ASSAULT").actor),
        ["قوات قطاع تأمين شمال سيناء"]
    );
    // A building where it happened keeps its place for the event.
    let d = doc(
        "وقتل خمسة أشخاص في انفجار سيارة مفخخة أمام مديرية صحة صلاح الدين.",
        &[("صلاح الدين", LOC)],
    );
    let ev = code_events_rules(&d);
    let place = only(&ev, "ASSAULT").place.as_ref().map(|p| p.name.as_str());
    assert_eq!(place, Some("صلاح الدين"), "{ev:#?}");
}

#[test]
fn a_meeting_noun_with_its_pronoun_met_the_party_after_it() {
    // لقائه: the hamza takes a seat before the pronoun; the pronoun is the
    // subject of the clause's verb, the phrase after the noun whom he met.
    let d = doc(
        "وبحث الرئيس عبد ربه منصور هادي خلال لقائه وزير الخارجية عادل الجبير الأوضاع.",
        &[("عبد ربه منصور هادي", PER), ("عادل الجبير", PER)],
    );
    let ev = code_events_rules(&d);
    let e = only(&ev, "CONSULT");
    assert_eq!(names(&e.actor), ["عبد ربه منصور هادي"]);
    assert_eq!(names(&e.recipient), ["عادل الجبير"]);
}

#[test]
fn a_body_named_in_brackets_after_its_head_is_the_body() {
    let d = doc(
        "وهاجم عناصر تنظيم (داعش) نقطة تفتيش في الرمادي.",
        &[("داعش", ORG), ("الرمادي", LOC)],
    );
    let ev = code_events_rules(&d);
    assert_eq!(names(&only(&ev, "ASSAULT").actor), ["داعش"]);
}

#[test]
fn ground_a_subject_managed_to_take_is_told_as_done() {
    // تمكن X من + verbal noun: the act happened, with no date or count.
    let d = doc(
        "تمكنت المقاومة الشعبية من السيطرة على جبل يسوف في تعز.",
        &[("المقاومة الشعبية", ORG), ("تعز", LOC)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["المقاومة الشعبية"]);
    // Its subject after an adverb with its pronoun; a bare place noun taken
    // is ground, not a party.
    let d = doc(
        "ودارت مواجهات عنيفة، تمكنت خلالها المقاومة من السيطرة على المديرية بشكل كامل.",
        &[("المقاومة", ORG)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["المقاومة"]);
    assert!(e.recipient.is_empty(), "{:?}", e.recipient);
    // Without a subject that managed it, the bare noun is a topic.
    let d = doc(
        "وتحدث الوزير عن السيطرة على جبل يسوف في تعز.",
        &[("تعز", LOC)],
    );
    assert!(code_events(&d).iter().all(|e| e.kind != "ASSAULT"));
}

#[test]
fn who_held_freed_ground_is_the_recipient() {
    // حرر X المكان من Y: Y held it.
    let d = doc(
        "حررت القوات العراقية أمس مدينة تكريت من داعش.",
        &[
            ("القوات العراقية", ORG),
            ("مدينة تكريت", LOC),
            ("داعش", ORG),
        ],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["القوات العراقية"]);
    assert_eq!(names(&e.recipient), ["داعش"]);
    assert_eq!(e.place.unwrap().name, "مدينة تكريت");
    // A place in Y's hands (كان في قبضة Y، الخاضعة لسيطرة Y).
    let d = doc(
        "سيطرت المقاومة أمس على موقع استراتيجي كان في قبضة الحوثيين.",
        &[("المقاومة", ORG), ("الحوثيين", ORG)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.recipient), ["الحوثيين"]);
    // من جديد is no party.
    let d = doc(
        "استعاد الجيش أمس السيطرة على مدينة تكريت من جديد.",
        &[("الجيش", ORG), ("مدينة تكريت", LOC)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert!(e.recipient.is_empty(), "{:?}", e.recipient);
}

#[test]
fn still_only_and_unless_are_no_negation() {
    // لا تزال: still going on.
    let mut d = doc(
        "ولا تزال الاشتباكات متواصلة بين الجيش والمسلحين في الموصل.",
        &[("الجيش", ORG), ("الموصل", LOC)],
    );
    time(&mut d, "في الموصل", "2021-11-26");
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(e.modality, Modality::Asserted);
    // لن … سوى: only that.
    let d = doc(
        "وقالت الحكومة إنها لن تبحث سوى انسحاب المتمردين من مدينة عدن.",
        &[("الحكومة", ORG), ("مدينة عدن", LOC)],
    );
    let e = only(&code_events(&d), "RETREAT").clone();
    assert_ne!(e.modality, Modality::Negated);
    // ما لم: unless, a condition.
    let d = doc(
        "وقال التنظيم إنه سيقتل الرهينة ما لم تفرج الحكومة المصرية عن المعتقلات.",
        &[("التنظيم", ORG), ("الحكومة المصرية", ORG)],
    );
    for e in code_events(&d) {
        assert_ne!(e.modality, Modality::Negated, "{e:?}");
    }
}

#[test]
fn a_word_after_the_trigger_may_give_it_another_sense() {
    // رفض … التعليق: declined to comment, across its subject.
    let d = doc(
        "ورفض المتحدث باسم الوزارة التعليق على التقرير.",
        &[("المتحدث باسم الوزارة", PER)],
    );
    assert!(code_events(&d).iter().all(|e| e.kind != "REJECT"));
    let d = doc(
        "ورفضت الحكومة مطالب المعارضة.",
        &[("الحكومة", ORG), ("المعارضة", ORG)],
    );
    assert_eq!(names(&only(&code_events(&d), "REJECT").actor), ["الحكومة"]);
    // أصيب … برعب: struck with fear.
    let d = doc(
        "وأصيب السكان برعب شديد بعد الانفجار في بغداد.",
        &[("بغداد", LOC)],
    );
    assert!(code_events(&d)
        .iter()
        .all(|e| e.kind != "ASSAULT" || !d.text[e.trigger.start..e.trigger.end].contains("أصيب")));
}

#[test]
fn a_party_asked_after_min_may_be_unnamed() {
    // طلب X من الحكومة: a body by its head word, unnamed.
    let d = doc("وطلب الوزير من الحكومة إرسال قوات إلى المنطقة.", &[]);
    let e = only(&code_events(&d), "REQUEST").clone();
    assert_eq!(names(&e.recipient), ["الحكومة"]);
    // A place after من is where the call was made, not who was asked.
    let d = doc("ودعا الرئيس من المطار إلى الهدوء.", &[]);
    let e = only(&code_events(&d), "REQUEST").clone();
    assert!(e.recipient.is_empty(), "{:?}", e.recipient);
}

#[test]
fn arms_given_to_a_side_and_an_addressee_after_an_adverb() {
    let d = doc(
        "وزودت الولايات المتحدة المعارضة السورية بالأسلحة.",
        &[("الولايات المتحدة", LOC), ("المعارضة السورية", ORG)],
    );
    let e = only(&code_events(&d), "AID").clone();
    assert_eq!(names(&e.actor), ["الولايات المتحدة"]);
    assert_eq!(names(&e.recipient), ["المعارضة السورية"]);
    // Arms shown, given to no one, are no aid.
    let d = doc("وقدم الوزير أسلحة الحرب الكيميائية كدليل.", &[]);
    assert!(code_events(&d).iter().all(|e| e.kind != "AID"));
    // The one asked after an adverb.
    let d = doc_n(
        "ودعا والد الرهينة أيضا السلطات الفرنسية إلى التعاون.",
        &[("السلطات الفرنسية", ORG)],
        &[("والد الرهينة", PER)],
    );
    let e = only(&code_events(&d), "REQUEST").clone();
    assert_eq!(names(&e.recipient), ["السلطات الفرنسية"]);
}

#[test]
fn a_time_of_another_act_is_not_the_events_date() {
    // منذ + another act + its time.
    let mut d = doc(
        "وقتل ستة أشخاص في هجوم انتحاري في كابول هو الأول منذ إعلان وفاة زعيمهم الأسبوع الماضي.",
        &[("كابول", LOC)],
    );
    time(&mut d, "الأسبوع الماضي", "2021-W46");
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(e.date, None);
    // منذ + the event's own act dates it.
    let mut d = doc(
        "وتنص الخطة على ما ورد منذ اتفاق أربيل عام 2009 بين الحزبين.",
        &[("أربيل", LOC)],
    );
    time(&mut d, "عام 2009", "2009");
    let e = only(&code_events(&d), "AGREE").clone();
    assert_eq!(e.date.as_ref().map(|(v, _)| v.as_str()), Some("2009"));
    // A charge's content dates the act charged, not the charge.
    let mut d = doc(
        "واستنكر المتحدث اتهامات المنظمة للتحالف بأن طائراته قصفت مدنيين في 24 يوليو.",
        &[("المتحدث", PER), ("المنظمة", ORG)],
    );
    time(&mut d, "24 يوليو", "2021-07-24");
    for e in code_events(&d).iter().filter(|e| e.kind == "ACCUSE") {
        assert_eq!(e.date, None, "{e:?}");
    }
}

#[test]
fn a_place_that_acts_or_describes_is_not_where_it_happened() {
    // The subject of a verb with its object pronoun acts.
    let d = doc(
        "وهاجمت جبهة النصرة مقاتلين دربتهم واشنطن أمس.",
        &[("جبهة النصرة", ORG), ("واشنطن", LOC)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert!(e.place.is_none(), "{:?}", e.place);
    // An adjective after an indefinite noun: a Syrian jet fell on Ariha.
    let d = doc(
        "وقتل 12 شخصا حين سقطت مقاتلة سورية على سوق في بلدة أريحا.",
        &[("سورية", LOC), ("بلدة أريحا", LOC)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(e.place.unwrap().name, "بلدة أريحا");
}

#[test]
fn a_sortie_is_a_strike_only_with_its_target() {
    let d = doc(
        "ونفذت طائرات التحالف 15 طلعة جوية على مواقع داعش أمس.",
        &[("التحالف", ORG), ("داعش", ORG)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(e.mode, Some("aerial"));
    assert_eq!(names(&e.recipient), ["داعش"]);
    let d = doc("ونفذت الطائرات طلعات جوية استطلاعية فوق الحدود أمس.", &[]);
    assert!(code_events(&d).iter().all(|e| e.kind != "ASSAULT"));
}

#[test]
fn a_title_and_the_name_after_it_are_one_actor_before_the_object() {
    let text = "اتهم الرئيس التركي رجب طيب أردوغان أوروبا بالتقصير.";
    let mut d = doc(text, &[("أوروبا", LOC)]);
    let span = |s: &str| {
        let i = text.find(s).unwrap();
        Span::new(i, i + s.len())
    };
    d.entities.push(Entity::unlinked(
        "رجب طيب أردوغان",
        PER,
        false,
        vec![span("الرئيس التركي"), span("رجب طيب أردوغان")],
    ));
    let e = only(&code_events(&d), "ACCUSE").clone();
    assert_eq!(names(&e.actor), ["رجب طيب أردوغان"]);
    assert_eq!(names(&e.recipient), ["أوروبا"]);
}

#[test]
fn a_verbal_noun_with_its_doer_aims_at_the_party_after_li() {
    let d = doc(
        "وجاء ذلك بعد انتقادات واشنطن لموسكو.",
        &[("واشنطن", LOC), ("موسكو", LOC)],
    );
    let e = only(&code_events(&d), "ACCUSE").clone();
    assert_eq!(names(&e.actor), ["واشنطن"]);
    assert_eq!(names(&e.recipient), ["موسكو"]);
    // The ل of an adjective of the doer is the adjective's own.
    let d = doc(
        "وجاء ذلك بعد اتهامات القوات الموالية لإيران.",
        &[("القوات الموالية", ORG), ("إيران", LOC)],
    );
    let e = only(&code_events(&d), "ACCUSE").clone();
    assert_eq!(names(&e.actor), ["القوات الموالية"]);
    assert!(e.recipient.is_empty(), "{:?}", e.recipient);
}

#[test]
fn killed_and_wounded_in_one_total_are_neither_count() {
    let mut d = doc("وأسفر الهجوم عن مقتل وإصابة 35 شخصا.", &[]);
    marsad_quantity::QuantityLayer.annotate(&mut d);
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(e.counts.dead, None);
    assert_eq!(e.counts.injured, None);
    assert_eq!(e.counts.killed_or_injured, Some(35.0));
    let mut d = doc("وأسفر الهجوم عن مقتل 5 وإصابة 35 شخصا.", &[]);
    marsad_quantity::QuantityLayer.annotate(&mut d);
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!((e.counts.dead, e.counts.injured), (Some(5.0), Some(35.0)));
}

#[test]
fn subjects_joined_by_wa_before_the_verb_all_act() {
    let d = doc(
        "وقال إن الجيش الوطني والمقاومة الشعبية سيطرا على قاعدة العند.",
        &[("الجيش الوطني", ORG), ("المقاومة الشعبية", ORG)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["الجيش الوطني", "المقاومة الشعبية"]);
}

#[test]
fn the_party_an_actor_is_believed_to_belong_to_acted_allegedly() {
    let d = doc(
        "وهاجم مسلحون يعتقد أنهم من حركة الشباب قاعدة عسكرية.",
        &[("حركة الشباب", ORG)],
    );
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["حركة الشباب"]);
    assert!(!names(&e.recipient).contains(&"حركة الشباب"));
    assert_eq!(e.modality, Modality::Alleged);
}

#[test]
fn the_liquidated_are_counted_dead() {
    let mut d = doc(
        "وأعلن الجيش تصفية 12 عنصرا من داعش في كمين.",
        &[("الجيش", ORG), ("داعش", ORG)],
    );
    marsad_quantity::QuantityLayer.annotate(&mut d);
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(e.counts.dead, Some(12.0));
}

#[test]
fn the_body_a_spokesman_serves_reports_its_own_arrest() {
    // The entity layer makes the office and its body one unnamed person;
    // the arrest it announces is the body's.
    let d = doc_n(
        "وأضاف الناطق الإعلامي لشرطة المنطقة الشرقية أنه تم القبض على شخصين أمس.",
        &[("شرطة المنطقة الشرقية", ORG)],
        &[("الناطق الإعلامي لشرطة المنطقة الشرقية", PER)],
    );
    let e = only(&code_events_rules(&d), "COERCE").clone();
    assert_eq!(names(&e.actor), ["شرطة المنطقة الشرقية"]);
}

#[test]
fn a_request_opening_a_sentence_continues_the_speaker_before() {
    // After وقال X إن … the next sentence's وطالب (its object right after
    // it, no subject) is X's, not the protesters' X spoke of, and a person
    // speaking does not name the group a lead described.
    let d = doc_n(
        "جاءت هذه المطالبة في وقفة احتجاجية نظمها مسيحيو سهل نينوى أمس. وقال متى حداد للصحفيين إن المئات يقفون محتجين. وطالب الحكومة الاتحادية بالإسراع بتحرير مناطقهم.",
        &[("متى حداد", PER), ("سهل نينوى", LOC)],
        &[("الحكومة الاتحادية", ORG)],
    );
    let events = code_events_rules(&d);
    let asked: Vec<_> = events
        .iter()
        .filter(|e| e.kind == "REQUEST" && names(&e.recipient) == ["الحكومة الاتحادية"])
        .collect();
    assert_eq!(asked.len(), 1, "{events:#?}");
    assert_eq!(names(&asked[0].actor), ["متى حداد"]);
    // The body that spoke, not its spokesman named after it.
    let d = doc(
        "وأكدت الخارجية المصرية على لسان متحدثها أحمد أبو زيد تضامن مصر مع السعودية. وطالبت بضرورة تكاتف الجهود الدولية لمكافحة الإرهاب.",
        &[
            ("الخارجية المصرية", ORG),
            ("أحمد أبو زيد", PER),
            ("مصر", LOC),
            ("السعودية", LOC),
        ],
    );
    let e = only(&code_events_rules(&d), "REQUEST").clone();
    assert_eq!(names(&e.actor), ["الخارجية المصرية"]);
}

#[test]
fn commandos_and_forces_of_a_named_body_are_that_body() {
    let mut d = doc(
        "تمت تصفية 12 عنصرا من داعش في كمين لمغاوير الشرطة الاتحادية أمس.",
        &[("داعش", ORG), ("الشرطة الاتحادية", ORG)],
    );
    time(&mut d, "أمس", "2021-11-26");
    count(&mut d, "12 عنصرا", 12.0);
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["الشرطة الاتحادية"]);
    assert_eq!(names(&e.recipient), ["داعش"]);
    let mut d = doc(
        "وشنت قوات من الجيش السوري هجوما على مواقع المعارضة أمس.",
        &[("الجيش السوري", ORG), ("المعارضة", ORG)],
    );
    time(&mut d, "أمس", "2021-11-26");
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["الجيش السوري"]);
}

#[test]
fn control_of_a_fire_is_no_attack() {
    let mut d = doc(
        "سيطرت وحدات الدفاع المدني بالعاصمة المقدسة على حريق نشب في مطبخ أمس.",
        &[("الدفاع المدني", ORG)],
    );
    time(&mut d, "أمس", "2021-11-26");
    let ev = code_events_rules(&d);
    assert!(ev.iter().all(|e| e.kind != "ASSAULT"), "{ev:#?}");
}

#[test]
fn a_past_form_that_is_also_a_noun_is_the_noun_after_a_preposition() {
    // سجن "prison", أبعد "farther", نسق "pattern", صفي "my row".
    for text in [
        "وكانوا يواجهون التعذيب في سجن طمينة بمصراتة.",
        "وذهبت الحكومة إلى أبعد من ذلك.",
        "وجاءت الموسيقى على نسق العام السابق.",
        "علي أن أجعل البرلمان في صفي.",
    ] {
        let d = doc(text, &[]);
        assert!(code_events(&d).is_empty(), "{text}: {:#?}", code_events(&d));
    }
    // The verbs themselves still are.
    let d = doc("وسجنت السلطات المعارض ثلاث سنوات.", &[("السلطات", ORG)]);
    only(&code_events(&d), "COERCE");
    let d = doc(
        "وأبعدت السلطات الكويتية عشرة وافدين.",
        &[("السلطات الكويتية", ORG)],
    );
    only(&code_events(&d), "COERCE");
}

#[test]
fn a_force_of_a_named_person_or_group_stands_for_them() {
    // قوات صالح، قوات المقاومة الشعبية: not the bare head قوات.
    let d = doc(
        "وقصف الحوثيون وقوات صالح أحياء مدينة تعز.",
        &[("الحوثيون", ORG), ("صالح", PER), ("تعز", LOC)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["الحوثيون", "صالح"]);
    let d = doc(
        "وسيطرت قوات المقاومة الشعبية على حي صبر.",
        &[("المقاومة الشعبية", ORG), ("حي صبر", LOC)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["المقاومة الشعبية"]);
    assert_eq!(d.slice(e.actor[0].span), "قوات المقاومة الشعبية");
}

#[test]
fn an_attack_verb_after_an_indefinite_attack_noun_describes_it() {
    // غارات جوية استهدفت قوات صالح: the raids targeted Saleh's forces,
    // which did not attack.
    let d = doc(
        "وشن طيران التحالف غارات جوية استهدفت قوات صالح.",
        &[("طيران التحالف", ORG), ("صالح", PER)],
    );
    let ev = code_events_rules(&d);
    let e = only(&ev, "ASSAULT");
    assert_eq!(names(&e.actor), ["طيران التحالف"], "{ev:#?}");
    assert_eq!(names(&e.recipient), ["صالح"], "{ev:#?}");
    // A clause with a subject of its own after an attack noun keeps it.
    let d = doc(
        "وفي هجوم انتحاري اتهمت السلطات التركية تنظيم داعش بتنفيذه.",
        &[("السلطات التركية", ORG), ("تنظيم داعش", ORG)],
    );
    let e = only(&code_events_rules(&d), "ACCUSE").clone();
    assert_eq!(names(&e.actor), ["السلطات التركية"]);
}

#[test]
fn a_verb_joined_by_wa_does_not_take_the_target_before_as_its_subject() {
    let d = doc(
        "قصفت الطائرات مواقع الحوثيين، وشنت غارات على معسكر صحن الجن.",
        &[("الحوثيين", ORG)],
    );
    let ev = code_events_rules(&d);
    assert!(
        ev.iter().all(|e| !names(&e.actor).contains(&"الحوثيين")),
        "{ev:#?}"
    );
    // Another kind of act: neither the target nor the attacker.
    let d = doc(
        "استهدف طيران التحالف بغارات عنيفة مواقع الحوثيين، وأشادت شخصيتان يمنيتان بدور المملكة.",
        &[("طيران التحالف", ORG), ("الحوثيين", ORG)],
    );
    let ev = code_events_rules(&d);
    let e = only(&ev, "SUPPORT");
    assert!(e.actor.is_empty(), "{ev:#?}");
}

#[test]
fn a_number_of_a_time_is_no_victim() {
    // قتلوا after a counted group, with only a duration after it: the
    // passive, the group what it befell.
    let mut d = doc(
        "وقال مصدر إن 18 من مسلحي جماعة الحوثي قتلوا خلال 24 ساعة.",
        &[("جماعة الحوثي", ORG)],
    );
    time(&mut d, "24 ساعة", "PT24H");
    let ev = code_events_rules(&d);
    let e = only(&ev, "ASSAULT");
    assert!(e.actor.is_empty(), "{ev:#?}");
    assert_eq!(names(&e.recipient), ["جماعة الحوثي"]);
}

#[test]
fn a_form_after_a_word_of_cause_is_the_verbal_noun() {
    // جراء قصف: 'because of shelling', not 'he shelled' with the group
    // killed before it as its subject.
    let d = doc(
        "قتل 13 عنصرا من تنظيم داعش جراء قصف على مناطق سيطرتهم.",
        &[("تنظيم داعش", ORG)],
    );
    let ev = code_events_rules(&d);
    let e = only(&ev, "ASSAULT");
    assert!(e.actor.is_empty(), "{ev:#?}");
    assert_eq!(names(&e.recipient), ["تنظيم داعش"]);
}

#[test]
fn ground_held_is_no_seizure() {
    for text in [
        "قصفت الطائرات مناطق سيطرة تنظيم داعش في الرقة.",
        "وقصفت الطائرات مواقع تنظيم داعش في مناطق سيطرتهم.",
    ] {
        let d = doc(text, &[("تنظيم داعش", ORG)]);
        let ev = code_events_rules(&d);
        assert_eq!(ev.len(), 1, "{text}: {ev:#?}");
        assert_eq!(
            &d.text[ev[0].trigger.start..ev[0].trigger.end],
            "قصفت",
            "{text}"
        );
    }
    // A relative verb with على takes ground.
    let d = doc("قصفت الطائرات قرى سيطرت عليها داعش أمس.", &[("داعش", ORG)]);
    let ev = code_events_rules(&d);
    assert!(ev.iter().any(|e| names(&e.actor) == ["داعش"]), "{ev:#?}");
}

#[test]
fn the_body_in_the_genitive_of_an_attack_noun_fired() {
    // Before a target with على, before one in the accusative, or as the
    // cause of a loss.
    for (text, force) in [
        (
            "وأعلنت إدارة المستشفى مقتل 9 أشخاص في قصف القوات الحكومية على المدينة.",
            "القوات الحكومية",
        ),
        (
            "وقال إن 63 شخصا لقوا مصرعهم جراء قصف قوات النظام العديد من المدن.",
            "قوات النظام",
        ),
        (
            "وقال الانفصاليون إن رجلا قتل جراء قصف القوات الأوكرانية في وسط دونيتسك.",
            "القوات الأوكرانية",
        ),
        (
            "وأفادت مصادر بأن مدنيين أصيبوا نتيجة قصف مسلحي الحوثيين على جامع البخاري.",
            "الحوثيين",
        ),
    ] {
        let d = doc(text, &[(force, ORG)]);
        let ev = code_events_rules(&d);
        assert!(
            ev.iter()
                .any(|e| e.kind == "ASSAULT" && names(&e.actor) == [force]),
            "{text}: {ev:#?}"
        );
        assert!(
            ev.iter().all(|e| !names(&e.recipient).contains(&force)),
            "{text}: {ev:#?}"
        );
    }
    // The target in the genitive stays the target.
    let d = doc("قتل 3 جراء قصف مواقع الحوثيين أمس.", &[("الحوثيين", ORG)]);
    let ev = code_events_rules(&d);
    let e = only(&ev, "ASSAULT");
    assert_eq!(names(&e.recipient), ["الحوثيين"], "{ev:#?}");
}

#[test]
fn a_present_relative_light_verb_names_the_doer() {
    let d = doc(
        "تواصلت المجازر التي ترتكبها قوات النظام في سوريا.",
        &[("قوات النظام", ORG), ("سوريا", LOC)],
    );
    let ev = code_events_rules(&d);
    let e = only(&ev, "ASSAULT");
    assert_eq!(names(&e.actor), ["قوات النظام"], "{ev:#?}");
    // Not of a noun with its pronoun, its doer: what they condemn.
    let d = doc(
        "كما أعرب الطرفان عن إدانتهما أعمال الإرهاب التي يرتكبها داعش.",
        &[("داعش", ORG)],
    );
    let ev = code_events_rules(&d);
    assert!(
        ev.iter().all(|e| !names(&e.actor).contains(&"داعش")),
        "{ev:#?}"
    );
}

#[test]
fn a_name_set_off_by_commas_after_a_title_holds_it() {
    let d = doc(
        "واستقبل وزير الخارجية، عادل الجبير، نظيره الفرنسي لوران فابيوس.",
        &[("عادل الجبير", PER), ("لوران فابيوس", PER)],
    );
    let ev = code_events_rules(&d);
    let e = only(&ev, "CONSULT");
    assert_eq!(names(&e.recipient), ["عادل الجبير"], "{ev:#?}");
    let d = doc(
        "من جانبه، هاجم رئيس حكومة الاحتلال، بنيامين نتنياهو، الأحد، السلطة الفلسطينية.",
        &[("بنيامين نتنياهو", PER), ("السلطة الفلسطينية", ORG)],
    );
    let ev = code_events_rules(&d);
    assert!(
        ev.iter()
            .all(|e| !names(&e.recipient).contains(&"بنيامين نتنياهو")),
        "{ev:#?}"
    );
    // Not a name after the verb the title is the subject of.
    let d = doc(
        "وكان الرئيس النيجيري قد التقى بنظيره الأمريكي، باراك أوباما، الإثنين.",
        &[("باراك أوباما", PER)],
    );
    let ev = code_events_rules(&d);
    let e = only(&ev, "CONSULT");
    assert!(names(&e.actor).contains(&"الرئيس النيجيري"), "{ev:#?}");
}

#[test]
fn an_attack_in_words_is_no_act() {
    // Speech later in the clause, past a comma: a verbal attack.
    let d = doc(
        "وهاجم ضاحي خلفان ميليشيا الحوثي، واصفا إياها بالإرهابية.",
        &[("ضاحي خلفان", PER), ("ميليشيا الحوثي", ORG)],
    );
    let ev = code_events_rules(&d);
    assert!(ev.iter().all(|e| e.kind != "ASSAULT"), "{ev:#?}");
    // Gunmen attacking a checkpoint are.
    let d = doc(
        "هاجم مسلحون نقطة تفتيش في الرمادي، ما أسفر عن مقتل ثلاثة جنود.",
        &[("الرمادي", LOC)],
    );
    let ev = code_events_rules(&d);
    only(&ev, "ASSAULT");
}

#[test]
fn any_act_is_none_in_particular() {
    // أي/أية before the act (or before عملية and the act): no attack took
    // place; nor has the killing it will lead to.
    for text in [
        "وأكد أن أية عملية اجتياح ستؤدي الى مقتل العشرات من الجنود.",
        "وقال إن ذلك سيؤدي إلى مقتل العشرات من المدنيين.",
    ] {
        let events = code_events_rules(&doc(text, &[]));
        assert!(
            !events.is_empty()
                && events
                    .iter()
                    .all(|e| matches!(e.modality, Modality::Hypothetical | Modality::Future)),
            "{text}: {events:#?}"
        );
    }
    // The attack nobody claimed did take place.
    let d = doc("ولم تتبن أي جهة الهجوم الذي استهدف السفارة أمس.", &[]);
    let e = only(&code_events(&d), "ASSAULT").clone();
    assert_eq!(e.modality, Modality::Asserted);
}

#[test]
fn a_present_verb_after_its_event_noun_tells_the_act() {
    // A headline or a lead: the event noun opens the clause, the present
    // verb says what it did.
    let d = doc(
        "غارة جوية أمريكية تستهدف مواقع القاعدة في أفغانستان.",
        &[("القاعدة", ORG), ("أفغانستان", LOC)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.recipient), ["القاعدة"]);
    // Not a verb's clause (قصف الطيران), nor a relative one.
    let d = doc(
        "قصف الطيران مناطق في القرية، والتي يسيطر عليها تنظيم داعش.",
        &[("داعش", ORG)],
    );
    let events = code_events_rules(&d);
    assert!(
        events.iter().all(|e| d.slice(e.trigger) != "يسيطر"),
        "{events:#?}"
    );
}

#[test]
fn snatching_the_spotlight_or_a_draw_is_no_abduction() {
    for text in [
        "لكن روما خطف التعادل في الدقيقة الأخيرة.",
        "وخطف اللاعب بهدفه الأضواء من زميله الجديد.",
        "اختطف الأنظار الاتفاق الذري بين إيران والدول الخمس.",
    ] {
        let events = code_events_rules(&doc(text, &[]));
        assert!(
            events.iter().all(|e| e.kind != "ASSAULT"),
            "{text}: {events:#?}"
        );
    }
    let d = doc(
        "وخطف مسلحون مواطنا كرواتيا في ليبيا أمس.",
        &[("ليبيا", LOC)],
    );
    assert_eq!(only(&code_events_rules(&d), "ASSAULT").mode, Some("abduct"));
}

#[test]
fn an_act_someone_was_seen_doing_is_told() {
    // A present verb after a verb of seeing: witnessed, not a habit.
    let d = doc(
        "وقال إنه شاهد مسلحين يطلقون النار على الطائرات الأميركية.",
        &[],
    );
    let events = code_events_rules(&d);
    assert!(events.iter().any(|e| e.kind == "ASSAULT"), "{events:#?}");
    // Without it the present tells nothing happened today.
    let d = doc("وقال إن مسلحين يطلقون النار على الطائرات الأميركية.", &[]);
    assert!(code_events_rules(&d).iter().all(|e| e.kind != "ASSAULT"));
}

#[test]
fn who_a_passive_in_a_relative_clause_befell_is_what_the_clause_describes() {
    // Through the whole pipeline: a relative clause reports an act only with
    // a recent date of its own.
    // The martyr the clause describes was killed.
    let events = piped_events(
        "2015-08-04",
        "ونعت الوزارة الجندي محمد الهلالي الذي استشهد أمس في الحد الجنوبي.",
    );
    let e = only(&events, "ASSAULT");
    assert_eq!(names(&e.recipient), ["محمد الهلالي"], "{e:#?}");
    // Across a comma the clause may describe an earlier phrase: the one
    // right before it is not taken.
    let events = piped_events(
        "2015-08-04",
        "ونعى الجيش الرقيب سيف الفلاسي من القوة المشاركة في عمليات التحالف، الذي استشهد أمس.",
    );
    let e = only(&events, "ASSAULT");
    assert!(
        names(&e.recipient).iter().all(|r| !r.contains("التحالف")),
        "{e:#?}"
    );
    // Displaced by a group named in an agent phrase: the displaced underwent it.
    let d = doc(
        "وقال إن المسيحيين الذين هجروا من مناطقهم من قبل تنظيم داعش يطالبون بالعودة.",
        &[("المسيحيين", ORG), ("تنظيم داعش", ORG)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "SANCTION");
    assert_eq!(names(&e.actor), ["تنظيم داعش"], "{e:#?}");
    assert_eq!(names(&e.recipient), ["المسيحيين"], "{e:#?}");
    // Victims after a form not written as a passive: the party described
    // killed them.
    let events = piped_events(
        "2015-08-04",
        "وأكدت وسائل إعلام أن محمد يوسف عبدالعزيز الذي قتل 5 جنود أمريكيين الخميس الماضي لم يكن من أنصار التنظيم.",
    );
    let e = only(&events, "ASSAULT");
    assert_eq!(names(&e.actor), ["محمد يوسف عبدالعزيز"], "{e:#?}");
}

#[test]
fn a_verb_object_is_not_looked_for_past_a_clause_opening_conjunction() {
    // "Dozens of Houthis were killed while raids that coalition jets launch
    // were heard": the jets belong to the next clause, the verb has no
    // object, and the counted group before it is who was killed.
    let events = piped_events(
        "2015-08-04",
        "وأشار إلى أن العشرات من المتمردين الحوثيين قتلوا فيما سمعت أصوات انفجارات ضخمة ناجمة عن غارات جوية كثيفة تشنها في هذه الأثناء مقاتلات التحالف بقيادة السعودية التي توفر غطاءً جويًا لقوات الشرعية منذ بدء اجتياحها للقاعدة العسكرية في وقت سابق من يوم الاثنين.",
    );
    let houthis = |args: &[marsad_event::Arg]| names(args).iter().any(|n| n.contains("الحوثي"));
    assert!(
        events
            .iter()
            .any(|e| e.kind == "ASSAULT" && houthis(&e.recipient)),
        "{events:#?}"
    );
    assert!(events.iter().all(|e| !houthis(&e.actor)), "{events:#?}");
}

#[test]
fn who_announces_deaths_in_an_explosion_did_not_cause_it() {
    for (text, body) in [
        (
            "وأعلنت الشرطة العراقية مقتل خمسة أشخاص في انفجار سيارة مفخخة في بغداد.",
            "الشرطة العراقية",
        ),
        (
            "وأعلنت الوزارة مقتل 27 شخصاً، وإصابة 100 آخرين في الانفجار.",
            "الوزارة",
        ),
        ("وأعلنت الشرطة انفجار سيارة مفخخة في بغداد.", "الشرطة"),
    ] {
        let d = doc(text, &[(body, ORG)]);
        let events = code_events_rules(&d);
        let e = only(&events, "ASSAULT");
        assert!(e.actor.is_empty(), "{text}: {e:#?}");
        assert_ne!(e.modality, Modality::Claimed, "{text}");
    }
    // A group announcing a bombing (تفجير) claims its own act.
    let d = doc(
        "وأعلن التنظيم تفجير سيارة مفخخة في بغداد.",
        &[("التنظيم", ORG)],
    );
    let events = code_events_rules(&d);
    assert_eq!(names(&only(&events, "ASSAULT").actor), ["التنظيم"]);
}

#[test]
fn figurative_attacks_control_and_families_are_no_events() {
    for text in [
        // A verbal attack, after a light verb too.
        "وقال إنه شن هجوما حادا على الرئيس.",
        "وتصاعد هجوم الإعلام العالمي على أمريكا.",
        // Control of the situation, not of ground.
        "وأكد أن الشرطة سيطرت على الموقف بسرعة.",
        "وتمكن الرئيس من السيطرة على الأوضاع.",
        // أسر "families" of the dead.
        "وتضامن المشاركون مع أسر ضحايا الحادث.",
        // A place of detention.
        "ووصفت المحامية شبكة مراكز الاحتجاز بأنها سجن كبير.",
    ] {
        let d = doc(text, &[]);
        let events = code_events_rules(&d);
        assert!(
            events
                .iter()
                .all(|e| !matches!(e.kind, "ASSAULT" | "COERCE")),
            "{text}: {events:#?}"
        );
    }
    // The literal senses still are.
    for text in [
        "وشن مسلحون هجوما على الحاجز.",
        "وسيطرت القوات على المدينة.",
        "وأسر المقاتلون ستة جنود.",
    ] {
        let d = doc(text, &[]);
        let events = code_events_rules(&d);
        assert!(
            events.iter().any(|e| e.kind == "ASSAULT"),
            "{text}: {events:#?}"
        );
    }
}

#[test]
fn sources_and_a_newspaper_named_after_the_verb_are_its_subject() {
    // مصادر, a plural of things, takes the feminine verb: it is the subject,
    // not the object of a verb with a dropped feminine subject.
    let d = doc_n(
        "انتقدت مصادر دبلوماسية المجتمع الدولي.",
        &[],
        &[("مصادر دبلوماسية", PER), ("المجتمع الدولي", ORG)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "ACCUSE");
    assert_eq!(names(&e.actor), ["مصادر دبلوماسية"], "{e:#?}");
    assert_eq!(names(&e.recipient), ["المجتمع الدولي"], "{e:#?}");
    // A newspaper named after its kind (صحيفة غارديان) criticizes.
    let d = doc(
        "وانتقدت صحيفة غارديان إستراتيجية ديفيد كاميرون.",
        &[("غارديان", ORG), ("ديفيد كاميرون", PER)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "ACCUSE");
    assert_eq!(names(&e.actor), ["غارديان"], "{e:#?}");
    assert_eq!(names(&e.recipient), ["ديفيد كاميرون"], "{e:#?}");
    // Declining to confirm or deny rejects nothing.
    let d = doc(
        "ورفضت وزارة الدفاع نفي أو تأكيد الأنباء.",
        &[("وزارة الدفاع", ORG)],
    );
    assert!(code_events_rules(&d).iter().all(|e| e.kind != "REJECT"));
}

#[test]
fn a_building_receiving_visitors_is_no_meeting() {
    let d = doc(
        "واستقبل مطار الملك عبدالعزيز الدولي أكثر من مليون معتمر.",
        &[("مطار الملك عبدالعزيز الدولي", LOC)],
    );
    let events = code_events_rules(&d);
    assert!(events.iter().all(|e| e.kind != "CONSULT"), "{events:#?}");
    // A host who is a person still meets the visitor.
    let d = doc(
        "واستقبل الملك سلمان الرئيس الفرنسي في قصر اليمامة.",
        &[
            ("الملك سلمان", PER),
            ("الرئيس الفرنسي", PER),
            ("قصر اليمامة", LOC),
        ],
    );
    let events = code_events_rules(&d);
    assert!(events.iter().any(|e| e.kind == "CONSULT"), "{events:#?}");
}

#[test]
fn a_match_is_no_meeting_and_the_forwards_no_attack() {
    // Clubs that meet in a match, and a side's forwards, among words of sport.
    let d = doc(
        "يلتقي الأهلي مع الزمالك مساء اليوم في مباراة القمة على استاد القاهرة.",
        &[("الأهلي", ORG), ("الزمالك", ORG), ("القاهرة", LOC)],
    );
    assert!(
        code_events_rules(&d).is_empty(),
        "{:#?}",
        code_events_rules(&d)
    );
    let d = doc(
        "وعاد المهاجم عمرو جمال إلى هجوم الأهلي قبل مباراة الزمالك.",
        &[("عمرو جمال", PER), ("الأهلي", ORG), ("الزمالك", ORG)],
    );
    assert!(
        code_events_rules(&d).is_empty(),
        "{:#?}",
        code_events_rules(&d)
    );
    // Persons still meet: the coach with the players.
    let d = doc(
        "والتقى مدرب الفريق جوزيه مورينيو باللاعبين في الملعب قبل المباراة.",
        &[("جوزيه مورينيو", PER)],
    );
    assert_eq!(
        names(&only(&code_events_rules(&d), "CONSULT").actor),
        ["جوزيه مورينيو"]
    );
}

#[test]
fn among_words_of_sport_violence_is_still_violence_and_one_word_is_no_sport() {
    // Blood counted, or another act of violence, keeps the attack.
    let events = piped_events(
        "2015-08-04",
        "وقتل 19 مشجعا في هجوم على حافلة الفريق قبل مباراة الأهلي في الدوري.",
    );
    assert_eq!(only(&events, "ASSAULT").counts.dead, Some(19.0));
    let events = piped_events(
        "2015-08-04",
        "وأصيب 12 مشجعا في هجوم على حافلة الفريق قبل مباراة الأهلي في الدوري.",
    );
    assert_eq!(only(&events, "ASSAULT").counts.injured, Some(12.0));
    // One word with a sense in sport is not enough ("the president-elect").
    let d = doc(
        "وعقدت الجامعة العربية قمة طارئة في شرم الشيخ أمس بحضور الرئيس المنتخب.",
        &[("الجامعة العربية", ORG), ("شرم الشيخ", LOC)],
    );
    only(&code_events_rules(&d), "CONSULT");
}

#[test]
fn a_document_about_sport_reads_its_matches_so() {
    // The sentence with the match has no word of sport, the document does.
    let text = "فاز الهلال على النصر بهدفين في مباراة الدوري أمس. \
                وسجل اللاعب سالم الدوسري الهدف الأول في الشوط الثاني من المباراة. \
                وقال مدرب الفريق إن اللاعبين قدموا مباراة كبيرة. \
                ويلتقي الهلال مع الاتحاد يوم الجمعة المقبل في جدة.";
    let d = doc(
        text,
        &[
            ("الهلال", ORG),
            ("النصر", ORG),
            ("سالم الدوسري", PER),
            ("الاتحاد", ORG),
            ("جدة", LOC),
        ],
    );
    let events = code_events_rules(&d);
    assert!(events.iter().all(|e| e.kind != "CONSULT"), "{events:#?}");
}

#[test]
fn who_fired_the_weapon_that_killed_acted() {
    // بصاروخ أطلقته X، بعبوة زرعها X: the verb's pronoun is the weapon, its
    // subject the actor, and what follows is the actor's, not the target.
    let d = doc(
        "وأصيب ثمانية جنود بصاروخ أطلقته قوة إيساف التابعة لحلف الناتو.",
        &[("قوة إيساف", ORG), ("حلف الناتو", ORG)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "ASSAULT");
    assert_eq!(names(&e.actor), ["قوة إيساف"]);
    assert!(e.recipient.is_empty(), "{e:#?}");
    let d = doc(
        "قتل ثلاثة مدنيين بقذيفة أطلقها مسلحو داعش على حي سكني في الموصل.",
        &[("داعش", ORG), ("الموصل", LOC)],
    );
    assert_eq!(
        names(&only(&code_events_rules(&d), "ASSAULT").actor),
        ["داعش"]
    );
    // ألقوه is written like القوة: no agent before a force (قائد القوة الخاصة).
    let d = doc(
        "وجاء ضبط المطلوبين بمتابعة من قبل قائد القوة الخاصة بمنطقة الحدود الشمالية.",
        &[("القوة الخاصة", ORG), ("منطقة الحدود الشمالية", LOC)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "COERCE");
    assert!(e.recipient.is_empty(), "{e:#?}");
}

#[test]
fn a_work_or_a_thing_is_no_party() {
    // The entity layer's MISC (a weapon, a festival, a programme) is neither
    // actor nor recipient.
    let d = doc(
        "وقصفت المليشيات الحوثية أمس منفذ الطوال بخمس قذائف هاون.",
        &[("المليشيات الحوثية", ORG), ("هاون", EntityType::Misc)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "ASSAULT");
    assert_eq!(names(&e.actor), ["المليشيات الحوثية"]);
    assert!(names(&e.recipient).iter().all(|r| *r != "هاون"), "{e:#?}");
}

#[test]
fn the_one_asked_follows_min() {
    // طلب X من Y: Y is asked (the recipient), never the asker.
    let d = doc(
        "طلبت الحكومة العراقية من الولايات المتحدة تسريع تسليم الطائرات.",
        &[("الحكومة العراقية", ORG), ("الولايات المتحدة", LOC)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "REQUEST");
    assert_eq!(names(&e.actor), ["الحكومة العراقية"]);
    assert_eq!(names(&e.recipient), ["الولايات المتحدة"]);
    // Not a partitive من (أعضاء من اللجنة), and not the asked as asker.
    let d = doc(
        "طلب أعضاء من لجنة الأمن من وزير الدفاع خالد العبيدي كشف مصادر العتاد.",
        &[("لجنة الأمن", ORG), ("خالد العبيدي", PER)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "REQUEST");
    assert_eq!(names(&e.recipient), ["خالد العبيدي"]);
    assert!(
        names(&e.actor).iter().all(|a| *a != "خالد العبيدي"),
        "{e:#?}"
    );
    // At someone's request (نزولا عند طلب من X): X asked.
    let d = doc(
        "وأرجأت الحكومة المحادثات نزولا عند طلب من حركة طالبان.",
        &[("حركة طالبان", ORG)],
    );
    let events = code_events_rules(&d);
    assert!(
        events
            .iter()
            .all(|e| names(&e.recipient) != ["حركة طالبان"]),
        "{events:#?}"
    );
}

#[test]
fn owing_and_professing_are_no_condemnation() {
    // يدين ب "owes" or "professes", not "condemns".
    for text in [
        "إجمالي المبلغ الذي تدين به اليونان هو 27 مليار يورو.",
        "يدين غالبية سكان الشيشان بالإسلام.",
        "وتدين بنما بالفضل لحارس مرماها خايمي بينيدو.",
    ] {
        let d = doc(text, &[]);
        let events = code_events_rules(&d);
        assert!(
            events.iter().all(|e| e.kind != "ACCUSE"),
            "{text}: {events:#?}"
        );
    }
    // A statement's له is no such sense.
    let d = doc(
        "وقد أدان المجلس في بيان له اليوم حادث التفجير الذي استهدف المسجد.",
        &[],
    );
    only(&code_events_rules(&d), "ACCUSE");
}

#[test]
fn a_gathering_with_no_party_is_no_meeting() {
    // People or things gathered (اجتمع without a party named).
    for text in [
        "اعتاد الأهالي استقبال العيد بموائد شعبية، يجتمع حولها أهل الحي الواحد.",
        "وبعد صلاة الظهر اجتمع الحضور على مائدة الغداء.",
    ] {
        let d = doc(text, &[]);
        let events = code_events_rules(&d);
        assert!(
            events.iter().all(|e| e.kind != "CONSULT"),
            "{text}: {events:#?}"
        );
    }
    // A body named right after the verb met through its members.
    let d = doc(
        "يجتمع سفراء دول حلف شمال الأطلسي الثلاثاء في بروكسل.",
        &[("حلف شمال الأطلسي", ORG), ("بروكسل", LOC)],
    );
    only(&code_events_rules(&d), "CONSULT");
}

#[test]
fn a_counterpart_is_the_one_met() {
    // نظيره names the person after it (بحث مع نظيره الروسي سيرغي لافروف),
    // else is the phrase with its adjective: the one met, never lost.
    let d = doc(
        "وبحث وزير الخارجية المصري سامح شكري مع نظيره الروسي سيرغي لافروف الأزمة السورية.",
        &[("سامح شكري", PER), ("سيرغي لافروف", PER)],
    );
    let e = only(&code_events(&d), "CONSULT").clone();
    assert_eq!(names(&e.actor), ["سامح شكري"], "{e:#?}");
    assert_eq!(names(&e.recipient), ["سيرغي لافروف"], "{e:#?}");
    let d = doc("وأجرى الرئيس الفرنسي اتصالا هاتفيا مع نظيرته الألمانية.", &[]);
    let e = only(&code_events(&d), "CONSULT").clone();
    assert_eq!(names(&e.recipient), ["نظيرته الألمانية"], "{e:#?}");
    // With its pronoun it is definite: the name right after it is the
    // counterpart, not whose counterpart (as after سفير خادم الحرمين).
    let d = doc(
        "والتقى الوزير عادل الجبير ونظيره جون كيري أمس.",
        &[("عادل الجبير", PER), ("جون كيري", PER)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "CONSULT");
    assert_eq!(parties(e), ["جون كيري", "عادل الجبير"], "{events:#?}");
    // Nor is it a title of the one before it, or the verb's subject: the
    // minister meets him.
    let d = doc(
        "والتقى الوزير نظيره سيرغي لافروف في موسكو.",
        &[("سيرغي لافروف", PER), ("موسكو", LOC)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "CONSULT");
    assert!(names(&e.actor).contains(&"الوزير"), "{events:#?}");
}

#[test]
fn holdings_with_a_pronoun_belong_to_the_group_named_before() {
    // "Their positions": the group named last before them, not the one
    // that strikes.
    // Without a pronoun, the positions take nobody from before.
    for (positions, hit) in [("مواقعهم", vec!["الحوثيين"]), ("مواقع", vec![])] {
        let text =
            format!("وتصدت المقاومة لهجوم الحوثيين، وقصفت طائرات التحالف {positions} في المنطقة.");
        let d = doc(
            &text,
            &[("المقاومة", ORG), ("الحوثيين", ORG), ("التحالف", ORG)],
        );
        let events = code_events_rules(&d);
        let raid = events
            .iter()
            .find(|e| e.kind == "ASSAULT" && names(&e.actor).contains(&"التحالف"))
            .unwrap_or_else(|| panic!("{events:#?}"));
        assert_eq!(names(&raid.recipient), hit, "{text}: {events:#?}");
    }
}

#[test]
fn a_meeting_that_brought_two_together() {
    for text in [
        "وشارك في الاجتماع الذي جمع الوزير عادل الجبير والوزير جون كيري في الرياض.",
        "وتناولت القمة التي جمعت بين عادل الجبير وجون كيري الملف السوري.",
    ] {
        let d = doc(text, &[("عادل الجبير", PER), ("جون كيري", PER)]);
        let events = code_events_rules(&d);
        let e = only(&events, "CONSULT");
        assert_eq!(
            parties(e),
            ["جون كيري", "عادل الجبير"],
            "{text}: {events:#?}"
        );
    }
}

#[test]
fn an_adverb_after_a_title_is_no_name() {
    // A word after a title and its adjective may be a name the entity layer
    // missed (الرئيس الأمريكي جو بايدن), not an adverb (عشية، قبيل).
    for text in [
        "وأجرى الرئيس اتصالا هاتفيا مع الرئيس الفرنسي عشية عيد الفطر.",
        "وأجرى الرئيس اتصالا هاتفيا مع الرئيس الفرنسي قبيل منتصف الليل.",
    ] {
        let d = doc(text, &[]);
        let events = code_events_rules(&d);
        let e = only(&events, "CONSULT");
        assert_eq!(names(&e.recipient), ["الرئيس الفرنسي"], "{text}: {e:#?}");
    }
}

#[test]
fn a_reception_of_a_person_is_a_meeting() {
    // استقبال, the verbal noun of a host: the one received is the actor, as
    // for استقبل, and the host its recipient.
    let d = doc(
        "وأكد الملك سلمان خلال استقباله الرئيس المصري عبد الفتاح السيسي في الرياض أمس دعم المملكة لمصر.",
        &[
            ("الملك سلمان", PER),
            ("عبد الفتاح السيسي", PER),
            ("الرياض", LOC),
            ("مصر", LOC),
        ],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "CONSULT");
    assert_eq!(names(&e.actor), ["عبد الفتاح السيسي"], "{e:#?}");
    assert_eq!(names(&e.recipient), ["الملك سلمان"], "{e:#?}");
    // Receiving pilgrims, the displaced or applications, or a reception
    // camp, is no meeting.
    for (text, ents) in [
        (
            "وبدأ مطار الملك عبدالعزيز استقبال الحجاج القادمين من الخارج.",
            vec![("مطار الملك عبدالعزيز", LOC)],
        ),
        (
            "وتواصل مراكز الإيواء استقبال النازحين من الرمادي.",
            vec![("الرمادي", LOC)],
        ),
        ("وأعلنت الجامعة استقبال طلبات القبول للعام الجديد.", vec![]),
        (
            "واستهدفت الغارات معسكر الاستقبال في صنعاء.",
            vec![("صنعاء", LOC)],
        ),
    ] {
        let d = doc(text, &ents);
        let events = code_events_rules(&d);
        assert!(
            events.iter().all(|e| e.kind != "CONSULT"),
            "{text}: {events:#?}"
        );
    }
}

#[test]
fn who_spoke_during_a_meeting_took_part_in_it() {
    // خلال لقاء مع Y: the clause's subject met Y, as with لقائه; past a
    // reported clause whose subject is no name (بلاده), the speaker.
    let d = doc(
        "أعلن وزير الخارجية التركي مولود تشاوش اوغلو أن بلاده ستبدأ قريبا بمحاربة داعش، خلال لقاء مع نظيره الأمريكي جون كيري في ماليزيا.",
        &[("مولود تشاوش اوغلو", PER), ("جون كيري", PER), ("داعش", ORG), ("ماليزيا", LOC)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "CONSULT");
    assert_eq!(names(&e.actor), ["مولود تشاوش اوغلو"], "{e:#?}");
    assert_eq!(names(&e.recipient), ["جون كيري"], "{e:#?}");
    // Not who reports it.
    let d = doc(
        "وقالت صحيفة حرييت إن الاتفاق تم خلال لقاء مع السفير الأمريكي جون باس.",
        &[("حرييت", ORG), ("جون باس", PER)],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "CONSULT");
    assert!(e.actor.is_empty(), "{e:#?}");
}

#[test]
fn a_second_adjective_is_an_adjective_not_the_object() {
    // الرئيس الروسي الأزمة: the second definite word is what was discussed;
    // السابق after الأمريكي stays in the phrase.
    let d = doc("وبحث الرئيس المصري مع الرئيس الروسي الأزمة السورية.", &[]);
    let events = code_events_rules(&d);
    let e = only(&events, "CONSULT");
    assert_eq!(names(&e.recipient), ["الرئيس الروسي"], "{e:#?}");
    let d = doc(
        "وبحث الرئيس المصري مع الرئيس الأمريكي السابق في القاهرة الأوضاع.",
        &[],
    );
    let events = code_events_rules(&d);
    let e = only(&events, "CONSULT");
    assert_eq!(names(&e.recipient), ["الرئيس الأمريكي السابق"], "{e:#?}");
}

#[test]
fn others_as_the_subject_are_no_person_named_before_and_a_partitive_names_them() {
    // آخرون after the verb is its subject: the cleric named before did not
    // fight Daesh.
    let d = doc(
        "اعتاد البعض القتال إلى جانب رجل الدين مقتدى الصدر، بينما قاتل آخرون ضد داعش.",
        &[("مقتدى الصدر", PER), ("داعش", ORG)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert!(e.actor.is_empty(), "actor {:?}", names(&e.actor));
    assert_eq!(names(&e.recipient), ["داعش"]);
    // Many of a group: the group after the partitive من.
    let d = doc(
        "وفي صنعاء، هاجم كثيرون من الحوثيين مواقع الجيش.",
        &[("صنعاء", LOC), ("الحوثيين", ORG)],
    );
    let e = only(&code_events_rules(&d), "ASSAULT").clone();
    assert_eq!(names(&e.actor), ["الحوثيين"]);
}

#[test]
fn reinforcements_from_a_force_were_sent_by_it_not_by_a_place() {
    let d = doc(
        "وكشفت مصادر محلية عن تعزيزات من قوات الأمن الخاصة قادمة من صنعاء.",
        &[("صنعاء", LOC)],
    );
    let e = only(&code_events_rules(&d), "MOBILIZE").clone();
    assert_eq!(names(&e.actor), ["قوات الأمن الخاصة"]);
    // From a town they only set out there.
    let events = piped_events("2015-08-04", "وصلت تعزيزات من صنعاء إلى تعز أمس.");
    let e = only(&events, "MOBILIZE");
    assert!(e.actor.is_empty(), "{:?}", names(&e.actor));
}
