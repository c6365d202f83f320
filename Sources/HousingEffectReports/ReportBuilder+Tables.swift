import HousingEffect

// The per-year sections: workforce and migrants, households, housing, facilities.
extension ReportBuilder {
  // MARK: Workforce and labour migrants

  var workforceSection: Section {
    let a = assessment
    let staffing = a.staffing.years
    let workforce = a.workforce.years
    let migration = a.migration.years
    func cell<T>(_ array: [T], _ value: @escaping (T) -> String) -> (Int) -> String {
      { index in at(array, index).map(value) ?? NumberFormat.notANumber }
    }
    var timeline: [String] = []
    if !constructionYears.isEmpty {
      timeline.append(pick("bouw \(constructionYears)", "construction \(constructionYears)"))
    }
    let start = a.establishment.startYear
    if a.fullOperationYear > start {
      let last = a.fullOperationYear - 1
      let years = last == start ? year(start) : "\(year(start))–\(year(last))"
      timeline.append(pick("opstart \(years)", "ramp-up \(years)"))
    }
    timeline.append(
      pick("volledige bedrijfsvoering vanaf \(fullYear)", "full operation from \(fullYear)"))
    let intro = pick(
      "Tijdlijn: \(list(timeline)). ‘Aanwezig gemiddeld’ is het aantal werknemers op een gewone dag, ‘piek’ in de drukste periode (piekfactor \(format.format(a.workforce.peakFactor, .decimals(2))); de piek wordt opgevangen door de flexibele krachten). ‘Verschillende personen’ telt iedereen die in het jaar werkt, inclusief vervanging door verloop. Arbeidsmigranten zijn gemiddeld aanwezig: \(stayName(.short)), \(stayName(.mid)) en \(stayName(.long)).",
      "Timeline: \(list(timeline)). ‘Present, average’ is the number of workers on an ordinary day, ‘peak’ in the busiest period (peak factor \(format.format(a.workforce.peakFactor, .decimals(2))); the peak is absorbed by the flexible workers). ‘Distinct persons’ counts everyone who works during the year, replacements for turnover included. Labour migrants are present on average: \(stayName(.short)), \(stayName(.mid)) and \(stayName(.long))."
    )
    let table = yearTable([
      ("staffing.operationFTE", cell(staffing) { jobs($0.operationFTE) }),
      ("staffing.constructionWorkers", cell(staffing) { count($0.constructionWorkers) }),
      ("migration.constructionMigrants", cell(migration) { count($0.constructionMigrants) }),
      ("workforce.presentAverage", cell(workforce) { count($0.presentAverage) }),
      ("workforce.presentPeak", cell(workforce) { count($0.presentPeak) }),
      ("workforce.distinctPersons", cell(workforce) { count($0.distinctPersons) }),
      // The stay classes add up to the total row shown under them (largest remainder).
      ("migration.shortStay", cell(migration) { stayClasses($0)[0] }),
      ("migration.midStay", cell(migration) { stayClasses($0)[1] }),
      ("migration.longStay", cell(migration) { stayClasses($0)[2] }),
      ("migration.labourMigrants", cell(migration) { count($0.labourMigrantsAverage.total) }),
      ("migration.knowledgeMigrants", cell(migration) { count($0.knowledgeMigrants) }),
      ("migration.crossBorderCommuters", cell(migration) { count($0.crossBorderCommuters) }),
      ("migration.localReserve", cell(migration) { count($0.localReserve) }),
      ("migration.restOfNL", cell(migration) { count($0.restOfNL) }),
    ])
    return section(
      .workforce,
      [
        .paragraph(intro), .table(table), .chart(annotated(rampUpChart)),
      ] + seasonBlocks + longStayComparisonBlocks + [
        .subheading(pick("Samenstelling van het personeel", "Composition of the workforce")),
        .paragraph(
          pick(
            "Per segment het aandeel in de banen en de herkomst van de werknemers (aandeel van het segment). Onder elk segment: contract, opleidingsniveau en piekfactor.",
            "Per segment its share of the jobs and where its workers come from (share of the segment). Under each segment: contract, skill level and peak factor."
          )),
        .table(segmentTable),
      ])
  }

