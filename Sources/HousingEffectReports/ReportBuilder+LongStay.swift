import HousingEffect

extension ReportBuilder {
  /// The long-stay balance beside the temporary one: dwellings needed in the headline year
  /// against the dwellings available to newcomers, or "unknown" when the file does not say
  /// (issue 17, item 3).
  var longStayFinding: String? {
    guard let headline = at(assessment.housing.years, full)?.peak,
      headline.longStayDwellings >= 0.5
    else { return nil }
    // The headline rule (P50 of the draws), as in the key figures and the ranges table.
    let need = self.headline("housing.longStayDwellings", headline.longStayDwellings)
    let needed = count(need)
    guard let supply = headline.longStaySupply, headline.longStayGap != nil else {
      return pick(
        "\(headlinePhrase.nl) zijn \(needed) long-stay-woningen nodig in de provincie; hoeveel woningen beschikbaar zijn voor nieuwkomers is onbekend, dus ook het tekort (vraag het de gemeente: huur, flexwoningen, plancapaciteit).",
        "\(headlinePhrase.en) \(needed) long-stay dwellings are needed in the province; how many dwellings are available to newcomers is unknown, and so is the gap (ask the municipality: rental, flexwoningen, plancapaciteit)."
      )
    }
    // The gap of the headline need (P50), by the balance's one rule, as in the key figures.
    let gap = HousingBalance.gap(need: need, supply: supply)
    if gap >= 0.5, count(supply) == "0" {
      return pick(
        "\(headlinePhrase.nl) ontbreken alle \(needed) benodigde long-stay-woningen: er zijn geen woningen beschikbaar voor nieuwkomers.",
        "\(headlinePhrase.en) all \(needed) long-stay dwellings needed are lacking: no dwellings are available to newcomers."
      )
    }
    if gap >= 0.5 {
      return pick(
        "\(headlinePhrase.nl) ontbreken \(count(gap)) van de \(needed) benodigde long-stay-woningen na aftrek van \(count(supply)) woningen die beschikbaar zijn voor nieuwkomers.",
        "\(headlinePhrase.en) \(count(gap)) of the \(needed) long-stay dwellings needed are lacking after \(count(supply)) dwellings available to newcomers."
      )
    }
    return pick(
      "\(headlinePhrase.nl) dekken de \(count(supply)) woningen die beschikbaar zijn voor nieuwkomers de \(needed) benodigde long-stay-woningen.",
      "\(headlinePhrase.en) the \(count(supply)) dwellings available to newcomers cover the \(needed) long-stay dwellings needed."
    )
  }
}

extension ReportBuilder {
  /// The temporary balance when no supply is stated at all: the need, and "unknown" rather
  /// than a shortfall equal to the whole need (issue 17, item 2).
  var unknownSupplySentence: String? {
    guard let headline = at(assessment.housing.years, full)?.peak else { return nil }
    let need = count(headline.temporaryBeds)
    return pick(
      "\(headlinePhrase.nl) zijn \(need) tijdelijke bedden (short- en mid-stay) nodig; bedden van de werkgever en beschikbare vergunde bedden zijn niet opgegeven, dus het tekort is onbekend (vraag het bedrijf en de gemeente).",
      "\(headlinePhrase.en) \(need) temporary beds (short and mid stay) are needed; employer beds and free legal beds are not stated, so the shortfall is unknown (ask the company and the municipality)."
    )
  }
}
