import HousingEffect

/// The parameter catalogue as text, Markdown (which is `Docs/parameters.md`), JSON or CSV.
public struct ParameterCatalogReport: Sendable {
  /// The parameters to list, in the order given.
  public var parameters: [Parameter]
  /// Reference date for the value shown when a parameter has dated values.
  public var asOf: Day

  /// The language of the text and CSV listings: labels, descriptions, rationales and units.
  /// The Markdown listing is `Docs/parameters.md` and stays English, like the documentation.
  public var language: Language

  /// A listing of `parameters` with the values in force on `asOf`.
  public init(_ parameters: [Parameter], asOf: Day, language: Language = .en) {
    self.parameters = parameters
    self.asOf = asOf
    self.language = language
  }

  var strings: ReportStrings { ReportStrings(language: language) }

  /// `number(_:)` with the language's decimal separator.
  func localNumber(_ value: Double) -> String {
    let text = Self.number(value)
    return language == .nl ? String(text.map { $0 == "." ? "," : $0 }) : text
  }

  /// The unit in words in Dutch, as its symbol in English (as the catalogue writes it).
  func unitName(_ unit: Unit) -> String {
    language == .nl ? strings.unit(unit) : unit.symbol
  }

  /// `provenanceText(_:)` in the report language.
  func localProvenanceText(_ parameter: Parameter, _ provenance: Provenance) -> String {
    guard language == .nl else { return Self.provenanceText(provenance) }
    let explanation = strings.explanation(provenance, of: parameter.id) ?? ""
    switch provenance {
    case .cited(let source): return "Bron: \(strings.citation(source))"
    case .derived(let ids, _, let sources):
      var text = "Afgeleid: \(explanation)"
      if !ids.isEmpty { text += " Uit \(ids.map(\.rawValue).joined(separator: ", "))." }
      if !sources.isEmpty {
        text += " Bronnen: " + sources.map(strings.citation).joined(separator: "; ")
      }
      return text
    case .assumption: return "Aanname: \(explanation)"
    case .unverified(let source, _):
      return "Niet geverifieerd: \(strings.citation(source)). \(explanation)"
    }
  }

  /// The provenance kind in the report language.
  func kindName(_ provenance: Provenance) -> String {
    guard language == .nl else { return provenance.kind }
    switch provenance {
    case .cited: return "bron"
    case .derived: return "afgeleid"
    case .assumption: return "aanname"
    case .unverified: return "niet geverifieerd"
    }
  }

  /// The value in force at ``asOf`` (or the first one), with its provenance.
  func entry(_ parameter: Parameter) -> DatedValue? {
    parameter.entry(on: asOf) ?? parameter.values.first
  }

