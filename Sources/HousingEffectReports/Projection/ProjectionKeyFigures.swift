import HousingEffect

/// The key-figure box that opens a projection (issue 21, item 1): per area and growth path the
/// working labour migrants in 2030 and at the horizon, and the gaps in temporary beds and
/// long-stay dwellings at the horizon, each as the P50 of the draws beside P10–P90 (the
/// headline rule), or the central value without draws.
enum ProjectionKeyFigures {
  static func section(
    _ projection: Projection, language: Language, words: ProjectionStrings, numbers: NumberFormat
  ) -> (title: String, blocks: [ReportDocument.Block])? {
    guard !projection.areas.isEmpty else { return nil }
    let nl = language == .nl
    let horizon = projection.study.until
    func cell(
      _ result: Projection.AreaResult, _ path: Int, _ indicator: ProjectionIndicator, _ year: Int
    )
      -> String
    {
      let unit = indicator.unit
      guard let value = result.value(path: path, indicator, year: year) else {
        return NumberFormat.notANumber
      }
      guard let band = result.band(path: path, indicator, year: year) else {
        return numbers.format(value, unit: unit)
      }
      return numbers.format(band.p50, unit: unit) + " ("
        + numbers.format(band.p10, unit: unit) + "–" + numbers.format(band.p90, unit: unit) + ")"
    }
    var blocks: [ReportDocument.Block] = [
      .subheading(nl ? "Kerncijfers" : "Key figures")
    ]
    for result in projection.areas {
      let early = [2030].filter { result.years.contains($0) && $0 < horizon }
      let final = result.years.contains(horizon) ? horizon : (result.years.last ?? horizon)
      var columns: [ReportDocument.Column] = [
        .init(
          title: nl ? "Groeipad (\(result.area.name))" : "Growth path (\(result.area.name))",
          alignment: .left)
      ]
      columns += early.map { .init(title: words.indicator(.working) + " \($0)", alignment: .right) }
      columns += [
        .init(title: words.indicator(.working) + " \(final)", alignment: .right),
        .init(title: words.indicator(.temporaryGap) + " \(final)", alignment: .right),
        .init(title: words.indicator(.longStayGap) + " \(final)", alignment: .right),
      ]
      let rows = result.paths.indices.map { path in
        ReportDocument.Row(
          cells: [words.path(result.paths[path])]
            + early.map { cell(result, path, .working, $0) }
            + [
              cell(result, path, .working, final), cell(result, path, .temporaryGap, final),
              cell(result, path, .longStayGap, final),
            ], note: nil)
      }
      blocks.append(.table(ReportDocument.Table(columns: columns, rows: rows, noteTitle: nil)))
    }
    blocks.append(
      .paragraph(
        projection.options.map { $0.draws > 0 } == true
          ? (nl
            ? "Elk kerncijfer is de middelste uitkomst (P50) van de trekkingen, met P10–P90 tussen haakjes; de tabellen hieronder tonen de centrale schatting. Een projectie heeft geen scorekaart brede welvaart: die hoort bij een vestiging (assess)."
            : "Each key figure is the middle outcome (P50) of the draws, with P10–P90 in brackets; the tables below show the central estimate. A projection has no broad-welfare scorecard: that belongs to an establishment (assess).")
          : (nl
            ? "Centrale schattingen (--draws 0). Een projectie heeft geen scorekaart brede welvaart: die hoort bij een vestiging (assess)."
            : "Central estimates (--draws 0). A projection has no broad-welfare scorecard: that belongs to an establishment (assess).")
      ))
    return (nl ? "Samenvatting" : "Summary", blocks)
  }
}
