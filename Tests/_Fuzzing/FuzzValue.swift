import HousingEffect

/// A JSON document as the mutator edits it: numbers keep their source text, so that `-0`,
/// `1e308` or `1E400` can be written exactly, and objects keep duplicate keys.
public indirect enum FuzzValue: Sendable, Hashable {
  case null
  case bool(Bool)
  /// The number as written, for example `0.35`, `-0`, `1e308`.
  case number(String)
  case string(String)
  case array([FuzzValue])
  case object([Member])

  public struct Member: Sendable, Hashable {
    public var key: String
    public var value: FuzzValue

    public init(_ key: String, _ value: FuzzValue) {
      self.key = key
      self.value = value
    }
  }

  /// One step into a document: a member by position or an element by index.
  public enum Step: Sendable, Hashable {
    case member(Int)
    case element(Int)
  }

  /// The value of a parsed document.
  public init(_ node: JSONNode) {
    switch node.value {
    case .null: self = .null
    case .bool(let value): self = .bool(value)
    case .number(let value): self = .number(FuzzValue.text(of: value))
    case .string(let text): self = .string(text)
    case .array(let elements): self = .array(elements.map(FuzzValue.init))
    case .object(let members):
      self = .object(members.map { Member($0.key, FuzzValue($0.value)) })
    }
  }

  /// A number written the way people write it: `2028`, `0.35`, `1e+20`.
  public static func text(of value: Double) -> String {
    if value == value.rounded(.towardZero), abs(value) < 1e15 {
      return String(Int64(value))
    }
    return "\(value)"
  }

  /// The document as compact JSON text, or indented by two spaces per level.
  public func json(indented: Bool = true) -> String {
    var out = ""
    write(to: &out, depth: 0, indented: indented)
    return out
  }

  private func write(to out: inout String, depth: Int, indented: Bool) {
    let newline = indented ? "\n" : ""
    func pad(_ level: Int) -> String {
      indented ? String(repeating: "  ", count: level) : ""
    }
    switch self {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .number(let text): out += text
    case .string(let text): FuzzValue.writeString(text, to: &out)
    case .array(let elements):
      guard !elements.isEmpty else {
        out += "[]"
        return
      }
      out += "[" + newline
      for (index, element) in elements.enumerated() {
        out += pad(depth + 1)
        element.write(to: &out, depth: depth + 1, indented: indented)
        out += (index == elements.count - 1 ? "" : ",") + newline
      }
      out += pad(depth) + "]"
    case .object(let members):
      guard !members.isEmpty else {
        out += "{}"
        return
      }
      out += "{" + newline
      for (index, member) in members.enumerated() {
        out += pad(depth + 1)
        FuzzValue.writeString(member.key, to: &out)
        out += indented ? ": " : ":"
        member.value.write(to: &out, depth: depth + 1, indented: indented)
        out += (index == members.count - 1 ? "" : ",") + newline
      }
      out += pad(depth) + "}"
    }
  }

  private static func writeString(_ text: String, to out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }

  // MARK: - Navigation

  /// Every place in the document, the root (the empty path) included, in document order.
  public var paths: [[Step]] {
    var result: [[Step]] = []
    var stack: [(FuzzValue, [Step])] = [(self, [])]
    while let (value, path) = stack.popLast() {
      result.append(path)
      switch value {
      case .array(let elements):
        for index in elements.indices.reversed() {
          stack.append((elements[index], path + [.element(index)]))
        }
      case .object(let members):
        for index in members.indices.reversed() {
          stack.append((members[index].value, path + [.member(index)]))
        }
      default: break
      }
    }
    return result
  }

  /// The value at `path`, if there is one.
  public subscript(path: [Step]) -> FuzzValue? {
    var current = self
    for step in path {
      switch (step, current) {
      case (.element(let index), .array(let elements)) where elements.indices.contains(index):
        current = elements[index]
      case (.member(let index), .object(let members)) where members.indices.contains(index):
        current = members[index].value
      default:
        return nil
      }
    }
    return current
  }

  /// The document with the value at `path` transformed by `body`; unchanged when `path` does
  /// not exist.
  public func updating(_ path: [Step], _ body: (FuzzValue) -> FuzzValue) -> FuzzValue {
    guard let step = path.first else { return body(self) }
    let rest = Array(path.dropFirst())
    switch (step, self) {
    case (.element(let index), .array(var elements)) where elements.indices.contains(index):
      elements[index] = elements[index].updating(rest, body)
      return .array(elements)
    case (.member(let index), .object(var members)) where members.indices.contains(index):
      members[index].value = members[index].value.updating(rest, body)
      return .object(members)
    default:
      return self
    }
  }

  /// The member of an object by key (the last one with that key).
  public func member(_ key: String) -> FuzzValue? {
    guard case .object(let members) = self else { return nil }
    return members.last { $0.key == key }?.value
  }
}
