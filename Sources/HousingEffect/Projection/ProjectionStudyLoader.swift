/// Reads a projection study file, reporting every problem at once; nothing is returned when any
/// error is found. The format is in Docs/projection-format.md.
///
/// Establishment files named in the study are read through `readFile`, relative to the study's
/// directory, like a comparison study's baseline.
public enum ProjectionStudyLoader {
  static let keys = ["$schema", "schemaVersion", "title", "description", "projection"]
  static let projectionKeys = [
    "regions", "until", "paths", "customPath", "bases", "existingSupply", "plannedSupply",
    "establishments", "parameters", "distribute", "establishmentsInPaths",
  ]
  static let yearWindow = 2000...ProjectionStudy.lastYear

  /// Whether `bytes` is a projection study: a JSON object with a `projection` member.
  public static func isProjectionStudy(_ bytes: [UInt8]) -> Bool {
    guard case .success(let node) = JSONParser.parse(bytes),
      case .object(let members) = node.value
    else { return false }
    return members.contains { $0.key == "projection" }
  }

  /// What `bytes` is when it is a comparison study or a projection study rather than an
  /// establishment file: its description and the command that reads it; `nil` otherwise.
  static func otherKind(_ bytes: [UInt8]) -> (description: String, command: String)? {
    guard case .success(let node) = JSONParser.parse(bytes),
      case .object(let members) = node.value
    else { return nil }
    let keys = Set(members.map(\.key))
    if keys.contains("projection") { return ("a projection study", "project") }
    if keys.contains("baseline") && keys.contains("alternatives") {
      return ("a study (a baseline with alternatives)", "compare")
    }
    return nil
  }

