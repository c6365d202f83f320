import HousingEffect

/// The stated rates of a named path in the report — which rates, from when, with their range —
/// read from the run's parameters (the catalogue with the study's overrides), never typed in
/// the text (issue 19, items 2 and 5). One small section per path, kept apart from the report's
/// layout.
struct ProjectionPathRates {
  let language: Language
  let numbers: NumberFormat
  let parameters: ParameterSet

  init(study: ProjectionStudy, language: Language) {
    self.language = language
    numbers = NumberFormat(language: language)
    var parameters = ParameterSet(asOf: Projection.referenceDay, overrides: study.overrides)
    parameters.tracing = false
    self.parameters = parameters
  }

  var nl: Bool { language == .nl }

  /// A yearly rate with its id and range: "−2,0% per jaar (id, bandbreedte −4,0% tot 0,0%)".
  func rate(_ id: ParameterID) -> String {
    let value = numbers.percent(parameters[id], signed: true) + (nl ? " per jaar" : " a year")
    return value + " (`\(id)`" + range(id) + ")"
  }

  func range(_ id: ParameterID) -> String {
    if let override = parameters.overrides[id] {
      if let low = override.low, let high = override.high {
        return nl
          ? ", in de studie gewijzigd, bandbreedte \(numbers.percent(low, signed: true)) tot \(numbers.percent(high, signed: true))"
          : ", changed in the study, range \(numbers.percent(low, signed: true)) to \(numbers.percent(high, signed: true))"
      }
      return nl ? ", in de studie gewijzigd" : ", changed in the study"
    }
    guard let parameter = parameters.catalog[id] else { return "" }
    let low = numbers.percent(parameter.low, signed: true)
    let high = numbers.percent(parameter.high, signed: true)
    return nl ? ", bandbreedte \(low) tot \(high)" : ", range \(low) to \(high)"
  }

  func persons(_ value: Double) -> String { numbers.format(value, unit: .persons) }

  /// The rates of `path` as bullets, or nothing for a custom path (its rates are the study's).
  func bullets(_ path: GrowthPath) -> [String] {
    let start = GrowthPath.provinceBaseYear
    let target = parameters["region.path.expectation2030.target"]
    let expectationYear = GrowthPath.expectationYear
    let base = persons(GrowthPath.provinceBase(parameters))
    switch path {
    case .trend:
      let bound = ProjectionPlausibility.labourForceBound(parameters)
      return nl
        ? [
          "Vanaf \(start): helling \(persons(parameters["region.path.trend.annualIncrease"])) per jaar in \(start) (`region.path.trend.annualIncrease`), afvlakkend naar \(numbers.percent(parameters["region.path.trend.labourForceCeiling"])) van de beroepsbevolking van \(persons(parameters["region.limburg.labourForce"])) = \(persons(bound)) (`region.path.trend.labourForceCeiling`)."
        ]
        : [
          "From \(start): slope \(persons(parameters["region.path.trend.annualIncrease"])) a year in \(start) (`region.path.trend.annualIncrease`), flattening towards \(numbers.percent(parameters["region.path.trend.labourForceCeiling"])) of the labour force of \(persons(parameters["region.limburg.labourForce"])) = \(persons(bound)) (`region.path.trend.labourForceCeiling`)."
        ]
    case .expectation2030:
      return nl
        ? [
          "\(start)–\(expectationYear): rechte lijn van \(base) naar \(persons(target)) (`region.path.expectation2030.target`).",
          "Na \(expectationYear): \(rate("region.path.expectation2030.growthAfter2030")).",
        ]
        : [
          "\(start)–\(expectationYear): a straight line from \(base) to \(persons(target)) (`region.path.expectation2030.target`).",
          "After \(expectationYear): \(rate("region.path.expectation2030.growthAfter2030")).",
        ]
    case .moderateGrowth:
      let work = parameters["region.path.moderateGrowth.workGrowth"]
      let share = parameters["region.path.moderateGrowth.migrantShareChange"]
      let net = numbers.percent((1 + work) * (1 + share) - 1, signed: true)
      return nl
        ? [
          "\(start)–\(expectationYear): de verwachting van de provincie, rechte lijn van \(base) naar \(persons(target)).",
          "Vanaf \(expectationYear), beleidskeuze 'gematigde economische groei': het werk in de sectoren met arbeidsmigranten groeit \(rate("region.path.moderateGrowth.workGrowth")).",
          "Vanaf \(expectationYear), beleidskeuze 'verminderde inzet van arbeidsmigranten': hun aandeel in dat werk verandert \(rate("region.path.moderateGrowth.migrantShareChange")).",
          "Per saldo \(net) per jaar vanaf \(expectationYear). Bron van de keuzes: actieplan 'Waardig werken en wonen' (Provincie Limburg 2024), §3.6, dat het scenario noemt zonder getallen.",
        ]
        : [
          "\(start)–\(expectationYear): the province's expectation, a straight line from \(base) to \(persons(target)).",
          "From \(expectationYear), policy choice 'moderate economic growth': the work in the sectors employing labour migrants grows \(rate("region.path.moderateGrowth.workGrowth")).",
          "From \(expectationYear), policy choice 'reduced use of labour migrants': their share of that work changes \(rate("region.path.moderateGrowth.migrantShareChange")).",
          "Net \(net) a year from \(expectationYear). Source of the choices: the Limburg action plan on labour migration (Provincie Limburg 2024), §3.6, which names the scenario without numbers.",
        ]
    case .fewerMigrants:
      return nl
        ? ["Vanaf \(start): \(rate("region.path.fewerMigrants.annualChange")) vanaf \(base)."]
        : ["From \(start): \(rate("region.path.fewerMigrants.annualChange")) from \(base)."]
    case .custom(let custom):
      guard let cap = custom.cap else { return [] }
      return nl
        ? [
          "Plafond \(persons(cap)) werkzame arbeidsmigranten (`customPath.cap`): elk jaar waarin een variant erboven komt, staat hieronder en in `check`."
        ]
        : [
          "Cap \(persons(cap)) working labour migrants (`customPath.cap`): every year a variant exceeds it is listed below and by `check`."
        ]
    }
  }

