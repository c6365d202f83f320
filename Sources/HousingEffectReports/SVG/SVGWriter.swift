/// Writes SVG markup one element per line: escaped text, numbers in a fixed format.
///
/// Attribute values are either literal text (`"middle"`, `"#0072B2"`) or numbers, which are
/// printed by ``NumberFormat/svg(_:maximumDecimals:)``. Text that comes from data goes in as
/// `.text(_:)` and is escaped. String interpolation is deliberately not accepted, so a raw
/// `Double` cannot slip into the drawing.
struct SVGWriter {
  /// An attribute value.
  enum Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case number(Double)
    case text(String)

    init(stringLiteral value: String) { self = .text(value) }
    init(integerLiteral value: Int) { self = .number(Double(value)) }

    var markup: String {
      switch self {
      case .number(let value): NumberFormat.svg(value)
      case .text(let text): Markup.escape(text)
      }
    }
  }

  typealias Attributes = KeyValuePairs<String, Value>

  private var lines: [String] = []
  /// Names of the elements opened and not yet closed, innermost last.
  private var open: [String] = []

  /// Opens `name`; the elements written next go inside it until ``end()``.
  mutating func start(_ name: String, _ attributes: Attributes = [:]) {
    append("<" + name + Self.attributes(attributes) + ">")
    open.append(name)
  }

  /// Opens the `<svg>` of a chart: its size, an accessible name from `title` and `description`
  /// (ids `ID-title`, `ID-desc`), and the report's font. Every chart starts this way.
  mutating func startChart(
    width: Double, height: Double, id: String, title: String, description: String
  ) {
    start(
      "svg",
      [
        "viewBox": .text("0 0 " + NumberFormat.svg(width) + " " + NumberFormat.svg(height)),
        "width": .number(width), "height": .number(height), "role": "img",
        "aria-labelledby": .text(id + "-title " + id + "-desc"),
        "font-family": "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif",
        "font-size": .number(BarChart.fontSize),
      ])
    element("title", ["id": .text(id + "-title")], text: title)
    element("desc", ["id": .text(id + "-desc")], text: description)
  }

  /// Closes the innermost open element; does nothing when none is open.
  mutating func end() {
    guard let name = open.popLast() else { return }
    append("</" + name + ">")
  }

  /// An element on one line: empty (`<rect … />`) or with escaped text content.
  mutating func element(_ name: String, _ attributes: Attributes = [:], text: String? = nil) {
    let head = "<" + name + Self.attributes(attributes)
    if let text {
      append(head + ">" + Markup.escape(text) + "</" + name + ">")
    } else {
      append(head + " />")
    }
  }

  /// The markup written so far, with every element still open closed.
  var markup: String {
    var copy = self
    while !copy.open.isEmpty { copy.end() }
    return copy.lines.joined(separator: "\n")
  }

  private mutating func append(_ line: String) {
    lines.append(String(repeating: "  ", count: open.count) + line)
  }

  private static func attributes(_ attributes: Attributes) -> String {
    attributes.map { " " + $0.key + "=\"" + $0.value.markup + "\"" }.joined()
  }
}
