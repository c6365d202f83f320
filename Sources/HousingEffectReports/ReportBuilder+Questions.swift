import HousingEffect

// Defaulted inputs in words, and the conversation guide: questions to put to the company.
extension ReportBuilder {
  /// A defaulted input's field path, parsed.
  enum Field: Equatable {
    case jobs, rampUp, workforce, origin(Int), peakFactor, season, construction
    case constructionShare, constructionWorkers, employerHousing, freeLegalBeds, languageTraining
    case housingNorm
    case other(String)

    init(_ path: String) {
      switch path {
      case "size.jobs": self = .jobs
      case "rampUp": self = .rampUp
      case "workforce": self = .workforce
      case "peakFactor": self = .peakFactor
      case "season": self = .season
      case "construction": self = .construction
      case "construction.shareFromElsewhere": self = .constructionShare
      case "construction.workers": self = .constructionWorkers
      case "employerHousing": self = .employerHousing
      case "freeLegalBeds": self = .freeLegalBeds
      case "languageTraining": self = .languageTraining
      case "housingNorm": self = .housingNorm
      default:
        if path.hasPrefix("workforce["), path.hasSuffix("].origin"),
          let index = Int(path.dropFirst("workforce[".count).dropLast("].origin".count))
        {
          self = .origin(index)
        } else {
          self = .other(path)
        }
      }
    }
  }

  /// The construction crew on site on average, stated or estimated.
  var constructionCrew: String {
    count(Staffing.constructionWorkers(assessment.establishment, parameters: parameters).0)
  }

  /// "3 maanden" / "3 months": the season that sets the peak.
  var seasonWords: String {
    let months = format.format(assessment.workforce.seasonMonths ?? 12, .upTo(1))
    return pick("\(months) maanden", "\(months) months")
  }

  /// The name of segment `index` as the report shows it.
  func segmentName(_ index: Int) -> String {
    guard let segment = at(assessment.workforce.segments, index) else {
      return "segment \(index + 1)"
    }
    return assessment.establishment.workforce == nil
      ? strings.segmentName(segment.contract) : segment.label
  }

  /// The default workforce mix in words: "60,0% vaste medewerkers en 40,0% uitzendkrachten".
  var defaultMix: String {
    list(
      assessment.workforce.segments.map {
        "\(percent($0.share)) \(strings.segmentName($0.contract))"
      })
  }

  /// The non-zero parts of a segment's origin mix in words.
  func originWords(_ index: Int) -> String {
    guard let origin = at(assessment.workforce.segments, index)?.origin else { return "–" }
    let parts: [(Double, String)] = [
      (origin.labourMigrants, pick("arbeidsmigranten", "labour migrants")),
      (origin.knowledgeMigrant, pick("kennismigranten", "knowledge migrants")),
      (origin.crossBorder, pick("grenspendelaars", "cross-border commuters")),
      (origin.localReserve, pick("uit de lokale arbeidsreserve", "from the local labour reserve")),
      (origin.restOfNL, pick("uit de rest van Nederland", "from the rest of the Netherlands")),
    ]
    return list(
      parts.filter { $0.0 > NumberFormat.zeroTolerance }.map { "\(percent($0.0)) \($0.1)" })
  }

  var rampUpWords: String { assessment.staffing.rampUp.map(percent).joined(separator: " – ") }

  var estimatedJobs: String {
    let size = strings.size(assessment.establishment.size)
    let density = assessment.establishment.type.jobDensityParameter.map(quantity) ?? "–"
    return pick(
      "\(jobs(assessment.staffing.fullOperationFTE)) fte, uit \(size) en \(density)",
      "\(jobs(assessment.staffing.fullOperationFTE)) FTE, from \(size) and \(density)")
  }

  var constructionShare: String {
    value("jobs.construction.shareFromElsewhere").map(percent) ?? NumberFormat.notANumber
  }