  /// Short-, mid- and long-stay labour migrants of one year as shown: whole numbers that add
  /// up to the shown total (`NumberFormat.partsAddingUp`), a part under 1 still "< 1" when
  /// it rounds to 0.
  func stayClasses(_ year: Migration.Year) -> [String] {
    let split = year.labourMigrantsAverage
    let parts = [split.short, split.mid, split.long]
    return zip(parts, NumberFormat.partsAddingUp(parts)).map { value, shown in
      shown == 0 && value >= NumberFormat.zeroTolerance ? count(value) : count(shown)
    }
  }

  /// The resolved segments with their origin mix in %.
  var segmentTable: Table {
    let stated = assessment.establishment.workforce != nil
    let columns =
      [
        Column(title: pick("Segment", "Segment"), alignment: .left),
        Column(title: pick("Aandeel", "Share"), alignment: .right),
      ] + strings.originLabels.map { Column(title: $0, alignment: .right) }
    let rows = assessment.workforce.segments.map { segment in
      let origin = segment.origin
      let mix = [
        origin.localReserve, origin.restOfNL, origin.euMigrant, origin.nonEuMigrant,
        origin.knowledgeMigrant, origin.crossBorder,
      ]
      let name = stated ? segment.label : strings.segmentName(segment.contract)
      let note = pick(
        "\(strings.contract(segment.contract)), niveau \(strings.skill(segment.skill)), piekfactor \(format.format(segment.peakFactor, .decimals(2)))",
        "\(strings.contract(segment.contract)), \(strings.skill(segment.skill)) skill, peak factor \(format.format(segment.peakFactor, .decimals(2)))"
      )
      return Row(cells: [name, percent(segment.share)] + mix.map(percent), note: note)
    }
    return Table(columns: columns, rows: rows, noteTitle: pick("Contract", "Contract"))
  }

  // MARK: Households

  var householdsSection: Section {
    let years = assessment.households.years
    func cell(_ value: @escaping (Households.Year) -> String) -> (Int) -> String {
      { index in at(years, index).map(value) ?? NumberFormat.notANumber }
    }
    let intro = pick(
      "Alleen long-stay-arbeidsmigranten en kennismigranten vormen hier een eigen huishouden; short- en mid-stay-werknemers wonen zonder gezin. Gezinsleden komen geleidelijk over (gezinshereniging), daarom groeien de aantallen na de start. Aantallen op een gemiddelde dag, voor alle nieuwkomers samen, waar ze ook wonen.",
      "Only long-stay labour migrants and knowledge migrants form a household of their own here; short- and mid-stay workers live without family. Family members arrive gradually (family reunification), so the numbers grow after the start. Numbers on an average day, for all newcomers wherever they live."
    )
    let table = yearTable([
      ("households.longStaySingles", cell { count($0.longStaySingles) }),
      ("households.couples", cell { count($0.couples) }),
      ("households.familiesWithChildren", cell { count($0.familiesWithChildren) }),
      ("households.familyMembers", cell { count($0.familyMembers) }),
      ("households.children0to3", cell { count($0.children.age0to3) }),
      ("households.children4to11", cell { count($0.children.age4to11) }),
      ("households.children12to17", cell { count($0.children.age12to17) }),
      ("households.reunification", cell { percent($0.reunification) }),
      ("households.domesticHouseholds", cell { count($0.domesticHouseholds) }),
    ])
    return section(.households, [.paragraph(intro), .table(table)])
  }

  // MARK: Housing

