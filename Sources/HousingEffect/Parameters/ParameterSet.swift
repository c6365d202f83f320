/// The parameter values one run uses: the catalogue at a date, with the user's overrides applied.
///
/// The values are resolved once, in catalogue order, when the set is made: a read of a model id
/// is two array loads (its position by ordinal, then the value), with no search. The same set serves the traced run (reports,
/// `explain`) and the untraced one (Monte Carlo draws, sensitivity runs), where ``tracing`` is off
/// and the values are a draw (``drawn(_:)``). See Docs/design-notes.md §18.
///
/// Everything a set holds sits behind one reference, copied on write: the stages pass sets
/// around and every indicator scope asks for one (`scope()`), so a copy costs one retain and
/// one release (issue 18).
public struct ParameterSet: Sendable, ParameterReading {
  /// The fields of a set. Every field is a constant, so reading one needs no exclusivity check
  /// at run time (a class's `var` does); the values sit in memory of their own, written only
  /// through a storage no other set shares (`isKnownUniquelyReferenced`), so sets stay values.
  final class Storage: @unchecked Sendable {
    let catalog: ParameterCatalog
    let asOf: Day
    let overrides: [ParameterID: ParameterOverride]
    let values: UnsafeMutableBufferPointer<Double>
    let tracing: Bool
    let readLog: ParameterReadLog?
    /// The catalogue's positions by model-id ordinal (`ParameterCatalog.positionsByOrdinal`,
    /// `ParameterID.ordinalLimit` entries), alive as long as `catalog`: a read is two loads,
    /// with no lookup (issue 18).
    let positions: UnsafeBufferPointer<Int32>

    init(
      catalog: ParameterCatalog, asOf: Day, overrides: [ParameterID: ParameterOverride],
      values: UnsafeBufferPointer<Double>, tracing: Bool, readLog: ParameterReadLog?
    ) {
      self.catalog = catalog
      self.asOf = asOf
      self.overrides = overrides
      let memory = UnsafeMutableBufferPointer<Double>.allocate(capacity: values.count)
      _ = memory.initialize(from: values)
      self.values = memory
      self.tracing = tracing
      self.readLog = readLog
      positions = catalog.positionsByOrdinal
    }

    deinit { values.deallocate() }

    /// The position of `id` in the catalogue: by its ordinal, or (an id made from text, or one
    /// the catalogue lacks) by the catalogue, out of line.
    @inline(__always)
    func position(of id: ParameterID) -> Int? {
      let ordinal = Int(id.ordinal)
      if ordinal >= 0 {
        let position = Int(positions[ordinal])
        if position >= 0 { return position }
      }
      return positionByText(id)
    }

    @inline(never)
    private func positionByText(_ id: ParameterID) -> Int? { catalog.position(of: id) }

    /// The value in force for `id`, without writing it into a log.
    @inline(__always)
    func value(of id: ParameterID) -> Double {
      if let position = position(of: id) { return values[position] }
      return notInCatalogue(id)
    }

    /// Whether `id` has a value: in the catalogue or overridden. Inlined like a read: a draw
    /// asks it for a segment's agency and seasonal shares.
    @inline(__always)
    func hasValue(for id: ParameterID) -> Bool {
      position(of: id) != nil || isOverridden(id)
    }

    /// Whether an override names `id`; out of line, and no lookup when there is none.
    @inline(never)
    func isOverridden(_ id: ParameterID) -> Bool {
      !overrides.isEmpty && overrides[id] != nil
    }

    /// An override of an id the catalogue lacks, or a programming error: out of line, so the
    /// inlined read stays small.
    @inline(never)
    func notInCatalogue(_ id: ParameterID) -> Double {
      if let override = overrides[id] { return override.value }
      preconditionFailure("Parameter '\(id)' is not in the catalogue")
    }

    /// A copy with the values as they are and other fields replaced.
    func with(
      overrides: [ParameterID: ParameterOverride]? = nil, tracing: Bool? = nil,
      readLog: ParameterReadLog?? = nil
    ) -> Storage {
      Storage(
        catalog: catalog, asOf: asOf, overrides: overrides ?? self.overrides,
        values: UnsafeBufferPointer(values), tracing: tracing ?? self.tracing,
        readLog: readLog ?? self.readLog)
    }
  }

  private var storage: Storage

  /// The catalogue the values come from.
  public var catalog: ParameterCatalog { storage.catalog }
  /// The reference date that selects dated values.
  public var asOf: Day { storage.asOf }
  /// The overrides in force, by parameter id.
  public var overrides: [ParameterID: ParameterOverride] { storage.overrides }
  /// The value in force for every catalogue parameter, in catalogue order.
  public var values: [Double] { Array(storage.values) }
  /// Whether the pipeline stages record their trace. Off for ensembles, which need numbers only.
  public var tracing: Bool {
    get { storage.tracing }
    set {
      guard newValue != storage.tracing else { return }
      storage = storage.with(tracing: newValue)
    }
  }
  /// Where reads are written down, when someone asked (``recordingReads()``); `nil` otherwise,
  /// and then a read costs nothing more.
  public var readLog: ParameterReadLog? { storage.readLog }

