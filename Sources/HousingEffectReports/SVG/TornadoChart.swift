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
  static let rowHeight = 22.0
  /// The narrowest and widest label column; between them it fits the longest label, so that
  /// labels are printed in full (issue 21, item 4).
  static let minimumLabelWidth = 160.0
  static let maximumLabelWidth = 430.0
  /// Width of the plot beside the labels.
  static let plotWidth = 420.0

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
    // Round ticks (1, 2, 2.5 or 5 times a power of ten) around the data; whole numbers when
    // the step is whole.
    let scale = TornadoChart.scale(values)
    let minimum = scale.lower
    let maximum = scale.upper
    let span = maximum > minimum ? maximum - minimum : 1
    let top = 40.0
    let height = top + Double(chart.categories.count) * TornadoChart.rowHeight + 48
    let labelWidth = TornadoChart.labelWidth(chart.categories)
    let width = labelWidth + TornadoChart.plotWidth
    let plotLeft = labelWidth
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
    let whole = scale.step >= 1
    for value in scale.ticks {
      writer.element(
        "line",
        [
          "x1": .number(x(value)), "x2": .number(x(value)), "y1": .number(bottom),
          "y2": .number(bottom + 4), "stroke": "#888", "stroke-width": 1,
        ])
      writer.element(
        "text",
        [
          "x": .number(x(value)), "y": .number(bottom + 16), "fill": "#444",
          "text-anchor": "middle",
        ], text: whole ? format.format(value, .count) : format.format(value, .upTo(2)))
    }
    writer.element(
      "text",
      [
        "x": .number((plotLeft + plotRight) / 2), "y": .number(bottom + 34), "fill": "#222",
        "text-anchor": "middle",
      ], text: chart.valueAxisTitle)
    writer.end()
    return writer.markup
  }

  /// The label column: wide enough for the longest label, within the bounds.
  static func labelWidth(_ labels: [String]) -> Double {
    let longest = Double(labels.map(\.count).max() ?? 0) * BarChart.characterWidth + 16
    return min(maximumLabelWidth, max(minimumLabelWidth, longest))
  }

  /// The axis: round ticks from below the smallest to above the largest value, about five
  /// intervals (``ChartScale``'s steps, without its zero).
  static func scale(
    _ values: [Double]
  ) -> (lower: Double, upper: Double, step: Double, ticks: [Double]) {
    let minimum = values.min() ?? 0
    let maximum = values.max() ?? 1
    let step = ChartScale.niceStep(max(maximum - minimum, 1e-9) / Double(ChartScale.targetTicks))
    guard step > 0, step.isFinite else { return (minimum, maximum + 1, 1, [minimum]) }
    let lower = (minimum / step).rounded(.down) * step
    var upper = (maximum / step).rounded(.up) * step
    if upper <= lower { upper = lower + step }
    let count = Int(((upper - lower) / step).rounded())
    return (lower, upper, step, (0...min(count, 50)).map { lower + Double($0) * step })
  }

  /// A label short enough for the widest label column.
  static func clipped(_ text: String) -> String {
    let limit = Int(maximumLabelWidth / BarChart.characterWidth) - 2
    return text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }
}
