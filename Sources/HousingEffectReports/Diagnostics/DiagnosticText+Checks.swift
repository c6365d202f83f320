#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension DiagnosticText {
  /// The checks after the model (plausibility, consistency, results in range, projection
  /// bounds) in Dutch (after `tablePatterns`).
  static let checkPatterns: [(String, Template)] = [
    (
      #"^For (\S+) contracts, (\S+)% of the labour migrants stay at most (\S+) months, which needs at least (\S+) persons per FTE-year; '(.+)' is (\S+)\. Short-stay arrivals and RNI registrations are understated: ask the company how many different people fill a job in a year, or lower '(.+)'\.$"#,
      {
        "Bij contracten van de soort '\($0[1])' blijft \($0[2]) % van de arbeidsmigranten hooguit "
          + "\($0[3]) maanden, wat minstens \($0[4]) personen per fte-jaar vraagt; '\($0[5])' is "
          + "\($0[6]). Short-stay-aankomsten en RNI-inschrijvingen worden onderschat: vraag het "
          + "bedrijf hoeveel verschillende mensen een baan in een jaar vervullen, of verlaag "
          + "'\($0[7])'."
      }
    ),
    (
      #"^In (\d+) about (\S+) newcomers would live in (.+), (\S+)% of its (\S+) inhabitants \(warning above (\S+)%\)\. Check the establishment's size \(jobs, floor area or hectares\) and its municipality\.$"#,
      {
        "In \($0[1]) zouden ongeveer \($0[2]) nieuwkomers in \($0[3]) wonen, \($0[4]) % van de "
          + "\($0[5]) inwoners (waarschuwing boven \($0[6]) %). Controleer de omvang van de "
          + "vestiging (banen, vloeroppervlak of hectare) en de gemeente."
      }
    ),
    (
      #"^The start year (\d+) lies outside the years the catalogue's values are dated in \((\d+)–(\d+)\); the figures nearest in time are used as they are\. Check the start year, or set the values that will have changed by then in 'overrides'\.$"#,
      {
        "Het startjaar \($0[1]) valt buiten de jaren waarin de waarden van de catalogus "
          + "gedateerd zijn (\($0[2])–\($0[3])); de cijfers die in de tijd het dichtst bij "
          + "liggen, worden gebruikt zoals ze zijn. Controleer het startjaar, of zet de waarden "
          + "die tegen die tijd veranderd zijn in 'overrides'."
      }
    ),
    (
      #"^(.+) is outside Limburg, but (\d+) default values? (?:was|were) derived from Limburg data and no national figure that differs was found: (.+); override them with local figures where you have them\.$"#,
      {
        "\($0[1]) ligt buiten Limburg, maar \($0[2]) standaardwaarde\($0[2] == "1" ? " is" : "n zijn") "
          + "afgeleid uit Limburgse gegevens en er is geen landelijk cijfer gevonden dat "
          + "afwijkt: \($0[3]); vervang ze door lokale cijfers waar u die hebt."
      }
    ),
    (
      #"^The results are out of range: (.+)\. Check the sizes, shares and overrides for a value that is far too small or too large\.$"#,
      {
        "De uitkomsten vallen buiten het bereik: \(resultProblem($0[1])). Controleer de "
          + "omvang, de aandelen en de eigen waarden op een waarde die veel te klein of te groot "
          + "is."
      }
    ),
    (
      #"^The override of '(.+)' with '(.+)' puts the results out of range: (.+?)\.(?: Use a value in the plausible range (\S+)–(\S+) (\S+), or say why not\.)?$"#,
      {
        "De eigen waarde voor '\($0[1])', '\($0[2])', brengt de uitkomsten buiten het bereik: "
          + "\(resultProblem($0[3]))."
          + ($0[4].isEmpty
            ? ""
            : " Gebruik een waarde in de aannemelijke bandbreedte \($0[4])–\($0[5]) "
              + "(\(unitName($0[6]))), of zeg waarom niet.")
      }
    ),
    (
      #"^Alternative '(.+)' \((.+)\) puts the results out of range: (.+)\. Check its changes and those of its bases for a value that is far too small or too large\.$"#,
      {
        "Alternatief '\($0[1])' (\($0[2])) brengt de uitkomsten buiten het bereik: "
          + "\(resultProblem($0[3])). Controleer de wijzigingen ervan en die van de alternatieven "
          + "waarop het voortbouwt op een waarde die veel te klein of te groot is."
      }
    ),
    (
      #"^On the path '(.+)', (\S+) labour migrants work in '(.+)' in (\d+), above the plausibility bound of (\S+): (.+)\. Check the path's rates or targets and the base\.$"#,
      {
        "Op het pad '\($0[1])' werken in \($0[4]) in '\($0[3])' \(dutchNumber($0[2])) "
          + "arbeidsmigranten, boven de aannemelijkheidsgrens van \(dutchNumber($0[5])): "
          + "\(boundReason($0[6])). Controleer de groeivoeten of doelen van het pad en de basis."
      }
    ),
  ]

  /// "'housing.years[2].shortStayBeds' is infinite, more than the 1e15 any result may reach"
  /// in Dutch.
  static func resultProblem(_ english: String) -> String {
    guard
      let found = groups(
        #"^'(.+)' is (.+?)(, more than the (\S+) any result may reach)?$"#, english)
    else { return english }
    let value =
      found[2] == "not a number"
      ? "geen getal" : found[2] == "infinite" ? "oneindig" : found[2]
    let bound = found[3].isEmpty ? "" : ", meer dan de \(found[4]) die een uitkomst mag halen"
    return "'\(found[1])' is \(value)\(bound)"
  }

  /// What the projection's plausibility bound is, in Dutch.
  static func boundReason(_ english: String) -> String {
    if let found = groups(
      #"^(\S+) of its (\S+) inhabitants \(region\.check\.workingShareOfPopulation\)$"#, english)
    {
      return "\(dutchNumber(found[1])) van de \(dutchNumber(found[2])) inwoners "
        + "(region.check.workingShareOfPopulation)"
    }
    if let found = groups(
      #"^(\S+) of Limburg's labour force of (\S+) \((.+)\)$"#, english)
    {
      return "\(dutchNumber(found[1])) van de Limburgse beroepsbevolking van "
        + "\(dutchNumber(found[2])) (\(found[3]))"
    }
    return english
  }
}
