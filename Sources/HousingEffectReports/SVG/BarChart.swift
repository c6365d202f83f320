/// Draws a ``ReportDocument/Chart`` as an SVG grouped bar chart.
///
/// Layout, top to bottom: the legend (wrapping onto more rows when needed), the title of the
/// value axis, the plot with horizontal grid lines at round values, and the category labels.
/// Each bar carries a `<title>` with its category, series and value as the tables print it,
/// which browsers show on hover. The `<svg>` has a `<title>` and `<desc>` and `role="img"`, so
/// screen readers announce it as one image with a description.
///
/// Colours are the Okabe–Ito palette, which stays distinguishable with the common forms of
/// colour blindness. The output has no `xmlns`: it is meant to be inlined in HTML5, which
/// places `<svg>` in the SVG namespace by itself.
struct BarChart {
  /// Okabe–Ito colours, in the order series take them.
  static let palette = [
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000",
  ]

  let chart: ReportDocument.Chart
  /// Formats the tick labels in the report's language.
  let format: NumberFormat
  /// Prefix of the element ids; unique within the page.
  let id: String
  /// Size of the drawing [SVG user units, 1 unit = 1 CSS px at natural size].
  var width = 720.0
  var height = 300.0

  // Typography and spacing [SVG user units].
  static let fontSize = 12.0
  /// Rough advance of one character of the sans-serif font at ``fontSize``.
  static let characterWidth = 6.8
  static let legendRowHeight = 18.0
  static let swatch = 11.0
  static let margin = 8.0

  init(_ chart: ReportDocument.Chart, format: NumberFormat, id: String) {
    self.chart = chart
    self.format = format
    self.id = id
  }

  /// The chart as one `<svg>` element.
  var svg: String {
    let whiskerTops = chart.series.flatMap { ($0.bands ?? []).compactMap { $0?.p90 } }
    let scale = ChartScale(values: chart.series.flatMap(\.values) + whiskerTops)
    let ticks = scale.ticks
    let tickLabels = ticks.map { format.format($0, .upTo(2)) }
    let widestTick = tickLabels.map(textWidth).max() ?? 0

    let legend = legendLayout(left: BarChart.margin)
    let legendBottom = BarChart.margin + Double(legend.rows) * BarChart.legendRowHeight
    let axisTitleBaseline = legendBottom + 16
    let plotTop = axisTitleBaseline + 14
    let plotLeft = max(40, BarChart.margin + widestTick + 8)
    let plotRight = width - BarChart.margin
    // Category labels wider than their group wrap onto up to three lines, so that they never
    // print over each other (issue 21, item 4); the drawing grows by the extra lines.
    let slotWidth = (plotRight - plotLeft) / Double(max(chart.categories.count, 1))
    let categoryLines = chart.categories.map {
      BarChart.wrapped($0, characters: max(4, Int(slotWidth / BarChart.characterWidth) - 1))
    }
    let extraLines = Double(max(0, (categoryLines.map(\.count).max() ?? 1) - 1))
    let height = self.height + extraLines * BarChart.labelLineHeight
    let plotBottom = height - 28 - extraLines * BarChart.labelLineHeight
    func y(_ value: Double) -> Double {
      plotBottom - scale.fraction(value) * (plotBottom - plotTop)
    }

    var writer = SVGWriter()
    writer.startChart(
      width: width, height: height, id: id, title: chart.title, description: chart.description)

    // Legend.
    writer.start("g", ["class": "legend"])
    for item in legend.items {
      writer.element(
        "rect",
        [
          "x": .number(item.x), "y": .number(item.y - BarChart.swatch + 1),
          "width": .number(BarChart.swatch), "height": .number(BarChart.swatch),
          "fill": .text(color(item.series)),
        ])
      writer.element(
        "text", ["x": .number(item.x + BarChart.swatch + 5), "y": .number(item.y), "fill": "#222"],
        text: chart.series[item.series].name)
    }
    writer.end()

    // Value axis: title, grid lines and tick labels.
    writer.valueAxis(
      title: chart.valueAxisTitle, titleBaseline: axisTitleBaseline, ticks: ticks,
      labels: tickLabels, step: scale.step, left: plotLeft, right: plotRight, y: y)

    // Bars, one group per series.
    let categoryCount = max(chart.categories.count, 1)
    let groupWidth = (plotRight - plotLeft) / Double(categoryCount)
    let seriesCount = max(chart.series.count, 1)
    let barSlot = groupWidth * 0.8 / Double(seriesCount)
    let barWidth = max(1, barSlot - min(2, barSlot * 0.15))
    for (seriesIndex, series) in chart.series.enumerated() {
      writer.start("g", ["class": "series", "fill": .text(color(seriesIndex))])
      for (categoryIndex, category) in chart.categories.enumerated() {
        guard categoryIndex < series.values.count, series.values[categoryIndex].isFinite else {
          continue
        }
        let value = series.values[categoryIndex]
        let x =
          plotLeft + Double(categoryIndex) * groupWidth + groupWidth * 0.1
          + Double(seriesIndex) * barSlot + (barSlot - barWidth) / 2
        let top = y(max(value, 0))
        let label = categoryIndex < series.labels.count ? series.labels[categoryIndex] : ""
        writer.start(
          "rect",
          [
            "x": .number(x), "y": .number(top), "width": .number(barWidth),
            "height": .number(abs(y(value) - y(0))),
          ])
        writer.element("title", text: category + " — " + series.name + ": " + label)
        writer.end()
      }
      writer.end()
    }

    // P10–P90 whiskers over the bars, where the run drew ranges.
    writer.start("g", ["class": "whiskers", "stroke": "#222", "stroke-width": .number(1.2)])
    for (seriesIndex, series) in chart.series.enumerated() {
      guard let bands = series.bands else { continue }
      for categoryIndex in chart.categories.indices {
        guard categoryIndex < bands.count, let band = bands[categoryIndex],
          band.p10.isFinite, band.p90.isFinite, band.p90 > band.p10
        else { continue }
        let centre =
          plotLeft + Double(categoryIndex) * groupWidth + groupWidth * 0.1
          + Double(seriesIndex) * barSlot + barSlot / 2
        let cap = max(1.5, barWidth * 0.25)
        let (low, high) = (y(max(band.p10, 0)), y(max(band.p90, 0)))
        writer.element(
          "line",
          ["x1": .number(centre), "x2": .number(centre), "y1": .number(low), "y2": .number(high)])
        for end in [low, high] {
          writer.element(
            "line",
            [
              "x1": .number(centre - cap), "x2": .number(centre + cap), "y1": .number(end),
              "y2": .number(end),
            ])
        }
      }
    }
    writer.end()

    // Zero line and category labels.
    writer.element(
      "line",
      [
        "x1": .number(plotLeft), "x2": .number(plotRight), "y1": .number(y(0)),
        "y2": .number(y(0)), "stroke": "#333", "stroke-width": 1,
      ])
    writer.start("g", ["class": "categories", "fill": "#222", "text-anchor": "middle"])
    for (index, lines) in categoryLines.enumerated() {
      let x = plotLeft + (Double(index) + 0.5) * groupWidth
      guard lines.count > 1 else {
        writer.element(
          "text", ["x": .number(x), "y": .number(plotBottom + 18)], text: lines.first ?? "")
        continue
      }
      writer.start("text", ["x": .number(x), "y": .number(plotBottom + 18)])
      for (number, line) in lines.enumerated() {
        writer.element(
          "tspan",
          ["x": .number(x), "dy": .number(number == 0 ? 0 : BarChart.labelLineHeight)],
          text: line)
      }
      writer.end()
    }
    writer.end()
    return writer.markup
  }

