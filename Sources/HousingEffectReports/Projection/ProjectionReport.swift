import HousingEffect

/// The projection as plain text, Markdown or HTML: per area its base and, per growth path, a
/// table of the key figures at the report years with their P10–P90 band; with establishments,
/// what they add. The HTML adds a fan chart per path and the need by housing form.
public struct ProjectionReport: Sendable {
  /// The language of every word and number in the report.
  public let language: Language
  /// The output format: text, Markdown or HTML.
  public let format: ReportFormat
  /// Which areas are shown in full, and the year and path of the maps.
  public var layout: Layout

  /// What a report shows beyond its fixed parts (issue 19, items 7 and 8).
  public struct Layout: Sendable, Hashable {
    /// Which areas get their full tables and charts.
    public enum Detail: Sendable, Hashable {
      /// The province and policy regions; municipalities too when the study has at most
      /// `fullMunicipalities` of them, else in the comparison only.
      case automatic
      /// Every area.
      case all
      /// The province and policy regions, and the municipalities named (any case).
      case areas([String])
    }

    /// Which areas get their full tables and charts.
    public var detail: Detail
    /// The year of the municipal comparison and its maps; `nil`: 2030 where projected.
    public var mapYear: Int?
    /// The path of the comparison's shortfall and maps, by id (`expectation2030`); `nil`: the
    /// province's 2030 expectation where the study has it, else the first path.
    public var mapPath: String?

    /// Up to this many municipalities a study shows each in full by default.
    public static let fullMunicipalities = 3

    /// A layout; the defaults are what `project` shows without options.
    public init(detail: Detail = .automatic, mapYear: Int? = nil, mapPath: String? = nil) {
      self.detail = detail
      self.mapYear = mapYear
      self.mapPath = mapPath
    }

    /// Whether `area` gets its full tables in a study with `municipalities` municipalities.
    public func showsInFull(_ area: ProjectionArea, municipalities: Int) -> Bool {
      guard area.level == .municipality else { return true }
      switch detail {
      case .automatic: return municipalities <= Self.fullMunicipalities
      case .all: return true
      case .areas(let names):
        return names.contains { $0.lowercased() == area.name.lowercased() }
      }
    }
  }

  /// The years the tables show (with the base year before them), where projected.
  public static let reportYears = [2025, 2030, 2035, 2040, 2050]

  /// The rows of the report tables; CSV and JSON carry every indicator.
  public static let reportIndicators: [ProjectionIndicator] = [
    .working, .resident, .registered, .presentAtPeak, .shortStay, .midStay, .longStay, .arrivals,
    .familyMembers, .children, .shortStayBeds, .midStayBeds, .longStayDwellings, .gpFTE,
    .primaryPlaces, .newcomerPlaces, .brpRegistrations, .brpDeregistrations, .temporarySupply,
    .temporaryGap,
    .longStayGap,
  ]

  /// - Parameters:
  ///   - format: `.markdown` for Markdown, `.html` for HTML; any other format gives plain text.
  ///   - language: The report language.
  ///   - layout: Which areas are shown in full, and the maps' year and path.
  public init(format: ReportFormat, language: Language, layout: Layout = Layout()) {
    self.format = format
    self.language = language
    self.layout = layout
  }

