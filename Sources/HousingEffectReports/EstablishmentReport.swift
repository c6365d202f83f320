import HousingEffect

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One establishment assessed in one call: the figures with their P10–P90 ranges, and the
/// report in Dutch or English in any format. The common case of the library.
///
/// ```swift
/// import HousingEffect
/// import HousingEffectReports
///
/// let report = try EstablishmentReport(file: "Scenarios/venlo-ecommerce-dc.json")
/// let year = report.headlineYear
/// if let beds = report.value("housing.shortfallBeds"), let range = report.range("housing.shortfallBeds") {
///   print("Shortfall \(year): \(beds) beds (P10–P90 \(range.p10)–\(range.p90))")
/// }
/// print(report.text(language: .nl))
/// ```
///
/// It does what `housing-effect assess` does: load and check the input, look up the host
/// municipality (the built-in Limburg data, or the `regions` given), run the traced
/// assessment and `options.draws` Monte Carlo draws (2,000 by default, seed 20260401, so the
/// same input gives the same ranges everywhere).
public struct EstablishmentReport: Sendable {
  /// The traced assessment with the catalogue's values: every stage, every year.
  public let assessment: Assessment
  /// The Monte Carlo ranges of every key indicator in every year; `nil` with 0 draws.
  public let ranges: AssessmentEnsemble?
  /// Warnings about the input (an override without a reason, an implausibly small size, …);
  /// the report is still made.
  public let warnings: [Diagnostic]

  /// Why an establishment could not be assessed.
  public enum Failure: Error, Sendable, CustomStringConvertible {
    /// The file cannot be read.
    case unreadable(path: String)
    /// The input has errors, each with its place in the file and a suggestion.
    case invalid([Diagnostic])
    /// The host municipality is not in the region data.
    case unknownMunicipality(MunicipalityLookupFailure)
    /// A result is out of range or not finite (for example after an extreme override).
    case resultsOutOfRange([Diagnostic])

    /// The message for a person, in English, like the command line's: the input's errors one per
    /// line with their place in the file, or what went wrong and a suggestion.
    public var description: String {
      switch self {
      case .unreadable(let path): "Cannot read '\(path)'."
      case .invalid(let diagnostics), .resultsOutOfRange(let diagnostics):
        diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n")
      case .unknownMunicipality(let failure):
        failure.message + (failure.suggestion.map { " Did you mean '\($0)'?" } ?? "")
          + (failure.provinceHint.map { " " + $0 } ?? "")
      }
    }
  }

  /// Assesses the establishment file at `path` (Docs/establishment-format.md).
  ///
  /// - Parameters:
  ///   - path: the file's path, absolute or relative to the working directory.
  ///   - regions: the municipalities known; `RegionData.limburg` by default.
  ///   - options: the Monte Carlo draws, seed and threads; `draws: 0` for no ranges.
  /// - Throws: ``Failure`` when the file cannot be read, has errors, names an unknown
  ///   municipality or gives results out of range.
  public init(
    file path: String, regions: RegionData = .limburg, options: EnsembleOptions = EnsembleOptions()
  ) throws(Failure) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path: path)
    }
    try self.init(json: Array(data), file: path, regions: regions, options: options)
  }

  /// Assesses an establishment file's bytes; `file` names it in messages.
  public init(
    json bytes: [UInt8], file: String? = nil, regions: RegionData = .limburg,
    options: EnsembleOptions = EnsembleOptions()
  ) throws(Failure) {
    let (loaded, diagnostics) = EstablishmentLoader.load(
      bytes, file: file,
      municipality: { name in
        switch regions.municipality(named: name) {
        case .success: .found
        case .failure(let failure): .unknown(suggestion: failure.suggestion)
        }
      })
    guard let establishment = loaded else { throw .invalid(diagnostics) }
    try self.init(establishment, regions: regions, options: options, warnings: diagnostics)
  }

  /// Assesses an establishment built in code:
  ///
  /// ```swift
  /// let dc = Establishment(
  ///   name: "XXL DC", municipality: "Venray", type: .distributionXXL,
  ///   size: .floorArea(100_000), startYear: 2028)
  /// let report = try EstablishmentReport(dc)
  /// ```
  public init(
    _ establishment: Establishment, regions: RegionData = .limburg,
    options: EnsembleOptions = EnsembleOptions()
  ) throws(Failure) {
    try self.init(establishment, regions: regions, options: options, warnings: [])
  }

  private init(
    _ establishment: Establishment, regions: RegionData, options: EnsembleOptions,
    warnings: [Diagnostic]
  ) throws(Failure) {
    let region: HostRegion
    switch regions.municipality(named: establishment.municipality) {
    case .success(let municipality): region = HostRegion(municipality)
    case .failure(let failure): throw .unknownMunicipality(failure)
    }
    let parameters = ParameterSet(asOf: establishment.referenceDay)
    let assessment = Assessment(establishment, region: region, parameters: parameters)
    let problems = assessment.resultDiagnostics(parameters: parameters)
    guard problems.isEmpty else { throw .resultsOutOfRange(problems) }
    let ranges =
      options.draws > 0
      ? AssessmentEnsemble(
        establishment, region: region, years: assessment.years,
        used: assessment.parametersUsed, options: options) : nil
    if let bad = ranges?.nonFiniteIndicators, !bad.isEmpty {
      throw .resultsOutOfRange([
        .nonFiniteDraws(
          bad.map(\.rawValue).joined(separator: ", "), overrides: establishment.overrides)
      ])
    }
    self.assessment = assessment
    self.ranges = ranges
    self.warnings = warnings + assessment.plausibilityWarnings()
  }

  /// The year the headline figures describe: the first year of full operation with family
  /// reunification complete (the last year of the timeline).
  public var headlineYear: Int { assessment.fullOperationYear }

  /// The value of a key indicator (`housing.shortfallBeds`, see Docs/output-schema.md) in
  /// `year` (default: ``headlineYear``) with the catalogue's values; `nil` for an unknown id
  /// or a year off the timeline.
  public func value(_ id: IndicatorID, year: Int? = nil) -> Double? {
    assessment.keyIndicators(year: year ?? headlineYear).first { $0.id == id }?.value
  }

  /// The P10, P50 and P90 of a key indicator over the draws in `year` (default:
  /// ``headlineYear``); `nil` without draws, for an unknown id or a year off the timeline.
  public func range(_ id: IndicatorID, year: Int? = nil) -> Percentiles? {
    ranges?.ranges(year: year ?? headlineYear)?[id]
  }

  /// The report as `housing-effect assess` writes it: text (default), Markdown, HTML, CSV or
  /// JSON, in Dutch (default) or English.
  ///
  /// - Parameters:
  ///   - language: Dutch (`.nl`, the default) or English (`.en`); JSON is always English.
  ///   - format: text (default), Markdown, HTML, CSV or JSON.
  ///   - command: the command line shown under "reproduce" in the report.
  public func text(
    language: Language = .nl, format: ReportFormat = .text,
    command: String = "housing-effect assess"
  ) -> String {
    switch format {
    case .json:
      (try? JSONReport.render(
        AssessmentDocument(
          assessment, toolVersion: HousingEffectVersion.current, ensemble: ranges))) ?? ""
    case .csv:
      KeyIndicatorTable.csv(assessment, language: language, ensemble: ranges)
    case .text, .markdown, .html:
      HumanReport.render(
        assessment, format: format, language: language, command: command, ensemble: ranges)
    }
  }
}
