/// Reads a study file, reporting every problem at once; nothing is returned when any error is
/// found.
///
/// The baseline is an establishment object written inside the study, read by the establishment
/// loader, or the path of an establishment file, relative to the study file's directory. The
/// loader does no I/O itself: it asks `readFile` for the bytes of that path. The format is
/// documented in `Docs/study-format.md`.
public enum StudyLoader {
  /// The newest study schema this build reads.
  public static let highestSupportedSchemaVersion = 1

  static let keys = [
    "$schema", "schemaVersion", "title", "description", "baseline", "alternatives",
  ]
  static let alternativeKeys = [
    "name", "title", "description", "rationale", "basedOn", "template", "inputs", "parameters",
  ]

  /// Why a file named in a study could not be read.
  public enum FileProblem: Error, Sendable, Hashable {
    case notFound
    case isDirectory
    case unreadable
  }

  /// Returns the bytes of the file at a path (already resolved against the study's directory).
  public typealias FileReader = (String) -> Result<[UInt8], FileProblem>

  /// Parses and validates a study file.
  ///
  /// - Parameters:
  ///   - bytes: The study file's contents.
  ///   - file: The study file as the user named it; relative baseline paths are resolved
  ///     against its directory, and diagnostics name it.
  ///   - catalog: The catalogue parameter overrides are checked against.
  ///   - check: Whether the baseline's municipality exists.
  ///   - readFile: Reads a baseline file.
  /// - Returns: The study when there are no errors, and every diagnostic of the study and of a
  ///   baseline file (the latter attributed to that file).
  public static func load(
    _ bytes: [UInt8], file: String?, catalog: ParameterCatalog = .standard,
    municipality check: EstablishmentLoader.MunicipalityCheck, readFile: FileReader
  ) -> (Study?, [Diagnostic]) {
    let collector = DiagnosticCollector()
    guard let root = JSONReader.parse(bytes, file: file, collector: collector),
      let object = root.object(allowedKeys: keys)
    else { return (nil, collector.diagnostics) }
    readSchemaVersion(object)
    // Texts may be plain strings or {"nl": …, "en": …}; reports pick their language.
    let titleText = object.localizedText("title", required: true)
    let title = titleText?.plain
    if let title, title.trimmingSpacesAndTabs().isEmpty {
      object.child("title")?.report(.invalidValue, "The title is empty; give the study a title.")
    }
    let descriptionText = object.localizedText("description", required: false)
    let description = descriptionText?.plain
    let baseline = readBaseline(
      object, file: file, catalog: catalog, municipality: check, readFile: readFile,
      collector: collector)
    let alternatives = readAlternatives(
      object, baselineType: baseline?.establishment.type, catalog: catalog)
    guard let title, let baseline, let alternatives, !collector.hasErrors else {
      return (nil, collector.diagnostics)
    }
    var study = Study(
      title: title, description: description, baseline: baseline.establishment,
      baselineSource: baseline.source, alternatives: alternatives)
    study.texts["title"] = titleText?.texts
    study.texts["description"] = descriptionText?.texts
    return (study, collector.diagnostics)
  }

  /// `path` as written in a study, joined to the directory of `studyFile` when relative, with
  /// `.` components removed: `./venlo.json` in `Scenarios/study.json` is `Scenarios/venlo.json`.
  public static func resolve(_ path: String, relativeTo studyFile: String?) -> String {
    var components: [Substring] = []
    if !path.hasPrefix("/"), let studyFile, let slash = studyFile.lastIndex(of: "/") {
      let directory = studyFile[..<slash]
      components =
        directory.isEmpty ? [""] : directory.split(separator: "/", omittingEmptySubsequences: false)
    }
    for component in path.split(separator: "/", omittingEmptySubsequences: false)
    where component != "." {
      components.append(component)
    }
    let joined = components.joined(separator: "/")
    return joined.isEmpty ? path : joined
  }

  // MARK: - Parts

