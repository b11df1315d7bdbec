//! Fault injection for tests: latency, error statuses, truncated bodies and HTML error pages.

mod fault_injection;
mod fault_prefix;
mod fault_spec;

pub(crate) use fault_injection::inject_faults;
pub(crate) use fault_prefix::forward_with_path_fault;
pub use fault_spec::FaultSpec;