  /// What the establishments do to the path: on top, or out of its growth (issue 19, item 5).
  func establishmentsNote(_ mode: ProjectionStudy.EstablishmentsInPaths) -> String {
    switch mode {
    case .included:
      nl
        ? "De groei van de paden bevat al nieuwe vestigingen (`establishmentsInPaths`: `included`): de vestigingen van de studie komen niet bovenop het pad maar nemen hun deel uit de groei. 'Met vestigingen' is het pad zelf; 'zonder vestigingen' is het pad min wat de vestigingen brengen (tussen haakjes het verschil)."
        : "The paths' growth already holds new establishments (`establishmentsInPaths`: `included`): the study's establishments do not come on top of the path but take their part out of its growth. 'With' is the path itself; 'without' is the path less what the establishments bring (the difference in brackets)."
    case .added:
      nl
        ? "De paden zijn gedefinieerd zonder deze vestigingen (`establishmentsInPaths`: `added`): 'zonder vestigingen' is het pad, 'met vestigingen' telt ze erbovenop (tussen haakjes het verschil)."
        : "The paths are defined without these establishments (`establishmentsInPaths`: `added`): 'without' is the path, 'with' adds them on top (the difference in brackets)."
    }
  }

  /// The years a custom path's cap is exceeded, per variant, as report lines.
  func capLines(_ result: Projection.AreaResult, path index: Int) -> [String] {
    guard case .custom(let custom) = result.paths[index], let cap = custom.cap else { return [] }
    var lines: [String] = []
    for variant in result.variants {
      let over = result.years.filter {
        (result.value(path: index, variant: variant, .working, year: $0) ?? 0) > cap
      }
      guard let first = over.first, let last = over.last else { continue }
      let peak =
        over.map { result.value(path: index, variant: variant, .working, year: $0) ?? 0 }
        .max() ?? 0
      let words = ProjectionStrings(language: language)
      lines.append(
        nl
          ? "Plafond overschreden (\(words.variant(variant))): \(first)–\(last), tot \(persons(peak)) werkzame arbeidsmigranten tegen een plafond van \(persons(cap))."
          : "Cap exceeded (\(variant.rawValue)): \(first)–\(last), up to \(persons(peak)) working labour migrants against a cap of \(persons(cap))."
      )
    }
    return lines
  }

  /// Under an area's facts: how its establishments meet the paths, when it has any.
  func areaBlocks(
    _ result: Projection.AreaResult, study: ProjectionStudy
  )
    -> [ReportDocument.Block]
  {
    result.variants.contains(.with)
      ? [.paragraph(establishmentsNote(study.establishmentsInPaths))] : []
  }

  /// Under a path's explanation: its rates and the years its cap is exceeded.
  func pathBlocks(_ result: Projection.AreaResult, path index: Int) -> [ReportDocument.Block] {
    var blocks: [ReportDocument.Block] = []
    let rates = bullets(result.paths[index])
    if !rates.isEmpty { blocks.append(.bullets(rates)) }
    let caps = capLines(result, path: index)
    if !caps.isEmpty { blocks.append(.bullets(caps)) }
    return blocks
  }
}