  private static func readSchemaVersion(_ object: ObjectReader) {
    guard let version = object.integer("schemaVersion", required: true),
      let child = object.child("schemaVersion")
    else { return }
    if version > highestSupportedSchemaVersion {
      child.report(
        .unsupportedSchemaVersion,
        "This study uses schema \(version); this build supports up to "
          + "\(highestSupportedSchemaVersion). Update housing-effect, or write the study for "
          + "schema \(highestSupportedSchemaVersion).")
    } else if version < 1 {
      child.report(.invalidValue, "Schema version '\(version)' does not exist; the first is 1.")
    }
  }

  private static func readBaseline(
    _ object: ObjectReader, file: String?, catalog: ParameterCatalog,
    municipality check: EstablishmentLoader.MunicipalityCheck, readFile: FileReader,
    collector: DiagnosticCollector
  ) -> (establishment: Establishment, source: Study.BaselineSource)? {
    guard let reader = object.child("baseline"), !reader.isNull else {
      object.reportMissing("baseline")
      return nil
    }
    switch reader.node.value {
    case .object:
      let establishment = EstablishmentLoader.read(
        reader, catalog: catalog, municipality: check, requireVersion: false)
      return establishment.map { ($0, .inline) }
    case .string(let written):
      guard !written.trimmingSpacesAndTabs().isEmpty else {
        reader.report(
          .invalidValue,
          "The baseline path is empty; give the path of an establishment file, e.g. "
            + "'./venlo-ecommerce-dc.json', or write the establishment here as an object.")
        return nil
      }
      let resolved = resolve(written, relativeTo: file)
      switch readFile(resolved) {
      case .failure(let problem):
        let why =
          switch problem {
          case .notFound: "there is no such file"
          case .isDirectory: "it is a directory, not a file"
          case .unreadable: "permission denied or the file is unreadable"
          }
        reader.report(
          problem == .notFound ? .fileNotFound : .unreadableFile,
          "Cannot read the baseline '\(written)' (looked for '\(resolved)'): \(why). A relative "
            + "path is taken from the study file's directory.")
        return nil
      case .success(let bytes):
        let (establishment, diagnostics) = EstablishmentLoader.load(
          bytes, file: resolved, catalog: catalog, municipality: check)
        collector.add(contentsOf: diagnostics)
        return establishment.map { ($0, .file(written: written, resolved: resolved)) }
      }
    default:
      reader.reportWrongType(
        expected: "an establishment object or the path of an establishment file")
      return nil
    }
  }

  private static func readAlternatives(
    _ object: ObjectReader, baselineType: EstablishmentType?, catalog: ParameterCatalog
  ) -> [Alternative]? {
    guard let elements = object.array("alternatives", required: true) else { return nil }
    if elements.isEmpty {
      object.child("alternatives")?.report(
        .invalidValue,
        "The study has no alternatives; add at least one to compare with the baseline.")
      return nil
    }
    if elements.count > StudyResolver.maximumAlternatives {
      object.child("alternatives")?.report(
        .inputTooLarge,
        "The study has \(elements.count) alternatives; at most "
          + "\(StudyResolver.maximumAlternatives) are compared. Split it into several studies.")
      return nil
    }
    var alternatives: [Alternative] = []
    // Name and base of every alternative, in file order, so that chain problems are found even
    // when another part of an alternative is wrong. An alternative without a readable name
    // stands in with a placeholder whose own problems are not reported.
    var skeletons: [Alternative] = []
    var readers: [ObjectReader?] = []
    var complete = true
    for (index, element) in elements.enumerated() {
      let placeholder = Alternative(name: "\u{0}\(index)", title: "", rationale: "")
      guard let entry = element.object(allowedKeys: alternativeKeys) else {
        complete = false
        skeletons.append(placeholder)
        readers.append(nil)
        continue
      }
      let (alternative, name, basedOn) = readAlternative(
        entry, baselineType: baselineType, catalog: catalog)
      if let alternative {
        alternatives.append(alternative)
      } else {
        complete = false
      }
      skeletons.append(
        name.map { Alternative(name: $0, title: $0, rationale: "", basedOn: basedOn) }
          ?? placeholder)
      readers.append(name == nil ? nil : entry)
    }
    var reported = false
    for problem in StudyResolver.sizeProblems(in: skeletons) {
      let index = Int(problem.path.dropFirst("alternatives[".count).prefix { $0.isNumber })
      if let index, let entry = readers[index] {
        (entry.child("basedOn") ?? entry.reader).report(problem.code, problem.message)
        reported = true
      }
    }
    for problem in StudyResolver.problems(in: skeletons) {
      guard let entry = readers[problem.index] else { continue }
      let reader = entry.child(problem.field) ?? entry.reader
      reader.report(problem.code, problem.message, suggestion: problem.suggestion)
      reported = true
    }
    return complete && !reported ? alternatives : nil
  }