  /// Parses and validates a projection study against `regions`.
  ///
  /// - Returns: the study and its resolved areas when there are no errors, and every
  ///   diagnostic (those of establishment files attributed to those files).
  public static func load(
    _ bytes: [UInt8], file: String?, regions: RegionData, catalog: ParameterCatalog = .standard,
    readFile: StudyLoader.FileReader
  ) -> (ProjectionStudy?, [ProjectionArea], [Diagnostic]) {
    let collector = DiagnosticCollector()
    guard let root = JSONReader.parse(bytes, file: file, collector: collector),
      let object = root.object(allowedKeys: keys)
    else { return (nil, [], collector.diagnostics) }
    if let version = object.integer("schemaVersion", required: true),
      version != 1, let child = object.child("schemaVersion")
    {
      child.report(
        version > 1 ? .unsupportedSchemaVersion : .invalidValue,
        "This projection study uses schema \(version); this build reads schema 1.")
    }
    let title = object.string("title", required: true)
    let description = object.string("description", required: false)
    guard
      let projection = object.objectReader(
        "projection", allowedKeys: projectionKeys, required: true)
    else { return (nil, [], collector.diagnostics) }

    let until =
      projection.year("until", required: false, window: yearWindow) ?? ProjectionStudy.lastYear
    let customPath = readCustomPath(projection)
    let paths = readPaths(projection, custom: customPath)
    let bases = readBases(projection)
    let existing = readExistingSupply(projection)
    let overrides = EstablishmentLoader.readOverrides(
      projection, key: "parameters", catalog: catalog)

    // Areas: known names with a base; problems at `projection.regions[i]`.
    var areas: [ProjectionArea] = []
    if let elements = projection.array("regions", required: true) {
      if elements.isEmpty {
        projection.child("regions")?.report(
          .invalidValue,
          "The study names no region; add 'Limburg', a policy region or a municipality.")
      }
      for element in elements {
        guard let name = element.string() else { continue }
        switch ProjectionArea.resolve(
          name, regions: regions, bases: bases ?? [], supply: existing ?? [])
        {
        case .success(let area):
          if areas.contains(where: { $0.name == area.name }) {
            element.report(.duplicateName, "The region '\(area.name)' is listed twice.")
          } else if area.baseYear >= until {
            element.report(
              .yearOutOfRange,
              "The base year of '\(area.name)' is \(area.baseYear); 'until' (\(until)) must be later.",
              suggestion:
                "set 'until' to a year from \(area.baseYear + 1) to \(ProjectionStudy.lastYear)")
          } else {
            if area.host.population > 0, area.baseWorking > area.host.population {
              // More labour migrants working there than people living there: most likely a
              // typing error in 'projection.bases' (issue 22).
              element.report(
                .newcomersLargeForHost,
                "The base of '\(area.name)' (\(EstablishmentLoader.formatNumber(area.baseWorking)) "
                  + "labour migrants working there in \(area.baseYear)) is above its population "
                  + "(\(EstablishmentLoader.formatNumber(area.host.population))); check "
                  + "'working' in 'projection.bases'.",
                severity: .warning)
            }
            var parameters = ParameterSet(asOf: Projection.referenceDay)
            parameters.tracing = false
            if let warning = ProjectionPlausibility.baseWarning(area, parameters: parameters) {
              element.report(.newcomersLargeForHost, warning, severity: .warning)
            }
            // A base before the paths' base year would be scaled along the province's
            // 2017–2022 line: only the province's own sourced counts may carry it (issue 19).
            let named = (paths ?? []).contains {
              if case .custom = $0 { false } else { true }
            }
            if named, area.level != .province, area.baseYear < GrowthPath.provinceBaseYear {
              element.report(
                .missingBase,
                "The base of '\(area.name)' (\(EstablishmentLoader.formatNumber(area.baseWorking)) "
                  + "working in \(area.baseYear), \(area.baseSource)) is dated before the paths' "
                  + "base year \(GrowthPath.provinceBaseYear). The named paths start from the "
                  + "province's \(GrowthPath.provinceBaseYear) count; no later count of the same "
                  + "concept is known for '\(area.name)', and scaling it along the province's "
                  + "2017–2022 line would multiply it by the province's growth, not its own. Give "
                  + "a base for \(GrowthPath.provinceBaseYear) or later in 'projection.bases', or "
                  + "use only a 'custom' path written for '\(area.name)'.",
                suggestion:
                  "add {\"region\": \"\(area.name)\", \"year\": \(GrowthPath.provinceBaseYear), \"working\": …, \"source\": …} to projection.bases"
              )
              continue
            }
            areas.append(area)
          }
        case .failure(.unknown(let name, let suggestion)):
          element.report(
            .unknownRegion,
            "Unknown region '\(JSONReader.abbreviated(name))'; give 'Limburg', one of the policy "
              + "regions (Noord-Limburg, Midden-Limburg, Zuid-Limburg) or a municipality in the "
              + "region data (see 'housing-effect regions').",
            suggestion: suggestion)
        case .failure(.noBase(let name, let detail)):
          element.report(
            .missingBase,
            "No sourced base for '\(name)': \(detail). Give one in 'projection.bases' with its "
              + "year, the number working and its source, or project 'Limburg' instead.",
            suggestion:
              "add {\"region\": \"\(name)\", \"year\": …, \"working\": …, \"source\": …} to projection.bases"
          )
        }
      }
    }
    // 'distribute': the province's base over the policy regions and municipalities (issue 19).
    if let node = projection.child("distribute") {
      let names = ProjectionArea.DistributionKey.allCases.map(\.rawValue)
      let province = areas.first(where: { $0.level == .province })
      if province == nil {
        node.report(
          .invalidValue,
          "'distribute' spreads the province's base; add 'Limburg' to 'projection.regions'.")
      }
      var spread: [ProjectionArea]?
      if case .string(let text) = node.node.value {
        if let key = ProjectionArea.DistributionKey(rawValue: text) {
          spread = province.map {
            ProjectionArea.distributed(
              province: $0, key: key, regions: regions, bases: bases ?? [],
              supply: existing ?? [])
          }
        } else {
          node.report(
            .invalidValue,
            "Unknown distribution key '\(JSONReader.abbreviated(text))'; give "
              + names.map { "'\($0)'" }.joined(separator: " or ")
              + ", or a key file {\"file\", \"concept\", \"year\", \"source\"}.",
            suggestion: Suggestion.closest(to: text, in: names))
        }
      } else if let keyFile = readKeyFile(
        projection, studyFile: file, readFile: readFile, collector: collector)
      {
        spread = province.map {
          ProjectionArea.distributed(
            province: $0, keyFile: keyFile, regions: regions, bases: bases ?? [],
            supply: existing ?? [])
        }
      }
      if let spread {
        let spreadNames = Set(spread.map(\.name))
        areas = areas.filter { !spreadNames.contains($0.name) } + spread
      }
    }
    let inPaths = readEstablishmentsInPaths(projection)
    let planned = readPlannedSupply(projection, areas: areas)
    let establishments = readEstablishments(
      projection, file: file, regions: regions, areas: areas, until: until, catalog: catalog,
      readFile: readFile, collector: collector)

    guard let title, let paths, let bases, let existing, let planned, let establishments,
      !collector.hasErrors
    else { return (nil, [], collector.diagnostics) }
    _ = bases
    let study = ProjectionStudy(
      title: title, description: description, regions: areas.map(\.name), paths: paths,
      until: until, bases: bases, existingSupply: existing, plannedSupply: planned,
      establishments: establishments, overrides: overrides,
      establishmentsInPaths: inPaths ?? .included)
    return (study, areas, collector.diagnostics)
  }

