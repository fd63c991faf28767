//! # sosialhjelp
//!
//! Estimates monthly *stønad til livsopphold* (sosialtjenesteloven § 18) from the state guideline
//! rates (*statlige veiledende retningslinjer*), a household's actual costs and its income — with
//! every line explained and tied to its legal source.
//!
//! The core (every module but `wasm`) is pure Rust: no browser, no clock, no I/O. The same core
//! serves the page (through [`wasm`], a thin wasm-bindgen layer) and the native CLI (`src/main.rs`).
//! Money is [`rust_decimal::Decimal`] throughout; only the final amount is rounded (see [`estimate`]).

pub mod error;
pub mod estimate;
pub mod guidance;
pub mod income;
pub mod input;
pub mod month;
pub mod rates;
pub mod source;
pub mod validate;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::{ErrorCode, FieldError, InputErrors};
pub use estimate::{estimate, estimate_json, Estimate, Outcome};
pub use input::HouseholdInput;
pub use month::YearMonth;
