#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension DiagnosticText {
  /// Messages about CSV files (region files, batch files, StatLine downloads, reference
  /// tables, key files) in Dutch (after `studyPatterns`).
  static let tablePatterns: [(String, Template)] = [
    (
      #"^The file is empty: expected a header line\.$"#,
      { _ in "Het bestand is leeg: verwacht een kopregel." }
    ),
    (
      #"^The column '(.+)' appears more than once\.$"#,
      { "De kolom '\($0[1])' staat er meer dan één keer." }
    ),
    (
      #"^The row has (\d+) fields? but the header has (\d+); the row is left out\.$"#,
      {
        "De rij heeft \($0[1]) \($0[1] == "1" ? "veld" : "velden") maar de kopregel heeft er "
          + "\($0[2]); de rij wordt overgeslagen."
      }
    ),
    (
      #"^Unexpected text after the closing quote of a field; a quote inside a quoted field must be doubled \(""\)\.$"#,
      {
        _ in
        "Onverwachte tekst na het sluitende aanhalingsteken van een veld; een "
          + "aanhalingsteken binnen een veld tussen aanhalingstekens moet verdubbeld worden (\"\")."
      }
    ),
    (
      #"^A quoted field opened here is never closed; everything up to the end of the file was read into it(?: \(lines (\d+)–(\d+), (\d+) lines\))?\.$"#,
      {
        "Een veld tussen aanhalingstekens dat hier opent, wordt nooit gesloten; alles tot het "
          + "einde van het bestand is erin gelezen"
          + ($0[1].isEmpty ? "." : " (regels \($0[1])–\($0[2]), \($0[3]) regels).")
      }
    ),
    (
      #"^A quote inside an unquoted field; enclose the field in quotes and double the quote \(""\)\.$"#,
      {
        _ in
        "Een aanhalingsteken in een veld zonder aanhalingstekens; zet het veld tussen "
          + "aanhalingstekens en verdubbel het aanhalingsteken (\"\")."
      }
    ),
    (
      #"^The file has (\d+) rows; a region file may have at most (\d+)\.$"#,
      { "Het bestand heeft \($0[1]) rijen; een regiobestand mag er hooguit \($0[2]) hebben." }
    ),
    (
      #"^Column (\d+) has no name; its values are ignored\.$"#,
      { "Kolom \($0[1]) heeft geen naam; de waarden ervan worden genegeerd." }
    ),
    (
      #"^A size column is missing: add jobs, floor_area or hectares\.$"#,
      { _ in "Er ontbreekt een kolom voor de omvang: voeg jobs, floor_area of hectares toe." }
    ),
    (
      #"^'(.+)' is not a batch column; its values are ignored\.$"#,
      { "'\($0[1])' is geen kolom van een batchbestand; de waarden ervan worden genegeerd." }
    ),
    (
      #"^The reference table lacks the columns? (.+)\.$"#,
      { "De referentietabel mist de kolom(men) \($0[1])." }
    ),
    (#"^A row needs a ref_id\.$"#, { _ in "Een rij heeft een ref_id nodig." }),
    (
      #"^'(.*)' is not a number of at least 0 \(use a decimal point\)\.$"#,
      { "'\($0[1])' is geen getal van minstens 0 (gebruik een decimale punt)." }
    ),
    (
      #"^'(.*)' is not a number at least the value (.*)\.$"#,
      { "'\($0[1])' is geen getal van minstens de waarde \($0[2])." }
    ),
    (
      #"^A share lies between 0 and 1; got (.*)\.$"#,
      { "Een aandeel ligt tussen 0 en 1; gekregen: \($0[1])." }
    ),
    (
      #"^Every figure needs the title and publisher of its source\.$"#,
      { _ in "Elk cijfer heeft de titel en de uitgever van zijn bron nodig." }
    ),
    (
      #"^'(.*)' is not a (reference field|reliability|establishment type|housing norm)\.$"#,
      {
        let what =
          [
            "reference field": "referentieveld", "reliability": "betrouwbaarheid",
            "establishment type": "soort vestiging", "housing norm": "huisvestingsnorm",
          ][$0[2]] ?? $0[2]
        return "'\($0[1])' is geen \(what)."
      }
    ),
    (
      #"^The StatLine export has no column this tool reads: population \('Aantal inwoners' or 'Bevolking op 1 januari'\), 'Woningvoorraad', 'Huishoudens totaal' or 'Oppervlakte land'\.$"#,
      {
        _ in
        "De StatLine-export heeft geen kolom die dit programma leest: inwoners ('Aantal "
          + "inwoners' of 'Bevolking op 1 januari'), 'Woningvoorraad', 'Huishoudens totaal' of "
          + "'Oppervlakte land'."
      }
    ),
    (
      #"^The StatLine export has no 'Perioden' column and no year in its title, so its figures have no reference date; download it with the periods included\.$"#,
      {
        _ in
        "De StatLine-export heeft geen kolom 'Perioden' en geen jaar in de titel, dus de "
          + "cijfers hebben geen peildatum; download haar met de perioden erbij."
      }
    ),
    (
      #"^'(.+)' is not a current Dutch municipality; the row is skipped\.$"#,
      { "'\($0[1])' is geen huidige Nederlandse gemeente; de rij wordt overgeslagen." }
    ),
    (
      #"^'(.*)' is not a period like 2024, 2024JJ00 or '2024 1e kwartaal'\.$"#,
      { "'\($0[1])' is geen periode zoals 2024, 2024JJ00 of '2024 1e kwartaal'." }
    ),
    (
      #"^The key file has no municipality column: expected a header with 'Regio's', 'Gemeenten', 'Codering' \(a StatLine download\) or 'code' / 'name' \(a region file\)\.$"#,
      {
        _ in
        "Het sleutelbestand heeft geen kolom met gemeenten: verwacht een kopregel met "
          + "'Regio's', 'Gemeenten', 'Codering' (een StatLine-download) of 'code' / 'name' (een "
          + "regiobestand)."
      }
    ),
    (
      #"^The key file has no column '(.+)'; its columns are (.+)\.$"#,
      { "Het sleutelbestand heeft geen kolom '\($0[1])'; de kolommen zijn \($0[2])." }
    ),
    (
      #"^No count for (.+) in '(.+)': found '(.*)'( \(StatLine: no figure\))?; every Limburg municipality needs a number of 0 or more\. Download the table with a figure for every municipality or choose another column or concept\.$"#,
      {
        "Geen aantal voor \($0[1]) in '\($0[2])': gevonden '\($0[3])'"
          + ($0[4].isEmpty ? "" : " (StatLine: geen cijfer)")
          + "; elke Limburgse gemeente heeft een getal van 0 of meer nodig. Download de tabel met "
          + "een cijfer voor elke gemeente, of kies een andere kolom of een ander begrip."
      }
    ),
    (
      #"^The key file has no Limburg rows for (.+); its periods are (.+)\.$"#,
      {
        "Het sleutelbestand heeft geen Limburgse rijen voor \($0[1]); de perioden zijn \($0[2])."
      }
    ),
    (
      #"^The key file has no row for (.+?)( and (\d+) more)?; every one of Limburg's municipalities needs a count \(by CBS code such as '(.+)' or by name\)\.$"#,
      {
        "Het sleutelbestand heeft geen rij voor \($0[1])"
          + ($0[2].isEmpty ? "" : " en nog \($0[3])")
          + "; elke Limburgse gemeente heeft een aantal nodig (op CBS-code zoals '\($0[4])' of op "
          + "naam)."
      }
    ),
    (
      #"^The counts in '(.+)' add up to 0; a key needs a positive total\.$"#,
      { "De aantallen in '\($0[1])' tellen op tot 0; een sleutel heeft een positief totaal nodig." }
    ),
    (
      #"^(.+) \((GM\d+)\) replaces the built-in municipality (.+?)(?: with the same figures|; changed: (.+))\.$"#,
      {
        "\($0[1]) (\($0[2])) vervangt de ingebouwde gemeente \($0[3])"
          + ($0[4].isEmpty ? " met dezelfde cijfers." : "; gewijzigd: \(changes($0[4])).")
      }
    ),
  ]

  /// The field names in "changed: population 1 → 2; dwellings …" in Dutch.
  static func changes(_ english: String) -> String {
    let words = [
      "name": "naam", "region": "regio", "population": "inwoners", "dwellings": "woningen",
      "households": "huishoudens", "land area": "landoppervlak",
      "labour migrants": "arbeidsmigranten", "licensed beds": "vergunde bedden",
      "borders": "grenzen", "neighbours": "buren", "sources": "bronnen", "notes": "notities",
    ]
    return english.components(separatedBy: "; ").map { change in
      for (key, dutch) in words.sorted(by: { $0.key.count > $1.key.count })
      where change == key || change.hasPrefix(key + " ") {
        return dutch
          + change.dropFirst(key.count)
          .replacingText("none", with: "geen")
      }
      return change
    }.joined(separator: "; ")
  }

  /// A message after a row's label ("Venlo: …", "Column 'jobs': …", "Row: …"), in Dutch, or
  /// `nil`.
  static func labelled(_ english: String) -> String? {
    guard let found = groups(#"^(Column '[^']+'|Row|[^:']{1,80}): (.+)$"#, english),
      let tail = rowMessage(found[2])
    else { return nil }
    var label = found[1]
    if label.hasPrefix("Column '") { label = "Kolom " + label.dropFirst(7) }
    if label == "Row" { label = "Rij" }
    return "\(label): \(tail)"
  }

  /// The part of a region-file or batch-file message after its label, in Dutch.
  static func rowMessage(_ english: String) -> String? {
    if let dutch = dutch(english, in: rowRules) { return dutch }
    return nil
  }

  static let rowRules: [(DiagnosticPattern, Template)] =
    rowPatterns.map { pattern, template in (DiagnosticPattern(pattern), template) }

  /// Sentences that follow a label, starting in lower case.
  static let rowPatterns: [(String, Template)] = [
    (#"^the name is empty\.$"#, { _ in "de naam is leeg." }),
    (#"^the CBS code is empty\.$"#, { _ in "de CBS-code is leeg." }),
    (
      #"^the population is (\S+); a municipality has at least 1 inhabitant\.$"#,
      { "het inwonertal is \($0[1]); een gemeente heeft minstens 1 inwoner." }
    ),
    (
      #"^'(.*)' is not a Limburg policy region; the text is kept as it is\.$"#,
      { "'\($0[1])' is geen Limburgse beleidsregio; de tekst blijft zoals hij is." }
    ),
    (
      #"^'(.*)' is not a number\.( A comma-separated file takes a decimal point\.)?$"#,
      {
        "'\($0[1])' is geen getal."
          + ($0[2].isEmpty
            ? "" : " Een bestand met komma's als scheidingsteken vraagt een decimale punt.")
      }
    ),
    (
      #"^'(.*)' uses a decimal comma in a comma-separated file; write a decimal point\.$"#,
      {
        "'\($0[1])' gebruikt een decimale komma in een bestand met komma's als scheidingsteken; "
          + "schrijf een decimale punt."
      }
    ),
    (
      #"^'(.*)' is too large; no number in an input file may be above 1e15\.$"#,
      { "'\($0[1])' is te groot; geen getal in een invoerbestand mag boven 1e15 liggen." }
    ),
    (#"^'(.*)' is negative\.$"#, { "'\($0[1])' is negatief." }),
    (#"^'(.*)' is not a year like 2024\.$"#, { "'\($0[1])' is geen jaartal zoals 2024." }),
    (
      #"^(\d+) is not between 1900 and 2100\.$"#,
      { "\($0[1]) ligt niet tussen 1900 en 2100." }
    ),
    (#"^'(.*)' is larger than (\d+)\.$"#, { "'\($0[1])' is groter dan \($0[2])." }),
    (
      #"^the land area is zero; leave it empty when it is not known\.$"#,
      { _ in "het landoppervlak is nul; laat het leeg als het niet bekend is." }
    ),
    (
      #"^labour_migrants_year or labour_migrants_kind is given without a count; ignored\.$"#,
      {
        _ in "labour_migrants_year of labour_migrants_kind is gegeven zonder aantal; genegeerd."
      }
    ),
    (
      #"^the labour-migrant count has no year or period\.$"#,
      { _ in "het aantal arbeidsmigranten heeft geen jaar of periode." }
    ),
    (
      #"^the period '(.*)' ends before it starts\.$"#,
      { "de periode '\($0[1])' eindigt voordat ze begint." }
    ),
    (
      #"^'(.*)' is not a year or a period like 2016-2018\.$"#,
      { "'\($0[1])' is geen jaar of periode zoals 2016-2018." }
    ),
    (
      #"^the labour-migrant count has no kind \(working, registered or estimate\)\.$"#,
      { _ in "het aantal arbeidsmigranten heeft geen soort (working, registered of estimate)." }
    ),
    (#"^'(.*)' is not one of (.+)\.$"#, { "'\($0[1])' is niet een van \($0[2])." }),
    (
      #"^beds_year is given but licensed_migrant_beds is empty; ignored\.$"#,
      { _ in "beds_year is gegeven maar licensed_migrant_beds is leeg; genegeerd." }
    ),
    (
      #"^the licensed-bed count has no year\.$"#,
      { _ in "het aantal vergunde bedden heeft geen jaar." }
    ),
    (
      #"^'(.*)' is not none, DE, BE or DE\+BE\.$"#,
      { "'\($0[1])' is niet none, DE, BE of DE+BE." }
    ),
    (
      #"^the source '(.*)' is not a web address\.$"#,
      { "de bron '\($0[1])' is geen webadres." }
    ),
    (
      #"^'(.*)' is not a whole number(; write it without thousands separators)?\.$"#,
      {
        "'\($0[1])' is geen geheel getal"
          + ($0[2].isEmpty ? "." : "; schrijf het zonder duizendtaltekens.")
      }
    ),
    (
      #"^'(.*)' is not a date; write it as YYYY-MM-DD\.$"#,
      { "'\($0[1])' is geen datum; schrijf haar als JJJJ-MM-DD." }
    ),
    (#"^(\w+) is empty\.$"#, { "\($0[1]) is leeg." }),
    (
      #"^(\w+) is given but (\w+) is empty; the date is ignored\.$"#,
      { "\($0[1]) is gegeven maar \($0[2]) is leeg; de datum wordt genegeerd." }
    ),
    (
      #"^(\w+) (\S+) has no reference date in (\w+)\.$"#,
      { "\($0[1]) \($0[2]) heeft geen peildatum in \($0[3])." }
    ),
    (#"^lists itself as a neighbour\.$"#, { _ in "noemt zichzelf als buurgemeente." }),
    (#"^lists '(.+)' more than once\.$"#, { "noemt '\($0[1])' meer dan één keer." }),
    (
      #"^lists '(.+)' as a neighbour, but '(.+)' does not list it\.$"#,
      { "noemt '\($0[1])' als buurgemeente, maar '\($0[2])' noemt haar niet." }
    ),
    (
      #"^the neighbour '(.+)' is not in the file\.$"#,
      { "de buurgemeente '\($0[1])' staat niet in het bestand." }
    ),
    (
      #"^'(.+)' cannot be told apart from '(.+)' on line (\d+); the row is left out\.$"#,
      {
        "'\($0[1])' is niet te onderscheiden van '\($0[2])' op regel \($0[3]); de rij wordt "
          + "overgeslagen."
      }
    ),
    (
      #"^the code (\S+) is already used on line (\d+); the row is left out\.$"#,
      { "de code \($0[1]) staat al op regel \($0[2]); de rij wordt overgeslagen." }
    ),
    (
      #"^'(.+)' is not a CBS municipality code like (\S+)\.$"#,
      { "'\($0[1])' is geen CBS-gemeentecode zoals \($0[2])." }
    ),
    (
      #"^the export has several periods; the latest of each figure is used\.$"#,
      { _ in "de export heeft meer perioden; van elk cijfer wordt de laatste gebruikt." }
    ),
    (
      #"^the export gives no population; add 'Aantal inwoners' or 'Bevolking op 1 januari' to the download\.$"#,
      {
        _ in
        "de export geeft geen inwonertal; voeg 'Aantal inwoners' of 'Bevolking op 1 "
          + "januari' aan de download toe."
      }
    ),
    (#"^(\S+) is not a share from 0 to 1\.$"#, { "\($0[1]) is geen aandeel van 0 tot 1." }),
    (#"^the municipality is empty\.$"#, { _ in "de gemeente is leeg." }),
    (#"^the establishment type is empty\.$"#, { _ in "de soort vestiging is leeg." }),
    (
      #"^'(.*)' is not an establishment type\.$"#, { "'\($0[1])' is geen soort vestiging." }
    ),
    (
      #"^give one size: jobs, floor_area or hectares, not (.+)\.$"#,
      {
        "geef één omvang: jobs, floor_area of hectares, niet "
          + "\($0[1].replacingText(" and ", with: " en "))."
      }
    ),
    (
      #"^an? .+ is sized by jobs( or (\S+))?\.$"#,
      {
        "de omvang van deze soort vestiging wordt gegeven met jobs"
          + ($0[1].isEmpty ? "." : " of \($0[2]).")
      }
    ),
    (
      #"^the row gives no size: fill in jobs, floor_area or hectares\.$"#,
      { _ in "de rij geeft geen omvang: vul jobs, floor_area of hectares in." }
    ),
    (
      #"^'(.*)' is not a year from (\d+) to (\d+)\.$"#,
      { "'\($0[1])' is geen jaar van \($0[2]) tot en met \($0[3])." }
    ),
    (#"^'(.*)' is not a housing norm\.$"#, { "'\($0[1])' is geen huisvestingsnorm." }),
    (
      #"^employer_norm is given without employer_beds\.$"#,
      { _ in "employer_norm is gegeven zonder employer_beds." }
    ),
    (#"^beds are whole numbers\.$"#, { _ in "bedden zijn hele getallen." }),
    (
      #"^with the sector's seasonal share of (\S+), the agency share can be at most (\S+)\.$"#,
      {
        "met het seizoensaandeel van de sector van \($0[1]) kan het aandeel uitzendkrachten "
          + "hooguit \($0[2]) zijn."
      }
    ),
    (
      #"^'(.+)' is not a municipality name or CBS code in the region data\. Add it with --region-file\.$"#,
      {
        "'\($0[1])' is geen gemeentenaam of CBS-code in de regiogegevens. Voeg haar toe met "
          + "--region-file."
      }
    ),
  ]
}
