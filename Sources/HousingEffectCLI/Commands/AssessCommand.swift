import HousingEffect
import HousingEffectReports

/// `housing-effect assess`: the effect report for one establishment.
struct AssessCommand: Command {
  static let file = PositionalDescriptor.optional(
    "FILE",
    help: "Establishment file (JSON). Without it, describe the establishment with the "
      + "options below.",
    nl: "Vestigingsbestand (JSON). Zonder bestand beschrijft u de vestiging met de opties "
      + "hieronder.")
  static let sector = OptionDescriptor.option(
    "sector", value: "TYPE", help: "Type of establishment.", nl: "Soort vestiging.",
    allowed: EstablishmentType.allCases.map(\.rawValue)
  )
  .acceptingAliases(
    "Dutch and English sector words are accepted too: tomatenkas selects glasshouse-tomato; "
      + "distributiecentrum or logistics lists the four distribution types to choose from.",
    nl: "Nederlandse en Engelse woorden voor de sector mogen ook: tomatenkas kiest "
      + "glasshouse-tomato; distributiecentrum of logistics toont de vier soorten "
      + "distributiecentra om uit te kiezen.")
  static let jobs = OptionDescriptor.option(
    "jobs", value: "N", help: "Jobs in full operation [FTE].",
    nl: "Banen bij volledige bedrijfsvoering [fte].")
  static let floorArea = OptionDescriptor.option(
    "floor-area", value: "M2", help: "Gross floor area [m²]; jobs follow from the type.",
    nl: "Bruto vloeroppervlak [m²]; het aantal banen volgt uit de soort.")
  static let hectares = OptionDescriptor.option(
    "hectares", value: "HA", help: "Site or glasshouse area [ha]; jobs follow from the type.",
    nl: "Oppervlak van terrein of kas [ha]; het aantal banen volgt uit de soort.")
  static let municipality = OptionDescriptor.option(
    "municipality", value: "NAME", help: "The host municipality, e.g. Venlo.",
    nl: "De vestigingsgemeente, bijvoorbeeld Venlo.")
  static let startYear = OptionDescriptor.option(
    "start-year", value: "YEAR",
    help: "Quick estimate: first year of operation (default \(AssessCommand.defaultStartYear)).",
    nl: "Snelle schatting: eerste bedrijfsjaar (standaard \(AssessCommand.defaultStartYear)).")

  static let availableDwellings = OptionDescriptor.option(
    "available-dwellings", value: "N",
    help: "Quick estimate: dwellings available to newcomers for long stays from the start year "
      + "(rental set aside, flexwoningen, plancapaciteit); without it that supply is unknown.",
    nl: "Snelle schatting: long-stay-woningen die vanaf het startjaar voor nieuwkomers "
      + "beschikbaar zijn (gereserveerde huurwoningen, flexwoningen, plancapaciteit); "
      + "zonder deze optie is dat aanbod onbekend.")
  static let employerBeds = OptionDescriptor.option(
    "employer-beds", value: "N",
    help: "Quick estimate: beds the employer provides or arranges itself (employerHousing.beds).",
    nl: "Snelle schatting: bedden die de werkgever zelf biedt of regelt "
      + "(employerHousing.beds).")
  static let vacantBeds = OptionDescriptor.option(
    "vacant-beds", value: "N",
    help: "Quick estimate: licensed beds for labour migrants known to be available in the region "
      + "(freeLegalBeds).",
    nl: "Snelle schatting: vergunde bedden voor arbeidsmigranten waarvan bekend is dat ze in de "
      + "regio beschikbaar zijn (freeLegalBeds).")
  /// `--row N` (explain, sensitivity): one row of a batch CSV as the establishment.
  static let row = OptionDescriptor.option(
    "row", value: "LINE",
    help: "FILE is a batch CSV: take the establishment on this line of it (the header is line "
      + "1, the first row line 2), the number in the 'line' column of the batch output.",
    nl: "FILE is een batch-CSV: neem de vestiging op deze regel ervan (de kopregel is regel 1, "
      + "de eerste rij regel 2), het getal in de kolom 'line' van de batch-uitvoer.")
  static let save = OptionDescriptor.option(
    "save", value: "FILE",
    help: "Also write the establishment as an establishment file, with every defaulted value "
      + "and its parameters under 'defaults', to complete with the company's answers and run "
      + "again (Docs/establishment-format.md). Written atomically; never over an input file.",
    nl: "Schrijf de vestiging ook als vestigingsbestand, met elke standaardwaarde en haar "
      + "parameters onder 'defaults', om aan te vullen met de antwoorden van het bedrijf en "
      + "opnieuw door te rekenen (Docs/establishment-format.md). In één stap geschreven; nooit "
      + "over een invoerbestand heen.")

