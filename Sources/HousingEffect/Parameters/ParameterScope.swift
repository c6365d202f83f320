/// One indicator's reads of a ``ParameterSet`` (`ParameterSet.scope()`): what it reads is what
/// its trace entry names (``reads``).
///
/// A scope refers to its set's storage without a reference count: a Monte Carlo draw makes about
/// 50 scopes, and a scope that was a copy of the set cost a retain and a release each (issue 18).
/// So a scope lives only while the set it came from does; the stages make one, read it and drop
/// it within the computation that borrows the set, and only the model can make one (`scope()` is
/// internal).
public struct ParameterScope: ParameterReading {
  /// Unmanaged and read through `_withUnsafeGuaranteedRef`: an `unowned(unsafe)` field still
  /// made the compiler retain the storage around each read.
  private let storage: Unmanaged<ParameterSet.Storage>
  /// The scope's own log (traced), the set's log (untraced, when it records reads), or `nil`.
  private let log: ParameterReadLog?

  init(_ storage: ParameterSet.Storage, log: ParameterReadLog?) {
    self.storage = Unmanaged.passUnretained(storage)
    self.log = log
  }

  /// The value in force for `id`, written into the scope's log when there is one.
  @inline(__always)
  public subscript(id: ParameterID) -> Double {
    log?.insert(id)
    return storage._withUnsafeGuaranteedRef { $0.value(of: id) }
  }

  /// Whether `id` has a value: in the catalogue or overridden.
  public func hasValue(for id: ParameterID) -> Bool {
    storage._withUnsafeGuaranteedRef { $0.hasValue(for: id) }
  }

  /// Whether the set traces; off for a Monte Carlo draw.
  public var tracing: Bool { storage._withUnsafeGuaranteedRef { $0.tracing } }

  /// The parameters read in this scope, in the order first read; none when it records no reads.
  public var reads: ParameterReads {
    ParameterReads(log?.ordered ?? [])
  }
}
