/// Draws a ``ReportDocument/Chart`` over years: a fan chart (each series a line inside its
/// shaded P10–P90 band) or stacked areas (each series on top of the ones before it).
///
/// The layout follows ``BarChart``: legend, value-axis title, plot with grid lines at round
/// values, year labels below (every fifth year and the first and last, so they never crowd).
/// Colours are the same Okabe–Ito palette; bands are the series colour at low opacity.
struct AreaChart {
  let chart: ReportDocument.Chart
  let format: NumberFormat
  let id: String
  var width = 720.0
  var height = 300.0

  init(_ chart: ReportDocument.Chart, format: NumberFormat, id: String) {
    self.chart = chart
    self.format = format
    self.id = id
  }

  var stacked: Bool { chart.style == .stackedArea }

  /// The top of each series at each category: cumulative when stacked.
  var tops: [[Double]] {
    guard stacked else { return chart.series.map(\.values) }
    var running = [Double](repeating: 0, count: chart.categories.count)
    return chart.series.map { series in
      for index in running.indices where index < series.values.count {
        let value = series.values[index]
        running[index] += value.isFinite ? max(0, value) : 0
      }
      return running
    }
  }

  var svg: String {
    let tops = self.tops
    let bandTops = stacked ? [] : chart.series.flatMap { ($0.bands ?? []).compactMap { $0?.p90 } }
    let scale = ChartScale(values: tops.flatMap { $0 } + bandTops)
    let ticks = scale.ticks
    let tickLabels = ticks.map { format.format($0, .upTo(2)) }
    let widestTick = tickLabels.map { Double($0.count) * BarChart.characterWidth }.max() ?? 0
    let bars = BarChart(chart, format: format, id: id)
    let legend = bars.legendLayout(left: BarChart.margin)
    let legendBottom = BarChart.margin + Double(legend.rows) * BarChart.legendRowHeight
    let axisTitleBaseline = legendBottom + 16
    let plotTop = axisTitleBaseline + 14
    let plotBottom = height - 28
    let plotLeft = max(40, BarChart.margin + widestTick + 8)
    let plotRight = width - BarChart.margin
    let count = chart.categories.count
    func x(_ index: Int) -> Double {
      count > 1
        ? plotLeft + Double(index) / Double(count - 1) * (plotRight - plotLeft)
        : (plotLeft + plotRight) / 2
    }
    func y(_ value: Double) -> Double {
      plotBottom - scale.fraction(value.isFinite ? value : 0) * (plotBottom - plotTop)
    }
    func points(_ list: [(Int, Double)]) -> String {
      list.map { NumberFormat.svg(x($0.0)) + "," + NumberFormat.svg(y($0.1)) }
        .joined(separator: " ")
    }

    var writer = SVGWriter()
    writer.startChart(
      width: width, height: height, id: id, title: chart.title, description: chart.description)
    writer.start("g", ["class": "legend"])
    for item in legend.items {
      writer.element(
        "rect",
        [
          "x": .number(item.x), "y": .number(item.y - BarChart.swatch + 1),
          "width": .number(BarChart.swatch), "height": .number(BarChart.swatch),
          "fill": .text(bars.color(item.series)),
        ])
      writer.element(
        "text", ["x": .number(item.x + BarChart.swatch + 5), "y": .number(item.y), "fill": "#222"],
        text: chart.series[item.series].name)
    }
    writer.end()
    writer.valueAxis(
      title: chart.valueAxisTitle, titleBaseline: axisTitleBaseline, ticks: ticks,
      labels: tickLabels, step: scale.step, left: plotLeft, right: plotRight, y: y)

    let indices = Array(0..<count)
    for (seriesIndex, series) in chart.series.enumerated() {
      let color = bars.color(seriesIndex)
      writer.start("g", ["class": "series"])
      if stacked {
        let below = seriesIndex > 0 ? tops[seriesIndex - 1] : [Double](repeating: 0, count: count)
        let outline =
          indices.map { ($0, tops[seriesIndex][$0]) } + indices.reversed().map { ($0, below[$0]) }
        writer.start(
          "polygon",
          ["points": .text(points(outline)), "fill": .text(color), "fill-opacity": "0.8"])
        writer.element("title", text: series.name)
        writer.end()
      } else {
        if let bands = series.bands, bands.count == count, bands.allSatisfy({ $0 != nil }) {
          let band = bands.compactMap { $0 }
          let outline =
            indices.map { ($0, band[$0].p90) } + indices.reversed().map { ($0, band[$0].p10) }
          writer.element(
            "polygon",
            ["points": .text(points(outline)), "fill": .text(color), "fill-opacity": "0.2"])
        }
        writer.element(
          "polyline",
          [
            "points": .text(points(indices.map { ($0, series.values[$0]) })), "fill": "none",
            "stroke": .text(color), "stroke-width": 2,
          ])
        // The P50 of the draws as a dashed line inside the band, so that a central value near
        // the band's edge does not read as a bound (issue 21, item 4).
        if let bands = series.bands, bands.count == count, bands.allSatisfy({ $0 != nil }) {
          let band = bands.compactMap { $0 }
          writer.start(
            "polyline",
            [
              "points": .text(points(indices.map { ($0, band[$0].p50) })), "fill": "none",
              "stroke": "#222", "stroke-width": .number(1.2), "stroke-dasharray": "5 3",
            ])
          writer.element("title", text: series.name + " — P50")
          writer.end()
        }
      }
      // Points with the value as the tables print it, for the tooltip.
      for index in indices where index < series.labels.count {
        writer.start(
          "circle",
          [
            "cx": .number(x(index)), "cy": .number(y(tops[seriesIndex][index])), "r": 2,
            "fill": .text(color),
          ])
        writer.element(
          "title", text: chart.categories[index] + " — " + series.name + ": " + series.labels[index]
        )
        writer.end()
      }
      writer.end()
    }
    writer.element(
      "line",
      [
        "x1": .number(plotLeft), "x2": .number(plotRight), "y1": .number(y(0)),
        "y2": .number(y(0)), "stroke": "#333", "stroke-width": 1,
      ])
    writer.start("g", ["class": "categories", "fill": "#222", "text-anchor": "middle"])
    for index in indices
    where index == 0 || index == count - 1 || (Int(chart.categories[index]) ?? 1) % 5 == 0 {
      // The first and last labels align to the plot's edges so that they stay inside.
      let anchor: SVGWriter.Value =
        count > 1 && index == count - 1 ? "end" : (count > 1 && index == 0 ? "start" : "middle")
      writer.element(
        "text", ["x": .number(x(index)), "y": .number(plotBottom + 18), "text-anchor": anchor],
        text: chart.categories[index])
    }
    writer.end()
    return writer.markup
  }
}
