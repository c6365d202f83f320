import HousingEffect

// The comparison opens with its findings (issue 21, item 1): per alternative what it does to
// the labour migration, the temporary shortfall, the long-stay need and the wage sum, then the
// scorecards side by side as traffic lights (symbol and word).
extension ComparisonReportBuilder {
  /// The indicators a finding names, in this order, when the comparison has them.
  static let findingIndicators: [IndicatorID] = [
    "migration.labourMigrants", "housing.shortfallBeds", "housing.longStayDwellings",
    "welfare.wageSum",
  ]

  /// The first section: findings and traffic lights for the headline year (full operation,
  /// or the chosen year).
  var findingsSection: (title: String, blocks: [Block])? {
    guard let year = comparison.chosen ?? comparison.fullOperation ?? comparison.years.first
    else { return nil }
    var points: [String] = []
    let rows = ComparisonReportBuilder.findingIndicators.compactMap { id in
      year.rows.first { $0.id == id }
    }
    for (index, key) in keys.enumerated() {
      let changes = rows.compactMap { row -> String? in
        guard index < row.cells.count else { return nil }
        let cell = row.cells[index]
        let before = number(cell.baseline, row.unit)
        let after = number(cell.alternative, row.unit)
        guard before != after else { return nil }
        let share = cell.deltaShare.map { " (\(relative($0)))" } ?? ""
        return "\(strings.label(row.id).lowercasedFirst) \(before) → \(after)\(share)"
      }
      let title = strings.alternativeTitle(alternatives[index].alternative)
      points.append(
        "\(key). ‘\(title)’: "
          + (changes.isEmpty
            ? pick("verandert de kerncijfers niet.", "leaves the key figures unchanged.")
            : changes.joined(separator: "; ") + "."))
    }
    if let shortfall = year.rows.first(where: { $0.id == "housing.shortfallBeds" }),
      number(shortfall.baseline, shortfall.unit) != "0"
    {
      let removed = keys.indices.filter {
        $0 < shortfall.cells.count && number(shortfall.cells[$0].alternative, shortfall.unit) == "0"
      }.map { keys[$0] }
      points.append(
        removed.isEmpty
          ? pick(
            "Geen alternatief neemt het tekort aan tijdelijke bedden helemaal weg.",
            "No alternative removes the temporary-bed shortfall entirely.")
          : pick(
            "Zonder tekort aan tijdelijke bedden: \(removed.joined(separator: ", ")).",
            "Without a temporary-bed shortfall: \(removed.joined(separator: ", ")).")
      )
    }
    var blocks: [Block] = [
      .paragraph(
        pick(
          "In \(year.year), van de basis naar elk alternatief (tussen haakjes: het verschil in procenten van de basis):",
          "In \(year.year), from the baseline to each alternative (in brackets: the difference as a share of the baseline):"
        )),
      .bullets(points),
      .subheading(pick("Kerncijfers", "Key figures")),
      .keyValues(trafficLights(year)),
    ]
    blocks.insert(.subheading(pick("Bevindingen", "Findings")), at: 0)
    return (pick("Samenvatting", "Summary"), blocks)
  }

  /// Per run (baseline, A, B, …) its scorecard as traffic lights: each rating it has, worst
  /// first, with its symbol, word and number of indicators.
  func trafficLights(_ year: Comparison.Year) -> [KeyValue] {
    let order: [Welfare.Rating] = [.negative, .attention, .neutral, .positive, .unknown]
    func line(_ ratings: [Welfare.Rating]) -> String {
      order.compactMap { rating in
        let n = ratings.filter { $0 == rating }.count
        return n == 0 ? nil : "\(ReportBuilder.ratingSymbol(rating)) \(n) \(strings.rating(rating))"
      }.joined(separator: " · ")
    }
    var pairs = [KeyValue(key: baselineWord, value: line(year.welfare.map(\.baseline.rating)))]
    for (index, key) in keys.enumerated() {
      pairs.append(
        KeyValue(
          key: key,
          value: line(
            year.welfare.compactMap {
              index < $0.alternatives.count ? $0.alternatives[index].rating : nil
            })))
    }
    return pairs
  }
}
