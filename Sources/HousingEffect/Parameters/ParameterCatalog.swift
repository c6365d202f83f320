/// The compiled-in catalogue of default parameters, one Swift file per group under `Catalog/`.
///
/// `Docs/parameters.md` is generated from it; a test fails when that file is stale.
public struct ParameterCatalog: Sendable {
  /// The parameters and their index, behind one reference: a catalogue is copied with every
  /// ``ParameterSet`` (each indicator scope of every Monte Carlo draw copies the set), and one
  /// reference costs one retain and release per copy instead of three (issue 18).
  private final class Storage: Sendable {
    let parameters: [Parameter]
    let index: ParameterPositionTable

    init(_ parameters: [Parameter]) {
      self.parameters = parameters
      index = ParameterPositionTable(parameters.map(\.id))
    }
  }

  private let storage: Storage

  /// Every parameter, sorted by id.
  public var parameters: [Parameter] { storage.parameters }
  /// The position of every id: an open-addressing table probed from the id's precomputed
  /// ``ParameterID/key``, so a lookup is array reads and one comparison, no string hashing.
  private var index: ParameterPositionTable { storage.index }

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
    index.position(of: id).map { parameters[$0] }
  }

  /// The position of `id` in ``parameters``: the index of its value in a resolved set.
  @inline(__always)
  public func position(of id: ParameterID) -> Int? { storage.index.position(of: id) }

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
