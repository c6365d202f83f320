/// Escaping of text for HTML and SVG, shared by ``HTMLReport`` and the SVG charts.
public enum Markup {
  /// `text` safe for element content and for attribute values in double or single quotes.
  ///
  /// Replaces `&`, `<`, `>`, `"` and `'` with the entities XML also knows (`&amp;`, `&lt;`,
  /// `&gt;`, `&quot;`, `&#39;`), so the result is valid in HTML5 and in XHTML. Control
  /// characters that XML forbids (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F) become U+FFFD.
  public static func escape(_ text: String) -> String {
    // Most texts need nothing replaced: a byte scan answers that, and the text is returned as
    // it is, without appending it scalar by scalar (which took most of an HTML report's
    // instructions).
    let needed =
      text.utf8.withContiguousStorageIfAvailable { $0.contains(where: needsEscape) }
      ?? text.utf8.contains(where: needsEscape)
    return needed ? escapeScalars(text) : text
  }

  /// `escape(_:)` scalar by scalar: right for any text.
  static func escapeScalars(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 {
          result += "\u{FFFD}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }

  /// Whether `byte` is one that `escape(_:)` replaces: `&`, `<`, `>`, `"`, `'`, or a control
  /// character other than tab, line feed and carriage return. Every other byte of UTF-8,
  /// including those of non-ASCII scalars, is copied unchanged.
  private static func needsEscape(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
      UInt8(ascii: "'"):
      return true
    case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return false
    default: return byte < 0x20
    }
  }
}