  static let annex = OptionDescriptor.option(
    "annex", value: "FILE",
    help: "Text, Markdown and HTML: write the assumptions and sources (the parameter annex) to "
      + "FILE in the same format, and leave a pointer to it in the report, so that the report "
      + "itself stays a council pack of at most about ten printed pages. Written atomically; "
      + "never over an input file.",
    nl: "Tekst, Markdown en HTML: schrijf de aannames en bronnen (de parameterbijlage) naar "
      + "FILE in hetzelfde formaat en verwijs daar in het rapport naar, zodat het rapport zelf "
      + "een raadsstuk van hooguit ongeveer tien afgedrukte pagina's blijft. In één stap "
      + "geschreven; nooit over een invoerbestand heen.")

  static let descriptor = CommandDescriptor(
    name: "assess",
    abstract: "Effect report for one establishment: workforce, migrants, housing, facilities, "
      + "welfare.",
    discussion: """
      Estimates what a company's workforce means for labour-migrant housing, public facilities \
      and broad welfare (brede welvaart), following the VNG effect report, and lists the \
      questions to put to the company.

      Give an establishment file, or a quick estimate from the type, one measure of size and the \
      municipality.
      """,
    dutchAbstract: "Effectrapportage voor één vestiging: personeel, arbeidsmigranten, "
      + "huisvesting, voorzieningen, brede welvaart.",
    dutchDiscussion: """
      Schat wat het personeel van een bedrijf betekent voor de huisvesting van \
      arbeidsmigranten, voor voorzieningen en voor brede welvaart, volgens de \
      VNG-effectrapportage, en somt de vragen op die aan het bedrijf te stellen zijn.

      Geef een vestigingsbestand, of een snelle schatting uit de soort, één maat voor de \
      omvang en de gemeente.
      """,
    usage: [
      "FILE [OPTIONS]",
      "--sector TYPE (--jobs N | --floor-area M2 | --hectares HA) --municipality NAME [OPTIONS]",
    ],
    options: [
      sector, jobs, floorArea, hectares, municipality, startYear, availableDwellings,
      employerBeds, vacantBeds, save, annex, row, InputFiles.regionFile,
    ]
      + EnsembleArguments.descriptors,
    positionals: [file],
    available: true)

