//! The legal sources the guidance cites (vilkår, rights, KVP, nødhjelp): one registry with the
//! estimate's, in [`crate::source`]; this module re-exports it under the names the guidance uses.

pub use crate::source::*;