  /// A compact, locale-free number: up to 4 significant decimals, no exponent.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "–" }
    let magnitude = abs(value)
    let decimals = magnitude >= 100 ? 0 : (magnitude >= 1 ? 2 : 4)
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (magnitude * scale).rounded()
    var digits = scaled < 9e18 ? String(Int64(scaled)) : NumberFormat.integerDigits(of: scaled)
    if decimals > 0 {
      while digits.count <= decimals { digits = "0" + digits }
      let split = digits.index(digits.endIndex, offsetBy: -decimals)
      var fraction = String(digits[split...])
      while fraction.hasSuffix("0") { fraction.removeLast() }
      digits = String(digits[..<split]) + (fraction.isEmpty ? "" : "." + fraction)
    }
    return (value < 0 && scaled != 0 ? "-" : "") + digits
  }

  static func provenanceText(_ provenance: Provenance) -> String {
    switch provenance {
    case .cited(let source): return "Cited: \(source.citation)"
    case .derived(let ids, let method, let sources):
      var text = "Derived: \(method)"
      if !ids.isEmpty { text += " From \(ids.map(\.rawValue).joined(separator: ", "))." }
      if !sources.isEmpty { text += " Sources: " + sources.map(\.citation).joined(separator: "; ") }
      return text
    case .assumption(let rationale): return "Assumption: \(rationale)"
    case .unverified(let source, let note): return "Unverified: \(source.citation). \(note)"
    }
  }

  // MARK: - Text

  /// One block per parameter, for the terminal.
  public func text() -> String {
    var lines: [String] = []
    var group = ""
    for parameter in parameters {
      if parameter.group != group {
        group = parameter.group
        let title = (language == .nl ? strings.parameterGroup(group) : group).uppercased()
        lines.append(title)
        lines.append(String(repeating: "=", count: title.count))
      }
      guard let entry = entry(parameter) else { continue }
      let nl = language == .nl
      lines.append("\(parameter.id)  \(strings.parameterLabel(parameter))")
      lines.append(
        "  \(nl ? "waarde" : "value") \(localNumber(entry.value)) \(unitName(parameter.unit))"
          + "  \(nl ? "bereik" : "range") \(localNumber(parameter.low))–\(localNumber(parameter.high))"
          + Self.shapeNote(parameter.shape, nl: nl)
          + "  [\(kindName(entry.provenance))]")
      lines.append(contentsOf: wrap(strings.parameterDescription(parameter), indent: "  "))
      lines.append(
        contentsOf: wrap(localProvenanceText(parameter, entry.provenance), indent: "  "))
      if parameter.values.count > 1 {
        let history = parameter.values.map { "\($0.effective): \(localNumber($0.value))" }
        lines.append(
          "  \(nl ? "waarden in de tijd" : "values over time"): " + history.joined(separator: ", "))
      }
      lines.append("")
    }
    lines.append("\(parameters.count) parameters.")
    return lines.joined(separator: "\n") + "\n"
  }

  private func wrap(_ text: String, indent: String, width: Int = 96) -> [String] {
    var lines: [String] = []
    var line = indent
    for word in text.split(separator: " ") {
      if line.count + word.count + 1 > width, line.count > indent.count {
        lines.append(line)
        line = indent
      }
      line += (line.count > indent.count ? " " : "") + word
    }
    if line.count > indent.count { lines.append(line) }
    return lines
  }

  // MARK: - Markdown

  /// The catalogue as Markdown; `Docs/parameters.md` is exactly this for the whole catalogue.
  public func markdown() -> String {
    var out = """
      # Parameter catalogue

      Generated by `housing-effect params --format markdown` from the catalogue in
      `Sources/HousingEffect/Parameters/Catalog/`. Do not edit by hand: a test fails when this
      file is stale. Regenerate with
      `swift run housing-effect params --format markdown --output Docs/parameters.md`.

      Values shown are those in force on \(asOf). Provenance kinds: **cited** (a published source),
      **derived** (arithmetic on cited figures, method given), **assumption** (no source exists;
      the rationale says why this value and this range), **unverified** (a secondary source that
      could not be checked against the original).

      **Limburg-derived** marks a value derived from Limburg data; outside Limburg it still
      applies (no national figure with a source differs from it: for most none was found, and
      the national stay figures of CBS agree) and the report names it.

      Naming: `…Share` is a fraction 0–1, never a percentage; `…Per…` is a ratio; ids are stable
      (a rename is recorded in `Docs/CHANGELOG.md`).

      """
    let counts = Dictionary(grouping: parameters.compactMap { entry($0)?.provenance.kind }) { $0 }
    out += "\n\(parameters.count) parameters: "
    out += ["cited", "derived", "assumption", "unverified"].map {
      "\(counts[$0]?.count ?? 0) \($0)"
    }.joined(separator: ", ")
    out += ".\n"
    for group in ParameterCatalog.groupOrder {
      let members = parameters.filter { $0.group == group }
      guard !members.isEmpty else { continue }
      out += "\n## \(group)\n\n"
      out += "| id | label | value | unit | range | provenance |\n|---|---|---|---|---|---|\n"
      for parameter in members {
        guard let entry = entry(parameter) else { continue }
        var value = Self.number(entry.value)
        if parameter.values.count > 1 {
          value +=
            " ("
            + parameter.values.map { "\($0.effective): \(Self.number($0.value))" }
            .joined(separator: "; ") + ")"
        }
        let cells = [
          "`\(parameter.id)`", parameter.label, value, parameter.unit.symbol,
          "\(Self.number(parameter.low))–\(Self.number(parameter.high))"
            + Self.shapeNote(parameter.shape, nl: false),
          Self.provenanceText(entry.provenance)
            + (parameter.limburgBasis.map { " **Limburg-derived:** \($0)." } ?? ""),
        ].map { $0.replacingText("|", with: "\\|") }
        out += "| " + cells.joined(separator: " | ") + " |\n"
      }
    }
    return out
  }

  /// After a range: the draw shape when it is not the default triangle, e.g. " (uniform)".
  static func shapeNote(_ shape: DrawShape, nl: Bool) -> String {
    switch shape {
    case .triangular: return ""
    case .uniform: return nl ? " (gelijkmatig getrokken)" : " (drawn uniform)"
    case .logTriangular:
      return nl ? " (driehoekig op logschaal getrokken)" : " (drawn log-triangular)"
    case .logUniformHalves:
      return nl
        ? " (per helft gelijkmatig op logschaal rond de waarde getrokken)"
        : " (drawn log-uniform on each side of the value)"
    }
  }

  // MARK: - JSON and CSV

  struct Row: Encodable {
    var id: String
    var group: String
    var label: String
    var description: String
    var unit: String
    var value: Double
    var low: Double
    var high: Double
    var minimum: Double?
    var maximum: Double?
    /// How Monte Carlo draws it over `low…high`: triangular, uniform or log-triangular.
    var shape: String
    var provenance: Provenance
    var values: [DatedValue]
    /// What Limburg data the value was derived from, when it was.
    var limburgBasis: String?
  }

  struct Document: Encodable {
    var schemaVersion = 1
    var asOf: String
    var parameters: [Row]
  }

  /// The rows' JSON tree, without `Codable` (the keys of `Row`'s `Encodable` conformance).
  static func tree(_ row: Row) -> JSONTree {
    .fields([
      "id": row.id.json, "group": row.group.json, "label": row.label.json,
      "description": row.description.json, "unit": row.unit.json, "value": row.value.json,
      "low": row.low.json, "high": row.high.json, "minimum": row.minimum?.json,
      "maximum": row.maximum?.json, "shape": row.shape.json,
      "provenance": row.provenance.json, "values": row.values.json,
      "limburgBasis": row.limburgBasis?.json,
    ])
  }

  /// The document's JSON tree, without `Codable`.
  static func tree(_ document: Document) -> JSONTree {
    .fields([
      "schemaVersion": document.schemaVersion.json, "asOf": document.asOf.json,
      "parameters": .array(document.parameters.map(tree)),
    ])
  }

  /// The catalogue as JSON (`params --format json`): per parameter its id, group, label, unit,
  /// value in force, range, provenance and dated values.
  /// - Throws: `JSONWriter.NonFiniteNumber` for a non-finite number.
  public func json() throws -> String {
    let rows = parameters.compactMap { parameter -> Row? in
      guard let entry = entry(parameter) else { return nil }
      return Row(
        id: parameter.id.rawValue, group: parameter.group, label: parameter.label,
        description: parameter.description, unit: parameter.unit.symbol, value: entry.value,
        low: parameter.low, high: parameter.high, minimum: parameter.minimum,
        maximum: parameter.maximum, shape: parameter.shape.rawValue, provenance: entry.provenance,
        values: parameter.values,
        limburgBasis: parameter.limburgBasis)
    }
    return try JSONWriter.render(Self.tree(Document(asOf: asOf.description, parameters: rows)))
      + "\n"
  }

  /// CSV for spreadsheets; `dutchExcel` uses semicolons and decimal commas.
  public func csv(format: CSVFormat = .dutchExcel) -> String {
    let header =
      language == .nl
      ? [
        "id", "groep", "naam", "waarde", "eenheid", "laag", "hoog", "herkomst",
        "bron of onderbouwing",
      ]
      : [
        "id", "group", "label", "value", "unit", "low", "high", "provenance",
        "source_or_rationale",
      ]
    let rows: [[CSVValue]] = parameters.compactMap { parameter in
      guard let entry = entry(parameter) else { return nil }
      return [
        .text(parameter.id.rawValue),
        .text(language == .nl ? strings.parameterGroup(parameter.group) : parameter.group),
        .text(strings.parameterLabel(parameter)), .number(entry.value),
        .text(unitName(parameter.unit)), .number(parameter.low), .number(parameter.high),
        .text(kindName(entry.provenance)),
        .text(localProvenanceText(parameter, entry.provenance)),
      ]
    }
    return CSVWriter(format: format).write(header: header, rows: rows)
  }
}