  /// What stood in for a missing input, in one sentence.
  func defaultDescription(_ input: Assessment.DefaultedInput) -> String {
    switch Field(input.field) {
    case .jobs:
      return pick(
        "Aantal banen: geschat op \(estimatedJobs).", "Jobs: estimated at \(estimatedJobs).")
    case .rampUp:
      return pick(
        "Opstart: standaardverloop \(rampUpWords).", "Ramp-up: default course \(rampUpWords).")
    case .workforce:
      return pick(
        "Samenstelling van het personeel: standaard voor de sector, \(defaultMix).",
        "Composition of the workforce: sector default, \(defaultMix).")
    case .origin(let index):
      return pick(
        "Herkomst van de \(segmentName(index)): standaard voor contract en sector, \(originWords(index)).",
        "Origin of the \(segmentName(index)): default for contract and sector, \(originWords(index))."
      )
    case .peakFactor:
      let peak = format.format(assessment.workforce.peakFactor, .decimals(2))
      return pick(
        "Seizoenspiek: piekfactor \(peak), standaard voor de sector.",
        "Seasonal peak: peak factor \(peak), sector default.")
    case .season:
      return pick(
        "Seizoen: \(seasonWords), standaard voor de sector; daaruit volgt piekfactor \(format.format(assessment.workforce.peakFactor, .decimals(2))).",
        "Season: \(seasonWords), sector default; it gives a peak factor of \(format.format(assessment.workforce.peakFactor, .decimals(2)))."
      )
    case .construction:
      return pick(
        "Bouwfase: niet opgegeven; er zijn geen bouwvakkers meegerekend.",
        "Construction phase: not given; no construction workers are counted.")
    case .constructionShare:
      return pick(
        "Bouwvakkers van buiten de regio: standaard \(constructionShare).",
        "Construction workers from outside the region: default \(constructionShare).")
    case .constructionWorkers:
      return pick(
        "Bouwvakkers: geschat op gemiddeld \(constructionCrew) op de bouwplaats, uit het vloeroppervlak, de bouwkosten per m² en de bouwproductie per arbeidsjaar.",
        "Construction workers: estimated at \(constructionCrew) on site on average, from the floor area, the building cost per m² and construction production per FTE-year."
      )
    case .employerHousing:
      return pick(
        "Huisvesting door de werkgever: niet opgegeven; gerekend met 0 bedden.",
        "Employer housing: not given; counted as 0 beds.")
    case .freeLegalBeds:
      return pick(
        "Beschikbare vergunde bedden in de regio: niet opgegeven; gerekend met 0.",
        "Free legal beds in the region: not given; counted as 0.")
    case .languageTraining:
      return pick(
        "Taallessen: niet opgegeven; de scorekaart zegt ‘onbekend’.",
        "Language training: not given; the scorecard says ‘unknown’.")
    case .housingNorm:
      return pick(
        "Huisvestingsnorm: niet opgegeven; gerekend met \(strings.norm(assessment.housing.norm)).",
        "Housing norm: not given; computed with \(strings.norm(assessment.housing.norm)).")
    case .other(let path):
      return pick("\(path): standaardwaarde gebruikt.", "\(path): default used.")
    }
  }