  /// The alternative when it is complete, and its name and base when they could be read.
  private static func readAlternative(
    _ entry: ObjectReader, baselineType: EstablishmentType?, catalog: ParameterCatalog
  ) -> (Alternative?, name: String?, basedOn: String?) {
    let name = entry.string("name", required: true)
    let titleText = entry.localizedText("title", required: true)
    let descriptionText = entry.localizedText("description", required: false)
    let rationaleText = entry.localizedText("rationale", required: true)
    let (title, description, rationale) = (
      titleText?.plain, descriptionText?.plain, rationaleText?.plain
    )
    let basedOn = entry.string("basedOn", required: false)
    let templateOK = !entry.has("template")
    let template = entry.child("template").flatMap { $0.isNull ? nil : readTemplate($0) }
    let inputs = readInputs(entry, baselineType: baselineType)
    let overrides = EstablishmentLoader.readOverrides(entry, key: "parameters", catalog: catalog)
    for (key, text) in [("title", title), ("rationale", rationale)] {
      if let text, text.trimmingSpacesAndTabs().isEmpty {
        entry.child(key)?.report(.invalidValue, "The \(key) is empty; say it in a sentence.")
      }
    }
    guard let name, let title, let rationale, let inputs, templateOK || template != nil else {
      return (nil, name, basedOn)
    }
    var alternative = Alternative(
      name: name, title: title, description: description, rationale: rationale,
      basedOn: basedOn, template: template, inputs: inputs, parameters: overrides)
    alternative.texts["title"] = titleText?.texts
    alternative.texts["description"] = descriptionText?.texts
    alternative.texts["rationale"] = rationaleText?.texts
    return (alternative, name, basedOn)
  }

  /// `"template": "NAME"` or `"template": {"name": "NAME", SETTING: VALUE, …}`.
  static func readTemplate(_ reader: JSONReader) -> AlternativeTemplate? {
    let names = AlternativeTemplate.Kind.allCases.map(\.rawValue)
    func kind(_ text: String, at reader: JSONReader) -> AlternativeTemplate.Kind? {
      if let kind = AlternativeTemplate.Kind(rawValue: text) { return kind }
      reader.report(
        .unknownTemplate,
        "Unknown template '\(JSONReader.abbreviated(text))'; the templates are "
          + JSONReader.quotedList(names) + ".",
        suggestion: Suggestion.closest(to: text, in: names))
      return nil
    }
    switch reader.node.value {
    case .string(let text):
      return kind(text, at: reader)?.withDefaults
    case .object(let members):
      // Read the name first, so that the settings can be checked against that template's.
      guard let member = members.last(where: { $0.key == "name" }) else {
        reader.dictionary()?.reportMissing("name")
        return nil
      }
      let nameReader = reader.child(member.value, at: .key("name"))
      guard let text = nameReader.string(), let kind = kind(text, at: nameReader) else {
        return nil
      }
      guard let object = reader.object(allowedKeys: ["name"] + kind.settingNames) else {
        return nil
      }
      return readSettings(object, kind: kind)
    default:
      reader.reportWrongType(
        expected: "a template name such as 'moderate-growth', or an object with 'name' and "
          + "settings")
      return nil
    }
  }

