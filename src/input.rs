//! The household as the user describes it, deserialised from JSON (CLI) or a JS object (wasm).
//! Amounts are read as exact decimals from strings, as people write them (`"12 500,50"`,
//! `"12.500"`, `"kr 9 000"`; the rule is in [`crate::amount`]), or from numbers; every problem is
//! reported with the JSON path of its field (see [`crate::error`]).

use crate::amount;
use crate::error::{ErrorCode, FieldError, InputErrors};
use crate::vocab::{AdultSituation, EmergencyInput, HouseholdType, IncomeKind, QuickWho, Situation};
#[cfg(feature = "situation-facts")]
use crate::vocab::{AssessedAloneReason, StudentKind};
use rust_decimal::Decimal;
use crate::json::{Items, Json, Tape, Tok, Value};

/// One person; only the age in whole years in the assessed month matters here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// Age in whole years.
    pub age: i64,
}

/// A labelled amount (an "other necessary expense").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelledAmount {
    /// What it is, in the user's words.
    pub label: String,
    /// Kroner per month.
    pub amount: Decimal,
}

/// Monthly expenses that lie outside the guideline rates (all optional, default 0).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expenses {
    /// Rent, or the interest on a mortgage.
    pub housing: Decimal,
    /// Felleskostnader (borettslag, sameie) and kommunale avgifter.
    pub common_costs: Decimal,
    /// Instalments on a mortgage (avdrag): shown, not counted (NAV usually asks for a pause).
    pub mortgage_instalments: Decimal,
    /// Electricity and heating.
    pub electricity: Decimal,
    /// Home and contents insurance.
    pub insurance: Decimal,
    /// Barnehage and SFO/AKS.
    pub childcare: Decimal,
    /// Other necessary expenses, each with a label.
    pub other: Vec<LabelledAmount>,
    /// The NAV office's limit for housing costs (rent or interest, and felleskostnader) a month,
    /// when the user knows it: the estimate then also shows the amount at the limit.
    pub housing_limit: Option<Decimal>,
}

/// One income received in the month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Income {
    /// What kind of income.
    pub kind: IncomeKind,
    /// Kroner per month, net of tax.
    pub amount: Decimal,
    /// Optional description.
    pub label: Option<String>,
}

/// One table of a caller-supplied rate set (a kommune's rates, or the rates a NAV office says it
/// uses). A category may be left out; it is then required only if the household needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomTable {
    /// First month, `YYYY-MM`.
    pub effective_from: String,
    /// Last month (inclusive), `YYYY-MM`; open-ended when absent.
    pub effective_to: Option<String>,
    /// Enslige.
    pub single: Option<Decimal>,
    /// Ektepar/samboere (together).
    pub couple: Option<Decimal>,
    /// Person i bofellesskap.
    pub shared_housing: Option<Decimal>,
    /// Per child 0–5.
    pub child0to5: Option<Decimal>,
    /// Per child 6–10.
    pub child6to10: Option<Decimal>,
    /// Per child 11–17.
    pub child11to17: Option<Decimal>,
    /// Where the figures come from (URL or decision), shown with the label.
    pub source: Option<String>,
    /// The table's own child age bands (e.g. a kommune's 0–10 and 11–17), instead of the three
    /// categories above; they must cover 0–17 without gap or overlap.
    pub children: Option<Vec<ChildBandInput>>,
}

/// One child age band of a caller's table: the rate per child from `from_age` to `to_age` (inclusive).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChildBandInput {
    /// First age of the band, whole years.
    pub from_age: i64,
    /// Last age of the band (inclusive), whole years.
    pub to_age: i64,
    /// Kroner per child per month.
    pub amount: Decimal,
}

/// A caller-supplied rate set that replaces the state tables; its label appears in the explanation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomRates {
    /// Whose rates these are, e.g. "Bergen kommune 2024".
    pub label: String,
    /// Tables in chronological order, without gaps or overlaps.
    pub tables: Vec<CustomTable>,
}

/// The household and month to assess: the input format of the CLI and the JS API.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HouseholdInput {
    /// Month assessed, `YYYY-MM`; the caller's current month when absent.
    pub month: Option<String>,
    /// Who lives together.
    pub household_type: HouseholdType,
    /// For samboere: whether they have children together (required then, an error otherwise).
    pub common_children: Option<bool>,
    /// The adults assessed: one, or two for spouses and samboere with common children.
    pub adults: Vec<Person>,
    /// Children under 18 the household provides for.
    pub children: Vec<Person>,
    /// Expenses outside the guideline rates.
    pub expenses: Expenses,
    /// Incomes received in the month.
    pub incomes: Vec<Income>,
    /// Money available now (bank balance, cash).
    pub liquid_funds: Decimal,
    /// Of `liquid_funds`, barnetrygd received this month or last month: it may not be counted as
    /// savings (Statsforvalteren i Oslo og Viken, 2023).
    pub barnetrygd_in_funds: Decimal,
    /// Optional rates replacing the state tables.
    pub custom_rates: Option<CustomRates>,
    /// Optional facts that refine the vilkår and rights guidance (see [`crate::rules::guidance`]).
    pub situation: Situation,
    /// What NAV granted, to set beside the estimate ([`crate::rules::decision`]).
    pub decision: Option<DecisionInput>,
}

/// What a decision (vedtak) granted for the month, as its letter shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DecisionInput {
    /// The amount granted for the month.
    pub granted: Decimal,
    /// Of it, for livsopphold (the guideline rates), when the letter shows it.
    pub livsopphold: Option<Decimal>,
    /// For housing (rent or interest, felleskostnader), when the letter shows it.
    pub housing: Option<Decimal>,
    /// For electricity and heating, when the letter shows it.
    pub electricity: Option<Decimal>,
}

