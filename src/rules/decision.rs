//! Checking a decision (vedtak): the user enters what NAV granted for the month, and where the letter
//! shows them, the parts for livsopphold (the guideline rates), housing and electricity. The check
//! sets them beside the estimate, part by part, says what to ask NAV where the decision is lower, and
//! how to complain (NAV: «Klage på vedtak om sosiale tjenester», V: to the NAV office that made the
//! decision within three weeks of receiving it; NAV can help write it; a person one trusts may come
//! along; a lawyer or fullmakt; then Statsforvalteren; costs may be covered if one wins). The check
//! never says a decision is wrong: the estimate is veiledende and NAV assesses individually.

use super::livsopphold::{add, sub, Estimate, LineCode};
use crate::input::DecisionInput;
use crate::law::SourceId;
use rust_decimal::Decimal;
use serde::Serialize;

code_enum! {
    /// A part of the stønad a decision letter may show on its own.
    pub enum DecisionPart {
        /// The guideline rates for the household (livsopphold: food, clothes, …).
        Livsopphold,
        /// Rent or mortgage interest, and felleskostnader.
        Housing,
        /// Electricity and heating.
        Electricity,
    }
}

code_enum! {
    /// What the comparison suggests asking or knowing (the key of its text in the catalogues).
    pub enum DecisionNote {
        /// The livsopphold part is lower: ask which rates NAV used (the kommune may have its own).
        AskRates,
        /// The housing part is lower: ask whether NAV uses a limit for housing costs, and how much.
        AskHousing,
        /// The electricity part is lower: ask how NAV assessed electricity.
        AskElectricity,
        /// The amount is lower and no part explains it: ask which incomes and which money NAV counted.
        AskIncomeAndFunds,
        /// The decision gives more than the estimate: the kommune's rates or costs the estimate does not know.
        HigherThanEstimate,
        /// The decision gives what the estimate gives.
        SameAsEstimate,
        /// How to complain: to the NAV office that made the decision, within three weeks of receiving it.
        ComplainHow,
        /// What a complaint says: which decision, what is wrong and why, a signature; documents may be attached.
        ComplainContent,
        /// NAV can help write it; a person one trusts may come along; a lawyer or a fullmakt.
        ComplainHelp,
        /// If NAV does not agree, Statsforvalteren decides; costs may be covered if one wins.
        ComplainAfter,
        /// Still in disagreement after Statsforvalteren: a complaint to the Sivilombudet.
        ComplainOmbudsman,
    }
}

/// One part set beside the estimate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PartCheck {
    /// Which part.
    pub part: DecisionPart,
    /// The estimate's amount for it (the sum of its lines).
    pub estimated: Decimal,
    /// What the decision gives for it.
    pub granted: Decimal,
    /// `granted − estimated` (negative: the decision gives less).
    pub difference: Decimal,
}

/// A note with its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    /// What it says.
    pub code: DecisionNote,
    /// Where it comes from.
    pub source: SourceId,
}

/// The decision beside the estimate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DecisionCheck {
    /// The amount the decision grants for the month.
    pub granted: Decimal,
    /// The estimate's amount.
    pub estimated: Decimal,
    /// `granted − estimated`.
    pub difference: Decimal,
    /// The parts the user entered, in the order of [`DecisionPart`].
    pub parts: Vec<PartCheck>,
    /// What to ask, then how to complain.
    pub notes: Vec<Note>,
}

/// Sets the decision beside the estimate. `None` when the estimate has no amount (cannot estimate).
pub fn check(d: &DecisionInput, est: &Estimate) -> Option<DecisionCheck> {
    est.rate_table.as_ref()?;
    // The rules' checked arithmetic (one shared copy in the wasm, no panic path); the input limits
    // keep every sum far from overflow, so `None` cannot happen in practice.
    let sum = |codes: &[LineCode]| est.lines.iter().filter(|l| codes.contains(&l.code)).try_fold(Decimal::ZERO, |a, l| add(a, l.amount).ok());
    let mut parts = Vec::new();
    let mut notes = Vec::new();
    for (part, granted, codes, ask) in [
        (DecisionPart::Livsopphold, d.livsopphold, &[LineCode::Rate, LineCode::RateChild][..], DecisionNote::AskRates),
        (DecisionPart::Housing, d.housing, &[LineCode::Housing, LineCode::CommonCosts][..], DecisionNote::AskHousing),
        (DecisionPart::Electricity, d.electricity, &[LineCode::Electricity][..], DecisionNote::AskElectricity),
    ] {
        if let Some(granted) = granted {
            let estimated = sum(codes)?;
            let difference = sub(granted, estimated).ok()?;
            if difference < Decimal::ZERO {
                let source = if part == DecisionPart::Livsopphold { SourceId::Veiledende } else { SourceId::HousingCosts };
                notes.push(Note { code: ask, source });
            }
            parts.push(PartCheck { part, estimated, granted, difference });
        }
    }
    let estimated = est.totals.amount;
    let difference = sub(d.granted, estimated).ok()?;
    if difference < Decimal::ZERO && notes.is_empty() {
        notes.push(Note { code: DecisionNote::AskIncomeAndFunds, source: SourceId::AllIncomeCounts });
    } else if difference > Decimal::ZERO {
        notes.push(Note { code: DecisionNote::HigherThanEstimate, source: SourceId::Veiledende });
    } else if difference.is_zero() {
        notes.push(Note { code: DecisionNote::SameAsEstimate, source: SourceId::Veiledende });
    }
    for code in [DecisionNote::ComplainHow, DecisionNote::ComplainContent, DecisionNote::ComplainHelp, DecisionNote::ComplainAfter] {
        notes.push(Note { code, source: SourceId::NavKlage });
    }
    notes.push(Note { code: DecisionNote::ComplainOmbudsman, source: SourceId::Sivilombudet });
    Some(DecisionCheck { granted: d.granted, estimated, difference, parts, notes })
}
