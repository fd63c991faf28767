//! # sosialhjelp
//!
//! Estimates monthly *stønad til livsopphold* (sosialtjenesteloven § 18) from the state guideline
//! rates (*statlige veiledende retningslinjer*), a household's actual costs and its income — with
//! every line explained and tied to its legal source.
//!
//! The core (every module but `wasm`) is pure Rust: no browser, no clock, no I/O. The same core
//! serves the page (through [`wasm`], a thin wasm-bindgen layer) and the native CLI (`src/main.rs`).
//! Money is [`rust_decimal::Decimal`] throughout; only the final amount is rounded (see [`estimate`]).

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
        }
    };
}

pub mod amount;
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
