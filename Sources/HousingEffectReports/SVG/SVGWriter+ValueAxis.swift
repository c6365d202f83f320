extension SVGWriter {
  /// The value axis every chart shares: its title at the top left, a grid line per tick
  /// (none at zero, where the baseline is) and the tick labels right-aligned before the plot.
  mutating func valueAxis(
    title: String, titleBaseline: Double, ticks: [Double], labels: [String], step: Double,
    left: Double, right: Double, y: (Double) -> Double
  ) {
    element(
      "text", ["x": .number(BarChart.margin), "y": .number(titleBaseline), "fill": "#444"],
      text: title)
    start("g", ["class": "grid", "stroke": "#d4d4d4", "stroke-width": 1])
    for tick in ticks where abs(tick) > step / 1000 {
      element(
        "line",
        ["x1": .number(left), "x2": .number(right), "y1": .number(y(tick)), "y2": .number(y(tick))]
      )
    }
    end()
    start("g", ["class": "ticks", "fill": "#444", "text-anchor": "end"])
    for (tick, label) in zip(ticks, labels) {
      element("text", ["x": .number(left - 6), "y": .number(y(tick) + 4)], text: label)
    }
    end()
  }
}