/// A JSON-like value the reader can walk: a value on a parsed [`Tape`] (the CLI, and the browser,
/// which hands the household over as `JSON.stringify` text), or a [`Json`] tree; the trait keeps
/// the reader apart from how the value was parsed.
pub trait Node: Sized {
    /// The text of a string or a number: borrowed where the value can lend it (a parsed [`Json`]),
    /// owned where it cannot.
    type Text: AsRef<str>;
    /// An array's items.
    type Items: ExactSizeIterator<Item = Self>;
    /// What the value is.
    fn kind(&self) -> Kind<Self::Text>;
    /// The value of an object's own key (`None` when absent).
    fn get(&self, key: &str) -> Option<Self>;
    /// An object's keys.
    fn keys(&self) -> Vec<String>;
    /// An array's items (none for any other value).
    fn items(&self) -> Self::Items;
    /// Calls `f` with each of an object's entries, in order (a repeated key each time): the reader
    /// reads an object in one pass over its entries.
    fn each_entry(&self, f: impl FnMut(&str, Self));
    /// An object's keys that are not in `allowed`, in order (usually none). The default uses
    /// [`Node::keys`]; an implementation may avoid copying the keys that are allowed.
    fn unknown_keys(&self, allowed: &[&str]) -> Vec<String> {
        let mut keys = self.keys();
        keys.retain(|k| !allowed.contains(&k.as_str()));
        keys
    }
}

/// The shape of a [`Node`]. Numbers carry their exact decimal text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind<T = String> {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A number, as its exact text (`"1234.5"`).
    Number(T),
    /// A string.
    String(T),
    /// An array.
    Array,
    /// An object.
    Object,
}

impl<'a> Node for &'a Json<'a> {
    type Text = &'a str;
    type Items = std::slice::Iter<'a, Json<'a>>;
    fn kind(&self) -> Kind<&'a str> {
        match *self {
            Json::Null => Kind::Null,
            Json::Bool(b) => Kind::Bool(*b),
            Json::Number(n) => Kind::Number(n),
            Json::String(s) => Kind::String(s),
            Json::Array(_) => Kind::Array,
            Json::Object(_) => Kind::Object,
        }
    }
    fn get(&self, key: &str) -> Option<Self> {
        Json::get(self, key)
    }
    fn keys(&self) -> Vec<String> {
        match self {
            Json::Object(entries) => entries.iter().map(|(k, _)| k.to_string()).collect(),
            _ => Vec::new(),
        }
    }
    fn items(&self) -> Self::Items {
        match self {
            Json::Array(items) => items.iter(),
            _ => [].iter(),
        }
    }
    fn each_entry(&self, mut f: impl FnMut(&str, Self)) {
        if let Json::Object(entries) = self {
            for (k, v) in entries {
                f(k, v);
            }
        }
    }
    fn unknown_keys(&self, allowed: &[&str]) -> Vec<String> {
        match self {
            Json::Object(entries) => entries.iter().filter(|(k, _)| !allowed.contains(&k.as_ref())).map(|(k, _)| k.to_string()).collect(),
            _ => Vec::new(),
        }
    }
}

impl<'t, 'a> Node for Value<'t, 'a> {
    type Text = &'t str;
    type Items = Items<'t, 'a>;
    fn kind(&self) -> Kind<&'t str> {
        match self.tok() {
            Tok::Null => Kind::Null,
            Tok::Bool(b) => Kind::Bool(*b),
            Tok::Number(n) => Kind::Number(n),
            Tok::String(s) => Kind::String(s),
            Tok::Array { .. } => Kind::Array,
            Tok::Object { .. } => Kind::Object,
        }
    }
    fn get(&self, key: &str) -> Option<Self> {
        Value::get(self, key)
    }
    fn keys(&self) -> Vec<String> {
        self.entries().map(|(k, _)| k.to_string()).collect()
    }
    fn items(&self) -> Items<'t, 'a> {
        Value::items(self)
    }
    fn each_entry(&self, mut f: impl FnMut(&str, Self)) {
        for (k, v) in self.entries() {
            f(k, v);
        }
    }
}

/// Reads a [`HouseholdInput`] from JSON text. Every problem is collected with its field path.
pub fn from_json(json: &str) -> Result<HouseholdInput, InputErrors> {
    // Numbers are kept as their JSON text, so `1234.5` is read exactly and no float code is
    // involved. Syntax errors, and nesting deeper than serde_json's limit of 128, are `invalidJson`.
    match Tape::new().parse(json) {
        Some(v) => from_node(v),
        None => Err(FieldError::new("", ErrorCode::InvalidJson).into()),
    }
}

/// Reads a [`HouseholdInput`] from JSON bytes: the same as [`from_json`], for bytes that may not
/// be UTF-8.
pub fn from_json_bytes(json: &[u8]) -> Result<HouseholdInput, InputErrors> {
    from_json_bytes_in(json, &mut Tape::new())
}

/// [`from_json_bytes`] on a tape the caller keeps (the CLI's `--batch` lines: one tape per thread,
/// reused line after line, so parsing allocates nothing once the tape has grown).
pub fn from_json_bytes_in<'a>(json: &'a [u8], tape: &mut Tape<'a>) -> Result<HouseholdInput, InputErrors> {
    match tape.parse_bytes(json) {
        Some(v) => from_node(v),
        None => Err(FieldError::new("", ErrorCode::InvalidJson).into()),
    }
}

