/// A neighbouring municipality, resolved when it is in the region data and else kept by name.
///
/// For the Limburg data, `Land van Cuijk` (Noord-Brabant) is such a name.
public enum Neighbour: Sendable, Hashable {
  case municipality(Municipality)
  case outsideRegion(name: String)

  /// The neighbour's name: the municipality's CBS name, or the name as the region data gives it.
  public var name: String {
    switch self {
    case .municipality(let municipality): municipality.name
    case .outsideRegion(let name): name
    }
  }

  /// The municipality, when it is in the region data.
  public var municipality: Municipality? {
    if case .municipality(let municipality) = self { return municipality }
    return nil
  }
}
