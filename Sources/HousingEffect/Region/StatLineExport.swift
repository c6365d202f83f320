/// Reads the CSV file that CBS StatLine's download produces, so that any Dutch municipality can
/// be added without writing a region file by hand.
///
/// Accepted (see `Docs/region-data.md`): fields separated by `;` (or `,`), quoted or not; title
/// lines before the header; one region column (`Regio's`, `Wijken en buurten`, `Gemeenten`,
/// `Codering`, or the raw keys `RegioS`, `WijkenEnBuurten`, `Codering_3`) holding CBS codes
/// (`GM0855`) or municipality names; an optional `Perioden` column; and measure columns recognised
/// by their title: population (`Aantal inwoners`, `Bevolking op 1 januari`, `Totale bevolking`,
/// `Bevolking aan het begin van de periode`), dwellings (`Woningvoorraad`, `Beginstand voorraad`
/// with `Gebruiksfunctie` `Woning`), private households (`Huishoudens totaal`, `Totaal
/// particuliere huishoudens`) and land area (`Oppervlakte land`, in ha unless the title says km²).
/// Rows for the country, provinces, districts and neighbourhoods are skipped, as are rows of a
/// breakdown (sex, age) other than its total.
///
/// The province follows from the municipality code. A municipality of the built-in Limburg data
/// keeps its built-in fields (policy region, neighbours, labour migrants) and takes the figures
/// of the export.
enum StatLineExport {
  /// Whether `records` look like a StatLine export rather than a region file: no `code` column,
  /// but a StatLine region column.
  static func matches(_ records: [CSVTable.Row]) -> Bool {
    guard let first = records.first, !first.fields.contains("code") else { return false }
    return headerIndex(records) != nil
  }

  /// The index of the header record: the first with a region column.
  static func headerIndex(_ records: [CSVTable.Row]) -> Int? {
    records.prefix(20).firstIndex { $0.fields.contains { Measure.isRegionHeader($0) } }
  }

  /// What a column holds.
  enum Measure: Equatable {
    case region
    case period
    case population
    case dwellings
    case households
    /// Land area; `factor` converts the column's unit to km².
    case landArea(factor: Double)
    /// The use of a building in the dwelling-stock table; only `Woning` rows count.
    case buildingUse
    /// A breakdown such as sex or age; only its total rows count.
    case breakdown

    /// Lower case, letters and digits only, without a trailing raw-key number (`Codering_3`).
    static func key(_ title: String) -> String {
      var text = title
      if let underscore = text.lastIndex(of: "_"),
        text[text.index(after: underscore)...].allSatisfy({ $0.isASCII && $0.isNumber })
      {
        text = String(text[..<underscore])
      }
      return NameKey.fold(text)
    }

    static func isRegionHeader(_ title: String) -> Bool {
      [
        "regios", "regio", "regioaanduiding", "wijkenenbuurten", "gemeenten", "gemeente",
        "codering", "regiocode",
      ].contains(key(title))
    }

    init?(title: String) {
      let full = Measure.key(title)
      // The title without its unit in brackets: `Woningvoorraad (aantal)`.
      let bare = Measure.key(
        title.firstIndex(of: "(").map { String(title[..<$0]) } ?? title)
      let unit = title.lowercased()
      if Measure.isRegionHeader(title) {
        self = .region
      } else if ["perioden", "periode", "jaar"].contains(bare) {
        self = .period
      } else if full.contains("aantalinwoners") || full.contains("totalebevolking")
        || full.contains("bevolkingaanhetbeginvandeperiode") || bare == "bevolking"
        || bare == "bevolkingop1januari"
      {
        self = .population
      } else if full.contains("woningvoorraad") || full.contains("beginstandvoorraad") {
        self = .dwellings
      } else if full.contains("huishoudenstotaal") || full.contains("totaalparticulierehuishoudens")
        || bare == "particulierehuishoudens"
      {
        self = .households
      } else if full.contains("oppervlakteland") {
        self = .landArea(factor: unit.contains("km2") || unit.contains("km²") ? 1 : 0.01)
      } else if bare == "gebruiksfunctie" {
        self = .buildingUse
      } else if ["geslacht", "leeftijd", "burgerlijkestaat", "migratieachtergrond", "herkomst"]
        .contains(where: { bare.hasPrefix($0) })
      {
        self = .breakdown
      } else {
        return nil
      }
    }
  }

