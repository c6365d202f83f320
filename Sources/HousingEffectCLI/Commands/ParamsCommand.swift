import HousingEffect
import HousingEffectReports

/// `housing-effect params`: the parameter catalogue with sources.
struct ParamsCommand: Command {
  static let group = OptionDescriptor.option(
    "group", value: "GROUP", help: "Only the parameters of this group.",
    nl: "Alleen de parameters van deze groep.",
    allowed: ParameterCatalog.groupOrder)
  static let search = OptionDescriptor.option(
    "search", value: "WORD",
    help: "Only parameters whose id, label or description (English or Dutch) has WORD.",
    nl: "Alleen parameters met WORD in hun id, naam of beschrijving (Nederlands of Engels).")

  static let descriptor = CommandDescriptor(
    name: "params",
    abstract: "The parameter catalogue with values, ranges and sources.",
    discussion: """
      Lists every default parameter with its value, unit, low-high range and provenance: cited, \
      derived, assumption or unverified.
      """,
    dutchAbstract: "De parametercatalogus met waarden, bandbreedtes en bronnen.",
    dutchDiscussion: """
      Toont elke standaardparameter met zijn waarde, eenheid, onder- en bovengrens en \
      herkomst: geciteerd, afgeleid, aanname of niet geverifieerd.
      """,
    options: [group, search],
    available: true)

  var group: String?
  var search: String?

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    group = parsed.value(Self.group)
    search = parsed.value(Self.search)
  }

  func run(_ context: CommandContext) -> ExitStatus {
    let catalog = ParameterCatalog.standard
    var selected = catalog.parameters
    if let group { selected = selected.filter { $0.group == group } }
    if let search {
      // In English and Dutch, whatever --lang says: `--search huisarts` finds the GP parameter.
      let english = Set(catalog.search(search).map(\.id))
      let needle = search.lowercased()
      let strings = ReportStrings(language: .nl)
      selected = catalog.parameters.filter { parameter in
        (group == nil || parameter.group == group)
          && (english.contains(parameter.id)
            || strings.parameterLabel(parameter).lowercased().contains(needle)
            || strings.parameterDescription(parameter).lowercased().contains(needle))
      }
    }
    if selected.isEmpty, let search {
      context.error(
        Words(
          "No parameter matches '\(search)'. Try a shorter word, or leave out --search.",
          nl: "Geen parameter past bij '\(search)'. Probeer een korter woord, of laat --search "
            + "weg."))
      return .dataError
    }
    let asOf = context.options.year.flatMap { Day(year: $0) } ?? ParamsCommand.defaultAsOf
    let report = ParameterCatalogReport(
      selected, asOf: asOf,
      language: context.options.format == .markdown ? .en : context.options.language)
    switch context.options.format {
    case .text: return context.write(report.text())
    case .markdown: return context.write(report.markdown())
    case .csv: return context.write(report.csv(format: context.options.language.csvFormat))
    case .json:
      do {
        return context.write(try report.json())
      } catch {
        context.error(
          Words(
            "The catalogue could not be written as JSON: a value is not a finite number.",
            nl: "De catalogus kon niet als JSON geschreven worden: een waarde is geen eindig "
              + "getal."))
        return .failure
      }
    case .html:
      return context.unsupportedFormat(
        .html, command: Self.descriptor, accepted: [.text, .markdown, .csv, .json])
    }
  }

  /// The date the catalogue listing shows values for, unless `--year` says otherwise.
  ///
  /// A fixed date, not the clock, so `Docs/parameters.md` is reproducible.
  static let defaultAsOf = Day(year: 2026) ?? Day.catalogueEpoch
}
