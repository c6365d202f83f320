#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension DiagnosticText {
  /// The JSON parser's and the text decoder's messages (a damaged or hand-edited file), and
  /// the region lookup's, in Dutch: the patterns after `dutchPatterns`.
  static let parserPatterns: [(String, Template)] = [
    (
      #"^The file is saved as (\S+); save it as UTF-8 instead\.$"#,
      { "Het bestand is opgeslagen als \($0[1]); sla het op als UTF-8." }
    ),
    (
      #"^The byte (0x[0-9A-F]+) is not valid UTF-8; save the file as UTF-8 \(it may be in Latin-1 or Windows-1252\)\.$"#,
      {
        "De byte \($0[1]) is geen geldige UTF-8; sla het bestand op als UTF-8 (het staat "
          + "mogelijk in Latin-1 of Windows-1252)."
      }
    ),
    (
      #"^The file is not valid UTF-8 \(byte (0x[0-9A-F]+) here\); save it with UTF-8 encoding\.$"#,
      { "Het bestand is geen geldige UTF-8 (hier byte \($0[1])); sla het op als UTF-8." }
    ),
    (
      #"^The file is empty; expected a JSON value such as an object '\{ … \}'\.$"#,
      { _ in "Het bestand is leeg; verwacht een JSON-waarde, zoals een object '{ … }'." }
    ),
    (
      #"^The file contains only spaces; expected a JSON value such as an object '\{ … \}'\.$"#,
      {
        _ in
        "Het bestand bevat alleen spaties; verwacht een JSON-waarde, zoals een object "
          + "'{ … }'."
      }
    ),
    (
      #"^Trailing comma before '([\]}])'; remove the ',' after the last (element|member)\.$"#,
      {
        "Komma vóór '\($0[1])'; haal de ',' na het laatste \($0[2] == "element" ? "element" : "lid") weg."
      }
    ),
    (
      #"^Expected a key in double quotes but found '(\d+)'\. If '(.+)' is one number, write it with a decimal point: (.+)\.$"#,
      {
        "Verwacht: een sleutel tussen dubbele aanhalingstekens, gevonden: '\($0[1])'. Als "
          + "'\($0[2])' één getal is, schrijf het dan met een decimale punt: \($0[3])."
      }
    ),
    (
      #"^Keys must be in double quotes: write "(.+)" instead of (.+)\.$"#,
      {
        "Sleutels staan tussen dubbele aanhalingstekens: schrijf \"\($0[1])\" in plaats van "
          + "\($0[2])."
      }
    ),
    (
      #"^Keys must be in double quotes \("\), not single quotes \('\)\.$"#,
      { _ in "Sleutels staan tussen dubbele aanhalingstekens (\"), niet enkele (')." }
    ),
    (
      #"^Strings must be in double quotes \("\), not single quotes \('\)\.$"#,
      { _ in "Tekst staat tussen dubbele aanhalingstekens (\"), niet enkele (')." }
    ),
    (
      #"^Comments are not allowed in JSON; remove the comment\.$"#,
      { _ in "Commentaar is in JSON niet toegestaan; haal het commentaar weg." }
    ),
    (
      #"^A number cannot start with '\+'; leave the '\+' out\.$"#,
      { _ in "Een getal kan niet met '+' beginnen; laat de '+' weg." }
    ),
    (
      #"^A number cannot start with '\.'; write a 0 before the decimal point\.$"#,
      { _ in "Een getal kan niet met '.' beginnen; schrijf een 0 vóór de decimale punt." }
    ),
    (
      #"^Numbers cannot have leading zeros \('(.+)'\); leave out the zeros at the start\.$"#,
      { "Getallen kunnen niet met nullen beginnen ('\($0[1])'); laat de voorloopnullen weg." }
    ),
    (
      #"^Number too large: '(.+)' is beyond the largest number this tool can hold \(about 1\.8e308\)\.$"#,
      {
        "Getal te groot: '\($0[1])' is groter dan het grootste getal dat dit programma aankan "
          + "(ongeveer 1.8e308)."
      }
    ),
    (
      #"^Unexpected end of file: the string that starts at line (\d+), column (\d+) is not closed\.$"#,
      {
        "Onverwacht einde van het bestand: de tekst die begint op regel \($0[1]), kolom "
          + "\($0[2]), is niet afgesloten."
      }
    ),
    (
      #"^The string is not closed before the end of the line; a string cannot span lines \(write \\n for a line break\)\.$"#,
      {
        _ in
        "De tekst is niet afgesloten vóór het einde van de regel; een tekst kan niet over "
          + "meer regels lopen (schrijf \\n voor een regeleinde)."
      }
    ),
    (
      #"^A tab inside a string must be written as \\t\.$"#,
      { _ in "Een tab in een tekst moet geschreven worden als \\t." }
    ),
    (
      #"^Control character U\+([0-9A-F]+) is not allowed inside a string; write it as \\u([0-9A-F]+)\.$"#,
      {
        "Stuurteken U+\($0[1]) is in een tekst niet toegestaan; schrijf het als \\u\($0[2])."
      }
    ),
    (
      #"^The escape '(.+)' is the first half of a surrogate pair and must be followed by a second half, \\uDC00 to \\uDFFF(?:, not '(.+)')?\.$"#,
      {
        "De escape '\($0[1])' is de eerste helft van een surrogaatpaar en moet gevolgd worden "
          + "door een tweede helft, \\uDC00 tot en met \\uDFFF"
          + ($0[2].isEmpty ? "." : ", niet '\($0[2])'.")
      }
    ),
    (
      #"^The escape '(.+)' is the second half of a surrogate pair without a first half before it\.$"#,
      {
        "De escape '\($0[1])' is de tweede helft van een surrogaatpaar zonder eerste helft "
          + "ervoor."
      }
    ),
    (
      #"^Invalid escape '(.+)' in a string; after a backslash only " \\ / b f n r t or uXXXX may follow\. To write a backslash itself, write \\\\\.$"#,
      {
        "Ongeldige escape '\($0[1])' in een tekst; na een backslash mag alleen \" \\ / b f n r "
          + "t of uXXXX volgen. Schrijf \\\\ voor een backslash zelf."
      }
    ),
    (
      #"^Invalid escape '(.+)': \\u must be followed by four hexadecimal digits \(0-9, A-F\)\.$"#,
      {
        "Ongeldige escape '\($0[1])': na \\u moeten vier hexadecimale cijfers volgen (0-9, A-F)."
      }
    ),
    (
      #"^Unexpected end of file; expected a JSON value\.$"#,
      { _ in "Onverwacht einde van het bestand; verwacht een JSON-waarde." }
    ),
    (
      #"^Unexpected end of file: an? (object|array) opened at line (\d+) is not closed\.$"#,
      {
        "Onverwacht einde van het bestand: \($0[1] == "object" ? "een object" : "een lijst") "
          + "geopend op regel \($0[2]) is niet afgesloten."
      }
    ),
    (#"^Unexpected end of file\.$"#, { _ in "Onverwacht einde van het bestand." }),
    (
      #"^'(.+)' is not valid JSON; write true, false and null in lowercase\.$"#,
      { "'\($0[1])' is geen geldige JSON; schrijf true, false en null in kleine letters." }
    ),
    (
      #"^'(.+)' is not allowed in JSON; write a number, or null if the value is unknown\.$"#,
      {
        "'\($0[1])' is in JSON niet toegestaan; schrijf een getal, of null als de waarde "
          + "onbekend is."
      }
    ),
    (
      #"^Unexpected word '(.+)'; text must be in double quotes, like "(.+)"\.$"#,
      {
        "Onverwacht woord '\($0[1])'; tekst staat tussen dubbele aanhalingstekens, zoals "
          + "\"\($0[2])\"."
      }
    ),
    (
      #"^Curly quotes \((.+)\) are not JSON quotes; use straight double quotes \("\)\.$"#,
      {
        "Gekrulde aanhalingstekens (\($0[1])) zijn geen JSON-aanhalingstekens; gebruik rechte "
          + "dubbele aanhalingstekens (\")."
      }
    ),
    (
      #"^'(.+)' is not a municipality name or CBS code in the region data\.$"#,
      { "'\($0[1])' is geen gemeentenaam of CBS-code in de regiogegevens." }
    ),
    (
      #"^'(.+)' fits more than one municipality \((.+)\); give the full name or the CBS code\.$"#,
      {
        "'\($0[1])' past bij meer dan één gemeente (\($0[2])); geef de volledige naam of de "
          + "CBS-code."
      }
    ),
  ]

  /// What the JSON parser found, in Dutch (`describe(at:)` in the parser), or `nil`.
  static func parserPhrase(_ english: String) -> String? {
    let fixed: [String: String] = [
      "the end of the file": "het einde van het bestand", "a line break": "een regeleinde",
      "a tab": "een tab", "an apostrophe (')": "een apostrof (')",
      "a non-breaking space": "een harde spatie", "a zero-width space": "een spatie zonder breedte",
      "a byte order mark (U+FEFF)": "een bytevolgordemarkering (U+FEFF)",
      "a key in double quotes": "een sleutel tussen dubbele aanhalingstekens",
      "a value": "een waarde",
    ]
    if let dutch = fixed[english] { return dutch }
    let patterns: [(String, ([String]) -> String)] = [
      (#"^the control character U\+([0-9A-F]+)$"#, { "het stuurteken U+\($0[1])" }),
      (
        #"^a byte that is not valid UTF-8 \((0x[0-9A-F]+)\)$"#,
        { "een byte die geen geldige UTF-8 is (\($0[1]))" }
      ),
      (#"^':' after the key '(.*)'$"#, { "':' na de sleutel '\($0[1])'" }),
      (#"^a value for '(.*)'$"#, { "een waarde voor '\($0[1])'" }),
      (
        #"^(a value in|',' or '\]' after an element of) an? (object|array) opened at line (\d+)$"#,
        {
          let what = $0[2] == "object" ? "een object" : "een lijst"
          let lead = $0[1] == "a value in" ? "een waarde in" : "',' of ']' na een element van"
          return "\(lead) \(what) geopend op regel \($0[3])"
        }
      ),
      (#"^a digit after '-'$"#, { _ in "een cijfer na '-'" }),
      (
        #"^a digit after the decimal point in '(.*)'$"#,
        { "een cijfer na de decimale punt in '\($0[1])'" }
      ),
      (#"^a digit in the exponent of '(.*)'$"#, { "een cijfer in de exponent van '\($0[1])'" }),
    ]
    for (pattern, make) in patterns {
      if let groups = groups(pattern, english) { return make(groups) }
    }
    return nil
  }
}
