import HousingEffect

// The key-figure box that opens a batch (issue 21, item 1): the establishments, their jobs and
// labour migrants, the need and the shortfall added up, and the municipalities as traffic
// lights: those past a scorecard threshold by name, the others counted.
extension BatchReport {
  var keyFigureSection: (title: String, blocks: [Block]) {
    let totals = result.municipalities
    func sum(_ value: (BatchResult.Total) -> Double) -> Double { totals.map(value).reduce(0, +) }
    let column = { (title: String, alignment: ReportDocument.Alignment) in
      ReportDocument.Column(title: title, alignment: alignment)
    }
    let rows: [(String, String)] = [
      (pick("Vestigingen", "Establishments"), count(Double(result.rows.count))),
      (pick("Banen (fte)", "Jobs (FTE)"), count(sum(\.jobsFTE))),
      (pick("Arbeidsmigranten", "Labour migrants"), count(sum(\.labourMigrants))),
      (
        pick("Tijdelijke bedden nodig (piek)", "Temporary beds needed (peak)"),
        count(sum(\.temporaryBeds))
      ),
      (
        pick("Long-stay-woningen nodig", "Long-stay dwellings needed"),
        count(sum(\.longStayDwellings))
      ),
      (
        pick(
          "Tekort tijdelijke bedden (regio's, na beschikbare bedden)",
          "Temporary-bed shortfall (regions, after vacant beds)"),
        count(result.balance.regionShortfalls)
      ),
    ]
    let table = ReportDocument.Table(
      columns: [
        column(pick("Kerncijfer", "Key figure"), .left), column(pick("Totaal", "Total"), .right),
      ],
      rows: rows.map { ReportDocument.Row(cells: [$0.0, $0.1], note: nil) }, noteTitle: nil)
    let past = totals.filter { !$0.crossed.isEmpty }
    let calm = totals.count - past.count
    var lights: [ReportDocument.KeyValue] = []
    // Per threshold the municipalities past it, ten by name at most.
    let thresholds = [
      "migrantsPer1000.high", "migrantsPer1000", "housingPressure", "facilityPressure",
    ]
    for threshold in thresholds {
      let names = past.filter { $0.crossed.contains(threshold) }.map(\.name)
      guard !names.isEmpty else { continue }
      let shown = names.prefix(10).joined(separator: ", ")
      let more =
        names.count > 10
        ? pick(" en \(names.count - 10) andere", " and \(names.count - 10) more") : ""
      lights.append(
        .init(
          key: "▼ " + crossed([threshold]),
          value: "\(names.count): " + shown + more))
    }
    lights.append(
      .init(
        key: "● " + pick("geen drempel", "no threshold"),
        value: pick(
          "\(calm) \(calm == 1 ? "gemeente" : "gemeenten")",
          "\(calm) \(calm == 1 ? "municipality" : "municipalities")")))
    return (
      pick("Samenvatting", "Summary"),
      [
        .subheading(pick("Kerncijfers", "Key figures")), .table(table), .keyValues(lights),
        .paragraph(
          pick(
            "Totalen van de berekeningen met de standaardwaarden, elke vestiging in haar eigen piekjaar; de drempels zijn die van de brede-welvaartsscorekaart. Een totaal is opgeteld vóór afronding en kan daardoor enkele eenheden afwijken van de som van de afgeronde cijfers per vestiging of per gemeente verderop.",
            "Totals of the calculations with the default values, each establishment in its own peak year; the thresholds are those of the broad-welfare scorecard. A total is added before rounding, so it can differ by a few units from the sum of the rounded figures per establishment or per municipality below."
          )),
      ]
    )
  }
}
