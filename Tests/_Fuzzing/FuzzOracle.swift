import Foundation
import HousingEffect
import HousingEffectReports

/// What must hold for every input, valid or not: the invariants a fuzz run checks.
///
/// An input either loads, and then the assessment and its reports contain only finite,
/// non-negative numbers; or it is rejected, and then every error says what is wrong and where
/// (a field path, or a line for malformed JSON). A trap anywhere is a failure of the run.
public enum FuzzOracle {
  public enum Outcome: Sendable, Equatable {
    /// Loaded, assessed and rendered; every invariant held.
    case assessed
    /// Rejected with diagnostics; the codes of its errors, each once.
    case rejected(Set<DiagnosticCode>)
    /// An invariant failed: what went wrong.
    case violated(String)
  }

  /// The file name diagnostics are attributed to.
  public static let fileName = "fuzz.json"

  /// Which report renderers run for an assessed input.
  public enum Rendering: Sendable {
    /// The JSON report and the Dutch text report.
    case reports
    /// The numbers of the assessment only: cheaper, for debug builds.
    case numbersOnly
  }

  /// Loads `bytes` as an establishment file and checks the invariants.
  public static func check(
    _ bytes: [UInt8], regions: RegionData = .limburg, rendering: Rendering = .reports
  ) -> Outcome {
    let (loaded, diagnostics) = EstablishmentLoader.load(
      bytes, file: fileName, municipality: municipalityCheck(regions))
    for diagnostic in diagnostics {
      if let problem = problem(with: diagnostic) { return .violated(problem) }
    }
    guard let establishment = loaded else {
      let errors = diagnostics.errors
      guard !errors.isEmpty else {
        return .violated("rejected without an error: \(diagnostics.map(\.description))")
      }
      return .rejected(Set(errors.map(\.code)))
    }
    if diagnostics.hasErrors {
      return .violated("loaded despite errors: \(diagnostics.errors.map(\.description))")
    }
    guard case .success(let municipality) = regions.municipality(named: establishment.municipality)
    else {
      return .violated("loaded, but municipality '\(establishment.municipality)' is not found")
    }
    let parameters = ParameterSet(asOf: establishment.referenceDay)
    let assessment = Assessment(
      establishment, region: HostRegion(municipality), parameters: parameters)
    // The check after the model (issue 10): commands refuse such an input with 65.
    let outOfRange = assessment.resultDiagnostics(parameters: parameters)
    if !outOfRange.isEmpty {
      for diagnostic in outOfRange.map({ $0.inFile(fileName) }) {
        if let problem = problem(with: diagnostic) { return .violated(problem) }
      }
      return .rejected([.resultOutOfRange])
    }
    if let problem = problem(with: assessment) { return .violated(problem) }
    guard rendering == .reports else { return .assessed }
    do {
      let json = try JSONReport.render(AssessmentDocument(assessment, toolVersion: "fuzz"))
      if json.isEmpty { return .violated("empty JSON report") }
    } catch {
      return .violated("JSON report failed: \(error)")
    }
    let text = TextReport(language: .nl).render(assessment, command: nil)
    if let word = nonNumberWord(in: text, establishment: establishment) {
      return .violated("the Dutch text report shows '\(word)'")
    }
    return .assessed
  }

  /// The municipality check the CLI uses, against `regions`.
  public static func municipalityCheck(
    _ regions: RegionData
  ) -> EstablishmentLoader.MunicipalityCheck {
    { name in
      switch regions.municipality(named: name) {
      case .success: .found
      case .failure(let failure): .unknown(suggestion: failure.suggestion)
      }
    }
  }

  /// What is wrong with a diagnostic, if anything.
  static func problem(with diagnostic: Diagnostic) -> String? {
    let text = diagnostic.description
    if diagnostic.message.trimmingCharacters(in: .whitespaces).isEmpty {
      return "empty message: \(text)"
    }
    if diagnostic.file != fileName { return "diagnostic without the file name: \(text)" }
    // A result out of range that no single override explains is about the file as a whole.
    if diagnostic.severity == .error, diagnostic.path.isEmpty, diagnostic.line == nil,
      diagnostic.code != .resultOutOfRange
    {
      return "error without a path or a line: \(text)"
    }
    if let line = diagnostic.line, line < 1 { return "line \(line) < 1: \(text)" }
    if let column = diagnostic.column, column < 1 { return "column \(column) < 1: \(text)" }
    for raw in ["Swift.", "Foundation.", "Optional(", "DecodingError", "Error Domain", "nan("] {
      if diagnostic.message.contains(raw) { return "raw Swift text '\(raw)' in: \(text)" }
    }
    return nil
  }

  /// What is wrong with an assessment's numbers, if anything.
  static func problem(with assessment: Assessment) -> String? {
    if assessment.years.isEmpty { return "an assessment without years" }
    if assessment.years.count > 300 { return "a timeline of \(assessment.years.count) years" }
    for year in assessment.years {
      for indicator in assessment.keyIndicators(year: year) {
        if !indicator.value.isFinite {
          return "\(indicator.id) in \(year) is \(indicator.value)"
        }
        if indicator.value < 0 {
          return "\(indicator.id) in \(year) is negative: \(indicator.value)"
        }
      }
    }
    return nil
  }

  /// A word in `text` that is a non-finite number as Swift prints it (`nan`, `inf`,
  /// `infinity`, any case), unless the user wrote that word in the file.
  ///
  /// Scans the UTF-8 bytes: words are runs of ASCII letters and non-ASCII bytes, so `Infos`
  /// or `naNà` are not matches.
  static func nonNumberWord(in text: String, establishment: Establishment) -> String? {
    let forbidden: Set<[UInt8]> = [Array("nan".utf8), Array("inf".utf8), Array("infinity".utf8)]
    var word: [UInt8] = []
    var found: String?
    func finish() {
      if found == nil, forbidden.contains(word) { found = String(decoding: word, as: UTF8.self) }
      word.removeAll(keepingCapacity: true)
    }
    for byte in text.utf8 {
      switch byte {
      case 0x41...0x5A: word.append(byte + 0x20)
      case 0x61...0x7A, 0x80...0xFF: word.append(byte)
      default: finish()
      }
      if found != nil { break }
    }
    finish()
    guard let found else { return nil }
    let userText =
      ([establishment.name, establishment.municipality, establishment.description ?? ""]
      + establishment.sources + (establishment.workforce ?? []).compactMap(\.label)
      + establishment.overrides.compactMap(\.reason))
      .joined(separator: " ").lowercased()
    return userText.contains(found) ? nil : found
  }
}
