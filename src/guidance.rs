//! Vilkår (§ 20, § 20 a), rights, kvalifiseringsprogrammet and emergency help, bound to the household
//! and month. STUB: filled in by issue 4.

use crate::input::HouseholdInput;
use crate::month::YearMonth;
use serde::{Deserialize, Serialize};

/// Optional facts about the household's situation that refine the guidance.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Situation {}

/// Guidance for the household and month.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Guidance {}

/// Builds the guidance. `adult_ages` are the validated ages of the adults.
pub fn guidance(_input: &HouseholdInput, _month: YearMonth, _adult_ages: &[u8]) -> Guidance {
    Guidance {}
}
