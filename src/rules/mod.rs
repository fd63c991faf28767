//! The rules, one module per provision, each reading the validated [`crate::household::Household`]
//! and the law's data ([`crate::law`]), never the raw input:
//!
//! | module | law | what it decides |
//! |---|---|---|
//! | [`livsopphold`] | sosialtjenesteloven § 18 | the estimate: need, income, funds, amount |
//! | [`rates`] | § 18, rundskriv A-3/2023 | which rate table applies in the month |
//! | [`income`] | § 18 third paragraph | which incomes count |
//! | [`vilkar`] | § 20 | conditions, breach and reduction |
//! | [`aktivitetsplikt`] | § 20 a | the duty of activity, per adult |
//! | [`rights`] | §§ 17, 28, 41, 42, 47 | information, plan, decision, klage |
//! | [`nodhjelp`] | § 18 (emergency), § 27 | help today |
//! | [`kvp`] | §§ 29–40 | kvalifiseringsprogrammet and its stønad |
//! | [`cannot_know`] | — | what the estimate cannot know |
//! | [`income_timing`] | § 18, § 26 | income in time: the month is the period (explained, not computed) |
//! | [`claim_first`] | § 18 (economic rights first) | the benefits to claim first, never blocking |
//! | [`guidance`] | — | the guidance assembled from the above |
//! | [`quick_check`] | — | the volunteer's five-question check |
//! | [`what_if`] | § 18 (all income counts) | the estimate against extra work income |
//!
//! The index from § to data, module and tests is `law/text/README.md`.

pub mod aktivitetsplikt;
pub mod cannot_know;
pub mod claim_first;
pub mod decision;
pub mod documents;
pub mod guidance;
pub mod income;
pub mod income_timing;
pub mod items;
pub mod kvp;
pub mod livsopphold;
pub mod nodhjelp;
pub mod one_off;
pub mod quick_check;
pub mod rates;
pub mod rights;
pub mod vilkar;
pub mod what_if;
