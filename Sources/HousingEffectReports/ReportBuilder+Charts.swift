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

// The load on facilities in places, per year.
extension ReportBuilder {
  /// School, newcomer-class and childcare places, and BRP and RNI registrations, per year: the
  /// facility loads that are counts of people. FTE loads (GP, police) are in the table only:
  /// they are small fractions beside these counts.
  var facilityChart: Chart {
    let years = assessment.facilities.years
    return Chart(
      title: pick("Belasting van voorzieningen per jaar", "Load on facilities per year"),
      description: pick(
        "Gegroepeerd staafdiagram met per jaar (\(timelineSpan)) de plaatsen in het basisonderwijs, het voortgezet onderwijs, het nieuwkomersonderwijs en de kinderopvang, en de inschrijvingen in de BRP en de RNI. De tabel hierboven geeft dezelfde getallen, ook de huisartsen en wijkagenten in fte.",
        "Grouped bar chart with, per year (\(timelineSpan)), the primary, secondary, newcomer-class and childcare places and the BRP and RNI registrations. The table above gives the same numbers, and the GPs and neighbourhood police in FTE."
      ) + whiskerNote,
      categories: assessment.years.map(year),
      series: [
        series("facilities.primaryPlaces", { at(years, $0)?.primaryPlaces }, count),
        series("facilities.secondaryPlaces", { at(years, $0)?.secondaryPlaces }, count),
        series("facilities.newcomerPlaces", { at(years, $0)?.newcomerPlaces }, count),
        series("facilities.childcarePlaces", { at(years, $0)?.childcarePlaces }, count),
        series("facilities.brpRegistrations", { at(years, $0)?.brpRegistrations }, count),
        series("facilities.rniRegistrations", { at(years, $0)?.rniRegistrations }, count),
      ],
      valueAxisTitle: pick("aantal (plaatsen, inschrijvingen)", "number (places, registrations)"))
  }
}