  /// One figure read from a row, with where it came from.
  struct Figure {
    var value: Double
    var date: Day
    var line: Int
  }

  /// The figures of one municipality.
  struct Entry {
    var code: String
    var line: Int
    var population: Figure?
    var dwellings: Figure?
    var households: Figure?
    var landArea: Figure?
  }

  static func load(
    records: [CSVTable.Row], fileName: String?
  ) -> ([Municipality], [Diagnostic]) {
    guard let headerAt = headerIndex(records) else { return ([], []) }
    var diagnostics: [Diagnostic] = []
    let header = records[headerAt]
    let title = records[..<headerAt].flatMap(\.fields).filter { !$0.isEmpty }
      .joined(separator: " ")
    let measures = header.fields.map { Measure(title: $0) }
    let regionColumns = measures.indices.filter { measures[$0] == .region }
    let periodColumn = measures.firstIndex { $0 == .period }
    let measured = measures.contains {
      switch $0 {
      case .population, .dwellings, .households, .landArea: true
      default: false
      }
    }
    guard measured else {
      diagnostics.append(
        Diagnostic(
          .error, .missingField, at: "",
          "The StatLine export has no column this tool reads: population ('Aantal inwoners' or "
            + "'Bevolking op 1 januari'), 'Woningvoorraad', 'Huishoudens totaal' or "
            + "'Oppervlakte land'.", line: header.line))
      return ([], diagnostics)
    }
    let tableID = Self.tableID(in: title)
    let titleYear = Self.year(in: title)
    if periodColumn == nil, titleYear == nil {
      diagnostics.append(
        Diagnostic(
          .error, .missingField, at: "Perioden",
          "The StatLine export has no 'Perioden' column and no year in its title, so its "
            + "figures have no reference date; download it with the periods included.",
          line: header.line))
      return ([], diagnostics)
    }

    var entries: [String: Entry] = [:]
    var order: [String] = []
    var severalPeriods: Set<String> = []
    rows: for row in records[(headerAt + 1)...] {
      let filled = row.fields.filter { !$0.isEmpty }
      // A footer such as `Bron: CBS`, or a note.
      if filled.count <= 1 || row.fields.count != header.fields.count { continue }
      for (index, measure) in measures.enumerated() {
        let value = NameKey.fold(row.fields[index])
        if measure == .buildingUse, value != "woning" { continue rows }
        if measure == .breakdown, !(value.hasPrefix("totaal") || value == "mannenenvrouwen") {
          continue rows
        }
      }
      guard let code = Self.code(row, columns: regionColumns) else {
        if let name = regionColumns.lazy.map({ row.fields[$0] }).first(where: {
          !$0.isEmpty && !Self.isOtherRegion($0)
        }) {
          diagnostics.append(
            Diagnostic(
              .warning, .unknownMunicipality, at: header.fields[regionColumns[0]],
              "'\(name)' is not a current Dutch municipality; the row is skipped.",
              line: row.line,
              suggestion: Suggestion.closest(
                to: name, in: MunicipalityProvinces.entries.lazy.map(\.name))))
        }
        continue
      }
      var date: Day?
      if let periodColumn {
        date = Self.day(period: row.fields[periodColumn])
        if date == nil {
          diagnostics.append(
            Diagnostic(
              .error, .invalidValue, at: header.fields[periodColumn],
              "'\(row.fields[periodColumn])' is not a period like 2024, 2024JJ00 or "
                + "'2024 1e kwartaal'.", line: row.line))
          continue
        }
      } else {
        date = titleYear.flatMap { Day(year: $0) }
      }
      guard let date else { continue }
      var entry = entries[code] ?? Entry(code: code, line: row.line)
      if entries[code] == nil { order.append(code) }
      for (index, measure) in measures.enumerated() {
        let raw = row.fields[index]
        guard let measure, Self.isMeasured(measure) else { continue }
        guard let number = Self.number(raw, title: header.fields[index]) else {
          if !Self.isMissing(raw) {
            diagnostics.append(
              Diagnostic(
                .error, .invalidValue, at: header.fields[index],
                "'\(raw)' is not a number.", line: row.line))
          }
          continue
        }
        let figure = Figure(value: number, date: date, line: row.line)
        func keep(_ current: inout Figure?, _ factor: Double = 1) {
          var scaled = figure
          scaled.value *= factor
          if let existing = current {
            if existing.date != figure.date { severalPeriods.insert(code) }
            if existing.date > figure.date { return }
          }
          current = scaled
        }
        switch measure {
        case .population: keep(&entry.population)
        case .dwellings: keep(&entry.dwellings)
        case .households: keep(&entry.households)
        case .landArea(let factor): keep(&entry.landArea, factor)
        default: break
        }
      }
      entries[code] = entry
    }

    var municipalities: [Municipality] = []
    for code in order {
      guard let entry = entries[code] else { continue }
      let name =
        RegionData.limburg.municipality(code: code)?.name
        ?? MunicipalityProvinces.byCode[code]?.name ?? code
      if severalPeriods.contains(code) {
        diagnostics.append(
          Diagnostic(
            .warning, .invalidValue, at: "Perioden",
            "\(name): the export has several periods; the latest of each figure is used.",
            line: entry.line))
      }
      guard let population = entry.population else {
        diagnostics.append(
          Diagnostic(
            .error, .missingField, at: "population",
            "\(name): the export gives no population; add 'Aantal inwoners' or 'Bevolking op "
              + "1 januari' to the download.", line: entry.line))
        continue
      }
      municipalities.append(
        municipality(entry, population: population, name: name, tableID: tableID, title: title))
    }
    let ordered = diagnostics.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
    return (municipalities, fileName.map { name in ordered.map { $0.inFile(name) } } ?? ordered)
  }