/// Reads a [`HouseholdInput`] from any [`Node`].
pub fn from_node<N: Node>(v: N) -> Result<HouseholdInput, InputErrors> {
    let mut r = Reader { errors: Vec::new() };
    let input = r.household(typed(v));
    match input {
        Some(input) if r.errors.is_empty() => Ok(input),
        _ => Err(InputErrors { errors: r.errors }),
    }
}

/// The volunteer's quick check: five questions, no ages (see [`crate::rules::quick_check`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuickInput {
    /// Month assessed, `YYYY-MM`; the caller's current month when absent.
    pub month: Option<String>,
    /// Who lives together.
    pub who: QuickWho,
    /// How many children (ages not asked).
    pub children: i64,
    /// Housing costs a month; the verdict waits for it.
    pub housing: Option<Decimal>,
    /// Income a month (every kind together); the verdict waits for it.
    pub income: Option<Decimal>,
    /// Money available now.
    pub funds: Decimal,
}

/// Reads a [`QuickInput`] from any [`Node`].
pub fn quick_from_node<N: Node>(v: N) -> Result<QuickInput, InputErrors> {
    let mut r = Reader { errors: Vec::new() };
    let input = r.quick(typed(v));
    match input {
        Some(input) if r.errors.is_empty() => Ok(input),
        _ => Err(InputErrors { errors: r.errors }),
    }
}

/// Reads a [`QuickInput`] from JSON text.
pub fn quick_from_json(json: &str) -> Result<QuickInput, InputErrors> {
    match Tape::new().parse(json) {
        Some(v) => quick_from_node(v),
        None => Err(FieldError::new("", ErrorCode::InvalidJson).into()),
    }
}

/// Walks the JSON value, collecting errors with their paths instead of stopping at the first.
///
/// Two rules keep it cheap, which matters most in the browser, where every [`Node`] call on a JS
/// value crosses the JS/wasm boundary (several times for `kind()`): each value's [`Kind`] is read
/// once ([`Typed`]), and a field's path is only written out as text when an error names it
/// ([`Path`]).
struct Reader {
    errors: Vec<FieldError>,
}

/// A value and its kind, read once.
struct Typed<N: Node> {
    node: N,
    kind: Kind<N::Text>,
}

fn typed<N: Node>(node: N) -> Typed<N> {
    let kind = node.kind();
    Typed { node, kind }
}

/// The JSON path of a value (`expenses.other[2].amount`), as a chain of segments on the stack;
/// rendered only for an error.
#[derive(Clone, Copy)]
struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    segment: Segment<'a>,
}

#[derive(Clone, Copy)]
enum Segment<'a> {
    Root,
    Key(&'a str),
    Index(usize),
}

/// The whole input (renders as the empty path).
const ROOT: Path<'static> = Path { parent: None, segment: Segment::Root };

