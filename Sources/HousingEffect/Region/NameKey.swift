/// A municipality name reduced to what identifies it: lower case, no diacritics, no spaces or
/// punctuation, `a/d` read as `aan de`, and a bracketed province qualifier in one canonical form
/// (`Bergen (L.)`, `Bergen (Limburg)` and `Bergen L` all become `bergenl`).
struct NameKey: Hashable {
  /// The whole name, qualifier included.
  let full: String
  /// The name without its bracketed qualifier.
  let base: String
  /// Whether the name has a bracketed qualifier.
  let isQualified: Bool

  init(_ name: String) {
    var text = name
    var qualifier = ""
    if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
      qualifier = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
      text = String(text[..<open])
    }
    base = NameKey.fold(text)
    let folded = NameKey.fold(qualifier)
    full = base + (NameKey.qualifierAliases[folded] ?? folded)
    isQualified = !folded.isEmpty
  }

  /// Province qualifiers used in municipality names, in their short form.
  private static let qualifierAliases: [String: String] = [
    "limburg": "l", "lb": "l", "li": "l",
    "noordholland": "nh",
    "noordbrabant": "nb",
  ]

  /// Lower case, `a/d` expanded, diacritics folded, everything but letters and digits dropped.
  static func fold(_ text: String) -> String {
    foldASCII(text) ?? foldScalars(text)
  }

  /// `fold(_:)` by Unicode scalars: any name.
  static func foldScalars(_ text: String) -> String {
    let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map {
      word -> String in
      ["a/d", "a.d.", "a.d"].contains(word) ? "aan de" : String(word)
    }
    var result = String.UnicodeScalarView()
    for scalar in words.joined(separator: " ").unicodeScalars {
      if let replacement = foldedLetters[scalar] {
        result.append(contentsOf: replacement.unicodeScalars)
      } else if scalar.properties.generalCategory == .nonspacingMark {
        continue
      } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// `fold(_:)` of a name that is all ASCII (every built-in municipality's), by its bytes:
  /// the same result without the Unicode tables; `nil` for any other name.
  static func foldASCII(_ text: String) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var word: [UInt8] = []
    func endWord() {
      // "a/d", "a.d." and "a.d" are read as "aan de"; spaces are dropped anyway.
      if word == Array("a/d".utf8) || word == Array("a.d.".utf8) || word == Array("a.d".utf8) {
        bytes.append(contentsOf: "aande".utf8)
      } else {
        for byte in word {
          switch byte {
          case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            bytes.append(byte)
          default: continue
          }
        }
      }
      word.removeAll(keepingCapacity: true)
    }
    for byte in text.utf8 {
      guard byte < 0x80 else { return nil }
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
        endWord()
      } else {
        word.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
      }
    }
    endWord()
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Lower-case Latin letters with diacritics (Latin-1 and Latin Extended-A) and their base letters.
  private static let foldedLetters: [Unicode.Scalar: String] = {
    let groups: [(String, String)] = [
      ("àáâãäåāăą", "a"), ("æ", "ae"), ("çćĉċč", "c"), ("ďđð", "d"), ("èéêëēĕėęě", "e"),
      ("ĝğġģ", "g"), ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĳ", "ij"), ("ĵ", "j"), ("ķ", "k"),
      ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"), ("œ", "oe"), ("ŕŗř", "r"),
      ("śŝşš", "s"), ("ß", "ss"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
      ("źżž", "z"),
      ("þ", "th"),
    ]
    var table: [Unicode.Scalar: String] = [:]
    for (letters, base) in groups {
      for scalar in letters.unicodeScalars { table[scalar] = base }
    }
    return table
  }()
}
