/// The parameters read, in the order first read: by a whole run (to check that its trace names
/// every one of them) or within one indicator's computation scope (`ParameterSet.scope()`),
/// where they become that indicator's trace list.
///
/// A reference shared by the copies of one ``ParameterSet`` (the stages receive copies). It is
/// written without a lock: give each run its own log, from ``ParameterSet/recordingReads()``,
/// and read it when that run is done. A scope's log also writes into the log of the set it
/// was made from, so a run's log sees every read of its scopes.
public final class ParameterReadLog: @unchecked Sendable {
  /// The ids read so far.
  public internal(set) var ids: Set<ParameterID> = []
  /// The same ids in the order they were first read.
  public internal(set) var ordered: [ParameterID] = []
  /// The log of the set this scope was made from.
  let parent: ParameterReadLog?

  /// An empty log.
  public init() { parent = nil }

  init(parent: ParameterReadLog?) { self.parent = parent }

  func insert(_ id: ParameterID) {
    if ids.insert(id).inserted { ordered.append(id) }
    parent?.insert(id)
  }
}

/// The parameters read within one indicator's computation scope, in the order first read:
/// what its trace entry names. Made only from reads (``ParameterSet/reads``), so a stage
/// cannot write a list by hand.
public struct ParameterReads: Sendable, Hashable {
  /// The ids, each once, in the order first read.
  public let ids: [ParameterID]

  init(_ ids: [ParameterID]) { self.ids = ids }

  /// No parameter.
  public static let none = ParameterReads([])

  /// The reads of both, each id once, the left's first.
  ///
  /// An untraced run (a Monte Carlo draw) records no reads and adds empty lists several times
  /// per draw: that case is inlined and returns at once (issue 18).
  @inline(__always)
  public static func + (lhs: ParameterReads, rhs: ParameterReads) -> ParameterReads {
    guard !rhs.ids.isEmpty else { return lhs }
    guard !lhs.ids.isEmpty else { return rhs }
    return merged(lhs, rhs)
  }

  /// `lhs` followed by the ids of `rhs` it lacks.
  @inline(never)
  private static func merged(_ lhs: ParameterReads, _ rhs: ParameterReads) -> ParameterReads {
    var seen = Set(lhs.ids)
    return ParameterReads(lhs.ids + rhs.ids.filter { seen.insert($0).inserted })
  }
}
