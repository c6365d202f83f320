import HousingEffect

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A diagnostic as a line for the reader, in Dutch or English (issue 21: `check` speaks the
/// report language).
///
/// The library writes its diagnostics in English, with a stable code. The Dutch line keeps the
/// file, line, column, field path and code as they are, and says the rest in Dutch: the
/// severity ("fout", "waarschuwing"), "bij PATH", "Bedoelde u …?", and the message, translated
/// by the sentence patterns in `dutchRules`. A message no pattern knows gets the Dutch meaning
/// of its code, followed by the English message in quotes, so nothing is lost; the tests hold
/// every message the examples and the invalid fixtures produce to a full translation.
public struct DiagnosticText: Sendable {
  /// The language lines are written in.
  public let language: Language

  /// Lines in `language`.
  public init(_ language: Language) {
    self.language = language
  }

  /// `FILE:LINE:COLUMN: fout: bij PATH: bericht Bedoelde u 'x'? [code]` in Dutch; the
  /// library's own `description` in English.
  public func line(_ diagnostic: Diagnostic) -> String {
    guard language == .nl else { return diagnostic.description }
    var location = diagnostic.file ?? "<invoer>"
    if let line = diagnostic.line {
      location += ":\(line)"
      if let column = diagnostic.column { location += ":\(column)" }
    }
    var text = "\(location): \(Self.severity(diagnostic.severity)): "
    if !diagnostic.path.isEmpty { text += "bij \(diagnostic.path): " }
    text += message(diagnostic)
    if let suggestion = diagnostic.suggestion {
      text += " Bedoelde u '\(Self.dutchSuggestion(suggestion))'?"
    }
    return text + " [\(diagnostic.code.rawValue)]"
  }

  /// The message alone, in `language`.
  public func message(_ diagnostic: Diagnostic) -> String {
    guard language == .nl else { return diagnostic.message }
    if let dutch = Self.dutch(diagnostic.message) { return dutch }
    return Self.meaning(diagnostic.code) + " (melding in het Engels: \"\(diagnostic.message)\")"
  }

  /// A suggestion in Dutch: a name or value as it is, an advice sentence ("give a 'startYear'
  /// up to 2040") translated.
  static func dutchSuggestion(_ english: String) -> String {
    let patterns: [(String, ([String]) -> String)] = [
      (
        #"^give the number of inhabitants on population_date$"#,
        { _ in "geef het aantal inwoners op population_date" }
      ),
      (
        #"^set 'year' to the period of the download, or download (.+)$"#,
        { "zet 'year' op de periode van de download, of download \($0[1])" }
      ),
      (
        #"^set 'until' to a year from (\d+) to (\d+)$"#,
        { "zet 'until' op een jaar van \($0[1]) tot en met \($0[2])" }
      ),
      (#"^add (\{.+\}) to projection\.bases$"#, { "voeg \($0[1]) toe aan projection.bases" }),
      (#"^give a 'startYear' up to (\d+)$"#, { "geef een 'startYear' tot en met \($0[1])" }),
      (
        #"^add '(.+)', its policy region or 'Limburg' to projection\.regions$"#,
        { "voeg '\($0[1])', de beleidsregio ervan of 'Limburg' toe aan projection.regions" }
      ),
    ]
    for (pattern, make) in patterns {
      if let found = groups(pattern, english) { return make(found) }
    }
    return english
  }

  /// "fout" or "waarschuwing".
  public static func severity(_ severity: Diagnostic.Severity) -> String {
    severity == .error ? "fout" : "waarschuwing"
  }

  /// The Dutch for an English message, or `nil` when no pattern covers it.
  public static func dutch(_ english: String) -> String? {
    dutch(english, in: dutchRules) ?? expectedFound(english) ?? labelled(english)
      ?? rowMessage(english)
  }

  /// The Dutch of the first of `rules` that matches `english`, or `nil`.
  static func dutch(_ english: String, in rules: [(DiagnosticPattern, Template)]) -> String? {
    for (pattern, template) in rules {
      guard let groups = pattern.groups(in: english) else { continue }
      return template(groups)
    }
    return nil
  }

  /// "Expected A but found B; hint." in Dutch, when A, B and the hint are all known phrases.
  static func expectedFound(_ english: String) -> String? {
    // "…; is a comma missing?" ends in its hint's question mark, every other one in a full stop.
    guard english.hasPrefix("Expected "), english.hasSuffix(".") || english.hasSuffix("?"),
      let but = english.firstRange(ofText: " but found ")
    else { return nil }
    let question = english.hasSuffix("?")
    let expected = String(english[english.index(english.startIndex, offsetBy: 9)..<but.lowerBound])
    var rest = String(english[but.upperBound...].dropLast())
    if question { rest += "?" }
    var hint: String?
    if let semicolon = rest.lastRange(ofText: "; ") {
      hint = String(rest[semicolon.upperBound...])
      rest = String(rest[..<semicolon.lowerBound])
    }
    guard let a = phrase(expected), let b = phrase(rest) else { return nil }
    var text = "Verwacht: \(a), gevonden: \(b)"
    if let hint {
      guard let dutchHint = Self.hint(hint) else { return nil }
      text += "; " + dutchHint
    }
    return question ? text : text + "."
  }

  /// What the reader expected or found, in Dutch: "a share between 0 and 1" → "een aandeel
  /// tussen 0 en 1".
  static func phrase(_ english: String) -> String? {
    let fixed: [String: String] = [
      "an object": "een object", "an array": "een lijst", "a string": "tekst",
      "true or false": "true of false", "null": "null", "a number": "een getal",
      "a whole number of zero or more": "een geheel getal van nul of meer",
      "a whole number": "een geheel getal", "a number of zero or more": "een getal van nul of meer",
      "a date": "een datum",
      "a string or an object {\"nl\": …, \"en\": …}":
        "tekst of een object {\"nl\": …, \"en\": …}",
      "an establishment object or the path of an establishment file":
        "een vestigingsobject of het pad van een vestigingsbestand",
      "a template name such as 'moderate-growth', or an object with 'name' and settings":
        "de naam van een sjabloon zoals 'moderate-growth', of een object met 'name' en "
        + "instellingen",
    ]
    if let dutch = fixed[english] ?? parserPhrase(english) { return dutch }
    let patterns: [(String, ([String]) -> String)] = [
      (
        #"^'(.)' or '(.)' after the value of '(.*)'$"#,
        {
          "'\($0[1])' of '\($0[2])' na de waarde van '\($0[3])'"
        }
      ),
      (#"^'(.*)'$"#, { "'\($0[1])'" }),
      (#"^a string \('(.*)'\)$"#, { "tekst ('\($0[1])')" }),
      (#"^a number \('(.*)'\)$"#, { "een getal ('\($0[1])')" }),
      (#"^a true/false value \('(.*)'\)$"#, { "een waarde true/false ('\($0[1])')" }),
      (#"^a share between (\S+) and (\S+)$"#, { "een aandeel tussen \($0[1]) en \($0[2])" }),
      (#"^a year such as (\d+)$"#, { "een jaartal zoals \($0[1])" }),
      (#"^a number from (\S+) to (\S+)$"#, { "een getal van \($0[1]) tot en met \($0[2])" }),
      (
        #"^at most (\S+) (jobs|beds|dwellings|m² of floor area|m²|ha|workers|free legal beds|construction workers)$"#,
        {
          "hooguit \($0[1]) \(unitWords[$0[2]] ?? $0[2])"
        }
      ),
      (#"^at most (\S+)$"#, { "hooguit \($0[1])" }),
      (#"^one of (.*)$"#, { "een van \(orList($0[1]))" }),
    ]
    for (pattern, make) in patterns {
      if let groups = groups(pattern, english) { return make(groups) }
    }
    return nil
  }

  /// Units in "at most N jobs".
  static let unitWords = [
    "jobs": "banen", "beds": "bedden", "dwellings": "woningen", "m²": "m²", "ha": "ha",
    "workers": "werknemers", "free legal beds": "beschikbare vergunde bedden",
    "construction workers": "bouwvakkers", "m² of floor area": "m² vloeroppervlak",
  ]

  /// The hint after "but found …;" in Dutch.
  static func hint(_ english: String) -> String? {
    let fixed: [String: String] = [
      "remove the quotes": "haal de aanhalingstekens weg",
      "check the number for extra zeros": "controleer het getal op extra nullen",
      "is a comma missing?": "ontbreekt er een komma?",
      "write true or false without quotes": "schrijf true of false zonder aanhalingstekens",
      "write true or false instead of 0 or 1": "schrijf true of false in plaats van 0 of 1",
      "put it in double quotes if it is meant as text":
        "zet het tussen dubbele aanhalingstekens als het tekst moet zijn",
    ]
    if let dutch = fixed[english] { return dutch }
    if let found = groups(#"^write (\S+), not (\S+)$"#, english) {
      return "schrijf \(found[1]), niet \(found[2])"
    }
    return nil
  }

  /// A number as an English message writes it (`13,415`, `37.3%`, `9000`, `0.5–12`) as Dutch
  /// writes it (`13.415`, `37,3%`, `9.000`, `0,5–12`); anything else (a word, an exponent)
  /// unchanged.
  /// Only for captures that hold a count or a share, never a year.
  static func dutchNumber(_ english: String) -> String {
    // A range "0.5–12" is two numbers.
    if english.contains("–") {
      return english.split(separator: "–", omittingEmptySubsequences: false)
        .map { dutchNumber(String($0)) }.joined(separator: "–")
    }
    var text = Substring(english)
    let percent = text.hasSuffix("%")
    if percent { text = text.dropLast() }
    let negative = text.hasPrefix("-")
    if negative { text = text.dropFirst() }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = parts.first, !whole.isEmpty,
      whole.allSatisfy({ ("0"..."9").contains($0) || $0 == "," }),
      parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy { ("0"..."9").contains($0) })
    else { return english }
    let digits = whole.filter { $0 != "," }
    guard let value = Int(digits) else { return english }
    let grouped = NumberFormat(language: .nl).integer(value)
    let fraction = parts.count == 2 ? "," + parts[1] : ""
    return (negative ? NumberFormat.minus : "") + grouped + fraction + (percent ? "%" : "")
  }

  /// "'a', 'b' or 'c'" → "'a', 'b' of 'c'".
  static func orList(_ english: String) -> String {
    english.replacingText("' or '", with: "' of '")
  }

  /// The capture groups of `pattern` matched against the whole of `text`.
  static func groups(_ pattern: String, _ text: String) -> [String]? {
    DiagnosticPattern(pattern).groups(in: text)
  }

  /// Whole-message patterns and their Dutch, most specific first.
  static let dutchRules: [(DiagnosticPattern, Template)] =
    // The patterns are literals; a test checks that every one compiles.
    allPatterns.map { pattern, template in (DiagnosticPattern(pattern), template) }

  typealias Template = @Sendable ([String]) -> String

  /// Every sentence pattern, in the order they are tried.
  static var allPatterns: [(String, Template)] {
    dutchPatterns + parserPatterns + loaderPatterns + studyPatterns + tablePatterns
      + checkPatterns
  }

  /// The English sentence patterns behind `dutchRules`.
  static let dutchPatterns: [(String, Template)] = [
    (
      #"^The size gives '(.+)' and '(.+)'; give exactly one, so the jobs cannot contradict each other\.$"#,
      {
        "De omvang geeft '\($0[1])' en '\($0[2])'; geef er precies één, zodat het aantal banen "
          + "niet met zichzelf in strijd kan zijn."
      }
    ),
    (
      #"^Key '(.+)' appears twice; the second, at line (\d+), would silently win\.$"#,
      {
        "Sleutel '\($0[1])' staat er twee keer; de tweede, op regel \($0[2]), zou ongemerkt winnen."
      }
    ),
    (
      #"^The workforce is empty; leave 'workforce' out to use the sector's defaults, or give at least one segment\.$"#,
      { _ in
        "Het personeel is leeg; laat 'workforce' weg voor de standaardwaarden van de sector, of "
          + "geef ten minste één segment."
      }
    ),
    (
      #"^The range of '(.+)' runs from (\S+) down to (\S+); 'low' must not be above 'high' \(swap them\?\)\.$"#,
      {
        "De bandbreedte van '\($0[1])' loopt van \($0[2]) omlaag naar \($0[3]); 'low' mag niet "
          + "boven 'high' liggen (omwisselen?)."
      }
    ),
    (
      #"^'(.+)' is not a date; write it as YYYY-MM-DD, e\.g\. (\S+)\.$"#,
      { "'\($0[1])' is geen datum; schrijf hem als JJJJ-MM-DD, bijvoorbeeld \($0[2])." }
    ),
    (#"^Missing required field '(.+)'\.$"#, { "Verplicht veld '\($0[1])' ontbreekt." }),
    (
      #"^The size needs exactly one of '(.+)', '(.+)' or '(.+)'; none is given\.$"#,
      {
        "De omvang vraagt precies één van '\($0[1])', '\($0[2])' of '\($0[3])'; er is er geen "
          + "gegeven."
      }
    ),
    (
      #"^The value '(.+)' is outside what '(.+)' allows \(at least (\S+) and at most (\S+); a share is a fraction, e\.g\. (\S+)\)\.$"#,
      {
        "De waarde '\($0[1])' valt buiten wat '\($0[2])' toestaat (minstens \($0[3]) en hooguit "
          + "\($0[4]); een aandeel is een fractie, bijvoorbeeld \($0[5]))."
      }
    ),
    (
      #"^The value '(.+)' is outside what '(.+)' allows \(at least (\S+) and at most (\S+)\)\.$"#,
      {
        "De waarde '\($0[1])' valt buiten wat '\($0[2])' toestaat (minstens \($0[3]) en hooguit "
          + "\($0[4]))."
      }
    ),
    (
      #"^The value '(.+)' is outside the catalogue's plausible range (\S+) (\S+); check it and say why in 'reason'\.$"#,
      {
        "De waarde '\($0[1])' valt buiten de aannemelijke bandbreedte \(dutchNumber($0[2])) "
          + "(\(unitName($0[3]))) "
          + "van de catalogus; controleer haar en zeg in 'reason' waarom."
      }
    ),
    (
      #"^'(.+)' \(assumption\) changes the housing need by ±(\S+) between its low and high value: (\S+) beds, rooms and dwellings in (\d+) at (\S+), (\S+) at (\S+); ask the company or override it with a reason\.$"#,
      {
        "'\($0[1])' (aanname) verandert de huisvestingsbehoefte met ±\(dutchNumber($0[2])) "
          + "tussen haar onder- en bovenwaarde: \(dutchNumber($0[3])) bedden, kamers en woningen in "
          + "\($0[4]) bij \(dutchNumber($0[5])), \(dutchNumber($0[6])) bij \(dutchNumber($0[7])); "
          + "vraag het na bij het bedrijf of geef een eigen waarde met een reden."
      }
    ),
    (
      #"^The unit '(.+)' does not match the unit of '(.+)', '(.+)'; write the value as a fraction from 0 to 1 \((.+) is (.+)\) and leave 'unit' out\.$"#,
      {
        "De eenheid '\($0[1])' past niet bij de eenheid van '\($0[2])', '\($0[3])'; schrijf de "
          + "waarde als fractie van 0 tot 1 (\($0[4]) is \($0[5])) en laat 'unit' weg."
      }
    ),
    (
      #"^(.+): the code (\S+) is already used on line (\d+); the row is left out\.$"#,
      { "\($0[1]): de code \($0[2]) staat al op regel \($0[3]); de rij wordt overgeslagen." }
    ),
    (
      #"^(.+): '(.+)' is not a CBS municipality code like (\S+)\.$"#,
      { "\($0[1]): '\($0[2])' is geen CBS-gemeentecode zoals \($0[3])." }
    ),
    (
      #"^The required column '(.+)' is missing\.$"#, { "De verplichte kolom '\($0[1])' ontbreekt." }
    ),
    (#"^(.+): '(.+)' is negative\.$"#, { "\($0[1]): '\($0[2])' is negatief." }),
    (
      #"^The origin shares add up to (\S+); they must add up to 1\.$"#,
      { "De herkomstaandelen tellen op tot \($0[1]); ze moeten optellen tot 1." }
    ),
    (
      #"^Values are nested more than (\d+) levels deep here; the file is probably damaged\.$"#,
      {
        "Waarden zijn hier meer dan \($0[1]) niveaus diep genest; het bestand is waarschijnlijk "
          + "beschadigd."
      }
    ),
    (
      #"^Unknown value '(.+?)'; expected one of (.+)\.$"#,
      { "Onbekende waarde '\($0[1])'; verwacht een van \(orList($0[2]))." }
    ),
    (#"^Unknown key '([^']+)'\.$"#, { "Onbekende sleutel '\($0[1])'." }),
    (
      #"^The Monte Carlo draws give a result that is not a finite number \((.+?)\)\.(?: The override outside its plausible range \((.+)\) is the likely cause\.| The overrides outside their plausible ranges \((.+)\) are the likely cause\.)? Check the overrides, or run with --draws 0 for the point values only\.$"#,
      {
        let what = $0[1] == "a figure of the projection" ? "een cijfer van de projectie" : $0[1]
        let cause =
          !$0[2].isEmpty
          ? " De eigen waarde buiten haar aannemelijke bandbreedte (\($0[2])) is de "
            + "waarschijnlijke oorzaak."
          : !$0[3].isEmpty
            ? " De eigen waarden buiten hun aannemelijke bandbreedtes (\($0[3])) zijn de "
              + "waarschijnlijke oorzaak." : ""
        return "De Monte-Carlotrekkingen geven een uitkomst die geen eindig getal is (\(what))."
          + cause + " Controleer de eigen waarden, of reken met --draws 0 voor alleen de "
          + "puntwaarden."
      }
    ),
    (
      #"^The custom path's cap of (\S+) working labour migrants in '(.+)' is exceeded (with the study's establishments|without the study's establishments|by the path alone) from (\d+) to (\d+), up to (\S+) in (\d+)\. A cap is not applied to the figures; lower the path's targets or rates, or count the establishments inside the path \('establishmentsInPaths': 'included'\)\.$"#,
      {
        let which =
          $0[3] == "by the path alone"
          ? "door het pad alleen"
          : $0[3].hasPrefix("with ")
            ? "met de vestigingen van de studie" : "zonder de vestigingen van de studie"
        return "Het plafond van het eigen pad, \(dutchNumber($0[1])) werkzame arbeidsmigranten in "
          + "'\($0[2])', wordt \(which) overschreden van \($0[4]) tot en met \($0[5]), tot "
          + "\(dutchNumber($0[6])) in \($0[7]). "
          + "Een plafond wordt niet op de cijfers toegepast; verlaag de doelen of groeivoeten van "
          + "het pad, of tel de vestigingen binnen het pad ('establishmentsInPaths': 'included')."
      }
    ),
    (
      #"^The study has (\d+) alternatives; at most (\d+) are compared\. Split it into several studies\.$"#,
      {
        "De studie heeft \($0[1]) alternatieven; hooguit \($0[2]) worden vergeleken. Verdeel haar "
          + "over meer studies."
      }
    ),
    (
      #"^Unknown municipality '(.+)'\. Run '(.+)' for the list, or supply region data with --region-file\.$"#,
      {
        "Onbekende gemeente '\($0[1])'. Typ '\($0[2])' voor de lijst, of geef regiogegevens met "
          + "--region-file."
      }
    ),
    (
      #"^Unknown parameter '(.+)'\. Run '(.+)' for the list\.$"#,
      { "Onbekende parameter '\($0[1])'. Typ '\($0[2])' voor de lijst." }
    ),
    (
      #"^This file uses schema (\d+); this build supports up to (\d+)\. Update housing-effect, or write the file for schema (\d+)\.$"#,
      {
        "Dit bestand gebruikt schema \($0[1]); deze versie kent tot en met schema \($0[2]). Werk "
          + "housing-effect bij, of schrijf het bestand voor schema \($0[3])."
      }
    ),
    (
      #"^The year '(.+)' is outside the years this model covers, (\d+) to (\d+)\.$"#,
      {
        "Het jaar '\($0[1])' valt buiten de jaren die dit model beslaat, \($0[2]) tot en met "
          + "\($0[3])."
      }
    ),
    (
      #"^Construction starts in (\d+), after operation starts in (\d+); construction comes first\.$"#,
      {
        "De bouw begint in \($0[1]), na de start van de exploitatie in \($0[2]); de bouw komt "
          + "eerst."
      }
    ),
    (
      #"^The override of '(.+)' gives no reason; reports show the reason next to the value\.$"#,
      {
        "De eigen waarde voor '\($0[1])' heeft geen reden; rapporten tonen de reden naast de "
          + "waarde."
      }
    ),
    (
      #"^(.+) is in Limburg, where the province sets as lower bound (\S+) person per bedroom and at least (\S+) m² per person \(action plan §(\S+)\); the norm '(.+)' allows (\S+) per bedroom and (\S+) m² per person\. Use "limburg" or ask the company whether the housing meets the provincial bound\.$"#,
      {
        "\($0[1]) ligt in Limburg, waar de provincie als ondergrens \($0[2]) persoon per "
          + "slaapkamer en minstens \($0[3]) m² per persoon stelt (actieplan §\($0[4])); de norm "
          + "'\($0[5])' staat \($0[6]) per slaapkamer en \($0[7]) m² per persoon toe. Gebruik "
          + "\"limburg\" of vraag het bedrijf of de huisvesting aan de provinciale ondergrens "
          + "voldoet."
      }
    ),
    (
      #"^The size (.+?) (jobs|m² of floor area|ha)(?: gives (\S+) FTE at full operation and)? is implausibly small for .+ \(warning below (\S+) jobs\)\. (?:A Dutch thousands separator in a JSON number is read as a decimal point: did you mean (\S+)\?|Check the size and its unit\.)$"#,
      {
        let unit =
          ["jobs": "banen", "m² of floor area": "m² vloeroppervlak", "ha": "ha"][$0[2]] ?? $0[2]
        // The FTE is written with a decimal point; a Dutch reader expects a comma.
        let fte = $0[3].replacingText(".", with: ",")
        let derived = $0[3].isEmpty ? "" : " geeft \(fte) fte bij volledige bedrijfsvoering en"
        let size = $0[1].replacingText(".", with: ",")
        return "De omvang \(size) \(unit)\(derived) is onwaarschijnlijk klein voor deze soort "
          + "vestiging (waarschuwing onder \($0[4]) banen). "
          + ($0[5].isEmpty
            ? "Controleer de omvang en de eenheid ervan."
            : "Een Nederlands duizendtalteken in een JSON-getal wordt gelezen als "
              + "decimaalteken: bedoelde u \($0[5])?")
      }
    ),
  ]

  /// A catalogue unit in words: "share" → "aandeel".
  static func unitName(_ unit: String) -> String {
    ["share": "aandeel", "persons": "personen", "factor": "factor", "years": "jaren"][unit] ?? unit
  }

  /// What a code means, in Dutch: the first words of a message no pattern covers.
  public static func meaning(_ code: DiagnosticCode) -> String {
    switch code {
    case .fileNotFound: "Het bestand bestaat niet."
    case .unreadableFile: "Het bestand is niet te lezen."
    case .malformedJSON: "Het bestand is geen geldige JSON."
    case .duplicateKey: "Een sleutel staat er twee keer."
    case .tooDeep: "Waarden zijn te diep genest."
    case .unsupportedSchemaVersion: "Deze schemaversie kent deze versie van het programma niet."
    case .wrongType: "Verkeerd soort waarde."
    case .unknownKey: "Onbekende sleutel."
    case .missingField: "Een verplicht veld ontbreekt."
    case .invalidValue: "Ongeldige waarde."
    case .shareOutOfRange: "Een aandeel moet tussen 0 en 1 liggen."
    case .sharesDoNotSumToOne: "De aandelen tellen niet op tot 1."
    case .negativeValue: "De waarde mag niet negatief zijn."
    case .valueTooLarge: "De waarde is te groot."
    case .yearOutOfRange: "Het jaar valt buiten de jaren van het model."
    case .yearsOutOfOrder: "De jaren staan in de verkeerde volgorde."
    case .emptyWorkforce: "Het personeel is leeg."
    case .contradictorySize: "De omvang is op meer dan één manier gegeven."
    case .missingSize: "De omvang ontbreekt."
    case .unknownEstablishmentType: "Onbekende soort vestiging."
    case .unknownMunicipality: "Onbekende gemeente."
    case .unknownParameter: "Onbekende parameter."
    case .overrideOutOfRange: "De eigen waarde valt buiten wat de parameter toestaat."
    case .overrideWrongUnit: "De eigen waarde heeft een andere eenheid dan de parameter."
    case .invalidOverrideRange: "De bandbreedte van de eigen waarde is ongeldig."
    case .resultOutOfRange: "Een uitkomst valt buiten het bereik dat het model aankan."
    case .inputTooLarge: "De invoer is te groot."
    case .unknownBase: "Een alternatief bouwt voort op een onbekend alternatief."
    case .cyclicAlternatives: "Alternatieven bouwen in een kring op elkaar voort."
    case .duplicateName: "Een naam komt twee keer voor."
    case .unknownTemplate: "Onbekend sjabloon voor een alternatief."
    case .unknownPath: "Onbekend groeipad."
    case .unknownRegion: "Onbekende regio."
    case .missingBase: "De basis van de projectie ontbreekt."
    case .overrideWithoutReason: "Een eigen waarde zonder reden."
    case .overrideOutsidePlausibleRange: "Een eigen waarde buiten de aannemelijke bandbreedte."
    case .assumptionDrivesResult: "Een aanname bepaalt de uitkomst sterk."
    case .turnoverTooLowForShortStays: "Het verloop is te laag voor de short-stay-aandelen."
    case .newcomersLargeForHost: "Veel nieuwkomers voor de omvang van de gemeente."
    case .sizeImplausiblySmall: "De omvang is onwaarschijnlijk klein."
    case .startYearOutsideCatalogue: "Het startjaar valt buiten de jaren van de catalogus."
    case .unverifiedRegionData: "Niet geverifieerde regiogegevens."
    case .replacesBuiltInMunicipality: "Het bestand vervangt een ingebouwde gemeente."
    case .limburgDerivedDefaults: "Standaardwaarden afgeleid uit Limburgse cijfers."
    case .normBelowProvincialBound: "De norm ligt onder de provinciale ondergrens."
    }
  }
}
