import HousingEffect

// Assumptions and sources, what is not modelled, and how to reproduce the run.
extension ReportBuilder {
  var assumptionsSection: Section {
    var blocks: [Block] = [
      .paragraph(
        pick(
          "De rapportage gebruikt \(used.count) parameters uit de catalogus, met de waarden die golden op \(assessment.asOf.description). Per parameter: de gebruikte waarde, de herkomst (bron, afgeleid, aanname of niet geverifieerd) en de bron of onderbouwing. Titels van bronnen staan zoals ze zijn gepubliceerd.",
          "The report uses \(used.count) parameters from the catalogue, with the values in force on \(assessment.asOf.description). Per parameter: the value used, its provenance (cited, derived, assumption or unverified) and the source or rationale."
        ))
    ]
    // Each id's group split off once, not once per group.
    let usedGroups = used.map(\.group)
    let groups = ParameterCatalog.groupOrder + Array(Set(usedGroups)).sorted()
    var seen: Set<String> = []
    var annex = SourceAnnex()
    for group in groups where !seen.contains(group) {
      seen.insert(group)
      let ids = zip(used, usedGroups).filter { $0.1 == group }.map(\.0)
      guard !ids.isEmpty else { continue }
      blocks.append(.subheading(strings.parameterGroup(group)))
      blocks.append(.entries(ids.map { parameterEntry($0, annex: &annex) }))
    }
    blocks.append(.subheading(pick("Door de gebruiker aangepast", "Changed by the user")))
    if assessment.overrides.isEmpty {
      blocks.append(
        .paragraph(
          pick(
            "Geen: alle parameters hebben hun waarde uit de catalogus.",
            "None: every parameter has its catalogue value.")))
    } else {
      blocks.append(.entries(assessment.overrides.map(overrideEntry)))
    }
    blocks.append(.subheading(pick("Bronnen", "Sources")))
    blocks.append(
      .paragraph(
        pick(
          "Elke bron staat hier één keer; de parameters hierboven verwijzen ernaar met haar nummer.",
          "Each source is listed here once; the parameters above refer to it by its number.")))
    blocks.append(
      .bullets(annex.citations.enumerated().map { "[\($0.offset + 1)] " + $0.element }))
    return section(.assumptions, blocks)
  }

  /// The sources of the annex, each once and numbered in order of first use, and the
  /// explanations already written out, so that a text shared by several parameters (the
  /// stay-share anchors) is printed once and referred to after that.
  struct SourceAnnex {
    var citations: [String] = []
    /// The explanations written out so far, and the titles of the entries that wrote them.
    var explanations: [String] = []
    var explainedIn: [String] = []

    /// "[3]": the number of `citation`, added at the end when new.
    mutating func reference(_ citation: String) -> String {
      if let index = Self.index(of: citation, in: citations) { return "[\(index + 1)]" }
      citations.append(citation)
      return "[\(citations.count)]"
    }

    /// The title of the entry that wrote `explanation` out, if one did.
    func earlierEntry(explaining explanation: String) -> String? {
      Self.index(of: explanation, in: explanations).map { explainedIn[$0] }
    }

    /// Where `text` is in `texts`, by UTF-8 bytes: a few dozen texts searched in turn cost less
    /// than a dictionary of `String`s, which hashes by normalising every non-ASCII text (about
    /// 10 k instructions for a long Dutch explanation, paid again on every resize). The texts
    /// come from the catalogue, where texts with different bytes are different texts.
    private static func index(of text: String, in texts: [String]) -> Int? {
      var text = text
      let count = text.utf8.count
      return text.withUTF8 { bytes in
        texts.firstIndex { candidate in
          guard candidate.utf8.count == count else { return false }
          var candidate = candidate
          return candidate.withUTF8 { $0.elementsEqual(bytes) }
        }
      }
    }
  }

