/// Where a command writes: standard output for results and help, standard error for
/// diagnostics.
///
/// Text is written exactly as given; callers end lines with `"\n"` themselves.
public protocol CommandIO: Sendable {
  /// Writes `text` to standard output (reports, help, version).
  func out(_ text: String)
  /// Writes `text` to standard error (errors, warnings, hints).
  func err(_ text: String)
}
