import HousingEffect
import HousingEffectReports

/// `housing-effect check`: validate files without changing them.
///
/// Each file is read as what it is: a `.csv` as a region file, a JSON file with `baseline` and
/// `alternatives` as a study (with its baseline file), any other file as an establishment. Every
/// problem is reported, then one summary line per file; everything goes to standard error, so
/// standard output stays empty and the exit status is the answer.
struct CheckCommand: Command {
  static let files = PositionalDescriptor.variadic(
    "FILE", help: "Establishment, study or region files to check.",
    nl: "Vestigings-, studie- of regiobestanden om te controleren.")
  static let strict = OptionDescriptor.flag(
    "strict",
    help: "Treat warnings as errors, such as an override without a reason or an assumption "
      + "that drives the result.",
    nl: "Behandel waarschuwingen als fouten, zoals een eigen waarde zonder reden of een "
      + "aanname die de uitkomst bepaalt.")

  static let descriptor = CommandDescriptor(
    name: "check",
    abstract: "Validate files and report every problem; changes nothing.",
    discussion: """
      Reads each file and reports every problem found, with the file, the line and column, the \
      place in it and what was expected, instead of stopping at the first. A .csv file is read \
      as a batch file when its header has type and municipality, else as a region file (or \
      StatLine download); a file with a baseline and alternatives as a study (with the baseline \
      file it names), any other file as an establishment. Municipalities from the region files given count as known.

      For an establishment without errors, check also runs the assessment and warns when one \
      of the three parameters that move the housing need most is an assumption that the file \
      does not override.

      Diagnostics and a summary line per file go to standard error, in the language of --lang \
      (file, line, field path and code stay as they are). Exit status: 0 when no file \
      has errors (with --strict, no warnings either), 65 when one has, 66 when a file cannot be \
      read. See Docs/diagnostics.md.
      """,
    dutchAbstract: "Controleer bestanden en meld elk probleem; verandert niets.",
    dutchDiscussion: """
      Leest elk bestand en meldt elk gevonden probleem, met het bestand, de regel en kolom, de \
      plek erin en wat werd verwacht, in plaats van te stoppen bij het eerste. Een .csv-bestand \
      wordt gelezen als batchbestand wanneer de kopregel type en municipality heeft, anders als \
      regiobestand (of StatLine-download); een bestand met een basis en alternatieven als \
      studie (met het basisbestand dat het noemt), elk ander bestand als vestiging. Gemeenten \
      uit de opgegeven regiobestanden gelden als bekend.

      Voor een vestiging zonder fouten rekent check ook de effecten door en waarschuwt wanneer \
      een van de drie parameters die de huisvestingsbehoefte het meest bewegen een aanname is \
      die het bestand niet vervangt.

      Meldingen en een samenvatting per bestand gaan naar de standaardfout, in de taal van \
      --lang. Afsluitstatus: 0 wanneer geen bestand fouten heeft (met --strict ook geen \
      waarschuwingen), 65 wanneer er een fouten heeft, 66 wanneer een bestand niet te lezen \
      is. Zie Docs/diagnostics.md.
      """,
    options: [strict, InputFiles.regionFile],
    positionals: [files],
    available: true)

