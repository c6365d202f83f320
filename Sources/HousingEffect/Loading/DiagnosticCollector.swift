/// The diagnostics of one load, shared by every reader of the documents being loaded.
///
/// A class, so that all `JSONReader` values handed down the tree append to the same list and a
/// loader can go on after a problem and report every one.
///
/// Deliberately *not* `Sendable` (not even `@unchecked`): it is unsynchronised mutable state,
/// created, filled and read within a single load on a single task. What crosses concurrency
/// boundaries is the finished `diagnostics` array, which is `Sendable`. `@unchecked Sendable`
/// would only silence the compiler in the one situation where it is right to complain.
public final class DiagnosticCollector {
  /// Every diagnostic added so far, in the order they were found.
  public var diagnostics: [Diagnostic]

  /// A collector that starts with `diagnostics` (usually none).
  public init(_ diagnostics: [Diagnostic] = []) {
    self.diagnostics = diagnostics
  }

  /// Appends one diagnostic.
  public func add(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic)
  }

  /// Appends several diagnostics, in order.
  public func add(contentsOf diagnostics: some Sequence<Diagnostic>) {
    self.diagnostics.append(contentsOf: diagnostics)
  }

  /// Whether any diagnostic collected so far is an error (warnings do not count).
  public var hasErrors: Bool { diagnostics.hasErrors }
}

@available(*, unavailable, message: "Collect per load on one task; pass `diagnostics` instead")
extension DiagnosticCollector: Sendable {}