  // MARK: - Parts

  /// `distribute` as an object: a user's key file with its concept, year and source.
  static func readKeyFile(
    _ projection: ObjectReader, studyFile: String?, readFile: StudyLoader.FileReader,
    collector: DiagnosticCollector
  ) -> DistributionKeyFile? {
    guard
      let object = projection.objectReader(
        "distribute", allowedKeys: ["file", "column", "concept", "year", "source"],
        required: true)
    else { return nil }
    let written = object.string("file", required: true)
    let column = object.string("column", required: false)
    let concept = object.string("concept", required: true)
    let year = object.year("year", required: true, window: yearWindow)
    let source = readSource(object)
    guard let written, let concept, let year, let source else { return nil }
    let resolved = StudyLoader.resolve(written, relativeTo: studyFile)
    switch readFile(resolved) {
    case .failure(let problem):
      object.child("file")?.report(
        problem == .notFound ? .fileNotFound : .unreadableFile,
        "Cannot read the key file '\(written)' (looked for '\(resolved)'). A relative path is "
          + "taken from the study file's directory; the file is a CSV (a CBS StatLine download "
          + "or a region file).")
      return nil
    case .success(let bytes):
      let (key, diagnostics) = DistributionKeyFile.read(
        String(decoding: bytes, as: UTF8.self), file: written, column: column,
        concept: concept, year: year, source: source, at: "projection.distribute")
      // The file's own problems are reported in that file, at its line.
      collector.add(contentsOf: diagnostics.map { $0.inFile(resolved) })
      return key
    }
  }

  /// `establishmentsInPaths`: `included` (default) or `added`; `nil` when absent or wrong.
  static func readEstablishmentsInPaths(
    _ projection: ObjectReader
  ) -> ProjectionStudy.EstablishmentsInPaths? {
    guard let node = projection.child("establishmentsInPaths") else { return nil }
    let names = ProjectionStudy.EstablishmentsInPaths.allCases.map(\.rawValue)
    guard let text = node.string() else { return nil }
    guard let mode = ProjectionStudy.EstablishmentsInPaths(rawValue: text) else {
      node.report(
        .invalidValue,
        "Unknown value '\(JSONReader.abbreviated(text))' for 'establishmentsInPaths'; give "
          + "'included' (the paths' growth already holds new establishments: the study's "
          + "establishments are taken out of it) or 'added' (the paths are defined without them: "
          + "they come on top).",
        suggestion: Suggestion.closest(to: text, in: names))
      return nil
    }
    return mode
  }

  static func readPaths(_ projection: ObjectReader, custom: CustomPath??) -> [GrowthPath]? {
    guard let elements = projection.array("paths", required: true) else { return nil }
    if elements.isEmpty {
      projection.child("paths")?.report(
        .invalidValue,
        "The study names no growth path; add one of "
          + JSONReader.quotedList(GrowthPath.names) + ".")
      return nil
    }
    var paths: [GrowthPath] = []
    var complete = true
    for element in elements {
      guard let name = element.string() else {
        complete = false
        continue
      }
      let path: GrowthPath?
      switch name {
      case "trend": path = .trend
      case "expectation2030": path = .expectation2030
      case "moderateGrowth": path = .moderateGrowth
      case "fewerMigrants": path = .fewerMigrants
      case "custom":
        switch custom {
        case .some(.some(let custom)): path = .custom(custom)
        case .some(.none): path = nil  // customPath has its own errors
        case .none:
          element.report(
            .missingField,
            "The path 'custom' needs 'projection.customPath' with 'growthRates' or 'targets'.")
          path = nil
        }
      default:
        element.report(
          .unknownPath,
          "Unknown growth path '\(JSONReader.abbreviated(name))'; the paths are "
            + JSONReader.quotedList(GrowthPath.names) + ".",
          suggestion: Suggestion.closest(to: name, in: GrowthPath.names))
        path = nil
      }
      guard let path else {
        complete = false
        continue
      }
      if paths.contains(path) {
        element.report(.duplicateName, "The path '\(name)' is listed twice.")
        complete = false
      } else {
        paths.append(path)
      }
    }
    return complete ? paths : nil
  }

