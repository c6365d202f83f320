/// The compiled-in catalogue of default parameters, one Swift file per group under `Catalog/`.
///
/// `Docs/parameters.md` is generated from it; a test fails when that file is stale.
public struct ParameterCatalog: Sendable {
  /// The parameters and their index, behind one reference: a catalogue is copied with every
  /// ``ParameterSet`` (each indicator scope of every Monte Carlo draw copies the set), and one
  /// reference costs one retain and release per copy instead of three (issue 18).
  private final class Storage: @unchecked Sendable {
    let parameters: [Parameter]
    let index: ParameterPositionTable
    /// Per ordinal of a model id (``ParameterID``, below its `ordinalLimit`), that id's
    /// position, or -1. Written once, here, and freed with the catalogue, so a set reads it
    /// through a pointer.
    let positions: UnsafeMutableBufferPointer<Int32>
    /// Whether some id here was made from text (a test's or a file's catalogue): then a model
    /// id without a position may still be here, and only the table can tell.
    let holdsTextIDs: Bool

    init(_ parameters: [Parameter]) {
      self.parameters = parameters
      let ids = parameters.map(\.id)
      index = ParameterPositionTable(ids)
      positions = .allocate(capacity: ParameterID.ordinalLimit)
      positions.initialize(repeating: -1)
      holdsTextIDs = ids.contains { $0.ordinal < 0 }
      for id in ids where id.ordinal >= 0 {
        precondition(Int(id.ordinal) < ParameterID.ordinalLimit, "\(id): ordinal beyond the limit")
        // The table's position: the first of duplicate ids, as a lookup by text finds.
        positions[Int(id.ordinal)] = Int32(index.position(of: id) ?? -1)
      }
    }

    deinit { positions.deallocate() }
  }

  private let storage: Storage

  /// Every parameter, sorted by id.
  public var parameters: [Parameter] { storage.parameters }
  /// Per model id's ordinal (`ParameterID.ordinalLimit` of them), its position or -1: valid
  /// while this catalogue lives.
  var positionsByOrdinal: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(storage.positions) }

  /// A catalogue of `parameters`, sorted by id and indexed for lookup.
  public init(_ parameters: [Parameter]) {
    storage = Storage(parameters.sorted { $0.id < $1.id })
  }

  /// The catalogue every run starts from.
  public static let standard = ParameterCatalog(
    tagLimburgDerived(
      jobs + workforce + migration + households + housing + facilities + welfare + region))

  /// The parameter with `id`; `nil` when the catalogue has none.
  public subscript(id: ParameterID) -> Parameter? {
    position(of: id).map { parameters[$0] }
  }

  /// The position of `id` in ``parameters``: the index of its value in a resolved set. A model
  /// id is found by its ordinal; an id made from text, or one this catalogue holds under an id
  /// made from text, by the table.
  public func position(of id: ParameterID) -> Int? {
    let ordinal = Int(id.ordinal)
    if ordinal >= 0 {
      if storage.positions[ordinal] >= 0 { return Int(storage.positions[ordinal]) }
      if !storage.holdsTextIDs { return nil }
    }
    return storage.index.position(of: id)
  }

  /// Every id, sorted.
  public var ids: [ParameterID] { parameters.map(\.id) }

  /// Group names in pipeline order.
  public static let groupOrder = [
    "jobs", "workforce", "migration", "households", "housing", "facilities", "welfare", "region",
  ]

  /// Parameters whose group is `group`, in id order.
  public func parameters(inGroup group: String) -> [Parameter] {
    parameters.filter { $0.group == group }
  }

  /// Parameters whose id, label or description contains `word`, ignoring case.
  public func search(_ word: String) -> [Parameter] {
    let needle = word.lowercased()
    return parameters.filter {
      $0.id.rawValue.lowercased().contains(needle) || $0.label.lowercased().contains(needle)
        || $0.description.lowercased().contains(needle)
    }
  }
}