  /// The question that would replace a default with the company's answer.
  func question(_ input: Assessment.DefaultedInput) -> String {
    switch Field(input.field) {
    case .jobs:
      return pick(
        "Hoeveel banen (fte) heeft de vestiging bij volledige bedrijfsvoering? (Nu geschat: \(estimatedJobs).)",
        "How many jobs (FTE) will the establishment have at full operation? (Now estimated: \(estimatedJobs).)"
      )
    case .rampUp:
      return pick(
        "Hoe snel groeit het aantal banen: welk deel van de banen is in het eerste, tweede en derde jaar ingevuld? (Nu aangenomen: \(rampUpWords).)",
        "How fast will staffing grow: what share of the jobs is filled in the first, second and third year? (Now assumed: \(rampUpWords).)"
      )
    case .workforce:
      return pick(
        "Hoeveel medewerkers komen via een uitzendbureau, hoeveel met een seizoenscontract en hoeveel in vaste dienst? (Nu aangenomen: \(defaultMix).)",
        "How many workers come through a staffing agency, how many on a seasonal contract and how many on a permanent contract? (Now assumed: \(defaultMix).)"
      )
    case .origin(let index):
      return pick(
        "Waar komen de \(segmentName(index)) vandaan: uit de regio, elders uit Nederland, uit de EU, van buiten de EU, als kennismigrant of over de grens? (Nu aangenomen: \(originWords(index)).)",
        "Where do the \(segmentName(index)) come from: the region, elsewhere in the Netherlands, the EU, outside the EU, as knowledge migrants or across the border? (Now assumed: \(originWords(index)).)"
      )
    case .peakFactor:
      let peak = format.format(assessment.workforce.peakFactor, .decimals(2))
      return pick(
        "Hoeveel meer mensen werken er in de drukste periode dan op een gewone dag, in welke maanden, en in welke diensten en ploegen? (Nu aangenomen: piekfactor \(peak).)",
        "How many more people work in the busiest period than on an ordinary day, in which months, and in which shifts and rotas? (Now assumed: peak factor \(peak).)"
      )
    case .season:
      return pick(
        "Hoeveel maanden per jaar werken de seizoenskrachten, en in welke maanden? (Nu aangenomen: \(seasonWords).)",
        "For how many months a year do the seasonal workers work, and in which months? (Now assumed: \(seasonWords).)"
      )
    case .construction:
      return pick(
        "Wanneer begint de bouw, hoe lang duurt die, hoeveel bouwvakkers werken er gemiddeld en waar verblijven zij? (Nu niet meegenomen.)",
        "When does construction start, how long does it take, how many construction workers are on site on average and where do they stay? (Now not counted.)"
      )
    case .constructionShare:
      return pick(
        "Welk deel van de bouwvakkers komt van buiten de regio en heeft tijdelijke huisvesting nodig? (Nu aangenomen: \(constructionShare).)",
        "What share of the construction workers comes from outside the region and needs temporary housing? (Now assumed: \(constructionShare).)"
      )
    case .constructionWorkers:
      return pick(
        "Hoeveel bouwvakkers werken er gemiddeld op de bouwplaats, en hoe lang blijft één ploeg? (Nu geschat: \(constructionCrew).)",
        "How many construction workers are on site on average, and how long does one crew stay? (Now estimated: \(constructionCrew).)"
      )
    case .employerHousing:
      return pick(
        "Regelt het bedrijf zelf huisvesting voor (een deel van) de arbeidsmigranten? Hoeveel bedden, waar, met welk vloeroppervlak, hoeveel slaapkamers, toiletten en douches, en volgens welke norm? (Nu aangenomen: geen.)",
        "Does the company arrange housing for (some of) its labour migrants itself? How many beds, where, with what floor area, how many bedrooms, toilets and showers, and to which norm? (Now assumed: none.)"
      )
    case .freeLegalBeds:
      return pick(
        "Hoeveel legale bedden voor arbeidsmigranten zijn er in de regio nog vrij? Vraag dit ook na bij de gemeente en de huisvesters. (Nu aangenomen: geen.)",
        "How many legal beds for labour migrants are still free in the region? Check this with the municipality and the housing providers too. (Now assumed: none.)"
      )
    case .languageTraining:
      return pick(
        "Biedt het bedrijf of het uitzendbureau Nederlandse taallessen aan, en in werktijd? (Nu onbekend.)",
        "Does the company or the staffing agency offer Dutch language training, and in working hours? (Now unknown.)"
      )
    case .housingNorm:
      return pick(
        "Aan welke huisvestingsnorm houden het bedrijf en zijn huisvesters zich: SNF, AKF of 15 m² met een eigen slaapkamer? (Nu gerekend met \(strings.norm(assessment.housing.norm)).)",
        "Which housing norm do the company and its housing providers keep to: SNF, AKF or 15 m² with an own bedroom? (Now computed with \(strings.norm(assessment.housing.norm)).)"
      )
    case .other(let path):
      return pick("Wat is de waarde van ‘\(path)’?", "What is the value of ‘\(path)’?")
    }
  }

