/// A user's distribution key for `"distribute"` (issue 19, item 3): one count per Limburg
/// municipality from a CSV file — a CBS StatLine download (for example registered residents by
/// nationality per municipality) or a region file with an extra column — with the concept, year
/// and source the study states for it. See Docs/projection-format.md ("A key file").
///
/// Read: fields separated by `;` or `,`, quoted or not, title lines before the header allowed;
/// a municipality column (StatLine's `Regio's`, `Gemeenten`, `Codering`, … or a region file's
/// `code` or `name`) holding CBS codes (`GM0983`) or names; the count in `column`, or the last
/// column when the study names none; with a `Perioden` column only the rows of the stated year.
/// Rows of the same municipality are added up (several nationalities); rows for the country,
/// provinces and municipalities outside Limburg are skipped. Every Limburg municipality needs a
/// count; StatLine's `.`/`x` (no figure) is an error naming the municipality and line.
public struct DistributionKeyFile: Sendable, Hashable {
  /// The file as the study names it.
  public var file: String
  /// What the counts count, e.g. registered residents with a CEE nationality.
  public var concept: String
  /// The year the counts refer to.
  public var year: Int
  /// Where the counts come from (title, publisher, table), printed with every base.
  public var source: String
  /// The count per CBS municipality code (Limburg only).
  public var counts: [String: Double]

  /// The Decisio monitor's 2018 counts the shipped key is anchored on and measured against
  /// (Docs/region-data.md, "Distribution key (proxy)"): Zuid-Limburg 15,400 of 64,200; Noord-
  /// Limburg over 30,000 working in 2019.
  static let limburg2018 = 64_200.0
  static let zuidLimburg2018 = 15_400.0
  static let noordLimburg2019AtLeast = 30_000.0

  /// The label every base from this key carries: the file, its concept, year and source, that it
  /// is a proxy, and its error against the known regional counts.
  public var label: String {
    let total = counts.values.reduce(0, +)
    func share(_ region: Municipality.PolicyRegion) -> Double {
      guard total > 0 else { return 0 }
      return RegionData.limburg.municipalities.filter { $0.policyRegion == region }
        .reduce(0) { $0 + (counts[$1.code] ?? 0) } / total
    }
    func percent(_ value: Double) -> String {
      let rounded = Int((value * 100).rounded())
      return (rounded > 0 ? "+" : rounded < 0 ? "−" : "") + "\(abs(rounded))%"
    }
    let zuid = share(.zuidLimburg) * Self.limburg2018 / Self.zuidLimburg2018 - 1
    let noord = share(.noordLimburg) * Self.limburg2018 / Self.noordLimburg2019AtLeast - 1
    return
      "distribution key (proxy, key file '\(file)'): the province's base × the municipality's "
      + "share of \(concept), \(year) (\(source)). Known error (key × 64,200 working in 2018): "
      + "Zuid-Limburg \(percent(zuid)) against 15,400 in 2018; Noord-Limburg \(percent(noord)) "
      + "or worse against over 30,000 working in 2019"
  }

  /// Reads `text` (the file `file`, as the study names it); diagnostics carry the file, the
  /// line and the study's field path `at`.
  public static func read(
    _ text: String, file: String, column wanted: String?, concept: String, year: Int,
    source: String, at path: String
  ) -> (DistributionKeyFile?, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    func error(_ message: String, line: Int?, suggestion: String? = nil) {
      diagnostics.append(
        Diagnostic(
          .error, .invalidValue, at: path, message, file: file, line: line,
          suggestion: suggestion))
    }
    let (records, problems) = CSVTable.records(text, delimiter: CSVTable.detectDelimiter(in: text))
    diagnostics += problems.map { $0.inFile(file) }
    let isRegionColumn: (String) -> Bool = {
      StatLineExport.Measure.isRegionHeader($0) || ["code", "name", "municipality"].contains($0)
    }
    guard
      let headerAt = records.prefix(20).firstIndex(where: {
        $0.fields.contains(where: isRegionColumn)
      })
    else {
      error(
        "The key file has no municipality column: expected a header with 'Regio's', "
          + "'Gemeenten', 'Codering' (a StatLine download) or 'code' / 'name' (a region file).",
        line: records.first?.line ?? 1)
      return (nil, diagnostics)
    }
    let header = records[headerAt]
    let regionColumns = header.fields.indices.filter { isRegionColumn(header.fields[$0]) }
    let periodColumn = header.fields.firstIndex {
      if case .period = StatLineExport.Measure(title: $0) { true } else { false }
    }
    let valueColumn: Int
    if let wanted {
      guard let index = header.fields.firstIndex(of: wanted) else {
        error(
          "The key file has no column '\(wanted)'; its columns are "
            + header.fields.map { "'\($0)'" }.joined(separator: ", ") + ".",
          line: header.line, suggestion: Suggestion.closest(to: wanted, in: header.fields))
        return (nil, diagnostics)
      }
      valueColumn = index
    } else {
      valueColumn = header.fields.count - 1
    }
    let title = header.fields[valueColumn]
    var counts: [String: Double] = [:]
    var lines: [String: Int] = [:]
    var periods: Set<String> = []
    var rowsOfYear = 0
    for row in records[(headerAt + 1)...] where row.fields.count == header.fields.count {
      guard let code = StatLineExport.code(row, columns: regionColumns),
        MunicipalityProvinces.byCode[code] != nil,
        RegionData.limburg.municipalities.contains(where: { $0.code == code })
      else { continue }
      if let periodColumn {
        let period = row.fields[periodColumn]
        periods.insert(period)
        guard StatLineExport.day(period: period)?.year == year else { continue }
      }
      rowsOfYear += 1
      let raw = row.fields[valueColumn]
      guard let value = StatLineExport.number(raw, title: title), value >= 0 else {
        let name = RegionData.limburg.municipalities.first { $0.code == code }?.name ?? code
        error(
          "No count for \(name) in '\(title)': found '\(raw)'"
            + (StatLineExport.isMissing(raw) ? " (StatLine: no figure)" : "")
            + "; every Limburg municipality needs a number of 0 or more. Download the table "
            + "with a figure for every municipality or choose another column or concept.",
          line: row.line)
        continue
      }
      counts[code, default: 0] += value
      lines[code] = lines[code] ?? row.line
    }
    if periodColumn != nil, rowsOfYear == 0, !periods.isEmpty {
      error(
        "The key file has no Limburg rows for \(year); its periods are "
          + periods.sorted().map { "'\($0)'" }.joined(separator: ", ") + ".",
        line: header.line,
        suggestion: "set 'year' to the period of the download, or download \(year)")
      return (nil, diagnostics)
    }
    let missing = RegionData.limburg.municipalities.filter {
      $0.isInLimburg && counts[$0.code] == nil
    }
    if !missing.isEmpty, !diagnostics.hasErrors {
      error(
        "The key file has no row for " + missing.prefix(5).map(\.name).joined(separator: ", ")
          + (missing.count > 5 ? " and \(missing.count - 5) more" : "")
          + "; every one of Limburg's municipalities needs a count (by CBS code such as "
          + "'\(missing[0].code)' or by name).",
        line: header.line)
    }
    if counts.values.reduce(0, +) <= 0, !diagnostics.hasErrors {
      error(
        "The counts in '\(title)' add up to 0; a key needs a positive total.", line: header.line)
    }
    guard !diagnostics.hasErrors else { return (nil, diagnostics) }
    return (
      DistributionKeyFile(
        file: file, concept: concept, year: year, source: source, counts: counts), diagnostics
    )
  }
}