impl<'a> Path<'a> {
    /// `self.key`, or `key` at the root.
    fn key(&'a self, key: &'a str) -> Path<'a> {
        Path { parent: Some(self), segment: Segment::Key(key) }
    }
    /// `self[i]`.
    fn index(&'a self, i: usize) -> Path<'a> {
        Path { parent: Some(self), segment: Segment::Index(i) }
    }
    fn write(&self, out: &mut String) {
        if let Some(parent) = self.parent {
            parent.write(out);
        }
        match self.segment {
            Segment::Root => {}
            Segment::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Segment::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }
}

impl Reader {
    fn err(&mut self, path: &Path, code: ErrorCode) {
        self.errors.push(FieldError::new(path.render(), code));
    }

    /// When `v` is an object, its values of `keys` (of a key given twice, the last), read in one
    /// pass over its entries, after reporting every other key as `unknownField`, in order; a
    /// `wrongType` and `None` otherwise.
    #[cfg(not(target_arch = "wasm32"))]
    fn fields<N: Node, const K: usize>(&mut self, v: &Typed<N>, path: &Path, keys: &[&str; K]) -> Option<[Option<N>; K]> {
        if !matches!(v.kind, Kind::Object) {
            self.err(path, ErrorCode::WrongType);
            return None;
        }
        let mut slots: [Option<N>; K] = std::array::from_fn(|_| None);
        v.node.each_entry(|key, value| match keys.iter().position(|&k| k == key).and_then(|i| slots.get_mut(i)) {
            Some(slot) => *slot = Some(value),
            None => self.err(&path.key(key), ErrorCode::UnknownField),
        });
        Some(slots)
    }

    /// The same in the page's wasm: one copy of the loop for every number of keys ([`Reader::entries`])
    /// keeps the module within its size budget. Natively a copy for each number of keys (above)
    /// reads the batch's objects with 6 % fewer instructions.
    #[cfg(target_arch = "wasm32")]
    fn fields<N: Node, const K: usize>(&mut self, v: &Typed<N>, path: &Path, keys: &[&str; K]) -> Option<[Option<N>; K]> {
        let mut slots: [Option<N>; K] = std::array::from_fn(|_| None);
        self.entries(v, path, keys, &mut slots).then_some(slots)
    }

    /// [`Reader::fields`] for any number of keys (the wasm's; tested natively against it).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(any(target_arch = "wasm32", test)), allow(dead_code))]
    fn entries<N: Node>(&mut self, v: &Typed<N>, path: &Path, keys: &[&str], slots: &mut [Option<N>]) -> bool {
        if !matches!(v.kind, Kind::Object) {
            self.err(path, ErrorCode::WrongType);
            return false;
        }
        v.node.each_entry(|key, value| match keys.iter().position(|&k| k == key).and_then(|i| slots.get_mut(i)) {
            Some(slot) => *slot = Some(value),
            None => self.err(&path.key(key), ErrorCode::UnknownField),
        });
        true
    }

    /// A present, non-null field (`v`, the value of `key`); reports `missingField` when `required`.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn present<N: Node>(&mut self, v: Option<N>, path: &Path, key: &str, required: bool) -> Option<Typed<N>> {
        match v.map(typed) {
            Some(v) if !matches!(v.kind, Kind::Null) => Some(v),
            _ => {
                if required {
                    self.err(&path.key(key), ErrorCode::MissingField);
                }
                None
            }
        }
    }

    /// An array's items; `None` (and nothing) when absent, a `wrongType` for any other value.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn array<N: Node>(&mut self, v: Option<Typed<N>>, path: &Path) -> Option<N::Items> {
        match v {
            None => None,
            Some(v) if matches!(v.kind, Kind::Array) => Some(v.node.items()),
            Some(_) => {
                self.err(path, ErrorCode::WrongType);
                None
            }
        }
    }

    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn text<N: Node>(&mut self, v: Typed<N>, path: &Path) -> Option<String> {
        match v.kind {
            Kind::String(s) => Some(s.as_ref().to_owned()),
            _ => {
                self.err(path, ErrorCode::WrongType);
                None
            }
        }
    }

    /// An amount: a string as a person writes it, or a number read from its exact text (the two
    /// rules of [`crate::amount`]). An unreadable one names what it may have meant.
    fn amount<N: Node>(&mut self, v: &Typed<N>, path: &Path) -> Option<Decimal> {
        let parsed = match &v.kind {
            Kind::String(s) => amount::read_text(s.as_ref()),
            Kind::Number(s) => amount::read_number(s.as_ref()),
            _ => Err(ErrorCode::WrongType.into()),
        };
        match parsed {
            Ok(d) => Some(d),
            Err(e) => {
                let mut fe = FieldError::new(path.render(), e.code);
                fe.readings = e.readings.iter().map(Decimal::to_string).collect();
                self.errors.push(fe);
                None
            }
        }
    }

    /// An optional amount (`v`, the value of `key`) that defaults to 0 (an explicit `null` is a
    /// type error).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn amount_or_zero<N: Node>(&mut self, v: Option<N>, path: &Path, key: &str) -> Decimal {
        match v {
            None => Decimal::ZERO,
            Some(v) => self.amount(&typed(v), &path.key(key)).unwrap_or_default(),
        }
    }

    /// A whole number of years ([`amount::read_whole_years`]).
    fn whole<N: Node>(&mut self, v: &Typed<N>, path: &Path) -> Option<i64> {
        let read = match &v.kind {
            Kind::String(s) => amount::read_whole_years(s.as_ref(), false),
            Kind::Number(s) => amount::read_whole_years(s.as_ref(), true),
            _ => Err(ErrorCode::WrongType),
        };
        read.map_err(|code| self.err(path, code)).ok()
    }

    fn persons<N: Node>(&mut self, v: Option<N>, path: &Path) -> Vec<Person> {
        let Some(items) = self.array(v.map(typed), path) else { return Vec::new() };
        let total = items.len();
        let mut out = Vec::with_capacity(total.min(MAX_LIST));
        for (i, item) in items.enumerate().take(MAX_LIST) {
            let p = path.index(i);
            let Some([age]) = self.fields(&typed(item), &p, &["age"]) else { continue };
            if let Some(age) = self.present(age, &p, "age", true).and_then(|a| self.whole(&a, &p.key("age"))) {
                out.push(Person { age });
            }
        }
        if total > MAX_LIST {
            // Kept as a count only: validation reports `tooMany` with the real limit.
            out.resize(total.min(MAX_LIST + 1), Person { age: 0 });
        }
        out
    }

    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn enum_value<N: Node, T: Copy>(&mut self, v: Typed<N>, path: &Path, names: &[(&str, T)]) -> Option<T> {
        let Kind::String(s) = &v.kind else {
            self.err(path, ErrorCode::WrongType);
            return None;
        };
        match names.iter().find(|(n, _)| *n == s.as_ref()) {
            Some((_, t)) => Some(*t),
            None => {
                self.err(path, ErrorCode::UnknownValue);
                None
            }
        }
    }
    fn household<N: Node>(&mut self, v: Typed<N>) -> Option<HouseholdInput> {
        const KEYS: &[&str; 12] =
            &["month", "householdType", "commonChildren", "adults", "children", "expenses", "incomes", "liquidFunds", "barnetrygdInFunds", "customRates", "situation", "decision"];
        let [month, household_type, common_children, adults, children, expenses, incomes, liquid_funds, barnetrygd_in_funds, custom_rates, situation, decision] =
            self.fields(&v, &ROOT, KEYS)?;
        let month = self.present(month, &ROOT, "month", false).and_then(|m| self.text(m, &ROOT.key("month")));
        let household_type =
            self.present(household_type, &ROOT, "householdType", true).and_then(|t| self.enum_value(t, &ROOT.key("householdType"), HOUSEHOLD_TYPES));
        let common_children = match common_children.map(|v| v.kind()) {
            None | Some(Kind::Null) => None,
            Some(Kind::Bool(b)) => Some(b),
            Some(_) => {
                self.err(&ROOT.key("commonChildren"), ErrorCode::WrongType);
                None
            }
        };
        let adults = self.persons(adults, &ROOT.key("adults"));
        let children = self.persons(children, &ROOT.key("children"));
        let expenses = match self.present(expenses, &ROOT, "expenses", false) {
            Some(e) => self.expenses(e),
            None => Expenses::default(),
        };
        let incomes = self.incomes(incomes);
        let liquid_funds = self.amount_or_zero(liquid_funds, &ROOT, "liquidFunds");
        let barnetrygd_in_funds = self.amount_or_zero(barnetrygd_in_funds, &ROOT, "barnetrygdInFunds");
        let custom_rates = self.present(custom_rates, &ROOT, "customRates", false).and_then(|c| self.custom_rates(c));
        let situation = match self.present(situation, &ROOT, "situation", false) {
            Some(v) => self.situation(v),
            None => Situation::default(),
        };
        let decision = self.present(decision, &ROOT, "decision", false).and_then(|d| self.decision(d));
        Some(HouseholdInput {
            month,
            household_type: household_type?,
            common_children,
            adults,
            children,
            expenses,
            incomes,
            liquid_funds,
            barnetrygd_in_funds,
            custom_rates,
            situation,
            decision,
        })
    }

    fn decision<N: Node>(&mut self, v: Typed<N>) -> Option<DecisionInput> {
        let p = ROOT.key("decision");
        let [granted, livsopphold, housing, electricity] = self.fields(&v, &p, &["granted", "livsopphold", "housing", "electricity"])?;
        let granted = self.present(granted, &p, "granted", true).and_then(|g| self.amount(&g, &p.key("granted")));
        let mut part = |v: Option<N>, key: &str| self.present(v, &p, key, false).and_then(|a| self.amount(&a, &p.key(key)));
        let (livsopphold, housing, electricity) = (part(livsopphold, "livsopphold"), part(housing, "housing"), part(electricity, "electricity"));
        Some(DecisionInput { granted: granted?, livsopphold, housing, electricity })
    }

    fn quick<N: Node>(&mut self, v: Typed<N>) -> Option<QuickInput> {
        let [month, who, children, housing, income, funds] = self.fields(&v, &ROOT, &["month", "who", "children", "housing", "income", "funds"])?;
        let month = self.present(month, &ROOT, "month", false).and_then(|m| self.text(m, &ROOT.key("month")));
        let who = self.present(who, &ROOT, "who", true).and_then(|t| self.enum_value(t, &ROOT.key("who"), QUICK_WHO));
        let children = match self.present(children, &ROOT, "children", false) {
            Some(c) => self.whole(&c, &ROOT.key("children")).unwrap_or_default(),
            None => 0,
        };
        // An empty answer is no answer yet (the verdict waits), not an error.
        let mut optional = |v: Option<N>, key: &str| match self.present(v, &ROOT, key, false) {
            Some(Typed { kind: Kind::String(s), .. }) if s.as_ref().trim().is_empty() => None,
            Some(a) => self.amount(&a, &ROOT.key(key)),
            None => None,
        };
        let (housing, income, funds) = (optional(housing, "housing"), optional(income, "income"), optional(funds, "funds"));
        Some(QuickInput { month, who: who?, children, housing, income, funds: funds.unwrap_or_default() })
    }

    /// A flag (`v`, the value of `key`): absent or `null` is false.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn boolean<N: Node>(&mut self, v: Option<N>, path: &Path, key: &str) -> bool {
        match v.map(|v| v.kind()) {
            None | Some(Kind::Null) => false,
            Some(Kind::Bool(b)) => b,
            Some(_) => {
                self.err(&path.key(key), ErrorCode::WrongType);
                false
            }
        }
    }

    /// Optional facts for the guidance (see [`crate::vocab::Situation`]).
    fn situation<N: Node>(&mut self, v: Typed<N>) -> Situation {
        let mut out = Situation::default();
        let p = ROOT.key("situation");
        #[cfg(feature = "situation-facts")]
        const KEYS: &[&str; 8] = &["emergency", "adults", "assessedAlone", "adultChildAtHome", "adultChildInUpperSecondary", "samvaerChildren", "saerkullChildren", "student"];
        #[cfg(feature = "situation-facts")]
        let Some([emergency, adults, assessed_alone, adult_child, upper_secondary, samvaer, saerkull, student]) = self.fields(&v, &p, KEYS) else { return out };
        #[cfg(feature = "situation-facts")]
        {
            out.facts.student = self.present(student, &p, "student", false).and_then(|r| self.enum_value(r, &p.key("student"), STUDENT_KINDS));
            out.facts.assessed_alone = self
                .present(assessed_alone, &p, "assessedAlone", false)
                .and_then(|r| self.enum_value(r, &p.key("assessedAlone"), ASSESSED_ALONE_REASONS));
            out.facts.adult_child_at_home = self.boolean(adult_child, &p, "adultChildAtHome");
            out.facts.adult_child_in_upper_secondary = self.boolean(upper_secondary, &p, "adultChildInUpperSecondary");
            out.facts.samvaer_children = self.boolean(samvaer, &p, "samvaerChildren");
            out.facts.saerkull_children = self.boolean(saerkull, &p, "saerkullChildren");
        }
        // The first screen's wasm reads only the emergency and the adults' situation (its size budget):
        // the other facts are unknown fields there; the page sends a household with them to the whole API.
        #[cfg(not(feature = "situation-facts"))]
        let Some([emergency, adults]) = self.fields(&v, &p, &["emergency", "adults"]) else { return out };
        if let Some(e) = self.present(emergency, &p, "emergency", false) {
            let p = p.key("emergency");
            if let Some([no_food, no_shelter]) = self.fields(&e, &p, &["noFood", "noShelter"]) {
                out.emergency = EmergencyInput { no_food: self.boolean(no_food, &p, "noFood"), no_shelter: self.boolean(no_shelter, &p, "noShelter") };
            }
        }
        let adults_path = p.key("adults");
        let Some(items) = self.array(adults.map(typed), &adults_path) else { return out };
        for (i, item) in items.enumerate().take(MAX_LIST) {
            let p = adults_path.index(i);
            let Some([in_work, active, health, caring, education, other]) = self.fields(&typed(item), &p, ADULT_SITUATION_KEYS) else { continue };
            out.adults.push(AdultSituation {
                in_work: self.boolean(in_work, &p, "inWork"),
                active_through_other_benefit: self.boolean(active, &p, "activeThroughOtherBenefit"),
                health_or_social: self.boolean(health, &p, "healthOrSocial"),
                caring_duties: self.boolean(caring, &p, "caringDuties"),
                in_education: self.boolean(education, &p, "inEducation"),
                other_reason: self.boolean(other, &p, "otherReason"),
            });
        }
        out
    }

    fn expenses<N: Node>(&mut self, v: Typed<N>) -> Expenses {
        let p = ROOT.key("expenses");
        const KEYS: &[&str; 8] = &["housing", "commonCosts", "mortgageInstalments", "electricity", "insurance", "childcare", "other", "housingLimit"];
        let Some([housing, common_costs, mortgage_instalments, electricity, insurance, childcare, other, housing_limit]) = self.fields(&v, &p, KEYS) else {
            return Expenses::default();
        };
        let mut e = Expenses {
            housing: self.amount_or_zero(housing, &p, "housing"),
            common_costs: self.amount_or_zero(common_costs, &p, "commonCosts"),
            mortgage_instalments: self.amount_or_zero(mortgage_instalments, &p, "mortgageInstalments"),
            electricity: self.amount_or_zero(electricity, &p, "electricity"),
            insurance: self.amount_or_zero(insurance, &p, "insurance"),
            childcare: self.amount_or_zero(childcare, &p, "childcare"),
            other: Vec::new(),
            housing_limit: self.present(housing_limit, &p, "housingLimit", false).and_then(|l| self.amount(&l, &p.key("housingLimit"))),
        };
        let other_path = p.key("other");
        let Some(items) = self.array(other.map(typed), &other_path) else { return e };
        for (i, item) in items.enumerate().take(MAX_LIST + 1) {
            let p = other_path.index(i);
            let Some([label, amount]) = self.fields(&typed(item), &p, &["label", "amount"]) else { continue };
            let label = self.present(label, &p, "label", false).and_then(|l| self.text(l, &p.key("label"))).unwrap_or_default();
            if let Some(amount) = self.present(amount, &p, "amount", true).and_then(|a| self.amount(&a, &p.key("amount"))) {
                e.other.push(LabelledAmount { label, amount });
            }
        }
        e
    }

    fn incomes<N: Node>(&mut self, v: Option<N>) -> Vec<Income> {
        let path = ROOT.key("incomes");
        let Some(items) = self.array(v.map(typed), &path) else { return Vec::new() };
        let mut out = Vec::with_capacity(items.len().min(MAX_LIST + 1));
        for (i, item) in items.enumerate().take(MAX_LIST + 1) {
            let p = path.index(i);
            let Some([kind, amount, label]) = self.fields(&typed(item), &p, &["kind", "amount", "label"]) else { continue };
            let kind = self.present(kind, &p, "kind", true).and_then(|k| self.enum_value(k, &p.key("kind"), INCOME_KINDS));
            let amount = self.present(amount, &p, "amount", true).and_then(|a| self.amount(&a, &p.key("amount")));
            let label = self.present(label, &p, "label", false).and_then(|l| self.text(l, &p.key("label")));
            if let (Some(kind), Some(amount)) = (kind, amount) {
                out.push(Income { kind, amount, label });
            }
        }
        out
    }

    fn custom_rates<N: Node>(&mut self, v: Typed<N>) -> Option<CustomRates> {
        let p = ROOT.key("customRates");
        let [label, tables] = self.fields(&v, &p, &["label", "tables"])?;
        let label = self.present(label, &p, "label", true).and_then(|l| self.text(l, &p.key("label"))).unwrap_or_default();
        let tables_value = self.present(tables, &p, "tables", true)?;
        let tables_path = p.key("tables");
        let Some(items) = self.array(Some(tables_value), &tables_path) else { return Some(CustomRates { label, tables: Vec::new() }) };
        let mut tables = Vec::with_capacity(items.len().min(MAX_LIST + 1));
        for (i, item) in items.enumerate().take(MAX_LIST + 1) {
            let p = tables_path.index(i);
            #[cfg(feature = "child-bands")]
            const KEYS: &[&str; 10] = &["effectiveFrom", "effectiveTo", "single", "couple", "sharedHousing", "child0to5", "child6to10", "child11to17", "source", "children"];
            #[cfg(feature = "child-bands")]
            let Some([from, to, single, couple, shared_housing, child0to5, child6to10, child11to17, source, children]) = self.fields(&typed(item), &p, KEYS) else {
                continue;
            };
            // The first screen's wasm reads no own bands (its size budget): `children` is an unknown
            // field there; the page sends such a table to the whole API, so it is never shown.
            #[cfg(not(feature = "child-bands"))]
            const KEYS: &[&str; 9] = &["effectiveFrom", "effectiveTo", "single", "couple", "sharedHousing", "child0to5", "child6to10", "child11to17", "source"];
            #[cfg(not(feature = "child-bands"))]
            let Some([from, to, single, couple, shared_housing, child0to5, child6to10, child11to17, source]) = self.fields(&typed(item), &p, KEYS) else {
                continue;
            };
            let from = self.present(from, &p, "effectiveFrom", true).and_then(|f| self.text(f, &p.key("effectiveFrom")));
            let to = self.present(to, &p, "effectiveTo", false).and_then(|f| self.text(f, &p.key("effectiveTo")));
            // A category may be absent (or an empty string, as from an empty form field); it is then
            // required only when the household needs it (checked with the household).
            let mut unreadable = false;
            let mut rate = |v: Option<N>, key: &str| match self.present(v, &p, key, false) {
                Some(Typed { kind: Kind::String(s), .. }) if s.as_ref().trim().is_empty() => None,
                Some(a) => {
                    let r = self.amount(&a, &p.key(key));
                    unreadable |= r.is_none();
                    r
                }
                None => None,
            };
            let [single, couple, shared_housing, child0to5, child6to10, child11to17] = [
                rate(single, "single"),
                rate(couple, "couple"),
                rate(shared_housing, "sharedHousing"),
                rate(child0to5, "child0to5"),
                rate(child6to10, "child6to10"),
                rate(child11to17, "child11to17"),
            ];
            let source = self.present(source, &p, "source", false).and_then(|s| self.text(s, &p.key("source")));
            #[cfg(feature = "child-bands")]
            let children = self.present(children, &p, "children", false).map(|c| self.child_bands(c, &p.key("children"), &mut unreadable));
            #[cfg(not(feature = "child-bands"))]
            let children = None;
            if let (Some(effective_from), false) = (from, unreadable) {
                tables.push(CustomTable { effective_from, effective_to: to, single, couple, shared_housing, child0to5, child6to10, child11to17, source, children });
            }
        }
        Some(CustomRates { label, tables })
    }
}