  /// Used parameters that are sector defaults and rest on an assumption, not overridden.
  ///
  /// Sector defaults: the parameters that stood in for a missing input, and the parameters
  /// whose id names the establishment's sector group or type.
  var sectorAssumptions: [Parameter] {
    let e = assessment.establishment
    var sectorKeys: Set<String> = [e.type.sectorGroup.rawValue]
    if let density = e.type.jobDensityParameter {
      sectorKeys.insert(String(density.rawValue.split(separator: ".").last ?? ""))
    }
    let standIns = Set(assessment.defaulted.flatMap(\.parameters))
    // Segments compared as UTF-8 bytes (ids are ASCII): splitting by Characters cost about
    // 19 k instructions per id.
    let keys = Array(sectorKeys)
    return used.compactMap { id -> Parameter? in
      guard let parameter = catalog[id], !parameters.isOverridden(id) else { return nil }
      let segments = id.rawValue.utf8.split(separator: UInt8(ascii: "."))
      guard
        standIns.contains(id)
          || segments.dropFirst().contains(where: { segment in
            keys.contains { $0.utf8.elementsEqual(segment) }
          })
      else { return nil }
      return valueInForce(parameter)?.provenance.isAssumption == true ? parameter : nil
    }
  }

  /// The dated value of `parameter` in force at the reference date.
  func valueInForce(_ parameter: Parameter) -> DatedValue? {
    parameter.entry(on: assessment.asOf) ?? parameter.values.first
  }

  /// How far each parameter moves the housing need between the ends of its range: the
  /// ranking of `sensitivity`, which orders the questions (largest first).
  var questionWeights: [ParameterID: Double] {
    Dictionary(swings.map { ($0.id, $0.size) }, uniquingKeysWith: { first, _ in first })
  }

  /// One question for the company, with the weight that orders it.
  struct Question {
    var text: String
    var weight: Double
  }

  var questionsSection: Section {
    let weights = questionWeights
    func weight(_ ids: [ParameterID]) -> Double { ids.map { weights[$0] ?? 0 }.max() ?? 0 }
    func weight(prefix: String) -> Double {
      weights.filter { $0.key.rawValue.hasPrefix(prefix) }.map(\.value).max() ?? 0
    }
    var questions = assessment.defaulted.map {
      Question(text: question($0), weight: weight($0.parameters))
    }
    // Scorecard ratings that rest on a default alone ("onbekend") become questions too; before
    // the VNG topics, so that wages against the cao and registration, which settle no figure of
    // the model, stay last among the ties.
    questions += scorecardQuestions(weight: weight(prefix:))
    questions += guideTopics(weight: weight(prefix:))
    // A sector assumption that stands in for a missing input is asked with that input.
    let standIns = Set(assessment.defaulted.flatMap(\.parameters))
    questions += sectorAssumptions.filter { !standIns.contains($0.id) }.map { parameter in
      Question(text: assumptionQuestion(parameter), weight: weights[parameter.id] ?? 0)
    }
    // Stable order: the answer that moves the housing need most first; ties keep the order
    // above (missing inputs, then the scorecard, then the VNG topics, then the sector
    // assumptions).
    let ordered = questions.enumerated()
      .sorted { ($0.element.weight, $1.offset) > ($1.element.weight, $0.offset) }
      .map(\.element.text)
    let blocks: [Block] = [
      .paragraph(
        pick(
          "Vragen voor het gesprek met het bedrijf, met de onderwerpen van de VNG-gespreksleidraad. Elk antwoord vervangt een standaardwaarde of aanname en maakt de rapportage nauwkeuriger. De vragen staan op volgorde van hoeveel het antwoord de huisvestingsbehoefte kan verschuiven: de belangrijkste eerst.",
          "Questions for the conversation with the company, with the topics of the VNG conversation guide. Each answer replaces a default or an assumption and makes the report more accurate. The questions are ordered by how much the answer can move the housing need: the most important first."
        )),
      .bullets(ordered),
    ]
    return section(.questions, blocks)
  }