  /// Creates the set; overrides must name catalogue ids (the loader validates that first).
  public init(
    catalog: ParameterCatalog = .standard, asOf: Day, overrides: [ParameterOverride] = []
  ) {
    var byID: [ParameterID: ParameterOverride] = [:]
    for override in overrides { byID[override.id] = override }
    let values = catalog.parameters.map { parameter in
      if let override = byID[parameter.id] { return override.value }
      return ParameterSet.catalogValue(parameter, on: asOf)
    }
    storage = values.withUnsafeBufferPointer {
      Storage(
        catalog: catalog, asOf: asOf, overrides: byID, values: $0, tracing: true, readLog: nil)
    }
  }

  /// The catalogue value in force on `day`; before the first dated value, the first one: a
  /// parameter has no gap in time.
  public static func catalogValue(_ parameter: Parameter, on day: Day) -> Double {
    (parameter.entry(on: day) ?? parameter.values.first)?.value ?? 0
  }

  /// The value in force for `id`: the override if any, else the catalogue value at ``asOf``.
  @inline(__always)
  public subscript(id: ParameterID) -> Double {
    let storage = storage
    storage.readLog?.insert(id)
    return storage.value(of: id)
  }

  /// Whether `id` has a value: in the catalogue or overridden.
  public func hasValue(for id: ParameterID) -> Bool { storage.hasValue(for: id) }

  /// The same set with other overrides on top (later ones win).
  ///
  /// Only the overridden values are replaced: the rest stays resolved.
  public func adding(_ more: [ParameterOverride]) -> ParameterSet {
    guard !more.isEmpty else { return self }
    var byID = overrides
    for override in more { byID[override.id] = override }
    var set = self
    set.storage = storage.with(overrides: byID)
    for override in more {
      if let position = catalog.position(of: override.id) {
        set.storage.values[position] = override.value
      }
    }
    return set
  }

  /// The same set with one parameter replaced: for sensitivity runs.
  public func replacing(_ id: ParameterID, with value: Double) -> ParameterSet {
    adding([ParameterOverride(id, value: value, reason: "sensitivity")])
  }

  /// The same overrides and date with every value replaced by `values` (catalogue order), and
  /// no trace: one Monte Carlo draw.
  public func drawn(_ values: [Double]) -> ParameterSet {
    precondition(values.count == storage.values.count, "a draw has one value per parameter")
    var set = self
    set.storage = values.withUnsafeBufferPointer {
      Storage(
        catalog: catalog, asOf: asOf, overrides: overrides, values: $0, tracing: false,
        readLog: readLog)
    }
    return set
  }

  /// Lets `body` rewrite the values in place (no copy when this set holds the only reference),
  /// without a trace: a Monte Carlo worker reusing one set for its draws.
  mutating func withDrawnValues(_ body: (UnsafeMutableBufferPointer<Double>) -> Void) {
    if storage.tracing || !isKnownUniquelyReferenced(&storage) {
      storage = storage.with(tracing: false)
    }
    body(storage.values)
  }

  /// The value at catalogue position `position`, without copying ``values``.
  func value(at position: Int) -> Double { storage.values[position] }

  /// The value of `id` without writing it into ``readLog``: only for a value that is stored
  /// in a result but moves no figure, which the trace therefore does not name.
  public func unrecorded(_ id: ParameterID) -> Double {
    let storage = storage
    if let position = storage.position(of: id) { return storage.values[position] }
    return storage.notInCatalogue(id)
  }

  /// The same set writing every parameter read into a new ``readLog``: to compare what a
  /// stage read with what its trace names (issue 18). Copies share the log.
  public func recordingReads() -> ParameterSet {
    var set = self
    set.storage = storage.with(readLog: .some(ParameterReadLog()))
    return set
  }

  /// One indicator's computation scope over this set: its reads go into a new log (and into
  /// this set's log), and ``ParameterScope/reads`` lists them for the indicator's trace entry.
  /// Untraced (a Monte Carlo draw), the scope records nothing new and takes no reference: about
  /// 50 scopes per draw each cost a retain and a release when a scope was a copy of the set
  /// (issue 18). A scope must not outlive this set.
  @inline(__always)
  func scope() -> ParameterScope {
    guard storage.tracing else { return ParameterScope(storage, log: storage.readLog) }
    return tracedScope()
  }

  /// `scope()` of a traced set: a new log below this set's.
  @inline(never)
  private func tracedScope() -> ParameterScope {
    ParameterScope(storage, log: ParameterReadLog(parent: storage.readLog))
  }

  /// The parameters read through this set's log, in the order first read; none when it
  /// records no reads.
  public var reads: ParameterReads {
    ParameterReads(readLog?.ordered ?? [])
  }

  /// Whether a file or option set this parameter instead of the catalogue.
  public func isOverridden(_ id: ParameterID) -> Bool { storage.isOverridden(id) }
}
