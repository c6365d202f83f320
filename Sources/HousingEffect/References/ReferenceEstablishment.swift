/// A real establishment in the Netherlands with published figures: the reference companies
/// (referentieobjecten) the VNG guide asks an effect report to compare with.
///
/// The built-in table (``ReferenceEstablishment/all``) is generated from
/// `Docs/data/reference-establishments.csv`; see Docs/references.md.
public struct ReferenceEstablishment: Sendable, Hashable, Codable, Identifiable {
  /// A stable id, e.g. "venlo-vidaxl-dc".
  public var id: String
  /// The establishment's name, as published.
  public var name: String
  /// The municipality it is in.
  public var municipality: String
  /// The Dutch province it is in ("Limburg", "Noord-Brabant").
  public var province: String
  /// The tool's establishment type it is compared as.
  public var type: EstablishmentType
  /// Every published figure, in table order.
  public var figures: [ReferenceFigure]

  /// A reference establishment with its published figures.
  public init(
    id: String, name: String, municipality: String, province: String, type: EstablishmentType,
    figures: [ReferenceFigure]
  ) {
    self.id = id
    self.name = name
    self.municipality = municipality
    self.province = province
    self.type = type
    self.figures = figures
  }

  /// The figures of `field`, in table order.
  public func figures(_ field: ReferenceFigure.Field) -> [ReferenceFigure] {
    figures.filter { $0.field == field }
  }

  /// One number for `field`: the median of its figures' central values (several sources may
  /// give a figure, or one source a range); `nil` when the table has none.
  public func value(_ field: ReferenceFigure.Field) -> Double? {
    let values = figures(field).map(\.central).sorted()
    guard !values.isEmpty else { return nil }
    let middle = values.count / 2
    return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
  }

  /// The size a quick estimate of this establishment starts from: its floor area or hectares
  /// when the type is sized that way and the table has one, else its jobs.
  public var size: EstablishmentSize? {
    switch type.physicalSizeBasis {
    case .floorArea: if let area = value(.floorAreaM2) { return .floorArea(area) }
    case .hectares: if let hectares = value(.hectares) { return .hectares(hectares) }
    default: break
    }
    return value(.jobs).map { .jobs($0) }
  }

  /// Published jobs per physical size: jobs per 1,000 m² or per hectare, by the type's basis.
  public var jobsPerSize: Double? {
    guard let jobs = value(.jobs) else { return nil }
    switch type.physicalSizeBasis {
    case .floorArea: return value(.floorAreaM2).flatMap { $0 > 0 ? jobs / $0 * 1_000 : nil }
    case .hectares: return value(.hectares).flatMap { $0 > 0 ? jobs / $0 : nil }
    default: return nil
    }
  }

  /// The published share of labour migrants in the workforce: stated, or labour migrants ÷ jobs.
  public var labourMigrantShare: Double? {
    if let share = value(.labourMigrantShare) { return share }
    guard let migrants = value(.labourMigrants), let jobs = value(.jobs), jobs > 0 else {
      return nil
    }
    return migrants / jobs
  }

  /// Every distinct source of the figures, in table order.
  public var sources: [Source] {
    var seen = Set<Source>()
    return figures.map(\.source).filter { seen.insert($0).inserted }
  }
}

extension ReferenceEstablishment {
  /// The built-in reference table (generated; see ``ReferenceTable``).
  public static let all: [ReferenceEstablishment] = ReferenceEstablishment.generated
}
