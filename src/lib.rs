//! # sosialhjelp
//!
//! Estimates monthly *stønad til livsopphold* (sosialtjenesteloven § 18) from the state guideline
//! rates (*statlige veiledende retningslinjer*), a household's actual costs and its income — with
//! every line explained and tied to its legal source — and explains the vilkår (§ 20, § 20 a) and
//! the user's rights for that household and month.
//!
//! The core is pure Rust: no browser, no clock, no I/O. The same core serves the page (through
//! `crates/wasm`, a thin wasm-bindgen layer) and the native CLI (`src/main.rs`). The flow is one way:
//!
//! ```text
//! JSON or a JS value ──input──▶ HouseholdInput ──household::validate──▶ Household ──rules──▶ Estimate, Guidance
//!                                                        law/*.toml ──build.rs──▶ law ──┘
//! ```
//!
//! Money is [`rust_decimal::Decimal`] throughout; only the final amount is rounded
//! ([`rules::livsopphold`]).

/// Defines a code enum (camelCase keys of the message catalogue) together with `ALL`, the list of
/// its variants, so the catalogue check cannot miss a variant.
macro_rules! code_enum {
    ($(#[$m:meta])* pub enum $name:ident { $($(#[$vm:meta])* $v:ident,)+ }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ::serde::Serialize)]
        #[serde(rename_all = "camelCase")]
        pub enum $name { $($(#[$vm])* $v,)+ }
        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$v,)+];
            /// The variant's name as written in Rust (`RateChild`); serialised in camelCase
            /// (`rateChild`, by [`crate::json_out`] and serde alike).
            pub fn pascal_name(self) -> &'static str {
                match self { $($name::$v => stringify!($v),)+ }
            }
        }
    };
}

pub mod amount;
pub mod error;
pub mod household;
pub mod input;
pub mod json;
pub mod json_out;
pub mod law;
pub mod meta;
pub mod month;
pub mod rules;
pub mod vocab;

pub use error::{ErrorCode, FieldError, InputErrors};
pub use household::Household;
pub use input::{HouseholdInput, QuickInput};
pub use month::YearMonth;
pub use rules::guidance::Guidance;
pub use rules::livsopphold::{Estimate, Outcome, Summary};
pub use rules::quick_check::QuickCheck;

/// Estimates the stønad for `input`; `today` is the month assessed when the input names none. With
/// `decision` in the input, the estimate carries the decision set beside it (`decision_check`).
pub fn estimate(input: &HouseholdInput, today: YearMonth) -> Result<Estimate, InputErrors> {
    let h = household::validate(input, today)?;
    let mut est = rules::livsopphold::estimate(&h)?;
    est.decision_check = h.decision.and_then(|d| rules::decision::check(d, &est));
    Ok(est)
}

/// [`estimate`] without the decision check, for the page's first-screen module: the check is
/// asked of the whole API (it is rare, and its code is 2 KB gzip of a module with a size budget).
pub fn estimate_without_decision(input: &HouseholdInput, today: YearMonth) -> Result<Estimate, InputErrors> {
    rules::livsopphold::estimate(&household::validate(input, today)?)
}

/// The guidance (vilkår, aktivitetsplikt, rights, KVP, nødhjelp) for `input`.
pub fn guidance(input: &HouseholdInput, today: YearMonth) -> Result<Guidance, InputErrors> {
    Ok(rules::guidance::guidance(&household::validate(input, today)?))
}

/// The outcome and totals only (the batch's compact output): the same figures as [`estimate`].
pub fn totals(input: &HouseholdInput, today: YearMonth) -> Result<Summary, InputErrors> {
    rules::livsopphold::totals(&household::validate(input, today)?)
}

/// Parses JSON and estimates: the entry point of the CLI and the fuzz target. Never panics.
pub fn estimate_json(json: &str, today: YearMonth) -> Result<Estimate, InputErrors> {
    estimate(&input::from_json(json)?, today)
}

/// The estimate against extra net work income ([`rules::what_if`]); `extra` as a person typed it.
pub fn what_if(input: &HouseholdInput, today: YearMonth, extra: &str) -> Result<rules::what_if::WhatIf, InputErrors> {
    rules::what_if::what_if(input, today, extra)
}

/// The volunteer's quick check ([`rules::quick_check`]).
pub fn quick_check(input: &QuickInput, today: YearMonth) -> Result<QuickCheck, InputErrors> {
    rules::quick_check::quick_check(input, today)
}