  /// The report: findings first (per area shown in full), then the municipalities compared
  /// with their maps (two or more municipalities), the paths side by side, broad welfare per
  /// path, each area shown in full, the method and the command.
  public func render(_ projection: Projection, command: String?) -> String {
    let words = ProjectionStrings(language: language)
    let numbers = NumberFormat(language: language)
    let nl = language == .nl
    var preamble: [ReportDocument.Block] = []
    if let description = projection.study.description { preamble.append(.paragraph(description)) }
    if let options = projection.options, options.draws > 0 {
      preamble.append(
        .paragraph(
          nl
            ? "Elke waarde in de tabellen per gebied is de centrale schatting (catalogus); eronder de band P10–P90 uit \(numbers.integer(options.draws)) trekkingen (seed \(options.seed)), waarin padparameters en modelparameters samen variëren."
            : "Each value in the tables per area is the central estimate (catalogue values); under it the P10–P90 band from \(numbers.integer(options.draws)) draws (seed \(options.seed)), with path and model parameters drawn together."
        ))
    } else {
      preamble.append(
        .paragraph(
          nl
            ? "Centrale schattingen zonder onzekerheidsband (--draws 0)."
            : "Central estimates without an uncertainty band (--draws 0)."))
    }
    let municipalities = projection.areas.filter { $0.area.level == .municipality }.count
    let full = projection.areas.filter {
      layout.showsInFull($0.area, municipalities: municipalities)
    }
    let comparison = ProjectionMap.section(
      projection, layout: layout, scorecard: ProjectionWelfare(study: projection.study),
      words: words, numbers: numbers)
    let compared = comparison == nil ? 0 : municipalities
    var sections: [(title: String, blocks: [ReportDocument.Block])] = []
    if !projection.areas.isEmpty {
      sections.append(
        ProjectionFindings.section(
          projection, areas: full, compared: compared, words: words, numbers: numbers))
    }
    if let comparison { sections.append(comparison) }
    if !full.isEmpty {
      var side: [ReportDocument.Block] = [
        .paragraph(
          nl
            ? "Alle groeipaden naast elkaar, per gebied: centrale schattingen, in de eenheid achter elke indicator; de lijnen in de grafiek zijn personen."
            : "All growth paths side by side, per area: central estimates, in the unit after each indicator; the chart's lines are persons."
        )
      ]
      for result in full {
        side += ProjectionComparison.blocks(
          result, years: tableYears(result), words: words, numbers: numbers)
      }
      sections.append((nl ? "Groeipaden naast elkaar" : "Growth paths side by side", side))
      let scorecard = ProjectionWelfare(study: projection.study)
      var welfare: [ReportDocument.Block] = [
        .paragraph(
          nl
            ? "Vier indicatoren van de scorekaart brede welvaart (hier en nu) per groeipad en jaar, met hun oordeel:"
            : "Four indicators of the broad-welfare scorecard (here and now) per growth path and year, with their rating:"
        ),
        ProjectionComparison.welfareExplanation(scorecard, words: words, numbers: numbers),
      ]
      for result in full {
        welfare += ProjectionComparison.welfare(
          result, scorecard: scorecard, words: words, numbers: numbers)
      }
      sections.append(
        (nl ? "Brede welvaart per groeipad" : "Broad welfare by growth path", welfare))
    }
    for result in full {
      sections.append(
        (
          "\(result.area.name) (\(words.level(result.area.level)))",
          areaBlocks(result, study: projection.study, words: words, numbers: numbers)
        ))
    }
    sections.append(
      (
        words.method,
        methodBlocks(words: words) + ProjectionMethodNotes.blocks(projection, language)
      ))
    if let command { sections.append((words.reproduce, [.code(command)])) }
    let title = "\(words.title) \(projection.study.until): \(projection.study.title)"
    return format.layout(language: language, title: title, preamble: preamble, sections: sections)
  }

  /// The base year and the report years projected after it.
  func tableYears(_ result: Projection.AreaResult) -> [Int] {
    [result.area.baseYear]
      + Self.reportYears.filter { $0 > result.area.baseYear && result.years.contains($0) }
  }