  /// `nil` when absent; `.some(nil)` when present with errors.
  static func readCustomPath(_ projection: ObjectReader) -> CustomPath?? {
    guard projection.has("customPath") else { return nil }
    guard
      let object = projection.objectReader(
        "customPath", allowedKeys: ["title", "growthRates", "targets", "cap"], required: true)
    else { return .some(nil) }
    let title = object.string("title", required: false)
    var complete = true
    func yearMap(_ key: String, read: (JSONReader) -> Double?) -> [Int: Double] {
      guard let map = object.dictionary(key, required: false) else { return [:] }
      var result: [Int: Double] = [:]
      for (text, reader) in map.members() {
        guard let year = Int(text), yearWindow.contains(year) else {
          reader.report(
            .yearOutOfRange,
            "'\(JSONReader.abbreviated(text))' is not a year from \(yearWindow.lowerBound) to "
              + "\(yearWindow.upperBound); the keys of '\(key)' are years such as \"2030\".")
          complete = false
          continue
        }
        guard let value = read(reader) else {
          complete = false
          continue
        }
        result[year] = value
      }
      return result
    }
    let rates = yearMap("growthRates") { reader in
      guard let value = reader.number() else { return nil }
      guard value > -1, value <= 1 else {
        reader.report(
          .invalidValue,
          "A yearly growth rate is a share above −1 and at most 1, e.g. 0.02 for 2% a year; "
            + "found \(JSONReader.format(value)).")
        return nil
      }
      return value
    }
    let targets = yearMap("targets") { $0.nonNegative() }
    let cap = object.nonNegative("cap", required: false)
    if object.has("cap"), cap == nil { complete = false }
    if object.has("growthRates") == object.has("targets") {
      object.reader.report(
        .invalidValue,
        "Give either 'growthRates' or 'targets' in 'customPath', not "
          + (object.has("growthRates") ? "both." : "neither."))
      complete = false
    }
    return complete
      ? .some(CustomPath(title: title, growthRates: rates, targets: targets, cap: cap))
      : .some(nil)
  }

  static func readBases(_ projection: ObjectReader) -> [ProjectionStudy.Base]? {
    guard let elements = projection.array("bases", required: false) else {
      return projection.has("bases") ? nil : []
    }
    var bases: [ProjectionStudy.Base] = []
    var complete = true
    for element in elements {
      guard let entry = element.object(allowedKeys: ["region", "year", "working", "source"]),
        let region = entry.string("region", required: true),
        let year = entry.year("year", required: true, window: yearWindow),
        let working = entry.nonNegative("working", required: true),
        let source = readSource(entry)
      else {
        complete = false
        continue
      }
      bases.append(.init(region: region, year: year, working: working, source: source))
    }
    return complete ? bases : nil
  }

  static func readExistingSupply(_ projection: ObjectReader) -> [ProjectionStudy.ExistingSupply]? {
    guard let elements = projection.array("existingSupply", required: false) else {
      return projection.has("existingSupply") ? nil : []
    }
    var supply: [ProjectionStudy.ExistingSupply] = []
    var complete = true
    for element in elements {
      guard let entry = element.object(allowedKeys: ["region", "beds", "source"]),
        let region = entry.string("region", required: true),
        let beds = entry.nonNegative("beds", required: true),
        let source = readSource(entry)
      else {
        complete = false
        continue
      }
      supply.append(.init(region: region, beds: beds, source: source))
    }
    return complete ? supply : nil
  }

  static func readSource(_ entry: ObjectReader) -> String? {
    guard let source = entry.string("source", required: true) else { return nil }
    if source.trimmingSpacesAndTabs().isEmpty {
      entry.child("source")?.report(
        .invalidValue, "The source is empty; name the document, publisher and year (or URL).")
      return nil
    }
    return source
  }

  static func readPlannedSupply(
    _ projection: ObjectReader, areas: [ProjectionArea]
  ) -> [ProjectionStudy.PlannedSupply]? {
    guard let elements = projection.array("plannedSupply", required: false) else {
      return projection.has("plannedSupply") ? nil : []
    }
    var planned: [ProjectionStudy.PlannedSupply] = []
    var complete = true
    for element in elements {
      guard
        let entry = element.object(allowedKeys: ["region", "name", "year", "beds", "dwellings"]),
        let region = entry.string("region", required: true),
        let year = entry.year("year", required: true, window: yearWindow)
      else {
        complete = false
        continue
      }
      let name = entry.string("name", required: false)
      let beds = entry.nonNegative("beds", required: false)
      let dwellings = entry.nonNegative("dwellings", required: false)
      if beds == nil, dwellings == nil {
        entry.reader.report(
          .missingField,
          "A planned project needs 'beds' (short and mid stay), 'dwellings' "
            + "(long stay) or both.")
        complete = false
        continue
      }
      guard let area = areas.first(where: { NameKey($0.name) == NameKey(region) }) else {
        entry.child("region")?.report(
          .unknownRegion,
          "The project's region '\(JSONReader.abbreviated(region))' is not one of the study's "
            + "regions (" + areas.map { "'\($0.name)'" }.joined(separator: ", ") + ").",
          suggestion: Suggestion.closest(to: region, in: areas.map(\.name))
            ?? (areas.count == 1 ? areas[0].name : nil))
        complete = false
        continue
      }
      planned.append(
        .init(region: area.name, name: name, year: year, beds: beds ?? 0, dwellings: dwellings ?? 0)
      )
    }
    return complete ? planned : nil
  }

