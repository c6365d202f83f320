/// Walks the JSON tree of an assessment's stages (``JSONTree``, built without `Codable`) and
/// remembers the first number that is not finite or exceeds ``Assessment/largestResult``, with
/// its path.
///
/// Used by ``Assessment/firstResultProblem``. The tree holds every stored number of the stages,
/// as their `Encodable` conformances write them. Keys in ``skipped`` (the trace, which repeats
/// the stages' numbers, and parameter lists) are not visited unless they hold a number.
struct ResultScanner {
  /// The path of the value being walked, one component per level: `housing`, `years`, `[2]`.
  var path: [String] = []
  private(set) var problem: Assessment.ResultProblem?

  static let skipped: Set<String> = ["trace", "parameters"]

  /// Whether to flag negative numbers (counts, including −0) and shares above 1 as well
  /// (``Assessment/firstSignProblem``), besides non-finite and huge ones.
  var checksSigns = false
  /// Numbers of the stages that may be negative: differences and balances, not counts.
  static let signed: Set<String> = ["delta", "difference", "balance", "change", "score"]

  /// Walks `value` under the current path; returns `false` at the first problem.
  mutating func scan(_ value: JSONTree) -> Bool {
    switch value {
    case .number(let number): return check(number, nil)
    case .array(let elements):
      for (index, element) in elements.enumerated() where !visit(element, "[\(index)]") {
        return false
      }
      return true
    case .object(let members):
      for member in members {
        if case .number = member.value {
        } else if Self.skipped.contains(member.key) {
          continue
        }
        if !visit(member.value, member.key) { return false }
      }
      return true
    case .numbers, .numberRecords: return scan(value.expanded)
    case .null, .bool, .integer, .unsigned, .string: return true
    }
  }

  private mutating func visit(_ value: JSONTree, _ component: String) -> Bool {
    if case .number(let number) = value { return check(number, component) }
    switch value {
    case .array, .object, .numbers, .numberRecords:
      path.append(component)
      defer { path.removeLast() }
      return scan(value)
    default: return true
    }
  }

  private mutating func check(_ value: Double, _ component: String?) -> Bool {
    if value.isFinite, abs(value) <= Assessment.largestResult,
      !checksSigns || Self.hasPlausibleSign(value, component ?? path.last ?? "")
    {
      return true
    }
    var components = path
    if let component { components.append(component) }
    var text = ""
    for part in components {
      text += part.hasPrefix("[") || text.isEmpty ? part : "." + part
    }
    problem = Assessment.ResultProblem(path: text, value: value)
    return false
  }

  /// Whether `value` under `key` is non-negative (unless the key names a signed quantity) and,
  /// for a share, at most 1 (a rounding margin of 1e-9 allowed).
  static func hasPlausibleSign(_ value: Double, _ key: String) -> Bool {
    let lower = key.lowercased()
    if signed.contains(where: { lower.contains($0) }) { return true }
    if value < 0 || (value == 0 && value.sign == .minus) { return false }
    if lower.hasSuffix("share") || lower.hasSuffix("fraction") { return value <= 1 + 1e-9 }
    return true
  }
}