  func areaBlocks(
    _ result: Projection.AreaResult, study: ProjectionStudy, words: ProjectionStrings,
    numbers: NumberFormat
  ) -> [ReportDocument.Block] {
    let area = result.area
    var facts: [ReportDocument.KeyValue] = [
      .init(
        key: words.base,
        value: language == .nl
          ? "\(numbers.format(area.baseWorking, unit: .persons)) werkzame arbeidsmigranten in \(area.baseYear) — \(words.source(area.baseSource))"
          : "\(numbers.format(area.baseWorking, unit: .persons)) working labour migrants in \(area.baseYear) — \(area.baseSource)"
      ),
      .init(
        key: words.existingBeds,
        value: area.existingBeds.map {
          numbers.format($0, unit: .beds) + " (" + words.source(area.existingBedsSource ?? "") + ")"
        } ?? words.unknown),
    ]
    let inside = study.establishments.filter {
      area.municipalities.contains($0.establishment.municipality)
    }
    if !inside.isEmpty {
      facts.append(
        .init(
          key: words.establishments,
          value: inside.map {
            "\(ReportStrings(language: language).name($0.establishment)) (\($0.establishment.municipality), \(language == .nl ? "vanaf" : "from") \($0.establishment.startYear))"
          }.joined(separator: "; ")))
    }
    let planned = study.plannedSupply.filter { $0.region == area.name }
    if !planned.isEmpty {
      facts.append(
        .init(
          key: words.planned,
          value: planned.map { project in
            var parts: [String] = []
            if project.beds > 0 {
              parts.append(numbers.format(project.beds, unit: .beds) + " " + words.unit(.beds))
            }
            if project.dwellings > 0 {
              parts.append(
                numbers.format(project.dwellings, unit: .dwellings) + " " + words.unit(.dwellings))
            }
            return (project.name.map { $0 + ": " } ?? "") + parts.joined(separator: " + ")
              + " (\(project.year))"
          }.joined(separator: "; ")))
    }
    var blocks: [ReportDocument.Block] = [.keyValues(facts)]
    let rates = ProjectionPathRates(study: study, language: language)
    blocks += rates.areaBlocks(result, study: study)
    let years = tableYears(result)
    // One stacked chart of the people to house per area, on the comparison's path.
    let stackedPath = ProjectionMap.path(result.paths, wanted: layout.mapPath)
    if result.paths.indices.contains(where: {
      Self.shortEqualsMid(result, path: $0, variant: .without, years: years, centralOnly: true)
    }) {
      blocks.append(.paragraph(shortMidNote(study, numbers: numbers)))
    }
    for (pathIndex, path) in result.paths.enumerated() {
      blocks.append(.subheading(words.path(path, in: area)))
      blocks.append(.paragraph(words.pathExplanation(path)))
      blocks += rates.pathBlocks(result, path: pathIndex)
      blocks.append(
        .table(
          table(
            result, path: pathIndex, variant: .without, years: years, words: words, numbers: numbers
          )))
      if result.variants.contains(.with) {
        blocks.append(
          .paragraph(
            language == .nl
              ? "Met de vestigingen erbij (\(words.difference) tussen haakjes):"
              : "With the establishments added (\(words.difference) in brackets):"))
        blocks.append(
          .table(
            table(
              result, path: pathIndex, variant: .with, years: years, words: words, numbers: numbers)
          ))
      }
      blocks.append(
        contentsOf: ProjectionCharts.blocks(
          result, path: pathIndex, stacked: pathIndex == stackedPath, words: words,
          numbers: numbers)
      )
    }
    return blocks
  }

