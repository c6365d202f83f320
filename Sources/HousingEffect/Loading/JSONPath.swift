/// Where a value is inside a document: `workforce[2].origin`.
///
/// The document itself is the empty path, described as "". Keys that are not plain identifiers
/// are written in brackets and double quotes, for example `labels["sector group"]`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
  /// One step into a document: an object's key or an array's 0-based index.
  public enum Component: Sendable, Hashable {
    case key(String)
    case index(Int)
  }

  /// The steps from the document down to the value, outermost first.
  public var components: [Component]

  /// The path of `components`; no components is the document itself.
  public init(_ components: [Component] = []) {
    self.components = components
  }

  /// The document itself.
  public static let root = JSONPath()

  /// Whether this is the document itself.
  public var isRoot: Bool { components.isEmpty }

  /// The path one step deeper.
  public func appending(_ component: Component) -> JSONPath {
    var copy = self
    copy.components.append(component)
    return copy
  }

  /// The path to the member `key` of the object at this path.
  public func appending(key: String) -> JSONPath { appending(.key(key)) }

  /// The path to the element at the 0-based `index` of the array at this path.
  public func appending(index: Int) -> JSONPath { appending(.index(index)) }

  /// The path as messages show it: `workforce[0].origin.euMigrant`; "" for the document.
  public var description: String {
    var text = ""
    for component in components {
      switch component {
      case .key(let key) where JSONPath.isIdentifier(key):
        if !text.isEmpty { text += "." }
        text += key
      case .key(let key):
        text += "[\"" + JSONPath.escaped(key) + "\"]"
      case .index(let index):
        text += "[\(index)]"
      }
    }
    return text
  }

  /// ASCII letters, digits and underscores, not starting with a digit.
  private static func isIdentifier(_ key: String) -> Bool {
    var isFirst = true
    for byte in key.utf8 {
      let isLetter =
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
      let isDigit = byte >= 0x30 && byte <= 0x39
      guard isLetter || (isDigit && !isFirst) else { return false }
      isFirst = false
    }
    return !isFirst
  }

  private static func escaped(_ key: String) -> String {
    var text = ""
    for scalar in key.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\t": text += "\\t"
      case "\r": text += "\\r"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          text.unicodeScalars.append(scalar)
        }
      }
    }
    return text
  }
}