  var file: String?
  var sector: EstablishmentType?
  var jobs: Double?
  var floorArea: Double?
  var hectares: Double?
  var municipality: String?
  var startYear: Int?
  var availableDwellings: Double?
  var employerBeds: Double?
  var vacantBeds: Double?
  var savePath: String?
  /// `--row`: the line of a batch CSV given as FILE.
  var row: Int?
  var annexPath: String?
  var regionFile: String?
  var ensemble: EnsembleOptions
  /// `--allow-long-run` and `--progress`.
  var budget: RunBudget
  var arguments: [String]

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    file = parsed.value(Self.file)
    sector = try parsed.value(Self.sector).map(Self.sectorType)
    jobs = try parsed.number(
      Self.jobs, in: 0...EstablishmentLoader.maximumJobs,
      expected: Words("a number of jobs, e.g. 1200", nl: "een aantal banen, bijvoorbeeld 1200"))
    floorArea = try parsed.number(
      Self.floorArea, in: 0...EstablishmentLoader.maximumFloorAreaM2,
      expected: Words(
        "an area in square metres, e.g. 85000",
        nl: "een oppervlakte in vierkante meters, bijvoorbeeld 85000"))
    hectares = try parsed.number(
      Self.hectares, in: 0...EstablishmentLoader.maximumHectares,
      expected: Words(
        "an area in hectares, e.g. 12.5", nl: "een oppervlakte in hectare, bijvoorbeeld 12.5"))
    municipality = parsed.value(Self.municipality)
    startYear = try parsed.integer(
      Self.startYear, in: EstablishmentLoader.yearWindow,
      expected: Words("a year, e.g. 2028", nl: "een jaartal, bijvoorbeeld 2028"))
    availableDwellings = try parsed.number(
      Self.availableDwellings, in: 0...Double(EstablishmentLoader.maximumBeds),
      expected: Words("a number of dwellings, e.g. 40", nl: "een aantal woningen, bijvoorbeeld 40"))
    employerBeds = try parsed.number(
      Self.employerBeds, in: 0...Double(EstablishmentLoader.maximumBeds),
      expected: Words("a number of beds, e.g. 120", nl: "een aantal bedden, bijvoorbeeld 120"))
    vacantBeds = try parsed.number(
      Self.vacantBeds, in: 0...Double(EstablishmentLoader.maximumBeds),
      expected: Words("a number of beds, e.g. 50", nl: "een aantal bedden, bijvoorbeeld 50"))
    savePath = parsed.value(Self.save)
    row = try parsed.integer(
      Self.row, in: 2...Int(Int32.max),
      expected: Words(
        "a line of the batch CSV, 2 or more (line 1 is the header)",
        nl: "een regel van de batch-CSV, 2 of hoger (regel 1 is de kopregel)"))
    if let savePath, savePath == parsed.value(GlobalOptions.output) {
      throw .conflict(
        Words(
          "--save and --output name the same file; give the report another name.",
          nl: "--save en --output noemen hetzelfde bestand; geef het rapport een andere naam."))
    }
    annexPath = parsed.value(Self.annex)
    if let annexPath {
      if annexPath == parsed.value(GlobalOptions.output) || annexPath == savePath {
        throw .conflict(
          Words(
            "--annex names the same file as --output or --save; give the annex its own name.",
            nl: "--annex noemt hetzelfde bestand als --output of --save; geef de bijlage een "
              + "eigen naam."))
      }
    }
    regionFile = parsed.value(InputFiles.regionFile)
    ensemble = try EnsembleArguments.options(parsed)
    budget = RunBudget(parsed)
    arguments = parsed.arguments
    let sizes = [jobs, floorArea, hectares].compactMap { $0 }
    if file != nil {
      let quick = [
        Self.sector, Self.jobs, Self.floorArea, Self.hectares, Self.municipality, Self.startYear,
        Self.availableDwellings, Self.employerBeds, Self.vacantBeds,
      ]
      .filter { parsed.value($0) != nil }
      if row != nil, file?.hasSuffix(".json") == true {
        throw .conflict(
          Words(
            "--row picks a line of a batch CSV; '\(file ?? "")' is an establishment file: give "
              + "it without --row.",
            nl: "--row kiest een regel van een batch-CSV; '\(file ?? "")' is een "
              + "vestigingsbestand: geef het zonder --row."))
      }
      if let first = quick.first {
        throw .conflict(
          Words(
            "\(first.longName) describes a quick estimate; give either an establishment file or "
              + "the quick-estimate options, not both.",
            nl: "\(first.longName) beschrijft een snelle schatting; geef een vestigingsbestand "
              + "of de opties van de snelle schatting, niet allebei."))
      }
    } else {
      if row != nil {
        throw .missingArgument(
          Words(
            "FILE (the batch CSV that --row picks a line of)",
            nl: "FILE (de batch-CSV waarvan --row een regel kiest)"))
      }
      if parsed.value(Self.sector) == nil {
        throw .missingArgument(Words("FILE or --sector TYPE", nl: "FILE of --sector TYPE"))
      }
      if sizes.count != 1 {
        throw .conflict(
          Words(
            "A quick estimate needs exactly one size: --jobs, --floor-area or --hectares.",
            nl: "Een snelle schatting vraagt precies één omvang: --jobs, --floor-area of "
              + "--hectares."))
      }
      if municipality == nil { throw .missingArgument(Words(same: "--municipality NAME")) }
    }
  }

  var inputPaths: [String] { [file, regionFile].compactMap { $0 } }

  /// The type a `--sector` word names: an id or an alias of one type; a word for several types
  /// (`logistics`) or an unknown one is refused with the types to choose from.
  static func sectorType(_ word: String) throws(ArgumentError) -> EstablishmentType {
    let label = { (type: EstablishmentType) in
      Words(
        "\(type.rawValue) (\(type.englishName))", nl: "\(type.rawValue) (\(type.dutchName))")
    }
    switch EstablishmentType.lookUp(word) {
    case .type(let type): return type
    case .choice(let types):
      throw .ambiguousValue(option: sector.longName, value: word, choices: types.map(label))
    case .unknown(let suggestion) where suggestion.count > 1:
      let labels = suggestion.map(label)
      throw .conflict(
        Words(
          "Invalid value '\(word)' for '\(sector.longName)'. Did you mean one of: "
            + labels.map(\.en).joined(separator: ", ") + "?",
          nl: "Ongeldige waarde '\(word)' voor '\(sector.longName)'. Bedoelde u een van: "
            + labels.map(\.nl).joined(separator: ", ") + "?"))
    case .unknown(let suggestion):
      throw .invalidValue(
        option: sector.longName, value: word, allowed: sector.allowedValues,
        suggestion: suggestion.first?.rawValue)
    }
  }

  /// The start year of a quick estimate when none is given: fixed, never the clock.
  static let defaultStartYear = 2028

  /// The establishment and its host municipality, from the file or the quick-estimate options;
  /// `sensitivity` reads its input the same way.
  func establishment(
    _ context: CommandContext
  ) -> Result<(Establishment, HostRegion), ExitStatus> {
    let regions: RegionData
    switch InputFiles.regions(file: regionFile, context: context) {
    case .failure(let status): return .failure(status)
    case .success(let data): regions = data
    }
    let loaded: Result<Establishment, ExitStatus> =
      file.map { path in
        row.map { Self.loadRow($0, of: path, regions: regions, context: context) }
          ?? Self.load(path, regions: regions, context: context)
      } ?? quickEstablishment(context)
    guard case .success(let establishment) = loaded else {
      if case .failure(let status) = loaded { return .failure(status) }
      return .failure(.failure)
    }
    switch regions.municipality(named: establishment.municipality) {
    case .success(let found): return .success((establishment, HostRegion(found)))
    case .failure(let failure):
      context.error(
        .lookUpFailure(
          failure,
          otherwise: Words(
            " Run 'housing-effect regions' for the list, or supply --region-file.",
            nl: " Typ 'housing-effect regions' voor de lijst, of geef --region-file.")))
      return .failure(file == nil ? .usage : .dataError)
    }
  }

  /// The traced assessment of the input with the catalogue's values, after checking that
  /// `--year` lies on its timeline; `sensitivity` starts from it too.
  func assessment(
    _ context: CommandContext
  ) -> Result<(Establishment, HostRegion, Assessment), ExitStatus> {
    let establishment: Establishment
    let region: HostRegion
    switch self.establishment(context) {
    case .failure(let status): return .failure(status)
    case .success(let found): (establishment, region) = found
    }
    let parameters = ParameterSet(asOf: establishment.referenceDay)
    // A year after the timeline is the steady state, as in `compare --year`: the timeline is
    // extended by holding the last ramp-up share, which changes no figure of earlier years.
    let lastYear = EstablishmentLoader.yearWindow.upperBound
    if let year = context.options.year, year > lastYear {
      context.error(
        Words(
          "--year \(year) is after \(lastYear), the last year the model covers.",
          nl: "--year \(year) ligt na \(lastYear), het laatste jaar dat het model beslaat."))
      return .failure(.usage)
    }
    let assessment = Assessment(
      establishment, region: region, parameters: parameters, through: context.options.year)
    for warning in assessment.plausibilityWarnings() {
      InputFiles.report(
        [
          file.map { warning.inFile($0) } ?? Self.onCommandLine(warning, language: context.language)
        ],
        context: context)
    }
    if let status = InputFiles.refuseResults(
      assessment.resultDiagnostics(parameters: parameters), file: file, context: context)
    {
      return .failure(status)
    }
    if let year = context.options.year, assessment.index(of: year) == nil {
      let first = assessment.years.first ?? year
      context.error(
        Words(
          "--year \(year) is before this establishment's timeline, starting in \(first).",
          nl: "--year \(year) ligt vóór de tijdlijn van deze vestiging, die begint in \(first)."))
      return .failure(.usage)
    }
    return .success((establishment, region, assessment))
  }

  func run(_ context: CommandContext) -> ExitStatus {
    // The file to save to is checked before any work, as the report's --output is.
    let saver = savePath.map {
      OutputWriter(path: $0, protectedInputs: inputPaths, io: context.io)
    }
    let annexWriter = annexPath.map {
      OutputWriter(path: $0, protectedInputs: inputPaths, io: context.io)
    }
    if annexWriter != nil, ![.text, .markdown, .html].contains(context.options.format) {
      let format = context.options.format.rawValue
      context.error(
        Words(
          "--annex writes the parameter annex of a text, Markdown or HTML report; "
            + "--format \(format) has no annex. Leave out --annex.",
          nl: "--annex schrijft de parameterbijlage van een rapport in tekst, Markdown of HTML; "
            + "--format \(format) heeft geen bijlage. Laat --annex weg."))
      return .usage
    }
    do {
      try saver?.checkDestination()
      try annexWriter?.checkDestination()
    } catch {
      context.error(error.words)
      return error.exitStatus
    }
    let (establishment, region, assessment): (Establishment, HostRegion, Assessment)
    switch self.assessment(context) {
    case .failure(let status): return status
    case .success(let found): (establishment, region, assessment) = found
    }
    if let saver {
      do {
        try saver.write(EstablishmentFile.json(assessment))
      } catch {
        context.error(error.words)
        return error.exitStatus
      }
    }
    // The ranges run the same pipeline untraced, for every year of the report's timeline.
    let cost = RunCost.assessment(draws: ensemble.draws, years: assessment.years.count)
    if ensemble.draws > 0,
      let refused = budget.refusal(
        cost,
        what: Words(
          "--draws \(ensemble.draws) for \(assessment.years.count) years",
          nl: "--draws \(ensemble.draws) voor \(assessment.years.count) jaren"),
        context: context)
    {
      return refused
    }
    let ranges =
      ensemble.draws > 0
      ? AssessmentEnsemble(
        establishment, region: region, years: assessment.years,
        used: assessment.parametersUsed, options: ensemble,
        progress: budget.progress(cost, label: Words("draws", nl: "trekkingen"), context: context))
      : nil
    if let bad = ranges?.nonFiniteIndicators, !bad.isEmpty,
      let status = InputFiles.refuseResults(
        [
          .nonFiniteDraws(
            bad.map(\.rawValue).joined(separator: ", "), overrides: establishment.overrides)
        ],
        file: file, context: context)
    {
      return status
    }
    let command = (["housing-effect", "assess"] + arguments).joined(separator: " ")
    if let annexWriter, let annexPath {
      let (report, annex) = HumanReport.renderWithAnnex(
        assessment, format: context.options.format, language: context.options.language,
        command: command, annexName: annexPath, year: context.options.year, ensemble: ranges)
      do {
        try annexWriter.write(annex)
      } catch {
        context.error(error.words)
        return error.exitStatus
      }
      return context.write(report)
    }
    return AssessmentOutput.write(assessment, command: command, context: context, ensemble: ranges)
  }

  /// A warning about a quick estimate, placed at the option that gave the field: "command
  /// line: warning: at --floor-area: …" ("opdrachtregel: waarschuwing: bij --floor-area: …")
  /// rather than a file's field path.
  static func onCommandLine(_ warning: Diagnostic, language: Language) -> Diagnostic {
    var shown = warning.inFile(InputFiles.commandLine(language))
    let options = [
      "size.jobs": jobs.longName, "size.floorAreaM2": floorArea.longName,
      "size.hectares": hectares.longName, "startYear": startYear.longName,
      "size": "\(jobs.longName), \(floorArea.longName) or \(hectares.longName)",
    ]
    shown.path = options[warning.path] ?? warning.path
    return shown
  }

  /// Loads and validates an establishment file.
  static func load(
    _ path: String, regions: RegionData, context: CommandContext
  ) -> Result<Establishment, ExitStatus> {
    switch InputFiles.read(path, context: context) {
    case .failure(let status): return .failure(status)
    case .success(let bytes):
      if let status = InputFiles.refuseWrongKind(
        bytes, path: path, expectStudy: false, context: context)
      {
        return .failure(status)
      }
      let (establishment, diagnostics) = EstablishmentLoader.load(
        bytes, file: path, municipality: InputFiles.municipalityCheck(regions))
      InputFiles.report(diagnostics, context: context)
      guard let establishment else { return .failure(.dataError) }
      return .success(establishment)
    }
  }

  /// The establishment on line `line` of the batch CSV at `path` (`--row`), read as `batch`
  /// reads it; that line's problems are reported, the other rows' are not.
  static func loadRow(
    _ line: Int, of path: String, regions: RegionData, context: CommandContext
  ) -> Result<Establishment, ExitStatus> {
    switch InputFiles.read(path, context: context) {
    case .failure(let status): return .failure(status)
    case .success(let bytes):
      var reader = BatchReader(
        text: String(decoding: bytes, as: UTF8.self), fileName: path, regions: regions)
      var last = 1
      while !reader.isFinished {
        for row in reader.next(BatchResult.progressChunk) {
          if row.line == line { return .success(row.establishment) }
          last = row.line
        }
      }
      let (diagnostics, invalid) = reader.problems()
      let header = diagnostics.filter { $0.line == nil || $0.line == 1 }
      if header.hasErrors {
        InputFiles.report(header, context: context)
        return .failure(.dataError)
      }
      if invalid.contains(line) {
        InputFiles.report(diagnostics.filter { $0.line == line }, context: context)
        return .failure(.dataError)
      }
      context.error(
        Words(
          "\(path) has no establishment on line \(line): its rows run from line 2 to line "
            + "\(last). The number is the row's line in the file, as in the 'line' column of "
            + "'housing-effect batch'.",
          nl: "\(path) heeft geen vestiging op regel \(line): de rijen lopen van regel 2 tot en "
            + "met regel \(last). Het getal is de regel van de rij in het bestand, zoals in de "
            + "kolom 'line' van 'housing-effect batch'."))
      return .failure(.usage)
    }
  }

  /// The establishment of a quick estimate: type, size and municipality; the rest defaulted.
  func quickEstablishment(_ context: CommandContext) -> Result<Establishment, ExitStatus> {
    guard let sector, let municipality else { return .failure(.usage) }
    let size: EstablishmentSize
    if let jobs {
      size = .jobs(jobs)
    } else if let floorArea {
      size = .floorArea(floorArea)
    } else if let hectares {
      size = .hectares(hectares)
    } else {
      return .failure(.usage)
    }
    if size.basis != .jobs, size.basis != sector.physicalSizeBasis {
      let option = sector.physicalSizeBasis == .hectares ? "--hectares" : "--floor-area"
      let alternative = sector.physicalSizeBasis == nil ? "" : " or \(option)"
      let alternativeNl = sector.physicalSizeBasis == nil ? "" : " of \(option)"
      context.error(
        Words(
          "\(sector.englishNameWithArticle) is sized by --jobs\(alternative); the catalogue has "
            + "no job density for the size you gave.",
          nl: "De omvang van een \(sector.dutchName) wordt gegeven met --jobs\(alternativeNl); de "
            + "catalogus heeft geen banendichtheid voor de omvang die u gaf."))
      return .failure(.usage)
    }
    // The report's "where the inputs come from" says what the command line gave and what it
    // did not, so an assumed start year is never silent; in both languages, like a file may.
    var sources = [
      LocalizedText(
        nl: "Snelle schatting vanaf de opdrachtregel: type, omvang en gemeente opgegeven; alle "
          + "andere invoer uit de standaardwaarden van de catalogus.",
        en: "Quick estimate from the command line: type, size and municipality given; every "
          + "other input from the catalogue defaults.")
    ]
    if startYear == nil {
      sources.append(
        LocalizedText(
          nl: "Startjaar niet opgegeven (--start-year): \(Self.defaultStartYear) aangenomen; de "
            + "tijdlijn en de gedateerde parameterwaarden volgen daaruit.",
          en: "Start year not given (--start-year): \(Self.defaultStartYear) assumed; the "
            + "timeline and the dated parameter values follow from it."))
    }
    let start = startYear ?? Self.defaultStartYear
    if let availableDwellings {
      sources.append(
        LocalizedText(
          nl: "Woningen beschikbaar voor nieuwkomers (--available-dwellings): "
            + "\(Int(availableDwellings)) vanaf \(start).",
          en: "Dwellings available to newcomers (--available-dwellings): "
            + "\(Int(availableDwellings)) from \(start)."))
    }
    if let employerBeds {
      sources.append(
        LocalizedText(
          nl: "Bedden van de werkgever opgegeven (--employer-beds): "
            + "\(EstablishmentLoader.formatNumber(employerBeds)).",
          en: "Employer beds given (--employer-beds): "
            + "\(EstablishmentLoader.formatNumber(employerBeds))."))
    }
    if let vacantBeds {
      sources.append(
        LocalizedText(
          nl: "Beschikbare vergunde bedden in de regio opgegeven (--vacant-beds): "
            + "\(EstablishmentLoader.formatNumber(vacantBeds)).",
          en: "Available licensed beds in the region given (--vacant-beds): "
            + "\(EstablishmentLoader.formatNumber(vacantBeds))."))
    }
    let english = sector.englishName.prefix(1).uppercased() + sector.englishName.dropFirst()
    let name = LocalizedText(
      nl:
        "\(sector.dutchName.prefix(1).uppercased() + sector.dutchName.dropFirst()) in \(municipality)",
      en: "\(english) in \(municipality)")
    return .success(
      Establishment(
        name: name.plain, municipality: municipality, type: sector, size: size,
        startYear: start,
        employerHousing: employerBeds.map { EmployerHousing(beds: $0) }, freeLegalBeds: vacantBeds,
        sources: sources.map(\.plain),
        texts: EstablishmentTexts(name: name, sources: sources),
        availableDwellings: availableDwellings.map {
          [AvailableDwellings(year: start, dwellings: $0)]
        }))
  }
}
