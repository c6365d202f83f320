import HousingEffect
import HousingEffectReports

/// `housing-effect references`: the built-in reference establishments, listed and searched.
struct ReferencesCommand: Command {
  static let type = OptionDescriptor.option(
    "type", value: "TYPE", help: "Only references of this establishment type.",
    nl: "Alleen referenties van deze soort vestiging.",
    allowed: EstablishmentType.allCases.map(\.rawValue))
  static let municipality = OptionDescriptor.option(
    "municipality", value: "NAME", help: "Only references in this municipality.",
    nl: "Alleen referenties in deze gemeente.")
  static let search = OptionDescriptor.option(
    "search", value: "TEXT",
    help: "Only references whose id, name, municipality, province, notes or sources contain TEXT.",
    nl: "Alleen referenties met TEXT in hun id, naam, gemeente, provincie, toelichting of "
      + "bronnen.")
  static let id = PositionalDescriptor.optional(
    "ID", help: "One reference to show with every figure, its source and reliability.",
    nl: "Eén referentie om te tonen met elk cijfer, zijn bron en betrouwbaarheid.")

  static let descriptor = CommandDescriptor(
    name: "references",
    abstract: "Real reference establishments with published jobs, migrants, peaks and beds.",
    discussion: """
      Lists the reference establishments (referentieobjecten) that `assess` sets beside an \
      estimate and `validate` checks the tool against: real sites in the Netherlands with \
      their published figures, each with title, publisher, year, URL and reliability. Filter \
      by type, municipality or text; give an ID for one reference in detail. CSV output is the \
      table's own long format.
      """,
    dutchAbstract: "Echte referentieobjecten met gepubliceerde banen, arbeidsmigranten, pieken "
      + "en bedden.",
    dutchDiscussion: """
      Toont de referentieobjecten die `assess` naast een schatting zet en waartegen \
      `validate` het model toetst: echte vestigingen in Nederland met hun gepubliceerde \
      cijfers, elk met titel, uitgever, jaar, URL en betrouwbaarheid. Filter op soort, \
      gemeente of tekst; geef een ID voor één referentie in detail. De CSV-uitvoer is het \
      eigen lange formaat van de tabel.
      """,
    options: [type, municipality, search],
    positionals: [id],
    available: true)

  var type: EstablishmentType?
  var municipality: String?
  var search: String?
  var id: String?

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    type = parsed.value(Self.type).flatMap(EstablishmentType.init(rawValue:))
    municipality = parsed.value(Self.municipality)
    search = parsed.value(Self.search)
    id = parsed.value(Self.id)
  }

  /// The references that pass every filter given, in table order.
  static func filter(
    _ references: [ReferenceEstablishment], type: EstablishmentType?, municipality: String?,
    search: String?
  ) -> [ReferenceEstablishment] {
    func folded(_ text: String) -> String { text.lowercased() }
    return references.filter { reference in
      if let type, reference.type != type { return false }
      if let municipality, folded(reference.municipality) != folded(municipality) { return false }
      if let search {
        let needle = folded(search)
        let haystack =
          [reference.id, reference.name, reference.municipality, reference.province]
          + reference.figures.flatMap { [$0.note, $0.source.title, $0.source.publisher] }
        return haystack.contains { folded($0).contains(needle) }
      }
      return true
    }
  }

  func run(_ context: CommandContext) -> ExitStatus {
    let language = context.options.language
    let all = ReferenceEstablishment.all
    if let id {
      guard let reference = all.first(where: { $0.id == id }) else {
        let suggestion = Suggestion.closest(to: id, in: all.map(\.id))
        context.error(
          Words(
            "No reference establishment has the id '\(id)'.",
            nl: "Geen referentievestiging heeft de id '\(id)'.")
            + .didYouMean(suggestion)
            + Words(
              " Run 'housing-effect references' for the list.",
              nl: " Typ 'housing-effect references' voor de lijst."))
        return .usage
      }
      let report = ReferenceReport([reference], language: language)
      switch context.options.format {
      case .text: return context.write(report.detail(reference, markdown: false))
      case .markdown: return context.write(report.detail(reference, markdown: true))
      case .csv: return context.write(report.csv())
      case .json: return RegionsCommand.json(reference, context: context)
      case .html:
        return context.unsupportedFormat(
          .html, command: Self.descriptor, accepted: [.text, .markdown, .csv, .json])
      }
    }
    let found = Self.filter(all, type: type, municipality: municipality, search: search)
    if found.isEmpty {
      context.error(
        Words(
          "No reference establishment matches the filters; run 'housing-effect references' "
            + "without them for all \(all.count).",
          nl: "Geen referentievestiging past bij de filters; typ 'housing-effect references' "
            + "zonder filters voor alle \(all.count)."))
      return .failure
    }
    let report = ReferenceReport(found, language: language)
    switch context.options.format {
    case .text: return context.write(report.render(markdown: false))
    case .markdown: return context.write(report.render(markdown: true))
    case .csv: return context.write(report.csv())
    case .json: return RegionsCommand.json(found, context: context)
    case .html:
      return context.unsupportedFormat(
        .html, command: Self.descriptor, accepted: [.text, .markdown, .csv, .json])
    }
  }
}
