import HousingEffect

// The charts of the effect report; HTML draws them after the table with the same numbers.
extension ReportBuilder {
  typealias Chart = ReportDocument.Chart

  /// "2026–2033": the first and last year of the timeline.
  var timelineSpan: String {
    guard let first = assessment.years.first, let last = assessment.years.last else { return "" }
    return first == last ? year(first) : "\(year(first))–\(year(last))"
  }

  /// What the whiskers on the bars show, when the run drew ranges.
  var whiskerNote: String {
    guard ensemble != nil else { return "" }
    return " "
      + pick(
        "Met bandbreedtes tonen de staven de middelste uitkomst (P50) van de trekkingen en lopen de zwarte strepen van P10 tot P90; de tabel geeft de berekening met de standaardwaarden.",
        "With ranges, the bars show the middle outcome (P50) of the draws and the black whiskers run from P10 to P90; the table gives the calculation with the default values."
      )
  }

  /// One chart series per indicator, with a value and its formatted label for every year.
  func series(
    _ id: IndicatorID, _ value: (Int) -> Double?, _ label: (Double) -> String
  )
    -> Chart.Series
  {
    let bands = ensemble.map { ensemble in
      assessment.years.map { ensemble.ranges(year: $0)?[id] }
    }
    // The headline rule: with draws, a value shown beside its P10–P90 is their median.
    let values = assessment.years.indices.map { index in
      bands?[index]?.p50 ?? value(index) ?? .nan
    }
    return Chart.Series(
      name: strings.label(id), values: values,
      labels: values.map { $0.isFinite ? label($0) : NumberFormat.notANumber }, bands: bands)
  }

  /// Jobs (FTE) and construction workers per year: construction, ramp-up, full operation.
  var rampUpChart: Chart {
    let years = assessment.staffing.years
    return Chart(
      title: pick("Banen en bouwvakkers per jaar", "Jobs and construction workers per year"),
      description: pick(
        "Staafdiagram met per jaar (\(timelineSpan)) de banen in fte en het gemiddelde aantal bouwvakkers op de bouwplaats. De tabel hierboven geeft dezelfde getallen.",
        "Bar chart with, per year (\(timelineSpan)), the jobs in FTE and the average number of construction workers on site. The table above gives the same numbers."
      ) + whiskerNote,
      categories: assessment.years.map(year),
      series: [
        series("staffing.operationFTE", { at(years, $0)?.operationFTE }, fte),
        series("staffing.constructionWorkers", { at(years, $0)?.constructionWorkers }, count),
      ],
      valueAxisTitle: pick(
        "aantal (banen in fte, bouwvakkers in personen)",
        "number (jobs in FTE, construction workers in persons)"))
  }

  /// Short-stay beds, mid-stay rooms and long-stay dwellings at the peak, per year.
  var housingChart: Chart {
    let years = assessment.housing.years
    return Chart(
      title: pick(
        "Huisvestingsbehoefte op het piekmoment per jaar", "Housing need at the peak per year"),
      description: pick(
        "Gegroepeerd staafdiagram met per jaar (\(timelineSpan)) de short-stay-bedden, mid-stay-kamers en long-stay-woningen die op het piekmoment in de provincie nodig zijn. De tabel hierboven geeft dezelfde getallen.",
        "Grouped bar chart with, per year (\(timelineSpan)), the short-stay beds, mid-stay rooms and long-stay dwellings the province needs at the peak. The table above gives the same numbers."
      ) + whiskerNote,
      categories: assessment.years.map(year),
      series: [
        series("housing.shortStayBeds", { at(years, $0)?.peak.shortStayBeds }, count),
        series("housing.midStayRooms", { at(years, $0)?.peak.midStayRooms }, count),
        series("housing.longStayDwellings", { at(years, $0)?.peak.longStayDwellings }, count),
      ],
      valueAxisTitle: pick(
        "aantal (bedden, kamers, woningen)", "number (beds, rooms, dwellings)"))
  }
}

// The temporary beds: need against supply, and what is left short.
extension ReportBuilder {
  /// Temporary beds needed at the peak, the beds available and the shortfall, per year: the
  /// critical year stands out where the shortfall bar is highest.
  var shortfallChart: Chart {
    let known = assessment.housing.temporarySupplyKnown
    let years = assessment.housing.years
    let need = Chart.Series(
      name: pick("Tijdelijke bedden nodig (piek)", "Temporary beds needed (peak)"),
      values: assessment.years.indices.map { at(years, $0)?.peak.temporaryBeds ?? .nan },
      labels: assessment.years.indices.map {
        at(years, $0).map { count($0.peak.temporaryBeds) } ?? NumberFormat.notANumber
      })
    return Chart(
      title: pick(
        "Tijdelijke bedden: behoefte, aanbod en tekort per jaar",
        "Temporary beds: need, supply and shortfall per year"),
      description: pick(
        "Gegroepeerd staafdiagram met per jaar (\(timelineSpan)) de tijdelijke bedden die op het piekmoment nodig zijn (short-stay-bedden en mid-stay-personen), de beschikbare bedden (werkgever en beschikbare vergunde bedden) en het tekort. De tabel hierboven geeft dezelfde getallen.",
        "Grouped bar chart with, per year (\(timelineSpan)), the temporary beds needed at the peak (short-stay beds and mid-stay persons), the beds available (employer and free legal beds) and the shortfall. The table above gives the same numbers."
      ) + whiskerNote,
      categories: assessment.years.map(year),
      series: [
        need,
        series("housing.supplyBeds", { known ? at(years, $0)?.peak.supplyBeds : nil }, count),
        series(
          "housing.shortfallBeds", { known ? at(years, $0)?.peak.shortfallBeds : nil }, count),
      ],
      valueAxisTitle: pick("bedden", "beds"))
  }
}

