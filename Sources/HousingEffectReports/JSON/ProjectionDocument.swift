import HousingEffect

/// The JSON form of a projection: a versioned schema documented in Docs/output-schema.md
/// ("Projection"). Built from the projection only; nothing is recomputed here.
public struct ProjectionDocument: Encodable, Sendable {
  /// Bumped when a key is removed or changes meaning; adding keys is not breaking.
  public static let schemaVersion = 1

  struct Band: Encodable {
    var p10: Double
    var p50: Double
    var p90: Double
  }

  struct Series: Encodable {
    var indicator: String
    var unit: String
    /// Central values, one per year of the area.
    var values: [Double]
    /// Bands per year; absent without draws.
    var bands: [Band]?
  }

  struct PathDocument: Encodable {
    var path: String
    var title: String?
    var variant: String
    var series: [Series]
  }

  struct AreaDocument: Encodable {
    var name: String
    var level: String
    var municipalities: [String]
    var baseYear: Int
    var baseWorking: Double
    var baseSource: String
    var existingBeds: Double?
    var existingBedsSource: String?
    var years: [Int]
    var paths: [PathDocument]
  }

  struct EstablishmentSummary: Encodable {
    var name: String
    var municipality: String
    var startYear: Int
    var source: String
  }

  struct StudySummary: Encodable {
    var title: String
    var description: String?
    var until: Int
    var paths: [String]
    var establishments: [EstablishmentSummary]
    var plannedSupply: [ProjectionStudy.PlannedSupply]
    var overrides: [String: Double]
  }

  struct UncertaintySummary: Encodable {
    var draws: Int
    var seed: UInt64
  }

  var schemaVersion = ProjectionDocument.schemaVersion
  var kind = "projection"
  var tool: ToolInfo
  var study: StudySummary
  var areas: [AreaDocument]
  var uncertainty: UncertaintySummary?

  /// The document of `projection`, naming the tool's version.
  public init(_ projection: Projection, toolVersion: String) {
    tool = ToolInfo(version: toolVersion)
    let study = projection.study
    self.study = StudySummary(
      title: study.title, description: study.description, until: study.until,
      paths: study.paths.map(\.name),
      establishments: study.establishments.map {
        EstablishmentSummary(
          name: $0.establishment.name, municipality: $0.establishment.municipality,
          startYear: $0.establishment.startYear, source: $0.source)
      },
      plannedSupply: study.plannedSupply,
      overrides: Dictionary(study.overrides.map { ($0.id.rawValue, $0.value) }) { $1 })
    areas = projection.areas.map { result in
      var paths: [PathDocument] = []
      for (pathIndex, path) in result.paths.enumerated() {
        for (variantIndex, variant) in result.variants.enumerated() {
          let series = ProjectionIndicator.allCases.map { indicator in
            let positions = result.years.indices.map {
              result.index(path: pathIndex, variant: variantIndex, indicator: indicator, year: $0)
            }
            return Series(
              indicator: indicator.rawValue, unit: indicator.unit.symbol,
              values: positions.map { result.central[$0] },
              bands: result.bands.map { bands in
                positions.map { Band(p10: bands[$0].p10, p50: bands[$0].p50, p90: bands[$0].p90) }
              })
          }
          var title: String?
          if case .custom(let custom) = path { title = custom.title }
          paths.append(
            PathDocument(path: path.name, title: title, variant: variant.rawValue, series: series))
        }
      }
      let area = result.area
      return AreaDocument(
        name: area.name, level: area.level.rawValue, municipalities: area.municipalities,
        baseYear: area.baseYear, baseWorking: area.baseWorking, baseSource: area.baseSource,
        existingBeds: area.existingBeds, existingBedsSource: area.existingBedsSource,
        years: result.years, paths: paths)
    }
    uncertainty = projection.options.flatMap {
      $0.draws > 0 ? UncertaintySummary(draws: $0.draws, seed: $0.seed) : nil
    }
  }
}
