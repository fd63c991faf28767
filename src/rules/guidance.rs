//! The guidance for a household and month, assembled from the rule modules: nødhjelp first when the
//! household reports an emergency, then vilkår (§ 20), the aktivitetsplikt per adult (§ 20 a), what
//! a breach means, the rights, kvalifiseringsprogrammet, and what the estimate cannot know.
//!
//! The core returns codes, amounts and source ids only; the words live in the page's catalogues
//! (the `guidance` section of `www/i18n/<lang>.js`, checked against the codes of `sosialhjelp --schema` by `tests/i18n.mjs`).
//!
//! The guidance depends on fewer facts than the amount (the month, who lives together, the adults'
//! ages and situations, whether there are children, the emergency, the kinds of income): [`key`]
//! writes them as one string, so a page asks for the guidance again only when the key changes.

use super::aktivitetsplikt::{adult_duty, AdultDuty, DutyStatus, ExemptionGround};
use super::cannot_know::cannot_know;
use super::claim_first::{claim_first, ClaimItem};
use super::income_timing::income_timing;
use super::items::{Code, Items};
use super::kvp::{kvp, GCaveat, Kvp, KvpIncomeEffect, KvpNotComputed};
use super::nodhjelp::{emergency, Emergency};
use super::rights::rights;
use super::vilkar::{breach, vilkar};
use crate::household::Household;
use serde::Serialize;

/// Guidance for the household and month: vilkår, aktivitetsplikt per adult, breach, rights, KVP,
/// emergency help, and what the estimate cannot know.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Guidance {
    /// Present when the household reports an emergency; shown first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emergency: Option<Emergency>,
    /// General vilkår (§ 20).
    pub vilkar: Items,
    /// Aktivitetsplikt (§ 20 a), one entry per adult.
    pub aktivitetsplikt: Vec<AdultDuty>,
    /// Breach of vilkår and reduction.
    pub breach: Items,
    /// The recipient's rights.
    pub rights: Items,
    /// Kvalifiseringsprogrammet and an estimate of kvalifiseringsstønad.
    pub kvp: Kvp,
    /// One-off needs: what to apply for, what comes first, what to bring ([`super::one_off`]).
    pub one_off: Items,
    /// Income in time: the month is the period; feriepenger, skatteoppgjør, gifts and loans, back
    /// pay, grunnstønad, strømstøtte ([`super::income_timing`]).
    pub income_timing: Items,
    /// Benefits to claim first, from the answers; never a reason to wait ([`super::claim_first`]).
    pub claim_first: Vec<ClaimItem>,
    /// What this estimate cannot know.
    pub cannot_know: Items,
    /// The facts this guidance was built from ([`key`]).
    pub key: String,
}

/// Builds the guidance for a validated household.
pub fn guidance(h: &Household) -> Guidance {
    let in_emergency = h.emergency.any();
    Guidance {
        emergency: in_emergency.then(|| emergency(h.emergency)),
        vilkar: vilkar(),
        aktivitetsplikt: h.adults.iter().enumerate().map(|(i, a)| adult_duty(i, a, h.month, in_emergency)).collect(),
        breach: breach(h.month, !h.children.is_empty()),
        rights: rights(h),
        kvp: kvp(h),
        one_off: super::one_off::one_off(),
        income_timing: income_timing(h),
        claim_first: claim_first(h),
        cannot_know: cannot_know(h),
        key: key(h),
    }
}

/// The facts the guidance depends on, as one string: equal keys give equal guidance (tested in
/// `tests/guidance.rs`). Codes are variant indices, so the key needs no formatting machinery: for
/// example `2026-12|1|34:000000,29:100000|c1|e00|h11|0,1` (married, two adults, children, no
/// emergency, housing and electricity costs, work income and AAP).
pub fn key(h: &Household) -> String {
    fn number(k: &mut String, n: u32) {
        if n >= 10 {
            number(k, n / 10);
        }
        k.push(char::from(b'0' + (n % 10) as u8));
    }
    let bit = |b: bool| if b { '1' } else { '0' };
    let mut k = String::with_capacity(48);
    number(&mut k, u32::from(h.month.year));
    k.push('-');
    number(&mut k, u32::from(h.month.month));
    k.push('|');
    number(&mut k, h.kind as u32);
    k.push('|');
    for (i, a) in h.adults.iter().enumerate() {
        if i > 0 {
            k.push(',');
        }
        number(&mut k, u32::from(a.age));
        k.push(':');
        let s = a.situation;
        for b in [s.in_work, s.active_through_other_benefit, s.health_or_social, s.caring_duties, s.in_education, s.other_reason] {
            k.push(bit(b));
        }
    }
    k.extend(['|', 'c', bit(!h.children.is_empty()), '|', 'e', bit(h.emergency.no_food), bit(h.emergency.no_shelter), '|']);
    // Whether there are housing costs (bostøtte) and an electricity cost (strømstøtte), and whether an
    // adult studies (the claim-first checklist's Lånekassen item).
    let e = h.expenses;
    k.extend(['h', bit(!e.housing.is_zero() || !e.common_costs.is_zero()), bit(!e.electricity.is_zero()), bit(h.facts.student.is_some()), '|']);
    let mut first = true;
    for (i, inc) in h.incomes.iter().enumerate() {
        let seen = h.incomes[..i].iter().any(|o| o.kind == inc.kind && !o.amount.is_zero());
        if !inc.amount.is_zero() && !seen {
            if !first {
                k.push(',');
            }
            number(&mut k, inc.kind as u32);
            first = false;
        }
    }
    k
}

/// Every code the guidance can emit, with the name it serializes to (for the catalogue check).
pub fn all_codes() -> Vec<String> {
    fn names<T: Serialize>(all: &[T]) -> impl Iterator<Item = String> + '_ {
        all.iter().filter_map(|c| match serde_json::to_value(c) {
            Ok(serde_json::Value::String(s)) => Some(s),
            _ => None,
        })
    }
    names(Code::ALL)
        .chain(names(DutyStatus::ALL))
        .chain(names(ExemptionGround::ALL))
        .chain(names(KvpIncomeEffect::ALL))
        .chain(names(KvpNotComputed::ALL))
        .chain(names(GCaveat::ALL))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_across_enums() {
        let codes = all_codes();
        let mut seen = std::collections::HashSet::new();
        for c in &codes {
            assert!(seen.insert(c.clone()), "duplicate code {c}");
        }
        assert_eq!(codes.len(), Code::ALL.len() + DutyStatus::ALL.len() + ExemptionGround::ALL.len() + KvpIncomeEffect::ALL.len() + KvpNotComputed::ALL.len() + GCaveat::ALL.len());
    }
}