  var housingSection: Section {
    let a = assessment
    let years = a.housing.years
    func cell(_ value: @escaping (HousingDemand.Year) -> String) -> (Int) -> String {
      { index in at(years, index).map(value) ?? NumberFormat.notANumber }
    }
    let residence = a.migration.residence
    let e = a.establishment
    let intro = pick(
      "Behoefte op het piekmoment voor de nieuwkomers die in de provincie wonen: \(percent(residence.host)) in \(municipality) en \(percent(residence.restOfRegion)) elders in de provincie; \(percent(residence.outsideProvince)) woont buiten de provincie (ook over de grens) en telt hier niet mee. Short-stay en bouwvakkers: bedden; mid-stay: kamers; long-stay: woningen, inclusief huishoudens die uit de rest van Nederland verhuizen. Vloeroppervlak, slaapkamers en sanitair volgen de norm \(strings.norm(a.housing.norm)). Beschikbaar: \(count(e.employerHousing?.beds ?? 0)) bedden van de werkgever en \(count(e.freeLegalBeds ?? 0)) beschikbare vergunde bedden.",
      "Need at the peak for the newcomers who live in the province: \(percent(residence.host)) in \(municipality) and \(percent(residence.restOfRegion)) elsewhere in the province; \(percent(residence.outsideProvince)) live outside the province (across the border included) and are not counted here. Short stay and construction workers: beds; mid stay: rooms; long stay: dwellings, including households moving from the rest of the Netherlands. Floor area, bedrooms and sanitary units follow the norm \(strings.norm(a.housing.norm)). Available: \(count(e.employerHousing?.beds ?? 0)) employer beds and \(count(e.freeLegalBeds ?? 0)) free legal beds."
    )
    let supplyKnown = a.housing.temporarySupplyKnown
    let unknownWord = pick("onbekend", "unknown")
    let regionTable = yearTable([
      ("housing.shortStayBeds", cell { count($0.peak.shortStayBeds) }),
      ("housing.midStayRooms", cell { count($0.peak.midStayRooms) }),
      ("housing.longStayDwellings", cell { count($0.peak.longStayDwellings) }),
      ("housing.floorArea", cell { number($0.peak.floorArea, .squareMetres) }),
      ("housing.bedrooms", cell { normQuantity($0.peak.bedrooms) }),
      ("housing.toilets", cell { normQuantity($0.peak.toilets) }),
      ("housing.showers", cell { normQuantity($0.peak.showers) }),
      ("housing.supplyBeds", cell { supplyKnown ? count($0.peak.supplyBeds) : unknownWord }),
      (
        "housing.shortfallBeds",
        cell { supplyKnown ? count($0.peak.shortfallBeds) : unknownWord }
      ),
      ("housing.temporaryBedsAverage", cell { count($0.average.temporaryBeds) }),
    ])
    var hostRows: [(IndicatorID, (Int) -> String)] = [
      ("housing.shortStayBeds", cell { count($0.hostPeak.shortStayBeds) }),
      ("housing.midStayRooms", cell { count($0.hostPeak.midStayRooms) }),
      ("housing.longStayDwellings", cell { count($0.hostPeak.longStayDwellings) }),
    ]
    var blocks: [Block] =
      [.paragraph(intro)] + residenceSplitBlocks + residenceMapBlocks + [
        .table(regionTable), .chart(annotated(housingChart)), .chart(annotated(shortfallChart)),
      ]
    if let peak = at(years, full)?.peak {
      blocks.append(
        .paragraph(pick("In \(fullYear): ", "In \(fullYear): ") + shortfallSentence(peak)))
    }
    blocks.append(.subheading(pick("Het deel van \(municipality)", "The share of \(municipality)")))
    let pressureText: String
    if let dwellings = a.region.dwellings, dwellings > 0 {
      hostRows.append(
        ("housing.hostHousingPressure", cell { $0.hostHousingPressure.map(percent) ?? "–" }))
      let pressure = at(years, full)?.hostHousingPressure.map(percent) ?? NumberFormat.notANumber
      pressureText = pick(
        "De long-stay-woningen in \(municipality) zijn in \(fullYear) \(pressure) van de woningvoorraad van \(count(dwellings)) woningen.",
        "The long-stay dwellings in \(municipality) are \(pressure) of its stock of \(count(dwellings)) dwellings in \(fullYear)."
      )
    } else {
      pressureText = pick(
        "Woningvoorraad onbekend: de woningdruk in \(municipality) kan niet worden berekend. Geef het aantal woningen op (CBS StatLine) om dit te zien.",
        "Dwelling stock unknown: the housing pressure in \(municipality) cannot be computed. Give the number of dwellings (CBS StatLine) to see it."
      )
    }
    blocks.append(
      .paragraph(
        pick(
          "Nieuwkomers die in \(municipality) zelf wonen, op het piekmoment. Werkgevershuisvesting en beschikbare bedden zijn niet per gemeente verdeeld.",
          "Newcomers living in \(municipality) itself, at the peak. Employer housing and free beds are not split by municipality."
        ) + " " + pressureText))
    blocks.append(.table(yearTable(hostRows)))
    blocks.append(
      .subheading(
        pick("Toets van de werkgevershuisvesting aan de norm", "Employer housing against the norm"))
    )
    blocks += normCheckBlocks + provincialNormBlocks
    return section(.housing, blocks)
  }

