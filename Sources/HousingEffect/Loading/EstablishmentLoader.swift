#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reads an establishment file, reporting every problem at once; nothing is applied when any
/// error is found.
///
/// The format is documented in `Docs/establishment-format.md` and `Docs/establishment.schema.json`.
public enum EstablishmentLoader {
  /// The newest establishment schema this build reads.
  public static let highestSupportedSchemaVersion = 1
  /// Years the model accepts for start and construction years and for `asOf`.
  public static let yearWindow = 1990...2100

  /// The largest number of jobs the model is meant for.
  ///
  /// A larger size is reported as `valueTooLarge` (usually extra zeros). The quick estimate of
  /// `assess` uses the same limits as the file.
  public static let maximumJobs = 100_000_000.0
  /// Gross floor area [m²]: 100 km² of buildings.
  public static let maximumFloorAreaM2 = 100_000_000.0
  /// Site or glass area [ha]: 1,000 km².
  public static let maximumHectares = 100_000.0
  /// Construction workers on site at once [persons].
  public static let maximumConstructionWorkers = 1_000_000.0
  /// Beds, bedrooms, toilets and showers of employer housing, and free legal beds.
  public static let maximumBeds = 100_000_000
  /// The most workforce segments an establishment may have.
  public static let maximumSegments = 100

  static let keys = [
    "$schema", "schemaVersion", "name", "description", "sources", "asOf", "municipality", "type",
    "size", "startYear", "rampUp", "construction", "workforce", "peakFactor", "season",
    "employerHousing", "freeLegalBeds", "availableDwellings", "languageTraining", "housingNorm",
    "overrides", "defaults",
  ]

  /// How the loader asks whether a municipality exists: `nil` when it does, else a suggestion
  /// (which may itself be `nil` when nothing is close).
  public typealias MunicipalityCheck = @Sendable (String) -> MunicipalityLookup

  /// The answer of a `MunicipalityCheck`: found, or unknown with the name the user probably
  /// meant (`nil` when nothing is close).
  public enum MunicipalityLookup: Sendable {
    case found
    case unknown(suggestion: String?)
  }

  /// Parses and validates `bytes`; returns the establishment only when there are no errors.
  public static func load(
    _ bytes: [UInt8], file: String?, catalog: ParameterCatalog = .standard,
    municipality check: MunicipalityCheck
  ) -> (Establishment?, [Diagnostic]) {
    let collector = DiagnosticCollector()
    guard let root = JSONReader.parse(bytes, file: file, collector: collector) else {
      return (nil, collector.diagnostics)
    }
    let establishment = read(root, catalog: catalog, municipality: check, requireVersion: true)
    let diagnostics = collector.diagnostics
    return (diagnostics.hasErrors ? nil : establishment, diagnostics)
  }

