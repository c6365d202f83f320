/// Escaping of text for HTML and SVG, shared by ``HTMLReport`` and the SVG charts.
public enum Markup {
  /// `text` safe for element content and for attribute values in double or single quotes.
  ///
  /// Replaces `&`, `<`, `>`, `"` and `'` with the entities XML also knows (`&amp;`, `&lt;`,
  /// `&gt;`, `&quot;`, `&#39;`), so the result is valid in HTML5 and in XHTML. Control
  /// characters that XML forbids (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F) become U+FFFD.
  public static func escape(_ text: String) -> String {
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
}
