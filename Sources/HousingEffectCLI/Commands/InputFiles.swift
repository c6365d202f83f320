import HousingEffect
import HousingEffectReports

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reading input files and reporting their problems, shared by every command that takes files.
enum InputFiles {
  /// Reads `path`; on failure prints why and returns the exit status (66).
  static func read(_ path: String, context: CommandContext) -> Result<[UInt8], ExitStatus> {
    switch contents(of: path) {
    case .success(let bytes): return .success(bytes)
    case .failure(let problem):
      context.error(problem.message)
      return .failure(.noInput)
    }
  }

  /// Why a file could not be read, as a sentence for the user.
  struct ReadProblem: Error {
    var message: Words
  }

  /// Reads `path` without printing anything.
  static func contents(of path: String) -> Result<[UInt8], ReadProblem> {
    switch InputFile.read(path) {
    case .success(let bytes): return .success(bytes)
    case .failure(let problem):
      let reason = problem.reason
      return .failure(
        ReadProblem(
          message: Words(
            "Cannot read '\(path)': \(reason.en).",
            nl: "Kan '\(path)' niet lezen: \(reason.nl).")))
    }
  }

  /// Reads `path` for a loader, without printing: the loader reports the problem where the
  /// file is named.
  static func readQuietly(_ path: String) -> Result<[UInt8], StudyLoader.FileProblem> {
    switch InputFile.read(path) {
    case .success(let bytes): return .success(bytes)
    case .failure(.notFound): return .failure(.notFound)
    case .failure(.isDirectory): return .failure(.isDirectory)
    case .failure: return .failure(.unreadable)
    }
  }

  /// Reports the check after the model (finite results within the documented magnitude);
  /// returns 65 when a result is out of range, `nil` when every result is fine.
  static func refuseResults(
    _ diagnostics: [Diagnostic], file: String?, context: CommandContext
  ) -> ExitStatus? {
    guard diagnostics.hasErrors else { return nil }
    report(
      diagnostics.map {
        $0.file == nil ? $0.inFile(file ?? "<\(commandLine(context.language))>") : $0
      },
      context: context)
    return .dataError
  }

  /// Where a message about an option (not a file) points: the command line, in `language`.
  static func commandLine(_ language: Language) -> String {
    language == .nl ? "opdrachtregel" : "command line"
  }

  /// Prints diagnostics to stderr, errors and warnings in document order, in the report
  /// language (`DiagnosticText`: Dutch by default, English with `--lang en`).
  static func report(_ diagnostics: [Diagnostic], context: CommandContext) {
    let text = DiagnosticText(context.language)
    let ordered = diagnostics.enumerated().sorted { a, b in
      let left = (a.element.file ?? "", a.element.line ?? 0, a.element.column ?? 0, a.offset)
      let right = (b.element.file ?? "", b.element.line ?? 0, b.element.column ?? 0, b.offset)
      return left < right
    }
    for (_, diagnostic) in ordered {
      context.io.err(text.line(diagnostic) + "\n")
    }
  }

  /// The built-in Limburg municipalities, plus those of `--region-file` when given.
  static func regions(
    file: String?, context: CommandContext
  ) -> Result<RegionData, ExitStatus> {
    guard let file else { return .success(.limburg) }
    switch read(file, context: context) {
    case .failure(let status): return .failure(status)
    case .success(let bytes):
      let (municipalities, diagnostics) = RegionData.loadRegionFile(bytes: bytes, fileName: file)
      guard !diagnostics.hasErrors else {
        report(diagnostics, context: context)
        return .failure(.dataError)
      }
      // Municipalities from the file come first, so they win over built-in ones of the same name;
      // each replacement is a warning that names what changed.
      let (regions, replaced) = RegionData.limburg.adding(municipalities, fileName: file)
      report(diagnostics + replaced, context: context)
      return .success(regions)
    }
  }

  /// The loader's municipality check against `regions`.
  static func municipalityCheck(_ regions: RegionData) -> EstablishmentLoader.MunicipalityCheck {
    { name in
      switch regions.municipality(named: name) {
      case .success: .found
      case .failure(let failure): .unknown(suggestion: failure.suggestion)
      }
    }
  }

  static let regionFile = OptionDescriptor.option(
    "region-file", value: "CSV",
    help: "Extra municipalities, for establishments outside Limburg: a region file (the columns "
      + "of 'housing-effect regions --format csv') or a CBS StatLine CSV download; see "
      + "Docs/region-data.md.",
    nl: "Extra gemeenten, voor vestigingen buiten Limburg: een regiobestand (de kolommen van "
      + "'housing-effect regions --format csv') of een CSV-download van CBS StatLine; zie "
      + "Docs/region-data.md.")

  /// Whether `bytes` is a JSON object with both `baseline` and `alternatives`: a study file.
  static func isStudy(_ bytes: [UInt8]) -> Bool {
    guard case .success(let node) = JSONParser.parse(bytes),
      case .object(let members) = node.value
    else { return false }
    return isStudy(keys: Set(members.map(\.key)))
  }

  /// Whether a JSON object's top-level `keys` make it a study file.
  static func isStudy(keys: Set<String>) -> Bool {
    keys.contains("baseline") && keys.contains("alternatives")
  }

  /// Refuses a file of the other kind with one clear message instead of a list of missing keys:
  /// a study given to `assess` or `explain`, an establishment given to `compare`.
  static func refuseWrongKind(
    _ bytes: [UInt8], path: String, expectStudy: Bool, context: CommandContext
  ) -> ExitStatus? {
    // Parsed once here, not once per question (about 0.28 M instructions a parse for the
    // examples); a file that is not a JSON object is the loader's to report.
    guard case .success(let node) = JSONParser.parse(bytes), case .object(let members) = node.value
    else { return nil }
    let keys = Set(members.map(\.key))
    if keys.contains("projection") {
      context.error(
        Words(
          "'\(path)' is a projection study (it has a 'projection' object); run "
            + "'housing-effect project \(path)' for it.",
          nl: "'\(path)' is een projectiestudie (het heeft een object 'projection'); typ "
            + "'housing-effect project \(path)' ervoor."))
      return .usage
    }
    let study = isStudy(keys: keys)
    if study == expectStudy { return nil }
    // A half-written study (say, alternatives still missing) goes to the study loader, which
    // names what is missing; only a file that looks like an establishment is refused here.
    if !study, keys.contains("baseline") || keys.contains("alternatives") || !keys.contains("type")
    {
      return nil
    }
    if study {
      context.error(
        Words(
          "'\(path)' is a study file (it has a baseline and alternatives); run "
            + "'housing-effect compare \(path)' for it.",
          nl: "'\(path)' is een studiebestand (het heeft een 'baseline' en 'alternatives'); "
            + "typ 'housing-effect compare \(path)' ervoor."))
    } else {
      context.error(
        Words(
          "'\(path)' is not a study file: it has no 'baseline' and 'alternatives'. For one "
            + "establishment run 'housing-effect assess \(path)'; a study is described in "
            + "Docs/study-format.md.",
          nl: "'\(path)' is geen studiebestand: het heeft geen 'baseline' en 'alternatives'. "
            + "Typ voor één vestiging 'housing-effect assess \(path)'; een studie staat "
            + "beschreven in Docs/study-format.md."))
    }
    return .usage
  }
}