  /// The VNG conversation-guide topics the inputs do not settle: stay length and rotation,
  /// wages against the sector's collective agreement, registration at the workplace, and who
  /// houses whom and where (when the employer's housing is given; otherwise its own question).
  func guideTopics(weight: (String) -> Double) -> [Question] {
    let e = assessment.establishment
    var topics: [Question] = [
      Question(
        text: pick(
          "Hoe lang blijven de arbeidsmigranten gemiddeld, en hoe vaak wisselen de mensen op dezelfde plek (rotatie)? Komen zij terug in een volgend seizoen?",
          "How long do the labour migrants stay on average, and how often do the people in the same job change (rotation)? Do they come back in a later season?"
        ),
        weight: max(weight("migration.stayShare."), weight("workforce.personsPerFTEYear."))),
      Question(
        text: pick(
          "Wat verdienen de medewerkers, en hoe verhoudt dat zich tot de cao van de sector (ook bij het uitzendbureau)?",
          "What do the workers earn, and how does that compare with the sector's collective agreement (also at the staffing agency)?"
        ),
        weight: 0),
      Question(
        text: pick(
          "Helpt het bedrijf de werknemers bij de inschrijving in de BRP of de RNI, bijvoorbeeld op de werkplek of met de gemeente, en op welk adres staan zij ingeschreven?",
          "Does the company help its workers register in the BRP or the RNI, for instance at the workplace or with the municipality, and at which address are they registered?"
        ),
        weight: 0),
    ]
    if e.peakFactor != nil {
      // Without a stated peak factor the peak question asks for the busiest months.
      topics.append(
        Question(
          text: pick(
            "In welke diensten en ploegen wordt er gewerkt, en in welke maanden is het het drukst?",
            "Which shifts and rotas are worked, and in which months is it busiest?"),
          weight: weight("workforce.peakFactor.")))
    }
    if e.employerHousing != nil {
      topics.append(
        Question(
          text: pick(
            "Wie huisvest wie en waar: welke werknemers wonen in de huisvesting van het bedrijf, en waar wonen de anderen (in de gemeente, in de buurgemeenten, over de grens)?",
            "Who houses whom and where: which workers live in the company's housing, and where do the others live (in the municipality, in neighbouring municipalities, across the border)?"
          ),
          weight: weight("migration.residence.")))
    }
    if e.languageTraining != nil {
      topics.append(
        Question(
          text: pick(
            "Vinden de taallessen in werktijd plaats, en wie betaalt ze?",
            "Are the language lessons given in working time, and who pays for them?"),
          weight: 0))
    }
    return topics
  }

  /// A sector assumption as a question in plain words, without its parameter id.
  func assumptionQuestion(_ parameter: Parameter) -> String {
    let value = labelledValue(parameter.id)
    let id = parameter.id.rawValue
    func asked(_ nl: String, _ en: String) -> String {
      pick(
        "\(nl) (Nu aangenomen: \(value), zonder bron.)",
        "\(en) (Now assumed: \(value), without a source.)")
    }
    if id.hasPrefix("workforce.agencyShare.") {
      return asked(
        "Welk deel van het werk doen uitzendkrachten?",
        "What share of the work do agency workers do?")
    }
    if id.hasPrefix("migration.migrantShare.") {
      return asked(
        "Welk deel van deze medewerkers komt uit het buitenland om hier te werken?",
        "What share of these workers comes from abroad to work here?")
    }
    if id.hasPrefix("workforce.peakFactor.") {
      return asked(
        "Hoeveel meer mensen werken er in de drukste maanden dan op een gewone dag?",
        "How many more people work in the busiest months than on an ordinary day?")
    }
    if id.hasPrefix("workforce.seasonalShare.") {
      return asked(
        "Welk deel van het werk doen seizoenskrachten?",
        "What share of the work do seasonal workers do?")
    }
    if id.hasPrefix("jobs.m2PerJob.") || id.hasPrefix("jobs.fteByHectare.") {
      return asked(
        "Hoeveel banen komen er per vierkante meter of hectare?",
        "How many jobs are there per square metre or hectare?")
    }
    if id.hasPrefix("migration.residence.") {
      return asked(
        "Waar gaan de werknemers wonen: in de gemeente zelf of daarbuiten?",
        "Where will the workers live: in the municipality itself or elsewhere?")
    }
    return pick(
      "Klopt voor dit bedrijf: ‘\(strings.parameterLabel(parameter).lowercasedFirst)’ is \(value)? Dit is een aanname zonder bron.",
      "Does this hold for the company: ‘\(strings.parameterLabel(parameter).lowercasedFirst)’ is \(value)? This is an assumption without a source."
    )
  }
}