// The load on facilities per year, by kind: places apart from registrations, so that a count
// of 200 registrations does not make 5 school places a sliver (issue 21, item 4).
extension ReportBuilder {
  /// School, newcomer-class and childcare places per year. FTE loads (GP, police) are in the
  /// table only: they are small fractions beside these counts.
  var facilityChart: Chart {
    let years = assessment.facilities.years
    return Chart(
      title: pick(
        "Plaatsen in onderwijs en kinderopvang per jaar", "Places in schools and childcare per year"
      ),
      description: pick(
        "Gegroepeerd staafdiagram met per jaar (\(timelineSpan)) de plaatsen in het basisonderwijs, het voortgezet onderwijs, het nieuwkomersonderwijs en de kinderopvang. De tabel hierboven geeft dezelfde getallen, ook de huisartsen en wijkagenten in fte.",
        "Grouped bar chart with, per year (\(timelineSpan)), the primary, secondary, newcomer-class and childcare places. The table above gives the same numbers, and the GPs and neighbourhood police in FTE."
      ) + whiskerNote,
      categories: assessment.years.map(year),
      series: [
        series("facilities.primaryPlaces", { at(years, $0)?.primaryPlaces }, count),
        series("facilities.secondaryPlaces", { at(years, $0)?.secondaryPlaces }, count),
        series("facilities.newcomerPlaces", { at(years, $0)?.newcomerPlaces }, count),
        series("facilities.childcarePlaces", { at(years, $0)?.childcarePlaces }, count),
      ],
      valueAxisTitle: pick("plaatsen", "places"))
  }

  /// BRP and RNI registrations per year.
  var registrationChart: Chart {
    let years = assessment.facilities.years
    return Chart(
      title: pick("Inschrijvingen in BRP en RNI per jaar", "BRP and RNI registrations per year"),
      description: pick(
        "Gegroepeerd staafdiagram met per jaar (\(timelineSpan)) de inschrijvingen in de BRP en de RNI. De tabel hierboven geeft dezelfde getallen.",
        "Grouped bar chart with, per year (\(timelineSpan)), the BRP and RNI registrations. The table above gives the same numbers."
      ) + whiskerNote,
      categories: assessment.years.map(year),
      series: [
        series("facilities.brpRegistrations", { at(years, $0)?.brpRegistrations }, count),
        series("facilities.rniRegistrations", { at(years, $0)?.rniRegistrations }, count),
      ],
      valueAxisTitle: pick("inschrijvingen", "registrations"))
  }
}

// Whiskers over a bar of 0: a visible note says what they mean (issue 21, item 4).
extension ReportBuilder {
  /// `chart` with a note under it when a bar shows 0 (P50) while its P10–P90 whisker reaches
  /// above it: in most draws the value is 0, in some it is not.
  func annotated(_ chart: Chart) -> Chart {
    var bare: [(year: String, series: String, p90: Double)] = []
    for series in chart.series {
      guard let bands = series.bands else { continue }
      for (index, band) in bands.enumerated() {
        guard let band, index < series.values.count, index < chart.categories.count else {
          continue
        }
        let value = series.values[index]
        if value.isFinite, value < 0.5, band.p90 >= 0.5 {
          bare.append((chart.categories[index], series.name, band.p90))
        }
      }
    }
    guard !bare.isEmpty else { return chart }
    let shown = bare.prefix(3).map {
      pick(
        "\($0.year), \($0.series.lowercasedFirst) (tot \(count($0.p90)))",
        "\($0.year), \($0.series.lowercasedFirst) (up to \(count($0.p90)))")
    }
    let more = bare.count > 3 ? pick(" en meer", " and more") : ""
    let construction = bare.contains { entry in
      assessment.years.firstIndex { year($0) == entry.year }.map {
        assessment.phase(of: assessment.years[$0]) == .construction
      } ?? false
    }
    var note = pick(
      "Een streep zonder staaf (\(list(Array(shown)))\(more)): de middelste uitkomst (P50) is 0, maar in een deel van de trekkingen niet; de streep loopt tot P90.",
      "A whisker without a bar (\(list(Array(shown)))\(more)): the middle outcome (P50) is 0, but in some of the draws it is not; the whisker runs up to P90."
    )
    if construction {
      note +=
        " "
        + pick(
          "In de bouwjaren komt dat door bouwvakkers die in een deel van de trekkingen langer dan 4 maanden blijven en dan mid-stay zijn.",
          "In the construction years this comes from construction workers who in some draws stay longer than 4 months and so become mid stay."
        )
    }
    var annotated = chart
    annotated.note = note
    return annotated
  }
}