#[cfg(feature = "child-bands")]
impl Reader {
    /// A caller's child age bands: `[{ fromAge, toAge, amount }]` (checked with the table).
    #[inline(never)]
    fn child_bands<N: Node>(&mut self, v: Typed<N>, path: &Path, unreadable: &mut bool) -> Vec<ChildBandInput> {
        let Some(items) = self.array(Some(v), path) else {
            *unreadable = true;
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.enumerate().take(MAX_LIST) {
            let p = path.index(i);
            let Some([from, to, amount]) = self.fields(&typed(item), &p, &["fromAge", "toAge", "amount"]) else {
                *unreadable = true;
                continue;
            };
            let from = self.present(from, &p, "fromAge", true).and_then(|a| self.whole(&a, &p.key("fromAge")));
            let to = self.present(to, &p, "toAge", true).and_then(|a| self.whole(&a, &p.key("toAge")));
            let amount = self.present(amount, &p, "amount", true).and_then(|a| self.amount(&a, &p.key("amount")));
            match (from, to, amount) {
                (Some(from_age), Some(to_age), Some(amount)) => out.push(ChildBandInput { from_age, to_age, amount }),
                _ => *unreadable = true,
            }
        }
        out
    }
}

/// Lists longer than this are not read further (validation reports them as `tooMany`).
const MAX_LIST: usize = 50;

/// The fields of one adult's situation (`situation.adults[i]`), in [`AdultSituation`]'s order; the
/// schema lists them for the page.
pub const ADULT_SITUATION_KEYS: &[&str; 6] = &["inWork", "activeThroughOtherBenefit", "healthOrSocial", "caringDuties", "inEducation", "otherReason"];

const HOUSEHOLD_TYPES: &[(&str, HouseholdType)] = &[
    ("single", HouseholdType::Single),
    ("married", HouseholdType::Married),
    ("cohabiting", HouseholdType::Cohabiting),
    ("sharedHousing", HouseholdType::SharedHousing),
];

#[cfg(feature = "situation-facts")]
const ASSESSED_ALONE_REASONS: &[(&str, AssessedAloneReason)] = &[
    ("crisisCentre", AssessedAloneReason::CrisisCentre),
    ("hidingFromViolentSpouse", AssessedAloneReason::HidingFromViolentSpouse),
    ("escapingForcedMarriage", AssessedAloneReason::EscapingForcedMarriage),
    ("spouseInPrison", AssessedAloneReason::SpouseInPrison),
    ("spouseDoesNotProvide", AssessedAloneReason::SpouseDoesNotProvide),
];

#[cfg(feature = "situation-facts")]
const STUDENT_KINDS: &[(&str, StudentKind)] = &[("higherEducation", StudentKind::HigherEducation), ("upperSecondary", StudentKind::UpperSecondary)];

const QUICK_WHO: &[(&str, QuickWho)] = &[("single", QuickWho::Single), ("together", QuickWho::Together), ("alone", QuickWho::Alone), ("shared", QuickWho::Shared)];

const INCOME_KINDS: &[(&str, IncomeKind)] = &[
    ("workNet", IncomeKind::WorkNet),
    ("aap", IncomeKind::Aap),
    ("dagpenger", IncomeKind::Dagpenger),
    ("sykepenger", IncomeKind::Sykepenger),
    ("uforetrygd", IncomeKind::Uforetrygd),
    ("overgangsstonad", IncomeKind::Overgangsstonad),
    ("introduksjonsstonad", IncomeKind::Introduksjonsstonad),
    ("kvalifiseringsstonad", IncomeKind::Kvalifiseringsstonad),
    ("otherNavBenefit", IncomeKind::OtherNavBenefit),
    ("bostotte", IncomeKind::Bostotte),
    ("barnetrygd", IncomeKind::Barnetrygd),
    ("utvidetBarnetrygd", IncomeKind::UtvidetBarnetrygd),
    ("kontantstotte", IncomeKind::Kontantstotte),
    ("barnebidrag", IncomeKind::Barnebidrag),
    ("childWorkIncome", IncomeKind::ChildWorkIncome),
    ("studentSupport", IncomeKind::StudentSupport),
    ("other", IncomeKind::Other),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn text_and_numbers_follow_their_own_rule() {
        let i = from_json(r#"{"householdType":"single","liquidFunds":"12.500","expenses":{"housing":12.500}}"#).unwrap();
        assert_eq!(i.liquid_funds, dec("12500"), "text: dots group thousands");
        assert_eq!(i.expenses.housing, dec("12.5"), "a JSON number: the dot is a decimal point");
        let e = from_json(r#"{"householdType":"single","liquidFunds":"12,500"}"#).unwrap_err();
        assert_eq!(e.errors[0].code, ErrorCode::AmbiguousAmount);
        assert_eq!(e.errors[0].readings, vec!["12500".to_string(), "12.5".to_string()]);
    }

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn json_numbers_are_read_from_their_exact_text() {
        let i = from_json(r#"{"householdType":"single","liquidFunds":1234.5,"expenses":{"housing":0.1}}"#).unwrap();
        assert_eq!(i.liquid_funds, dec("1234.5"));
        assert_eq!(i.expenses.housing, dec("0.1"));
        let e = from_json(r#"{"householdType":"single","liquidFunds":1e400}"#).unwrap_err();
        assert!(e.has("liquidFunds", ErrorCode::NotANumber), "{e:?}");
    }

    #[test]
    fn ages_are_whole_years_whatever_the_spelling() {
        let age = |a: &str| from_json(&format!(r#"{{"householdType":"single","adults":[{{"age":{a}}}]}}"#)).map(|i| i.adults[0].age);
        assert_eq!(age("30"), Ok(30));
        assert_eq!(age(r#""30,0""#), Ok(30));
        assert_eq!(age("30.0"), Ok(30));
        assert_eq!(age(r#""-0""#), Ok(0));
        assert_eq!(age("0.000"), Ok(0));
        assert_eq!(age("-7"), Ok(-7));
        assert_eq!(age("9223372036854775807"), Ok(i64::MAX));
        assert!(age("9223372036854775808").unwrap_err().has("adults[0].age", ErrorCode::TooLarge));
        assert!(age("30.5").unwrap_err().has("adults[0].age", ErrorCode::NotWholeYears));
        assert!(age("0.000000000000000000000000001").unwrap_err().has("adults[0].age", ErrorCode::NotWholeYears));
    }

    #[test]
    fn the_wasm_reading_of_an_object_is_the_native_one() {
        // `Reader::entries` (the wasm's `fields`) against the native `fields`: values, repeated and
        // unknown keys, errors and their order.
        const KEYS: &[&str; 3] = &["a", "bb", "c"];
        for text in [r#"{"a":1,"bb":2}"#, r#"{"c":1,"x":2,"a":3,"a":4,"y":5}"#, r#"{}"#, r#"[]"#, r#"{"bb":null,"bb":{"a":1}}"#, "5"] {
            let mut tape = Tape::new();
            let v = typed(tape.parse(text).unwrap());
            let (mut native, mut wasm) = (Reader { errors: Vec::new() }, Reader { errors: Vec::new() });
            let path = ROOT.key("p");
            let fields = native.fields(&v, &path, KEYS).map(|s| s.map(|v| v.map(|v| v.to_json())));
            let mut slots = [None; 3];
            let read = wasm.entries(&v, &path, KEYS, &mut slots);
            assert_eq!(fields, read.then_some(slots.map(|v| v.map(|v: Value| v.to_json()))), "{text}");
            assert_eq!(native.errors, wasm.errors, "{text}");
        }
    }

    #[test]
    fn errors_name_the_field_and_all_are_collected() {
        let e = from_json(r#"{"householdType":"single","adults":[{"age":"x"}]}"#).unwrap_err();
        assert!(e.has("adults[0].age", ErrorCode::NotWholeYears), "{e:?}");
        let e = from_json(r#"{"householdType":"single","adults":[{}]}"#).unwrap_err();
        assert!(e.has("adults[0].age", ErrorCode::MissingField), "{e:?}");
        let e = from_json(r#"{"householdType":"single","adultz":[]}"#).unwrap_err();
        assert!(e.has("adultz", ErrorCode::UnknownField), "{e:?}");
        let e = from_json(r#"{"householdType":"trio"}"#).unwrap_err();
        assert!(e.has("householdType", ErrorCode::UnknownValue), "{e:?}");
        let e = from_json(r#"{"householdType":"single","expenses":{"housing":{}}}"#).unwrap_err();
        assert!(e.has("expenses.housing", ErrorCode::WrongType), "{e:?}");
        let e = from_json(r#"{"householdType":"single","#).unwrap_err();
        assert!(e.has("", ErrorCode::InvalidJson), "{e:?}");
        let e = from_json(r#"{"householdType":"single"} x"#).unwrap_err();
        assert!(e.has("", ErrorCode::InvalidJson), "{e:?}");
        let e = from_json(r#"{}"#).unwrap_err();
        assert!(e.has("householdType", ErrorCode::MissingField), "{e:?}");
        let e = from_json(r#"[]"#).unwrap_err();
        assert!(e.has("", ErrorCode::WrongType), "{e:?}");
        let e = from_json(r#"{"householdType":"single","adults":[{"age":30.5}],"incomes":[{"kind":"lottery","amount":"x"}],"expenses":{"other":[{"label":5,"amount":"1"}]}}"#).unwrap_err();
        assert!(e.has("adults[0].age", ErrorCode::NotWholeYears), "{e:?}");
        assert!(e.has("incomes[0].kind", ErrorCode::UnknownValue), "{e:?}");
        assert!(e.has("incomes[0].amount", ErrorCode::NotANumber), "{e:?}");
        assert!(e.has("expenses.other[0].label", ErrorCode::WrongType), "{e:?}");
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert!(from_json(&deep).unwrap_err().has("", ErrorCode::InvalidJson));
    }
}