  var files: [String]
  var strict: Bool
  var regionFile: String?

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    files = parsed.values(Self.files)
    strict = parsed.isSet(Self.strict)
    regionFile = parsed.value(InputFiles.regionFile)
    if parsed.value(GlobalOptions.output) != nil {
      throw .conflict(
        Words(
          "'check' changes nothing and writes no report; leave out --output.",
          nl: "'check' verandert niets en schrijft geen rapport; laat --output weg."))
    }
  }

  var inputPaths: [String] { files + (regionFile.map { [$0] } ?? []) }

  /// What a file is.
  enum Kind: Equatable {
    case establishment, region, study, projection, batch
  }

  /// What checking one file found.
  struct FileResult {
    var path: String
    var kind: Kind
    var diagnostics: [Diagnostic] = []
    /// Why the file could not be read, if it could not.
    var readProblem: Words?
    /// The municipalities of a region file.
    var municipalities: [Municipality] = []
    /// The valid rows of a batch file.
    var establishments = 0
  }

  func run(_ context: CommandContext) -> ExitStatus {
    var regions = RegionData.limburg
    if let regionFile {
      switch InputFiles.regions(file: regionFile, context: context) {
      case .failure(let status): return status
      case .success(let data): regions = data
      }
    }
    var unique: [String] = []
    for path in files where !unique.contains(path) { unique.append(path) }
    // Region files first: their municipalities count as known for the establishments.
    var regionResults: [String: FileResult] = [:]
    var batchFiles: Set<String> = []
    for path in unique where Self.isRegionFile(path) {
      if case .success(let bytes) = InputFiles.contents(of: path),
        BatchFile.matches(String(decoding: bytes, as: UTF8.self))
      {
        batchFiles.insert(path)
      } else {
        regionResults[path] = checkRegionFile(path)
      }
    }
    let extra = unique.compactMap { regionResults[$0] }.flatMap(\.municipalities)
    if !extra.isEmpty {
      let codes = Set(extra.map(\.code))
      regions = RegionData(
        municipalities: extra + regions.municipalities.filter { !codes.contains($0.code) })
    }

    var status = ExitStatus.ok
    for path in unique {
      let result =
        regionResults[path]
        ?? (batchFiles.contains(path)
          ? checkBatchFile(path, regions: regions) : checkJSONFile(path, regions: regions))
      if let problem = result.readProblem { context.error(problem) }
      let language = context.options.language
      InputFiles.report(result.diagnostics, context: context)
      context.io.err(summary(result, language: language) + "\n")
      if result.readProblem != nil {
        status = .noInput
      } else if status == .ok,
        result.diagnostics.hasErrors || (strict && !result.diagnostics.warnings.isEmpty)
      {
        status = .dataError
      }
    }
    return status
  }

  /// `Scenarios/x.json: ok`, `site.json: 2 errors, 1 warning` (Dutch: `2 fouten, 1
  /// waarschuwing`).
  func summary(_ result: FileResult, language: Language = .en) -> String {
    let nl = language == .nl
    let prefix = result.path + ": "
    if result.readProblem != nil {
      return prefix
        + (nl
          ? "niet gecontroleerd: het bestand is niet te lezen"
          : "not checked: the file cannot be read")
    }
    let errors = result.diagnostics.errors.count
    let warnings = result.diagnostics.warnings.count
    var parts: [String] = []
    if errors > 0 {
      parts.append(
        nl ? Self.count(errors, "fout", "fouten") : Self.count(errors, "error", "errors"))
    }
    if warnings > 0 {
      parts.append(
        nl
          ? Self.count(warnings, "waarschuwing", "waarschuwingen")
          : Self.count(warnings, "warning", "warnings"))
    }
    var text = prefix + (parts.isEmpty ? "ok" : parts.joined(separator: ", "))
    if result.kind == .region, errors == 0 {
      let count = result.municipalities.count
      text +=
        " ("
        + (nl
          ? Self.count(count, "gemeente", "gemeenten")
          : Self.count(count, "municipality", "municipalities")) + ")"
    }
    if result.kind == .batch, errors == 0 {
      text +=
        " ("
        + (nl
          ? Self.count(result.establishments, "vestiging", "vestigingen")
          : Self.count(result.establishments, "establishment", "establishments")) + ")"
    }
    if strict, errors == 0, warnings > 0 {
      text += nl ? "; faalt met --strict" : "; fails with --strict"
    }
    return text
  }

  static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
    "\(number) \(number == 1 ? singular : plural)"
  }

  static func isRegionFile(_ path: String) -> Bool {
    path.lowercased().hasSuffix(".csv")
  }

  func checkRegionFile(_ path: String) -> FileResult {
    var result = FileResult(path: path, kind: .region)
    switch InputFiles.contents(of: path) {
    case .failure(let problem):
      result.readProblem = problem.message
    case .success(let bytes):
      (result.municipalities, result.diagnostics) = RegionData.loadRegionFile(
        bytes: bytes, fileName: path)
    }
    return result
  }

  func checkBatchFile(_ path: String, regions: RegionData) -> FileResult {
    var result = FileResult(path: path, kind: .batch)
    switch InputFiles.contents(of: path) {
    case .failure(let problem):
      result.readProblem = problem.message
    case .success(let bytes):
      let loaded = BatchFile.load(
        text: String(decoding: bytes, as: UTF8.self), fileName: path, regions: regions)
      result.diagnostics = loaded.diagnostics
      result.establishments = loaded.rows.count
    }
    return result
  }

  func checkJSONFile(_ path: String, regions: RegionData) -> FileResult {
    let bytes: [UInt8]
    switch InputFiles.contents(of: path) {
    case .failure(let problem):
      return FileResult(path: path, kind: .establishment, readProblem: problem.message)
    case .success(let contents):
      bytes = contents
    }
    if ProjectionStudyLoader.isProjectionStudy(bytes) {
      var result = FileResult(path: path, kind: .projection)
      // The same checks as 'project': the study with its establishment files, then every
      // figure finite on the catalogue values and on 200 draws.
      let (study, areas, diagnostics) = ProjectionStudyLoader.load(
        bytes, file: path, regions: regions, readFile: InputFiles.readQuietly)
      result.diagnostics = diagnostics
      if let study {
        // 200 area-draws in all (at least 8 per area), so that a study distributed over 35
        // areas costs about what a one-area study did (issue 19).
        let projection = Projection(
          study, areas: areas, regions: regions,
          options: EnsembleOptions(draws: max(8, 200 / max(1, areas.count))))
        if !projection.areas.allSatisfy(\.isFinite) {
          result.diagnostics.append(
            Diagnostic.nonFiniteDraws("a figure of the projection", overrides: study.overrides)
              .inFile(path))
        }
        result.diagnostics += ProjectionPlausibility.warnings(projection).map { $0.inFile(path) }
      }
      return result
    }
    if InputFiles.isStudy(bytes) {
      var result = FileResult(path: path, kind: .study)
      // The loader also checks the alternatives' chains (cycles, unknown bases) and the
      // baseline file a study names.
      let (study, diagnostics) = StudyLoader.load(
        bytes, file: path, municipality: InputFiles.municipalityCheck(regions),
        readFile: InputFiles.readQuietly)
      result.diagnostics = diagnostics
      // The same checks as 'compare': the resolved alternatives within the input limits, and
      // every run's results finite and in range.
      if let study,
        case .success(let municipality) = regions.municipality(named: study.baseline.municipality)
      {
        let region = HostRegion(municipality)
        let (resolved, problems) = StudyResolver.resolve(study, region: region)
        result.diagnostics += problems.map { $0.file == nil ? $0.inFile(path) : $0 }
        if let resolved, let comparison = try? Comparison(resolved, region: region) {
          result.diagnostics += comparison.resultDiagnostics().map {
            $0.file == nil ? $0.inFile(path) : $0
          }
        }
      }
      return result
    }
    var result = FileResult(path: path, kind: .establishment)
    let (establishment, diagnostics) = EstablishmentLoader.load(
      bytes, file: path, municipality: InputFiles.municipalityCheck(regions))
    result.diagnostics = diagnostics
    if let establishment,
      case .success(let municipality) = regions.municipality(named: establishment.municipality)
    {
      let parameters = ParameterSet(asOf: establishment.referenceDay)
      let assessment = Assessment(
        establishment, region: HostRegion(municipality), parameters: parameters)
      let outOfRange = assessment.resultDiagnostics(parameters: parameters)
      // Warnings about swings are meaningless when the results themselves are out of range.
      // The draws must stay finite too (the commands draw 2,000 by default; 200 find the
      // extreme combinations an override allows, at a fraction of the cost).
      var drawProblems: [Diagnostic] = []
      if outOfRange.isEmpty {
        let ensemble = AssessmentEnsemble(
          establishment, region: HostRegion(municipality), years: assessment.years,
          options: EnsembleOptions(draws: 200))
        let bad = ensemble.nonFiniteIndicators
        if !bad.isEmpty {
          drawProblems = [
            .nonFiniteDraws(
              bad.map(\.rawValue).joined(separator: ", "), overrides: establishment.overrides)
          ]
        }
      }
      let more =
        !outOfRange.isEmpty
        ? outOfRange
        : drawProblems
          + assessment.assumptionWarnings() + assessment.turnoverWarnings()
          + assessment.limburgDerivedWarnings() + assessment.provincialNormWarnings()
          + assessment.plausibilityWarnings()
      result.diagnostics += more.map { $0.inFile(path) }
    }
    return result
  }
}