  /// The working labour migrants and their short-, mid- and long-stay parts per year as
  /// shown: the parts rounded by largest remainder (`NumberFormat.partsAddingUp`), the total
  /// their sum. Empty when a figure is missing, negative or not finite.
  static func shownStayClasses(
    _ result: Projection.AreaResult, path: Int, variant: ProjectionVariant, years: [Int]
  ) -> [ProjectionIndicator: [Double]] {
    let parts: [ProjectionIndicator] = [.shortStay, .midStay, .longStay]
    var shown: [ProjectionIndicator: [Double]] = [:]
    for year in years {
      let values = parts.map { result.value(path: path, variant: variant, $0, year: year) }
      let known = values.compactMap { $0 }
      guard known.count == parts.count, known.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
        return [:]
      }
      let rounded = NumberFormat.partsAddingUp(known)
      for (index, part) in parts.enumerated() {
        shown[part, default: []].append(
          rounded[index] == 0 && known[index] >= NumberFormat.zeroTolerance
            ? known[index] : rounded[index])
      }
      shown[.working, default: []].append(rounded.reduce(0, +))
    }
    return shown
  }

  func table(
    _ result: Projection.AreaResult, path: Int, variant: ProjectionVariant, years: [Int],
    words: ProjectionStrings, numbers: NumberFormat
  ) -> ReportDocument.Table {
    var rows: [ReportDocument.Row] = []
    let merged = Self.shortEqualsMid(result, path: path, variant: variant, years: years)
    // The stay classes as shown add up to the working labour migrants as shown (largest
    // remainder, design note §48); a difference in brackets is that of the shown figures.
    // Merged short and mid stays ("each") are rounded on their own: equal figures stay equal.
    let shown =
      merged ? [:] : Self.shownStayClasses(result, path: path, variant: variant, years: years)
    let shownWithout =
      merged ? [:] : Self.shownStayClasses(result, path: path, variant: .without, years: years)
    for indicator in Self.reportIndicators {
      // Short and mid stays of equal size print as one row ("each").
      if merged && (indicator == .midStay || indicator == .midStayBeds) { continue }
      let unit = indicator.unit
      var name = words.indicator(indicator)
      if merged && indicator == .shortStay {
        name = language == .nl ? "Short-stay en mid-stay, elk" : "Short stay and mid stay, each"
      } else if merged && indicator == .shortStayBeds {
        name =
          language == .nl
          ? "Short-stay- en mid-stay-bedden (piek), elk" : "Short- and mid-stay beds (peak), each"
      }
      var cells = [name, words.unit(unit)]
      for (yearIndex, year) in years.enumerated() {
        let value =
          shown[indicator]?[yearIndex]
          ?? result.value(path: path, variant: variant, indicator, year: year) ?? .nan
        var cell = numbers.format(value, unit: unit)
        if variant == .with,
          let without = shownWithout[indicator]?[yearIndex]
            ?? result.value(path: path, indicator, year: year)
        {
          cell += " (" + numbers.format(value - without, unit: unit, signed: true) + ")"
        }
        cells.append(cell)
      }
      rows.append(ReportDocument.Row(cells: cells, note: nil))
      if result.bands != nil {
        var band = ["  " + words.bandNote, ""]
        for year in years {
          let range = result.band(path: path, variant: variant, indicator, year: year)
          band.append(
            range.map {
              numbers.format($0.p10, unit: unit) + "–" + numbers.format($0.p90, unit: unit)
            }
              ?? "")
        }
        rows.append(ReportDocument.Row(cells: band, note: nil))
      }
    }
    return ReportDocument.Table(
      columns: [
        .init(title: words.indicatorColumn, alignment: .left),
        .init(title: words.unitColumn, alignment: .left),
      ] + years.map { .init(title: String($0), alignment: .right) },
      rows: rows, noteTitle: nil, repeatedColumns: 2)
  }

  /// Whether the short- and mid-stay stock and beds of a table are equal in every shown year
  /// (to the half person), and in their bands unless `centralOnly`: the catalogue's split of
  /// stays under a year is half and half, so the central values without establishments
  /// always are; the draws vary the split, so the bands differ.
  static func shortEqualsMid(
    _ result: Projection.AreaResult, path: Int, variant: ProjectionVariant, years: [Int],
    centralOnly: Bool = false
  ) -> Bool {
    func same(_ a: Double?, _ b: Double?) -> Bool {
      guard let a, let b else { return a == nil && b == nil }
      return abs(a - b) < 0.5
    }
    return years.allSatisfy { year in
      [
        (ProjectionIndicator.shortStay, ProjectionIndicator.midStay),
        (.shortStayBeds, .midStayBeds),
      ]
      .allSatisfy { short, mid in
        let a = result.band(path: path, variant: variant, short, year: year)
        let b = result.band(path: path, variant: variant, mid, year: year)
        return same(
          result.value(path: path, variant: variant, short, year: year),
          result.value(path: path, variant: variant, mid, year: year))
          && (centralOnly || (same(a?.p10, b?.p10) && same(a?.p90, b?.p90)))
      }
    }
  }

  /// Why short and mid stays are equal, with the catalogue's share.
  func shortMidNote(_ study: ProjectionStudy, numbers: NumberFormat) -> String {
    let share = ProjectionWelfare(study: study).parameters["region.stock.shortShareOfTemporary"]
    let value = numbers.format(share, unit: .share)
    return language == .nl
      ? "Short-stay en mid-stay hebben dezelfde centrale schatting: de verblijven korter dan een jaar worden verdeeld met een aandeel kort verblijf van \(value) (region.stock.shortShareOfTemporary, met een bereik: Decisio 2020 geeft alleen verblijven korter dan een jaar, geen grens bij vier maanden). De trekkingen variëren dat aandeel, dus hun banden verschillen; zonder banden staan ze in één rij (elk). De vestigingen hebben hun eigen verdeling."
      : "Short and mid stays have the same central estimate: stays under a year are split with a short-stay share of \(value) (region.stock.shortShareOfTemporary, with a range: Decisio 2020 gives only stays under a year, no split at four months). The draws vary that share, so their bands differ; without bands they are one row (each). The establishments have their own split."
  }

  func methodBlocks(words: ProjectionStrings) -> [ReportDocument.Block] {
    let nl = language == .nl
    return [
      .bullets(
        nl
          ? [
            "Werkzaam, wonend, ingeschreven en aanwezig op de piek zijn verschillende reeksen: wonend = werkzaam × (1 − aandeel buiten de provincie), ingeschreven = de wonende mid- en long-stay-arbeidsmigranten × het inschrijvingsaandeel (zie hieronder), piek = wonend × piekfactor.",
            "De voorraad per verblijfsduur volgt uit het pad: vertrek per verblijfsduur, vestiging (mid-stay → long-stay) en aankomsten die de rest aanvullen; per verblijfsduur geldt elk jaar voorraad(t) = voorraad(t−1) + instroom − uitstroom.",
            "Eenheden: tijdelijke huisvesting (short-stay en mid-stay) telt in bedden, één per persoon op de piek; long-stay telt in woningen. 'assess' toont voor mid-stay daarnaast de kamers die deze bedden vragen (personen per kamer).",
            "Huishoudens, woningbehoefte en voorzieningen komen uit dezelfde rekenstappen als 'assess', gevoed met de voorraad van het gebied.",
            "Een gemeente zonder bronvermelde telling van werkzame arbeidsmigranten vanaf 2022 krijgt geen projectie tenzij de studie een basis met bron geeft of de provincie verdeelt met de verdeelsleutel (een benadering, met haar bekende fout bij elke basis); een oudere telling wordt niet langs de lijn van de provincie geschaald.",
            "Pendel tussen gemeenten wordt in evenwicht verondersteld; kennismigranten zitten niet in de reeks van het pad (wel in de vestigingen).",
            "Eén regel voor beide tekorten: behoefte tegen bestaand aanbod (waar bekend) plus gepland aanbod; is het bestaande aanbod onbekend (long-stay-woningen altijd, tijdelijke bedden zonder bekende vergunde bedden), dan is het tekort de groei boven het basisjaar min het geplande aanbod, dus nooit een tekort in het basisjaar zelf.",
          ]
          : [
            "Working, resident, registered and present at the peak are distinct series: resident = working × (1 − share living outside the province), registered = the resident mid and long stays × the registration share (below), peak = resident × peak factor.",
            "The stock by stay class follows the path: departures by stay length, settlement (mid stay → long stay) and arrivals that make up the rest; per stay class every year stock(t) = stock(t−1) + arrivals − departures.",
            "Units: temporary accommodation (short and mid stay) counts in beds, one per person at the peak; long stay counts in dwellings. 'assess' also shows the rooms these mid-stay beds need (persons per room).",
            "Households, housing need and facility load come from the same stages as 'assess', fed with the area's stock.",
            "A municipality without a sourced count of working labour migrants from 2022 on is not projected unless the study gives a base with its source or spreads the province with the distribution key (a proxy, its known error stated with every base); an older count is not scaled along the province's line.",
            "Commuting between municipalities is assumed to balance; knowledge migrants are not in the path's series (they are in the establishments).",
            "One rule for both shortfalls: need against existing supply (where known) plus planned supply; where existing supply is unknown (long-stay dwellings always, temporary beds without known licensed beds) the shortfall is the growth above the base year minus planned supply, so never a shortfall in the base year itself.",
          ])
    ]
  }
}
