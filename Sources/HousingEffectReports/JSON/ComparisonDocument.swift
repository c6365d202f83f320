import HousingEffect

/// The JSON form of a scenario comparison: a versioned, documented schema
/// (`Docs/study-format.md`, "JSON output").
///
/// Built from the comparison only; nothing is recomputed here. Undefined numbers (a relative
/// difference against a baseline of 0, an unknown scorecard value) are written as `null`.
public struct ComparisonDocument: Encodable, Sendable {
  /// Bumped when a key is removed or changes meaning; adding keys is not breaking.
  public static let schemaVersion = 1

  struct BaselineSummary: Encodable {
    var name: String
    var municipality: String
    var type: String
    /// `inline`, or the path as written in the study.
    var source: String
    var startYear: Int
    var fullOperationYear: Int
    var asOf: String
  }

  struct StudySummary: Encodable {
    var title: String
    var description: String?
    var baseline: BaselineSummary
  }

  struct TemplateDocument: Encodable {
    var name: String
    var settings: [String: Scalar]
  }

  /// A bare JSON number, boolean, string or null.
  enum Scalar: Encodable {
    case number(Double)
    case bool(Bool)
    case string(String)
    case null

    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .number(let value): try container.encode(value)
      case .bool(let value): try container.encode(value)
      case .string(let value): try container.encode(value)
      case .null: try container.encodeNil()
      }
    }
  }

  /// A value before or after a change: `{"kind": "quantity", "value": 545.5, "unit": "FTE"}`.
  struct ValueDocument: Encodable {
    var value: ChangeValue

    enum Keys: String, CodingKey { case kind, value, unit }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      switch value {
      case .notGiven:
        try container.encode("notGiven", forKey: .kind)
      case .quantity(let number, let unit):
        try container.encode("quantity", forKey: .kind)
        try container.encode(number, forKey: .value)
        try container.encode(unit.symbol, forKey: .unit)
      case .factor(let factor):
        try container.encode("factor", forKey: .kind)
        try container.encode(factor, forKey: .value)
      case .years(let years):
        try container.encode("years", forKey: .kind)
        try container.encode(years, forKey: .value)
      case .shares(let shares):
        try container.encode("shares", forKey: .kind)
        try container.encode(shares, forKey: .value)
      case .flag(let flag):
        try container.encode("flag", forKey: .kind)
        try container.encode(flag, forKey: .value)
      case .norm(let norm):
        try container.encode("norm", forKey: .kind)
        try container.encode(norm.rawValue, forKey: .value)
      case .contract(let contract):
        try container.encode("contract", forKey: .kind)
        try container.encode(contract.rawValue, forKey: .value)
      case .skill(let skill):
        try container.encode("skill", forKey: .kind)
        try container.encode(skill.rawValue, forKey: .value)
      case .origin(let mix):
        try container.encode("origin", forKey: .kind)
        try container.encode(mix, forKey: .value)
      case .segments(let segments):
        try container.encode("segments", forKey: .kind)
        try container.encode(segments, forKey: .value)
      }
    }
  }

  struct ChangeDocument: Encodable {
    /// The alternative in the chain that made the change.
    var alternative: String
    /// `template`, `inputs` or `parameters`.
    var source: String
    var template: String?
    /// `input` or `parameter`.
    var target: String
    /// The input's path in an establishment file, or the parameter id.
    var field: String
    /// The workforce segment's label, for changes to one segment.
    var segment: String?
    var from: ValueDocument
    var fromDefaulted: Bool
    var to: ValueDocument
    var reason: String?
  }

  struct AlternativeDocument: Encodable {
    var name: String
    var title: String
    var description: String?
    var rationale: String
    var basedOn: String?
    /// From the first base to this alternative.
    var chain: [String]
    /// `baseline/moderate-growth/local-labour-first`.
    var chainKey: String
    var template: TemplateDocument?
    var changes: [ChangeDocument]
  }

  /// One alternative's value of an indicator: `baseline`, `alternative`, `delta`, `deltaShare`.
  struct CellDocument: Encodable {
    var name: String
    var baseline: Double
    var alternative: Double
    var delta: Double
    var deltaShare: Double?
    /// P10/P50/P90 of the alternative's value and of the difference, draw by draw.
    var alternativeRange: Percentiles? = nil
    var deltaRange: Percentiles? = nil

    enum Keys: String, CodingKey {
      case name, baseline, alternative, delta, deltaShare, alternativeRange, deltaRange
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(name, forKey: .name)
      try container.encode(baseline, forKey: .baseline)
      try container.encode(alternative, forKey: .alternative)
      try container.encode(delta, forKey: .delta)
      try container.encode(deltaShare, forKey: .deltaShare)
      try container.encodeIfPresent(alternativeRange, forKey: .alternativeRange)
      try container.encodeIfPresent(deltaRange, forKey: .deltaRange)
    }
  }

  struct IndicatorDocument: Encodable {
    var id: String
    var unit: String
    var baseline: Double
    var baselineRange: Percentiles?
    var alternatives: [CellDocument]
  }

  /// How the ranges were drawn (as in the assessment's JSON).
  struct UncertaintySummary: Encodable {
    var draws: Int
    var seed: UInt64
    var distribution = "triangular"
    var percentileMethod = "type7"
    var commonRandomNumbers = true
  }

  struct RatingDocument: Encodable {
    var name: String
    var value: Double?
    var rating: String
    var ratingChanged: Bool

    enum Keys: String, CodingKey { case name, value, rating, ratingChanged }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(name, forKey: .name)
      try container.encode(value, forKey: .value)
      try container.encode(rating, forKey: .rating)
      try container.encode(ratingChanged, forKey: .ratingChanged)
    }
  }

  struct WelfareDocument: Encodable {
    var id: String
    var dimension: String
    var theme: String
    var unit: String
    var baseline: RatingDocument
    var alternatives: [RatingDocument]
  }

  struct YearDocument: Encodable {
    var year: Int
    var fullOperation: Bool
    var chosen: Bool
    var indicators: [IndicatorDocument]
    var welfare: [WelfareDocument]
  }

  var schemaVersion = ComparisonDocument.schemaVersion
  var tool: ToolInfo
  var study: StudySummary
  var alternatives: [AlternativeDocument]
  var years: [YearDocument]
  var uncertainty: UncertaintySummary?

  /// The document of `comparison`, naming the tool's version; with `ensemble`, the ranges of the
  /// baseline and of each difference.
  public init(
    _ comparison: Comparison, toolVersion: String, ensemble: ComparisonEnsemble? = nil
  ) {
    tool = ToolInfo(version: toolVersion)
    let baseline = comparison.study.baseline
    let source: String =
      switch comparison.study.study.baselineSource {
      case .inline: "inline"
      case .file(let written, _): written
      }
    study = StudySummary(
      title: comparison.study.study.title, description: comparison.study.study.description,
      baseline: BaselineSummary(
        name: baseline.name, municipality: comparison.baseline.region.name,
        type: baseline.type.rawValue, source: source, startYear: baseline.startYear,
        fullOperationYear: comparison.fullOperationYear, asOf: baseline.referenceDay.description))
    alternatives = comparison.alternatives.map(ComparisonDocument.alternative)
    years = comparison.years.map { ComparisonDocument.year($0, ensemble: ensemble) }
    uncertainty = ensemble.map {
      UncertaintySummary(draws: $0.options.draws, seed: $0.options.seed)
    }
  }

  static func alternative(_ resolved: ResolvedAlternative) -> AlternativeDocument {
    let own = resolved.alternative
    let template = own.template.map { template in
      TemplateDocument(
        name: template.kind.rawValue,
        settings: Dictionary(
          template.settings.map { ($0.name, scalar($0.value)) }, uniquingKeysWith: { a, _ in a }))
    }
    return AlternativeDocument(
      name: own.name, title: own.title, description: own.description, rationale: own.rationale,
      basedOn: own.basedOn, chain: resolved.chain, chainKey: resolved.chainKey,
      template: template, changes: resolved.changes.map(change))
  }

  static func scalar(_ value: ChangeValue?) -> Scalar {
    switch value {
    case .quantity(let number, _)?, .factor(let number)?: .number(number)
    case .years(let years)?: .number(Double(years))
    case .flag(let flag)?: .bool(flag)
    case .norm(let norm)?: .string(norm.rawValue)
    default: .null
    }
  }

  static func change(_ change: AppliedChange) -> ChangeDocument {
    let (source, template): (String, String?) =
      switch change.source {
      case .template(let kind): ("template", kind.rawValue)
      case .inputs: ("inputs", nil)
      case .parameters: ("parameters", nil)
      }
    let (target, field): (String, String) =
      switch change.target {
      case .input(let path): ("input", path)
      case .parameter(let id): ("parameter", id.rawValue)
      }
    return ChangeDocument(
      alternative: change.alternative, source: source, template: template, target: target,
      field: field, segment: change.segment.map { $0.label ?? $0.contract.rawValue },
      from: ValueDocument(value: change.from), fromDefaulted: change.fromDefaulted,
      to: ValueDocument(value: change.to), reason: change.reason)
  }

  static func year(_ year: Comparison.Year, ensemble: ComparisonEnsemble?) -> YearDocument {
    YearDocument(
      year: year.year, fullOperation: year.isFullOperation, chosen: year.isChosen,
      indicators: year.rows.map { row in
        IndicatorDocument(
          id: row.id.rawValue, unit: row.unit.symbol, baseline: row.baseline,
          baselineRange: ensemble?.baseline.band(row.id, year: year.year),
          alternatives: row.cells.enumerated().map { index, cell in
            CellDocument(
              name: cell.name, baseline: cell.baseline, alternative: cell.alternative,
              delta: cell.delta, deltaShare: cell.deltaShare,
              alternativeRange: ensemble?.alternatives[index].band(row.id, year: year.year),
              deltaRange: ensemble?.deltas[index].band(row.id, year: year.year))
          })
      },
      welfare: year.welfare.map { row in
        WelfareDocument(
          id: row.id.rawValue, dimension: row.dimension.rawValue, theme: row.theme,
          unit: row.unit.symbol,
          baseline: RatingDocument(
            name: Study.baselineName, value: row.baseline.value,
            rating: row.baseline.rating.rawValue, ratingChanged: false),
          alternatives: row.alternatives.map { rating in
            RatingDocument(
              name: rating.name, value: rating.value, rating: rating.rating.rawValue,
              ratingChanged: rating.rating != row.baseline.rating)
          })
      })
  }
}