  static func readEstablishments(
    _ projection: ObjectReader, file: String?, regions: RegionData, areas: [ProjectionArea],
    until: Int, catalog: ParameterCatalog, readFile: StudyLoader.FileReader,
    collector: DiagnosticCollector
  ) -> [ProjectionStudy.ProjectedEstablishment]? {
    guard let elements = projection.array("establishments", required: false) else {
      return projection.has("establishments") ? nil : []
    }
    let check: EstablishmentLoader.MunicipalityCheck = { name in
      switch regions.municipality(named: name) {
      case .success: return .found
      case .failure(let failure): return .unknown(suggestion: failure.suggestion)
      }
    }
    var result: [ProjectionStudy.ProjectedEstablishment] = []
    var complete = true
    for element in elements {
      guard let entry = element.object(allowedKeys: ["file", "establishment", "startYear"]) else {
        complete = false
        continue
      }
      let startYear = entry.year("startYear", required: false, window: yearWindow)
      var loaded: (Establishment, String)?
      if let written = entry.string("file", required: false) {
        let resolved = StudyLoader.resolve(written, relativeTo: file)
        switch readFile(resolved) {
        case .failure(let problem):
          entry.child("file")?.report(
            problem == .notFound ? .fileNotFound : .unreadableFile,
            "Cannot read the establishment file '\(written)' (looked for '\(resolved)'). A "
              + "relative path is taken from the study file's directory.")
        case .success(let bytes):
          // A study where an establishment is expected: one message naming the command for
          // it, not a list of missing establishment fields (issue 22).
          if let kind = Self.otherKind(bytes) {
            entry.child("file")?.report(
              .wrongType,
              "'\(written)' is \(kind.description), not an establishment file; run "
                + "'housing-effect \(kind.command) \(written)' for it, and name an establishment "
                + "file here.")
            complete = false
            continue
          }
          let (establishment, diagnostics) = EstablishmentLoader.load(
            bytes, file: resolved, catalog: catalog, municipality: check)
          collector.add(contentsOf: diagnostics)
          loaded = establishment.map { ($0, written) }
        }
      } else if let reader = entry.child("establishment"), !reader.isNull {
        loaded = EstablishmentLoader.read(
          reader, catalog: catalog, municipality: check, requireVersion: false
        ).map { ($0, "inline") }
      } else {
        entry.reader.report(
          .missingField,
          "An establishment needs 'file' (the path of an establishment file) or 'establishment' "
            + "(the establishment written here).")
      }
      guard let (loadedEstablishment, source) = loaded else {
        complete = false
        continue
      }
      var establishment = loadedEstablishment
      if let startYear {
        let shift = startYear - establishment.startYear
        establishment.startYear = startYear
        establishment.construction?.startYear += shift
      }
      if establishment.startYear > until {
        (entry.child("startYear") ?? entry.reader).report(
          .yearOutOfRange,
          "The establishment starts in \(establishment.startYear), after the last projected "
            + "year \(until); it would change nothing.",
          suggestion: "give a 'startYear' up to \(until)")
        complete = false
        continue
      }
      let municipality = regions.canonicalName(establishment.municipality)
      if !areas.isEmpty,
        !areas.contains(where: { $0.municipalities.contains(municipality) })
      {
        (entry.child("file") ?? entry.child("establishment") ?? entry.reader).report(
          .unknownRegion,
          "The establishment lies in \(municipality), outside every region of the study ("
            + areas.map { "'\($0.name)'" }.joined(separator: ", ") + ").",
          suggestion: "add '\(municipality)', its policy region or 'Limburg' to projection.regions")
        complete = false
        continue
      }
      establishment.municipality = municipality
      result.append(.init(establishment: establishment, source: source))
    }
    return complete ? result : nil
  }
}
