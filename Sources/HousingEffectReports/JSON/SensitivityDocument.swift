import HousingEffect

/// The JSON form of a sensitivity run (`housing-effect sensitivity --format json`), documented
/// in Docs/output-schema.md ("sensitivity").
public struct SensitivityDocument: Encodable, Sendable {
  /// Bumped when a key is removed or changes meaning; adding keys is not breaking.
  public static let schemaVersion = 1

  struct ResultDocument: Encodable {
    var indicator: String
    var parts: [String]
    var unit: String
    var base: Double
    var swings: [Sensitivity.Swing]
  }

  var schemaVersion = SensitivityDocument.schemaVersion
  var tool: ToolInfo
  var establishment: String
  var year: Int
  var draws: Int
  var seed: UInt64?
  var results: [ResultDocument]

  /// The document of `sensitivity` for `establishment`, with the `top` parameters per indicator,
  /// naming the tool's version.
  public init(
    _ sensitivity: Sensitivity, establishment: Establishment, top: Int, toolVersion: String
  ) {
    tool = ToolInfo(version: toolVersion)
    self.establishment = establishment.name
    year = sensitivity.year
    draws = sensitivity.options?.draws ?? 0
    seed = sensitivity.options?.seed
    results = sensitivity.results.map { result in
      ResultDocument(
        indicator: result.indicator.id.rawValue, parts: result.indicator.parts.map(\.rawValue),
        unit: result.indicator.unit.symbol, base: result.base,
        swings: Array(result.swings.prefix(top)))
    }
  }
}