  /// Reads an establishment object; used for files and for studies' inline baselines.
  static func read(
    _ root: JSONReader, catalog: ParameterCatalog, municipality check: MunicipalityCheck,
    requireVersion: Bool
  ) -> Establishment? {
    guard let object = root.object(allowedKeys: keys) else { return nil }
    if let version = object.integer("schemaVersion", required: requireVersion, range: nil),
      let child = object.child("schemaVersion")
    {
      if version > highestSupportedSchemaVersion {
        child.report(
          .unsupportedSchemaVersion,
          "This file uses schema \(version); this build supports up to \(highestSupportedSchemaVersion). "
            + "Update housing-effect, or write the file for schema \(highestSupportedSchemaVersion)."
        )
      } else if version < 1 {
        child.report(.invalidValue, "Schema version '\(version)' does not exist; the first is 1.")
      }
    }
    // Free texts may be plain strings or {"nl": …, "en": …} (reports pick their language).
    let namedText = object.localizedText("name", required: true)
    let name = namedText?.plain
    if let name, name.trimmingSpacesAndTabs().isEmpty, let child = object.child("name") {
      child.report(.invalidValue, "The name is empty; give the establishment a name.")
    }
    let describedText = object.localizedText("description", required: false)
    let description = describedText?.plain
    let sourceTexts =
      object.array("sources", required: false)?.compactMap { $0.localizedText() } ?? []
    let sources = sourceTexts.map(\.plain)
    let texts = EstablishmentTexts(
      name: namedText?.texts, description: describedText?.texts, sources: sourceTexts.map(\.texts))
    var asOf: Day?
    if let text = object.string("asOf", required: false), let child = object.child("asOf") {
      asOf = Day(text)
      if let day = asOf, !yearWindow.contains(day.year) {
        child.report(
          .yearOutOfRange,
          "The date '\(text)' is outside the years this model covers, "
            + "\(yearWindow.lowerBound) to \(yearWindow.upperBound).")
        asOf = nil
      } else if asOf == nil {
        child.report(
          .invalidValue,
          "'\(JSONReader.abbreviated(text))' is not a date; write it as YYYY-MM-DD, e.g. 2026-01-01."
        )
      }
    }
    let municipality = object.string("municipality", required: true)
    if let municipality, let child = object.child("municipality"),
      case .unknown(let suggestion) = check(municipality)
    {
      child.report(
        .unknownMunicipality,
        "Unknown municipality '\(municipality)'. Run 'housing-effect regions' for the list, or "
          + "supply region data with --region-file.",
        suggestion: suggestion)
    }
    let type = object.enumeration(
      "type", as: EstablishmentType.self, required: true, code: .unknownEstablishmentType)
    let size = readSize(object, type: type)
    let startYear = object.year("startYear", required: true, window: yearWindow)
    let rampUp = readRampUp(object)
    let construction = readConstruction(object, startYear: startYear, size: size)
    let workforce = readWorkforce(object)
    let peakFactor = readPeakFactor(object)
    let season = readSeason(object, type: type, workforce: workforce, catalog: catalog)
    let employerHousing = readEmployerHousing(object)
    let freeLegalBeds = object.count(
      "freeLegalBeds", required: false, atMost: maximumBeds, what: "free legal beds"
    ).map(Double.init)
    let availableDwellings = readAvailableDwellings(object)
    let languageTraining = object.bool("languageTraining", required: false)
    // What `assess --save` wrote about the defaulted values: a record for the reader, never
    // an input (EstablishmentFile); only its shape is checked.
    _ = object.dictionary("defaults", required: false)
    let norm = object.enumeration(
      "housingNorm", as: HousingNorm.self, required: false, code: .invalidValue)
    let overrides = readOverrides(object, catalog: catalog)

    guard let name, let municipality, let type, let size, let startYear else { return nil }
    return Establishment(
      name: name, municipality: municipality, type: type, size: size, startYear: startYear,
      rampUp: rampUp, construction: construction, workforce: workforce, peakFactor: peakFactor,
      employerHousing: employerHousing, freeLegalBeds: freeLegalBeds,
      languageTraining: languageTraining, housingNorm: norm, overrides: overrides,
      description: description, sources: sources, asOf: asOf, season: season,
      texts: texts.isEmpty ? nil : texts,
      availableDwellings: availableDwellings)
  }

  /// Reads `season`: `{"months": S}`, the season of the seasonal segments, 0.5–12 months. It
  /// sets the peak, so it cannot stand beside `peakFactor`, and it needs a seasonal segment
  /// (stated, or in the sector's default workforce).
  static func readSeason(
    _ object: ObjectReader, type: EstablishmentType?, workforce: [WorkforceSegment]?,
    catalog: ParameterCatalog
  ) -> Season? {
    guard let season = object.objectReader("season", allowedKeys: ["months"], required: false),
      let months = season.number("months", required: true), let child = season.child("months")
    else { return nil }
    guard months >= 0.5, months <= 12 else {
      child.report(
        .invalidValue,
        "A season of '\(formatNumber(months))' months is outside 0.5–12: give the months a year "
          + "the seasonal workers are present, e.g. 3 for an asparagus harvest.")
      return nil
    }
    if object.has("peakFactor") {
      season.reader.report(
        .invalidValue,
        "Give either 'season' or 'peakFactor', not both: the season sets the peak (seasonal "
          + "workers × 12 ÷ months), a stated peak factor replaces it. Remove one of them.")
      return nil
    }
    if let type {
      let segments =
        workforce
        ?? ResolvedSegment.defaults(
          for: type.sectorGroup, parameters: ParameterSet(catalog: catalog, asOf: .catalogueEpoch))
      if !segments.contains(where: { $0.contract == .seasonal && $0.share > 0 }) {
        season.reader.report(
          .invalidValue,
          "The workforce has no seasonal segment, so a season has nothing to apply to. Add a "
            + "segment with contract 'seasonal', or remove 'season'.")
        return nil
      }
    }
    return Season(months: months)
  }

