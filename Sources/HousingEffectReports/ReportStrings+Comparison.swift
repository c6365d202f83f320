import HousingEffect

// The words of the scenario comparison.
extension ReportStrings {
  /// "Scenariovergelijking — <title>".
  public func comparisonTitle(_ title: String) -> String {
    pick("Scenariovergelijking", "Scenario comparison") + " — " + title
  }

  /// An alternative's title in the report language (the study's `title`, Dutch or English).
  public func alternativeTitle(_ alternative: Alternative) -> String {
    text(alternative.title, alternative.texts["title"])
  }

  /// An alternative as a short label for a chart axis or a CSV column: in Dutch the start of
  /// its title (up to a colon, at most about 30 characters), since the study's names are
  /// English ids; in English its name, as before.
  public func alternativeLabel(_ alternative: Alternative) -> String {
    guard language == .nl else { return alternative.name }
    var title = alternativeTitle(alternative)
    if let colon = title.firstIndex(of: ":") { title = String(title[..<colon]) }
    guard title.count > 32 else { return title }
    let cut = title.prefix(30)
    let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
    var label = String(word)
    while label.hasSuffix(",") || label.hasSuffix(" ") { label.removeLast() }
    return label + "…"
  }

  /// The template's name in words: "gematigde groei".
  public func template(_ kind: AlternativeTemplate.Kind) -> String {
    switch kind {
    case .moderateGrowth: pick("gematigde groei", "moderate growth")
    case .localLabourFirst: pick("lokaal personeel eerst", "local labour first")
    case .automation: pick("automatisering", "automation")
    case .employerHousing: pick("huisvesting door de werkgever", "employer provides housing")
    case .regionalSpreading: pick("regionale spreiding", "regional spreading")
    case .fewerLabourMigrants: pick("minder arbeidsmigranten", "fewer labour migrants")
    }
  }

  /// A template setting's name in words.
  public func templateSetting(_ name: String) -> String {
    switch name {
    case "jobsFactor": pick("banenfactor", "jobs factor")
    case "rampUpYears": pick("jaren tot volledige bedrijfsvoering", "years to full operation")
    case "localShare": pick("minimaal aandeel lokaal", "minimum local share")
    case "languageTraining": pick("taallessen", "language training")
    case "wagePerJobFactor": pick("loonfactor", "wage factor")
    case "beds": pick("bedden", "beds")
    case "shareOfDemand": pick("aandeel van de tijdelijke vraag", "share of temporary demand")
    case "norm": pick("norm", "norm")
    case "hostShare": pick("aandeel wonend in de gemeente", "share living in the municipality")
    case "migrantShareCap": pick("maximaal aandeel arbeidsmigranten", "maximum migrant share")
    case "localShareOfReplacement":
      pick("aandeel lokaal onder de vervangers", "local share of replacements")
    default: name
    }
  }

  /// The label of an input an alternative changes, by its path in an establishment file;
  /// `segment` names the workforce segment for `workforce[i].…`.
  public func inputLabel(_ field: String, segment: String?) -> String {
    let part = field.split(separator: ".").last.map(String.init) ?? field
    if field.hasPrefix("workforce["), let segment {
      switch part {
      case let last where last.hasSuffix("]"): return pick("Personeelsgroep ", "Segment ") + segment
      case "share": return pick("Aandeel in de banen, ", "Share of the jobs, ") + segment
      case "contract": return pick("Contract, ", "Contract, ") + segment
      case "skill": return pick("Opleidingsniveau, ", "Skill level, ") + segment
      case "origin": return pick("Herkomst, ", "Origin, ") + segment
      default: return field
      }
    }
    switch field {
    case "size": return pick("Omvang", "Size")
    case "size.jobs": return pick("Banen bij volledige bedrijfsvoering", "Jobs at full operation")
    case "rampUp": return pick("Opbouw (aandeel per jaar)", "Ramp-up (share per year)")
    case "workforce": return pick("Personeelssamenstelling", "Workforce composition")
    case "peakFactor": return pick("Piekfactor", "Peak factor")
    case "employerHousing.beds":
      return pick("Huisvesting werkgever: bedden", "Employer housing: beds")
    case "employerHousing.norm":
      return pick("Huisvesting werkgever: norm", "Employer housing: norm")
    case "employerHousing.floorAreaM2":
      return pick("Huisvesting werkgever: vloeroppervlak", "Employer housing: floor area")
    case "employerHousing.bedrooms":
      return pick("Huisvesting werkgever: slaapkamers", "Employer housing: bedrooms")
    case "employerHousing.toilets":
      return pick("Huisvesting werkgever: toiletten", "Employer housing: toilets")
    case "employerHousing.showers":
      return pick("Huisvesting werkgever: douches", "Employer housing: showers")
    case "freeLegalBeds":
      return pick("Beschikbare vergunde bedden in de regio", "Free legal beds in the region")
    case "languageTraining":
      return pick("Taallessen door de werkgever", "Language training by the employer")
    case "housingNorm": return pick("Norm voor de huisvestingsvraag", "Norm for housing demand")
    default: return field
    }
  }

