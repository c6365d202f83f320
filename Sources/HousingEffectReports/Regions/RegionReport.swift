import HousingEffect

/// The region data as a table for the terminal or Markdown, or one municipality in detail.
public struct RegionReport: Sendable {
  /// The language of the column headers, concepts and notes.
  public var language: Language

  /// A report of the region data in `language`.
  public init(language: Language) { self.language = language }

  /// One line per municipality: code, name, region, population, households, dwellings, the
  /// reference date, the CBS table, labour migrants, beds and borders.
  public func table(_ municipalities: [Municipality], markdown: Bool) -> String {
    let format = NumberFormat(language: language)
    let nl = language == .nl
    let header = [
      "code", nl ? "gemeente" : "municipality", nl ? "regio" : "region",
      nl ? "inwoners" : "population", nl ? "huishoudens" : "households",
      nl ? "woningen" : "dwellings", nl ? "peildatum" : "as of", nl ? "bron" : "source",
      nl ? "arbeidsmigranten" : "labour migrants", nl ? "vergunde bedden" : "licensed beds",
      nl ? "grens" : "border",
    ]
    let rows = municipalities.map { m -> [String] in
      let migrants =
        m.labourMigrants.map {
          "\(format.integer($0.count)) (\(kindText($0.kind)), \($0.year))"
        } ?? "–"
      /// A count, with its date when that differs from the population's.
      func dated(_ count: Municipality.DatedCount?) -> String {
        guard let count else { return "–" }
        let value = format.integer(count.value)
        return count.date == m.population.date ? value : "\(value) (\(count.date))"
      }
      let region = m.regionText ?? m.province.map { "(\($0.rawValue))" } ?? "–"
      return [
        m.code, m.name, region, format.integer(m.population.value), dated(m.households),
        dated(m.dwellings), m.population.date.description, Self.statLineTable(m.sources) ?? "–",
        migrants, m.licensedMigrantBeds.map { "\(format.integer($0.count)) (\($0.year))" } ?? "–",
        m.borders.sorted().map(\.rawValue).joined(separator: "+").isEmpty
          ? "–" : m.borders.sorted().map(\.rawValue).joined(separator: "+"),
      ]
    }
    var out = ""
    if markdown {
      out += "| " + header.joined(separator: " | ") + " |\n"
      out += "|" + header.map { _ in "---" }.joined(separator: "|") + "|\n"
      for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
    } else {
      let widths = header.indices.map { column in
        ([header[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
      }
      func line(_ cells: [String]) -> String {
        cells.enumerated().map { index, cell in
          cell + String(repeating: " ", count: widths[index] - cell.count)
        }.joined(separator: "  ").trimmingTrailingSpaces()
      }
      out += line(header) + "\n"
      out += line(widths.map { String(repeating: "-", count: $0) }) + "\n"
      for row in rows { out += line(row) + "\n" }
    }
    out += "\n"
    out +=
      nl
      ? "Bron: Docs/data/limburg-municipalities.csv. Inwoners, woningvoorraad (1 januari 2024) en landoppervlak van de 31 Limburgse gemeenten: CBS StatLine 85984NED, Kerncijfers wijken en buurten 2024. Particuliere huishoudens (1 januari 2024): Kerncijfers wijken en buurten 2024 uit de CBS Wijk- en buurtkaart 2024. 'housing-effect regions NAAM' toont bronnen en kanttekeningen per gemeente; andere gemeenten voegt u toe met --region-file (ook een CBS StatLine-download).\n"
      : "Source: Docs/data/limburg-municipalities.csv. Population, dwelling stock (1 January 2024) and land area of the 31 Limburg municipalities: CBS StatLine 85984NED, Kerncijfers wijken en buurten 2024. Private households (1 January 2024): Kerncijfers wijken en buurten 2024 from the CBS Wijk- en buurtkaart 2024. 'housing-effect regions NAME' shows sources and notes per municipality; add other municipalities with --region-file (a CBS StatLine download works too).\n"
    return out
  }

  /// One municipality with every field, its sources and the notes on data quality.
  public func detail(_ m: Municipality, neighbours: [Neighbour]) -> String {
    let format = NumberFormat(language: language)
    let nl = language == .nl
    var lines = [
      "\(m.name) (\(m.code))", String(repeating: "=", count: m.name.count + m.code.count + 3),
    ]
    func add(_ label: String, _ value: String) {
      lines.append(label.paddedWithSpaces(toLength: 22) + value)
    }
    add(nl ? "Provincie:" : "Province:", m.province?.rawValue ?? (nl ? "onbekend" : "unknown"))
    add(nl ? "Regio:" : "Region:", m.regionText ?? "–")
    add(
      nl ? "Inwoners:" : "Population:",
      "\(format.integer(m.population.value)) (\(m.population.date))")
    add(
      nl ? "Landoppervlak:" : "Land area:",
      m.landAreaKm2.map { format.format($0, .decimals(2)) + " km²" } ?? "–")
    add(
      nl ? "Woningen:" : "Dwellings:",
      m.dwellings.map { "\(format.integer($0.value)) (\($0.date))" }
        ?? (nl ? "onbekend" : "unknown"))
    add(
      nl ? "Huishoudens:" : "Households:",
      m.households.map { "\(format.integer($0.value)) (\($0.date))" }
        ?? (nl ? "onbekend" : "unknown"))
    add(
      nl ? "Arbeidsmigranten:" : "Labour migrants:",
      m.labourMigrants.map { "\(format.integer($0.count)) (\(kindText($0.kind)), \($0.year))" }
        ?? (nl ? "geen bron gevonden" : "no source found"))
    add(
      nl ? "Vergunde bedden:" : "Licensed beds:",
      m.licensedMigrantBeds.map { "\(format.integer($0.count)) (\($0.year))" } ?? "–")
    add(
      nl ? "Grenst aan:" : "Borders:",
      m.borders.isEmpty ? "–" : m.borders.sorted().map(\.rawValue).joined(separator: ", "))
    add(nl ? "Buurgemeenten:" : "Neighbours:", neighbours.map(\.name).joined(separator: ", "))
    lines.append("")
    lines.append(nl ? "Bronnen:" : "Sources:")
    lines.append(contentsOf: m.sources.map { "  - \($0)" })
    if !m.notes.isEmpty || !m.dutchNotes.isEmpty {
      lines.append("")
      if nl, !m.dutchNotes.isEmpty {
        lines.append("Kanttekeningen bij de gegevens (uit het bronbestand):")
        lines.append(contentsOf: Self.wrap(m.dutchNotes, width: 92).map { "  " + $0 })
      } else if nl {
        // A region file without Dutch notes (no 'notes_nl' column): say where the English
        // ones are instead of mixing languages.
        lines.append(
          "Kanttekeningen bij de gegevens: alleen in het Engels, met "
            + "'housing-effect regions \(m.name) --lang en'.")
      } else {
        lines.append("Notes (from the source file):")
        lines.append(contentsOf: Self.wrap(m.notes, width: 92).map { "  " + $0 })
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// What a labour-migrant count counts, in the report language: people working in the
  /// municipality (by place of work), registered there (BRP/RNI), or an estimate.
  func kindText(_ kind: Municipality.LabourMigrants.Kind) -> String {
    guard language == .nl else { return kind.rawValue }
    return switch kind {
    case .working: "werkzaam in de gemeente"
    case .registered: "ingeschreven"
    case .estimate: "schatting"
    }
  }

  /// `CBS 85984NED` for a StatLine table among `sources`, the first one found.
  static func statLineTable(_ sources: [String]) -> String? {
    for source in sources {
      for marker in ["/dataset/", "/cijfers/detail/"] {
        guard let range = source.firstRange(ofText: marker) else { continue }
        let id = source[range.upperBound...].prefix { $0.isLetter || $0.isNumber }
        if id.count >= 7 { return "CBS \(id)" }
      }
    }
    return nil
  }

  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty, line.count + word.count + 1 > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var copy = self
    while copy.hasSuffix(" ") { copy.removeLast() }
    return copy
  }
}