  /// Reads `peakFactor`: persons present at the peak per person present on average, 1–10.
  static func readPeakFactor(_ object: ObjectReader) -> Double? {
    guard let value = object.number("peakFactor", required: false),
      let child = object.child("peakFactor")
    else { return nil }
    guard value >= 1, value <= 10 else {
      child.report(
        .invalidValue,
        "A peak factor of '\(value)' is outside 1–10: it is persons present at the peak per "
          + "person present on average, so 1.3 means 30 % more at the peak.")
      return nil
    }
    return value
  }

  static func readSize(_ object: ObjectReader, type: EstablishmentType?) -> EstablishmentSize? {
    let keys = ["jobs", "floorAreaM2", "hectares"]
    guard let size = object.objectReader("size", allowedKeys: keys, required: true) else {
      return nil
    }
    let given = keys.filter { size.has($0) }
    guard given.count == 1, let key = given.first else {
      if given.isEmpty {
        size.reader.report(
          .missingSize,
          "The size needs exactly one of 'jobs', 'floorAreaM2' or 'hectares'; none is given.")
      } else {
        size.reader.report(
          .contradictorySize,
          "The size gives \(given.map { "'\($0)'" }.joined(separator: " and ")); give exactly one, "
            + "so the jobs cannot contradict each other.")
      }
      return nil
    }
    let (maximum, what) =
      switch key {
      case "jobs": (maximumJobs, "jobs")
      case "floorAreaM2": (maximumFloorAreaM2, "m² of floor area")
      default: (maximumHectares, "hectares")
      }
    guard let amount = size.nonNegative(key, required: true, atMost: maximum, what: what),
      let child = size.child(key)
    else {
      return nil
    }
    let result: EstablishmentSize =
      switch key {
      case "jobs": .jobs(amount)
      case "floorAreaM2": .floorArea(amount)
      default: .hectares(amount)
      }
    if let type, result.basis != .jobs, result.basis != type.physicalSizeBasis {
      let expected =
        switch type.physicalSizeBasis {
        case .hectares: "'hectares' or 'jobs'"
        case .floorArea: "'floorAreaM2' or 'jobs'"
        default: "'jobs'"
        }
      child.report(
        .invalidValue,
        "\(type.englishNameWithArticle) is sized by \(expected); the catalogue has no job density for '\(key)'."
      )
      return nil
    }
    return result
  }

  static func readRampUp(_ object: ObjectReader) -> [Double]? {
    guard let elements = object.array("rampUp", required: false) else { return nil }
    if elements.isEmpty, let child = object.child("rampUp") {
      child.report(
        .invalidValue,
        "The ramp-up is empty; give the share of full-operation jobs for each year, e.g. [0.5, 0.8, 1.0]."
      )
      return nil
    }
    if elements.count > 60, let child = object.child("rampUp") {
      child.report(
        .invalidValue, "The ramp-up has \(elements.count) years; at most 60 are modelled.")
      return nil
    }
    let shares = elements.compactMap { $0.share() }
    guard shares.count == elements.count else { return nil }
    if let last = shares.last, last < 1, let child = elements.last {
      child.report(
        .invalidValue,
        "The ramp-up ends at \(formatNumber(last)), below 1: the establishment never reaches the size "
          + "given, and its last year is still reported as full operation. End with 1, or "
          + "give the size the establishment will really reach.",
        severity: .warning)
    }
    return shares
  }