  static let labelLineHeight = 13.0

  /// `text` in lines of at most `characters`, broken between words, three lines at most (the
  /// last one shortened with "…" when more would be needed).
  static func wrapped(_ text: String, characters: Int) -> [String] {
    guard text.count > characters else { return [text] }
    // Words, and the parts of a hyphenated word ("with-local-labour"), each part keeping its
    // hyphen: a line may break after a hyphen.
    var pieces: [String] = []
    for word in text.split(separator: " ") {
      var part = ""
      for character in word {
        part.append(character)
        if character == "-" {
          pieces.append(part)
          part = ""
        }
      }
      if !part.isEmpty { pieces.append(part) }
      if let last = pieces.last, !last.hasSuffix("-") || part.isEmpty {
        pieces[pieces.count - 1] = last + " "
      }
    }
    func trimmed(_ text: String) -> String {
      String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
    var lines: [String] = []
    var line = ""
    for piece in pieces {
      if line.isEmpty || trimmed(line + piece).count <= characters {
        line += piece
      } else {
        lines.append(trimmed(line))
        line = piece
      }
    }
    line = trimmed(line)
    if !line.isEmpty { lines.append(line) }
    lines = lines.map { $0.count <= characters ? $0 : String($0.prefix(characters - 1)) + "…" }
    if lines.count > 3 {
      lines = Array(lines.prefix(3))
      lines[2] = String(lines[2].prefix(max(1, characters - 1))) + "…"
    }
    return lines
  }

  func color(_ series: Int) -> String {
    BarChart.palette[series % BarChart.palette.count]
  }

  /// Estimated width of `text` in the chart's font.
  func textWidth(_ text: String) -> Double {
    Double(text.count) * BarChart.characterWidth
  }

  /// Where each legend entry goes: left to right, wrapping before the right edge.
  func legendLayout(left: Double) -> (items: [(series: Int, x: Double, y: Double)], rows: Int) {
    var items: [(series: Int, x: Double, y: Double)] = []
    var x = left
    var row = 0
    for (index, series) in chart.series.enumerated() {
      let itemWidth = BarChart.swatch + 5 + textWidth(series.name) + 18
      if x > left, x + itemWidth > width - BarChart.margin {
        row += 1
        x = left
      }
      items.append((index, x, BarChart.margin + Double(row + 1) * BarChart.legendRowHeight - 5))
      x += itemWidth
    }
    return (items, chart.series.isEmpty ? 0 : row + 1)
  }
}
