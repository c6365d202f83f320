import HousingEffect

/// Draws a ``ReportDocument/Map`` as an SVG map of the 31 Limburg municipalities.
///
/// Layout: the map on the left (``LimburgMap`` outlines, north up), each municipality shaded by
/// its value's class and marked with its number; on the right the legend (one swatch per
/// class and one for "no data") and the numbered key with each municipality's value as the
/// tables print it. Each outline carries a `<title>` (name and value) that browsers show on
/// hover; the `<svg>` has a `<title>` and `<desc>` and `role="img"`.
///
/// **Classes**: the value range is cut at round values by ``ChartScale`` (the same 1, 2, 2.5
/// or 5 × 10ⁿ steps as the charts' axes, at most about five classes, from zero or the lowest
/// negative value). Each class takes a shade of one blue ramp that darkens with the value
/// (ColorBrewer "Blues": Harrower & Brewer, "ColorBrewer.org: an online tool for
/// selecting colour schemes for maps", The Cartographic Journal 40(1), 2003), so the order reads in colour, in greyscale and for the
/// common forms of colour blindness; the ramp's hue is that of Okabe–Ito blue. Labels on the
/// two darkest shades are white.
///
/// **No data** is white, with the municipality's number as on every other one and "–" as its
/// value in the key; the legend names it when any municipality has no value. (A hatching would need a `<pattern>` referenced by
/// `url(#…)`, and the report allows no `url(` at all, design-notes §13.)
struct ChoroplethMap {
  /// Shades of the ramp, light to dark (ColorBrewer Blues, 7 classes, without the lightest,
  /// which is too close to the white of "no data").
  static let ramp = ["#C6DBEF", "#9ECAE1", "#6BAED6", "#4292C6", "#2171B5", "#084594"]
  static let noDataFill = "#FFFFFF"

  let map: ReportDocument.Map
  /// Formats the class bounds in the report's language.
  let format: NumberFormat
  /// Prefix of the element ids; unique within the page.
  let id: String

  /// Size of the drawing [SVG user units].
  static let width = 720.0
  /// The outlines' scale in the drawing.
  static let mapScale = 0.9
  static let margin = 8.0
  static let keyFontSize = 11.0
  static let keyRowHeight = 15.5
  static let labelFontSize = 9.0

  init(_ map: ReportDocument.Map, format: NumberFormat, id: String) {
    self.map = map
    self.format = format
    self.id = id
  }

  /// The class bounds: round values from the lowest to the highest, one class between each
  /// pair. Without any finite value there is no class.
  var bounds: [Double] {
    let values = map.values.map(\.value).filter(\.isFinite)
    guard !values.isEmpty else { return [] }
    return ChartScale(values: values).ticks
  }

  /// The class of `value` among `bounds`: the interval [bound i, bound i+1), the last one
  /// closed; `nil` for a non-finite value.
  static func classIndex(_ value: Double, bounds: [Double]) -> Int? {
    guard value.isFinite, bounds.count >= 2 else { return nil }
    let last = bounds.count - 2
    return (0..<last).first { value < bounds[$0 + 1] } ?? last
  }

  /// The ramp's shade for class `index` of `count`: spread over the whole ramp, so two
  /// classes are far apart and the darkest class is always the darkest shade.
  static func shade(_ index: Int, of count: Int) -> Int {
    guard count > 1 else { return ramp.count / 2 }
    let position = Double(index) * Double(ramp.count - 1) / Double(count - 1)
    return Int(NumberFormat.roundedHalfAway(position))
  }