  /// The municipality for `entry`: the built-in one with the export's figures, or a new one.
  static func municipality(
    _ entry: Entry, population: Figure, name: String, tableID: String?, title: String
  ) -> Municipality {
    func count(_ figure: Figure?) -> Municipality.DatedCount? {
      figure.map { Municipality.DatedCount(Int($0.value.rounded()), on: $0.date) }
    }
    var municipality =
      RegionData.limburg.municipality(code: entry.code)
      ?? Municipality(
        code: entry.code, name: name,
        population: Municipality.DatedCount(0, on: population.date))
    municipality.population = count(population) ?? municipality.population
    municipality.dwellings = count(entry.dwellings) ?? municipality.dwellings
    municipality.households = count(entry.households) ?? municipality.households
    if let area = entry.landArea {
      municipality.landAreaKm2 = (area.value * 100).rounded() / 100
    }
    let table = tableID.map { "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/\($0)/table" }
    municipality.sources = [table ?? "https://opendata.cbs.nl/statline/"] + municipality.sources
    let read = [
      "population", entry.dwellings == nil ? nil : "dwellings",
      entry.households == nil ? nil : "households", entry.landArea == nil ? nil : "land area",
    ].compactMap { $0 }
    let note =
      "\(read.joined(separator: ", ")) from a CBS StatLine export"
      + (title.isEmpty ? "" : " ('\(title)')") + (tableID.map { ", table \($0)" } ?? "") + "."
    municipality.notes =
      note.prefix(1).uppercased() + note.dropFirst()
      + (municipality.notes.isEmpty ? "" : " Built-in notes: " + municipality.notes)
    return municipality
  }

  static func isMeasured(_ measure: Measure) -> Bool {
    switch measure {
    case .population, .dwellings, .households, .landArea: true
    default: false
    }
  }

  /// The municipality code of `row`: a `GM` code in a region column, or a municipality name.
  static func code(_ row: CSVTable.Row, columns: [Int]) -> String? {
    for column in columns {
      let text = row.fields[column]
      if text.uppercased().hasPrefix("GM"), let code = RegionData.cbsCode(text),
        MunicipalityProvinces.byCode[code] != nil
      {
        return code
      }
    }
    for column in columns where !isOtherRegion(row.fields[column]) {
      if let code = Province.municipalityCode(named: row.fields[column]) { return code }
    }
    return nil
  }