  /// The employer-housing norm check, criterion by criterion.
  var normCheckBlocks: [Block] {
    guard let check = assessment.housing.employerHousingCheck else {
      return [
        .paragraph(
          pick(
            "Het bedrijf heeft geen eigen huisvesting opgegeven; er is niets te toetsen.",
            "The company has stated no housing of its own; there is nothing to check."))
      ]
    }
    let verdict: String
    switch check.compliant {
    case true?:
      verdict = pick("Alle criteria worden gehaald.", "Every criterion is met.")
    case false?:
      verdict = pick(
        "Ten minste één criterium wordt niet gehaald.", "At least one criterion is not met.")
    case nil:
      verdict = pick(
        "Niet alle criteria zijn te beoordelen: vraag de ontbrekende gegevens op.",
        "Not every criterion can be judged: ask for the missing figures.")
    }
    let intro =
      pick(
        "\(count(check.beds)) bedden getoetst aan \(strings.norm(check.norm)). \(verdict)",
        "\(count(check.beds)) beds checked against \(strings.norm(check.norm)). \(verdict)")
      + (employerBedsAtNormSentence.map { " " + $0 } ?? "")
    let rows = check.results.map { result in
      let unit: Unit =
        result.criterion == .floorAreaPerPerson
        ? .per(.squareMetres, .persons) : .per(.persons, .count)
      return Row(
        cells: [
          strings.criterion(result.criterion),
          result.actual.map { format.format($0, unit: unit) }
            ?? pick("niet opgegeven", "not given"),
          format.format(result.required, unit: unit),
          strings.verdict(result.compliant),
        ],
        note: nil)
    }
    let table = Table(
      columns: [
        Column(title: pick("Criterium", "Criterion"), alignment: .left),
        Column(title: pick("Aanwezig", "Offered"), alignment: .right),
        Column(title: pick("Norm", "Norm"), alignment: .right),
        Column(title: pick("Oordeel", "Verdict"), alignment: .left),
      ],
      rows: rows, noteTitle: nil)
    return [.paragraph(intro), .table(table)]
  }

  // MARK: Facilities

  var facilitiesSection: Section {
    let years = assessment.facilities.years
    func cell(_ value: @escaping (FacilityLoad.Year) -> String) -> (Int) -> String {
      { index in at(years, index).map(value) ?? NumberFormat.notANumber }
    }
    let intro = pick(
      "Extra vraag in \(municipality) door de nieuwkomers die er wonen: arbeids-, kennis- en bouwmigranten met hun gezinsleden. ‘Druk’ is de extra vraag gedeeld door de bestaande capaciteit van de gemeente bij landelijke gemiddelden per inwoner. Inschrijvingen en controles zijn aantallen per jaar.",
      "Additional demand in \(municipality) from the newcomers who live there: labour, knowledge and construction migrants with their family members. ‘Pressure’ is the additional demand divided by the municipality's existing capacity at national averages per inhabitant. Registrations and inspections are numbers per year."
    )
    let table = yearTable([
      ("facilities.residentsHost", cell { count($0.residentsHost) }),
      ("facilities.migrantsPer1000", cell { format.format($0.migrantsPer1000, .decimals(1)) }),
      ("facilities.gpFTE", cell { fte($0.gpFTE) }),
      ("facilities.gpPressure", cell { percent($0.gpPressure) }),
      ("facilities.primaryPlaces", cell { count($0.primaryPlaces) }),
      ("facilities.primaryPressure", cell { percent($0.primaryPressure) }),
      ("facilities.secondaryPlaces", cell { count($0.secondaryPlaces) }),
      ("facilities.newcomerPlaces", cell { count($0.newcomerPlaces) }),
      ("facilities.childcarePlaces", cell { count($0.childcarePlaces) }),
      ("facilities.preschoolPlaces", cell { count($0.preschoolPlaces) }),
      ("facilities.brpRegistrations", cell { count($0.brpRegistrations) }),
      ("facilities.rniRegistrations", cell { count($0.rniRegistrations) }),
      ("facilities.brpDeregistrations", cell { count($0.brpDeregistrations) }),
      ("facilities.expectedUnregistered", cell { count($0.expectedUnregistered) }),
      ("facilities.shortStayLocations", cell { count($0.shortStayLocations) }),
      ("facilities.inspections", cell { count($0.inspections) }),
      ("facilities.wijkagentFTE", cell { fte($0.wijkagentFTE) }),
      ("facilities.wasteTonnes", cell { number($0.wasteTonnes, .tonnes) }),
    ])
    return section(
      .facilities,
      [
        .paragraph(intro), .table(table), .chart(annotated(facilityChart)),
        .chart(annotated(registrationChart)),
      ] + riskFlagBlocks)
  }
}