  /// One used parameter: label and id, value and provenance, and its source number or
  /// rationale; an explanation printed before for another parameter is referred to.
  func parameterEntry(_ id: ParameterID, annex: inout SourceAnnex) -> ReportDocument.Entry {
    guard let parameter = catalog[id], let dated = valueInForce(parameter) else {
      return ReportDocument.Entry(
        title: id.rawValue, lines: [pick("Niet in de catalogus.", "Not in the catalogue.")])
    }
    let provenance = dated.provenance
    let title = "\(strings.parameterLabel(parameter)) (\(id))"
    var first = labelledValue(id) + " · " + strings.provenanceKind(provenance)
    if parameters.isOverridden(id) {
      first += " · " + pick("aangepast, zie hieronder", "changed, see below")
    }
    var lines = [first]
    var explanation = strings.explanation(provenance, of: id) ?? ""
    if !explanation.isEmpty {
      if let earlier = annex.earlierEntry(explaining: explanation) {
        explanation = pick("zoals bij ", "as for ") + earlier + "."
      } else {
        annex.explanations.append(explanation)
        annex.explainedIn.append(title)
      }
    }
    switch provenance {
    case .cited(let source):
      lines.append(pick("Bron ", "Source ") + annex.reference(strings.citation(source)))
    case .derived(_, _, let sources):
      lines.append(pick("Afgeleid: ", "Derived: ") + explanation)
      if !sources.isEmpty {
        lines.append(
          pick("Bronnen ", "Sources ")
            + sources.map { annex.reference(strings.citation($0)) }.joined(separator: ", "))
      }
    case .assumption:
      lines.append(pick("Onderbouwing: ", "Rationale: ") + explanation)
    case .unverified(let source, _):
      lines.append(pick("Niet geverifieerd: ", "Unverified: ") + explanation)
      lines.append(pick("Bron ", "Source ") + annex.reference(strings.citation(source)))
    }
    return ReportDocument.Entry(title: title, lines: lines)
  }

  /// One override: catalogue value, value used, and the user's reason.
  func overrideEntry(_ override: ParameterOverride) -> ReportDocument.Entry {
    let parameter = catalog[override.id]
    let catalogueValue = parameter.flatMap(valueInForce).map {
      labelledValue(override.id, $0.value)
    }
    return ReportDocument.Entry(
      title: "\(parameter.map(strings.parameterLabel) ?? override.id.rawValue) (\(override.id))",
      lines: [
        pick("Catalogus: ", "Catalogue: ") + (catalogueValue ?? NumberFormat.notANumber)
          + pick(" → gebruikt: ", " → used: ") + labelledValue(override.id, override.value),
        pick("Reden: ", "Reason: ")
          + (override.reason.flatMap { $0.isEmpty ? nil : strings.text($0, override.reasonTexts) }
            ?? pick("geen reden opgegeven", "no reason given")),
      ])
  }

  var notModelledSection: Section {
    section(
      .notModelled,
      [
        .paragraph(
          pick(
            "Deze rapportage rekent alleen met de werknemers van de vestiging zelf en hun gezinnen. Niet meegenomen:",
            "This report only counts the establishment's own workers and their families. Not included:"
          )),
        .bullets(strings.notModelled),
      ])
  }

  var reproduceSection: Section {
    let commandText = command.flatMap { $0.isEmpty ? nil : $0 }
    var blocks: [Block] = [
      .paragraph(
        pick(
          "Het model is deterministisch: hetzelfde commando met dezelfde invoer en peildatum geeft dezelfde rapportage.",
          "The model is deterministic: the same command with the same input and reference date gives the same report."
        ))
    ]
    if let commandText {
      blocks.append(.code(commandText))
    } else {
      blocks.append(.paragraph(pick("Geen commando opgegeven.", "No command given.")))
    }
    if let ensembleReproduction { blocks.append(.paragraph(ensembleReproduction)) }
    blocks.append(
      .keyValues([
        ReportDocument.KeyValue(
          key: pick("Peildatum", "Reference date"), value: assessment.asOf.description),
        ReportDocument.KeyValue(
          key: pick("Parameters gebruikt", "Parameters used"),
          value: String(used.count)),
        ReportDocument.KeyValue(
          key: pick("Parameters aangepast", "Parameters changed"),
          value: String(assessment.overrides.count)),
      ]))
    return section(.reproduce, blocks)
  }
}