  /// The country, a province, a COROP area or a district: StatLine codes and name suffixes.
  static func isOtherRegion(_ text: String) -> Bool {
    let upper = text.uppercased()
    let prefixes = ["NL0", "PV", "LD", "CR", "WK", "BU", "GG", "VR", "AM", "RE", "ZK", "JZ"]
    if prefixes.contains(where: { upper.hasPrefix($0) }),
      upper.dropFirst(2).first?.isNumber == true
    {
      return true
    }
    let suffixes = ["(LD)", "(PV)", "(CR)", "(GA)", "(SG)", "(CP)", "(CS)"]
    return upper == "NEDERLAND" || suffixes.contains { upper.hasSuffix($0) }
  }

  /// The figure in `raw`: `.`, `-`, `x` and `?` (no figure) give `nil`; `229.836` reads as
  /// thousands; `(x 1 000)` in the title scales the value.
  static func number(_ raw: String, title: String) -> Double? {
    guard !isMissing(raw) else { return nil }
    var text = raw.replacingText(" ", with: "")
    let groups = text.split(separator: ".", omittingEmptySubsequences: false)
    if groups.count > 1, !text.contains(","), groups.dropFirst().allSatisfy({ $0.count == 3 }),
      (1...3).contains(groups[0].count)
    {
      text = groups.joined()
    }
    text = text.replacingText(",", with: ".")
    guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let value = Double(text)
    else { return nil }
    let scale = title.replacingText(" ", with: "").contains("x1000") ? 1000.0 : 1
    return value * scale
  }

  static func isMissing(_ raw: String) -> Bool {
    ["", ".", "-", "x", "?", "..."].contains(raw.trimmingSpaces.lowercased())
  }

  /// `2024`, `2024JJ00`, `2024 1e kwartaal`, `2024KW01`, `2024MM03` or `2024 maart` as the
  /// first day of the period.
  static func day(period raw: String) -> Day? {
    guard let year = year(in: raw) else { return nil }
    let rest = raw.lowercased()
    let compact = rest.filter { $0 != " " }
    if let range = compact.firstRange(ofText: "ekwartaal"),
      let quarter = compact[..<range.lowerBound].last?.wholeNumberValue, (1...4).contains(quarter)
    {
      return Day(year: year, month: 3 * quarter - 2)
    }
    if let range = compact.firstRange(ofText: "kw"),
      let quarter = Int(compact[range.upperBound...]),
      (1...4).contains(quarter)
    {
      return Day(year: year, month: 3 * quarter - 2)
    }
    if let range = compact.firstRange(ofText: "mm"), let month = Int(compact[range.upperBound...]) {
      return Day(year: year, month: month)
    }
    let months = [
      "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
      "oktober", "november", "december",
    ]
    if let month = months.firstIndex(where: { rest.contains($0) }) {
      return Day(year: year, month: month + 1)
    }
    return Day(year: year)
  }

  /// The first four-digit year between 1900 and 2100 in `text`.
  static func year(in text: String) -> Int? {
    var digits = ""
    for character in text + " " {
      if character.isASCII, character.isNumber {
        digits.append(character)
        continue
      }
      if digits.count == 4, let year = Int(digits), (1900...2100).contains(year) { return year }
      digits = ""
    }
    return nil
  }

  /// A StatLine table identifier such as `85984NED` or `03759ned` in `text`.
  static func tableID(in text: String) -> String? {
    let words = text.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    return words.first { word in
      let upper = word.uppercased()
      return (upper.hasSuffix("NED") || upper.hasSuffix("ENG")) && upper.count >= 8
        && upper.dropLast(3).allSatisfy(\.isNumber)
    }.map { String($0.dropLast(3)) + $0.suffix(3).uppercased() }
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}

extension RegionData {
  /// The municipality with CBS code `code`, if there is one.
  func municipality(code: String) -> Municipality? {
    guard let code = RegionData.cbsCode(code) else { return nil }
    return municipalities.first { $0.code == code }
  }
}