  private static func readSettings(
    _ object: ObjectReader, kind: AlternativeTemplate.Kind
  ) -> AlternativeTemplate? {
    let before = object.reader.collector.diagnostics.errors.count
    let result: AlternativeTemplate
    switch kind {
    case .moderateGrowth:
      result = .moderateGrowth(
        jobsFactor: object.share("jobsFactor", required: false) ?? 0.75,
        rampUpYears: object.integer("rampUpYears", required: false, range: 1...60))
    case .localLabourFirst:
      result = .localLabourFirst(
        localShare: object.share("localShare", required: false) ?? 0.5,
        languageTraining: object.bool("languageTraining", required: false) ?? true)
    case .automation:
      var wageFactor = 1.0
      if let value = object.number("wagePerJobFactor", required: false),
        let child = object.child("wagePerJobFactor")
      {
        if (0.5...3).contains(value) {
          wageFactor = value
        } else {
          child.report(
            .invalidValue,
            "A wage factor of '\(EstablishmentLoader.formatNumber(value))' is outside 0.5–3; "
              + "1.1 means 10 % more than the sector's wage per job.")
        }
      }
      result = .automation(
        jobsFactor: object.share("jobsFactor", required: false) ?? 0.8,
        wagePerJobFactor: wageFactor)
    case .employerHousing:
      let beds = object.nonNegative("beds", required: false)
      let share = object.share("shareOfDemand", required: false)
      if beds != nil, share != nil {
        object.child("shareOfDemand")?.report(
          .invalidValue,
          "Give either 'beds' or 'shareOfDemand', not both: the beds would override the share.")
      }
      result = .employerHousing(
        beds: beds, shareOfDemand: share ?? 1,
        norm: object.enumeration("norm", as: HousingNorm.self, required: false, code: .invalidValue)
          ?? .snf2025)
    case .regionalSpreading:
      result = .regionalSpreading(hostShare: object.share("hostShare", required: false) ?? 0.3)
    case .fewerLabourMigrants:
      result = .fewerLabourMigrants(
        migrantShareCap: object.share("migrantShareCap", required: false) ?? 0.4,
        localShareOfReplacement: object.share("localShareOfReplacement", required: false))
    }
    return object.reader.collector.diagnostics.errors.count == before ? result : nil
  }

  /// The `inputs` object, as changes in the order of ``InputChange/Key``.
  private static func readInputs(
    _ entry: ObjectReader, baselineType: EstablishmentType?
  ) -> [InputChange]? {
    let keys = InputChange.Key.allCases.map(\.rawValue)
    guard entry.has("inputs") else { return [] }
    guard let inputs = entry.objectReader("inputs", allowedKeys: keys, required: false) else {
      return nil
    }
    var changes: [InputChange] = []
    var complete = true
    func add(_ key: InputChange.Key, _ read: () -> InputChange?) {
      guard inputs.has(key.rawValue) else { return }
      if let change = read() { changes.append(change) } else { complete = false }
    }
    add(.size) { EstablishmentLoader.readSize(inputs, type: baselineType).map { .size($0) } }
    add(.jobsFactor) {
      guard let value = inputs.nonNegative("jobsFactor", required: true) else { return nil }
      guard value <= InputChange.largestJobsFactor else {
        inputs.child("jobsFactor")?.report(
          .invalidValue,
          "A jobs factor of '\(EstablishmentLoader.formatNumber(value))' is more than "
            + "\(EstablishmentLoader.formatNumber(InputChange.largestJobsFactor)) times the jobs; "
            + "0.75 keeps three quarters of them.")
        return nil
      }
      return .jobsFactor(value)
    }
    add(.rampUp) { EstablishmentLoader.readRampUp(inputs).map { .rampUp($0) } }
    add(.workforce) { EstablishmentLoader.readWorkforce(inputs).map { .workforce($0) } }
    add(.peakFactor) { EstablishmentLoader.readPeakFactor(inputs).map { .peakFactor($0) } }
    add(.employerHousing) {
      EstablishmentLoader.readEmployerHousing(inputs).map { .employerHousing($0) }
    }
    add(.freeLegalBeds) {
      inputs.nonNegative("freeLegalBeds", required: true).map { .freeLegalBeds($0) }
    }
    add(.languageTraining) {
      inputs.bool("languageTraining", required: true).map { .languageTraining($0) }
    }
    add(.housingNorm) {
      inputs.enumeration("housingNorm", as: HousingNorm.self, required: true, code: .invalidValue)
        .map { .housingNorm($0) }
    }
    return complete ? changes : nil
  }
}
