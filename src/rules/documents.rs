//! What NAV may ask the household to document, from its own answers: the list to bring or send
//! with the application. NAV's examples of «hva du kan bli bedt om å dokumentere» (NAV: «Dette bør
//! du vite før du søker», V) are: legitimasjon, gyldig oppholdstillatelse, skattemelding and
//! skatteoppgjør, lønnsslipp, kontooversikter med saldo, kontoutskrifter, dokumentasjon på boforhold
//! (husleiekontrakt), fakturaer for husleie, boliglån, strøm, barnehage, SFO og fritidsaktiviteter
//! for barn, and faste eller høye utgifter til helse og tannbehandling. Each code below is one of
//! those, asked for only when the answers make it relevant (the first four always).

use crate::household::Household;
use crate::vocab::IncomeKind;

code_enum! {
    /// One document (or kind of paper) NAV may ask for. The words are in the catalogues
    /// (`documents.<code>`); the source is `navDocumentation`.
    pub enum DocumentCode {
        /// Legitimasjon (passport, bank card with photo, national ID card).
        Id,
        /// Valid residence permit, when the person is not a Norwegian or Nordic citizen.
        ResidencePermit,
        /// Skattemelding and skatteoppgjør.
        TaxReturn,
        /// An overview of every account with its balance, and statements for the last months.
        BankStatements,
        /// The rental contract (documentation of where one lives).
        RentalContract,
        /// The mortgage: interest and instalments (when instalments are entered).
        MortgageStatement,
        /// Invoices for rent or felleskostnader.
        HousingInvoices,
        /// The electricity bill.
        ElectricityBill,
        /// Invoices for barnehage or SFO.
        ChildcareInvoices,
        /// Invoices for the children's leisure activities (fees, equipment).
        LeisureInvoices,
        /// Receipts or invoices for the other expenses entered (health, dental care, …).
        OtherExpenseReceipts,
        /// Payslips.
        Payslips,
        /// Decisions (vedtak) on NAV benefits received.
        BenefitDecisions,
        /// The bostøtte decision from Husbanken.
        BostotteDecision,
        /// Papers on barnebidrag or bidragsforskudd received.
        BarnebidragPapers,
        /// The decision from Lånekassen.
        StudentSupportDecision,
    }
}

/// The documents for this household, in the order of NAV's list.
pub fn documents(h: &Household) -> Vec<DocumentCode> {
    use DocumentCode as D;
    let e = h.expenses;
    let has = |k: IncomeKind| h.incomes.iter().any(|i| i.kind == k && !i.amount.is_zero());
    let nav_benefit = [
        IncomeKind::Aap,
        IncomeKind::Dagpenger,
        IncomeKind::Sykepenger,
        IncomeKind::Uforetrygd,
        IncomeKind::Overgangsstonad,
        IncomeKind::Introduksjonsstonad,
        IncomeKind::Kvalifiseringsstonad,
        IncomeKind::OtherNavBenefit,
        IncomeKind::UtvidetBarnetrygd,
        IncomeKind::Kontantstotte,
    ]
    .into_iter()
    .any(has);
    let mut out = vec![D::Id, D::ResidencePermit, D::TaxReturn, D::BankStatements];
    for (when, code) in [
        (!e.housing.is_zero() && e.mortgage_instalments.is_zero(), D::RentalContract),
        (!e.mortgage_instalments.is_zero(), D::MortgageStatement),
        (!e.housing.is_zero() || !e.common_costs.is_zero(), D::HousingInvoices),
        (!e.electricity.is_zero(), D::ElectricityBill),
        (!e.childcare.is_zero(), D::ChildcareInvoices),
        (!h.children.is_empty(), D::LeisureInvoices),
        (e.other.iter().any(|o| !o.amount.is_zero()), D::OtherExpenseReceipts),
        (has(IncomeKind::WorkNet) || has(IncomeKind::ChildWorkIncome), D::Payslips),
        (nav_benefit, D::BenefitDecisions),
        (has(IncomeKind::Bostotte), D::BostotteDecision),
        (has(IncomeKind::Barnebidrag), D::BarnebidragPapers),
        (has(IncomeKind::StudentSupport), D::StudentSupportDecision),
    ] {
        if when {
            out.push(code);
        }
    }
    out
}
