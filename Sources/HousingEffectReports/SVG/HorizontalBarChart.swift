/// Draws a ``ReportDocument/Chart`` of many categories (more than
/// ``HorizontalBarChart/threshold``) as horizontal grouped bars, sorted by the first series,
/// largest on top, so that every label can be read (issue 21, item 4): one row per category
/// with its label on the left, the value axis with round ticks and its title at the bottom.
struct HorizontalBarChart {
  /// More categories than this are drawn horizontally.
  static let threshold = 8
  static let rowHeight = 16.0
  static let maximumLabelWidth = 260.0

  let chart: ReportDocument.Chart
  let format: NumberFormat
  let id: String
  var width = 720.0

  /// Whether `chart` is drawn horizontally: more than ``threshold`` categories that are not a
  /// timeline of years (years keep their order left to right).
  static func fits(_ chart: ReportDocument.Chart) -> Bool {
    chart.categories.count > threshold && !chart.categories.allSatisfy { Int($0) != nil }
  }

  init(_ chart: ReportDocument.Chart, format: NumberFormat, id: String) {
    self.chart = chart
    self.format = format
    self.id = id
  }

  /// The category positions, largest first by the first series; ties keep the input order.
  var order: [Int] {
    let first = chart.series.first?.values ?? []
    func value(_ index: Int) -> Double {
      index < first.count && first[index].isFinite ? first[index] : -.infinity
    }
    return chart.categories.indices.sorted { a, b in
      value(a) != value(b) ? value(a) > value(b) : a < b
    }
  }

  var svg: String {
    let scale = ChartScale(values: chart.series.flatMap(\.values))
    let ticks = scale.ticks
    let whole = scale.step >= 1
    let labels = ticks.map { whole ? format.format($0, .count) : format.format($0, .upTo(2)) }
    let longest = Double(chart.categories.map(\.count).max() ?? 0) * BarChart.characterWidth
    let labelWidth = min(HorizontalBarChart.maximumLabelWidth, longest + 12)
    let legendTop = 8.0
    let top = legendTop + 24
    let rows = order
    let plotLeft = labelWidth
    let plotRight = width - 16
    let bottom = top + Double(rows.count) * HorizontalBarChart.rowHeight
    let height = bottom + 44
    func x(_ value: Double) -> Double {
      plotLeft + scale.fraction(value) * (plotRight - plotLeft)
    }
    var writer = SVGWriter()
    writer.startChart(
      width: width, height: height, id: id, title: chart.title, description: chart.description)
    var legendX = 8.0
    for (index, series) in chart.series.enumerated() {
      writer.element(
        "rect",
        [
          "x": .number(legendX), "y": .number(legendTop), "width": .number(BarChart.swatch),
          "height": .number(BarChart.swatch),
          "fill": .text(BarChart.palette[index % BarChart.palette.count]),
        ])
      writer.element(
        "text",
        [
          "x": .number(legendX + BarChart.swatch + 5), "y": .number(legendTop + 10), "fill": "#222",
        ],
        text: series.name)
      legendX += BarChart.swatch + 20 + Double(series.name.count) * BarChart.characterWidth
    }
    for (tick, label) in zip(ticks, labels) {
      writer.element(
        "line",
        [
          "x1": .number(x(tick)), "x2": .number(x(tick)), "y1": .number(top),
          "y2": .number(bottom), "stroke": "#ddd", "stroke-width": 1,
        ])
      writer.element(
        "text",
        [
          "x": .number(x(tick)), "y": .number(bottom + 14), "fill": "#444",
          "text-anchor": "middle",
        ], text: label)
    }
    writer.element(
      "text",
      [
        "x": .number((plotLeft + plotRight) / 2), "y": .number(bottom + 32), "fill": "#222",
        "text-anchor": "middle",
      ], text: chart.valueAxisTitle)
    let seriesCount = Double(max(chart.series.count, 1))
    let slot = HorizontalBarChart.rowHeight * 0.8 / seriesCount
    for (row, category) in rows.enumerated() {
      let y = top + Double(row) * HorizontalBarChart.rowHeight
      let name = chart.categories[category]
      let limit = Int(labelWidth / BarChart.characterWidth) - 1
      writer.element(
        "text",
        [
          "x": .number(plotLeft - 6), "y": .number(y + HorizontalBarChart.rowHeight * 0.7),
          "fill": "#222", "text-anchor": "end",
        ], text: name.count <= limit ? name : String(name.prefix(limit - 1)) + "…")
      for (index, series) in chart.series.enumerated() {
        guard category < series.values.count, series.values[category].isFinite else { continue }
        let value = series.values[category]
        let (from, to) = (min(x(0), x(value)), max(x(0), x(value)))
        writer.start(
          "rect",
          [
            "x": .number(from),
            "y": .number(y + HorizontalBarChart.rowHeight * 0.1 + Double(index) * slot),
            "width": .number(max(0.5, to - from)), "height": .number(max(1, slot - 1)),
            "fill": .text(BarChart.palette[index % BarChart.palette.count]),
          ])
        let label = category < series.labels.count ? series.labels[category] : ""
        writer.element("title", text: name + " — " + series.name + ": " + label)
        writer.end()
      }
    }
    writer.element(
      "line",
      [
        "x1": .number(x(0)), "x2": .number(x(0)), "y1": .number(top), "y2": .number(bottom),
        "stroke": "#333", "stroke-width": 1,
      ])
    writer.end()
    return writer.markup
  }
}