  static func readConstruction(
    _ object: ObjectReader, startYear: Int?, size: EstablishmentSize?
  ) -> ConstructionPhase? {
    let keys = ["workers", "startYear", "startMonth", "durationMonths", "shareFromElsewhere"]
    guard let phase = object.objectReader("construction", allowedKeys: keys, required: false) else {
      return nil
    }
    // Without `workers` the crew is estimated from the floor area (design note 29); other
    // sizes give no building to estimate from.
    let workers = phase.nonNegative(
      "workers", required: false, atMost: maximumConstructionWorkers, what: "construction workers")
    if workers == nil, !phase.has("workers"), size?.basis != .floorArea {
      phase.reader.report(
        .missingField,
        "Missing field 'workers': the construction crew can be estimated only from a floor area "
          + "(size.floorAreaM2). Give the average number of construction workers on site.",
        path: phase.reader.path.appending(key: "workers"), line: phase.reader.node.line,
        column: phase.reader.node.column)
      return nil
    }
    let year = phase.year("startYear", required: true, window: yearWindow)
    let month = phase.integer("startMonth", required: false, range: 1...12) ?? 1
    let duration = phase.integer("durationMonths", required: true, range: 1...600)
    let share = phase.share("shareFromElsewhere", required: false)
    if let year, let startYear, year > startYear, let child = phase.child("startYear") {
      child.report(
        .yearsOutOfOrder,
        "Construction starts in \(year), after operation starts in \(startYear); construction "
          + "comes first.")
      return nil
    }
    guard let year, let duration else { return nil }
    return ConstructionPhase(
      workers: workers, startYear: year, startMonth: month, durationMonths: duration,
      shareFromElsewhere: share)
  }

  static func readWorkforce(_ object: ObjectReader) -> [WorkforceSegment]? {
    guard let elements = object.array("workforce", required: false),
      let arrayReader = object.child("workforce")
    else { return nil }
    if elements.count > maximumSegments {
      arrayReader.report(
        .inputTooLarge,
        "The workforce has \(elements.count) segments; at most \(maximumSegments) are modelled. "
          + "Group segments with the same contract, skill and origin.")
      return nil
    }
    if elements.isEmpty {
      arrayReader.report(
        .emptyWorkforce,
        "The workforce is empty; leave 'workforce' out to use the sector's defaults, or give at "
          + "least one segment.")
      return nil
    }
    let keys = ["label", "share", "contract", "skill", "origin"]
    var segments: [WorkforceSegment] = []
    var complete = true
    for element in elements {
      guard let segment = element.object(allowedKeys: keys) else {
        complete = false
        continue
      }
      let label = segment.string("label", required: false)
      let share = segment.share("share", required: true)
      let contract = segment.enumeration(
        "contract", as: ContractType.self, required: true, code: .invalidValue)
      let skill = segment.enumeration(
        "skill", as: SkillLevel.self, required: false, code: .invalidValue)
      let origin = readOrigin(segment)
      guard let share, let contract, !(segment.has("origin") && origin == nil) else {
        complete = false
        continue
      }
      segments.append(
        WorkforceSegment(
          label: label, share: share, contract: contract, skill: skill ?? .low, origin: origin))
    }
    guard complete else { return nil }
    let total = segments.reduce(0) { $0 + $1.share }
    if abs(total - 1) > 0.001 {
      arrayReader.report(
        .sharesDoNotSumToOne,
        "The segments' shares add up to \(formatShare(total)); they must add up to 1.")
      return nil
    }
    return segments
  }

  static func readOrigin(_ segment: ObjectReader) -> OriginMix? {
    guard let origin = segment.objectReader("origin", allowedKeys: OriginMix.keys, required: false)
    else { return nil }
    let values = OriginMix.keys.map { origin.share($0, required: false) }
    let given = OriginMix.keys.indices.filter { origin.has(OriginMix.keys[$0]) }
    guard given.allSatisfy({ values[$0] != nil }) else { return nil }
    let v = values.map { $0 ?? 0 }
    let mix = OriginMix(
      localReserve: v[0], restOfNL: v[1], euMigrant: v[2], nonEuMigrant: v[3],
      knowledgeMigrant: v[4], crossBorder: v[5])
    if abs(mix.total - 1) > 0.001 {
      origin.reader.report(
        .sharesDoNotSumToOne,
        "The origin shares add up to \(formatShare(mix.total)); they must add up to 1.")
      return nil
    }
    return mix
  }

