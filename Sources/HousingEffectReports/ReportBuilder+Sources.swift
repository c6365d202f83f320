import HousingEffect

// Assumptions and sources, what is not modelled, and how to reproduce the run.
extension ReportBuilder {
  var assumptionsSection: Section {
    let used = assessment.parametersUsed
    var blocks: [Block] = [
      .paragraph(
        pick(
          "De rapportage gebruikt \(used.count) parameters uit de catalogus, met de waarden die golden op \(assessment.asOf.description). Per parameter: de gebruikte waarde, de herkomst (bron, afgeleid, aanname of niet geverifieerd) en de bron of onderbouwing. Titels van bronnen staan zoals ze zijn gepubliceerd.",
          "The report uses \(used.count) parameters from the catalogue, with the values in force on \(assessment.asOf.description). Per parameter: the value used, its provenance (cited, derived, assumption or unverified) and the source or rationale."
        ))
    ]
    let groups = ParameterCatalog.groupOrder + Array(Set(used.map(\.group))).sorted()
    var seen: Set<String> = []
    for group in groups where !seen.contains(group) {
      seen.insert(group)
      let ids = used.filter { $0.group == group }
      guard !ids.isEmpty else { continue }
      blocks.append(.subheading(strings.parameterGroup(group)))
      blocks.append(.entries(ids.map(parameterEntry)))
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
    return section(.assumptions, blocks)
  }

  /// One used parameter: label and id, value and provenance, and its source or rationale.
  func parameterEntry(_ id: ParameterID) -> ReportDocument.Entry {
    guard let parameter = catalog[id], let dated = valueInForce(parameter) else {
      return ReportDocument.Entry(
        title: id.rawValue, lines: [pick("Niet in de catalogus.", "Not in the catalogue.")])
    }
    let provenance = dated.provenance
    var first = labelledValue(id) + " · " + strings.provenanceKind(provenance)
    if parameters.isOverridden(id) {
      first += " · " + pick("aangepast, zie hieronder", "changed, see below")
    }
    var lines = [first]
    let explanation = strings.explanation(provenance, of: id) ?? ""
    switch provenance {
    case .cited(let source):
      lines.append(pick("Bron: ", "Source: ") + strings.citation(source))
    case .derived(_, _, let sources):
      lines.append(pick("Afgeleid: ", "Derived: ") + explanation)
      lines += sources.map { pick("Bron: ", "Source: ") + strings.citation($0) }
    case .assumption:
      lines.append(pick("Onderbouwing: ", "Rationale: ") + explanation)
    case .unverified(let source, _):
      lines.append(pick("Niet geverifieerd: ", "Unverified: ") + explanation)
      lines.append(pick("Bron: ", "Source: ") + strings.citation(source))
    }
    return ReportDocument.Entry(title: "\(strings.parameterLabel(parameter)) (\(id))", lines: lines)
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
          value: String(assessment.parametersUsed.count)),
        ReportDocument.KeyValue(
          key: pick("Parameters aangepast", "Parameters changed"),
          value: String(assessment.overrides.count)),
      ]))
    return section(.reproduce, blocks)
  }
}