  /// The chart as one `<svg>` element.
  var svg: String {
    let bounds = self.bounds
    let classCount = max(bounds.count - 1, 0)
    let byCode = Dictionary(map.values.map { ($0.code, $0) }, uniquingKeysWith: { $1 })
    let outlines = LimburgMap.outlines
    func shadeIndex(_ code: String) -> Int? {
      guard let value = byCode[code]?.value,
        let index = ChoroplethMap.classIndex(value, bounds: bounds)
      else { return nil }
      return ChoroplethMap.shade(index, of: classCount)
    }
    let s = ChoroplethMap.mapScale
    let m = ChoroplethMap.margin
    let mapWidth = LimburgMap.width * s
    let legendLeft = m + mapWidth + 24
    let rowHeight = ChoroplethMap.keyRowHeight
    let legendTop = m + 14
    let anyMissing = outlines.contains { shadeIndex($0.code) == nil }
    let legendRows = Double(classCount + (anyMissing ? 1 : 0))
    let keyTop = legendTop + 10 + legendRows * rowHeight + 22
    let keyRows = Double((outlines.count + 1) / 2)
    let creditBaseline = keyTop + keyRows * rowHeight + 16
    let height = max(LimburgMap.height * s + 2 * m, creditBaseline + m)
    let columnWidth = (ChoroplethMap.width - m - legendLeft) / 2

    var writer = SVGWriter()
    writer.startChart(
      width: ChoroplethMap.width, height: height, id: id, title: map.title,
      description: map.description)

    // The municipalities: one outline each, shaded by class, with a tooltip.
    let transform =
      "translate(" + NumberFormat.svg(m) + " " + NumberFormat.svg(m) + ") scale("
      + NumberFormat.svg(s) + ")"
    writer.start("g", ["class": "areas", "transform": .text(transform)])
    writer.start(
      "g",
      ["stroke": "#4A4A4A", "stroke-width": .number(0.7), "stroke-linejoin": "round"])
    for outline in outlines {
      let fill = shadeIndex(outline.code).map { ChoroplethMap.ramp[$0] } ?? ChoroplethMap.noDataFill
      writer.start("path", ["d": .text(outline.path), "fill": .text(fill)])
      writer.element(
        "title", text: outline.name + ": " + (byCode[outline.code]?.label ?? map.noData))
      writer.end()
    }
    writer.end()

    // Their numbers, white on the two darkest shades.
    writer.start(
      "g",
      [
        "class": "labels", "font-size": .number(ChoroplethMap.labelFontSize / s),
        "text-anchor": "middle",
      ])
    for (index, outline) in outlines.enumerated() {
      let dark = (shadeIndex(outline.code) ?? 0) >= ChoroplethMap.ramp.count - 2
      writer.element(
        "text",
        [
          "x": .number(outline.labelX), "y": .number(outline.labelY + 3.2 / s),
          "fill": dark ? "#FFFFFF" : "#111111",
        ], text: String(index + 1))
    }
    writer.end()
    writer.end()

    // Legend: the title, one swatch per class (lowest first) and one for no data.
    writer.start("g", ["class": "legend", "font-size": .number(ChoroplethMap.keyFontSize)])
    writer.element(
      "text",
      ["x": .number(legendLeft), "y": .number(legendTop), "fill": "#222", "font-weight": "600"],
      text: map.legendTitle)
    let swatch = 11.0
    func swatchRow(_ row: Int, fill: String, text: String) {
      let baseline = legendTop + 10 + Double(row + 1) * rowHeight - 3
      writer.element(
        "rect",
        [
          "x": .number(legendLeft), "y": .number(baseline - swatch + 1.5),
          "width": .number(swatch * 1.6), "height": .number(swatch), "fill": .text(fill),
          "stroke": "#4A4A4A", "stroke-width": .number(0.7),
        ])
      writer.element(
        "text",
        ["x": .number(legendLeft + swatch * 1.6 + 6), "y": .number(baseline), "fill": "#222"],
        text: text)
    }
    for index in 0..<classCount {
      let text =
        format.format(bounds[index], .upTo(2)) + " – " + format.format(bounds[index + 1], .upTo(2))
      swatchRow(
        index, fill: ChoroplethMap.ramp[ChoroplethMap.shade(index, of: classCount)], text: text)
    }
    if anyMissing {
      swatchRow(classCount, fill: ChoroplethMap.noDataFill, text: map.noData)
    }
    writer.end()

    // The numbered key in two columns: number and name, the value right-aligned.
    writer.start(
      "g", ["class": "key", "font-size": .number(ChoroplethMap.keyFontSize), "fill": "#222"])
    let perColumn = (outlines.count + 1) / 2
    for (index, outline) in outlines.enumerated() {
      let column = Double(index / perColumn)
      let row = Double(index % perColumn)
      let left = legendLeft + column * columnWidth
      let baseline = keyTop + (row + 1) * rowHeight - 3
      writer.element(
        "text", ["x": .number(left + 14), "y": .number(baseline), "text-anchor": "end"],
        text: String(index + 1))
      writer.element(
        "text", ["x": .number(left + 20), "y": .number(baseline)], text: outline.name)
      writer.element(
        "text",
        [
          "x": .number(left + columnWidth - 10), "y": .number(baseline), "text-anchor": "end",
        ], text: byCode[outline.code]?.label ?? "–")
    }
    writer.end()
    writer.element(
      "text",
      [
        "x": .number(legendLeft), "y": .number(creditBaseline), "fill": "#555",
        "font-size": .number(ChoroplethMap.keyFontSize - 1),
      ], text: map.credit)
    return writer.markup
  }
}
