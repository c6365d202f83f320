/// Draws a tornado ``ReportDocument/Chart`` (style `.tornado`) as an SVG: one horizontal bar per
/// parameter, from the indicator at the parameter's low end to the indicator at its high end,
/// around a vertical line at the result with every parameter at its value.
///
/// Series 0 holds the results at the low ends, series 1 at the high ends; categories are the
/// parameter names, largest swing first. The low end's colour and the high end's colour come
/// from the Okabe–Ito palette, and each bar carries a `<title>` with both values.
struct TornadoChart {
  let chart: ReportDocument.Chart
  let format: NumberFormat
  let id: String
  var width = 720.0
  static let rowHeight = 22.0
  static let labelWidth = 300.0

  init(_ chart: ReportDocument.Chart, format: NumberFormat, id: String) {
    self.chart = chart
    self.format = format
    self.id = id
  }

  var svg: String {
    let lows = chart.series.first?.values ?? []
    let highs = chart.series.dropFirst().first?.values ?? []
    let reference = chart.reference ?? 0
    let values = (lows + highs + [reference]).filter(\.isFinite)
    let minimum = values.min() ?? 0
    let maximum = values.max() ?? 1
    let span = maximum > minimum ? maximum - minimum : 1
    let top = 40.0
    let height = top + Double(chart.categories.count) * TornadoChart.rowHeight + 30
    let plotLeft = TornadoChart.labelWidth
    let plotRight = width - 16
    func x(_ value: Double) -> Double {
      plotLeft + (value - minimum) / span * (plotRight - plotLeft)
    }

    var writer = SVGWriter()
    writer.startChart(
      width: width, height: height, id: id, title: chart.title, description: chart.description)

    // Legend: the colour of the low and the high end.
    var legendX = 8.0
    for (index, series) in chart.series.prefix(2).enumerated() {
      writer.element(
        "rect",
        [
          "x": .number(legendX), "y": .number(8), "width": .number(BarChart.swatch),
          "height": .number(BarChart.swatch), "fill": .text(BarChart.palette[index]),
        ])
      writer.element(
        "text", ["x": .number(legendX + BarChart.swatch + 5), "y": .number(18), "fill": "#222"],
        text: series.name)
      legendX += BarChart.swatch + 20 + Double(series.name.count) * BarChart.characterWidth
    }

    for (row, category) in chart.categories.enumerated() {
      let y = top + Double(row) * TornadoChart.rowHeight
      writer.element(
        "text",
        [
          "x": .number(plotLeft - 8), "y": .number(y + TornadoChart.rowHeight * 0.65),
          "fill": "#222", "text-anchor": "end",
        ], text: TornadoChart.clipped(category))
      for (index, values) in [lows, highs].enumerated() {
        guard row < values.count, values[row].isFinite else { continue }
        let end = values[row]
        let (from, to) = (min(x(end), x(reference)), max(x(end), x(reference)))
        let label = row < chart.series[index].labels.count ? chart.series[index].labels[row] : ""
        writer.start(
          "rect",
          [
            "x": .number(from), "y": .number(y + 3), "width": .number(max(1, to - from)),
            "height": .number(TornadoChart.rowHeight - 6),
            "fill": .text(BarChart.palette[index]),
          ])
        writer.element("title", text: category + " — " + chart.series[index].name + ": " + label)
        writer.end()
      }
    }
    let bottom = top + Double(chart.categories.count) * TornadoChart.rowHeight
    writer.element(
      "line",
      [
        "x1": .number(x(reference)), "x2": .number(x(reference)), "y1": .number(top - 4),
        "y2": .number(bottom + 4), "stroke": "#333", "stroke-width": 1,
      ])
    for value in [minimum, reference, maximum] {
      writer.element(
        "text",
        [
          "x": .number(x(value)), "y": .number(bottom + 20), "fill": "#444",
          "text-anchor": "middle",
        ], text: format.format(value, .upTo(1)))
    }
    writer.end()
    return writer.markup
  }

  /// A label short enough for the label column.
  static func clipped(_ text: String) -> String {
    let limit = Int(labelWidth / BarChart.characterWidth) - 2
    return text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }
}