  static func readEmployerHousing(_ object: ObjectReader) -> EmployerHousing? {
    let keys = ["beds", "norm", "floorAreaM2", "bedrooms", "toilets", "showers"]
    guard let housing = object.objectReader("employerHousing", allowedKeys: keys, required: false)
    else { return nil }
    // Beds, bedrooms, toilets and showers are whole numbers: a fraction, or a value so small it
    // is not a count, would make the norm check's ratios meaningless.
    func count(_ key: String, _ what: String) -> Double? {
      housing.count(key, required: key == "beds", atMost: maximumBeds, what: what).map(Double.init)
    }
    let beds = count("beds", "beds")
    let norm = housing.enumeration(
      "norm", as: HousingNorm.self, required: false, code: .invalidValue)
    let area = housing.nonNegative(
      "floorAreaM2", required: false, atMost: maximumFloorAreaM2, what: "m² of floor area")
    let bedrooms = count("bedrooms", "bedrooms")
    let toilets = count("toilets", "toilets")
    let showers = count("showers", "showers")
    guard let beds else { return nil }
    return EmployerHousing(
      beds: beds, norm: norm, floorAreaM2: area, bedrooms: bedrooms, toilets: toilets,
      showers: showers)
  }

  /// Reads `availableDwellings`: `[{"year": Y, "dwellings": N}, …]`, dwellings available to
  /// newcomers for long stays from year Y on (rental set aside, flexwoningen, plancapaciteit).
  /// An empty list states that none are available; a missing key leaves the supply unknown.
  static func readAvailableDwellings(_ object: ObjectReader) -> [AvailableDwellings]? {
    guard let elements = object.array("availableDwellings", required: false) else { return nil }
    var batches: [AvailableDwellings] = []
    for element in elements {
      guard let batch = element.object(allowedKeys: ["year", "dwellings"]) else { continue }
      let year = batch.year("year", required: true, window: yearWindow)
      let dwellings = batch.count(
        "dwellings", required: true, atMost: maximumBeds, what: "dwellings")
      if let year, let dwellings {
        batches.append(AvailableDwellings(year: year, dwellings: Double(dwellings)))
      }
    }
    return batches.count == elements.count ? batches : nil
  }

  /// Reads `overrides` (or another `key`): a map from parameter id to
  /// `{value, reason, unit?, low?, high?}`.
  static func readOverrides(
    _ object: ObjectReader, key: String = "overrides", catalog: ParameterCatalog
  ) -> [ParameterOverride] {
    guard let map = object.dictionary(key, required: false) else { return [] }
    var overrides: [ParameterOverride] = []
    for (key, reader) in map.members() {
      let id = ParameterID(key)
      guard let parameter = catalog[id] else {
        reader.report(
          .unknownParameter,
          "Unknown parameter '\(key)'. Run 'housing-effect params' for the list.",
          suggestion: ParameterCatalog.suggestion(forUnknown: key, in: catalog))
        continue
      }
      guard let entry = reader.object(allowedKeys: ["value", "reason", "unit", "low", "high"]),
        let value = entry.number("value", required: true),
        let valueReader = entry.child("value")
      else { continue }
      let reasonText = entry.localizedText("reason", required: false)
      let reason = reasonText?.plain
      if let unit = entry.string("unit", required: false), unit != parameter.unit.symbol {
        var message =
          "The unit '\(JSONReader.abbreviated(unit))' does not match the unit of '\(key)', "
          + "'\(parameter.unit.symbol)'; "
        let percent = ["%", "percent", "procent", "pct"].contains(unit.lowercased())
        if parameter.unit == .share, percent {
          message +=
            "write the value as a fraction from 0 to 1 (\(formatNumber(value)) % is "
            + "\(formatNumber(value / 100))) and leave 'unit' out."
        } else {
          message += "give the value in \(parameter.unit.symbol), or leave 'unit' out."
        }
        entry.child("unit")?.report(.overrideWrongUnit, message)
        continue
      }
      if !parameter.accepts(value) {
        var limits = [
          parameter.minimum.map { "at least \(formatNumber($0))" },
          parameter.maximum.map { "at most \(formatNumber($0))" },
        ].compactMap { $0 }
        if let smallest = parameter.smallestNonZero {
          limits = ["0, or at least \(formatNumber(smallest))"] + limits.dropFirst()
        }
        var message =
          "The value '\(formatNumber(value))' is outside what '\(key)' allows (\(limits.joined(separator: " and "))"
        message += parameter.unit == .share ? "; a share is a fraction, e.g. 0.35)." : ")."
        valueReader.report(.overrideOutOfRange, message)
        continue
      }
      if value < parameter.low || value > parameter.high {
        valueReader.report(
          .overrideOutsidePlausibleRange,
          "The value '\(formatNumber(value))' is outside the catalogue's plausible range "
            + "\(formatNumber(parameter.low))–\(formatNumber(parameter.high)) \(parameter.unit.symbol); "
            + "check it and say why in 'reason'.",
          severity: .warning)
      }
      if reason?.trimmingSpacesAndTabs().isEmpty ?? true {
        entry.reader.report(
          .overrideWithoutReason,
          "The override of '\(key)' gives no reason; reports show the reason next to the value.",
          severity: .warning)
      }
      guard let (low, high) = readOverrideRange(entry, value: value, parameter: parameter) else {
        continue
      }
      var override = ParameterOverride(id, value: value, reason: reason, low: low, high: high)
      override.reasonTexts = reasonText?.texts
      overrides.append(override)
    }
    return overrides
  }