  /// A changed value in words: "545,5 fte", "50,0% – 85,0% – 100,0%", "niet opgegeven".
  public func changeValue(_ value: ChangeValue) -> String {
    let format = NumberFormat(language: language)
    switch value {
    case .notGiven: return pick("niet opgegeven", "not given")
    case .quantity(let number, .per(let numerator, let denominator)) where numerator == denominator:
      return format.format(number, .ratio)
    case .quantity(let number, .count) where number == number.rounded():
      return format.format(number, .whole)
    case .quantity(let number, let unit):
      return quantity(number, unit)
    case .factor(let factor): return "× " + format.format(factor, .upTo(3))
    case .years(let years): return "\(years) " + pick("jaar", years == 1 ? "year" : "years")
    case .shares(let shares): return shares.map { format.percent($0) }.joined(separator: " – ")
    case .flag(let flag): return yesNo(flag)
    case .norm(let norm): return self.norm(norm)
    case .contract(let contract): return self.contract(contract)
    case .skill(let skill): return self.skill(skill)
    case .origin(let mix):
      return zip(originLabels, ReportStrings.originShares(mix)).filter { $0.1 > 0 }
        .map { "\($0.0) \(format.percent($0.1))" }.joined(separator: ", ")
    case .segments(let segments):
      return segments.map { segmentLabel($0) + " " + format.percent($0.share) }
        .joined(separator: ", ")
    }
  }

  /// An origin change component by component, only the shares that changed:
  /// "lokaal 15,4% → 45,1%, EU 63,7% → 34,0%".
  public func originChange(from old: OriginMix, to new: OriginMix) -> String {
    let format = NumberFormat(language: language)
    let before = ReportStrings.originShares(old)
    let after = ReportStrings.originShares(new)
    return originLabels.indices.compactMap { index in
      let from = format.percent(before[index])
      let to = format.percent(after[index])
      return from == to ? nil : "\(originLabels[index]) \(from) → \(to)"
    }.joined(separator: ", ")
  }

  /// The shares of a mix in the order of ``originLabels``.
  static func originShares(_ mix: OriginMix) -> [Double] {
    [
      mix.localReserve, mix.restOfNL, mix.euMigrant, mix.nonEuMigrant, mix.knowledgeMigrant,
      mix.crossBorder,
    ]
  }

  /// A segment by its label, or by its contract when the label is missing or a default name.
  public func segmentLabel(_ segment: WorkforceSegment) -> String {
    guard let label = segment.label, ContractType(rawValue: label) == nil else {
      return segmentName(segment.contract)
    }
    return label
  }

  /// Where a change came from: "sjabloon gematigde groei", "invoer", "parameter".
  public func changeSource(_ source: AppliedChange.Source) -> String {
    switch source {
    case .template(let kind): pick("sjabloon ", "template ") + template(kind)
    case .inputs: pick("invoer", "inputs")
    case .parameters: pick("parameter", "parameter")
    }
  }
}
