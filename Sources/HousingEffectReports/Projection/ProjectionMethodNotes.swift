import HousingEffect

/// Method lines of the projection report whose numbers are read from the run's parameters (the
/// catalogue with the study's overrides), never typed in the text (issue 19): the trend's bound,
/// the registration share of the stock and its flows, the stay split.
enum ProjectionMethodNotes {
  static func blocks(_ projection: Projection, _ language: Language) -> [ReportDocument.Block] {
    var parameters = ParameterSet(
      asOf: Projection.referenceDay, overrides: projection.study.overrides)
    parameters.tracing = false
    let numbers = NumberFormat(language: language)
    let ceiling = numbers.percent(parameters["region.path.trend.labourForceCeiling"])
    let labourForce = numbers.format(parameters["region.limburg.labourForce"], unit: .persons)
    let registered = numbers.percent(parameters["migration.brpRegisteredShare"])
    let obliged = numbers.percent(StockFlow.registeredShareOfObliged(parameters))
    let temporary = numbers.percent(parameters["region.stock.temporaryShare"])
    let short = numbers.percent(parameters["region.stock.shortShareOfTemporary"])
    if language == .nl {
      return [
        .bullets([
          "Het pad van de recente trend vlakt logistisch af naar \(ceiling) (`region.path.trend.labourForceCeiling`) van de Limburgse beroepsbevolking van \(labourForce) (`region.limburg.labourForce`).",
          "Ingeschreven in de BRP zijn de mid- en long-stay-arbeidsmigranten die in Limburg wonen, tegen \(obliged): het aandeel dat de hele voorraad op \(registered) houdt (`migration.brpRegisteredShare`, Decisio 2020). Inschrijvingen en uitschrijvingen gebruiken hetzelfde aandeel en dezelfde verdeling naar verblijfsduur, zodat elk jaar ingeschreven(t) = ingeschreven(t−1) + inschrijvingen − uitschrijvingen. Short-stayers schrijven zich in de RNI in; gezinsleden staan in hun eigen rij, niet in de BRP-rijen.",
          "Verblijfsduur: \(temporary) blijft korter dan een jaar (`region.stock.temporaryShare`, Decisio 2020), daarvan \(short) short-stay (`region.stock.shortShareOfTemporary`: de verdeling van uitzendkrachten in de catalogus, geen bron splitst bij vier maanden). Zijn de rijen short-stay en mid-stay gelijk, dan komt dat door een gelijke verdeling in de studie (parameters), niet door het model.",
        ])
      ]
    }
    return [
      .bullets([
        "The recent-trend path flattens (logistic) towards \(ceiling) (`region.path.trend.labourForceCeiling`) of Limburg's labour force of \(labourForce) (`region.limburg.labourForce`).",
        "Registered in the BRP are the mid- and long-stay labour migrants living in Limburg, at \(obliged): the share that keeps the whole stock at \(registered) (`migration.brpRegisteredShare`, Decisio 2020). Registrations and deregistrations use the same share and stay split, so that every year registered(t) = registered(t−1) + registrations − deregistrations. Short stays register in the RNI; family members are in their own row, not in the BRP rows.",
        "Stay lengths: \(temporary) stay less than a year (`region.stock.temporaryShare`, Decisio 2020), of whom \(short) short stays (`region.stock.shortShareOfTemporary`: the catalogue's split for agency staff; no source splits at four months). Equal short- and mid-stay rows would come from an equal split set in the study (parameters), not from the model.",
      ])
    ]
  }
}