  /// Reads an override's optional `low` and `high`: both or neither, inside the parameter's
  /// hard limits, with `low ≤ value ≤ high`. `nil` after reporting a problem.
  private static func readOverrideRange(
    _ entry: ObjectReader, value: Double, parameter: Parameter
  ) -> (Double?, Double?)? {
    let low = entry.number("low", required: false)
    let high = entry.number("high", required: false)
    let lowGiven = entry.child("low") != nil
    let highGiven = entry.child("high") != nil
    if lowGiven != highGiven {
      let (given, missing) = lowGiven ? ("low", "high") : ("high", "low")
      entry.reader.report(
        .invalidOverrideRange,
        "The override of '\(parameter.id)' gives '\(given)' without '\(missing)'; give both "
          + "for a range Monte Carlo runs draw from, or neither to fix the value.")
      return nil
    }
    guard let low, let high else { return lowGiven ? nil : (nil, nil) }
    for (key, bound) in [("low", low), ("high", high)] where !parameter.accepts(bound) {
      entry.child(key)?.report(
        .invalidOverrideRange,
        "The \(key) end '\(formatNumber(bound))' is outside what '\(parameter.id)' allows; "
          + "keep the range within the parameter's limits.")
      return nil
    }
    if low > high {
      entry.child("low")?.report(
        .invalidOverrideRange,
        "The range of '\(parameter.id)' runs from \(formatNumber(low)) down to "
          + "\(formatNumber(high)); 'low' must not be above 'high' (swap them?).")
      return nil
    }
    if value < low || value > high {
      entry.child("value")?.report(
        .invalidOverrideRange,
        "The value '\(formatNumber(value))' of '\(parameter.id)' lies outside its own range "
          + "\(formatNumber(low))–\(formatNumber(high)); widen the range or change the value.")
      return nil
    }
    return (low, high)
  }

  static func formatShare(_ value: Double) -> String { formatNumber(value) }

  /// A short, locale-free rendering of a number for messages (at most 4 decimals).
  ///
  /// From 1e14 up (and for non-finite values) the number is written as `JSONReader.format`
  /// writes it, so that scaling by 10,000 below cannot overflow `Int`.
  public static func formatNumber(_ value: Double) -> String {
    // Tiny values would round to '0' below; they keep their exponent instead.
    guard value.isFinite, abs(value) < 1e14, value == 0 || abs(value) >= 0.00005 else {
      return JSONReader.format(value)
    }
    if value == value.rounded() { return String(Int(value)) }
    var text = String(Int((value * 10_000).rounded()))
    let negative = text.hasPrefix("-")
    if negative { text.removeFirst() }
    while text.count < 5 { text = "0" + text }
    var decimals = String(text.suffix(4))
    while decimals.hasSuffix("0") { decimals.removeLast() }
    let whole = String(text.dropLast(4))
    return (negative ? "-" : "") + whole + (decimals.isEmpty ? "" : "." + decimals)
  }
}
