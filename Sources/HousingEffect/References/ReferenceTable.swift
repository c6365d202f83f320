/// Reads the reference table: `Docs/data/reference-establishments.csv`, or a file of the same
/// columns given to `validate --references`.
///
/// Long format, one row per published figure; rows with the same `ref_id` make one
/// establishment (name, municipality, province and type from its first row). Columns:
/// `ref_id,name,municipality,province,type,field,value,value_high,unit,figure_year,title,
/// publisher,published,url,reliability,note`. Numbers use a decimal point; shares are 0–1.
public enum ReferenceTable {
  /// The columns, in the order the built-in CSV has them.
  public static let columns = [
    "ref_id", "name", "municipality", "province", "type", "field", "value", "value_high", "unit",
    "figure_year", "title", "publisher", "published", "url", "reliability", "note",
  ]

  /// The establishments of `text` in order of first appearance, and every problem found; a
  /// row with a problem is left out, the others are kept.
  public static func parse(
    _ text: String, file: String? = nil
  ) -> (references: [ReferenceEstablishment], diagnostics: [Diagnostic]) {
    let (table, parsed) = CSVTable.parse(text, delimiter: .comma)
    var diagnostics = parsed.map { located($0, file: file) }
    let missing = columns.filter { table.columnIndex($0) == nil }
    guard missing.isEmpty else {
      diagnostics.append(
        located(
          Diagnostic.error(
            .missingField, at: "header",
            "The reference table lacks the column\(missing.count == 1 ? "" : "s") "
              + missing.joined(separator: ", ") + ".",
            suggestion: columns.joined(separator: ",")), file: file, line: table.headerLine))
      return ([], diagnostics)
    }
    var order: [String] = []
    var byID: [String: ReferenceEstablishment] = [:]
    for row in table.rows {
      func field(_ name: String) -> String { table.value(row, name) ?? "" }
      func problem(_ column: String, _ message: String, suggestion: String? = nil) {
        diagnostics.append(
          located(
            Diagnostic.error(
              .invalidValue, at: "line \(row.line).\(column)", message, suggestion: suggestion),
            file: file, line: row.line))
      }
      let id = field("ref_id")
      guard !id.isEmpty else {
        problem("ref_id", "A row needs a ref_id.")
        continue
      }
      guard let type = EstablishmentType(rawValue: field("type")) else {
        problem(
          "type", "'\(field("type"))' is not an establishment type.",
          suggestion: EstablishmentType.allCases.map(\.rawValue).joined(separator: ", "))
        continue
      }
      guard let kind = ReferenceFigure.Field(rawValue: field("field")) else {
        problem(
          "field", "'\(field("field"))' is not a reference field.",
          suggestion: ReferenceFigure.Field.allCases.map(\.rawValue).joined(separator: ", "))
        continue
      }
      guard let value = Double(field("value")), value.isFinite, value >= 0 else {
        problem("value", "'\(field("value"))' is not a number of at least 0 (use a decimal point).")
        continue
      }
      let highText = field("value_high")
      let high = highText.isEmpty ? nil : Double(highText)
      if !highText.isEmpty, high == nil || high! < value {
        problem("value_high", "'\(highText)' is not a number at least the value \(field("value")).")
        continue
      }
      let isShare = kind == .labourMigrantShare || kind == .constructionOutsideShare
      if isShare, max(value, high ?? value) > 1 {
        problem("value", "A share lies between 0 and 1; got \(field("value")).")
        continue
      }
      let levels = [value, high ?? value]
      if kind == .automation,
        !levels.allSatisfy({ $0 == $0.rounded() && (1...3).contains($0) })
      {
        problem(
          "value",
          "An automation level is 1 (low: manual), 2 (medium: mechanised) or 3 (high: automated); got \(field("value"))."
        )
        continue
      }
      guard let reliability = ReferenceFigure.Reliability(rawValue: field("reliability")) else {
        problem(
          "reliability", "'\(field("reliability"))' is not a reliability.",
          suggestion: ReferenceFigure.Reliability.allCases.map(\.rawValue).joined(separator: ", "))
        continue
      }
      let title = field("title")
      let publisher = field("publisher")
      guard !title.isEmpty, !publisher.isEmpty else {
        problem("title", "Every figure needs the title and publisher of its source.")
        continue
      }
      // An undated page keeps year 0: the figure's year is not its publication year.
      let published = Int(field("published")) ?? 0
      let url = field("url")
      let figure = ReferenceFigure(
        field: kind, value: value, valueHigh: high, unit: field("unit"),
        figureYear: Int(field("figure_year")),
        source: Source(
          title: title, publisher: publisher, year: published, url: url.isEmpty ? nil : url),
        reliability: reliability, note: field("note"))
      if byID[id] == nil {
        order.append(id)
        byID[id] = ReferenceEstablishment(
          id: id, name: field("name"), municipality: field("municipality"),
          province: field("province"), type: type, figures: [])
      }
      byID[id]?.figures.append(figure)
    }
    return (order.compactMap { byID[$0] }, diagnostics)
  }

  static func located(_ diagnostic: Diagnostic, file: String?, line: Int? = nil) -> Diagnostic {
    var diagnostic = diagnostic
    diagnostic.file = file ?? diagnostic.file
    diagnostic.line = line ?? diagnostic.line
    return diagnostic
  }
}
