//! Every code the core emits for the estimate has a text in the bokmål catalogue (www/i18n/nb.js);
//! tests/i18n.mjs then checks that nn and en have every nb key. Each list below is an exhaustive
//! `match`, so adding a variant without adding it here is a compile error.
use sosialhjelp::estimate::{CannotEstimateReason, LineCode, NoTopUpReason, NoticeCode};
use sosialhjelp::income::IncomeRule;
use sosialhjelp::input::IncomeKind;
use sosialhjelp::rates::Category;
use sosialhjelp::ErrorCode;

fn name<T: serde::Serialize>(v: T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// The text of the object literal `section: { … }` in nb.js.
fn section<'a>(catalogue: &'a str, section: &str) -> &'a str {
    let start = catalogue.find(&format!("\n  {section}: {{")).unwrap_or_else(|| panic!("nb.js has no section {section}"));
    let body = &catalogue[start..];
    let end = body.find("\n  },").expect("section ends");
    &body[..end]
}

fn assert_keys(catalogue: &str, sect: &str, names: &[String]) {
    let body = section(catalogue, sect);
    for n in names {
        assert!(body.contains(&format!("\n    {n}: ")), "nb.js {sect}.{n} is missing");
    }
}

#[test]
fn every_estimate_code_has_a_bokmal_text() {
    let nb = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/i18n/nb.js")).expect("nb.js");

    use ErrorCode::*;
    let errors = [InvalidJson, WrongType, MissingField, UnknownField, UnknownValue, NotANumber, Empty, Negative, TooManyDecimals, TooLarge, NotWholeYears, AgeOutOfRange, ChildAgeOutOfRange, WrongAdultCount, TooMany, TooLong, MonthMalformed, MonthBeforeFirstTable, MonthTooLate, RatesEmpty, RatesNotOrdered, RatesOverlap, RatesGap, RatesEndBeforeStart, MonthNotCovered, Overflow];
    let _exhaustive = |c: ErrorCode| match c {
        InvalidJson | WrongType | MissingField | UnknownField | UnknownValue | NotANumber | Empty | Negative | TooManyDecimals | TooLarge | NotWholeYears | AgeOutOfRange | ChildAgeOutOfRange | WrongAdultCount | TooMany | TooLong | MonthMalformed | MonthBeforeFirstTable | MonthTooLate | RatesEmpty | RatesNotOrdered | RatesOverlap | RatesGap | RatesEndBeforeStart | MonthNotCovered | Overflow => (),
    };
    assert_keys(&nb, "error", &errors.map(name));

    use LineCode as L;
    let lines = [L::Rate, L::RateChild, L::Housing, L::Electricity, L::Insurance, L::Childcare, L::OtherExpense, L::IncomeCounted, L::IncomeKeptOut, L::OwnFunds];
    let _exhaustive = |c: LineCode| match c {
        L::Rate | L::RateChild | L::Housing | L::Electricity | L::Insurance | L::Childcare | L::OtherExpense | L::IncomeCounted | L::IncomeKeptOut | L::OwnFunds => (),
    };
    assert_keys(&nb, "line", &lines.map(name));

    use NoticeCode as N;
    let notices = [N::Veiledende, N::RatesGap, N::NewerRatesMayApply, N::CustomRates, N::RatesUncertain, N::ExpensesAssessed, N::OneOffNeeds, N::ParentsDuty, N::NoAdult];
    let _exhaustive = |c: NoticeCode| match c {
        N::Veiledende | N::RatesGap | N::NewerRatesMayApply | N::CustomRates | N::RatesUncertain | N::ExpensesAssessed | N::OneOffNeeds | N::ParentsDuty | N::NoAdult => (),
    };
    assert_keys(&nb, "notice", &notices.map(name));

    use IncomeKind as K;
    let kinds = [K::WorkNet, K::Aap, K::Dagpenger, K::Sykepenger, K::Uforetrygd, K::Overgangsstonad, K::Introduksjonsstonad, K::Kvalifiseringsstonad, K::OtherNavBenefit, K::Bostotte, K::Barnetrygd, K::UtvidetBarnetrygd, K::Kontantstotte, K::Barnebidrag, K::ChildWorkIncome, K::StudentSupport, K::Other];
    let _exhaustive = |c: IncomeKind| match c {
        K::WorkNet | K::Aap | K::Dagpenger | K::Sykepenger | K::Uforetrygd | K::Overgangsstonad | K::Introduksjonsstonad | K::Kvalifiseringsstonad | K::OtherNavBenefit | K::Bostotte | K::Barnetrygd | K::UtvidetBarnetrygd | K::Kontantstotte | K::Barnebidrag | K::ChildWorkIncome | K::StudentSupport | K::Other => (),
    };
    assert_keys(&nb, "incomeKind", &kinds.map(name));

    use IncomeRule as R;
    let rules = [R::Counted, R::CountedBarnetrygdBeforeSep2022, R::KeptOutBarnetrygd, R::KeptOutChildWork];
    let _exhaustive = |c: IncomeRule| match c {
        R::Counted | R::CountedBarnetrygdBeforeSep2022 | R::KeptOutBarnetrygd | R::KeptOutChildWork => (),
    };
    assert_keys(&nb, "incomeRule", &rules.map(name));

    use Category as C;
    let categories = [C::Single, C::Couple, C::SharedHousing, C::Child0to5, C::Child6to10, C::Child11to17];
    let _exhaustive = |c: Category| match c {
        C::Single | C::Couple | C::SharedHousing | C::Child0to5 | C::Child6to10 | C::Child11to17 => (),
    };
    assert_keys(&nb, "category", &categories.map(name));

    let reasons: Vec<String> = [NoTopUpReason::IncomeCovers, NoTopUpReason::FundsCover].into_iter().map(name)
        .chain([CannotEstimateReason::NoAdult, CannotEstimateReason::ApplicantUnder18].into_iter().map(name))
        .chain(["support".to_string()])
        .collect();
    let _exhaustive = |a: NoTopUpReason, b: CannotEstimateReason| {
        match a { NoTopUpReason::IncomeCovers | NoTopUpReason::FundsCover => () }
        match b { CannotEstimateReason::NoAdult | CannotEstimateReason::ApplicantUnder18 => () }
    };
    assert_keys(&nb, "outcome", &reasons);
}
